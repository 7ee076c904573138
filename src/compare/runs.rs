//! A group's values as clusters and runs: facts stating one value, split
//! by unit and by magnitude, then swept into runs of values that can all
//! hold together.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::{mid, relation, scaled_interval};
use crate::align::{Group, ValueKey, value_key};
use crate::fact::Fact;
use crate::quantity::{Bound, Dimension, End, Interval, Kind, Ordered, Unit};

/// Values further apart than this factor are never one quantity: a share
/// price and a deal value.
pub(super) const MAGNITUDE: i64 = 100;

/// Lengths of time further apart than this factor measure different spans:
/// a 45-minute queue and a four-year build, a cafe's twelve years and a
/// three-month closure.
const DURATION_MAGNITUDE: i64 = 12;

/// Facts stating one value in one group.
#[derive(Clone, Debug)]
pub(super) struct Cluster {
    pub(super) facts: Vec<usize>,
    pub(super) strong: bool,
    pub(super) interval: Interval,
}

/// A run of clusters whose values can all hold together.
#[derive(Clone, Debug, Default)]
pub(super) struct Run {
    pub(super) clusters: Vec<usize>,
}

impl Run {
    /// The facts of the run's clusters, in the order of the fact list.
    pub(super) fn facts(&self, clusters: &[Cluster]) -> Vec<usize> {
        let mut m: Vec<usize> = self
            .clusters
            .iter()
            .flat_map(|&c| clusters[c].facts.iter().copied())
            .collect();
        m.sort_unstable();
        m
    }
}

/// The group's clusters, split by unit class and magnitude, each part
/// swept into runs.
pub(super) fn partition(facts: &[Fact], g: &Group) -> Vec<(Vec<Cluster>, Vec<Run>)> {
    let mut by_value: BTreeMap<ValueKey<'_>, Cluster> = BTreeMap::new();
    for (&i, strong) in g
        .strong
        .iter()
        .map(|i| (i, true))
        .chain(g.weak.iter().map(|i| (i, false)))
    {
        let c = by_value
            .entry(value_key(&facts[i]))
            .or_insert_with(|| Cluster {
                facts: Vec::new(),
                strong: false,
                interval: touching(&facts[i]),
            });
        c.facts.push(i);
        c.strong |= strong;
    }
    // By unit: one currency, per cent or percentage points, one date
    // grain; lengths of time and counts always compare.
    let mut by_unit: BTreeMap<UnitClass<'_>, Vec<Cluster>> = BTreeMap::new();
    for c in by_value.into_values() {
        by_unit
            .entry(unit_class(&facts[c.facts[0]]))
            .or_default()
            .push(c);
    }
    let mut parts = Vec::new();
    for (class, mut clusters) in by_unit {
        if matches!(class, UnitClass::Dimension(_)) {
            widen_conversions(facts, &mut clusters);
        }
        if g.kind == Kind::Date {
            let runs = date_runs(facts, &clusters);
            parts.push((clusters, runs));
            continue;
        }
        let factor = if g.kind == Kind::Duration {
            DURATION_MAGNITUDE
        } else {
            MAGNITUDE
        };
        for band in bands(clusters, factor) {
            let runs = sweep(&band);
            parts.push((band, runs));
        }
    }
    parts
}

/// A fact's interval with an open end at its stated figure closed:
/// "more than 18,000 jobs", "just over 18,000 roles" and "18,000 jobs"
/// state one figure, the first two with a hedge that the last, a round
/// figure, leaves out, and news writes all three of one announcement.
/// Values past the figure ("17,000 jobs") still fall outside, and the
/// half-open ends of a rounded figure ("$34bn" runs from 33.5 up to
/// 34.5) stay open.
fn touching(f: &Fact) -> Interval {
    let mut i = scaled_interval(f);
    let Some(stated) = f.value.as_number() else {
        return i;
    };
    let at_figure = |e: Option<End>| e.is_some_and(|e| e.value == stated);
    if at_figure(f.interval.lower)
        && let Some(e) = &mut i.lower
    {
        e.closed = true;
    }
    if at_figure(f.interval.upper)
        && let Some(e) = &mut i.upper
    {
        e.closed = true;
    }
    i
}

