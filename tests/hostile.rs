//! Hostile inputs: huge lines, floods of digits and symbols, numbers too
//! large to hold, invisible characters inside numbers. Each runs through
//! `Checker::extract` and through a two-source `Checker::check`; every fact
//! must point back into its text exactly, with an ordered interval, and
//! where it makes sense the test says what must be found.
//!
//! Timing is measured in the `hostile` group of `benches/extract.rs`, never
//! asserted here.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expect is a failed test

mod lines;

use crosscheck::limits::Limit;
use crosscheck::report::json;
use crosscheck::{Bound, Checker, Extraction, Fact, Kind, Report, Source, Value};
use lines::Lines;
use rust_decimal::Decimal;

/// A short article of ordinary news text, written for these tests.
const NEWS: &str = "The council approved a $12m budget on Tuesday. About 40 \
    inspectors will visit 300 schools over the next two weeks, and nearly 15% \
    of them are in rural areas. Officials said the review would take 45 days.\n";

/// Everything a fact says about where it came from holds.
fn check_fact(text: &str, index: &Lines, f: &Fact) {
    let p = &f.provenance;
    for span in [p.span, p.sentence_span] {
        assert!(span.start < span.end && span.end <= text.len(), "{span:?}");
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "span {span:?} splits a char"
        );
    }
    assert_eq!(p.span.slice(text), p.text);
    assert!(p.sentence_span.contains(p.span));
    assert_eq!(p.sentence_span.slice(text), p.sentence);
    assert_eq!(index.line_column(text, p.span.start), (p.line, p.column));
    if let (Some(lo), Some(hi)) = (f.interval.lower, f.interval.upper) {
        assert!(
            lo.value <= hi.value,
            "interval out of order: {:?}",
            f.interval
        );
    }
    // The wire form is one line of JSON whose value, when a number, is finite.
    let line = json::mention_line(f, "");
    let v: serde_json::Value = serde_json::from_str(&line).expect("a mention is JSON");
    if let Some(n) = v.get("value").filter(|n| n.is_number()) {
        assert!(n.as_f64().is_some_and(f64::is_finite), "{line}");
    }
}

/// Extracts `text` alone and checks it with a second, ordinary source;
/// returns the extraction of `text`.
fn run(text: &str) -> Extraction {
    let checker = Checker::new();
    let source = Source::new("hostile", text);
    let index = Lines::new(text);
    let ex = checker.extract(&source);
    for f in &ex.facts {
        check_fact(text, &index, f);
    }
    for r in &ex.rejections {
        assert_eq!(r.span.slice(text), r.text);
        assert!(!r.text.is_empty(), "empty rejection at {:?}", r.span);
    }
    assert!(ex.facts.windows(2).all(|w| {
        let (a, b) = (w[0].provenance.span, w[1].provenance.span);
        (a.start, a.end) <= (b.start, b.end)
    }));
    // Comparison costs grow with the facts of a source: the check keeps
    // fewer of them, which also runs the truncation path.
    let report = Checker::builder()
        .max_facts_per_source(CHECK_FACTS)
        .build()
        .expect("a valid limit")
        .check(&[source, Source::new("news", NEWS)]);
    check_report(&report, text);
    let hostile_facts = report
        .facts
        .iter()
        .filter(|f| f.provenance.source == "hostile")
        .count();
    assert_eq!(hostile_facts, ex.facts.len().min(CHECK_FACTS));
    assert_eq!(
        report.truncations.iter().any(|t| t.source == "hostile"),
        ex.facts.len() > CHECK_FACTS || ex.truncation.is_some()
    );
    ex
}

/// The most facts per source kept in the two-source checks.
const CHECK_FACTS: usize = 2_000;

