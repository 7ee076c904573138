//! Stage 6: judge each group of aligned facts: conflict, corroboration or
//! update. This stage never looks at raw text; it reaches the text only
//! through each fact's provenance.

use serde::Serialize;

use crate::extract::Kind;

/// How much a conflict matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Close values that could be two roundings of one figure, or an
    /// alignment that is not certain.
    Low,
    /// Values that clearly differ.
    Medium,
    /// Values far apart (by default more than 25%).
    High,
}

impl Severity {
    /// The lowercase name used in reports.
    pub fn as_str(&self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

/// Sources whose values for one quantity cannot all be true.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// The fact kind.
    pub kind: Kind,
    /// What the quantity is ("ipo", "app").
    pub subject: String,
    /// How much it matters.
    pub severity: Severity,
    /// One line: how far apart the values are and what could explain it.
    pub explanation: String,
    /// The facts involved, as indices into [`crate::Report::facts`].
    pub mentions: Vec<usize>,
    /// Whether the disagreeing values come from one source.
    pub within_source: bool,
}

/// Facts from one or more sources whose values for one quantity agree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Corroboration {
    /// The fact kind.
    pub kind: Kind,
    /// What the quantity is.
    pub subject: String,
    /// How many distinct sources state it.
    pub sources: usize,
    /// The facts involved, as indices into [`crate::Report::facts`].
    pub mentions: Vec<usize>,
}

/// A figure that grows between dated reports (a toll that rises): reported
/// as an update, not a conflict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Update {
    /// The fact kind.
    pub kind: Kind,
    /// What the quantity is.
    pub subject: String,
    /// One line: from what to what, between which dates.
    pub explanation: String,
    /// The facts involved, earliest first, as indices into
    /// [`crate::Report::facts`].
    pub mentions: Vec<usize>,
}
