//! Resolving weeks and stretches of a period: "the last week of September
//! 2014", "the week of October 6th", "the next three days", "the first
//! three months of 2021".

use chrono::{Datelike, NaiveDate};

use super::range::covering;
use super::{ResolvedDate, add_days, add_months, quarter_of, week_of};
use crate::extract::date::Period;

/// The Monday of the week that holds `d`.
fn monday(d: NaiveDate) -> Option<NaiveDate> {
    add_days(d, -i64::from(d.weekday().num_days_from_monday()))
}

/// The Mondays of the weeks a period holds, as ISO 8601 counts them: a
/// week belongs to the period that holds its Thursday.
fn weeks(first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let Some(mut m) = monday(first) else {
        return out;
    };
    // At most 54 weeks in a year.
    for _ in 0..60 {
        let Some(thursday) = add_days(m, 3) else {
            break;
        };
        if thursday > last {
            break;
        }
        if thursday >= first {
            out.push(m);
        }
        match add_days(m, 7) {
            Some(next) => m = next,
            None => break,
        }
    }
    out
}

/// The nth week of a resolved period (from the end when `n` is negative).
pub(super) fn nth_week(of: &ResolvedDate, n: i32) -> Option<ResolvedDate> {
    let all = weeks(of.first?, of.last?);
    let k = usize::try_from(n.unsigned_abs()).ok()?.checked_sub(1)?;
    let m = if n > 0 {
        all.get(k)
    } else {
        all.len().checked_sub(k + 1).and_then(|i| all.get(i))
    }?;
    week_of(*m)
}

/// The whole units of `unit` that a period of days is made of, from its
/// start: the first day of each, and the day after the last.
fn step(d: NaiveDate, unit: Period, n: i32) -> Option<NaiveDate> {
    match unit {
        Period::Day => add_days(d, i64::from(n)),
        Period::Week => add_days(d, 7 * i64::from(n)),
        Period::Month => add_months(d, n),
        Period::Quarter => add_months(d, n.checked_mul(3)?),
        Period::Year => add_months(d, n.checked_mul(12)?),
    }
}

/// "the next three days" (3), "the past two quarters" (-2) against the
/// reference `r`: the days right after or before it; quarters are whole
/// quarters after or before the reference's.
pub(super) fn counted(r: NaiveDate, unit: Period, amount: i32) -> Option<ResolvedDate> {
    if unit == Period::Quarter {
        let this = quarter_of(r.year(), (r.month() - 1) / 3 + 1)?;
        let (first, last) = if amount > 0 {
            let start = this.last?.succ_opt()?;
            (start, step(start, unit, amount)?.pred_opt()?)
        } else {
            let start = this.first?;
            (step(start, unit, amount)?, start.pred_opt()?)
        };
        return Some(covering(first, last, unit));
    }
    let (first, last) = if amount > 0 {
        (r.succ_opt()?, step(r, unit, amount)?)
    } else {
        (step(r, unit, amount)?, r.pred_opt()?)
    };
    Some(covering(first, last, unit))
}

/// "the first three months of 2021" (3), "the last 3 weeks of this year"
/// (-3): that many units at the start or the end of a resolved period.
/// Weeks are the period's ISO weeks, as [`nth_week`] counts them.
pub(super) fn portion(of: &ResolvedDate, unit: Period, count: i32) -> Option<ResolvedDate> {
    let (first, last) = (of.first?, of.last?);
    if unit == Period::Week {
        let all = weeks(first, last);
        let n = usize::try_from(count.unsigned_abs()).ok()?;
        if n == 0 || n > all.len() {
            return None;
        }
        let (a, b) = if count > 0 {
            (all[0], all[n - 1])
        } else {
            (all[all.len() - n], all[all.len() - 1])
        };
        return Some(covering(a, add_days(b, 6)?, unit));
    }
    let (a, b) = if count > 0 {
        (first, step(first, unit, count)?.pred_opt()?)
    } else {
        (step(last.succ_opt()?, unit, count)?, last)
    };
    // More units than the period holds is not a part of it.
    if a < first || b > last {
        return None;
    }
    Some(covering(a, b, unit))
}

#[cfg(test)]
mod tests {
    use chrono::Weekday;

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn a_week_belongs_to_the_period_holding_its_thursday() {
        // October 2014 starts on a Wednesday: its first week is W40.
        let october = weeks(day(2014, 10, 1), day(2014, 10, 31));
        assert_eq!(october.first(), Some(&day(2014, 9, 29)));
        assert_eq!(october.last(), Some(&day(2014, 10, 27)));
        assert!(october.iter().all(|m| m.weekday() == Weekday::Mon));
        // 2016 ends on a Saturday: its last week is W52, Dec 26 to Jan 1.
        let y2016 = weeks(day(2016, 1, 1), day(2016, 12, 31));
        assert_eq!((y2016.len(), y2016.last()), (52, Some(&day(2016, 12, 26))));
    }
}
