//! Extraction cases from data files.
//!
//! Every `tests/data/*.toml` file holds cases for one fact kind, named by the
//! file stem (`money.toml` holds money cases, `age.toml` age cases);
//! `traps.toml` holds texts that must not be read the tempting way. Each case
//! gives a text and the facts that extraction must find in it, in text
//! order. A case may also list rejections that must be recorded.
//!
//! Facts are checked through their MENTION object, the JSON that
//! `crosscheck::report::json::mention_line` writes for a fact (see the
//! `report::json` module), not through the library's Rust types: the cases
//! state the wire contract, and keep working while the types behind it
//! change. An expected key that the MENTION does not have yet is a
//! mismatch.
//!
//! # Which facts a case compares
//!
//! A case compares the facts of its file's kind and of every kind its
//! expectations name with `kind`; each of those facts must be expected,
//! and each expectation must be found. In `traps.toml` a case compares the
//! facts of every kind: a trap that expects nothing must yield no fact at
//! all, and a trap that lists the facts a careful reader takes (each with
//! its `kind`) must yield exactly those.
//!
//! # Pending cases
//!
//! A case the extractor does not read yet carries `pending = "..."`, which
//! says briefly what is missing. A pending case must still fail: when it
//! passes, the run fails and asks for the marker to be removed, so no case
//! stays marked after its shape is read. Every other case must pass. The
//! run prints, per file, how many cases it holds, how many pass and how
//! many are pending (`cargo test --test extraction -- --nocapture`); with
//! the environment variable `CROSSCHECK_SHOW_PENDING=1` it also prints why
//! each pending case fails.
//!
//! The binary runs every case of every file and fails once, at the end,
//! with the whole list of differences, so one run shows everything. Data
//! that does not follow the schema (an unknown field, a missing text, a
//! duplicate name, a quote that is not in the text) is reported the same
//! way, with its file and case name.
//!
//! ```toml
//! [[case]]
//! name = "scale suffix bn"
//! text = "The $34bn float of Ant Group was halted."
//! reference = "2021-01-06"   # optional publication date
//! pending = "what is not read yet"   # optional: the case must fail
//! [[case.expect]]            # none at all: no fact of the compared kinds
//! text = "$34bn"             # the exact quote
//! start = 4                  # optional byte offset
//! kind = "money"             # optional, the file's kind by default;
//!                            # required in traps.toml
//! value = "34000000000"      # a decimal; dates: an ISO string
//! unit = "USD"
//! bound = "exact"
//! lower = "33500000000"      # optional; "none" = unbounded (null)
//! upper = "34500000000"      # optional; dates: "YYYY-MM-DD" or "none"
//! role = "killed"            # optional; counts: the role word
//! per = "share"              # optional; rates: the denominator
//! change = "down"            # optional; "up", "down" or "none"
//! dimension = "length"       # optional; measures
//! base_value = "80467.2"     # optional; measures, in the base unit
//! base_unit = "m"            # optional; measures
//! [[case.reject]]            # optional
//! text = "2009"
//! reason = "copyright"
//! ```
//!
//! In the optional keys `"none"` stands for JSON `null`: the key must be
//! present with no value. A number written with a leading `~` (`"~66.67"`)
//! is compared at the places it is written with: the fact's value, rounded
//! half away from zero to those places, must equal it. Without `~`,
//! numbers compare exactly.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::NaiveDate;
use crosscheck::report::json::mention_line;
use crosscheck::{Checker, Extraction, Source, Span};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Deserialize;
use serde_json::value::RawValue;

/// The file whose cases compare facts of every kind.
const TRAPS: &str = "traps";

/// The fact kinds a data file may be named after, and an expectation may
/// name with `kind`.
const KINDS: &[&str] = &[
    "money", "count", "duration", "percent", "date", "age", "measure",
];

/// The fewest cases each named file must hold, so that a file cannot
/// silently lose its cases.
const MINIMUM: &[(&str, usize)] = &[
    ("money", 40),
    ("count", 40),
    ("duration", 40),
    ("percent", 40),
    ("age", 40),
    ("measure", 40),
    ("traps", 40),
];

/// The fewest cases any other data file must hold.
const MINIMUM_OTHER: usize = 10;

const BOUNDS: &[&str] = &["exact", "approximate", "lower", "upper", "range"];

const CHANGES: &[&str] = &["up", "down", "none"];

const DIMENSIONS: &[&str] = &[
    "length",
    "area",
    "volume",
    "mass",
    "speed",
    "temperature",
    "energy",
    "power",
    "data",
    "magnitude",
    "none",
];

const REASONS: &[&str] = &[
    "phone_number",
    "copyright",
    "year_label",
    "identifier",
    "time_of_day",
    "age",
    "ordinal",
    "no_unit",
    "out_of_range",
    "page_furniture",
];

