//! The prefilter: where in a text a number, a vague amount or a duration
//! could start, and which kind of word was found there.
//!
//! Most sentences of news hold no number, and most words of those that do
//! start none. The prefilter finds, in one pass, every run of digits,
//! every fraction written as one character ("½") and every whole word that
//! the readers can start from: number words, fractions, scales, signs,
//! articles, vague amounts, units of time and decades of life ("in his
//! forties"). The scan skips the sentences
//! with no such place and the words that are none of them.
//!
//! It also finds the words that can anchor a date ("March", "Tuesday",
//! "yesterday"), so that a sentence with no number is read for dates only
//! when it may hold one ([`may_hold_date`]).
//!
//! The words come from the lexicon's tables, the same ones the readers
//! use, compiled once into a hash table: a word the lexicon adds is a word
//! the prefilter finds; no list is kept here. The text is read in one pass
//! over its bytes: each run of ASCII letters is looked up whole, after a
//! test of its length and first letter that most words fail. A word, for
//! the tokenizer, ends at anything that is not a letter ("5one" is the
//! digits "5" and the word "one"), and so it does here.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::date;
use super::token::{first_marked, letters_end, non_letters};
use crate::lexicon::calendar;
use crate::lexicon::{self, PackedTable, WordTable};

/// What was found at a place: one bit for each way the text there can
/// start something. A word may be several things at once: "second" is an
/// ordinal and a unit of time, "quarter" a fraction and a unit of time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Cue(u16);

impl Cue {
    /// A run of ASCII digits.
    pub(crate) const DIGITS: Cue = Cue(1);
    /// A fraction written as one character: "½".
    pub(crate) const GLYPH: Cue = Cue(1 << 1);
    /// A cardinal number word: "seven", "forty", "fortytwo".
    pub(crate) const CARDINAL: Cue = Cue(1 << 2);
    /// An ordinal word: "seventh", "twentyfirst".
    pub(crate) const ORDINAL: Cue = Cue(1 << 3);
    /// A fraction word: "half", "thirds".
    pub(crate) const FRACTION: Cue = Cue(1 << 4);
    /// A word that makes the number after it negative: "minus".
    pub(crate) const SIGN: Cue = Cue(1 << 5);
    /// "a" or "an", which start a number only with the word after them.
    pub(crate) const ARTICLE: Cue = Cue(1 << 6);
    /// The first word of a vague amount: "dozens", "several".
    pub(crate) const VAGUE: Cue = Cue(1 << 7);
    /// A word that states an amount after an article: "few" in "a few",
    /// "dozen" in "a dozen".
    pub(crate) const AFTER_ARTICLE: Cue = Cue(1 << 8);
    /// A scale word: "hundred", "million".
    pub(crate) const SCALE: Cue = Cue(1 << 9);
    /// A unit of time that an article counts: "month" in "a month".
    pub(crate) const TIME: Cue = Cue(1 << 10);
    /// A decade of life in words: "forties" in "in his forties".
    pub(crate) const DECADE: Cue = Cue(1 << 11);
    /// A word that can anchor a date ("March", "Tuesday", "yesterday",
    /// "days"): the sentence is read for dates, not for numbers.
    pub(crate) const DATE: Cue = Cue(1 << 12);
    /// A word that starts a holiday's name and means nothing else to the
    /// date rules ("new", "president"): a date anchor only where the rest
    /// of the name follows.
    pub(crate) const HOLIDAY: Cue = Cue(1 << 13);
    /// A plural unit of time ("days", "months"): a date anchor only right
    /// after an amount, which is a number cue or an article.
    pub(crate) const COUNTED: Cue = Cue(1 << 14);
    /// A month's name that is also a verb ("may"): in lowercase, a date
    /// anchor only after a word of the calendar or with a number cue.
    pub(crate) const VERB: Cue = Cue(1 << 15);
    /// Anything: a stretch the prefilter could not read, where every token
    /// must be read.
    pub(crate) const ANY: Cue = Cue(u16::MAX);

