//! The places that scope a tally, read across one report or the whole
//! story: a place every report is set in scopes nothing, and a figure a
//! report restates with fewer words keeps the place it named.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use crate::fact::{Fact, SharedStr};

use crate::quantity::{self, Role, Value};

use super::{Frame, Which};

/// Drops from the frame of every tally (a count with a role) the places
/// the story itself is set in: a place
/// named near the figures of at least half the sources, and of two or
/// more ("About 3,000 homes were still without power in Wales", in a story
/// every report of which is about Wales). Such a place scopes nothing: the
/// story's other figures are of it too. A place only some reports name
/// ("68 were in Utøya", beside a total for two sites) still scopes its
/// figure, and so does a place some report sets against another for one
/// tally ("85 killed on the island of Utøya", "seven in Oslo"), however
/// many reports name it.
pub(super) fn story_places(facts: &[Fact], reports: &[Range<usize>], frames: &mut [Frame]) {
    // Only a tally's: a count with a role runs over the whole story, while
    // other counts ("29 counties ... in Ike's wake", "35 Texas counties")
    // may be of programmes whose words are all the story's. So only the
    // places of tallies are counted, by the sources that name them.
    let mut named: BTreeMap<&str, BTreeSet<&str>> = frames
        .iter()
        .filter(|fr| fr.role.is_some())
        .flat_map(|fr| fr.places().iter())
        .map(|p| (p, BTreeSet::new()))
        .collect();
    if named.is_empty() {
        return;
    }
    // A source's facts follow one another: each is counted once a run.
    let mut sources = BTreeSet::new();
    for report in reports {
        let source: &str = &facts[report.start].provenance.source;
        sources.insert(source);
        for fr in &frames[report.clone()] {
            for e in fr.entities().iter() {
                if let Some(by) = named.get_mut(e) {
                    by.insert(source);
                }
            }
        }
    }
    if sources.len() < 2 {
        return;
    }
    let contrasted = contrasted_places(reports, frames);
    let story: BTreeSet<String> = named
        .into_iter()
        .filter(|(p, s)| s.len() >= 2 && 2 * s.len() >= sources.len() && !contrasted.contains(*p))
        .map(|(e, _)| e.to_string())
        .collect();
    for fr in frames.iter_mut().filter(|fr| fr.role.is_some()) {
        fr.sets.retain(Which::Places, |p| !story.contains(p));
    }
}

/// The places some report sets against each other for one tally: the
/// places of tallies of one measured thing and role, in one report, that
/// name different places.
fn contrasted_places(reports: &[Range<usize>], frames: &[Frame]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for report in reports {
        let (start, end) = (report.start, report.end);
        let mut by_tally: BTreeMap<(&str, Role), BTreeSet<&str>> = BTreeMap::new();
        for fr in &frames[start..end] {
            if let Some(role) = fr.role
                && fr.places().len() == 1
            {
                by_tally
                    .entry((fr.measured.as_str(), role))
                    .or_default()
                    .extend(fr.places().iter());
            }
        }
        for places in by_tally.into_values().filter(|p| p.len() >= 2) {
            out.extend(places.into_iter().map(str::to_string));
        }
    }
    out
}

/// Drops "part of these" from the parts of one whole that a report
/// tells apart by their places ("Of these, 68 were in Utøya and eight
/// were from the bombing in Oslo"): each is the figure for its place, as
/// another report's figure for that place is, not a part of it. A lone
/// part with a place ("two of them seriously, in a stabbing at Leeds bus
/// station") keeps it: its place is the whole's.
pub(super) fn parts_by_place(reports: &[Range<usize>], frames: &mut [Frame]) {
    for report in reports {
        let (start, end) = (report.start, report.end);
        let mut parts: BTreeMap<(String, Role, String), Vec<(usize, String)>> = BTreeMap::new();
        for (i, fr) in frames.iter().enumerate().take(end).skip(start) {
            let (Some(role), 1) = (fr.role, fr.places().len()) else {
                continue;
            };
            for m in fr.modifiers().iter().filter(|m| m.starts_with(PART_OF)) {
                let place = fr.places().iter().next().unwrap_or_default().to_string();
                parts
                    .entry((fr.measured.to_string(), role, m.to_string()))
                    .or_default()
                    .push((i, place));
            }
        }
        for ((_, _, part), members) in parts {
            let places: BTreeSet<&str> = members.iter().map(|(_, p)| p.as_str()).collect();
            if places.len() >= 2 {
                for (i, _) in members {
                    frames[i].sets.remove(Which::Modifiers, &part);
                }
            }
        }
    }
}

/// How a frame's modifier names the whole a count is a part of: "part of
/// these".
const PART_OF: &str = "part of ";

