//! The checker: the configured pipeline, built once and used many times.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::align::{self, SynonymClass, Synonyms};
use crate::compare;
use crate::compare::claims::{self, Evidence};
use crate::error::{Error, ErrorKind};
use crate::extract::{self, RejectReason, Rejection};
use crate::fact::{self, Fact, SourceRejection};
use crate::limits::{
    DEFAULT_MAX_FACTS_PER_SOURCE, DEFAULT_MAX_REJECTIONS_PER_SOURCE, DEFAULT_MAX_SOURCE_BYTES,
    DEFAULT_MAX_SOURCES, Limit, Truncation,
};
use crate::normalize;
use crate::parallel;
use crate::quantity::Kind;
use crate::report::{ClaimReport, Report};
use crate::source::{Source, SourceInfo};

use gather::Gathered;

/// The bytes of text a source is expected to hold a fact in, at most:
/// news runs about one fact per 350 bytes.
const BYTES_PER_FACT: usize = 256;

/// The facts and rejections of one source: what [`Checker::extract`]
/// gives and [`Checker::compare`] takes. It serializes and deserializes,
/// so sources can be extracted in one place (a map over articles) and
/// compared in another (a reduce over a story's facts).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extraction {
    /// The source the facts come from.
    pub source: SourceInfo,
    /// The facts, in text order.
    pub facts: Vec<Fact>,
    /// What looked numeric but was not taken as a fact.
    pub rejections: Vec<SourceRejection>,
    /// Set when the source went past a limit and was not read whole.
    pub truncation: Option<Truncation>,
}

/// The checker's limits.
#[derive(Clone, Copy, Debug)]
struct Limits {
    source_bytes: usize,
    facts: usize,
    rejections: usize,
    sources: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            source_bytes: DEFAULT_MAX_SOURCE_BYTES,
            facts: DEFAULT_MAX_FACTS_PER_SOURCE,
            rejections: DEFAULT_MAX_REJECTIONS_PER_SOURCE,
            sources: DEFAULT_MAX_SOURCES,
        }
    }
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
    limits: Limits,
    /// The most threads to extract sources on; `None` for as many as the
    /// machine has.
    threads: Option<usize>,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            reference_date: None,
            tolerance: Decimal::new(1, 1),
            judge: compare::Policy::default(),
            synonyms: Synonyms::default(),
            limits: Limits::default(),
            threads: None,
        }
    }
}

