//! Date extraction and resolution through the public API: the cases of
//! `tests/data/date.toml`, the resolution rules, traps, robustness, and an
//! optional conformance score. Each text is extracted as a source
//! published on the reference date, and its date facts are read back.

use chrono::{Datelike, NaiveDate};
use crosscheck::quantity::{End, Grain};
use crosscheck::{Bound, Checker, Fact, Kind, Source, Unit, Value};
use serde::Deserialize;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The date facts of `text`, published on `reference` when given.
fn date_facts(text: &str, reference: Option<NaiveDate>) -> Vec<Fact> {
    let mut source = Source::new("t", text);
    if let Some(r) = reference {
        source = source.with_published(r);
    }
    Checker::new()
        .extract(&source)
        .facts
        .into_iter()
        .filter(|f| f.kind == Kind::Date)
        .collect()
}

/// A date fact's value, grain and the days it covers.
#[derive(Debug)]
struct Resolved {
    iso: String,
    grain: String,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
}

/// The day an interval end stands for (days counted from the common era).
fn day_at(end: Option<End>) -> Option<NaiveDate> {
    let n = i32::try_from(end?.value.mantissa()).ok()?;
    NaiveDate::from_num_days_from_ce_opt(n)
}

fn resolved(f: &Fact) -> Resolved {
    let iso = match &f.value {
        Value::Date(d) => d.iso.to_string(),
        other => panic!("a date fact with the value {other:?}"),
    };
    Resolved {
        iso,
        grain: f.unit.name().to_string(),
        first: day_at(f.interval.lower),
        last: day_at(f.interval.upper),
    }
}

/// (quote, iso, grain) for every date of `text`.
fn dates(text: &str, reference: Option<NaiveDate>) -> Vec<(String, String, String)> {
    date_facts(text, reference)
        .iter()
        .map(|f| {
            let r = resolved(f);
            (f.provenance.text.to_string(), r.iso, r.grain)
        })
        .collect()
}

fn one(text: &str, reference: Option<NaiveDate>) -> Resolved {
    let found = date_facts(text, reference);
    assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    resolved(&found[0])
}

fn iso(text: &str, reference: Option<NaiveDate>) -> String {
    one(text, reference).iso
}

/// Whether `text` holds no date.
fn no_date(text: &str) -> bool {
    date_facts(text, None).is_empty()
}

// ---------------------------------------------------------------------------
// The data file

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    reference: Option<String>,
    /// What the scanner does not read yet: such a case states the coming
    /// contract, is checked (and must still fail) in `tests/extraction.rs`,
    /// and is skipped here.
    pending: Option<String>,
    #[serde(default)]
    expect: Vec<Expect>,
}

#[derive(Deserialize)]
struct Expect {
    text: String,
    value: String,
    /// A grain's name; any other unit fails to parse.
    unit: Grain,
    bound: String,
}

