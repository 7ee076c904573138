//! The checker: the configured pipeline, built once and used many times.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use std::collections::BTreeMap;

use crate::align::{self, SynonymClass, Synonyms};
use crate::compare;
use crate::compare::claims::{self, Evidence};
use crate::error::{Error, ErrorKind};
use crate::extract::{self, Kind, RejectReason, Rejection};
use crate::fact::Fact;
use crate::normalize;
use crate::report::{ClaimReport, Report, SourceInfo, SourceRejection};
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
#[derive(Clone, Debug, Default)]
pub struct Checker {
    policy: Policy,
}

/// The checker's policy.
#[derive(Clone, Debug)]
struct Policy {
    reference_date: Option<NaiveDate>,
    tolerance: Decimal,
    judge: compare::Policy,
    synonyms: Synonyms,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            reference_date: None,
            tolerance: Decimal::new(1, 1),
            judge: compare::Policy::default(),
            synonyms: Synonyms::default(),
        }
    }
}

/// Configures a [`Checker`].
#[derive(Clone, Debug, Default)]
pub struct CheckerBuilder {
    policy: Policy,
    extra: Vec<SynonymClass>,
}

impl CheckerBuilder {
    /// The date relative dates resolve against in sources that give no
    /// publication date.
    pub fn reference_date(mut self, date: NaiveDate) -> CheckerBuilder {
        self.policy.reference_date = Some(date);
        self
    }

    /// The relative width of a hedge such as "about": with the default
    /// 0.1, "about 100" allows 90 to 110 and "nearly 100" 90 to just
    /// under 100.
    pub fn tolerance(mut self, tolerance: Decimal) -> CheckerBuilder {
        self.policy.tolerance = tolerance;
        self
    }

    /// The relative differences that bound the severities of a conflict:
    /// below `low` (default 0.05) a conflict is low, at or above `high`
    /// (default 0.25) high, medium between.
    pub fn severity_thresholds(mut self, low: Decimal, high: Decimal) -> CheckerBuilder {
        self.policy.judge = compare::Policy { low, high };
        self
    }

    /// Adds a synonym class: words that name one subject. With `nouns`
    /// true, the words are counted nouns ("lorry", "truck"); otherwise they
    /// are words near a fact that say what it is about ("levy", "tariff",
    /// "duty" for money). `kinds` limits the class to facts of those kinds
    /// (empty: all). A word given here leaves the default class it was in.
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::{Checker, Kind, Source};
    /// let checker = Checker::builder()
    ///     .synonyms("truck", &[Kind::Count], true, &["lorry", "truck"])
    ///     .build()
    ///     .unwrap();
    /// let report = checker.check(&[
    ///     Source::new("a", "Police stopped 12 lorries on the bridge."),
    ///     Source::new("b", "Police stopped 12 trucks on the bridge."),
    /// ]);
    /// assert_eq!(report.corroborations.len(), 1);
    /// ```
    pub fn synonyms(
        mut self,
        name: &str,
        kinds: &[Kind],
        nouns: bool,
        words: &[&str],
    ) -> CheckerBuilder {
        self.extra.push(SynonymClass {
            name: name.to_string(),
            kinds: kinds.to_vec(),
            words: words.iter().map(|w| w.to_lowercase()).collect(),
            nouns,
        });
        self
    }

