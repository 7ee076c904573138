#![doc = include_str!("json.md")]

use std::borrow::Cow;
use std::io;

use rust_decimal::Decimal;
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

use crate::align::Slot;
use crate::compare::{Conflict, Corroboration, Note, Side, Update};
use crate::extract::RejectReason;
use crate::fact::{Fact, SourceRejection};
use crate::limits::Truncation;
use crate::quantity::{End, Kind, SmolStr, Value};
use crate::report::explain::{day_iso, iso_date};
use crate::report::{ClaimReport, Report};
use crate::source::SourceInfo;

mod index;
mod write;

use index::Index;

/// The version of the format this module writes.
pub const FORMAT_VERSION: u32 = 1;

/// How the JSON report is written ([`to_string_with`], [`to_writer`] and
/// their `claims_` twins).
///
/// # Example
///
/// ```
/// use crosscheck::{Checker, Source};
/// use crosscheck::report::json;
///
/// let report = Checker::new().check(&[
///     Source::new("a", "Officials said 12 people were killed."),
///     Source::new("b", "Officials said 15 people were killed."),
/// ]);
/// let options = json::Options::default().with_sentences_once(true);
/// let out = json::to_string_with(&report, &options);
/// let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
/// let mention = &doc["facts"][0];
/// assert_eq!(mention["sentence"], "");
/// let index = mention["sentence_index"].as_u64().unwrap() as usize;
/// assert_eq!(doc["sentences"][index]["text"], "Officials said 12 people were killed.");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Write each sentence once, in a top-level `sentences` table, and have
    /// every MENTION refer to it by `sentence_index` (its `sentence` is
    /// then the empty string), rather than repeat the sentence in every
    /// MENTION. Off by default: the MENTION then carries its sentence, as
    /// the format has always done.
    pub sentences_once: bool,
    /// Write the document on one line, with no white space between
    /// tokens, rather than indented with two spaces. Off by default.
    pub one_line: bool,
    /// The most threads the writer uses; `None` for as many as the
    /// machine has (see [`Options::with_threads`]).
    threads: Option<usize>,
}

impl Options {
    /// These options, writing each sentence once or not.
    pub fn with_sentences_once(mut self, once: bool) -> Options {
        self.sentences_once = once;
        self
    }

    /// These options, writing the document on one line or indented.
    pub fn with_one_line(mut self, one_line: bool) -> Options {
        self.one_line = one_line;
        self
    }

    /// These options, with the writer using at most `threads` threads (at
    /// least one; 1 keeps all the work on the calling thread). By default
    /// it uses as many as the machine has, which means two at most: a
    /// report with many facts has its long lists of MENTIONs written in
    /// blocks, every other one on a second thread. The text is the same
    /// byte for byte on any number of threads.
    pub fn with_threads(mut self, threads: usize) -> Options {
        self.threads = Some(threads.max(1));
        self
    }

    /// The threads the writer may use.
    pub(crate) fn threads(&self) -> usize {
        self.threads
            .unwrap_or_else(crate::parallel::machine_threads)
    }
}

/// The whole report as JSON (format version 1), pretty-printed with two
/// spaces and ending in a newline.
///
/// Findings refer to facts by index; each index is written out as the full
/// MENTION object. An index that does not point into
/// [`Report::facts`] is left out.
pub fn to_string(report: &Report) -> String {
    to_string_with(report, &Options::default())
}

/// The whole report as JSON, written as `options` ask.
pub fn to_string_with(report: &Report, options: &Options) -> String {
    let room = write::room(report, None, options);
    let mut out = write::Out::new(options, None).with_room(room);
    write::envelope(&mut out, report, None, options);
    out.into_string()
}

/// A [`ClaimReport`] as JSON: the sources' report in the envelope above,
/// with the `claims` array added at its end.
///
/// # Example
///
/// ```
/// use crosscheck::{Checker, Source};
/// use crosscheck::report::json;
///
/// let checked = Checker::new().check_claims(
///     &Source::new("summary", "The order names eight apps."),
///     &[Source::new("wire", "The order bans eight Chinese apps.")],
/// );
/// let out = json::claims_to_string(&checked);
/// assert!(out.contains("\"verdict\": \"supported\""));
/// assert!(out.trim_end().ends_with("]\n}"));
/// ```
pub fn claims_to_string(checked: &ClaimReport) -> String {
    claims_to_string_with(checked, &Options::default())
}

