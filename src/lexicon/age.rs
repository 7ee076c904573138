//! Ages: the words that make a number how old someone is ("aged 27", "as
//! young as 12", "in his 40s", "65 and older"), and the nouns that name a
//! person, whose age a bare number after a comma or in brackets gives
//! ("The suspect, 22,", "Tom Reed (61)").

use std::sync::LazyLock;

use super::WordSet;
use crate::quantity::TimeUnit;

/// Words right before a number that make it an age: "aged 27", "age 27",
/// "ages 12 to 15".
pub(crate) const AGE_WORDS: &[&str] = &["aged", "age", "ages"];

/// "as young as 12" says the youngest is 12, "as old as 80" that the
/// oldest is 80: the middle word, and whether it sets a floor (`true`) or
/// a ceiling.
pub(crate) const AS_AGE_AS: &[(&str, bool)] = &[("young", true), ("old", false)];

/// Words after "or"/"and" and an age that make it a floor: "65 or older",
/// "12 and up".
pub(crate) const AGE_OR_ABOVE: &[&str] = &["older", "up", "over", "above"];

/// Words after "or"/"and" and an age that make it a ceiling: "5 and
/// under", "16 or younger".
pub(crate) const AGE_OR_BELOW: &[&str] = &["younger", "under", "below"];

/// Single-word bounds between a group of people and an age: "children
/// under 5", "people over 80"; `true` for a floor.
pub(crate) const GROUP_BOUNDS: &[(&str, bool)] = &[
    ("under", false),
    ("below", false),
    ("over", true),
    ("above", true),
];

/// Possessives before a decade of life: "in his 40s", "to their late 50s".
pub(crate) const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "my", "your", "our"];

/// The part of a decade of life a word names, as the first and last year
/// of it: "early" 30s are 30 to 33, "mid" 50s 54 to 56, "late" 20s 27 to
/// 29.
pub(crate) const DECADE_PARTS: &[(&str, u32, u32)] = &[
    ("early", 0, 3),
    ("mid", 4, 6),
    ("middle", 4, 6),
    ("late", 7, 9),
];

/// Decades of life in words, with their first year: "in his forties",
/// "in her late teens".
pub(crate) const DECADE_WORDS: &[(&str, u32)] = &[
    ("teens", 13),
    ("twenties", 20),
    ("thirties", 30),
    ("forties", 40),
    ("fifties", 50),
    ("sixties", 60),
    ("seventies", 70),
    ("eighties", 80),
    ("nineties", 90),
];

/// Superlatives that name a person by age: "the oldest was 89 and the
/// youngest 4".
pub(crate) const SUPERLATIVES: &[&str] = &["oldest", "youngest", "eldest"];

/// Pronouns whose age a sentence can state: "she was 87".
pub(crate) const PERSON_PRONOUNS: &[&str] = &["he", "she"];

/// Verbs that state an age after their subject: "the driver was 45".
pub(crate) const AGE_VERBS: &[&str] = &["was", "is"];

/// Verbs that reach an age: "she turned 40", "turns 65 next year".
pub(crate) const TURN_VERBS: &[&str] = &["turned", "turns", "turning", "turn"];

/// Words after "or"/"and" and a number that make it an age whatever comes
/// before: "65 and older", "16 or younger".
pub(crate) const OLDER_YOUNGER: &[&str] = &["older", "younger"];

/// Words that may stand between "who" and the verb of an age: "who police
/// said was 19", "who is believed to be 17".
pub(crate) const AGE_REPORTING: &[&str] = &[
    "police",
    "officers",
    "officials",
    "prosecutors",
    "authorities",
    "investigators",
    "relatives",
    "family",
    "friends",
    "reports",
    "said",
    "say",
    "says",
    "believe",
    "believed",
    "thought",
    "understood",
    "reportedly",
    "now",
];

/// Words between a person and the age that belongs to them, skipped when
/// looking for whose age it is: "The students were aged between 16 and
/// 18", "She died at the age of 87", "who police said was 19".
pub(crate) const HOLDER_SKIP: &[&str] = &[
    "aged",
    "age",
    "ages",
    "died",
    "dies",
    "ranged",
    "ranging",
    "range",
    "ranges",
    "described",
    "identified",
    "named",
    "listed",
    "included",
    "reportedly",
    "believed",
    "thought",
    "understood",
    "police",
    "officials",
    "just",
    "only",
    "young",
    "old",
    "turned",
    "turns",
    "turning",
];

/// Titles before a name that say nothing about who the person is: "Mr
/// Reed", "Major Peter Otieno". Dropped from the front of a name; a person
/// noun before a name ("Nurse Maria Lopez") is dropped too.
pub(crate) const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "prof",
    "professor",
    "rev",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "president",
    "judge",
    "justice",
    "det",
    "detective",
    "insp",
    "inspector",
    "sgt",
    "sergeant",
    "capt",
    "captain",
    "maj",
    "major",
    "col",
    "colonel",
    "gen",
    "general",
    "cpl",
    "corporal",
    "pte",
    "private",
    "lt",
    "lieutenant",
    "pc",
    "constable",
    "chief",
];

