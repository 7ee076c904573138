//! Stage 7: the report, and its renderings as JSON, text with annotated
//! source snippets, and Markdown.
//!
//! [`Report`] serializes to exactly the documented JSON (see [`json`]), so
//! `insta::assert_json_snapshot!(report)` and `serde_json::to_string` give
//! the wire format. The renderers take all their words from [`explain`].

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::compare::claims::{Claim, Verdict};
use crate::compare::{Conflict, Corroboration, Note, Update};
use crate::fact::{Fact, SourceRejection};
use crate::limits::Truncation;
use crate::source::SourceInfo;

/// The result of checking a set of sources.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The sources, sorted by id.
    pub sources: Vec<SourceInfo>,
    /// Every fact of every source, in source order, then text order.
    pub facts: Vec<Fact>,
    /// What each fact is about, as alignment found it (see
    /// [`Report::subject`]), in the order of `facts`.
    pub subjects: Vec<String>,
    /// Every rejected candidate.
    pub rejections: Vec<SourceRejection>,
    /// Values that disagree.
    pub conflicts: Vec<Conflict>,
    /// Values that disagree where the alignment is in doubt: the figures
    /// may measure different things. Each says why in
    /// [`Conflict::doubt`].
    pub possible_conflicts: Vec<Conflict>,
    /// Values that agree.
    pub corroborations: Vec<Corroboration>,
    /// Running figures revised between dated reports.
    pub updates: Vec<Update>,
    /// Related figures that were not judged, and why.
    pub notes: Vec<Note>,
    /// Sources that went past a limit and were not read whole, in source
    /// order, then the findings left out past the findings limit.
    pub truncations: Vec<Truncation>,
}

impl Report {
    /// What fact `i` is about, as alignment found it: a synonym class
    /// ("ipo", "take effect"), an attribute noun, or the counted noun;
    /// empty when nothing tells.
    pub fn subject(&self, i: usize) -> &str {
        self.subjects.get(i).map_or("", String::as_str)
    }

    /// The publication date of the source with this id, where known.
    pub fn published(&self, source: &str) -> Option<NaiveDate> {
        self.sources
            .iter()
            .find(|s| s.id == source)
            .and_then(|s| s.meta.published)
    }

    /// A conflict's one-line explanation (see [`explain::conflict`]).
    pub fn explain_conflict(&self, c: &Conflict) -> String {
        explain::conflict(c, &self.facts)
    }

    /// An update's one-line explanation (see [`explain::update`]).
    pub fn explain_update(&self, u: &Update) -> String {
        explain::update(u, &self.facts, |id| self.published(id))
    }

    /// A note's one-line explanation (see [`explain::note`]).
    pub fn explain_note(&self, n: &Note) -> String {
        explain::note(n, &self.facts)
    }
}

impl Serialize for Report {
    /// The report as the JSON format documented in [`json`].
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        json::envelope(self, None).serialize(serializer)
    }
}

/// The result of checking a target text (a summary, a draft, a model's
/// answer) against a set of sources: the sources' own report, and a
/// verdict for every fact of the target.
///
/// Made by [`crate::Checker::check_claims`]. The renderers show it as the
/// sources' report followed by the claims: [`json::claims_to_string`],
/// [`text::render_claims`], [`markdown::render_claims`].
#[derive(Clone, Debug)]
pub struct ClaimReport {
    /// The sources checked against each other, as [`crate::Checker::check`]
    /// reports them. Evidence indices point into its `facts`.
    pub report: Report,
    /// The target.
    pub target: SourceInfo,
    /// One claim per fact of the target, in text order.
    pub claims: Vec<Claim>,
}

impl ClaimReport {
    /// How many claims have the given verdict.
    pub fn count(&self, verdict: Verdict) -> usize {
        self.claims.iter().filter(|c| c.verdict == verdict).count()
    }

    /// A claim's one-line explanation (see [`explain::claim`]).
    pub fn explain(&self, c: &Claim) -> String {
        explain::claim(c, &self.report.facts)
    }
}

impl Serialize for ClaimReport {
    /// The report as the JSON format documented in [`json`], with its
    /// `claims` array.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        json::envelope(&self.report, Some(json::claims(self))).serialize(serializer)
    }
}

pub mod explain;
pub mod json;
pub mod markdown;
pub mod text;
