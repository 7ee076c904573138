//! Function words, and the forms of nouns: which words end a counted noun
//! phrase, which nouns are never counted, irregular plurals, and the
//! endings that mark an adjective.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::{Lookup, WordSet, among};

/// The articles. Alone they state no number; "a" or "an" before a scale,
/// a fraction, a vague word or a unit of time does ("a hundred", "a
/// half", "a few", "a month").
pub(crate) const ARTICLES: &[&str] = &["a", "an"];

/// Function words that never end a noun phrase's head and mark where a
/// counted noun phrase stops.
pub(crate) const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "without",
    "into",
    "onto",
    "over",
    "under",
    "after",
    "before",
    "since",
    "until",
    "during",
    "within",
    "between",
    "among",
    "including",
    "includes",
    "include",
    "included",
    "like",
    "such",
    "as",
    "than",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "while",
    "if",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "not",
    "no",
    "it",
    "its",
    "they",
    "their",
    "them",
    "he",
    "she",
    "his",
    "her",
    "we",
    "our",
    "you",
    "your",
    "i",
    "my",
    "this",
    "these",
    "those",
    "there",
    "here",
    "so",
    "also",
    "about",
    "per",
    "each",
    "every",
    "all",
    "some",
    "any",
    "more",
    "most",
    "less",
    "least",
    "up",
    "down",
    "out",
    "off",
    "across",
    "through",
    "against",
    "via",
    "vs",
    "just",
    "only",
    "even",
    "still",
    "yet",
    "already",
    "then",
    "now",
    "ago",
    "what",
    "how",
    "why",
    "whether",
    "both",
    "either",
    "neither",
    "said",
    "says",
    "say",
    "according",
    "other",
    "others",
    "another",
    "same",
    "own",
    "too",
    "very",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "versus",
    "because",
    "due",
    "despite",
    "toward",
    "towards",
    "upon",
    "amid",
    "ahead",
    "behind",
    "beyond",
    "near",
    "next",
    "last",
    "past",
    "whereas",
];

/// Words after a number that show it is not a count of things: "times",
/// "points" (scores), "percent".
pub(crate) const NON_COUNT_NOUNS: &[&str] = &[
    "times", "time", "fold", "percent", "pct", "cent", "point", "points", "am", "pm", "a.m", "p.m",
    "st", "nd", "rd", "th", "o'clock", "degrees", "degree",
];

/// Plural nouns that do not end in "s", and nouns whose plural is the same
/// word, with the form a count keeps.
pub(crate) const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("people", "people"),
    ("persons", "people"),
    ("person", "people"),
    ("men", "man"),
    ("man", "man"),
    ("women", "woman"),
    ("woman", "woman"),
    ("children", "child"),
    ("child", "child"),
    ("police", "police"),
    ("staff", "staff"),
    ("personnel", "personnel"),
    ("cattle", "cattle"),
    ("sheep", "sheep"),
    ("fish", "fish"),
    ("deer", "deer"),
    ("aircraft", "aircraft"),
    ("spacecraft", "spacecraft"),
    ("troops", "troop"),
    ("troop", "troop"),
    ("feet", "foot"),
    ("foot", "foot"),
    ("teeth", "tooth"),
    ("tooth", "tooth"),
    ("mice", "mouse"),
    ("mouse", "mouse"),
    ("geese", "goose"),
    ("goose", "goose"),
    ("data", "data"),
    ("media", "media"),
    ("crew", "crew"),
    ("series", "series"),
    ("species", "species"),
];

/// The singular forms among [`IRREGULAR_PLURALS`]: they do not look
/// plural.
pub(crate) const IRREGULAR_SINGULARS: &[&str] = &[
    "person", "man", "woman", "child", "foot", "tooth", "mouse", "goose",
];

/// Words ending in "s" that are not plural nouns.
pub(crate) const NOT_PLURALS: &[&str] = &[
    "news", "its", "was", "has", "does", "this", "thus", "less", "yes", "plus", "whereas", "bus",
    "gas", "series", "species", "analysis", "basis", "crisis",
];

/// Endings that mark an adjective: "chinese", "digital", "senior", "armed".
pub(crate) const ADJECTIVE_ENDINGS: &[&str] = &[
    "ese", "an", "ish", "al", "ic", "ive", "ous", "ful", "less", "ed", "ing", "ior", "ary", "ern",
    "i",
];

/// Words that open a counted noun phrase after the number and add to
/// items named before it: "Alipay and seven other apps".
pub(crate) const OTHER_WORDS: &[&str] = &["other", "more", "additional", "further"];

