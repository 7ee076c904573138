//! Hedges and bounds: "about", "nearly", "more than", "at least", "up to",
//! "less than", and the ones that follow a number ("or more", "-plus").

use super::Hedge;
use super::token::{Tk, Token};

/// Hedge phrases written before a number, longest first within each group.
const BEFORE: &[(&[&str], Hedge)] = &[
    (&["greater", "than", "or", "equal", "to"], Hedge::AtLeast),
    (&["more", "than", "or", "equal", "to"], Hedge::AtLeast),
    (&["higher", "than", "or", "equal", "to"], Hedge::AtLeast),
    (&["less", "than", "or", "equal", "to"], Hedge::UpTo),
    (&["fewer", "than", "or", "equal", "to"], Hedge::UpTo),
    (&["lower", "than", "or", "equal", "to"], Hedge::UpTo),
    (&["equal", "to", "or", "more", "than"], Hedge::AtLeast),
    (&["equal", "to", "or", "greater", "than"], Hedge::AtLeast),
    (&["equal", "to", "or", "less", "than"], Hedge::UpTo),
    (&["equal", "to", "or", "fewer", "than"], Hedge::UpTo),
    (&["bigger", "or", "equal", "than"], Hedge::AtLeast),
    (&["greater", "or", "equal", "than"], Hedge::AtLeast),
    (&["higher", "or", "equal", "than"], Hedge::AtLeast),
    (&["larger", "or", "equal", "than"], Hedge::AtLeast),
    (&["more", "or", "equal", "than"], Hedge::AtLeast),
    (&["smaller", "or", "equal", "than"], Hedge::UpTo),
    (&["less", "or", "equal", "than"], Hedge::UpTo),
    (&["lower", "or", "equal", "than"], Hedge::UpTo),
    (&["at", "least", "or", "equal", "to"], Hedge::AtLeast),
    (&["at", "most", "or", "equal", "to"], Hedge::UpTo),
    (&["a", "little", "more", "than"], Hedge::JustOver),
    (&["in", "the", "region", "of"], Hedge::About),
    (&["on", "the", "order", "of"], Hedge::About),
    (&["slightly", "more", "than"], Hedge::JustOver),
    (&["slightly", "less", "than"], Hedge::Nearly),
    (&["just", "more", "than"], Hedge::JustOver),
    (&["just", "less", "than"], Hedge::Nearly),
    (&["just", "shy", "of"], Hedge::Nearly),
    (&["just", "short", "of"], Hedge::Nearly),
    (&["a", "little", "over"], Hedge::JustOver),
    (&["a", "little", "under"], Hedge::Nearly),
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["not", "less", "than"], Hedge::AtLeast),
    (&["no", "more", "than"], Hedge::UpTo),
    (&["not", "more", "than"], Hedge::UpTo),
    (&["at", "the", "most"], Hedge::UpTo),
    (&["in", "excess", "of"], Hedge::MoreThan),
    (&["more", "or", "less"], Hedge::About),
    (&["as", "much", "as"], Hedge::UpTo),
    (&["as", "many", "as"], Hedge::UpTo),
    (&["as", "high", "as"], Hedge::UpTo),
    (&["a", "maximum", "of"], Hedge::UpTo),
    (&["a", "minimum", "of"], Hedge::AtLeast),
    (&["an", "estimated"], Hedge::About),
    (&["just", "over"], Hedge::JustOver),
    (&["just", "above"], Hedge::JustOver),
    (&["slightly", "over"], Hedge::JustOver),
    (&["slightly", "above"], Hedge::JustOver),
    (&["just", "under"], Hedge::Nearly),
    (&["just", "below"], Hedge::Nearly),
    (&["slightly", "under"], Hedge::Nearly),
    (&["close", "to"], Hedge::Nearly),
    (&["not", "quite"], Hedge::Nearly),
    (&["more", "than"], Hedge::MoreThan),
    (&["greater", "than"], Hedge::MoreThan),
    (&["larger", "than"], Hedge::MoreThan),
    (&["higher", "than"], Hedge::MoreThan),
    (&["bigger", "than"], Hedge::MoreThan),
    (&["upwards", "of"], Hedge::MoreThan),
    (&["upward", "of"], Hedge::MoreThan),
    (&["well", "over"], Hedge::MoreThan),
    (&["well", "above"], Hedge::MoreThan),
    (&["north", "of"], Hedge::MoreThan),
    (&["at", "least"], Hedge::AtLeast),
    (&["minimum", "of"], Hedge::AtLeast),
    (&["up", "to"], Hedge::UpTo),
    (&["at", "most"], Hedge::UpTo),
    (&["maximum", "of"], Hedge::UpTo),
    (&["less", "than"], Hedge::LessThan),
    (&["fewer", "than"], Hedge::LessThan),
    (&["lower", "than"], Hedge::LessThan),
    (&["smaller", "than"], Hedge::LessThan),
    (&["well", "under"], Hedge::LessThan),
    (&["well", "below"], Hedge::LessThan),
    (&["short", "of"], Hedge::LessThan),
    (&["nearly"], Hedge::Nearly),
    (&["almost"], Hedge::Nearly),
    (&["over"], Hedge::MoreThan),
    (&["above"], Hedge::MoreThan),
    (&["exceeding"], Hedge::MoreThan),
    (&["exceed"], Hedge::MoreThan),
    (&["exceeds"], Hedge::MoreThan),
    (&["surpass"], Hedge::MoreThan),
    (&["surpassing"], Hedge::MoreThan),
    (&["under"], Hedge::LessThan),
    (&["below"], Hedge::LessThan),
    (&["about"], Hedge::About),
    (&["around"], Hedge::About),
    (&["roughly"], Hedge::About),
    (&["approximately"], Hedge::About),
    (&["approx"], Hedge::About),
    (&["some"], Hedge::About),
    (&["circa"], Hedge::About),
    (&["estimated"], Hedge::About),
    (&["nigh", "on"], Hedge::Nearly),
    (&["exactly"], Hedge::Exact),
    (&["precisely"], Hedge::Exact),
];

