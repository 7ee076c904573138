//! The words around dates read ahead of joining days, on a second thread
//! while the rest of alignment goes on.

use std::collections::BTreeMap;

use super::{Names, content_words, d_iso, full};
use crate::fact::Fact;
use crate::quantity::Kind;

/// The stems around the dates [`join_days`](super::join_days) may
/// compare, read before it runs (on a second thread while the rest of
/// alignment goes on), with the numbers they were given. The numbers only
/// tell stems apart: which date pairs with which does not depend on their
/// order.
#[derive(Default)]
pub(in crate::align) struct DayWords<'f> {
    pub(super) names: Names<'f>,
    pub(super) read: ReadStems,
}

/// The stems read around dates, by fact: one list for all, so that
/// reading ahead holds little more than the stems themselves.
#[derive(Default)]
pub(super) struct ReadStems {
    /// Each date read, by fact, in order, with where its stems lie in
    /// `stems`.
    dates: Vec<(usize, u32, u32)>,
    stems: Vec<u32>,
}

impl ReadStems {
    /// The stems read around fact `i`, if they were.
    pub(super) fn of(&self, i: usize) -> Option<&[u32]> {
        let k = self.dates.binary_search_by_key(&i, |d| d.0).ok()?;
        let (_, from, to) = self.dates[k];
        self.stems.get(from as usize..to as usize)
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
/// [`full`]) that another date of `facts` states too: what
/// [`join_days`](super::join_days) reads, whatever the groups, which only
/// decide the order it reads it in.
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
            let words = content_words(&facts[i], &mut ahead.names);
            let read = &mut ahead.read;
            let from = read.stems.len();
            read.stems.extend(words);
            // Past four billion stems the rest is read where needed.
            if let (Ok(from), Ok(to)) = (u32::try_from(from), u32::try_from(read.stems.len())) {
                read.dates.push((i, from, to));
            }
        }
    }
    ahead.read.dates.sort_unstable_by_key(|d| d.0);
    ahead
}
