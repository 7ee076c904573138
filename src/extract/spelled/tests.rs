//! Tests of the spelled reader: words, scales, fractions, pairs and
//! ordinals.

use crate::extract::numeral::tests::read_quoting;

/// The value, precision and ordinality of the number read from the
/// whole of `text`.
fn read(text: &str) -> Option<(String, String, bool)> {
    read_quoting(text, text)
}

fn val(text: &str) -> String {
    read(text).map(|r| r.0).unwrap_or_default()
}

#[test]
fn words() {
    assert_eq!(val("thirty-four"), "34");
    assert_eq!(val("one hundred and twenty"), "120");
    assert_eq!(val("a dozen"), "12");
    assert_eq!(val("two dozen"), "24");
    assert_eq!(val("two and a half million"), "2500000");
    assert_eq!(val("three-quarters"), "0.75");
    assert_eq!(val("twenty five thousand three hundred"), "25300");
    assert_eq!(val("a million"), "1000000");
    assert_eq!(val("eight"), "8");
}

#[test]
fn scales_fractions_and_pairs() {
    // A larger scale right after another multiplies it.
    assert_eq!(val("three lakh crore"), "3000000000000");
    assert_eq!(val("three thousand millions"), "3000000000");
    // A fraction after a scale is a fraction of the scale.
    assert_eq!(val("two million and one half"), "2500000");
    assert_eq!(val("five billion and three quarters"), "5750000000");
    assert_eq!(val("one hundred and three quarters"), "100.75");
    assert_eq!(val("two thirds of a million"), "666666.666666667");
    // A fraction that does not end keeps 15 significant digits.
    assert_eq!(val("forty two and a third"), "42.3333333333333");
    assert_eq!(val("a pair"), "2");
    assert_eq!(val("three hundred Cr"), "3000000000");
    // "a fifth" alone may be an ordinal ("a fifth term"); "of" makes
    // it a fraction.
    assert_eq!(val("a fifth"), "");
}

#[test]
fn ordinals() {
    assert_eq!(read("first").map(|r| (r.0, r.2)), Some(("1".into(), true)));
    assert_eq!(
        read("twenty-first").map(|r| (r.0, r.2)),
        Some(("21".into(), true))
    );
}