/// The environment variable that prints why each pending case fails.
const SHOW_PENDING: &str = "CROSSCHECK_SHOW_PENDING";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    reference: Option<String>,
    pending: Option<String>,
    #[serde(default)]
    expect: Vec<Expect>,
    #[serde(default)]
    reject: Vec<Reject>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    text: String,
    start: Option<usize>,
    kind: Option<String>,
    value: String,
    unit: String,
    bound: String,
    lower: Option<String>,
    upper: Option<String>,
    role: Option<String>,
    per: Option<String>,
    change: Option<String>,
    dimension: Option<String>,
    base_value: Option<String>,
    base_unit: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Reject {
    text: String,
    start: Option<usize>,
    reason: String,
}

/// Which facts a file's cases are about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scope {
    /// Facts of one kind, named as in the MENTION's `kind`.
    Kind(&'static str),
    /// Facts of every kind.
    Traps,
}

impl Scope {
    fn from_stem(stem: &str) -> Option<Scope> {
        if stem == TRAPS {
            return Some(Scope::Traps);
        }
        KINDS.iter().find(|k| **k == stem).map(|k| Scope::Kind(k))
    }

    fn kind(&self) -> Option<&'static str> {
        match self {
            Scope::Kind(k) => Some(k),
            Scope::Traps => None,
        }
    }
}

/// A value an expectation asks for, in one key of the MENTION.
#[derive(Clone, Debug, PartialEq)]
enum Want {
    /// JSON `null`, written `"none"`.
    Null,
    /// A string.
    Text(String),
    /// A number; `approx` when written with `~`, compared at its places.
    Number { value: Decimal, approx: bool },
}

impl Want {
    /// Reads a number, `~number` or `"none"`.
    fn number(s: &str) -> Result<Want, String> {
        if s == "none" {
            return Ok(Want::Null);
        }
        let (digits, approx) = match s.strip_prefix('~') {
            Some(rest) => (rest, true),
            None => (s, false),
        };
        Decimal::from_str(digits)
            .map(|value| Want::Number { value, approx })
            .map_err(|_| format!("{s:?} is neither a decimal, a ~decimal nor \"none\""))
    }

    /// Reads a string or `"none"`.
    fn text(s: &str) -> Want {
        if s == "none" {
            Want::Null
        } else {
            Want::Text(s.to_string())
        }
    }

    /// Whether the raw JSON value satisfies this want.
    fn accepts(&self, raw: &str) -> bool {
        match self {
            Want::Null => raw == "null",
            Want::Text(t) => serde_json::from_str::<String>(raw).is_ok_and(|s| s == *t),
            Want::Number { value, approx } => match json_decimal(raw) {
                None => false,
                Some(got) if *approx => {
                    got.round_dp_with_strategy(
                        value.scale(),
                        RoundingStrategy::MidpointAwayFromZero,
                    ) == *value
                }
                Some(got) => got == *value,
            },
        }
    }
}

/// A JSON number's exact decimal value; `None` for anything else.
fn json_decimal(raw: &str) -> Option<Decimal> {
    if raw.starts_with('"') || raw == "null" || raw == "true" || raw == "false" {
        return None;
    }
    Decimal::from_str(raw)
        .ok()
        .or_else(|| Decimal::from_scientific(raw).ok())
}

/// An expectation with its wanted values resolved: the keys of the MENTION
/// it checks, in MENTION order, each with the value wanted there.
struct Resolved {
    span: Span,
    kind: String,
    wants: Vec<(&'static str, Want)>,
}

/// A checked case: the data, with each expectation resolved.
struct Checked {
    case: Case,
    reference: Option<NaiveDate>,
    expects: Vec<Resolved>,
}

/// One data file, loaded and checked against the schema.
struct DataFile {
    name: String,
    scope: Scope,
    cases: Vec<Checked>,
    /// Schema errors, each naming its case.
    errors: Vec<String>,
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
}

/// Every `*.toml` file of the data directory, sorted by name.
fn data_paths() -> Vec<PathBuf> {
    let dir = data_dir();
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) => panic!("cannot read {}: {e}", dir.display()),
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    paths
}

fn load_path(path: &Path) -> DataFile {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let stem = path
        .file_stem()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    match fs::read_to_string(path) {
        Ok(text) => load(&name, &stem, &text),
        Err(e) => DataFile {
            name: name.clone(),
            scope: Scope::Traps,
            cases: Vec::new(),
            errors: vec![format!("{name}: cannot read: {e}")],
        },
    }
}

