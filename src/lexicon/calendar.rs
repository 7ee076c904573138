//! The calendar words: month and weekday names, the words the date rules
//! read around them ("last", "since", "the end of"), the plural units of
//! relative dates ("three days ago") and the names of holidays.
//!
//! Every list is data. [`classify`] answers for one word by looking it up
//! in a hash table built once from the lists: months, weekdays, date words,
//! units, the number words that name days (valued by the number lists of
//! the lexicon) and the words that start a holiday's name. Holiday names
//! are read whole, joined across their spaces and apostrophes, with a
//! [`NameWalk`] through an Aho-Corasick automaton built from
//! [`HOLIDAY_NAMES`]: an NFA, which builds in a fraction of a DFA's time.

use std::sync::LazyLock;

#[cfg(test)]
use aho_corasick::Anchored;
use aho_corasick::MatchKind;
#[cfg(test)]
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::noncontiguous::NFA;
use chrono::Weekday;

use super::{PackedTable, WordSet, WordTable};

mod holidays;
mod text;

pub(crate) use holidays::{HOLIDAY_NAMES, Holiday, NameWalk, may_begin_holiday};
pub(crate) use text::lexicon;

/// What a word means to the date rules. Words with no calendar meaning
/// are `None`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Cal {
    /// No calendar meaning.
    #[default]
    None,
    /// A month (1-12), and whether the name is written in full ("March",
    /// not "Mar").
    Month(u32, bool),
    /// A weekday, and whether the name is written in full.
    Weekday(Weekday, bool),
    /// A cardinal number word that can count days or units ("three",
    /// "nineteen"), and whether it is a tens word ("twenty", "thirty").
    Card(u32, bool),
    /// An ordinal word that can name a day of the month ("first",
    /// "twentieth").
    Ord(u32),
    /// The letters of an ordinal suffix: "st", "nd", "rd", "th".
    OrdSuffix,
    /// A plural unit of time: "days", "weeks".
    Units(Period),
    /// A word the date rules read: a relative word, a preposition, a part.
    Kw(Kw),
    /// A word that starts a holiday's name and has no other calendar
    /// meaning: "christmas", "labor", "good".
    Holiday,
    /// A word with more in it than letters, which the date rules read in
    /// its pieces: "Tuesday's", "U.S.". Set by the tokenizer.
    Pieces,
}

/// A calendar period that relative dates count in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Period {
    /// A calendar day.
    Day,
    /// An ISO week, Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
    /// A calendar quarter.
    Quarter,
    /// A calendar year.
    Year,
}

/// The words, other than names and numbers, that the date rules read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kw {
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    This,
    Current,
    Last,
    Past,
    Previous,
    Next,
    Coming,
    Upcoming,
    Following,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Ago,
    From,
    Now,
    Hence,
    Time,
    In,
    On,
    Since,
    Until,
    Till,
    By,
    Before,
    After,
    During,
    Through,
    Between,
    Throughout,
    The,
    Of,
    /// "a" and "an".
    A,
    Few,
    Couple,
    Mid,
    Early,
    Late,
    Earlier,
    Later,
    End,
    Beginning,
    Start,
    Middle,
    /// "and" and "or".
    And,
    To,
    /// "than", as in "later than 2020".
    Than,
    /// "no" and "not", as in "no later than".
    No,
    /// "as", as in "as early as".
    As,
    /// "starting", as in "starting January 7".
    Starting,
    /// "onwards" and "onward", as in "from 2019 onwards".
    Onwards,
    /// "more", as in "more than two weeks ago".
    More,
    /// "at", as in "at least a week before".
    At,
    /// "least", as in "at least a week before".
    Least,
    /// The letter of a quarter: "Q1".
    Q,
    /// The letter of a possessive: "week's".
    S,
}

