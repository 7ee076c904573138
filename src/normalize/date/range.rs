//! Resolving date ranges: "from March to May", "between 2014 and 2018",
//! "November 18-19". Ranges are inclusive; see the parent module.

use chrono::{Datelike, NaiveDate};

use super::{ResolvedDate, anchored, month_of, resolve_expr, weekday_of};
use crate::extract::date::{DateExpr, Period, Point, Rel};
use crate::quantity::Grain;

/// A range's ends with their missing years filled in: with a reference,
/// the first end takes its nearest occurrence, and a second end without a
/// year, or a bare weekday, the first one on or after the first end
/// ("from next Monday to Friday" ends on the Friday of that week).
fn range_ends(from: &Point, to: &Point, reference: Option<NaiveDate>) -> (Point, Point) {
    let (mut a, mut b) = (from.clone(), to.clone());
    let Some(r) = reference else {
        return (a, b);
    };
    if let Point::Calendar {
        year: ay @ None,
        month: Some(am),
        day: ad,
        ..
    } = &mut a
        && let Some(f) = anchored(&calendar_point(None, *am, *ad), r).and_then(|x| x.first)
    {
        *ay = Some(f.year());
    }
    let Some(start) = anchored(&a, r).and_then(|x| x.first) else {
        return (a, b);
    };
    match &mut b {
        Point::Calendar {
            year: by @ None,
            month: Some(bm),
            day: bd,
            ..
        } => {
            let same = (*bm, bd.unwrap_or(1)) >= (start.month(), bd.map_or(1, |_| start.day()));
            *by = Some(if same { start.year() } else { start.year() + 1 });
        }
        Point::Weekday {
            weekday,
            rel: Rel::Bare,
        } => {
            if let Some(d) = weekday_of(start, *weekday, Rel::Upcoming) {
                b = calendar_point(Some(d.year()), d.month(), Some(d.day()));
            }
        }
        _ => {}
    }
    (a, b)
}

fn calendar_point(year: Option<i32>, month: u32, day: Option<u32>) -> Point {
    Point::Calendar {
        year,
        month: Some(month),
        day,
        weekday: None,
    }
}

/// The first and last day of a calendar end whose year is open, in the
/// stand-in year `y`: "March" is March 1 to 31, "Dec. 24" one day.
fn stand_in(p: &Point, y: i32) -> Option<(NaiveDate, NaiveDate)> {
    match *p {
        Point::Calendar {
            month: Some(m),
            day: Some(d),
            ..
        } => NaiveDate::from_ymd_opt(y, m, d).map(|x| (x, x)),
        Point::Calendar {
            month: Some(m),
            day: None,
            ..
        } => month_of(y, m).and_then(|r| Some((r.first?, r.last?))),
        _ => None,
    }
}

/// The value of a range from `first` to `last`, both covered:
/// `(start,end,duration)`, where `end` is the day after `last` and the
/// duration counts whole units of `unit` (quarters as months), or days when
/// the days are not whole units. With `open`, the years are written `XXXX`.
pub(super) fn range_value(first: NaiveDate, last: NaiveDate, unit: Period, open: bool) -> String {
    let Some(after) = last.succ_opt() else {
        return format!(
            "({},{})",
            super::iso::day(first, open),
            super::iso::day(last, open)
        );
    };
    let months = (after.year() - first.year()) * 12 + after.month() as i32 - first.month() as i32;
    let whole_months = first.day() == after.day();
    let days = after.signed_duration_since(first).num_days();
    let duration = match unit {
        Period::Year if whole_months && months % 12 == 0 => format!("P{}Y", months / 12),
        Period::Month | Period::Quarter | Period::Year if whole_months => format!("P{months}M"),
        Period::Week if days % 7 == 0 => format!("P{}W", days / 7),
        _ => format!("P{days}D"),
    };
    format!(
        "({},{},{duration})",
        super::iso::day(first, open),
        super::iso::day(after, open)
    )
}

/// A resolved range from `first` to `last`, both covered.
pub(super) fn covering(first: NaiveDate, last: NaiveDate, unit: Period) -> ResolvedDate {
    ResolvedDate {
        first: Some(first),
        last: Some(last),
        ..ResolvedDate::open(range_value(first, last, unit, false), Grain::Range)
    }
}

/// Resolves a range. Ranges are inclusive: "from 2013 to 2017" covers
/// 2017, "April 12 through 19" the 19th. The value is the TIMEX-style
/// `(start,end,duration)`, where `end` is the day after the last day
/// covered and `duration` counts the finest grain written (days, months or
/// years); `first` and `last` are the first and last days covered.
pub(super) fn resolve_range(
    from: &Point,
    to: &Point,
    reference: Option<NaiveDate>,
) -> ResolvedDate {
    let (a, b) = range_ends(from, to, reference);
    let bare = |point: &Point| DateExpr::new(point.clone());
    let ra = resolve_expr(&bare(&a), reference);
    let rb = resolve_expr(&bare(&b), reference);
    // Where a year is open, the days come from a stand-in year: one
    // without February 29 unless an end names it.
    let leap = [&a, &b].iter().any(|p| {
        matches!(
            p,
            Point::Calendar {
                month: Some(2),
                day: Some(29),
                ..
            }
        )
    });
    let y = if leap { 2000 } else { 2001 };
    let open = ra.first.is_none() || rb.last.is_none();
    let (first, last) = match (ra.first, rb.last) {
        (Some(x), Some(z)) => (Some(x), Some(z)),
        _ => match (stand_in(&a, y), stand_in(&b, y)) {
            (Some((x, _)), Some((_, z))) if z >= x => (Some(x), Some(z)),
            (Some((x, _)), Some((_, z))) => (Some(x), z.with_year(y + 1)),
            _ => (None, None),
        },
    };
    let fine = |p: &Point| match *p {
        Point::Calendar {
            day: None,
            month: Some(_),
            ..
        } => Period::Month,
        Point::Calendar {
            day: None,
            month: None,
            ..
        } => Period::Year,
        _ => Period::Day,
    };
    let grain = fine(&a).min(fine(&b));
    let iso = match (first, last) {
        (Some(x), Some(z)) => range_value(x, z, grain, open),
        _ => format!("({},{})", ra.iso, rb.iso),
    };
    // Only resolved ends are days the range is known to cover; a range that
    // ends before it starts ("2018 to 2014") covers none it can name.
    let (first, last) = match (ra.first, rb.last) {
        (Some(f), Some(l)) if l >= f => (Some(f), Some(l)),
        _ => (None, None),
    };
    ResolvedDate {
        first,
        last,
        ..ResolvedDate::open(iso, Grain::Range)
    }
}
