//! The date syntax tree and the scanner's entry points. What dates resolve
//! to is tested through the public API in `tests/dates.rs` and
//! `tests/data/date.toml`.

use std::cell::OnceCell;

use chrono::Weekday;

use super::reader::Reader;
use super::rules::RULES;
use super::{DateExpr, Modifier, Period, Point, Rel, Scratch, scan, scan_sentence};
use crate::extract::token::tokenize;

fn quotes(text: &str) -> Vec<&str> {
    scan(text, 0).iter().map(|f| f.span.slice(text)).collect()
}

/// Each text reads as exactly the dates given with it.
fn assert_dates(cases: &[(&str, &[&str])]) {
    for &(text, dates) in cases {
        assert_eq!(quotes(text), dates, "{text:?}");
    }
}

/// No text reads as a date.
fn assert_no_dates(texts: &[&str]) {
    for &text in texts {
        assert_eq!(quotes(text), Vec::<&str>::new(), "{text:?}");
    }
}

fn expr(text: &str) -> DateExpr {
    let found = scan(text, 0);
    assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    found[0].expr.0.clone()
}

#[test]
fn finds_every_date_of_a_body_in_text_order() {
    let text = "The ban starts on January 20, the agency said on Tuesday.";
    assert_eq!(quotes(text), ["January 20", "Tuesday"]);
}

#[test]
fn spans_are_offset_into_the_source() {
    let source = "HEADLINE\nThe ban starts on January 20.";
    let body = &source[9..];
    let found = scan(body, 9);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].span.slice(source), "January 20");
}

#[test]
fn a_sentence_is_read_in_the_tokens_the_number_scanner_reads() {
    let source = "Filed: It ended on\nMarch 3, 2021 and resumed Tuesday.";
    let text = &source[7..];
    let mut toks = Vec::new();
    tokenize(text, 7, &mut toks);
    let mut scratch = Scratch::default();
    let mut out = vec![];
    scan_sentence(text, 7, &toks, &mut scratch, &mut out);
    let got: Vec<&str> = out.iter().map(|f| f.span.slice(source)).collect();
    // "on" and "March" are on two lines: the date starts at "March".
    assert_eq!(got, ["March 3, 2021", "Tuesday"]);
}

#[test]
fn modifiers_are_recorded() {
    assert_eq!(
        expr("Prices have risen since 2019.").modifier,
        Some(Modifier::Since)
    );
    let by = expr("They must leave by next year.");
    assert_eq!(by.modifier, Some(Modifier::By));
    assert_eq!(
        by.point,
        Point::Relative {
            grain: Period::Year,
            shift: 1
        }
    );
    assert_eq!(expr("It happened in 2020.").modifier, None);
}

#[test]
fn expr_shape_for_weekday() {
    let want = DateExpr {
        point: Point::Weekday {
            weekday: Weekday::Fri,
            rel: Rel::Next,
        },
        part: None,
        modifier: None,
    };
    assert_eq!(expr("The talks resume next Friday."), want);
}

#[test]
fn possessives_and_abbreviations_are_read_in_their_pieces() {
    // The tokenizer keeps "Tuesday's" and "U.S." whole; the rules read
    // their letters apart, so the quote stops before the "'s".
    assert_eq!(
        quotes("Tuesday's vote and yesterday's rally"),
        ["Tuesday", "yesterday"]
    );
    assert_eq!(quotes("since last week's vote"), ["last week"]);
    assert_eq!(quotes("on Mother’s Day in the U.S."), ["Mother’s Day"]);
    assert_eq!(quotes("in a week's time"), ["in a week's time"]);
    // "after yesterday's rally": the word governs the noun, not the date.
    let found = scan("after yesterday's rally", 0);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].expr.0.modifier, None);
}

#[test]
fn invisible_characters_read_as_the_number_scanner_reads_them() {
    // Zero-width and bidi marks are spaces, a no-break space between digit
    // groups is a space, and a combining mark belongs to its word.
    assert_eq!(quotes("on January\u{200b}20"), ["January\u{200b}20"]);
    assert_eq!(quotes("on 3\u{a0}March 2021"), ["3\u{a0}March 2021"]);
    assert_eq!(quotes("in Marche\u{301} 2020"), Vec::<&str>::new());
}

#[test]
fn every_example_of_the_rule_table_reads_as_one_date() {
    for rule in RULES {
        for example in rule.examples {
            let found = scan(example, 0);
            assert_eq!(found.len(), 1, "{}: {example:?} {found:?}", rule.shape);
        }
    }
}

#[test]
fn never_panics_and_spans_stay_on_char_boundaries() {
    let odd = [
        "",
        "-",
        "31/",
        "/12/",
        "9999-99-99",
        "99999999999999999999/1/1",
        "00000000000000000003rd quarter",
        "since",
        "the end of",
        "mid-",
        "Q9 2020",
        "2020Q",
        "the 31st of February",
        "Tuesday the",
        "é 2020 – 2021 ü Jan 3",
        "\u{2013}2020\u{2013}",
        "Ⅻ April ٣٤ Mother\u{301}'s Day",
        "St.",
        "'s",
    ];
    for text in odd {
        for f in scan(text, 0) {
            assert!(
                text.get(f.span.start..f.span.end).is_some(),
                "{text:?}: span off char boundary"
            );
        }
    }
}