/// Month names and abbreviations: the month and whether the name is full.
pub(crate) const MONTHS: &[(&str, u32, bool)] = &[
    ("january", 1, true),
    ("jan", 1, false),
    ("february", 2, true),
    ("feb", 2, false),
    ("march", 3, true),
    ("mar", 3, false),
    ("april", 4, true),
    ("apr", 4, false),
    ("may", 5, true),
    ("june", 6, true),
    ("jun", 6, false),
    ("july", 7, true),
    ("jul", 7, false),
    ("august", 8, true),
    ("aug", 8, false),
    ("september", 9, true),
    ("sep", 9, false),
    ("sept", 9, false),
    ("october", 10, true),
    ("oct", 10, false),
    ("november", 11, true),
    ("nov", 11, false),
    ("december", 12, true),
    ("dec", 12, false),
];

/// Weekday names and abbreviations: the weekday and whether the name is
/// full.
pub(crate) const WEEKDAYS: &[(&str, Weekday, bool)] = &[
    ("monday", Weekday::Mon, true),
    ("mon", Weekday::Mon, false),
    ("tuesday", Weekday::Tue, true),
    ("tue", Weekday::Tue, false),
    ("tues", Weekday::Tue, false),
    ("wednesday", Weekday::Wed, true),
    ("wed", Weekday::Wed, false),
    ("weds", Weekday::Wed, false),
    ("thursday", Weekday::Thu, true),
    ("thu", Weekday::Thu, false),
    ("thur", Weekday::Thu, false),
    ("thurs", Weekday::Thu, false),
    ("friday", Weekday::Fri, true),
    ("fri", Weekday::Fri, false),
    ("saturday", Weekday::Sat, true),
    ("sat", Weekday::Sat, false),
    ("sunday", Weekday::Sun, true),
    ("sun", Weekday::Sun, false),
];

/// Plural units of relative dates: "three days ago", "in two weeks' time".
pub(crate) const PLURAL_UNITS: &[(&str, Period)] = &[
    ("days", Period::Day),
    ("weeks", Period::Week),
    ("months", Period::Month),
    ("quarters", Period::Quarter),
    ("years", Period::Year),
    ("yrs", Period::Year),
];

/// The cardinal number words the date rules read as days or as counts of
/// units ("three days ago", "twenty-one"). Their values come from the
/// number lists of the lexicon.
pub(crate) const DAY_CARDINALS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
];

/// The ordinal number words the date rules read as days of the month
/// ("the first of March", "twenty-first"). Their values come from the
/// number lists of the lexicon.
pub(crate) const DAY_ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
];

/// The letters of ordinal suffixes: "1st", "22nd", "3rd", "20th".
pub(crate) const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// The words the date rules read around names and numbers.
pub(crate) const DATE_WORDS: &[(&str, Kw)] = &[
    // Days relative to today.
    ("today", Kw::Today),
    ("yesterday", Kw::Yesterday),
    ("tomorrow", Kw::Tomorrow),
    ("tmrw", Kw::Tomorrow),
    ("tonight", Kw::Tonight),
    // Which one.
    ("this", Kw::This),
    ("current", Kw::Current),
    ("last", Kw::Last),
    ("past", Kw::Past),
    ("previous", Kw::Previous),
    ("next", Kw::Next),
    ("coming", Kw::Coming),
    ("upcoming", Kw::Upcoming),
    ("following", Kw::Following),
    // Periods, singular.
    ("day", Kw::Day),
    ("week", Kw::Week),
    ("weekend", Kw::Weekend),
    ("month", Kw::Month),
    ("quarter", Kw::Quarter),
    ("qtr", Kw::Quarter),
    ("year", Kw::Year),
    ("yr", Kw::Year),
    // Counting from now.
    ("ago", Kw::Ago),
    ("from", Kw::From),
    ("now", Kw::Now),
    ("hence", Kw::Hence),
    ("time", Kw::Time),
    // Prepositions and modifiers.
    ("in", Kw::In),
    ("on", Kw::On),
    ("since", Kw::Since),
    ("until", Kw::Until),
    ("till", Kw::Till),
    ("by", Kw::By),
    ("before", Kw::Before),
    ("after", Kw::After),
    ("during", Kw::During),
    ("through", Kw::Through),
    ("thru", Kw::Through),
    ("between", Kw::Between),
    ("throughout", Kw::Throughout),
    ("the", Kw::The),
    ("of", Kw::Of),
    ("a", Kw::A),
    ("an", Kw::A),
    ("few", Kw::Few),
    ("couple", Kw::Couple),
    // Parts of a period.
    ("mid", Kw::Mid),
    ("early", Kw::Early),
    ("late", Kw::Late),
    ("earlier", Kw::Earlier),
    ("later", Kw::Later),
    ("end", Kw::End),
    ("beginning", Kw::Beginning),
    ("start", Kw::Start),
    ("middle", Kw::Middle),
    // Joining the ends of ranges.
    ("and", Kw::And),
    ("or", Kw::And),
    ("to", Kw::To),
    // Bounds: "no later than", "as early as", "starting", "onwards".
    ("than", Kw::Than),
    ("no", Kw::No),
    ("not", Kw::No),
    ("as", Kw::As),
    ("starting", Kw::Starting),
    ("onwards", Kw::Onwards),
    ("onward", Kw::Onwards),
    ("more", Kw::More),
    ("at", Kw::At),
    ("least", Kw::Least),
    // Letters.
    ("q", Kw::Q),
    ("s", Kw::S),
];

