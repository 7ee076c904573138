//! Hedges and bounds: "about", "nearly", "more than", "at least", "up to",
//! "less than", and the ones that follow a number ("or more", "-plus").

use super::Hedge;
use super::token::Token;

/// Hedge phrases written before a number, longest first within each group.
const BEFORE: &[(&[&str], Hedge)] = &[
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
];

/// The hedge written right before token `start`, and the token where it
/// begins.
pub(crate) fn before(toks: &[Token<'_>], start: usize) -> Option<(Hedge, usize)> {
    for (words, hedge) in BEFORE {
        let n = words.len();
        if start < n {
            continue;
        }
        let first = start - n;
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| toks[first + k].is_word() && toks[first + k].text.eq_ignore_ascii_case(w));
        if matches {
            return Some((*hedge, first));
        }
    }
    None
}

/// A hedge written right after token `end - 1` ("or more", "or so",
/// "-plus", "+"), and the token after it.
pub(crate) fn after(toks: &[Token<'_>], end: usize) -> Option<(Hedge, usize)> {
    let word = |i: usize, w: &str| toks.get(i).is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(w));
    if word(end, "or") {
        if word(end + 1, "more") || word(end + 1, "above") || word(end + 1, "over") {
            return Some((Hedge::AtLeast, end + 2));
        }
        if word(end + 1, "so") || word(end + 1, "thereabouts") {
            return Some((Hedge::About, end + 2));
        }
        if word(end + 1, "less") || word(end + 1, "fewer") || word(end + 1, "under") {
            return Some((Hedge::UpTo, end + 2));
        }
    }
    if toks.get(end).is_some_and(|t| t.is_punct('+') && !t.space_before) {
        return Some((Hedge::AtLeast, end + 1));
    }
    if toks.get(end).is_some_and(|t| t.is_dash() && !t.space_before) {
        if toks.get(end + 1).is_some_and(|t| !t.space_before && t.text.eq_ignore_ascii_case("plus")) {
            return Some((Hedge::AtLeast, end + 2));
        }
        if toks.get(end + 1).is_some_and(|t| !t.space_before && t.text.eq_ignore_ascii_case("odd")) {
            return Some((Hedge::About, end + 2));
        }
    }
    if word(end, "plus") && !toks.get(end + 1).is_some_and(|t| t.is_digits() || t.is_punct('$')) {
        return Some((Hedge::AtLeast, end + 1));
    }
    None
}
