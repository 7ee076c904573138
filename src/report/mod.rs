//! Stage 7: the report, and its renderings as JSON, text with annotated
//! source snippets, and Markdown.
//!
//! [`Report`] serializes to exactly the documented JSON (see [`json`]), so
//! `insta::assert_json_snapshot!(report)` and `serde_json::to_string` give
//! the wire format. The renderers take all their words from [`explain`];
//! [`text::render_with`] and [`markdown::render_with`] take [`Options`].
//!
//! # Snapshot-testing reports
//!
//! A crate that checks its own stories with crosscheck can keep their
//! reports as [insta](https://insta.rs) snapshots. `Report` implements
//! `Serialize` with the JSON format of [`json`], so the whole report is one
//! call: `insta::assert_json_snapshot!(report)`. Numbers stay numbers in the
//! snapshot: integers as integers, fractions such as `12.5` as written.
//!
//! Two fields make snapshots brittle or long, and are best redacted (insta's
//! `redactions` feature):
//!
//! - `.sources[].path`: where the files are on the machine that ran the
//!   test;
//! - `.**.sentence`: the sentence of every MENTION, wherever it appears
//!   (`facts`, and the `mentions` of every finding).
//!
//! ```text
//! insta::assert_json_snapshot!(report, {
//!     ".sources[].path" => "[path]",
//!     ".**.sentence" => "[sentence]",
//! });
//! ```
//!
//! For a small story, a compact view often says more: a few fields of each
//! finding, or the text report itself, kept inline next to the story.
//!
//! ```
//! use crosscheck::report::text;
//! use crosscheck::{Checker, Source};
//! use serde_json::{Value, json};
//!
//! let report = Checker::new().check(&[
//!     Source::new("gazette", "Police said 15 people were killed in the fire."),
//!     Source::new("wire", "The fire killed 12 people, officials said."),
//! ]);
//!
//! // Each conflict's values, with the sources that state them.
//! let doc = serde_json::to_value(&report).unwrap();
//! let sides: Vec<Value> = doc["conflicts"][0]["values"]
//!     .as_array()
//!     .unwrap()
//!     .iter()
//!     .map(|v| json!([v["text"], v["sources"]]))
//!     .collect();
//! insta::assert_json_snapshot!(sides, @r#"
//! [
//!   [
//!     "12 people",
//!     [
//!       "wire"
//!     ]
//!   ],
//!   [
//!     "15 people",
//!     [
//!       "gazette"
//!     ]
//!   ]
//! ]
//! "#);
//!
//! // The first lines of the text report: the counts and the conflict.
//! let text = text::render(&report);
//! let head: Vec<&str> = text.lines().take(6).collect();
//! insta::assert_snapshot!(head.join("\n"), @r#"
//! 2 sources, 2 facts: 1 conflict, 0 corroborations, 0 updates
//!
//! conflict[medium]: people killed (2 sources)
//!   |
//!   = 12 people: "12 people" in wire
//!   = 15 people: "15 people" in gazette
//! "#);
//! ```
//!
//! Run `INSTA_UPDATE=always cargo test` (or `cargo insta review`) to write
//! new snapshots, then read the diff: a changed number, side or label is
//! exactly what the snapshot is there to show.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::quantity::Value;

// Everything a report holds, nameable from here.
pub use crate::align::{Doubt, Slot};
pub use crate::compare::claims::{Claim, Reason as ClaimReason, Verdict};
pub use crate::compare::{
    Conflict, Corroboration, Note, NoteReason, Severity, Side, Spread, Update,
};
pub use crate::extract::RejectReason;
pub use crate::fact::{
    Context, Fact, Provenance, SENTENCE_LIMIT, SharedStr, SourceRejection, Words,
};
pub use crate::limits::{Limit, Truncation};
pub use crate::source::SourceInfo;

