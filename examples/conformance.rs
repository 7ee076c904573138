//! Scores crosscheck's extraction against a conformance corpus: the test
//! suites of other numeric extractors (Recognizers-Text, Duckling,
//! rustling-ontology, quantulum3), converted to one JSON Lines schema.
//!
//! ```text
//! cargo run --release --example conformance -- DIR [--json] [--gate FILE]
//!     [--failures KIND] [--file NAME]
//! ```
//!
//! `DIR` holds the corpus' `*.jsonl` files (in this repository's checkout
//! layout, `../shared/conformance`). Each line is one case: an input text,
//! a kind (`number`, `ordinal`, `money`, `percent`, `duration`, `date`), the
//! expected entities, and in `meta.check` the rule that scores it.
//!
//! # Where the entities come from
//!
//! * `money`, `percent`, `duration`, `date`: the facts of that kind that
//!   [`crosscheck::Checker::extract`] finds in the text, with the case's
//!   reference date (`meta.context.ReferenceDateTime` or `referenceTime`).
//! * `number`, `ordinal`: [`crosscheck::numbers`], cardinals for
//!   `number` and ordinals for `ordinal`.
//!
//! # How values are compared
//!
//! * Numbers compare exactly as decimals, parsed from the JSON number text
//!   itself (never through a float).
//! * Spans compare exactly, after turning the corpus' code-point offsets
//!   into byte offsets.
//! * Money units: an ISO 4217 code must match exactly. A generic token
//!   covers every currency it can name: `$` any dollar, `£` any pound, `KR`
//!   any krona or krone, `franc`, `rupee`, `dinar`, `rial`, `riyal`,
//!   `dirham` likewise, `฿` bitcoin or baht. An amount the crate keeps in a
//!   generic currency, because the text names no country ("10 dinars" has
//!   the unit `dinar`), matches that same token. Minor units (`cent`, `penny`,
//!   `dime`, `sen`, `satoshi`) match an amount in the main unit of a
//!   currency that has them, scaled exactly (10 cents = 0.10 USD). The
//!   token `unknown` (an amount with no currency) matches nothing: a news
//!   checker does not read a bare number as money.
//! * Durations: the same unit compares the values; otherwise the two are
//!   converted to a common unit only when the conversion is exact (second,
//!   minute, hour, day and week among themselves; month, quarter, year,
//!   decade and century among themselves). A month is never a number of
//!   days.
//! * Number ranges: a mention is written in interval notation before it is
//!   compared. `Amount::Range(a, b)` is `[a,b]` (both ends stated, so both
//!   included); `Amount::Vague { lo, hi }` is `[lo,hi]`; a single number
//!   hedged "more than" is `(a,)`, "at least" `[a,)`, "less than" `(,a)`,
//!   "up to" `(,a]`. An end the source leaves without inclusivity (Duckling
//!   writes `null` there) matches either way.
//! * Dates: a value written as a string compares as a string, with the
//!   grain as its unit. A source's date range `[min, max)` matches a range
//!   fact whose value `(start,end,duration)` has those ends, or any other
//!   date fact that covers exactly those days: the quarter `2019-Q3`
//!   matches `[2019-07-01, 2019-10-01)`, as they name one period.
//! * Date ranges are inclusive in news: "from 2014 to 2018" covers 2018,
//!   "April 9 through 17" the 17th. Recognizers-Text ends such a range
//!   where its last day, month or year begins (`[2014-01-01, 2018-01-01)`).
//!   Those cases fail, in a category of their own marked as a convention
//!   of the source; the crate's end is never moved to match them.
//! * Impossible dates (February 30, September 31, 2019-02-29) are never
//!   returned; a case that expects one fails, in a category of its own
//!   marked as a convention of the source.
//! * Modifiers the source resolves (`more`, `less`, `approx`, `since`,
//!   `before`, `after`, ...) must agree with the fact's bound; modifiers for
//!   a part of a period (`start`, `mid`, `end`) have no counterpart in the
//!   fact model and fail.
//!
//! Every failing case is given a category; those that stem from a
//! deliberate difference between the fact model and the source's
//! convention are marked as such in the summary.
//!
//! # Output and exit status
//!
//! A table of passed cases by kind and by file; with `--json`, exactly
//! `{"by_kind": {KIND: {"passed": N, "total": N}}, "by_file": {...}}`.
//! `--failures KIND` lists the failing cases of one kind; `--file NAME`
//! scores one file only. `--gate FILE` reads minimum passed counts per kind
//! (`{"number": 10, ...}`) and exits with status 1 when a kind falls short.
//! Bad arguments and unreadable or malformed files exit with status 2.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::str::FromStr;

use chrono::NaiveDate;
use crosscheck::NumberMention;
use crosscheck::quantity::{Amount, Hedge};
use crosscheck::{Bound, Checker, Fact, Kind, Source, Span, Value};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

const USAGE: &str = "usage: conformance DIR [--json] [--gate FILE] [--failures KIND] [--file NAME]";

/// The kinds a case can have.
const KINDS: [&str; 6] = ["date", "duration", "money", "number", "ordinal", "percent"];

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("conformance: {message}");
            ExitCode::from(2)
        }
    }
}

/// Command-line options.
struct Args {
    dir: PathBuf,
    json: bool,
    gate: Option<PathBuf>,
    failures: Option<String>,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut dir = None;
    let mut json = false;
    let mut gate = None;
    let mut failures = None;
    let mut file = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--json" => json = true,
            "--gate" => gate = Some(PathBuf::from(value("--gate")?)),
            "--failures" => {
                let kind = value("--failures")?;
                if !KINDS.contains(&kind.as_str()) {
                    return Err(format!(
                        "unknown kind `{kind}` (expected one of {})",
                        KINDS.join(", ")
                    ));
                }
                failures = Some(kind);
            }
            "--file" => file = Some(value("--file")?),
            "-h" | "--help" => return Err(USAGE.to_string()),
            flag if flag.starts_with('-') => {
                return Err(format!("unknown option `{flag}`\n{USAGE}"));
            }
            _ if dir.is_none() => dir = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument `{arg}`\n{USAGE}")),
        }
    }
    let dir = dir.ok_or_else(|| format!("no corpus directory given\n{USAGE}"))?;
    Ok(Args {
        dir,
        json,
        gate,
        failures,
        file,
    })
}

