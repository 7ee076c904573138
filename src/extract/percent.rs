//! Percentages: "33%", "7 per cent", "7 percent", "12 pct", and percentage
//! points ("2.5 percentage points"), which are not per cent; and shares
//! written without a per cent sign: fractions of a whole ("two-thirds of
//! the staff", "half the trains", "a two-thirds majority") and proportions
//! ("one in five", "three out of four", "1-in-5").

use rust_decimal::Decimal;

use super::numeral::{self, Numeral};
use super::scan::{Reading, Verdict};
use super::token::Token;
use super::{Amount, Kind, RawUnit, RejectReason, Stated, duration, reject};
use crate::lexicon::{self, lower};

/// A percentage: the number and a percent sign or word after it. A scale
/// of one glued letter ("5m%") makes no percentage.
pub(crate) fn decide(r: &Reading<'_, '_>) -> Option<Verdict> {
    // A cardinal number word right after the number is no percent word.
    if r.tail.number_word_at(r.end) {
        debug_assert!(after(r.toks, r.end).is_none());
        return None;
    }
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

/// A share of a whole, in per cent: a fraction of what follows it ("Two-
/// thirds of the 1,200 staff", "Half the trains", "a two-thirds
/// majority"), or a proportion ("One in five", "Three out of four"). The
/// quote is the fraction or the proportion, with its article ("A
/// quarter"); what the share is of is not quoted. A fraction of one
/// thing ("two-thirds of a mile", "half an hour", "half-time") is no
/// share.
pub(crate) fn share(r: &Reading<'_, '_>) -> Option<Verdict> {
    if r.last.is_some() || r.prefix.is_some() || r.hedge_after.is_some() {
        return None;
    }
    let toks = r.toks;
    let n = &r.first;
    // A whole number before a cardinal number word is no proportion (no
    // "in" nor "out of" follows it), and only a fraction is a share of what
    // follows.
    if n.cardinal_after && !n.fraction {
        debug_assert!(n.number_word_at(n.end));
        debug_assert!(proportion(toks, n).is_none() && !fraction_of(toks, n));
        return None;
    }
    let hundred = Decimal::ONE_HUNDRED;
    if let Some((value, end)) = proportion(toks, n) {
        let amount = Amount::One(Stated {
            value,
            precision: Decimal::ONE,
        });
        return Some(r.take(Kind::Percent, end, amount, RawUnit::Share));
    }
    let part =
        n.fraction && !n.scaled && !n.ordinal && n.value > Decimal::ZERO && n.value <= Decimal::ONE;
    let moved_by = part && changed_by(toks, n.start, n.end);
    if !(fraction_of(toks, n) || moved_by) {
        return None;
    }
    let amount = Amount::One(Stated {
        value: n.value.checked_mul(hundred)?,
        precision: n.precision.checked_mul(hundred)?,
    });
    Some(r.take(Kind::Percent, n.end, amount, RawUnit::Share))
}

/// Whether the words from token `start` to `end` (a fraction) state how
/// much something moved: "by" after a word of change before them, and no
/// noun after them ("fell by a fifth", "cut by half", "rose by two-thirds
/// last year"; not "cut by half an hour" or "won by a fifth goal").
pub(crate) fn changed_by(toks: &[Token<'_>], start: usize, end: usize) -> bool {
    if start < 2 || !numeral::is_word(toks, start - 1, "by") {
        return false;
    }
    let mut b = [0u8; 32];
    let moved = numeral::word_at(toks, start - 2, &mut b).is_some_and(|w| {
        lexicon::is_move_word(w)
            || lexicon::direction_word(w).is_some()
            || lexicon::among(lexicon::SHIFT_WORDS, w)
    });
    let mut b2 = [0u8; 32];
    let ends = match numeral::word_at(toks, end, &mut b2) {
        None => toks.get(end).is_none_or(|t| !t.is_word()),
        Some(w) => {
            (lexicon::is_stop_word(w) && w != "of" && !lexicon::is_article(w))
                || lexicon::is_calendar_word(w)
        }
    };
    moved && ends
}

/// Whether the number `n` is a fraction stated as a share of what follows
/// it: "of" something other than one thing ("of the staff", "of all
/// flights", "of 1,200 workers"; not "of a mile", "of 2020"), a
/// determiner ("half the staff"), or a noun of shares ("a two-thirds
/// majority").
fn fraction_of(toks: &[Token<'_>], n: &Numeral) -> bool {
    if !n.fraction || n.scaled || n.ordinal || n.value <= Decimal::ZERO || n.value > Decimal::ONE {
        return false;
    }
    // "the first half of the year", "the latter half": a part of a period
    // or a thing, not a share.
    let mut b0 = [0u8; 32];
    if n.start > 0
        && numeral::word_at(toks, n.start - 1, &mut b0).is_some_and(|w| {
            lexicon::ordinal_word(w).is_some() || lexicon::among(lexicon::PART_WORDS, w)
        })
    {
        return false;
    }
    let Some(next) = toks.get(n.end) else {
        return false;
    };
    // "half-time", "two-thirds-owned".
    if !next.is_word() {
        return false;
    }
    let mut buf = [0u8; 32];
    let Some(w) = lower(next.text, &mut buf) else {
        return false;
    };
    if w == "of" {
        let after = n.end + 1;
        let Some(t) = toks.get(after) else {
            return false;
        };
        let mut b2 = [0u8; 32];
        let word = if t.is_word() {
            lower(t.text, &mut b2)
        } else {
            None
        };
        // "two-thirds of a mile", "a quarter of an hour": part of one
        // thing, not a share of many.
        if word.is_some_and(lexicon::is_article) {
            return false;
        }
        // "half of 2020", "half of the year", "a third of last season": a
        // part of a period.
        let period = (after..toks.len().min(after + 3)).any(|k| {
            let mut b = [0u8; 32];
            numeral::word_at(toks, k, &mut b).is_some_and(|w| {
                lexicon::time_unit(w).is_some()
                    || lexicon::is_calendar_word(w)
                    || lexicon::among(lexicon::PERIOD_WORDS, w)
            })
        });
        if period {
            return false;
        }
        return !matches!(numeral::parse(toks, after), Ok(Some(m))
            if reject::year_like(&m) || duration::unit_after(toks, m.end).is_some());
    }
    lexicon::among(lexicon::SHARE_DETERMINERS, w) || lexicon::among(lexicon::SHARE_NOUNS, w)
}

/// A proportion starting at the number `n`: "one in five", "Nine in 10",
/// "four in every 10", "three out of four", "1-in-5". Its value in per
/// cent, and the token after it. The second number is no smaller than the
/// first, names no year and no length of time ("2 in 3 days").
pub(crate) fn proportion(toks: &[Token<'_>], n: &Numeral) -> Option<(Decimal, usize)> {
    if n.ordinal
        || n.fraction
        || n.scaled
        || numeral::cmp_whole(n.value, 0).is_le()
        || !n.value.is_integer()
        || reject::year_like(n)
    {
        return None;
    }
    let word = |i: usize, w: &str| {
        toks.get(i)
            .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(w))
    };
    let glued = |i: usize| toks.get(i).is_some_and(|t| t.is_dash() && !t.space_before);
    // A cardinal number word right after the number is no "in" nor "out".
    if n.number_word_at(n.end) {
        debug_assert!(
            !glued(n.end)
                && !word(n.end, lexicon::PROPORTION_IN)
                && !word(n.end, lexicon::PROPORTION_OUT_OF[0])
        );
        return None;
    }
    let mut k = n.end;
    // "1-in-5"
    let hyphens = glued(k) && word(k + 1, lexicon::PROPORTION_IN) && glued(k + 2);
    if hyphens {
        k += 3;
    } else if word(k, lexicon::PROPORTION_IN) {
        k += 1;
    } else if word(k, lexicon::PROPORTION_OUT_OF[0]) && word(k + 1, lexicon::PROPORTION_OUT_OF[1]) {
        k += 2;
    } else {
        return None;
    }
    if !hyphens && word(k, lexicon::PROPORTION_EVERY) {
        k += 1;
    }
    let m = numeral::parse(toks, k).ok()??;
    if m.ordinal
        || m.fraction
        || m.value < n.value
        || !m.value.is_integer()
        || reject::year_like(&m)
        || duration::unit_after(toks, m.end).is_some()
    {
        return None;
    }
    let value = numeral::ratio(n.value.checked_mul(Decimal::ONE_HUNDRED)?, m.value)?;
    Some((value, m.end))
}

#[cfg(test)]
mod tests {
    use super::super::scan::quotes;
    use super::*;

    #[test]
    fn shares_and_proportions() {
        for (text, quote) in [
            ("Two-thirds of the staff voted.", "Two-thirds"),
            ("Half the trains were cancelled.", "Half"),
            ("One in five drivers was fined.", "One in five"),
            ("Three out of four backed it.", "Three out of four"),
            ("Only 1-in-5 applicants get in.", "1-in-5"),
            ("It needs a two-thirds majority.", "two-thirds"),
        ] {
            assert_eq!(quotes(text), [(Kind::Percent, quote.into())], "{text}");
        }
        // Parts of one thing or of a period are no shares.
        for text in [
            "It lasted half an hour.",
            "They led at half-time.",
            "He scored in the first half.",
            "Half of 2019 was lost.",
            "It stopped a third of a mile away.",
            "Crews repaired 2 in 3 days.",
        ] {
            let found = quotes(text);
            assert!(
                found.iter().all(|(k, _)| *k != Kind::Percent),
                "{text}: {found:?}"
            );
        }
    }

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
