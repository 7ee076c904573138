//! Stage 3: turn a candidate's stated amount and hedge into a normalized
//! quantity: a value, a unit, the bound it was stated with, and the interval
//! of true values the statement allows.

use rust_decimal::Decimal;
use serde::Serialize;

pub mod date;

/// How a value was stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bound {
    /// As written, to the precision written: "$34bn", "45 days".
    Exact,
    /// Hedged: "about", "nearly", "roughly", "some", "dozens of".
    Approximate,
    /// A floor: "more than", "over", "at least".
    Lower,
    /// A ceiling: "up to", "under", "less than".
    Upper,
    /// Two ends: "between 5 and 10", "5-10".
    Range,
}

impl Bound {
    /// The lowercase name used in reports.
    pub fn as_str(&self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::Approximate => "approximate",
            Bound::Lower => "lower",
            Bound::Upper => "upper",
            Bound::Range => "range",
        }
    }
}

/// One end of an interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct End {
    /// The value at the end.
    pub value: Decimal,
    /// Whether the end value itself is inside the interval.
    pub closed: bool,
}

/// The set of true values a statement allows; `None` ends are unbounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Interval {
    /// The lower end, or `None` for no floor.
    pub lower: Option<End>,
    /// The upper end, or `None` for no ceiling.
    pub upper: Option<End>,
}

impl Interval {
    /// The interval holding only `v`.
    pub fn point(v: Decimal) -> Interval {
        let end = End { value: v, closed: true };
        Interval { lower: Some(end), upper: Some(end) }
    }

    /// The closed interval `[lo, hi]`.
    pub fn closed(lo: Decimal, hi: Decimal) -> Interval {
        Interval {
            lower: Some(End { value: lo.min(hi), closed: true }),
            upper: Some(End { value: lo.max(hi), closed: true }),
        }
    }

    /// Whether the two intervals share at least one value.
    pub fn overlaps(&self, other: &Interval) -> bool {
        below(self.lower, other.upper) && below(other.lower, self.upper)
    }

    /// Whether every value of `other` is in `self`.
    pub fn contains(&self, other: &Interval) -> bool {
        let lo_ok = match (self.lower, other.lower) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => a.value < b.value || (a.value == b.value && (a.closed || !b.closed)),
        };
        let hi_ok = match (self.upper, other.upper) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => a.value > b.value || (a.value == b.value && (a.closed || !b.closed)),
        };
        lo_ok && hi_ok
    }
}

/// Whether a lower end lies below (or meets, both closed) an upper end.
fn below(lower: Option<End>, upper: Option<End>) -> bool {
    match (lower, upper) {
        (Some(l), Some(u)) => l.value < u.value || (l.value == u.value && l.closed && u.closed),
        _ => true,
    }
}