/// A [`ClaimReport`] as JSON, written as `options` ask.
pub fn claims_to_string_with(checked: &ClaimReport, options: &Options) -> String {
    let room = write::room(&checked.report, Some(checked), options);
    let mut out = write::Out::new(options, None).with_room(room);
    write::envelope(&mut out, &checked.report, Some(checked), options);
    out.into_string()
}

/// The whole report as JSON, written as `options` ask, to `out`: what
/// [`to_string_with`] returns, without holding the document in memory.
///
/// # Errors
///
/// Fails when writing to `out` fails.
///
/// # Example
///
/// ```
/// use crosscheck::Report;
/// use crosscheck::report::json;
///
/// let report = Report::default();
/// let mut out = Vec::new();
/// json::to_writer(&report, &json::Options::default(), &mut out).unwrap();
/// assert_eq!(String::from_utf8(out).unwrap(), json::to_string(&report));
/// ```
pub fn to_writer(report: &Report, options: &Options, mut out: impl io::Write) -> io::Result<()> {
    let mut o = write::Out::new(options, Some(&mut out));
    write::envelope(&mut o, report, None, options);
    o.finish()
}

/// A [`ClaimReport`] as JSON, written as `options` ask, to `out`: what
/// [`claims_to_string_with`] returns, without holding the document in
/// memory.
///
/// # Errors
///
/// Fails when writing to `out` fails.
pub fn claims_to_writer(
    checked: &ClaimReport,
    options: &Options,
    mut out: impl io::Write,
) -> io::Result<()> {
    let mut o = write::Out::new(options, Some(&mut out));
    write::envelope(&mut o, &checked.report, Some(checked), options);
    o.finish()
}

/// The `claims` array of a [`ClaimReport`].
///
/// Made one claim at a time, as the writer asks for them: a summary of
/// many claims that thousands of facts back would otherwise hold every
/// claim's evidence at once.
fn claims<'r, 'i>(
    checked: &'r ClaimReport,
    index: &'i Index<'r>,
) -> impl Iterator<Item = WireClaim<'r>> + use<'r, 'i> {
    checked.claims.iter().map(move |c| WireClaim {
        mention: WireMention::new(&c.fact, &c.subject, index),
        verdict: c.verdict.as_str(),
        evidence: mentions(&c.evidence, &checked.report, index),
        explanation: checked.explain(c),
    })
}

/// The whole envelope, borrowing from the report, with the claims of
/// `checked` when there are any.
pub(super) fn envelope<'r>(
    report: &'r Report,
    checked: Option<&'r ClaimReport>,
    options: &Options,
) -> WireReport<'r> {
    let index = Index::new(report, checked, options);
    let w = &index;
    WireReport {
        format_version: FORMAT_VERSION,
        sources: report.sources.iter().map(WireSource::new).collect(),
        conflicts: report
            .conflicts
            .iter()
            .map(|c| WireConflict::new(c, report, w))
            .collect(),
        corroborations: report
            .corroborations
            .iter()
            .map(|c| WireCorroboration::new(c, report, w))
            .collect(),
        updates: report
            .updates
            .iter()
            .map(|u| WireUpdate::new(u, report, w))
            .collect(),
        notes: report
            .notes
            .iter()
            .map(|n| WireUpdate::note(n, report, w))
            .collect(),
        facts: report
            .facts
            .iter()
            .enumerate()
            .map(|(i, f)| WireMention::new(f, report.subject(i), w))
            .collect(),
        rejections: report.rejections.iter().map(WireRejection::new).collect(),
        truncations: report.truncations.iter().map(WireTruncation::new).collect(),
        possible_conflicts: report
            .possible_conflicts
            .iter()
            .map(|c| WireConflict::new(c, report, w))
            .collect(),
        claims: checked.map(|c| claims(c, w).collect()),
        sentences: index.rows,
    }
}

/// The sentence of a fact as a MENTION writes it: each cut end marked
/// with `…`.
fn sentence(fact: &Fact) -> Cow<'_, str> {
    let p = &fact.provenance;
    if p.sentence_cut_start || p.sentence_cut_end {
        Cow::Owned(format!(
            "{}{}{}",
            if p.sentence_cut_start { "…" } else { "" },
            p.sentence,
            if p.sentence_cut_end { "…" } else { "" }
        ))
    } else {
        Cow::Borrowed(&p.sentence)
    }
}

