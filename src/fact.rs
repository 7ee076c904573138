//! Stage 4: facts. A fact owns its data and points back to the text it came
//! from, so a report outlives the texts it was made from, and a fact
//! serializes and deserializes: facts can be extracted in one place and
//! compared in another.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::extract::{Candidate, RejectReason, Rejection};
use crate::normalize::Normalized;
use crate::quantity::{Bound, Change, Interval, Kind, Role, Unit, Value};
use crate::span::{LineCursor, Span};

/// Where a fact came from.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

/// The words of the sentence around a fact's quote, as written: what
/// alignment reads to tell what the fact is about. Each side stops where
/// another number begins.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Context {
    /// Words before the quote, nearest first.
    pub before: Vec<String>,
    /// Words after the quote, nearest first.
    pub after: Vec<String>,
}

/// A typed, normalized numeric fact with its provenance.
///
/// # Example
///
/// ```
/// use crosscheck::{Checker, Kind, Source, Unit};
///
/// let extraction = Checker::new().extract(&Source::new("wire", "Regulators halted Ant's US$35-billion IPO."));
/// let fact = &extraction.facts[0];
/// assert_eq!(fact.kind, Kind::Money);
/// assert_eq!(fact.unit.name(), "USD");
/// assert!(matches!(fact.unit, Unit::Currency(_)));
/// assert_eq!(fact.provenance.text, "US$35-billion");
/// // The interval allows every value "35 billion" could be a rounding of.
/// assert_eq!(fact.interval.lower.map(|e| e.value), Some(34_500_000_000u64.into()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fact {
    /// The kind.
    pub kind: Kind,
    /// The stated value (the midpoint or stated figure).
    pub value: Value,
    /// The unit.
    pub unit: Unit,
    /// How the value was stated.
    pub bound: Bound,
    /// The values the statement allows, in the fact's unit. For dates, in
    /// day numbers when the year is known (chrono's
    /// `num_days_from_ce`: 0001-01-01 is day 1).
    pub interval: Interval,
    /// The place value of the last digit written, when there is one.
    pub precision: Option<Decimal>,
    /// For a count, the part the counted group plays: "9 dead" and "31
    /// injured" count different people.
    pub role: Option<Role>,
    /// For a rate, the unit it is per: "$48.75 a share" is per `share`.
    /// A rate is never compared with a total.
    pub per: Option<String>,
    /// For an amount stated as a change ("fell $3.15", "up 14 cents"), its
    /// direction. A change is never compared with a level.
    pub change: Option<Change>,
    /// The words around the quote.
    pub context: Context,
    /// Where it came from.
    pub provenance: Provenance,
}

impl Fact {
    /// Builds a fact from a candidate, its normalized amount, and the text
    /// it came from. `text` is the full source text; `lines` a cursor over
    /// it, which numbers the facts of a text in linear time when they are
    /// built in text order.
    pub(crate) fn build(
        source: &str,
        text: &str,
        lines: &mut LineCursor<'_>,
        c: &Candidate<'_>,
        n: Normalized,
    ) -> Fact {
        let (line, column) = lines.line_column(c.span.start);
        let owned = |ws: &[&str]| ws.iter().map(|w| (*w).to_string()).collect::<Vec<_>>();
        Fact {
            kind: c.kind,
            value: n.value,
            unit: n.unit,
            bound: n.bound,
            interval: n.interval,
            precision: n.precision,
            role: n.role,
            per: n.per,
            change: n.change,
            context: Context {
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

/// A number-like piece of a source that was not taken as a fact, with the
/// source it was found in and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRejection {
    /// The source id.
    pub source: String,
    /// Where it is, in the source text.
    pub span: Span,
    /// Why it was rejected.
    pub reason: RejectReason,
    /// The rejected text.
    pub text: String,
}

impl SourceRejection {
    pub(crate) fn new(source: &str, text: &str, r: &Rejection) -> SourceRejection {
        SourceRejection {
            source: source.to_string(),
            span: r.span,
            reason: r.reason,
            text: r.span.slice(text).to_string(),
        }
    }
}
