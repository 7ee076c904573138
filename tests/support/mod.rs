//! What the test binaries that judge reports against quoted text share:
//! reading a report through its JSON form, and finding where a quote occurs
//! in an article.
//!
//! Reports are read from the JSON document (`crosscheck::report::json`),
//! the stable contract, rather than from the library's Rust types, so the
//! judges keep working while those types change. Only the keys a judge
//! needs are read; keys added later within version 1 are ignored.
//!
//! A quote names a place, not an exact extent: a reported mention matches a
//! quote when its byte span overlaps an occurrence of the quote in the body
//! (the text after the front matter) of the mention's own source.

use crosscheck::{Report, Source, Span};
use serde::Deserialize;
use serde_json::value::RawValue;

/// One reported fact, as the JSON report's MENTION gives it.
#[derive(Clone, Debug)]
pub struct Mention {
    /// The source id.
    pub source: String,
    /// Where the fact's quote is in the source's text (front matter
    /// included).
    pub span: Span,
    pub line: usize,
    pub column: usize,
    pub text: String,
    pub kind: String,
    /// The stated value exactly as the JSON writes it (`34000000000`,
    /// `2.5`, `"2021-01-20"`), so two values are equal when their texts are.
    pub value: String,
    /// The unit (a currency, a time unit, a counted noun...).
    pub unit: String,
}

/// One conflict, corroboration or update.
#[derive(Clone, Debug)]
pub struct Finding {
    pub kind: String,
    pub subject: String,
    /// Indices into [`Observed::mentions`].
    pub mentions: Vec<usize>,
    /// The count of sources the finding claims (corroborations only).
    pub sources: Option<usize>,
    pub explanation: String,
    /// A conflict's sides, each the indices into [`Observed::mentions`] of
    /// the mentions stating one value; empty when not known (findings
    /// built by hand, corroborations, updates). Two mentions on one side
    /// are never a pair the report claims differ.
    pub sides: Vec<Vec<usize>>,
}

/// A report, reduced to what is judged.
#[derive(Clone, Debug, Default)]
pub struct Observed {
    /// Every fact of the report, then any mention of a finding that is not
    /// among the facts.
    pub mentions: Vec<Mention>,
    pub conflicts: Vec<Finding>,
    pub corroborations: Vec<Finding>,
    pub updates: Vec<Finding>,
}

#[derive(Deserialize)]
struct WireReport {
    format_version: u64,
    conflicts: Vec<WireFinding>,
    corroborations: Vec<WireFinding>,
    updates: Vec<WireFinding>,
    facts: Vec<WireMention>,
}

#[derive(Deserialize)]
struct WireFinding {
    kind: String,
    subject: String,
    #[serde(default)]
    severity: Option<String>,
    #[serde(default)]
    explanation: Option<String>,
    #[serde(default)]
    sources: Option<usize>,
    mentions: Vec<WireMention>,
    /// A conflict's distinct values.
    #[serde(default)]
    values: Vec<WireSide>,
}

/// One side of a conflict: its sources and its mentions, as positions in
/// the conflict's `mentions`.
#[derive(Deserialize)]
struct WireSide {
    sources: Vec<String>,
    mentions: Vec<usize>,
}

#[derive(Deserialize)]
struct WireMention {
    source: String,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    text: String,
    kind: String,
    value: Box<RawValue>,
    unit: String,
}

impl WireMention {
    fn into_mention(self) -> Mention {
        Mention {
            source: self.source,
            span: Span::new(self.start, self.end),
            line: self.line,
            column: self.column,
            text: self.text,
            kind: self.kind,
            value: self.value.get().to_string(),
            unit: self.unit,
        }
    }
}