fn run() -> Result<ExitCode, String> {
    let args = parse_args()?;
    let files = corpus_files(&args.dir, args.file.as_deref())?;
    let gate = match &args.gate {
        Some(path) => Some(read_gate(path)?),
        None => None,
    };

    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_file: BTreeMap<String, Tally> = BTreeMap::new();
    let mut categories: BTreeMap<(String, &'static str), usize> = BTreeMap::new();
    let mut listing = String::new();

    for path in &files {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let content = fs::read_to_string(path)
            .map_err(|e| format!("failed to read {}: {e}", path.display()))?;
        for (index, line) in content.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let at = || format!("{}:{}", path.display(), index + 1);
            let case = Case::parse(line).map_err(|e| format!("{}: {e}", at()))?;
            let outcome = score(&case).map_err(|e| format!("{}: {e}", at()))?;
            by_kind
                .entry(case.kind.clone())
                .or_default()
                .add(outcome.passed);
            by_file.entry(name.clone()).or_default().add(outcome.passed);
            if !outcome.passed {
                *categories
                    .entry((case.kind.clone(), outcome.category))
                    .or_default() += 1;
                if args.failures.as_deref() == Some(case.kind.as_str()) {
                    describe_failure(&mut listing, &case, &outcome);
                }
            }
        }
    }

    if args.json {
        let out = JsonReport {
            by_kind: &by_kind,
            by_file: &by_file,
        };
        let text =
            serde_json::to_string_pretty(&out).map_err(|e| format!("failed to write JSON: {e}"))?;
        emit(&format!("{text}\n"));
        eprint!("{listing}");
    } else {
        emit(&listing);
        emit(&table(&by_kind, &by_file));
        emit(&category_table(&categories));
    }

    let Some(gate) = gate else {
        return Ok(ExitCode::SUCCESS);
    };
    let mut short = Vec::new();
    for (kind, &min) in &gate {
        let passed = by_kind.get(kind).map_or(0, |t| t.passed);
        if passed < min {
            short.push(format!("{kind}: {passed} passed, gate is {min}"));
        }
    }
    if short.is_empty() {
        eprintln!("conformance gate passed");
        Ok(ExitCode::SUCCESS)
    } else {
        for s in &short {
            eprintln!("conformance gate failed for {s}");
        }
        Ok(ExitCode::from(1))
    }
}

/// Writes to standard output; a reader that went away (`| head`) is not an
/// error worth a panic.
fn emit(text: &str) {
    use std::io::Write as _;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// The `*.jsonl` files of `dir`, sorted by name; only `only` when given
/// (by file name, with or without the extension).
fn corpus_files(dir: &Path, only: Option<&str>) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(dir)
        .map_err(|e| format!("failed to read directory {}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry =
            entry.map_err(|e| format!("failed to read directory {}: {e}", dir.display()))?;
        let path = entry.path();
        if path.extension().is_some_and(|x| x == "jsonl") {
            files.push(path);
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.jsonl files in {}", dir.display()));
    }
    if let Some(only) = only {
        files.retain(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default();
            name == only || name.strip_suffix(".jsonl") == Some(only)
        });
        if files.is_empty() {
            return Err(format!("no corpus file named {only} in {}", dir.display()));
        }
    }
    Ok(files)
}

/// Reads a gate file: minimum passed counts per kind.
fn read_gate(path: &Path) -> Result<BTreeMap<String, usize>, String> {
    let text =
        fs::read_to_string(path).map_err(|e| format!("failed to read {}: {e}", path.display()))?;
    let gate: BTreeMap<String, usize> = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}:{}: not a JSON object of minimum passed counts per kind: {e}",
            path.display(),
            e.line()
        )
    })?;
    for kind in gate.keys() {
        if !KINDS.contains(&kind.as_str()) {
            return Err(format!(
                "{}: unknown kind `{kind}` (expected one of {})",
                path.display(),
                KINDS.join(", ")
            ));
        }
    }
    Ok(gate)
}

// ---------------------------------------------------------------------------
// The corpus schema.

#[derive(Deserialize)]
struct RawCase {
    id: String,
    kind: String,
    text: String,
    expected: Vec<RawEntity>,
    meta: RawMeta,
}

#[derive(Deserialize)]
struct RawEntity {
    start: Option<usize>,
    end: Option<usize>,
    #[serde(default)]
    value: Option<Box<RawValue>>,
    #[serde(default)]
    unit: Option<String>,
    #[serde(default)]
    modifier: Option<String>,
    #[serde(default)]
    range: Option<RawRange>,
    #[serde(default)]
    raw: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct RawRange {
    #[serde(default)]
    min: Option<Box<RawValue>>,
    #[serde(default)]
    max: Option<Box<RawValue>>,
    #[serde(default)]
    min_inclusive: Option<bool>,
    #[serde(default)]
    max_inclusive: Option<bool>,
}

#[derive(Deserialize)]
struct RawMeta {
    check: String,
    #[serde(default)]
    context: Option<RawContext>,
}

#[derive(Deserialize)]
struct RawContext {
    #[serde(rename = "ReferenceDateTime", default)]
    reference_date_time: Option<String>,
    #[serde(rename = "referenceTime", default)]
    reference_time: Option<String>,
}

/// How a case is scored (`meta.check`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Check {
    AllEntities,
    OnlyKindEntities,
    FullMatch,
    NoEntity,
    Span,
    Spans,
    Count,
    FirstEntityValue,
}

