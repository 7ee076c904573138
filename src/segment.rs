//! Stage 1: split a source body into sentences.
//!
//! A sentence ends at a line break, or at `.`, `!` or `?` (with any closing
//! quotes or brackets) followed by white space, unless the word before the
//! period is a known abbreviation ("Mr.", "Jan.", "U.S.", "Inc.") or a single
//! initial. News text puts headlines, bylines and paragraphs on lines of
//! their own, so every line break ends a sentence.

use crate::span::Span;

/// Words that end with a period without ending the sentence, lowercase and
/// without the period.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt",
    "gov", "sen", "rep", "rev", "hon", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
    "sat", "sun", "inc", "corp", "co", "ltd", "plc", "llc", "bros", "vs", "etc", "e.g", "i.e",
    "u.s", "u.k", "u.n", "e.u", "no", "nos", "approx", "est", "dept", "fig", "vol", "ave", "blvd",
    "a.m", "p.m", "ft", "mln", "bln", "pct", "cf", "rs",
];

/// The sentences of `body`, as spans shifted by `offset` (the body's start
/// in the full source text). Spans are trimmed of surrounding white space;
/// empty sentences are skipped.
///
/// # Example
///
/// ```
/// use crosscheck::segment::sentences;
/// let text = "Mr. Ma met U.S. officials. They met on Jan. 20.\nA headline";
/// let got: Vec<&str> = sentences(text, 0).iter().map(|s| s.slice(text)).collect();
/// assert_eq!(got, ["Mr. Ma met U.S. officials.", "They met on Jan. 20.", "A headline"]);
/// ```
pub fn sentences(body: &str, offset: usize) -> Vec<Span> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            push_trimmed(body, start, i, offset, &mut out);
            start = i + 1;
        } else if matches!(b, b'.' | b'!' | b'?') {
            let mut end = i + 1;
            // Closing quotes and brackets belong to the sentence they close.
            while end < bytes.len() {
                let rest = &body[end..];
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let followed_by_space = end >= bytes.len()
                || bytes[end] == b' '
                || bytes[end] == b'\t'
                || bytes[end] == b'\n'
                || bytes[end] == b'\r';
            if followed_by_space && !(b == b'.' && is_abbreviation(body, i)) {
                push_trimmed(body, start, end, offset, &mut out);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(body, start, bytes.len(), offset, &mut out);
    out
}

/// Whether the word ending at the period at byte `dot` is an abbreviation or
/// a single initial.
fn is_abbreviation(body: &str, dot: usize) -> bool {
    let before = &body[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    if chars.next().is_none() && first.is_uppercase() {
        return true; // an initial: "Donald J. Trump"
    }
    let lower = word.to_ascii_lowercase();
    ABBREVIATIONS.iter().any(|a| *a == lower)
}

fn push_trimmed(body: &str, start: usize, end: usize, offset: usize, out: &mut Vec<Span>) {
    let piece = &body[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = start + lead;
        out.push(Span::new(s + offset, s + trimmed.len() + offset));
    }
}