/// Pretty-printed with two spaces (or on one line), ending in a newline,
/// through serde: what [`write`] is held to.
#[cfg(test)]
fn write(wire: &WireReport<'_>, options: &Options) -> String {
    let written = if options.one_line {
        serde_json::to_string(wire)
    } else {
        serde_json::to_string_pretty(wire)
    };
    let mut out = written.unwrap_or_else(|_| String::from("{}"));
    out.push('\n');
    out
}

/// One fact as a MENTION object on one line (JSON Lines), without a
/// trailing newline.
///
/// # Example
///
/// ```
/// use crosscheck::{Bound, Fact, Interval, Kind, Provenance, Span, Unit, Value};
/// use crosscheck::report::Context;
/// use crosscheck::quantity::TimeUnit;
/// use crosscheck::report::json;
/// use rust_decimal::Decimal;
///
/// let fact = Fact {
///     kind: Kind::Duration,
///     value: Value::Number(Decimal::from(45)),
///     unit: Unit::Time(TimeUnit::Day),
///     bound: Bound::Exact,
///     interval: Interval::point(Decimal::from(45)),
///     precision: Some(Decimal::ONE),
///     role: None,
///     per: None,
///     change: None,
///     context: Context::default(),
///     provenance: Provenance {
///         source: "a".into(),
///         span: Span::new(26, 33),
///         line: 1,
///         column: 27,
///         text: "45 days".into(),
///         sentence_span: Span::new(0, 34),
///         sentence: "The order takes effect in 45 days.".into(),
///         sentence_cut_start: false,
///         sentence_cut_end: false,
///     },
/// };
/// let line = json::mention_line(&fact, "take effect");
/// assert!(line.contains(r#""value":45,"unit":"day","bound":"exact","lower":45,"upper":45"#));
/// assert!(!line.contains('\n'));
/// ```
pub fn mention_line(fact: &Fact, subject: &str) -> String {
    let mut line = String::new();
    push_mention_line(&mut line, fact, subject);
    line
}

/// [`mention_line`], written at the end of `out`: a caller that gathers
/// many lines in one buffer writes each in place, with no string of its
/// own to copy from. What is in `out` already is kept.
pub fn push_mention_line(out: &mut String, fact: &Fact, subject: &str) {
    // A MENTION is its sentence and some 400 bytes more.
    let room = fact.provenance.sentence.len() + 512;
    let mut o = write::Out::new(&Options::default().with_one_line(true), None)
        .with_buffer(std::mem::take(out))
        .with_room(room);
    write::mention(&mut o, &WireMention::new(fact, subject, &Index::NONE));
    *out = o.into_string();
}

#[derive(Serialize)]
pub(super) struct WireReport<'r> {
    format_version: u32,
    sources: Vec<WireSource<'r>>,
    conflicts: Vec<WireConflict<'r>>,
    corroborations: Vec<WireCorroboration<'r>>,
    updates: Vec<WireUpdate<'r>>,
    notes: Vec<WireUpdate<'r>>,
    facts: Vec<WireMention<'r>>,
    rejections: Vec<WireRejection<'r>>,
    truncations: Vec<WireTruncation<'r>>,
    possible_conflicts: Vec<WireConflict<'r>>,
    /// Only in a report on a target's claims.
    #[serde(skip_serializing_if = "Option::is_none")]
    claims: Option<Vec<WireClaim<'r>>>,
    /// Only with [`Options::sentences_once`].
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<Vec<WireSentence<'r>>>,
}

/// A sentence of the `sentences` table.
#[derive(Serialize)]
struct WireSentence<'r> {
    source: &'r str,
    start: usize,
    end: usize,
    text: Cow<'r, str>,
}

#[derive(Serialize)]
struct WireClaim<'r> {
    mention: WireMention<'r>,
    verdict: &'static str,
    evidence: Vec<WireMention<'r>>,
    explanation: String,
}

#[derive(Serialize)]
struct WireSource<'r> {
    id: &'r str,
    path: Option<&'r str>,
    title: Option<&'r str>,
    published: Option<SmolStr>,
    outlet: Option<&'r str>,
    url: Option<&'r str>,
}

