//! Money: a currency symbol, code or word next to an amount. "$34bn",
//! "US$35-billion", "£2,000", "Rs 5 crore", "EUR 3bn", "20 million pounds",
//! "500 yuan", "5 cents", "20 dollars 43 cents". A number is money when a
//! currency is written before it ([`with_prefix`]) or a currency word or
//! symbol after it ([`with_suffix`]); pounds of weight ("weighed 8
//! pounds") and the currency names that are ordinary words ("won", "real")
//! are not taken. Two readings start at a word: vague amounts ("millions
//! of dollars", [`vague`]) and one of a currency ("costs a dollar",
//! [`article`]). A currency named without its country ("10 dinars") keeps
//! its name as its unit.

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::numeral::{self, Numeral};
use super::scan::{Quantity, Reading, Verdict};
use super::token::{Tk, Token};
use super::{Amount, Hedge, Kind, RawUnit, Stated, bound};
use crate::lexicon::{self, WordTable, among, lower};

/// Money with its currency written before it: "$34bn", "US$35-billion",
/// "Rs. 500", "EUR 3bn". A code repeating the currency after the amount
/// ("$5 million US dollars") is part of the quote.
pub(crate) fn with_prefix(r: &Reading<'_, '_>) -> Option<Verdict> {
    let p = r.prefix?;
    let toks = r.toks;
    let mut end = r.end;
    let mut amount = r.amount;
    // "$4. 7 billion": a space after the decimal point, as some copy has it.
    if r.last.is_none()
        && r.hedge_after.is_none()
        && let Some((n, after)) = spaced_decimal(toks, &r.first)
    {
        amount = Amount::One(Stated {
            value: n.value,
            precision: n.precision,
        });
        end = after;
    }
    if toks.get(end).is_some_and(|t| t.is_word())
        && let Some((code, 1, after)) = after(toks, end, true)
        && code == p.code
    {
        end = after;
    }
    Some(with_minor(
        r,
        r.take(Kind::Money, end, amount, RawUnit::Currency(p.code)),
    ))
}

