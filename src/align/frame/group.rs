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
