//! The checker: the configured pipeline, built once and used many times.

use chrono::NaiveDate;

use crate::fact::Fact;
use crate::report::{Report, SourceRejection};
use crate::source::Source;

/// The facts and rejections of one source.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// The facts, in text order.
    pub facts: Vec<Fact>,
    /// What looked numeric but was not taken as a fact.
    pub rejections: Vec<SourceRejection>,
}

/// A configured checker. Immutable, cheap to clone, `Send + Sync`.
#[derive(Clone, Debug, Default)]
pub struct Checker {
    reference_date: Option<NaiveDate>,
}

/// Configures a [`Checker`].
#[derive(Clone, Debug, Default)]
pub struct CheckerBuilder {
    reference_date: Option<NaiveDate>,
}

impl CheckerBuilder {
    /// The date relative dates resolve against in sources that give no
    /// publication date.
    pub fn reference_date(mut self, date: NaiveDate) -> CheckerBuilder {
        self.reference_date = Some(date);
        self
    }

    /// Builds the checker.
    pub fn build(self) -> Checker {
        Checker { reference_date: self.reference_date }
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
        let _ = (source, self.reference_date);
        Extraction::default()
    }

    /// Checks a set of sources against each other.
    pub fn check(&self, sources: &[Source]) -> Report {
        let _ = sources;
        Report::default()
    }
}
