//! Words that give a counted group its role ("killed", "injured") and
//! words that make an amount a change ("fell", "up").

use crate::quantity::{Change, Role};

/// Role words, lowercase, and the role each gives.
#[rustfmt::skip]
const ROLES: &[(&str, Role)] = &[
    ("killed", Role::Killed), ("kill", Role::Killed), ("kills", Role::Killed),
    ("killing", Role::Killed), ("dead", Role::Killed), ("died", Role::Killed),
    ("die", Role::Killed), ("dies", Role::Killed), ("death", Role::Killed),
    ("deaths", Role::Killed), ("fatalities", Role::Killed), ("fatality", Role::Killed),
    ("fatally", Role::Killed), ("perished", Role::Killed), ("drowned", Role::Killed),
    ("slain", Role::Killed), ("murdered", Role::Killed),
    ("injured", Role::Injured), ("injuring", Role::Injured), ("injuries", Role::Injured),
    ("wounded", Role::Injured), ("wounding", Role::Injured), ("hurt", Role::Injured),
    ("hospitalised", Role::Hospitalised), ("hospitalized", Role::Hospitalised),
    ("hospitalisation", Role::Hospitalised), ("hospitalization", Role::Hospitalised),
    ("treated", Role::Hospitalised),
    ("missing", Role::Missing), ("unaccounted", Role::Missing),
    ("rescued", Role::Rescued), ("saved", Role::Rescued),
    ("evacuated", Role::Evacuated), ("evacuating", Role::Evacuated),
    ("displaced", Role::Displaced), ("homeless", Role::Displaced),
    ("arrested", Role::Arrested), ("arresting", Role::Arrested), ("detained", Role::Arrested),
    ("affected", Role::Affected),
];

/// The role a lowercase word gives a count: "dead" is [`Role::Killed`].
pub(crate) fn role_word(w: &str) -> Option<Role> {
    ROLES.iter().find(|(word, _)| *word == w).map(|&(_, r)| r)
}

/// Words that state a rise, lowercase.
#[rustfmt::skip]
const UP: &[&str] = &[
    "rose", "rise", "rises", "risen", "rising", "climbed", "climb", "climbs", "gained",
    "gain", "gains", "jumped", "jump", "jumps", "surged", "soared", "up", "increased",
    "increase", "raised", "raise", "added", "grew", "grow", "higher", "advanced", "rallied",
];

/// Words that state a fall, lowercase.
#[rustfmt::skip]
const DOWN: &[&str] = &[
    "fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops", "lost",
    "lose", "loses", "slipped", "slid", "down", "declined", "decline", "decreased",
    "decrease", "cut", "lowered", "lower", "shed", "sank", "slumped", "tumbled", "plunged",
    "eased", "dipped", "reduced",
];

/// The direction a lowercase word gives a change: "fell" is down.
pub(crate) fn direction_word(w: &str) -> Option<Change> {
    if UP.contains(&w) {
        Some(Change::Up)
    } else if DOWN.contains(&w) {
        Some(Change::Down)
    } else {
        None
    }
}
