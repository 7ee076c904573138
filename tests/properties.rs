//! Properties that hold for any input text.
//!
//! Robustness: on arbitrary strings (any Unicode, and strings assembled from
//! news-like fragments: number words, digits with separators, currency
//! symbols, hedges, units, dashes) extraction never panics, and everything
//! it reports points back into the text exactly.
//!
//! Values: spelled numbers read as the number they spell, digits with
//! thousands separators read exactly, and the usual ways of writing a dollar
//! amount with a scale ("$34bn", "$34 billion", "US$34,000,000,000") read as
//! the same amount.
//!
//! Measures: every measure's interval in its base unit is ordered, and a
//! length, a speed or a temperature restated in the other system ("64 km
//! (40 miles)", "40C (104F)") overlaps the first; every unit's conversion
//! to its base unit and back returns the value.

mod lines;

use std::str::FromStr;

use crosscheck::NumberMention;
use crosscheck::quantity::MeasureUnit;
use crosscheck::quantity::{Amount, Hedge};
use crosscheck::{Checker, Fact, Kind, Source, Span, Value};
use lines::Lines;
use proptest::prelude::*;
use rust_decimal::Decimal;

// ---------------------------------------------------------------------------
// Inputs.

const FRAGMENTS: &[&str] = &[
    // number words
    "zero",
    "one",
    "two",
    "eight",
    "eleven",
    "twelve",
    "twenty",
    "thirty-four",
    "ninety-nine",
    "hundred",
    "a hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "a dozen",
    "dozens of",
    "hundreds of",
    "three-quarters",
    "half",
    "a third",
    "first",
    "second",
    "21st",
    "point",
    "and",
    "a",
    // currency
    "$",
    "US$",
    "C$",
    "HK$",
    "£",
    "€",
    "¥",
    "₹",
    "Rs",
    "Rs.",
    "USD",
    "EUR",
    "GBP",
    "yuan",
    "rupees",
    "dollars",
    "pounds",
    "euros",
    "cents",
    "¢",
    // scales
    "k",
    "m",
    "mn",
    "bn",
    "tn",
    "million",
    "billion",
    "crore",
    "lakh",
    // hedges
    "about",
    "nearly",
    "almost",
    "roughly",
    "some",
    "more than",
    "at least",
    "up to",
    "under",
    "less than",
    "just over",
    "between",
    "from",
    "to",
    "as many as",
    "no fewer than",
    // units and counted nouns
    "day",
    "days",
    "-day",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hours",
    "%",
    "per cent",
    "percent",
    "percentage points",
    "apps",
    "people",
    "companies",
    // units of measures
    "km",
    "km/h",
    "mph",
    "miles",
    "feet",
    "-foot",
    "ft",
    "in",
    "m",
    "mm",
    "metres",
    "square",
    "sq",
    "cubic",
    "tonnes",
    "pounds of",
    "°",
    "°C",
    "C",
    "F",
    "degrees",
    "Celsius",
    "MW",
    "GB",
    "kilowatt-hours",
    "magnitude",
    "-magnitude",
    "on the Richter scale",
    "high",
    "wave",
    // dates and page furniture
    "January",
    "Jan.",
    "20 January",
    "Tuesday",
    "last month",
    "2021",
    "© 2009 – 2021",
    "+1 (555) 010-0199",
    // dashes and punctuation
    "-",
    "–",
    "—",
    "−",
    "/",
    "..",
    ":",
    ".",
    ",",
    "(",
    ")",
    "'",
    "\"",
    "“",
    "”",
    // awkward characters
    "\u{200b}",
    "\u{feff}",
    "\u{a0}",
    "é",
    "٣",
    "𝟘",
    "\r\n",
    "\t",
];

const JOINERS: &[&str] = &["", " ", " ", " ", "  ", "\n", ". ", ", ", "-"];

/// One news-like fragment: a fixed word or symbol, or digits with
/// separators.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => "[0-9]{1,4}",
        1 => "[0-9]{1,3}(,[0-9]{3}){1,3}",
        1 => "[0-9]{1,3}\\.[0-9]{1,3}",
        1 => "[0-9]{1,3}([.,][0-9]{1,3}){0,4}",
        1 => "[0-9]{1,2}(bn|m|k|%)",
        1 => "-?[0-9]{1,3}(\\.[0-9])?(km|mm|m|C|F|mph|ft|in|kg|MW|GB)",
        // A measure restated in brackets, after a sign or a letter of
        // more than one byte: "\u{2212}5C (23F)".
        1 => "(\u{2212}|\u{2248}|~|\u{20ac}|\u{e9}| )?[0-9]{1,3}(km|C|F|mph) ?\\([0-9]{1,3}(miles|F|C|km/h)\\)",
    ]
}