impl<'r> WireSource<'r> {
    fn new(source: &'r SourceInfo) -> WireSource<'r> {
        WireSource {
            id: &source.id,
            path: source.path.as_deref(),
            title: source.meta.title.as_deref(),
            published: source.meta.published.map(iso_date),
            outlet: source.meta.outlet.as_deref(),
            url: source.meta.url.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct WireConflict<'r> {
    kind: &'static str,
    subject: &'r str,
    severity: &'static str,
    explanation: String,
    mentions: Vec<WireMention<'r>>,
    within_source: bool,
    values: Vec<WireSide<'r>>,
    confidence: WireValue<'r>,
    matched: Vec<WireSlot<'r>>,
    doubt: Option<&'static str>,
}

impl<'r> WireConflict<'r> {
    fn new(conflict: &'r Conflict, report: &'r Report, index: &Index<'r>) -> WireConflict<'r> {
        WireConflict {
            mentions: mentions(&conflict.mentions, report, index),
            ..WireConflict::head(conflict, report)
        }
    }

    /// The CONFLICT without its mentions, for a writer that makes them as
    /// it writes them.
    fn head(conflict: &'r Conflict, report: &'r Report) -> WireConflict<'r> {
        WireConflict {
            kind: conflict.kind.as_str(),
            subject: &conflict.subject,
            severity: conflict.severity.as_str(),
            explanation: report.explain_conflict(conflict),
            mentions: Vec::new(),
            within_source: conflict.within_source,
            values: {
                // Positions in the conflict's `mentions`, which lists only
                // facts the report holds.
                let listed: Vec<usize> = conflict
                    .mentions
                    .iter()
                    .copied()
                    .filter(|&i| i < report.facts.len())
                    .collect();
                conflict
                    .sides
                    .iter()
                    .filter_map(|s| WireSide::new(s, &listed, report))
                    .collect()
            },
            confidence: WireValue::number(conflict.confidence),
            matched: slots(&conflict.matched),
            doubt: conflict.doubt.map(|d| d.as_str()),
        }
    }
}

/// One distinct value of a conflict.
#[derive(Serialize)]
struct WireSide<'r> {
    text: &'r str,
    value: WireValue<'r>,
    lower: WireValue<'r>,
    upper: WireValue<'r>,
    sources: Vec<&'r str>,
    mentions: Vec<usize>,
}

impl<'r> WireSide<'r> {
    fn new(side: &'r Side, listed: &[usize], report: &'r Report) -> Option<WireSide<'r>> {
        let first = report.facts.get(*side.mentions.first()?)?;
        let mut sources: Vec<&str> = side
            .mentions
            .iter()
            .filter_map(|&i| report.facts.get(i))
            .map(|f| f.provenance.source.as_str())
            .collect();
        sources.sort_unstable();
        sources.dedup();
        let m = WireMention::new(first, "", &Index::NONE);
        let mentions = side
            .mentions
            .iter()
            .filter_map(|i| listed.binary_search(i).ok())
            .collect();
        Some(WireSide {
            text: &first.provenance.text,
            value: m.value,
            lower: m.lower,
            upper: m.upper,
            sources,
            mentions,
        })
    }
}

/// A frame slot a finding's facts share, and the words it was read from.
#[derive(Serialize)]
struct WireSlot<'r> {
    slot: &'static str,
    words: &'r str,
}

fn slots(matched: &[(Slot, String)]) -> Vec<WireSlot<'_>> {
    matched
        .iter()
        .map(|(slot, words)| WireSlot {
            slot: slot.as_str(),
            words,
        })
        .collect()
}

#[derive(Serialize)]
struct WireCorroboration<'r> {
    kind: &'static str,
    subject: &'r str,
    sources: usize,
    mentions: Vec<WireMention<'r>>,
    confidence: WireValue<'r>,
    matched: Vec<WireSlot<'r>>,
}

