//! Words that give a counted group its role ("killed", "injured") and
//! words that make an amount a change ("fell", "up").

use std::sync::LazyLock;

use super::{Lookup, WordSet};
use crate::quantity::{Change, Role};

/// Role words, lowercase, and the role each gives: the verbs, participles
/// and adjectives that say what happened to a counted group ("killed",
/// "dead", "wounds", "unaccounted").
#[rustfmt::skip]
const ROLES: &[(&str, Role)] = &[
    ("killed", Role::Killed), ("kill", Role::Killed), ("kills", Role::Killed),
    ("killing", Role::Killed), ("dead", Role::Killed), ("died", Role::Killed),
    ("die", Role::Killed), ("dies", Role::Killed), ("death", Role::Killed),
    ("deaths", Role::Killed), ("fatalities", Role::Killed), ("fatality", Role::Killed),
    ("fatally", Role::Killed), ("perished", Role::Killed), ("perish", Role::Killed),
    ("drowned", Role::Killed), ("slain", Role::Killed), ("murdered", Role::Killed),
    ("dying", Role::Killed), ("gunned", Role::Killed),
    ("injured", Role::Injured), ("injuring", Role::Injured), ("injure", Role::Injured),
    ("injures", Role::Injured), ("injuries", Role::Injured), ("wounded", Role::Injured),
    ("wounding", Role::Injured), ("wound", Role::Injured), ("wounds", Role::Injured),
    ("hurt", Role::Injured), ("hurting", Role::Injured),
    ("injury", Role::Injured), ("stabbed", Role::Injured), ("shot", Role::Injured),
    ("beaten", Role::Injured), ("burned", Role::Injured), ("burnt", Role::Injured),
    ("trampled", Role::Injured), ("crushed", Role::Injured),
    ("hospitalised", Role::Hospitalised), ("hospitalized", Role::Hospitalised),
    ("hospitalisation", Role::Hospitalised), ("hospitalization", Role::Hospitalised),
    ("treated", Role::Hospitalised), ("treatment", Role::Hospitalised),
    ("missing", Role::Missing), ("unaccounted", Role::Missing),
    ("rescued", Role::Rescued), ("rescue", Role::Rescued), ("rescues", Role::Rescued),
    ("rescuing", Role::Rescued), ("saved", Role::Rescued), ("survivors", Role::Rescued),
    ("evacuated", Role::Evacuated), ("evacuating", Role::Evacuated),
    ("evacuate", Role::Evacuated), ("evacuates", Role::Evacuated),
    ("evacuation", Role::Evacuated),
    ("displaced", Role::Displaced), ("displacing", Role::Displaced),
    ("homeless", Role::Displaced), ("fled", Role::Displaced),
    ("shelter", Role::Displaced), ("shelters", Role::Displaced), ("refuge", Role::Displaced),
    ("arrested", Role::Arrested), ("arresting", Role::Arrested), ("detained", Role::Arrested),
    ("detaining", Role::Arrested), ("detains", Role::Arrested),
    ("arrest", Role::Arrested), ("arrests", Role::Arrested), ("custody", Role::Arrested),
    ("affected", Role::Affected),
    ("damaged", Role::Damaged), ("destroyed", Role::Destroyed), ("razed", Role::Destroyed),
    ("flattened", Role::Destroyed), ("flooded", Role::Flooded), ("inundated", Role::Flooded),
    ("trapped", Role::Trapped),
    ("infected", Role::Infected), ("infecting", Role::Infected), ("infects", Role::Infected),
    ("charged", Role::Charged), ("charging", Role::Charged), ("indicted", Role::Charged),
];

static ROLE: LazyLock<Lookup<Role>> = LazyLock::new(|| Lookup::new(ROLES));
static STAND_IN: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(STAND_INS));
static FILLER: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(ROLE_FILLERS));
static TALLY: LazyLock<Lookup<Role>> = LazyLock::new(|| Lookup::new(TALLIES));
static TALLY_VERB: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(TALLY_VERBS));
static LIFE_VERB: LazyLock<Lookup<Role>> = LazyLock::new(|| Lookup::new(LIFE_VERBS));
static ROLE_NOUN: LazyLock<Lookup<Role>> = LazyLock::new(|| Lookup::new(ROLE_NOUNS));

