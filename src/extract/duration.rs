//! Durations: a number and a unit of time. "45 days", "45-day", "two
//! weeks", "three hours", "a month", "an hour and a half", "2 years and 3
//! months". Ages ("45-year-old", "aged 45") are not durations.

use rust_decimal::Decimal;

use super::TimeUnit;
use super::token::Token;
use crate::lexicon::{self, lower};

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
        && word(after + 1, lexicon::OLD))
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
        && value.fract().is_zero()
        && let Some((part, after)) = super::numeral::and_fraction(toks, end + 1)
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
    let n = super::numeral::parse(toks, k).ok()??;
    if n.ordinal || n.fraction || n.value.is_sign_negative() {
        return None;
    }
    let Some(u) = unit_after(toks, n.end) else {
        // "1 hour thirty", "2 hours and 10": minutes left unnamed, when
        // nothing follows them in the clause.
        let closes = toks.get(n.end).is_none_or(|t| {
            matches!(
                t.kind,
                super::token::Tk::Punct('.' | ',' | ';' | ')' | '?' | '!')
            )
        });
        if unit == TimeUnit::Hour
            && closes
            && !n.spelled_scale()
            && n.value < Decimal::from(60)
            && n.value.fract().is_zero()
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
