//! One day stated by two sources with different words around it: "the
//! fatal, Jan. 26, 2020, helicopter crash" in one report, "On January 26,
//! 2020, a helicopter crashed near Calabasas" in another.
//!
//! A date's subject is read from the few words beside it, and two
//! sources seldom put the same ones there. A full calendar day that a
//! source states alone in its group joins, as a weak member, the group
//! of the same day in another source (a group that names what it
//! measures) when the words around the two dates share at least two
//! content words and the event each names (the noun a date modifies, "the
//! Sept. 13 disaster declaration", else the event word beside it) is
//! named around the other too: it can corroborate, never conflict. One
//! day can date two events ("the Sept. 13 disaster declaration", "since
//! the hurricane hit on Sept. 13"), so nothing joins on the day alone,
//! nor on the words of a story that every sentence shares.

use std::collections::{BTreeMap, BTreeSet};

use super::{Frame, Group};
use crate::fact::Fact;
use crate::lexicon;
use crate::quantity::{Bound, Kind};

/// How many content words two sentences must share for their dates of
/// one day to be one event's.
const SHARED: usize = 2;

/// How many content words on each side of a date are read.
const REACH: usize = 12;

/// How many words after a date may name the event it modifies: "the
/// fatal, Jan. 26, 2020, helicopter crash".
const HEAD_WORDS: usize = 3;

/// A word's stem for matching the words of two sentences: singular, and
/// "crashed" or "crashing" as "crash".
fn stem(w: &str) -> String {
    let s = lexicon::singular(w);
    for suffix in ["ing", "ed"] {
        if let Some(base) = s.strip_suffix(suffix)
            && base.len() >= 4
        {
            return base.to_string();
        }
    }
    s
}

/// Whether a lowercase word is a content word: four letters or more,
/// neither a function word nor a calendar word.
fn content(w: &str) -> bool {
    let mut buf = [0u8; 32];
    w.len() >= 4
        && !lexicon::lower(w, &mut buf).is_some_and(lexicon::is_stop_word)
        && !lexicon::is_calendar_word(w)
}

/// The words of a date's sentence before and after its quote, lowercase,
/// in text order (the words before nearest last).
fn sides(f: &Fact) -> (Vec<String>, Vec<String>) {
    let p = &f.provenance;
    let lead = p.span.start.saturating_sub(p.sentence_span.start);
    let tail = p.span.end.saturating_sub(p.sentence_span.start);
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    (
        p.sentence.get(..lead).map(words).unwrap_or_default(),
        p.sentence.get(tail..).map(words).unwrap_or_default(),
    )
}

/// The stems of the content words around a date, up to [`REACH`] on
/// each side.
fn content_words(f: &Fact) -> BTreeSet<String> {
    let (before, after) = sides(f);
    let before: Vec<&String> = before.iter().filter(|w| content(w)).collect();
    let skip = before.len().saturating_sub(REACH);
    before
        .into_iter()
        .skip(skip)
        .chain(after.iter().filter(|w| content(w)).take(REACH))
        .map(|w| stem(w))
        .collect()
}

/// The event a date names, as a stem: the noun a date modifies ("the Sept.
/// 13 disaster declaration", "the December 18, 2008 Order"), else the
/// event word beside it (`Frame::measured_by`); `None` when it names none
/// or only a reporting verb ("announced that on December 18 ...").
fn head(f: &Fact, frame: &Frame) -> Option<String> {
    let p = &f.provenance;
    let tail = p.span.end.saturating_sub(p.sentence_span.start);
    let rest = p.sentence.get(tail..).unwrap_or("");
    let rest = rest.trim_start_matches([',', ' ']);
    // The content words right after it, up to a function word or
    // punctuation.
    let run: Vec<String> = rest
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .take(HEAD_WORDS + 1)
        .take_while(|w| !w.is_empty() && content(&w.to_lowercase()))
        .map(str::to_lowercase)
        .collect();
    if !run.is_empty() && run.len() <= HEAD_WORDS {
        return run.last().map(|w| stem(w));
    }
    if !frame.judged || frame.measured.is_empty() {
        return None;
    }
    Some(stem(&frame.measured_by.to_lowercase()))
}

/// Moves each full day whose group holds one source only into the group
/// of the same day in another source whose sentence shares content
/// words with it, as a weak member.
pub(super) fn join_days(facts: &[Fact], frames: &[Frame], groups: &mut [Group]) {
    let mut group_of: BTreeMap<usize, usize> = BTreeMap::new();
    let mut by_day: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (k, g) in groups.iter().enumerate() {
        if g.kind != Kind::Date {
            continue;
        }
        for &i in g.strong.iter().chain(&g.weak) {
            let f = &facts[i];
            let full = f
                .value
                .as_date()
                .is_some_and(|d| d.is_calendar_day() && d.year.is_some());
            if full && f.bound == Bound::Exact {
                group_of.insert(i, k);
                by_day.entry(d_iso(f)).or_default().push(i);
            }
        }
    }
    let sources = |g: &Group| -> BTreeSet<&str> {
        g.strong
            .iter()
            .chain(&g.weak)
            .map(|&i| facts[i].provenance.source.as_str())
            .collect()
    };
    for day in by_day.values().filter(|d| d.len() > 1) {
        let words: Vec<BTreeSet<String>> = day.iter().map(|&i| content_words(&facts[i])).collect();
        let heads: Vec<Option<String>> = day.iter().map(|&i| head(&facts[i], &frames[i])).collect();
        // Each event named must be named around the other date too.
        let named_in = |h: &Option<String>, other: &BTreeSet<String>, oh: &Option<String>| {
            h.as_ref()
                .is_none_or(|h| other.contains(h) || oh.as_ref() == Some(h))
        };
        for (x, &a) in day.iter().enumerate() {
            for (y, &b) in day.iter().enumerate().skip(x + 1) {
                let (ga, gb) = (group_of[&a], group_of[&b]);
                if ga == gb
                    || facts[a].provenance.source == facts[b].provenance.source
                    || frames[a].time != frames[b].time
                    || words[x].intersection(&words[y]).nth(SHARED - 1).is_none()
                    || heads[x].is_none() && heads[y].is_none()
                    || !named_in(&heads[x], &words[y], &heads[y])
                    || !named_in(&heads[y], &words[x], &heads[x])
                {
                    continue;
                }
                // The fact joins the other's group when its own holds one
                // source only; the group joined must be judged and name
                // what it measures.
                let keyed = |g: usize| groups[g].judged && !groups[g].subject.is_empty();
                // (A date of a reporting verb is never judged where it is.)
                let alone = |g: usize| !groups[g].judged || sources(&groups[g]).len() == 1;
                let (moved, from, to) = if keyed(gb) && alone(ga) {
                    (a, ga, gb)
                } else if keyed(ga) && alone(gb) {
                    (b, gb, ga)
                } else {
                    continue;
                };
                let g = &mut groups[from];
                g.strong.retain(|&i| i != moved);
                g.weak.retain(|&i| i != moved);
                groups[to].weak.push(moved);
                group_of.insert(moved, to);
            }
        }
    }
}

/// A date's ISO form.
fn d_iso(f: &Fact) -> &str {
    f.value.as_date().map_or("", |d| d.iso.as_str())
}