impl Observed {
    /// Reads a JSON report (format version 1).
    ///
    /// # Errors
    ///
    /// The reason, with the line and column where serde_json gives one, when
    /// the text is not a version 1 report.
    pub fn from_json(json: &str) -> Result<Observed, String> {
        let wire: WireReport = serde_json::from_str(json).map_err(|e| e.to_string())?;
        if wire.format_version != 1 {
            return Err(format!(
                "format_version {} (expected 1)",
                wire.format_version
            ));
        }
        let mut observed = Observed {
            mentions: wire
                .facts
                .into_iter()
                .map(WireMention::into_mention)
                .collect(),
            ..Observed::default()
        };
        let findings = |list: Vec<WireFinding>, observed: &mut Observed| -> Vec<Finding> {
            list.into_iter()
                .map(|f| {
                    let mentions: Vec<usize> = f
                        .mentions
                        .into_iter()
                        .map(|m| observed.index_of(m.into_mention()))
                        .collect();
                    let sides = f
                        .values
                        .iter()
                        .map(|side| {
                            side.mentions
                                .iter()
                                .filter_map(|&k| mentions.get(k).copied())
                                .collect()
                        })
                        .collect();
                    let explanation = match (f.severity, f.explanation) {
                        (Some(s), Some(e)) => format!("{s} severity; {e}"),
                        (None, Some(e)) => e,
                        (Some(s), None) => format!("{s} severity"),
                        (None, None) => String::new(),
                    };
                    Finding {
                        kind: f.kind,
                        subject: f.subject,
                        mentions,
                        sources: f.sources,
                        explanation,
                        sides,
                    }
                })
                .collect()
        };
        // A conflict's sides are where its agreeing sources are shown: each
        // side stated by two or more sources is also an agreement.
        let mut sides = Vec::new();
        for c in &wire.conflicts {
            for side in &c.values {
                if side.sources.len() < 2 {
                    continue;
                }
                sides.push((
                    c.kind.clone(),
                    c.subject.clone(),
                    side.sources.len(),
                    side.mentions
                        .iter()
                        .filter_map(|&k| c.mentions.get(k))
                        .map(|m| (m.source.clone(), m.start, m.end, m.text.clone()))
                        .collect::<Vec<_>>(),
                ));
            }
        }
        observed.conflicts = findings(wire.conflicts, &mut observed);
        observed.corroborations = findings(wire.corroborations, &mut observed);
        for (kind, subject, sources, mentions) in sides {
            let mentions = mentions
                .into_iter()
                .filter_map(|(source, start, end, text)| {
                    observed.mentions.iter().position(|m| {
                        m.source == source && m.span == Span::new(start, end) && m.text == text
                    })
                })
                .collect();
            observed.corroborations.push(Finding {
                kind,
                subject,
                mentions,
                sources: Some(sources),
                explanation: String::from("one side of a conflict"),
                sides: Vec::new(),
            });
        }
        observed.updates = findings(wire.updates, &mut observed);
        Ok(observed)
    }

    /// Reads `report` through its JSON form.
    ///
    /// # Panics
    ///
    /// When the library writes JSON this reader cannot read: the contract is
    /// broken, which is a failed test.
    pub fn from_report(report: &Report) -> Observed {
        let json = crosscheck::report::json::to_string(report);
        match Observed::from_json(&json) {
            Ok(observed) => observed,
            Err(e) => panic!("the JSON report cannot be read: {e}"),
        }
    }

    /// The index of the fact `m` names (same source, span and kind), added
    /// at the end when no fact has it.
    fn index_of(&mut self, m: Mention) -> usize {
        let found = self
            .mentions
            .iter()
            .position(|f| f.source == m.source && f.span == m.span && f.kind == m.kind);
        match found {
            Some(i) => i,
            None => {
                self.mentions.push(m);
                self.mentions.len() - 1
            }
        }
    }
}

/// Where `quote` occurs in the body of `source`, as spans of its text.
pub fn occurrences(source: &Source, quote: &str) -> Vec<Span> {
    if quote.is_empty() {
        return Vec::new();
    }
    let body = source.body_span();
    source
        .body()
        .match_indices(quote)
        .map(|(i, m)| Span::new(body.start + i, body.start + i + m.len()))
        .collect()
}

/// Whether `mention` lies in `source` and overlaps an occurrence of `quote`
/// in its body.
pub fn matches_quote(source: &Source, mention: &Mention, quote: &str) -> bool {
    mention.source == source.id()
        && occurrences(source, quote)
            .iter()
            .any(|o| o.overlaps(mention.span))
}

/// `num / den`, or nothing when `den` is 0.
pub fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

/// A ratio with two decimals, or `n/a`.
pub fn show(r: Option<f64>) -> String {
    r.map_or_else(|| "n/a".to_string(), |r| format!("{r:.2}"))
}

/// A note from a fixture on one line, for messages.
pub fn one_line(note: &str) -> String {
    note.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Panics listing `problems`, when there are any.
pub fn fail_with(problems: &[String], what: &str) {
    if !problems.is_empty() {
        panic!("{} {what}:\n\n{}\n", problems.len(), problems.join("\n\n"));
    }
}
