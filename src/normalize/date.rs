//! Resolving date expressions against a reference date.
//!
//! The reference is the article's publication date (or the date a caller
//! gives). Without one, [`resolve`] keeps only what the text says and marks
//! the rest with `X`s, TIMEX-style:
//!
//! | text | no reference | grain |
//! |---|---|---|
//! | "January 20" | `XXXX-01-20` | day |
//! | "in March" | `XXXX-03` | month |
//! | "the 15th" | `XXXX-XX-15` | day |
//! | "Tuesday", "next Friday" | `XXXX-WXX-2`, `XXXX-WXX-5` | day |
//! | "today", "three days ago" | `XXXX-XX-XX` | day |
//! | "last week" | `XXXX-WXX` | week |
//! | "last month" | `XXXX-XX` | month |
//! | "the third quarter" | `XXXX-Q3` | quarter |
//! | "next year" | `XXXX` | year |
//! | "the weekend" | `XXXX-WXX-WE` | weekend |
//!
//! # Which one: the nearest-occurrence rule
//!
//! With a reference, an expression that leaves the year (or the week, or
//! the month) open takes **the occurrence nearest to the reference; a tie
//! goes to the past**. News mostly looks back, but it also announces: in an
//! article of 2021-01-06, "December 15" is 2020-12-15 (22 days back rather
//! than 343 ahead) and "January 20" is 2021-01-20 (14 days ahead rather
//! than 351 back). For a bare weekday this means: the same day is today,
//! one to three days back is the past one, four to six days back is the
//! coming one. The same rule places "March" (the nearest March), "the
//! 15th" (the nearest 15th) and "the weekend" (the nearest Saturday).
//!
//! Words override it. "next Friday" and "last Tuesday" are the Friday of
//! the following ISO week and the Tuesday of the previous one; "this
//! Friday" is the Friday of the current week; "this coming Friday" is the
//! first one after the reference day and "this past Wednesday" the last one
//! before it. "next March" is the first March after the current month and
//! "last March" the last one before it.
//!
//! Relative expressions resolve to the period they name: "last week" is
//! the ISO week before the reference's (`2013-W06`), "this quarter" is
//! `2013-Q1`, and a counted offset ("three days ago", "two weeks from now")
//! is a single day.
//!
//! Holidays follow the same rule: in an article of 2013-02-12, "Christmas"
//! is 2012-12-25 and "Valentine's Day" 2013-02-14; "this Christmas" and
//! "next Christmas" are the first one after the reference, "last
//! Thanksgiving" the last one before it.
//!
//! # Ranges
//!
//! Ranges are inclusive, as news writes them: "from 2013 to 2017" covers
//! 2017, "April 12 through 19" the 19th, "from March to May" the whole of
//! May. The value keeps the TIMEX form `(start,end,duration)`, where `end`
//! is the day after the last day covered: "from March to May 2020" is
//! `(2020-03-01,2020-06-01,P3M)`, "November 18-19" is
//! `(XXXX-11-18,XXXX-11-20,P2D)` without a reference. The duration counts
//! the finest grain written (days, months or years). The grain is
//! `daterange`; `first` and `last` are the first and last days covered.
//! With a reference, an end without a year takes its nearest occurrence,
//! and the second end the first one on or after the first ("from Dec. 24
//! to Jan. 2" crosses the year; "from next Monday to Friday" ends on the
//! Friday of that week).
//!
//! # Parts and bounds
//!
//! "early", "mid" and "late" keep the value and grain of the period they
//! qualify ("mid-2020" is `2020`, grain year) but narrow `first` and `last`
//! to its first, middle or last third. Bound words do not change the
//! resolution: the value is the date named, and the fact quotes the words
//! with it. They make the fact a bound (`bounds`): "since 2019", "after
//! March 3", "later than 2020", "2018 or later", "starting Monday" and
//! "from 2019 onwards" bound it from below; "before July 1", "by 2030",
//! "until Friday", "no later than June 30", "as late as tomorrow" and "on
//! or before May 1" from above.
//!
//! Resolution never panics: if date arithmetic would leave chrono's range,
//! the result is the unresolved form.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use smol_str::format_smolstr;

