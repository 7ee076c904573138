//! Stage 3: turn a candidate's stated amount and hedge into a normalized
//! quantity: a value, a unit, the bound it was stated with, and the interval
//! of true values the statement allows.

use std::cmp::Ordering;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::extract::numeral::ratio;
use crate::extract::{Amount, Candidate, Hedge, Kind, RawUnit, Stated};
pub use crate::quantity::{Bound, End, Interval, Value};
use crate::quantity::{Change, Counted, Currency, DateValue, Dimension, Role, TimeUnit, Unit};

pub mod date;
mod reading;

/// A candidate's amount, normalized.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized {
    /// The stated value (for ranges, the midpoint; for vague amounts, the
    /// lower limit).
    pub value: Value,
    /// The unit.
    pub unit: Unit,
    /// How it was stated.
    pub bound: Bound,
    /// The values the statement allows.
    pub interval: Interval,
    /// The place value of the last digit written.
    pub precision: Option<Decimal>,
    /// For a count, the part the counted group plays ("9 dead").
    pub role: Option<Role>,
    /// For a rate, what it is per ("$48.75 a share").
    pub per: Option<String>,
    /// For a stated change, its direction ("fell $3.15").
    pub change: Option<Change>,
}

/// Normalizes a candidate. `tolerance` is the relative width of a hedge
/// such as "about" (0.1 reads "about 100" as 90 to 110); `reference` is
/// the date relative dates resolve against. Returns `None` when the amount
/// cannot be represented (an overflow), which the caller records as a
/// rejection. A counted noun's words are moved into the unit, not copied:
/// the candidate keeps its unit's kind and role, with the noun, phrase and
/// part left empty.
pub fn normalize(
    c: &mut Candidate<'_>,
    tolerance: Decimal,
    reference: Option<NaiveDate>,
) -> Option<Normalized> {
    if let RawUnit::Date(expr) = &c.unit {
        let r = date::resolve(expr, reference);
        let day = |d: NaiveDate| End {
            value: Decimal::from(d.num_days_from_ce()),
            closed: true,
        };
        // A date range ("from March to May") is a range like any other;
        // "since 2019" is a lower bound, "by 2030" an upper one.
        let (bound, first, last) = date::bounds(expr, &r);
        return Some(Normalized {
            bound,
            value: Value::Date(Box::new(DateValue {
                iso: r.iso,
                year: r.year,
                month: r.month,
                day: r.day,
            })),
            unit: Unit::Date(r.grain),
            interval: Interval {
                lower: first.map(day),
                upper: last.map(day),
            },
            precision: None,
            role: None,
            per: None,
            change: None,
        });
    }
    if c.kind == Kind::Age {
        return age(c, tolerance);
    }
    let unit = match &mut c.unit {
        RawUnit::Currency(code) => Unit::Currency(Currency::new(code)),
        RawUnit::Time(t) => Unit::Time(*t),
        RawUnit::Percent | RawUnit::Share => Unit::Percent,
        RawUnit::PercentagePoint => Unit::PercentagePoint,
        RawUnit::Noun {
            lemma,
            phrase,
            group,
            scope,
            part,
            ..
        } => {
            let after: &[&str] = match scope {
                Some(s) => std::slice::from_ref(s),
                None => &[],
            };
            let mut counted = Counted::new(std::mem::take(lemma), std::mem::take(phrase));
            // With no group words the name is the noun, as made.
            if !group.is_empty() || !after.is_empty() {
                counted = counted.with_group(group, after);
            }
            counted.part = part.take();
            Unit::Counted(Box::new(counted))
        }
        RawUnit::Measure(m) => Unit::Measure(*m),
        RawUnit::Date(_) => return None,
    };
    // A count of whole things, and a share stated as a fraction ("one in
    // five" is 20%, not 19.5 to 20.5), are exact points.
    let point = c.kind == Kind::Count || c.unit == RawUnit::Share;
    amounted(c, c.amount, unit, point, tolerance)
}

