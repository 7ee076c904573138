//! Stage 4: facts. A fact owns its data and points back to the text it came
//! from, so a report outlives the texts it was made from.

use rust_decimal::Decimal;
use serde::Serialize;

pub use crate::normalize::Value;

use crate::extract::{Candidate, Kind, RawUnit};
use crate::normalize::{Bound, Interval, Normalized};
use crate::span::{LineCursor, Span};

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
    /// A short label for reports: the counted noun ("app"), or the
    /// attribute or event the alignment stage finds ("ipo", "take effect").
    pub label: String,
    /// For counts, the singular head noun ("app"); empty otherwise.
    pub head: String,
    /// For counts, the counted noun phrase as written ("Chinese software
    /// applications"); empty otherwise.
    pub phrase: String,
    /// Words of the sentence before the quote, nearest first, as written.
    pub before: Vec<String>,
    /// Words of the sentence after the quote, nearest first, as written.
    pub after: Vec<String>,
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
    /// day numbers when the year is known (chrono's
    /// `num_days_from_ce`: 0001-01-01 is day 1).
    pub interval: Interval,
    /// The place value of the last digit written, when there is one.
    pub precision: Option<Decimal>,
    /// What the fact is about.
    pub subject: Subject,
    /// Where it came from.
    pub provenance: Provenance,
}

impl Fact {
    /// Builds a fact from a candidate, its normalized amount, and the text
    /// it came from. `text` is the full source text; `lines` a cursor over
    /// it, which numbers the facts of a text in linear time when they are
    /// built in text order.
    pub fn build(
        source: &str,
        text: &str,
        lines: &mut LineCursor<'_>,
        c: &Candidate<'_>,
        n: Normalized,
    ) -> Fact {
        let (line, column) = lines.line_column(c.span.start);
        let owned = |ws: &[&str]| ws.iter().map(|w| (*w).to_string()).collect::<Vec<_>>();
        let (head, phrase) = match &c.unit {
            RawUnit::Noun { lemma, phrase } => (lemma.clone(), phrase.clone()),
            _ => (String::new(), String::new()),
        };
        Fact {
            kind: c.kind,
            value: n.value,
            unit: n.unit,
            bound: n.bound,
            interval: n.interval,
            precision: n.precision,
            subject: Subject {
                label: head.clone(),
                head,
                phrase,
                before: owned(&c.before),
                after: owned(&c.after),
            },
            provenance: Provenance {
                source: source.to_string(),
                span: c.span,
                line,
                column,
                text: c.span.slice(text).to_string(),
                sentence_span: c.sentence,
                sentence: c.sentence.slice(text).to_string(),
            },
        }
    }
}