    /// Builds the checker.
    ///
    /// # Errors
    ///
    /// An error of kind [`ErrorKind::Config`] when the tolerance is not at
    /// least 0 and below 1, the severity thresholds do not satisfy
    /// `0 <= low <= high`, or a synonym class has no name or no words.
    pub fn build(mut self) -> Result<Checker, Error> {
        let t = self.policy.tolerance;
        if t < Decimal::ZERO || t >= Decimal::ONE {
            let msg = format!("tolerance must be at least 0 and below 1, not {t}");
            return Err(Error::new(ErrorKind::Config, msg));
        }
        let j = self.policy.judge;
        if j.low < Decimal::ZERO || j.low > j.high {
            let msg = format!(
                "severity thresholds must satisfy 0 <= low <= high, not low {} and high {}",
                j.low, j.high
            );
            return Err(Error::new(ErrorKind::Config, msg));
        }
        for c in &self.extra {
            if c.name.trim().is_empty() || c.words.is_empty() {
                let msg = format!(
                    "synonym class {:?} needs a name and at least one word",
                    c.name
                );
                return Err(Error::new(ErrorKind::Config, msg));
            }
        }
        if !self.extra.is_empty() {
            let extra = std::mem::take(&mut self.extra);
            self.policy.synonyms = self.policy.synonyms.extend(extra);
        }
        Ok(Checker {
            policy: self.policy,
        })
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
                None => rejections.push(Rejection {
                    span: c.span,
                    reason: RejectReason::OutOfRange,
                }),
            }
        }
        out.facts
            .sort_by_key(|f| (f.provenance.span.start, f.provenance.span.end));
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

    /// Checks a set of sources against each other: extracts every fact,
    /// aligns the facts about one quantity, and judges each group.
    ///
    /// The report does not depend on the order of `sources`: they are
    /// taken in order of id.
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::{Checker, Source};
    /// let report = Checker::new().check(&[
    ///     Source::new("a", "The $34bn float of Ant Group was halted."),
    ///     Source::new("b", "Regulators halted Ant's US$35-billion IPO."),
    /// ]);
    /// assert_eq!(report.conflicts.len(), 1);
    /// ```
    pub fn check(&self, sources: &[Source]) -> Report {
        let mut order: Vec<&Source> = sources.iter().collect();
        order.sort_by(|a, b| a.id().cmp(b.id()).then_with(|| a.text().cmp(b.text())));
        let mut report = Report::default();
        let mut published = BTreeMap::new();
        for s in &order {
            let ex = self.extract(s);
            report.facts.extend(ex.facts);
            report.rejections.extend(ex.rejections);
            if let Some(d) = s.meta().published {
                published.insert(s.id().to_string(), d);
            }
            report.sources.push(SourceInfo {
                id: s.id().to_string(),
                path: s.path().map(str::to_string),
                meta: s.meta().clone(),
            });
        }
        let alignment = align::align(&report.facts, &self.policy.synonyms);
        for g in &alignment.groups {
            for &i in g.strong.iter().chain(&g.weak) {
                if !g.subject.is_empty() {
                    report.facts[i].subject.label = g.subject.clone();
                }
            }
        }
        let found = compare::compare(&report.facts, &alignment, &published, &self.policy.judge);
        report.conflicts = found.conflicts;
        report.corroborations = found.corroborations;
        report.updates = found.updates;
        report.notes = found.notes;
        let first = |m: &Vec<usize>| m.first().copied().unwrap_or(usize::MAX);
        report
            .conflicts
            .sort_by_key(|c| (c.kind, c.subject.clone(), first(&c.mentions)));
        report
            .corroborations
            .sort_by_key(|c| (c.kind, c.subject.clone(), first(&c.mentions)));
        report
            .updates
            .sort_by_key(|c| (c.kind, c.subject.clone(), first(&c.mentions)));
        report
            .notes
            .sort_by_key(|c| (c.kind, c.subject.clone(), first(&c.mentions)));
        report
    }

    /// Checks a target text (a summary, a draft, a model's answer) against
    /// a set of sources: for every fact of the target, whether the sources
    /// support it, contradict it, disagree about it among themselves, or do
    /// not state it at all, with the source facts the verdict rests on and
    /// a one-line explanation.
    ///
    /// Target facts are lined up with source facts by the rules that line
    /// up facts between sources (see [`crate::compare::claims`]): a count
    /// of Swedes is no evidence about Danes, a fine none about revenue.
    /// The sources are also checked against each other, as by
    /// [`Checker::check`]; that report is [`ClaimReport::report`].
    ///
    /// Relative dates in the target ("last month") resolve against its own
    /// publication date, else the checker's reference date, else the latest
    /// publication date among the sources: a summary is taken to be
    /// written as of the reports it summarises.
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::{Checker, Source};
    /// use crosscheck::compare::claims::Verdict;
    ///
    /// let sources = [
    ///     Source::new("wire", "The council said the repairs will cost £18.4m."),
    ///     Source::new("courier", "Repairs to the bridge are expected to cost about £18m."),
    /// ];
    /// let summary = Source::new("summary", "The repairs will cost £19.4m, officials said.");
    /// let checked = Checker::new().check_claims(&summary, &sources);
    /// assert_eq!(checked.claims.len(), 1);
    /// assert_eq!(checked.claims[0].verdict, Verdict::Contradicted);
    /// // The evidence points into the sources' facts.
    /// let quotes: Vec<&str> = checked.claims[0]
    ///     .evidence
    ///     .iter()
    ///     .map(|&i| checked.report.facts[i].provenance.text.as_str())
    ///     .collect();
    /// assert_eq!(quotes, ["about £18m", "£18.4m"]);
    /// ```
    pub fn check_claims(&self, target: &Source, sources: &[Source]) -> ClaimReport {
        let report = self.check(sources);
        let published: BTreeMap<String, NaiveDate> = sources
            .iter()
            .filter_map(|s| Some((s.id().to_string(), s.meta().published?)))
            .collect();
        let extraction = if target.meta().published.is_none()
            && self.policy.reference_date.is_none()
            && let Some(latest) = published.values().max().copied()
        {
            let mut dated = self.clone();
            dated.policy.reference_date = Some(latest);
            dated.extract(target)
        } else {
            self.extract(target)
        };
        let synonyms = &self.policy.synonyms;
        let mut targets = extraction.facts;
        for fact in &mut targets {
            let key = align::signature(fact, synonyms).key;
            if !key.is_empty() {
                fact.subject.label = key;
            }
        }
        let signatures: Vec<align::Signature> = report
            .facts
            .iter()
            .map(|f| align::signature(f, synonyms))
            .collect();
        let evidence = Evidence {
            facts: &report.facts,
            signatures: &signatures,
            conflicts: &report.conflicts,
            updates: &report.updates,
            published: &published,
        };
        let claims = claims::judge(&targets, &evidence, synonyms);
        ClaimReport {
            target: SourceInfo {
                id: target.id().to_string(),
                path: target.path().map(str::to_string),
                meta: target.meta().clone(),
            },
            claims,
            report,
        }
    }
}