/// The role a lowercase word gives a count: "dead" is [`Role::Killed`].
pub(crate) fn role_word(w: &str) -> Option<Role> {
    ROLE.get(w)
}

/// Role words that can stand in for the counted noun right after a
/// number: "9 dead", "31 injured", "the 27 hospitalised", "4,500
/// damaged". Verbs that only ever state the event ("died", "kills") and
/// nouns ("deaths") are not among them.
const STAND_INS: &[&str] = &[
    "dead",
    "killed",
    "injured",
    "wounded",
    "hurt",
    "missing",
    "hospitalised",
    "hospitalized",
    "rescued",
    "evacuated",
    "arrested",
    "detained",
    "displaced",
    "homeless",
    "trapped",
    "infected",
    "affected",
    "damaged",
    "destroyed",
    "flooded",
];

/// Whether a lowercase role word can stand in for the counted noun
/// right after a number ("9 dead"), or name a group after "the" ("two of
/// the dead").
pub(crate) fn is_stand_in(w: &str) -> bool {
    STAND_IN.contains(w)
}

/// Words that may stand between a count and the word giving its role:
/// "15 people were killed", "18 are feared missing", "140 remain
/// unaccounted for", "5 million were left homeless", "1,100 were listed
/// as missing".
#[rustfmt::skip]
const ROLE_FILLERS: &[&str] = &[
    "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reported",
    "confirmed", "feared", "believed", "thought", "presumed", "also", "all", "now", "still",
    "remain", "remained", "remains", "more", "others", "other", "people", "of", "them", "in",
    "seriously", "critically", "badly", "slightly", "left", "listed", "as", "later",
    "reportedly", "initially", "officially", "so", "far", "taken", "admitted", "rushed",
    "flown", "airlifted", "known", "into", "sought", "took", "got", "medical", "found",
    "pronounced", "declared",
];

/// Whether a lowercase word may stand between a count and its role word.
pub(crate) fn is_role_filler(w: &str) -> bool {
    FILLER.contains(w)
}

/// Fillers that are a verb, so that a number they follow is the subject
/// of a clause: "68 were in Utøya", "19 have been discharged".
const CLAUSE_VERBS: &[&str] = &[
    "were", "was", "are", "is", "have", "has", "had", "remain", "remained", "remains",
];

/// Whether a lowercase word is a verb that makes the number before it
/// the subject of a clause ("68 were in Utøya").
pub(crate) fn is_clause_verb(w: &str) -> bool {
    CLAUSE_VERBS.contains(&w)
}

/// Words that make "hospital" right after them a role: "taken to
/// hospital", "remain in hospital".
pub(crate) const HOSPITAL: (&[&str], &[&str]) = (&["to", "in", "into"], &["hospital", "hospitals"]);

/// Verbs whose object is a count of people in a role: "Gunman Kills 5",
/// "injuring more than 200", "Police arrested 14". Forms a passive
/// reading can take ("was wounded 3 times") are told apart by the word
/// before the verb, not here.
#[rustfmt::skip]
const VERBS: &[(&str, Role)] = &[
    ("kill", Role::Killed), ("kills", Role::Killed), ("killed", Role::Killed),
    ("killing", Role::Killed),
    ("wound", Role::Injured), ("wounds", Role::Injured), ("wounded", Role::Injured),
    ("wounding", Role::Injured), ("injure", Role::Injured), ("injures", Role::Injured),
    ("injured", Role::Injured), ("injuring", Role::Injured), ("hurt", Role::Injured),
    ("hurting", Role::Injured),
    ("rescue", Role::Rescued), ("rescues", Role::Rescued), ("rescued", Role::Rescued),
    ("rescuing", Role::Rescued),
    ("evacuate", Role::Evacuated), ("evacuates", Role::Evacuated),
    ("evacuated", Role::Evacuated), ("evacuating", Role::Evacuated),
    ("arrest", Role::Arrested), ("arrests", Role::Arrested), ("arrested", Role::Arrested),
    ("arresting", Role::Arrested), ("detain", Role::Arrested), ("detains", Role::Arrested),
    ("detained", Role::Arrested), ("detaining", Role::Arrested),
    ("displace", Role::Displaced), ("displaces", Role::Displaced),
    ("displaced", Role::Displaced), ("displacing", Role::Displaced),
    ("infect", Role::Infected), ("infects", Role::Infected), ("infected", Role::Infected),
    ("infecting", Role::Infected),
    ("hospitalised", Role::Hospitalised), ("hospitalized", Role::Hospitalised),
    ("charge", Role::Charged), ("charges", Role::Charged), ("charged", Role::Charged),
];

