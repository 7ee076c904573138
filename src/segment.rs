//! Stage 1: split a source body into sentences.
//!
//! A sentence ends at a line break, or at `.`, `!` or `?` (with any closing
//! quotes or brackets) followed by white space, unless the word before the
//! period is a known abbreviation ("Mr.", "Jan.", "U.S.", "Inc.") or a single
//! initial. News text puts headlines, bylines and paragraphs on lines of
//! their own, so every line break ends a sentence.

use std::sync::LazyLock;

use crate::lexicon::{PackedTable, lowered, mask_to, pack};
use crate::span::Span;

/// Words that end with a period without ending the sentence, lowercase and
/// without the period, in byte order.
const ABBREVIATIONS: &[&str] = &[
    "a.m", "approx", "apr", "aug", "ave", "bln", "blvd", "bros", "capt", "cf", "co", "col", "corp",
    "dec", "dept", "dr", "e.g", "e.u", "est", "etc", "feb", "fig", "fri", "ft", "gen", "gov",
    "hon", "i.e", "inc", "jan", "jr", "jul", "jun", "llc", "lt", "ltd", "mar", "mln", "mon", "mr",
    "mrs", "ms", "mt", "no", "nos", "nov", "oct", "p.m", "pct", "plc", "pres", "prof", "rep",
    "rev", "rs", "sat", "sen", "sep", "sept", "sgt", "sr", "st", "sun", "thu", "thur", "thurs",
    "tue", "tues", "u.k", "u.n", "u.s", "vol", "vs", "wed",
];

/// The longest sentence, in bytes. Text that runs longer with no sentence
/// end (a table flattened to one line, a run of symbols) is cut at the last
/// white space before this length, or at a character boundary when there is
/// none, so that the work and the memory spent on one sentence stay bounded.
pub const MAX_SENTENCE_BYTES: usize = 2048;

/// The sentences of `body`, as spans shifted by `offset` (the body's start
/// in the full source text). Spans are trimmed of surrounding white space;
/// empty sentences are skipped. No span is longer than
/// [`MAX_SENTENCE_BYTES`].
pub fn sentences(body: &str, offset: usize) -> Vec<Span> {
    let bytes = body.as_bytes();
    let mut line_end = memchr::memchr(b'\n', bytes).unwrap_or(bytes.len());
    split(body, offset, |from| next_end(bytes, from, &mut line_end))
}

/// The sentences of `body`, as [`sentences`] finds them, from `ends`: the
/// place in `body` of every line break, `.`, `!` and `?` it holds, in
/// order. A reader that reads every byte of the body finds them on its
/// way, and the body is not searched again.
pub(crate) fn sentences_at(body: &str, offset: usize, ends: &[usize]) -> Vec<Span> {
    let mut k = 0;
    let out = split(body, offset, |from| {
        while ends.get(k).is_some_and(|&e| e < from) {
            k += 1;
        }
        ends.get(k).copied()
    });
    debug_assert_eq!(out, sentences(body, offset), "{ends:?}");
    out
}