impl Check {
    fn parse(s: &str) -> Option<Check> {
        Some(match s {
            "all_entities" => Check::AllEntities,
            "only_kind_entities" => Check::OnlyKindEntities,
            "full_match" => Check::FullMatch,
            "no_entity" => Check::NoEntity,
            "span" => Check::Span,
            "spans" => Check::Spans,
            "count" => Check::Count,
            "first_entity_value" => Check::FirstEntityValue,
            _ => return None,
        })
    }

    fn as_str(self) -> &'static str {
        match self {
            Check::AllEntities => "all_entities",
            Check::OnlyKindEntities => "only_kind_entities",
            Check::FullMatch => "full_match",
            Check::NoEntity => "no_entity",
            Check::Span => "span",
            Check::Spans => "spans",
            Check::Count => "count",
            Check::FirstEntityValue => "first_entity_value",
        }
    }
}

/// One end of a numeric interval: its value and, when known, whether it is
/// included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct NumEnd {
    value: Decimal,
    closed: Option<bool>,
}

/// An interval with optional ends.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Ends {
    lo: Option<NumEnd>,
    hi: Option<NumEnd>,
}

/// What an expected entity's value is.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Want {
    /// Not asserted.
    Nothing,
    /// A number.
    Number(Decimal),
    /// A string value: a date, or a value the fact model has no form for
    /// ("end+0", "null").
    Text(String),
    /// A numeric range.
    Range(Ends),
    /// A date range `[min, max)`, as the source writes its dates.
    DateRange { min: String, max: String },
}

/// An expected entity, with byte offsets.
struct Expected {
    span: Option<Span>,
    want: Want,
    unit: Option<String>,
    modifier: Option<String>,
    raw: Option<serde_json::Value>,
}

/// One parsed case.
struct Case {
    id: String,
    kind: String,
    text: String,
    check: Check,
    reference: Option<NaiveDate>,
    expected: Vec<Expected>,
}

impl Case {
    fn parse(line: &str) -> Result<Case, String> {
        let raw: RawCase =
            serde_json::from_str(line).map_err(|e| format!("malformed case: {e}"))?;
        if !KINDS.contains(&raw.kind.as_str()) {
            return Err(format!("case {}: unknown kind `{}`", raw.id, raw.kind));
        }
        let check = Check::parse(&raw.meta.check)
            .ok_or_else(|| format!("case {}: unknown check `{}`", raw.id, raw.meta.check))?;
        let reference = match raw.meta.context.as_ref() {
            Some(ctx) => match ctx
                .reference_date_time
                .as_deref()
                .or(ctx.reference_time.as_deref())
            {
                Some(s) => Some(parse_date_prefix(s).ok_or_else(|| {
                    format!(
                        "case {}: reference time {s:?} does not start with a YYYY-MM-DD date",
                        raw.id
                    )
                })?),
                None => None,
            },
            None => None,
        };
        let bytes = char_to_byte(&raw.text);
        let mut expected = Vec::with_capacity(raw.expected.len());
        for e in raw.expected {
            let span = match (e.start, e.end) {
                (Some(s), Some(t)) => {
                    let (Some(&bs), Some(&bt)) = (bytes.get(s), bytes.get(t)) else {
                        return Err(format!(
                            "case {}: offsets {s}..{t} lie outside the text",
                            raw.id
                        ));
                    };
                    if bs > bt {
                        return Err(format!("case {}: offsets {s}..{t} are inverted", raw.id));
                    }
                    Some(Span::new(bs, bt))
                }
                _ => None,
            };
            let want = parse_want(&raw.kind, e.value.as_deref(), e.range.as_ref())
                .map_err(|why| format!("case {}: {why}", raw.id))?;
            expected.push(Expected {
                span,
                want,
                unit: e.unit,
                modifier: e.modifier,
                raw: e.raw,
            });
        }
        expected.sort_by_key(|e| e.span.map(|s| (s.start, s.end)));
        Ok(Case {
            id: raw.id,
            kind: raw.kind,
            text: raw.text,
            check,
            reference,
            expected,
        })
    }
}

/// The byte offset of every code point of `text`, plus its length: index it
/// with a Python string index.
fn char_to_byte(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect()
}