use crate::extract::RawDate;
use crate::extract::date::holidays::nth_of_month;
use crate::extract::date::{DateExpr, HolidayRule, Modifier, MonthRef, Part, Period, Point, Rel};
use crate::quantity::{Bound, Grain, SmolStr};

mod iso;
mod periods;
mod range;

use iso::Iso;
pub(crate) use iso::day as iso_day;

use range::resolve_range;

/// A date expression resolved against a reference date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedDate {
    /// ISO-like value with X for unknown fields: "2021-01-20", "XXXX-01-20",
    /// "2020-11", "2020", "2020-W03", "2020-Q1".
    pub iso: SmolStr,
    /// The period the date names: a day, a week, a weekend, a month, a
    /// quarter, a year, or a range of days.
    pub grain: Grain,
    /// First day covered, when the year is known (or resolvable).
    pub first: Option<NaiveDate>,
    /// Last day covered, when the year is known (or resolvable).
    pub last: Option<NaiveDate>,
    /// The year the value spells out: the year of a day, a month, a
    /// quarter or a year. `None` when the text leaves it open and no
    /// reference settles it, and for weeks, weekends and ranges.
    pub year: Option<i32>,
    /// The month (1-12) the value spells out: "XXXX-01-20" has month 1.
    pub month: Option<u32>,
    /// The day of the month the value spells out: "XXXX-XX-15" has day 15.
    pub day: Option<u32>,
}

impl ResolvedDate {
    /// A value with no days it is known to cover and no calendar fields.
    fn open(iso: impl Into<SmolStr>, grain: Grain) -> ResolvedDate {
        ResolvedDate {
            iso: iso.into(),
            grain,
            first: None,
            last: None,
            year: None,
            month: None,
            day: None,
        }
    }

    /// The value with its calendar fields set.
    fn fields(self, year: Option<i32>, month: Option<u32>, day: Option<u32>) -> ResolvedDate {
        ResolvedDate {
            year,
            month,
            day,
            ..self
        }
    }
}

/// Resolves a date against `reference` (the publication date, or none).
pub fn resolve(date: &RawDate, reference: Option<NaiveDate>) -> ResolvedDate {
    resolve_expr(&date.0, reference)
}

/// The bound a resolved date is stated with, and the first and last days
/// it allows: a date is exact (a range a range) and allows the days it
/// covers; "since" and "after" make a lower bound, "before", "by" and
/// "until" an upper one. The ends are inclusive days: "since March 2020"
/// allows 2020-03-01 on, "after March 3" March 4 on, "before July 1" up to
/// June 30, "by June 30" up to June 30. An end the resolution does not
/// know is `None`.
pub(crate) fn bounds(
    date: &RawDate,
    r: &ResolvedDate,
) -> (Bound, Option<NaiveDate>, Option<NaiveDate>) {
    let next = |d: Option<NaiveDate>| d.and_then(|d| d.succ_opt());
    let prev = |d: Option<NaiveDate>| d.and_then(|d| d.pred_opt());
    match date.0.modifier {
        None if r.grain == Grain::Range => (Bound::Range, r.first, r.last),
        None => (Bound::Exact, r.first, r.last),
        Some(Modifier::Since) => (Bound::Lower, r.first, None),
        Some(Modifier::After) => (Bound::Lower, next(r.last), None),
        Some(Modifier::Before) => (Bound::Upper, None, prev(r.first)),
        Some(Modifier::Until | Modifier::By) => (Bound::Upper, None, r.last),
    }
}

/// Resolves `expr` against `reference` (the publication date, or none).
pub(crate) fn resolve_expr(expr: &DateExpr, reference: Option<NaiveDate>) -> ResolvedDate {
    if let Point::Range { from, to } = &expr.point {
        return resolve_range(from, to, reference);
    }
    let resolved = reference
        .and_then(|r| anchored(&expr.point, r))
        .unwrap_or_else(|| unanchored(&expr.point));
    match expr.part {
        Some(part) => narrow(resolved, part),
        None => resolved,
    }
}

