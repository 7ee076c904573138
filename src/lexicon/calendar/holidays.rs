//! The names of holidays, as news writes them, and their lookup.

use std::sync::LazyLock;

use aho_corasick::Anchored;
use aho_corasick::automaton::Automaton;
use aho_corasick::automaton::StateID;
use aho_corasick::nfa::noncontiguous::NFA;

#[cfg(test)]
use super::exact;
use super::{automaton, first_word};
use crate::lexicon::WordTable;

/// The holidays whose date follows from a calendar rule every year. Their
/// rules are kept with the date rules; their names are here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Holiday {
    AdministrativeProfessionalsDay,
    AnzacDay,
    AprilFoolsDay,
    ArmisticeDay,
    Ascension,
    AshWednesday,
    BlackFriday,
    BossesDay,
    BoxingDay,
    CanadaDay,
    Christmas,
    ChristmasEve,
    Civic,
    CleanMonday,
    ColumbusDay,
    CorpusChristi,
    CyberMonday,
    DayOfReconciliation,
    DaylightSavingEnd,
    DaylightSavingStart,
    EarlyMayBank,
    EarthDay,
    Easter,
    EasterMonday,
    ElectionDay,
    Epiphany,
    FamilyDay,
    FathersDay,
    FlagDay,
    GoodFriday,
    GrandparentsDay,
    GroundhogDay,
    GuyFawkesNight,
    Halloween,
    HolySaturday,
    IndependenceDay,
    Juneteenth,
    LaborDay,
    LazarusSaturday,
    LincolnsBirthday,
    MardiGras,
    MaundyThursday,
    MemorialDay,
    MlkDay,
    MotheringSunday,
    MothersDay,
    NewYearsDay,
    NewYearsEve,
    OrangemensDay,
    OrthodoxEaster,
    OrthodoxGoodFriday,
    PalmSunday,
    PatriotDay,
    Pentecost,
    PresidentsDay,
    RizalDay,
    SiblingsDay,
    SpringBank,
    StPatricksDay,
    SummerBank,
    Thanksgiving,
    TrinitySunday,
    ValentinesDay,
    VeteransDay,
    VictoriaDay,
    WhitMonday,
    WorkersDay,
}