#[test]
fn the_gate_lets_every_anchor_through() {
    use super::anchors;
    use crate::extract::prefilter;
    use crate::lexicon::calendar::{self, Cal};
    let may_hold_date = |text: &str| {
        let mut hits = Vec::new();
        prefilter::find(text, 7, &mut hits);
        prefilter::may_hold_date(text, 7, &hits)
    };
    // A word that only starts a holiday's name passes with the name.
    let words = calendar::words().filter(|&(_, cal)| cal != Cal::Holiday && anchors(cal, true));
    for (w, cal) in words {
        let upper = w.to_ascii_uppercase();
        // A plural unit of time passes after an amount, a lowercase "may"
        // after a word of the calendar.
        let amount = match cal {
            Cal::Units(_) => "a ",
            Cal::Month(super::VERB_MONTH, _) => "in ",
            _ => "",
        };
        let w = &format!("{amount}{w}");
        let upper = &format!("{amount}{upper}");
        for text in [
            w.to_string(),
            format!("It was {upper}."),
            format!("{w}'s"),
            format!("5{w}"),
            format!("_{w}_"),
            format!("few {w}"),
            format!("a couple of {w}"),
        ] {
            assert!(may_hold_date(&text), "{cal:?}: {text:?}");
        }
    }
    for &(holiday, names) in calendar::HOLIDAY_NAMES {
        for name in names {
            let upper = name.to_ascii_uppercase();
            let dashed = name.replace(' ', "-");
            for text in [
                name.to_string(),
                format!("It was {upper}."),
                format!("on {dashed}'s eve"),
                format!("_{name}_"),
            ] {
                assert!(may_hold_date(&text), "{holiday:?}: {text:?}");
            }
        }
    }
    assert!(may_hold_date("at 5"));
    for text in [
        "Officials spoke with reporters.",
        "The new president of the international council spoke.",
        "Marchers walked",
        "maybe",
        "in the coming days",
        "for months, and weeks",
        "It may rain.",
        "may",
        "",
    ] {
        assert!(!may_hold_date(text), "{text:?}");
    }
}

#[test]
fn every_amount_before_a_unit_is_a_place_the_gate_sees() {
    use crate::extract::prefilter::{self, Cue};
    use crate::lexicon::calendar::{self, Cal, Kw};
    // The words `Reader::amount_at` reads before a plural unit of time.
    let amounts = calendar::words()
        .filter(|&(_, cal)| matches!(cal, Cal::Card(..) | Cal::Kw(Kw::A | Kw::Few | Kw::Couple)));
    let mut n = 0;
    for (w, cal) in amounts {
        let mut hits = Vec::new();
        prefilter::find(w, 0, &mut hits);
        let cue = hits.first().map(|h| h.cue).unwrap_or_default();
        assert!(cue.has(Cue::ARTICLE) || cue.triggers(), "{cal:?}: {w}");
        n += 1;
    }
    assert!(n > 20, "{n} amounts");
}

#[test]
fn articles_and_in_start_dates_only_before_an_amount() {
    // Still read: an amount of time after "a" or "in".
    assert_dates(&[
        ("The plant closed a week ago.", &["a week ago"][..]),
        ("Talks resume in two weeks.", &["in two weeks"]),
        ("It opens in 3 days, officials said.", &["in 3 days"]),
        ("Results are due in a week's time.", &["in a week's time"]),
        ("He left a couple of weeks ago.", &["a couple of weeks ago"]),
        ("The vote was held a few days ago.", &["a few days ago"]),
        ("The law took effect in November.", &["November"]),
        (
            "In August, the company said a year ago it would.",
            &["August", "a year ago"],
        ),
    ]);
    // Not read: "a", "an" or "in" before anything else.
    assert_no_dates(&[
        "President Donald Trump signed an executive order banning the apps.",
        "It is the latest in a series of moves in its decision.",
        "Officials in the WeChat case spoke in public.",
        "A runoff election for a First Amendment case.",
    ]);
}

#[test]
fn the_starts_no_date_before_a_holiday_word() {
    // Still read: the holiday's name from its own first word.
    assert_dates(&[
        (
            "Stores close on the New Year's Day holiday.",
            &["New Year's Day"][..],
        ),
        ("Sales rose over the Christmas weekend.", &["Christmas"]),
        (
            "Markets shut for the Presidents Day holiday.",
            &["Presidents Day"],
        ),
    ]);
    // Not read: the first word of a name with the rest missing.
    assert_no_dates(&[
        "the president elect said on the New York Stock Exchange",
        "The new restrictions will follow the election result.",
    ]);
}