/// The resolution without a reference date.
fn unanchored(point: &Point) -> ResolvedDate {
    match *point {
        Point::Calendar {
            year,
            month,
            day,
            weekday,
        } => {
            if let (Some(y), Some(m), Some(d)) = (year, month, day)
                && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
            {
                return day_of(date);
            }
            if let (Some(y), Some(m), None) = (year, month, day)
                && let Some(r) = month_of(y, m)
            {
                return r;
            }
            if let (Some(y), None, None) = (year, month, day)
                && let Some(r) = year_of(y)
            {
                return r;
            }
            let y = Iso::year(year);
            match (month, day) {
                (Some(m), Some(d)) => {
                    ResolvedDate::open(y.then("-", m, 2).then("-", d, 2).done(), Grain::Day)
                        .fields(year, month, day)
                }
                (Some(m), None) => ResolvedDate::open(y.then("-", m, 2).done(), Grain::Month)
                    .fields(year, month, None),
                (None, Some(d)) => {
                    ResolvedDate::open(y.and("-XX").then("-", d, 2).done(), Grain::Day)
                        .fields(year, None, day)
                }
                (None, None) => match weekday {
                    Some(w) => ResolvedDate::open(open_weekday(w), Grain::Day),
                    None => ResolvedDate::open(y.done(), Grain::Year).fields(year, None, None),
                },
            }
        }
        Point::NamedMonth { month, .. } => ResolvedDate::open(
            Iso::year(None).then("-", month, 2).done(),
            Grain::Month,
        )
        .fields(None, Some(month), None),
        Point::Quarter { year, quarter } => match year.and_then(|y| quarter_of(y, quarter)) {
            Some(r) => r,
            None => ResolvedDate::open(format!("XXXX-Q{quarter}"), Grain::Quarter),
        },
        Point::Weekday { weekday, .. } => ResolvedDate::open(open_weekday(weekday), Grain::Day),
        Point::Relative { grain, .. } => match grain {
            Period::Day => ResolvedDate::open("XXXX-XX-XX", Grain::Day),
            Period::Week => ResolvedDate::open("XXXX-WXX", Grain::Week),
            Period::Month => ResolvedDate::open("XXXX-XX", Grain::Month),
            Period::Quarter => ResolvedDate::open("XXXX-QX", Grain::Quarter),
            Period::Year => ResolvedDate::open("XXXX", Grain::Year),
        },
        Point::Offset { .. } | Point::Ahead { .. } => ResolvedDate::open("XXXX-XX-XX", Grain::Day),
        Point::WeekOf { n, ref of } => {
            periods::nth_week(&unanchored(of), n).unwrap_or_else(open_week)
        }
        Point::QuarterOf { quarter, ref of } => unanchored(of)
            .first
            .and_then(|d| quarter_of(d.year(), quarter))
            .unwrap_or_else(|| ResolvedDate::open(format!("XXXX-Q{quarter}"), Grain::Quarter)),
        Point::WeekOfDay(ref d) => unanchored(d)
            .first
            .and_then(week_of)
            .unwrap_or_else(open_week),
        Point::Counted { .. } => ResolvedDate::open("XXXX", Grain::Range),
        Point::Portion {
            unit,
            count,
            ref of,
        } => periods::portion(&unanchored(of), unit, count)
            .unwrap_or_else(|| ResolvedDate::open("XXXX", Grain::Range)),
        // "2 weeks before May 13 1999" needs no reference.
        Point::Shifted {
            ref base,
            unit,
            amount,
        } => shift(unanchored(base), unit, amount)
            .unwrap_or_else(|| ResolvedDate::open("XXXX-XX-XX", Grain::Day)),
        Point::DayOfMonth { day, .. } => ResolvedDate::open(
            format!("XXXX-XX-{day:02}"),
            Grain::Day,
        )
        .fields(None, None, Some(day)),
        Point::Weekend { .. } => ResolvedDate::open("XXXX-WXX-WE", Grain::Weekend),
        Point::Holiday { rule, year, .. } => {
            if let Some(d) = year.and_then(|y| rule.date_in(y)) {
                return day_of(d);
            }
            match rule {
                HolidayRule::Fixed { month, day } => ResolvedDate::open(
                    format!("XXXX-{month:02}-{day:02}"),
                    Grain::Day,
                )
                .fields(None, Some(month), Some(day)),
                _ => ResolvedDate::open("XXXX-XX-XX", Grain::Day),
            }
        }
        Point::Range { .. } => ResolvedDate::open("XXXX", Grain::Range),
        Point::NthOfMonth { n, weekday, month } => {
            if let MonthRef::Named {
                month: m,
                year: Some(y),
            } = month
                && let Some(d) = nth_of_month(y, m, n, weekday)
            {
                return day_of(d);
            }
            match (month, weekday) {
                (MonthRef::Named { month: m, .. }, Some(w)) if n > 0 => ResolvedDate::open(
                    format!("XXXX-{m:02}-WXX-{}-#{n}", w.number_from_monday()),
                    Grain::Day,
                )
                .fields(None, Some(m), None),
                (MonthRef::Named { month: m, .. }, None) if n > 0 => ResolvedDate::open(
                    format!("XXXX-{m:02}-{n:02}"),
                    Grain::Day,
                )
                .fields(None, Some(m), u32::try_from(n).ok()),
                _ => ResolvedDate::open("XXXX-XX-XX", Grain::Day),
            }
        }
    }
}