/// Every name of every holiday, as news writes them. A name matches with
/// its spaces, apostrophes, hyphens and abbreviation dots left out and in
/// any case: "St. Patrick's Day" also matches "st patricks day". Where
/// countries give one name different days, the US rule is used, except
/// that "Labour Day" is May 1.
pub(crate) const HOLIDAY_NAMES: &[(Holiday, &[&str])] = &[
    (Holiday::NewYearsDay, &["New Year Day", "New Year's Day"]),
    (Holiday::NewYearsEve, &["New Year Eve", "New Year's Eve"]),
    (Holiday::Epiphany, &["Epiphany"]),
    (
        Holiday::MlkDay,
        &[
            "Martin Luther King Day",
            "Martin Luther King's Day",
            "Martin Luther King Jr. Day",
            "Martin Luther King Junior Day",
            "MLK Day",
            "MLK Jr. Day",
            "Civil Rights Day",
        ],
    ),
    (
        Holiday::GroundhogDay,
        &["Groundhog Day", "Groundhog's Day", "Groundhogs Day"],
    ),
    (
        Holiday::LincolnsBirthday,
        &[
            "Abraham Lincoln's Birthday",
            "Lincoln Birthday",
            "Lincoln's Birthday",
            "Lincolns Birthday",
        ],
    ),
    (
        Holiday::ValentinesDay,
        &[
            "Valentine Day",
            "Valentine's Day",
            "Valentines Day",
            "St. Valentine's Day",
            "Saint Valentine's Day",
        ],
    ),
    (
        Holiday::PresidentsDay,
        &[
            "Presidents' Day",
            "Presidents Day",
            "President Day",
            "George Washington Day",
            "Washington's Birthday",
            "Washingtons Day",
        ],
    ),
    (
        Holiday::FamilyDay,
        &["Islander Day", "Louis Riel Day", "Nova Scotia Heritage Day"],
    ),
    (
        Holiday::MardiGras,
        &["Mardi Gras", "Shrove Tuesday", "Pancake Day"],
    ),
    (Holiday::AshWednesday, &["Ash Wednesday"]),
    (
        Holiday::StPatricksDay,
        &[
            "St. Patrick's Day",
            "Saint Patrick's Day",
            "St. Paddy's Day",
            "Saint Paddy's Day",
            "St. Pat's Day",
        ],
    ),
    (Holiday::MotheringSunday, &["Mothering Sunday"]),
    (Holiday::PalmSunday, &["Palm Sunday", "Branch Sunday"]),
    (
        Holiday::MaundyThursday,
        &["Maundy Thursday", "Holy Thursday"],
    ),
    (Holiday::GoodFriday, &["Good Friday"]),
    (Holiday::HolySaturday, &["Holy Saturday", "Easter Saturday"]),
    (Holiday::Easter, &["Easter", "Easter Day", "Easter Sunday"]),
    (Holiday::EasterMonday, &["Easter Monday", "Easter Mon"]),
    (Holiday::Ascension, &["Ascension", "Ascension Day"]),
    (Holiday::Pentecost, &["Pentecost", "Whitsun", "Whitsunday"]),
    (Holiday::WhitMonday, &["Whit Monday"]),
    (Holiday::TrinitySunday, &["Trinity Sunday"]),
    (Holiday::CorpusChristi, &["Corpus Christi"]),
    (
        Holiday::CleanMonday,
        &["Clean Monday", "Orthodox Shrove Monday"],
    ),
    (Holiday::LazarusSaturday, &["Lazarus Saturday"]),
    (
        Holiday::OrthodoxGoodFriday,
        &["Orthodox Good Friday", "Orthodox Great Friday"],
    ),
    (
        Holiday::OrthodoxEaster,
        &["Orthodox Easter", "Orthodox Easter Sunday"],
    ),
    (
        Holiday::DaylightSavingStart,
        &[
            "Daylight Saving Start",
            "Daylight Saving Start Day",
            "Daylight Savings Start",
            "Daylight Savings Start Day",
        ],
    ),
    (
        Holiday::DaylightSavingEnd,
        &[
            "Daylight Saving End",
            "Daylight Saving End Day",
            "Daylight Savings End",
            "Daylight Savings End Day",
        ],
    ),
    (
        Holiday::AprilFoolsDay,
        &["April Fool Day", "April Fools' Day"],
    ),
    (Holiday::SiblingsDay, &["Siblings Day"]),
    (Holiday::EarthDay, &["Earth Day"]),
    (Holiday::AnzacDay, &["Anzac Day"]),
    (
        Holiday::AdministrativeProfessionalsDay,
        &[
            "Administrative Professionals Day",
            "Administrative Professional Day",
            "Admin's Day",
            "Admins Day",
            "Secretaries Day",
        ],
    ),
    (
        Holiday::WorkersDay,
        &["Labour Day", "Workers' Day", "International Workers' Day"],
    ),
    (Holiday::EarlyMayBank, &["Early May Bank Holiday"]),
    (
        Holiday::MothersDay,
        &["Mother's Day", "Mothers Day", "Mother Day"],
    ),
    (
        Holiday::VictoriaDay,
        &[
            "Victoria Day",
            "Sovereign's Birthday",
            "Sovereigns Birthday",
        ],
    ),
    (Holiday::MemorialDay, &["Memorial Day", "Decoration Day"]),
    (Holiday::SpringBank, &["Spring Bank Holiday"]),
    (Holiday::FlagDay, &["Flag Day"]),
    (
        Holiday::FathersDay,
        &["Father's Day", "Fathers Day", "Father Day"],
    ),
    (Holiday::Juneteenth, &["Juneteenth"]),
    (Holiday::CanadaDay, &["Canada Day", "Dominion Day"]),
    (
        Holiday::IndependenceDay,
        &["Independence Day", "Fourth of July"],
    ),
    (Holiday::OrangemensDay, &["Orangemen's Day"]),
    (
        Holiday::Civic,
        &[
            "Civic Holiday",
            "British Columbia Day",
            "New Brunswick Day",
            "Natal Day",
            "Saskatchewan Day",
            "Terry Fox Day",
        ],
    ),
    (
        Holiday::SummerBank,
        &[
            "Summer Bank Holiday",
            "Late Summer Bank Holiday",
            "August Bank Holiday",
        ],
    ),
    (Holiday::LaborDay, &["Labor Day"]),
    (Holiday::GrandparentsDay, &["Grandparents Day"]),
    (Holiday::PatriotDay, &["Patriot Day"]),
    (
        Holiday::ColumbusDay,
        &["Columbus Day", "Indigenous Peoples' Day"],
    ),
    (
        Holiday::BossesDay,
        &["Bosses' Day", "Boss's Day", "Boss Day"],
    ),
    (Holiday::Halloween, &["Halloween"]),
    (
        Holiday::GuyFawkesNight,
        &["Guy Fawkes Night", "Guy Fawkes Day", "Bonfire Night"],
    ),
    (Holiday::ElectionDay, &["Election Day"]),
    (Holiday::ArmisticeDay, &["Armistice Day", "Remembrance Day"]),
    (Holiday::VeteransDay, &["Veterans Day", "Veteran Day"]),
    (Holiday::Thanksgiving, &["Thanksgiving", "Thanksgiving Day"]),
    (Holiday::BlackFriday, &["Black Friday"]),
    (Holiday::CyberMonday, &["Cyber Monday"]),
    (
        Holiday::DayOfReconciliation,
        &[
            "Day of Reconciliation",
            "Day of the Covenant",
            "Day of the Vow",
        ],
    ),
    (Holiday::ChristmasEve, &["Christmas Eve", "Xmas Eve"]),
    (
        Holiday::Christmas,
        &["Christmas", "Christmas Day", "Xmas", "Xmas Day"],
    ),
    (Holiday::BoxingDay, &["Boxing Day"]),
    (Holiday::RizalDay, &["Rizal Day"]),
];

