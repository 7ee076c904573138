//! Percentages: "33%", "7 per cent", "7 percent", "12 pct", and percentage
//! points ("2.5 percentage points"), which are not per cent.

use super::scan::{Reading, Verdict};
use super::token::Token;
use super::{Kind, RawUnit, RejectReason};
use crate::lexicon;

/// A percentage: the number and a percent sign or word after it. A scale
/// of one glued letter ("5m%") makes no percentage.
pub(crate) fn decide(r: &Reading<'_, '_>) -> Option<Verdict> {
    let (unit, end) = after(r.toks, r.end)?;
    if r.first.letter_scale {
        return Some(Verdict::Reject(r.n.start, r.tail.end, RejectReason::NoUnit));
    }
    Some(r.take(Kind::Percent, end, r.amount, unit))
}

/// The percent unit written after a number ending at token `end`, and the
/// token after it.
pub(crate) fn after(toks: &[Token<'_>], end: usize) -> Option<(RawUnit, usize)> {
    let t = toks.get(end)?;
    if lexicon::PERCENT_SIGNS.iter().any(|&c| t.is_punct(c)) {
        // "30%25": percent-encoding in an address.
        if toks
            .get(end + 1)
            .is_some_and(|u| !u.space_before && (u.is_digits() || u.is_word()))
        {
            return None;
        }
        // "33%" or "33 %"; "percentage points" may not follow a sign.
        return Some((RawUnit::Percent, end + 1));
    }
    let word = |i: usize, w: &str| {
        toks.get(i)
            .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(w))
    };
    let [per, cent] = lexicon::PER_CENT;
    // "a 20-percent raise"
    if t.is_dash() && !t.space_before && toks.get(end + 1).is_some_and(|u| !u.space_before) {
        if lexicon::HYPHEN_PERCENT_WORDS
            .iter()
            .any(|w| word(end + 1, w))
        {
            return Some((RawUnit::Percent, end + 2));
        }
        if word(end + 1, per) && word(end + 2, cent) {
            return Some((RawUnit::Percent, end + 3));
        }
    }
    let (percentage, points) = lexicon::PERCENTAGE_POINTS;
    if word(end, percentage) && points.iter().any(|w| word(end + 1, w)) {
        return Some((RawUnit::PercentagePoint, end + 2));
    }
    if lexicon::POINT_ABBREVIATIONS.iter().any(|w| word(end, w)) {
        return Some((RawUnit::PercentagePoint, end + 1));
    }
    if lexicon::PERCENT_WORDS.iter().any(|w| word(end, w)) {
        return Some((RawUnit::Percent, end + 1));
    }
    if word(end, per) && word(end + 1, cent) {
        return Some((RawUnit::Percent, end + 2));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::scan::quotes;
    use super::*;

    #[test]
    fn percent_sign_and_words() {
        assert_eq!(
            quotes("It is 33% owned by Alibaba."),
            [(Kind::Percent, "33%".into())]
        );
        assert_eq!(
            quotes("Turnout rose 2 percentage points."),
            [(Kind::Percent, "2 percentage points".into())]
        );
    }
}
