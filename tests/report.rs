//! The three renderings of a report (JSON, text, Markdown), on reports built
//! by hand from short stories written for these tests.
//!
//! Whole renderings are kept as insta snapshots in `tests/snapshots/`; the
//! properties other tools rely on (the JSON contract above all) are also
//! asserted directly, so a snapshot accepted by mistake cannot hide them.

// Tests may stop at the first broken expectation.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod lines;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use crosscheck::quantity::End;
use crosscheck::quantity::{Counted, Currency, DateValue, Grain, TimeUnit};
use crosscheck::report::RejectReason;
use crosscheck::report::{Conflict, Corroboration, Severity, Side, Spread, Update};
use crosscheck::report::{Context, SourceRejection};
use crosscheck::report::{json, markdown, text};
use crosscheck::source::SourceInfo;
use crosscheck::{Bound, Fact, Interval, Kind, Meta, Provenance, Report, Span, Unit, Value};
use lines::Lines;
use rust_decimal::Decimal;
use serde_json::Value as Json;

/// A story written for these tests: its id and its full text.
struct Story {
    id: &'static str,
    text: &'static str,
}

const ALPHA: Story = Story {
    id: "alpha",
    text: "---\ntitle: Harbour bridge contract signed\npublished: 2024-03-05\n---\n\
           The city signed a $1.2bn contract for the new harbour bridge on Monday. \
           Work will take 18 months, the mayor said.\n\
           About 40 firms bid for the work, and officials expect more than 2,000 jobs.\n",
};

const BETA: Story = Story {
    id: "beta",
    text: "Officials said the harbour bridge contract was worth $1.5 billion.\n\
           Construction is due to last 18 months. The council vote on March 4 went 7-2.\n",
};

const DELTA: Story = Story {
    id: "delta",
    text: "A week on, the builder says the bridge will create 2,500 jobs.\n",
};

const GAMMA: Story = Story {
    id: "gamma",
    text: "Café owners near the quay said the works — expected to take 18 months — would \
           cut trade by 12.5% during a season that usually brings about 40,000 visitors to \
           the old town, according to a survey by the chamber of commerce. The chamber \
           later put the figure at 25,000 visitors.\n© 2024 Quay Press\n",
};

const STORIES: [&Story; 4] = [&ALPHA, &BETA, &DELTA, &GAMMA];

fn dec(s: &str) -> Decimal {
    s.parse().expect("a decimal literal")
}

fn closed(v: &str) -> Option<End> {
    Some(End {
        value: dec(v),
        closed: true,
    })
}

