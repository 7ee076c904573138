//! The words around a fact as alignment reads them: lowercase, without a
//! possessive ending, borrowed from the text where they need no change.

use std::borrow::Cow;

use crate::fact::Fact;
use crate::lexicon;

use super::frame::WINDOW;
use super::set::Gather;

/// Lowercases a word and strips a possessive: "Ant’s" becomes "ant".
pub(crate) fn normal(word: &str) -> Cow<'_, str> {
    match letters(word) {
        // Most words are lowercase letters already: nothing to strip or
        // lower.
        Letters::Lower => return Cow::Borrowed(word),
        // Capitalized ASCII words ("Police", "US") have no possessive and
        // nothing to trim: only the case changes.
        Letters::Upper => return Cow::Owned(word.to_ascii_lowercase()),
        Letters::Other => {}
    }
    let w = strip_possessive(word);
    if !w.bytes().any(|b| b.is_ascii_uppercase()) && w.is_ascii() {
        Cow::Borrowed(w)
    } else if w.is_ascii() {
        Cow::Owned(w.to_ascii_lowercase())
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

/// What a word is made of, as [`normal`] sorts it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Letters {
    /// ASCII lowercase letters and digits only (or nothing).
    Lower,
    /// ASCII letters and digits, one uppercase at least.
    Upper,
    /// Something else: a mark, or a letter outside ASCII.
    Other,
}

/// What `word` is made of, read in one pass: the classes of its bytes,
/// looked up and joined, with no test per byte.
fn letters(word: &str) -> Letters {
    let seen = word
        .bytes()
        .fold(0, |seen, b| seen | BYTE_CLASS[usize::from(b)]);
    let l = if seen & (MARK | WIDE) != 0 {
        Letters::Other
    } else if seen & CAPITAL != 0 {
        Letters::Upper
    } else {
        Letters::Lower
    };
    debug_assert!(l == letters_by_test(word));
    l
}

/// [`letters`], a byte at a time: what a debug build checks it against.
fn letters_by_test(word: &str) -> Letters {
    let mut upper = false;
    for b in word.bytes() {
        match b {
            b'a'..=b'z' | b'0'..=b'9' => {}
            b'A'..=b'Z' => upper = true,
            _ => return Letters::Other,
        }
    }
    if upper {
        Letters::Upper
    } else {
        Letters::Lower
    }
}

/// A word without a possessive ending and the marks around it: "Ant’s"
/// becomes "Ant".
fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix("’S"))
        .or_else(|| word.strip_suffix("'S"))
        .unwrap_or(word)
        .trim_matches(|c: char| !c.is_alphanumeric())
}

/// Whether a normalized word, lowercase already, is a stop word. Most
/// words that are none are told so by the lexicon's filter on their
/// length and end letters, without being looked up.
#[inline]
pub(super) fn is_stop(w: &str) -> bool {
    lexicon::is_stop_word(w)
}

/// Whether every character of a word is a letter, as
/// `w.chars().all(char::is_alphabetic)` says: the classes of its bytes are
/// looked up and joined, with no test per byte, and only a word with a
/// character outside ASCII and no other mark is decoded.
#[inline]
pub(super) fn all_letters(w: &str) -> bool {
    let seen = w
        .bytes()
        .fold(0, |seen, b| seen | BYTE_CLASS[usize::from(b)])
        & (DIGIT | MARK | WIDE);
    let all = if seen == 0 {
        true
    } else if seen & (DIGIT | MARK) != 0 {
        // An ASCII character that is no letter.
        false
    } else {
        w.chars().all(char::is_alphabetic)
    };
    debug_assert_eq!(all, w.chars().all(char::is_alphabetic));
    all
}

/// A byte that is an ASCII letter.
pub(super) const LETTER: u8 = 1;

/// A byte that is an ASCII capital.
pub(super) const CAPITAL: u8 = 2;

/// A byte that is ASCII white space (what `split_whitespace` splits on).
pub(super) const SPACE: u8 = 4;

/// A byte that starts or continues a character outside ASCII.
pub(super) const WIDE: u8 = 8;

/// A byte that is an ASCII digit.
const DIGIT: u8 = 16;

/// A byte that is an ASCII character other than a letter or a digit.
const MARK: u8 = 32;

/// The class of each byte, for the readers of words and sentences that
/// go a byte at a time and decode only characters outside ASCII: the
/// classes of a word's bytes, joined, say what it is made of.
pub(super) const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            LETTER | CAPITAL
        } else if c.is_ascii_lowercase() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b'\t'..=b'\r' | b' ') {
            SPACE | MARK
        } else if c.is_ascii() {
            MARK
        } else {
            WIDE
        };
        b += 1;
    }
    t
};