    /// What a place can start a reading from: the scan reads every token
    /// found with one of these and skips every other word.
    const STARTS: Cue = Cue(Cue::DIGITS.0
        | Cue::GLYPH.0
        | Cue::CARDINAL.0
        | Cue::ORDINAL.0
        | Cue::FRACTION.0
        | Cue::SIGN.0
        | Cue::ARTICLE.0
        | Cue::VAGUE.0
        | Cue::DECADE.0);

    /// Both sets of bits.
    pub(crate) const fn with(self, other: Cue) -> Cue {
        Cue(self.0 | other.0)
    }

    /// Whether any bit of `other` is set.
    pub(crate) const fn has(self, other: Cue) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether a number, a vague amount or a duration can start here.
    pub(crate) const fn starts(self) -> bool {
        self.has(Cue::STARTS)
    }

    /// Whether a sentence holding this place may hold a claim: anything
    /// but a bare article, which states a number only with a word after it
    /// that is itself a cue ("a hundred", "a few", "a month"), or a word
    /// that only anchors a date, alone or after an amount.
    pub(crate) const fn triggers(self) -> bool {
        self.0 & !(Cue::ARTICLE.0 | Cue::DATE.0 | Cue::HOLIDAY.0 | Cue::COUNTED.0 | Cue::VERB.0)
            != 0
    }
}

/// A place where something can start: a byte span of the text and what
/// was found there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// First byte, shifted by the offset given to [`find`].
    pub start: usize,
    /// Byte after the last, shifted likewise.
    pub end: usize,
    /// What was found.
    pub cue: Cue,
}

/// What a byte of the text starts, for the prefilter: one bit for each
/// class, none for a byte that starts nothing.
///
/// A set of bits rather than an enum, so that the scan tests them one by
/// one, the commonest first: a `match` on an enum of classes compiles to
/// a jump through a table, and its target changes from byte to byte more
/// often than the processor can foresee.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Class(u8);

impl Class {
    /// Nothing: skipped.
    const OTHER: Class = Class(0);
    /// An ASCII letter: a word.
    const LETTER: Class = Class(1);
    /// An ASCII digit: a run of digits.
    const DIGIT: Class = Class(1 << 1);
    /// A line break, `.`, `!` or `?`: a byte that may end a sentence.
    const END: Class = Class(1 << 2);
    /// The first byte of a fraction glyph, or of another character that
    /// shares it.
    const GLYPH_LEAD: Class = Class(1 << 3);

    /// Whether this is `class`, tested by its bit.
    #[inline(always)]
    fn is(self, class: Class) -> bool {
        self.0 & class.0 != 0
    }
}

/// The longest cue word, in letters: a test checks every one.
const LONGEST_CUE: usize = 32;

/// The compiled prefilter.
struct Prefilter {
    /// Every cue word, lowercase, and what it is.
    words: WordTable<String, Cue>,
    /// The cue words of up to eight letters, packed (most words of a text
    /// are that short).
    short: PackedTable<Cue>,
    /// For each length of word up to the longest cue word and each first
    /// letter, a bit for each letter a cue word of that length and first
    /// letter ends with: most longer words of a text are no cue word, and
    /// most of those are told apart here, before the table is looked up.
    shapes: [[u32; 32]; LONGEST_CUE + 1],
    /// What each byte starts: a word, digits, perhaps a fraction glyph,
    /// or nothing.
    classes: [Class; 256],
    /// The first letters of the words that start a number.
    first_letters: [bool; 128],
}