fn open(v: &str) -> Option<End> {
    Some(End {
        value: dec(v),
        closed: false,
    })
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

fn day_end(date: NaiveDate) -> Option<End> {
    Some(End {
        value: Decimal::from(date.num_days_from_ce()),
        closed: true,
    })
}

/// The provenance of the first occurrence of `quote` in the story: span,
/// line, column, and the sentence around it (ended by `.`, `!` or `?`
/// before a space, or by a line break).
fn provenance(story: &Story, quote: &str) -> Provenance {
    let text = story.text;
    let start = text.find(quote).expect("the quote is in the story");
    let end = start + quote.len();
    let (line, column) = Lines::new(text).line_column(text, start);
    let is_stop = |i: usize| {
        let b = text.as_bytes();
        b[i] == b'\n'
            || (matches!(b[i], b'.' | b'!' | b'?')
                && b.get(i + 1).is_none_or(|&c| c == b' ' || c == b'\n'))
    };
    let mut s = start;
    while s > 0 && !is_stop(s - 1) {
        s -= 1;
    }
    while text[s..].starts_with([' ', '\n']) {
        s += 1;
    }
    let mut e = end;
    while e < text.len() && !is_stop(e) {
        e += 1;
    }
    if e < text.len() && text.as_bytes()[e] != b'\n' {
        e += 1;
    }
    Provenance {
        source: story.id.into(),
        span: Span::new(start, end),
        line,
        column,
        text: quote.into(),
        sentence_span: Span::new(s, e),
        sentence: text[s..e].into(),
        sentence_cut_start: false,
        sentence_cut_end: false,
    }
}

#[allow(clippy::too_many_arguments)]
fn number(
    story: &Story,
    quote: &str,
    kind: Kind,
    value: &str,
    unit: &str,
    bound: Bound,
    interval: (Option<End>, Option<End>),
    subject: &str,
) -> (Fact, String) {
    let unit = match kind {
        Kind::Money => Unit::Currency(Currency::new(unit.to_string().leak())),
        Kind::Percent => Unit::Percent,
        Kind::Duration => Unit::Time(time_unit(unit)),
        _ => Unit::Counted(Box::new(Counted::new(unit, unit))),
    };
    let fact = Fact {
        kind,
        value: Value::Number(dec(value)),
        unit,
        bound,
        interval: Interval {
            lower: interval.0,
            upper: interval.1,
        },
        precision: None,
        role: None,
        per: None,
        change: None,
        context: Context::default(),
        provenance: provenance(story, quote),
    };
    (fact, subject.to_string())
}

fn time_unit(name: &str) -> TimeUnit {
    match name {
        "second" => TimeUnit::Second,
        "minute" => TimeUnit::Minute,
        "hour" => TimeUnit::Hour,
        "week" => TimeUnit::Week,
        "month" => TimeUnit::Month,
        "year" => TimeUnit::Year,
        _ => TimeUnit::Day,
    }
}

fn date(
    story: &Story,
    quote: &str,
    iso: &str,
    on: Option<NaiveDate>,
    subject: &str,
) -> (Fact, String) {
    let field = |k: usize| iso.split('-').nth(k).and_then(|f| f.parse::<u32>().ok());
    let fact = Fact {
        kind: Kind::Date,
        value: Value::Date(Box::new(DateValue {
            iso: iso.into(),
            year: field(0).and_then(|y| i32::try_from(y).ok()),
            month: field(1),
            day: field(2),
        })),
        unit: Unit::Date(Grain::Day),
        bound: Bound::Exact,
        interval: Interval {
            lower: on.and_then(day_end),
            upper: on.and_then(day_end),
        },
        precision: None,
        role: None,
        per: None,
        change: None,
        context: Context::default(),
        provenance: provenance(story, quote),
    };
    (fact, subject.to_string())
}

fn rejected(story: &Story, quote: &str, reason: RejectReason) -> SourceRejection {
    let p = provenance(story, quote);
    SourceRejection {
        source: story.id.into(),
        span: p.span,
        reason,
        text: quote.into(),
    }
}

/// The report on the four bridge stories: two conflicts (one within a
/// source), an update, a corroboration, rejections, and facts of every
/// kind with every bound shape.
fn bridge_report() -> Report {
    use Bound::*;
    use Kind::*;
    let (facts, subjects): (Vec<Fact>, Vec<String>) = vec![
        // alpha
        number(
            &ALPHA,
            "$1.2bn",
            Money,
            "1200000000",
            "USD",
            Exact,
            (closed("1150000000"), closed("1250000000")),
            "contract",
        ),
        date(
            &ALPHA,
            "Monday",
            "2024-03-04",
            Some(day(2024, 3, 4)),
            "signing",
        ),
        number(
            &ALPHA,
            "18 months",
            Duration,
            "18",
            "month",
            Exact,
            (closed("18"), closed("18")),
            "works",
        ),
        number(
            &ALPHA,
            "About 40 firms",
            Count,
            "40",
            "firm",
            Approximate,
            (closed("36"), closed("44")),
            "bidder",
        ),
        number(
            &ALPHA,
            "more than 2,000 jobs",
            Count,
            "2000",
            "job",
            Lower,
            (open("2000"), None),
            "job",
        ),
        // beta
        number(
            &BETA,
            "$1.5 billion",
            Money,
            "1500000000",
            "USD",
            Exact,
            (closed("1450000000"), closed("1550000000")),
            "contract",
        ),
        number(
            &BETA,
            "18 months",
            Duration,
            "18",
            "month",
            Exact,
            (closed("18"), closed("18")),
            "works",
        ),
        date(&BETA, "March 4", "XXXX-03-04", None, "vote"),
        // delta
        number(
            &DELTA,
            "2,500 jobs",
            Count,
            "2500",
            "job",
            Exact,
            (closed("2500"), closed("2500")),
            "job",
        ),
        // gamma
        number(
            &GAMMA,
            "18 months",
            Duration,
            "18",
            "month",
            Exact,
            (closed("18"), closed("18")),
            "works",
        ),
        number(
            &GAMMA,
            "12.5%",
            Percent,
            "12.50",
            "percent",
            Exact,
            (closed("12.45"), closed("12.55")),
            "trade",
        ),
        number(
            &GAMMA,
            "about 40,000 visitors",
            Count,
            "40000",
            "visitor",
            Approximate,
            (closed("36000"), closed("44000")),
            "visitor",
        ),
        number(
            &GAMMA,
            "25,000 visitors",
            Count,
            "25000",
            "visitor",
            Exact,
            (closed("24500"), closed("25500")),
            "visitor",
        ),
    ]
    .into_iter()
    .unzip();
    let source = |story: &Story, path: Option<&str>, meta: Meta| SourceInfo {
        id: story.id.to_string(),
        path: path.map(str::to_string),
        meta,
    };
    Report {
        notes: Vec::new(),
        truncations: Vec::new(),
        sources: vec![
            source(
                &ALPHA,
                Some("stories/alpha.txt"),
                Meta {
                    title: Some("Harbour bridge contract signed".into()),
                    outlet: Some("Harbour Herald".into()),
                    url: Some("https://herald.example/bridge-contract".into()),
                    published: Some(day(2024, 3, 5)),
                    ..Meta::default()
                },
            ),
            source(&BETA, Some("stories/beta.txt"), Meta::default()),
            source(
                &DELTA,
                None,
                Meta {
                    title: Some("Bridge | jobs *update*".into()),
                    published: Some(day(2024, 3, 12)),
                    ..Meta::default()
                },
            ),
            source(
                &GAMMA,
                Some("stories/gamma.txt"),
                Meta {
                    outlet: Some("Gamma".into()),
                    ..Meta::default()
                },
            ),
        ],
        facts,
        subjects: subjects.into_iter().map(Into::into).collect(),
        rejections: vec![
            rejected(&BETA, "7-2", RejectReason::Identifier),
            rejected(&GAMMA, "© 2024", RejectReason::Copyright),
        ],
        conflicts: vec![
            conflict(
                Money,
                "contract",
                Severity::Medium,
                &[0, 5],
                false,
                Some("20"),
            ),
            conflict(
                Count,
                "visitor | guest",
                Severity::High,
                &[12, 11],
                true,
                Some("37.5"),
            ),
        ],
        possible_conflicts: Vec::new(),
        corroborations: vec![corroboration(Duration, "works", 3, &[2, 6, 9])],
        updates: vec![Update {
            kind: Count,
            subject: "job".into(),
            mentions: vec![4, 8],
            from: 4,
            to: 8,
        }],
    }
}

/// A conflict between the facts at `sides` (lowest value first), one fact
/// per side.
fn conflict(
    kind: Kind,
    subject: &str,
    severity: Severity,
    sides: &[usize],
    within_source: bool,
    gap: Option<&str>,
) -> Conflict {
    let mut mentions = sides.to_vec();
    mentions.sort_unstable();
    Conflict {
        kind,
        subject: subject.into(),
        severity,
        spread: Spread {
            lowest: sides[0],
            highest: sides[sides.len() - 1],
            gap_percent: gap.map(dec),
            meet_at: None,
            outside_bound: false,
        },
        sides: sides
            .iter()
            .map(|&i| Side {
                mentions: vec![i],
                sources: 1,
            })
            .collect(),
        mentions,
        within_source,
        confidence: dec("0.85"),
        matched: Vec::new(),
        doubt: None,
    }
}

fn corroboration(kind: Kind, subject: &str, sources: usize, mentions: &[usize]) -> Corroboration {
    Corroboration {
        kind,
        subject: subject.into(),
        sources,
        mentions: mentions.to_vec(),
        confidence: dec("0.85"),
        matched: Vec::new(),
    }
}

fn story_text(id: &str) -> &'static str {
    STORIES
        .iter()
        .find(|s| s.id == id)
        .map(|s| s.text)
        .expect("a known source id")
}

