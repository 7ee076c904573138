//! The lists of findings, each finding written as an element of its list:
//! by the caller, or in blocks by the helper thread (see `blocks.rs`).

use super::super::{Index, Report, WireConflict, WireCorroboration, WireUpdate};
use super::{Found, Helper, Out, conflict, corroboration, update};

/// The lists of findings a report holds, in the order they are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Findings {
    Conflicts,
    Corroborations,
    Updates,
    Notes,
    PossibleConflicts,
}

impl Findings {
    /// How many findings the list holds.
    pub(super) fn len(self, report: &Report) -> usize {
        match self {
            Findings::Conflicts => report.conflicts.len(),
            Findings::Corroborations => report.corroborations.len(),
            Findings::Updates => report.updates.len(),
            Findings::Notes => report.notes.len(),
            Findings::PossibleConflicts => report.possible_conflicts.len(),
        }
    }

    /// The facts finding `k` of the list mentions.
    pub(super) fn mentions(self, report: &Report, k: usize) -> &[usize] {
        let mentions = match self {
            Findings::Conflicts => report.conflicts.get(k).map(|c| &c.mentions),
            Findings::Corroborations => report.corroborations.get(k).map(|c| &c.mentions),
            Findings::Updates => report.updates.get(k).map(|u| &u.mentions),
            Findings::Notes => report.notes.get(k).map(|n| &n.mentions),
            Findings::PossibleConflicts => report.possible_conflicts.get(k).map(|c| &c.mentions),
        };
        mentions.map_or(&[], Vec::as_slice)
    }
}

/// Finding `k` of `list`, as the next element of the list `o` is in, its
/// MENTIONs shared with `helper` when there is one and they are many.
pub(super) fn finding<'r>(
    o: &mut Out<'_>,
    list: Findings,
    k: usize,
    report: &'r Report,
    index: &Index<'_>,
    helper: Option<&Helper<'r>>,
) {
    let found = |indices| Found::new(indices, report, index, helper);
    o.separate();
    match list {
        Findings::Conflicts | Findings::PossibleConflicts => {
            let all = if list == Findings::Conflicts {
                &report.conflicts
            } else {
                &report.possible_conflicts
            };
            if let Some(c) = all.get(k) {
                conflict(o, &WireConflict::head(c, report), found(&c.mentions));
            }
        }
        Findings::Corroborations => {
            if let Some(c) = report.corroborations.get(k) {
                corroboration(o, &WireCorroboration::head(c), found(&c.mentions));
            }
        }
        Findings::Updates => {
            if let Some(u) = report.updates.get(k) {
                update(o, &WireUpdate::head(u, report), found(&u.mentions));
            }
        }
        Findings::Notes => {
            if let Some(n) = report.notes.get(k) {
                update(o, &WireUpdate::note_head(n, report), found(&n.mentions));
            }
        }
    }
}
