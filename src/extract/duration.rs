//! Durations: a number and a unit of time. "45 days", "45-day", "two
//! weeks", "three hours", "a month", "an hour and a half", "2 years and 3
//! months". Ages ("45-year-old", "aged 45") are read before durations, by
//! `age.rs`; names ("the Seven Years' War") are not durations, nor are
//! rates ("twice a week") and points in time ("a year ago").

use rust_decimal::Decimal;

use super::scan::{Quantity, Reading, Verdict};
use super::token::{Tk, Token};
use super::{Amount, Hedge, Kind, RawUnit, RejectReason, Stated, TimeUnit, bound, numeral};
use crate::lexicon::{self, lower};

/// A duration: the number and a unit of time after it. A scale of one
/// glued letter ("5m days") makes none.
pub(crate) fn decide(r: &Reading<'_, '_>) -> Option<Verdict> {
    // A whole number before a cardinal number word: neither a unit of time
    // nor the "of" of a pair follows it, and it is no fraction of one
    // unit. A scale of zero shows a whole number without reading it.
    let walled_in = r.tail.number_word_at(r.end)
        && !r.n.fraction
        && (!r.n.spelled || r.first.value.scale() == 0);
    r.read_unless(walled_in, || read(r))
}

/// [`decide`] past its first test: out of line, so that a number turned
/// away at once pays for no more than the test.
#[inline(never)]
fn read(r: &Reading<'_, '_>) -> Option<Verdict> {
    let (toks, n) = (r.toks, &r.n);
    // "three-quarters of an hour", "a quarter of a century": a fraction of
    // one unit.
    if r.last.is_none()
        && let Amount::One(s) = r.amount
        && (n.fraction || (n.spelled && !s.value.is_integer()))
        && let Some((named, end)) = unit_of(toks, r.end)
    {
        let k = Decimal::from(named.times);
        let amount = Amount::One(Stated {
            value: s.value * k,
            precision: s.precision * k,
        });
        return Some(r.take(Kind::Duration, end, amount, RawUnit::Time(named.unit)));
    }
    // "a couple of days": the pair's "of" before the unit.
    let pair_of = numeral::is_word(toks, r.end, "of")
        && r.end > 0
        && numeral::word_at(toks, r.end - 1, &mut [0u8; 32])
            .is_some_and(|w| lexicon::among(lexicon::ARTICLE_PAIRS, w));
    let unit_at = r.end + usize::from(pair_of);
    // A cardinal number word right after the number is no unit of time.
    if r.tail.number_word_at(unit_at) {
        debug_assert!(unit_after(toks, unit_at).is_none());
        return None;
    }
    // An age ("45-year-old") is decided by `age.rs`, before this.
    let u = unit_after(toks, unit_at).filter(|u| !r.first.letter_scale && !u.age)?;
    // "the Seven Years' War": a name.
    if n.spelled
        && n.start > 0
        && toks[n.start].is_capitalized()
        && toks[u.end - 1].is_capitalized()
    {
        let next = toks.get(u.end);
        if next.is_some_and(|t| t.is_punct('\'') || t.is_punct('’') || t.is_capitalized()) {
            return Some(Verdict::Reject(n.start, u.end, RejectReason::Identifier));
        }
    }
    let amount = if u.times > 1 {
        times(r.amount, u.times)
    } else {
        r.amount
    };
    let (mut amount, mut unit, mut end) = (amount, u.unit, u.end);
    if let Amount::One(s) = amount
        && let Some((v, cu, ce)) = compound(toks, end, s.value, unit)
    {
        let precision = if cu == unit {
            s.precision
        } else {
            Decimal::ONE
        };
        amount = Amount::One(Stated {
            value: v,
            precision,
        });
        unit = cu;
        end = ce;
    }
    Some(r.take(Kind::Duration, end, amount, RawUnit::Time(unit)))
}