static VERB: LazyLock<Lookup<Role>> = LazyLock::new(|| Lookup::new(VERBS));

/// The role a lowercase verb gives the count it takes as its object:
/// "kills" in "Gunman Kills 5" gives [`Role::Killed`].
pub(crate) fn role_verb(w: &str) -> Option<Role> {
    VERB.get(w)
}

/// Verbs of pulling people out that rescue them when what they pull is
/// people, not bodies: "pulled 128 people from the water".
pub(crate) const PULLED: &[&str] = &[
    "pulled",
    "pulling",
    "plucked",
    "airlifted",
    "winched",
    "freed",
    "dug",
];

/// Words of auxiliary verbs: a casualty verb after one is passive ("was
/// wounded 3 times"), and the number after it is not its object.
pub(crate) const PASSIVE_AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "been", "being", "be", "got", "get",
];

/// What a running tally is of, when it is the subject before its figure:
/// "the death toll rose to 36", "Confirmed deaths now number 48", "the
/// number of confirmed dead stands at 23".
#[rustfmt::skip]
const TALLIES: &[(&str, Role)] = &[
    ("toll", Role::Killed), ("tolls", Role::Killed), ("deaths", Role::Killed),
    ("fatalities", Role::Killed), ("dead", Role::Killed),
    ("injured", Role::Injured), ("injuries", Role::Injured), ("wounded", Role::Injured),
    ("missing", Role::Missing), ("arrests", Role::Arrested), ("homeless", Role::Displaced),
    ("displaced", Role::Displaced), ("evacuees", Role::Evacuated),
];

/// The role a lowercase word names as the subject of a running tally.
pub(crate) fn tally_word(w: &str) -> Option<Role> {
    TALLY.get(w)
}

/// The word that makes a running total of the count before it in the
/// sentence: "Two more victims died, bringing the total to 29".
pub(crate) const TOTAL: &str = "total";

/// Verbs and adverbs that may stand between a tally and the word that
/// leads to its figure: "rose", "has climbed", "was revised down".
#[rustfmt::skip]
const TALLY_VERBS: &[&str] = &[
    "rose", "rises", "risen", "rising", "rise", "climbed", "climbs", "climbing", "climb",
    "jumped", "jumps", "increased", "increases", "grew", "grows", "soared", "soars", "surged",
    "surges", "went", "gone", "goes", "up", "down", "upwards", "downwards", "upward",
    "downward", "has", "had", "have", "been", "is", "was", "now", "officially", "further",
    "again", "later", "lowered", "lowers", "lower", "raised", "raises", "revised", "revises",
    "cut", "fell", "falls", "fallen", "dropped", "drops", "stands", "stood", "already",
    "then", "sharply", "steadily", "reached", "reaches", "confirmed", "today", "yesterday",
    "overnight", "early", "late", "quickly",
];

/// Whether a lowercase word may stand between a tally and its link word.
pub(crate) fn is_tally_verb(w: &str) -> bool {
    TALLY_VERB.contains(w)
}

/// Words that lead from a tally to its figure, and the bound some of them
/// set: "rose to 36", "stands at 23", "a toll of 36", "now number 48",
/// "Tops 1,000" (more than), "nears 3,000" (nearly). "from" and "by" lead
/// to the figure a revision replaces and to a change ("rose by 12").
#[rustfmt::skip]
const TALLY_LINKS: &[(&str, Option<TallyBound>)] = &[
    ("to", None), ("at", None), ("of", None), ("reached", None), ("reaches", None),
    ("reaching", None), ("hit", None), ("hits", None), ("hitting", None), ("number", None),
    ("numbers", None), ("numbered", None), ("is", None), ("was", None), ("stands", None),
    ("stood", None), ("now", None), ("from", None), ("by", None),
    ("past", Some(TallyBound::Above)), ("passed", Some(TallyBound::Above)),
    ("passes", Some(TallyBound::Above)), ("pass", Some(TallyBound::Above)),
    ("tops", Some(TallyBound::Above)), ("topped", Some(TallyBound::Above)), ("topping", Some(TallyBound::Above)),
    ("surpassed", Some(TallyBound::Above)), ("surpasses", Some(TallyBound::Above)),
    ("exceeded", Some(TallyBound::Above)),
    ("nears", Some(TallyBound::Near)), ("neared", Some(TallyBound::Near)), ("nearing", Some(TallyBound::Near)),
    ("approaches", Some(TallyBound::Near)), ("approached", Some(TallyBound::Near)),
    ("approaching", Some(TallyBound::Near)),
];

