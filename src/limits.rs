//! The checker's limits, and the record of a source or a check that went
//! past one: nothing is dropped without a [`Truncation`] saying so.

use serde::{Deserialize, Serialize};

/// The default largest source: 64 MiB.
pub const DEFAULT_MAX_SOURCE_BYTES: usize = 64 * 1024 * 1024;
/// The default most facts kept from one source.
pub const DEFAULT_MAX_FACTS_PER_SOURCE: usize = 100_000;
/// The default most rejections kept from one source.
pub const DEFAULT_MAX_REJECTIONS_PER_SOURCE: usize = 100_000;
/// The default most sources in one check.
pub const DEFAULT_MAX_SOURCES: usize = 100_000;
/// The default most findings (conflicts, possible conflicts, updates,
/// corroborations and notes together) in one check.
pub const DEFAULT_MAX_FINDINGS: usize = 10_000;

/// A limit of the checker that a source or a check went past (see
/// [`CheckerBuilder`](crate::CheckerBuilder) for the limits and their
/// defaults).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Limit {
    /// The largest source, in bytes.
    SourceBytes,
    /// The most facts kept from one source.
    FactsPerSource,
    /// The most rejections kept from one source.
    RejectionsPerSource,
    /// The most sources in one check.
    Sources,
    /// The most findings in one check.
    Findings,
}

impl Limit {
    /// The wire name: `source_bytes`, `facts_per_source`, ...
    pub fn as_str(&self) -> &'static str {
        match self {
            Limit::SourceBytes => "source_bytes",
            Limit::FactsPerSource => "facts_per_source",
            Limit::RejectionsPerSource => "rejections_per_source",
            Limit::Sources => "sources",
            Limit::Findings => "findings",
        }
    }
}

/// A source that was not read whole because it went past a limit: the
/// facts and rejections before byte `from` of its text are all reported,
/// none at or after it. For [`Limit::Findings`], `source` is empty and
/// `from` counts the findings left out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Truncation {
    /// The source id.
    pub source: String,
    /// The limit it went past.
    pub limit: Limit,
    /// The limit's value: bytes, facts, rejections, sources or findings.
    pub max: usize,
    /// The byte offset in the source text where reading stopped; 0 for a
    /// source left out of a check whole; the number of findings left out
    /// for [`Limit::Findings`].
    pub from: usize,
}