/// The sentences of `body`, shifted by `offset`; `next(i)` is the first
/// byte at or after `i` that may end a sentence, if any.
#[inline(always)]
fn split(body: &str, offset: usize, mut next: impl FnMut(usize) -> Option<usize>) -> Vec<Span> {
    let bytes = body.as_bytes();
    // Room for the sentences of news, about one in every 128 bytes, from
    // the start: growing the list sentence by sentence costs more. A long
    // body, which may hold far fewer, starts with room for 4,096 and grows.
    let mut out = Vec::with_capacity((bytes.len() / 128 + 8).min(4096));
    let mut start = 0;
    let mut i = 0;
    while let Some(k) = next(i) {
        i = k;
        let b = bytes[i];
        if b == b'\n' {
            push_piece(body, start, i, offset, &mut out);
            start = i + 1;
            i += 1;
            continue;
        }
        let end = closed(body, i + 1);
        let followed_by_space =
            end >= bytes.len() || matches!(bytes[end], b' ' | b'\t' | b'\n' | b'\r');
        if followed_by_space
            && !(b == b'.' && (is_abbreviation(body, i) || may_be_spaced_decimal(body, i)))
        {
            push_piece(body, start, end, offset, &mut out);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    push_piece(body, start, bytes.len(), offset, &mut out);
    out
}

/// The end of the closing quotes and brackets from byte `end` of `body`,
/// which belong to the sentence they close. The next byte is most often
/// ASCII, and read as a byte; another script's character is read whole.
#[inline]
fn closed(body: &str, mut end: usize) -> usize {
    let bytes = body.as_bytes();
    while let Some(&b) = bytes.get(end) {
        if matches!(b, b'"' | b'\'' | b')' | b']') {
            end += 1;
            continue;
        }
        if b.is_ascii() {
            break;
        }
        match body.get(end..).and_then(|rest| rest.chars().next()) {
            Some(c @ ('”' | '’' | '»')) => end += c.len_utf8(),
            _ => break,
        }
    }
    end
}

/// The first byte at or after `from` that may end a sentence: a line
/// break, `.`, `!` or `?`. `line_end` caches the next line break.
fn next_end(bytes: &[u8], from: usize, line_end: &mut usize) -> Option<usize> {
    if *line_end < from {
        *line_end = memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |k| from + k);
    }
    let end =
        memchr::memchr3(b'.', b'!', b'?', &bytes[from..*line_end]).map_or(*line_end, |k| from + k);
    (end < bytes.len()).then_some(end)
}

/// Whether the word ending at the period at byte `dot` is an abbreviation or
/// a single initial.
fn is_abbreviation(body: &str, dot: usize) -> bool {
    let quick = abbreviation_at_once(body, dot);
    #[cfg(debug_assertions)]
    if let Some(quick) = quick {
        // The eight bytes read at once answer as the whole word read byte
        // by byte: checked in every debug build.
        debug_assert_eq!(
            quick,
            is_abbreviation_slowly(body, dot),
            "{body:?} at {dot}"
        );
    }
    quick.unwrap_or_else(|| is_abbreviation_slowly(body, dot))
}

/// Whether the word before the period at byte `dot` is an abbreviation or
/// a single initial, read from the eight bytes before the period at once:
/// the word starts after the last of them that is not part of a word, and
/// is packed from them, or found again by characters where another
/// script's character comes before it. `None` where there are fewer than
/// eight bytes before the period.
#[inline]
fn abbreviation_at_once(body: &str, dot: usize) -> Option<bool> {
    let bytes = body.as_bytes();
    let chunk = bytes.get(dot.checked_sub(8)?..dot)?;
    let x = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).ok()?);
    let others = not_in_word(x);
    // The word runs past the eight bytes, or is longer than any
    // abbreviation.
    let len = (others.leading_zeros() / 8) as usize;
    if others == 0 || len > LONGEST_ABBREVIATION {
        return Some(false);
    }
    if !bytes[dot - len - 1].is_ascii() {
        return Some(word_is_abbreviation(&body[..dot], dot - len));
    }
    if len == 0 {
        return Some(false);
    }
    // The word's bytes, moved down to the lowest, with zeros after them.
    let word = x >> (8 * (8 - len));
    if len == 1 && (word as u8).is_ascii_uppercase() {
        return Some(true); // an initial: "Donald J. Trump"
    }
    Some(
        ABBREVIATION_TABLE
            .get(mask_to(lowered(word), len))
            .is_some(),
    )
}

/// [`is_abbreviation`], reading the word byte by byte, then by characters
/// where another script's character comes before it.
fn is_abbreviation_slowly(body: &str, dot: usize) -> bool {
    let before = &body[..dot];
    let bytes = before.as_bytes();
    let mut k = dot;
    while k > 0 && (bytes[k - 1].is_ascii_alphanumeric() || bytes[k - 1] == b'.') {
        k -= 1;
        // A word longer than any abbreviation is neither one nor an
        // initial: it is read no further (debug builds read on, and check).
        if !cfg!(debug_assertions) && dot - k > LONGEST_ABBREVIATION {
            return false;
        }
    }
    let found = word_is_abbreviation(before, k);
    debug_assert!(dot - k <= LONGEST_ABBREVIATION || !found, "{before:?}");
    found
}

/// Eight bytes of text (the first byte lowest) with the top bit of each
/// byte that cannot be part of a word before a period set: any but an
/// ASCII letter, digit or period.
fn not_in_word(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // The top bit of each ASCII byte from `lo` to `hi`: without their top
    // bits, the sums carry into no other byte.
    let within = |x: u64, lo: u8, hi: u8| {
        let y = x & !HIGH;
        let from = y + ONES * (0x80 - u64::from(lo));
        let past = y + ONES * (0x7f - u64::from(hi));
        from & !past & !x & HIGH
    };
    // Bit 5 lowercases an ASCII letter and makes no other byte one.
    let letters = within(x | (ONES * 0x20), b'a', b'z');
    let digits_or_period = within(x, b'.', b'9') & !within(x, b'/', b'/');
    !(letters | digits_or_period) & HIGH
}