/// Gives a tally the places a restatement of it names in the same
/// report: a headline's "At least 85 dead in shooting at youth camp"
/// counts the people the body's "killed at least 85 people at a youth
/// camp on the island of Utøya" counts, and is as much a figure for
/// Utøya. Only a figure with no place of its own takes them, from
/// figures of the same kind, measured thing, role and value, and only
/// when they all name the same places: a report that gives 85 for two
/// places leaves its bare 85 alone.
pub(super) fn restated_places(facts: &[Fact], reports: &[Range<usize>], frames: &mut [Frame]) {
    for report in reports {
        let (start, end) = (report.start, report.end);
        let placed: Vec<usize> = (start..end)
            .filter(|&i| frames[i].role.is_some() && !frames[i].places().is_empty())
            .take(PLACED_PER_REPORT)
            .collect();
        if !placed.is_empty() {
            for i in start..end {
                if frames[i].role.is_none() || !frames[i].places().is_empty() {
                    continue;
                }
                let mut said = placed.iter().filter(|&&p| restates(facts, frames, i, p));
                let Some(&first) = said.next() else { continue };
                let places: Vec<String> =
                    frames[first].places().iter().map(str::to_string).collect();
                if said.all(|&p| frames[p].places() == frames[first].places()) {
                    for p in &places {
                        frames[i].sets.insert(Which::Entities, p);
                        frames[i].sets.insert(Which::Places, p);
                    }
                }
            }
        }
    }
}

/// Gives the tallies a sentence lists the place named after the last of
/// them: "122 residents had been killed, more than 180 missing and 1,300
/// injured in Ludian County" counts all three in the county. Only a run
/// of tallies of different roles, none with a place of its own, takes
/// it; a figure of another kind between them ends the run.
pub(super) fn listed_places(facts: &[Fact], frames: &mut [Frame]) {
    for sentence in sentences(facts) {
        let (start, end) = (sentence.start, sentence.end);
        // The run of tallies that ends at each placed one.
        let mut run_start = start;
        for i in start..end {
            let fr = &frames[i];
            if fr.role.is_none() || facts[i].kind != crate::quantity::Kind::Count {
                run_start = i + 1;
                continue;
            }
            if fr.places().is_empty() {
                continue;
            }
            let run = run_start..i;
            let mut roles: BTreeSet<Role> =
                frames[run.clone()].iter().filter_map(|f| f.role).collect();
            let distinct =
                roles.len() == run.len() && roles.insert(fr.role.unwrap_or(Role::Killed));
            if !run.is_empty()
                && distinct
                && frames[run.clone()].iter().all(|f| f.places().is_empty())
            {
                let places: Vec<String> = fr.places().iter().map(str::to_string).collect();
                for k in run {
                    for place in &places {
                        frames[k].sets.insert(Which::Entities, place);
                        frames[k].sets.insert(Which::Places, place);
                    }
                }
            }
            run_start = i + 1;
        }
    }
}

/// The facts of each report, as ranges of the list: a report's facts
/// follow one another.
pub(super) fn reports(facts: &[Fact]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < facts.len() {
        let source = &facts[start].provenance.source;
        let end = start
            + facts[start..]
                .iter()
                .take_while(|f| same_text(&f.provenance.source, source))
                .count();
        out.push(start..end);
        start = end;
    }
    out
}

/// The facts of each sentence, as ranges of the list: a sentence's facts
/// follow one another.
pub(crate) fn sentences(facts: &[Fact]) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        let p = &facts.get(start)?.provenance;
        let end = start
            + facts[start..]
                .iter()
                .take_while(|f| {
                    f.provenance.sentence_span == p.sentence_span
                        && same_text(&f.provenance.source, &p.source)
                })
                .count();
        let run = start..end;
        start = end;
        Some(run)
    })
}

/// Whether two shared strings hold the same text: the facts of one source
/// share its id's bytes, known the same without reading them.
fn same_text(a: &SharedStr, b: &SharedStr) -> bool {
    std::ptr::eq(a.as_str(), b.as_str()) || a == b
}

/// How many placed tallies of one report a bare one is compared with.
const PLACED_PER_REPORT: usize = 64;

/// Whether fact `a` states what fact `b` states: the same kind, measured
/// thing and role, the same value and bound, of the same noun ("85 dead"
/// and "85 people").
fn restates(facts: &[Fact], frames: &[Frame], a: usize, b: usize) -> bool {
    let (fa, fb) = (&facts[a], &facts[b]);
    fa.kind == fb.kind
        && frames[a].measured == frames[b].measured
        && frames[a].role == frames[b].role
        && fa.bound == fb.bound
        && fa.interval == fb.interval
        && fa.unit.name() == fb.unit.name()
        && same_value(&fa.value, &fb.value)
}

/// The members of one bucket that are wholes beside a part: figures of
/// no place whose report gives another value for a place among them.
pub(super) fn wholes(facts: &[Fact], members: &[usize], frames: &[Frame]) -> BTreeSet<usize> {
    // The values each report gives for a place, a few of each.
    let mut placed: BTreeMap<&str, Vec<&Value>> = BTreeMap::new();
    for &m in members {
        if !frames[m].places().is_empty() {
            let values = placed
                .entry(facts[m].provenance.source.as_str())
                .or_default();
            if values.len() < PLACED_PER_REPORT {
                values.push(&facts[m].value);
            }
        }
    }
    if placed.is_empty() {
        return BTreeSet::new();
    }
    members
        .iter()
        .copied()
        .filter(|&m| {
            let fr = &frames[m];
            fr.places().is_empty()
                && fr.modifiers().is_empty()
                && placed
                    .get(facts[m].provenance.source.as_str())
                    .is_some_and(|values| values.iter().any(|v| !same_value(v, &facts[m].value)))
        })
        .collect()
}

/// Whether two values are one number (or one date).
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => quantity::order(x, y) == Ordering::Equal,
        (x, y) => x == y,
    }
}