/// Every MENTION object anywhere in a JSON report.
fn all_mentions(doc: &Json) -> Vec<&Json> {
    let mut out: Vec<&Json> = doc["facts"].as_array().expect("facts").iter().collect();
    for list in ["conflicts", "corroborations", "updates"] {
        for finding in doc[list].as_array().expect("a findings list") {
            out.extend(finding["mentions"].as_array().expect("mentions"));
        }
    }
    out
}

// ---------------------------------------------------------------- JSON

#[test]
fn json_snapshot() {
    insta::assert_snapshot!("json_bridge", json::to_string(&bridge_report()));
}

#[test]
fn json_parses_and_ends_with_a_newline() {
    let out = json::to_string(&bridge_report());
    assert!(out.ends_with("}\n"));
    let doc: Json = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(doc["format_version"], 1);
    assert_eq!(doc["facts"].as_array().map(Vec::len), Some(13));
    assert_eq!(doc["sources"].as_array().map(Vec::len), Some(4));
}

#[test]
fn json_envelope_keys_come_in_contract_order() {
    let out = json::to_string(&bridge_report());
    let keys = [
        "\n  \"format_version\"",
        "\n  \"sources\"",
        "\n  \"conflicts\"",
        "\n  \"corroborations\"",
        "\n  \"updates\"",
        "\n  \"facts\"",
        "\n  \"rejections\"",
    ];
    let at: Vec<usize> = keys
        .iter()
        .map(|k| out.find(k).expect("envelope key"))
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "envelope keys out of order: {at:?}"
    );
}

#[test]
fn json_empty_report_keeps_every_key() {
    let doc: Json = serde_json::from_str(&json::to_string(&Report::default())).expect("valid JSON");
    for key in [
        "sources",
        "conflicts",
        "corroborations",
        "updates",
        "facts",
        "rejections",
    ] {
        assert_eq!(doc[key], Json::Array(vec![]), "{key}");
    }
}

#[test]
fn json_mention_text_is_the_source_slice() {
    let doc: Json = serde_json::from_str(&json::to_string(&bridge_report())).expect("valid JSON");
    let mentions = all_mentions(&doc);
    // 13 facts, plus 2 + 2 conflict mentions, 3 corroborated, 2 updated.
    assert_eq!(mentions.len(), 22);
    for m in mentions {
        let text = story_text(m["source"].as_str().expect("source"));
        let start = m["start"].as_u64().expect("start") as usize;
        let end = m["end"].as_u64().expect("end") as usize;
        assert_eq!(text.get(start..end), m["text"].as_str(), "{m}");
        let sentence = m["sentence"].as_str().expect("sentence");
        assert!(sentence.contains(m["text"].as_str().expect("text")), "{m}");
    }
    for r in doc["rejections"].as_array().expect("rejections") {
        let text = story_text(r["source"].as_str().expect("source"));
        let (start, end) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(text.get(start..end), r["text"].as_str(), "{r}");
    }
}

#[test]
fn json_findings_expand_indices_to_the_facts() {
    let report = bridge_report();
    let doc: Json = serde_json::from_str(&json::to_string(&report)).expect("valid JSON");
    let facts = doc["facts"].as_array().expect("facts");
    for (finding, indices) in doc["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .zip(report.conflicts.iter().map(|c| &c.mentions))
    {
        let got = finding["mentions"].as_array().unwrap();
        let want: Vec<&Json> = indices.iter().map(|&i| &facts[i]).collect();
        assert_eq!(got.iter().collect::<Vec<_>>(), want);
    }
    assert_eq!(doc["conflicts"][0]["within_source"], false);
    assert_eq!(doc["conflicts"][1]["within_source"], true);
    assert_eq!(doc["conflicts"][1]["severity"], "high");
    assert_eq!(doc["corroborations"][0]["sources"], 3);
    assert_eq!(doc["updates"][0]["mentions"][1]["source"], "delta");
}

#[test]
fn json_integral_values_print_as_integers() {
    let out = json::to_string(&bridge_report());
    assert!(out.contains("\"value\": 1200000000,"), "{out}");
    assert!(out.contains("\"lower\": 1150000000,"));
    assert!(!out.contains("1200000000.0") && !out.contains("e9") && !out.contains("E9"));
    let doc: Json = serde_json::from_str(&out).expect("valid JSON");
    for fact in doc["facts"].as_array().unwrap() {
        if fact["kind"] != "date" && fact["kind"] != "percent" {
            assert!(fact["value"].is_u64(), "{fact}");
        }
    }
}

#[test]
fn json_fractions_print_as_exact_decimals() {
    let out = json::to_string(&bridge_report());
    // Written "12.50" in the fact; trailing zeros are dropped, no float
    // rounding creeps in.
    assert!(out.contains("\"value\": 12.5,"), "{out}");
    assert!(out.contains("\"lower\": 12.45,"));
    assert!(out.contains("\"upper\": 12.55,"));
}

#[test]
fn json_large_and_tiny_values_keep_every_digit() {
    let story = Story {
        id: "x",
        text: "A fund of $12345678901234567890.25 and 0.0000001% fees.",
    };
    let (big, big_subject) = number(
        &story,
        "$12345678901234567890.25",
        Kind::Money,
        "12345678901234567890.25",
        "USD",
        Bound::Exact,
        (None, None),
        "fund",
    );
    let (tiny, tiny_subject) = number(
        &story,
        "0.0000001%",
        Kind::Percent,
        "0.0000001",
        "percent",
        Bound::Exact,
        (None, None),
        "fee",
    );
    let line = json::mention_line(&big, &big_subject);
    assert!(
        line.contains("\"value\":12345678901234567890.25,"),
        "{line}"
    );
    assert!(json::mention_line(&tiny, &tiny_subject).contains("\"value\":0.0000001,"));
    let (negative_zero, negative_zero_subject) = number(
        &story,
        "0.0000001%",
        Kind::Percent,
        "-0.000",
        "percent",
        Bound::Exact,
        (None, None),
        "fee",
    );
    assert!(json::mention_line(&negative_zero, &negative_zero_subject).contains("\"value\":0,"));
}

#[test]
fn json_dates_are_strings_and_unknown_ends_are_null() {
    let doc: Json = serde_json::from_str(&json::to_string(&bridge_report())).expect("valid JSON");
    let facts = doc["facts"].as_array().unwrap();
    let monday = &facts[1];
    assert_eq!(monday["value"], "2024-03-04");
    assert_eq!(monday["lower"], "2024-03-04");
    assert_eq!(monday["upper"], "2024-03-04");
    let march = &facts[7];
    assert_eq!(march["value"], "XXXX-03-04");
    assert!(march["lower"].is_null() && march["upper"].is_null());
}

#[test]
fn json_unbounded_ends_are_null_not_missing() {
    let doc: Json = serde_json::from_str(&json::to_string(&bridge_report())).expect("valid JSON");
    let jobs = &doc["facts"][4];
    assert_eq!(jobs["text"], "more than 2,000 jobs");
    assert_eq!(jobs["bound"], "lower");
    assert_eq!(jobs["lower"], 2000);
    assert!(jobs.as_object().unwrap().contains_key("upper"));
    assert!(jobs["upper"].is_null());
}

#[test]
fn json_sources_write_absent_fields_as_null() {
    let doc: Json = serde_json::from_str(&json::to_string(&bridge_report())).expect("valid JSON");
    let delta = &doc["sources"][2];
    let keys: Vec<&str> = delta
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 6, "{delta}");
    // In the order of the contract: `outlet` and `url` came last.
    let out = json::to_string(&bridge_report());
    let from = out.find("\"id\": \"delta\"").expect("the delta source");
    let at: Vec<usize> = ["id", "path", "title", "published", "outlet", "url"]
        .iter()
        .map(|k| {
            from + out[from..]
                .find(&format!("\"{k}\":"))
                .expect("a SOURCE key")
        })
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    assert!(delta["path"].is_null());
    assert_eq!(delta["published"], "2024-03-12");
    assert!(delta["outlet"].is_null() && delta["url"].is_null());
    assert!(doc["sources"][1]["title"].is_null());
    let alpha = &doc["sources"][0];
    assert_eq!(alpha["outlet"], "Harbour Herald");
    assert_eq!(alpha["url"], "https://herald.example/bridge-contract");
}