/// Parses and checks one data file. Never panics: every problem becomes an
/// error that names the file and, where there is one, the case.
fn load(name: &str, stem: &str, text: &str) -> DataFile {
    let mut file = DataFile {
        name: name.to_string(),
        scope: Scope::Traps,
        cases: Vec::new(),
        errors: Vec::new(),
    };
    let Some(scope) = Scope::from_stem(stem) else {
        file.errors.push(format!(
            "{name}: the file stem `{stem}` names no fact kind ({}, traps)",
            KINDS.join(", ")
        ));
        return file;
    };
    file.scope = scope;
    let table = match text.parse::<toml::Table>() {
        Ok(t) => t,
        Err(e) => {
            file.errors.push(format!("{name}: not valid TOML: {e}"));
            return file;
        }
    };
    for key in table.keys().filter(|k| k.as_str() != "case") {
        file.errors.push(format!(
            "{name}: unknown top-level key `{key}` (only [[case]] tables are allowed)"
        ));
    }
    let entries = match table.get("case") {
        Some(toml::Value::Array(entries)) => entries.clone(),
        Some(_) => {
            file.errors.push(format!(
                "{name}: `case` must be an array of tables ([[case]])"
            ));
            return file;
        }
        None => Vec::new(),
    };
    let mut names = BTreeSet::new();
    for (i, entry) in entries.into_iter().enumerate() {
        let raw_name = entry
            .get("name")
            .and_then(toml::Value::as_str)
            .map(str::to_string);
        let label = match &raw_name {
            Some(n) => format!("{name} / case {} {n:?}", i + 1),
            None => format!("{name} / case {} (no name)", i + 1),
        };
        if let Some(n) = raw_name
            && !names.insert(n)
        {
            file.errors
                .push(format!("{label}: the name is used by an earlier case"));
        }
        let case: Case = match entry.try_into() {
            Ok(case) => case,
            Err(e) => {
                file.errors
                    .push(format!("{label}: {}", e.to_string().trim()));
                continue;
            }
        };
        match check(scope, case) {
            Ok(checked) => file.cases.push(checked),
            Err(problems) => file
                .errors
                .extend(problems.into_iter().map(|p| format!("{label}: {p}"))),
        }
    }
    file
}

/// Resolves one expectation's wanted values; problems go to `problems`,
/// prefixed with `what`.
fn resolve(
    scope: Scope,
    e: &Expect,
    span: Span,
    what: &str,
    problems: &mut Vec<String>,
) -> Resolved {
    let kind = match (&e.kind, scope.kind()) {
        (Some(k), _) => {
            if !KINDS.contains(&k.as_str()) {
                problems.push(format!(
                    "{what}: kind {k:?} is not one of {}",
                    KINDS.join(", ")
                ));
            }
            k.clone()
        }
        (None, Some(k)) => k.to_string(),
        (None, None) => {
            problems.push(format!(
                "{what}: an expectation in {TRAPS}.toml must name its `kind`"
            ));
            String::new()
        }
    };
    let is_date = kind == "date";
    let mut wants: Vec<(&'static str, Want)> = vec![("kind", Want::Text(kind.clone()))];

    if e.value.trim().is_empty() {
        problems.push(format!("{what}: the value is empty"));
    }
    if is_date {
        wants.push(("value", Want::Text(e.value.clone())));
    } else {
        match Want::number(&e.value) {
            Ok(Want::Null) | Err(_) => {
                problems.push(format!("{what}: value {:?} is not a decimal", e.value));
            }
            Ok(w) => wants.push(("value", w)),
        }
    }
    wants.push(("unit", Want::Text(e.unit.clone())));
    if !BOUNDS.contains(&e.bound.as_str()) {
        problems.push(format!(
            "{what}: bound {:?} is not one of {}",
            e.bound,
            BOUNDS.join(", ")
        ));
    }
    wants.push(("bound", Want::Text(e.bound.clone())));
    for (key, end) in [("lower", &e.lower), ("upper", &e.upper)] {
        let Some(end) = end else { continue };
        if is_date {
            if end != "none" && NaiveDate::parse_from_str(end, "%Y-%m-%d").is_err() {
                problems.push(format!(
                    "{what}: {key} {end:?} is neither a YYYY-MM-DD date nor \"none\""
                ));
            }
            wants.push((key, Want::text(end)));
        } else {
            match Want::number(end) {
                Ok(w) => wants.push((key, w)),
                Err(p) => problems.push(format!("{what}: {key} {p}")),
            }
        }
    }
    for (key, given) in [("role", &e.role), ("per", &e.per)] {
        if let Some(v) = given {
            if v.trim().is_empty() {
                problems.push(format!("{what}: {key} is empty"));
            }
            wants.push((key, Want::text(v)));
        }
    }
    for (key, given, allowed) in [
        ("change", &e.change, CHANGES),
        ("dimension", &e.dimension, DIMENSIONS),
    ] {
        if let Some(v) = given {
            if !allowed.contains(&v.as_str()) {
                problems.push(format!(
                    "{what}: {key} {v:?} is not one of {}",
                    allowed.join(", ")
                ));
            }
            wants.push((key, Want::text(v)));
        }
    }
    if let Some(v) = &e.base_value {
        match Want::number(v) {
            Ok(w) => wants.push(("base_value", w)),
            Err(p) => problems.push(format!("{what}: base_value {p}")),
        }
    }
    if let Some(v) = &e.base_unit {
        wants.push(("base_unit", Want::text(v)));
    }
    Resolved { span, kind, wants }
}

/// Checks one case against the schema and resolves its expectations.
fn check(scope: Scope, case: Case) -> Result<Checked, Vec<String>> {
    let mut problems = Vec::new();
    if case.name.trim().is_empty() {
        problems.push("the name is empty".to_string());
    }
    if case.text.is_empty() {
        problems.push("the text is empty".to_string());
    }
    if case.pending.as_ref().is_some_and(|p| p.trim().is_empty()) {
        problems.push("`pending` must say what is not read yet".to_string());
    }
    let reference = match &case.reference {
        None => None,
        Some(r) => match NaiveDate::parse_from_str(r, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                problems.push(format!("reference {r:?} is not a YYYY-MM-DD date"));
                None
            }
        },
    };
    let mut expects = Vec::new();
    let mut from = 0;
    for (i, e) in case.expect.iter().enumerate() {
        let what = format!("expect {} ({:?})", i + 1, e.text);
        let span = match locate(&case.text, &e.text, e.start, from) {
            Ok(span) => {
                if span.start < from {
                    problems.push(format!(
                        "{what}: expectations must be listed in text order (give `start` for a repeated quote)"
                    ));
                }
                from = span.end.max(from);
                span
            }
            Err(p) => {
                problems.push(format!("{what}: {p}"));
                Span::new(0, 0)
            }
        };
        expects.push(resolve(scope, e, span, &what, &mut problems));
    }
    for (i, r) in case.reject.iter().enumerate() {
        let what = format!("reject {} ({:?})", i + 1, r.text);
        if let Err(p) = locate(&case.text, &r.text, r.start, 0) {
            problems.push(format!("{what}: {p}"));
        }
        if !REASONS.contains(&r.reason.as_str()) {
            problems.push(format!(
                "{what}: reason {:?} is not one of {}",
                r.reason,
                REASONS.join(", ")
            ));
        }
    }
    if problems.is_empty() {
        Ok(Checked {
            case,
            reference,
            expects,
        })
    } else {
        Err(problems)
    }
}

