//! Judging sources against each other, group by group.
//!
//! A group's values are taken as clusters (facts stating the same value),
//! split by unit (amounts in two currencies are a note, not a conflict)
//! and by magnitude (values more than [`MAGNITUDE`] times apart are never
//! one quantity), sorted, and swept into sides: a side is a run of values
//! that can all hold together. One side is a corroboration; two or more
//! sides are one conflict, or an update when they are reports of a
//! running figure on different dates.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::facts::Facts;
use super::runs::{Cluster, MAGNITUDE, Run, UnitClass, partition, unit_class};
use super::{
    Conflict, Corroboration, Findings, Note, NoteReason, Policy, Severity, Side, Spread,
    confidence, mid, scaled_interval,
};
use crate::align::{Alignment, Doubt, Group, SAMPLE, Slot, Time, scope};
use crate::fact::Fact;
use crate::parallel;
use crate::quantity::{Bound, Kind, Ordered};

/// How many values of a group, each side of a value of a group that may
/// measure the same thing, that value is weighed against for a possible
/// conflict.
const NEAREST: usize = 64;

/// Below this confidence a disagreement is reported as a possible
/// conflict rather than a conflict.
const SURE: Decimal = Decimal::from_parts(65, 0, 0, false, 2);

/// How many facts of groups a thread judges at least: fewer are judged
/// sooner than a thread starts.
const FACTS_PER_THREAD: usize = 4096;

/// The clusters and runs of a group's values, part by part.
type Parts = Vec<(Vec<Cluster>, Vec<Run>)>;

pub(super) fn judge(
    facts: &[Fact],
    alignment: &Alignment,
    published: &BTreeMap<String, NaiveDate>,
    policy: &Policy,
    threads: usize,
) -> Findings {
    judge_on(
        facts,
        alignment,
        published,
        policy,
        (threads, FACTS_PER_THREAD),
    )
}

/// [`judge`] on up to `threads` threads, each given at least `per_thread`
/// facts of groups.
fn judge_on(
    facts: &[Fact],
    alignment: &Alignment,
    published: &BTreeMap<String, NaiveDate>,
    policy: &Policy,
    (threads, per_thread): (usize, usize),
) -> Findings {
    let facts = &Facts::new(facts);
    let groups = &alignment.groups;
    // Each group is judged on its own: runs of groups are judged on
    // several threads when they hold enough facts, and their findings
    // joined in the order of the groups, as one loop would find them.
    let runs = runs_of_groups(groups, threads, per_thread);
    let judged = parallel::map_in_order(&runs, threads, |range| {
        let mut out = Findings::default();
        let parts: Vec<Parts> = groups
            .get(range.clone())
            .unwrap_or_default()
            .iter()
            .map(|g| {
                let parts = if g.judged {
                    partition(
                        facts,
                        loose::loosely_restated(facts, g).as_ref().unwrap_or(g),
                    )
                } else {
                    Vec::new()
                };
                for (clusters, runs) in &parts {
                    judge_runs(
                        facts, alignment, g, clusters, runs, published, policy, &mut out,
                    );
                }
                parts
            })
            .collect();
        (out, parts)
    });
    // The runs of every keyed group, kept for the possible matches; the
    // first run's lists are kept and the others' moved after them.
    let mut judged = judged.into_iter();
    let (mut out, mut runs_of) = judged.next().unwrap_or_default();
    for (found, parts) in judged {
        out.append(found);
        runs_of.extend(parts);
    }
    for p in &alignment.possible {
        possible::possible(
            facts, alignment, p.a, p.b, p.doubt, &runs_of, policy, &mut out,
        );
    }
    unit_notes(facts, alignment, &mut out.notes);
    // Bound the output: the first findings in a deterministic order.
    let first = |m: &[usize]| m.first().copied().unwrap_or(usize::MAX);
    out.conflicts.sort_by(|a, b| {
        (a.kind, &a.subject, first(&a.mentions)).cmp(&(b.kind, &b.subject, first(&b.mentions)))
    });
    out.possible_conflicts.sort_by(|a, b| {
        (a.kind, &a.subject, first(&a.mentions)).cmp(&(b.kind, &b.subject, first(&b.mentions)))
    });
    out.corroborations.sort_by(|a, b| {
        (a.kind, &a.subject, first(&a.mentions)).cmp(&(b.kind, &b.subject, first(&b.mentions)))
    });
    out.updates.sort_by(|a, b| {
        (a.kind, &a.subject, first(&a.mentions)).cmp(&(b.kind, &b.subject, first(&b.mentions)))
    });
    out.notes.sort_by(|a, b| {
        (a.kind, &a.subject, first(&a.mentions)).cmp(&(b.kind, &b.subject, first(&b.mentions)))
    });
    let mut left = policy.max_findings;
    let mut keep = |n: usize| {
        let k = n.min(left);
        left -= k;
        k
    };
    let before = out.conflicts.len()
        + out.possible_conflicts.len()
        + out.updates.len()
        + out.corroborations.len()
        + out.notes.len();
    let k = keep(out.conflicts.len());
    out.conflicts.truncate(k);
    let k = keep(out.updates.len());
    out.updates.truncate(k);
    let k = keep(out.corroborations.len());
    out.corroborations.truncate(k);
    let k = keep(out.possible_conflicts.len());
    out.possible_conflicts.truncate(k);
    let k = keep(out.notes.len());
    out.notes.truncate(k);
    let after = out.conflicts.len()
        + out.possible_conflicts.len()
        + out.updates.len()
        + out.corroborations.len()
        + out.notes.len();
    out.dropped = before - after;
    out
}

