//! A small tokenizer: words, digit runs and single punctuation or symbol
//! characters, each with its byte span and whether white space precedes it.
//!
//! Digits and letters are never joined into one token: "34bn" is the digits
//! "34" and the word "bn" glued together, "A320" the word "A" glued to the
//! digits "320". The parsers decide what such pairs mean.
//!
//! Every word carries what it means to the date rules ([`Cal`]), looked up
//! once here, so that the date scanner and the number scanner read the same
//! tokens.

use crate::lexicon::calendar::{self, Cal};
use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tk {
    /// Letters, with inner apostrophes and periods of abbreviations
    /// ("Ma's", "U.S.").
    Word,
    /// A run of decimal digits.
    Digits,
    /// Any other single character that is not white space.
    Punct(char),
}

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token<'t> {
    pub kind: Tk,
    pub span: Span,
    pub text: &'t str,
    /// White space (or the start of the text) comes right before it.
    pub space_before: bool,
    /// What a word means to the date rules; `Cal::None` for other tokens.
    pub cal: Cal,
}

impl<'t> Token<'t> {
    // The kind is tested by its variant alone, not compared whole: these
    // are asked of nearly every token, many times over.
    pub(crate) fn is_word(&self) -> bool {
        matches!(self.kind, Tk::Word)
    }

    pub(crate) fn is_digits(&self) -> bool {
        matches!(self.kind, Tk::Digits)
    }

    pub(crate) fn is_punct(&self, c: char) -> bool {
        matches!(self.kind, Tk::Punct(p) if p == c)
    }

    /// A dash of any kind: hyphen, en dash, em dash, minus.
    pub(crate) fn is_dash(&self) -> bool {
        matches!(
            self.kind,
            Tk::Punct('-' | '–' | '—' | '‒' | '−' | '‐' | '‑')
        )
    }

    /// Whether the word starts with an uppercase letter.
    pub(crate) fn is_capitalized(&self) -> bool {
        self.kind == Tk::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether a word holds more than letters: an inner apostrophe
    /// ("Ma's"), the dots of an abbreviation ("U.S."), a combining mark, or
    /// a character of another script that is not a letter.
    pub(crate) fn is_compound(&self) -> bool {
        matches!((self.kind, self.cal), (Tk::Word, Cal::Pieces))
    }

    /// Appends the pieces of the token to `out`: for a compound word, each
    /// run of letters as a word and each other character as a symbol, in
    /// order ("week's" is "week", "'", "s"); any other token is its own
    /// piece. Only the first piece keeps the space before the token.
    pub(crate) fn pieces(&self, out: &mut Vec<Token<'t>>) {
        if !self.is_compound() {
            out.push(*self);
            return;
        }
        if self.text.is_ascii() {
            // Most compound words: "U.S.", "week's".
            #[cfg(debug_assertions)]
            let first = out.len();
            self.ascii_pieces(out);
            #[cfg(debug_assertions)]
            {
                // Read by the byte, as by the character: checked in every
                // debug build.
                let mut each = Vec::new();
                self.char_pieces(&mut each);
                debug_assert_eq!(out.get(first..), Some(&each[..]));
            }
            return;
        }
        self.char_pieces(out);
    }

    /// [`Token::pieces`] of a compound word of ASCII bytes: each run of
    /// letters found eight bytes at a time, and classed with the lexicon
    /// fetched once.
    fn ascii_pieces(&self, out: &mut Vec<Token<'t>>) {
        let bytes = self.text.as_bytes();
        let lexicon = calendar::lexicon();
        let mut space = self.space_before;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let end = letters_end(bytes, i);
            let (kind, end, cal) = if end > i {
                (Tk::Word, end, lexicon.at(bytes, i, end))
            } else {
                (Tk::Punct(char::from(b)), i + 1, Cal::None)
            };
            out.push(Token {
                kind,
                span: Span {
                    start: self.span.start + i,
                    end: self.span.start + end,
                },
                text: self.text.get(i..end).unwrap_or_default(),
                space_before: space,
                cal,
            });
            space = false;
            i = end;
        }
    }