/// Whether a word starts with a capital, as
/// `w.chars().next().is_some_and(char::is_uppercase)` says: an ASCII
/// first byte is read as a byte.
pub(super) fn starts_upper(w: &str) -> bool {
    let upper = match w.as_bytes().first() {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => w.chars().next().is_some_and(char::is_uppercase),
    };
    debug_assert_eq!(upper, w.chars().next().is_some_and(char::is_uppercase));
    upper
}

/// A normalized word: borrowed from the text where it needs no change,
/// else from the lowercase copies a [`Buffers`] keeps.
pub(super) type Word<'a> = &'a str;

/// The text of a normalized word.
pub(super) fn text<'a>(w: &'a Word<'_>) -> &'a str {
    w
}

/// Room for the normalized words around a fact: the lowercase copies of
/// the words that need one, all in one string that is reused from fact
/// to fact; and room for a frame's sets as they are gathered, which a
/// frame then copies to room of their own size.
#[derive(Default)]
pub(super) struct Buffers {
    lower: String,
    /// The sets of the frame being read, empty between frames.
    pub(super) sets: Gather,
}

/// Where a normalized word lies: in the fact's text, or in the copies.
#[derive(Clone, Copy)]
enum Place<'f> {
    Text(&'f str),
    Copy(usize, usize),
}

/// The normalized words before and after a fact's quote, nearest first,
/// as far as a frame reads them.
pub(super) struct Normalized<'b> {
    before: [Word<'b>; WINDOW + 1],
    before_len: usize,
    after: [Word<'b>; WINDOW],
    after_len: usize,
}

impl<'b> Normalized<'b> {
    /// The words before and the words after.
    pub(super) fn words(&self) -> (&[Word<'b>], &[Word<'b>]) {
        (
            &self.before[..self.before_len],
            &self.after[..self.after_len],
        )
    }
}

/// How many words after a quote are read: words name the subject only
/// within [`WINDOW_AFTER`] and count as context within six; farther, up
/// to [`WINDOW`], only a place is read ("killed at least 85 people at a
/// youth camp on the island of Utøya").
pub(super) const AFTER: usize = 8;

impl Buffers {
    /// The normalized words before and after a fact's quote, nearest
    /// first, with at most `reach` words after it (up to [`WINDOW`]): a
    /// reading that needs fewer normalizes fewer.
    pub(super) fn fill_upto<'b>(&'b mut self, fact: &'b Fact, reach: usize) -> Normalized<'b> {
        let s = &fact.context;
        self.lower.clear();
        let mut before = [Place::Text(""); WINDOW + 1];
        let mut after = [Place::Text(""); WINDOW];
        let before_len = fill(&mut before, s.before.iter(), &mut self.lower);
        let reach = reach.min(WINDOW);
        let after_len = fill(&mut after[..reach], s.after.iter(), &mut self.lower);
        let lower: &'b str = &self.lower;
        let word = |p: &Place<'b>| match *p {
            Place::Text(w) => w,
            Place::Copy(start, end) => lower.get(start..end).unwrap_or(""),
        };
        Normalized {
            before: before.each_ref().map(word),
            before_len,
            after: after.each_ref().map(word),
            after_len,
        }
    }
}

/// Normalizes the first of `words` into `places`, copying those that
/// change to the end of `lower`; returns how many.
fn fill<'f>(
    places: &mut [Place<'f>],
    words: impl Iterator<Item = &'f str>,
    lower: &mut String,
) -> usize {
    let mut n = 0;
    for (slot, w) in places.iter_mut().zip(words) {
        *slot = normal_into(w, lower);
        n += 1;
    }
    n
}

/// [`normal`], with the copy a word needs written to the end of `lower`
/// rather than to a string of its own.
fn normal_into<'f>(word: &'f str, lower: &mut String) -> Place<'f> {
    let start = lower.len();
    let place = match letters(word) {
        Letters::Lower => Place::Text(word),
        Letters::Upper => {
            lower.push_str(word);
            lower[start..].make_ascii_lowercase();
            Place::Copy(start, lower.len())
        }
        Letters::Other => {
            let w = strip_possessive(word);
            if !w.bytes().any(|b| b.is_ascii_uppercase()) && w.is_ascii() {
                Place::Text(w)
            } else {
                if w.is_ascii() {
                    lower.push_str(w);
                    lower[start..].make_ascii_lowercase();
                } else {
                    lower.push_str(&w.to_lowercase());
                }
                Place::Copy(start, lower.len())
            }
        }
    };
    debug_assert_eq!(
        match place {
            Place::Text(w) => w,
            Place::Copy(a, b) => &lower[a..b],
        },
        normal(word)
    );
    place
}
