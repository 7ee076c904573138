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
//! The words come from the lexicon's tables, the same ones the readers
//! use, and are compiled once into one lazy DFA (`regex-automata`, the
//! engine of the `regex` crate) with ASCII word boundaries (`(?-u:\b)`): on
//! news text it runs at about 500 MiB/s, where a Unicode `\b` runs at about
//! 16 MB/s. Each word is a pattern of its own and every pattern has a fixed
//! length, so a forward search alone tells where a match ends, which
//! pattern it is, and so where it starts and what it found: no backward
//! search, no lookup. A word the lexicon adds is a word the prefilter
//! finds; no list is kept here.
//!
//! The automaton's `\b` counts digits and `_` as word characters, while a
//! word, for the tokenizer, ends at anything that is not a letter: "5one"
//! is the digits "5" and the word "one". The letters glued to a run of
//! digits or underscores are therefore looked up by hand, in a map
//! compiled from the same tables, so the answer is exact.

use std::cell::RefCell;
use std::sync::LazyLock;

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind};

use crate::lexicon::{self, WordTable};

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
    /// that is itself a cue ("a hundred", "a few", "a month").
    pub(crate) const fn triggers(self) -> bool {
        self.0 & !Cue::ARTICLE.0 != 0
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

/// The compiled prefilter.
struct Prefilter {
    /// One pattern for the first byte of a run of digits or underscores,
    /// one for each fraction glyph, and one for each whole cue word.
    dfa: DFA,
    /// For each pattern, its length in bytes (every pattern matches a
    /// fixed number of bytes) and what it finds.
    patterns: Vec<(usize, Cue)>,
    /// Every cue word, lowercase, and what it is.
    words: WordTable<String, Cue>,
    /// The first letters of the words that start a number.
    first_letters: [bool; 128],
}

/// Every cue word of the lexicon, lowercase, with what it is.
fn cue_words() -> Vec<(String, Cue)> {
    let mut words: Vec<(String, Cue)> = Vec::new();
    let mut add = |w: &str, cue: Cue| match words.iter_mut().find(|(k, _)| k == w) {
        Some((_, c)) => *c = c.with(cue),
        None => words.push((w.to_string(), cue)),
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
    words
}

/// `bytes` written for a regex, every byte escaped.
fn escaped(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("\\x{b:02x}")).collect()
}

static PREFILTER: LazyLock<Prefilter> = LazyLock::new(|| {
    let mut words = cue_words();
    // In byte order: the patterns are the same on every run.
    words.sort_by(|a, b| a.0.cmp(&b.0));
    let mut sources = vec!["[0-9_]".to_string()];
    let mut patterns = vec![(1, Cue::DIGITS)];
    for &(c, _) in lexicon::FRACTION_GLYPHS {
        let bytes = c.encode_utf8(&mut [0u8; 4]).as_bytes().to_vec();
        sources.push(escaped(&bytes));
        patterns.push((bytes.len(), Cue::GLYPH));
    }
    for (w, cue) in &words {
        sources.push(format!(r"\b{}\b", escaped(w.as_bytes())));
        patterns.push((w.len(), *cue));
    }
    // ASCII only: `\b` is the ASCII word boundary, letters fold their
    // case, and the glyphs are matched as bytes.
    let syntax = syntax::Config::new()
        .unicode(false)
        .utf8(false)
        .case_insensitive(true);
    // The patterns are built from fixed tables; a failure is a bug in
    // them, caught by the first test that extracts anything.
    #[allow(clippy::expect_used)]
    let dfa = DFA::builder()
        .configure(DFA::config().match_kind(MatchKind::LeftmostFirst))
        .syntax(syntax)
        .build_many(&sources)
        .expect("the prefilter patterns compile");
    let mut first_letters = [false; 128];
    for (w, cue) in &words {
        if cue.starts()
            && let Some(&b) = w.as_bytes().first()
        {
            first_letters[usize::from(b & 0x7f)] = true;
        }
    }
    Prefilter {
        dfa,
        patterns,
        words: WordTable::new(words),
        first_letters,
    }
});

/// What the ASCII word `w` (in any case) is, if it is a cue word.
fn cue_of(p: &Prefilter, w: &[u8]) -> Option<Cue> {
    let mut buf = [0u8; 32];
    let lower = buf.get_mut(..w.len())?;
    lower.copy_from_slice(w);
    lower.make_ascii_lowercase();
    p.words.get(lower).copied()
}

/// Appends to `out`, in text order, every place in `text` where a number,
/// a vague amount or a duration could start, and the words that let a
/// sentence hold one; `offset` is added to every position. Works on a
/// sentence or on a whole body alike.
pub(crate) fn find(text: &str, offset: usize, out: &mut Vec<Hit>) {
    let p = &*PREFILTER;
    thread_local! {
        static CACHE: RefCell<Option<Cache>> = const { RefCell::new(None) };
    }
    CACHE.with(|slot| match slot.try_borrow_mut() {
        Ok(mut slot) => {
            let cache = slot.get_or_insert_with(|| p.dfa.create_cache());
            find_with(p, cache, text, offset, out);
        }
        // Never reached (a search calls no other), but a second cache is
        // as good as the first.
        Err(_) => find_with(p, &mut p.dfa.create_cache(), text, offset, out),
    });
}

/// [`find`], with the automaton's cache.
fn find_with(p: &Prefilter, cache: &mut Cache, text: &str, offset: usize, out: &mut Vec<Hit>) {
    let bytes = text.as_bytes();
    let letters = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_alphabetic);
    let push = |out: &mut Vec<Hit>, start: usize, end: usize, cue: Cue| {
        if out.last().is_none_or(|h| h.start != start + offset) {
            out.push(Hit {
                start: start + offset,
                end: end + offset,
                cue,
            });
        }
    };
    let mut at = 0;
    while at < bytes.len() {
        // The end of the leftmost match and which pattern it is; every
        // pattern has a fixed length, so no backward search is needed to
        // find where the match starts.
        let found = match p.dfa.try_search_fwd(cache, &Input::new(bytes).range(at..)) {
            Ok(Some(m)) => m,
            Ok(None) => break,
            Err(_) => {
                // The lazy automaton gave up (it is built never to): then
                // anything may start anywhere from here.
                push(out, at, bytes.len(), Cue::ANY);
                break;
            }
        };
        let (len, cue) = p.patterns[found.pattern().as_usize()];
        let mut e = found.offset();
        let s = e - len;
        at = e;
        match bytes[s] {
            b'0'..=b'9' | b'_' => {
                // The automaton matches the first byte of a run; the rest
                // is read here, which is faster than matching a long run
                // (a state that matches at every byte is the automaton's
                // slow path).
                let digit = bytes[s].is_ascii_digit();
                e = if digit {
                    digits_end(bytes, e)
                } else {
                    e + bytes[e..].iter().take_while(|&&b| b == b'_').count()
                };
                at = e;
                // The letters glued before and after, which `\b` does not
                // set apart.
                if s > 0 && letters(s - 1) {
                    let from = bytes[..s]
                        .iter()
                        .rposition(|b| !b.is_ascii_alphabetic())
                        .map_or(0, |k| k + 1);
                    if let Some(cue) = cue_of(p, &bytes[from..s]) {
                        push(out, from, s, cue);
                    }
                }
                if digit {
                    push(out, s, e, Cue::DIGITS);
                }
                if letters(e) {
                    let to = bytes[e..]
                        .iter()
                        .position(|b| !b.is_ascii_alphabetic())
                        .map_or(bytes.len(), |k| e + k);
                    if let Some(cue) = cue_of(p, &bytes[e..to]) {
                        push(out, e, to, cue);
                    }
                }
            }
            _ => push(out, s, e, cue),
        }
    }
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
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn hits(text: &str) -> Vec<(&str, Cue)> {
        let mut out = Vec::new();
        find(text, 0, &mut out);
        out.iter().map(|h| (&text[h.start..h.end], h.cue)).collect()
    }

    #[test]
    fn finds_digits_glyphs_and_whole_words_only() {
        assert_eq!(
            hits("Some 34 apps, ½ of them, and a few more"),
            [
                ("34", Cue::DIGITS),
                ("½", Cue::GLYPH),
                ("a", Cue::ARTICLE),
                ("few", Cue::AFTER_ARTICLE),
            ]
        );
        // Inside a word, nothing: "often" holds "ten", "Alabama" holds "a".
        assert!(hits("often Alabama someone curfew").is_empty());
        // Letters glued to digits or underscores are words of their own.
        assert_eq!(
            hits("5one x_half"),
            [
                ("5", Cue::DIGITS),
                ("one", Cue::CARDINAL),
                ("half", Cue::FRACTION.with(Cue::AFTER_ARTICLE)),
            ]
        );
        // Runs longer than a block of sixteen, and underscore runs.
        let digits = "1234567890".repeat(4);
        assert_eq!(
            hits(&format!("{digits}one __half")),
            [
                (digits.as_str(), Cue::DIGITS),
                ("one", Cue::CARDINAL),
                ("half", Cue::FRACTION.with(Cue::AFTER_ARTICLE)),
            ]
        );
        assert_eq!(hits("one5one")[0], ("one", Cue::CARDINAL));
        assert_eq!(hits("one5one").len(), 3);
        // Any case; positions shifted by the offset.
        let mut out = Vec::new();
        find("SEVENTY-Second", 100, &mut out);
        assert_eq!(out[0].start, 100);
        assert_eq!(out[1].start, 108);
        assert!(out[1].cue.has(Cue::ORDINAL) && out[1].cue.has(Cue::TIME));
    }

    #[test]
    fn every_lexicon_word_that_can_start_a_number_is_found() {
        let mut starting = 0;
        for (w, cue) in words() {
            for form in [
                w.clone(),
                w.to_ascii_uppercase(),
                format!("{}{}", w[..1].to_ascii_uppercase(), &w[1..]),
            ] {
                let text = format!("It was {form}, 3{form}, ({form}) and x_{form}.");
                let found: Vec<_> = hits(&text)
                    .into_iter()
                    .filter(|(h, _)| h.eq_ignore_ascii_case(&w))
                    .collect();
                assert_eq!(found.len(), 4, "{form:?} in {text:?}: {found:?}");
                assert!(found.iter().all(|&(_, c)| c == cue), "{form:?}");
            }
            starting += usize::from(cue.starts());
        }
        assert!(starting > 200, "{starting} words start a number");
        // The word lists the readers start from, each checked by name.
        let starts = |w: &str| hits(w).first().is_some_and(|(_, c)| c.starts());
        for &(w, _) in lexicon::UNITS
            .iter()
            .chain(lexicon::TENS)
            .chain(lexicon::ORDINALS)
        {
            assert!(starts(w), "{w}");
        }
        for &(w, _) in lexicon::FRACTIONS {
            assert!(starts(w), "{w}");
        }
        for w in lexicon::glued_tens_words() {
            assert!(starts(&w), "{w}");
        }
        for &w in lexicon::SIGN_WORDS.iter().chain(lexicon::ARTICLES) {
            assert!(starts(w), "{w}");
        }
        for v in lexicon::VAGUE {
            assert!(starts(v.words[0]), "{:?}", v.words);
        }
        for &(c, _) in lexicon::FRACTION_GLYPHS {
            assert!(starts(&c.to_string()), "{c}");
        }
        for &(w, _) in lexicon::DECADE_WORDS {
            assert!(starts(w), "{w}");
        }
    }

    #[test]
    fn words_the_prefilter_skips_start_nothing() {
        // Every word of every lexicon table, in the contexts the readers
        // look at after it: a word the prefilter does not mark must not
        // start a number, a vague amount or a duration.
        let mut vocabulary: Vec<&str> = Vec::new();
        vocabulary.extend(lexicon::UNITS.iter().map(|r| r.0));
        vocabulary.extend(lexicon::TENS.iter().map(|r| r.0));
        vocabulary.extend(lexicon::ORDINALS.iter().map(|r| r.0));
        vocabulary.extend(lexicon::SCALES.iter().map(|r| r.0));
        vocabulary.extend(lexicon::SCALE_ABBREVIATIONS.iter().map(|r| r.0));
        vocabulary.extend(lexicon::FRACTIONS.iter().map(|r| r.0));
        vocabulary.extend(lexicon::DOZENS.iter().map(|r| r.0));
        vocabulary.extend(lexicon::TIME_UNITS.iter().map(|r| r.0));
        vocabulary.extend(lexicon::CURRENCY_WORDS.iter().map(|r| r.0));
        vocabulary.extend(lexicon::STOP_WORDS);
        vocabulary.extend(lexicon::NON_COUNT_NOUNS);
        vocabulary.extend(lexicon::ID_WORDS);
        vocabulary.extend(lexicon::PERCENT_WORDS);
        vocabulary.extend(lexicon::TIME_INSERTS);
        vocabulary.extend(lexicon::RATE_WORDS);
        vocabulary.extend(lexicon::POSSESSIVES);
        vocabulary.extend(lexicon::DECADE_PARTS.iter().map(|r| r.0));
        vocabulary.extend(lexicon::DECADE_WORDS.iter().map(|r| r.0));
        vocabulary.extend([
            "point", "and", "over", "out", "in", "few", "handful", "couple",
        ]);
        for v in lexicon::VAGUE {
            vocabulary.extend(v.words);
        }
        let marked = |w: &str| hits(w).first().is_some_and(|(h, c)| *h == w && c.starts());
        for &w in &vocabulary {
            if marked(w) {
                continue;
            }
            for after in [
                "",
                " million",
                " hundred",
                " dozen",
                " of people",
                " few",
                " handful of",
                " couple of",
                " a dozen",
                " an hour",
                " a million",
                " month",
                " half",
                " 5",
                " in his forties",
                " in her 40s",
            ] {
                let text = format!("{w}{after}");
                let mut toks = Vec::new();
                tokenize(&text, 0, &mut toks);
                assert!(
                    super::super::count::vague_at(&toks, 0).is_none()
                        && matches!(super::super::numeral::parse(&toks, 0), Ok(None))
                        && super::super::duration::article(&toks, 0).is_none()
                        && super::super::age::decade(&toks, 0).is_none(),
                    "{text:?} starts something the prefilter skips"
                );
            }
        }
    }

    #[test]
    fn only_a_bare_article_leaves_a_sentence_unread() {
        assert!(!Cue::ARTICLE.triggers());
        assert!(Cue::ARTICLE.with(Cue::VAGUE).triggers());
        for (w, cue) in words() {
            assert!(cue.triggers() || w == "a" || w == "an", "{w}");
        }
    }
}
