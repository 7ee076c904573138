//! The JSON report format, version 1: a wire format for other tools.
//!
//! [`to_string`] writes a whole [`Report`] as one pretty-printed JSON
//! document; [`claims_to_string`] writes a [`ClaimReport`] (a target text
//! checked against the sources) as the same document with a `claims` array
//! at its end; [`mention_line`] writes one fact as a compact MENTION object on
//! one line, for JSON Lines streams. Both are produced from private,
//! serialize-only structs that borrow from the report, so the wire shape
//! described here is kept apart from the library's own types: those may
//! change between releases, the wire format changes only with its version.
//!
//! # The envelope
//!
//! ```json
//! {
//!   "format_version": 1,
//!   "sources": [SOURCE, ...],
//!   "conflicts": [CONFLICT, ...],
//!   "corroborations": [CORROBORATION, ...],
//!   "updates": [UPDATE, ...],
//!   "notes": [NOTE, ...],
//!   "facts": [MENTION, ...],
//!   "rejections": [REJECTION, ...],
//!   "truncations": [TRUNCATION, ...],
//!   "possible_conflicts": [CONFLICT, ...],
//!   "claims": [CLAIM, ...]
//! }
//! ```
//!
//! Every key is always present, with one exception: `claims` is present
//! only in a report on a target's claims ([`claims_to_string`]), and
//! absent from a report on sources alone ([`to_string`]). Lists may be
//! empty. Keys appear in the
//! order shown here, in every object below too.
//!
//! | key | type | meaning |
//! |---|---|---|
//! | `format_version` | integer | `1` for the format described here |
//! | `sources` | array of SOURCE | every source checked, sorted by id |
//! | `conflicts` | array of CONFLICT | values that cannot all be true |
//! | `corroborations` | array of CORROBORATION | values that agree |
//! | `updates` | array of UPDATE | figures that grew between dated reports |
//! | `notes` | array of NOTE | related figures that were not judged, and why (different currencies, subjects that may differ) |
//! | `facts` | array of MENTION | every fact, by source, then in text order |
//! | `rejections` | array of REJECTION | number-like text not taken as a fact |
//! | `truncations` | array of TRUNCATION | sources not read whole because they went past a limit of the checker, and findings left out past the findings limit |
//! | `possible_conflicts` | array of CONFLICT | values that disagree where the alignment is in doubt that they measure one thing; each one's `doubt` says why |
//! | `claims` | array of CLAIM | only when a target was checked: one per fact of the target, in text order |
//!
//! A TRUNCATION is `{"source": string, "limit": "source_bytes" |
//! "facts_per_source" | "rejections_per_source" | "sources" | "findings",
//! "max": integer, "from": integer}`: every fact and rejection of `source`
//! before byte `from` is reported, none at or after it (`from` is 0 for a
//! source left out of a check whole). For `"findings"`, `source` is empty
//! and `from` counts the findings left out: conflicts are kept first, then
//! updates, corroborations, possible conflicts and notes.
//!
//! Findings appear in the order the checker reported them; the mentions of
//! a finding appear in the order the finding lists them (for updates,
//! earliest first).
//!
//! # Absent values
//!
//! An optional field whose value is unknown is **present with the value
//! `null`**, never omitted: every object of a given type always has the
//! same keys. No number is ever NaN or infinite.
//!
//! # SOURCE
//!
//! | key | type | meaning |
//! |---|---|---|
//! | `id` | string | the source id (for files, the file stem) |
//! | `path` | string or null | the path the source was read from, as given |
//! | `title` | string or null | the headline from the front matter |
//! | `published` | string or null | the publication date, `YYYY-MM-DD` |
//! | `outlet` | string or null | the publisher from the front matter (`outlet:`) |
//! | `url` | string or null | the article's address from the front matter (`url:`), as written |
//!
//! `outlet` and `url` were added within version 1, at the end of the
//! object, as the versioning rules below allow.
//!
//! # CONFLICT
//!
//! | key | type | meaning |
//! |---|---|---|
//! | `kind` | string | `money`, `count`, `duration`, `percent`, `date`, `age` or `measure` |
//! | `subject` | string | what the quantity is (`ipo`, `app`) |
//! | `severity` | string | `low`, `medium` or `high` |
//! | `explanation` | string | one line: how far apart, what could explain it |
//! | `mentions` | array of MENTION | the facts that disagree, in fact order |
//! | `within_source` | boolean | whether the disagreeing facts share one source |
//! | `values` | array of VALUE | the distinct values, lowest first: values that can all hold together make one VALUE, and no two VALUEs can |
//! | `confidence` | number | from 0 to 1: how sure the alignment is that the values measure one quantity |
//! | `matched` | array of SLOT | the frame slots the facts share, with the words of the first fact |
//! | `doubt` | string or null | null for a conflict; for a possible conflict, why it is in doubt: `role_unstated`, `subject_unstated`, `little_in_common`, `names_differ`, `scope` or `weak_match` |
//!
//! A group of facts whose values disagree is **one** conflict, however many
//! distinct values it holds: its size grows with the number of facts, not
//! with the pairs of them. Sources that agree with each other inside a
//! conflict are shown as one VALUE (its `sources`), not as a separate
//! corroboration.
//!
//! A VALUE is `{"text": string, "value": number or string, "lower": ...,
//! "upper": ..., "sources": [string], "mentions": [integer]}`: the quote,
//! value and interval of its first fact (as in MENTION), the ids of the
//! sources stating it, and its facts as positions in the conflict's
//! `mentions`.
//!
//! A SLOT is `{"slot": string, "words": string}`: `measured` (the counted
//! noun, attribute or event), `role`, `modifier` ("british", "on board"),
//! `place`, `per`, `change`, `time` (the words that tie the figure to an
//! earlier or later time) or `attribution` (who gives it).
//!
//! # CORROBORATION
//!
//! | key | type | meaning |
//! |---|---|---|
//! | `kind` | string | as for CONFLICT |
//! | `subject` | string | what the quantity is |
//! | `sources` | integer | how many distinct sources state it |
//! | `mentions` | array of MENTION | the facts that agree |
//! | `confidence` | number | as for CONFLICT |
//! | `matched` | array of SLOT | as for CONFLICT |
//!
//! # UPDATE
//!
//! | key | type | meaning |
//! |---|---|---|
//! | `kind` | string | as for CONFLICT |
//! | `subject` | string | what the quantity is |
//! | `explanation` | string | one line: from what to what, between which dates |
//! | `mentions` | array of MENTION | the facts, earliest report first |
//!
//! A running figure (a toll, the missing, damaged homes, aid approved so
//! far) that differs between dated reports, up or down, is an update;
//! other counts are updates only when they grow.
//!
//! # NOTE
//!
//! The same four keys as UPDATE: `kind`, `subject`, `explanation` (what was
//! not compared and why) and `mentions` (in fact order).
//!
//! # MENTION
//!
//! One fact, the same shape wherever it appears:
//!
//! ```json
//! {"source": "a", "start": 123, "end": 128, "line": 7, "column": 5,
//!  "text": "$34bn", "sentence": "The float was worth $34bn.", "kind": "money",
//!  "value": 34000000000, "unit": "USD", "bound": "exact",
//!  "lower": 33500000000, "upper": 34500000000, "subject": "ipo",
//!  "role": null, "per": null, "change": null,
//!  "dimension": null, "base_value": null, "base_unit": null}
//! ```
//!
//! A measure, "50 miles (80km)":
//!
//! ```json
//! {"source": "a", "start": 8, "end": 16, "line": 1, "column": 9,
//!  "text": "50 miles", "sentence": "It lies 50 miles (80km) from the coast.",
//!  "kind": "measure", "value": 50, "unit": "mi", "bound": "exact",
//!  "lower": 49.5, "upper": 50.5, "subject": "", "role": null, "per": null,
//!  "change": null, "dimension": "length", "base_value": 80467.2,
//!  "base_unit": "m"}
//! ```
//!
//! | key | type | meaning |
//! |---|---|---|
//! | `source` | string | the source id |
//! | `start` | integer | byte offset of the quote's first byte in the source text |
//! | `end` | integer | byte offset one past the quote's last byte |
//! | `line` | integer | 1-based line of the quote's first byte |
//! | `column` | integer | 1-based column of the quote's first byte, in Unicode scalar values |
//! | `text` | string | the quote: the source text's bytes `[start, end)` |
//! | `sentence` | string | the sentence holding the quote; a sentence longer than 400 bytes is cut to about 200 bytes on each side of the quote, and each cut end is marked with `…` |
//! | `kind` | string | as for CONFLICT |
//! | `value` | number or string | the stated value; dates: an ISO string |
//! | `unit` | string | see below |
//! | `bound` | string | `exact`, `approximate`, `lower`, `upper` or `range` |
//! | `lower` | number, string or null | lowest value the statement allows |
//! | `upper` | number, string or null | highest value the statement allows |
//! | `subject` | string | what the fact is about |
//! | `role` | string or null | for a count, the part the counted group plays: `killed`, `injured`, `hospitalised`, `missing`, `rescued`, `evacuated`, `displaced`, `arrested`, `affected`, `trapped`, `infected` or `charged` for people, `damaged`, `destroyed`, `flooded` or `without power` for things ("9 dead", "were wounded", "the death toll rose to 23", "Wounded: 38", "1,200 homes were destroyed"); null where no role is stated; ages and other kinds have none. More roles may be added within version 1 |
//! | `per` | string or null | for a rate, the singular noun it is per ("$48.75 a share": `share`; "£6.49 per month": `month`; both amounts of "gained $1.35 to $83 a barrel": `barrel`); null for totals |
//! | `change` | string or null | `up` or `down` for an amount stated as a change ("fell $3.15", "up 14 cents"); null for a level ("to $44.60") and for everything else |
//! | `dimension` | string or null | for a measure, what its unit measures: `length`, `area`, `volume`, `mass`, `speed`, `temperature`, `energy`, `power`, `data` or `magnitude`; null for every other kind |
//! | `base_value` | number or null | for a measure, `value` in the dimension's base unit (`base_unit`), so that "50 miles" (80467.2) and "80km" (80000) compare; exact where the conversion is a finite decimal, else rounded to 28 significant digits (120 km/h is 33.33… m/s); null for every other kind |
//! | `base_unit` | string or null | for a measure, the dimension's base unit: `m`, `m²`, `m³`, `kg`, `m/s`, `°C` (not the kelvin), `J`, `W`, `B` (a gigabyte is 10^9 bytes) or `magnitude`; null for every other kind |
//!
//! Offsets count bytes of the text exactly as read, front matter included.
//!
//! `value`, `lower` and `upper` are JSON numbers for every kind but dates,
//! written exactly from the library's decimal values: an integral value is
//! written as an integer (`34000000000`, never `3.4e10` or `34000000000.0`),
//! any other as a plain decimal without exponent or trailing zeros (`0.75`,
//! `2.5`). Consumers that need exact values should read them with an
//! arbitrary-precision number type; no value has more than 29 significant digits.
//!
//! For dates, `value` is an ISO-like string whose unknown fields are `X`s
//! (`2021-01-20`, `XXXX-01-20`, `2020-11`), and `lower` and `upper` are the
//! first and last day the date can mean, as `YYYY-MM-DD` strings, or null
//! when the year is not known.
//!
//! `lower` and `upper` are null where the statement sets no limit on that
//! side ("more than 20" has no `upper`). Whether an end itself is allowed
//! follows from `bound`: "more than 20" (`lower`) excludes 20, "at least
//! 20" includes it, but both are written `"lower": 20`.
//!
//! `unit` is an ISO 4217 code for money (`USD`), a time unit for durations
//! (`day`, `week`, ...), `percent` or `percentage point` for percents, the
//! grain for dates (`day`, `month`, ...), `year` for ages, the unit's
//! symbol for measures (below), and the counted noun for counts:
//! the singular head noun (`app` for "eight Chinese apps"), `people` for
//! people named only by a role ("9 dead", "the death toll rose to 23"),
//! with a nationality before it or a scope after it that defines the
//! group (`british national` for "Five British nationals", `people on
//! board` for "Four of those on board").
//!
//! An `age` (added within version 1) is how old a person or a thing is,
//! with `value`, `lower` and `upper` in years: "a 14-year-old" is 14, "an
//! 18-month-old" 1.5 (months, weeks and days are converted; a week is 7/365
//! of a year, a day 1/365). A stated age is a point (`lower` and `upper`
//! equal: ages are given in whole years); "aged between 16 and 18" and "in
//! his 50s" (50 to 59) are ranges; "as young as 9" and "aged 65 and over"
//! are `lower` bounds, "under 5" and "as old as 80" `upper` bounds. The
//! quote starts at the word that shapes the value ("aged", "age of", "as
//! young as", "in his") and leaves out the name or noun the age belongs to:
//! "Maria Lopez, 27," quotes `27`, "a 14-year-old boy" `14-year-old`.
//! Money in a currency the text names without its country ("10 dinars",
//! "ten rials") has the currency's lowercase name as its unit (`dinar`,
//! `rial`), never an ISO code: such an amount is compared only with amounts
//! named the same way. A share written without a per cent sign
//! ("two-thirds of the staff", "one in five") is a `percent` fact with unit
//! `percent`; unhedged, its `lower` and `upper` are its value.
//!
//! A measure's unit is its symbol: `km`, `m`, `cm`, `mm`, `mi`, `ft`, `in`,
//! `yd`, `nmi`; `km²`, `m²`, `mi²`, `ft²`, `ha`, `ac`; `m³`, `km³`, `ft³`,
//! `l`, `ml`, `gal` (the US gallon); `t` (the metric tonne), `kg`, `g`,
//! `lb`, `oz`, `ton` (the US short ton); `mph`, `km/h`, `kn`, `m/s`; `°C`,
//! `°F`; `J`, `kJ`, `MJ`, `GJ`, `kWh`, `MWh`, `GWh`, `TWh`; `W`, `kW`, `MW`,
//! `GW`; `B`, `KB`, `MB`, `GB`, `TB`, `PB`; `magnitude`. A measure's
//! `value`, `lower` and `upper` stay in its stated unit; an exact one
//! allows half a unit of its last digit either side ("55km" is 54.5 to
//! 55.5), as a duration does.
//!
//! `dimension`, `base_value` and `base_unit` were added within version 1,
//! at the end of the object, as the versioning rules below allow.
//!
//! # REJECTION
//!
//! | key | type | meaning |
//! |---|---|---|
//! | `source` | string | the source id |
//! | `start` | integer | byte offset of the rejected text's first byte |
//! | `end` | integer | byte offset one past its last byte |
//! | `text` | string | the rejected text |
//! | `reason` | string | `phone_number`, `copyright`, `year_label`, `identifier`, `time_of_day`, `age`, `ordinal`, `no_unit`, `out_of_range` or `page_furniture`; `age` is an age in a unit no age is counted in ("a 3-hour-old foal"), ages themselves being facts |
//!
//! # CLAIM
//!
//! One fact of the target text and how the sources bear on it.
//!
//! ```json
//! {"mention": MENTION, "verdict": "contradicted",
//!  "evidence": [MENTION, ...],
//!  "explanation": "\"£19.4m\" is not what the sources say: ..."}
//! ```
//!
//! | key | type | meaning |
//! |---|---|---|
//! | `mention` | MENTION | the target's fact; its `source` is the target's id |
//! | `verdict` | string | `supported`, `contradicted`, `disputed` or `unsupported` |
//! | `evidence` | array of MENTION | the source facts the verdict rests on, in the order of `facts`; empty when nothing was found |
//! | `explanation` | string | one line: which source values agree or disagree, and why |
//!
//! The verdicts:
//!
//! - `supported`: a source states a value for the same quantity that
//!   overlaps the target's, and no source's value for it conflicts;
//! - `contradicted`: sources state the quantity, none compatibly with the
//!   target;
//! - `disputed`: the sources' values for the quantity conflict among
//!   themselves; the explanation says which side the target takes, if any;
//! - `unsupported`: no source states the quantity (the sources may state it
//!   in another currency, which is not compared without a rate: the
//!   evidence then lists those facts).
//!
//! The target is not one of the `sources`, and its facts are not in
//! `facts`; findings between sources never involve it.
//!
//! # Versions
//!
//! `format_version` changes whenever a change could break a consumer that
//! follows this description: a key removed or renamed, a type or meaning
//! changed, a value newly allowed to be null. Within one version, new keys
//! may be added at the end of an object and new strings may appear in
//! `kind`, `reason` and `unit`; consumers should ignore keys they do not
//! know.
//!
//! # Example
//!
//! ```
//! use crosscheck::Report;
//! use crosscheck::report::json;
//!
//! let out = json::to_string(&Report::default());
//! assert!(out.starts_with("{\n  \"format_version\": 1,"));
//! assert!(out.ends_with("}\n"));
//! ```