/// Text assembled from news-like fragments.
fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec((fragment(), prop::sample::select(JOINERS)), 0..32).prop_map(|parts| {
        let mut text = String::new();
        for (fragment, joiner) in parts {
            text.push_str(&fragment);
            text.push_str(joiner);
        }
        text
    })
}

/// Any text: arbitrary Unicode, printable text, or news-like fragments.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => any::<String>(),
        1 => "\\PC{0,120}",
        3 => news_like(),
    ]
}

// ---------------------------------------------------------------------------
// Invariants.

/// Checks everything a fact says about where it came from.
fn check_fact(source: &Source, index: &Lines, fact: &Fact) -> Result<(), TestCaseError> {
    let text = source.text();
    let p = &fact.provenance;
    prop_assert_eq!(&p.source, source.id());
    for span in [p.span, p.sentence_span] {
        prop_assert!(
            span.start <= span.end && span.end <= text.len(),
            "span {:?} outside the text",
            span
        );
        prop_assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "span {:?} splits a char",
            span
        );
    }
    prop_assert!(!p.span.is_empty(), "empty quote");
    prop_assert_eq!(p.span.slice(text), p.text.as_str());
    prop_assert!(
        p.sentence_span.contains(p.span),
        "sentence {:?} does not hold quote {:?}",
        p.sentence_span,
        p.span
    );
    prop_assert_eq!(p.sentence_span.slice(text), p.sentence.as_str());
    prop_assert_eq!(index.line_column(text, p.span.start), (p.line, p.column));
    if let (Some(lo), Some(hi)) = (fact.interval.lower, fact.interval.upper) {
        prop_assert!(
            lo.value <= hi.value,
            "interval ends out of order: {:?}",
            fact.interval
        );
    }
    if fact.kind == Kind::Measure {
        // In the base unit: ordered, and as bounded as the stated interval.
        let base = fact.comparable_interval();
        prop_assert_eq!(base.lower.is_some(), fact.interval.lower.is_some());
        prop_assert_eq!(base.upper.is_some(), fact.interval.upper.is_some());
        if let (Some(lo), Some(hi)) = (base.lower, base.upper) {
            prop_assert!(
                lo.value <= hi.value,
                "base interval out of order: {:?}",
                base
            );
        }
    }
    let line = crosscheck::report::json::mention_line(fact, "");
    prop_assert!(!line.contains('\n'), "mention line spans lines: {}", line);
    let parsed: Result<serde_json::Value, _> = serde_json::from_str(&line);
    prop_assert!(parsed.is_ok(), "mention line is not JSON: {}", line);
    prop_assert!(
        parsed.is_ok_and(|v| v.is_object()),
        "mention line is not an object: {}",
        line
    );
    Ok(())
}