/// Words that, shortly before "in two years", make it the span something
/// happened in rather than a day ahead: "the first time in 20 years", "the
/// second flood in three years", "the lowest level in 14 months", "its
/// worst quarter in two years", "rose 5% in three years".
pub(crate) const SPAN_BEFORE: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "time",
    "times",
    "ever",
    "record",
    "only",
    "since",
    "high",
    "highs",
    "low",
    "lows",
    "peak",
    "best",
    "worst",
    "most",
    "least",
    "highest",
    "lowest",
    "biggest",
    "largest",
    "smallest",
    "fastest",
    "slowest",
    "strongest",
    "weakest",
    "sharpest",
    "steepest",
    "longest",
    "shortest",
    "greatest",
    "deepest",
    "deadliest",
    "hottest",
    "coldest",
    "warmest",
    "wettest",
    "driest",
    "busiest",
    "cheapest",
    "earliest",
    "rose",
    "fell",
    "grew",
    "shrank",
    "sank",
    "won",
    "lost",
    "built",
    "spent",
    "sold",
    "made",
    "took",
    "saw",
    "fewer",
    "more",
    "less",
];

static SPAN_BEFORE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SPAN_BEFORE));

/// Whether `word` is one of [`SPAN_BEFORE`], in any ASCII case: one lookup
/// where a scan of the list would compare every word.
pub(crate) fn is_span_before(word: &str) -> bool {
    let mut buf = [0u8; 32];
    super::lower(word, &mut buf).is_some_and(|w| SPAN_BEFORE_SET.contains(w))
}

/// Words that, right after "in two years", make it a span: "in two years
/// of war", "in three days straight", "in five years running".
pub(crate) const SPAN_AFTER: &[&str] = &["of", "since", "straight", "running", "ago"];

/// Words before a past participle that keep "in two weeks" a day ahead:
/// "will be held in two weeks", "is expected in 10 days". Any other word
/// ending in "ed" just before it makes a span: "doubled in five years".
pub(crate) const AUXILIARIES: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "will", "would", "shall", "should", "could",
    "can", "may", "might", "must", "ll", "get", "gets",
];

/// Numbers written like a month and a day, or a day and a month, that are
/// idioms and no date: "24/7" (round the clock).
pub(crate) const NOT_DATES: &[(u32, u32)] = &[(24, 7)];