/// The occurrence of a yearly day that `rel` picks relative to `r`: the
/// nearest (ties to the past), the first on or after `r` ("this"), the
/// first after it ("next"), or the last before it ("last").
fn yearly(r: NaiveDate, rel: Rel, on: impl Fn(i32) -> Option<NaiveDate>) -> Option<NaiveDate> {
    let years = (-1..=1).filter_map(|k| r.year().checked_add(k).and_then(&on));
    match rel {
        Rel::Bare => nearest(r, years),
        Rel::This | Rel::Upcoming => years.filter(|d| *d >= r).min(),
        Rel::Next | Rel::Coming => years.filter(|d| *d > r).min(),
        Rel::Last | Rel::Past => years.filter(|d| *d < r).max(),
    }
}

/// The resolution against reference `r`, or `None` when the arithmetic
/// fails (and the caller falls back to [`unanchored`]).
fn anchored(point: &Point, r: NaiveDate) -> Option<ResolvedDate> {
    match *point {
        Point::Calendar {
            year,
            month,
            day,
            weekday,
        } => match (year, month, day) {
            (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y, m, d).map(day_of),
            (Some(y), Some(m), None) => month_of(y, m),
            (Some(y), None, None) => year_of(y),
            (None, Some(m), Some(d)) => {
                let candidates =
                    (-4..=4).filter_map(|k| NaiveDate::from_ymd_opt(r.year() + k, m, d));
                nearest(r, candidates).map(day_of)
            }
            (None, Some(m), None) => {
                let candidates =
                    (-1..=1).filter_map(|k| NaiveDate::from_ymd_opt(r.year() + k, m, 1));
                let first = nearest_month(r, candidates)?;
                month_of(first.year(), first.month())
            }
            (None, None, Some(d)) => {
                let this = NaiveDate::from_ymd_opt(r.year(), r.month(), 1)?;
                let months = [
                    this.checked_sub_months(Months::new(1)),
                    Some(this),
                    this.checked_add_months(Months::new(1)),
                ];
                let all: Vec<NaiveDate> = months
                    .iter()
                    .flatten()
                    .filter_map(|s| NaiveDate::from_ymd_opt(s.year(), s.month(), d))
                    .collect();
                let matching: Vec<NaiveDate> = match weekday {
                    Some(w) => all.iter().copied().filter(|c| c.weekday() == w).collect(),
                    None => Vec::new(),
                };
                let pool = if matching.is_empty() { all } else { matching };
                nearest(r, pool.into_iter()).map(day_of)
            }
            (Some(_), None, Some(_)) | (None, None, None) => None,
        },
        Point::NamedMonth { month, rel } => {
            let y = match rel {
                Rel::This | Rel::Upcoming => r.year(),
                Rel::Next | Rel::Coming => {
                    if month > r.month() {
                        r.year()
                    } else {
                        r.year() + 1
                    }
                }
                Rel::Last | Rel::Past => {
                    if month < r.month() {
                        r.year()
                    } else {
                        r.year() - 1
                    }
                }
                Rel::Bare => {
                    return anchored(
                        &Point::Calendar {
                            year: None,
                            month: Some(month),
                            day: None,
                            weekday: None,
                        },
                        r,
                    );
                }
            };
            month_of(y, month)
        }
        Point::Quarter { year, quarter } => quarter_of(year.unwrap_or(r.year()), quarter),
        Point::Weekday { weekday, rel } => weekday_of(r, weekday, rel).map(day_of),
        Point::Relative { grain, shift } => match grain {
            Period::Day => add_days(r, i64::from(shift)).map(day_of),
            Period::Week => {
                let d = add_days(r, 7 * i64::from(shift))?;
                week_of(d)
            }
            Period::Month => {
                let d = add_months(first_of_month(r)?, shift)?;
                month_of(d.year(), d.month())
            }
            Period::Quarter => {
                let q0 = (r.month() - 1) / 3;
                let start = NaiveDate::from_ymd_opt(r.year(), q0 * 3 + 1, 1)?;
                let d = add_months(start, shift.checked_mul(3)?)?;
                quarter_of(d.year(), (d.month() - 1) / 3 + 1)
            }
            Period::Year => year_of(r.year().checked_add(shift)?),
        },
        Point::Shifted {
            ref base,
            unit,
            amount,
        } => shift(anchored(base, r)?, unit, amount),
        Point::WeekOf { n, ref of } => periods::nth_week(&anchored(of, r)?, n),
        Point::WeekOfDay(ref d) => week_of(anchored(d, r)?.first?),
        Point::QuarterOf { quarter, ref of } => quarter_of(anchored(of, r)?.first?.year(), quarter),
        Point::Counted { unit, amount } => periods::counted(r, unit, amount),
        Point::Portion {
            unit,
            count,
            ref of,
        } => periods::portion(&anchored(of, r)?, unit, count),
        Point::Ahead { unit, amount } => anchored(
            &Point::Offset {
                unit,
                amount,
                base: 0,
            },
            r,
        ),
        Point::Offset { unit, amount, base } => {
            let b = add_days(r, i64::from(base))?;
            let d = match unit {
                Period::Day => add_days(b, i64::from(amount)),
                Period::Week => add_days(b, 7 * i64::from(amount)),
                Period::Month => add_months(b, amount),
                Period::Quarter => add_months(b, amount.checked_mul(3)?),
                Period::Year => add_months(b, amount.checked_mul(12)?),
            }?;
            Some(day_of(d))
        }
        Point::DayOfMonth { day, shift } => {
            let m = add_months(first_of_month(r)?, shift)?;
            NaiveDate::from_ymd_opt(m.year(), m.month(), day).map(day_of)
        }
        Point::Holiday {
            rule,
            year,
            year_shift,
            rel,
        } => {
            let d = match (year, year_shift) {
                (Some(y), _) => rule.date_in(y),
                (None, Some(s)) => rule.date_in(r.year().checked_add(s)?),
                (None, None) => yearly(r, rel, |y| rule.date_in(y)),
            };
            d.map(day_of)
        }
        Point::NthOfMonth { n, weekday, month } => {
            let (y, m) = match month {
                MonthRef::Named {
                    month: m,
                    year: Some(y),
                } => (y, m),
                MonthRef::Named {
                    month: m,
                    year: None,
                } => {
                    let candidates =
                        (-1..=1).filter_map(|k| NaiveDate::from_ymd_opt(r.year() + k, m, 1));
                    let first = nearest_month(r, candidates)?;
                    (first.year(), m)
                }
                MonthRef::Shift(s) => {
                    let d = add_months(first_of_month(r)?, s)?;
                    (d.year(), d.month())
                }
            };
            nth_of_month(y, m, n, weekday).map(day_of)
        }
        Point::Range { .. } => None,
        Point::Weekend { rel } => {
            let sat = match rel {
                Rel::Bare => weekday_of(r, Weekday::Sat, Rel::Bare)?,
                Rel::This | Rel::Coming | Rel::Upcoming => weekday_of(r, Weekday::Sat, Rel::This)?,
                Rel::Next => weekday_of(r, Weekday::Sat, Rel::Next)?,
                Rel::Last | Rel::Past => weekday_of(r, Weekday::Sat, Rel::Last)?,
            };
            let sun = sat.succ_opt()?;
            let w = sat.iso_week();
            Some(ResolvedDate {
                first: Some(sat),
                last: Some(sun),
                ..ResolvedDate::open(
                    format!("{:04}-W{:02}-WE", w.year(), w.week()),
                    Grain::Weekend,
                )
            })
        }
    }
}