/// An age, in years: an age stated in months, weeks or days is converted
/// ("an 18-month-old" is 1.5 years; a week is 7/365 of a year and a day
/// 1/365, so "21 days" and "3 weeks" are one age). A stated age is a point,
/// as a count is: ages are given in whole years, and 19 against 20 is a
/// real disagreement. The unit is [`TimeUnit::Year`].
fn age(c: &Candidate<'_>, tolerance: Decimal) -> Option<Normalized> {
    let RawUnit::Time(stated_in) = c.unit else {
        return None;
    };
    let (times, per) = match stated_in {
        TimeUnit::Year => (1, 1),
        TimeUnit::Month => (1, 12),
        TimeUnit::Week => (7, 365),
        TimeUnit::Day => (1, 365),
        _ => return None,
    };
    let (times, per) = (Decimal::from(times), Decimal::from(per));
    let years = |s: Stated| -> Option<Stated> {
        if per == Decimal::ONE {
            return Some(s);
        }
        Some(Stated {
            value: ratio(s.value.checked_mul(times)?, per)?,
            precision: ratio(s.precision.checked_mul(times)?, per)?,
        })
    };
    let amount = match c.amount {
        Amount::One(s) => Amount::One(years(s)?),
        Amount::Range(a, b) => Amount::Range(years(a)?, years(b)?),
        // Extraction states no age vaguely.
        Amount::Vague { .. } => return None,
    };
    amounted(c, amount, Unit::Time(TimeUnit::Year), true, tolerance)
}

/// A number's amount, in `unit`, normalized: its value, bound, interval
/// and precision, and the role, rate and change its context words give.
/// `point` makes an exact whole amount a point ("eight apps" is 8, not
/// 7.5 to 8.5).
fn amounted(
    c: &Candidate<'_>,
    amount: Amount,
    unit: Unit,
    point: bool,
    tolerance: Decimal,
) -> Option<Normalized> {
    let point_count = point;
    let (value, bound, interval, precision) = match amount {
        Amount::One(s) => {
            let (bound, interval) = hedged(s, c.hedge, tolerance, point_count)?;
            (s.value, bound, interval, Some(s.precision))
        }
        Amount::Range(a, b) => {
            let mid = a.value.checked_add(b.value)? / Decimal::TWO;
            (
                mid,
                Bound::Range,
                Interval::closed(a.value, b.value),
                Some(a.precision.min(b.precision)),
            )
        }
        Amount::Vague { lo, hi } => (lo, Bound::Approximate, Interval::closed(lo, hi), None),
    };
    // A measure compares in its dimension's base unit: a value too large
    // to convert is out of range, as one too large to hold is.
    if let Unit::Measure(m) = &unit {
        let ends = [
            Some(value),
            interval.lower.map(|e| e.value),
            interval.upper.map(|e| e.value),
        ];
        if ends.into_iter().flatten().any(|v| m.to_base(v).is_none()) {
            return None;
        }
    }
    // A speed is a rate already: the "per hour" after "100 miles" in
    // "160 kilometres (100 miles) per hour" is its unit's.
    let speed = unit
        .measure()
        .is_some_and(|m| m.dimension() == Dimension::Speed);
    Some(Normalized {
        value: Value::Number(value.normalize()),
        unit,
        bound,
        interval,
        precision: precision.map(|p| p.normalize()),
        role: match &c.unit {
            RawUnit::Noun { role, .. } => *role,
            _ => None,
        },
        per: reading::per(c.kind, &c.after)
            .or_else(|| reading::per(c.kind, &c.linked_after))
            .filter(|_| !speed),
        change: reading::change(c.kind, &c.before, &c.after),
    })
}

/// Half the largest decimal: a value at most this large times a number
/// below two does not overflow.
const HALF_MAX: Decimal = Decimal::from_parts(u32::MAX, u32::MAX, u32::MAX >> 1, false, 0);