/// Words right after a weekday that make it the name of a thing that
/// recurs every week, not a day: "Friday prayers", "Sunday school", "the
/// Sunday Times". A weekday before them is no date.
pub(crate) const WEEKLY_THINGS: &[&str] = &[
    "prayer",
    "prayers",
    "sermon",
    "sermons",
    "service",
    "services",
    "mass",
    "masses",
    "worship",
    "school",
    "papers",
    "times",
    "telegraph",
    "express",
    "mirror",
    "herald",
    "post",
    "independent",
    "tribune",
];

/// Whether `word` is one of `list`, in any ASCII case.
pub(crate) fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The word a holiday's name starts with, lowercase: "St. Patrick's Day"
/// starts with "st", "Mother's Day" with "mother".
fn first_word(name: &str) -> String {
    name.bytes()
        .take_while(u8::is_ascii_alphabetic)
        .map(|b| char::from(b.to_ascii_lowercase()))
        .collect()
}

/// The calendar words and their classes, with the table that finds them.
struct Words {
    /// Each word, lowercase, and its class.
    table: WordTable<String, Cal>,
    /// The words of up to eight letters, packed, and their classes.
    short: PackedTable<Cal>,
    /// The words, lowercase, in the order they were listed.
    patterns: Vec<String>,
    classes: Vec<Cal>,
    /// For each length up to [`LONGEST`] and each first letter (see
    /// [`letter`]), a bit for each letter a word of that length and first
    /// letter ends with: most words of a text are no calendar word, and
    /// most of those are told apart here, before the table is looked up.
    shapes: [[u32; 32]; LONGEST + 1],
}

/// The length of the longest calendar word.
const LONGEST: usize = 14;

/// An automaton that tells whether a whole word is one of `patterns`, all
/// lowercase.
fn automaton(patterns: &[String]) -> Option<NFA> {
    NFA::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .prefilter(false)
        .build(patterns)
        .ok()
}

/// The index of the pattern that is exactly `word` in ASCII case, read byte
/// by byte from the automaton's anchored start.
#[cfg(test)]
fn exact(nfa: &NFA, word: &[u8]) -> Option<usize> {
    let mut sid = nfa.start_state(Anchored::Yes).ok()?;
    for &b in word {
        // Setting bit 5 lowercases an ASCII capital and turns no other byte
        // into a letter; the patterns are lowercase letters.
        sid = nfa.next_state(Anchored::Yes, sid, b | 0x20);
        if nfa.is_dead(sid) {
            return None;
        }
    }
    if !nfa.is_match(sid) {
        return None;
    }
    (0..nfa.match_len(sid))
        .map(|k| nfa.match_pattern(sid, k))
        .find(|&p| nfa.pattern_len(p) == word.len())
        .map(|p| p.as_usize())
}

/// Built on first use from the lists above: every listed word, and every
/// word that starts a holiday's name and means nothing else.
static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut words: Vec<(String, Cal)> = Vec::new();
    let mut add = |w: &str, class: Cal| {
        if !words.iter().any(|(x, _)| x == w) {
            words.push((w.to_string(), class));
        }
    };
    for &(w, m, full) in MONTHS {
        add(w, Cal::Month(m, full));
    }
    for &(w, d, full) in WEEKDAYS {
        add(w, Cal::Weekday(d, full));
    }
    for &(w, p) in PLURAL_UNITS {
        add(w, Cal::Units(p));
    }
    for &w in ORDINAL_SUFFIXES {
        add(w, Cal::OrdSuffix);
    }
    for &(w, k) in DATE_WORDS {
        add(w, Cal::Kw(k));
    }
    for &w in DAY_CARDINALS.iter().chain(DAY_ORDINALS) {
        add(w, number_word(w));
    }
    let mut starts: Vec<String> = HOLIDAY_NAMES
        .iter()
        .flat_map(|(_, names)| names.iter().map(|n| first_word(n)))
        .filter(|w| !w.is_empty())
        .collect();
    starts.sort();
    starts.dedup();
    for w in &starts {
        add(w, Cal::Holiday);
    }
    let (patterns, classes): (Vec<String>, Vec<Cal>) = words
        .into_iter()
        .filter(|(_, class)| *class != Cal::None)
        .unzip();
    let mut shapes = [[0; 32]; LONGEST + 1];
    for w in &patterns {
        if let (Some(shape), Some(&b), Some(&e)) = (
            shapes.get_mut(w.len()),
            w.as_bytes().first(),
            w.as_bytes().last(),
        ) {
            shape[letter(b)] |= 1 << letter(e);
        }
    }
    Words {
        table: WordTable::new(patterns.iter().cloned().zip(classes.iter().copied())),
        short: PackedTable::new(
            patterns
                .iter()
                .map(String::as_bytes)
                .zip(classes.iter().copied()),
        ),
        patterns,
        classes,
        shapes,
    }
});