fn check_mention(text: &str, m: &NumberMention) -> Result<(), TestCaseError> {
    let Span { start, end } = m.span;
    prop_assert!(
        start < end && end <= text.len(),
        "mention span {:?} empty or outside the text",
        m.span
    );
    prop_assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "mention span {:?} splits a char",
        m.span
    );
    if let Amount::Vague { lo, hi } = m.amount {
        prop_assert!(lo <= hi, "vague amount out of order: {:?}", m.amount);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Extraction never panics, and every fact and rejection points back
    /// into the text exactly.
    #[test]
    fn extraction_points_back_into_the_text(text in any_text()) {
        let source = Source::new("s", text.as_str());
        let index = Lines::new(source.text());
        let extraction = Checker::new().extract(&source);
        for fact in &extraction.facts {
            check_fact(&source, &index, fact)?;
        }
        for r in &extraction.rejections {
            prop_assert!(text.get(r.span.start..r.span.end).is_some(), "rejection span {:?} is not a slice of the text", r.span);
            prop_assert_eq!(r.span.slice(&text), r.text.as_str());
        }
    }

    /// A whole check never panics either: sources of any text are
    /// extracted, aligned, compared and written out, every fact of the
    /// report points back into its source, every finding into the facts,
    /// and the JSON parses. Alignment and judgement read sentences again
    /// on their own (the words around a measure, a restatement in
    /// brackets), so extraction alone does not guard them.
    #[test]
    fn a_check_of_any_text_points_back_into_its_sources(
        texts in prop::collection::vec(any_text(), 1..4),
    ) {
        let sources: Vec<Source> = texts
            .iter()
            .enumerate()
            .map(|(k, t)| Source::new(format!("s{k}"), t.as_str()))
            .collect();
        let report = Checker::new().check(&sources);
        for fact in &report.facts {
            let source = sources.iter().find(|s| s.id() == fact.provenance.source.as_str());
            prop_assert!(source.is_some(), "a fact of no source: {:?}", fact.provenance.source);
            if let Some(source) = source {
                check_fact(source, &Lines::new(source.text()), fact)?;
            }
        }
        let listed = report
            .conflicts
            .iter()
            .chain(&report.possible_conflicts)
            .map(|c| &c.mentions)
            .chain(report.corroborations.iter().map(|c| &c.mentions))
            .chain(report.updates.iter().map(|u| &u.mentions))
            .chain(report.notes.iter().map(|n| &n.mentions));
        for mentions in listed {
            prop_assert!(mentions.iter().all(|&i| i < report.facts.len()), "a finding points past the facts");
        }
        let rendered = crosscheck::report::json::to_string(&report);
        prop_assert!(serde_json::from_str::<serde_json::Value>(&rendered).is_ok(), "the report is not JSON");
    }

    /// The same holds with a reference date and front matter before the body.
    #[test]
    fn extraction_with_front_matter_points_back_into_the_text(body in news_like(), day in 0u32..3_000) {
        let date = chrono::NaiveDate::from_ymd_opt(2015, 1, 1).and_then(|d| d.checked_add_days(chrono::Days::new(day.into())));
        prop_assert!(date.is_some());
        let Some(date) = date else { return Ok(()) };
        let text = format!("---\ntitle: A story\npublished: {date}\n---\n{body}");
        let source = Source::parse("s", text);
        prop_assert!(source.is_ok());
        let Ok(source) = source else { return Ok(()) };
        let index = Lines::new(source.text());
        let extraction = Checker::builder()
            .reference_date(date)
            .build()
            .expect("a reference date alone is a valid configuration")
            .extract(&source);
        for fact in &extraction.facts {
            check_fact(&source, &index, fact)?;
            prop_assert!(source.body_span().contains(fact.provenance.span), "fact taken from the front matter: {:?}", fact.provenance.text);
        }
    }

    /// The number finder never panics and its spans are exact.
    #[test]
    fn number_mentions_lie_in_the_text(text in any_text()) {
        for m in crosscheck::numbers(&text) {
            check_mention(&text, &m)?;
        }
    }

    /// "thirty-four thousand and five" reads as 34005, in a sentence.
    #[test]
    fn spelled_numbers_read_as_their_value(n in 0u32..1_000_000, british in any::<bool>()) {
        let words = spell(n, british);
        let text = format!("Officials said {words} had been counted.");
        let start = "Officials said ".len();
        let mentions = crosscheck::numbers(&text);
        prop_assert_eq!(mentions.len(), 1, "{:?}: {:?}", text, mentions);
        let m = &mentions[0];
        prop_assert_eq!(m.span, Span::new(start, start + words.len()), "{:?}", text);
        prop_assert!(!m.ordinal);
        prop_assert_eq!(m.hedge, Hedge::Exact);
        prop_assert_eq!(one_value(m), Some(Decimal::from(n)), "{:?}", text);
    }

    /// Digits read the same as the words for the same number.
    #[test]
    fn digits_and_words_agree(n in 0u32..1_000_000) {
        let as_words = crosscheck::numbers(&format!("They found {} cases.", spell(n, false)));
        let as_digits = crosscheck::numbers(&format!("They found {n} cases."));
        prop_assert_eq!(as_words.len(), 1);
        prop_assert_eq!(as_digits.len(), 1);
        prop_assert_eq!(one_value(&as_words[0]), one_value(&as_digits[0]));
        prop_assert_eq!(one_value(&as_digits[0]), Some(Decimal::from(n)));
    }

    /// "1,234,567.5" reads exactly, thousands separators and all.
    #[test]
    fn digits_with_separators_read_exactly(int in 0u64..1_000_000_000_000, frac in proptest::option::of("[0-9]{1,3}")) {
        let mut written = group_thousands(int);
        let mut plain = int.to_string();
        if let Some(f) = &frac {
            written = format!("{written}.{f}");
            plain = format!("{plain}.{f}");
        }
        let want = Decimal::from_str(&plain);
        prop_assert!(want.is_ok());
        let Ok(want) = want else { return Ok(()) };
        let text = format!("The figure was {written} on Tuesday.");
        let start = "The figure was ".len();
        let mentions = crosscheck::numbers(&text);
        prop_assert_eq!(mentions.len(), 1, "{:?}: {:?}", text, mentions);
        prop_assert_eq!(mentions[0].span, Span::new(start, start + written.len()));
        prop_assert_eq!(one_value(&mentions[0]), Some(want), "{:?}", text);
    }

    /// "$34bn", "$34 billion" and "US$34,000,000,000" are one amount.
    #[test]
    fn scaled_dollar_amounts_agree(units in 1u32..1_000, tenths in proptest::option::of(1u32..10), scale in 0usize..4) {
        let (suffix, word, zeros) = SCALES[scale];
        let figure = match tenths {
            Some(t) => format!("{units}.{t}"),
            None => units.to_string(),
        };
        let figure_value = Decimal::from_str(&figure);
        prop_assert!(figure_value.is_ok());
        let Ok(figure_value) = figure_value else { return Ok(()) };
        let want = figure_value * Decimal::from(10u64.pow(zeros));
        let Some(whole) = want.normalize().to_string().parse::<u64>().ok() else {
            return Err(TestCaseError::fail(format!("{want} is not whole")));
        };
        let forms = [
            format!("${figure}{suffix}"),
            format!("${figure} {word}"),
            format!("US${}", group_thousands(whole)),
        ];
        let mut units_seen = Vec::new();
        for form in &forms {
            let text = format!("Investors put {form} into the fund.");
            let facts: Vec<Fact> = Checker::new()
                .extract(&Source::new("s", text.as_str()))
                .facts
                .into_iter()
                .filter(|f| f.kind == Kind::Money)
                .collect();
            prop_assert_eq!(facts.len(), 1, "{:?}: {:?}", text, facts);
            prop_assert_eq!(&facts[0].value, &Value::Number(want), "{:?}", text);
            prop_assert_eq!(facts[0].provenance.text.as_str(), form.as_str());
            units_seen.push(facts[0].unit.clone());
        }
        prop_assert_eq!(units_seen[2].name(), "USD");
        prop_assert!(units_seen.iter().all(|u| u == &units_seen[0]), "currencies differ: {:?}", units_seen);
    }
}