/// The form a holiday's name is looked up in: its ASCII letters,
/// lowercase ("St. Patrick's Day" is "stpatricksday").
pub(crate) fn holiday_key(name: &str) -> String {
    name.bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|b| char::from(b.to_ascii_lowercase()))
        .collect()
}

/// The holiday names, in their lookup form, with the automaton that finds
/// them.
struct Names {
    automaton: Option<NFA>,
    holidays: Vec<Holiday>,
    /// Each word a name begins with, lowercase, walked from the start of
    /// the automaton once: a text that begins with one is read from where
    /// its walk ends, not letter by letter from the start.
    first: WordTable<String, Walked>,
}

/// The walk through the letters of one word from the start of the names.
#[derive(Clone, Copy)]
struct Walked {
    /// The state after its last letter, or the dead state where no name
    /// begins with the letters read.
    state: StateID,
    /// Whether a name ended at one of its letters before any letter ended
    /// the walk.
    named: bool,
}

/// Walks `word`, lowercase, from the start of `nfa`, as [`NameWalk`] and
/// [`may_begin_holiday`] read it.
fn walked(nfa: &NFA, word: &[u8]) -> Option<Walked> {
    let mut state = nfa.start_state(Anchored::Yes).ok()?;
    let mut named = false;
    for &b in word {
        state = nfa.next_state(Anchored::Yes, state, b);
        if nfa.is_dead(state) {
            break;
        }
        named |= nfa.is_match(state);
    }
    Some(Walked { state, named })
}

/// The longest word a name begins with that [`Names::first`] may hold.
const FIRST_LEN: usize = 16;

