//! Spelled numbers: "thirty-four", "one hundred and twenty", "a dozen",
//! "two and a half million", "three-quarters", "two point five", ordinals
//! ("first", "twenty-first"), and fractions written as one character
//! ("½").

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::numeral::{
    Numeral, cmp_whole, is_word, parse_digits, pow10, ratio, round_inexact, word_at,
};
use super::prefilter;
use super::token::Token;
use crate::lexicon::calendar::Cal;
use crate::lexicon::{self, WordTable};

mod lone;

/// What a word is in each table of number words a spelled number is read
/// with: looked up once, where the tables would be looked up one by one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Class {
    unit: Option<u32>,
    tens: Option<u32>,
    ordinal: Option<u32>,
    scale: Option<(u32, bool)>,
    /// The word may carry the reading of a number on past a cardinal
    /// before it, or change it: "and", "point", a fraction word, a spelled
    /// dozen, an abbreviated scale set apart by a space.
    joins: bool,
}

impl Class {
    /// Whether the word is a cardinal: a unit, a tens word or a scale that
    /// is not an ordinal ("two", "forty", "hundred"; not "second").
    fn cardinal(self) -> bool {
        self.unit.is_some() || self.tens.is_some() || matches!(self.scale, Some((_, false)))
    }
}

/// Whether token `k` is a cardinal number word (see [`Class::cardinal`]).
///
/// A unit or a tens word the tokenizer knows needs no looking up. Another
/// word is looked up as written first: every word of the table is in
/// lowercase, so a word found so is its own lowercase, and only a word not
/// found is lowercased and looked up again.
pub(crate) fn cardinal_at(toks: &[Token<'_>], k: usize) -> bool {
    let full = || {
        let mut b = [0u8; 32];
        word_at(toks, k, &mut b).is_some_and(|w| class(w).cardinal())
    };
    let Some(t) = toks.get(k).filter(|t| t.is_word()) else {
        return false;
    };
    // A unit or a tens word the tokenizer knows is a cardinal.
    if matches!(t.cal, Cal::Card(..)) {
        debug_assert!(full(), "{}", t.text);
        return true;
    }
    if let Some(c) = CLASSES.get(t.text.as_bytes()) {
        debug_assert_eq!(c.cardinal(), full(), "{}", t.text);
        return c.cardinal();
    }
    full()
}

/// Every word of the units, tens, ordinals and scales, with its class.
/// Where a table holds a word twice, its first row counts, as in the
/// table's own lookup.
static CLASSES: LazyLock<WordTable<&'static str, Class>> = LazyLock::new(|| {
    let mut rows: Vec<(&'static str, Class)> = Vec::new();
    for &(w, v) in lexicon::UNITS {
        row(&mut rows, w).unit.get_or_insert(v);
    }
    for &(w, v) in lexicon::TENS {
        row(&mut rows, w).tens.get_or_insert(v);
    }
    for &(w, v) in lexicon::ORDINALS {
        row(&mut rows, w).ordinal.get_or_insert(v);
    }
    for &(w, v) in lexicon::SCALES {
        row(&mut rows, w).scale.get_or_insert(v);
    }
    let dozens = lexicon::DOZENS.iter().filter(|d| d.1).map(|d| d.0);
    let fractions = lexicon::FRACTIONS.iter().map(|f| f.0);
    for w in JOINERS
        .iter()
        .copied()
        .chain(dozens)
        .chain(fractions)
        .chain(lexicon::SPACED_SCALE_ABBREVIATIONS.iter().copied())
    {
        row(&mut rows, w).joins = true;
    }
    WordTable::new(rows)
});

/// The words besides the fractions, dozens and scales that may join a
/// cardinal before them to more of the number.
const JOINERS: &[&str] = &["and", "point"];