/// The groups cut into runs of consecutive groups to judge on up to
/// `threads` threads, each given at least `per_thread` facts: one run when
/// there are too few facts to share out, else about four runs a thread,
/// of about as many facts each, so that a thread done early takes another.
fn runs_of_groups(groups: &[Group], threads: usize, per_thread: usize) -> Vec<Range<usize>> {
    let size = |g: &Group| g.strong.len() + g.weak.len();
    let total: usize = groups.iter().map(size).sum();
    let threads = threads.min(total / per_thread.max(1)).max(1);
    if threads == 1 {
        return std::iter::once(0..groups.len()).collect();
    }
    let each = total.div_ceil(4 * threads).max(1);
    let mut runs = Vec::new();
    let (mut start, mut held) = (0, 0);
    for (k, g) in groups.iter().enumerate() {
        held += size(g);
        if held >= each {
            runs.push(start..k + 1);
            (start, held) = (k + 1, 0);
        }
    }
    if start < groups.len() {
        runs.push(start..groups.len());
    }
    runs
}

#[allow(clippy::too_many_arguments)]
fn judge_runs(
    facts: &Facts<'_>,
    alignment: &Alignment,
    g: &Group,
    clusters: &[Cluster],
    runs: &[Run],
    published: &BTreeMap<String, NaiveDate>,
    policy: &Policy,
    out: &mut Findings,
) {
    let subject = if g.subject.is_empty() {
        clusters
            .first()
            .and_then(|c| facts.get(c.facts[0]))
            .map_or(String::new(), |f| f.unit.name().to_string())
    } else {
        g.subject.clone()
    };
    let members = |r: &Run| -> Vec<usize> { r.facts(clusters) };
    if super::updates::closed_update(facts, alignment, g, &subject, clusters, published, out) {
        return;
    }
    let strong: Vec<&Run> = runs
        .iter()
        .filter(|r| r.clusters.iter().any(|&c| clusters[c].strong))
        .collect();
    // Runs that share a scope with another run disagree about one group;
    // a run whose only scopes are narrower or wider than every other's
    // ("US troops" against "troops") may count a part of it.
    let scoped: Vec<BTreeSet<BTreeSet<String>>> = strong
        .iter()
        .map(|r| {
            r.clusters
                .iter()
                .filter(|&&c| clusters[c].strong)
                .flat_map(|&c| clusters[c].facts.iter().take(SAMPLE))
                .take(SAMPLE)
                .map(|&i| scope(&alignment.frames[i]))
                .collect()
        })
        .collect();
    let mut by_scope: BTreeMap<&BTreeSet<String>, Vec<usize>> = BTreeMap::new();
    for (k, scopes) in scoped.iter().enumerate() {
        for s in scopes {
            by_scope.entry(s).or_default().push(k);
        }
    }
    let mut disagreeing: BTreeSet<usize> = BTreeSet::new();
    for runs_with in by_scope.values().filter(|v| v.len() > 1) {
        disagreeing.extend(runs_with);
    }
    let (mut sides, doubt): (Vec<Vec<usize>>, Option<Doubt>) = if disagreeing.len() >= 2 {
        // The runs outside the disagreement agree with nothing of another
        // scope: each is its own corroboration.
        for (k, r) in strong.iter().enumerate() {
            if !disagreeing.contains(&k) {
                corroborate(facts, alignment, g, &subject, members(r), out);
            }
        }
        (
            disagreeing.iter().map(|&k| members(strong[k])).collect(),
            None,
        )
    } else if strong.len() >= 2 {
        for r in &strong {
            corroborate(facts, alignment, g, &subject, members(r), out);
        }
        (
            strong.iter().map(|r| members(r)).collect(),
            Some(Doubt::Scope),
        )
    } else {
        for r in runs {
            let mut mentions = members(r);
            if g.strong.is_empty() {
                // Unknown subject: keep facts whose context another
                // source's fact shares.
                let keep: Vec<usize> = mentions
                    .iter()
                    .copied()
                    .filter(|&m| {
                        mentions.iter().take(64).any(|&o| {
                            !facts.same_source(o, m)
                                && alignment.frames[o].agrees_with(&alignment.frames[m])
                        })
                    })
                    .collect();
                mentions = keep;
            }
            corroborate(facts, alignment, g, &subject, mentions, out);
        }
        return;
    };
    if doubt.is_none()
        && let Some(update) = super::updates::as_update(facts, g, &subject, &sides, published)
    {
        // Reports that state one side of an update agree with each other.
        for side in &sides {
            corroborate(facts, alignment, g, &subject, side.clone(), out);
        }
        // A change is not a level: one day's rise ("14 new cases") and a
        // later day's are two changes, neither revising the other.
        if g.change.is_none() {
            out.updates.push(update);
        }
        return;
    }
    // The first day's reports disagree and later ones revise the figure:
    // the disagreement of that day is the conflict, the rest an update.
    if doubt.is_none()
        && let Some((update, days)) =
            super::updates::after_conflict(facts, g, &subject, &sides, published)
    {
        let on_days = |side: &Vec<usize>| -> Vec<usize> {
            side.iter()
                .copied()
                .filter(|&i| {
                    published
                        .get(facts[i].provenance.source.as_str())
                        .is_some_and(|d| days.contains(d))
                })
                .collect()
        };
        let first: Vec<Vec<usize>> = sides
            .iter()
            .map(on_days)
            .filter(|s| !s.is_empty())
            .collect();
        if first.len() >= 2 {
            // The later reports that agree on a side corroborate each
            // other, as the reports on one side of any update do.
            for side in &sides {
                let later: Vec<usize> = side
                    .iter()
                    .copied()
                    .filter(|&i| {
                        published
                            .get(facts[i].provenance.source.as_str())
                            .is_none_or(|d| !days.contains(d))
                    })
                    .collect();
                corroborate(facts, alignment, g, &subject, later, out);
            }
            out.updates.push(update);
            sides = first;
        }
    }
    let mut mentions: Vec<usize> = sides.iter().flatten().copied().collect();
    mentions.sort_unstable();
    let within_source = facts.sources_in(&mentions) == 1;
    // One sentence does not contradict itself: two values of one key in a
    // sentence ("a bomb killed 7 and the gunman 85") are two quantities.
    let one_sentence = within_source
        && mentions
            .iter()
            .map(|&i| facts[i].provenance.sentence_span)
            .collect::<BTreeSet<_>>()
            .len()
            == 1;
    if one_sentence {
        return;
    }
    let spread = spread(facts, &sides);
    let severity = severity(facts, &spread, policy);
    let confidence = confidence(alignment, &representatives(&sides));
    let matched = matched(alignment, &mentions);
    // Counts whose role is not stated need something else in common, and
    // names nearby must not point at different things.
    let doubt = doubt.or_else(|| {
        if names_differ(facts, alignment, &sides)
            || (g.time == Time::Past && past_names_apart(alignment, &sides))
        {
            Some(Doubt::NamesDiffer)
        } else if g.kind == Kind::Count && g.role.is_none() && !context_shared(alignment, &sides) {
            Some(Doubt::LittleInCommon)
        } else if g.change.is_some() && !within_source && !one_day(facts, &mentions, published) {
            // "sixteen more victims" in one report, "ten more" in another:
            // two days' changes, unless both reports are of one day.
            Some(Doubt::DaysDiffer)
        } else if within_source && !parties_differ(alignment, &sides) {
            // A report restating a quantity repeats its figure: two
            // figures of its own, in two sentences, are most often two
            // quantities (a programme and one of its parts, a country
            // and one group in it). Only a dispute it reports, each side
            // on someone's word, is a conflict of one source.
            Some(Doubt::WeakMatch)
        } else if confidence < SURE {
            Some(Doubt::WeakMatch)
        } else {
            None
        }
    });
    let conflict = Conflict {
        kind: g.kind,
        subject,
        severity,
        spread,
        sides: sides_of(facts, &sides),
        mentions,
        within_source,
        confidence,
        matched,
        doubt,
    };
    // A word like "several" on one side puts nothing in doubt.
    let loose_side = sides
        .iter()
        .any(|s| s.iter().all(|&i| loose::worded(&facts[i])));
    if conflict.doubt.is_some() {
        if !loose_side {
            out.possible_conflicts.push(conflict);
        }
    } else {
        out.conflicts.push(conflict);
    }
}