fn parse_date_prefix(s: &str) -> Option<NaiveDate> {
    let head = s.get(..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// Parses a JSON number's exact text as a decimal.
fn parse_decimal(token: &str) -> Result<Decimal, String> {
    let parsed = if token.contains(['e', 'E']) {
        Decimal::from_scientific(token)
    } else {
        Decimal::from_str(token)
    };
    parsed.map_err(|e| format!("number {token} is not representable as a decimal: {e}"))
}

fn parse_want(
    kind: &str,
    value: Option<&RawValue>,
    range: Option<&RawRange>,
) -> Result<Want, String> {
    if let Some(range) = range {
        if kind == "date" {
            let as_string = |v: Option<&RawValue>| -> Result<String, String> {
                let v = v.ok_or("a date range without both ends")?;
                serde_json::from_str::<String>(v.get()).map_err(|e| format!("date range end: {e}"))
            };
            return Ok(Want::DateRange {
                min: as_string(range.min.as_deref())?,
                max: as_string(range.max.as_deref())?,
            });
        }
        let end = |v: Option<&RawValue>, closed: Option<bool>| -> Result<Option<NumEnd>, String> {
            match v.map(RawValue::get) {
                None | Some("null") => Ok(None),
                Some(token) => Ok(Some(NumEnd {
                    value: parse_decimal(token)?,
                    closed,
                })),
            }
        };
        return Ok(Want::Range(Ends {
            lo: end(range.min.as_deref(), range.min_inclusive)?,
            hi: end(range.max.as_deref(), range.max_inclusive)?,
        }));
    }
    let Some(value) = value else {
        return Ok(Want::Nothing);
    };
    let token = value.get().trim();
    if token == "null" {
        Ok(Want::Nothing)
    } else if token.starts_with('"') {
        serde_json::from_str::<String>(token)
            .map(Want::Text)
            .map_err(|e| format!("value: {e}"))
    } else {
        parse_decimal(token).map(Want::Number)
    }
}

// ---------------------------------------------------------------------------
// What crosscheck finds.

/// An entity crosscheck reports, in the terms the corpus uses.
#[derive(Clone, Debug)]
struct Got {
    span: Span,
    /// The stated number (the fact's value, or a mention's single amount).
    number: Option<Decimal>,
    /// A date fact's value.
    date: Option<String>,
    /// The first and last day a date fact covers, as day numbers, when it
    /// covers a known stretch of days.
    days: Option<(Decimal, Decimal)>,
    /// The interval, for ranges and one-sided bounds.
    ends: Option<Ends>,
    bound: Bound,
    unit: Option<String>,
}

fn kind_of(name: &str) -> Option<Kind> {
    match name {
        "money" => Some(Kind::Money),
        "percent" => Some(Kind::Percent),
        "duration" => Some(Kind::Duration),
        "date" => Some(Kind::Date),
        _ => None,
    }
}

/// Runs crosscheck on the case's text and keeps the entities of its kind,
/// in text order. A panic is reported as `Err`.
fn found(case: &Case) -> Result<Vec<Got>, String> {
    let text = case.text.as_str();
    let run = || -> Vec<Got> {
        match kind_of(&case.kind) {
            Some(kind) => {
                let mut builder = Checker::builder();
                if let Some(d) = case.reference {
                    builder = builder.reference_date(d);
                }
                let Ok(checker) = builder.build() else {
                    return Vec::new();
                };
                let extraction = checker.extract(&Source::new("case", text));
                extraction
                    .facts
                    .iter()
                    .filter(|f| f.kind == kind)
                    .map(from_fact)
                    .collect()
            }
            None => {
                let ordinal = case.kind == "ordinal";
                crosscheck::numbers(text)
                    .iter()
                    .filter(|m| m.ordinal == ordinal)
                    .map(from_mention)
                    .collect()
            }
        }
    };
    let mut got = panic::catch_unwind(AssertUnwindSafe(run)).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string())
    })?;
    got.sort_by_key(|g| (g.span.start, g.span.end));
    Ok(got)
}

fn from_fact(fact: &Fact) -> Got {
    let (number, date) = match &fact.value {
        Value::Number(n) => (Some(*n), None),
        Value::Date(d) => (None, Some(d.iso.to_string())),
        _ => (None, None),
    };
    let ends = match fact.bound {
        Bound::Range | Bound::Lower | Bound::Upper => Some(Ends {
            lo: fact.interval.lower.map(|e| NumEnd {
                value: e.value,
                closed: Some(e.closed),
            }),
            hi: fact.interval.upper.map(|e| NumEnd {
                value: e.value,
                closed: Some(e.closed),
            }),
        }),
        _ => None,
    };
    let days = match (fact.kind, fact.interval.lower, fact.interval.upper) {
        (Kind::Date, Some(lo), Some(hi)) => Some((lo.value, hi.value)),
        _ => None,
    };
    Got {
        span: fact.provenance.span,
        number,
        date,
        days,
        ends,
        bound: fact.bound,
        unit: Some(fact.unit.name().to_string()),
    }
}

/// A number mention in the corpus' terms. See the module docs for the
/// interval notation this follows.
fn from_mention(m: &NumberMention) -> Got {
    let closed = |value: Decimal, closed: bool| {
        Some(NumEnd {
            value,
            closed: Some(closed),
        })
    };
    let (number, ends, bound) = match m.amount {
        Amount::One(s) => {
            let v = s.value;
            match m.hedge {
                Hedge::Exact => (Some(v), None, Bound::Exact),
                Hedge::About | Hedge::Nearly | Hedge::JustOver => {
                    (Some(v), None, Bound::Approximate)
                }
                Hedge::MoreThan => (
                    Some(v),
                    Some(Ends {
                        lo: closed(v, false),
                        hi: None,
                    }),
                    Bound::Lower,
                ),
                Hedge::AtLeast => (
                    Some(v),
                    Some(Ends {
                        lo: closed(v, true),
                        hi: None,
                    }),
                    Bound::Lower,
                ),
                Hedge::LessThan => (
                    Some(v),
                    Some(Ends {
                        lo: None,
                        hi: closed(v, false),
                    }),
                    Bound::Upper,
                ),
                Hedge::UpTo => (
                    Some(v),
                    Some(Ends {
                        lo: None,
                        hi: closed(v, true),
                    }),
                    Bound::Upper,
                ),
            }
        }
        Amount::Range(a, b) => {
            let (lo, hi) = if a.value <= b.value {
                (a.value, b.value)
            } else {
                (b.value, a.value)
            };
            (
                None,
                Some(Ends {
                    lo: closed(lo, true),
                    hi: closed(hi, true),
                }),
                Bound::Range,
            )
        }
        Amount::Vague { lo, hi } => (
            None,
            Some(Ends {
                lo: closed(lo, true),
                hi: closed(hi, true),
            }),
            Bound::Range,
        ),
    };
    Got {
        span: m.span,
        number,
        date: None,
        days: None,
        ends,
        bound,
        unit: None,
    }
}

// ---------------------------------------------------------------------------
// Scoring.

/// The result of scoring one case.
struct Outcome {
    passed: bool,
    /// Why it failed (empty when it passed).
    category: &'static str,
    got: Vec<Got>,
    panic: Option<String>,
}

