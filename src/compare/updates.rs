//! Running figures revised between dated reports: a toll that rises or
//! is lowered, aid approved so far, a count that grows. Two reports of
//! one day that disagree stay a conflict.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::facts::Facts;
use super::runs::Cluster;
use super::sources::corroborate;
use super::{Findings, Update, mid, scaled_interval};
use crate::align::{Alignment, Group, SAMPLE, scope};
use crate::fact::Fact;
use crate::quantity::{Bound, Kind, Role};

/// Counted nouns (their synonym class) whose figures run: a later report
/// revises them.
const RUNNING_NOUNS: &[&str] = &["home", "case", "building", "person", "death"];

/// Money whose figures run: aid approved so far, damage assessed so far,
/// a share's price on the market, a takeover's price as bids are raised
/// ("agreed to buy ... for $52.4 billion" in December, "raised its bid
/// to $71.3 billion" in June). A valuation is not among them: two days'
/// values of one listing disagree.
const RUNNING_MONEY: &[&str] = &["aid", "damage", "debt", "market price", "deal"];

/// Measures whose figures run: the area a fire has burned, the oil a
/// spill has let out, as estimated so far.
const RUNNING_MEASURES: &[&str] = &["burned", "spill"];

/// Shares whose figures run: how much of a fire is contained.
const RUNNING_SHARES: &[&str] = &["containment"];

/// A running figure whose reports of different dates agree only through
/// a floor or a ceiling ("at least 14" on Monday holds Tuesday's 23; "more
/// than $1.25 million" in loans holds $304 million a month later) is
/// revised between them: with its bounds closed at their figures' hedge
/// width, the group's sides are swept again and told as an update when
/// they are one. Figures whose scopes differ are left to the judging
/// that keeps parts apart. Returns whether an update was reported.
#[allow(clippy::too_many_arguments)]
pub(super) fn closed_update(
    facts: &Facts<'_>,
    alignment: &Alignment,
    g: &Group,
    subject: &str,
    clusters: &[Cluster],
    published: &BTreeMap<String, NaiveDate>,
    out: &mut Findings,
) -> bool {
    // Other counts are updates only when they grow (see `as_update`).
    if !(running(g) || g.kind == Kind::Count) || published.is_empty() {
        return false;
    }
    let strong_facts = || {
        clusters
            .iter()
            .filter(|c| c.strong)
            .flat_map(|c| c.facts.iter().copied())
    };
    let days: BTreeSet<NaiveDate> = strong_facts()
        .filter_map(|i| published.get(&*facts[i].provenance.source).copied())
        .collect();
    // The figures must name one scope, or none: a figure of a place, a
    // group or a state ("52,000 evacuated in Marin County", "2 million
    // left homeless") is a part that a figure naming none ("21,000
    // evacuated", "6 million displaced") may hold, not a revision of it;
    // figures of two scopes are kept apart by the judging below.
    // A part told as one ("9 in Yelkenli alone") is judged apart.
    let scopes: BTreeSet<BTreeSet<String>> = strong_facts()
        .filter(|&i| !alignment.frames[i].is_part())
        .take(SAMPLE)
        .map(|i| scope(&alignment.frames[i]))
        .collect();
    if days.len() < 2 || scopes.len() > 1 {
        return false;
    }
    let Some((closed, runs)) = super::runs::closed(facts, clusters) else {
        return false;
    };
    let sides: Vec<Vec<usize>> = runs
        .iter()
        .filter(|r| r.clusters.iter().any(|&c| closed[c].strong))
        .map(|r| r.facts(&closed))
        .collect();
    if sides.len() < 2 {
        return false;
    }
    let Some(update) = as_update(facts, g, subject, &sides, published) else {
        return false;
    };
    for side in &sides {
        corroborate(facts, alignment, g, subject, side.clone(), out);
    }
    out.updates.push(update);
    true
}

