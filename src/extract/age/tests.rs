//! Tests of ages.

use super::super::scan::{quotes, rejections};
use super::super::token::tokenize;
use super::*;

#[test]
fn ages_in_their_shapes() {
    for (text, quote) in [
        ("A 13-year-old boy was hurt.", "13-year-old"),
        ("The driver was 45 years old.", "45 years old"),
        ("a girl aged 9.", "aged 9"),
        ("She died at the age of 87.", "age of 87"),
        ("Rosa Vidal, 27, of Fresno", "27"),
        ("Peter Hale (61) was named.", "61"),
        ("A man in his 50s was hurt.", "in his 50s"),
        ("Children as young as 9 were hurt.", "as young as 9"),
        ("Residents aged 65 or older may apply.", "aged 65 or older"),
        (
            "Pupils between the ages of 11 and 16 took part.",
            "between the ages of 11 and 16",
        ),
        (
            "A woman in her late thirties was arrested.",
            "in her late thirties",
        ),
    ] {
        let got = quotes(text);
        assert!(
            got.contains(&(Kind::Age, quote.to_string())),
            "{text}: {quote:?} not in {got:?}"
        );
    }
}

#[test]
fn what_is_no_age() {
    for text in [
        "a 12-year veteran of the force",
        "He was sentenced to 12 years in prison.",
        "Kevin Dorsey (38 points) led the Lakers.",
        "The house was built in the 1940s.",
        "Route 66 (1926) and Apollo 11 (1969).",
        "They won the final (2-1) on Sunday.",
        "as the report shows (p. 12).",
        "The score was 42.",
        "In 2019, 45 people died.",
    ] {
        let got = quotes(text);
        assert!(got.iter().all(|(k, _)| *k != Kind::Age), "{text}: {got:?}");
    }
}

#[test]
fn ages_in_units_no_age_is_counted_in_are_rejected() {
    assert_eq!(
        rejections("a 3-hour-old foal"),
        [("3-hour-old".into(), RejectReason::Age)]
    );
}

#[test]
fn decades_of_life() {
    let mut toks = Vec::new();
    tokenize("in her mid-50s", 0, &mut toks);
    assert_eq!(
        decade_at(&toks, 1),
        Some(Decade {
            lo: 54,
            hi: 56,
            end: toks.len()
        })
    );
    tokenize("in his late teens", 0, &mut toks);
    assert_eq!(
        decade_at(&toks, 1),
        Some(Decade {
            lo: 17,
            hi: 19,
            end: toks.len()
        })
    );
    tokenize("in the 1940s", 0, &mut toks);
    assert_eq!(decade_at(&toks, 1), None);
}