/// Categories of failure that follow from a deliberate difference between
/// crosscheck's fact model and the source's convention.
const PRINCIPLED: &[&str] = &[
    "amount without a currency (unit `unknown`)",
    "currency word without an amount",
    "relative ordinal (next, last)",
    "percent word without a number",
    "period-part modifier (start, mid, end)",
    "duration unit not modelled (weekend, business day)",
    "range ends closed where the source leaves one open",
    "date resolved where the source leaves fields open",
    "date fields left open where the source resolves them",
    "duration unit not exactly convertible",
    "range end excluded by the source; news ranges include it",
    "impossible date expected",
];

fn score(case: &Case) -> Result<Outcome, String> {
    let got = match found(case) {
        Ok(got) => got,
        Err(message) => {
            return Ok(Outcome {
                passed: false,
                category: "extraction panicked",
                got: Vec::new(),
                panic: Some(message),
            });
        }
    };
    let exp = &case.expected;
    let passed = match case.check {
        Check::AllEntities | Check::OnlyKindEntities => {
            got.len() == exp.len()
                && exp
                    .iter()
                    .zip(&got)
                    .all(|(e, g)| span_ok(e, g) && entity_ok(case, e, g))
        }
        Check::FullMatch => {
            let whole = Span::new(0, case.text.len());
            match (exp.first(), got.as_slice()) {
                (Some(e), [g]) => g.span == e.span.unwrap_or(whole) && entity_ok(case, e, g),
                _ => false,
            }
        }
        Check::NoEntity => got.is_empty(),
        Check::Span => matches!((exp.first(), got.as_slice()), (Some(e), [g]) if span_ok(e, g)),
        Check::Spans => got.len() == exp.len() && exp.iter().zip(&got).all(|(e, g)| span_ok(e, g)),
        Check::Count => got.len() == exp.len(),
        Check::FirstEntityValue => match (exp.first(), got.first()) {
            (Some(e), Some(g)) => entity_ok(case, e, g),
            _ => false,
        },
    };
    let category = if passed { "" } else { categorize(case, &got) };
    Ok(Outcome {
        passed,
        category,
        got,
        panic: None,
    })
}

fn span_ok(e: &Expected, g: &Got) -> bool {
    e.span.is_none_or(|s| s == g.span)
}

/// Whether `g` has the value, unit and modifier `e` expects.
fn entity_ok(case: &Case, e: &Expected, g: &Got) -> bool {
    value_ok(case, e, g) && modifier_ok(e, g)
}

fn value_ok(case: &Case, e: &Expected, g: &Got) -> bool {
    let unit = e.unit.as_deref();
    match (&e.want, case.kind.as_str()) {
        (Want::Nothing, "money") => unit.is_none_or(|u| {
            g.unit
                .as_deref()
                .is_some_and(|gu| money_scale(u, gu).is_some())
        }),
        (Want::Nothing, _) => true,
        (Want::Number(v), "money") => match (unit, g.number) {
            (Some(u), Some(n)) => money_eq(*v, u, n, g.unit.as_deref()),
            (None, Some(n)) => n == *v,
            _ => false,
        },
        (Want::Number(v), "duration") => match (unit, g.number, g.unit.as_deref()) {
            (Some(u), Some(n), Some(gu)) => duration_eq(*v, u, n, gu),
            (None, Some(n), _) => n == *v,
            _ => false,
        },
        (Want::Number(v), "percent") => g.number == Some(*v) && unit_is(unit, g, "percent"),
        (Want::Number(v), _) => g.number == Some(*v) && g.bound != Bound::Range,
        (Want::Text(s), "date") => {
            g.date.as_deref() == Some(s.as_str())
                && unit.is_none_or(|u| g.unit.as_deref() == Some(u))
        }
        (Want::Text(_), _) => false,
        (Want::Range(want), kind) => {
            let Some(have) = g.ends else { return false };
            let scale = match (kind, unit) {
                ("money", Some(u)) => match g.unit.as_deref().and_then(|gu| money_scale(u, gu)) {
                    Some(scale) => scale,
                    None => return false,
                },
                ("percent", _) if !unit_is(unit, g, "percent") => return false,
                _ => Decimal::ONE,
            };
            ends_match(want, &have, scale)
        }
        (Want::DateRange { min, max }, _) => date_range_ok(min, max, g),
    }
}

fn unit_is(want: Option<&str>, g: &Got, unit: &str) -> bool {
    want.is_none_or(|w| w == unit) && g.unit.as_deref() == Some(unit)
}

/// Whether `have` (in the crate's unit) has the ends of `want` (in the
/// source's unit, `scale` times the crate's).
fn ends_match(want: &Ends, have: &Ends, scale: Decimal) -> bool {
    let end = |w: Option<NumEnd>, h: Option<NumEnd>| match (w, h) {
        (None, None) => true,
        (Some(w), Some(h)) => {
            h.value.checked_mul(scale) == Some(w.value)
                && match (w.closed, h.closed) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                }
        }
        _ => false,
    };
    end(want.lo, have.lo) && end(want.hi, have.hi)
}

/// The ISO codes a generic currency token covers.
fn currencies(token: &str) -> Option<&'static [&'static str]> {
    Some(match token {
        "$" => &[
            "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "JMD", "TTD", "BSD", "BBD", "BZD",
            "BMD", "BND", "FJD", "GYD", "KYD", "LRD", "NAD", "SBD", "SRD", "XCD", "ZWL",
        ],
        "£" => &[
            "GBP", "EGP", "LBP", "SYP", "SDG", "SSP", "GIP", "FKP", "SHP",
        ],
        "KR" => &["SEK", "NOK", "DKK", "ISK"],
        "franc" => &[
            "CHF", "XOF", "XAF", "XPF", "CDF", "BIF", "DJF", "GNF", "KMF", "RWF", "FRF", "BEF",
            "LUF",
        ],
        "rupee" => &["INR", "PKR", "LKR", "NPR", "MUR", "SCR"],
        "dinar" => &["KWD", "BHD", "IQD", "JOD", "LYD", "TND", "RSD", "DZD"],
        "rial" => &["IRR", "OMR", "YER"],
        "riyal" => &["SAR", "QAR"],
        "dirham" => &["AED", "MAD"],
        "฿" => &["BTC", "THB"],
        _ => return None,
    })
}