/// What a value's unit can be compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum UnitClass<'f> {
    /// Any count, any length of time: one class per kind.
    Any,
    /// A measure of one dimension, in any of its units ("50 miles" and
    /// "80km").
    Dimension(Dimension),
    /// One currency, per cent, percentage points, one date grain.
    Exactly(&'f Unit),
}

pub(super) fn unit_class(f: &Fact) -> UnitClass<'_> {
    match f.unit {
        Unit::Counted(_) | Unit::Time(_) => UnitClass::Any,
        Unit::Measure(m) => UnitClass::Dimension(m.dimension()),
        ref u => UnitClass::Exactly(u),
    }
}

/// Measures of one dimension stated in more than one unit: a figure
/// converted from another system is rounded, and often cut short, to its
/// last digit ("90 km (55 miles)", where 90 km is 55.9 miles), so each
/// exact value allows a whole unit of its last digit either side rather
/// than half of one. "90 km" and "55 miles" are then one value; "80 km"
/// and "90 km" still differ.
fn widen_conversions(facts: &[Fact], clusters: &mut [Cluster]) {
    let unit = |c: &Cluster| facts[c.facts[0]].unit.measure();
    let Some(first) = clusters.first().and_then(unit) else {
        return;
    };
    if clusters.iter().all(|c| unit(c) == Some(first)) {
        return;
    }
    for c in clusters.iter_mut() {
        let f = &facts[c.facts[0]];
        let (Some(m), Some(p), Bound::Exact) = (f.unit.measure(), f.precision, f.bound) else {
            continue;
        };
        let half = p / Decimal::TWO;
        let widen = |e: Option<End>, by: Decimal| {
            e.and_then(|e| {
                let v = e.value.checked_add(by)?;
                Some(End {
                    value: m.to_base(v)?,
                    closed: true,
                })
            })
        };
        let wider = Interval {
            lower: widen(f.interval.lower, -half),
            upper: widen(f.interval.upper, half),
        };
        if wider.lower.is_some() && wider.upper.is_some() {
            c.interval = wider;
        }
    }
}

/// Splits clusters into bands of one magnitude: sorted by their middle, a
/// value more than `factor` times the smallest of its band starts a new
/// band.
fn bands(clusters: Vec<Cluster>, factor: i64) -> Vec<Vec<Cluster>> {
    let mut middles: Vec<(Option<Decimal>, Cluster)> = clusters
        .into_iter()
        .map(|c| (mid(&c.interval), c))
        .collect();
    middles.sort_by_key(|m| m.0.map(Ordered));
    let mut out: Vec<Vec<Cluster>> = Vec::new();
    let mut floor: Option<Decimal> = None;
    for (m, c) in middles {
        let start_new = match (floor, m) {
            (Some(f), Some(v)) if f > Decimal::ZERO && v > Decimal::ZERO => f
                .checked_mul(Decimal::from(factor))
                .is_some_and(|limit| v > limit),
            _ => false,
        };
        if start_new || out.is_empty() {
            out.push(Vec::new());
            floor = m;
        }
        if floor.is_none_or(|f| f <= Decimal::ZERO) {
            floor = m;
        }
        if let Some(band) = out.last_mut() {
            band.push(c);
        }
    }
    // Within a band, by lower end, so the sweep meets values in order.
    for band in &mut out {
        band.sort_by_key(|c| lower_key(&c.interval));
    }
    out
}

/// How far past its figure a floor ("at least 14", "more than $1.25
/// million") or short of it a ceiling reaches when a running figure is
/// read across report dates: the default width of a hedge.
const BOUND_REACH: Decimal = Decimal::from_parts(1, 0, 0, false, 1);