/// Every cue word of the lexicon, lowercase, with what it is.
fn cue_words() -> Vec<(String, Cue)> {
    let mut words: Vec<(String, Cue)> = Vec::new();
    // Where each word is in `words`: several hundred words are added, and
    // looking each up in a list would cost more than the rest of the build.
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut add = |w: &str, cue: Cue| match at.get(w) {
        Some(&k) => words[k].1 = words[k].1.with(cue),
        None => {
            at.insert(w.to_string(), words.len());
            words.push((w.to_string(), cue));
        }
    };
    for &(w, _) in lexicon::UNITS.iter().chain(lexicon::TENS) {
        add(w, Cue::CARDINAL);
    }
    for &(w, _) in lexicon::ORDINALS {
        add(w, Cue::ORDINAL);
    }
    for w in lexicon::glued_tens_words() {
        let ordinal = lexicon::glued_tens(&w).is_some_and(|(_, ord)| ord);
        add(&w, if ordinal { Cue::ORDINAL } else { Cue::CARDINAL });
    }
    for &(w, _) in lexicon::FRACTIONS {
        add(w, Cue::FRACTION);
    }
    for &w in lexicon::SIGN_WORDS {
        add(w, Cue::SIGN);
    }
    for &w in lexicon::ARTICLES {
        add(w, Cue::ARTICLE);
    }
    for v in lexicon::VAGUE {
        match v.words {
            [first, second, ..] if lexicon::is_article(first) => add(second, Cue::AFTER_ARTICLE),
            [first, ..] => add(first, Cue::VAGUE),
            [] => {}
        }
    }
    add(lexicon::ARTICLE_DOZEN, Cue::AFTER_ARTICLE);
    for &w in lexicon::ARTICLE_PAIRS {
        add(w, Cue::AFTER_ARTICLE);
    }
    for &w in lexicon::ARTICLE_FRACTIONS {
        add(w, Cue::AFTER_ARTICLE);
    }
    // "a dollar": a sentence with nothing else must still be read.
    for &w in lexicon::ARTICLE_CURRENCIES {
        add(w, Cue::AFTER_ARTICLE);
    }
    for &(w, _) in lexicon::SCALES {
        add(w, Cue::SCALE);
    }
    for &(w, named) in lexicon::TIME_UNITS {
        if lexicon::counted_by_article(w, named) {
            add(w, Cue::TIME);
        }
    }
    for &(w, _) in lexicon::DECADE_WORDS {
        add(w, Cue::DECADE);
    }
    for (w, anchor) in date::anchor_words() {
        let cue = match anchor {
            date::Anchor::Alone => Cue::DATE,
            date::Anchor::Holiday => Cue::HOLIDAY,
            date::Anchor::Counted => Cue::COUNTED,
            date::Anchor::Verb => Cue::VERB,
        };
        add(w, cue);
    }
    words
}

static PREFILTER: LazyLock<Prefilter> = LazyLock::new(|| {
    let words = cue_words();
    let mut shapes = [[0; 32]; LONGEST_CUE + 1];
    let mut first_letters = [false; 128];
    for (w, cue) in &words {
        if let (Some(&b), Some(&e)) = (w.as_bytes().first(), w.as_bytes().last()) {
            shapes[w.len()][letter(b)] |= 1 << letter(e);
            if cue.starts() {
                first_letters[usize::from(b & 0x7f)] = true;
            }
        }
    }
    let mut classes = [Class::OTHER; 256];
    for &(c, _) in lexicon::FRACTION_GLYPHS {
        classes[usize::from(c.encode_utf8(&mut [0u8; 4]).as_bytes()[0])] = Class::GLYPH_LEAD;
    }
    for b in [b'\n', b'.', b'!', b'?'] {
        classes[usize::from(b)] = Class::END;
    }
    for b in 0..=u8::MAX {
        if b.is_ascii_alphabetic() {
            classes[usize::from(b)] = Class::LETTER;
        } else if b.is_ascii_digit() {
            classes[usize::from(b)] = Class::DIGIT;
        }
    }
    Prefilter {
        short: PackedTable::new(words.iter().map(|(w, c)| (w.as_bytes(), *c))),
        words: WordTable::new(words),
        shapes,
        classes,
        first_letters,
    }
});

