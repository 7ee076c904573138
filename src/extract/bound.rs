//! Hedges and bounds: "about", "nearly", "more than", "at least", "up to",
//! "less than", and the ones that follow a number ("or more", "-plus");
//! and ranges: "5-10", "$5-$7 million", "between 2 and 3", "two or three".

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::numeral::{self, Numeral};
use super::token::{Tk, Token};
use super::{Hedge, measure, money, percent};
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
        if matches && !spread_over(toks, words, first) {
            return Some((hedge, first));
        }
    }
    None
}

/// Whether the hedge `words` at token `first` is "over" after a verb of
/// spreading: "spread over 30 square miles" covers 30, no more.
fn spread_over(toks: &[Token<'_>], words: &[&str], first: usize) -> bool {
    let mut buf = [0u8; 32];
    words == [lexicon::OVER]
        && first > 0
        && toks[first - 1].is_word()
        && lexicon::lower(toks[first - 1].text, &mut buf)
            .is_some_and(|w| lexicon::SPREAD_VERBS.contains(&w))
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
    matches!(numeral::parse(toks, k), Ok(Some(_)))
}

/// A second number after `n` that makes a range with it, and the
/// connector's token.
pub(crate) fn range_after(
    toks: &[Token<'_>],
    n: &Numeral,
    between: bool,
) -> Option<(Numeral, usize)> {
    let mut c = n.end;
    // "3% and 4%", "5 per cent to 7 per cent", "10 dollars to 20
    // dollars", "between 5km and 10km": the unit may be repeated.
    let mut repeated_money = None;
    let mut repeated_measure = None;
    if let Some((_, after)) = percent::after(toks, c) {
        c = after;
    } else if let Some((code, 1, after)) = money::after(toks, c, n.scaled)
        && toks.get(c).is_some_and(|t| t.is_word())
    {
        repeated_money = Some(code);
        c = after;
    } else if let Some(u) = measure::unit_after(toks, c) {
        repeated_measure = Some(u.unit);
        c = u.end;
    }
    let t = toks.get(c)?;
    let connector = t.is_dash()
        || (t.is_word() && t.text.eq_ignore_ascii_case("to"))
        || (between && t.is_word() && t.text.eq_ignore_ascii_case("and"))
        || (t.is_word() && t.text.eq_ignore_ascii_case("or") && n.spelled);
    if !connector {
        return None;
    }
    let mut k = c + 1;
    // "$5-$7 million": the currency may be repeated.
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.kind, Tk::Punct(ch) if lexicon::currency_symbol(ch).is_some()))
    {
        k += 1;
    } else if toks.get(k).is_some_and(|t| t.is_word() && !t.space_before)
        && toks.get(k + 1).is_some_and(|t| t.is_punct('$'))
    {
        k += 2;
    }
    let second = numeral::parse(toks, k).ok()??;
    if second.ordinal || second.fraction != n.fraction {
        return None;
    }
    // "7-Eleven": digits and words do not make a range across a hyphen.
    if t.is_dash() && !t.space_before && n.spelled != second.spelled {
        return None;
    }
    // The unit repeated on the first number must be repeated on the
    // second: "3% and 4%".
    match (repeated_money, repeated_measure) {
        (Some(code), _) => {
            if money::after(toks, second.end, second.scaled).is_none_or(|(c2, _, _)| c2 != code) {
                return None;
            }
        }
        (None, Some(unit)) => {
            if measure::unit_after(toks, second.end).is_none_or(|u| u.unit != unit) {
                return None;
            }
        }
        (None, None) => {
            if c != n.end && percent::after(toks, second.end).is_none() {
                return None;
            }
        }
    }
    let first = share_scale(*n, &second);
    if second.value < first.value {
        return None;
    }
    // "10-12 October" is a date range, handled elsewhere; a score
    // "3-2" fails the order test above.
    Some((second, c))
}

/// "$5-$7 million": a scale written only on the second number applies to
/// the first.
pub(crate) fn share_scale(first: Numeral, second: &Numeral) -> Numeral {
    if first.scaled || !second.scaled || second.scale_pow == 0 {
        return first;
    }
    let mut f = Decimal::ONE;
    for _ in 0..second.scale_pow {
        f *= Decimal::TEN;
    }
    match (first.value.checked_mul(f), first.precision.checked_mul(f)) {
        (Some(v), Some(p)) => Numeral {
            value: v,
            precision: p,
            scaled: true,
            scale_pow: second.scale_pow,
            ..first
        },
        _ => first,
    }
}
