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
    let w = lower(t.text, &mut buf)?;
    // Single letters and short abbreviations only glued or spaced directly:
    // "3h", "10 min"; "h" spaced is too ambiguous.
    if w == "h" && t.space_before {
        return None;
    }
    let unit = lexicon::time_unit(w)?;
    let word = |i: usize, s: &str| {
        toks.get(i)
            .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(s))
    };
    let after = k + 1;
    let age = (toks
        .get(after)
        .is_some_and(|t| t.is_dash() && !t.space_before)
        && word(after + 1, "old"))
        || word(after, "old")
        || (word(after, "of") && word(after + 1, "age"));
    // "years old" ends one word on; "-year-old" and "years of age" two.
    let end = match (age, word(after, "old")) {
        (false, _) => after,
        (true, true) => after + 1,
        (true, false) => after + 2,
    };
    Some(UnitAfter { unit, end, age })
}

/// The smaller unit a compound is counted in, and how many of it make one
/// of the larger: years and months count in months, hours and minutes in
/// minutes.
fn convert(big: TimeUnit, small: TimeUnit) -> Option<u32> {
    use TimeUnit::*;
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
    let word = |i: usize, s: &str| {
        toks.get(i)
            .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(s))
    };
    // "an hour and a half"
    if word(end, "and") && word(end + 1, "a") && word(end + 2, "half") {
        return Some((value + Decimal::new(5, 1), unit, end + 3));
    }
    let k = if word(end, "and") || toks.get(end).is_some_and(|t| t.is_punct(',')) {
        end + 1
    } else {
        end
    };
    let n = super::numeral::parse(toks, k).ok()??;
    if n.ordinal || n.fraction {
        return None;
    }
    let u = unit_after(toks, n.end)?;
    if u.age {
        return None;
    }
    let factor = convert(unit, u.unit)?;
    let total = value
        .checked_mul(Decimal::from(factor))?
        .checked_add(n.value)?;
    Some((total, u.unit, u.end))
}

/// Words before "a"/"an" + unit that make it a rate, not a length of time:
/// "$5 a day", "twice a week".
pub(crate) fn is_rate_word(w: &str) -> bool {
    matches!(
        w,
        "once" | "twice" | "thrice" | "times" | "per" | "every" | "each"
    )
}