/// Whether the reports of `mentions` are all of one known day.
fn one_day(facts: &Facts<'_>, mentions: &[usize], published: &BTreeMap<String, NaiveDate>) -> bool {
    let days: BTreeSet<Option<&NaiveDate>> = mentions
        .iter()
        .map(|&i| published.get(facts[i].provenance.source.as_str()))
        .collect();
    days.len() == 1 && days.first().is_some_and(Option::is_some)
}

/// Whether two sides are given on the word of different parties ("the
/// union says 4,000 jobs", "the company said 2,500"): each names who
/// gives it, and no party gives both.
fn parties_differ(alignment: &Alignment, sides: &[Vec<usize>]) -> bool {
    let parties: Vec<BTreeSet<&str>> = sides
        .iter()
        .map(|s| {
            s.iter()
                .filter_map(|&i| alignment.frames[i].attribution())
                .collect()
        })
        .collect();
    parties.iter().enumerate().any(|(n, a)| {
        !a.is_empty()
            && parties[n + 1..]
                .iter()
                .any(|b| !b.is_empty() && a.is_disjoint(b))
    })
}

/// The first fact of each side: the facts a conflict's confidence is read
/// from.
fn representatives(sides: &[Vec<usize>]) -> Vec<usize> {
    sides.iter().filter_map(|s| s.first().copied()).collect()
}