/// The hedge written right before token `start`, and the token where it
/// begins.
pub(crate) fn before(toks: &[Token<'_>], start: usize) -> Option<(Hedge, usize)> {
    if let Some(found) = symbol_before(toks, start) {
        return Some(found);
    }
    for (words, hedge) in BEFORE {
        let n = words.len();
        if start < n {
            continue;
        }
        let first = start - n;
        let matches = words.iter().enumerate().all(|(k, w)| {
            toks[first + k].is_word() && toks[first + k].text.eq_ignore_ascii_case(w)
        });
        if matches {
            return Some((*hedge, first));
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
    if word(end, "or") || word(end, "and") {
        // "200 or greater than" and "200 or more": the trailing "than"
        // belongs to the bound.
        // "200 or more than 190" is two bounds, not one.
        if word(end + 2, "than") && number_follows(toks, end + 3) {
            return None;
        }
        if ["more", "greater", "higher", "larger", "above", "over"]
            .iter()
            .any(|w| word(end + 1, w))
        {
            let than = usize::from(word(end + 2, "than"));
            return Some((Hedge::AtLeast, end + 2 + than));
        }
    }
    if word(end, "or") {
        if word(end + 1, "so") || word(end + 1, "thereabouts") {
            return Some((Hedge::About, end + 2));
        }
        if word(end + 1, "less") || word(end + 1, "fewer") || word(end + 1, "under") {
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
            .is_some_and(|t| !t.space_before && t.text.eq_ignore_ascii_case("plus"))
        {
            return Some((Hedge::AtLeast, end + 2));
        }
        if toks
            .get(end + 1)
            .is_some_and(|t| !t.space_before && t.text.eq_ignore_ascii_case("odd"))
        {
            return Some((Hedge::About, end + 2));
        }
    }
    if word(end, "plus")
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