fn check_report(report: &Report, hostile: &str) {
    let news_index = Lines::new(NEWS);
    let hostile_index = Lines::new(hostile);
    for f in &report.facts {
        match f.provenance.source.as_str() {
            "hostile" => check_fact(hostile, &hostile_index, f),
            "news" => check_fact(NEWS, &news_index, f),
            other => panic!("a fact from an unknown source {other}"),
        }
    }
    assert!(
        report
            .facts
            .iter()
            .filter(|f| f.provenance.source == "news")
            .count()
            >= 5,
        "the ordinary source lost its facts"
    );
    for c in &report.conflicts {
        assert!(c.mentions.iter().all(|&i| i < report.facts.len()));
    }
    for c in &report.corroborations {
        assert!(c.mentions.iter().all(|&i| i < report.facts.len()));
    }
    let rendered = json::to_string(report);
    assert!(serde_json::from_str::<serde_json::Value>(&rendered).is_ok());
}

fn number(f: &Fact) -> Decimal {
    match f.value.as_number() {
        Some(d) => d,
        None => panic!("a date {:?} where a number was expected", f.value),
    }
}

#[test]
fn a_ten_megabyte_line_of_news() {
    let flat = NEWS.replace('\n', " ");
    let text = flat.repeat((10 << 20) / flat.len() + 1);
    let ex = run(&text);
    let per_copy = run(&flat).facts.len();
    assert!(per_copy >= 5);
    // Every copy yields its facts, all on line 1, up to the limit.
    let all = per_copy * (text.len() / flat.len());
    assert!(all > 100_000);
    assert_eq!(ex.facts.len(), 100_000);
    let t = ex.truncation.as_ref().expect("past the limit");
    assert_eq!(t.limit, Limit::FactsPerSource);
    assert!(ex.facts.iter().all(|f| f.provenance.line == 1));
    let last = ex.facts.last().expect("facts");
    assert_eq!(
        last.provenance.column,
        text[..last.provenance.span.start].chars().count() + 1
    );
}

#[test]
fn a_megabyte_of_digits_is_out_of_range_never_a_fact() {
    let ex = run(&"7".repeat(1 << 20));
    assert!(ex.facts.is_empty());
    assert!(!ex.rejections.is_empty());
    assert!(
        ex.rejections
            .iter()
            .all(|r| format!("{:?}", r.reason) == "OutOfRange")
    );
}

#[test]
fn two_hundred_thousand_dollar_signs_yield_nothing() {
    let ex = run(&"$".repeat(200_000));
    assert!(ex.facts.is_empty());
    assert!(ex.rejections.is_empty());
    let ex = run(&"$ ".repeat(200_000));
    assert!(ex.facts.is_empty());
}

#[test]
fn a_four_hundred_digit_amount_is_a_recorded_rejection() {
    let text = format!("The fund holds ${} in reserve.", "9".repeat(400));
    let ex = run(&text);
    assert!(
        ex.facts.iter().all(|f| f.kind != Kind::Money),
        "a money fact from a 400-digit amount: {:?}",
        ex.facts
    );
    let r = ex
        .rejections
        .iter()
        .find(|r| format!("{:?}", r.reason) == "OutOfRange")
        .expect("an out_of_range rejection");
    assert!(r.text.contains(&"9".repeat(400)));
}

#[test]
fn exponent_notation_is_not_a_huge_number() {
    for text in [
        "Losses reached 1e999 dollars.",
        "1e999",
        "$1e999 and 1E-999 apps",
    ] {
        let ex = run(text);
        for f in &ex.facts {
            if let Value::Number(d) = f.value {
                assert!(d < Decimal::from(10_000), "{text}: {:?}", f.value);
            }
        }
    }
}

#[test]
fn a_hedge_repeated_fifty_thousand_times() {
    let text = format!("{}5 apps were banned.", "about ".repeat(50_000));
    let ex = run(&text);
    let apps: Vec<_> = ex.facts.iter().filter(|f| f.kind == Kind::Count).collect();
    assert_eq!(apps.len(), 1, "{:?}", ex.facts);
    assert_eq!(number(apps[0]), Decimal::from(5));
    assert_eq!(apps[0].bound, Bound::Approximate);
}