impl<'r> WireCorroboration<'r> {
    fn new(
        found: &'r Corroboration,
        report: &'r Report,
        index: &Index<'r>,
    ) -> WireCorroboration<'r> {
        WireCorroboration {
            mentions: mentions(&found.mentions, report, index),
            ..WireCorroboration::head(found)
        }
    }

    /// The CORROBORATION without its mentions, for a writer that makes them
    /// as it writes them.
    fn head(found: &'r Corroboration) -> WireCorroboration<'r> {
        WireCorroboration {
            kind: found.kind.as_str(),
            subject: &found.subject,
            sources: found.sources,
            mentions: Vec::new(),
            confidence: WireValue::number(found.confidence),
            matched: slots(&found.matched),
        }
    }
}

#[derive(Serialize)]
struct WireUpdate<'r> {
    kind: &'static str,
    subject: &'r str,
    explanation: String,
    mentions: Vec<WireMention<'r>>,
}

impl<'r> WireUpdate<'r> {
    fn new(update: &'r Update, report: &'r Report, index: &Index<'r>) -> WireUpdate<'r> {
        WireUpdate {
            mentions: mentions(&update.mentions, report, index),
            ..WireUpdate::head(update, report)
        }
    }

    /// The UPDATE without its mentions, for a writer that makes them as it
    /// writes them.
    fn head(update: &'r Update, report: &'r Report) -> WireUpdate<'r> {
        WireUpdate {
            kind: update.kind.as_str(),
            subject: &update.subject,
            explanation: report.explain_update(update),
            mentions: Vec::new(),
        }
    }

    /// A NOTE has the same four keys as an UPDATE.
    fn note(note: &'r Note, report: &'r Report, index: &Index<'r>) -> WireUpdate<'r> {
        WireUpdate {
            mentions: mentions(&note.mentions, report, index),
            ..WireUpdate::note_head(note, report)
        }
    }

    /// The NOTE without its mentions.
    fn note_head(note: &'r Note, report: &'r Report) -> WireUpdate<'r> {
        WireUpdate {
            kind: note.kind.as_str(),
            subject: &note.subject,
            explanation: report.explain_note(note),
            mentions: Vec::new(),
        }
    }
}

#[derive(Serialize)]
struct WireMention<'r> {
    source: &'r str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    text: &'r str,
    sentence: Cow<'r, str>,
    kind: &'static str,
    value: WireValue<'r>,
    unit: &'r str,
    bound: &'static str,
    lower: WireValue<'r>,
    upper: WireValue<'r>,
    subject: &'r str,
    role: Option<&'static str>,
    per: Option<&'r str>,
    change: Option<&'static str>,
    dimension: Option<&'static str>,
    base_value: WireValue<'r>,
    base_unit: Option<&'static str>,
    /// Only with [`Options::sentences_once`].
    #[serde(skip_serializing_if = "Option::is_none")]
    sentence_index: Option<usize>,
}

impl<'r> WireMention<'r> {
    fn new(fact: &'r Fact, subject: &'r str, index: &Index<'_>) -> WireMention<'r> {
        let p = &fact.provenance;
        let is_date = matches!(fact.value, Value::Date(_));
        let measure = fact.unit.measure().filter(|_| fact.kind == Kind::Measure);
        let end = |end: Option<End>| match end {
            None => WireValue::Null,
            Some(end) if is_date => day_iso(end.value).map_or(WireValue::Null, WireValue::Small),
            Some(end) => WireValue::number(end.value),
        };
        let sentence_index = index.of(fact);
        WireMention {
            source: &p.source,
            start: p.span.start,
            end: p.span.end,
            line: p.line,
            column: p.column,
            text: &p.text,
            sentence: match sentence_index {
                Some(_) => Cow::Borrowed(""),
                None => sentence(fact),
            },
            kind: fact.kind.as_str(),
            value: match &fact.value {
                Value::Number(n) => WireValue::number(*n),
                Value::Date(d) => WireValue::Text(Cow::Borrowed(&d.iso)),
            },
            unit: fact.unit.name(),
            bound: fact.bound.as_str(),
            lower: end(fact.interval.lower),
            upper: end(fact.interval.upper),
            subject,
            role: fact.role.map(|r| r.as_str()),
            per: fact.per.as_deref(),
            change: fact.change.map(|c| c.as_str()),
            dimension: measure.map(|m| m.dimension().as_str()),
            base_value: measure
                .zip(fact.value.as_number())
                .and_then(|(m, v)| m.to_base(v))
                .map_or(WireValue::Null, WireValue::number),
            base_unit: measure.map(|m| m.dimension().base_symbol()),
            sentence_index,
        }
    }
}

#[derive(Serialize)]
struct WireTruncation<'r> {
    source: &'r str,
    limit: &'static str,
    max: usize,
    from: usize,
}