/// The class of `w` in `rows`, added empty when it is not there yet.
fn row<'r>(rows: &'r mut Vec<(&'static str, Class)>, w: &'static str) -> &'r mut Class {
    let at = match rows.iter().position(|(r, _)| *r == w) {
        Some(at) => at,
        None => {
            rows.push((w, Class::default()));
            rows.len() - 1
        }
    };
    &mut rows[at].1
}

/// The class of the lowercase word `w`.
#[inline(always)]
fn class(w: &str) -> Class {
    let c = CLASSES.get(w.as_bytes()).copied().unwrap_or_default();
    debug_assert_eq!(
        c,
        Class {
            unit: lexicon::unit_word(w),
            tens: lexicon::tens_word(w),
            ordinal: lexicon::ordinal_word(w),
            scale: lexicon::scale_word(w),
            joins: lexicon::among(JOINERS, w)
                || lexicon::fraction_word(w).is_some()
                || lexicon::is_spelled_dozen(w)
                || lexicon::among(lexicon::SPACED_SCALE_ABBREVIATIONS, w),
        },
        "{w}"
    );
    c
}

/// State of a spelled number being read.
struct Words {
    total: Decimal,
    current: Decimal,
    /// The smallest scale (power of ten) applied to the last group, for
    /// precision.
    last_scale: u32,
    any: bool,
}