#[test]
fn json_rejections_name_their_reason() {
    let doc: Json = serde_json::from_str(&json::to_string(&bridge_report())).expect("valid JSON");
    let reasons: Vec<&str> = doc["rejections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons, ["identifier", "copyright"]);
}

#[test]
fn json_dangling_indices_are_left_out() {
    let mut report = bridge_report();
    report.conflicts[0].mentions.push(999);
    let doc: Json = serde_json::from_str(&json::to_string(&report)).expect("valid JSON");
    assert_eq!(
        doc["conflicts"][0]["mentions"].as_array().map(Vec::len),
        Some(2)
    );
}

#[test]
fn mention_line_is_one_compact_object_in_contract_order() {
    let report = bridge_report();
    let line = json::mention_line(&report.facts[4], report.subject(4));
    insta::assert_snapshot!(line, @r#"{"source":"alpha","start":236,"end":256,"line":6,"column":55,"text":"more than 2,000 jobs","sentence":"About 40 firms bid for the work, and officials expect more than 2,000 jobs.","kind":"count","value":2000,"unit":"job","bound":"lower","lower":2000,"upper":null,"subject":"job","role":null,"per":null,"change":null,"dimension":null,"base_value":null,"base_unit":null}"#);
    let keys: Vec<usize> = [
        "\"source\"",
        "\"start\"",
        "\"end\"",
        "\"line\"",
        "\"column\"",
        "\"text\"",
        "\"sentence\"",
        "\"kind\"",
        "\"value\"",
        "\"unit\"",
        "\"bound\"",
        "\"lower\"",
        "\"upper\"",
        "\"subject\"",
        "\"role\"",
        "\"per\"",
        "\"change\"",
        "\"dimension\"",
        "\"base_value\"",
        "\"base_unit\"",
    ]
    .iter()
    .map(|k| line.find(k).expect("MENTION key"))
    .collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]));
    // The same object as inside the full report.
    let doc: Json = serde_json::from_str(&json::to_string(&report)).unwrap();
    assert_eq!(
        serde_json::from_str::<Json>(&line).unwrap(),
        doc["facts"][4]
    );
}

#[test]
fn json_is_deterministic() {
    assert_eq!(
        json::to_string(&bridge_report()),
        json::to_string(&bridge_report())
    );
}

// ---------------------------------------------------------------- text

#[test]
fn text_snapshot() {
    insta::assert_snapshot!("text_bridge", text::render(&bridge_report()));
}

#[test]
fn text_heading_counts_everything() {
    let out = text::render(&bridge_report());
    assert_eq!(
        out.lines().next(),
        Some("4 sources, 13 facts: 2 conflicts, 1 corroboration, 1 update")
    );
}

#[test]
fn text_points_at_every_mention_with_its_location_and_value() {
    let report = bridge_report();
    let out = text::render(&report);
    assert!(!out.contains('\u{1b}'), "no colour codes");
    let mut shown = 0;
    for c in &report.conflicts {
        for &i in &c.mentions {
            let p = &report.facts[i].provenance;
            assert!(
                out.contains(&format!("--> {}:{}:{}", p.source, p.line, p.column)),
                "{p:?}"
            );
            shown += 1;
        }
    }
    assert_eq!(shown, 4);
    assert!(out.contains("^^^^^^ 1,200,000,000 USD (exact)"), "{out}");
    assert!(out.contains("^^^^^^^^^^^^ 1,500,000,000 USD (exact)"));
    assert!(out.contains("2,000 jobs (lower: more than 2,000)"));
    assert!(out.contains("40,000 visitors (approximate: 36,000 to 44,000)"));
    assert!(out.contains("conflict[medium]: contract (2 sources)"));
    assert!(out.contains("conflict[high]: visitor | guests (within one source)"));
    assert!(out.contains("corroborated: works (3 sources)"));
    assert!(out.contains("= stated alike by Harbour Herald (alpha), beta, Gamma"));
    assert!(out.contains("update: jobs"));
}