/// The clusters with their floors and ceilings closed at their figure's
/// hedge width, swept into runs again. On one day "at least 14" holds a
/// toll of 23; across the reports of a running tally it is the figure of
/// its day, and a later 23 revises it. `None` when no cluster is a
/// floor or a ceiling.
pub(super) fn closed(facts: &[Fact], clusters: &[Cluster]) -> Option<(Vec<Cluster>, Vec<Run>)> {
    let mut any = false;
    let mut out: Vec<Cluster> = clusters.to_vec();
    for c in &mut out {
        let f = &facts[c.facts[0]];
        let i = &mut c.interval;
        match (f.bound, i.lower, i.upper) {
            (Bound::Lower, Some(l), None) if l.value > Decimal::ZERO => {
                let value = l.value.checked_mul(Decimal::ONE + BOUND_REACH)?;
                i.upper = Some(End {
                    value,
                    closed: true,
                });
                any = true;
            }
            (Bound::Upper, lower, Some(u)) if u.value > Decimal::ZERO => {
                let value = u.value.checked_mul(Decimal::ONE - BOUND_REACH)?;
                if lower.is_none_or(|l| l.value < value) {
                    i.lower = Some(End {
                        value,
                        closed: true,
                    });
                    any = true;
                }
            }
            _ => {}
        }
    }
    if !any {
        return None;
    }
    out.sort_by_key(|c| lower_key(&c.interval));
    let runs = sweep(&out);
    Some((out, runs))
}

/// A sort key for an interval's lower end: no floor first.
fn lower_key(i: &Interval) -> (bool, Ordered, bool, Ordered) {
    (
        i.lower.is_some(),
        Ordered(i.lower.map_or(Decimal::ZERO, |e| e.value)),
        i.upper.is_none(),
        Ordered(i.upper.map_or(Decimal::ZERO, |e| e.value)),
    )
}

/// Sweeps clusters sorted by lower end into runs whose values share at
/// least one value.
fn sweep(clusters: &[Cluster]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut common: Option<Interval> = None;
    for (k, c) in clusters.iter().enumerate() {
        match common.and_then(|acc| intersect(&acc, &c.interval)) {
            Some(next) => {
                common = Some(next);
                if let Some(r) = runs.last_mut() {
                    r.clusters.push(k);
                }
            }
            None => {
                common = Some(c.interval);
                runs.push(Run { clusters: vec![k] });
            }
        }
    }
    runs
}

/// The values two intervals share, or `None` when they share none.
fn intersect(a: &Interval, b: &Interval) -> Option<Interval> {
    if !a.overlaps(b) {
        return None;
    }
    let lower = match (a.lower, b.lower) {
        (None, x) | (x, None) => x,
        (Some(x), Some(y)) => Some(if x.value > y.value || (x.value == y.value && !x.closed) {
            x
        } else {
            y
        }),
    };
    let upper = match (a.upper, b.upper) {
        (None, x) | (x, None) => x,
        (Some(x), Some(y)) => Some(if x.value < y.value || (x.value == y.value && !x.closed) {
            x
        } else {
            y
        }),
    };
    Some(Interval { lower, upper })
}

/// Runs of dates: sorted by their calendar fields, each date joins the
/// run of the date before it when the two can be the same day; dates that
/// cannot be compared with it (other grains, weekdays with no date to
/// resolve them against) stay out.
fn date_runs(facts: &[Fact], clusters: &[Cluster]) -> Vec<Run> {
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    order.sort_by_key(|&k| {
        let f = &facts[clusters[k].facts[0]];
        let d = f.value.as_date();
        (
            d.and_then(|d| d.month),
            d.and_then(|d| d.day),
            d.and_then(|d| d.year),
            d.map(|d| d.iso.clone()),
        )
    });
    let mut runs: Vec<Run> = Vec::new();
    for k in order {
        let f = &facts[clusters[k].facts[0]];
        let joined = runs.last_mut().and_then(|r| {
            let rep = &facts[clusters[r.clusters[0]].facts[0]];
            match relation(rep, f) {
                Some(true) => {
                    r.clusters.push(k);
                    Some(())
                }
                _ => None,
            }
        });
        if joined.is_none() {
            let comparable = runs
                .last()
                .is_none_or(|r| relation(&facts[clusters[r.clusters[0]].facts[0]], f).is_some());
            if comparable {
                runs.push(Run { clusters: vec![k] });
            }
        }
    }
    runs
}