/// Where `quote` lies in `text`: at `start` when given, otherwise its first
/// occurrence at or after `from` (or anywhere, when there is none there).
fn locate(text: &str, quote: &str, start: Option<usize>, from: usize) -> Result<Span, String> {
    if quote.is_empty() {
        return Err("the quote is empty".to_string());
    }
    match start {
        Some(s) => match text.get(s..s + quote.len()) {
            Some(found) if found == quote => Ok(Span::new(s, s + quote.len())),
            Some(found) => Err(format!("the text at byte {s} is {found:?}, not the quote")),
            None => Err(format!(
                "byte {s} is not a char boundary of the text or lies past its end"
            )),
        },
        None => {
            let at = text
                .get(from..)
                .and_then(|rest| rest.find(quote))
                .map(|i| i + from)
                .or_else(|| text.find(quote));
            match at {
                Some(s) => Ok(Span::new(s, s + quote.len())),
                None => Err("the quote is not in the text".to_string()),
            }
        }
    }
}

/// Runs extraction on a case's text; a panic becomes an error.
fn run(case: &Checked) -> Result<Extraction, String> {
    let mut source = Source::new("t", case.case.text.clone());
    if let Some(date) = case.reference {
        source = source.with_published(date);
    }
    let checker = Checker::new();
    panic::catch_unwind(AssertUnwindSafe(|| checker.extract(&source))).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_string());
        format!("extraction panicked: {message}")
    })
}

/// One fact as its MENTION object: every key with its raw JSON text.
struct Mention {
    keys: BTreeMap<String, Box<RawValue>>,
}

/// The keys shown for a fact, in MENTION order, after its quote.
const SHOWN: &[&str] = &[
    "kind",
    "value",
    "unit",
    "bound",
    "lower",
    "upper",
    "role",
    "per",
    "change",
    "dimension",
    "base_value",
    "base_unit",
];

impl Mention {
    fn parse(line: &str) -> Result<Mention, String> {
        serde_json::from_str(line)
            .map(|keys| Mention { keys })
            .map_err(|e| format!("the MENTION is not a JSON object ({e}): {line}"))
    }

    fn raw(&self, key: &str) -> Option<&str> {
        self.keys.get(key).map(|v| v.get())
    }

    fn string(&self, key: &str) -> Option<String> {
        self.raw(key)
            .and_then(|raw| serde_json::from_str::<String>(raw).ok())
    }

    fn offset(&self, key: &str) -> Option<usize> {
        self.raw(key).and_then(|raw| raw.parse().ok())
    }

    fn span(&self) -> Option<Span> {
        match (self.offset("start"), self.offset("end")) {
            (Some(s), Some(e)) if s <= e => Some(Span::new(s, e)),
            _ => None,
        }
    }