/// Whether a group's figure runs: a toll, the missing, damaged homes, aid
/// approved so far, the area a fire has burned, its containment. A later
/// report revises it either way.
fn running(g: &Group) -> bool {
    match g.kind {
        Kind::Count => g.role.is_some() || RUNNING_NOUNS.contains(&g.subject.as_str()),
        Kind::Money => RUNNING_MONEY.contains(&g.subject.as_str()),
        Kind::Measure => RUNNING_MEASURES.contains(&g.subject.as_str()),
        Kind::Percent => RUNNING_SHARES.contains(&g.subject.as_str()),
        _ => false,
    }
}

/// When the sides are reports of a running figure on different dates, in
/// an order where no side's reports fall between another's, the change is
/// an update: a toll that rises or is revised down, an aid total that
/// grows. Reports with no date, and reports that state the figures of two
/// sides, join the sides they state but do not place them in time; the
/// sides only one report states are placed together at its date.
pub(super) fn as_update(
    facts: &Facts<'_>,
    g: &Group,
    subject: &str,
    sides: &[Vec<usize>],
    published: &BTreeMap<String, NaiveDate>,
) -> Option<Update> {
    revisions(facts, g, subject, sides, published, false).map(|(u, _)| u)
}

/// A running figure whose first reports disagree on one day (the agency's
/// 9 dead against the hospitals' 11) and which later reports revise (14,
/// then 12): the days whose reports disagree, for a conflict of their
/// own, and the update the later reports make. `None` when no day's
/// reports disagree, when a day of disagreement follows a revision, or
/// when the figure does not run.
pub(super) fn after_conflict(
    facts: &Facts<'_>,
    g: &Group,
    subject: &str,
    sides: &[Vec<usize>],
    published: &BTreeMap<String, NaiveDate>,
) -> Option<(Update, BTreeSet<NaiveDate>)> {
    if !running(g) {
        return None;
    }
    revisions(facts, g, subject, sides, published, true).filter(|(_, days)| !days.is_empty())
}