/// Minor units: the currencies that have them and how many make one main
/// unit. `cent` goes with any currency.
fn minor_unit(token: &str) -> Option<(Option<&'static [&'static str]>, Decimal)> {
    Some(match token {
        "cent" => (None, Decimal::ONE_HUNDRED),
        "penny" => (Some(&["GBP", "USD"]), Decimal::ONE_HUNDRED),
        "dime" => (Some(&["USD"]), Decimal::TEN),
        "sen" => (Some(&["MYR", "IDR", "KHR", "BND"]), Decimal::ONE_HUNDRED),
        "satoshi" => (Some(&["BTC"]), Decimal::from(100_000_000)),
        _ => return None,
    })
}

/// How many of the source's unit `token` make one of the crate's currency
/// `iso`, when `token` can name `iso` at all.
fn money_scale(token: &str, iso: &str) -> Option<Decimal> {
    if token == "unknown" {
        return None;
    }
    if let Some((allowed, scale)) = minor_unit(token) {
        return allowed
            .is_none_or(|list| list.contains(&iso))
            .then_some(scale);
    }
    match currencies(token) {
        // "10 dinars" names no country: the crate keeps the generic name.
        Some(list) => (list.contains(&iso) || token == iso).then_some(Decimal::ONE),
        None => (token == iso).then_some(Decimal::ONE),
    }
}

fn money_eq(want: Decimal, token: &str, have: Decimal, iso: Option<&str>) -> bool {
    iso.and_then(|iso| money_scale(token, iso))
        .is_some_and(|scale| have.checked_mul(scale) == Some(want))
}

/// A unit of time as a multiple of a base unit, within one of two families
/// that convert exactly: seconds, and months.
fn time_unit(name: &str) -> Option<(u8, Decimal)> {
    let (family, factor): (u8, i64) = match name {
        "second" => (0, 1),
        "minute" => (0, 60),
        "hour" => (0, 3_600),
        "day" => (0, 86_400),
        "week" => (0, 604_800),
        "month" => (1, 1),
        "quarter" => (1, 3),
        "year" => (1, 12),
        "decade" => (1, 120),
        "century" => (1, 1_200),
        _ => return None,
    };
    Some((family, Decimal::from(factor)))
}

fn duration_eq(want: Decimal, unit: &str, have: Decimal, have_unit: &str) -> bool {
    if unit == have_unit {
        return want == have;
    }
    match (time_unit(unit), time_unit(have_unit)) {
        (Some((fa, a)), Some((fb, b))) if fa == fb => want.checked_mul(a) == have.checked_mul(b),
        _ => false,
    }
}

/// The bound a source's modifier means, or `None` when the fact model has
/// no counterpart.
fn modifier_bound(modifier: &str) -> Option<Bound> {
    Some(match modifier {
        "more" | "since" | "after" => Bound::Lower,
        "less" | "before" | "until" => Bound::Upper,
        "approx" => Bound::Approximate,
        _ => return None,
    })
}

fn modifier_ok(e: &Expected, g: &Got) -> bool {
    match e.modifier.as_deref() {
        None => true,
        Some(m) => modifier_bound(m) == Some(g.bound),
    }
}

/// The day number of an ISO date, counted as the crate counts them:
/// chrono's `num_days_from_ce`, where 0001-01-01 is day 1.
fn day_number(date: &str) -> Option<Decimal> {
    use chrono::Datelike;
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    Some(Decimal::from(d.num_days_from_ce()))
}

/// Whether a date fact covers `[min, max)`: either its value spells the
/// range the same way, or the days it covers are exactly those. A range is
/// compared by its value; any other date by its days, so that the quarter
/// `2019-Q3` covers `[2019-07-01, 2019-10-01)`, and a month, a year or a
/// week the days of the range the source writes for it.
fn date_range_ok(min: &str, max: &str, g: &Got) -> bool {
    // The crate writes a range as the corpus does: "(start,end,duration)".
    if let Some((start, end, _)) = g.date.as_deref().and_then(range_parts) {
        return start == min && end == max;
    }
    let (Some(lo), Some(hi)) = (day_number(min), day_number(max)) else {
        return g
            .date
            .as_deref()
            .is_some_and(|d| d == format!("{min}/{max}"));
    };
    g.days == Some((lo, hi - Decimal::ONE))
}

/// The start, end and duration of a range value `(start,end,duration)`.
fn range_parts(value: &str) -> Option<(&str, &str, &str)> {
    let inner = value.strip_prefix('(')?.strip_suffix(')')?;
    let mut parts = inner.split(',');
    let (start, end) = (parts.next()?, parts.next()?);
    Some((start, end, parts.next().unwrap_or("")))
}

/// A date of a range value as a day, its open year (`XXXX`) read as a
/// stand-in year (2000, a leap year, so that February 29 reads).
fn stand_in_day(text: &str) -> Option<(NaiveDate, bool)> {
    match text.strip_prefix("XXXX") {
        Some(rest) => NaiveDate::parse_from_str(&format!("2000{rest}"), "%Y-%m-%d")
            .ok()
            .map(|d| (d, true)),
        None => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .ok()
            .map(|d| (d, false)),
    }
}

/// Whether the source's range `[min, max)` is the crate's range `g` with
/// its last period left out: the source reads "from 2014 to 2018" as
/// ending when 2018 begins, "April 9 through 17" as ending when the 17th
/// begins. News ranges include their last day, month or year; such a case
/// fails as a convention of the source, never by moving the crate's end.
fn excludes_last_period(min: &str, max: &str, g: &Got) -> bool {
    let Some((start, end, duration)) = g.date.as_deref().and_then(range_parts) else {
        return false;
    };
    let (Some((end, open)), Some((want, want_open))) = (stand_in_day(end), stand_in_day(max))
    else {
        return false;
    };
    let one = chrono::Months::new(1);
    let back = match duration.as_bytes().last() {
        Some(b'D') => end.pred_opt(),
        Some(b'M') => end.checked_sub_months(one),
        Some(b'Y') => end.checked_sub_months(chrono::Months::new(12)),
        _ => None,
    };
    start == min && open == want_open && back == Some(want) && want < end
}

