//! What a count's clause says of its group.
//!
//! Evacuation orders: "About 6,000 residents have been ordered to
//! evacuate", "9,000 people in the Keswick area were under mandatory
//! evacuation orders". The people such an order covers are the evacuated
//! (those ordered out), though no word of the clause is "evacuated": read
//! from the count's clause, they take that role, so they are told apart
//! from a shelter's guests or its capacity, which also count people.
//! Warnings ("warned to be ready to leave", "evacuation warnings") are not
//! orders and give no role.

use std::borrow::Cow;

use crate::fact::Fact;
use crate::quantity::{Kind, Role};

/// How many words of a count's clause are read for an order.
const CLAUSE_WORDS: usize = 16;

/// Verbs that give an order to leave.
const ORDER_VERBS: &[&str] = &["ordered", "forced", "told", "urged", "instructed"];

/// What people are ordered to do when they are ordered out.
const LEAVE_VERBS: &[&str] = &["evacuate", "leave", "flee"];

/// The role an evacuation order gives a count, read from the clause after
/// it (up to the next figure or clause break): `Some(Role::Evacuated)`
/// for "ordered to evacuate" or "under (mandatory) evacuation orders".
pub(super) fn order_role(fact: &Fact) -> Option<Role> {
    if fact.kind != Kind::Count {
        return None;
    }
    let p = &fact.provenance;
    let rest = p.after_quote()?;
    let clause = rest
        .find([',', ';', ':', '(', '\u{2014}'])
        .map_or(rest, |k| &rest[..k]);
    // Most clauses name no leaving at all: nothing to split.
    if clause.is_ascii() && !may_leave(clause.as_bytes()) {
        return None;
    }
    // Lowercase, copied only where a word is not lowercase already.
    let words: Vec<Cow<'_, str>> = clause
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .take_while(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .take(CLAUSE_WORDS)
        .map(|w| {
            if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(w.to_lowercase())
            }
        })
        .collect();
    ordered_out(&words).then_some(Role::Evacuated)
}

/// Whether ASCII text may hold a word of leaving that [`ordered_out`]
/// looks for ("evacuate", "evacuation", "leave", "flee"), in any case:
/// read at each "v" and "f" only.
fn may_leave(text: &[u8]) -> bool {
    let at = |from: usize, word: &[u8]| {
        text.get(from..from + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    text.iter().enumerate().any(|(i, &b)| match b | 0x20 {
        b'v' => (i >= 3 && at(i - 3, b"leav")) || (i >= 1 && at(i - 1, b"evac")),
        b'f' => at(i, b"flee"),
        _ => false,
    })
}

/// Whether lowercase words say that those they follow were ordered out.
fn ordered_out<S: AsRef<str>>(words: &[S]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        let w = w.as_ref();
        let next = |d: usize| words.get(k + d).map_or("", AsRef::as_ref);
        let ordered = ORDER_VERBS.contains(&w) && next(1) == "to" && LEAVE_VERBS.contains(&next(2));
        let under_order = w == "under"
            && (1..=3)
                .any(|d| next(d) == "evacuation" && matches!(next(d + 1), "order" | "orders"));
        ordered || under_order
    })
}

/// Whether a count is the whole a part before it is "of": "close 140 of
/// its 410 stores", "3 of the 12 crew". The whole is another quantity than
/// the part, and than the part as revised later.
pub(super) fn is_whole(fact: &Fact) -> bool {
    if fact.kind != Kind::Count {
        return false;
    }
    let p = &fact.provenance;
    let Some(head) = p.before_quote() else {
        return false;
    };
    // The last three words, nearest first, held without a list.
    let mut last = [""; 3];
    let mut len = 0;
    for (slot, w) in last.iter_mut().zip(head.split_whitespace().rev()) {
        *slot = w;
        len += 1;
    }
    matches!(last.get(..len).unwrap_or(&[]), [det, "of", n]
        if matches!(*det, "its" | "the" | "their" | "our" | "his" | "her")
            && n.chars().any(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn words_of_leaving_are_found() {
        assert!(may_leave(b"have been ordered to EVACUATE"));
        assert!(may_leave(b"were told to Leave"));
        assert!(may_leave(b"to flee"));
        assert!(!may_leave(b"of the five over seven"));
    }

    #[test]
    fn orders_to_leave() {
        assert!(ordered_out(&words(
            "residents have been ordered to evacuate"
        )));
        assert!(ordered_out(&words(
            "people in the keswick area were now under mandatory evacuation orders"
        )));
        assert!(ordered_out(&words("were under an evacuation order")));
        assert!(!ordered_out(&words("had been warned to be ready to leave")));
        assert!(!ordered_out(&words("are under evacuation warnings")));
        assert!(!ordered_out(&words("people on its first night")));
    }
}