static NAMES: LazyLock<Names> = LazyLock::new(|| {
    let mut keys: Vec<(String, Holiday)> = Vec::new();
    for &(holiday, names) in HOLIDAY_NAMES {
        for name in names {
            let key = holiday_key(name);
            if !keys.iter().any(|(k, _)| *k == key) {
                keys.push((key, holiday));
            }
        }
    }
    let (patterns, holidays): (Vec<String>, Vec<Holiday>) = keys.into_iter().unzip();
    let automaton = automaton(&patterns);
    let mut first = Vec::new();
    if let Some(nfa) = &automaton {
        for name in HOLIDAY_NAMES.iter().flat_map(|(_, names)| names.iter()) {
            let w = first_word(name);
            if w.len() <= FIRST_LEN
                && let Some(walk) = walked(nfa, w.as_bytes())
            {
                first.push((w, walk));
            }
        }
    }
    Names {
        automaton,
        holidays,
        first: WordTable::new(first),
    }
});

/// The holiday named by `key`, a name in its lookup form (see
/// [`holiday_key`]): "christmaseve" is Christmas Eve. The date rules read
/// names with a [`NameWalk`].
#[cfg(test)]
pub(crate) fn holiday(key: &[u8]) -> Option<Holiday> {
    let names = &*NAMES;
    let p = exact(names.automaton.as_ref()?, key)?;
    names.holidays.get(p).copied()
}

/// A walk through the holiday names in their lookup form, a word at a
/// time: the words of a name are read from the text one by one, and the
/// walk stops as soon as no name begins with the letters read so far,
/// where looking each run of words up on its own would read the first
/// words again for every run.
pub(crate) struct NameWalk {
    nfa: &'static NFA,
    state: StateID,
    len: usize,
}

impl NameWalk {
    /// A walk from the start of the names; `None` only when the names
    /// failed to compile, and then no name is ever found.
    pub(crate) fn new() -> Option<NameWalk> {
        let nfa = NAMES.automaton.as_ref()?;
        let state = nfa.start_state(Anchored::Yes).ok()?;
        Some(NameWalk { nfa, state, len: 0 })
    }

    /// Reads the letters of one more word, lowercase; false when no name
    /// begins with the letters read so far. The first word, when a name
    /// begins with it, is not walked again.
    pub(crate) fn read(&mut self, word: &[u8]) -> bool {
        if self.len == 0
            && let Some(walk) = NAMES.first.get(word)
        {
            // The walk it stands for: checked in every debug build.
            debug_assert_eq!(Some(walk.state), walked(self.nfa, word).map(|w| w.state));
            self.state = walk.state;
            if self.nfa.is_dead(self.state) {
                return false;
            }
            self.len = word.len();
            return true;
        }
        for &b in word {
            self.state = self.nfa.next_state(Anchored::Yes, self.state, b);
            if self.nfa.is_dead(self.state) {
                return false;
            }
        }
        self.len += word.len();
        true
    }

    /// The holiday that the letters read so far name exactly, if any.
    pub(crate) fn holiday(&self) -> Option<Holiday> {
        let nfa = self.nfa;
        if !nfa.is_match(self.state) {
            return None;
        }
        (0..nfa.match_len(self.state))
            .map(|k| nfa.match_pattern(self.state, k))
            .find(|&p| nfa.pattern_len(p) == self.len)
            .and_then(|p| NAMES.holidays.get(p.as_usize()).copied())
    }
}