use std::borrow::Cow;

use rust_decimal::Decimal;
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

use crate::align::Slot;
use crate::compare::{Conflict, Corroboration, Note, Side, Update};
use crate::extract::RejectReason;
use crate::fact::{Fact, SourceRejection};
use crate::limits::Truncation;
use crate::quantity::{End, Kind, Value};
use crate::report::explain::{day_iso, iso_date};
use crate::report::{ClaimReport, Report};
use crate::source::SourceInfo;

/// The version of the format this module writes.
pub const FORMAT_VERSION: u32 = 1;

/// The whole report as JSON (format version 1), pretty-printed with two
/// spaces and ending in a newline.
///
/// Findings refer to facts by index; each index is written out as the full
/// MENTION object. An index that does not point into
/// [`Report::facts`] is left out.
pub fn to_string(report: &Report) -> String {
    write(&envelope(report, None))
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
    write(&envelope(&checked.report, Some(claims(checked))))
}

/// The `claims` array of a [`ClaimReport`].
pub(super) fn claims(checked: &ClaimReport) -> Vec<WireClaim<'_>> {
    checked
        .claims
        .iter()
        .map(|c| WireClaim {
            mention: WireMention::new(&c.fact, &c.subject),
            verdict: c.verdict.as_str(),
            evidence: mentions(&c.evidence, &checked.report),
            explanation: checked.explain(c),
        })
        .collect()
}