/// The place of the ASCII letter `b` in the alphabet, in either case: 1
/// to 26, its low five bits (any other byte gives some number below 32).
#[inline]
fn letter(b: u8) -> usize {
    usize::from(b & 31)
}

/// What the word `w`, more than eight ASCII letters in any case, is, if
/// it is a cue word: kept out of [`find`], whose words are nearly all
/// shorter.
#[cold]
#[inline(never)]
fn long_cue_of(p: &Prefilter, w: &[u8]) -> Option<Cue> {
    // Bit 5 lowercases an ASCII letter.
    let mut buf = [0u8; 32];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s | 0x20;
    }
    p.words.get(buf.get(..w.len())?).copied()
}

/// Whether a word of `len` letters that starts with `first` and ends with
/// `last` can be a cue word, by its shape.
#[inline]
fn may_be_cue(p: &Prefilter, len: usize, first: u8, last: u8) -> bool {
    p.shapes
        .get(len)
        .is_some_and(|ends| ends[letter(first)] & (1 << letter(last)) != 0)
}

/// Appends to `out`, in text order, every place in `text` where a number,
/// a vague amount or a duration could start, and the words that let a
/// sentence hold one or a date; `offset` is added to every position.
/// Works on a sentence or on a whole body alike.
///
/// One pass over the bytes: every run of ASCII letters is a word, looked
/// up whole (a word glued to digits or to other scripts included), every
/// run of ASCII digits is a place, and so is every fraction glyph.
pub(crate) fn find(text: &str, offset: usize, out: &mut Vec<Hit>) {
    find_in(text, offset, out, |_| {});
}

/// Does what [`find`] does, and appends to `ends` the place in `text` of
/// every byte that may end a sentence (a line break, `.`, `!` or `?`), in
/// order: each is read on the way, so that a body read whole is not
/// searched for them again (see [`crate::segment::sentences_at`]).
pub(crate) fn find_with_ends(text: &str, offset: usize, out: &mut Vec<Hit>, ends: &mut Vec<usize>) {
    find_in(text, offset, out, |i| ends.push(i));
}

/// [`find`], handing each byte that may end a sentence to `end`.
#[inline(always)]
fn find_in(text: &str, offset: usize, out: &mut Vec<Hit>, mut end: impl FnMut(usize)) {
    let p = &*PREFILTER;
    let bytes = text.as_bytes();
    #[cfg(debug_assertions)]
    let (first_hit, mut seen) = (out.len(), Vec::new());
    let mut end = |i: usize| {
        #[cfg(debug_assertions)]
        seen.push(i);
        end(i);
    };
    let mut push = |start: usize, end: usize, cue: Cue| {
        out.push(Hit {
            start: start + offset,
            end: end + offset,
            cue,
        });
    };
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        let class = p.classes[usize::from(b)];
        if class.is(Class::LETTER) {
            match bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
                Some(chunk) => i = read_words(p, bytes, i, u64::from_le_bytes(*chunk), &mut push),
                None => {
                    i = letters_end(bytes, i + 1);
                    if let Some(cue) = word_cue(p, bytes, start, i) {
                        push(start, i, cue);
                    }
                }
            }
        } else if class == Class::OTHER {
            i += 1;
        } else if class.is(Class::DIGIT) {
            i = digits_end(bytes, i + 1);
            push(start, i, Cue::DIGITS);
        } else if class.is(Class::END) {
            end(i);
            i += 1;
        } else {
            match text.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) if lexicon::fraction_glyph(c).is_some() => {
                    i += c.len_utf8();
                    push(start, i, Cue::GLYPH);
                }
                _ => i += 1,
            }
        }
    }
    #[cfg(debug_assertions)]
    {
        // The places and the ends a reading byte by byte finds: checked
        // in every debug build.
        let (hits, ends) = find_slowly(text, offset);
        debug_assert_eq!(out[first_hit..], hits[..], "{text:?}");
        debug_assert_eq!(seen, ends, "{text:?}");
    }
}

