//! Figures whose sentence names no subject word, or names one only in
//! passing ("a €48.5m building", "the £310m extension"), attached to the
//! group of a figure they agree with.
//!
//! A figure the words around it do not name cannot start a conflict: with
//! no measured thing there is nothing to say two sources disagree about.
//! But it can agree. It joins, as a weak member, the group of a figure of
//! the same kind and unit whose value overlaps its own, when the two have
//! something in common beyond the value: a context class, a name, content
//! words, or a value so specific ("€48.5m", "$27.5bn") that a second
//! source stating it is no coincidence.
//!
//! Candidates are found by the middle of their values in a sorted index,
//! so each figure looks at a few neighbours, never at every group.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use rust_decimal::Decimal;

use super::{Frame, Group, SAMPLE};
use crate::fact::Fact;
use crate::parallel;
use crate::quantity::{Dimension, Interval, Kind, Unit, order};

/// How many neighbours in the index a figure looks at.
const NEIGHBOURS: usize = 64;

/// The fewest figures a thread looks for homes for: each takes a few
/// thousand instructions, and a thread costs more than a few hundred of
/// them.
const FIGURES_PER_THREAD: usize = 1024;

/// How many figures one step of a thread looks for homes for: enough that
/// handing out the steps costs little against them.
const FIGURES_PER_STEP: usize = 64;

/// The least evidence a figure needs to attach: a shared class or name, two
/// shared content words, a specific value stated alike, or one shared
/// content word and a specific value the other's values hold.
const ENOUGH: u32 = 2;

/// One strong member of a group, by the middle of its value. Its
/// comparable values are apart, so that the entries sorted are half the
/// size.
struct Entry<'f> {
    kind: Kind,
    unit: UnitKey<'f>,
    middle: Decimal,
    group: u32,
    fact: u32,
    /// Where the fact's comparable values and masks are in the list
    /// beside the index: read once there rather than by every figure that
    /// looks at them.
    at: u32,
    /// Whether the fact is [`specific`].
    specific: bool,
}

/// What a value's unit can be compared with, as an ordered key.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum UnitKey<'f> {
    /// Counts and lengths of time compare whatever their noun or unit.
    Any,
    /// Measures compare within their dimension, in its base unit.
    Dimension(Dimension),
    /// One currency, per cent, percentage points, one date grain.
    Exactly(&'f Unit),
}

fn unit_key(f: &Fact) -> UnitKey<'_> {
    match &f.unit {
        Unit::Counted(_) | Unit::Time(_) => UnitKey::Any,
        Unit::Measure(m) => UnitKey::Dimension(m.dimension()),
        u => UnitKey::Exactly(u),
    }
}

/// The middle of a fact's values in comparable terms (durations in
/// seconds, dates in days; see [`Fact::comparable_interval`]), when they
/// have two ends.
fn middle(i: &Interval) -> Option<Decimal> {
    match (i.lower, i.upper) {
        (Some(l), Some(u)) => l.value.checked_add(u.value).map(|s| s / Decimal::TWO),
        _ => None,
    }
}

/// Whether a value is stated so precisely that two sources stating it are
/// no coincidence: three digits or more ("$27.5bn", "£310m"), or an amount
/// of money with two that do not end in zero ("$22 million").
fn specific(f: &Fact) -> bool {
    // The same day can date two events ("declared on Sept. 13", "made
    // landfall on Sept. 13"), and a share of 62% is no rare figure.
    let (Some(v), Some(p)) = (f.value.as_number(), f.precision) else {
        return false;
    };
    if p.is_zero() || f.kind == Kind::Date {
        return false;
    }
    let digits = (v / p).abs().round();
    digits >= Decimal::ONE_HUNDRED
        || (f.kind == Kind::Money && digits >= Decimal::TEN && !(digits % Decimal::TEN).is_zero())
}

/// The masks of a frame's classes, names and content words (see
/// [`super::set::Set::signature`]): two sets whose masks share no bit
/// share no word, and need not be walked.
#[derive(Clone, Copy)]
struct Marks {
    concepts: u64,
    entities: u64,
    words: u64,
}