/// Whether `date` (`YYYY-MM-DD` or `XXXX-MM-DD`) names no real day:
/// February 30, September 31, 2019-02-29.
fn impossible(date: &str) -> bool {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let field = |r: std::ops::Range<usize>| date.get(r).and_then(|f| f.parse::<u32>().ok());
    let (Some(month), Some(day)) = (field(5..7), field(8..10)) else {
        return false;
    };
    // An open year may be a leap year.
    let year = date
        .get(..4)
        .and_then(|y| y.parse::<i32>().ok())
        .unwrap_or(2000);
    NaiveDate::from_ymd_opt(year, month, day).is_none()
}

/// Why a case failed: the first category that applies.
fn categorize(case: &Case, got: &[Got]) -> &'static str {
    let exp = &case.expected;
    for e in exp {
        let unit = e.unit.as_deref();
        if case.kind == "money" && unit == Some("unknown") {
            return PRINCIPLED[0];
        }
        if case.kind == "money" && e.want == Want::Nothing && e.span.is_some() && e.unit.is_some() {
            return PRINCIPLED[1];
        }
        if case.kind == "ordinal" && matches!(e.want, Want::Text(_)) {
            return PRINCIPLED[2];
        }
        if case.kind == "percent" && matches!(e.want, Want::Text(_)) {
            return PRINCIPLED[3];
        }
        if e.modifier
            .as_deref()
            .is_some_and(|m| modifier_bound(m).is_none())
        {
            return PRINCIPLED[4];
        }
        if case.kind == "duration" && matches!(unit, Some("weekend" | "business_day")) {
            return PRINCIPLED[5];
        }
        let dates = match &e.want {
            Want::Text(t) => vec![t.as_str()],
            Want::DateRange { min, max } => vec![min.as_str(), max.as_str()],
            _ => Vec::new(),
        };
        if case.kind == "date" && dates.iter().any(|d| impossible(d)) {
            return PRINCIPLED[11];
        }
    }
    if got.is_empty() && !exp.is_empty() {
        return "missed: nothing found";
    }
    if exp.is_empty() || case.check == Check::NoEntity {
        return "spurious entity in a negative case";
    }
    if matches!(case.check, Check::Count) {
        return "entity count differs";
    }
    // Pair each expected entity with the found one at the same span, if any,
    // to tell span errors from value errors.
    let mut span_differs = false;
    for e in exp {
        let Some(g) = got.iter().find(|g| span_ok(e, g)) else {
            span_differs = true;
            continue;
        };
        if let Some(category) = value_category(case, e, g) {
            return category;
        }
    }
    if span_differs {
        let unsigned = exp.iter().any(|e| match e.want {
            Want::Number(w) => w.is_sign_negative() && got.iter().any(|g| g.number == Some(-w)),
            _ => false,
        });
        if unsigned {
            return "minus sign not read";
        }
        let same_values = exp
            .iter()
            .any(|e| got.iter().any(|g| !span_ok(e, g) && entity_ok(case, e, g)));
        if same_values {
            return "span differs, value matches";
        }
        if got.len() != exp.len() {
            return "entity count differs";
        }
        return "span differs";
    }
    if got.len() != exp.len() {
        return "entity count differs";
    }
    "value differs"
}

/// The category of a value mismatch between entities at the same span.
fn value_category(case: &Case, e: &Expected, g: &Got) -> Option<&'static str> {
    if entity_ok(case, e, g) {
        return None;
    }
    if !value_ok(case, e, g) {
        if let (Want::Number(want), Some(have)) = (&e.want, g.number)
            && want.is_sign_negative()
            && -*want == have
        {
            return Some("minus sign not read");
        }
        match (&e.want, case.kind.as_str()) {
            (Want::Range(want), _) => {
                if let Some(have) = g.ends {
                    let loose = |w: Option<NumEnd>| {
                        w.map(|n| NumEnd {
                            value: n.value,
                            closed: None,
                        })
                    };
                    let want_loose = Ends {
                        lo: loose(want.lo),
                        hi: loose(want.hi),
                    };
                    if ends_match(&want_loose, &have, Decimal::ONE) {
                        return Some(PRINCIPLED[6]);
                    }
                }
            }
            (Want::DateRange { min, max }, _) if excludes_last_period(min, max, g) => {
                return Some(PRINCIPLED[10]);
            }
            (Want::Text(want), "date") => {
                if let Some(have) = g.date.as_deref() {
                    if want.contains('X')
                        && !have.contains('X')
                        && resolution_dates(e).iter().any(|d| d.starts_with(have))
                    {
                        return Some(PRINCIPLED[7]);
                    }
                    if have.contains('X') && !want.contains('X') {
                        return Some(PRINCIPLED[8]);
                    }
                }
            }
            (Want::Number(_), "duration") => {
                let families = (
                    e.unit.as_deref().and_then(time_unit),
                    g.unit.as_deref().and_then(time_unit),
                );
                if let (Some((a, _)), Some((b, _))) = families
                    && a != b
                {
                    return Some(PRINCIPLED[9]);
                }
            }
            _ => {}
        }
        if case.kind == "money" && g.number.is_some() {
            let token = e.unit.as_deref().unwrap_or("");
            if g.unit
                .as_deref()
                .is_none_or(|gu| money_scale(token, gu).is_none())
            {
                return Some("currency differs");
            }
        }
        return Some("value differs");
    }
    Some("bound differs from the source's modifier")
}

