//! Number words: cardinals, tens, ordinals, scales and their abbreviations,
//! fractions in words and in one character, dozens, signs, and the vague
//! amounts ("dozens of", "a handful of").

use std::sync::LazyLock;

use super::{Lookup, among};

/// Cardinal number words below twenty and their values.
pub(crate) const UNITS: &[(&str, u32)] = &[
    ("zero", 0),
    ("naught", 0),
    ("nought", 0),
    ("nil", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// Tens words and their values; "fourty" is a common misspelling.
pub(crate) const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fourty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// The tens words that are written glued to a unit ("twentyfive").
const GLUED_TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Ordinal words below one hundred, and the ordinals of the tens.
pub(crate) const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("nineth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
];

/// Scale words: the power of ten, and whether the word is an ordinal.
pub(crate) const SCALES: &[(&str, (u32, bool))] = &[
    ("hundred", (2, false)),
    ("hundreds", (2, false)),
    ("thousand", (3, false)),
    ("thousands", (3, false)),
    ("lakh", (5, false)),
    ("lakhs", (5, false)),
    ("lac", (5, false)),
    ("million", (6, false)),
    ("millions", (6, false)),
    ("crore", (7, false)),
    ("crores", (7, false)),
    ("billion", (9, false)),
    ("billions", (9, false)),
    ("trillion", (12, false)),
    ("trillions", (12, false)),
    ("hundredth", (2, true)),
    ("thousandth", (3, true)),
    ("millionth", (6, true)),
    ("billionth", (9, true)),
    ("trillionth", (12, true)),
];

/// Abbreviated scales and their powers of ten. The single letters are
/// only taken glued to digits ("5m") or right after a currency. See also
/// [`CASED_SCALE_ABBREVIATIONS`].
pub(crate) const SCALE_ABBREVIATIONS: &[(&str, u32)] = &[
    ("k", 3),
    ("thou", 3),
    ("m", 6),
    ("mn", 6),
    ("mln", 6),
    ("mil", 6),
    ("mio", 6),
    ("b", 9),
    ("bn", 9),
    ("bln", 9),
    ("bil", 9),
    ("t", 12),
    ("tn", 12),
    ("trn", 12),
    ("tr", 12),
    ("tln", 12),
    ("cr", 7),
    ("lkh", 5),
    ("lkhs", 5),
    ("crs", 7),
];

/// Abbreviated scales read only in the case given and glued to digits:
/// "$2MM" is two million in the usage of American finance, while "5mm" is
/// a length.
pub(crate) const CASED_SCALE_ABBREVIATIONS: &[(&str, u32)] = &[("MM", 6)];

/// The abbreviated scales also read when a space sets them apart from the
/// digits ("5 bn").
pub(crate) const SPACED_SCALE_ABBREVIATIONS: &[&str] = &[
    "bn", "mn", "mln", "bln", "tn", "trn", "tln", "lkh", "lkhs", "cr", "crs",
];

/// Fraction words and their values as numerator and denominator.
pub(crate) const FRACTIONS: &[(&str, (u32, u32))] = &[
    ("half", (1, 2)),
    ("halves", (1, 2)),
    ("third", (1, 3)),
    ("thirds", (1, 3)),
    ("quarter", (1, 4)),
    ("quarters", (1, 4)),
    ("fourth", (1, 4)),
    ("fourths", (1, 4)),
    ("fifth", (1, 5)),
    ("fifths", (1, 5)),
    ("sixth", (1, 6)),
    ("sixths", (1, 6)),
    ("seventh", (1, 7)),
    ("sevenths", (1, 7)),
    ("eighth", (1, 8)),
    ("eighths", (1, 8)),
    ("ninth", (1, 9)),
    ("ninths", (1, 9)),
    ("tenth", (1, 10)),
    ("tenths", (1, 10)),
];

/// The fractions that follow "a" or "an" as a number: "a half", "a
/// quarter", "a third".
pub(crate) const ARTICLE_FRACTIONS: &[&str] = &["half", "quarter", "third"];

/// The fractions that follow "and" with no article: "two and half".
pub(crate) const BARE_AND_FRACTIONS: &[&str] = &["half", "quarter"];

/// Fractions written as one character, and their values.
pub(crate) const FRACTION_GLYPHS: &[(char, (u32, u32))] = &[
    ('½', (1, 2)),
    ('⅓', (1, 3)),
    ('⅔', (2, 3)),
    ('¼', (1, 4)),
    ('¾', (3, 4)),
    ('⅕', (1, 5)),
    ('⅖', (2, 5)),
    ('⅗', (3, 5)),
    ('⅘', (4, 5)),
    ('⅙', (1, 6)),
    ('⅚', (5, 6)),
    ('⅛', (1, 8)),
    ('⅜', (3, 8)),
    ('⅝', (5, 8)),
    ('⅞', (7, 8)),
];

/// Words for twelve after a number, and whether they are read after a
/// spelled number too ("two dozen") and not only after digits ("3 doz").
pub(crate) const DOZENS: &[(&str, bool)] = &[
    ("dozen", true),
    ("dozens", true),
    ("doz", false),
    ("dozs", true),
    ("dz", false),
    ("dzs", true),
];

/// The dozen that follows "a": "a dozen".
pub(crate) const ARTICLE_DOZEN: &str = "dozen";

/// Words for two that follow "a": "a pair of suspects", "a couple". "Of"
/// after them belongs to the number, except before a unit of time ("a
/// couple of days" is vague, not two days).
pub(crate) const ARTICLE_PAIRS: &[&str] = &["pair", "couple"];

/// Nouns that name one thing in two parts: "a pair of jeans" is one pair,
/// not two jeans, so "of" does not join the number to them.
pub(crate) const PAIRED_NOUNS: &[&str] = &[
    "jeans",
    "trousers",
    "pants",
    "shorts",
    "tights",
    "scissors",
    "glasses",
    "spectacles",
    "binoculars",
    "pliers",
    "tongs",
    "shears",
    "goggles",
    "handcuffs",
];

/// Words that make the number after them negative.
pub(crate) const SIGN_WORDS: &[&str] = &["minus", "negative"];

/// Letters glued to digits that make an ordinal: "21st".
pub(crate) const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// A vague amount: the words of its phrase, lowercase, and the smallest
/// and largest values it allows.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Vague {
    /// The phrase, one word each.
    pub words: &'static [&'static str],
    /// Smallest value.
    pub lo: i64,
    /// Largest value.
    pub hi: i64,
}

