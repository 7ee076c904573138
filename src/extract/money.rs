//! Money: a currency symbol, code or word next to an amount. "$34bn",
//! "US$35-billion", "£2,000", "Rs 5 crore", "EUR 3bn", "20 million pounds",
//! "500 yuan", "5 cents".

use super::token::{Tk, Token};
use crate::lexicon::{self, lower};

/// A currency written before an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Prefix {
    /// ISO 4217 code.
    pub code: &'static str,
    /// The first token of the currency mark.
    pub start: usize,
}

/// The currency written right before token `i` (the first token of a
/// number): a symbol ("$", "£"), a lettered dollar ("US$", "HK$"), or a
/// code ("USD", "Rs", "Rs.").
pub(crate) fn before(toks: &[Token<'_>], i: usize) -> Option<Prefix> {
    if i == 0 {
        return None;
    }
    let t = &toks[i - 1];
    if let Tk::Punct(c) = t.kind {
        if c == '.' {
            // "Rs. 500"
            if i >= 2
                && toks[i - 2].is_word()
                && !t.space_before
                && toks[i - 2].text.eq_ignore_ascii_case("rs")
            {
                return Some(Prefix {
                    code: "INR",
                    start: i - 2,
                });
            }
            return None;
        }
        let code = lexicon::currency_symbol(c)?;
        // A word glued before the symbol: "US$", "HK$", "C$".
        if c == '$' && i >= 2 && toks[i - 2].is_word() && !t.space_before {
            let mut buf = [0u8; 32];
            if let Some(code) = lower(toks[i - 2].text, &mut buf).and_then(lexicon::dollar_prefix) {
                return Some(Prefix { code, start: i - 2 });
            }
        }
        // "¥" with "yuan" or "RMB" nearby is the Chinese currency.
        if code == "JPY" && near_word(toks, i, &["yuan", "rmb", "renminbi", "cny"]) {
            return Some(Prefix {
                code: "CNY",
                start: i - 1,
            });
        }
        return Some(Prefix { code, start: i - 1 });
    }
    if t.is_word() {
        let mut buf = [0u8; 32];
        let w = lower(t.text, &mut buf)?;
        // Codes are written in capitals ("USD 5m"); "Rs" in any case.
        let capital = t.text.bytes().all(|b| b.is_ascii_uppercase());
        if (capital || w == "rs" || w == "euro" || w == "euros")
            && let Some(code) = lexicon::currency_prefix_word(w)
        {
            return Some(Prefix { code, start: i - 1 });
        }
    }
    None
}

fn near_word(toks: &[Token<'_>], i: usize, words: &[&str]) -> bool {
    let lo = i.saturating_sub(4);
    let hi = (i + 6).min(toks.len());
    toks[lo..hi]
        .iter()
        .any(|t| t.is_word() && words.iter().any(|w| t.text.eq_ignore_ascii_case(w)))
}

/// A currency written after an amount ending at token `end`: a currency
/// word or code ("pounds", "yuan", "EUR"), and how many of it make one main
/// unit (100 for cents). Returns the code, the divisor and the token after.
pub(crate) fn after(
    toks: &[Token<'_>],
    end: usize,
    scaled: bool,
) -> Option<(&'static str, u32, usize)> {
    let t = toks.get(end)?;
    if !t.is_word() {
        return None;
    }
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf)?;
    // Words that are ordinary English elsewhere need care: "p" only glued
    // ("50p"), "real", "try", "won", "dong" and "rand" only as codes or
    // after a scale word.
    if w == "p" && t.space_before {
        return None;
    }
    let capital = t.text.bytes().all(|b| b.is_ascii_uppercase());
    if matches!(
        w,
        "real" | "try" | "won" | "dong" | "rand" | "sar" | "rub" | "ils"
    ) && !capital
        && !scaled
    {
        return None;
    }
    // Pounds of weight: "weighed 8 pounds", "5 pounds of sugar".
    if matches!(w, "pound" | "pounds")
        && (next_word(toks, end + 1, "of") || weighing_before(toks, end))
    {
        return None;
    }
    let (code, div) = lexicon::currency_word(w)?;
    // "US dollars", "Hong Kong dollars", "Canadian dollars".
    let code = if code == "USD" && end >= 1 {
        qualified_dollar(toks, end).unwrap_or(code)
    } else {
        code
    };
    // "Indian rupees", "Pakistani rupees".
    let code = if code == "INR" && end >= 1 && toks[end - 1].text.eq_ignore_ascii_case("pakistani")
    {
        "PKR"
    } else {
        code
    };
    Some((code, div, end + 1))
}

fn next_word(toks: &[Token<'_>], i: usize, w: &str) -> bool {
    toks.get(i)
        .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(w))
}

/// A form of "weigh" within the few words before token `end`.
fn weighing_before(toks: &[Token<'_>], end: usize) -> bool {
    let lo = end.saturating_sub(5);
    toks[lo..end]
        .iter()
        .any(|t| t.is_word() && t.text.len() >= 5 && t.text[..5].eq_ignore_ascii_case("weigh"))
}

fn qualified_dollar(toks: &[Token<'_>], end: usize) -> Option<&'static str> {
    let prev = toks.get(end.checked_sub(1)?)?;
    if !prev.is_word() {
        return None;
    }
    let mut buf = [0u8; 32];
    Some(match lower(prev.text, &mut buf)? {
        "canadian" => "CAD",
        "australian" => "AUD",
        "kong" => "HKD",
        "singapore" => "SGD",
        "zealand" => "NZD",
        "taiwan" | "taiwanese" => "TWD",
        "us" | "u.s." | "american" => "USD",
        _ => return None,
    })
}