impl Marks {
    fn of(f: &Frame) -> Marks {
        Marks {
            concepts: f.concepts().signature(),
            entities: f.entities().signature(),
            words: f.words().signature(),
        }
    }
}

/// What the index keeps of a strong member apart from its entry, so that
/// the entries sorted are small: its comparable values, and its frame's
/// masks, made the first time a figure is compared with it (most members
/// never are), by whichever thread compares it first.
struct Side {
    interval: Interval,
    marks: OnceLock<Marks>,
}

/// How much two frames have in common beyond their values, with their
/// masks.
fn affinity((a, ma): (&Frame, Marks), (b, mb): (&Frame, Marks)) -> u32 {
    let mut score = 0;
    if ma.concepts & mb.concepts != 0 && a.concepts().intersection(&b.concepts()).next().is_some() {
        score += 2;
    }
    if ma.entities & mb.entities != 0 && a.entities().intersection(&b.entities()).next().is_some() {
        score += 2;
    }
    if ma.words & mb.words != 0 {
        score += a.words().intersection(&b.words()).take(2).count() as u32;
    }
    debug_assert_eq!(score, affinity_walked(a, b));
    score
}

/// [`affinity`] by walking every set: what the masks must agree with.
fn affinity_walked(a: &Frame, b: &Frame) -> u32 {
    let mut score = 0;
    if a.concepts().intersection(&b.concepts()).next().is_some() {
        score += 2;
    }
    if a.entities().intersection(&b.entities()).next().is_some() {
        score += 2;
    }
    score + a.words().intersection(&b.words()).take(2).count() as u32
}