/// The bound and interval of one stated value under a hedge.
fn hedged(
    s: Stated,
    hedge: Hedge,
    tolerance: Decimal,
    point_count: bool,
) -> Option<(Bound, Interval)> {
    let v = s.value;
    // The tolerance band, by magnitude: "about -100" is -110 to -90.
    let band = || {
        let near = v.checked_mul(Decimal::ONE - tolerance)?;
        let far = v.checked_mul(Decimal::ONE + tolerance)?;
        Some(if v.is_sign_negative() {
            (far, near)
        } else {
            (near, far)
        })
    };
    // The band is worked out only for the hedges that read it. It cannot
    // overflow below half the largest decimal, the tolerance being below
    // one; a value above that whose band overflows is dropped, whatever
    // its hedge.
    if crate::quantity::order(&v.abs(), &HALF_MAX) == Ordering::Greater {
        band()?;
    }
    debug_assert!(band().is_some());
    let (lo_t, hi_t) = match hedge {
        Hedge::About | Hedge::Nearly | Hedge::JustOver => band()?,
        // The other hedges read the value alone.
        _ => (v, v),
    };
    let end = |value: Decimal, closed: bool| Some(End { value, closed });
    Some(match hedge {
        Hedge::Exact => {
            if point_count && s.precision <= Decimal::ONE {
                (Bound::Exact, Interval::point(v))
            } else {
                let half = s.precision / Decimal::TWO;
                (
                    Bound::Exact,
                    Interval {
                        lower: end(v.checked_sub(half)?, true),
                        upper: end(v.checked_add(half)?, false),
                    },
                )
            }
        }
        Hedge::About => (Bound::Approximate, Interval::closed(lo_t, hi_t)),
        // "nearly" and "just over" speak of the magnitude: "nearly -100"
        // lies between -100 and -90.
        Hedge::Nearly if v.is_sign_negative() => (
            Bound::Approximate,
            Interval {
                lower: end(v, false),
                upper: end(hi_t, true),
            },
        ),
        Hedge::Nearly => (
            Bound::Approximate,
            Interval {
                lower: end(lo_t, true),
                upper: end(v, false),
            },
        ),
        Hedge::JustOver if v.is_sign_negative() => (
            Bound::Approximate,
            Interval {
                lower: end(lo_t, true),
                upper: end(v, false),
            },
        ),
        Hedge::JustOver => (
            Bound::Approximate,
            Interval {
                lower: end(v, false),
                upper: end(hi_t, true),
            },
        ),
        Hedge::MoreThan => (
            Bound::Lower,
            Interval {
                lower: end(v, false),
                upper: None,
            },
        ),
        Hedge::AtLeast => (
            Bound::Lower,
            Interval {
                lower: end(v, true),
                upper: None,
            },
        ),
        Hedge::UpTo => (
            Bound::Upper,
            Interval {
                lower: None,
                upper: end(v, true),
            },
        ),
        Hedge::LessThan => (
            Bound::Upper,
            Interval {
                lower: None,
                upper: end(v, false),
            },
        ),
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const HEDGES: [Hedge; 8] = [
        Hedge::Exact,
        Hedge::About,
        Hedge::Nearly,
        Hedge::JustOver,
        Hedge::MoreThan,
        Hedge::AtLeast,
        Hedge::UpTo,
        Hedge::LessThan,
    ];

    /// Whether the tolerance band of `v` overflows, worked out as every
    /// hedge once worked it out.
    fn band_overflows(v: Decimal, tolerance: Decimal) -> bool {
        v.checked_mul(Decimal::ONE - tolerance).is_none()
            || v.checked_mul(Decimal::ONE + tolerance).is_none()
    }

    proptest! {
        /// A value whose band overflows is dropped whatever its hedge, as
        /// when the band was worked out for every hedge; below that, the
        /// band is the one the hedges that read it get.
        #[test]
        fn a_band_that_overflows_drops_the_value_under_any_hedge(
            value in crate::quantity::any_decimal(),
            tolerance in (0u32..1000).prop_map(|t| Decimal::new(i64::from(t), 3)),
            point in any::<bool>(),
        ) {
            let s = Stated { value, precision: Decimal::ONE };
            for hedge in HEDGES {
                let got = hedged(s, hedge, tolerance, point);
                if band_overflows(value, tolerance) {
                    prop_assert_eq!(got, None);
                }
                if hedge == Hedge::About
                    && let Some((_, interval)) = got
                {
                    let (near, far) = (value * (Decimal::ONE - tolerance), value * (Decimal::ONE + tolerance));
                    let (lo, hi) = if value.is_sign_negative() { (far, near) } else { (near, far) };
                    prop_assert_eq!(interval, Interval::closed(lo, hi));
                }
            }
        }
    }

    #[test]
    fn values_at_the_edge_of_the_band() {
        let tolerance = Decimal::new(999, 3);
        let stated = |value| Stated {
            value,
            precision: Decimal::ONE,
        };
        // Half the largest decimal has a band, which "about" reads.
        let (bound, interval) = hedged(stated(HALF_MAX), Hedge::About, tolerance, false).unwrap();
        assert_eq!(bound, Bound::Approximate);
        assert_eq!(
            interval,
            Interval::closed(
                HALF_MAX * (Decimal::ONE - tolerance),
                HALF_MAX * (Decimal::ONE + tolerance)
            )
        );
        // The largest has none: dropped under a hedge that does not read
        // it, as under one that does.
        assert!(band_overflows(Decimal::MAX, tolerance));
        for hedge in HEDGES {
            assert_eq!(hedged(stated(Decimal::MAX), hedge, tolerance, false), None);
            assert_eq!(hedged(stated(Decimal::MIN), hedge, tolerance, false), None);
            assert!(hedged(stated(Decimal::ZERO), hedge, tolerance, false).is_some());
        }
    }
}