/// "$4. 7 billion": whole digits, a glued decimal point, a space, the
/// decimal digits and a scale word. Read only after a currency and before
/// a scale, where the space can be nothing but a slip. Returns the number
/// and the token after the scale word.
fn spaced_decimal(toks: &[Token<'_>], n: &Numeral) -> Option<(Stated, usize)> {
    if n.scaled || n.formatted || n.spelled || n.fraction || n.ordinal {
        return None;
    }
    toks.get(n.end)
        .filter(|t| t.is_punct('.') && !t.space_before)?;
    let digits = toks
        .get(n.end + 1)
        .filter(|t| t.is_digits() && t.space_before && t.text.len() <= 3)?;
    let scale = toks.get(n.end + 2).filter(|t| t.is_word())?;
    let mut buf = [0u8; 32];
    let w = lower(scale.text, &mut buf)?;
    let p = match lexicon::scale_word(w) {
        Some((p, false)) if p >= 3 => p,
        _ if among(lexicon::SPACED_SCALE_ABBREVIATIONS, w) => lexicon::scale_abbrev(w)?,
        _ => return None,
    };
    let places = u32::try_from(digits.text.len()).ok()?;
    let frac = Decimal::from_str_exact(digits.text).ok()? / numeral::pow10(places);
    let f = numeral::pow10(p);
    let value = n.value.checked_add(frac)?.checked_mul(f)?;
    let precision = (f / numeral::pow10(places)).max(Decimal::ONE);
    Some((Stated { value, precision }, n.end + 3))
}

/// "millions of dollars", "tens of millions of pounds", "hundreds of
/// millions of dollars": a vague amount at token `i` (with the limits a
/// vague count has) and the currency right after it. `at` is the vague
/// amount there, as [`super::count::vague_at`] reads it.
pub(crate) fn vague(
    toks: &[Token<'_>],
    i: usize,
    at: Option<(Decimal, Decimal, usize)>,
) -> Option<Quantity> {
    let (lo, hi, end) = at?;
    if !toks.get(end).is_some_and(|t| t.is_word()) {
        return None;
    }
    // "thousands of dollar bills" counts bills.
    let mut buf = [0u8; 32];
    if lower(toks[end].text, &mut buf).is_some_and(|w| among(lexicon::ARTICLE_CURRENCIES, w)) {
        return None;
    }
    let (code, div, after) = after(toks, end, true)?;
    Some(Quantity {
        kind: Kind::Money,
        start: i,
        end: after,
        hedge: Hedge::About,
        amount: divide(Amount::Vague { lo, hi }, div),
        unit: RawUnit::Currency(code),
    })
}

/// "costs a dollar", "a euro a litre", "above a dollar and 42 cents": one
/// of a currency named after "a" or "an" at token `i`, and the cents that
/// may follow. Not a currency that modifies a noun ("a dollar store", "a
/// pound coin", "a dollar-denominated bond") or a pound of weight ("a
/// pound of sugar").
pub(crate) fn article(toks: &[Token<'_>], i: usize) -> Option<Quantity> {
    let first = toks.get(i).filter(|t| t.is_word())?;
    if !lexicon::ARTICLES
        .iter()
        .any(|a| first.text.eq_ignore_ascii_case(a))
    {
        return None;
    }
    let t = toks.get(i + 1).filter(|t| t.is_word())?;
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf)?;
    if !among(lexicon::ARTICLE_CURRENCIES, w) {
        return None;
    }
    let (code, div) = lexicon::currency_word(w)?;
    if let Some(next) = toks.get(i + 2) {
        if next.is_dash() && !next.space_before {
            return None;
        }
        if next.is_word() {
            let mut b2 = [0u8; 32];
            let nw = lower(next.text, &mut b2).unwrap_or("");
            let of_weight = nw == "of" && among(lexicon::POUND_WORDS, w);
            if of_weight || !lexicon::is_stop_word(nw) {
                return None;
            }
        }
    }
    let d = Decimal::from(div);
    let mut stated = Stated {
        value: Decimal::ONE / d,
        precision: Decimal::ONE / d,
    };
    let mut end = i + 2;
    if div == 1
        && let Some((minor, after)) = minor_after(toks, end)
    {
        stated = Stated {
            value: stated.value + minor / Decimal::ONE_HUNDRED,
            precision: Decimal::new(1, 2),
        };
        end = after;
    }
    let (hedge, start) = bound::before(toks, i).unwrap_or((Hedge::Exact, i));
    Some(Quantity {
        kind: Kind::Money,
        start,
        end,
        hedge,
        amount: Amount::One(stated),
        unit: RawUnit::Currency(code),
    })
}

/// Money with its currency written after it: "20 million pounds", "500
/// yuan", "10$", "5 cents" (as a twentieth of a dollar).
#[inline]
pub(crate) fn with_suffix(r: &Reading<'_, '_>) -> Option<Verdict> {
    // A cardinal number word right after the number is no currency.
    if r.tail.number_word_at(r.end) {
        debug_assert!(after(r.toks, r.end, r.tail.scaled).is_none());
        return None;
    }
    let (code, div, end) = after(r.toks, r.end, r.tail.scaled)?;
    Some(with_minor(
        r,
        r.take(
            Kind::Money,
            end,
            divide(r.amount, div),
            RawUnit::Currency(code),
        ),
    ))
}

/// "20 dollars 43 cents", "$20 and 43c", "3 GBP 1 pence": a whole amount
/// and its minor units are one amount.
fn with_minor(r: &Reading<'_, '_>, v: Verdict) -> Verdict {
    let Verdict::Take(mut q) = v else {
        return v;
    };
    if let Amount::One(s) = q.amount
        && !r.first.scaled
        && s.value.is_integer()
        && s.precision == Decimal::ONE
        && let Some((minor, end)) = minor_after(r.toks, q.end)
    {
        q.amount = Amount::One(Stated {
            value: s.value + minor / Decimal::ONE_HUNDRED,
            precision: Decimal::new(1, 2),
        });
        q.end = end;
    }
    Verdict::Take(q)
}

/// Cents and pence: an amount in a sub-unit, as main units.
fn divide(amount: Amount, div: u32) -> Amount {
    if div == 1 {
        return amount;
    }
    let d = Decimal::from(div);
    let f = |s: Stated| Stated {
        value: s.value / d,
        precision: s.precision / d,
    };
    match amount {
        Amount::One(s) => Amount::One(f(s)),
        Amount::Range(a, b) => Amount::Range(f(a), f(b)),
        Amount::Vague { lo, hi } => Amount::Vague {
            lo: lo / d,
            hi: hi / d,
        },
    }
}

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
        // "Y=260 billion": the yen in some wire feeds.
        let (letter, sign, yen) = lexicon::WIRE_YEN;
        if c == sign
            && i >= 2
            && !t.space_before
            && !toks[i].space_before
            && toks[i - 2].text == letter
            && (i == 2 || toks[i - 2].space_before)
        {
            return Some(Prefix {
                code: yen,
                start: i - 2,
            });
        }
        let code = lexicon::currency_symbol(c)?;
        // A word before the symbol: "US$", "HK$", "C$", and as some
        // tokenized copy writes them, "us $", "c $".
        if c == '$' && i >= 2 && toks[i - 2].is_word() {
            let mut buf = [0u8; 32];
            let word = lower(toks[i - 2].text, &mut buf);
            let spaced_ok = word.is_some_and(lexicon::spaced_dollar_prefix);
            if (!t.space_before || spaced_ok)
                && let Some(code) = word.and_then(lexicon::dollar_prefix)
            {
                return Some(Prefix { code, start: i - 2 });
            }
        }
        // "¥" with "yuan" or "RMB" nearby is the Chinese currency.
        if code == "JPY" && near_word(toks, i, lexicon::YUAN_WORDS) {
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
        // "$US72.56", "$A1.2 billion": the dollar's letters after the sign,
        // as Australian and New Zealand copy writes them.
        if i >= 2
            && toks[i - 2].is_punct('$')
            && !t.space_before
            && !toks[i].space_before
            && t.text.bytes().all(|b| b.is_ascii_uppercase())
            && let Some(code) = lexicon::dollar_prefix(w)
        {
            return Some(Prefix { code, start: i - 2 });
        }
        // Codes are written in capitals ("USD 5m"); "Rs" in any case.
        let capital = t.text.bytes().all(|b| b.is_ascii_uppercase());
        if (capital || among(lexicon::ANY_CASE_PREFIX_WORDS, w))
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
    if t.is_dash() {
        // "a 12-cent dividend", "a one-yen bid"; a "20-pound bag" weighs.
        let u = toks
            .get(end + 1)
            .filter(|u| u.is_word() && !u.space_before && !t.space_before)?;
        let mut buf = [0u8; 32];
        let w = lower(u.text, &mut buf)?;
        if w == lexicon::PENCE_LETTER {
            return None;
        }
        // "a 20-pound bag" weighs; "a 20-pound note" pays.
        if among(lexicon::POUND_WORDS, w)
            && !toks.get(end + 2).is_some_and(|n| {
                let mut b2 = [0u8; 32];
                n.is_word()
                    && lower(n.text, &mut b2)
                        .is_some_and(|nw| among(lexicon::POUND_MONEY_WORDS, nw))
            })
        {
            return None;
        }
        let (code, div) = lexicon::currency_word(w)?;
        return Some((code, div, end + 2));
    }
    if let Tk::Punct(c) = t.kind {
        return symbol_after(toks, end, c);
    }
    if !t.is_word() {
        return None;
    }
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf)?;
    // Most words after a number start no currency: one lookup turns them
    // away.
    if LEADS.get(w.as_bytes()).is_none() {
        debug_assert!(word_after(toks, end, scaled, t, w).is_none(), "{w}");
        return None;
    }
    word_after(toks, end, scaled, t, w)
}

/// Every word a currency written after an amount can start with: a
/// currency's word or code, a dollar's letters, the cent letter, and a
/// nation's adjective or the first word of its name.
static LEADS: LazyLock<WordTable<&'static str, ()>> = LazyLock::new(|| {
    let words = lexicon::CURRENCY_WORDS
        .iter()
        .map(|&(w, _)| w)
        .chain(lexicon::DOLLAR_PREFIXES.iter().map(|&(w, _)| w))
        .chain([lexicon::CENT_LETTER])
        .chain(lexicon::TWO_WORD_NATIONS.iter().map(|&(w, _, _)| w))
        .chain(
            lexicon::NATIONAL_CURRENCIES
                .iter()
                .flat_map(|&(_, adjectives, _)| adjectives.iter().copied()),
        );
    WordTable::new(words.map(|w| (w, ())))
});

