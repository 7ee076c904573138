//! The checker: the configured pipeline, built once and used many times.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::extract::{self, RejectReason, Rejection};
use crate::fact::Fact;
use crate::normalize;
use crate::report::{Report, SourceRejection};
use crate::source::Source;
use crate::span::LineIndex;

/// The facts and rejections of one source.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// The facts, in text order.
    pub facts: Vec<Fact>,
    /// What looked numeric but was not taken as a fact.
    pub rejections: Vec<SourceRejection>,
}

/// A configured checker. Immutable, cheap to clone, `Send + Sync`.
#[derive(Clone, Debug)]
pub struct Checker {
    policy: Policy,
}

impl Default for Checker {
    fn default() -> Checker {
        Checker { policy: Policy::default() }
    }
}

/// The checker's policy.
#[derive(Clone, Debug)]
struct Policy {
    reference_date: Option<NaiveDate>,
    tolerance: Decimal,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy { reference_date: None, tolerance: Decimal::new(1, 1) }
    }
}

/// Configures a [`Checker`].
#[derive(Clone, Debug, Default)]
pub struct CheckerBuilder {
    policy: Policy,
}

impl CheckerBuilder {
    /// The date relative dates resolve against in sources that give no
    /// publication date.
    pub fn reference_date(mut self, date: NaiveDate) -> CheckerBuilder {
        self.policy.reference_date = Some(date);
        self
    }

    /// Builds the checker.
    pub fn build(self) -> Checker {
        Checker { policy: self.policy }
    }
}

impl Checker {
    /// A checker with the default policy.
    pub fn new() -> Checker {
        Checker::default()
    }

    /// A builder for a checker with a custom policy.
    pub fn builder() -> CheckerBuilder {
        CheckerBuilder::default()
    }

    /// The facts of one source.
    pub fn extract(&self, source: &Source) -> Extraction {
        let text = source.text();
        let body = source.body_span();
        let found = extract::extract(source.body(), body.start);
        let lines = LineIndex::new(text);
        let reference = source.meta().published.or(self.policy.reference_date);
        let mut out = Extraction::default();
        let mut rejections = found.rejections;
        for c in &found.candidates {
            match normalize::normalize(c, self.policy.tolerance, reference) {
                Some(n) => out.facts.push(Fact::build(source.id(), text, &lines, c, n)),
                None => rejections.push(Rejection { span: c.span, reason: RejectReason::OutOfRange }),
            }
        }
        out.facts.sort_by_key(|f| (f.provenance.span.start, f.provenance.span.end));
        rejections.sort_by_key(|r| (r.span.start, r.span.end));
        out.rejections = rejections
            .into_iter()
            .map(|rejection| SourceRejection {
                source: source.id().to_string(),
                text: rejection.span.slice(text).to_string(),
                rejection,
            })
            .collect();
        out
    }

    /// Checks a set of sources against each other.
    pub fn check(&self, sources: &[Source]) -> Report {
        let _ = sources;
        Report::default()
    }
}