/// A word that opens a counted noun phrase and adds nothing: "five new
/// apps".
pub(crate) const NEW: &str = "new";

/// Determiners that make "one" a pronoun: "the one you mentioned", "which
/// one".
pub(crate) const PRONOUN_DETERMINERS: &[&str] = &[
    "the", "this", "that", "which", "each", "every", "any", "another", "no",
];

static STOP: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(STOP_WORDS));
static NON_COUNT: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NON_COUNT_NOUNS));
static IRREGULAR: LazyLock<Lookup<&str>> = LazyLock::new(|| Lookup::new(IRREGULAR_PLURALS));
static NOT_PLURAL: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_PLURALS));

/// Whether `w` is "a" or "an".
pub(crate) fn is_article(w: &str) -> bool {
    among(ARTICLES, w)
}

/// Function words that never end a noun phrase's head and mark where a
/// counted noun phrase stops. Most words that are none are told so by
/// [`STOP_FILTER`] alone; a word of eight bytes or fewer that passes is
/// looked up packed in [`STOP_PACKED`], with no call to compare bytes.
#[inline]
pub(crate) fn is_stop_word(w: &str) -> bool {
    let b = w.as_bytes();
    let stop = match b.len() {
        1..=8 => may_be_stop(b) && packed_stop(b),
        9..=STOP_LEN => may_be_stop(b) && STOP.contains(w),
        _ => false,
    };
    debug_assert_eq!(stop, STOP.contains(w));
    stop
}

/// The length of the longest stop word.
const STOP_LEN: usize = 13;

/// A word's bit in [`STOP_FILTER`]: five low bits of its first and last
/// bytes (each letter its own), four of its length. Words longer than
/// fifteen bytes share the bits of shorter ones.
const fn stop_slot(w: &[u8]) -> usize {
    let (first, last) = match w {
        [] => (0, 0),
        [first, .., last] => (*first, *last),
        [only] => (*only, *only),
    };
    ((first & 0x1f) as usize) << 9 | ((last & 0x1f) as usize) << 4 | (w.len() & 0xf)
}

/// A bit for each stop word's [`stop_slot`]: a word whose bit is clear is
/// no stop word.
const STOP_FILTER: [u64; 256] = {
    let mut bits = [0u64; 256];
    let mut k = 0;
    while k < STOP_WORDS.len() {
        let at = stop_slot(STOP_WORDS[k].as_bytes());
        bits[at / 64] |= 1 << (at % 64);
        k += 1;
    }
    bits
};

/// Whether a word may be a stop word: false only when it is none.
#[inline]
fn may_be_stop(w: &[u8]) -> bool {
    let at = stop_slot(w);
    STOP_FILTER[at / 64] & (1 << (at % 64)) != 0
}

/// The bytes of a word of at most eight, the first lowest, zeros after
/// its end. Unlike `PackedTable`'s keys, case is kept.
#[inline]
const fn raw_pack(w: &[u8]) -> u64 {
    let mut key = 0;
    let mut i = 0;
    while i < w.len() && i < 8 {
        key |= (w[i] as u64) << (8 * i);
        i += 1;
    }
    key
}

/// The slot of [`STOP_PACKED`] a packed word's probe starts at: Fibonacci
/// hashing, whose top bits are well mixed.
#[inline]
const fn stop_packed_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - STOP_PACKED_BITS)) as usize
}

/// How many bits index [`STOP_PACKED`].
const STOP_PACKED_BITS: u32 = 9;

/// The stop words of eight bytes or fewer, packed by [`raw_pack`], in an
/// open-addressing table at most a third full; 0 marks an empty slot.
const STOP_PACKED: [u64; 1 << STOP_PACKED_BITS] = {
    let mut slots = [0u64; 1 << STOP_PACKED_BITS];
    let mut k = 0;
    while k < STOP_WORDS.len() {
        let w = STOP_WORDS[k].as_bytes();
        if w.len() <= 8 {
            let key = raw_pack(w);
            let mut at = stop_packed_slot(key);
            while slots[at] != 0 && slots[at] != key {
                at = (at + 1) % slots.len();
            }
            slots[at] = key;
        }
        k += 1;
    }
    slots
};