/// Reads the word at byte `i` of `bytes`, whose eight bytes from there
/// are `x`, and each word after it that follows one space, handing the
/// cue words to `push`; returns the place after the last word read and
/// its space.
///
/// Most words of a text are shorter than eight letters and followed by
/// one space: such a word is measured and packed from the eight bytes
/// from its start at once, and the eight bytes after its space say
/// whether a word starts there, with no step for each byte between.
#[inline(always)]
fn read_words(
    p: &Prefilter,
    bytes: &[u8],
    mut i: usize,
    mut x: u64,
    push: &mut impl FnMut(usize, usize, Cue),
) -> usize {
    let mut others = non_letters(x);
    loop {
        if others == 0 {
            // A long word, told apart by its shape before it is copied
            // and looked up whole.
            let start = i;
            i = letters_end(bytes, i + 8);
            if let Some(cue) = word_cue(p, bytes, start, i) {
                push(start, i, cue);
            }
            return i;
        }
        let len = first_marked(others);
        let last = (x >> (8 * (len - 1))) as u8;
        let cue = may_be_cue(p, len, x as u8, last)
            .then(|| p.short.get(lexicon::mask_to(lexicon::lowered(x), len)))
            .flatten();
        #[cfg(debug_assertions)]
        debug_assert_eq!(cue, slow_cue_of(p, &bytes[i..i + len]));
        if let Some(cue) = cue {
            push(i, i + len, cue);
        }
        i += len;
        // The byte after the word, within the eight.
        if (x >> (8 * len)) as u8 != b' ' {
            return i;
        }
        let Some(chunk) = bytes.get(i + 1..).and_then(<[u8]>::first_chunk::<8>) else {
            return i + 1;
        };
        x = u64::from_le_bytes(*chunk);
        others = non_letters(x);
        if others & 0x80 != 0 {
            return i + 1;
        }
        i += 1;
    }
}

/// What the word `bytes[start..stop]`, a whole run of ASCII letters, is,
/// if it is a cue word: told apart by its shape first, then looked up
/// packed, or whole when it is longer than a packed word.
fn word_cue(p: &Prefilter, bytes: &[u8], start: usize, stop: usize) -> Option<Cue> {
    let len = stop - start;
    let cue = if !may_be_cue(p, len, bytes[start], bytes[stop - 1]) {
        None
    } else if len > lexicon::PACKED_LEN {
        long_cue_of(p, &bytes[start..stop])
    } else {
        lexicon::pack_at(bytes, start, stop).and_then(|key| p.short.get(key))
    };
    #[cfg(debug_assertions)]
    debug_assert_eq!(cue, slow_cue_of(p, &bytes[start..stop]));
    cue
}

/// The places and the sentence ends in `text`, found byte by byte: what
/// [`find_in`] must find.
#[cfg(debug_assertions)]
fn find_slowly(text: &str, offset: usize) -> (Vec<Hit>, Vec<usize>) {
    let p = &*PREFILTER;
    let bytes = text.as_bytes();
    let (mut hits, mut ends) = (Vec::new(), Vec::new());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        let glyph = text
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .filter(|&c| lexicon::fraction_glyph(c).is_some());
        let cue = if b.is_ascii_alphabetic() {
            while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
                i += 1;
            }
            slow_cue_of(p, &bytes[start..i])
        } else if b.is_ascii_digit() {
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            Some(Cue::DIGITS)
        } else if let Some(c) = glyph {
            i += c.len_utf8();
            Some(Cue::GLYPH)
        } else {
            if matches!(b, b'\n' | b'.' | b'!' | b'?') {
                ends.push(i);
            }
            i += 1;
            None
        };
        if let Some(cue) = cue {
            hits.push(Hit {
                start: start + offset,
                end: i + offset,
                cue,
            });
        }
    }
    (hits, ends)
}

