//! Hedges and bounds: "about", "nearly", "more than", "at least", "up to",
//! "less than", and the ones that follow a number ("or more", "-plus").

use std::sync::LazyLock;

use super::Hedge;
use super::token::{Tk, Token};
use crate::lexicon;

/// Hedge phrases written before a number, compiled once from the
/// lexicon's lists: every phrase with its meaning, the longest first, so
/// that "no more than" is read before "more than".
static BEFORE: LazyLock<Vec<(&[&str], Hedge)>> = LazyLock::new(|| {
    let groups: [(&[&[&str]], Hedge); 8] = [
        (lexicon::AT_LEAST, Hedge::AtLeast),
        (lexicon::UP_TO, Hedge::UpTo),
        (lexicon::JUST_OVER, Hedge::JustOver),
        (lexicon::ABOUT, Hedge::About),
        (lexicon::NEARLY, Hedge::Nearly),
        (lexicon::MORE_THAN, Hedge::MoreThan),
        (lexicon::LESS_THAN, Hedge::LessThan),
        (lexicon::EXACTLY, Hedge::Exact),
    ];
    let mut phrases: Vec<(&[&str], Hedge)> = groups
        .iter()
        .flat_map(|&(list, hedge)| list.iter().map(move |&p| (p, hedge)))
        .collect();
    // Stable: phrases of one length keep their order; two of one length
    // never match the same words.
    phrases.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    phrases
});

/// The hedge written right before token `start`, and the token where it
/// begins.
pub(crate) fn before(toks: &[Token<'_>], start: usize) -> Option<(Hedge, usize)> {
    if let Some(found) = symbol_before(toks, start) {
        return Some(found);
    }
    for &(words, hedge) in BEFORE.iter() {
        let n = words.len();
        if start < n {
            continue;
        }
        let first = start - n;
        let matches = words.iter().enumerate().all(|(k, w)| {
            toks[first + k].is_word() && toks[first + k].text.eq_ignore_ascii_case(w)
        });
        if matches {
            return Some((hedge, first));
        }
    }
    None
}

/// A comparison sign right before token `start`: ">10", ">= 30", "< =
/// 100", "≤ 5". A sign that is part of another operator ("<>", "=>") is
/// not a bound.
fn symbol_before(toks: &[Token<'_>], start: usize) -> Option<(Hedge, usize)> {
    let at = |k: usize| match toks.get(k).map(|t| t.kind) {
        Some(Tk::Punct(c)) => Some(c),
        _ => None,
    };
    let last = at(start.checked_sub(1)?)?;
    let (hedge, first) = match last {
        '≥' => (Hedge::AtLeast, start - 1),
        '≤' => (Hedge::UpTo, start - 1),
        '>' => (Hedge::MoreThan, start - 1),
        '<' => (Hedge::LessThan, start - 1),
        '=' => match start.checked_sub(2).and_then(at) {
            Some('>') => (Hedge::AtLeast, start - 2),
            Some('<') => (Hedge::UpTo, start - 2),
            _ => return None,
        },
        _ => return None,
    };
    // "<>30", "=>30", "->": another operator, or an arrow.
    if first > 0 && at(first - 1).is_some_and(|c| matches!(c, '<' | '>' | '=' | '-')) {
        return None;
    }
    Some((hedge, first))
}

/// A hedge written right after token `end - 1` ("or more", "or so",
/// "-plus", "+"), and the token after it.
pub(crate) fn after(toks: &[Token<'_>], end: usize) -> Option<(Hedge, usize)> {
    let word = |i: usize, w: &str| {
        toks.get(i)
            .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(w))
    };
    if lexicon::AFTER_JOINERS.iter().any(|w| word(end, w)) {
        // "200 or greater than" and "200 or more": the trailing "than"
        // belongs to the bound.
        // "200 or more than 190" is two bounds, not one.
        if word(end + 2, "than") && number_follows(toks, end + 3) {
            return None;
        }
        if lexicon::OR_ABOVE.iter().any(|w| word(end + 1, w)) {
            let than = usize::from(word(end + 2, "than"));
            return Some((Hedge::AtLeast, end + 2 + than));
        }
    }
    if word(end, "or") {
        if lexicon::OR_ABOUT.iter().any(|w| word(end + 1, w)) {
            return Some((Hedge::About, end + 2));
        }
        if lexicon::OR_BELOW.iter().any(|w| word(end + 1, w)) {
            return Some((Hedge::UpTo, end + 2));
        }
    }
    if toks
        .get(end)
        .is_some_and(|t| t.is_punct('+') && !t.space_before)
    {
        return Some((Hedge::AtLeast, end + 1));
    }
    if toks
        .get(end)
        .is_some_and(|t| t.is_dash() && !t.space_before)
    {
        if toks
            .get(end + 1)
            .is_some_and(|t| !t.space_before && t.text.eq_ignore_ascii_case(lexicon::PLUS))
        {
            return Some((Hedge::AtLeast, end + 2));
        }
        if toks
            .get(end + 1)
            .is_some_and(|t| !t.space_before && t.text.eq_ignore_ascii_case(lexicon::ODD))
        {
            return Some((Hedge::About, end + 2));
        }
    }
    if word(end, lexicon::PLUS)
        && !toks
            .get(end + 1)
            .is_some_and(|t| t.is_digits() || t.is_punct('$'))
    {
        return Some((Hedge::AtLeast, end + 1));
    }
    None
}

/// Whether a number starts at token `k`.
fn number_follows(toks: &[Token<'_>], k: usize) -> bool {
    matches!(super::numeral::parse(toks, k), Ok(Some(_)))
}