/// The result of checking a set of sources.
///
/// Findings refer to facts by their index in [`facts`](Report::facts).
/// The renderers in [`json`], [`text`] and [`markdown`] write it out;
/// serializing it (with serde) gives the JSON of [`json`].
///
/// # Example
///
/// ```
/// use crosscheck::{Checker, Source};
///
/// let report = Checker::new().check(&[
///     Source::new("gazette", "Police said 15 people were killed in the fire."),
///     Source::new("wire", "The fire killed 12 people, officials said."),
/// ]);
/// assert_eq!((report.sources.len(), report.facts.len()), (2, 2));
/// assert_eq!(report.conflicts.len(), 1);
/// for &i in &report.conflicts[0].mentions {
///     let fact = &report.facts[i];
///     println!("{}: {} ({})", fact.provenance.source, fact.provenance.text, report.subject(i));
/// }
/// let doc = serde_json::to_value(&report).unwrap();
/// assert_eq!(doc["conflicts"][0]["values"][0]["text"], "12 people");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The sources, sorted by id.
    pub sources: Vec<SourceInfo>,
    /// Every fact of every source, in source order, then text order.
    pub facts: Vec<Fact>,
    /// What each fact is about, as alignment found it (see
    /// [`Report::subject`]), in the order of `facts`. The facts of one
    /// group share one string.
    pub subjects: Vec<SharedStr>,
    /// Every rejected candidate.
    pub rejections: Vec<SourceRejection>,
    /// Values that disagree.
    pub conflicts: Vec<Conflict>,
    /// Values that disagree where the alignment is in doubt: the figures
    /// may measure different things. Each says why in
    /// [`Conflict::doubt`].
    pub possible_conflicts: Vec<Conflict>,
    /// Values that agree.
    pub corroborations: Vec<Corroboration>,
    /// Running figures revised between dated reports.
    pub updates: Vec<Update>,
    /// Related figures that were not judged, and why.
    pub notes: Vec<Note>,
    /// Sources that went past a limit and were not read whole, in source
    /// order, then the findings left out past the findings limit.
    pub truncations: Vec<Truncation>,
}

impl Report {
    /// What fact `i` is about, as alignment found it: a synonym class
    /// ("ipo", "take effect"), an attribute noun, or the counted noun;
    /// empty when nothing tells.
    pub fn subject(&self, i: usize) -> &str {
        self.subjects.get(i).map_or("", SharedStr::as_str)
    }

    /// The publication date of the source with this id, where known.
    pub fn published(&self, source: &str) -> Option<NaiveDate> {
        self.sources
            .iter()
            .find(|s| s.id == source)
            .and_then(|s| s.meta.published)
    }

    /// A conflict's one-line explanation (see [`explain::conflict`]).
    pub fn explain_conflict(&self, c: &Conflict) -> String {
        explain::conflict(c, &self.facts)
    }

    /// An update's one-line explanation (see [`explain::update`]).
    pub fn explain_update(&self, u: &Update) -> String {
        explain::update(u, &self.facts, |id| self.published(id))
    }

    /// A note's one-line explanation (see [`explain::note`]).
    pub fn explain_note(&self, n: &Note) -> String {
        explain::note(n, &self.facts)
    }
}

impl Serialize for Report {
    /// The report as the JSON format documented in [`json`].
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        json::envelope(self, None, &json::Options::default()).serialize(serializer)
    }
}

/// The result of checking a target text (a summary, a draft, a model's
/// answer) against a set of sources: the sources' own report, and a
/// verdict for every fact of the target.
///
/// Made by [`crate::Checker::check_claims`]. The renderers show it as the
/// sources' report followed by the claims: [`json::claims_to_string`],
/// [`text::render_claims`], [`markdown::render_claims`].
///
/// # Example
///
/// ```
/// use crosscheck::Verdict;
/// use crosscheck::{Checker, Source};
///
/// let checked = Checker::new().check_claims(
///     &Source::new("draft", "The blaze killed 12 people."),
///     &[Source::new("wire", "Police said 15 people were killed in the fire.")],
/// );
/// let claim = &checked.claims[0];
/// assert_eq!(claim.verdict, Verdict::Contradicted);
/// let evidence = &checked.report.facts[claim.evidence[0]];
/// assert_eq!(evidence.provenance.text, "15 people");
/// assert!(checked.explain(claim).starts_with("\"12 people\" is not what the sources say"));
/// ```
#[derive(Clone, Debug)]
pub struct ClaimReport {
    /// The sources checked against each other, as [`crate::Checker::check`]
    /// reports them. Evidence indices point into its `facts`.
    pub report: Report,
    /// The target.
    pub target: SourceInfo,
    /// One claim per fact of the target, in text order.
    pub claims: Vec<Claim>,
}