/// A resolved date moved by `amount` units: a day stays a day ("three days
/// after Easter"), a month moved by months, quarters or years stays a month
/// ("two months after March 2020"), a year moved by years a year; a longer
/// period is counted from its last day when moved ahead, from its first
/// when moved back. `None` when the date has no known days.
fn shift(base: ResolvedDate, unit: Period, amount: i32) -> Option<ResolvedDate> {
    let months = match unit {
        Period::Month => Some(amount),
        Period::Quarter => amount.checked_mul(3),
        Period::Year => amount.checked_mul(12),
        Period::Day | Period::Week => None,
    };
    let (first, last) = (base.first?, base.last?);
    match (base.grain, months) {
        (Grain::Month, Some(m)) => {
            let d = add_months(first, m)?;
            month_of(d.year(), d.month())
        }
        (Grain::Year, Some(m)) if unit == Period::Year => year_of(add_months(first, m)?.year()),
        _ => {
            let from = if amount > 0 && base.grain != Grain::Day {
                last
            } else {
                first
            };
            let d = match months {
                Some(m) => add_months(from, m)?,
                None if unit == Period::Week => add_days(from, i64::from(amount) * 7)?,
                None => add_days(from, i64::from(amount))?,
            };
            Some(day_of(d))
        }
    }
}