/// Nouns that name people: whose age a number after a comma gives ("The
/// suspect, 22,"), who a verb gives the age of ("the driver was 45"), and
/// the groups a bound ages ("children under 5", "people over 80").
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "man",
    "men",
    "woman",
    "women",
    "boy",
    "boys",
    "girl",
    "girls",
    "child",
    "children",
    "kid",
    "kids",
    "baby",
    "babies",
    "infant",
    "infants",
    "toddler",
    "toddlers",
    "teen",
    "teens",
    "teenager",
    "teenagers",
    "youth",
    "youths",
    "adult",
    "adults",
    "person",
    "people",
    "persons",
    "pensioner",
    "pensioners",
    "retiree",
    "retirees",
    "suspect",
    "suspects",
    "victim",
    "victims",
    "driver",
    "drivers",
    "passenger",
    "passengers",
    "pilot",
    "pilots",
    "gunman",
    "gunmen",
    "attacker",
    "attackers",
    "assailant",
    "assailants",
    "defendant",
    "defendants",
    "accused",
    "student",
    "students",
    "pupil",
    "pupils",
    "patient",
    "patients",
    "resident",
    "residents",
    "voter",
    "voters",
    "worker",
    "workers",
    "employee",
    "employees",
    "officer",
    "officers",
    "soldier",
    "soldiers",
    "nurse",
    "nurses",
    "doctor",
    "doctors",
    "teacher",
    "teachers",
    "mother",
    "mothers",
    "father",
    "fathers",
    "son",
    "sons",
    "daughter",
    "daughters",
    "wife",
    "wives",
    "husband",
    "husbands",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "grandmother",
    "grandfather",
    "grandson",
    "granddaughter",
    "mum",
    "dad",
    "parent",
    "parents",
    "player",
    "players",
    "striker",
    "goalkeeper",
    "midfielder",
    "defender",
    "athlete",
    "athletes",
    "runner",
    "cyclist",
    "climber",
    "hiker",
    "swimmer",
    "actor",
    "actress",
    "singer",
    "musician",
    "survivor",
    "survivors",
    "mourner",
    "mourners",
    "fan",
    "fans",
    "spectator",
    "spectators",
    "protester",
    "protesters",
    "marcher",
    "marchers",
    "demonstrator",
    "demonstrators",
    "migrant",
    "migrants",
    "refugee",
    "refugees",
    "prisoner",
    "prisoners",
    "inmate",
    "inmates",
    "detainee",
    "detainees",
    "hostage",
    "hostages",
    "candidate",
    "candidates",
    "lawmaker",
    "politician",
    "founder",
    "owner",
    "landlord",
    "tenant",
    "neighbour",
    "neighbor",
    "friend",
    "partner",
    "girlfriend",
    "boyfriend",
    "widow",
    "widower",
    "journalist",
    "reporter",
    "photographer",
    "guard",
    "firefighter",
    "paramedic",
    "constable",
    "shopkeeper",
    "farmer",
    "fisherman",
    "miner",
    "cleaner",
    "mechanic",
    "carer",
    "volunteer",
    "volunteers",
    "rider",
    "motorcyclist",
    "pedestrian",
    "pedestrians",
    "cook",
    "chef",
    "waiter",
    "waitress",
    "organiser",
    "organizer",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "campaigner",
    "activist",
    "director",
    "manager",
    "coach",
    "chairman",
    "chairwoman",
    "secretary",
    "minister",
    "mayor",
    "councillor",
    "councilor",
    "trader",
    "architect",
    "engineer",
    "lawyer",
    "solicitor",
    "barrister",
    "witness",
    "those",
    "anyone",
    "everyone",
];

/// Last words of names that are no person's: parties, clubs, firms and
/// bodies, whose counts ("Liberal Democrats, 11", "Leeds United (2)") a
/// list sets where a person's age would be.
pub(crate) const ORGANISATION_WORDS: &[&str] = &[
    "party",
    "democrats",
    "republicans",
    "conservatives",
    "liberals",
    "socialists",
    "greens",
    "labour",
    "independents",
    "united",
    "city",
    "rovers",
    "wanderers",
    "athletic",
    "town",
    "county",
    "fc",
    "club",
    "inc",
    "ltd",
    "corp",
    "corporation",
    "plc",
    "llc",
    "group",
    "holdings",
    "bank",
    "council",
    "police",
    "department",
    "ministry",
    "university",
    "college",
    "school",
    "hospital",
    "association",
    "union",
    "league",
    "institute",
    "agency",
    "company",
    "court",
    "state",
    "states",
    "republic",
    "kingdom",
];

static PERSON: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PERSON_NOUNS));
static ORGANISATION: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(ORGANISATION_WORDS));

/// Whether the lowercase word `w` ends the name of a party, club, firm or
/// body rather than a person's.
pub(crate) fn is_organisation_word(w: &str) -> bool {
    ORGANISATION.contains(w)
}
static TITLE: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(TITLES));

/// Whether the lowercase word `w` names a person or a group of people.
pub(crate) fn is_person_noun(w: &str) -> bool {
    PERSON.contains(w)
}

/// Whether the lowercase word `w` is a title before a name ("mr",
/// "major").
pub(crate) fn is_title(w: &str) -> bool {
    TITLE.contains(w)
}

/// The first year of a decade of life named in words ("forties": 40).
pub(crate) fn decade_word(w: &str) -> Option<u32> {
    DECADE_WORDS.iter().find(|(d, _)| *d == w).map(|(_, y)| *y)
}

/// The first and last year a part of a decade names ("late": 7 to 9).
pub(crate) fn decade_part(w: &str) -> Option<(u32, u32)> {
    DECADE_PARTS
        .iter()
        .find(|(p, _, _)| *p == w)
        .map(|(_, a, b)| (*a, *b))
}

/// The units of time an age may be given in: a baby is "6 months old", a
/// foal "3 weeks old", a newborn "2 days old".
pub(crate) fn is_age_unit(u: TimeUnit) -> bool {
    matches!(
        u,
        TimeUnit::Year | TimeUnit::Month | TimeUnit::Week | TimeUnit::Day
    )
}
