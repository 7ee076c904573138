//! Extraction cases from data files.
//!
//! Every `tests/data/*.toml` file holds cases for one fact kind, named by the
//! file stem (`money.toml` holds money cases); `traps.toml` holds texts that
//! must yield no fact of any kind. Each case gives a text and the facts of
//! the file's kind that extraction must find in it, in text order, with
//! their quote, value, unit, bound and, when given, interval ends. A case
//! may also list rejections that must be recorded.
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
//! [[case.expect]]            # none at all: no fact of the file's kind
//! text = "$34bn"             # the exact quote
//! start = 4                  # optional byte offset
//! value = "34000000000"      # a decimal; dates: an ISO string
//! unit = "USD"
//! bound = "exact"
//! lower = "33500000000"      # optional; "none" = unbounded
//! upper = "34500000000"      # optional; "none" = unbounded
//! [[case.reject]]            # optional
//! text = "2009"
//! reason = "copyright"
//! ```

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::NaiveDate;
use crosscheck::normalize::End;
use crosscheck::{Checker, Extraction, Fact, Kind, Source, Span, Value};
use rust_decimal::Decimal;
use serde::Deserialize;

/// The file whose cases must yield no fact of any kind.
const TRAPS: &str = "traps";

/// The fewest cases each named file must hold, so that a file cannot
/// silently lose its cases.
const MINIMUM: &[(&str, usize)] = &[
    ("money", 40),
    ("count", 40),
    ("duration", 40),
    ("percent", 40),
    ("traps", 40),
];

/// The fewest cases any other data file must hold.
const MINIMUM_OTHER: usize = 10;

const BOUNDS: &[&str] = &["exact", "approximate", "lower", "upper", "range"];

const REASONS: &[&str] = &[
    "phone_number",
    "copyright",
    "year_label",
    "identifier",
    "time_of_day",
    "ordinal",
    "no_unit",
    "out_of_range",
    "page_furniture",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    reference: Option<String>,
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
    value: String,
    unit: String,
    bound: String,
    lower: Option<String>,
    upper: Option<String>,
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
    /// Facts of one kind.
    Kind(Kind),
    /// Every fact: none may be found.
    Traps,
}

impl Scope {
    fn from_stem(stem: &str) -> Option<Scope> {
        let kind = match stem {
            TRAPS => return Some(Scope::Traps),
            "money" => Kind::Money,
            "count" => Kind::Count,
            "duration" => Kind::Duration,
            "percent" => Kind::Percent,
            "date" => Kind::Date,
            _ => return None,
        };
        Some(Scope::Kind(kind))
    }

    fn includes(&self, kind: Kind) -> bool {
        match self {
            Scope::Kind(k) => *k == kind,
            Scope::Traps => true,
        }
    }
}