    /// `"text"@start kind=... value=...`, with every shown key the MENTION
    /// has and that is not null (`lower` and `upper` even when null).
    fn show(&self) -> String {
        let mut s = format!(
            "{}@{}",
            self.raw("text").unwrap_or("?"),
            self.raw("start").unwrap_or("?")
        );
        for key in SHOWN {
            match self.raw(key) {
                Some("null") if !matches!(*key, "lower" | "upper") => {}
                Some(raw) => {
                    let _ = write!(s, " {key}={raw}");
                }
                None => {}
            }
        }
        s
    }
}

fn show_want(w: &Want) -> String {
    match w {
        Want::Null => "null".to_string(),
        Want::Text(t) => format!("{t:?}"),
        Want::Number { value, approx } => {
            format!("{}{value}", if *approx { "~" } else { "" })
        }
    }
}

fn show_expect(quote: &str, r: &Resolved) -> String {
    let mut s = format!("{quote:?}@{}", r.span.start);
    for (key, want) in &r.wants {
        let _ = write!(s, " {key}={}", show_want(want));
    }
    s
}

/// The differences between an expectation and the MENTION it was paired
/// with; an expected key the MENTION lacks is a difference.
fn differences(quote: &str, r: &Resolved, got: &Mention) -> Vec<String> {
    let mut diffs = Vec::new();
    if got.span() != Some(r.span) || got.string("text").as_deref() != Some(quote) {
        diffs.push(format!(
            "quote: expected {quote:?}@{}, got {}@{}",
            r.span.start,
            got.raw("text").unwrap_or("?"),
            got.raw("start").unwrap_or("?")
        ));
    }
    for (key, want) in &r.wants {
        match got.raw(key) {
            None => diffs.push(format!("{key}: the MENTION has no `{key}` key yet")),
            Some(raw) if !want.accepts(raw) => {
                diffs.push(format!("{key}: expected {}, got {raw}", show_want(want)));
            }
            Some(_) => {}
        }
    }
    diffs
}

/// Compares one case's extraction with its expectations; an empty list
/// means the case passes.
fn compare(scope: Scope, checked: &Checked, extraction: &Extraction) -> Vec<String> {
    let case = &checked.case;
    let mut problems = Vec::new();
    let mut kinds: BTreeSet<&str> = checked.expects.iter().map(|r| r.kind.as_str()).collect();
    if let Some(k) = scope.kind() {
        kinds.insert(k);
    }
    let mut got: Vec<Mention> = Vec::new();
    for fact in &extraction.facts {
        match Mention::parse(&mention_line(fact, "")) {
            Ok(m) => {
                let compared = scope == Scope::Traps
                    || m.string("kind").is_some_and(|k| kinds.contains(k.as_str()));
                if compared {
                    got.push(m);
                }
            }
            Err(p) => problems.push(p),
        }
    }
    let spans: Vec<Option<Span>> = got.iter().map(Mention::span).collect();

    if spans
        .windows(2)
        .any(|w| w[0].map(|s| s.start) > w[1].map(|s| s.start))
    {
        problems.push("facts are not in text order".to_string());
    }

    // Pair each expectation with the fact at its exact span, then pair what
    // is left by overlap, so a quote that is slightly off reads as one
    // difference rather than a missing fact and an unexpected one.
    let mut pair: Vec<Option<usize>> = vec![None; checked.expects.len()];
    let mut used = vec![false; got.len()];
    for (i, r) in checked.expects.iter().enumerate() {
        if let Some(j) = (0..got.len()).find(|&j| !used[j] && spans[j] == Some(r.span)) {
            pair[i] = Some(j);
            used[j] = true;
        }
    }
    for (i, r) in checked.expects.iter().enumerate() {
        if pair[i].is_some() {
            continue;
        }
        if let Some(j) =
            (0..got.len()).find(|&j| !used[j] && spans[j].is_some_and(|s| s.overlaps(r.span)))
        {
            pair[i] = Some(j);
            used[j] = true;
        }
    }
    for (i, (e, r)) in case.expect.iter().zip(&checked.expects).enumerate() {
        match pair[i] {
            None => problems.push(format!("missing: {}", show_expect(&e.text, r))),
            Some(j) => {
                let diffs = differences(&e.text, r, &got[j]);
                if !diffs.is_empty() {
                    problems.push(format!(
                        "differs: expected {}\n           got      {}\n           ({})",
                        show_expect(&e.text, r),
                        got[j].show(),
                        diffs.join("; ")
                    ));
                }
            }
        }
    }
    for (j, m) in got.iter().enumerate() {
        if !used[j] {
            problems.push(format!("unexpected: {}", m.show()));
        }
    }

    for r in &case.reject {
        let found = extraction.rejections.iter().any(|sr| {
            let reason = serde_json::to_value(sr.reason).ok();
            sr.text == r.text
                && r.start.is_none_or(|s| s == sr.span.start)
                && reason.as_ref().and_then(|v| v.as_str()) == Some(r.reason.as_str())
        });
        if !found {
            let recorded: Vec<String> = extraction
                .rejections
                .iter()
                .map(|sr| {
                    let reason = serde_json::to_value(sr.reason)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default();
                    format!("{:?}@{} {reason}", sr.text, sr.span.start)
                })
                .collect();
            problems.push(format!(
                "rejection not recorded: {:?} {} (recorded: {})",
                r.text,
                r.reason,
                if recorded.is_empty() {
                    "none".to_string()
                } else {
                    recorded.join(", ")
                }
            ));
        }
    }
    problems
}