/// The whole envelope, borrowing from the report.
pub(super) fn envelope<'r>(
    report: &'r Report,
    claims: Option<Vec<WireClaim<'r>>>,
) -> WireReport<'r> {
    WireReport {
        format_version: FORMAT_VERSION,
        sources: report.sources.iter().map(WireSource::new).collect(),
        conflicts: report
            .conflicts
            .iter()
            .map(|c| WireConflict::new(c, report))
            .collect(),
        corroborations: report
            .corroborations
            .iter()
            .map(|c| WireCorroboration::new(c, report))
            .collect(),
        updates: report
            .updates
            .iter()
            .map(|u| WireUpdate::new(u, report))
            .collect(),
        notes: report
            .notes
            .iter()
            .map(|n| WireUpdate::note(n, report))
            .collect(),
        facts: report
            .facts
            .iter()
            .enumerate()
            .map(|(i, f)| WireMention::new(f, report.subject(i)))
            .collect(),
        rejections: report.rejections.iter().map(WireRejection::new).collect(),
        truncations: report.truncations.iter().map(WireTruncation::new).collect(),
        possible_conflicts: report
            .possible_conflicts
            .iter()
            .map(|c| WireConflict::new(c, report))
            .collect(),
        claims,
    }
}

/// Pretty-printed with two spaces, ending in a newline.
fn write(wire: &WireReport<'_>) -> String {
    let mut out = serde_json::to_string_pretty(wire).unwrap_or_else(|_| String::from("{}"));
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
/// use crosscheck::fact::Context;
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
    serde_json::to_string(&WireMention::new(fact, subject)).unwrap_or_else(|_| String::from("{}"))
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
}