/// See [`as_update`]; with `split`, days whose reports disagree are
/// returned, when they all come before the days of single figures,
/// rather than failing.
fn revisions(
    facts: &Facts<'_>,
    g: &Group,
    subject: &str,
    sides: &[Vec<usize>],
    published: &BTreeMap<String, NaiveDate>,
    split: bool,
) -> Option<(Update, BTreeSet<NaiveDate>)> {
    // A running tally (a toll, the missing, damaged homes, aid approved so
    // far) is revised either way; other counts only grow between reports
    // (counties added to a declaration). Other amounts stated for one
    // event (the sum an offering raised) do not change.
    let running = running(g);
    if !running && g.kind != Kind::Count {
        return None;
    }
    // A report is placed in time by its date. One with no date, or one
    // that states the figure of two sides (the earlier tally beside the
    // new one: "two of the five reported missing were found; three are
    // still unaccounted for"), cannot place a side: the sides are ordered
    // by the other reports, and a side with none cannot be ordered.
    // A word like "hundreds" beside a figure states no side: a report that
    // gives "hundreds of passengers" beside "476 passengers" gives one
    // figure. A report that gives only words ("hundreds of troops", then
    // "thousands") states them.
    let wordy = |i: usize| {
        let f = &facts[i];
        matches!(f.bound, Bound::Approximate | Bound::Range)
            && !f.provenance.text.bytes().any(|b| b.is_ascii_digit())
    };
    let figured: BTreeSet<&str> = sides
        .iter()
        .flatten()
        .filter(|&&i| !wordy(i))
        .map(|&i| facts[i].provenance.source.as_str())
        .collect();
    let worded = |i: usize| wordy(i) && figured.contains(facts[i].provenance.source.as_str());
    let mut sides_of: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (k, side) in sides.iter().enumerate() {
        for &i in side.iter().filter(|&&i| !worded(i)) {
            sides_of
                .entry(facts[i].provenance.source.as_str())
                .or_default()
                .insert(k);
        }
    }
    let dates = |side: &[usize]| -> BTreeSet<NaiveDate> {
        side.iter()
            .filter(|&&i| !worded(i))
            .map(|&i| facts[i].provenance.source.as_str())
            .filter(|s| sides_of.get(s).is_some_and(|k| k.len() == 1))
            .filter_map(|s| published.get(s).copied())
            .collect()
    };
    // A side only one report states, beside its other figures, is that
    // report's: the report's sides are placed together at its date ("9
    // dead in Oslo, 85 on the island" on one day, "76 in all" three days
    // later).
    let own = |side: &[usize]| -> Option<&str> {
        let first = facts[*side.first()?].provenance.source.as_str();
        side.iter()
            .all(|&i| facts[i].provenance.source == first)
            .then_some(first)
    };
    let side_dates: Vec<BTreeSet<NaiveDate>> = sides.iter().map(|s| dates(s)).collect();
    // But not when the report also states a side other reports state,
    // three times its own or more: beside the story's figure, its own is
    // a part ("the quake has killed 10 people" in one county, beside
    // "nearly 400" in all).
    let middle = |k: usize| {
        let figure = sides[k].iter().copied().find(|&i| !wordy(i));
        mid(&scaled_interval(&facts[figure.unwrap_or(sides[k][0])]))
    };
    // The same holds, at any ratio, when the side it also states is the
    // latest the other reports give: a report that restates the current
    // toll ("50 men, women and children had been gunned down") and gives
    // a smaller figure of its own ("killing 43 people" in one mosque) has
    // not lowered the toll.
    let latest = side_dates.iter().filter_map(|d| d.last()).max();
    let part_of_shared = |k: usize, s: &str| {
        let Some(own_mid) = middle(k) else {
            return false;
        };
        sides_of.get(s).is_some_and(|ks| {
            ks.iter().any(|&o| {
                own(&sides[o]).is_none()
                    && middle(o).is_some_and(|m| {
                        own_mid
                            .checked_mul(Decimal::from(3))
                            .is_some_and(|o3| o3 < m)
                            || (own_mid < m
                                && latest.is_some()
                                && side_dates[o].last() == latest
                                && !sides[k].iter().any(|&i| facts.revising(i)))
                    })
            })
        })
    };
    let placed_alone = |k: usize| -> Option<&str> {
        if !running || !side_dates[k].is_empty() {
            return None;
        }
        own(&sides[k]).filter(|s| published.contains_key(*s) && !part_of_shared(k, s))
    };
    // A report stands in the timeline for the largest of its own sides:
    // one that gives the parts and the whole ("126,473 dead in
    // Indonesia", "30,957 dead" in Sri Lanka; "at least seven" in the
    // capital, "at least 85" on the island) gives the whole as its
    // largest figure. The sides run from the lowest.
    let mut own_sides: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for k in 0..sides.len() {
        if let Some(source) = placed_alone(k) {
            own_sides.entry(source).or_default().push(k);
        }
    }
    // But a toll is not revised down to under a third of itself: when
    // every other report's figure is that far below the whole, they
    // tell of a part, and the report stands for its largest part at or
    // under them ("India reported 360 killed" beside a toll of 19,500;
    // "India has reported 1,360 deaths" ten days later).
    let others = if own_sides.values().any(|ks| ks.len() > 1) {
        (0..sides.len())
            .filter(|&k| !side_dates[k].is_empty())
            .filter_map(middle)
            .max()
    } else {
        None
    };
    let stands_for: BTreeMap<&str, usize> = own_sides
        .into_iter()
        .filter_map(|(source, ks)| {
            let whole = *ks.last()?;
            let Some(other) = others.filter(|o| o.is_sign_positive() && !o.is_zero()) else {
                return Some((source, whole));
            };
            let far_below = middle(whole)
                .and_then(|w| other.checked_mul(Decimal::from(3)).map(|o3| o3 < w))
                .unwrap_or(false);
            if !far_below {
                return Some((source, whole));
            }
            // The largest part at or under the other figure (a part's
            // toll grows), else the smallest.
            let nearest = ks
                .iter()
                .copied()
                .rfind(|&k| middle(k).is_some_and(|m| m <= other))
                .unwrap_or(ks[0]);
            Some((source, nearest))
        })
        .collect();
    // Each report date and the side its reports state. On one day, a
    // side stated in a sentence that tells a figure as revised ("the toll
    // was raised to 94 with one person missing") comes after the others:
    // its news is later.
    let revised_on = |k: usize, d: NaiveDate| {
        sides[k].iter().any(|&i| {
            facts.revising(i) && published.get(facts[i].provenance.source.as_str()) == Some(&d)
        })
    };
    let mut timeline: BTreeMap<(NaiveDate, bool), BTreeSet<usize>> = BTreeMap::new();
    // A side no dated report states alone (a figure only an undated
    // report gives, beside one that others give: "39 people had died" on
    // Wednesday, "lowered ... to 38" on Thursday) cannot be placed. A
    // running figure may have passed through it between the figures
    // placed around it, and it is left out of the order; a figure outside
    // them cannot be told from a clash.
    let mut unplaced: Vec<usize> = Vec::new();
    // A report's own part of a side it shares is left out of the timeline
    // and of the update.
    let part =
        |k: usize| side_dates[k].is_empty() && own(&sides[k]).is_some_and(|s| part_of_shared(k, s));
    for (k, side_days) in side_dates.iter().enumerate() {
        if running && part(k) {
            continue;
        }
        let mut days = side_days.clone();
        if let Some(source) = placed_alone(k)
            && let Some(&d) = published.get(source)
        {
            if stands_for.get(source) != Some(&k) {
                continue;
            }
            days.insert(d);
        }
        if days.is_empty() {
            if !running {
                return None;
            }
            unplaced.push(k);
            continue;
        }
        for d in days {
            timeline.entry((d, revised_on(k, d))).or_default().insert(k);
        }
    }
    let mut entries: Vec<(NaiveDate, BTreeSet<usize>)> =
        timeline.into_iter().map(|((d, _), k)| (d, k)).collect();
    // A floor or a ceiling beside a figure of the same day that meets it
    // ("at least 38" in one report, "42" in another) is a count carried
    // from before, not a disagreement: the figure places the day.
    let met: Vec<(NaiveDate, usize)> = entries
        .iter()
        .flat_map(|(d, ks)| ks.iter().map(move |&k| (*d, k)))
        .filter(|&(d, k)| {
            let others = entries
                .iter()
                .filter(|(e, _)| *e == d)
                .flat_map(|(_, ks)| ks.iter().copied())
                .filter(|&o| o != k)
                .filter_map(middle);
            let (low, high) = (others.clone().min(), others.max());
            let mut day = sides[k]
                .iter()
                .copied()
                .filter(|&i| {
                    !worded(i) && published.get(facts[i].provenance.source.as_str()) == Some(&d)
                })
                .peekable();
            day.peek().is_some()
                && day.all(|i| match (facts[i].bound, middle_of(facts, i)) {
                    (Bound::Lower, Some(v)) => high.is_some_and(|h| v < h),
                    (Bound::Upper, Some(v)) => low.is_some_and(|l| v > l),
                    _ => false,
                })
        })
        .collect();
    for (d, k) in met {
        // Two floors that each meet the other's figure cannot both go.
        let left = entries
            .iter()
            .filter(|(e, _)| *e == d)
            .map(|(_, ks)| ks.iter().filter(|&&o| o != k).count())
            .sum::<usize>();
        if left > 0 {
            for (e, ks) in &mut entries {
                if *e == d {
                    ks.remove(&k);
                }
            }
        }
    }
    entries.retain(|(_, ks)| !ks.is_empty());
    // A toll whose reports only rise from one day to the next, or only
    // fall, the reports of one day included, and whose figures of one day
    // differ by no more than a twentieth (151 and 153 on Sunday, 154 on
    // Monday), was reported at different hours of the day: its figures of
    // one day are taken in that order. A wider gap on one day ("28 dead"
    // in one report, "32" in another) stays a disagreement, as do other
    // running figures: two officials' counts of the evacuated, or of a
    // debt, differ by more than the hours between them.
    if g.role == Some(Role::Killed)
        && entries.len() >= 2
        && entries.iter().any(|(_, k)| k.len() > 1)
    {
        let range = |ks: &BTreeSet<usize>| -> Option<(Decimal, Decimal)> {
            let ms = ks.iter().map(|&k| middle(k)).collect::<Option<Vec<_>>>()?;
            Some((*ms.iter().min()?, *ms.iter().max()?))
        };
        if let Some(r) = entries
            .iter()
            .map(|(_, k)| range(k))
            .collect::<Option<Vec<_>>>()
        {
            let rising = r.windows(2).all(|w| w[0].1 <= w[1].0);
            let falling = r.windows(2).all(|w| w[0].0 >= w[1].1);
            let close = r.iter().all(|&(low, high)| {
                high.checked_sub(low)
                    .and_then(|gap| gap.checked_mul(Decimal::from(20)))
                    .is_some_and(|gap| gap <= high)
            });
            if rising != falling && close {
                entries = entries
                    .into_iter()
                    .flat_map(|(d, ks)| {
                        let mut ks: Vec<usize> = ks.into_iter().collect();
                        ks.sort_by_key(|&k| middle(k));
                        if falling {
                            ks.reverse();
                        }
                        ks.into_iter().map(move |k| (d, BTreeSet::from([k])))
                    })
                    .collect();
            }
        }
    }
    // Two reports of one day that disagree are a conflict; with `split`,
    // the days of disagreement, when they follow one another, are
    // returned for a conflict of their own and the other days make the
    // update: the first days ("9 dead" against "11" on the day of the
    // event, then 14), the last ("28 dead as of Tuesday morning" against
    // "32" from Tuesday's briefing, after days of revisions), or days
    // between (a toll of 39 on Wednesday, 38 and 39 on Thursday, 42 on
    // Saturday).
    let clashing: Vec<usize> = (0..entries.len())
        .filter(|&p| entries[p].1.len() > 1)
        .collect();
    let clashes: BTreeSet<NaiveDate> = clashing.iter().map(|&p| entries[p].0).collect();
    let ends_in_clash = clashing.last().is_some_and(|&l| l + 1 == entries.len());
    if let (Some(&f), Some(&l)) = (clashing.first(), clashing.last())
        && !(split && l - f + 1 == clashes.len() && clashing.len() < entries.len())
    {
        return None;
    }
    let firsts: Vec<usize> = entries
        .iter()
        .filter_map(|(_, k)| k.first().copied())
        .collect();
    // The figures of the days without disagreement, in time order.
    let dated: Vec<usize> = entries
        .iter()
        .filter(|(_, k)| k.len() == 1)
        .filter_map(|(_, k)| k.first().copied())
        .collect();
    // A tally that only rose from one dated report to the next (a toll as
    // bodies are found) is read as having reached an undated report's
    // figure above every dated one after them; a count of the missing
    // that only fell, one below them. One on the other side may be a
    // part as well as an earlier report, and is not placed.
    let mut later: Vec<usize> = Vec::new();
    if !unplaced.is_empty() {
        let placed: Vec<_> = firsts.iter().filter_map(|&k| middle(k)).collect();
        let (Some(&low), Some(&high)) = (placed.iter().min(), placed.iter().max()) else {
            return None;
        };
        let steps = |up: bool| {
            running
                && dated.len() >= 2
                && dated
                    .windows(2)
                    .all(|w| match (middle(w[0]), middle(w[1])) {
                        (Some(a), Some(b)) => (a < b) == up && a != b,
                        _ => false,
                    })
        };
        let rising = steps(true);
        let falling = g.role == Some(Role::Missing) && steps(false);
        for &k in &unplaced {
            match middle(k) {
                Some(m) if low < m && m < high => {}
                Some(m) if rising && m > high => later.push(k),
                Some(m) if falling && m < low => later.push(k),
                _ => return None,
            }
        }
        later.sort_by_key(|&k| middle(k));
        if falling {
            later.reverse();
        }
    }
    // In time order, each side holds one stretch of days; a running tally
    // may come back once to a figure it left (a page dated on the day of
    // the event that carries a later toll, revised down the next day and
    // up again weeks later), never more often.
    let order: Vec<usize> = dated.iter().chain(&later).copied().collect();
    let changes = order.windows(2).filter(|w| w[0] != w[1]).count();
    let stretches = order.len().min(changes + 1);
    let distinct = order.iter().collect::<BTreeSet<_>>().len();
    let allowed = if running { distinct + 1 } else { distinct };
    if stretches > allowed {
        return None;
    }
    if !running
        && order
            .windows(2)
            .any(|w| w[0] != w[1] && middle(w[1]) <= middle(w[0]))
    {
        return None;
    }
    let last = *order.last()?;
    // An update changes the figure. A tally that came back to where it
    // started is told from the figure it left; the figures of one report
    // alone, placed together at its date, revise nothing.
    let start = *firsts.first()?;
    let came_back = start == last;
    let first = if came_back {
        *order.iter().rev().find(|&&k| k != last)?
    } else {
        start
    };
    // Later reports that only repeat a figure of the days of disagreement
    // revise nothing: the disagreement stands.
    if split
        && !ends_in_clash
        && let Some(&last_clash_day) = clashes.last()
    {
        let day = |i: usize| published.get(&*facts[i].provenance.source).copied();
        let all: Vec<usize> = sides.iter().flatten().copied().collect();
        let clash_values: Vec<_> = all
            .iter()
            .filter(|&&i| day(i).is_some_and(|d| clashes.contains(&d)))
            .map(|&i| middle_of(facts, i))
            .collect();
        let repeats = all
            .iter()
            .filter(|&&i| day(i).is_some_and(|d| d > last_clash_day))
            .all(|&i| clash_values.contains(&middle_of(facts, i)));
        if repeats {
            return None;
        }
    }
    let mut mentions: Vec<usize> = (0..sides.len())
        .filter(|&k| !(running && part(k)))
        .flat_map(|k| sides[k].iter().copied())
        .collect();
    mentions.sort_by_key(|&i| (published.get(&*facts[i].provenance.source).copied(), i));
    // Each side is told as its first report of a known date gave it, in
    // figures rather than a word like "hundreds" where one does.
    let earliest = |side: &[usize]| {
        side.iter().copied().min_by_key(|&i| {
            let f = &facts[i];
            let day = published.get(&*f.provenance.source).copied();
            let worded = matches!(f.bound, Bound::Approximate | Bound::Range)
                && !f.provenance.text.bytes().any(|b| b.is_ascii_digit());
            (worded, day.is_none(), day, i)
        })
    };
    let update = Update {
        kind: g.kind,
        subject: subject.to_string(),
        from: earliest(&sides[first])?,
        // Come back, the figure is told as the latest report states it,
        // not as the first one did.
        to: if came_back {
            *sides[last].iter().max_by_key(|&&i| {
                let day = published.get(&*facts[i].provenance.source).copied();
                (day, std::cmp::Reverse(i))
            })?
        } else {
            earliest(&sides[last])?
        },
        mentions,
    };
    Some((update, clashes))
}

/// The middle of a fact's interval, scaled to its unit, for telling
/// whether two figures state one value.
fn middle_of(facts: &[Fact], i: usize) -> Option<rust_decimal::Decimal> {
    mid(&scaled_interval(&facts[i]))
}