/// The one measure fact of `text`.
fn one_measure(text: &str) -> Result<Fact, TestCaseError> {
    let facts: Vec<Fact> = Checker::new()
        .extract(&Source::new("s", text))
        .facts
        .into_iter()
        .filter(|f| f.kind == Kind::Measure)
        .collect();
    prop_assert_eq!(facts.len(), 1, "{:?}: {:?}", text, facts);
    facts
        .into_iter()
        .next()
        .ok_or_else(|| TestCaseError::fail(format!("{text:?}: no measure")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_distance_in_kilometres_meets_itself_in_miles(km in 1u32..20_000, tenths in any::<bool>()) {
        // The same distance in miles, rounded as a writer would: to the
        // mile, or to a tenth of one.
        let miles = Decimal::from(km) * Decimal::from(1000) / Decimal::new(1_609_344, 3);
        let miles = if tenths { miles.round_dp(1) } else { miles.round() };
        let a = one_measure(&format!("The town lies {km} km from the border."))?;
        let b = one_measure(&format!("The town lies {miles} miles from the border."))?;
        let (ia, ib) = (a.comparable_interval(), b.comparable_interval());
        prop_assert!(ia.overlaps(&ib), "{km} km {ia:?} and {miles} miles {ib:?}");
        prop_assert_eq!(a.unit.name(), "km");
        prop_assert_eq!(b.unit.name(), "mi");
    }

    #[test]
    fn speeds_and_temperatures_meet_in_the_other_system(v in 1u32..300, c in -60i32..60) {
        let kmh = (Decimal::from(v) * Decimal::new(1_609_344, 6)).round();
        let speed = one_measure(&format!("Gusts of {v}mph were recorded."))?;
        let other = one_measure(&format!("Gusts of {kmh}km/h were recorded."))?;
        prop_assert!(speed.comparable_interval().overlaps(&other.comparable_interval()), "{v} mph, {kmh} km/h");
        let f = (Decimal::from(c) * Decimal::from(9) / Decimal::from(5) + Decimal::from(32)).round();
        let celsius = one_measure(&format!("Temperatures reached {c}C in the valley."))?;
        let fahrenheit = one_measure(&format!("Temperatures reached {f}F in the valley."))?;
        prop_assert!(
            celsius.comparable_interval().overlaps(&fahrenheit.comparable_interval()),
            "{c}C {:?}, {f}F {:?}",
            celsius.comparable_interval(),
            fahrenheit.comparable_interval()
        );
    }

    #[test]
    fn conversions_round_trip(mantissa in -1_000_000_000i64..1_000_000_000, scale in 0u32..6) {
        let value = Decimal::new(mantissa, scale);
        for unit in MeasureUnit::all() {
            let base = unit.to_base(value);
            prop_assert!(base.is_some(), "{unit}: {value} does not convert");
            let back = base.and_then(|b| unit.from_base(b));
            let diff = back.map(|b| (b - value).abs());
            prop_assert!(
                diff.is_some_and(|d| d <= Decimal::new(1, 18)),
                "{unit}: {value} came back as {back:?}"
            );
        }
    }
}

/// Scale suffix, scale word, and the power of ten.
const SCALES: [(&str, &str, u32); 4] = [
    ("k", "thousand", 3),
    ("m", "million", 6),
    ("bn", "billion", 9),
    ("tn", "trillion", 12),
];

/// The value of a mention of one number.
fn one_value(m: &NumberMention) -> Option<Decimal> {
    match m.amount {
        Amount::One(s) => Some(s.value),
        _ => None,
    }
}

/// `1234567` as `1,234,567`.
fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// `n` (below a million) in English words: "thirty-four", "two hundred
/// (and) five", "forty-one thousand (and) six". `british` puts "and" before
/// the last part below a hundred.
fn spell(n: u32, british: bool) -> String {
    fn below_hundred(n: u32) -> String {
        let n = n as usize;
        if n < 20 {
            ONES[n].to_string()
        } else if n.is_multiple_of(10) {
            TENS[n / 10].to_string()
        } else {
            format!("{}-{}", TENS[n / 10], ONES[n % 10])
        }
    }
    fn below_thousand(n: u32, british: bool) -> String {
        let (hundreds, rest) = (n / 100, n % 100);
        match (hundreds, rest) {
            (0, _) => below_hundred(rest),
            (h, 0) => format!("{} hundred", ONES[h as usize]),
            (h, r) if british => format!("{} hundred and {}", ONES[h as usize], below_hundred(r)),
            (h, r) => format!("{} hundred {}", ONES[h as usize], below_hundred(r)),
        }
    }
    let (thousands, rest) = (n / 1000, n % 1000);
    match (thousands, rest) {
        (0, _) => below_thousand(rest, british),
        (t, 0) => format!("{} thousand", below_thousand(t, british)),
        (t, r) if r < 100 && british => format!(
            "{} thousand and {}",
            below_thousand(t, british),
            below_hundred(r)
        ),
        (t, r) => format!(
            "{} thousand {}",
            below_thousand(t, british),
            below_thousand(r, british)
        ),
    }
}

#[test]
fn test_spelling_spells_known_numbers() {
    assert_eq!(spell(0, false), "zero");
    assert_eq!(spell(34, false), "thirty-four");
    assert_eq!(spell(105, true), "one hundred and five");
    assert_eq!(spell(105, false), "one hundred five");
    assert_eq!(spell(41_006, true), "forty-one thousand and six");
    assert_eq!(
        spell(999_999, false),
        "nine hundred ninety-nine thousand nine hundred ninety-nine"
    );
    assert_eq!(group_thousands(1_234_567), "1,234,567");
    assert_eq!(group_thousands(999), "999");
}