/// Whether the names near the sides point at different things: every
/// side names something, no name is shared by two sides, and no side's
/// names occur in another side's sentences.
fn names_differ(facts: &[Fact], alignment: &Alignment, sides: &[Vec<usize>]) -> bool {
    let names = side_names(alignment, sides);
    if names.iter().any(BTreeSet::is_empty) {
        return false;
    }
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for n in &names {
        if n.iter().any(|w| seen.contains(w)) {
            return false;
        }
        seen.extend(n.iter().copied());
    }
    // A name at the start of a sentence is not taken for a name, but it
    // may be one: look for each side's names in the others' sentences.
    const PAIRS: usize = 8;
    for (a, na) in names.iter().enumerate().take(PAIRS) {
        for (b, side) in sides.iter().enumerate().take(PAIRS) {
            if a == b {
                continue;
            }
            let named = side.iter().take(SAMPLE).any(|&i| {
                let sentence = facts[i].provenance.sentence.to_lowercase();
                na.iter().any(|n| sentence.contains(n))
            });
            if named {
                return false;
            }
        }
    }
    true
}

/// The names near each side's first facts.
fn side_names<'a>(alignment: &'a Alignment, sides: &[Vec<usize>]) -> Vec<BTreeSet<&'a str>> {
    sides
        .iter()
        .map(|s| {
            s.iter()
                .take(SAMPLE)
                .flat_map(|&i| alignment.frames[i].entities().iter())
                .collect()
        })
        .collect()
}

