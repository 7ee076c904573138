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
    ("slain", Role::Killed), ("murdered", Role::Killed), ("dying", Role::Killed),
    ("injured", Role::Injured), ("injuring", Role::Injured), ("injuries", Role::Injured),
    ("wounded", Role::Injured), ("wounding", Role::Injured), ("hurt", Role::Injured),
    ("injury", Role::Injured), ("stabbed", Role::Injured), ("shot", Role::Injured),
    ("beaten", Role::Injured), ("burned", Role::Injured), ("burnt", Role::Injured),
    ("trampled", Role::Injured), ("crushed", Role::Injured),
    ("hospitalised", Role::Hospitalised), ("hospitalized", Role::Hospitalised),
    ("hospitalisation", Role::Hospitalised), ("hospitalization", Role::Hospitalised),
    ("treated", Role::Hospitalised),
    ("missing", Role::Missing), ("unaccounted", Role::Missing),
    ("rescued", Role::Rescued), ("saved", Role::Rescued),
    ("evacuated", Role::Evacuated), ("evacuating", Role::Evacuated),
    ("evacuation", Role::Evacuated),
    ("displaced", Role::Displaced), ("homeless", Role::Displaced), ("fled", Role::Displaced),
    ("shelter", Role::Displaced), ("shelters", Role::Displaced),
    ("arrested", Role::Arrested), ("arresting", Role::Arrested), ("detained", Role::Arrested),
    ("arrest", Role::Arrested), ("custody", Role::Arrested),
    ("affected", Role::Affected),
    ("damaged", Role::Damaged), ("destroyed", Role::Destroyed), ("razed", Role::Destroyed),
    ("flattened", Role::Destroyed), ("flooded", Role::Flooded), ("inundated", Role::Flooded),
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
    "lifted", "boosted", "hiked", "doubled", "tripled",
];

/// Words that state a fall, lowercase.
#[rustfmt::skip]
const DOWN: &[&str] = &[
    "fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops", "lost",
    "lose", "loses", "slipped", "slid", "down", "declined", "decline", "decreased",
    "decrease", "cut", "lowered", "lower", "shed", "sank", "slumped", "tumbled", "plunged",
    "eased", "dipped", "reduced", "slashed", "trimmed", "halved", "lowering",
];

/// Words that state a move of a price or a level on their own: "fell
/// $3.15", "up 14 cents". Other direction words ("raised", "cut", "lost")
/// state an amount ("raised $1.8bn", "lost $310m") unless "by" follows
/// them ("raised by $20 million").
#[rustfmt::skip]
const MOVES: &[&str] = &[
    "rose", "fell", "climbed", "dropped", "jumped", "slipped", "slid", "gained", "up", "down",
    "declined", "surged", "soared", "plunged", "tumbled", "sank", "slumped", "eased", "dipped",
    "rallied", "advanced", "higher", "lower", "rises", "falls", "climbs", "drops", "jumps",
];

/// Whether a lowercase word states a move on its own (see `MOVES`).
pub(crate) fn is_move_word(w: &str) -> bool {
    MOVES.contains(&w)
}

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

/// Counted nouns that carry a role of their own: "12 deaths" counts the
/// killed, "40 injuries" the injured. Singular, lowercase.
#[rustfmt::skip]
const ROLE_NOUNS: &[(&str, Role)] = &[
    ("death", Role::Killed), ("fatality", Role::Killed), ("dead", Role::Killed),
    ("life", Role::Killed),
    ("injury", Role::Injured), ("stabbed", Role::Injured), ("shot", Role::Injured),
    ("beaten", Role::Injured), ("burned", Role::Injured), ("burnt", Role::Injured),
    ("trampled", Role::Injured), ("crushed", Role::Injured), ("injured", Role::Injured), ("wounded", Role::Injured),
    ("arrest", Role::Arrested), ("evacuee", Role::Evacuated),
];

/// The role a counted noun (singular, lowercase) carries of its own.
pub(crate) fn role_noun(w: &str) -> Option<Role> {
    ROLE_NOUNS
        .iter()
        .find(|(word, _)| *word == w)
        .map(|&(_, r)| r)
}

/// Recent times that "last" can name without pointing at an earlier
/// event: "last night", "last week".
const RECENT: &[&str] = &[
    "night",
    "morning",
    "evening",
    "afternoon",
    "week",
    "weekend",
    "day",
    "time",
];

/// Whether "last" before this lowercase word names a recent time rather
/// than an earlier event.
pub(crate) fn is_time_word(w: &str) -> bool {
    RECENT.contains(&w)
}
