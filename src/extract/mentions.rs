//! Every number in a text, whatever it measures: cardinals, ordinals,
//! fractions, ratios and ranges with their bounds, for callers that want
//! all numbers (such as conformance tests against general number
//! extractors). Phone numbers are skipped; "one" standing for a noun is no
//! number.

use rust_decimal::Decimal;

use super::numeral::{self, OutOfRange};
use super::token::{Tk, Token, tokenize};
use super::{Amount, Hedge, NumberMention, Stated, bound, duration, reject};
use crate::segment;
use crate::span::Span;

/// Every number in `text`, for callers that want numbers whatever they
/// measure.
pub(crate) fn numbers(text: &str) -> Vec<NumberMention> {
    let mut out = Vec::new();
    let mut toks = Vec::new();
    for sentence in segment::sentences(text, 0) {
        let s = &text[sentence.start..sentence.end];
        tokenize(s, sentence.start, &mut toks);
        let mut i = 0;
        while i < toks.len() {
            // Phone numbers, when punctuation joins the groups: "1 234 567"
            // is one number written in groups.
            let joined = toks[i].is_punct('+')
                || toks[i].is_punct('(')
                || (toks[i].is_digits()
                    && toks
                        .get(i + 1)
                        .is_some_and(|t| !t.space_before && matches!(t.kind, Tk::Punct(_))));
            if joined && let Some(end) = reject::phone_at(&toks, i) {
                i = end;
                continue;
            }
            let n = match numeral::parse(&toks, i) {
                // "- 1,200,000": a minus standing apart at the start.
                Ok(Some(mut n))
                    if i == 1 && numeral::sign_at(&toks, 0).is_none() && spaced_minus(&toks) =>
                {
                    n.start = 0;
                    n.value = -n.value;
                    n
                }
                Ok(Some(n)) => n,
                Ok(None) => {
                    i += 1;
                    continue;
                }
                Err(OutOfRange { end, .. }) => {
                    i = end.max(i + 1);
                    continue;
                }
            };
            // "Which one do you prefer?": "one" standing for a noun.
            if pronoun_one(&toks, &n) {
                i = n.end;
                continue;
            }
            // "one over three", "two out of five hundred", "1 in twenty-one":
            // a ratio.
            if let Some((value, end)) = ratio_after(&toks, &n) {
                // "2 in 5 or more": a bound written after the ratio; else
                // one before it ("more than 2 in 5").
                let (hedge, start, end) = match bound::after(&toks, end) {
                    Some((h, e)) => (h, n.start, e),
                    None => match bound::before(&toks, n.start) {
                        Some((h, s)) => (h, s, end),
                        None => (Hedge::Exact, n.start, end),
                    },
                };
                out.push(NumberMention {
                    span: Span::new(toks[start].span.start, toks[end - 1].span.end),
                    amount: Amount::One(Stated {
                        value,
                        precision: Decimal::new(1, 2),
                    }),
                    hedge,
                    ordinal: false,
                });
                i = end;
                continue;
            }
            let between = n.start > 0 && toks[n.start - 1].text.eq_ignore_ascii_case("between");
            let range = if n.ordinal {
                None
            } else {
                bound::range_after(&toks, &n, between)
            };
            let (amount, end) = match range {
                Some((second, _)) => {
                    let first = bound::share_scale(n, &second);
                    (
                        Amount::Range(
                            Stated {
                                value: first.value,
                                precision: first.precision,
                            },
                            Stated {
                                value: second.value,
                                precision: second.precision,
                            },
                        ),
                        second.end,
                    )
                }
                None => (
                    Amount::One(Stated {
                        value: n.value,
                        precision: n.precision,
                    }),
                    n.end,
                ),
            };
            let mut start = if between { n.start - 1 } else { n.start };
            if let Some((_, c)) = range
                && start > 0
                && numeral::is_word(&toks, c, "to")
                && numeral::is_word(&toks, start - 1, "from")
            {
                start -= 1;
            }
            let mut hedge = Hedge::Exact;
            let mut end = end;
            // "five hundred or more": a bound written after the number
            // replaces one before it ("about five hundred or more").
            if range.is_none()
                && !n.ordinal
                && let Some((h, after)) = bound::after(&toks, end)
            {
                hedge = h;
                end = after;
            } else if !between
                && let Some((h, s)) = if duration::unit_after(&toks, end).is_some() {
                    bound::before_span(&toks, start)
                } else {
                    bound::before(&toks, start)
                }
            {
                hedge = h;
                start = s;
            }
            let span = Span::new(toks[start].span.start, toks[end - 1].span.end);
            out.push(NumberMention {
                span,
                amount,
                hedge,
                ordinal: n.ordinal,
            });
            i = end;
        }
    }
    out
}