/// Whether a side of past figures names things no other side names:
/// "buying Bethesda for $7.5 billion last year" and "JDS Uniphase's $41
/// billion purchase of SDL in 2000" are two deals of the past, not two
/// figures of one. Figures of the past are one quantity only where their
/// names meet.
fn past_names_apart(alignment: &Alignment, sides: &[Vec<usize>]) -> bool {
    let names = side_names(alignment, sides);
    names.iter().enumerate().any(|(a, na)| {
        !na.is_empty()
            && names
                .iter()
                .enumerate()
                .all(|(b, nb)| a == b || na.is_disjoint(nb))
    })
}

/// Whether facts on different sides share a context class, the modifiers
/// that name their group ("on board"), or, when neither names a class, a
/// content word.
fn context_shared(alignment: &Alignment, sides: &[Vec<usize>]) -> bool {
    let sample = |s: &Vec<usize>| {
        s.iter()
            .take(crate::align::SAMPLE)
            .copied()
            .collect::<Vec<_>>()
    };
    let sampled: Vec<Vec<usize>> = sides.iter().map(sample).collect();
    // Every side shares something with another: a farmer's "seven or
    // eight aftershocks" shares nothing with the agency's 400 and 411,
    // however much those two share.
    sampled.iter().enumerate().all(|(n, a)| {
        sampled
            .iter()
            .enumerate()
            .filter(|&(m, _)| m != n)
            .any(|(_, b)| {
                a.iter().any(|&x| {
                    b.iter().any(|&y| {
                        let (fx, fy) = (&alignment.frames[x], &alignment.frames[y]);
                        fx.concepts().intersection(&fy.concepts()).next().is_some()
                            || (fx.concepts().is_empty()
                                && fy.concepts().is_empty()
                                && fx.agrees_with(fy))
                            || (!fx.modifiers().is_empty() && fx.modifiers() == fy.modifiers())
                    })
                })
            })
    })
}

/// The frame slots every fact of a finding shares, with their words.
fn matched(alignment: &Alignment, mentions: &[usize]) -> Vec<(Slot, String)> {
    // Figures of unknown subject that joined a group say nothing of its
    // frame.
    let mut sample = mentions
        .iter()
        .filter(|&&i| !alignment.frames[i].measured.is_empty())
        .take(crate::align::SAMPLE);
    let Some(&first) = sample.next() else {
        return Vec::new();
    };
    let mut shared: Vec<(Slot, String)> = alignment.frames[first].evidence();
    for &i in sample {
        let other = alignment.frames[i].evidence();
        // Evidence words differ between sources ("float", "IPO"); a slot
        // is matched when every fact has it.
        shared.retain(|(slot, _)| other.iter().any(|(s, _)| s == slot));
    }
    shared.dedup_by(|a, b| a.0 == b.0);
    shared
}

pub(super) fn corroborate(
    facts: &Facts<'_>,
    alignment: &Alignment,
    g: &Group,
    subject: &str,
    mentions: Vec<usize>,
    out: &mut Findings,
) {
    let sources = facts.sources_in(&mentions);
    // Two sources that both say "dozens of" agree on no figure: a
    // corroboration needs at least one stated number.
    let stated = mentions
        .iter()
        .any(|&m| facts[m].kind == Kind::Date || facts[m].precision.is_some());
    if sources >= 2 && stated {
        out.corroborations.push(Corroboration {
            kind: g.kind,
            subject: subject.to_string(),
            sources,
            confidence: confidence(alignment, &facts.first_per_source(&mentions)),
            matched: matched(alignment, &mentions),
            mentions,
        });
    }
}

