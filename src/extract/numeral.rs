//! Numbers as written: digits ("1,234.5", "34bn", "1.5 million", "3/4",
//! "21st"), and the entry point for every number, which hands words to
//! `spelled.rs` ("thirty-four", "three-quarters", "first").

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::spelled;
use super::token::{Tk, Token};
use crate::lexicon::{self, lower};

pub(crate) use super::spelled::and_fraction;
#[cfg(test)]
pub(crate) use super::spelled::cardinal_at;

/// A number read from tokens `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Numeral {
    pub start: usize,
    pub end: usize,
    pub value: Decimal,
    /// The place value of the last digit written, scale applied.
    pub precision: Decimal,
    pub ordinal: bool,
    /// Spelled out, at least in part.
    pub spelled: bool,
    /// A scale word or suffix was applied ("million", "bn").
    pub scaled: bool,
    /// The scale was a single glued letter ("5m", "2k"), which only money or
    /// a counted noun can confirm.
    pub letter_scale: bool,
    /// A fraction ("three-quarters", "half").
    pub fraction: bool,
    /// The power of ten a scale word applied (6 for "million"), or 0.
    pub scale_pow: u32,
    /// Integer digits written, for digit forms (0 for words).
    pub int_digits: usize,
    /// Written with thousands separators or a decimal point.
    pub formatted: bool,
    /// The token at `end` is a cardinal number word that does not join the
    /// number, found so by the spelled reader, which stopped there ("one
    /// hundred" before "hundred", "one" before "two"). No reader finds a
    /// unit, a noun, a cue or a connector in such a word. False where it
    /// is not known, and wherever `end` moves.
    pub cardinal_after: bool,
    /// The token before `start` is a cardinal number word ("hundred"
    /// before "one hundred one"), found so by the spelled reader. No hedge
    /// ends in one, and no cue of a count or of an age is one. False where
    /// it is not known.
    pub cardinal_before: bool,
}

impl Numeral {
    /// Whether a scale word or suffix was applied ("2 million", "5k").
    pub(crate) fn spelled_scale(&self) -> bool {
        self.scaled
    }

    /// Whether token `k` is known to be a cardinal number word that does
    /// not join this number (see [`Numeral::cardinal_after`]): a reader that
    /// looks for a unit, a noun or a cue at `k` finds none there.
    #[inline]
    pub(crate) fn number_word_at(&self, k: usize) -> bool {
        (self.cardinal_after && k == self.end) || (self.cardinal_before && k + 1 == self.start)
    }
}

/// How `v` compares with the whole number `n`: read from the mantissa
/// where `v` is written with no decimals, the common case, with no decimal
/// arithmetic.
#[inline]
pub(crate) fn cmp_whole(v: Decimal, n: i64) -> Ordering {
    if v.scale() == 0 {
        let o = v.mantissa().cmp(&i128::from(n));
        debug_assert_eq!(o, v.cmp(&Decimal::from(n)));
        return o;
    }
    v.cmp(&Decimal::from(n))
}

/// Why a number-like run of tokens could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct OutOfRange {
    pub start: usize,
    pub end: usize,
}

/// Ten to the power `n`, as a whole number. Up to 10^28, the largest a
/// `Decimal` holds, it is made from its digits at once; past that the
/// multiplication overflows, as it always has.
pub(super) fn pow10(n: u32) -> Decimal {
    if n <= MAX_POW10 {
        return Decimal::from_i128_with_scale(10i128.pow(n), 0);
    }
    pow10_by_steps(n)
}

/// The largest power of ten a `Decimal` holds.
const MAX_POW10: u32 = 28;

/// [`pow10`], one multiplication by ten at a time.
fn pow10_by_steps(n: u32) -> Decimal {
    let mut d = Decimal::ONE;
    for _ in 0..n {
        d *= Decimal::TEN;
    }
    d
}