/// What the word `w` is, looked up whole in the table of every cue word:
/// the answer the packed lookups must give.
#[cfg(debug_assertions)]
fn slow_cue_of(p: &Prefilter, w: &[u8]) -> Option<Cue> {
    let lower: Vec<u8> = w.iter().map(u8::to_ascii_lowercase).collect();
    p.words.get(&lower).copied()
}

/// Whether the sentence `text`, whose first byte is at `offset` and whose
/// places are `hits` (from [`find`]), may hold a date: whether it holds a
/// digit, a word that can anchor a date, or a holiday's name. A sentence
/// for which this is false yields no date, and its tokens need not be read
/// for dates at all.
///
/// Every word the tokenizer makes, or the date rules read in pieces, is a
/// run of letters between bytes that are not letters, which the prefilter
/// finds whole (a word glued to digits or underscores is looked up by
/// hand). A word that only starts a holiday's name ("new", "president")
/// counts only where the letters after it begin the name (see
/// [`calendar::may_begin_holiday`]). A plural unit of time ("days") counts
/// only right after an amount: the date rules read it after nothing else,
/// and every amount they read before it ("three", "a", "few", "a couple
/// of") ends with a place the prefilter finds, an article or a number cue.
/// A lowercase "may" counts only after a word of the calendar ("in",
/// "early", "this") or in a sentence with a number cue: the rules read it
/// as a month nowhere else.
pub(crate) fn may_hold_date(text: &str, offset: usize, hits: &[Hit]) -> bool {
    // A digit or a word that anchors a date alone, first: the words that
    // must be read around them are then not read at all.
    if hits.iter().any(|h| h.cue.has(Cue::DIGITS.with(Cue::DATE))) {
        return true;
    }
    let mut before = Cue::default();
    hits.iter().any(|h| {
        let after = std::mem::replace(&mut before, h.cue);
        (h.cue.has(Cue::COUNTED) && (after.has(Cue::ARTICLE) || after.triggers()))
            || (h.cue.has(Cue::VERB)
                && (licensed(text.as_bytes(), h.start - offset)
                    || hits.iter().any(|h| h.cue.triggers())))
            || (h.cue.has(Cue::HOLIDAY)
                && text
                    .as_bytes()
                    .get(h.start - offset..)
                    .is_some_and(calendar::may_begin_holiday))
    })
}

/// Whether the word at byte `start` of `text` is capitalized, or follows a
/// word of the calendar: the run of letters before it, across anything
/// that is not a letter, is one.
fn licensed(text: &[u8], start: usize) -> bool {
    if text.get(start).is_some_and(u8::is_ascii_uppercase) {
        return true;
    }
    let Some(before) = text.get(..start) else {
        return true;
    };
    let Some(end) = before.iter().rposition(u8::is_ascii_alphabetic) else {
        return false;
    };
    let from = before[..end]
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    calendar::classify_at(text, from, end + 1) != calendar::Cal::None
}

/// The end of the run of ASCII digits from `i`. Sixteen bytes are tested
/// at a time, with no early exit inside a block, which the compiler turns
/// into vector instructions: a megabyte of digits costs little.
fn digits_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(block) = bytes.get(i..i + 16) {
        if !block.iter().fold(true, |all, b| all & b.is_ascii_digit()) {
            break;
        }
        i += 16;
    }
    while bytes.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    i
}

/// Whether a spelled number can start with a word whose first letter is
/// `b` (any case): a quick test before the word is looked up.
pub(crate) fn may_start_word(b: u8) -> bool {
    b.is_ascii() && PREFILTER.first_letters[usize::from(b.to_ascii_lowercase())]
}

/// Every cue word of the lexicon and what it is, for tests.
#[cfg(test)]
pub(crate) fn words() -> Vec<(String, Cue)> {
    let mut all: Vec<(String, Cue)> = PREFILTER
        .words
        .iter()
        .map(|(w, c)| (w.clone(), *c))
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

#[cfg(test)]
mod tests;