#[test]
fn text_underline_sits_under_the_quote() {
    let out = text::render(&bridge_report());
    let lines: Vec<&str> = out.lines().collect();
    // Each snippet line ("6 | ...") is followed by its underline line; the
    // carets must cover exactly the quote's characters.
    let mut checked = 0;
    for pair in lines.windows(2) {
        let (code, marks) = (pair[0], pair[1]);
        let Some(caret) = marks.find('^') else {
            continue;
        };
        let width = marks[caret..].chars().take_while(|&c| c == '^').count();
        let quoted: String = code
            .chars()
            .skip(marks[..caret].chars().count())
            .take(width)
            .collect();
        let label = &marks[caret + width..];
        assert!(!quoted.trim().is_empty(), "{code}\n{marks}");
        assert!(
            bridge_report()
                .facts
                .iter()
                .any(|f| f.provenance.text == quoted),
            "underline covers {quoted:?}, not a quote ({label})"
        );
        checked += 1;
    }
    assert_eq!(checked, 9);
}

#[test]
fn text_shortens_long_sentences_on_char_boundaries() {
    let out = text::render(&bridge_report());
    let visitors = out
        .lines()
        .find(|l| l.starts_with("1 | ") && l.contains("about 40,000 visitors"))
        .expect("the visitors snippet");
    assert!(
        visitors.starts_with("1 | …") && visitors.ends_with('…'),
        "{visitors}"
    );
    assert!(
        !visitors.contains("Café"),
        "the start of a long sentence is cut: {visitors}"
    );
    let works = out
        .lines()
        .find(|l| l.contains("expected to take 18 months"))
        .expect("the works snippet");
    assert!(works.contains('—'), "{works}");
    // At most 100 characters of sentence, plus the two ellipses.
    assert!(works.chars().count() <= "1 | ".len() + 102, "{works}");
}

#[test]
fn text_shortens_sentences_without_spaces() {
    // Two-byte letters and no space to cut at: the cut falls between
    // letters, never inside one.
    let body = format!("{}5млн₽{}", "ж".repeat(70), "щ".repeat(70));
    let story = Story {
        id: "ru",
        text: body.leak(),
    };
    let (fact, subject) = number(
        &story,
        "5млн₽",
        Kind::Money,
        "5000000",
        "RUB",
        Bound::Exact,
        (None, None),
        "budget",
    );
    let report = Report {
        facts: vec![fact],
        subjects: vec![subject.into()],
        corroborations: vec![corroboration(Kind::Money, "budget", 1, &[0])],
        ..Report::default()
    };
    let out = text::render(&report);
    let line = out
        .lines()
        .find(|l| l.contains("5млн₽"))
        .expect("the snippet");
    assert_eq!(
        line,
        format!("1 | …{}5млн₽{}…", "ж".repeat(47), "щ".repeat(48))
    );
    assert!(out.contains("5,000,000 RUB (exact)"), "{out}");
}

#[test]
fn text_survives_provenance_that_does_not_match_its_sentence() {
    let mut report = bridge_report();
    // A sentence span that does not contain the quote, and a quote that is
    // not in the sentence at all: the text is still rendered, quote shown.
    report.facts[0].provenance.sentence_span = Span::new(0, 3);
    report.facts[5].provenance.sentence = "Nothing to see.".into();
    let out = text::render(&report);
    assert!(
        out.contains("The city signed a $1.2bn contract"),
        "found by its text"
    );
    assert!(out.contains("$1.5 billion\n"), "shown alone:\n{out}");
}

#[test]
fn text_empty_report_has_only_the_heading() {
    assert_eq!(
        text::render(&Report::default()),
        "0 sources, 0 facts: 0 conflicts, 0 corroborations, 0 updates\n"
    );
}

// ---------------------------------------------------------------- Markdown

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!("markdown_bridge", markdown::render(&bridge_report()));
}

/// The number of cells in a table row: `|` not escaped by a backslash.
fn cells(row: &str) -> usize {
    let mut n: usize = 0;
    let mut escaped = false;
    for c in row.chars() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == '|' {
            n += 1;
        }
    }
    n.saturating_sub(1)
}

#[test]
fn markdown_tables_keep_their_columns() {
    let out = markdown::render(&bridge_report());
    let mut tables = 0;
    let mut width = None;
    for line in out.lines() {
        if line.starts_with('|') {
            let n = cells(line);
            let w = *width.get_or_insert(n);
            assert_eq!(n, w, "row with {n} cells in a table of {w}: {line}");
        } else {
            if width.is_some() {
                tables += 1;
            }
            width = None;
        }
    }
    if width.is_some() {
        tables += 1;
    }
    // Conflicts, updates, corroborations, sources.
    assert_eq!(tables, 4);
    assert!(out.contains("visitor \\| guest"), "pipe escaped in a cell");
    assert!(out.contains("Bridge \\| jobs \\*update\\*"));
}

#[test]
fn markdown_escapes_markup_in_sentences() {
    let out = markdown::render(&bridge_report());
    assert!(
        out.contains("worth \\$1.5 billion."),
        "a dollar sign would start maths on GitHub"
    );
    assert!(!out.contains(" $1.5"));
    assert!(
        out.contains(
            "- `$1.2bn` in **Harbour Herald (alpha)**, line 5, column 19: 1,200,000,000 USD (exact)"
        ),
        "{out}"
    );
}

#[test]
fn markdown_code_spans_outgrow_backticks_and_escape_pipes_in_tables() {
    let story = Story {
        id: "odd|id",
        text: "He typed `7` | 8 boats into the form.",
    };
    let (fact, subject) = number(
        &story,
        "`7` | 8 boats",
        Kind::Count,
        "8",
        "boat",
        Bound::Exact,
        (closed("8"), closed("8")),
        "boat",
    );
    let report = Report {
        facts: vec![fact],
        subjects: vec![subject.into()],
        corroborations: vec![corroboration(Kind::Count, "boat", 1, &[0])],
        ..Report::default()
    };
    let out = markdown::render(&report);
    assert!(
        out.contains("| A1 | boats | count | `` `7` \\| 8 boats `` in odd\\|id | 1 |"),
        "{out}"
    );
    assert!(
        out.contains("- `` `7` | 8 boats `` in **odd\\|id**"),
        "{out}"
    );
    assert!(
        out.contains("> He typed \\`7\\` \\| 8 boats into the form."),
        "{out}"
    );
}