static TALLY_LINK: LazyLock<Lookup<Option<TallyBound>>> =
    LazyLock::new(|| Lookup::new(TALLY_LINKS));

/// Whether a lowercase word leads from a tally to its figure, and the
/// bound it sets, if any: `Some(None)` for "to", `Some(Some(Above))` for
/// "tops".
pub(crate) fn tally_link(w: &str) -> Option<Option<TallyBound>> {
    TALLY_LINK.get(w)
}

/// The bound a verb leading to a tally's figure sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TallyBound {
    /// Above the figure: "tops", "past".
    Above,
    /// Just below it: "nears".
    Near,
}

/// Prepositions that open a phrase between a tally and its verb: "the
/// death toll from the landslide rose to 36", "Toll In Factory Fire
/// Climbs To 64".
pub(crate) const TALLY_PREPOSITIONS: &[&str] = &[
    "from", "in", "of", "at", "on", "for", "after", "across", "among", "near",
];

/// Verbs before "lives" that say what befell them: "claimed 11 lives",
/// "cost 40 lives" (killed), "saved 12 lives" (rescued).
#[rustfmt::skip]
const LIFE_VERBS: &[(&str, Role)] = &[
    ("claimed", Role::Killed), ("claim", Role::Killed), ("claims", Role::Killed),
    ("claiming", Role::Killed), ("lost", Role::Killed), ("cost", Role::Killed),
    ("costing", Role::Killed), ("took", Role::Killed), ("taking", Role::Killed),
    ("saved", Role::Rescued), ("save", Role::Rescued), ("saves", Role::Rescued),
    ("saving", Role::Rescued),
];

/// The role a lowercase verb before "lives" gives them.
pub(crate) fn life_verb(w: &str) -> Option<Role> {
    LIFE_VERB.get(w)
}

/// Roles played by things, not people: "1,200 homes were destroyed".
pub(crate) fn is_thing_role(r: Role) -> bool {
    matches!(
        r,
        Role::Damaged | Role::Destroyed | Role::Flooded | Role::WithoutPower
    )
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
    ("arrest", Role::Arrested), ("evacuee", Role::Evacuated), ("survivor", Role::Rescued),
];

/// The role a counted noun (singular, lowercase) carries of its own.
pub(crate) fn role_noun(w: &str) -> Option<Role> {
    ROLE_NOUN.get(w)
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

/// Every word a role read after a count can start with in the tables
/// here: the role words, the stand-ins and the fillers.
pub(crate) fn role_after_words() -> impl Iterator<Item = &'static str> {
    ROLES
        .iter()
        .map(|&(w, _)| w)
        .chain(STAND_INS.iter().copied())
        .chain(ROLE_FILLERS.iter().copied())
}

/// Every word right before a count with a noun that a role, a list's
/// label or a running tally is read from in the tables here: the role
/// words, the tally words and the tally links.
pub(crate) fn count_before_words() -> impl Iterator<Item = &'static str> {
    ROLES
        .iter()
        .chain(TALLIES)
        .map(|&(w, _)| w)
        .chain(TALLY_LINKS.iter().map(|&(w, _)| w))
}

/// Every word right before a count that a role or a tally is read from in
/// the tables here: the casualty verbs and the tally links.
pub(crate) fn role_before_words() -> impl Iterator<Item = &'static str> {
    VERBS
        .iter()
        .map(|&(w, _)| w)
        .chain(TALLY_LINKS.iter().map(|&(w, _)| w))
}