#[derive(Serialize)]
pub(super) struct WireClaim<'r> {
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
    published: Option<String>,
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
    fn new(conflict: &'r Conflict, report: &'r Report) -> WireConflict<'r> {
        WireConflict {
            kind: conflict.kind.as_str(),
            subject: &conflict.subject,
            severity: conflict.severity.as_str(),
            explanation: report.explain_conflict(conflict),
            mentions: mentions(&conflict.mentions, report),
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
        let m = WireMention::new(first, "");
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
    fn new(found: &'r Corroboration, report: &'r Report) -> WireCorroboration<'r> {
        WireCorroboration {
            kind: found.kind.as_str(),
            subject: &found.subject,
            sources: found.sources,
            mentions: mentions(&found.mentions, report),
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
    fn new(update: &'r Update, report: &'r Report) -> WireUpdate<'r> {
        WireUpdate {
            kind: update.kind.as_str(),
            subject: &update.subject,
            explanation: report.explain_update(update),
            mentions: mentions(&update.mentions, report),
        }
    }

    /// A NOTE has the same four keys as an UPDATE.
    fn note(note: &'r Note, report: &'r Report) -> WireUpdate<'r> {
        WireUpdate {
            kind: note.kind.as_str(),
            subject: &note.subject,
            explanation: report.explain_note(note),
            mentions: mentions(&note.mentions, report),
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
}

impl<'r> WireMention<'r> {
    fn new(fact: &'r Fact, subject: &'r str) -> WireMention<'r> {
        let p = &fact.provenance;
        let is_date = matches!(fact.value, Value::Date(_));
        let measure = fact.unit.measure().filter(|_| fact.kind == Kind::Measure);
        let end = |end: Option<End>| match end {
            None => WireValue::Null,
            Some(end) if is_date => {
                day_iso(end.value).map_or(WireValue::Null, |d| WireValue::Text(Cow::Owned(d)))
            }
            Some(end) => WireValue::number(end.value),
        };
        WireMention {
            source: &p.source,
            start: p.span.start,
            end: p.span.end,
            line: p.line,
            column: p.column,
            text: &p.text,
            sentence: if p.sentence_cut_start || p.sentence_cut_end {
                Cow::Owned(format!(
                    "{}{}{}",
                    if p.sentence_cut_start { "…" } else { "" },
                    p.sentence,
                    if p.sentence_cut_end { "…" } else { "" }
                ))
            } else {
                Cow::Borrowed(&p.sentence)
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
fn mentions<'r>(indices: &[usize], report: &'r Report) -> Vec<WireMention<'r>> {
    indices
        .iter()
        .filter_map(|&i| Some(WireMention::new(report.facts.get(i)?, report.subject(i))))
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