#[test]
fn markdown_sentences_cannot_start_a_list() {
    let story = Story {
        id: "s",
        text: "- 3 ships sank.\n1. 4 ships sank.\n",
    };
    let (a, sa) = number(
        &story,
        "3 ships",
        Kind::Count,
        "3",
        "ship",
        Bound::Exact,
        (closed("3"), closed("3")),
        "ship",
    );
    let (mut b, sb) = number(
        &story,
        "4 ships",
        Kind::Count,
        "4",
        "ship",
        Bound::Exact,
        (closed("4"), closed("4")),
        "ship",
    );
    // The sentence finder of these tests stops after "1."; take the whole line.
    b.provenance.sentence_span = Span::new(16, 32);
    b.provenance.sentence = story.text[16..32].into();
    let report = Report {
        facts: vec![a, b],
        subjects: vec![sa.into(), sb.into()],
        conflicts: vec![conflict(
            Kind::Count,
            "ship",
            Severity::High,
            &[0, 1],
            true,
            Some("25"),
        )],
        ..Report::default()
    };
    let out = markdown::render(&report);
    assert!(out.contains("  > \\- 3 ships sank."), "{out}");
    assert!(out.contains("  > 1\\. 4 ships sank."), "{out}");
}

#[test]
fn markdown_empty_report_says_so() {
    let out = markdown::render(&Report::default());
    assert!(out.contains(
        "0 sources checked, 0 facts found: **0 conflicts**, 0 updates, 0 corroborations."
    ));
    assert!(out.contains("No conflicts found."));
    assert!(out.contains("No corroborations found."));
    assert!(!out.contains('|'));
}

#[test]
fn renderings_cover_every_story() {
    // Guard for the fixtures of this file: every story has a fact, and every
    // fact's span slices its story to exactly its quote.
    let report = bridge_report();
    let by_source: BTreeMap<&str, usize> = report.facts.iter().fold(BTreeMap::new(), |mut m, f| {
        *m.entry(f.provenance.source.as_str()).or_default() += 1;
        m
    });
    assert_eq!(by_source.len(), STORIES.len());
    for f in &report.facts {
        let text = story_text(&f.provenance.source);
        assert_eq!(f.provenance.span.slice(text), f.provenance.text);
        assert_eq!(
            f.provenance.sentence_span.slice(text),
            f.provenance.sentence
        );
    }
}

#[test]
fn findings_without_a_subject_say_what_kind_of_figure_they_are() {
    let mut report = bridge_report();
    report.corroborations[0].subject = String::new();
    let out = text::render(&report);
    assert!(
        out.contains("corroborated: a length of time (3 sources)"),
        "{out}"
    );
    assert!(markdown::render(&report).contains("**A1: a length of time**"));
}

// ------------------------------------------------ with the real extractor

#[test]
fn extracted_facts_keep_the_json_contract() {
    // Whatever the extractor finds in a story, each MENTION must quote the
    // source exactly and write its values in the contract's types.
    let body = "---\ntitle: Ferry fares\npublished: 2023-11-02\n---\n\
                The operator said fares would rise by 4.5% from January, adding about \
                £3m a year.\nMore than 120 crew members and 14 ferries are affected; \
                the change takes 3 weeks to roll out.\n";
    let source = crosscheck::Source::parse("ferry", body).expect("valid front matter");
    let extraction = crosscheck::Checker::new().extract(&source);
    assert!(!extraction.facts.is_empty(), "the story has numeric claims");
    let report = Report {
        facts: extraction.facts,
        rejections: extraction.rejections,
        ..Report::default()
    };
    let doc: Json = serde_json::from_str(&json::to_string(&report)).expect("valid JSON");
    for (fact, m) in report
        .facts
        .iter()
        .zip(doc["facts"].as_array().expect("facts"))
    {
        let (start, end) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(body.get(start..end), m["text"].as_str(), "{m}");
        assert_eq!(
            serde_json::from_str::<Json>(&json::mention_line(fact, "")).unwrap(),
            *m
        );
        match &fact.value {
            Value::Number(n) => {
                assert!(m["value"].is_number(), "{m}");
                assert_eq!(
                    m["value"].to_string(),
                    n.normalize().to_string(),
                    "exact digits: {m}"
                );
            }
            Value::Date(d) => assert_eq!(m["value"].as_str(), Some(d.iso.as_str())),
            other => panic!("a value of a new shape: {other:?}"),
        }
        for end in ["lower", "upper"] {
            assert!(
                m[end].is_null() || m[end].is_number() || m[end].is_string(),
                "{m}"
            );
        }
    }
}

// ------------------------------------------- what a newsroom reads first

/// The report of the real checker on sources given as (id, text).
fn checked(sources: &[(&str, &str)]) -> Report {
    let sources: Vec<crosscheck::Source> = sources
        .iter()
        .map(|(id, text)| crosscheck::Source::new(*id, *text))
        .collect();
    crosscheck::Checker::new().check(&sources)
}

/// The block of a text report that starts with the line `title`, up to
/// the next blank line.
fn block<'o>(out: &'o str, title: &str) -> &'o str {
    let start = out
        .find(title)
        .unwrap_or_else(|| panic!("no {title:?} in\n{out}"));
    let rest = &out[start..];
    &rest[..rest.find("\n\n").unwrap_or(rest.len())]
}

#[test]
fn sources_are_named_by_outlet_with_their_id() {
    let report = bridge_report();
    let out = text::render(&report);
    assert!(
        out.contains("  = 1.2 billion USD: \"$1.2bn\" in Harbour Herald (alpha)\n"),
        "{out}"
    );
    assert!(out.contains("= stated alike by Harbour Herald (alpha), beta, Gamma"));
    assert!(out.contains(
        "\n  alpha: Harbour Herald, \"Harbour bridge contract signed\", published 2024-03-05, \
         https://herald.example/bridge-contract (stories/alpha.txt)\n"
    ));
    // An outlet that is the id spelt otherwise is not repeated.
    assert!(out.contains("\n  gamma: Gamma (stories/gamma.txt)\n"));
    assert!(!out.contains("Gamma (gamma)"));

    let md = markdown::render(&report);
    assert!(md.contains("| Id | Outlet | Title | Published | URL | Path |"));
    assert!(md.contains(
        "| alpha | Harbour Herald | Harbour bridge contract signed | 2024-03-05 | \
         `https://herald.example/bridge-contract` | `stories/alpha.txt` |"
    ));
    assert!(md.contains("- `$1.2bn` in **Harbour Herald (alpha)**, line 5"));
    // A source with only a headline is named by it, cut short.
    assert!(
        md.contains("in \"Bridge \\| jobs \\*update\\*\" (delta)"),
        "{md}"
    );
}