/// "a month", "an hour", "half an hour", "about a week": a duration with
/// no number, starting at token `i`.
pub(crate) fn article(toks: &[Token<'_>], i: usize) -> Option<Quantity> {
    let word = |k: usize, s: &str| {
        toks.get(k)
            .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(s))
    };
    let article = |k: usize| lexicon::ARTICLES.iter().any(|a| word(k, a));
    let (value, unit_at) = if word(i, "half") && article(i + 1) {
        (Decimal::new(5, 1), i + 2)
    } else if article(i) {
        (Decimal::ONE, i + 1)
    } else {
        return None;
    };
    let t = toks.get(unit_at)?;
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf)?;
    let named = lexicon::time_word(w)?;
    let unit = named.unit;
    if !lexicon::counted_by_article(w, named) {
        return None;
    }
    // Rates ("twice a week", "$5 a day") and relative dates ("a year
    // ago") are not lengths of time.
    if i > 0 {
        let prev = toks[i - 1];
        let mut b2 = [0u8; 32];
        // "a dollar a day": a price per day.
        let rate = lower(prev.text, &mut b2).is_some_and(|w| {
            lexicon::is_rate_word(w)
                || (lexicon::currency_word(w).is_some() && !lexicon::is_ambiguous_currency_word(w))
        });
        if rate || prev.is_digits() || matches!(prev.kind, Tk::Punct('$' | '£' | '€')) {
            return None;
        }
        // "500 tonnes a day", "three times a week": a number just before;
        // but "£4m over a year" spreads the amount across a span.
        let lo = i.saturating_sub(3);
        let over = prev.is_word() && prev.text.eq_ignore_ascii_case(lexicon::OVER);
        if !over
            && (lo..i)
                .any(|k| toks[k].is_digits() || numeral::parse(toks, k).ok().flatten().is_some())
        {
            return None;
        }
    }
    // "a year ago", "than a year earlier", "a week later": a point in
    // time measured back or on, not a length.
    if [lexicon::AGO, "earlier", "later"]
        .iter()
        .any(|w| word(unit_at + 1, w))
    {
        return None;
    }
    // "cut by a quarter": a share it moved by, not a period.
    if named.unit == TimeUnit::Quarter && super::percent::changed_by(toks, i, unit_at + 1) {
        return None;
    }
    // "a quarter of voters": a share, not a period; "a quarter-hour", "a
    // quarter of an hour": a fraction of the unit after it, read from the
    // number.
    if named.unit == TimeUnit::Quarter
        && (word(unit_at + 1, "of") || fraction_of_unit(toks, unit_at + 1))
    {
        return None;
    }
    // "a quarter million dollars": a share of a scale, not a quarter.
    let mut b4 = [0u8; 32];
    if toks
        .get(unit_at + 1)
        .and_then(|t| lower(t.text, &mut b4))
        .and_then(lexicon::scale_word)
        .is_some()
    {
        return None;
    }
    // "a second U-turn", "a second term": an ordinal, not a length.
    if w == "second" {
        let next_is_word = toks.get(unit_at + 1).is_some_and(|t| {
            let mut b3 = [0u8; 32];
            t.is_word() && !lower(t.text, &mut b3).is_some_and(lexicon::is_stop_word)
        });
        if next_is_word || toks.get(unit_at + 1).is_some_and(|t| t.is_dash()) {
            return None;
        }
    }
    let value = value * Decimal::from(named.times);
    let (mut value, mut unit, mut end) = (value, unit, unit_at + 1);
    if let Some((v, u, e)) = compound(toks, end, value, unit) {
        (value, unit, end) = (v, u, e);
    }
    let (hedge, start) = match bound::before_span(toks, i) {
        Some((h, s)) => (h, s),
        None => (Hedge::Exact, i),
    };
    let precision = if value.is_integer() {
        Decimal::ONE
    } else {
        Decimal::new(5, 1)
    };
    Some(Quantity {
        kind: Kind::Duration,
        start,
        end,
        hedge,
        amount: Amount::One(Stated { value, precision }),
        unit: RawUnit::Time(unit),
    })
}