/// Whether the ASCII letters of `text`, read from its start across
/// whatever is not a letter, begin with a holiday's name in its lookup form
/// ("Presidents' Day" and "Presidents-Day" both begin "presidentsday").
/// The date rules join the words of a name across spaces, dots,
/// apostrophes and dashes, so a text in which this is false names no
/// holiday at its start.
pub(crate) fn may_begin_holiday(text: &[u8]) -> bool {
    let names = &*NAMES;
    let Some(nfa) = names.automaton.as_ref() else {
        // Without the automaton no name is ever found.
        return false;
    };
    let Ok(sid) = nfa.start_state(Anchored::Yes) else {
        return false;
    };
    // The first word, when a name begins with it, read whole.
    let run = text
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(text.len());
    if (1..=FIRST_LEN).contains(&run) {
        let mut buf = [0u8; FIRST_LEN];
        for (d, s) in buf.iter_mut().zip(text) {
            *d = s | 0x20;
        }
        if let (Some(walk), Some(after)) = (names.first.get(&buf[..run]), text.get(run..)) {
            let begins =
                walk.named || (!nfa.is_dead(walk.state) && walk_on(nfa, walk.state, after));
            debug_assert_eq!(begins, walk_on(nfa, sid, text), "{text:?}");
            return begins;
        }
    }
    walk_on(nfa, sid, text)
}

/// Whether the ASCII letters of `text`, read on from state `sid` across
/// whatever is not a letter, reach the end of a name before no name begins
/// with them (see [`may_begin_holiday`]).
fn walk_on(nfa: &NFA, mut sid: StateID, text: &[u8]) -> bool {
    for &b in text.iter().filter(|b| b.is_ascii_alphabetic()) {
        // Bit 5 lowercases an ASCII capital; the names are lowercase.
        sid = nfa.next_state(Anchored::Yes, sid, b | 0x20);
        if nfa.is_dead(sid) {
            return false;
        }
        if nfa.is_match(sid) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_begins_a_name_as_its_letters_walked_one_by_one_say() {
        // Every call checks the walk of its first word, read whole, against
        // the walk letter by letter.
        for name in HOLIDAY_NAMES.iter().flat_map(|(_, names)| names.iter()) {
            assert!(may_begin_holiday(name.as_bytes()), "{name}");
            let w = first_word(name);
            for text in [
                w.clone(),
                format!("{w} x"),
                format!("{w}s' day"),
                w.to_uppercase(),
            ] {
                may_begin_holiday(text.as_bytes());
                let mut walk = NameWalk::new().expect("the names compile");
                walk.read(text.to_ascii_lowercase().as_bytes());
            }
        }
    }

    #[test]
    fn holidays_are_found_by_every_name() {
        assert!(NAMES.automaton.is_some());
        for &(holiday_, names) in HOLIDAY_NAMES {
            for name in names {
                let key = holiday_key(name);
                assert_eq!(holiday(key.as_bytes()), Some(holiday_), "{name}");
            }
        }
        assert_eq!(holiday(b"stpatricksday"), Some(Holiday::StPatricksDay));
        // Word by word, each run named as the whole key would be.
        let walk = |words: &[&[u8]]| {
            let mut walk = NameWalk::new()?;
            let mut found = None;
            for w in words {
                if !walk.read(w) {
                    break;
                }
                found = walk.holiday().or(found);
            }
            found
        };
        assert_eq!(walk(&[b"christmas", b"eve"]), Some(Holiday::ChristmasEve));
        assert_eq!(walk(&[b"christmas", b"party"]), Some(Holiday::Christmas));
        assert_eq!(
            walk(&[b"st", b"patricks", b"day"]),
            Some(Holiday::StPatricksDay)
        );
        assert_eq!(walk(&[b"president", b"biden"]), None);
        assert_eq!(holiday(b"christmase"), None);
        assert_eq!(holiday(b"christmaseveparty"), None);
    }

    #[test]
    fn holidays_are_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for (holiday, _) in HOLIDAY_NAMES {
            assert!(seen.insert(*holiday), "{holiday:?} listed twice");
        }
        let mut keys = std::collections::HashMap::new();
        for &(holiday, names) in HOLIDAY_NAMES {
            for name in names {
                let old = keys.insert(holiday_key(name), holiday);
                assert!(
                    old.is_none_or(|h| h == holiday),
                    "{name} names two holidays"
                );
            }
        }
    }
}