#[test]
fn data_file_cases() {
    let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/date.toml"))
        .unwrap_or_default();
    let file: File = toml::from_str(&raw).unwrap_or_else(|e| panic!("tests/data/date.toml: {e}"));
    let mut names = std::collections::BTreeSet::new();
    for case in &file.case {
        assert!(
            names.insert(case.name.as_str()),
            "duplicate case name {:?}",
            case.name
        );
    }
    let read: Vec<&Case> = file.case.iter().filter(|c| c.pending.is_none()).collect();
    assert!(read.len() >= 40, "only {} cases", read.len());
    let traps = read.iter().filter(|c| c.expect.is_empty()).count();
    assert!(traps * 3 >= read.len(), "only {traps} traps");
    let mut failures = Vec::new();
    for case in read {
        let reference = case.reference.as_deref().map(|r| {
            NaiveDate::parse_from_str(r, "%Y-%m-%d")
                .unwrap_or_else(|e| panic!("{}: reference {r}: {e}", case.name))
        });
        let got = dates(&case.text, reference);
        let want: Vec<(String, String, String)> = case
            .expect
            .iter()
            .map(|e| (e.text.clone(), e.value.clone(), e.unit.as_str().to_string()))
            .collect();
        for e in &case.expect {
            let bounds: &[&str] = if e.unit == Grain::Range {
                &["range"]
            } else {
                &["exact", "lower", "upper"]
            };
            assert!(
                bounds.contains(&e.bound.as_str()),
                "{}: a date is exact or bounded (since, before), a date range a range",
                case.name
            );
        }
        if got != want {
            failures.push(format!(
                "{}: {:?}\n  want {want:?}\n  got  {got:?}",
                case.name, case.text
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------
// Forms and spans

#[test]
fn spans_are_offset_into_the_source() {
    let source = "HEADLINE\n\nThe ban starts on January 20.";
    let found = date_facts(source, None);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].provenance.span.slice(source), "January 20");
    assert_eq!(found[0].provenance.line, 3);
}

#[test]
fn common_forms_without_reference() {
    let cases = [
        (
            "It starts on January 20.",
            "January 20",
            "XXXX-01-20",
            "day",
        ),
        ("It starts Jan. 20.", "Jan. 20", "XXXX-01-20", "day"),
        ("It starts Jan 20th.", "Jan 20th", "XXXX-01-20", "day"),
        ("It starts 20 January.", "20 January", "XXXX-01-20", "day"),
        (
            "It starts 20 January 2025.",
            "20 January 2025",
            "2025-01-20",
            "day",
        ),
        (
            "It started January 20, 2021, in Washington.",
            "January 20, 2021",
            "2021-01-20",
            "day",
        ),
        (
            "It started 3 March 2024.",
            "3 March 2024",
            "2024-03-03",
            "day",
        ),
        (
            "Sales fell in March 2024.",
            "March 2024",
            "2024-03",
            "month",
        ),
        ("Filed 2021-01-20.", "2021-01-20", "2021-01-20", "day"),
        ("Filed 1/20/2021.", "1/20/2021", "2021-01-20", "day"),
        ("Due 2/15.", "2/15", "XXXX-02-15", "day"),
        ("It happened in November.", "November", "XXXX-11", "month"),
        ("It happened in 2020.", "2020", "2020", "year"),
        (
            "Prices have risen since 2019.",
            "since 2019",
            "2019",
            "year",
        ),
        ("Emissions fall by 2030.", "by 2030", "2030", "year"),
        (
            "Output rose in the first quarter of 2024.",
            "the first quarter of 2024",
            "2024-Q1",
            "quarter",
        ),
        ("Output rose in Q1 2024.", "Q1 2024", "2024-Q1", "quarter"),
        ("Work resumed in mid-2020.", "mid-2020", "2020", "year"),
        (
            "Work resumes in early March.",
            "early March",
            "XXXX-03",
            "month",
        ),
        ("The vote is on Tuesday.", "Tuesday", "XXXX-WXX-2", "day"),
        (
            "The vote is next Friday.",
            "next Friday",
            "XXXX-WXX-5",
            "day",
        ),
        (
            "It happened three days ago.",
            "three days ago",
            "XXXX-XX-XX",
            "day",
        ),
        ("It happened last month.", "last month", "XXXX-XX", "month"),
        (
            "It happened over the weekend.",
            "the weekend",
            "XXXX-WXX-WE",
            "weekend",
        ),
        (
            "Payment is due on the 15th.",
            "the 15th",
            "XXXX-XX-15",
            "day",
        ),
    ];
    for (text, quote, value, grain) in cases {
        let got = dates(text, None);
        assert_eq!(
            got,
            vec![(quote.to_string(), value.to_string(), grain.to_string())],
            "{text:?}"
        );
    }
}

#[test]
fn modifiers_are_quoted() {
    // What a modifier does to the date is a unit test of the scanner; here,
    // that the quote keeps it and the value is the date it modifies.
    assert_eq!(
        dates("Prices have risen since 2019.", None),
        [("since 2019".into(), "2019".into(), "year".into())]
    );
    assert_eq!(
        dates("They must leave by next year.", Some(day(2013, 2, 12))),
        [("by next year".into(), "2014".into(), "year".into())]
    );
    assert_eq!(
        dates("It happened in 2020.", None),
        [("2020".into(), "2020".into(), "year".into())]
    );
}

#[test]
fn weekday_plurals_and_partial_words_do_not_match() {
    assert!(no_date("The market is closed on Mondays."));
    assert!(no_date(
        "Mayday calls and Marchers filled Augustine Street."
    ));
    assert!(no_date("The Sun reported it; the board sat late."));
}

#[test]
fn a_weekday_naming_a_thing_of_every_week_is_no_date() {
    // "Friday prayers", "Sunday school" and "the Sunday Times" name things
    // that recur every week, not a day.
    assert!(no_date(
        "Worshippers had gathered for Friday prayers at two mosques."
    ));
    assert!(no_date("He told the Sunday Times the offer was final."));
    assert!(no_date("Sunday school classes were cancelled."));
    assert!(no_date("The Sunday services drew thousands."));
    // Traps: a weekday before other words, or set off from them, is a day.
    assert!(!no_date(
        "The gunman opened fire during prayers on Friday night."
    ));
    assert!(!no_date("Trading resumed Monday, times were hard."));
    assert!(!no_date("The school reopened on Friday after the storm."));
    assert!(!no_date("Polls open on Sunday; services resume Monday."));
}

#[test]
fn case_insensitive() {
    assert_eq!(iso("due JANUARY 20", None), "XXXX-01-20");
    assert_eq!(iso("due january 20", None), "XXXX-01-20");
    assert_eq!(iso("LAST WEEK", Some(day(2013, 2, 12))), "2013-W06");
}

#[test]
fn impossible_dates_are_not_returned() {
    assert!(no_date("It closed on February 30."));
    assert!(no_date("It closed on 2021-13-45."));
    assert!(no_date("It closed on 2/30/2021."));
    assert!(no_date("It closed on 31 April 2020."));
    assert_eq!(iso("born February 29, 2020", None), "2020-02-29");
    assert!(no_date("born February 29, 2021"));
}

// ---------------------------------------------------------------------------
// Resolution

#[test]
fn month_day_takes_the_nearest_year() {
    let r = Some(day(2021, 1, 6));
    // Two weeks ahead beats eleven months back.
    assert_eq!(iso("on January 20", r), "2021-01-20");
    // Three weeks back beats eleven months ahead.
    assert_eq!(iso("on December 15", r), "2020-12-15");
    // The conformance convention: three days ahead.
    assert_eq!(iso("2/15", Some(day(2013, 2, 12))), "2013-02-15");
    // Feb 29 finds the nearest leap year.
    assert_eq!(iso("Feb 29", Some(day(2021, 3, 1))), "2020-02-29");
}

#[test]
fn bare_weekday_takes_the_nearest_day_ties_to_the_past() {
    // 2013-02-12 is a Tuesday.
    let r = Some(day(2013, 2, 12));
    assert_eq!(iso("on Tuesday", r), "2013-02-12");
    assert_eq!(iso("on Monday", r), "2013-02-11");
    assert_eq!(iso("on Wednesday", r), "2013-02-13");
    assert_eq!(iso("on Friday", r), "2013-02-15");
    assert_eq!(iso("on Saturday", r), "2013-02-09");
    assert_eq!(iso("on Sunday", r), "2013-02-10");
}

#[test]
fn weekday_words_override_the_nearest_rule() {
    let r = Some(day(2013, 2, 12)); // Tuesday
    assert_eq!(iso("next Tuesday", r), "2013-02-19");
    assert_eq!(iso("next Monday", r), "2013-02-18");
    assert_eq!(iso("last Tuesday", r), "2013-02-05");
    assert_eq!(iso("last Sunday", r), "2013-02-10");
    assert_eq!(iso("this Friday", r), "2013-02-15");
    assert_eq!(iso("this coming Tuesday", r), "2013-02-19");
    assert_eq!(iso("this past Wednesday", r), "2013-02-06");
    assert_eq!(iso("Wednesday of next week", r), "2013-02-20");
}

#[test]
fn relative_periods() {
    let r = Some(day(2013, 2, 12));
    assert_eq!(iso("today", r), "2013-02-12");
    assert_eq!(iso("yesterday", r), "2013-02-11");
    assert_eq!(iso("tomorrow", r), "2013-02-13");
    assert_eq!(iso("last week", r), "2013-W06");
    assert_eq!(iso("this month", r), "2013-02");
    assert_eq!(iso("last month", r), "2013-01");
    assert_eq!(iso("next year", r), "2014");
    assert_eq!(iso("next quarter", r), "2013-Q2");
    assert_eq!(iso("last quarter", r), "2012-Q4");
    assert_eq!(iso("three days ago", r), "2013-02-09");
    assert_eq!(iso("two weeks from now", r), "2013-02-26");
    assert_eq!(iso("in two weeks' time", r), "2013-02-26");
    assert_eq!(iso("a year ago", r), "2012-02-12");
    let last = one("last month", r);
    assert_eq!(
        (last.first, last.last),
        (Some(day(2013, 1, 1)), Some(day(2013, 1, 31)))
    );
}

#[test]
fn named_months_and_quarters() {
    let r = Some(day(2013, 2, 12));
    assert_eq!(iso("in March", r), "2013-03");
    assert_eq!(iso("in November", r), "2012-11");
    assert_eq!(iso("last March", r), "2012-03");
    assert_eq!(iso("next January", r), "2014-01");
    assert_eq!(iso("the third quarter", r), "2013-Q3");
    let q = one("the first quarter of 2024", None);
    assert_eq!(
        (q.first, q.last),
        (Some(day(2024, 1, 1)), Some(day(2024, 3, 31)))
    );
}

#[test]
fn weekends() {
    let tue = Some(day(2013, 2, 12));
    let thu = Some(day(2013, 2, 14));
    let w = one("over the weekend", tue);
    assert_eq!(
        (w.iso.as_str(), w.grain.as_str()),
        ("2013-W06-WE", "weekend")
    );
    assert_eq!(
        (w.first, w.last),
        (Some(day(2013, 2, 9)), Some(day(2013, 2, 10)))
    );
    assert_eq!(iso("over the weekend", thu), "2013-W07-WE");
    assert_eq!(iso("next weekend", tue), "2013-W08-WE");
}

#[test]
fn parts_narrow_the_period() {
    let mid = one("in mid-2020", None);
    assert_eq!((mid.iso.as_str(), mid.grain.as_str()), ("2020", "year"));
    assert_eq!(mid.first, Some(day(2020, 5, 2)));
    let early = one("early March 2021", None);
    assert_eq!(
        (early.first, early.last),
        (Some(day(2021, 3, 1)), Some(day(2021, 3, 10)))
    );
    let late = one("late 2019", None);
    assert_eq!(late.last, Some(day(2019, 12, 31)));
}

#[test]
fn without_reference_relative_forms_stay_open() {
    for (text, value, grain) in [
        ("today", "XXXX-XX-XX", "day"),
        ("last week", "XXXX-WXX", "week"),
        ("this month", "XXXX-XX", "month"),
        ("next year", "XXXX", "year"),
        ("Q3", "XXXX-Q3", "quarter"),
        ("last Tuesday", "XXXX-WXX-2", "day"),
    ] {
        let r = one(text, None);
        assert_eq!(
            (r.iso.as_str(), r.grain.as_str(), r.first),
            (value, grain, None),
            "{text}"
        );
    }
}

#[test]
fn two_digit_years() {
    assert_eq!(iso("on 10/31/74", None), "1974-10-31");
    assert_eq!(iso("on 3/3/15", None), "2015-03-03");
}

#[test]
fn easter_and_its_offsets_follow_the_computus() {
    // Western Easter Sundays, including the extremes March 22 and April 25.
    for (year, month, d) in [
        (1818, 3, 22),
        (1943, 4, 25),
        (2000, 4, 23),
        (2013, 3, 31),
        (2019, 4, 21),
        (2038, 4, 25),
    ] {
        assert_eq!(
            iso(&format!("Easter {year}"), None),
            format!("{year:04}-{month:02}-{d:02}")
        );
    }
    assert_eq!(iso("Ash Wednesday 2013", None), "2013-02-13");
    assert_eq!(iso("Pentecost 2013", None), "2013-05-19");
    assert_eq!(iso("Orthodox Easter 2020", None), "2020-04-19");
    assert_eq!(iso("Orthodox Easter 2021", None), "2021-05-02");
}

#[test]
fn holidays_take_the_nearest_occurrence_unless_a_word_says_which() {
    let r = Some(day(2013, 2, 12));
    // Christmas 2012 is 49 days back, Christmas 2013 316 days ahead.
    assert_eq!(iso("at Christmas", r), "2012-12-25");
    assert_eq!(iso("this Christmas", r), "2013-12-25");
    assert_eq!(iso("next Christmas", r), "2013-12-25");
    assert_eq!(iso("last Thanksgiving", r), "2012-11-22");
    assert_eq!(iso("on Valentine's Day", r), "2013-02-14");
    assert_eq!(iso("Mother's Day", r), "2013-05-12");
    assert_eq!(iso("Boss's Day 2021", None), "2021-10-15");
}

#[test]
fn nth_weekday_of_a_month() {
    let r = Some(day(2013, 2, 12));
    assert_eq!(iso("the last Monday of March 2014", None), "2014-03-31");
    assert_eq!(iso("the first Monday of this month", r), "2013-02-04");
    assert_eq!(iso("the second Monday of last month", r), "2013-01-14");
    assert_eq!(iso("the third day of October 2013", None), "2013-10-03");
    assert!(
        dates("the fifth Monday of February 2013", None)
            .iter()
            .all(|(_, iso, _)| iso != "2013-03-04")
    );
}

#[test]
fn ranges_fill_missing_fields_from_the_other_end() {
    let r = Some(day(2018, 8, 1));
    assert_eq!(
        iso("Nov 18-Dec 19, 2015", None),
        "(2015-11-18,2015-12-20,P32D)"
    );
    assert_eq!(
        iso("from Nov to Feb 2017", None),
        "(2016-11-01,2017-03-01,P4M)"
    );
    assert_eq!(
        iso("between 3 and 12 of Sept", None),
        "(XXXX-09-03,XXXX-09-13,P10D)"
    );
    let w = one("between 3 and 12 of Sept", r);
    assert_eq!(
        (w.iso.as_str(), w.first, w.last),
        (
            "(2018-09-03,2018-09-13,P10D)",
            Some(day(2018, 9, 3)),
            Some(day(2018, 9, 12))
        )
    );
    // A dash alone between two years is page furniture or a season.
    assert!(no_date("He was mayor 2009-2021."));
    assert_eq!(
        iso("from 2009 to 2021", None),
        "(2009-01-01,2022-01-01,P13Y)"
    );
}

#[test]
fn ranges_include_their_last_day() {
    let r = Some(day(2021, 5, 20));
    let june = one("closed from June 3 through June 8", r);
    assert_eq!(
        (june.iso.as_str(), june.first, june.last),
        (
            "(2021-06-03,2021-06-09,P6D)",
            Some(day(2021, 6, 3)),
            Some(day(2021, 6, 8))
        )
    );
    let months = one("from January to March 2021", None);
    assert_eq!(
        (months.iso.as_str(), months.last),
        ("(2021-01-01,2021-04-01,P3M)", Some(day(2021, 3, 31)))
    );
    // February's last day in a leap year.
    assert_eq!(
        one("from January to February 2020", None).last,
        Some(day(2020, 2, 29))
    );
    // Across a year end, with and without a reference.
    assert_eq!(
        iso("shut from Dec. 24 to Jan. 2", None),
        "(XXXX-12-24,XXXX-01-03,P10D)"
    );
    let winter = one("shut from Dec. 24 to Jan. 2", Some(day(2020, 12, 1)));
    assert_eq!(
        (winter.first, winter.last),
        (Some(day(2020, 12, 24)), Some(day(2021, 1, 2)))
    );
    // A second end on December 31 ends the year.
    assert_eq!(
        iso("from Dec. 1 to Dec. 31, 2020", None),
        "(2020-12-01,2021-01-01,P31D)"
    );
}

#[test]
fn a_weekday_ending_a_range_follows_its_start() {
    // 2019-09-05 is a Thursday; "next Monday" is 2019-09-09.
    let r = one("from next Monday to Friday", Some(day(2019, 9, 5)));
    assert_eq!(
        (r.first, r.last),
        (Some(day(2019, 9, 9)), Some(day(2019, 9, 13)))
    );
}

/// The calendar fields the value `iso` spells out: a four-digit year, a
/// two-digit month and a two-digit day, in that order; none for weeks,
/// weekends and ranges, whose values are not calendar fields.
fn spelled(iso: &str, grain: Grain) -> (Option<i32>, Option<u32>, Option<u32>) {
    if matches!(grain, Grain::Week | Grain::Weekend | Grain::Range) {
        return (None, None, None);
    }
    let parts: Vec<&str> = iso.split('-').collect();
    let field = |i: usize, len: usize| {
        parts
            .get(i)
            .filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    (
        field(0, 4).and_then(|y| i32::try_from(y).ok()),
        field(1, 2),
        field(2, 2),
    )
}

#[test]
fn calendar_fields_agree_with_the_value() {
    let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/date.toml"))
        .unwrap_or_default();
    let file: File = toml::from_str(&raw).unwrap_or_else(|e| panic!("tests/data/date.toml: {e}"));
    let mut texts: Vec<&str> = file.case.iter().map(|c| c.text.as_str()).collect();
    texts.extend([
        "the third quarter",
        "Q1 2024",
        "last week",
        "the weekend",
        "the 15th",
        "in November",
        "the second Monday of March",
        "the 3rd day of May",
        "Easter",
        "Christmas",
        "Feb 30",
    ]);
    let mut checked = 0;
    for text in texts {
        for reference in [None, Some(day(2013, 2, 12))] {
            for fact in date_facts(text, reference) {
                let Value::Date(d) = &fact.value else {
                    continue;
                };
                let grain = match fact.unit {
                    Unit::Date(g) => g,
                    _ => continue,
                };
                assert_eq!(
                    (d.year, d.month, d.day),
                    spelled(&d.iso, grain),
                    "{text:?} against {reference:?}: {}",
                    d.iso
                );
                if grain == Grain::Day
                    && fact.bound == Bound::Exact
                    && let Some(first) = day_at(fact.interval.lower)
                {
                    assert_eq!(
                        (d.year, d.month, d.day),
                        (Some(first.year()), Some(first.month()), Some(first.day()))
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 100, "only {checked} dates checked");
}

// ---------------------------------------------------------------------------
// Robustness

#[test]
fn never_panics_on_odd_input() {
    let odd = [
        "",
        "-",
        "31/",
        "/12/",
        "9999-99-99",
        "99999999999999999999/1/1",
        "since",
        "the",
        "the end of",
        "mid-",
        "Q",
        "Q9 2020",
        "2020Q",
        "January",
        "the 31st of February",
        "Tuesday the",
        "in 2999 and 1000",
        "3 days",
        "a",
        "é 2020 – 2021 ü Jan 3",
        "\u{2013}2020\u{2013}",
        "1/1/1",
        "last",
    ];
    let far = [
        None,
        Some(NaiveDate::MIN),
        Some(NaiveDate::MAX),
        Some(day(2020, 2, 29)),
    ];
    for text in odd {
        for r in far {
            for f in date_facts(text, r) {
                let span = f.provenance.span;
                assert_eq!(
                    text.get(span.start..span.end),
                    Some(f.provenance.text.as_str()),
                    "{text:?}: span off char boundary"
                );
            }
        }
    }
}

#[test]
fn extreme_references_fall_back_to_open_values() {
    assert_eq!(iso("next year", Some(NaiveDate::MAX)), "XXXX");
    assert_eq!(iso("yesterday", Some(NaiveDate::MIN)), "XXXX-XX-XX");
}

// ---------------------------------------------------------------------------
// Conformance score (when the corpus is available)

/// Scores the date cases of the conformance corpus found in the directory
/// named by `CROSSCHECK_CONFORMANCE` (the JSON-lines files of
/// `duckling.Time`, `recognizers-text.DateTime.DateParser` and
/// `recognizers-text.DateTime.DateTimeModel`). Prints the pass rate per
/// file and asserts it has not fallen below the rate last measured.
///
/// A value matches when it equals the resolution against the case's
/// reference date, or, for values with `X`s (Recognizers-Text keeps
/// unanchored TIMEX values), the resolution without one.
#[test]
fn conformance_score() {
    let Ok(dir) = std::env::var("CROSSCHECK_CONFORMANCE") else {
        eprintln!("CROSSCHECK_CONFORMANCE not set: conformance score skipped");
        return;
    };
    let files = [
        ("duckling.Time.jsonl", 0.54),
        ("recognizers-text.DateTime.DateParser.jsonl", 0.62),
        ("recognizers-text.DateTime.DateTimeModel.jsonl", 0.47),
    ];
    let (mut all_pass, mut all_total) = (0, 0);
    let mut below = Vec::new();
    let verbose = std::env::var("CROSSCHECK_CONFORMANCE_VERBOSE").is_ok();
    for (name, floor) in files {
        let Ok(raw) = std::fs::read_to_string(format!("{dir}/{name}")) else {
            eprintln!("{name}: not found");
            continue;
        };
        let (mut pass, mut total) = (0, 0);
        for line in raw.lines().filter(|l| !l.trim().is_empty()) {
            let Ok(case) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if case["kind"] != "date" {
                continue;
            }
            total += 1;
            let ok = score_case(&case);
            if ok {
                pass += 1;
            } else if verbose {
                let want: Vec<String> = case["expected"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|e| format!("{} {} {}", e["text"], e["value"], e["unit"]))
                    .collect();
                let text = case["text"].as_str().unwrap_or("");
                eprintln!(
                    "FAIL {} {} want {want:?} got {:?}",
                    case["id"],
                    case["text"],
                    dates(text, case_reference(&case))
                );
            }
        }
        let rate = f64::from(pass) / f64::from(total.max(1));
        eprintln!("{name}: {pass}/{total} = {:.1}%", rate * 100.0);
        all_pass += pass;
        all_total += total;
        if rate < floor {
            below.push(format!("{name}: pass rate {rate:.3} below {floor}"));
        }
    }
    eprintln!(
        "all date cases: {all_pass}/{all_total} = {:.1}%",
        100.0 * f64::from(all_pass) / f64::from(all_total.max(1))
    );
    assert!(below.is_empty(), "{below:?}");
}

/// The case's reference date: its own, or Duckling's fixed one.
fn case_reference(case: &serde_json::Value) -> Option<NaiveDate> {
    let meta = &case["meta"];
    meta["context"]["ReferenceDateTime"]
        .as_str()
        .or_else(|| meta["context"]["referenceTime"].as_str())
        .and_then(|s| s.get(..10))
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
}

fn score_case(case: &serde_json::Value) -> bool {
    let text = case["text"].as_str().unwrap_or("");
    let meta = &case["meta"];
    let reference = case_reference(case);
    // Python character offsets to byte offsets.
    let byte_at = |c: u64| -> usize {
        let c = usize::try_from(c).unwrap_or(usize::MAX);
        text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
    };
    let with = date_facts(text, reference);
    let without = date_facts(text, None);
    assert_eq!(with.len(), without.len(), "{text:?}");
    let found: Vec<(usize, usize, String, String, String)> = with
        .iter()
        .zip(&without)
        .map(|(w, o)| {
            let span = w.provenance.span;
            let (w, o) = (resolved(w), resolved(o));
            (span.start, span.end, w.iso, o.iso, w.grain)
        })
        .collect();
    let value_ok =
        |got: &(usize, usize, String, String, String), want: &serde_json::Value| -> bool {
            let v = want["value"].as_str().unwrap_or("\u{0}");
            let unit_ok = want["unit"].as_str() == Some(got.4.as_str());
            unit_ok && (got.2 == v || (v.contains('X') && got.3 == v))
        };
    let expected = case["expected"].as_array().cloned().unwrap_or_default();
    match meta["check"].as_str().unwrap_or("") {
        "full_match" => {
            found.len() == 1
                && found[0].0 == 0
                && found[0].1 == text.len()
                && expected.first().is_some_and(|w| value_ok(&found[0], w))
        }
        "no_entity" => found.is_empty(),
        "all_entities" => {
            found.len() == expected.len()
                && found.iter().zip(&expected).all(|(g, w)| {
                    g.0 == byte_at(w["start"].as_u64().unwrap_or(0))
                        && g.1 == byte_at(w["end"].as_u64().unwrap_or(0))
                        && value_ok(g, w)
                })
        }
        _ => false,
    }
}

/// Found by the property tests: a range that ends where it starts must not
/// give an interval whose end comes before its start.
#[test]
fn a_range_ending_where_it_starts_has_ordered_days() {
    for text in [
        "January-January",
        "from May to May",
        "between 2020 and 2020",
    ] {
        let reference = NaiveDate::from_ymd_opt(2021, 6, 1);
        for found in date_facts(text, reference) {
            let r = resolved(&found);
            if let (Some(first), Some(last)) = (r.first, r.last) {
                assert!(first <= last, "{text}: {first} after {last}");
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Bounds

/// (quote, bound, first allowed day, last allowed day) of the one date of
/// `text`.
fn bound_of(
    text: &str,
    reference: Option<NaiveDate>,
) -> (String, Bound, Option<NaiveDate>, Option<NaiveDate>) {
    let found = date_facts(text, reference);
    assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    let f = &found[0];
    let r = resolved(f);
    (f.provenance.text.to_string(), f.bound, r.first, r.last)
}

#[test]
fn bound_words_bound_the_days_a_date_allows() {
    let r = Some(day(2021, 2, 1));
    let cases = [
        (
            "Prices rose since March 2020.",
            "since March 2020",
            Bound::Lower,
            Some(day(2020, 3, 1)),
            None,
        ),
        (
            "No flights after March 3.",
            "after March 3",
            Bound::Lower,
            Some(day(2021, 3, 4)),
            None,
        ),
        (
            "The law passed before July 1.",
            "before July 1",
            Bound::Upper,
            None,
            Some(day(2021, 6, 30)),
        ),
        (
            "Apply by June 30.",
            "by June 30",
            Bound::Upper,
            None,
            Some(day(2021, 6, 30)),
        ),
        (
            "Closed until Friday.",
            "until Friday",
            Bound::Upper,
            None,
            Some(day(2021, 1, 29)),
        ),
        (
            "Leave no later than January 1, 2010.",
            "no later than January 1, 2010",
            Bound::Upper,
            None,
            Some(day(2010, 1, 1)),
        ),
        (
            "Prices rose later than 2018.",
            "later than 2018",
            Bound::Lower,
            Some(day(2019, 1, 1)),
            None,
        ),
        (
            "Cars made in 2018 or later qualify.",
            "2018 or later",
            Bound::Lower,
            Some(day(2018, 1, 1)),
            None,
        ),
        (
            "Payments count from 1/1/2016 and after.",
            "1/1/2016 and after",
            Bound::Lower,
            Some(day(2016, 1, 1)),
            None,
        ),
        (
            "He may leave as late as tomorrow.",
            "as late as tomorrow",
            Bound::Upper,
            None,
            Some(day(2021, 2, 2)),
        ),
        (
            "Talks could resume as early as next week.",
            "as early as next week",
            Bound::Lower,
            Some(day(2021, 2, 8)),
            None,
        ),
        (
            "Bids are due on or before May 1, 2020.",
            "on or before May 1, 2020",
            Bound::Upper,
            None,
            Some(day(2020, 5, 1)),
        ),
        (
            "Applications open on or after July 1, 2020.",
            "on or after July 1, 2020",
            Bound::Lower,
            Some(day(2020, 7, 1)),
            None,
        ),
        (
            "Starting January 7, 2019, fares rise.",
            "Starting January 7, 2019",
            Bound::Lower,
            Some(day(2019, 1, 7)),
            None,
        ),
        (
            "Beginning on Monday, shops close early.",
            "Beginning on Monday",
            Bound::Lower,
            Some(day(2021, 2, 1)),
            None,
        ),
        (
            "From 2019 onwards, rules changed.",
            "From 2019 onwards",
            Bound::Lower,
            Some(day(2019, 1, 1)),
            None,
        ),
        (
            "Rents were frozen from March 2020 on.",
            "from March 2020 on",
            Bound::Lower,
            Some(day(2020, 3, 1)),
            None,
        ),
        (
            "She was barred before the year 2019.",
            "before the year 2019",
            Bound::Upper,
            None,
            Some(day(2018, 12, 31)),
        ),
    ];
    for (text, quote, bound, first, last) in cases {
        assert_eq!(
            bound_of(text, r),
            (quote.to_string(), bound, first, last),
            "{text:?}"
        );
    }
}

#[test]
fn bound_words_without_a_date_bound_nothing() {
    for text in [
        "More than 2020 people came.",
        "Leave as late as possible.",
        "She is starting a business.",
        "Prices rose from a low base onwards.",
        "It was no later than usual.",
    ] {
        assert!(no_date(text), "{text:?}");
    }
    // "the beginning of" is a part of a period, not a bound.
    let (quote, bound, ..) = bound_of("It rained at the beginning of March 2021.", None);
    assert_eq!(
        (quote.as_str(), bound),
        ("beginning of March 2021", Bound::Exact)
    );
    // "from" with "to" is a range; "and after" with more after it is not a
    // bound.
    assert_eq!(
        bound_of("Exports doubled from 2013 to 2017.", None).1,
        Bound::Range
    );
    assert_eq!(
        bound_of("Models from 2018 and after the war differ.", None).1,
        Bound::Exact
    );
}

// ---------------------------------------------------------------------------
// Days ahead and dates moved by an amount

#[test]
fn in_an_amount_of_units_is_the_day_that_far_ahead() {
    let r = Some(day(2013, 2, 12));
    assert_eq!(iso("The vote is in 1 week.", r), "2013-02-19");
    assert_eq!(iso("The vote is in a week.", r), "2013-02-19");
    assert_eq!(iso("They will leave in two months.", r), "2013-04-12");
    assert_eq!(iso("It opens in two years.", r), "2015-02-12");
    // Without a publication date, only the duration is kept.
    assert!(no_date("They will leave in two months."));
    for span in [
        "It was the warmest winter in 30 years.",
        "The firm cut 500 jobs, its first cuts in two years.",
        "Prices rose 5% in three years.",
        "Output fell to a record low in two months.",
        "Fighting killed 40 people in two days of clashes.",
        "The team won in three days straight.",
    ] {
        assert!(dates(span, r).is_empty(), "{span:?}");
    }
}

#[test]
fn a_date_moved_by_an_amount_is_counted_from_that_date() {
    let r = Some(day(2013, 2, 12));
    assert_eq!(iso("three days after Easter", r), "2013-04-03");
    assert_eq!(iso("one year after Christmas", r), "2013-12-25");
    assert_eq!(
        iso("It happened 2 weeks before May 13 1999.", None),
        "1999-04-29"
    );
    // "for 90 days after April 2" and "90 days from April 2" are spans
    // that start on the date.
    assert_eq!(
        dates("It shuts for 90 days after April 2.", None),
        [("after April 2".into(), "XXXX-04-02".into(), "day".into())]
    );
    assert_eq!(
        dates("It shuts 90 days from April 2.", None),
        [("April 2".into(), "XXXX-04-02".into(), "day".into())]
    );
    assert_eq!(iso("It ends 3 days after January 12th.", r), "2013-01-15");
    // A month moved by months stays a month; a year by years a year.
    let may = one("two months after March 2020", None);
    assert_eq!((may.iso.as_str(), may.grain.as_str()), ("2020-05", "month"));
    assert_eq!(iso("two years after 2015", None), "2017");
    // "after the attack" names no date: only the duration is read.
    assert!(no_date("The vote came three days after the attack."));
}

#[test]
fn more_than_an_amount_before_or_after_is_a_bound() {
    let r = Some(day(2013, 2, 12));
    assert_eq!(
        bound_of("It was done more than 2 weeks before today.", r),
        (
            "more than 2 weeks before today".to_string(),
            Bound::Upper,
            None,
            Some(day(2013, 1, 28))
        )
    );
    assert_eq!(
        bound_of("Work starts more than 2 weeks after today.", r),
        (
            "more than 2 weeks after today".to_string(),
            Bound::Lower,
            Some(day(2013, 2, 27)),
            None
        )
    );
    assert_eq!(
        bound_of("It closed at least a week ago.", r),
        (
            "at least a week ago".to_string(),
            Bound::Upper,
            None,
            Some(day(2013, 2, 5))
        )
    );
}

// ---------------------------------------------------------------------------
// Weeks and stretches of a period

#[test]
fn weeks_of_a_month_or_year_follow_the_iso_thursday() {
    let r = Some(day(2013, 2, 12));
    for (text, value) in [
        ("last week of september 2014", "2014-W39"),
        ("the first week of October 2014", "2014-W40"),
        ("the third last week of 2018", "2018-W50"),
        ("the 2nd last week of October 2018", "2018-W42"),
        ("in the first week of 2015", "2015-W01"),
        ("the last week of 2016", "2016-W52"),
        ("the 3rd week of Jan 2018", "2018-W03"),
        ("the week of October 6th, 2013", "2013-W40"),
        ("the week after next", "2013-W09"),
        ("the last week of this month", "2013-W09"),
    ] {
        let w = one(text, r);
        assert_eq!(
            (w.iso.as_str(), w.grain.as_str()),
            (value, "week"),
            "{text}"
        );
    }
    // "friday after next": the Friday a week after the coming one.
    assert_eq!(iso("friday after next", r), "2013-02-22");
    // "the last week of the campaign" is no week before this one.
    assert!(dates("in the last week of the campaign", r).is_empty());
}

#[test]
fn stretches_next_to_the_publication_date_are_ranges() {
    let r = Some(day(2016, 11, 7));
    let next = one("I'll be out the next 3 days.", r);
    assert_eq!(
        (next.iso.as_str(), next.first, next.last),
        (
            "(2016-11-08,2016-11-11,P3D)",
            Some(day(2016, 11, 8)),
            Some(day(2016, 11, 10))
        )
    );
    assert_eq!(
        iso("They worked on it for the last 3 months.", r),
        "(2016-08-07,2016-11-07,P3M)"
    );
    // Quarters are whole quarters before or after the current one.
    assert_eq!(
        iso("Sales for the past two quarters fell.", r),
        "(2016-04-01,2016-10-01,P6M)"
    );
    // The duration stays, and without a publication date it is all.
    let facts = Checker::new().extract(&Source::new("t", "Rain fell over the past four days."));
    assert_eq!(
        facts
            .facts
            .iter()
            .map(|f| (f.kind, f.provenance.text.as_str()))
            .collect::<Vec<_>>(),
        [(Kind::Duration, "four days")]
    );
}

#[test]
fn the_first_or_last_units_of_a_period_are_a_range() {
    let r = Some(day(2019, 10, 1));
    for (text, value) in [
        ("the first 2 weeks of 2021", "(2021-01-04,2021-01-18,P2W)"),
        (
            "the last 3 weeks of this year",
            "(2019-12-09,2019-12-30,P3W)",
        ),
        (
            "the last four months of 2021",
            "(2021-09-01,2022-01-01,P4M)",
        ),
        (
            "first ten days of last year",
            "(2018-01-01,2018-01-11,P10D)",
        ),
        (
            "Sales rose in the first three months of the year.",
            "(2019-01-01,2019-04-01,P3M)",
        ),
    ] {
        assert_eq!(iso(text, r), value, "{text}");
    }
}

#[test]
fn years_joined_to_a_licensed_year_are_years() {
    assert_eq!(
        dates("Sales fell in 2007, 2008 and 2009.", None),
        [
            ("2007".into(), "2007".into(), "year".into()),
            ("2008".into(), "2008".into(), "year".into()),
            ("2009".into(), "2009".into(), "year".into()),
        ]
    );
    // Without a licensing word neither is a date; with "between" they are
    // a range.
    assert!(no_date("The 2014 and 2018 elections were close."));
    assert_eq!(
        one("Output doubled between 2014 and 2018.", None).grain,
        "daterange"
    );
    assert_eq!(iso("Show sales in the year of 2008.", None), "2008");
    assert_eq!(iso("They met on 28 June in 2020.", None), "2020-06-28");
}

#[test]
fn days_written_as_labels_or_idioms_are_no_dates() {
    assert!(no_date("The 9/11 attacks reshaped air travel."));
    assert!(no_date("The 24/7 hotline is staffed by volunteers."));
    assert!(no_date("Shops stay open 24/7 now."));
    // A day written the same way elsewhere is one.
    assert_eq!(iso("After 9/11, airports changed.", None), "XXXX-09-11");
}