/// [`after`] at the word `t`, token `end`, whose lowercase form is `w`.
fn word_after(
    toks: &[Token<'_>],
    end: usize,
    scaled: bool,
    t: &Token<'_>,
    w: &str,
) -> Option<(&'static str, u32, usize)> {
    // "10US$", "3.14 US$": a lettered dollar after the amount.
    if toks
        .get(end + 1)
        .is_some_and(|d| d.is_punct('$') && !d.space_before)
        && let Some(code) = lexicon::dollar_prefix(w)
        && !toks
            .get(end + 2)
            .is_some_and(|n| n.is_digits() && !n.space_before)
    {
        return Some((code, 1, end + 2));
    }
    // "australian dollars", "swiss francs", "kuwaiti dinar": a nation's
    // adjective before the currency's name.
    if let Some((code, len)) = named_currency(toks, end) {
        return Some((code, 1, end + len));
    }

    // "65c a share": cents, glued and in lower case only.
    if w == lexicon::CENT_LETTER {
        let next_glued = toks
            .get(end + 1)
            .is_some_and(|n| !n.space_before && (n.is_digits() || n.is_word()));
        return (t.text == lexicon::CENT_LETTER && !t.space_before && !next_glued).then_some((
            "USD",
            100,
            end + 1,
        ));
    }
    // Words that are ordinary English elsewhere need care: "p" only glued
    // ("50p"), "real", "try", "won", "dong" and "rand" only as codes or
    // after a scale word.
    if w == lexicon::PENCE_LETTER && t.space_before {
        return None;
    }
    let capital = t.text.bytes().all(|b| b.is_ascii_uppercase());
    if lexicon::is_ambiguous_currency_word(w) && !capital && !scaled {
        return None;
    }
    // Pounds of weight: "weighed 8 pounds", "5 pounds of sugar", "a twenty
    // pound bag".
    if among(lexicon::POUND_WORDS, w)
        && (next_word(toks, end + 1, "of")
            || weighing_before(toks, end)
            || pound_compound(toks, end, w))
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
    let code =
        if code == "INR" && end >= 1 && toks[end - 1].text.eq_ignore_ascii_case(lexicon::PAKISTANI)
        {
            "PKR"
        } else {
            code
        };
    Some((code, div, end + 1))
}

/// A currency symbol after an amount ending at token `end`: "10$", "20 €",
/// "5¢". A symbol glued to the digits that follow belongs to them ("10 $30"
/// is thirty dollars), so it is not taken here.
fn symbol_after(toks: &[Token<'_>], end: usize, c: char) -> Option<(&'static str, u32, usize)> {
    let (cent, cent_code, cent_div) = lexicon::CENT_SYMBOL;
    let (code, div) = if c == cent {
        (cent_code, cent_div)
    } else {
        (lexicon::currency_symbol(c)?, 1)
    };
    let next = toks.get(end + 1);
    if next.is_some_and(|n| !n.space_before && (n.is_digits() || n.is_word())) {
        return None;
    }
    Some((code, div, end + 1))
}

/// A currency named by a nation's adjective and the currency's common
/// name at token `i`: "australian dollars", "swiss francs", "hong kong
/// dollar". Returns the code and how many tokens the name takes.
pub(crate) fn named_currency(toks: &[Token<'_>], i: usize) -> Option<(&'static str, usize)> {
    let mut b1 = [0u8; 32];
    let adj = lower(toks.get(i)?.text, &mut b1)?;
    let (adj_len, adj) = if lexicon::TWO_WORD_NATIONS
        .iter()
        .any(|&(first, _, _)| first == adj)
    {
        let mut b2 = [0u8; 32];
        let second = lower(toks.get(i + 1)?.text, &mut b2)?;
        lexicon::TWO_WORD_NATIONS
            .iter()
            .find_map(|&(first, next, nation)| match next {
                Some(next) if first == adj && next == second => Some((2, nation)),
                None if first == adj => Some((1, nation)),
                _ => None,
            })?
    } else {
        (1, adj)
    };
    let t = toks.get(i + adj_len)?;
    if !t.is_word() {
        return None;
    }
    let mut b3 = [0u8; 32];
    let name = lower(t.text, &mut b3)?;
    let code = lexicon::national_currency(adj, name)?;
    Some((code, adj_len + 1))
}

fn next_word(toks: &[Token<'_>], i: usize, w: &str) -> bool {
    toks.get(i)
        .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(w))
}

/// "a twenty pound bag", "the 20 pound sack": a number and the singular
/// "pound" at token `end` between an article and a noun, an adjective of
/// weight. A noun that is paid ("a 20 pound note", "a ten pound fine")
/// leaves it money.
fn pound_compound(toks: &[Token<'_>], end: usize, w: &str) -> bool {
    if w != lexicon::POUND_WORDS[0] {
        return false;
    }
    let mut b = [0u8; 32];
    let noun = toks.get(end + 1).is_some_and(|n| {
        n.is_word()
            && n.space_before
            && lower(n.text, &mut b).is_some_and(|nw| {
                !lexicon::is_stop_word(nw)
                    && !among(lexicon::POUND_MONEY_WORDS, nw)
                    && lexicon::currency_word(nw).is_none()
                    && lexicon::unit_word(nw).is_none()
                    && lexicon::tens_word(nw).is_none()
            })
    });
    if !noun {
        return false;
    }
    // The article before the number: "a twenty", "the 20", "a one hundred".
    let lo = end.saturating_sub(5);
    for t in toks[lo..end].iter().rev() {
        let mut b2 = [0u8; 32];
        let Some(tw) = t.is_word().then(|| lower(t.text, &mut b2)).flatten() else {
            if t.is_digits() || t.is_dash() || t.is_punct(',') || t.is_punct('.') {
                continue;
            }
            return false;
        };
        if lexicon::is_article(tw) || tw == "the" {
            return true;
        }
        if lexicon::is_stop_word(tw) {
            return false;
        }
    }
    false
}

/// A form of "weigh" within the few words before token `end`.
fn weighing_before(toks: &[Token<'_>], end: usize) -> bool {
    let lo = end.saturating_sub(5);
    toks[lo..end].iter().any(|t| {
        let stem = lexicon::WEIGH_STEM;
        t.is_word()
            && t.text.len() >= stem.len()
            && t.text.as_bytes()[..stem.len()].eq_ignore_ascii_case(stem.as_bytes())
    })
}

fn qualified_dollar(toks: &[Token<'_>], end: usize) -> Option<&'static str> {
    let prev = toks.get(end.checked_sub(1)?)?;
    if !prev.is_word() {
        return None;
    }
    let mut buf = [0u8; 32];
    lexicon::dollar_qualifier(lower(prev.text, &mut buf)?)
}

/// The minor units that may follow a main amount ending at token `end`:
/// "43 cents" after "20 dollars", "and 43c" after "$20", or a bare "50" at
/// the end of the clause ("15 dollars and 50."). Returns the amount in
/// minor units and the token after it.
pub(crate) fn minor_after(toks: &[Token<'_>], end: usize) -> Option<(Decimal, usize)> {
    let mut k = end;
    if toks
        .get(k)
        .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case("and"))
    {
        k += 1;
    }
    let t = toks.get(k)?;
    if !(t.is_digits() || t.is_word()) || !t.space_before {
        return None;
    }
    let n = super::numeral::parse(toks, k).ok()??;
    if n.ordinal || n.fraction || n.scaled || n.formatted || n.value < Decimal::ONE {
        return None;
    }
    if n.value >= Decimal::ONE_HUNDRED {
        return None;
    }
    let after = toks.get(n.end);
    // "43c", glued.
    if after.is_some_and(|a| a.is_word() && !a.space_before && a.text == lexicon::CENT_LETTER) {
        return Some((n.value, n.end + 1));
    }
    if after.is_some_and(|a| a.is_word()) {
        let mut buf = [0u8; 32];
        let w = lower(after?.text, &mut buf)?;
        return match lexicon::currency_word(w) {
            Some((_, 100)) => Some((n.value, n.end + 1)),
            _ => None,
        };
    }
    // A bare number closes the clause.
    let closes = after.is_none_or(|a| {
        matches!(a.kind, Tk::Punct('.' | ',' | ';' | '!' | '?' | ')'))
            && toks
                .get(n.end + 1)
                .is_none_or(|b| b.space_before || !b.is_digits())
    });
    closes.then_some((n.value, n.end))
}

#[cfg(test)]
mod tests {
    use super::super::scan::{quotes, rejections};
    use super::*;

    #[test]
    fn currency_before_or_after_the_amount() {
        assert_eq!(
            quotes("The $34bn float was blocked."),
            [(Kind::Money, "$34bn".into())]
        );
        assert_eq!(
            quotes("Ant's US$35-billion IPO."),
            [(Kind::Money, "US$35-billion".into())]
        );
        assert_eq!(
            quotes("It paid 20 million pounds."),
            [(Kind::Money, "20 million pounds".into())]
        );
    }

    #[test]
    fn amounts_that_start_at_a_word() {
        assert_eq!(
            quotes("It costs a dollar and 20 cents."),
            [(Kind::Money, "a dollar and 20 cents".into())]
        );
        assert_eq!(
            quotes("Millions of dollars were lost."),
            [(Kind::Money, "Millions of dollars".into())]
        );
        // A currency that names a noun, or a pound that weighs.
        assert_eq!(quotes("He opened a dollar store."), []);
        assert_eq!(quotes("She bought a pound of coffee."), []);
        assert_eq!(quotes("Thousands of dollar bills were found."), []);
    }

    #[test]
    fn wire_and_regional_spellings() {
        for (text, quote) in [
            ("It set aside Y=260 billion.", "Y=260 billion"),
            ("Oil rose to $US84.20.", "$US84.20"),
            ("It cost Rs 2.4 lakh crore.", "Rs 2.4 lakh crore"),
            ("A kilo costs 35 LE now.", "35 LE"),
            ("He paid 10 dinars.", "10 dinars"),
            ("It lost $4. 7 billion.", "$4. 7 billion"),
            ("It pays 32c a share.", "32c"),
        ] {
            assert_eq!(quotes(text), [(Kind::Money, quote.into())], "{text}");
        }
        // "le" in lower case and a capital "C" are no currency.
        assert_eq!(quotes("It was 3C outside."), []);
        assert_eq!(quotes("Il y a 12 le matin."), []);
    }

    #[test]
    fn pounds_of_weight_are_no_money() {
        // A weight, read by measure.rs.
        assert_eq!(
            quotes("The baby weighed 8 pounds."),
            [(Kind::Measure, "8 pounds".into())]
        );
        assert_eq!(rejections("The baby weighed 8 pounds."), []);
    }
}
