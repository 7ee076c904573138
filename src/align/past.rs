//! Figures of the past, told by a date beside them: "a fire killed 6
//! people in 2021", in a report of 2024, is no figure of this story.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};

use super::{Frame, Time};
use crate::fact::Fact;
use crate::quantity::Kind;

/// How close, in bytes, a date must stand to a figure in its sentence to
/// date it.
const DATE_REACH: usize = 60;

/// Marks as past the figures that stand next to a date of a year before
/// their source's publication: "a fire killed 6 people in 2021", "since
/// 2021, when a fire killed 6 people", in a report of 2024. A figure tied
/// to a named year is past when that year is, current when it is the
/// year of the report. A report with no date is read in the year of the
/// story's earliest dated one.
pub(super) fn date_past_figures(
    facts: &[Fact],
    frames: &mut [Frame],
    published: &BTreeMap<String, NaiveDate>,
) {
    // Only a source with a publication date has figures to mark.
    if published.is_empty() {
        return;
    }
    // A source with no date is read in the year of the story's first
    // dated report: a year before that one is past for every report ("In
    // November 2015, 19 people were killed", beside reports of 2019).
    let story_year = published.values().min().map(Datelike::year);
    // Each fact's source as a number, and each source's year. A source's
    // facts follow one another, so names are compared only where a run
    // of them ends, not looked up for every fact.
    let mut numbers: HashMap<&str, u32> = HashMap::new();
    let mut years: Vec<Option<i32>> = Vec::new();
    let mut source_of: Vec<u32> = Vec::with_capacity(facts.len());
    let mut last: Option<(&str, u32)> = None;
    // The dates, by source, sentence and place in the list: those of a
    // sentence are found by halving the list. A check of many sources
    // holds thousands of dates, and a search of a list is cheaper than
    // one of a map with a node at each step.
    let mut dates: Vec<(u32, usize, usize)> = Vec::new();
    for (i, f) in facts.iter().enumerate() {
        let source = f.provenance.source.as_str();
        let number = match last {
            Some((name, number)) if name == source => number,
            _ => {
                let next = u32::try_from(years.len()).unwrap_or(u32::MAX);
                let number = *numbers.entry(source).or_insert_with(|| {
                    years.push(published.get(source).map(Datelike::year).or(story_year));
                    next
                });
                last = Some((source, number));
                number
            }
        };
        source_of.push(number);
        if f.kind == Kind::Date {
            dates.push((number, f.provenance.sentence_span.start, i));
        }
    }
    // Facts come in order of source and place: the list is sorted already
    // but where a source's id comes back out of turn.
    dates.sort_unstable();
    // Where each source's dates start in the list, and where the last
    // one's end: a sentence's dates are then sought among its source's
    // few only.
    let mut firsts: Vec<usize> = Vec::with_capacity(years.len() + 1);
    for n in 0..=years.len() {
        let from = firsts.last().copied().unwrap_or(0);
        let count = dates
            .get(from..)
            .unwrap_or_default()
            .partition_point(|&(s, _, _)| (s as usize) < n);
        firsts.push(from + count);
    }
    for (i, f) in facts.iter().enumerate() {
        let p = &f.provenance;
        let Some(year) = years.get(source_of[i] as usize).copied().flatten() else {
            continue;
        };
        // A year named right after the figure ("fined $45m in 2022").
        if let Time::Year(y) = frames[i].time {
            if y < year {
                frames[i].time = Time::Past;
            } else if y == year {
                frames[i].time = Time::Current;
            }
            continue;
        }
        if f.kind == Kind::Date || frames[i].time != Time::Current {
            continue;
        }
        let source = source_of[i] as usize;
        let own = firsts
            .get(source..source + 2)
            .and_then(|ends| dates.get(ends[0]..ends[1]))
            .unwrap_or_default();
        let at = p.sentence_span.start;
        let from = own.partition_point(|&(_, start, _)| start < at);
        let to = from + own[from..].partition_point(|&(_, start, _)| start == at);
        let near = &own[from..to];
        if near.is_empty() {
            continue;
        }
        let distance = |d: &Fact| {
            let s = d.provenance.span;
            if s.end <= p.span.start {
                p.span.start - s.end
            } else {
                s.start.saturating_sub(p.span.end)
            }
        };
        // "in 2008, when its chief pursued plans to buy a rival for about
        // $50 billion": a clause opened by "when" after a date holds at
        // that date, however long it runs.
        let opens_when = |d: &Fact| {
            let s = d.provenance.span;
            s.end <= p.span.start
                && p.sentence
                    .get(s.end - p.sentence_span.start..p.span.start - p.sentence_span.start)
                    .is_some_and(|between| {
                        between.starts_with(", when ") && !between.contains(['.', ';'])
                    })
        };
        // "In 1981, the year the high-rise was built, walkways collapsed,
        // killing 114 people": a date that opens its sentence, set off by a
        // comma, holds for the whole sentence.
        let opens_sentence = |d: &Fact| {
            let s = d.provenance.span;
            let start = p.sentence_span.start;
            s.end <= p.span.start
                && p.sentence
                    .get(..s.start - start)
                    .is_some_and(|lead| matches!(lead.trim(), "" | "In" | "On" | "in" | "on"))
                && p.sentence
                    .get(s.end - start..)
                    .is_some_and(|rest| rest.starts_with(','))
        };
        let nearest = near
            .iter()
            .map(|&(_, _, d)| &facts[d])
            .filter(|d| distance(d) <= DATE_REACH || opens_when(d) || opens_sentence(d))
            .min_by_key(|d| distance(d));
        // "since 1998", "by 2030": a date a figure is measured from or
        // towards, not the time it holds for, unless the figure is in a
        // clause that says it happened then ("since 2021, when a fire
        // killed 6 people").
        let reference_point = |d: &Fact| {
            let t = d.provenance.text.to_ascii_lowercase();
            let from_or_to = [
                "since ", "by ", "before ", "after ", "until ", "from ", "through ",
            ]
            .iter()
            .any(|m| t.starts_with(m));
            let between = if d.provenance.span.end <= p.span.start {
                p.sentence
                    .get(
                        d.provenance.span.end - p.sentence_span.start
                            ..p.span.start - p.sentence_span.start,
                    )
                    .unwrap_or("")
            } else {
                ""
            };
            from_or_to && !between.contains(" when ")
        };
        if let Some(d) = nearest
            && !reference_point(d)
            && let Some(y) = d.value.as_date().and_then(|v| v.year)
            && y < year
        {
            frames[i].time = Time::Past;
            frames[i].rare_mut().time_by = d.provenance.text.to_string();
        }
    }
}