/// How far apart the lowest and highest sides are.
fn spread(facts: &[Fact], sides: &[Vec<usize>]) -> Spread {
    // A side's values overlap, but may differ ("about 175 km", "about
    // 150 km"): the lowest side is told by its lowest value and the
    // highest by its highest, the first of each in order, so that a
    // side's other unit ("175 km (109 miles)") is never told as its
    // rival.
    let middle = |i: &usize| mid(&scaled_interval(&facts[*i])).map(Ordered);
    let lowest = sides
        .first()
        .and_then(|s| s.iter().min_by_key(|&i| (middle(i), *i)))
        .copied()
        .unwrap_or(0);
    let highest = sides
        .last()
        .and_then(|s| s.iter().max_by_key(|&i| (middle(i), std::cmp::Reverse(*i))))
        .copied()
        .unwrap_or(0);
    let (fa, fb) = (&facts[lowest], &facts[highest]);
    let mut out = Spread {
        lowest,
        highest,
        gap_percent: None,
        meet_at: None,
        outside_bound: false,
    };
    if fa.kind == Kind::Date {
        return out;
    }
    let (lo_i, hi_i) = (scaled_interval(fa), scaled_interval(fb));
    let (Some(lo_v), Some(hi_v)) = (mid(&lo_i), mid(&hi_i)) else {
        return out;
    };
    let big = lo_v.abs().max(hi_v.abs());
    // Checked: values near the largest decimal must not overflow.
    let rel = match hi_v.checked_sub(lo_v) {
        _ if big.is_zero() => Decimal::ZERO,
        Some(gap) => gap
            .abs()
            .checked_div(big)
            .unwrap_or(Decimal::ONE)
            .round_dp(4),
        None => Decimal::ONE,
    };
    out.gap_percent = Some((rel * Decimal::from(100)).round_dp(1).normalize());
    // Adjacent at stated precision: the two intervals touch.
    if let (Some(u), Some(l)) = (lo_i.upper, hi_i.lower)
        && u.value == l.value
    {
        out.meet_at = Some(u.value);
    }
    out.outside_bound = out.meet_at.is_none()
        && [fa.bound, fb.bound]
            .iter()
            .any(|b| matches!(b, Bound::Lower | Bound::Upper));
    out
}

/// A conflict's severity from its spread.
fn severity(facts: &[Fact], spread: &Spread, policy: &Policy) -> Severity {
    if facts[spread.lowest].kind == Kind::Date {
        return Severity::Medium;
    }
    let Some(gap) = spread.gap_percent else {
        return Severity::Medium;
    };
    let rel = gap / Decimal::from(100);
    if spread.meet_at.is_some() || rel < policy.low {
        Severity::Low
    } else if rel >= policy.high {
        Severity::High
    } else {
        Severity::Medium
    }
}

/// One note per group whose strong values come in units that cannot be
/// compared (two currencies): the first fact of each unit.
fn unit_notes(facts: &[Fact], alignment: &Alignment, out: &mut Vec<Note>) {
    for g in &alignment.groups {
        if !g.judged || g.strong.is_empty() || !matches!(g.kind, Kind::Money | Kind::Percent) {
            continue;
        }
        let mut firsts: BTreeMap<UnitClass<'_>, usize> = BTreeMap::new();
        for &i in &g.strong {
            firsts.entry(unit_class(&facts[i])).or_insert(i);
        }
        if firsts.len() > 1 {
            let mut mentions: Vec<usize> = firsts.into_values().collect();
            mentions.sort_unstable();
            out.push(Note {
                kind: g.kind,
                subject: g.subject.clone(),
                reason: NoteReason::Units,
                mentions,
            });
        }
    }
}

/// The sides of a conflict, each with the number of sources that state it.
fn sides_of(facts: &Facts<'_>, sides: &[Vec<usize>]) -> Vec<Side> {
    sides
        .iter()
        .map(|s| Side {
            sources: facts.sources_in(s),
            mentions: s.clone(),
        })
        .collect()
}

mod loose;
mod possible;
#[cfg(test)]
mod tests;
