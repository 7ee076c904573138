//! Stage 4: facts. A fact owns its data and points back to the text it came
//! from, so a report outlives the texts it was made from.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::extract::Kind;
use crate::normalize::{Bound, Interval};
use crate::span::Span;

/// A fact's value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    /// A number in the fact's unit: dollars, days, per cent, things.
    Number(Decimal),
    /// A date, as an ISO-like string whose unknown fields are `X`s:
    /// `2021-01-20`, `XXXX-01-20`, `2020-11`.
    Date(String),
}

/// Where a fact came from.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Provenance {
    /// The source id.
    pub source: String,
    /// The quote's byte span in the source text.
    pub span: Span,
    /// 1-based line of the quote's first byte.
    pub line: usize,
    /// 1-based column (in `char`s) of the quote's first byte.
    pub column: usize,
    /// The quote.
    pub text: String,
    /// The span of the sentence holding the quote.
    pub sentence_span: Span,
    /// The sentence holding the quote.
    pub sentence: String,
}

/// What a fact is about: enough to tell whether two facts measure the same
/// quantity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Subject {
    /// A short label for reports: the counted noun ("app"), the attribute
    /// ("ipo"), the event a duration measures ("take effect").
    pub label: String,
    /// The concept classes (synonym-class names) the fact's context words
    /// belong to, sorted.
    pub concepts: Vec<String>,
    /// Lowercase content words around the quote, sorted and deduplicated.
    pub words: Vec<String>,
}

/// A typed, normalized numeric fact with its provenance.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Fact {
    /// The kind.
    pub kind: Kind,
    /// The stated value (the midpoint or stated figure).
    pub value: Value,
    /// The unit: an ISO 4217 code, a time unit, `percent`,
    /// `percentage point`, or the counted noun.
    pub unit: String,
    /// How the value was stated.
    pub bound: Bound,
    /// The values the statement allows, in the fact's unit. For dates, in
    /// days since 0001-01-01 when the year is known.
    pub interval: Interval,
    /// The place value of the last digit written, when there is one.
    pub precision: Option<Decimal>,
    /// What the fact is about.
    pub subject: Subject,
    /// Where it came from.
    pub provenance: Provenance,
}