const fn vague(words: &'static [&'static str], lo: i64, hi: i64) -> Vague {
    Vague { words, lo, hi }
}

/// Vague amounts with conventional limits, the longer phrase first where
/// two begin alike.
pub(crate) const VAGUE: &[Vague] = &[
    vague(&["tens", "of", "thousands", "of"], 20_000, 99_999),
    vague(&["tens", "of", "millions", "of"], 20_000_000, 99_999_999),
    vague(&["hundreds", "of", "thousands", "of"], 200_000, 999_999),
    vague(
        &["hundreds", "of", "millions", "of"],
        200_000_000,
        999_999_999,
    ),
    vague(&["dozens", "of"], 24, 99),
    vague(&["scores", "of"], 40, 99),
    vague(&["hundreds", "of"], 200, 999),
    vague(&["thousands", "of"], 2_000, 9_999),
    vague(&["millions", "of"], 2_000_000, 999_999_999),
    vague(&["billions", "of"], 2_000_000_000, 999_999_999_999),
    vague(&["a", "handful", "of"], 2, 6),
    vague(&["a", "couple", "of"], 2, 3),
    vague(&["a", "few"], 2, 6),
    vague(&["several"], 3, 9),
];

/// Whether a lowercase word is the first of a phrase of [`VAGUE`]: most
/// words a reader is offered are not, and need no walk through the list.
pub(crate) fn starts_vague(w: &str) -> bool {
    let starts = matches!(
        w,
        "tens"
            | "hundreds"
            | "dozens"
            | "scores"
            | "thousands"
            | "millions"
            | "billions"
            | "a"
            | "several"
    );
    debug_assert_eq!(starts, VAGUE.iter().any(|v| v.words[0] == w), "{w}");
    starts
}

static UNIT: LazyLock<Lookup<u32>> = LazyLock::new(|| Lookup::new(UNITS));
static TEN: LazyLock<Lookup<u32>> = LazyLock::new(|| Lookup::new(TENS));
static ORDINAL: LazyLock<Lookup<u32>> = LazyLock::new(|| Lookup::new(ORDINALS));
static SCALE: LazyLock<Lookup<(u32, bool)>> = LazyLock::new(|| Lookup::new(SCALES));
static ABBREVIATION: LazyLock<Lookup<u32>> = LazyLock::new(|| Lookup::new(SCALE_ABBREVIATIONS));
static FRACTION: LazyLock<Lookup<(u32, u32)>> = LazyLock::new(|| Lookup::new(FRACTIONS));

/// The value of a cardinal number word below one hundred: "seven" is 7.
#[inline]
pub(crate) fn unit_word(w: &str) -> Option<u32> {
    UNIT.get(w)
}

/// The value of a tens word: "forty" is 40.
#[inline]
pub(crate) fn tens_word(w: &str) -> Option<u32> {
    TEN.get(w)
}

/// The value of an ordinal word below one hundred, or of the ordinal form
/// of a tens word: "seventh" is 7, "fortieth" is 40.
#[inline]
pub(crate) fn ordinal_word(w: &str) -> Option<u32> {
    ORDINAL.get(w)
}

