//! Percentages: "33%", "7 per cent", "7 percent", "12 pct", and percentage
//! points ("2.5 percentage points"), which are not per cent.

use super::RawUnit;
use super::token::Token;

/// The percent unit written after a number ending at token `end`, and the
/// token after it.
pub(crate) fn after(toks: &[Token<'_>], end: usize) -> Option<(RawUnit, usize)> {
    let t = toks.get(end)?;
    if t.is_punct('%') || t.is_punct('％') {
        // "33%" or "33 %"; "percentage points" may not follow a sign.
        return Some((RawUnit::Percent, end + 1));
    }
    let word = |i: usize, w: &str| toks.get(i).is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(w));
    if word(end, "percentage") && (word(end + 1, "points") || word(end + 1, "point")) {
        return Some((RawUnit::PercentagePoint, end + 2));
    }
    if word(end, "pp") || word(end, "ppt") || word(end, "ppts") {
        return Some((RawUnit::PercentagePoint, end + 1));
    }
    if word(end, "percent") || word(end, "pct") || word(end, "pc") || word(end, "percentage") {
        return Some((RawUnit::Percent, end + 1));
    }
    if word(end, "per") && word(end + 1, "cent") {
        return Some((RawUnit::Percent, end + 2));
    }
    None
}