#[test]
fn an_ordinal_starts_no_date_before_a_plain_word() {
    assert_dates(&[
        (
            "Sales fell in the first quarter of 2024.",
            &["the first quarter of 2024"][..],
        ),
        (
            "The vote is on the first Tuesday of October.",
            &["the first Tuesday of October"],
        ),
        ("Parades mark the Fourth of July.", &["the Fourth of July"]),
        (
            "It fell in the first three months of 2021.",
            &["the first three months of 2021"],
        ),
    ]);
    assert_no_dates(&[
        "The case was first reported by Bloomberg.",
        "A second round of talks and a third party joined.",
    ]);
}

#[test]
fn a_number_with_thousands_separators_starts_no_date() {
    // Dates beside such numbers are still read whole; the gate's
    // exactness at every place it passes is checked in debug builds.
    assert_dates(&[
        (
            "By Oct. 2, more than 667,000 registrations had been received.",
            &["By Oct. 2"][..],
        ),
        (
            "Between 45,000 and 50,000 people died between 2004 and 2005.",
            &["between 2004 and 2005"],
        ),
        (
            "From 1,200 on March 3, 2020 the toll rose to 1,234,567.",
            &["March 3, 2020"],
        ),
        ("Some 5,000 years ago the bay was dry.", &[]),
        ("It cost $1,500 on 12/25/2021.", &["12/25/2021"]),
    ]);
}

#[test]
fn digits_glued_after_a_mark_start_no_date_and_the_dates_around_them_stay() {
    // The digits after a decimal point, a clock's colon, a currency sign or
    // a telephone number's dash are passed over; a date beside them is
    // still read, and so are digits after a bracket, a quote or a range's
    // dash.
    assert_dates(&[
        ("Prices rose 2.5% on May 3.", &["May 3"]),
        ("Call 1-800-621-3362 by June 1, 2009.", &["by June 1, 2009"]),
        ("It paid US$35 on 2/15.", &["2/15"]),
        ("At 2:28 p.m. on Tuesday the quake struck.", &["Tuesday"]),
        ("It was sold in 2014 (3/4/2014).", &["2014", "3/4/2014"]),
        ("The fair runs November 18-19.", &["November 18-19"]),
    ]);
    assert_no_dates(&["1-800-621-3362", "rose 2.5%", "$1,000.2018", "x2019"]);
}

/// For each text, the digits `gate` passes over, which [`Reader::gated`]
/// passes over too, and the digits it leaves to the rules.
fn assert_gate(gate: fn(&Reader<'_, '_>, usize) -> bool, cases: &[(&str, &[&str], &[&str])]) {
    for &(text, passed, tried) in cases {
        let mut toks = Vec::new();
        tokenize(text, 0, &mut toks);
        let last_join = OnceCell::new();
        let reader = Reader::new(&toks, &last_join);
        let at = |digits: &str| {
            toks.iter()
                .position(|t| t.text == digits)
                .unwrap_or_else(|| panic!("{digits:?} in {text:?}"))
        };
        for d in passed {
            assert!(gate(&reader, at(d)), "{d:?} in {text:?}");
            assert!(reader.gated(at(d)), "{d:?} in {text:?}");
        }
        for d in tried {
            assert!(!gate(&reader, at(d)), "{d:?} in {text:?}");
        }
    }
}

#[test]
fn digits_glued_after_a_mark_are_gated_and_free_digits_are_not() {
    assert_gate(
        |r, i| r.digits_glued_after(i),
        &[
            ("rose 2.5% today", &["5"], &["2"]),
            ("call 1-800-621 now", &["800", "621"], &["1"]),
            ("paid US$35 then", &["35"], &[]),
            ("at 2:28 today", &["28"], &["2"]),
            ("sold (2008) and \"2009\"", &[], &["2008", "2009"]),
        ],
    );
}

#[test]
fn digits_before_a_bracket_or_a_colon_start_no_date_and_the_dates_around_them_stay() {
    assert_dates(&[
        (
            "Call (206) 555-1234 before 12:30 p.m. on May 5.",
            &["May 5"][..],
        ),
        ("The law passed in 2020).", &["2020"]),
        ("Talks on 5; 6 May and 7 May differ.", &["6 May", "7 May"]),
        ("The fair runs March 3-5) in town.", &["March 3-5"]),
        ("On 14) June 2021 they met.", &["June 2021"]),
        ("The score was 3:2 after 90+ minutes.", &[]),
    ]);
    assert_gate(
        |r, i| r.digits_before_bracket(i),
        &[
            ("call (206) now", &["206"], &[]),
            ("at 12:30 today", &["12"], &[]),
            ("rule 5(b) and 7* and 9%", &["5", "7", "9"], &[]),
            ("in 2020) and 20200701)", &[], &["2020", "20200701"]),
            ("on 5-6 May and 1/20 and 5.3.2020", &[], &["5", "1"]),
        ],
    );
}