/// Whether the word before the end of `before`, whose ASCII part starts at
/// byte `k`, is an abbreviation or a single initial.
fn word_is_abbreviation(before: &str, k: usize) -> bool {
    let bytes = before.as_bytes();
    let word_start = if k == 0 || bytes[k - 1].is_ascii() {
        k
    } else {
        before
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
            .map_or(0, |(i, c)| i + c.len_utf8())
    };
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    if chars.next().is_none() && first.is_uppercase() {
        return true; // an initial: "Donald J. Trump"
    }
    // No abbreviation is longer; the others are looked up in any case.
    // Packing sets bit 5 of each byte, which lowercases an ASCII capital
    // and makes no other byte of a word a letter or a period.
    word.len() <= LONGEST_ABBREVIATION
        && pack(word.as_bytes()).is_some_and(|key| ABBREVIATION_TABLE.get(key).is_some())
}

/// [`ABBREVIATIONS`], packed, built once.
static ABBREVIATION_TABLE: LazyLock<PackedTable<()>> =
    LazyLock::new(|| PackedTable::new(ABBREVIATIONS.iter().map(|a| (a.as_bytes(), ()))));

/// The length of the longest of [`ABBREVIATIONS`].
const LONGEST_ABBREVIATION: usize = 6;

/// [`is_spaced_decimal`], told first by the bytes around the period: a
/// digit before it and a space after it, which most periods lack.
#[inline]
fn may_be_spaced_decimal(body: &str, dot: usize) -> bool {
    let bytes = body.as_bytes();
    let around = dot > 0 && bytes[dot - 1].is_ascii_digit() && bytes.get(dot + 1) == Some(&b' ');
    debug_assert!(around || !is_spaced_decimal(body, dot), "{body:?} at {dot}");
    around && is_spaced_decimal(body, dot)
}

/// Whether the period at byte `dot` is a decimal point that a space has
/// come to follow, inside an amount of money: "a loss of $4. 7 billion".
/// Only between a currency sign with its digits and digits with a scale
/// word, where a sentence cannot end.
fn is_spaced_decimal(body: &str, dot: usize) -> bool {
    let bytes = body.as_bytes();
    let before = &body[..dot];
    let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let sign = before[..dot - digits].chars().next_back();
    if sign.is_none_or(|c| crate::lexicon::currency_symbol(c).is_none()) {
        return false;
    }
    let rest = &body[dot + 1..];
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let decimals = rest.bytes().take_while(u8::is_ascii_digit).count();
    if decimals == 0 || decimals > 3 || bytes.get(dot + 2 + decimals) != Some(&b' ') {
        return false;
    }
    let word: String = rest[decimals + 1..]
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    crate::lexicon::scale_word(&word).is_some_and(|(p, ordinal)| p >= 3 && !ordinal)
        || crate::lexicon::among(crate::lexicon::SPACED_SCALE_ABBREVIATIONS, &word)
}

/// Pushes the piece `[start, end)` of `body`, cut into pieces of at most
/// [`MAX_SENTENCE_BYTES`] when it is longer.
#[inline]
fn push_piece(body: &str, start: usize, end: usize, offset: usize, out: &mut Vec<Span>) {
    // The empty piece between a sentence's end and the line break after
    // it, as common as sentences.
    if start == end {
        return;
    }
    if end - start <= MAX_SENTENCE_BYTES {
        push_trimmed(body, start, end, offset, out);
    } else {
        push_long_piece(body, start, end, offset, out);
    }
}

/// [`push_piece`] for a piece longer than [`MAX_SENTENCE_BYTES`].
#[cold]
#[inline(never)]
fn push_long_piece(body: &str, mut start: usize, end: usize, offset: usize, out: &mut Vec<Span>) {
    while end - start > MAX_SENTENCE_BYTES {
        let mut limit = start + MAX_SENTENCE_BYTES;
        while !body.is_char_boundary(limit) {
            limit -= 1;
        }
        // The last white space in the allowed length, when there is one
        // past the piece's leading white space.
        let window = &body.as_bytes()[start..limit];
        let lead = window
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        let cut = window
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .filter(|&k| k > lead)
            .map_or(limit, |k| start + k);
        push_trimmed(body, start, cut, offset, out);
        start = cut;
    }
    push_trimmed(body, start, end, offset, out);
}