#[test]
fn a_conflict_shows_one_line_per_side_and_its_sides_are_no_corroboration() {
    let report = checked(&[
        ("a", "Police said 15 people were killed in the fire."),
        ("b", "Officials said 15 people were killed in the fire."),
        ("c", "The fire killed 12 people, officials said."),
    ]);
    assert_eq!(report.conflicts.len(), 1, "{report:?}");
    assert!(
        report.corroborations.is_empty(),
        "two sources that agree inside a conflict are one side"
    );
    let out = text::render(&report);
    assert_eq!(
        out.lines().next(),
        Some("3 sources, 3 facts: 1 conflict, 0 corroborations, 0 updates")
    );
    let conflict = block(&out, "conflict[");
    let lines: Vec<&str> = conflict.lines().collect();
    assert_eq!(lines[0], "conflict[medium]: people killed (3 sources)");
    assert_eq!(lines[2], "  = 12 people: \"12 people\" in c");
    assert_eq!(lines[3], "  = 15 people: \"15 people\" in a, b");
    assert!(lines[4].starts_with("  = \"12 people\" (c) and \"15 people\" (a) differ by 20%"));
    assert!(lines[5].contains("--> "), "then the snippets: {conflict}");

    let md = markdown::render(&report);
    assert!(
        md.contains("**1 conflict**, 0 updates, 0 corroborations."),
        "{md}"
    );
    assert!(
        md.contains(
            "| C1 | people killed | count | 12 people: \"12 people\" in c<br>15 people: \"15 people\" in a, b | medium |"
        ),
        "{md}"
    );
}

#[test]
fn titles_say_what_is_measured() {
    let report = checked(&[
        ("t1", "Turnout was 62% in the referendum."),
        ("t2", "Turnout in the referendum was 58%."),
    ]);
    assert!(text::render(&report).contains("conflict[medium]: turnout (2 sources)"));

    // Judging names a group of unknown subject after its unit: that is
    // no subject, and the title says what kind of figure it is.
    let mut report = bridge_report();
    report.conflicts[0].subject = "USD".into();
    report.corroborations[0].subject = "month".into();
    report.updates[0].subject = "job".into();
    let out = text::render(&report);
    assert!(
        out.contains("conflict[medium]: an amount of money (2 sources)"),
        "{out}"
    );
    assert!(
        out.contains("corroborated: a length of time (3 sources)"),
        "{out}"
    );
    // A count's unit is its noun: that is a subject.
    assert!(out.contains("update: jobs\n"), "{out}");
    let md = markdown::render(&report);
    assert!(md.contains("| C1 | an amount of money | money |"), "{md}");
    assert!(md.contains("| A1 | a length of time | duration |"), "{md}");

    // Roles, rates and modifiers from the frame slots a finding matched.
    let mut report = bridge_report();
    report.conflicts[1].subject = "person".into();
    report.conflicts[1].matched = vec![
        (crosscheck::report::Slot::Measured, "visitors".into()),
        (crosscheck::report::Slot::Role, "evacuated".into()),
        (crosscheck::report::Slot::Modifier, "café".into()),
    ];
    let out = text::render(&report);
    assert!(
        out.contains("conflict[high]: people evacuated (Café) (within one source)"),
        "the modifier as the sentence writes it: {out}"
    );
}

#[test]
fn a_truncated_report_says_so_on_its_first_line() {
    use crosscheck::limits::{Limit, Truncation};
    let mut report = bridge_report();
    report.truncations = vec![
        Truncation {
            source: "alpha".into(),
            limit: Limit::SourceBytes,
            max: 100,
            from: 100,
        },
        Truncation {
            source: "beta".into(),
            limit: Limit::FactsPerSource,
            max: 2,
            from: 70,
        },
        Truncation {
            source: String::new(),
            limit: Limit::Findings,
            max: 10,
            from: 7,
        },
    ];
    let warning = "2 sources were not read whole: Harbour Herald (alpha) (from byte 100, past the \
                   limit of 100 bytes per source), beta (from byte 70, past the limit of 2 facts \
                   per source); 7 findings were left out past the limit of 10 findings per check";
    let out = text::render(&report);
    assert_eq!(
        out.lines().next(),
        Some(format!("warning: {warning}").as_str())
    );
    assert_eq!(
        out.lines().nth(1),
        Some("4 sources, 13 facts: 2 conflicts, 1 corroboration, 1 update")
    );
    // The details stay at the end.
    assert!(out.contains(
        "\nnot read whole: alpha went past the limit of 100 bytes per source; nothing from byte \
         100 on is reported\n"
    ));
    assert!(out.contains(
        "\nnot read whole: 7 findings were left out past the limit of 10 findings per check\n"
    ));

    let md = markdown::render(&report);
    let lines: Vec<&str> = md.lines().collect();
    assert_eq!(lines[0], "# Crosscheck report");
    assert_eq!(lines[2], format!("> **Warning:** {warning}"));

    // A whole report has no warning line.
    assert!(text::render(&bridge_report()).starts_with("4 sources"));
    assert!(!markdown::render(&bridge_report()).contains("Warning"));
}

#[test]
fn long_findings_show_five_snippets_then_how_many_more() {
    let texts: Vec<(String, &str)> = (0..30)
        .map(|i| (format!("s{i:02}"), "The order bans eight apps."))
        .collect();
    let sources: Vec<(&str, &str)> = texts.iter().map(|(id, t)| (id.as_str(), *t)).collect();
    let report = checked(&sources);
    assert_eq!(report.corroborations.len(), 1);
    assert_eq!(report.corroborations[0].mentions.len(), 30);

    let out = text::render(&report);
    let found = block(&out, "corroborated:");
    assert_eq!(found.matches("--> ").count(), 5, "{found}");
    assert!(found.ends_with("  … and 25 more mentions"), "{found}");
    assert!(found.contains("= stated alike by s00, s01, s02, s03, s04 and 25 more sources"));

    let all = text::render_with(&report, &text::Options::default().with_all_mentions(true));
    let found = block(&all, "corroborated:");
    assert_eq!(found.matches("--> ").count(), 30);
    assert!(!found.contains("more"), "{found}");
    assert!(found.contains("s28, s29\n"));

    let md = markdown::render(&report);
    assert_eq!(md.matches("- `eight apps` in **").count(), 5);
    assert!(md.contains("\n- and 25 more mentions\n"), "{md}");
    assert!(
        md.contains("`eight apps` in s04, and 25 more mentions | 30 |"),
        "{md}"
    );
    let md_all = markdown::render_with(
        &report,
        &markdown::Options::default().with_all_mentions(true),
    );
    assert_eq!(md_all.matches("- `eight apps` in **").count(), 30);
    assert!(!md_all.contains("more mentions"));
}

