//! Figures judged apart from the rest of their group: a word like
//! "thousands" that a report gives beside its own figure, and a count of
//! those on board.

use std::collections::BTreeSet;

use super::super::runs::{Cluster, Run};
use crate::align::{Alignment, Group};
use crate::fact::Fact;
use crate::quantity::Bound;

/// The group with each word like "thousands" that a report gives beside
/// its own figure in digits made a weak member ("left thousands
/// homeless" beside "300,000 homeless"): the word restates the figure
/// loosely, and may agree with others but not conflict. `None` when no
/// such word stands beside a figure.
pub(super) fn loosely_restated(facts: &[Fact], g: &Group) -> Option<Group> {
    let worded = |i: usize| worded(&facts[i]);
    if !g.strong.iter().any(|&i| worded(i)) {
        return None;
    }
    let figured: BTreeSet<&str> = g
        .strong
        .iter()
        .filter(|&&i| !worded(i))
        .map(|&i| facts[i].provenance.source.as_str())
        .collect();
    let (loose, strong): (Vec<usize>, Vec<usize>) = g
        .strong
        .iter()
        .partition(|&&i| worded(i) && figured.contains(facts[i].provenance.source.as_str()));
    if loose.is_empty() {
        return None;
    }
    let mut h = g.clone();
    h.strong = strong;
    h.weak.extend(loose);
    h.weak.sort_unstable();
    Some(h)
}

/// Whether every figure of a run counts those on board ("459 on board"):
/// the killed and the missing are among them, so such a count is no
/// tally of a role left unstated.
pub(super) fn aboard(alignment: &Alignment, clusters: &[Cluster], run: &Run) -> bool {
    run.clusters
        .iter()
        .flat_map(|&k| clusters[k].facts.iter())
        .all(|&i| {
            alignment.frames[i]
                .modifiers()
                .iter()
                .any(|m| m == "on board")
        })
}

/// Whether a figure is a word like "several", "dozens" or "thousands",
/// with no digit: a loose amount.
pub(super) fn worded(f: &Fact) -> bool {
    matches!(f.bound, Bound::Approximate | Bound::Range)
        && !f.provenance.text.bytes().any(|b| b.is_ascii_digit())
}