/// What became of one case.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    /// Not pending, and passes.
    Passes,
    /// Pending, and fails as it should.
    Pending,
    /// Not pending, and fails.
    Fails,
    /// Pending, yet passes: the marker must go.
    PassesWhilePending,
}

fn outcome(pending: bool, problems: &[String]) -> Outcome {
    match (pending, problems.is_empty()) {
        (false, true) => Outcome::Passes,
        (false, false) => Outcome::Fails,
        (true, false) => Outcome::Pending,
        (true, true) => Outcome::PassesWhilePending,
    }
}

/// The tally of one data file.
#[derive(Debug, Default, PartialEq, Eq)]
struct Tally {
    cases: usize,
    passing: usize,
    pending: usize,
    failing: usize,
}

/// Runs every case of a file: its tally, and the report of what went wrong
/// (failures, pending cases that pass, schema errors) and, when
/// `show_pending`, of why each pending case fails.
fn run_file(file: &DataFile, show_pending: bool) -> (Tally, String, String) {
    let mut tally = Tally {
        cases: file.cases.len() + file.errors.len(),
        failing: file.errors.len(),
        ..Tally::default()
    };
    let mut report = String::new();
    let mut pending_report = String::new();
    for e in &file.errors {
        let _ = writeln!(report, "MALFORMED {e}");
    }
    for checked in &file.cases {
        let problems = match run(checked) {
            Ok(extraction) => compare(file.scope, checked, &extraction),
            Err(p) => vec![p],
        };
        let case = &checked.case;
        match outcome(case.pending.is_some(), &problems) {
            Outcome::Passes => tally.passing += 1,
            Outcome::Pending => {
                tally.pending += 1;
                if show_pending {
                    let _ = writeln!(
                        pending_report,
                        "{} / {:?} (pending: {})",
                        file.name,
                        case.name,
                        case.pending.as_deref().unwrap_or_default()
                    );
                    let _ = writeln!(pending_report, "    text: {:?}", case.text);
                    for p in &problems {
                        let _ = writeln!(pending_report, "    {p}");
                    }
                }
            }
            Outcome::Fails => {
                tally.failing += 1;
                let _ = writeln!(report, "{} / {:?}", file.name, case.name);
                let _ = writeln!(report, "    text: {:?}", case.text);
                for p in problems {
                    let _ = writeln!(report, "    {p}");
                }
            }
            Outcome::PassesWhilePending => {
                tally.failing += 1;
                let _ = writeln!(
                    report,
                    "{} / {:?}\n    passes although marked pending ({:?}): remove the `pending` marker",
                    file.name,
                    case.name,
                    case.pending.as_deref().unwrap_or_default()
                );
            }
        }
    }
    (tally, report, pending_report)
}

#[test]
fn extraction_cases() {
    let paths = data_paths();
    assert!(
        !paths.is_empty(),
        "no data files in {}",
        data_dir().display()
    );
    let show_pending = std::env::var_os(SHOW_PENDING).is_some_and(|v| v != "0");
    let mut report = String::new();
    let mut pending_report = String::new();
    let mut summary = Vec::new();
    let mut failed = 0;
    let mut total = Tally::default();
    for path in &paths {
        let file = load_path(path);
        let (tally, r, p) = run_file(&file, show_pending);
        report.push_str(&r);
        pending_report.push_str(&p);
        failed += tally.failing;
        summary.push(format!(
            "{:<14} {:>4} cases {:>4} passing {:>4} pending {:>4} failing",
            file.name, tally.cases, tally.passing, tally.pending, tally.failing
        ));
        total.cases += tally.cases;
        total.passing += tally.passing;
        total.pending += tally.pending;
        total.failing += tally.failing;
    }
    summary.push(format!(
        "{:<14} {:>4} cases {:>4} passing {:>4} pending {:>4} failing",
        "all", total.cases, total.passing, total.pending, total.failing
    ));
    let summary = summary.join("\n");
    if show_pending {
        println!("{pending_report}");
    }
    if failed == 0 {
        println!("{summary}");
    }
    assert!(
        failed == 0,
        "{failed} extraction cases fail\n\n{report}\n{summary}\n"
    );
}