/// Whether `n` is the pronoun "one": a bare "one" after a determiner
/// ("the one you mentioned", "which one").
fn pronoun_one(toks: &[Token<'_>], n: &numeral::Numeral) -> bool {
    n.end == n.start + 1
        && numeral::is_word(toks, n.start, "one")
        && n.start > 0
        && crate::lexicon::PRONOUN_DETERMINERS
            .iter()
            .any(|w| numeral::is_word(toks, n.start - 1, w))
}

/// A ratio starting with the number `n`: "one over three" (with nothing
/// after the divisor), "two out of five hundred", "1 in twenty-one".
/// Returns its value and the token after it.
fn ratio_after(toks: &[Token<'_>], n: &numeral::Numeral) -> Option<(Decimal, usize)> {
    if n.ordinal || n.fraction || !n.value.is_integer() {
        return None;
    }
    let (k, kind) = if numeral::is_word(toks, n.end, "over") {
        (n.end + 1, 0)
    } else if numeral::is_word(toks, n.end, "out") && numeral::is_word(toks, n.end + 1, "of") {
        (n.end + 2, 1)
    } else if numeral::is_word(toks, n.end, "in") {
        (n.end + 1, 2)
    } else {
        return None;
    };
    let m = numeral::parse(toks, k).ok()??;
    if m.ordinal || m.fraction || m.value.is_zero() || m.value.is_sign_negative() {
        return None;
    }
    let ok = match kind {
        // "2000 over 3 years" is a span of time, not a ratio.
        0 => toks
            .get(m.end)
            .is_none_or(|t| matches!(t.kind, Tk::Punct('.' | ',' | ';' | '?' | '!' | ')'))),
        1 => true,
        _ => n.value < m.value && !reject::year_like(&m),
    };
    if !ok {
        return None;
    }
    Some((numeral::ratio(n.value, m.value)?, m.end))
}

/// Whether the sentence opens with a minus standing apart from the number
/// after it: "- 1,200,000".
fn spaced_minus(toks: &[Token<'_>]) -> bool {
    toks.first().is_some_and(|t| {
        matches!(t.kind, Tk::Punct('-' | '−'))
            && toks.get(1).is_some_and(|n| n.space_before && n.is_digits())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every number `numbers` finds: its quote, its value (or its ends,
    /// for ranges) and its hedge.
    fn mentions(text: &str) -> Vec<(String, String, Hedge)> {
        numbers(text)
            .iter()
            .map(|m| {
                let value = match m.amount {
                    Amount::One(s) => s.value.normalize().to_string(),
                    Amount::Range(a, b) => {
                        format!("{}..{}", a.value.normalize(), b.value.normalize())
                    }
                    Amount::Vague { lo, hi } => format!("{lo}..{hi}"),
                };
                (m.span.slice(text).to_string(), value, m.hedge)
            })
            .collect()
    }

    fn one(text: &str) -> (String, String) {
        let found = mentions(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (found[0].0.clone(), found[0].1.clone())
    }

    #[test]
    fn numbers_read_signs() {
        assert_eq!(one("-504"), ("-504".into(), "-504".into()));
        assert_eq!(
            one("minus 1,200,000"),
            ("minus 1,200,000".into(), "-1200000".into())
        );
        assert_eq!(
            one("- 1,200,000"),
            ("- 1,200,000".into(), "-1200000".into())
        );
        assert_eq!(one("negative five hundred and four").1, "-504");
        assert_eq!(one("+15").1, "15");
        // Hyphens inside names and ranges are not signs.
        assert_eq!(mentions("COVID-19 cases")[0].1, "19");
        let season = mentions("the 2020-21 season");
        assert_eq!(season.len(), 2, "{season:?}");
        assert_eq!(season[1].1, "21");
    }

    #[test]
    fn numbers_read_fractions() {
        assert_eq!(one("3/4"), ("3/4".into(), "0.75".into()));
        assert_eq!(one("2 1/4").1, "2.25");
        assert_eq!(one("-4/5").1, "-0.8");
        assert_eq!(one("two thirds").1, "0.666666666666667");
        assert_eq!(one("twenty-three fifths").1, "4.6");
        assert_eq!(one("five and a quarter").1, "5.25");
        assert_eq!(one("three million and a half").1, "3500000");
        assert_eq!(one("half a million").1, "500000");
        assert_eq!(one("one over three").1, "0.333333333333333");
        assert_eq!(one("two out of five hundred").1, "0.004");
        assert_eq!(one("¾").1, "0.75");
        // Dates and paths are not fractions.
        assert!(mentions("1/20/2021").iter().all(|m| !m.1.contains('.')));
        // "2000 over 3 years" is a span of time.
        assert_eq!(mentions("$2000 over 3 years").len(), 2);
    }

    #[test]
    fn numbers_read_spoken_decimals_and_groups() {
        assert_eq!(one("two point two million").1, "2200000");
        assert_eq!(one("thirty-two point seventy-five").1, "32.75");
        assert_eq!(one("nine point nought four").1, "9.04");
        assert_eq!(one("12,34,567.89").1, "1234567.89");
        assert_eq!(one("1 234 567").1, "1234567");
        assert_eq!(one("3 hundred and 21").1, "321");
        assert_eq!(one("3 dozens").1, "36");
        assert_eq!(one("half a dozen").1, "6");
        assert_eq!(one("twentyfifth").1, "25");
        // "at one point" is an idiom, not a decimal point.
        assert_eq!(mentions("At one point five people left").len(), 2);
        // "423 0000" is two numbers.
        assert_eq!(mentions("423 0000").len(), 2);
    }

    #[test]
    fn numbers_read_bounds() {
        let bound = |text: &str| mentions(text).first().map(|m| (m.0.clone(), m.2));
        assert_eq!(bound(">= 30"), Some((">= 30".into(), Hedge::AtLeast)));
        assert_eq!(bound("x<20"), Some(("<20".into(), Hedge::LessThan)));
        assert_eq!(
            bound("less than or equal to 100"),
            Some(("less than or equal to 100".into(), Hedge::UpTo))
        );
        assert_eq!(
            bound("bigger or equal than 3965"),
            Some(("bigger or equal than 3965".into(), Hedge::AtLeast))
        );
        assert_eq!(
            bound("about five hundred or more"),
            Some(("five hundred or more".into(), Hedge::AtLeast))
        );
        assert_eq!(
            bound("losses could exceed 3000"),
            Some(("exceed 3000".into(), Hedge::MoreThan))
        );
        // "<>30" is another operator.
        assert_eq!(bound("<>30").map(|b| b.1), Some(Hedge::Exact));
        // "200 or greater than 190" is two bounds.
        assert_eq!(mentions("200 or greater than 190").len(), 2);
        // "40 and greater than or equal to 50" is two bounds too.
        let two = mentions("at most 40 and greater than or equal to 50");
        assert_eq!(
            two.iter().map(|m| (m.0.as_str(), m.2)).collect::<Vec<_>>(),
            [
                ("at most 40", Hedge::UpTo),
                ("greater than or equal to 50", Hedge::AtLeast)
            ]
        );
        // A ratio keeps the bound before it.
        assert_eq!(
            bound("more than 2 in 5"),
            Some(("more than 2 in 5".into(), Hedge::MoreThan))
        );
        assert_eq!(mentions("from 10 to 20")[0].0, "from 10 to 20".to_string());
        // The pronoun "one" is no number.
        assert!(mentions("Which one do you prefer?").is_empty());
    }
}