/// The place of the ASCII letter `b` in the alphabet, in either case (0 to
/// 25); any other byte gives some number below 32.
fn letter(b: u8) -> usize {
    usize::from((b | 0x20).wrapping_sub(b'a') & 31)
}

/// Every word [`classify`] gives a class, lowercase, with that class.
pub(crate) fn words() -> impl Iterator<Item = (&'static str, Cal)> {
    let words = &*WORDS;
    words
        .patterns
        .iter()
        .map(String::as_str)
        .zip(words.classes.iter().copied())
}

/// What `word` means to the date rules, in any case. Words with letters
/// outside ASCII mean nothing to them.
pub(crate) fn classify(word: &str) -> Cal {
    classify_at(word.as_bytes(), 0, word.len())
}

/// What the word at bytes `start..end` of `bytes` means to the date rules,
/// as [`classify`] says: a word of up to eight letters is read whole from
/// the text, with no copy.
pub(crate) fn classify_at(bytes: &[u8], start: usize, end: usize) -> Cal {
    let words = &*WORDS;
    if !words.may_hold(bytes, start, end) {
        return Cal::None;
    }
    words.look_up(bytes, start, end)
}

impl Words {
    /// Whether the word at bytes `start..end` of `bytes` can be a calendar
    /// word, by its length and its first and last letters.
    #[inline(always)]
    fn may_hold(&self, bytes: &[u8], start: usize, end: usize) -> bool {
        let (Some(shape), Some(&first), Some(&last)) = (
            self.shapes.get(end.wrapping_sub(start)),
            bytes.get(start),
            end.checked_sub(1).and_then(|e| bytes.get(e)),
        ) else {
            return false;
        };
        shape[letter(first)] & (1 << letter(last)) != 0
    }

    /// What the word at bytes `start..end` of `bytes`, whose shape a
    /// calendar word may have, means to the date rules.
    #[inline(never)]
    fn look_up(&self, bytes: &[u8], start: usize, end: usize) -> Cal {
        let Some(w) = bytes.get(start..end) else {
            return Cal::None;
        };
        match super::pack_at(bytes, start, end) {
            Some(key) => self.short.get(key).unwrap_or_default(),
            None => classify_long(self, w),
        }
    }
}

/// What `w`, a word longer than eight bytes, means to the date rules: kept
/// out of [`classify_at`], whose words are nearly all short.
#[cold]
#[inline(never)]
fn classify_long(words: &Words, w: &[u8]) -> Cal {
    // Setting bit 5 lowercases an ASCII capital and turns no other byte
    // into a letter; the words are lowercase letters.
    let mut buf = [0u8; LONGEST];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s | 0x20;
    }
    words
        .table
        .get(&buf[..w.len()])
        .copied()
        .unwrap_or_default()
}

/// The class of a lowercase number word of [`DAY_CARDINALS`] or
/// [`DAY_ORDINALS`], by its value in the number lists of the lexicon;
/// `Cal::None` for a word the lexicon does not know.
fn number_word(w: &str) -> Cal {
    if let Some(v) = super::unit_word(w) {
        return Cal::Card(v, false);
    }
    if let Some(v) = super::tens_word(w) {
        return Cal::Card(v, true);
    }
    super::ordinal_word(w).map_or(Cal::None, Cal::Ord)
}