#[inline]
pub(super) fn word_at<'b>(toks: &[Token<'b>], i: usize, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let t = toks.get(i)?;
    if t.kind != Tk::Word {
        return None;
    }
    lower(t.text, buf)
}

/// Whether token `i` is the (lowercase) word `w`.
#[inline]
pub(crate) fn is_word(toks: &[Token<'_>], i: usize, w: &str) -> bool {
    toks.get(i)
        .is_some_and(|t| t.kind == Tk::Word && t.text.eq_ignore_ascii_case(w))
}

/// Reads the number that starts at token `i`, if one does. A number
/// restated in brackets right after it, in digits or in words ("forty-five
/// (45)", "45 (forty-five)"), is part of it: one number, stated twice.
pub(crate) fn parse(toks: &[Token<'_>], i: usize) -> Result<Option<Numeral>, OutOfRange> {
    let mut n = parse_one(toks, i)?;
    if let Some(n) = n.as_mut()
        && toks.get(n.end).is_some_and(|t| t.is_punct('('))
        && let Ok(Some(m)) = parse_one(toks, n.end + 1)
        && m.spelled != n.spelled
        && m.value == n.value
        && !m.ordinal
        && !n.ordinal
        && toks.get(m.end).is_some_and(|t| t.is_punct(')'))
    {
        n.end = m.end + 1;
        n.cardinal_after = false;
    }
    Ok(n)
}

/// Reads the number that starts at token `i`, without a restatement.
fn parse_one(toks: &[Token<'_>], i: usize) -> Result<Option<Numeral>, OutOfRange> {
    match toks.get(i).map(|t| t.kind) {
        Some(Tk::Digits) => parse_digits(toks, i),
        Some(Tk::Word) => {
            Ok(spelled::parse_words(toks, i).or_else(|| spelled::vulgar_fraction(toks, i)))
        }
        Some(Tk::Punct(_)) if sign_at(toks, i).is_some() => {
            let negative = sign_at(toks, i) == Some(true);
            let Some(mut n) = parse_digits(toks, i + 1)? else {
                return Ok(None);
            };
            n.start = i;
            if negative {
                n.value = -n.value;
            }
            Ok(Some(n))
        }
        Some(Tk::Punct('.'))
            if toks
                .get(i + 1)
                .is_some_and(|t| t.is_digits() && !t.space_before) =>
        {
            // ".5": a decimal with no integer part.
            parse_digits(toks, i)
        }
        _ => Ok(None),
    }
}

/// The token after the number-like run starting at `i`: after the number
/// read there, after a run too long to read, or else the next token.
pub(crate) fn end_of(toks: &[Token<'_>], i: usize) -> usize {
    match parse(toks, i) {
        Ok(Some(n)) => n.end,
        Err(OutOfRange { end, .. }) => end.max(i + 1),
        Ok(None) => i + 1,
    }
}

/// A sign glued before digits at token `i`: `Some(true)` for a minus
/// ("-504", "−5"), `Some(false)` for a plus ("+15%"). The sign must start
/// a word: after white space, at the start, or after a bracket or
/// comparison sign, so that the hyphens of "COVID-19" and "2020-21" are
/// never read as signs.
pub(crate) fn sign_at(toks: &[Token<'_>], i: usize) -> Option<bool> {
    let t = toks.get(i)?;
    let negative = match t.kind {
        Tk::Punct('-' | '−' | '‐' | '‑' | '–') => true,
        Tk::Punct('+') => false,
        _ => return None,
    };
    let next = toks.get(i + 1)?;
    let digits_next = !next.space_before
        && (next.is_digits()
            || (next.is_punct('.')
                && toks
                    .get(i + 2)
                    .is_some_and(|d| d.is_digits() && !d.space_before)));
    if !digits_next {
        return None;
    }
    let starts_word = i == 0
        || t.space_before
        || matches!(
            toks[i - 1].kind,
            Tk::Punct('(' | '[' | '<' | '>' | '=' | '≤' | '≥')
        );
    starts_word.then_some(negative)
}

/// `a / b`, exact when the quotient ends within the decimal's digits and
/// otherwise kept to 15 significant digits (a third is 0.333333333333333),
/// the precision other extractors report.
pub(crate) fn ratio(a: Decimal, b: Decimal) -> Option<Decimal> {
    let q = a.checked_div(b)?;
    // A quotient that fills every digit the decimal holds did not end: its
    // product with `b` may still round back to `a` (100 / 3 * 3).
    let full = q.mantissa().unsigned_abs() >= 10u128.pow(27);
    if !full && q.checked_mul(b) == Some(a) {
        return Some(q);
    }
    q.round_sf(15).map(|r| r.normalize())
}

/// `v` kept to 15 significant digits when it has more: the sum of a whole
/// number and a fraction that does not end ("42 and a third").
pub(crate) fn round_inexact(v: Decimal) -> Decimal {
    if v.mantissa().unsigned_abs() < 10u128.pow(15) {
        return v;
    }
    v.round_sf(15).map_or(v, |r| r.normalize())
}

/// A fraction written with a slash right after the whole number that ends
/// at token `j`: "3/4" (the numerator is the number just read) or, after a
/// space, "2 1/4". Returns the value and the token after the denominator.
fn slash_fraction(
    toks: &[Token<'_>],
    i: usize,
    j: usize,
    whole: Decimal,
) -> Option<(Decimal, usize)> {
    let glued = |k: usize| toks.get(k).is_some_and(|t| !t.space_before);
    let digits = |k: usize| toks.get(k).filter(|t| t.is_digits() && t.text.len() <= 3);
    // Part of a date or a path: "1/20/2021", "2021/1/5".
    let slash_after = |k: usize| {
        toks.get(k)
            .is_some_and(|t| !t.space_before && matches!(t.kind, Tk::Punct('/' | '-' | '.')))
            && toks
                .get(k + 1)
                .is_some_and(|t| t.is_digits() && !t.space_before)
    };
    if i > 0 && toks[i - 1].is_punct('/') && !toks[i].space_before {
        return None;
    }
    if toks[i].text.len() > 3 {
        return None;
    }
    // "3/4"
    if toks.get(j).is_some_and(|t| t.is_punct('/')) && glued(j) && glued(j + 1) {
        let den = digits(j + 1)?;
        if slash_after(j + 2) {
            return None;
        }
        let d = Decimal::from_str_exact(den.text).ok()?;
        if d.is_zero() {
            return None;
        }
        return Some((ratio(whole, d)?, j + 2));
    }
    // "2 1/4": a proper fraction after a space.
    let num = digits(j).filter(|t| t.space_before)?;
    if !(toks.get(j + 1).is_some_and(|t| t.is_punct('/')) && glued(j + 1) && glued(j + 2)) {
        return None;
    }
    let den = digits(j + 2)?;
    if slash_after(j + 3) {
        return None;
    }
    let (n, d) = (
        Decimal::from_str_exact(num.text).ok()?,
        Decimal::from_str_exact(den.text).ok()?,
    );
    if d.is_zero() || n >= d {
        return None;
    }
    Some((whole.checked_add(ratio(n, d)?)?, j + 3))
}

/// Digit forms with thousands separators, decimals, and scale suffixes or
/// words.
pub(super) fn parse_digits(toks: &[Token<'_>], i: usize) -> Result<Option<Numeral>, OutOfRange> {
    let mut mant: i128 = 0;
    let mut scale: u32 = 0;
    let mut int_digits = 0usize;
    let mut j = i;
    let mut formatted = false;
    let mut too_long = false;
    let mut push_digits = |s: &str, frac: bool, mant: &mut i128, scale: &mut u32| {
        for b in s.bytes() {
            let d = i128::from(b - b'0');
            match mant.checked_mul(10).and_then(|m| m.checked_add(d)) {
                Some(m) if m < 10i128.pow(28) => {
                    *mant = m;
                    if frac {
                        *scale += 1;
                    }
                }
                _ => {
                    if frac {
                        // Extra decimals beyond what we can hold: dropped.
                    } else {
                        too_long = true;
                    }
                }
            }
        }
    };
    if toks[i].is_punct('.') {
        // ".5"
        j = i + 1;
        formatted = true;
        push_digits(toks[j].text, true, &mut mant, &mut scale);
        j += 1;
    } else {
        // "100,00 people", "1,5 million": a group glued by a comma to the
        // digits before it, and to nothing after, is the tail of a number
        // written wrong, not a number of its own. A list written without
        // spaces ("nrs. 22,24,26,31") goes on past it, or came to it.
        let glued = |k: usize| {
            k >= 2
                && toks[k - 1].is_punct(',')
                && !toks[k - 1].space_before
                && !toks[k].space_before
                && toks[k - 2].is_digits()
        };
        let listed_after = toks
            .get(i + 1)
            .is_some_and(|t| t.is_punct(',') && !t.space_before)
            && toks
                .get(i + 2)
                .is_some_and(|t| t.is_digits() && !t.space_before);
        if glued(i) && !glued(i - 2) && !listed_after {
            return Ok(None);
        }
        let first = toks[i].text;
        int_digits = first.len();
        push_digits(first, false, &mut mant, &mut scale);
        j += 1;
        // Indian grouping: "12,34,567" (lakhs and crores in pairs, then a
        // final group of three).
        if first.len() <= 2 {
            let mut k = j;
            while toks
                .get(k)
                .is_some_and(|t| t.is_punct(',') && !t.space_before)
                && toks
                    .get(k + 1)
                    .is_some_and(|t| t.is_digits() && !t.space_before && t.text.len() == 2)
            {
                k += 2;
            }
            let last_three = k > j
                && toks
                    .get(k)
                    .is_some_and(|t| t.is_punct(',') && !t.space_before)
                && toks
                    .get(k + 1)
                    .is_some_and(|t| t.is_digits() && !t.space_before && t.text.len() == 3)
                && !toks
                    .get(k + 2)
                    .is_some_and(|t| !t.space_before && (t.is_digits() || t.is_punct(',')));
            if last_three {
                while j < k + 2 {
                    push_digits(toks[j + 1].text, false, &mut mant, &mut scale);
                    int_digits += toks[j + 1].text.len();
                    j += 2;
                }
                formatted = true;
            }
        }
        // Groups of three set apart by spaces: "1 234 567", "40 000".
        if first.len() <= 3 && !formatted {
            let mut k = j;
            while toks
                .get(k)
                .is_some_and(|t| t.is_digits() && t.space_before && t.text.len() == 3)
                && toks[k].span.start - toks[k - 1].span.end <= 3
            {
                k += 1;
            }
            let clean_end = toks.get(k).is_none_or(|t| {
                let more_digits = t.is_digits()
                    || (t.is_punct(',') && toks.get(k + 1).is_some_and(|u| u.is_digits()));
                let joined = t.is_dash() && !t.space_before;
                !more_digits && !joined
            });
            let clean_start = i == 0 || !toks[i - 1].is_digits();
            if k > j && clean_end && clean_start {
                while j < k {
                    push_digits(toks[j].text, false, &mut mant, &mut scale);
                    int_digits += 3;
                    j += 1;
                }
                formatted = true;
            }
        }
        // Thousands groups: ",234" glued, first group of 1 to 3 digits.
        if first.len() <= 3 && !formatted {
            while j + 1 < toks.len()
                && toks[j].is_punct(',')
                && !toks[j].space_before
                && toks[j + 1].is_digits()
                && !toks[j + 1].space_before
                && toks[j + 1].text.len() == 3
                && !(toks
                    .get(j + 2)
                    .is_some_and(|t| t.is_digits() && !t.space_before))
            {
                push_digits(toks[j + 1].text, false, &mut mant, &mut scale);
                int_digits += 3;
                formatted = true;
                j += 2;
            }
        }
        // Decimals: ".5" glued, not followed by another ".digits" (an IP
        // address or a version number).
        if j + 1 < toks.len()
            && toks[j].is_punct('.')
            && !toks[j].space_before
            && toks[j + 1].is_digits()
            && !toks[j + 1].space_before
            && !(toks
                .get(j + 2)
                .is_some_and(|t| t.is_punct('.') && !t.space_before)
                && toks
                    .get(j + 3)
                    .is_some_and(|t| t.is_digits() && !t.space_before))
        {
            push_digits(toks[j + 1].text, true, &mut mant, &mut scale);
            formatted = true;
            j += 2;
        }
    }
    if too_long {
        return Err(OutOfRange { start: i, end: j });
    }
    let Ok(value) = Decimal::try_from_i128_with_scale(mant, scale) else {
        return Err(OutOfRange { start: i, end: j });
    };
    let precision = Decimal::new(1, scale);
    let mut n = Numeral {
        start: i,
        end: j,
        value,
        precision,
        ordinal: false,
        spelled: false,
        scaled: false,
        letter_scale: false,
        fraction: false,
        scale_pow: 0,
        int_digits,
        formatted,
        cardinal_after: false,
        cardinal_before: false,
    };
    // "5 and a half minutes"
    if !formatted
        && scale == 0
        && is_word(toks, j, "and")
        && let Some((part, end)) = spelled::and_fraction(toks, j + 1)
        && unit_word_follows(toks, end)
    {
        n.value = n
            .value
            .checked_add(part)
            .ok_or(OutOfRange { start: i, end })?;
        n.precision = Decimal::new(1, 2);
        n.end = end;
        return Ok(Some(n));
    }
    if !formatted
        && scale == 0
        && let Some((value, end)) = slash_fraction(toks, i, j, n.value)
    {
        n.value = value;
        n.precision = Decimal::new(1, 2);
        n.fraction = true;
        n.end = end;
        return Ok(Some(n));
    }
    let mut buf = [0u8; 32];
    // Glued suffix: "34bn", "5k", "21st", "2MM".
    if let Some(t) = toks
        .get(j)
        .filter(|t| t.kind == Tk::Word && !t.space_before)
    {
        let cased = lexicon::CASED_SCALE_ABBREVIATIONS
            .iter()
            .find(|(a, _)| *a == t.text)
            .map(|&(_, p)| p);
        if let Some(w) = lower(t.text, &mut buf) {
            if let Some(p) = cased.or_else(|| lexicon::scale_abbrev(w)) {
                // A glued letter followed by more letters or digits is an
                // id ("5m2"), not a scale.
                let next_glued = toks
                    .get(j + 1)
                    .is_some_and(|u| !u.space_before && (u.is_digits() || u.is_word()));
                if !next_glued {
                    n.letter_scale = w.len() == 1;
                    apply_scale(&mut n, p).map_err(|_| OutOfRange {
                        start: i,
                        end: j + 1,
                    })?;
                    n.end = j + 1;
                }
                return Ok(Some(n));
            }
            if lexicon::is_ordinal_suffix(w) && scale == 0 && !formatted {
                n.ordinal = true;
                n.end = j + 1;
                return Ok(Some(n));
            }
            if let Some((p, false)) = lexicon::scale_word(w) {
                // "5million" (a typo, but seen)
                apply_scale(&mut n, p).map_err(|_| OutOfRange {
                    start: i,
                    end: j + 1,
                })?;
                n.end = j + 1;
                return Ok(Some(n));
            }
        }
        return Ok(Some(n));
    }
    // Spaced or hyphenated scale word: "1.5 million", "35-billion", "5 bn".
    let (k, hyphen) = if toks.get(j).is_some_and(|t| t.is_dash() && !t.space_before)
        && toks
            .get(j + 1)
            .is_some_and(|t| t.is_word() && !t.space_before)
    {
        (j + 1, true)
    } else {
        (j, false)
    };
    if let Some(w) = word_at(toks, k, &mut buf) {
        let scale_pow = match lexicon::scale_word(w) {
            Some((p, false)) => Some(p),
            _ if !hyphen && lexicon::among(lexicon::SPACED_SCALE_ABBREVIATIONS, w) => {
                lexicon::scale_abbrev(w)
            }
            _ => None,
        };
        if let Some(p) = scale_pow {
            let mut m = n;
            apply_scale(&mut m, p).map_err(|_| OutOfRange {
                start: i,
                end: k + 1,
            })?;
            m.end = k + 1;
            // "1.8 lakh crore", "3 thousand million", "5 hundred thousand":
            // a larger scale right after multiplies the first.
            let mut last = p;
            let mut b2 = [0u8; 32];
            while !hyphen
                && let Some((p2, false)) =
                    word_at(toks, m.end, &mut b2).and_then(lexicon::scale_word)
                && p2 > last
                && toks[m.end].space_before
            {
                apply_scale(&mut m, p2).map_err(|_| OutOfRange {
                    start: i,
                    end: m.end + 1,
                })?;
                m.end += 1;
                last = p2;
            }
            if last != p {
                return Ok(Some(m));
            }
            // "3 million and a half", "2 billion and a quarter".
            if p >= 3
                && is_word(toks, m.end, "and")
                && let Some((part, after)) = spelled::and_fraction(toks, m.end + 1)
                && !share_follows(toks, after)
            {
                // As for "three million and a half" in words: the part is
                // read to half the scale.
                let f = pow10(m.scale_pow);
                m.value = round_inexact(
                    part.checked_mul(f)
                        .and_then(|a| m.value.checked_add(a))
                        .ok_or(OutOfRange {
                            start: i,
                            end: after,
                        })?,
                );
                m.precision = m.precision.min(f / Decimal::TWO);
                m.end = after;
                return Ok(Some(m));
            }
            // "3 hundred and 21", "4 thousand 3 hundred and 21".
            if !hyphen && !formatted && scale == 0 && (p == 2 || p == 3) {
                let and = usize::from(is_word(toks, k + 1, "and"));
                let r = k + 1 + and;
                if let Ok(Some(rest)) = parse(toks, r)
                    && toks[r].space_before
                    && !rest.ordinal
                    && !rest.fraction
                    && rest.value > Decimal::ZERO
                    && rest.value < pow10(p)
                    && rest.value.is_integer()
                    && (and == 1 || rest.scaled)
                {
                    m.value += rest.value;
                    m.precision = rest.precision.min(m.precision);
                    m.end = rest.end;
                }
            }
            // "1.5 million" may go on: "1.5 million billion" is rare; stop.
            return Ok(Some(m));
        }
        if !hyphen && lexicon::is_dozen(w) {
            let mut m = n;
            let twelve = Decimal::from(12);
            let (Some(v), Some(p)) = (n.value.checked_mul(twelve), n.precision.checked_mul(twelve))
            else {
                return Err(OutOfRange {
                    start: i,
                    end: k + 1,
                });
            };
            m.value = v;
            m.precision = p;
            m.end = k + 1;
            return Ok(Some(m));
        }
    }
    Ok(Some(n))
}

/// Whether what follows a fraction at token `k` makes it a share of
/// something rather than part of the number before: "$3 million and a
/// quarter of it", "and half the staff".
fn share_follows(toks: &[Token<'_>], k: usize) -> bool {
    let mut b = [0u8; 32];
    toks.get(k).is_some_and(|t| t.is_dash() && !t.space_before)
        || word_at(toks, k, &mut b).is_some_and(|w| lexicon::among(lexicon::SHARE_DETERMINERS, w))
}

fn apply_scale(n: &mut Numeral, p: u32) -> Result<(), ()> {
    let f = pow10(p);
    n.value = n.value.checked_mul(f).ok_or(())?;
    n.precision = n.precision.checked_mul(f).ok_or(())?;
    n.scaled = true;
    n.scale_pow += p;
    Ok(())
}

/// Whether a unit of time, money or a scale word follows at token `k`,
/// which lets "5 and a half" be one number.
fn unit_word_follows(toks: &[Token<'_>], k: usize) -> bool {
    let mut b = [0u8; 32];
    word_at(toks, k, &mut b).is_some_and(|w| {
        lexicon::time_unit(w).is_some()
            || lexicon::currency_word(w).is_some()
            || lexicon::scale_word(w).is_some()
    })
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::token::tokenize;
    use super::*;
    use std::str::FromStr;

    #[test]
    fn powers_of_ten_are_those_of_repeated_multiplication() {
        for n in 0..=MAX_POW10 {
            let (fast, slow) = (pow10(n), pow10_by_steps(n));
            assert_eq!(fast.serialize(), slow.serialize(), "10^{n}");
        }
    }

    fn read(text: &str) -> Option<(String, String, bool)> {
        read_quoting(text, text.trim_end_matches(" apps"))
    }

    /// The value, precision and ordinality of the number read from the
    /// start of `text`, which must quote `quote`.
    pub(in crate::extract) fn read_quoting(
        text: &str,
        quote: &str,
    ) -> Option<(String, String, bool)> {
        let mut toks = Vec::new();
        tokenize(text, 0, &mut toks);
        let n = parse(&toks, 0).ok()??;
        let read = &text[toks[n.start].span.start..toks[n.end - 1].span.end];
        assert_eq!(read, quote, "whole input read for {text}");
        Some((
            n.value.normalize().to_string(),
            n.precision.normalize().to_string(),
            n.ordinal,
        ))
    }

    fn val(text: &str) -> String {
        read(text).map(|r| r.0).unwrap_or_default()
    }

    #[test]
    fn digits_and_separators() {
        assert_eq!(val("1,234,567.5"), "1234567.5");
        assert_eq!(val("34"), "34");
        assert_eq!(val("0.75"), "0.75");
    }

    #[test]
    fn scales_carry_precision() {
        assert_eq!(
            read("34bn"),
            Some(("34000000000".into(), "1000000000".into(), false))
        );
        assert_eq!(
            read("1.5 million"),
            Some(("1500000".into(), "100000".into(), false))
        );
        assert_eq!(val("35-billion"), "35000000000");
        assert_eq!(val("2.4m"), "2400000");
    }

    #[test]
    fn compound_and_cased_scales() {
        assert_eq!(val("1.8 lakh crore"), "1800000000000");
        assert_eq!(val("5 hundred thousand"), "500000");
        assert_eq!(val("3 million and a half"), "3500000");
        assert_eq!(val("2MM"), "2000000");
        // Only "MM" in capitals is a million: "5mm" is a length.
        let mut toks = Vec::new();
        tokenize("5mm", 0, &mut toks);
        let n = parse(&toks, 0).ok().flatten().map(|n| (n.value, n.end));
        assert_eq!(n, Some((Decimal::from(5), 1)));
        assert_eq!(numeral_ratio(100, 3), "33.3333333333333");
    }

    fn numeral_ratio(a: i64, b: i64) -> String {
        ratio(Decimal::from(a), Decimal::from(b))
            .map(|r| r.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn ordinal_suffixes() {
        assert_eq!(read("21st").map(|r| r.2), Some(true));
    }

    #[test]
    fn too_long_is_out_of_range() {
        let text = "9".repeat(400);
        let mut toks = Vec::new();
        tokenize(&text, 0, &mut toks);
        assert!(parse(&toks, 0).is_err());
        let _ = Decimal::from_str("1").ok();
    }
}
