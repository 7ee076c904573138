//! The facts being judged, with each one's source as a number.
//!
//! A finding counts the sources its mentions come from, and a
//! corroboration weighs the first mention of each source. Read from each
//! fact's id, that hashes a string for every mention and reads a fact and
//! its id, which lie far apart in a large check; read from a list of
//! numbers made once, in the order the facts lie, it reads neither.

use std::collections::HashMap;
use std::ops::Deref;

use crate::align::{sentences, told_as_revised};
use crate::fact::Fact;

/// The facts being judged, each with its source's number: facts whose
/// source ids are equal have equal numbers, and only they.
pub(super) struct Facts<'f> {
    facts: &'f [Fact],
    /// The number of each fact's source, fact by fact.
    source_of: Vec<usize>,
    /// Whether each fact's sentence tells a figure as the new value of a
    /// revision ("the toll was raised to 94 with one person missing"):
    /// its news is later than a figure a report of the same day gives
    /// plainly.
    revising: Vec<bool>,
}

impl<'f> Facts<'f> {
    /// Numbers the sources of `facts`, in the order they first appear.
    pub(super) fn new(facts: &'f [Fact]) -> Facts<'f> {
        let mut numbers: HashMap<&str, usize> = HashMap::new();
        // The facts of one source follow one another: an id is looked up
        // only where it changes.
        let mut last: Option<(&str, usize)> = None;
        let source_of = facts
            .iter()
            .map(|f| {
                let id = f.provenance.source.as_str();
                match last {
                    // Facts of one source share its id's bytes: known the
                    // same by address before they are compared.
                    Some((seen, n)) if std::ptr::eq(seen, id) || seen == id => n,
                    _ => {
                        let next = numbers.len();
                        let n = *numbers.entry(id).or_insert(next);
                        last = Some((id, n));
                        n
                    }
                }
            })
            .collect::<Vec<usize>>();
        // A sentence's facts share whether it tells a revision.
        let mut revising = vec![false; facts.len()];
        for sentence in sentences(facts) {
            if facts[sentence.clone()].iter().any(told_as_revised) {
                revising[sentence].fill(true);
            }
        }
        Facts {
            facts,
            source_of,
            revising,
        }
    }

    /// Whether the sentence of fact `i` tells a figure as revised.
    pub(super) fn revising(&self, i: usize) -> bool {
        self.revising[i]
    }

    /// The number of fact `i`'s source.
    fn source(&self, i: usize) -> usize {
        self.source_of[i]
    }

    /// Whether facts `a` and `b` come from sources of one id.
    pub(super) fn same_source(&self, a: usize, b: usize) -> bool {
        self.source(a) == self.source(b)
    }

    /// How many sources the facts `mentions` come from.
    pub(super) fn sources_in(&self, mentions: &[usize]) -> usize {
        let mut numbers: Vec<usize> = mentions.iter().map(|&m| self.source(m)).collect();
        numbers.sort_unstable();
        numbers.dedup();
        numbers.len()
    }

    /// The first of `mentions` from each source, in their order.
    pub(super) fn first_per_source(&self, mentions: &[usize]) -> Vec<usize> {
        // Each mention's source and place, sorted: the first of each
        // source comes first among its own.
        let mut by_source: Vec<(usize, usize)> = mentions
            .iter()
            .enumerate()
            .map(|(k, &m)| (self.source(m), k))
            .collect();
        by_source.sort_unstable();
        by_source.dedup_by_key(|&mut (n, _)| n);
        let mut firsts: Vec<usize> = by_source.into_iter().map(|(_, k)| k).collect();
        firsts.sort_unstable();
        firsts.into_iter().map(|k| mentions[k]).collect()
    }
}

impl Deref for Facts<'_> {
    type Target = [Fact];

    fn deref(&self) -> &[Fact] {
        self.facts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Checker, Source};

    /// The facts of three sources, two of which share an id and lie
    /// apart: "a", "b", then "a" again.
    fn facts() -> Vec<Fact> {
        let checker = Checker::new();
        let mut facts = Vec::new();
        for (id, text) in [
            ("a", "Police said 12 people died and 40 were hurt."),
            ("b", "Officials said 14 people died."),
            ("a", "Later, 15 people had died."),
        ] {
            facts.extend(checker.extract(&Source::new(id, text)).facts);
        }
        facts
    }

    #[test]
    fn numbers_follow_ids_not_places() {
        let all = facts();
        let f = Facts::new(&all);
        let ids: Vec<&str> = all.iter().map(|f| f.provenance.source.as_str()).collect();
        assert!(ids.len() >= 4, "{ids:?}");
        for a in 0..all.len() {
            for b in 0..all.len() {
                assert_eq!(f.same_source(a, b), ids[a] == ids[b], "{a} {b}");
            }
        }
    }

    #[test]
    fn counts_and_firsts_match_a_reading_by_id() {
        let all = facts();
        let f = Facts::new(&all);
        let n = all.len();
        // Every mention list of up to three facts, in any order, with
        // repeats.
        for a in 0..n {
            for b in 0..n {
                for c in 0..n {
                    let mentions = [c, a, b];
                    let mut seen = Vec::new();
                    let firsts: Vec<usize> = mentions
                        .iter()
                        .copied()
                        .filter(|&m| {
                            let id = all[m].provenance.source.as_str();
                            let new = !seen.contains(&id);
                            seen.push(id);
                            new
                        })
                        .collect();
                    assert_eq!(f.first_per_source(&mentions), firsts, "{mentions:?}");
                    let mut ids: Vec<&str> = seen.clone();
                    ids.sort_unstable();
                    ids.dedup();
                    assert_eq!(f.sources_in(&mentions), ids.len(), "{mentions:?}");
                }
            }
        }
        assert_eq!(f.sources_in(&[]), 0);
        assert!(f.first_per_source(&[]).is_empty());
    }
}