/// [`raw_pack`] of a word of one to eight bytes, read as two numbers that
/// may overlap: its first and last two or four bytes. A byte read twice is
/// the same both times, so joining them by `|` loses nothing.
#[inline]
fn pack_ends(w: &[u8]) -> u64 {
    let n = w.len();
    match (w.first_chunk::<4>(), w.last_chunk::<4>()) {
        (Some(&first), Some(&last)) => {
            u64::from(u32::from_le_bytes(first))
                | u64::from(u32::from_le_bytes(last)) << (8 * (n - 4))
        }
        _ => match (w.first_chunk::<2>(), w.last_chunk::<2>()) {
            (Some(&first), Some(&last)) => {
                u64::from(u16::from_le_bytes(first))
                    | u64::from(u16::from_le_bytes(last)) << (8 * (n - 2))
            }
            _ => w.first().map_or(0, |&b| u64::from(b)),
        },
    }
}

/// Whether `w`, one to eight bytes long, is a stop word. No stop word
/// holds a zero byte, so a word that matches one and does not end in a
/// zero byte is as long as it.
#[inline]
fn packed_stop(w: &[u8]) -> bool {
    let key = pack_ends(w);
    debug_assert_eq!(key, raw_pack(w));
    if w.last().is_none_or(|&z| z == 0) {
        return false;
    }
    let mut at = stop_packed_slot(key);
    loop {
        match STOP_PACKED[at] {
            0 => return false,
            k if k == key => return true,
            _ => at = (at + 1) % STOP_PACKED.len(),
        }
    }
}

/// Words after a number that show it is not a count of things: "times",
/// "points" (scores), "percent".
pub(crate) fn is_non_count_noun(w: &str) -> bool {
    NON_COUNT.contains(w)
}

/// Plural nouns that do not end in "s", and nouns whose plural is the same
/// word; a count's head noun is kept in its singular form, these as they are.
pub(crate) fn irregular_plural(w: &str) -> Option<&'static str> {
    IRREGULAR.get(w)
}

/// Whether `w`, ending in "s", is known not to be a plural noun.
pub(crate) fn is_not_plural(w: &str) -> bool {
    NOT_PLURAL.contains(w)
}

/// Whether `w` has an adjective's ending, with at least three letters
/// before it.
pub(crate) fn adjective_like(w: &str) -> bool {
    ADJECTIVE_ENDINGS
        .iter()
        .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
}

/// The singular of a lowercase plural noun, by the common English rules.
pub(crate) fn singular(w: &str) -> String {
    singular_form(w).into_owned()
}

/// [`singular`], borrowed from `w` or from the tables where it is a part
/// of either: only a plural in "ies" needs a string of its own.
pub(crate) fn singular_form(w: &str) -> Cow<'_, str> {
    match irregular_plural(w) {
        Some(s) => Cow::Borrowed(s),
        None => regular_singular_form(w),
    }
}

/// The singular of a lowercase plural noun that [`irregular_plural`] does
/// not know, by the common English rules: borrowed from `w` where it is a
/// part of it.
pub(crate) fn regular_singular_form(w: &str) -> Cow<'_, str> {
    let n = w.len();
    if n > 4 && w.ends_with("ies") && !w.ends_with("eies") {
        return Cow::Owned(format!("{}y", &w[..n - 3]));
    }
    for suffix in ["sses", "shes", "ches", "xes", "zzes"] {
        if n > suffix.len() + 1 && w.ends_with(suffix) {
            return Cow::Borrowed(&w[..n - 2]);
        }
    }
    if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return Cow::Borrowed(&w[..n - 1]);
    }
    // A word in "is" is singular ("crisis", "basis") unless it is a
    // people's name in "i": "Pakistanis", "Israelis", "Iraqis".
    if n > 4 && w.ends_with("is") && super::groups::nationality(&w[..n - 1]).is_some() {
        return Cow::Borrowed(&w[..n - 1]);
    }
    Cow::Borrowed(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_found_exactly() {
        for w in STOP_WORDS {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
            assert!(w.len() <= STOP_LEN, "{w}");
            assert!(is_stop_word(w), "{w}");
            assert!(!is_stop_word(&w.to_uppercase()), "{w}");
            assert!(!is_stop_word(&format!("{w}\0")), "{w}");
            assert!(!is_stop_word(&format!("{w}s{w}")) || STOP.contains(&format!("{w}s{w}")));
        }
        for w in [
            "abcdefgh", "abcdefg", "abcde", "abcd", "abc", "ab", "a", "é", "né",
        ] {
            assert_eq!(pack_ends(w.as_bytes()), raw_pack(w.as_bytes()), "{w}");
        }
        for w in [
            "",
            "\0",
            "x",
            "thE",
            "tha",
            "whereby",
            "approximatel",
            "the the",
        ] {
            assert!(!is_stop_word(w), "{w}");
        }
    }
}