#[inline]
fn push_trimmed(body: &str, start: usize, end: usize, offset: usize, out: &mut Vec<Span>) {
    // The empty piece between a sentence's end and the line break after
    // it, as common as sentences.
    if start == end {
        return;
    }
    // ASCII white space first, byte by byte; then, only where another
    // script's character is left at an end, Unicode white space as well.
    let bytes = &body.as_bytes()[start..end];
    let lead = bytes.iter().take_while(|&&b| is_ascii_space(b)).count();
    let trail = bytes[lead..]
        .iter()
        .rev()
        .take_while(|&&b| is_ascii_space(b))
        .count();
    let (mut s, mut e) = (start + lead, end - trail);
    if body.as_bytes()[s..e].first().is_some_and(|b| !b.is_ascii())
        || body.as_bytes()[s..e].last().is_some_and(|b| !b.is_ascii())
    {
        let piece = &body[s..e];
        let trimmed = piece.trim();
        s += piece.len() - piece.trim_start().len();
        e = s + trimmed.len();
    }
    if s < e {
        out.push(Span::new(s + offset, e + offset));
    }
}

/// Whether the ASCII byte `b` is white space as [`str::trim`] reads it
/// (the vertical tab included).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_trimmed_of_white_space_of_any_script() {
        let text = " \u{a0}\u{b} One. \u{2009} Two \u{3000}\n\u{a0}\n\u{b}Three\u{b}";
        let got: Vec<&str> = sentences(text, 0).iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, ["One.", "Two", "Three"]);
    }

    #[test]
    fn abbreviations_are_sorted_lowercase_and_short() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
        for a in ABBREVIATIONS {
            assert!(a.len() <= LONGEST_ABBREVIATION, "{a}");
            assert_eq!(*a, a.to_ascii_lowercase());
        }
        assert!(is_abbreviation("Mr.", 2) && is_abbreviation("x APPROX.", 8));
        assert!(!is_abbreviation("approxi.", 7) && !is_abbreviation("Mé.", 3));
        // A letter of another script is part of the word before the period.
        assert!(is_abbreviation("é U.S.", 6) && !is_abbreviation("éMr.", 4));
        assert!(!is_abbreviation("éx.", 3) && !is_abbreviation("éX.", 3));
        // Every abbreviation in any case, and nothing near one.
        for a in ABBREVIATIONS {
            let upper = a.to_ascii_uppercase();
            assert!(is_abbreviation(&format!("x {upper}."), upper.len() + 2));
            assert!(!is_abbreviation(&format!("x {a}q."), a.len() + 3), "{a}q");
            assert!(
                !is_abbreviation(&format!("x {a}\u{e9}."), a.len() + 4),
                "{a}"
            );
        }
    }

    #[test]
    fn bytes_read_eight_at_a_time_are_in_a_word_as_read_one_by_one() {
        for b in 0..=u8::MAX {
            for at in 0..8 {
                let mut chunk = [b'a'; 8];
                chunk[at] = b;
                let marked = not_in_word(u64::from_le_bytes(chunk));
                let other = !(b.is_ascii_alphanumeric() || b == b'.');
                assert_eq!(marked, u64::from(other) << (8 * at + 7), "{b:#x} at {at}");
            }
        }
    }

    #[test]
    fn abbreviations_do_not_end_sentences_and_lines_do() {
        let text = "Mr. Ma met U.S. officials. They met on Jan. 20.\nA headline";
        let got: Vec<&str> = sentences(text, 0).iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            got,
            [
                "Mr. Ma met U.S. officials.",
                "They met on Jan. 20.",
                "A headline"
            ]
        );
    }

    #[test]
    fn a_space_after_a_decimal_point_in_an_amount_ends_no_sentence() {
        let text = "It lost $4. 7 billion. Then £2. 5 million more. It cost $4. 7 people left.";
        let got: Vec<&str> = sentences(text, 0).iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            got,
            [
                "It lost $4. 7 billion.",
                "Then £2. 5 million more.",
                "It cost $4.",
                "7 people left."
            ]
        );
    }

    #[test]
    fn long_runs_are_cut_at_white_space_within_the_limit() {
        let word = "abcdefghi ";
        let text = word.repeat(1000);
        let got = sentences(&text, 7);
        assert!(got.len() > 1);
        for s in &got {
            assert!(s.len() <= MAX_SENTENCE_BYTES);
            let piece = s.shift(0);
            let quote = &text[piece.start - 7..piece.end - 7];
            assert!(quote.starts_with('a') && quote.ends_with('i'), "{quote:?}");
        }
        // Every byte that is not white space is in a sentence.
        let kept: usize = got.iter().map(|s| s.len()).sum();
        assert_eq!(kept + got.len() - 1, text.trim_end().len());
    }

    #[test]
    fn runs_with_no_white_space_are_cut_on_char_boundaries() {
        let text = "\u{e9}".repeat(3000);
        let got = sentences(&text, 0);
        assert!(got.len() > 1);
        for s in &got {
            assert!(s.len() <= MAX_SENTENCE_BYTES);
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        assert_eq!(got.iter().map(|s| s.len()).sum::<usize>(), text.len());
    }
}