#[test]
fn floods_of_units_and_unit_pairs() {
    // Every glued "C" asks for a temperature word nearby, every "m" for a
    // height: each looks at a few words, never at the whole line.
    for flood in ["5C ", "5m ", "-5C ", "5F (5C) "] {
        let ex = run(&flood.repeat(20_000));
        let measures = ex.facts.iter().filter(|f| f.kind == Kind::Measure).count();
        let negative = flood.starts_with('-') || flood.contains('(');
        assert_eq!(measures > 0, negative, "{flood:?}: {measures} measures");
    }
    // A restated pair is two measures, however many pairs there are.
    let ex = run(&"It lies 5km (3 miles) away. ".repeat(20_000));
    assert_eq!(
        ex.facts.iter().filter(|f| f.kind == Kind::Measure).count(),
        40_000
    );
    let ex = run(&format!(
        "{}5.5 on the Richter scale.",
        "magnitude ".repeat(50_000)
    ));
    assert_eq!(ex.facts.len(), 1, "{:?}", ex.facts);
}

#[test]
fn a_hundred_thousand_chained_number_words() {
    let words = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let text = words
        .iter()
        .cycle()
        .take(100_000)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let ex = run(&text);
    assert!(
        ex.facts.is_empty(),
        "counted nothing: {:?}",
        ex.facts.first()
    );

    // "one hundred one hundred ...": no number swallows the whole chain.
    let ex = run(&"one hundred ".repeat(100_000));
    assert!(ex.facts.is_empty());
    assert!(ex.rejections.len() > 1000);
    let ex = run(&format!("{}apps", "one dozen ".repeat(5_000)));
    assert!(
        ex.facts
            .iter()
            .all(|f| number(f) < Decimal::from(1_000_000))
    );
}

#[test]
fn arabic_indic_digits_are_not_read() {
    // Only ASCII digits are read; other scripts' digits are opaque words.
    let ex = run("٣٤ apps were banned.");
    assert!(ex.facts.is_empty(), "{:?}", ex.facts);
    let ex = run("۳۴ apps and 34 apps");
    assert_eq!(ex.facts.len(), 1);
    assert_eq!(ex.facts[0].provenance.text, "34 apps");
}

#[test]
fn no_break_and_thin_spaces_separate_thousands() {
    for sep in ['\u{a0}', '\u{202f}', '\u{2009}'] {
        let text = format!("Police said 34{sep}000 people marched.");
        let ex = run(&text);
        let f = ex
            .facts
            .iter()
            .find(|f| f.kind == Kind::Count)
            .expect("a count");
        assert_eq!(number(f), Decimal::from(34_000), "{sep:?}");
        assert_eq!(f.provenance.text, format!("34{sep}000 people"));
    }
    // A group of two digits is not a thousands group.
    let ex = run("Police said 34\u{a0}00 people marched.");
    assert!(ex.facts.iter().all(|f| number(f) != Decimal::from(3_400)));
}

#[test]
fn invisible_controls_around_and_inside_numbers() {
    // Around a number: they are white space, and the quote excludes them.
    for (open, close) in [
        ('\u{2066}', '\u{2069}'),
        ('\u{202b}', '\u{202c}'),
        ('\u{200e}', '\u{200f}'),
        ('\u{feff}', '\u{200b}'),
    ] {
        let text = format!("They banned {open}34{close} apps.");
        let ex = run(&text);
        let f = ex
            .facts
            .iter()
            .find(|f| f.kind == Kind::Count)
            .expect("a count");
        assert_eq!(number(f), Decimal::from(34));
    }
    // Inside a number: they split it, and the parts never read as 34.
    for mark in ['\u{200d}', '\u{200b}', '\u{2067}', '\u{202e}'] {
        let text = format!("They banned 3{mark}4 apps and {mark}$5{mark}m.");
        let ex = run(&text);
        assert!(ex.facts.iter().all(|f| number(f) != Decimal::from(34)));
    }
}

#[test]
fn combining_marks_never_split_a_char() {
    for text in [
        "The 5\u{301} apps cost $3\u{301}4m.",
        "e\u{301}ight apps, 45\u{20dd} days, \u{301}12% and 7\u{fe20}",
        &"5\u{301} apps ".repeat(10_000),
    ] {
        run(text);
    }
}