/// Spelled numbers: "thirty-four", "one hundred and twenty", "a dozen",
/// "two and a half million", "three-quarters", "first", "twenty-first".
pub(crate) fn parse_words(toks: &[Token<'_>], i: usize) -> Option<Numeral> {
    // A unit or a tens word the tokenizer knows, such as most spelled
    // numbers start with, is no sign and is read with no lowercasing: as
    // in `read_from`, its word as written is read by no test.
    let Some(c) = toks.get(i).and_then(lone::card_class) else {
        return parse_sign_or_words(toks, i);
    };
    let n = match c.unit.or(c.tens).and_then(|v| lone::read(toks, i, v)) {
        Some(n) => Some(n),
        None => read_from(toks, i, toks[i].text, c),
    };
    debug_assert!(
        match (parse_sign_or_words(toks, i), n) {
            (Some(a), Some(b)) => lone::same(&a, &b),
            (a, b) => a.is_none() && b.is_none(),
        },
        "{:?}",
        &toks[i..toks.len().min(i + 3)]
    );
    n
}

/// [`parse_words`] without the tokenizer's class of the first word.
fn parse_sign_or_words(toks: &[Token<'_>], i: usize) -> Option<Numeral> {
    let mut buf = [0u8; 32];
    let first = word_at(toks, i, &mut buf)?;
    // A quick exit for most words: the first letter of none of the words
    // a number starts with.
    if !first
        .as_bytes()
        .first()
        .is_some_and(|&b| prefilter::may_start_word(b))
    {
        return None;
    }
    if lexicon::is_sign_word(first) {
        // "minus 1,200,000", "negative five hundred and four"; one sign
        // only: "negative negative 5" reads from the second.
        let mut b = [0u8; 32];
        if word_at(toks, i + 1, &mut b).is_some_and(lexicon::is_sign_word) {
            return None;
        }
        let inner = match toks.get(i + 1) {
            Some(t) if t.is_digits() && t.space_before => parse_digits(toks, i + 1).ok()??,
            Some(t) if t.is_word() && t.space_before => parse_words(toks, i + 1)?,
            _ => return None,
        };
        if inner.ordinal {
            return None;
        }
        return Some(Numeral {
            start: i,
            value: -inner.value,
            cardinal_before: false,
            ..inner
        });
    }
    let c = class(first);
    if let Some(n) = c
        .unit
        .or(c.tens)
        .filter(|_| lexicon::glued_tens(first).is_none())
        .and_then(|v| lone::read(toks, i, v))
    {
        debug_assert!(
            read_from(toks, i, first, c).is_some_and(|m| lone::same(&m, &n)),
            "{:?}",
            &toks[i..toks.len().min(i + 3)]
        );
        return Some(n);
    }
    read_from(toks, i, first, c)
}

/// Reads the spelled number that starts at token `i`, whose word is
/// `first` in lowercase, of class `first_class`, and no sign: the whole
/// reader.
fn read_from(toks: &[Token<'_>], i: usize, first: &str, first_class: Class) -> Option<Numeral> {
    // Standalone ordinals and fraction-led phrases.
    let mut st = Words {
        total: Decimal::ZERO,
        current: Decimal::ZERO,
        last_scale: 0,
        any: false,
    };
    let mut j = i;
    let mut ordinal = false;
    let mut fraction = false;
    let mut half_applied = false;
    let mut last_was_number = false;
    let mut point_places = 0u32;
    // The last word classed as a cardinal.
    let mut cardinal = usize::MAX;
    loop {
        let mut b = [0u8; 32];
        // The first word is lowercased already.
        // The first word is lowercased and classed already. A unit or a
        // tens word the tokenizer knows is classed with no lookup, and its
        // word, as written, is read by no test: every one of them takes
        // the branch of a unit or of a tens word below.
        let (w, c) = if j == i {
            (first, first_class)
        } else if let Some(c) = toks.get(j).and_then(lone::card_class) {
            (toks[j].text, c)
        } else {
            let Some(w) = word_at(toks, j, &mut b) else {
                break;
            };
            (w, class(w))
        };
        let joined_by_hyphen =
            j > i && toks[j - 1].is_dash() && !toks[j - 1].space_before && !toks[j].space_before;
        if c.cardinal() {
            cardinal = j;
        }
        if let Some((v, ord)) = lexicon::glued_tens(w).filter(|_| !last_was_number) {
            // "twentyfifth", "fortytwo": a tens word glued to a unit.
            st.current += Decimal::from(v);
            st.any = true;
            j += 1;
            if ord {
                ordinal = true;
                break;
            }
            last_was_number = true;
        } else if let Some(v) = c.unit {
            // "twenty three" and "one hundred three" are one number; "two
            // three" is two.
            let room = if v < 10 {
                !has_units(st.current)
            } else {
                !has_tens_or_units(st.current)
            };
            if last_was_number && !room {
                break;
            }
            st.current += Decimal::from(v);
            st.any = true;
            last_was_number = true;
            j += 1;
        } else if let Some(v) = c.tens {
            if last_was_number && has_tens_or_units(st.current) {
                break;
            }
            st.current += Decimal::from(v);
            st.any = true;
            last_was_number = true;
            j += 1;
        } else if let Some(v) = c.ordinal.filter(|&v| {
            !st.any
                || (last_was_number
                    && if v < 10 {
                        !has_units(st.current)
                    } else {
                        !has_tens_or_units(st.current)
                    })
        }) {
            // "first", "twenty-first", "one hundred and first".
            st.current += Decimal::from(v);
            st.any = true;
            ordinal = true;
            j += 1;
            break;
        } else if let Some((p, ord)) = c.scale {
            if p == 2 {
                if st.current.is_zero() {
                    if !st.any {
                        break;
                    }
                    st.current = Decimal::ONE;
                }
                // "one hundred one hundred": a group holds one hundred.
                if cmp_whole(st.current, 100).is_ge() {
                    break;
                }
                st.current *= Decimal::from(100);
            } else {
                if !st.any && st.current.is_zero() {
                    break;
                }
                let mut b2 = [0u8; 32];
                let after_scale = j > i
                    && word_at(toks, j - 1, &mut b2)
                        .and_then(lexicon::scale_word)
                        .is_some_and(|(q, ord)| q >= 3 && !ord);
                if st.current.is_zero() && after_scale && p > st.last_scale {
                    // "three lakh crore", "three thousand millions": a
                    // larger scale right after another multiplies it.
                    st.total = st.total.checked_mul(pow10(p))?;
                    st.last_scale += p;
                } else {
                    let group = if st.current.is_zero() {
                        Decimal::ONE
                    } else {
                        st.current
                    };
                    st.total = st.total.checked_add(group.checked_mul(pow10(p))?)?;
                    st.current = Decimal::ZERO;
                    st.last_scale = p;
                }
            }
            st.any = true;
            last_was_number = true;
            j += 1;
            if ord {
                ordinal = true;
                break;
            }
            // "one hundred and twenty": "and" joins a smaller number; "two
            // million and one half" joins a fraction, read below.
            if is_word(toks, j, "and")
                && and_fraction(toks, j + 1).is_none()
                && toks.get(j + 1).is_some_and(|_| {
                    let mut b2 = [0u8; 32];
                    word_at(toks, j + 1, &mut b2).is_some_and(|w2| {
                        lexicon::unit_word(w2).is_some() || lexicon::tens_word(w2).is_some()
                    })
                })
            {
                j += 1;
                last_was_number = false;
            }
        } else if lexicon::is_article(w) && !st.any {
            // "a hundred", "a dozen", "a million", "a half", "a quarter".
            let mut b2 = [0u8; 32];
            let Some(next) = word_at(toks, j + 1, &mut b2) else {
                break;
            };
            if matches!(lexicon::scale_word(next), Some((_, false))) {
                st.current = Decimal::ONE;
                st.any = true;
                j += 1;
                last_was_number = true;
                continue;
            }
            if next == lexicon::ARTICLE_DOZEN {
                st.current = Decimal::from(12);
                st.any = true;
                j += 2;
                last_was_number = true;
                continue;
            }
            if lexicon::among(lexicon::ARTICLE_PAIRS, next) {
                // "a pair of suspects", "a couple": two, and nothing more
                // joins them.
                st.current = Decimal::TWO;
                st.any = true;
                j += 2;
                let mut b3 = [0u8; 32];
                if is_word(toks, j, "of")
                    && !word_at(toks, j + 1, &mut b3).is_some_and(|w| {
                        lexicon::time_unit(w).is_some() || lexicon::among(lexicon::PAIRED_NOUNS, w)
                    })
                {
                    j += 1;
                }
                break;
            }
            // "a half", "a quarter"; "a fifth of", "a tenth of", where
            // "of" tells the fraction from the ordinal ("a fifth term").
            if lexicon::among(lexicon::ARTICLE_FRACTIONS, next)
                || (lexicon::fraction_word(next).is_some()
                    && !plural_fraction(next)
                    && (is_word(toks, j + 2, "of") || super::percent::changed_by(toks, j, j + 2)))
            {
                let (num, den) = lexicon::fraction_word(next)?;
                st.current = ratio(Decimal::from(num), Decimal::from(den))?;
                st.any = true;
                fraction = true;
                j += 2;
                break;
            }
            break;
        } else if lexicon::is_spelled_dozen(w) && st.any && !fraction {
            let Some(v) = st.current.checked_mul(Decimal::from(12)) else {
                break;
            };
            st.current = v;
            j += 1;
            last_was_number = true;
        } else if let Some((part, after)) = (w == "and" && st.any)
            .then(|| and_fraction(toks, j + 1))
            .flatten()
        {
            // "two and a half", "one and a half million", "five and a
            // quarter", "three million and a half" (half of the scale),
            // "one billion and three quarters million".
            half_applied = true;
            j = after;
            let mut b2 = [0u8; 32];
            let scale_after = word_at(toks, j, &mut b2)
                .and_then(lexicon::scale_word)
                .filter(|&(p, ord)| p >= 3 && !ord);
            if let Some((p, _)) = scale_after {
                let whole = st.current.checked_add(part)?;
                st.total = st.total.checked_add(whole.checked_mul(pow10(p))?)?;
                st.current = Decimal::ZERO;
                st.last_scale = p;
                j += 1;
            } else if st.current.is_zero() && st.last_scale >= 3 {
                let scaled = part.checked_mul(pow10(st.last_scale))?;
                st.total = st.total.checked_add(scaled)?;
            } else {
                st.current += part;
            }
            break;
        } else if w == "point"
            && st.any
            && last_was_number
            && !fraction
            && !(st.total.is_zero()
                && st.current == Decimal::ONE
                && i > 0
                && is_word(toks, i - 1, "at"))
            && let Some((decimals, places, after)) = spoken_decimals(toks, j + 1)
        {
            // "two point five", "thirty-two point seventy-five", "nine
            // point nought four"; not "at one point five people left".
            st.current = st.current.checked_add(decimals)?;
            point_places = places;
            j = after;
            let mut b2 = [0u8; 32];
            if st.total.is_zero()
                && let Some(next) = word_at(toks, j, &mut b2)
                && let Some((p, false)) = lexicon::scale_word(next).filter(|(p, _)| *p >= 3)
            {
                st.total = st.current.checked_mul(pow10(p))?;
                st.current = Decimal::ZERO;
                st.last_scale = p;
                j += 1;
            }
            break;
        } else if let Some((_, den)) = lexicon::fraction_word(w).filter(|_| {
            st.any
                && (joined_by_hyphen || last_was_number)
                && st.current >= Decimal::ONE
                && ((plural_fraction(w) && (st.current < Decimal::from(20) || !joined_by_hyphen))
                    || (st.current == Decimal::ONE && st.total.is_zero())
                    || (st.total.is_zero()
                        && st.current < Decimal::TEN
                        && unit_follows(toks, j + 1)))
        }) {
            // "three-quarters", "two-thirds", "one third", "twenty-three
            // fifths".
            let whole = st.total.checked_add(st.current)?;
            st.total = Decimal::ZERO;
            st.current = ratio(whole, Decimal::from(den))?;
            fraction = true;
            j += 1;
            break;
        } else if w == "half" && !st.any {
            if is_word(toks, j + 1, "a") && is_word(toks, j + 2, "dozen") {
                // "half a dozen"
                st.current = Decimal::from(6);
                st.any = true;
                j += 3;
                break;
            }
            st.current = Decimal::new(5, 1);
            st.any = true;
            fraction = true;
            j += 1;
            break;
        } else if w == "quarter" && !st.any && scale_follows(toks, j + 1) {
            // "quarter million"
            st.current = Decimal::new(25, 2);
            st.any = true;
            fraction = true;
            j += 1;
            break;
        } else {
            break;
        }
        // Hyphen joins "thirty-four", "three-quarters".
        if j + 1 < toks.len()
            && toks[j].is_dash()
            && !toks[j].space_before
            && !toks[j + 1].space_before
            && toks[j + 1].is_word()
        {
            let mut b2 = [0u8; 32];
            let ok = word_at(toks, j + 1, &mut b2).is_some_and(|w2| {
                lexicon::unit_word(w2).is_some()
                    || lexicon::ordinal_word(w2).is_some()
                    || lexicon::fraction_word(w2).is_some()
                    || lexicon::scale_word(w2).is_some()
            });
            if ok {
                j += 1;
                continue;
            }
            break;
        }
    }
    if !st.any || j == i {
        return None;
    }
    // "three hundred Cr", "two bn": an abbreviated scale after words.
    // Every such abbreviation has two to four letters and a space before
    // it: other words are not lowercased.
    if !fraction
        && !ordinal
        && st.last_scale == 0
        && point_places == 0
        && toks
            .get(j)
            .is_some_and(|t| t.space_before && (2..=4).contains(&t.text.len()))
    {
        debug_assert!(
            lexicon::SPACED_SCALE_ABBREVIATIONS
                .iter()
                .all(|a| (2..=4).contains(&a.len()))
        );
        let mut b2 = [0u8; 32];
        if let Some(p) = word_at(toks, j, &mut b2)
            .filter(|w| lexicon::among(lexicon::SPACED_SCALE_ABBREVIATIONS, w))
            .and_then(lexicon::scale_abbrev)
            .filter(|_| toks[j].space_before)
        {
            st.total = st.total.checked_add(st.current)?.checked_mul(pow10(p))?;
            st.current = Decimal::ZERO;
            st.last_scale = p;
            j += 1;
        }
    }
    if fraction && st.total.is_zero() {
        // "half a million", "a quarter million", "three quarters billion",
        // "two thirds of a million": a share of a scale is a whole amount.
        let k = if is_word(toks, j, "a") {
            j + 1
        } else if is_word(toks, j, "of") && is_word(toks, j + 1, "a") {
            j + 2
        } else {
            j
        };
        let mut b2 = [0u8; 32];
        if let Some((p, false)) = word_at(toks, k, &mut b2)
            .and_then(lexicon::scale_word)
            .filter(|(p, _)| *p >= 3)
        {
            st.total = st.current.checked_mul(pow10(p))?;
            st.current = Decimal::ZERO;
            st.last_scale = p;
            fraction = false;
            half_applied = true;
            j = k + 1;
        }
    }
    // "a" alone, or a trailing "a"/"and" consumed: trim.
    let mut value = st.total.checked_add(st.current)?;
    // "forty two and a third": a fraction that does not end keeps 15
    // significant digits in the sum too, as in the fraction alone.
    if fraction || half_applied {
        value = round_inexact(value);
    }
    let precision = if point_places > 0 {
        if st.last_scale >= point_places {
            pow10(st.last_scale - point_places)
        } else {
            Decimal::new(1, point_places - st.last_scale)
        }
    } else if st.last_scale >= 3 {
        if half_applied {
            pow10(st.last_scale) / Decimal::TWO
        } else {
            pow10(st.last_scale)
        }
    } else if fraction || half_applied {
        Decimal::new(1, 2)
    } else {
        Decimal::ONE
    };
    Some(Numeral {
        start: i,
        end: j,
        value,
        precision,
        ordinal,
        spelled: true,
        scaled: st.last_scale >= 3,
        letter_scale: false,
        fraction,
        scale_pow: if st.last_scale >= 3 { st.last_scale } else { 0 },
        int_digits: 0,
        formatted: false,
        // The reading stopped at a word classed as a cardinal: "hundred"
        // after "one hundred one", "two" after "one".
        cardinal_after: cardinal == j,
        cardinal_before: i > 0 && cardinal_at(toks, i - 1),
    })
}

/// A fraction written as one character: "½", "¾", "⅔".
pub(crate) fn vulgar_fraction(toks: &[Token<'_>], i: usize) -> Option<Numeral> {
    let t = toks.get(i)?;
    let mut chars = t.text.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    let (num, den) = lexicon::fraction_glyph(c)?;
    Some(Numeral {
        start: i,
        end: i + 1,
        value: ratio(Decimal::from(num), Decimal::from(den))?,
        precision: Decimal::new(1, 2),
        ordinal: false,
        spelled: true,
        scaled: false,
        letter_scale: false,
        fraction: true,
        scale_pow: 0,
        int_digits: 0,
        formatted: false,
        cardinal_after: false,
        cardinal_before: false,
    })
}

/// Whether a scale word of a thousand or more is at token `k`.
fn scale_follows(toks: &[Token<'_>], k: usize) -> bool {
    let mut b = [0u8; 32];
    word_at(toks, k, &mut b)
        .and_then(lexicon::scale_word)
        .is_some_and(|(p, ord)| p >= 3 && !ord)
}

/// The fraction after "and" at token `k`: "half", "a half", "an half", "a
/// quarter", "one third", "three quarters". Returns its value and the token
/// after it.
pub(crate) fn and_fraction(toks: &[Token<'_>], k: usize) -> Option<(Decimal, usize)> {
    let mut b = [0u8; 32];
    let w = word_at(toks, k, &mut b)?;
    // "and half", "and quarter", without an article.
    if lexicon::among(lexicon::BARE_AND_FRACTIONS, w) {
        let (num, den) = lexicon::fraction_word(w)?;
        return Some((ratio(Decimal::from(num), Decimal::from(den))?, k + 1));
    }
    let mut b2 = [0u8; 32];
    let next = word_at(toks, k + 1, &mut b2)?;
    let (num, den) = lexicon::fraction_word(next)?;
    let count = match w {
        _ if (lexicon::is_article(w) || w == "one") && !plural_fraction(next) => 1,
        _ => match lexicon::unit_word(w) {
            Some(c)
                if (2..10).contains(&c) && (plural_fraction(next) || unit_follows(toks, k + 2)) =>
            {
                c
            }
            _ => return None,
        },
    };
    Some((
        ratio(Decimal::from(count * num), Decimal::from(den))?,
        k + 2,
    ))
}

/// Decimals spoken after "point": "five" (.5), "seventy-five" (.75),
/// "nought four" (.04), "eleven" (.11). Returns their value, how many
/// places they have, and the token after them.
fn spoken_decimals(toks: &[Token<'_>], mut k: usize) -> Option<(Decimal, u32, usize)> {
    let mut mant: i64 = 0;
    let mut places: u32 = 0;
    loop {
        let mut b = [0u8; 32];
        let Some(w) = word_at(toks, k, &mut b) else {
            break;
        };
        let (v, n, next) = if let Some(t) = lexicon::tens_word(w) {
            // "seventy-five" or "seventy five"
            let joined = usize::from(
                toks.get(k + 1)
                    .is_some_and(|t| t.is_dash() && !t.space_before),
            );
            let mut b2 = [0u8; 32];
            match word_at(toks, k + 1 + joined, &mut b2).and_then(lexicon::unit_word) {
                Some(u) if (1..10).contains(&u) => (i64::from(t + u), 2, k + 2 + joined),
                _ => (i64::from(t), 2, k + 1),
            }
        } else if let Some(u) = lexicon::unit_word(w) {
            (i64::from(u), if u < 10 { 1 } else { 2 }, k + 1)
        } else {
            break;
        };
        if places + n > 18 {
            break;
        }
        mant = mant * 10i64.pow(n) + v;
        places += n;
        k = next;
    }
    (places > 0).then(|| (Decimal::new(mant, places), places, k))
}

// A whole number's remainder is its mantissa's: no decimal division, and
// no division of 128 bits where the mantissa fits in 64.
fn has_units(v: Decimal) -> bool {
    if v.scale() == 0 {
        return match u64::try_from(v.mantissa()) {
            Ok(m) => !m.is_multiple_of(10),
            Err(_) => v.mantissa() % 10 != 0,
        };
    }
    !(v % Decimal::TEN).is_zero()
}

fn has_tens_or_units(v: Decimal) -> bool {
    if v.scale() == 0 {
        return match u64::try_from(v.mantissa()) {
            Ok(m) => !m.is_multiple_of(100),
            Err(_) => v.mantissa() % 100 != 0,
        };
    }
    !(v % Decimal::from(100)).is_zero()
}

/// Whether a unit of time or of measure is at token `k`, spaced or glued
/// by a hyphen: a singular fraction before it counts it ("three quarter
/// hour", "a two third-mile stretch").
fn unit_follows(toks: &[Token<'_>], k: usize) -> bool {
    let k = if toks.get(k).is_some_and(|t| t.is_dash() && !t.space_before) {
        k + 1
    } else if is_word(toks, k, "of") {
        // "three quarter of an hour"
        let mut b = [0u8; 32];
        let article = word_at(toks, k + 1, &mut b).is_some_and(lexicon::is_article);
        k + 1 + usize::from(article)
    } else {
        k
    };
    let mut b = [0u8; 32];
    word_at(toks, k, &mut b).is_some_and(|w| {
        lexicon::time_unit(w).is_some_and(|u| u != crate::quantity::TimeUnit::Quarter)
            || lexicon::measure_word(w).is_some()
    })
}

fn plural_fraction(w: &str) -> bool {
    w.ends_with('s') && w != "halves"
}

#[cfg(test)]
mod tests;