impl ClaimReport {
    /// How many claims have the given verdict.
    pub fn count(&self, verdict: Verdict) -> usize {
        self.claims.iter().filter(|c| c.verdict == verdict).count()
    }

    /// A claim's one-line explanation (see [`explain::claim`]).
    pub fn explain(&self, c: &Claim) -> String {
        explain::claim(c, &self.report.facts)
    }
}

impl Serialize for ClaimReport {
    /// The report as the JSON format documented in [`json`], with its
    /// `claims` array.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        json::envelope(&self.report, Some(self), &json::Options::default()).serialize(serializer)
    }
}

/// How many snippets the text and Markdown reports show of one finding,
/// unless [`Options::all_mentions`] asks for every one.
pub const MENTIONS_SHOWN: usize = 5;

/// How the text and Markdown reports are rendered ([`text::render_with`],
/// [`markdown::render_with`]).
///
/// # Example
///
/// ```
/// use crosscheck::{Checker, Source};
/// use crosscheck::report::{Options, text};
///
/// let sources: Vec<Source> = (0..8)
///     .map(|i| Source::new(format!("s{i}"), "The order bans eight apps."))
///     .collect();
/// let report = Checker::new().check(&sources);
/// let short = text::render(&report);
/// assert!(short.contains("and 3 more mentions"));
/// let all = text::render_with(&report, &Options::default().with_all_mentions(true));
/// assert!(!all.contains("more mentions"));
/// assert!(all.contains("--> s7:1:16"));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Show every mention of every finding, and every source of a
    /// conflict's side, rather than the first [`MENTIONS_SHOWN`] snippets
    /// and how many more there are.
    pub all_mentions: bool,
}

impl Options {
    /// These options, showing every mention or not.
    pub fn with_all_mentions(mut self, all: bool) -> Options {
        self.all_mentions = all;
        self
    }
}

/// One snippet a report shows of a finding: a fact that stands for every
/// mention of the same quote with the same value in the same source (a
/// headline repeated in the text is one snippet).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Shown {
    /// The first of the facts, as an index into [`Report::facts`].
    pub fact: usize,
    /// The line of each of the facts it stands for, in order.
    pub lines: Vec<usize>,
}

/// The snippets a report shows of a finding, and how many mentions are
/// left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Selection {
    /// The snippets, in the order of the finding's mentions.
    pub shown: Vec<Shown>,
    /// The mentions not shown.
    pub more: usize,
}

/// The snippets to show of a finding with these `mentions`: repeats of one
/// quote, value and source are one snippet; unless `options` asks for all,
/// at most [`MENTIONS_SHOWN`] of them, chosen first from the facts in
/// `first` (one per side of a conflict), then one per source, then in
/// order, and shown in the order of `mentions`. Indices outside `facts`
/// are left out.
pub(crate) fn select(
    facts: &[Fact],
    mentions: &[usize],
    first: &[usize],
    options: &Options,
) -> Selection {
    let mut groups: Vec<Shown> = Vec::new();
    // The first snippet of each source and quote, and those of other
    // values for it (rare: a quote read two ways). Looked up, never read
    // in order: hashed, since a finding may hold thousands of mentions,
    // and the values compared only within one quote.
    let mut by_quote: HashMap<(&str, &str), usize> = HashMap::with_capacity(mentions.len());
    let mut by_value: BTreeMap<(&str, &str, &Value), usize> = BTreeMap::new();
    // The snippet of each mention, in order.
    let mut group_at: Vec<Option<usize>> = Vec::with_capacity(mentions.len());
    let mut total = 0usize;
    for &i in mentions {
        let Some(f) = facts.get(i) else {
            group_at.push(None);
            continue;
        };
        total += 1;
        let p = &f.provenance;
        let quote = (p.source.as_str(), p.text.as_str());
        let new = |groups: &mut Vec<Shown>| {
            groups.push(Shown {
                fact: i,
                lines: Vec::new(),
            });
            groups.len() - 1
        };
        let g = match by_quote.get(&quote) {
            None => {
                let g = new(&mut groups);
                by_quote.insert(quote, g);
                g
            }
            Some(&g) if facts[groups[g].fact].value == f.value => g,
            Some(_) => *by_value
                .entry((quote.0, quote.1, &f.value))
                .or_insert_with(|| new(&mut groups)),
        };
        groups[g].lines.push(p.line);
        group_at.push(Some(g));
    }
    let group_of = |i: &usize| {
        let at = mentions.iter().position(|m| m == i)?;
        group_at[at]
    };
    if options.all_mentions || groups.len() <= MENTIONS_SHOWN {
        return Selection {
            shown: groups,
            more: 0,
        };
    }
    // The facts asked for first, then one snippet of each source, then
    // the rest in order.
    let mut sources_seen: HashSet<&str> = HashSet::new();
    let first_of_each_source: Vec<usize> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| {
            facts
                .get(g.fact)
                .is_some_and(|f| sources_seen.insert(f.provenance.source.as_str()))
        })
        .map(|(k, _)| k)
        .collect();
    let mut picked: Vec<usize> = Vec::with_capacity(MENTIONS_SHOWN);
    let wanted = first
        .iter()
        .filter_map(group_of)
        .chain(first_of_each_source)
        .chain(0..groups.len());
    for g in wanted {
        if picked.len() == MENTIONS_SHOWN {
            break;
        }
        if !picked.contains(&g) {
            picked.push(g);
        }
    }
    picked.sort_unstable();
    let mut shown = Vec::with_capacity(picked.len());
    let mut listed = 0usize;
    let mut groups: Vec<Option<Shown>> = groups.into_iter().map(Some).collect();
    for g in picked {
        if let Some(s) = groups.get_mut(g).and_then(Option::take) {
            listed += s.lines.len();
            shown.push(s);
        }
    }
    Selection {
        shown,
        more: total.saturating_sub(listed),
    }
}