    /// [`Token::pieces`] of a compound word, character by character.
    fn char_pieces(&self, out: &mut Vec<Token<'t>>) {
        let mut chars = self.text.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            // One character that is no letter: a digit of another script.
            out.push(self.piece(Tk::Punct(c), 0, self.text.len(), self.space_before));
            return;
        }
        let mut space = self.space_before;
        let mut run: Option<usize> = None;
        for (i, c) in self.text.char_indices() {
            if is_letter(c) {
                run.get_or_insert(i);
                continue;
            }
            if let Some(start) = run.take() {
                out.push(self.piece(Tk::Word, start, i, space));
                space = false;
            }
            out.push(self.piece(Tk::Punct(c), i, i + c.len_utf8(), space));
            space = false;
        }
        if let Some(start) = run {
            out.push(self.piece(Tk::Word, start, self.text.len(), space));
        }
    }

    /// The bytes `s..e` of the token as a token of their own.
    fn piece(&self, kind: Tk, s: usize, e: usize, space: bool) -> Token<'t> {
        let text = &self.text[s..e];
        Token {
            kind,
            span: Span::new(self.span.start + s, self.span.start + e),
            text,
            space_before: space,
            cal: if kind == Tk::Word {
                calendar::classify(text)
            } else {
                Cal::None
            },
        }
    }
}

/// `toks`, emptied, with its room kept for tokens of any text: the
/// tokens are dropped, and the list collected from the empty one takes
/// its allocation over, as a list of the same size of element does.
pub(crate) fn emptied(mut toks: Vec<Token<'_>>) -> Vec<Token<'static>> {
    toks.clear();
    // Never called: there is no token left.
    let unread = |t: Token<'_>| Token {
        kind: t.kind,
        span: t.span,
        text: "",
        space_before: t.space_before,
        cal: t.cal,
    };
    toks.into_iter().map(unread).collect()
}

/// Characters counted as white space between tokens: Unicode white space
/// plus the zero-width and bidi marks that scraped text carries.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{200e}' | '\u{200f}'
                | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// The no-break and thin spaces that typeset numbers use between groups of
/// digits ("34 000"): U+00A0, U+202F and U+2009.
fn is_group_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Tokenizes `text`, whose first byte is at `offset` in the source.
///
/// A no-break or thin space right between two runs of digits is a
/// thousands separator and becomes a `Punct(',')` token (its text stays the
/// space as written); every other space only separates tokens. Digits of
/// other scripts ("٣٤") are not read as numbers: they make opaque words.
pub(crate) fn tokenize<'t>(text: &'t str, offset: usize, out: &mut Vec<Token<'t>>) {
    out.clear();
    let lexicon = calendar::lexicon();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut space = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b >= 0x80 {
            // Past ASCII, tested first: below, the byte is known to be
            // ASCII, and the start of every token there a char boundary.
            let c = text[i..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            match class_of(c) {
                Class::Letter => {
                    // A letter of another script starts a word.
                    let start = i;
                    let (end, letters) = word_end(text, i + len);
                    i = end;
                    let cal = word_class(text, start, i, letters);
                    push_token(out, text, Tk::Word, start, i, offset, space, cal);
                    space = false;
                    continue;
                }
                Class::GroupSpace
                    if out
                        .last()
                        .is_some_and(|t| t.is_digits() && t.span.end == i + offset)
                        && bytes.get(i + len).is_some_and(u8::is_ascii_digit) =>
                {
                    // "34 000" with a no-break or thin space: a thousands
                    // separator, read like the comma of "34,000".
                    push_token(
                        out,
                        text,
                        Tk::Punct(','),
                        i,
                        i + len,
                        offset,
                        false,
                        Cal::None,
                    );
                    space = false;
                }
                Class::GroupSpace | Class::Space => space = true,
                Class::Opaque { alphabetic } => {
                    // A digit or numeral of another script: part of no number
                    // we read, so an opaque word of its own, which no letter
                    // joins.
                    let cal = word_class(text, i, i + len, alphabetic);
                    push_token(out, text, Tk::Word, i, i + len, offset, space, cal);
                    space = false;
                }
                // A combining mark attaches to what precedes it; it never
                // separates tokens and is never a token of its own.
                Class::Mark => {}
                Class::Symbol => {
                    push_token(
                        out,
                        text,
                        Tk::Punct(c),
                        i,
                        i + len,
                        offset,
                        space,
                        Cal::None,
                    );
                    space = false;
                }
            }
            i += len;
            continue;
        }
        if b.is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            push_token(out, text, Tk::Digits, start, i, offset, space, Cal::None);
            space = false;
            continue;
        }
        if b.is_ascii_alphabetic() {
            let start = i;
            let cal = match ascii_word_end(bytes, i) {
                // Most words: classed here, with the lexicon fetched once,
                // from the eight bytes that measured them.
                Ok((end, head)) => {
                    debug_assert_eq!(word_end(text, start), (end, true));
                    i = end;
                    lexicon.at_head(head, bytes, start, end)
                }
                Err(from) => {
                    let (end, letters) = word_end(text, from);
                    i = end;
                    word_class(text, start, end, letters)
                }
            };
            push_token(out, text, Tk::Word, start, i, offset, space, cal);
            space = false;
            // The space after a word, the common case, read here.
            if bytes.get(i) == Some(&b' ') {
                space = true;
                i += 1;
            }
            continue;
        }
        if b.is_ascii_whitespace() {
            space = true;
        } else {
            push_token(
                out,
                text,
                Tk::Punct(b as char),
                i,
                i + 1,
                offset,
                space,
                Cal::None,
            );
            space = false;
        }
        i += 1;
    }
}

