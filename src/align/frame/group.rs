//! The state that narrows a counted group within its role: the homeless
//! among the displaced, the patients in critical condition among those in
//! hospital.

use crate::quantity::Role;

use super::super::words::{Word, text};

/// How many words either side of a count are read for its state.
const REACH: usize = 3;

/// How many words after a count of patients are read for their state:
/// "remain in a serious condition", "remained in critical condition".
const PATIENT_REACH: usize = 6;

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
            near.windows(2)
                .find_map(|pair| match (text(&pair[0]), text(&pair[1])) {
                    ("intensive", "care") => Some("intensive care"),
                    ("critical", "condition") => Some("critical condition"),
                    ("serious", "condition") => Some("serious condition"),
                    ("stable", "condition") => Some("stable condition"),
                    ("grave", "condition") => Some("grave condition"),
                    ("fair", "condition") => Some("fair condition"),
                    _ => None,
                })
        }
        _ => None,
    }
}