/// How the reports name each source (see [`explain::source_name`]),
/// worked out once per report.
pub(crate) struct Names<'r> {
    by_id: BTreeMap<&'r str, String>,
}

impl<'r> Names<'r> {
    pub(crate) fn new(sources: &'r [SourceInfo]) -> Names<'r> {
        Names {
            by_id: sources
                .iter()
                .map(|s| (s.id.as_str(), explain::source_name(s)))
                .collect(),
        }
    }

    /// The name of the source with this id; the id itself for a source
    /// the report does not list.
    pub(crate) fn name(&self, id: &str) -> String {
        self.by_id
            .get(id)
            .cloned()
            .unwrap_or_else(|| explain::flatten(id))
    }
}

pub mod explain;
pub mod json;
pub mod markdown;
pub mod text;

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    use super::*;
    use crate::{Checker, Source};

    /// Facts that differ only in source, quote, value and line, one for
    /// each `(source, quote, value)` given, on lines counting up.
    fn facts(said: &[(u8, u8, u8)]) -> Vec<Fact> {
        let model = Checker::new()
            .extract(&Source::new("s", "12 people died."))
            .facts
            .remove(0);
        said.iter()
            .enumerate()
            .map(|(line, &(source, quote, value))| {
                let mut f = model.clone();
                f.provenance.source = format!("s{source}").into();
                f.provenance.text = format!("q{quote}").into();
                f.provenance.line = line + 1;
                f.value = Value::Number(Decimal::from(value));
                f
            })
            .collect()
    }

    proptest! {
        /// Each snippet stands for the mentions of one source, quote and
        /// value, in the order they first come, with their lines; and the
        /// fact asked for first is shown.
        #[test]
        fn a_snippet_is_one_source_quote_and_value(
            said in proptest::collection::vec((0u8..3, 0u8..3, 0u8..2), 1..30),
            first in 0usize..30,
        ) {
            let facts = facts(&said);
            let mentions: Vec<usize> = (0..facts.len()).collect();
            let all = select(&facts, &mentions, &[], &Options::default().with_all_mentions(true));
            let mut expected: Vec<((u8, u8, u8), Vec<usize>)> = Vec::new();
            for (line, key) in said.iter().enumerate() {
                match expected.iter_mut().find(|(k, _)| k == key) {
                    Some((_, lines)) => lines.push(line + 1),
                    None => expected.push((*key, vec![line + 1])),
                }
            }
            let shown: Vec<((u8, u8, u8), Vec<usize>)> = all
                .shown
                .iter()
                .map(|s| (said[s.fact], s.lines.clone()))
                .collect();
            prop_assert_eq!(shown, expected);
            let first = first % facts.len();
            let some = select(&facts, &mentions, &[first], &Options::default());
            prop_assert!(some.shown.iter().any(|s| said[s.fact] == said[first]));
        }
    }
}