/// The weekday `w` that `rel` picks relative to `r`.
fn weekday_of(r: NaiveDate, w: Weekday, rel: Rel) -> Option<NaiveDate> {
    let today = i64::from(r.weekday().num_days_from_monday());
    let target = i64::from(w.num_days_from_monday());
    let delta = match rel {
        Rel::This => target - today,
        Rel::Next => target - today + 7,
        Rel::Last => target - today - 7,
        Rel::Coming => match (target - today).rem_euclid(7) {
            0 => 7,
            ahead => ahead,
        },
        Rel::Past => match (today - target).rem_euclid(7) {
            0 => -7,
            back => -back,
        },
        Rel::Upcoming => (target - today).rem_euclid(7),
        Rel::Bare => {
            let back = (today - target).rem_euclid(7);
            if back <= 3 { -back } else { 7 - back }
        }
    };
    add_days(r, delta)
}

/// The candidate nearest to `r`; ties go to the earlier one.
fn nearest(r: NaiveDate, candidates: impl Iterator<Item = NaiveDate>) -> Option<NaiveDate> {
    candidates.min_by_key(|c| {
        let diff = c.signed_duration_since(r).num_days();
        (diff.abs(), diff > 0)
    })
}

/// The candidate month (given by its first day) nearest to the month of
/// `r`; ties go to the earlier one.
fn nearest_month(r: NaiveDate, candidates: impl Iterator<Item = NaiveDate>) -> Option<NaiveDate> {
    let key = |d: &NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month());
    let rk = key(&r);
    candidates.min_by_key(|c| {
        let diff = key(c) - rk;
        (diff.abs(), diff > 0)
    })
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(u64::try_from(n).ok()?))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(Months::new(u32::try_from(n).ok()?))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