/// A checked case: the data, with each expectation's span resolved.
struct Checked {
    case: Case,
    reference: Option<NaiveDate>,
    spans: Vec<Span>,
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
            "{name}: the file stem `{stem}` names no fact kind (money, count, duration, percent, date, traps)"
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

/// Checks one case against the schema and resolves its expected spans.
fn check(scope: Scope, case: Case) -> Result<Checked, Vec<String>> {
    let mut problems = Vec::new();
    if case.name.trim().is_empty() {
        problems.push("the name is empty".to_string());
    }
    if case.text.is_empty() {
        problems.push("the text is empty".to_string());
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
    if scope == Scope::Traps && !case.expect.is_empty() {
        problems.push("a trap case may not expect facts".to_string());
    }
    let mut spans = Vec::new();
    let mut from = 0;
    for (i, e) in case.expect.iter().enumerate() {
        let what = format!("expect {} ({:?})", i + 1, e.text);
        match locate(&case.text, &e.text, e.start, from) {
            Ok(span) => {
                if span.start < from {
                    problems.push(format!(
                        "{what}: expectations must be listed in text order (give `start` for a repeated quote)"
                    ));
                }
                from = span.end.max(from);
                spans.push(span);
            }
            Err(p) => problems.push(format!("{what}: {p}")),
        }
        if !matches!(scope, Scope::Kind(Kind::Date)) && Decimal::from_str(&e.value).is_err() {
            problems.push(format!("{what}: value {:?} is not a decimal", e.value));
        }
        if e.value.trim().is_empty() {
            problems.push(format!("{what}: the value is empty"));
        }
        if !BOUNDS.contains(&e.bound.as_str()) {
            problems.push(format!(
                "{what}: bound {:?} is not one of {}",
                e.bound,
                BOUNDS.join(", ")
            ));
        }
        for (side, end) in [("lower", &e.lower), ("upper", &e.upper)] {
            if let Some(end) = end
                && end != "none"
                && Decimal::from_str(end).is_err()
            {
                problems.push(format!(
                    "{what}: {side} {end:?} is neither a decimal nor \"none\""
                ));
            }
        }
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
            spans,
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

fn show_value(value: &Value) -> String {
    match value {
        Value::Number(d) => d.normalize().to_string(),
        other => other.to_string(),
    }
}

fn show_end(end: Option<End>) -> String {
    end.map_or_else(|| "none".to_string(), |e| e.value.normalize().to_string())
}

fn show_interval(fact: &Fact) -> String {
    let i = fact.interval;
    let open = match i.lower {
        Some(End { closed: true, .. }) => "[",
        _ => "(",
    };
    let close = match i.upper {
        Some(End { closed: true, .. }) => "]",
        _ => ")",
    };
    format!("{open}{}, {}{close}", show_end(i.lower), show_end(i.upper))
}

fn show_fact(fact: &Fact) -> String {
    format!(
        "{} {:?}@{} value={} unit={:?} bound={} interval={}",
        fact.kind.as_str(),
        fact.provenance.text,
        fact.provenance.span.start,
        show_value(&fact.value),
        fact.unit,
        fact.bound.as_str(),
        show_interval(fact)
    )
}

fn show_expect(e: &Expect, span: Span) -> String {
    let mut s = format!(
        "{:?}@{} value={} unit={:?} bound={}",
        e.text, span.start, e.value, e.unit, e.bound
    );
    if let Some(l) = &e.lower {
        let _ = write!(s, " lower={l}");
    }
    if let Some(u) = &e.upper {
        let _ = write!(s, " upper={u}");
    }
    s
}

/// Whether a fact's interval end matches the expected end.
fn end_matches(expected: &str, got: Option<End>) -> bool {
    match (expected, got) {
        ("none", None) => true,
        ("none", Some(_)) | (_, None) => false,
        (e, Some(end)) => Decimal::from_str(e).is_ok_and(|d| d == end.value),
    }
}

/// The field differences between an expectation and the fact it was paired
/// with.
fn differences(e: &Expect, span: Span, fact: &Fact) -> Vec<String> {
    let mut diffs = Vec::new();
    if fact.provenance.span != span || fact.provenance.text != e.text {
        diffs.push(format!(
            "quote: expected {:?}@{}, got {:?}@{}",
            e.text, span.start, fact.provenance.text, fact.provenance.span.start
        ));
    }
    let value_ok = match &fact.value {
        Value::Number(d) => Decimal::from_str(&e.value).is_ok_and(|x| x == *d),
        Value::Date(s) => s.iso == e.value,
        _ => false,
    };
    if !value_ok {
        diffs.push(format!(
            "value: expected {}, got {}",
            e.value,
            show_value(&fact.value)
        ));
    }
    if fact.unit.name() != e.unit {
        diffs.push(format!("unit: expected {:?}, got {:?}", e.unit, fact.unit));
    }
    if fact.bound.as_str() != e.bound {
        diffs.push(format!(
            "bound: expected {}, got {}",
            e.bound,
            fact.bound.as_str()
        ));
    }
    if let Some(l) = &e.lower
        && !end_matches(l, fact.interval.lower)
    {
        diffs.push(format!(
            "lower: expected {l}, got {}",
            show_end(fact.interval.lower)
        ));
    }
    if let Some(u) = &e.upper
        && !end_matches(u, fact.interval.upper)
    {
        diffs.push(format!(
            "upper: expected {u}, got {}",
            show_end(fact.interval.upper)
        ));
    }
    diffs
}

/// Compares one case's extraction with its expectations; an empty list
/// means the case passes.
fn compare(scope: Scope, checked: &Checked, extraction: &Extraction) -> Vec<String> {
    let case = &checked.case;
    let got: Vec<&Fact> = extraction
        .facts
        .iter()
        .filter(|f| scope.includes(f.kind))
        .collect();
    let mut problems = Vec::new();

    if got
        .windows(2)
        .any(|w| w[0].provenance.span.start > w[1].provenance.span.start)
    {
        problems.push("facts are not in text order".to_string());
    }

    // Pair each expectation with the fact at its exact span, then pair what
    // is left by overlap, so a quote that is slightly off reads as one
    // difference rather than a missing fact and an unexpected one.
    let mut pair: Vec<Option<usize>> = vec![None; case.expect.len()];
    let mut used = vec![false; got.len()];
    for (i, span) in checked.spans.iter().enumerate() {
        if let Some(j) = (0..got.len()).find(|&j| !used[j] && got[j].provenance.span == *span) {
            pair[i] = Some(j);
            used[j] = true;
        }
    }
    for (i, span) in checked.spans.iter().enumerate() {
        if pair[i].is_some() {
            continue;
        }
        if let Some(j) =
            (0..got.len()).find(|&j| !used[j] && got[j].provenance.span.overlaps(*span))
        {
            pair[i] = Some(j);
            used[j] = true;
        }
    }
    for (i, (e, span)) in case.expect.iter().zip(&checked.spans).enumerate() {
        match pair[i] {
            None => problems.push(format!("missing: {}", show_expect(e, *span))),
            Some(j) => {
                let diffs = differences(e, *span, got[j]);
                if !diffs.is_empty() {
                    problems.push(format!(
                        "differs: expected {}\n           got      {}\n           ({})",
                        show_expect(e, *span),
                        show_fact(got[j]),
                        diffs.join("; ")
                    ));
                }
            }
        }
    }
    for (j, fact) in got.iter().enumerate() {
        if !used[j] {
            problems.push(format!("unexpected: {}", show_fact(fact)));
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

#[test]
fn extraction_cases() {
    let paths = data_paths();
    assert!(
        !paths.is_empty(),
        "no data files in {}",
        data_dir().display()
    );
    let mut report = String::new();
    let mut summary = Vec::new();
    let mut failed = 0;
    for path in &paths {
        let file = load_path(path);
        for e in &file.errors {
            let _ = writeln!(report, "MALFORMED {e}");
            failed += 1;
        }
        let mut passed = 0;
        for checked in &file.cases {
            let problems = match run(checked) {
                Ok(extraction) => compare(file.scope, checked, &extraction),
                Err(p) => vec![p],
            };
            if problems.is_empty() {
                passed += 1;
                continue;
            }
            failed += 1;
            let _ = writeln!(report, "{} / {:?}", file.name, checked.case.name);
            let _ = writeln!(report, "    text: {:?}", checked.case.text);
            for p in problems {
                let _ = writeln!(report, "    {p}");
            }
        }
        let total = file.cases.len() + file.errors.len();
        summary.push(format!("{}: {passed}/{total} cases pass", file.name));
    }
    let summary = summary.join("\n");
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
        file.errors.iter().any(|e| e.contains("may not expect")),
        "{:?}",
        file.errors
    );

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
        .flat_map(|c| c.spans.iter().copied())
        .collect();
    assert_eq!(
        spans,
        vec![Span::new(0, 10), Span::new(15, 25)],
        "repeated quotes resolve in text order"
    );
}