/// Configures a [`Checker`].
///
/// # Limits
///
/// A checker bounds the memory and time one input can take. Each limit has
/// a builder method and a default; a limit of 0 is a configuration error.
///
/// | limit | default | past it |
/// |---|---|---|
/// | [`max_source_bytes`](CheckerBuilder::max_source_bytes) | 64 MiB | [`Checker::check`] and [`Checker::extract`] read the source up to the last white space within the limit and record a [`Truncation`]; [`Checker::try_check`] fails with [`ErrorKind::Limit`] |
/// | [`max_facts_per_source`](CheckerBuilder::max_facts_per_source) | 100,000 | the first facts in text order are kept and a [`Truncation`] is recorded |
/// | [`max_rejections_per_source`](CheckerBuilder::max_rejections_per_source) | 100,000 | as for facts |
/// | [`max_sources`](CheckerBuilder::max_sources) | 100,000 | [`Checker::check`] checks the first sources in order of id and records a [`Truncation`] for each one left out; [`Checker::try_check`] fails with [`ErrorKind::Limit`] |
/// | [`max_findings`](CheckerBuilder::max_findings) | 10,000 | the first findings are kept (conflicts first, then updates, corroborations, possible conflicts and notes, each in report order) and one [`Truncation`] records how many were left out |
///
/// A truncation names the source, the limit and the byte where reading
/// stopped: every fact and rejection before that byte is reported, none
/// after it. Nothing is dropped without one. Truncations are listed in
/// [`Report::truncations`] and [`Extraction::truncation`].
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
        self.policy.judge.low = low;
        self.policy.judge.high = high;
        self
    }

    /// The most findings (conflicts, possible conflicts, updates,
    /// corroborations and notes together) one check reports (default
    /// 10,000). See [the limits](CheckerBuilder#limits).
    pub fn max_findings(mut self, findings: usize) -> CheckerBuilder {
        self.policy.judge.max_findings = findings;
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

    /// The largest source, in bytes (default 64 MiB). See [the
    /// limits](CheckerBuilder#limits) for what happens past it.
    pub fn max_source_bytes(mut self, bytes: usize) -> CheckerBuilder {
        self.policy.limits.source_bytes = bytes;
        self
    }

    /// The most facts kept from one source (default 100,000). See [the
    /// limits](CheckerBuilder#limits).
    pub fn max_facts_per_source(mut self, facts: usize) -> CheckerBuilder {
        self.policy.limits.facts = facts;
        self
    }

    /// The most rejections kept from one source (default 100,000). See
    /// [the limits](CheckerBuilder#limits).
    pub fn max_rejections_per_source(mut self, rejections: usize) -> CheckerBuilder {
        self.policy.limits.rejections = rejections;
        self
    }

    /// The most sources in one check (default 100,000). See [the
    /// limits](CheckerBuilder#limits).
    pub fn max_sources(mut self, sources: usize) -> CheckerBuilder {
        self.policy.limits.sources = sources;
        self
    }

    /// The most threads [`Checker::check`] and [`Checker::extract_all`]
    /// extract sources on (default: as many as the machine has, from
    /// [`std::thread::available_parallelism`]; 1 keeps all the work on the
    /// calling thread). Sources are spread over threads only when there is
    /// enough text to pay for starting them, about 256 KiB a thread; a
    /// check of a few dozen articles runs on the calling thread alone. A
    /// check also reads what each fact measures (its frame, for
    /// alignment) on those threads, one per 2,048 facts; grouping and
    /// judgement run on the calling thread. The report is the same, byte
    /// for byte, for any number of threads.
    pub fn threads(mut self, threads: usize) -> CheckerBuilder {
        self.policy.threads = Some(threads);
        self
    }

    /// Builds the checker.
    ///
    /// # Errors
    ///
    /// An error of kind [`ErrorKind::Config`] when the tolerance is not at
    /// least 0 and below 1, the severity thresholds do not satisfy
    /// `0 <= low <= high`, a synonym class has no name or no words, or a
    /// limit or the number of threads is 0.
    pub fn build(mut self) -> Result<Checker, Error> {
        let l = self.policy.limits;
        for (name, value) in [
            ("max_source_bytes", l.source_bytes),
            ("max_facts_per_source", l.facts),
            ("max_rejections_per_source", l.rejections),
            ("max_sources", l.sources),
            ("max_findings", self.policy.judge.max_findings),
            ("threads", self.policy.threads.unwrap_or(1)),
        ] {
            if value == 0 {
                let msg = format!("limit {name} must be at least 1");
                return Err(Error::new(ErrorKind::Config, msg));
            }
        }
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

    /// The facts of one source, in text order, with the source's
    /// description and its rejections: the first half of
    /// [`Checker::check`] (see [`Checker::compare`] for the second). What
    /// each fact is about is for alignment to say ([`Report::subject`], or
    /// [`Checker::subject`] for a single fact).
    ///
    /// A source past a [limit](CheckerBuilder#limits) is read up to where
    /// the limit was reached, and [`Extraction::truncation`] says where.
    pub fn extract(&self, source: &Source) -> Extraction {
        self.extract_unlabelled(source)
    }

    /// The extractions of many sources, in their order: the same as
    /// [`Checker::extract`] of each, spread over [threads](CheckerBuilder::threads)
    /// when there is enough text.
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::{Checker, Source};
    /// let checker = Checker::new();
    /// let sources = [
    ///     Source::new("a", "The $34bn float of Ant Group was halted."),
    ///     Source::new("b", "Regulators halted Ant's US$35-billion IPO."),
    /// ];
    /// let all = checker.extract_all(&sources);
    /// assert_eq!(all[1], checker.extract(&sources[1]));
    /// ```
    pub fn extract_all(&self, sources: &[Source]) -> Vec<Extraction> {
        let order: Vec<&Source> = sources.iter().collect();
        self.extract_in_order(&order)
    }

    /// [`Checker::extract`] of each source, in order, on as many threads as
    /// the text pays for.
    fn extract_in_order(&self, sources: &[&Source]) -> Vec<Extraction> {
        let bytes = sources.iter().map(|s| s.text().len()).sum();
        let threads = parallel::threads_for(bytes, self.threads());
        parallel::map_in_order(sources, threads, |s| self.extract_unlabelled(s))
    }

    /// The most threads to work on: as set, or as many as the machine has.
    fn threads(&self) -> usize {
        self.policy
            .threads
            .unwrap_or_else(crate::parallel::machine_threads)
    }

    /// What one fact is about, read from its own sentence: the counted noun
    /// for a count ("app"); for other kinds the synonym class or attribute
    /// named next to it ("ipo", "take effect"); empty when the words do not
    /// say. [`Checker::check`] may label a fact more precisely, from the
    /// group it is aligned into ([`Report::subject`]).
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::{Checker, Source};
    /// let checker = Checker::new();
    /// let facts = checker.extract(&Source::new("a", "Regulators halted Ant's US$35-billion IPO.")).facts;
    /// assert_eq!(checker.subject(&facts[0]), "ipo");
    /// ```
    pub fn subject(&self, fact: &Fact) -> String {
        if let Some(c) = fact.unit.counted() {
            return c.noun.to_string();
        }
        align::measured_of(fact, &self.policy.synonyms)
    }

    /// The extraction behind [`Checker::extract`].
    fn extract_unlabelled(&self, source: &Source) -> Extraction {
        let limits = self.policy.limits;
        let text = source.text();
        let body_span = source.body_span();
        let mut out = Extraction {
            source: SourceInfo {
                id: source.id().to_string(),
                path: source.path().map(str::to_string),
                meta: source.meta().clone(),
            },
            ..Extraction::default()
        };
        let mut truncate = |limit: Limit, max: usize, from: usize| {
            if out.truncation.as_ref().is_none_or(|t| from < t.from) {
                out.truncation = Some(Truncation {
                    source: source.id().to_string(),
                    limit,
                    max,
                    from,
                });
            }
        };
        // Past the size limit, the text is read up to the last white space
        // within it, so that no number is read cut in two.
        let mut body = source.body();
        if text.len() > limits.source_bytes {
            let cut = cut_at_space(text, limits.source_bytes);
            truncate(Limit::SourceBytes, limits.source_bytes, cut);
            body = body
                .get(..cut.saturating_sub(body_span.start))
                .unwrap_or("");
        }
        let reference = source.meta().published.or(self.policy.reference_date);
        // "in two weeks" is a day only against a publication date; without
        // one it says no more than the duration it states.
        // Room for the facts the text is likely to hold, so that most
        // sources never grow the list: each growth copies every fact built
        // so far, and holds the old list and the new one at once.
        let expected = body.len() / BYTES_PER_FACT;
        let room = expected.min(limits.facts.saturating_add(1));
        // Each candidate becomes a fact as soon as the scan is done with
        // it, so a long text never holds all its candidates and all its
        // facts at once.
        // The source's id and text, which its facts and rejections share
        // with it.
        let id = source.shared_id().clone();
        let whole = source.shared_text().clone();
        let mut facts = fact::Builder::new(id.clone(), text, whole.clone(), room);
        let mut out_of_range = Vec::new();
        let (mut rejections, candidates, stopped) = extract::extract_limited(
            body,
            body_span.start,
            limits.facts,
            limits.rejections,
            reference.is_some(),
            |c| match normalize::normalize(c, self.policy.tolerance, reference) {
                Some(n) => facts.build(c, n),
                None => out_of_range.push(Rejection {
                    span: c.span,
                    reason: RejectReason::OutOfRange,
                }),
            },
        );
        out.facts = facts.finish();
        rejections.append(&mut out_of_range);
        rejections.sort_by_key(|r| (r.span.start, r.span.end));
        // Where reading stopped: the end of the scan, or the first fact or
        // rejection past its limit; nothing from there on is kept.
        if let Some(end) = stopped {
            let limit = if candidates > limits.facts {
                (Limit::FactsPerSource, limits.facts)
            } else {
                (Limit::RejectionsPerSource, limits.rejections)
            };
            truncate(limit.0, limit.1, end);
        }
        if let Some(f) = out.facts.get(limits.facts) {
            truncate(Limit::FactsPerSource, limits.facts, f.provenance.span.start);
        }
        if let Some(r) = rejections.get(limits.rejections) {
            truncate(Limit::RejectionsPerSource, limits.rejections, r.span.start);
        }
        if let Some(t) = &out.truncation {
            let from = t.from;
            out.facts.retain(|f| f.provenance.span.start < from);
            rejections.retain(|r| r.span.start < from);
        }
        out.rejections = rejections
            .into_iter()
            .map(|r| SourceRejection::new(&id, &whole, &r))
            .collect();
        out
    }

    /// Like [`Checker::check`], but fails instead of truncating when the
    /// sources go past the limit on their number or on a source's size.
    ///
    /// # Errors
    ///
    /// An error of kind [`ErrorKind::Limit`] naming the limit, and the
    /// source for the size limit, when there are more sources than
    /// [`CheckerBuilder::max_sources`] allows or a source is larger than
    /// [`CheckerBuilder::max_source_bytes`]. Nothing is checked then.
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::{Checker, ErrorKind, Source};
    /// let checker = Checker::builder().max_source_bytes(16).build().unwrap();
    /// let err = checker
    ///     .try_check(&[Source::new("long", "Police stopped 12 lorries on the bridge.")])
    ///     .unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Limit);
    /// assert!(err.to_string().contains("long"));
    /// ```
    pub fn try_check(&self, sources: &[Source]) -> Result<Report, Error> {
        let limits = self.policy.limits;
        if sources.len() > limits.sources {
            let msg = format!(
                "{} sources is more than the limit of {} (max_sources)",
                sources.len(),
                limits.sources
            );
            return Err(Error::new(ErrorKind::Limit, msg));
        }
        if let Some(s) = sources
            .iter()
            .find(|s| s.text().len() > limits.source_bytes)
        {
            let msg = format!(
                "source {} is {} bytes, more than the limit of {} (max_source_bytes)",
                s.id(),
                s.text().len(),
                limits.source_bytes
            );
            let err = Error::new(ErrorKind::Limit, msg);
            return Err(match s.path() {
                Some(p) => err.with_path(std::path::Path::new(p)),
                None => err,
            });
        }
        Ok(self.check(sources))
    }

    /// Checks a set of sources against each other: extracts every fact,
    /// aligns the facts about one quantity, and judges each group.
    ///
    /// The report does not depend on the order of `sources`: they are
    /// taken in order of id. Sources past a [limit](CheckerBuilder#limits)
    /// are truncated, and [`Report::truncations`] lists them.
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
        self.check_keeping(sources, false).0
    }

    /// [`Checker::check`], and, when `keep` is set, the frames alignment
    /// read for the report's facts, each from its own words (see
    /// [`align::frames`]); none otherwise.
    fn check_keeping(&self, sources: &[Source], keep: bool) -> (Report, Vec<align::Frame>) {
        let mut order: Vec<&Source> = sources.iter().collect();
        order.sort_by(|a, b| a.id().cmp(b.id()).then_with(|| a.text().cmp(b.text())));
        let limits = self.policy.limits;
        let left_out: Vec<Truncation> = order
            .iter()
            .skip(limits.sources)
            .map(|s| Truncation {
                source: s.id().to_string(),
                limit: Limit::Sources,
                max: limits.sources,
                from: 0,
            })
            .collect();
        order.truncate(limits.sources);
        // The sources are extracted a batch at a time, and each batch's
        // facts are moved into the report before the next batch is read: a
        // fact is held twice, in its extraction and in the report, for one
        // batch of sources at most rather than for the whole check.
        let total = order.iter().map(|s| s.text().len()).sum();
        let mut gathered = Gathered::for_sources(order.len());
        let mut read = 0;
        for batch in gather::batches(&order, self.threads()) {
            read += batch.iter().map(|s| s.text().len()).sum::<usize>();
            gathered.add(self.extract_in_order(batch), read, total);
        }
        self.compare_gathered(gathered, left_out, keep)
    }

    /// Compares the facts of sources extracted apart, with
    /// [`Checker::extract`] (here or elsewhere, and perhaps sent through
    /// serde on the way): the second half of [`Checker::check`], which
    /// gives the same report for the same sources.
    ///
    /// The extractions may come in any order; they are taken in order of
    /// source id. Past [`CheckerBuilder::max_sources`], the first ones are
    /// compared and the others recorded as truncations.
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::{Checker, Extraction, Source};
    ///
    /// let checker = Checker::new();
    /// let sources = [
    ///     Source::new("a", "The $34bn float of Ant Group was halted."),
    ///     Source::new("b", "Regulators halted Ant's US$35-billion IPO."),
    /// ];
    /// // Map: each article on its own, sent as JSON.
    /// let sent: Vec<String> = sources
    ///     .iter()
    ///     .map(|s| serde_json::to_string(&checker.extract(s)).unwrap())
    ///     .collect();
    /// // Reduce: the story's facts together.
    /// let received: Vec<Extraction> =
    ///     sent.iter().map(|j| serde_json::from_str(j).unwrap()).collect();
    /// let report = checker.compare(received);
    /// assert_eq!(report.conflicts, checker.check(&sources).conflicts);
    /// ```
    pub fn compare(&self, extractions: Vec<Extraction>) -> Report {
        let mut extractions = extractions;
        extractions.sort_by(|a, b| {
            a.source
                .id
                .cmp(&b.source.id)
                .then_with(|| a.source.path.cmp(&b.source.path))
                .then_with(|| fact::quotes(&a.facts).cmp(fact::quotes(&b.facts)))
        });
        let limits = self.policy.limits;
        let left_out: Vec<Truncation> = extractions
            .iter()
            .skip(limits.sources)
            .map(|e| Truncation {
                source: e.source.id.clone(),
                limit: Limit::Sources,
                max: limits.sources,
                from: 0,
            })
            .collect();
        extractions.truncate(limits.sources);
        let mut gathered = Gathered::for_sources(extractions.len());
        gathered.add(extractions, 1, 1);
        self.compare_gathered(gathered, left_out, false).0
    }

    /// Aligns and judges the extractions gathered, in order of source id;
    /// with `keep`, also gives the frames of the facts as read before
    /// alignment joined them (see [`Checker::check_keeping`]).
    fn compare_gathered(
        &self,
        gathered: Gathered,
        left_out: Vec<Truncation>,
        keep: bool,
    ) -> (Report, Vec<align::Frame>) {
        let Gathered {
            mut report,
            published,
            mut truncations,
        } = gathered;
        // Sources left out of the check come after those cut short.
        truncations.extend(left_out);
        let (alignment, kept) = if keep {
            let frames = align::frames(&report.facts, &self.policy.synonyms, self.threads());
            let kept = frames.clone();
            let alignment = align::align_framed(&report.facts, frames, &published, self.threads());
            (alignment, kept)
        } else {
            let alignment = align::align(
                &report.facts,
                &self.policy.synonyms,
                &published,
                self.threads(),
            );
            (alignment, Vec::new())
        };
        report.subjects = alignment.subjects(&report.facts);
        let found = compare::compare(
            &report.facts,
            &alignment,
            &published,
            &self.policy.judge,
            self.threads(),
        );
        report.conflicts = found.conflicts;
        report.possible_conflicts = found.possible_conflicts;
        report.corroborations = found.corroborations;
        report.updates = found.updates;
        report.notes = found.notes;
        if found.dropped > 0 {
            truncations.push(Truncation {
                source: String::new(),
                limit: Limit::Findings,
                max: self.policy.judge.max_findings,
                from: found.dropped,
            });
        }
        report.truncations = truncations;
        (report, kept)
    }

    /// Checks a target text (a summary, a draft, a model's answer) against
    /// a set of sources: for every fact of the target, whether the sources
    /// support it, contradict it, disagree about it among themselves, or do
    /// not state it at all, with the source facts the verdict rests on and
    /// a one-line explanation.
    ///
    /// Target facts are lined up with source facts by the rules that line
    /// up facts between sources (see [`ClaimReport`]): a count
    /// of Swedes is no evidence about Danes, a fine none about revenue.
    /// The sources are also checked against each other, as by
    /// [`Checker::check`]; that report is [`ClaimReport::report`], whose
    /// [`Report::truncations`] also lists the target when it went past a
    /// [limit](CheckerBuilder#limits).
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
    /// use crosscheck::Verdict;
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
        // The sources' frames are read once and serve both their report
        // and the claims.
        let (report, frames) = self.check_keeping(sources, true);
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
        // A target past a limit is truncated like a source, and says so.
        let mut report = report;
        report.truncations.extend(extraction.truncation);
        // The target is dated as its relative dates are resolved, so that
        // "a fine in 2022" is a past figure in it as in the sources.
        let mut dated = published.clone();
        if let Some(d) = target
            .meta()
            .published
            .or(self.policy.reference_date)
            .or_else(|| published.values().max().copied())
        {
            dated.entry(target.id().to_string()).or_insert(d);
        }
        let evidence = Evidence {
            facts: &report.facts,
            conflicts: &report.conflicts,
            updates: &report.updates,
            published: &dated,
        };
        let claims = claims::judge(
            &extraction.facts,
            &evidence,
            frames,
            &self.policy.synonyms,
            self.threads(),
        );
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

/// The end of the longest prefix of `text` of at most `max` bytes that ends
/// at white space, or at a `char` boundary when the prefix holds no white
/// space.
fn cut_at_space(text: &str, max: usize) -> usize {
    let mut limit = max.min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    text.as_bytes()[..limit]
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(limit, |k| k + 1)
}

mod gather;

#[cfg(test)]
mod tests;
