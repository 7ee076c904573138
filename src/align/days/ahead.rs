//! What joining days reads around dates (the words, the source, the noun
//! a date modifies), read ahead on a second thread while the rest of
//! alignment goes on.

use std::collections::BTreeMap;

use super::{Names, content_words, d_iso, full, run_head};
use crate::fact::Fact;
use crate::quantity::Kind;

/// The stems around the dates [`join_days`](super::join_days) may
/// compare, with their sources and the nouns they modify, read before it
/// runs (on a second thread while the rest of alignment goes on), with
/// the numbers they were given. The numbers only tell stems apart: which
/// date pairs with which does not depend on their order.
#[derive(Default)]
pub(in crate::align) struct DayWords<'f> {
    pub(super) names: Names<'f>,
    pub(super) read: ReadStems,
}

/// What was read around dates, by fact: one list of stems for all, so
/// that reading ahead holds little more than the stems themselves.
#[derive(Default)]
pub(super) struct ReadStems {
    /// Each date read, in order of fact.
    dates: Vec<ReadDate>,
    stems: Vec<u32>,
}

/// One date read ahead: its fact, where its stems lie in
/// [`ReadStems::stems`], the number of its source, and the noun it
/// modifies, if one decides its event (see [`run_head`]).
struct ReadDate {
    fact: u32,
    from: u32,
    to: u32,
    source: u32,
    run: Option<u32>,
}

/// What was read ahead around one date.
pub(super) struct Read<'r> {
    /// The number of its source.
    pub(super) source: u32,
    /// The stems around it.
    pub(super) stems: &'r [u32],
    /// The noun it modifies, if one decides its event; otherwise its
    /// event is read from its frame.
    pub(super) run: Option<u32>,
}

impl ReadStems {
    /// What was read around fact `i`, if it was.
    pub(super) fn of(&self, i: usize) -> Option<Read<'_>> {
        let i = u32::try_from(i).ok()?;
        let k = self.dates.binary_search_by_key(&i, |d| d.fact).ok()?;
        let d = &self.dates[k];
        Some(Read {
            source: d.source,
            stems: self.stems.get(d.from as usize..d.to as usize)?,
            run: d.run,
        })
    }
}

impl DayWords<'_> {
    /// How many dates' words were read.
    #[cfg(test)]
    pub(in crate::align) fn len(&self) -> usize {
        self.read.dates.len()
    }
}

/// Reads the stems around every date that states a whole day (see
/// [`full`]) that another date of `facts` states too, with its source and
/// the noun it modifies: what [`join_days`](super::join_days) reads,
/// whatever the groups, which only decide the order it reads it in.
pub(in crate::align) fn read_words(facts: &[Fact]) -> DayWords<'_> {
    let mut by_day: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, f) in facts.iter().enumerate() {
        if f.kind == Kind::Date && full(f) {
            by_day.entry(d_iso(f)).or_default().push(i);
        }
    }
    let mut ahead = DayWords::default();
    for day in by_day.values().filter(|d| d.len() > 1) {
        for &i in day {
            let f = &facts[i];
            let words = content_words(f, &mut ahead.names);
            let source = ahead.names.id(f.provenance.source.as_str());
            let run = run_head(f).map(|h| ahead.names.id(h));
            let read = &mut ahead.read;
            let from = read.stems.len();
            read.stems.extend(words);
            // Past four billion stems, or facts, the rest is read where
            // needed.
            if let (Ok(fact), Ok(from), Ok(to)) = (
                u32::try_from(i),
                u32::try_from(from),
                u32::try_from(read.stems.len()),
            ) {
                read.dates.push(ReadDate {
                    fact,
                    from,
                    to,
                    source,
                    run,
                });
            }
        }
    }
    ahead.read.dates.sort_unstable_by_key(|d| d.fact);
    ahead
}
