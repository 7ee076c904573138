//! The state that narrows a counted group within its role: the homeless
//! among the displaced, the patients in critical condition among those in
//! hospital.

use crate::lexicon;
use crate::quantity::Role;

use super::super::words::{Word, normal, text};

/// How many words either side of a count are read for its state.
const REACH: usize = 3;

/// How many words after a count of patients are read for their state:
/// "remain in a serious condition", "remained in critical condition".
const PATIENT_REACH: usize = 6;

/// The states of patients [`state`] reads, two words each.
const PATIENT_STATES: &[&str] = &[
    "intensive care",
    "critical condition",
    "serious condition",
    "stable condition",
    "grave condition",
    "fair condition",
];

/// The modifier that names the part of a role's group a count is of:
/// "5 million were left homeless" beside "15 million displaced" (the
/// homeless are some of the displaced); "11 people remained in critical
/// condition" and "12 of them in intensive care" beside "34 remain in
/// hospital".
pub(super) fn state(
    role: Option<Role>,
    before: &[Word<'_>],
    after: &[Word<'_>],
) -> Option<&'static str> {
    match role? {
        Role::Displaced => before
            .iter()
            .take(REACH)
            .chain(after.iter().take(REACH))
            .any(|w| text(w) == "homeless")
            .then_some("homeless"),
        Role::Hospitalised => {
            let near = &after[..after.len().min(PATIENT_REACH)];
            near.windows(2).find_map(|pair| {
                let (first, second) = (text(&pair[0]), text(&pair[1]));
                PATIENT_STATES.iter().copied().find(|state| {
                    state
                        .split_once(' ')
                        .is_some_and(|(a, b)| a == first && b == second)
                })
            })
        }
        _ => None,
    }
}

/// Whether a quote adds to a group with "more" ("seven more bodies",
/// "two more people"), not bounds it ("more than 2 million people").
pub(super) fn adds_more(quote: &str) -> bool {
    // Most quotes hold no "more": the bytes are looked at first.
    if !quote
        .as_bytes()
        .windows(4)
        .any(|b| b.eq_ignore_ascii_case(b"more"))
    {
        return false;
    }
    let words: Vec<_> = quote.split_whitespace().map(normal).collect();
    words
        .iter()
        .enumerate()
        .any(|(i, w)| w == "more" && words.get(i + 1).is_none_or(|n| n != "than"))
}

/// How many words before "another" or "a further" are read for another
/// role.
const OTHER_ROLE_REACH: usize = 6;

/// Whether "another" or "a further" before a count sets it beside a
/// group of another role, not within its own: "15 people were killed and
/// another 11 were injured", "49 killed, and a further 90 injured" count
/// all the injured. "another 18 were killed" adds to the killed.
pub(super) fn beside_other_role(role: Option<Role>, before: &[Word<'_>]) -> bool {
    let Some(role) = role else {
        return false;
    };
    before
        .iter()
        .skip(1)
        .take(OTHER_ROLE_REACH)
        .any(|w| lexicon::role_word(text(w)).is_some_and(|r| r != role))
}

/// Prepositions that open the place or group "alone" closes: "in
/// Amatrice alone", "in one neighborhood alone".
const ALONE_OPENERS: &[&str] = &["in", "at", "on", "across", "from", "among"];

/// How many words may stand between the opener and "alone".
const ALONE_REACH: usize = 6;

/// How many words may stand between "alone" and a count after it: "in
/// one neighborhood alone, 22 people", "In Amatrice alone, the quake
/// killed 218".
const ALONE_BEFORE: usize = 8;

/// The part a count is told of alone, a part of the whole the story
/// counts: "killed 218 people in Amatrice alone" is "in amatrice alone",
/// "in one neighborhood alone, 22 people were killed" is "in one
/// neighborhood alone". The phrase, lowercase, names the part, so two
/// parts are two groups. After the count, the words up to a stop or
/// another figure are read; before it, the words since the figure
/// before, where a phrase that follows that figure without a comma is
/// that figure's ("35 of the dead were in Amatrice alone, with another
/// 17" tells of the 35 alone, not of the 17).
pub(super) fn alone(before: &str, after: &str) -> Option<String> {
    let figure_or_stop = |c: char| c.is_ascii_digit() || matches!(c, '.' | ';' | '!' | '?');
    let after = after.find(figure_or_stop).map_or(after, |i| &after[..i]);
    if let Some(found) = alone_at(after) {
        return found.map(|(phrase, _, _)| phrase);
    }
    let (before, figure) = match before.rfind(figure_or_stop) {
        Some(i) => (&before[i + 1..], true),
        None => (before, false),
    };
    let (phrase, opener, left) = alone_at(before)??;
    let own = !figure || before[..opener].contains(',');
    (own && left <= ALONE_BEFORE).then_some(phrase)
}

/// Where a text says "alone" after an opener: `None` when it holds no
/// "alone"; else, for the last "alone" with an opener within
/// [`ALONE_REACH`] words before it, the phrase from the opener to it,
/// lowercase, the byte where the opener starts, and the number of words
/// after it.
fn alone_at(part: &str) -> Option<Option<(String, usize, usize)>> {
    // Most clauses hold no "alone": it is looked for before any word is
    // split out.
    if !part.contains("alone") {
        return None;
    }
    let words: Vec<(usize, &str)> = part
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| (w.as_ptr() as usize - part.as_ptr() as usize, w))
        .collect();
    Some((0..words.len()).rev().find_map(|i| {
        if words[i].1 != "alone" {
            return None;
        }
        let from = i.saturating_sub(ALONE_REACH);
        let opener = (from..i).rev().find(|&k| {
            ALONE_OPENERS
                .iter()
                .any(|p| words[k].1.eq_ignore_ascii_case(p))
        })?;
        let (start, end) = (words[opener].0, words[i].0 + "alone".len());
        let phrase = part[start..end]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        Some((phrase, start, words.len() - i - 1))
    }))
}