/// Attaches figures of unknown subject (`unknown`, by fact index) and the
/// members of groups whose only subject is a word next to one source's
/// figures to the group of a figure they agree with. Returns the figures
/// of unknown subject that found no group.
///
/// Each figure's home is found from the groups as they stand before any
/// figure moves, so the figures are looked at on up to `threads` threads,
/// and the moves made after, in order.
pub(super) fn attach(
    facts: &[Fact],
    frames: &[Frame],
    groups: &mut [Group],
    unknown: Vec<usize>,
    threads: usize,
) -> Vec<usize> {
    let strong = groups
        .iter()
        .filter(|g| g.judged)
        .map(|g| g.strong.len())
        .sum();
    let mut index: Vec<Entry<'_>> = Vec::with_capacity(strong);
    let mut sides: Vec<Side> = Vec::with_capacity(strong);
    let mut loose: Vec<usize> = Vec::new();
    for (k, g) in groups.iter().enumerate() {
        if !g.judged {
            continue;
        }
        for &i in &g.strong {
            let interval = facts[i].comparable_interval();
            if let Some(middle) = middle(&interval) {
                // Fewer than four billion facts: a check holds far fewer.
                index.push(Entry {
                    kind: g.kind,
                    unit: unit_key(&facts[i]),
                    middle,
                    group: k as u32,
                    fact: i as u32,
                    at: sides.len() as u32,
                    specific: specific(&facts[i]),
                });
                sides.push(Side {
                    interval,
                    marks: OnceLock::new(),
                });
            }
        }
        // A group named only by a word next to one source's figures.
        // (A date's event word is never loose: the same day can date two
        // events, "declared on Sept. 13" and "made landfall on Sept. 13".)
        if !matches!(g.kind, Kind::Count | Kind::Date)
            && g.strong
                .iter()
                .all(|&i| !frames[i].classed && frames[i].role.is_none())
            && one_source(facts, &g.strong)
        {
            loose.push(k);
        }
    }
    // In place: the order is total (the groups come in the order they were
    // listed), so a sort that keeps no scratch list gives the same one.
    index.sort_unstable_by(|a, b| {
        (a.kind, &a.unit)
            .cmp(&(b.kind, &b.unit))
            .then(order(&a.middle, &b.middle))
            .then(a.fact.cmp(&b.fact))
            .then(a.group.cmp(&b.group))
    });

    // The best group for fact `i` other than `own`, if any has enough in
    // common with it.
    let best = |i: usize, own: Option<usize>| -> Option<usize> {
        let f = &facts[i];
        let interval = f.comparable_interval();
        let (Some(lo), Some(hi)) = (interval.lower, interval.upper) else {
            return None;
        };
        // Neighbours whose middle is near this value, then those whose
        // values overlap it.
        let reach = (hi.value - lo.value)
            .abs()
            .max(lo.value.abs() / Decimal::TEN);
        let from = lo.value.checked_sub(reach)?;
        let key = (f.kind, unit_key(f));
        let start = index.partition_point(|e| {
            (e.kind, &e.unit)
                .cmp(&(key.0, &key.1))
                .then(order(&e.middle, &from))
                == Ordering::Less
        });
        let f_specific = specific(f);
        let mut f_marks: Option<Marks> = None;
        let mut scores: BTreeMap<usize, u32> = BTreeMap::new();
        // The end of the reach, added up the first time it is asked for
        // rather than for every neighbour.
        let mut until: Option<Decimal> = None;
        for e in index[start..].iter().take(NEIGHBOURS) {
            if (e.kind, &e.unit) != (key.0, &key.1)
                || order(&e.middle, until.get_or_insert_with(|| hi.value + reach))
                    == Ordering::Greater
            {
                break;
            }
            let (group, fact) = (e.group as usize, e.fact as usize);
            if Some(group) == own || fact == i {
                continue;
            }
            let other = &facts[fact];
            let side = &sides[e.at as usize];
            if !overlaps(&interval, &side.interval) {
                continue;
            }
            if frames[fact].time != frames[i].time {
                continue;
            }
            let mi = *f_marks.get_or_insert_with(|| Marks::of(&frames[i]));
            let mf = *side.marks.get_or_init(|| Marks::of(&frames[fact]));
            let mut score = affinity((&frames[i], mi), (&frames[fact], mf));
            if f_specific && e.specific && f.value == other.value {
                score += 2;
            } else if e.specific || f_specific {
                // A round or hedged figure that holds a specific one
                // ("about $28bn" and "$27.5bn").
                score += 1;
            }
            let slot = scores.entry(group).or_insert(0);
            *slot = (*slot).max(score);
        }
        scores
            .into_iter()
            .filter(|&(_, s)| s >= ENOUGH)
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(g, _)| g)
    };

    // The figures to find a home for: the first members of each loose
    // group, then each figure of unknown subject.
    let mut asked: Vec<(usize, Option<usize>)> = Vec::new();
    for &k in &loose {
        asked.extend(groups[k].strong.iter().take(SAMPLE).map(|&i| (i, Some(k))));
    }
    let sampled = asked.len();
    asked.extend(unknown.iter().map(|&i| (i, None)));
    let threads = threads.min(asked.len() / FIGURES_PER_THREAD).max(1);
    let steps: Vec<&[(usize, Option<usize>)]> = asked.chunks(FIGURES_PER_STEP).collect();
    let homes: Vec<Option<usize>> = parallel::map_in_order(&steps, threads, |step| {
        step.iter()
            .map(|&(i, own)| best(i, own))
            .collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect();
    let (sampled_homes, unknown_homes) = homes.split_at(sampled);

    let mut moves: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    for &k in &loose {
        let count = groups[k].strong.len().min(SAMPLE);
        // Every member of the loose group must find the same home.
        let homes: BTreeSet<Option<usize>> =
            sampled_homes[from..from + count].iter().copied().collect();
        from += count;
        if let [Some(home)] = homes.into_iter().collect::<Vec<_>>().as_slice() {
            moves.push((k, *home));
        }
    }
    for (from, to) in moves {
        let members = std::mem::take(&mut groups[from].strong);
        groups[to].weak.extend(members);
    }
    let mut apart = Vec::new();
    for (i, home) in unknown.into_iter().zip(unknown_homes) {
        match *home {
            Some(g) => groups[g].weak.push(i),
            None => apart.push(i),
        }
    }
    apart
}

/// Whether the facts `members` are all of one source, and there is one.
fn one_source(facts: &[Fact], members: &[usize]) -> bool {
    let mut sources = members.iter().map(|&i| facts[i].provenance.source.as_str());
    sources
        .next()
        .is_some_and(|first| sources.all(|s| s == first))
}

fn overlaps(a: &Interval, b: &Interval) -> bool {
    a.overlaps(b)
}