/// What the tokenizer makes of a character that is not ASCII.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// A letter that is not numeric: it starts a word.
    Letter,
    /// A no-break or thin space: a thousands separator between digits,
    /// white space elsewhere.
    GroupSpace,
    /// Other white space, or a zero-width or bidi mark.
    Space,
    /// A digit or numeral of another script, or a numeric letter: an
    /// opaque word of its own.
    Opaque {
        /// Whether it is alphabetic too.
        alphabetic: bool,
    },
    /// A combining mark.
    Mark,
    /// Anything else: a symbol token of its own.
    Symbol,
}

/// The class of `c`, a character past ASCII. The characters of the blocks
/// that hold no letter and no numeral (the combining marks but the
/// alphabetic ones, general punctuation with its spaces, zero-width and
/// bidi marks, and the currency signs) and the no-break space, most
/// characters past ASCII in news, are classed without the Unicode tables
/// of letters and numerals; a test checks every one of them against those
/// tables.
#[inline]
fn class_of(c: char) -> Class {
    if !neither_letter_nor_numeral(c) {
        return read_class(c);
    }
    let class = if is_group_space(c) {
        Class::GroupSpace
    } else if is_space(c) {
        Class::Space
    } else if is_mark(c) {
        Class::Mark
    } else {
        Class::Symbol
    };
    debug_assert_eq!(class, read_class(c), "{c:?}");
    class
}

/// Whether `c` lies where no character is a letter or a numeral (see
/// [`class_of`]).
fn neither_letter_nor_numeral(c: char) -> bool {
    match c {
        // The no-break space; the combining diacritical marks but the
        // alphabetic U+0345 and the small letters from U+0363.
        '\u{a0}' | '\u{300}'..='\u{344}' | '\u{346}'..='\u{362}' => true,
        // General punctuation; the currency signs.
        '\u{2000}'..='\u{206f}' | '\u{20a0}'..='\u{20cf}' => true,
        _ => false,
    }
}

/// Whether `c` is alphabetic. The apostrophes and dashes of general
/// punctuation, most characters past ASCII in compound words, are told
/// apart without the Unicode tables (see [`class_of`]).
#[inline]
fn is_letter(c: char) -> bool {
    if neither_letter_nor_numeral(c) {
        debug_assert!(!c.is_alphabetic(), "{c:?}");
        return false;
    }
    c.is_alphabetic()
}