#[test]
fn every_data_file_holds_enough_cases() {
    let mut short = Vec::new();
    let mut seen = BTreeSet::new();
    for path in data_paths() {
        let file = load_path(&path);
        let stem = path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let minimum = MINIMUM
            .iter()
            .find(|(s, _)| *s == stem)
            .map_or(MINIMUM_OTHER, |(_, n)| *n);
        let count = file.cases.len() + file.errors.len();
        if count < minimum {
            short.push(format!(
                "{}: {count} cases, at least {minimum} wanted",
                file.name
            ));
        }
        seen.insert(stem);
    }
    for (stem, _) in MINIMUM {
        if !seen.contains(*stem) {
            short.push(format!("{stem}.toml is missing"));
        }
    }
    assert!(short.is_empty(), "{}", short.join("\n"));
}

#[test]
fn malformed_data_names_the_file_and_the_case() {
    let bad = [
        (
            "unknown field",
            "[[case]]\nname = \"a\"\ntext = \"eight apps\"\ncolour = \"red\"\n",
            "unknown field",
        ),
        (
            "missing text",
            "[[case]]\nname = \"a\"\n",
            "missing field `text`",
        ),
        (
            "duplicate name",
            "[[case]]\nname = \"a\"\ntext = \"one\"\n[[case]]\nname = \"a\"\ntext = \"two\"\n",
            "used by an earlier case",
        ),
        (
            "quote not in the text",
            "[[case]]\nname = \"a\"\ntext = \"eight apps\"\n[[case.expect]]\ntext = \"nine apps\"\n\
             value = \"9\"\nunit = \"app\"\nbound = \"exact\"\n",
            "not in the text",
        ),
        (
            "wrong start",
            "[[case]]\nname = \"a\"\ntext = \"eight apps\"\n[[case.expect]]\ntext = \"apps\"\nstart = 2\n\
             value = \"8\"\nunit = \"app\"\nbound = \"exact\"\n",
            "not the quote",
        ),
        (
            "bad value",
            "[[case]]\nname = \"a\"\ntext = \"eight apps\"\n[[case.expect]]\ntext = \"eight apps\"\n\
             value = \"eight\"\nunit = \"app\"\nbound = \"exact\"\n",
            "not a decimal",
        ),
        (
            "unknown reason",
            "[[case]]\nname = \"a\"\ntext = \"call 555 0100\"\n[[case.reject]]\ntext = \"555 0100\"\n\
             reason = \"telephone\"\n",
            "is not one of",
        ),
        (
            "empty pending",
            "[[case]]\nname = \"a\"\ntext = \"eight apps\"\npending = \" \"\n",
            "must say what is not read yet",
        ),
        (
            "unknown kind",
            "[[case]]\nname = \"a\"\ntext = \"eight apps\"\n[[case.expect]]\ntext = \"eight apps\"\n\
             kind = \"tally\"\nvalue = \"8\"\nunit = \"app\"\nbound = \"exact\"\n",
            "kind \"tally\" is not one of",
        ),
        (
            "unknown change",
            "[[case]]\nname = \"a\"\ntext = \"eight apps\"\n[[case.expect]]\ntext = \"eight apps\"\n\
             value = \"8\"\nunit = \"app\"\nbound = \"exact\"\nchange = \"sideways\"\n",
            "change \"sideways\" is not one of",
        ),
        (
            "bad base value",
            "[[case]]\nname = \"a\"\ntext = \"eight apps\"\n[[case.expect]]\ntext = \"eight apps\"\n\
             value = \"8\"\nunit = \"app\"\nbound = \"exact\"\nbase_value = \"~eight\"\n",
            "base_value",
        ),
    ];
    for (what, data, needle) in bad {
        let file = load("count.toml", "count", data);
        let joined = file.errors.join("\n");
        assert!(
            file.errors
                .iter()
                .any(|e| e.contains("count.toml / case") && e.contains(needle)),
            "{what}: expected an error naming the file, the case and {needle:?}; got:\n{joined}"
        );
        assert!(
            joined.contains("\"a\""),
            "{what}: the error does not name case \"a\":\n{joined}"
        );
    }

    let trap = "[[case]]\nname = \"t\"\ntext = \"eight apps\"\n[[case.expect]]\ntext = \"eight apps\"\n\
                value = \"8\"\nunit = \"app\"\nbound = \"exact\"\n";
    let file = load("traps.toml", "traps", trap);
    assert!(
        file.errors
            .iter()
            .any(|e| e.contains("must name its `kind`")),
        "{:?}",
        file.errors
    );
    let file = load(
        "traps.toml",
        "traps",
        &trap.replace("value =", "kind = \"count\"\nvalue ="),
    );
    assert!(file.errors.is_empty(), "{:?}", file.errors);

    let file = load("sizes.toml", "sizes", "");
    assert!(
        file.errors.iter().any(|e| e.contains("names no fact kind")),
        "{:?}",
        file.errors
    );

    let good = "[[case]]\nname = \"a\"\ntext = \"eight apps and eight apps\"\n[[case.expect]]\n\
                text = \"eight apps\"\nvalue = \"8.0\"\nunit = \"app\"\nbound = \"exact\"\nlower = \"8\"\n\
                upper = \"none\"\n[[case.expect]]\ntext = \"eight apps\"\nvalue = \"8\"\nunit = \"app\"\n\
                bound = \"exact\"\n";
    let file = load("count.toml", "count", good);
    assert!(file.errors.is_empty(), "{:?}", file.errors);
    let spans: Vec<Span> = file
        .cases
        .iter()
        .flat_map(|c| c.expects.iter().map(|r| r.span))
        .collect();
    assert_eq!(
        spans,
        vec![Span::new(0, 10), Span::new(15, 25)],
        "repeated quotes resolve in text order"
    );
}