#[test]
fn a_long_conflict_shows_every_side_first() {
    let mut texts: Vec<(String, &str)> = (0..20)
        .map(|i| {
            (
                format!("s{i:02}"),
                "Police said 15 people were killed in the fire.",
            )
        })
        .collect();
    texts.push(("zz".into(), "The fire killed 12 people, officials said."));
    let sources: Vec<(&str, &str)> = texts.iter().map(|(id, t)| (id.as_str(), *t)).collect();
    let report = checked(&sources);
    assert_eq!(report.conflicts.len(), 1, "{report:?}");
    let out = text::render(&report);
    let conflict = block(&out, "conflict[");
    assert!(
        conflict.contains("\n  = 12 people: \"12 people\" in zz\n"),
        "{conflict}"
    );
    assert!(conflict.contains(
        "\n  = 15 people: \"15 people\" in s00, s01, s02, s03, s04 and 15 more sources\n"
    ));
    // The lone side's snippet is among the five, though it comes last.
    assert_eq!(conflict.matches("--> ").count(), 5);
    assert!(conflict.contains("--> zz:1:17"), "{conflict}");
    assert!(conflict.ends_with("… and 16 more mentions"), "{conflict}");
}

#[test]
fn a_quote_repeated_in_one_source_is_one_snippet() {
    let page =
        "Fire: 15 people killed\n\nPolice said 15 people were killed.\n\nFire: 15 people killed\n";
    let report = checked(&[
        ("gazette", page),
        ("wire", "The fire killed 15 people, officials said."),
    ]);
    assert_eq!(report.corroborations.len(), 1, "{report:?}");
    let out = text::render(&report);
    let found = block(&out, "corroborated:");
    assert_eq!(found.matches("--> gazette:").count(), 1, "{found}");
    assert!(
        found.contains("^^^^^^^^^ 15 people (exact), stated 3 times (lines 1, 3 and 5)"),
        "{found}"
    );
    assert!(!found.contains("more mentions"), "repeats are not left out");

    let md = markdown::render(&report);
    assert!(
        md.contains("- `15 people` in **gazette**, line 1, column 7: 15 people (exact), stated 3 times (lines 1, 3 and 5)"),
        "{md}"
    );
}

#[test]
fn possible_conflicts_are_a_part_of_their_own_after_the_conflicts() {
    let mut report = bridge_report();
    let mut doubted = report.conflicts[1].clone();
    doubted.doubt = Some(crosscheck::report::Doubt::RoleUnstated);
    doubted.within_source = true;
    report.possible_conflicts.push(doubted);

    let out = text::render(&report);
    assert_eq!(
        out.lines().next(),
        Some("4 sources, 13 facts: 2 conflicts, 1 corroboration, 1 update, 1 in doubt")
    );
    let part = out.find("\nin doubt: 1 disagreement between figures that may not measure the same thing; not counted as conflicts\n").expect(&out);
    let last_conflict = out.rfind("conflict[").unwrap();
    let update = out.find("update: ").unwrap();
    assert!(last_conflict < part && part < update, "{out}");
    let entry = block(&out, "in doubt[high]:");
    assert!(
        entry.starts_with("in doubt[high]: visitor | guests (within one source)"),
        "{entry}"
    );
    assert!(entry.contains(
        "= in doubt because one figure does not say whether it counts the killed, the injured or others"
    ));
    // The reason is said once, not again at the end of the explanation.
    assert_eq!(entry.matches("does not say whether").count(), 1, "{entry}");
    assert_eq!(out.matches("conflict[").count(), 2, "not called a conflict");

    let md = markdown::render(&report);
    let conflicts = md.find("\n## Conflicts\n").unwrap();
    let in_doubt = md.find("\n## In doubt\n").expect(&md);
    let updates = md.find("\n## Updates\n").unwrap();
    assert!(conflicts < in_doubt && in_doubt < updates);
    assert!(md.contains("| # | What | Kind | Sides | Severity | Why in doubt | Explanation |"));
    assert!(md.contains("| D1 | visitor \\| guests | count |"), "{md}");
    assert!(md.contains("1 disagreement between figures that may not measure the same thing; not counted as conflicts. Each row says why."));
    assert!(md.contains(", 1 in doubt."));
    assert!(!md.contains("Possible conflict"));
}

#[test]
fn serializers_other_than_serde_json_see_plain_numbers() {
    // insta's snapshots serialize a report through a serializer of their
    // own: its numbers must read as numbers there too, not as serde_json's
    // raw number tokens.
    let report = bridge_report();
    let one = Report {
        facts: vec![report.facts[10].clone()],
        subjects: vec![report.subjects[10].clone()],
        ..Report::default()
    };
    insta::assert_json_snapshot!(one, {".facts[].sentence" => "[sentence]"}, @r#"
    {
      "format_version": 1,
      "sources": [],
      "conflicts": [],
      "corroborations": [],
      "updates": [],
      "notes": [],
      "facts": [
        {
          "source": "gamma",
          "start": 96,
          "end": 101,
          "line": 1,
          "column": 92,
          "text": "12.5%",
          "sentence": "[sentence]",
          "kind": "percent",
          "value": 12.5,
          "unit": "percent",
          "bound": "exact",
          "lower": 12.45,
          "upper": 12.55,
          "subject": "trade",
          "role": null,
          "per": null,
          "change": null,
          "dimension": null,
          "base_value": null,
          "base_unit": null
        }
      ],
      "rejections": [],
      "truncations": [],
      "possible_conflicts": []
    }
    "#);
}