/// Month and weekday names and their abbreviations, lowercase: they make
/// "20 January" a date, not a count, and are never names of things.
/// Weekdays count only in full ("mon" and "sat" are words too).
pub(crate) fn is_calendar_word(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_lowercase())
        && matches!(classify(w), Cal::Month(..) | Cal::Weekday(_, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_automata_build() {
        assert!(WORDS.patterns.iter().all(|w| w.len() <= LONGEST));
        assert!(
            WORDS
                .patterns
                .iter()
                .all(|w| w.bytes().all(|b| b.is_ascii_lowercase())),
        );
    }

    #[test]
    fn day_numbers_have_their_lexicon_values() {
        for (i, w) in DAY_CARDINALS.iter().enumerate() {
            let want = match i {
                0..19 => Cal::Card(u32::try_from(i + 1).unwrap_or(0), false),
                19 => Cal::Card(20, true),
                _ => Cal::Card(30, true),
            };
            assert_eq!(classify(w), want, "{w}");
        }
        for (i, w) in DAY_ORDINALS.iter().enumerate() {
            let want = if i < 20 {
                u32::try_from(i + 1).unwrap_or(0)
            } else {
                30
            };
            assert_eq!(classify(w), Cal::Ord(want), "{w}");
        }
    }

    #[test]
    fn classifies_whole_words_in_any_case() {
        assert_eq!(classify("March"), Cal::Month(3, true));
        assert_eq!(classify("SEPT"), Cal::Month(9, false));
        assert_eq!(classify("Tue"), Cal::Weekday(Weekday::Tue, false));
        assert_eq!(classify("days"), Cal::Units(Period::Day));
        assert_eq!(classify("th"), Cal::OrdSuffix);
        assert_eq!(classify("An"), Cal::Kw(Kw::A));
        assert_eq!(classify("twenty"), Cal::Card(20, true));
        assert_eq!(classify("Seven"), Cal::Card(7, false));
        assert_eq!(classify("thirtieth"), Cal::Ord(30));
        assert_eq!(classify("Christmas"), Cal::Holiday);
        assert_eq!(classify("Mothers"), Cal::Holiday);
        // The start of a holiday with another meaning keeps it.
        assert_eq!(classify("fourth"), Cal::Ord(4));
        assert_eq!(classify("early"), Cal::Kw(Kw::Early));
        // Prefixes, longer words and numbers beyond a month's days are not.
        for w in [
            "Ma", "mayor", "Mondays", "forty", "fortieth", "zero", "xmasx", "Über",
        ] {
            assert_eq!(classify(w), Cal::None, "{w}");
        }
    }

    #[test]
    fn span_words_are_found_in_any_ascii_case() {
        for w in SPAN_BEFORE {
            assert!(is_span_before(w), "{w}");
            assert!(is_span_before(&w.to_ascii_uppercase()), "{w}");
        }
        for w in ["Lowest", "TIME", "Record"] {
            assert!(is_span_before(w), "{w}");
        }
        for w in ["lowests", "tim", "", "r\u{e9}cord", "the"] {
            assert_eq!(is_span_before(w), listed(SPAN_BEFORE, w), "{w}");
            assert!(!is_span_before(w), "{w}");
        }
    }

    #[test]
    fn calendar_words_are_lowercase_months_and_full_weekdays() {
        assert!(is_calendar_word("january"));
        assert!(is_calendar_word("sept"));
        assert!(is_calendar_word("sunday"));
        assert!(!is_calendar_word("sun"));
        assert!(!is_calendar_word("January"));
        assert!(!is_calendar_word("today"));
    }

    #[test]
    fn every_holiday_name_starts_with_a_word_the_rules_start_at() {
        for &(_, names) in HOLIDAY_NAMES {
            for name in names {
                let first = first_word(name);
                assert_ne!(classify(&first), Cal::None, "{name}");
            }
        }
    }
}