/// The class of `c`, from the Unicode tables.
fn read_class(c: char) -> Class {
    let alphabetic = c.is_alphabetic();
    let numeric = c.is_numeric();
    if alphabetic && !numeric {
        Class::Letter
    } else if is_group_space(c) {
        Class::GroupSpace
    } else if is_space(c) {
        Class::Space
    } else if alphabetic || numeric {
        Class::Opaque { alphabetic }
    } else if is_mark(c) {
        Class::Mark
    } else {
        Class::Symbol
    }
}

/// The class to the date rules of the word `s..e` of `text`: looked up
/// in the calendar lexicon when it is `letters` only, and otherwise read in
/// pieces.
#[inline]
fn word_class(text: &str, s: usize, e: usize, letters: bool) -> Cal {
    if letters {
        calendar::classify_at(text.as_bytes(), s, e)
    } else {
        Cal::Pieces
    }
}

/// Pushes the token `s..e` of `text`, of class `cal` to the date rules.
#[allow(clippy::too_many_arguments)]
#[inline]
fn push_token<'t>(
    out: &mut Vec<Token<'t>>,
    text: &'t str,
    kind: Tk,
    s: usize,
    e: usize,
    offset: usize,
    space: bool,
    cal: Cal,
) {
    debug_assert!(s <= e);
    out.push(Token {
        kind,
        // In order already: no test of which end comes first.
        span: Span {
            start: s + offset,
            end: e + offset,
        },
        text: &text[s..e],
        space_before: space,
        cal,
    });
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

/// The end of the word starting at `i`, an ASCII letter, as [`word_end`]
/// finds it, when the word is letters only, at a byte that cannot carry it
/// on (no apostrophe, period or byte of another script): most words,
/// measured here eight bytes at a time. The end comes with the eight bytes
/// from `i` (see [`letters_from`]). Otherwise the place to go on from with
/// [`word_end`], at the end of the letters.
#[inline]
fn ascii_word_end(bytes: &[u8], i: usize) -> Result<(usize, u64), usize> {
    let (end, head) = letters_from(bytes, i);
    match bytes.get(end) {
        Some(b'\'' | b'.' | 0x80..) => Err(end),
        _ => Ok((end, head)),
    }
}

/// The bytes of `bytes` from `at`, fewer than eight, followed by zeros.
#[cold]
fn tail(bytes: &[u8], at: usize) -> [u8; 8] {
    let mut chunk = [0u8; 8];
    let rest = bytes.get(at..).unwrap_or_default();
    for (d, s) in chunk.iter_mut().zip(rest) {
        *d = *s;
    }
    chunk
}

/// The end of the word starting at `i`: letters and combining marks, with
/// inner apostrophes ("Ma's", "didn't") and the periods of dotted
/// abbreviations ("U.S.", "a.m.").
/// Also returns whether the word is letters only (no apostrophe, dot or
/// mark that is not a letter).
fn word_end(text: &str, mut i: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut letters = true;
    loop {
        // Letters (ASCII fast path).
        i = letters_end(bytes, i);
        if i < bytes.len() && bytes[i] >= 0x80 {
            let c = text[i..].chars().next().unwrap_or(' ');
            if (c.is_alphabetic() && !c.is_numeric()) || is_mark(c) {
                letters &= c.is_alphabetic();
                i += c.len_utf8();
                continue;
            }
            if matches!(c, '’' | 'ʼ') && next_is_letter(text, i + c.len_utf8()) {
                letters = false;
                i += c.len_utf8();
                continue;
            }
            return (i, letters);
        }
        if i < bytes.len() && bytes[i] == b'\'' && next_is_letter(text, i + 1) {
            letters = false;
            i += 1;
            continue;
        }
        // "U.S." and "a.m.": a single letter, a period, a single letter.
        if i + 1 < bytes.len()
            && bytes[i] == b'.'
            && bytes[i + 1].is_ascii_alphabetic()
            && (i + 2 >= bytes.len() || bytes[i + 2] == b'.')
            && single_letter_before(bytes, i)
        {
            letters = false;
            i += 2;
            if i < bytes.len() && bytes[i] == b'.' {
                i += 1;
            }
            continue;
        }
        return (i, letters);
    }
}

/// The end of the run of ASCII letters from `i`, as [`letters_end`] finds
/// it, and the eight bytes from `i` (zeros past the end of the text), which
/// hold a short run whole.
#[inline]
fn letters_from(bytes: &[u8], i: usize) -> (usize, u64) {
    let head = match bytes.get(i..i + 8).map(<[u8; 8]>::try_from) {
        Some(Ok(chunk)) => u64::from_le_bytes(chunk),
        _ => u64::from_le_bytes(tail(bytes, i)),
    };
    let others = non_letters(head);
    let end = if others == 0 {
        letters_end(bytes, i + 8)
    } else {
        i + first_marked(others)
    };
    debug_assert_eq!(end, letters_end(bytes, i));
    (end, head)
}

/// The end of the run of ASCII letters from `i`. Eight bytes are tested
/// at a time, as one number: most words are read in one or two steps.
pub(crate) fn letters_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let others = non_letters(u64::from_le_bytes(chunk));
        if others != 0 {
            return i + first_marked(others);
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    i
}

/// Eight bytes of text (the first byte lowest) with the top bit of each
/// byte that is not an ASCII letter set, and no other bit.
#[inline]
pub(crate) fn non_letters(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // Each byte lowercased (bit 5) and without its top bit, so that the
    // sums below carry into no other byte: a top bit set in `from_a` says
    // the byte is at least "a", in `past_z` that it is past "z".
    let y = (x | (ONES * 0x20)) & !HIGH;
    let from_a = y + ONES * (0x80 - u64::from(b'a'));
    let past_z = y + ONES * (0x7f - u64::from(b'z'));
    // Letters: ASCII (top bit clear in `x`), from "a", not past "z".
    !(from_a & !past_z & !x) & HIGH
}

/// The place of the first byte marked in `marks` (from [`non_letters`],
/// not zero): the first byte is the lowest.
#[inline]
pub(crate) fn first_marked(marks: u64) -> usize {
    (marks.trailing_zeros() / 8) as usize
}

fn single_letter_before(bytes: &[u8], dot: usize) -> bool {
    dot >= 1
        && bytes[dot - 1].is_ascii_alphabetic()
        && (dot < 2 || !bytes[dot - 2].is_ascii_alphabetic())
}

fn next_is_letter(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        tokenize(text, 0, &mut out);
        out.iter().map(|t| (t.text, t.space_before)).collect()
    }

    #[test]
    fn splits_digits_from_letters_and_keeps_glue() {
        assert_eq!(
            toks("$34bn float"),
            [("$", true), ("34", false), ("bn", false), ("float", true)]
        );
        assert_eq!(
            toks("US$35-billion"),
            [
                ("US", true),
                ("$", false),
                ("35", false),
                ("-", false),
                ("billion", false)
            ]
        );
    }

    #[test]
    fn keeps_abbreviations_and_apostrophes_in_words() {
        assert_eq!(
            toks("U.S. firms' Ma's"),
            [
                ("U.S.", true),
                ("firms", true),
                ("'", false),
                ("Ma's", true)
            ]
        );
        assert_eq!(toks("Ma’s"), [("Ma’s", true)]);
    }

    #[test]
    fn zero_width_and_bidi_marks_are_space() {
        assert_eq!(toks("34\u{200b}bn"), [("34", true), ("bn", true)]);
        assert_eq!(toks("a\u{202e}b"), [("a", true), ("b", true)]);
    }

    #[test]
    fn group_spaces_between_digits_are_separators() {
        for sep in ['\u{a0}', '\u{202f}', '\u{2009}'] {
            let text = format!("34{sep}000 people");
            let mut out = Vec::new();
            tokenize(&text, 0, &mut out);
            assert_eq!(out[1].kind, Tk::Punct(','), "{sep:?}");
            assert!(!out[2].space_before);
        }
        // Not between digits: a plain space.
        let mut out = Vec::new();
        tokenize("34\u{a0}people", 0, &mut out);
        assert_eq!(out.len(), 2);
        assert!(out[1].space_before);
    }

    #[test]
    fn words_carry_their_calendar_meaning() {
        let mut out = Vec::new();
        tokenize("Since last March, 3 apps", 0, &mut out);
        let cals: Vec<Cal> = out.iter().map(|t| t.cal).collect();
        use crate::lexicon::calendar::Kw;
        assert_eq!(
            cals,
            [
                Cal::Kw(Kw::Since),
                Cal::Kw(Kw::Last),
                Cal::Month(3, true),
                Cal::None,
                Cal::None,
                Cal::None
            ]
        );
    }

    #[test]
    fn compound_words_split_into_letters_and_symbols() {
        let text = "Tuesday’s U.S. e\u{301}x plain";
        let mut out = Vec::new();
        tokenize(text, 10, &mut out);
        let mut pieces = Vec::new();
        for t in &out {
            t.pieces(&mut pieces);
        }
        let got: Vec<(&str, bool)> = pieces.iter().map(|t| (t.text, t.space_before)).collect();
        assert_eq!(
            got,
            [
                ("Tuesday", true),
                ("’", false),
                ("s", false),
                ("U", true),
                (".", false),
                ("S", false),
                (".", false),
                ("e", true),
                ("\u{301}", false),
                ("x", false),
                ("plain", true)
            ]
        );
        for p in &pieces {
            assert_eq!(&text[p.span.start - 10..p.span.end - 10], p.text);
        }
        assert_eq!(pieces[0].cal, Cal::Weekday(chrono::Weekday::Tue, true));
        assert!(matches!(pieces[1].kind, Tk::Punct('’')));
        assert!(out[2].is_compound() && !out[3].is_compound());
    }

    #[test]
    fn runs_of_letters_end_at_the_first_other_byte() {
        let all: Vec<u8> = (0..=255).collect();
        for &b in &all {
            for len in 0..20 {
                let mut text = vec![b'q'; len];
                text.push(b);
                text.extend_from_slice(b"abcdefghijklmnop");
                let want = if b.is_ascii_alphabetic() {
                    len + 17
                } else {
                    len
                };
                assert_eq!(letters_end(&text, 0), want, "{b:#x} after {len}");
                assert_eq!(letters_end(&text, len + 1), text.len(), "{b:#x}");
            }
        }
        assert_eq!(letters_end(b"", 0), 0);
        assert_eq!(letters_end(b"ab", 5), 5);
    }

    #[test]
    fn characters_classed_without_the_unicode_tables_are_neither_letters_nor_numerals() {
        let classed = (0x80..=0x3000)
            .filter_map(char::from_u32)
            .filter(|&c| neither_letter_nor_numeral(c));
        let mut n = 0;
        for c in classed {
            assert!(!c.is_alphabetic() && !c.is_numeric(), "{c:?}");
            assert_eq!(class_of(c), read_class(c), "{c:?}");
            n += 1;
        }
        assert!(n > 200);
        assert_eq!(class_of('\u{301}'), Class::Mark);
        assert_eq!(class_of('\u{a0}'), Class::GroupSpace);
        assert_eq!(class_of('\u{2066}'), Class::Space);
        assert_eq!(class_of('\u{2019}'), Class::Symbol);
        assert_eq!(class_of('\u{345}'), read_class('\u{345}'));
    }

    #[test]
    fn spans_slice_the_text() {
        let text = "Über 45 Tage — “eight” apps, ٣٤ and e\u{301}";
        let mut out = Vec::new();
        tokenize(text, 0, &mut out);
        for t in &out {
            assert_eq!(t.span.slice(text), t.text);
        }
    }
}