impl<'r> WireTruncation<'r> {
    fn new(t: &'r Truncation) -> WireTruncation<'r> {
        WireTruncation {
            source: &t.source,
            limit: t.limit.as_str(),
            max: t.max,
            from: t.from,
        }
    }
}

#[derive(Serialize)]
struct WireRejection<'r> {
    source: &'r str,
    start: usize,
    end: usize,
    text: &'r str,
    reason: &'static str,
}

impl<'r> WireRejection<'r> {
    fn new(rejected: &'r SourceRejection) -> WireRejection<'r> {
        WireRejection {
            source: &rejected.source,
            start: rejected.span.start,
            end: rejected.span.end,
            text: &rejected.text,
            reason: reason_name(rejected.reason),
        }
    }
}

/// A value slot of a MENTION: an exact number, a string or null.
enum WireValue<'r> {
    Number(Decimal),
    Text(Cow<'r, str>),
    /// A short text made for the report: a day as `YYYY-MM-DD`.
    Small(SmolStr),
    Null,
}

impl WireValue<'_> {
    /// A decimal, written digit for digit (see [`write_decimal`]).
    fn number<'r>(n: Decimal) -> WireValue<'r> {
        WireValue::Number(n)
    }
}

impl Serialize for WireValue<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            WireValue::Number(n) => write_decimal(*n, serializer),
            WireValue::Text(text) => serializer.serialize_str(text),
            WireValue::Small(text) => serializer.serialize_str(text),
            WireValue::Null => serializer.serialize_none(),
        }
    }
}

/// Writes a decimal so that serde_json prints exactly its digits, and so
/// that other serializers (insta's snapshots among them) see a plain
/// number wherever one can hold it exactly.
///
/// `normalize` drops trailing zeros and the sign of zero. An integral
/// value is an integer (every decimal's integer part fits an `i128`). A
/// fraction is a double when serde_json writes that double with the
/// decimal's very digits (`12.5`, `0.95`, `48.75`: the everyday case);
/// otherwise (more digits than a double holds, or a value so small that
/// serde_json would write an exponent) it is serde_json's raw number
/// token, which serde_json prints digit for digit and other serializers
/// see as a one-field struct.
fn write_decimal<S: Serializer>(n: Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    let n = n.normalize();
    if n.is_integer() {
        if let Ok(v) = i64::try_from(n) {
            return serializer.serialize_i64(v);
        }
        if let Ok(v) = i128::try_from(n) {
            return serializer.serialize_i128(v);
        }
    }
    let digits = n.to_string();
    if let Ok(f) = f64::try_from(n)
        && f.is_finite()
        && serde_json::to_string(&f).is_ok_and(|written| written == digits)
    {
        return serializer.serialize_f64(f);
    }
    match RawValue::from_string(digits) {
        Ok(raw) => raw.serialize(serializer),
        Err(_) => serializer.serialize_none(),
    }
}

/// The MENTION objects for a finding's fact indices.
fn mentions<'r>(indices: &[usize], report: &'r Report, index: &Index<'_>) -> Vec<WireMention<'r>> {
    indices
        .iter()
        .filter_map(|&i| {
            Some(WireMention::new(
                report.facts.get(i)?,
                report.subject(i),
                index,
            ))
        })
        .collect()
}

/// The wire name of a rejection reason. Spelled out here rather than taken
/// from the library type's serde attributes, so that renaming a variant
/// cannot silently change the wire format.
fn reason_name(reason: RejectReason) -> &'static str {
    match reason {
        RejectReason::PhoneNumber => "phone_number",
        RejectReason::Copyright => "copyright",
        RejectReason::YearLabel => "year_label",
        RejectReason::Identifier => "identifier",
        RejectReason::TimeOfDay => "time_of_day",
        RejectReason::Age => "age",
        RejectReason::Ordinal => "ordinal",
        RejectReason::NoUnit => "no_unit",
        RejectReason::OutOfRange => "out_of_range",
        RejectReason::PageFurniture => "page_furniture",
    }
}