#[test]
fn limits_truncate_and_say_where() {
    let text = "We counted 3 apps. ".repeat(50);
    let checker = Checker::builder()
        .max_facts_per_source(10)
        .build()
        .expect("valid limits");
    let ex = checker.extract(&Source::new("s", text.as_str()));
    assert_eq!(ex.facts.len(), 10);
    let t = ex.truncation.expect("a truncation");
    assert_eq!(t.limit, Limit::FactsPerSource);
    assert_eq!(t.max, 10);
    assert!(ex.facts.iter().all(|f| f.provenance.span.end <= t.from));
    assert_eq!(
        t.from,
        ex.facts[9].provenance.span.end + ". ".len() + "We counted ".len()
    );

    let checker = Checker::builder()
        .max_source_bytes(100)
        .build()
        .expect("valid limits");
    let ex = checker.extract(&Source::new("s", text.as_str()));
    let t = ex.truncation.expect("a truncation");
    assert_eq!(t.limit, Limit::SourceBytes);
    assert!(t.from <= 100 && text.as_bytes()[t.from - 1] == b' ');
    assert_eq!(ex.facts.len(), 5);

    let checker = Checker::builder().max_sources(1).build().expect("valid");
    let sources = [Source::new("b", "12 apps"), Source::new("a", "12 apps")];
    let report = checker.check(&sources);
    assert_eq!(report.sources.len(), 1);
    assert_eq!(report.sources[0].id, "a");
    assert_eq!(report.truncations.len(), 1);
    assert_eq!(report.truncations[0].source, "b");
    assert_eq!(report.truncations[0].limit, Limit::Sources);
    let err = checker.try_check(&sources).expect_err("too many sources");
    assert_eq!(err.kind(), crosscheck::ErrorKind::Limit);
    assert!(err.to_string().contains("max_sources"));

    // Within the limits, nothing is truncated.
    let report = Checker::new().check(&sources);
    assert!(report.truncations.is_empty());
    assert!(Checker::builder().max_sources(0).build().is_err());
}

#[test]
fn many_facts_stop_at_the_default_limit() {
    let ex = run(&"3 apps ".repeat(120_000));
    assert_eq!(ex.facts.len(), 100_000);
    let t = ex.truncation.expect("a truncation");
    assert_eq!(t.limit, Limit::FactsPerSource);
}

#[test]
fn hedges_on_negative_amounts_keep_their_intervals_ordered() {
    // Found by the property tests: "nearly -1bn$" gave an interval whose
    // lower end was above its upper end.
    for text in [
        "nearly\u{200b}-1bn$",
        "Profits were nearly -$5m and about -$3m, just over -$2m.",
        "about -40 apps, nearly -12% and just over -3 days",
    ] {
        run(text);
    }
}

// ------------------------------------------------ comparison and output

/// Checks `text` as one source beside the ordinary news, with every limit
/// at its default, and returns the report and its JSON.
fn check_alone(text: &str) -> (Report, String) {
    let report = Checker::new().check(&[Source::new("hostile", text), Source::new("news", NEWS)]);
    check_report(&report, text);
    let json = json::to_string(&report);
    (report, json)
}

/// Every finding of a report, of every kind.
fn findings(report: &Report) -> usize {
    report.conflicts.len()
        + report.possible_conflicts.len()
        + report.corroborations.len()
        + report.updates.len()
        + report.notes.len()
}

/// Every MENTION of a JSON report keeps its sentence short, whatever the
/// input: at most the kept part and two ellipses.
fn sentences_are_bounded(json: &str) {
    let doc: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
    for m in doc["facts"].as_array().expect("facts") {
        let s = m["sentence"].as_str().expect("a sentence");
        let quote = m["text"].as_str().expect("a quote");
        // The quote, half the limit on each side, and two ellipses.
        assert!(
            s.len() <= quote.len() + crosscheck::report::SENTENCE_LIMIT + 2 * '…'.len_utf8(),
            "a sentence of {} bytes: {s:.80}",
            s.len()
        );
        assert!(s.contains(quote));
    }
}

