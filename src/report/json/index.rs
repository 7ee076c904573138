//! The table of sentences a JSON report writes once, with
//! [`Options::sentences_once`].

use std::collections::BTreeMap;

use crate::fact::Fact;
use crate::report::{ClaimReport, Report};

use super::{Options, WireSentence, sentence};

/// With [`Options::sentences_once`], every sentence the report quotes,
/// once, and where each is in that table; without it, nothing.
pub(super) struct Index<'r> {
    /// The position in `rows` of each sentence, by source, span and cuts.
    at: BTreeMap<(&'r str, usize, usize, bool, bool), usize>,
    /// The `sentences` table, or `None` when sentences are written in
    /// every MENTION.
    pub(super) rows: Option<Vec<WireSentence<'r>>>,
}

impl<'r> Index<'r> {
    /// No table: every MENTION writes its sentence.
    pub(super) const NONE: Index<'static> = Index {
        at: BTreeMap::new(),
        rows: None,
    };

    pub(super) fn new(
        report: &'r Report,
        checked: Option<&'r ClaimReport>,
        options: &Options,
    ) -> Index<'r> {
        if !options.sentences_once {
            return Index::NONE;
        }
        let mut index = Index::NONE;
        let mut rows = Vec::new();
        // Every fact a MENTION can stand for: the report's, then the
        // target's.
        let target = checked
            .into_iter()
            .flat_map(|c| c.claims.iter().map(|c| &c.fact));
        for fact in report.facts.iter().chain(target) {
            let p = &fact.provenance;
            index.at.entry(key(fact)).or_insert_with(|| {
                rows.push(WireSentence {
                    source: &p.source,
                    start: p.sentence_span.start,
                    end: p.sentence_span.end,
                    text: sentence(fact),
                });
                rows.len() - 1
            });
        }
        index.rows = Some(rows);
        index
    }

    /// Where the sentence of `fact` is in the table, with
    /// [`Options::sentences_once`].
    pub(super) fn of(&self, fact: &Fact) -> Option<usize> {
        self.rows.as_ref()?;
        self.at.get(&key(fact)).copied()
    }
}

/// What tells the sentences of [`Index`] apart.
fn key(fact: &Fact) -> (&str, usize, usize, bool, bool) {
    let p = &fact.provenance;
    (
        &p.source,
        p.sentence_span.start,
        p.sentence_span.end,
        p.sentence_cut_start,
        p.sentence_cut_end,
    )
}