fn first_of_month(d: NaiveDate) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(d.year(), d.month(), 1)
}

fn day_of(d: NaiveDate) -> ResolvedDate {
    ResolvedDate {
        iso: iso::day(d, false),
        grain: Grain::Day,
        first: Some(d),
        last: Some(d),
        year: Some(d.year()),
        month: Some(d.month()),
        day: Some(d.day()),
    }
}

/// The text of a weekday whose week is open: "XXXX-WXX-1" for a Monday.
fn open_weekday(w: Weekday) -> SmolStr {
    Iso::year(None)
        .and("-WXX")
        .then("-", w.number_from_monday(), 1)
        .done()
}

/// A week whose year and number are open.
fn open_week() -> ResolvedDate {
    ResolvedDate::open("XXXX-WXX", Grain::Week)
}

fn week_of(d: NaiveDate) -> Option<ResolvedDate> {
    let monday = add_days(d, -i64::from(d.weekday().num_days_from_monday()))?;
    let w = d.iso_week();
    Some(ResolvedDate {
        first: Some(monday),
        last: add_days(monday, 6),
        ..ResolvedDate::open(format!("{:04}-W{:02}", w.year(), w.week()), Grain::Week)
    })
}

fn month_of(y: i32, m: u32) -> Option<ResolvedDate> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|n| n.pred_opt());
    Some(ResolvedDate {
        iso: Iso::year(Some(y)).then("-", m, 2).done(),
        grain: Grain::Month,
        first: Some(first),
        last,
        year: Some(y),
        month: Some(m),
        day: None,
    })
}

fn quarter_of(y: i32, q: u32) -> Option<ResolvedDate> {
    if !(1..=4).contains(&q) {
        return None;
    }
    let first = NaiveDate::from_ymd_opt(y, (q - 1) * 3 + 1, 1)?;
    let last = first
        .checked_add_months(Months::new(3))
        .and_then(|n| n.pred_opt());
    Some(ResolvedDate {
        iso: format_smolstr!("{y:04}-Q{q}"),
        grain: Grain::Quarter,
        first: Some(first),
        last,
        year: Some(y),
        month: None,
        day: None,
    })
}

fn year_of(y: i32) -> Option<ResolvedDate> {
    let first = NaiveDate::from_ymd_opt(y, 1, 1)?;
    let last = NaiveDate::from_ymd_opt(y, 12, 31)?;
    Some(ResolvedDate {
        iso: Iso::year(Some(y)).done(),
        grain: Grain::Year,
        first: Some(first),
        last: Some(last),
        year: Some(y),
        month: None,
        day: None,
    })
}

/// Narrows `first`/`last` to the early, middle or late third of the period.
fn narrow(mut r: ResolvedDate, part: Part) -> ResolvedDate {
    if let (Some(a), Some(b)) = (r.first, r.last) {
        let n = b.signed_duration_since(a).num_days() + 1;
        let (lo, hi) = match part {
            Part::Early => (0, n / 3 - 1),
            Part::Mid => (n / 3, 2 * n / 3 - 1),
            Part::Late => (2 * n / 3, n - 1),
        };
        if hi >= lo {
            r.first = add_days(a, lo);
            r.last = add_days(a, hi);
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_resolves_against_its_reference_or_stays_open() {
        use crate::extract::{RawUnit, extract};
        use crate::quantity::Grain;
        use chrono::NaiveDate;

        let found = extract("The ban starts on January 20.", 0);
        let RawUnit::Date(date) = &found.candidates[0].unit else {
            panic!("not a date")
        };
        let resolved = resolve(date, NaiveDate::from_ymd_opt(2021, 1, 6));
        assert_eq!(
            (resolved.iso.as_str(), resolved.grain),
            ("2021-01-20", Grain::Day)
        );
        assert_eq!(resolved.year, Some(2021));
        let open = resolve(date, None);
        assert_eq!(open.iso, "XXXX-01-20");
        assert_eq!((open.year, open.month, open.day), (None, Some(1), Some(20)));
    }
}