#[test]
fn one_quantity_stated_two_thousand_ways_is_one_conflict() {
    // Every pair of values once made a conflict of its own: 2,000 values
    // gave 1.7 GB of JSON.
    let text: String = (1..=2_000)
        .map(|n| format!("Officials said {n} apps were banned. "))
        .collect();
    let (report, json) = check_alone(&text);
    let apps: Vec<_> = report
        .conflicts
        .iter()
        .chain(&report.possible_conflicts)
        .filter(|c| c.subject == "app")
        .collect();
    // Values more than a hundred times apart are not one quantity: the
    // 2,000 values fall in two bands of magnitude, each one finding that
    // lists its values.
    assert!((1..=2).contains(&apps.len()), "{} findings", apps.len());
    let values: usize = apps.iter().map(|c| c.sides.len()).sum();
    let stated = report
        .facts
        .iter()
        .filter(|f| f.provenance.source == "hostile" && f.kind == Kind::Count)
        .count();
    // (Figures that look like years, 1900 to 2000, are not read as counts.)
    assert!(stated > 1_500, "{stated} counts read");
    assert_eq!(values, stated);
    assert!(findings(&report) <= 4, "{} findings", findings(&report));
    // Linear output: well under a kilobyte per fact.
    assert!(
        json.len() < 1_500 * report.facts.len(),
        "{} bytes of JSON for {} facts",
        json.len(),
        report.facts.len()
    );
    sentences_are_bounded(&json);
}

#[test]
fn a_run_on_sentence_keeps_every_mention_small() {
    // 200 KB of words and numbers with no sentence end: every fact's
    // sentence is the whole input unless it is cut.
    let words = [
        "officials",
        "said",
        "apps",
        "were",
        "banned",
        "and",
        "police",
        "people",
    ];
    let mut text = String::new();
    let mut n = 7u64;
    while text.len() < 200_000 {
        n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        if n.is_multiple_of(5) {
            text.push_str(&((n >> 33) % 100_000).to_string());
        } else {
            text.push_str(words[(n >> 40) as usize % words.len()]);
        }
        text.push(' ');
    }
    let (report, json) = check_alone(&text);
    sentences_are_bounded(&json);
    assert!(findings(&report) <= report.facts.len());
    assert!(
        json.len() < 40 * text.len(),
        "{} bytes of JSON for {} bytes of input",
        json.len(),
        text.len()
    );
}

#[test]
fn chains_of_ranges_dates_and_shares_stay_linear() {
    let months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let chains = [
        (1..=3_000)
            .map(|n| format!("${n}"))
            .collect::<Vec<_>>()
            .join("-"),
        (1..=3_000)
            .map(|n| format!("{n}%"))
            .collect::<Vec<_>>()
            .join("-"),
        format!(
            "from {}",
            (0..3_000)
                .map(|n| months[n % 12])
                .collect::<Vec<_>>()
                .join(" to ")
        ),
        (0..3_000)
            .map(|n| ["last Monday", "next Tuesday", "a week ago", "yesterday"][n % 4])
            .collect::<Vec<_>>()
            .join(", "),
    ];
    for chain in chains {
        let (report, json) = check_alone(&chain);
        sentences_are_bounded(&json);
        assert!(findings(&report) <= report.facts.len() + 1);
        assert!(
            json.len() < 200 * chain.len(),
            "{} bytes of JSON for {} bytes of {:.40}",
            json.len(),
            chain.len(),
            chain
        );
    }
}

#[test]
fn findings_past_their_limit_are_counted_in_the_truncations() {
    let text: String = (1..=40)
        .map(|n| format!("The {n}th report counted {n} boats and {n} lorries. "))
        .collect();
    let other: String = (1..=40)
        .map(|n| {
            format!(
                "The {n}th report counted {} boats and {} lorries. ",
                n + 1,
                n + 1
            )
        })
        .collect();
    let sources = [Source::new("a", text), Source::new("b", other)];
    let all = Checker::new().check(&sources);
    let total = findings(&all);
    assert!(total > 1, "{total}");
    let capped = Checker::builder()
        .max_findings(1)
        .build()
        .expect("a valid limit")
        .check(&sources);
    assert_eq!(findings(&capped), 1);
    let t = capped
        .truncations
        .iter()
        .find(|t| t.limit == Limit::Findings)
        .expect("a truncation for the findings left out");
    assert_eq!((t.max, t.from), (1, total - 1));
}