#[test]
fn pending_cases_must_fail() {
    let data = "[[case]]\nname = \"read today\"\ntext = \"The raid involved 40 officers.\"\n\
                pending = \"nothing\"\n[[case.expect]]\ntext = \"40 officers\"\nvalue = \"40\"\n\
                unit = \"officer\"\nbound = \"exact\"\n\
                [[case]]\nname = \"not read\"\ntext = \"The raid involved 40 officers.\"\n\
                pending = \"a count of 41\"\n[[case.expect]]\ntext = \"40 officers\"\nvalue = \"41\"\n\
                unit = \"officer\"\nbound = \"exact\"\n\
                [[case]]\nname = \"plain\"\ntext = \"The raid involved 40 officers.\"\n\
                [[case.expect]]\ntext = \"40 officers\"\nvalue = \"40\"\nunit = \"officer\"\n\
                bound = \"exact\"\n";
    let file = load("count.toml", "count", data);
    assert!(file.errors.is_empty(), "{:?}", file.errors);
    let (tally, report, _) = run_file(&file, false);
    assert_eq!(
        tally,
        Tally {
            cases: 3,
            passing: 1,
            pending: 1,
            failing: 1
        }
    );
    assert!(
        report.contains("\"read today\"") && report.contains("remove the `pending` marker"),
        "{report}"
    );
    assert!(!report.contains("\"not read\""), "{report}");

    assert_eq!(outcome(false, &[]), Outcome::Passes);
    assert_eq!(outcome(true, &["x".to_string()]), Outcome::Pending);
    assert_eq!(outcome(false, &["x".to_string()]), Outcome::Fails);
    assert_eq!(outcome(true, &[]), Outcome::PassesWhilePending);
}

#[test]
fn a_key_the_mention_lacks_is_a_mismatch() {
    let data = "[[case]]\nname = \"a\"\ntext = \"9 Dead\"\n[[case.expect]]\ntext = \"9 Dead\"\n\
                value = \"9\"\nunit = \"people\"\nbound = \"exact\"\nrole = \"killed\"\n\
                change = \"none\"\nbase_value = \"~66.67\"\n";
    let file = load("count.toml", "count", data);
    assert!(file.errors.is_empty(), "{:?}", file.errors);
    let r = &file.cases[0].expects[0];

    let without = Mention::parse(
        r#"{"start":0,"end":6,"text":"9 Dead","kind":"count","value":9,"unit":"people","bound":"exact","lower":9,"upper":9}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let diffs = differences("9 Dead", r, &without);
    for key in ["role", "change", "base_value"] {
        assert!(
            diffs
                .iter()
                .any(|d| d.contains(&format!("no `{key}` key yet"))),
            "{key}: {diffs:?}"
        );
    }

    let with = Mention::parse(
        r#"{"start":0,"end":6,"text":"9 Dead","kind":"count","value":9,"unit":"people","bound":"exact","lower":9,"upper":9,"role":"killed","change":null,"base_value":66.666666666666666666666666667}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        differences("9 Dead", r, &with),
        Vec::<String>::new(),
        "null matches \"none\"; ~66.67 matches at two places"
    );

    let wrong = Mention::parse(
        r#"{"start":0,"end":6,"text":"9 Dead","kind":"count","value":9,"unit":"people","bound":"exact","lower":9,"upper":9,"role":"injured","change":"up","base_value":66.6}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let diffs = differences("9 Dead", r, &wrong);
    assert_eq!(diffs.len(), 3, "{diffs:?}");
}

#[test]
fn approximate_numbers_compare_at_their_places() {
    let two_thirds = Want::number("~66.67").unwrap_or_else(|e| panic!("{e}"));
    assert!(two_thirds.accepts("66.666666666666666666666666667"));
    assert!(two_thirds.accepts("66.67"));
    assert!(!two_thirds.accepts("66.66"));
    assert!(!two_thirds.accepts("\"66.67\""));
    assert!(!two_thirds.accepts("null"));
    let exact = Want::number("80467.2").unwrap_or_else(|e| panic!("{e}"));
    assert!(exact.accepts("80467.2"));
    assert!(exact.accepts("80467.20"));
    assert!(!exact.accepts("80467.24"));
    assert_eq!(Want::number("none"), Ok(Want::Null));
    assert!(Want::Null.accepts("null"));
    assert!(!Want::Null.accepts("0"));
}