/// A tens word glued to a unit or its ordinal, as some write them:
/// "twentyfive" is 25, "thirtyfirst" the ordinal 31. Returns the value and
/// whether it is an ordinal. A word shorter than the shortest tens word and
/// the shortest unit or ordinal from one to nine, most words, is none.
#[inline]
pub(crate) fn glued_tens(w: &str) -> Option<(u32, bool)> {
    if w.len() < SHORTEST_GLUED {
        debug_assert_eq!(read_glued_tens(w), None, "{w}");
        return None;
    }
    read_glued_tens(w)
}

/// The length of the shortest word [`glued_tens`] reads.
const SHORTEST_GLUED: usize = shortest(GLUED_TENS, UNITS, ORDINALS);

/// The length of the shortest of `heads` plus that of the shortest word
/// of `units` or `ordinals` from one to nine.
const fn shortest(heads: &[&str], units: &[(&str, u32)], ordinals: &[(&str, u32)]) -> usize {
    let mut head = usize::MAX;
    let mut k = 0;
    while k < heads.len() {
        if heads[k].len() < head {
            head = heads[k].len();
        }
        k += 1;
    }
    let mut small = usize::MAX;
    k = 0;
    while k < units.len() + ordinals.len() {
        let (w, v) = if k < units.len() {
            units[k]
        } else {
            ordinals[k - units.len()]
        };
        if v >= 1 && v < 10 && w.len() < small {
            small = w.len();
        }
        k += 1;
    }
    head + small
}

/// [`glued_tens`], read from the tens and the unit.
fn read_glued_tens(w: &str) -> Option<(u32, bool)> {
    let head = GLUED_TENS
        .iter()
        .find(|t| w.len() > t.len() && w.starts_with(*t))?;
    let tens = tens_word(head)?;
    let rest = &w[head.len()..];
    if let Some(u) = unit_word(rest).filter(|u| (1..10).contains(u)) {
        return Some((tens + u, false));
    }
    ordinal_word(rest)
        .filter(|u| (1..10).contains(u))
        .map(|u| (tens + u, true))
}

/// Every word [`glued_tens`] reads: each glued tens word followed by a
/// unit or an ordinal from one to nine.
pub(crate) fn glued_tens_words() -> impl Iterator<Item = String> {
    let small = UNITS
        .iter()
        .chain(ORDINALS)
        .filter(|(_, v)| (1..10).contains(v));
    GLUED_TENS
        .iter()
        .flat_map(move |t| small.clone().map(move |(u, _)| format!("{t}{u}")))
}

/// The power of ten of a scale word or its ordinal: "million" is 6,
/// "hundredth" is 2.
pub(crate) fn scale_word(w: &str) -> Option<(u32, bool)> {
    SCALE.get(w)
}

/// The power of ten of an abbreviated scale: "bn" is 9.
pub(crate) fn scale_abbrev(w: &str) -> Option<u32> {
    ABBREVIATION.get(w)
}

/// A fraction word and its value as numerator/denominator: "quarter" is
/// 1/4, "thirds" is 1/3.
pub(crate) fn fraction_word(w: &str) -> Option<(u32, u32)> {
    FRACTION.get(w)
}

/// The value of a fraction written as one character: "¾" is 3/4.
pub(crate) fn fraction_glyph(c: char) -> Option<(u32, u32)> {
    FRACTION_GLYPHS
        .iter()
        .find(|&&(g, _)| g == c)
        .map(|&(_, v)| v)
}

/// Whether `w` is a word for twelve after digits ("3 dozens", "2 doz").
pub(crate) fn is_dozen(w: &str) -> bool {
    DOZENS.iter().any(|&(d, _)| d == w)
}

/// Whether `w` is a word for twelve after a spelled number ("two dozen").
pub(crate) fn is_spelled_dozen(w: &str) -> bool {
    DOZENS.iter().any(|&(d, spelled)| spelled && d == w)
}

/// Whether `w` makes the number after it negative: "minus", "negative".
pub(crate) fn is_sign_word(w: &str) -> bool {
    among(SIGN_WORDS, w)
}

/// Whether `w` makes the digits it is glued to an ordinal: "st" of "21st".
pub(crate) fn is_ordinal_suffix(w: &str) -> bool {
    among(ORDINAL_SUFFIXES, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vague_phrase_starts_with_a_word_starts_vague_knows() {
        for v in VAGUE {
            assert!(starts_vague(v.words[0]), "{:?}", v.words);
        }
        assert!(!starts_vague("one"));
    }

    #[test]
    fn glued_tens_are_read_as_their_tens_and_units() {
        let words = glued_tens_words()
            .chain(UNITS.iter().chain(TENS).map(|(w, _)| w.to_string()))
            .chain(["twentyzero", "fortyten", "ninetyninth", "sixtyfoo"].map(String::from));
        for w in words {
            assert_eq!(glued_tens(&w), read_glued_tens(&w), "{w}");
        }
        assert_eq!(glued_tens("twentyfive"), Some((25, false)));
        assert_eq!(glued_tens("thirtyfirst"), Some((31, true)));
        assert_eq!(glued_tens("twentyzero"), None);
        assert_eq!(SHORTEST_GLUED, "fortyone".len());
    }
}
