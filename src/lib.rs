//! crosscheck checks numeric facts across news sources.
//!
//! Give it several articles about one event. It turns every numeric claim
//! into a typed [`Fact`] (money, count, duration, percent, date, age, or a
//! measure with a physical unit, each an interval with the bound it was
//! stated with), lines up the facts that talk about the same quantity, and
//! reports where the sources disagree
//! (conflicts) and where they agree (corroborations), each finding with its
//! provenance: the source, the byte span, the line and column, the sentence.
//!
//! ```
//! use crosscheck::{Checker, Source};
//!
//! let checker = Checker::new();
//! let report = checker.check(&[
//!     Source::new("wire", "Regulators halted Ant's US$35-billion IPO."),
//!     Source::new("daily", "The $34bn float of Ant Group was blocked in November."),
//! ]);
//!
//! let conflict = &report.conflicts[0];
//! assert_eq!(conflict.subject, "ipo");
//! // "$34bn" is 34 in units of one billion: it allows 33.5bn to 34.5bn, so
//! // the two figures are adjacent roundings, and the finding says so.
//! assert!(report.explain_conflict(conflict).contains("2.9%"));
//! for &i in &conflict.mentions {
//!     let fact = &report.facts[i];
//!     println!("{}:{}:{} {}", fact.provenance.source, fact.provenance.line,
//!              fact.provenance.column, fact.provenance.text);
//! }
//! ```
//!
//! # The public API
//!
//! The root holds what most users need:
//!
//! - [`Source`]: one article: an id, the text exactly as read (front matter
//!   included), and its [`Meta`] (title, outlet, url, publication date).
//!   [`source::read_paths`] reads files and directories, and reports every
//!   unreadable one without stopping.
//! - [`Checker`]: the configured pipeline, built once with
//!   [`Checker::builder`] ([`CheckerBuilder`]) and used many times;
//!   immutable, `Clone`, `Send + Sync`. [`Checker::check`] runs it whole;
//!   [`Checker::extract`] (one source, an [`Extraction`]) and
//!   [`Checker::compare`] (a set of extractions) are its two halves, for
//!   extracting articles in one place and comparing a story's facts in
//!   another, with the same result.
//! - [`Fact`]: a typed value ([`Value`], [`Unit`], [`Bound`], [`Interval`],
//!   stated precision) of a [`Kind`], the words around it, and where it came
//!   from ([`Provenance`], with a byte [`Span`]). Facts serialize and
//!   deserialize.
//! - [`Report`]: the facts of every source, the rejected candidates, and the
//!   findings: [`Conflict`] (with its [`Severity`]), [`Corroboration`],
//!   [`Update`] and [`Note`]. Findings refer to facts by index into
//!   [`Report::facts`].
//! - [`ClaimReport`]: the one-sided check of a summary or draft against its
//!   sources ([`Checker::check_claims`]): a [`Verdict`] for every number in
//!   it.
//! - [`numbers`]: every number of a text ([`NumberMention`]), whatever it
//!   measures.
//! - [`Synonyms`] and [`SynonymClass`]: the words that name one subject,
//!   for [`CheckerBuilder::synonyms`].
//! - [`Error`] and [`ErrorKind`]: unreadable files, malformed front matter,
//!   bad configuration.
//!
//! Four modules hold the rest:
//!
//! - [`quantity`], the typed core every stage shares: kinds, units
//!   (currencies, units of time, counted nouns with their group, measures
//!   with a dimension), values, bounds, intervals, date grains, roles and
//!   changes.
//! - [`source`]: reading sources from files, front matter, warnings.
//! - [`report`]: the renderers ([`report::json`], [`report::text`],
//!   [`report::markdown`]), the English explanations ([`report::explain`]),
//!   and every type a report holds.
//! - [`limits`]: the checker's default limits (`DEFAULT_MAX_*`) and the
//!   truncations a report records when one is reached.
//!
//! # The pipeline
//!
//! Inside, one private module per stage; data flows one way, and each
//! stage imports only from the stages before it (plus the span, source and
//! error helpers, and [`quantity`]):
//!
//! 1. `segment` splits a body into sentences.
//! 2. `extract` finds numeric claims in sentences: one file per fact kind,
//!    candidates that borrow the text, and rejections with a reason for what
//!    looks numeric but is not a claim (phone numbers, copyright years, ids,
//!    ordinals, times of day).
//! 3. `normalize` turns a stated amount and its hedge into a value, a unit
//!    and an interval.
//! 4. `fact` gives each normalized candidate its provenance; facts own
//!    their data.
//! 5. `align` reads a frame for every fact (what it measures, its role,
//!    group, rate, change and time) and groups the facts whose frames agree.
//! 6. `compare` judges each group: intervals that cannot all hold are a
//!    conflict, intervals that overlap a corroboration, a figure that
//!    differs between dated reports an update.
//! 7. [`report`] renders the result as JSON (a versioned wire format), text
//!    with annotated source snippets, or Markdown.
//!
//! # API themes
//!
//! - **Findings are data, errors are misuse.** Checking text never fails and
//!   never panics; a number that cannot be represented is a recorded
//!   rejection. [`Error`] is for unreadable files, malformed front matter and
//!   bad configuration, and names the file, the line and the reason.
//! - **Spans are byte offsets** into the source text as given, half-open,
//!   always on `char` boundaries: `&text[span.start..span.end]` is the quote.
//! - **Values are exact.** Amounts are decimals ([`rust_decimal::Decimal`]),
//!   never floats; an exact value keeps the precision it was written with.
//! - **Deterministic.** The same sources in any order give the same report.
//! - **No clock, no network.** Relative dates resolve against a source's
//!   publication date or the reference date given to the builder.
//!
//! # Recipes
//!
//! - Teach it your beat's vocabulary: [`CheckerBuilder::synonyms`].
//! - Widen or narrow what "about" means: [`CheckerBuilder::tolerance`].
//! - Print a report: [`report::json::to_string`], [`report::text::render`],
//!   [`report::markdown::render`].
//! - Get every number, whatever it measures: [`numbers`].

#![forbid(unsafe_code)]

// The stages of the pipeline, in order. They are private: what a user needs
// of them is re-exported below or from the four public modules.
mod error;
mod parallel;
mod shared;
mod span;

pub(crate) mod lexicon;

pub mod quantity;

pub mod limits;

pub mod source;

mod segment;

mod extract;

mod normalize;

mod fact;

mod align;

mod compare;

pub mod report;

mod checker;

pub use align::{SynonymClass, Synonyms};
pub use checker::{Checker, CheckerBuilder, Extraction};
pub use compare::claims::Verdict;
pub use compare::{Conflict, Corroboration, Note, Severity, Update};
pub use error::{Error, ErrorKind};
pub use extract::{NumberMention, numbers};
pub use fact::{Fact, Provenance};
pub use quantity::{Bound, Interval, Kind, Unit, Value};
pub use report::{ClaimReport, Report};
pub use source::{Meta, Source};
pub use span::Span;
