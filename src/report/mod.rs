//! Stage 7: the report, and its renderings as JSON, text with annotated
//! source snippets, and Markdown.

use serde::Serialize;

use crate::compare::claims::{Claim, Verdict};
use crate::compare::{Conflict, Corroboration, Note, Update};
use crate::fact::{Fact, SourceRejection};
use crate::source::Meta;

/// A source as the report lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceInfo {
    /// The source id.
    pub id: String,
    /// The path it was read from, when it was read from a file.
    pub path: Option<String>,
    /// Its metadata.
    pub meta: Meta,
}

/// A limit of the checker that a source went past (see
/// [`CheckerBuilder`](crate::CheckerBuilder) for the limits and their
/// defaults).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Limit {
    /// The largest source, in bytes.
    SourceBytes,
    /// The most facts kept from one source.
    FactsPerSource,
    /// The most rejections kept from one source.
    RejectionsPerSource,
    /// The most sources in one check.
    Sources,
}

/// A source that was not read whole because it went past a limit: the
/// facts and rejections before byte `from` of its text are all reported,
/// none at or after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Truncation {
    /// The source id.
    pub source: String,
    /// The limit it went past.
    pub limit: Limit,
    /// The limit's value: bytes, facts, rejections or sources.
    pub max: usize,
    /// The byte offset in the source text where reading stopped; 0 for a
    /// source left out of a check whole.
    pub from: usize,
}

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
    /// Values that agree.
    pub corroborations: Vec<Corroboration>,
    /// Values that grew between dated reports.
    pub updates: Vec<Update>,
    /// Related figures that were not judged, and why.
    pub notes: Vec<Note>,
    /// Sources that went past a limit and were not read whole, in source
    /// order.
    pub truncations: Vec<Truncation>,
}

impl Report {
    /// What fact `i` is about, as alignment found it: a synonym class
    /// ("ipo", "take effect"), an attribute noun, or the counted noun;
    /// empty when nothing tells.
    pub fn subject(&self, i: usize) -> &str {
        self.subjects.get(i).map_or("", String::as_str)
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
}

pub mod json;
pub mod markdown;
pub mod text;