/// The dates a Recognizers-Text resolution offers for an open timex.
fn resolution_dates(e: &Expected) -> Vec<String> {
    let mut out = Vec::new();
    let Some(raw) = &e.raw else { return out };
    for key in ["FutureResolution", "PastResolution"] {
        if let Some(d) = raw
            .get(key)
            .and_then(|r| r.get("date"))
            .and_then(|d| d.as_str())
        {
            out.push(d.to_string());
        }
    }
    if let Some(values) = raw.get("values").and_then(|v| v.as_array()) {
        for v in values {
            if let Some(d) = v
                .get("value")
                .or_else(|| v.get("start"))
                .and_then(|d| d.as_str())
            {
                out.push(d.to_string());
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Output.

#[derive(Clone, Copy, Debug, Default, Serialize)]
struct Tally {
    passed: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, passed: bool) {
        self.total += 1;
        if passed {
            self.passed += 1;
        }
    }

    fn percent(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            100.0 * self.passed as f64 / self.total as f64
        }
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    by_kind: &'a BTreeMap<String, Tally>,
    by_file: &'a BTreeMap<String, Tally>,
}

fn table(by_kind: &BTreeMap<String, Tally>, by_file: &BTreeMap<String, Tally>) -> String {
    let width = by_file
        .keys()
        .chain(by_kind.keys())
        .map(|k| k.chars().count())
        .max()
        .unwrap_or(4)
        .max(7);
    let mut out = String::new();
    let mut section = |title: &str, rows: &BTreeMap<String, Tally>| {
        let _ = writeln!(
            out,
            "{title:<width$}  {:>6}  {:>6}  {:>6}",
            "passed", "total", "%"
        );
        let mut sum = Tally::default();
        for (name, t) in rows {
            let _ = writeln!(
                out,
                "{name:<width$}  {:>6}  {:>6}  {:>6.1}",
                t.passed,
                t.total,
                t.percent()
            );
            sum.passed += t.passed;
            sum.total += t.total;
        }
        let _ = writeln!(
            out,
            "{:<width$}  {:>6}  {:>6}  {:>6.1}\n",
            "all",
            sum.passed,
            sum.total,
            sum.percent()
        );
    };
    section("kind", by_kind);
    section("file", by_file);
    out
}

fn category_table(categories: &BTreeMap<(String, &'static str), usize>) -> String {
    if categories.is_empty() {
        return String::new();
    }
    let mut rows: Vec<_> = categories.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let mut out =
        String::from("failures by category (* = deliberate difference of the fact model)\n");
    for ((kind, category), count) in rows {
        let mark = if PRINCIPLED.contains(category) {
            '*'
        } else {
            ' '
        };
        let _ = writeln!(out, "{count:>6}  {kind:<8} {mark} {category}");
    }
    out
}

/// An entity in a line of `--failures` output.
struct ShowGot<'a>(&'a Got, &'a str);

impl fmt::Display for ShowGot<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let g = self.0;
        write!(
            f,
            "{:?} {}..{} ",
            g.span.slice(self.1),
            g.span.start,
            g.span.end
        )?;
        match (&g.ends, g.number, &g.date) {
            (_, _, Some(d)) => write!(f, "{d}")?,
            (Some(ends), _, _) => write!(f, "{}", notation(ends))?,
            (None, Some(n), _) => write!(f, "{}", n.normalize())?,
            (None, None, None) => write!(f, "-")?,
        }
        if let Some(u) = &g.unit {
            write!(f, " {u}")?;
        }
        write!(f, " ({})", g.bound.as_str())
    }
}

/// Interval notation as Recognizers-Text writes it: `[20,30)`, `(,100]`.
fn notation(ends: &Ends) -> String {
    let lo = ends.lo.map_or(("(".to_string(), String::new()), |e| {
        let open = if e.closed == Some(false) { "(" } else { "[" };
        (open.to_string(), e.value.normalize().to_string())
    });
    let hi = ends.hi.map_or((String::new(), ")".to_string()), |e| {
        let close = if e.closed == Some(false) { ")" } else { "]" };
        (e.value.normalize().to_string(), close.to_string())
    });
    format!("{}{},{}{}", lo.0, lo.1, hi.0, hi.1)
}

fn show_expected(case: &Case, e: &Expected) -> String {
    let mut s = match e.span {
        Some(span) => format!("{:?} {}..{} ", span.slice(&case.text), span.start, span.end),
        None => String::from("(any span) "),
    };
    match &e.want {
        Want::Nothing => s.push('-'),
        Want::Number(n) => s.push_str(&n.normalize().to_string()),
        Want::Text(t) => s.push_str(t),
        Want::Range(ends) => s.push_str(&notation(ends)),
        Want::DateRange { min, max } => {
            let _ = write!(s, "[{min},{max})");
        }
    }
    if let Some(u) = &e.unit {
        let _ = write!(s, " {u}");
    }
    if let Some(m) = &e.modifier {
        let _ = write!(s, " ({m})");
    }
    s
}

fn describe_failure(out: &mut String, case: &Case, outcome: &Outcome) {
    let _ = writeln!(
        out,
        "{} [{}] {}",
        case.id,
        case.check.as_str(),
        outcome.category
    );
    let _ = writeln!(out, "  text:     {:?}", case.text);
    if case.expected.is_empty() {
        let _ = writeln!(out, "  expected: nothing");
    }
    for e in &case.expected {
        let _ = writeln!(out, "  expected: {}", show_expected(case, e));
    }
    if let Some(message) = &outcome.panic {
        let _ = writeln!(out, "  panicked: {message}");
    } else if outcome.got.is_empty() {
        let _ = writeln!(out, "  got:      nothing");
    }
    for g in &outcome.got {
        let _ = writeln!(out, "  got:      {}", ShowGot(g, &case.text));
    }
    out.push('\n');
}