/// The one unit of time a fraction ending at token `end` is taken of: "of
/// an hour", "of a year", "of hour". Returns the unit and the token after
/// it; a plural ("of days") or a unit with a determiner ("of the year") is
/// a part of many or of a period, not a length.
fn unit_of(toks: &[Token<'_>], end: usize) -> Option<(lexicon::TimeWord, usize)> {
    if !numeral::is_word(toks, end, "of") {
        return None;
    }
    let mut k = end + 1;
    let mut buf = [0u8; 32];
    if numeral::word_at(toks, k, &mut buf).is_some_and(lexicon::is_article) {
        k += 1;
    }
    let mut b2 = [0u8; 32];
    let w = numeral::word_at(toks, k, &mut b2)?;
    let named = lexicon::time_word(w)?;
    if !lexicon::counted_by_article(w, named) || numeral::is_word(toks, k + 1, lexicon::AGO) {
        return None;
    }
    Some((named, k + 1))
}

/// Whether a unit of time other than a quarter follows at token `k`,
/// spaced or glued by a hyphen: "a quarter hour", "a quarter-hour".
fn fraction_of_unit(toks: &[Token<'_>], k: usize) -> bool {
    let k = if toks.get(k).is_some_and(|t| t.is_dash() && !t.space_before) {
        k + 1
    } else {
        k
    };
    let mut b = [0u8; 32];
    numeral::word_at(toks, k, &mut b)
        .and_then(lexicon::time_unit)
        .is_some_and(|u| u != TimeUnit::Quarter)
}

/// An amount in a unit that holds `k` of the unit it is counted in: two
/// fortnights are four weeks.
fn times(amount: Amount, k: u32) -> Amount {
    let k = Decimal::from(k);
    let f = |s: Stated| Stated {
        value: s.value * k,
        precision: s.precision * k,
    };
    match amount {
        Amount::One(s) => Amount::One(f(s)),
        Amount::Range(a, b) => Amount::Range(f(a), f(b)),
        Amount::Vague { lo, hi } => Amount::Vague {
            lo: lo * k,
            hi: hi * k,
        },
    }
}

/// A unit of time found after a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct UnitAfter {
    pub unit: TimeUnit,
    /// The token after the unit.
    pub end: usize,
    /// "45-year-old", "45 years old", "45 years of age": an age.
    pub age: bool,
    /// How many of `unit` one of the named unit makes: 2 for a fortnight,
    /// otherwise 1.
    pub times: u32,
}

/// The unit of time right after a number ending at token `end`: spaced
/// ("45 days") or hyphenated ("45-day").
pub(crate) fn unit_after(toks: &[Token<'_>], end: usize) -> Option<UnitAfter> {
    let mut k = end;
    let hyphen = toks.get(k).is_some_and(|t| t.is_dash() && !t.space_before)
        && toks
            .get(k + 1)
            .is_some_and(|t| t.is_word() && !t.space_before);
    if hyphen {
        k += 1;
    }
    let t = toks.get(k)?;
    if !t.is_word() {
        return None;
    }
    let mut buf = [0u8; 32];
    let mut w = lower(t.text, &mut buf)?;
    // "two more minutes", "2 additional days", "three extra weeks".
    let mut b2 = [0u8; 32];
    if !hyphen
        && lexicon::among(lexicon::TIME_INSERTS, w)
        && let Some(next) = toks
            .get(k + 1)
            .filter(|n| n.is_word())
            .and_then(|n| lower(n.text, &mut b2))
        && lexicon::time_unit(next).is_some()
        && next.len() > 2
    {
        k += 1;
        w = next;
    }
    let t = &toks[k];
    // Single letters and short abbreviations only glued or spaced directly:
    // "3h", "10 min"; "h" spaced is too ambiguous.
    if w == lexicon::HOUR_LETTER && t.space_before {
        return None;
    }
    let named = lexicon::time_word(w)?;
    let (unit, times) = (named.unit, named.times);
    let word = |i: usize, s: &str| {
        toks.get(i)
            .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(s))
    };
    let after = k + 1;
    let age = (toks
        .get(after)
        .is_some_and(|t| t.is_dash() && !t.space_before)
        && lexicon::OLD_FORMS.iter().any(|w| word(after + 1, w)))
        || word(after, lexicon::OLD)
        || (word(after, lexicon::OF_AGE[0]) && word(after + 1, lexicon::OF_AGE[1]));
    // "years old" ends one word on; "-year-old" and "years of age" two.
    let end = match (age, word(after, lexicon::OLD)) {
        (false, _) => after,
        (true, true) => after + 1,
        (true, false) => after + 2,
    };
    Some(UnitAfter {
        unit,
        end,
        age,
        times,
    })
}

/// The smaller unit a compound is counted in, and how many of it make one
/// of the larger: years and months count in months, hours and minutes in
/// minutes.
fn convert(big: TimeUnit, small: TimeUnit) -> Option<u32> {
    use TimeUnit::*;
    // Units of fixed length convert exactly: an hour is 3,600 seconds.
    let fixed = |u: TimeUnit| matches!(u, Second | Minute | Hour | Day | Week);
    if fixed(big) && fixed(small) && big > small {
        let (b, _) = big.seconds();
        let (s, _) = small.seconds();
        return u32::try_from(b / s).ok();
    }
    Some(match (big, small) {
        (Year, Month) => 12,
        (Year, Week) => 52,
        (Month, Week) => 4,
        (Week, Day) => 7,
        (Day, Hour) => 24,
        (Hour, Minute) => 60,
        (Minute, Second) => 60,
        (Decade, Year) => 10,
        (Century, Year) => 100,
        _ => return None,
    })
}

/// A compound continuation after "N unit": "and 3 months", "30 minutes",
/// "and a half". Returns the new value, unit and end token.
pub(crate) fn compound(
    toks: &[Token<'_>],
    end: usize,
    value: Decimal,
    unit: TimeUnit,
) -> Option<(Decimal, TimeUnit, usize)> {
    let (mut value, mut unit, mut end) = (value, unit, end);
    let mut any = false;
    // "2 days, 3 hours and 4 seconds": each part in a smaller unit.
    while let Some((v, u, e)) = compound_step(toks, end, value, unit) {
        (value, unit, end) = (v, u, e);
        any = true;
    }
    any.then_some((value, unit, end))
}

/// One continuation of a compound duration; see [`compound`].
fn compound_step(
    toks: &[Token<'_>],
    end: usize,
    value: Decimal,
    unit: TimeUnit,
) -> Option<(Decimal, TimeUnit, usize)> {
    let word = |i: usize, s: &str| {
        toks.get(i)
            .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(s))
    };
    // "an hour and a half", "a year and a quarter", "one hour and half".
    if word(end, "and")
        && value.is_integer()
        && let Some((part, after)) = numeral::and_fraction(toks, end + 1)
    {
        return Some((value + part, unit, after));
    }
    let k = if word(end, "and") || toks.get(end).is_some_and(|t| t.is_punct(',')) {
        end + 1
    } else {
        end
    };
    if word(k, "and") {
        return compound_step(toks, k, value, unit);
    }
    let n = numeral::parse(toks, k).ok()??;
    if n.ordinal || n.fraction || n.value.is_sign_negative() {
        return None;
    }
    let Some(u) = unit_after(toks, n.end) else {
        // "1 hour thirty", "2 hours and 10": minutes left unnamed, when
        // nothing follows them in the clause.
        let closes = toks
            .get(n.end)
            .is_none_or(|t| matches!(t.kind, Tk::Punct('.' | ',' | ';' | ')' | '?' | '!')));
        if unit == TimeUnit::Hour
            && closes
            && !n.spelled_scale()
            && n.value < Decimal::from(60)
            && n.value.is_integer()
        {
            let total = value.checked_mul(Decimal::from(60))?.checked_add(n.value)?;
            return Some((total, TimeUnit::Minute, n.end));
        }
        return None;
    };
    if u.age || u.times != 1 {
        return None;
    }
    let factor = convert(unit, u.unit)?;
    let total = value
        .checked_mul(Decimal::from(factor))?
        .checked_add(n.value)?;
    Some((total, u.unit, u.end))
}

#[cfg(test)]
mod tests {
    use super::super::scan::{quotes, rejections};
    use super::*;

    #[test]
    fn numbers_and_articles_with_a_unit_of_time() {
        assert_eq!(
            quotes("It takes effect in 45 days."),
            [(Kind::Duration, "45 days".into())]
        );
        assert_eq!(
            quotes("Despite the 45-day deadline."),
            [(Kind::Duration, "45-day".into())]
        );
        assert_eq!(
            quotes("just over two weeks before"),
            [(Kind::Duration, "just over two weeks".into())]
        );
        assert_eq!(
            quotes("It lasted half an hour."),
            [(Kind::Duration, "half an hour".into())]
        );
        // Rates and points in time ("a year ago" is a date) are no lengths.
        let found = quotes("They meet twice a week, as a year ago.");
        assert!(found.iter().all(|(k, _)| *k != Kind::Duration), "{found:?}");
    }

    #[test]
    fn ages_and_names_are_no_durations() {
        assert_eq!(
            quotes("A 45-year-old man was aged 45 years."),
            [
                (Kind::Age, "45-year-old".into()),
                (Kind::Age, "aged 45 years".into()),
            ]
        );
        assert_eq!(
            rejections("the Seven Years' War."),
            [("Seven Years".into(), RejectReason::Identifier)]
        );
    }
}
