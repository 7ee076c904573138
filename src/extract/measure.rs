//! Measures: a number and a unit of a physical quantity. "55km", "30
//! kilometres", "150 mph", "120km/h", "12 inches", "5,000 tonnes", "45C",
//! "35°C", "minus 10 degrees Celsius", "500 square kilometres", "2 million
//! cubic metres", "1,200MW", "500 kilowatt-hours", "2TB", a quake's
//! magnitude ("magnitude 7.2", "a 6.1-magnitude quake", "5.8 on the
//! Richter scale"), a compound height ("5ft 10in", as 70 inches) and a
//! fraction of a unit ("two-thirds of a mile").
//!
//! Symbols are read as written, case and all ("MW", not "mW"; "5G" is a
//! network). Three are ambiguous and need a word around them: a bare "m"
//! is metres beside a height, a depth or a wave ("a 10m wave", "10m high")
//! and a million elsewhere ("2.4m people"); a bare "C" or "F" is a
//! temperature beside a word about the weather, below zero, or beside a
//! temperature in the other scale ("40C (104F)"), not a seat ("seat
//! 12F"); "g" is grams
//! but not before a network ("a 5g network"). A distance that names a race
//! ("the 100m final") is rejected as a name.

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::numeral::{self, Numeral, pow10};
use super::scan::{Quantity, Reading, Verdict};
use super::token::{Tk, Token};
use super::{Amount, Hedge, Kind, RawUnit, RejectReason, Stated, bound, count};
use crate::lexicon::{self, UnitNeeds, UnitPlace, WordTable, among, lower};
use crate::quantity::{Dimension, MeasureUnit};

/// How many words before a number are searched for a word that makes a
/// bare "m" metres.
const LENGTH_WORDS_BEFORE: usize = 4;

/// How many words after the unit are searched for such a word.
const LENGTH_WORDS_AFTER: usize = 2;

/// How many tokens before a number "magnitude" may stand: the word, a
/// joiner and a hedge of up to three words ("a magnitude of more than 6").
const MAGNITUDE_REACH: usize = 5;

/// How many tokens each side of a bare "C" or "F" are read for a word
/// that makes it a temperature.
const TEMPERATURE_REACH: usize = 10;

/// How many tokens a restatement in brackets may hold: "(100 miles)".
const BRACKET_REACH: usize = 8;

/// A unit of a measure found after a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct UnitAfter {
    /// The unit.
    pub unit: MeasureUnit,
    /// The token after the unit.
    pub end: usize,
    /// What else the unit needs before it is read.
    pub needs: UnitNeeds,
}

/// A measure: the number and a unit after it, or "magnitude" before it.
pub(crate) fn decide(r: &Reading<'_, '_>) -> Option<Verdict> {
    if r.prefix.is_some() {
        return None;
    }
    // Between two cardinal number words there is no unit after the number
    // and no "magnitude" right before it (no hedge ends in such a word):
    // only a fraction, or a glued "m" read as a scale, is read further.
    let walled_in = count::walled_in(r) && !r.first.fraction && !r.tail.letter_scale;
    r.read_unless(walled_in, || read(r))
}

/// [`decide`] past its first tests: out of line, so that a number turned
/// away at once pays for no more than the tests.
#[inline(never)]
fn read(r: &Reading<'_, '_>) -> Option<Verdict> {
    let toks = r.toks;
    if let Some(v) = magnitude_before(r) {
        return Some(v);
    }
    if r.first.fraction && r.last.is_none() {
        return fraction_of(r);
    }
    // A cardinal number word right after the number is no unit.
    let u = if r.tail.number_word_at(r.end) {
        debug_assert!(unit_after(toks, r.end).is_none());
        None
    } else {
        unit_after(toks, r.end)
    };
    let Some(u) = u else {
        return glued_metres(r)
            .or_else(|| richter(r))
            .or_else(|| bare_magnitude(r));
    };
    // "2m tonnes": a letter scale confirmed by the unit after it.
    let needs_met = match u.needs {
        UnitNeeds::Nothing => true,
        UnitNeeds::Length => length_context(toks, r.n.start, u.end, Dimension::Length),
        // "-40C": below zero, a temperature.
        UnitNeeds::Temperature => {
            r.first.value.is_sign_negative()
                || temperature_near(toks, r.n.start, u.end)
                || paired(toks, r.n.start, u.end, Dimension::Temperature)
        }
        UnitNeeds::NoNetwork => !next_word_in(toks, u.end, lexicon::NETWORK_WORDS),
    };
    if !needs_met {
        return None;
    }
    take(r, u.unit, u.end)
}

/// The fact for the number of `r` in `unit`, its quote ending before token
/// `end`: rejected as a race's name, a compound read on ("5ft 10in"),
/// values no such measure takes left to the other kinds.
fn take(r: &Reading<'_, '_>, unit: MeasureUnit, end: usize) -> Option<Verdict> {
    let toks = r.toks;
    let dimension = unit.dimension();
    if dimension == Dimension::Length && next_word_in(toks, end, lexicon::RACE_WORDS) {
        return Some(Verdict::Reject(r.start, end, RejectReason::Identifier));
    }
    if unit == MeasureUnit::Pound && next_word_in(toks, end, lexicon::POUND_MONEY_WORDS) {
        return None;
    }
    // Below zero only on a thermometer: "-5 km" is a list's dash or a
    // change, not a length.
    if dimension != Dimension::Temperature && r.first.value.is_sign_negative() {
        return None;
    }
    if dimension == Dimension::Magnitude && !plausible_magnitude(r) {
        return None;
    }
    if let Amount::One(s) = r.amount
        && let Some((value, small, after)) = compound(toks, end, s, unit)
    {
        return Some(r.take(
            Kind::Measure,
            after,
            Amount::One(value),
            RawUnit::Measure(small),
        ));
    }
    Some(r.take(Kind::Measure, end, r.amount, RawUnit::Measure(unit)))
}

/// Every word of a unit and every word that builds one from the next.
static WORDS_AND_LEADS: LazyLock<WordTable<&'static str, ()>> = LazyLock::new(|| {
    let words = lexicon::UNIT_WORDS
        .iter()
        .map(|&(w, _)| w)
        .chain(lexicon::UNIT_LEADS.iter().copied());
    WordTable::new(words.map(|w| (w, ())))
});

/// The unit of a measure right after a number ending at token `end`:
/// glued ("55km", "1,200MW"), spaced ("57 km", "500 square kilometres"),
/// or hyphenated as an adjective ("an 18-foot surge", "a 6.1-magnitude
/// quake").
pub(crate) fn unit_after(toks: &[Token<'_>], end: usize) -> Option<UnitAfter> {
    let first = toks.get(end)?;
    let hyphen = first.is_dash()
        && !first.space_before
        && toks
            .get(end + 1)
            .is_some_and(|t| t.is_word() && !t.space_before);
    let k = if hyphen { end + 1 } else { end };
    let t = toks.get(k)?;
    let glued = !hyphen && !t.space_before;
    if let Tk::Punct(c) = t.kind {
        // "35°C", "35 °F", "35° C".
        if hyphen || !lexicon::DEGREE_SIGNS.contains(&c) {
            return None;
        }
        let unit = scale_letter(toks.get(k + 1)?)?;
        return Some(UnitAfter {
            unit,
            end: k + 2,
            needs: UnitNeeds::Nothing,
        });
    }
    if !t.is_word() {
        return None;
    }
    if let Some(sym) = lexicon::measure_symbol(t.text) {
        if sym.place == UnitPlace::Glued && !glued {
            return None;
        }
        return Some(match extended(toks, sym.unit, k + 1) {
            Some((unit, e)) => UnitAfter {
                unit,
                end: e,
                needs: UnitNeeds::Nothing,
            },
            None => UnitAfter {
                unit: sym.unit,
                end: k + 1,
                needs: sym.needs,
            },
        });
    }
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf)?;
    // A unit's word, or a word that builds a unit from the next one: one
    // lookup turns every other word away.
    if WORDS_AND_LEADS.get(w.as_bytes()).is_none() {
        debug_assert!(lexicon::measure_word(w).is_none() && !lexicon::is_unit_lead(w));
        return None;
    }
    let found = |unit: MeasureUnit, end: usize| {
        Some(UnitAfter {
            unit,
            end,
            needs: UnitNeeds::Nothing,
        })
    };
    if let Some(unit) = lexicon::measure_word(w) {
        // "kilowatt-hours", "megawatt hours": energy, not power.
        if let Some((energy, e)) = watt_hours(toks, w, k) {
            return found(energy, e);
        }
        return match per_time(toks, unit, k + 1) {
            Some((speed, e)) => found(speed, e),
            None => found(per_time_past_bracket(toks, unit, k + 1), k + 1),
        };
    }
    if !lexicon::is_unit_lead(w) {
        return None;
    }
    // "square miles", "sq km", "cubic metres".
    let square = among(lexicon::SQUARE_WORDS, w);
    if square || among(lexicon::CUBIC_WORDS, w) {
        let mut j = k + 1;
        if toks
            .get(j)
            .is_some_and(|d| d.is_punct('.') && !d.space_before)
        {
            j += 1;
        }
        let length = length_unit(toks.get(j)?)?;
        let &(_, area, volume) = lexicon::SQUARES.iter().find(|r| r.0 == length)?;
        return found(if square { area } else { volume? }, j + 1);
    }
    // "degrees Celsius", "degrees C"; "40 degrees" alone names no scale.
    if among(lexicon::DEGREE_WORDS, w) {
        let s = toks.get(k + 1).filter(|s| s.is_word())?;
        let mut b2 = [0u8; 32];
        let unit = scale_letter(s).or_else(|| {
            lower(s.text, &mut b2)
                .and_then(lexicon::measure_word)
                .filter(|u| u.dimension() == Dimension::Temperature)
        })?;
        return found(unit, k + 2);
    }
    // "terawatt-hours".
    if let Some((energy, e)) = watt_hours(toks, w, k) {
        return found(energy, e);
    }
    // "nautical miles", "metric tons".
    let next = toks.get(k + 1).filter(|n| n.is_word())?;
    let mut b2 = [0u8; 32];
    let named = lower(next.text, &mut b2).and_then(lexicon::measure_word)?;
    let &(_, _, unit) = lexicon::QUALIFIED
        .iter()
        .find(|(q, base, _)| *q == w && *base == named)?;
    match per_time(toks, unit, k + 2) {
        Some((speed, e)) => found(speed, e),
        None => found(unit, k + 2),
    }
}

/// "kilowatt-hours", "megawatt hours" at token `k`, whose lowercase word
/// is `w`: a unit of energy, and the token after it.
fn watt_hours(toks: &[Token<'_>], w: &str, k: usize) -> Option<(MeasureUnit, usize)> {
    let &(_, energy) = lexicon::WATT_HOURS.iter().find(|(p, _)| *p == w)?;
    let j = if toks
        .get(k + 1)
        .is_some_and(|d| d.is_dash() && !d.space_before)
    {
        k + 2
    } else {
        k + 1
    };
    word_in(toks, j, lexicon::HOUR_WORDS).then_some((energy, j + 1))
}

/// "160 kilometres (100 miles) per hour": a "per hour" written after the
/// restatement makes both halves speeds. At token `k`, after the unit, an
/// opening bracket whose group is followed by it, or a closing bracket
/// followed by it. The quotes stop at their units. Returns the speed, or
/// `unit` itself.
fn per_time_past_bracket(toks: &[Token<'_>], unit: MeasureUnit, k: usize) -> MeasureUnit {
    let after = match toks.get(k) {
        Some(t) if t.is_punct(')') => Some(k + 1),
        Some(t) if t.is_punct('(') => (k + 1..toks.len().min(k + BRACKET_REACH))
            .find(|&j| toks[j].is_punct(')'))
            .map(|j| j + 1),
        _ => None,
    };
    after
        .and_then(|a| per_time(toks, unit, a))
        .map_or(unit, |(speed, _)| speed)
}
/// A symbol of length read on as another unit from token `k`: "km/h",
/// "m/s", "km²", "km2", "m³", "km per hour". Returns the unit and the
/// token after it.
fn extended(toks: &[Token<'_>], unit: MeasureUnit, k: usize) -> Option<(MeasureUnit, usize)> {
    if unit.dimension() != Dimension::Length {
        return None;
    }
    let glued = |i: usize| toks.get(i).filter(|t| !t.space_before);
    if glued(k).is_some_and(|t| t.is_punct('/'))
        && let Some(after) = glued(k + 1).filter(|t| t.is_word())
    {
        let table = if among(lexicon::HOUR_WORDS, after.text) {
            lexicon::PER_HOUR
        } else if among(lexicon::SECOND_WORDS, after.text) {
            lexicon::PER_SECOND
        } else {
            return None;
        };
        let &(_, speed) = table.iter().find(|(l, _)| *l == unit)?;
        return Some((speed, k + 2));
    }
    if let Some(mark) = glued(k)
        && let Some(&(_, power)) = lexicon::POWER_MARKS.iter().find(|(m, _)| *m == mark.text)
        // "km2" but not "km20": the digit alone.
        && !glued(k + 1).is_some_and(|t| t.is_digits() || t.is_word())
    {
        let &(_, area, volume) = lexicon::SQUARES.iter().find(|r| r.0 == unit)?;
        return Some((if power == 2 { area } else { volume? }, k + 1));
    }
    per_time(toks, unit, k)
}

/// "per hour", "an hour", "per second" after a unit of length at token
/// `k`: a speed. Returns it and the token after it.
fn per_time(toks: &[Token<'_>], unit: MeasureUnit, k: usize) -> Option<(MeasureUnit, usize)> {
    if !word_in(toks, k, lexicon::PER_WORDS) {
        return None;
    }
    let table = if word_in(toks, k + 1, &lexicon::HOUR_WORDS[..1]) {
        lexicon::PER_HOUR
    } else if word_in(toks, k + 1, &lexicon::SECOND_WORDS[..1]) {
        lexicon::PER_SECOND
    } else {
        return None;
    };
    let &(_, speed) = table.iter().find(|(l, _)| *l == unit)?;
    Some((speed, k + 2))
}

/// The unit of length a token names, as a symbol or a word.
fn length_unit(t: &Token<'_>) -> Option<MeasureUnit> {
    if !t.is_word() {
        return None;
    }
    let unit = match lexicon::measure_symbol(t.text) {
        Some(sym) => sym.unit,
        None => {
            let mut buf = [0u8; 32];
            lexicon::measure_word(lower(t.text, &mut buf)?)?
        }
    };
    (unit.dimension() == Dimension::Length).then_some(unit)
}

/// The temperature scale a letter names after a degree sign or word: "C",
/// "F".
fn scale_letter(t: &Token<'_>) -> Option<MeasureUnit> {
    if !t.is_word() {
        return None;
    }
    lexicon::SCALE_LETTERS
        .iter()
        .find(|(s, _)| *s == t.text)
        .map(|&(_, u)| u)
}

/// "magnitude 7.2", "a magnitude of 5.4", "put the magnitude at 6.1",
/// "magnitude-6.4", "a magnitude of about 6": the word before the number.
fn magnitude_before(r: &Reading<'_, '_>) -> Option<Verdict> {
    let toks = r.toks;
    // The word is at most a joiner and a hedge of a few words away: look
    // for it before reading any hedge.
    let near = r.start.saturating_sub(MAGNITUDE_REACH)..r.start;
    if !near
        .into_iter()
        .any(|k| word_in(toks, k, &[lexicon::MAGNITUDE_WORD]))
    {
        return None;
    }
    let mut k = r.start;
    let hedge = match bound::before(toks, k) {
        Some((h, s)) => {
            k = s;
            Some(h)
        }
        None => None,
    };
    // "a magnitude of 5.4", or "magnitude-6.4" with a hyphen.
    let joined = k > 0 && word_in(toks, k - 1, lexicon::MAGNITUDE_JOINERS);
    let hyphened =
        k > 1 && toks[k - 1].is_dash() && !toks[k - 1].space_before && !toks[k].space_before;
    if joined || hyphened {
        k -= 1;
    }
    if k == 0 || !word_in(toks, k - 1, &[lexicon::MAGNITUDE_WORD]) {
        return None;
    }
    if !plausible_magnitude(r) {
        return None;
    }
    Some(Verdict::Take(Quantity {
        kind: Kind::Measure,
        start: k - 1,
        end: r.end,
        hedge: hedge.unwrap_or(Hedge::Exact),
        amount: r.amount,
        unit: RawUnit::Measure(MeasureUnit::Magnitude),
    }))
}

/// "5.8 on the Richter scale": a magnitude named after the number.
fn richter(r: &Reading<'_, '_>) -> Option<Verdict> {
    let toks = r.toks;
    let [on, the, richter, scale] = lexicon::RICHTER;
    let at = |k: usize, w: &str| word_in(toks, k, &[w]);
    if !(at(r.end, on) && at(r.end + 1, the) && at(r.end + 2, richter)) {
        return None;
    }
    let end = if at(r.end + 3, scale) {
        r.end + 4
    } else {
        r.end + 3
    };
    take(r, MeasureUnit::Magnitude, end)
}

/// "a 7.0 quake", "the 6.4 earthquake": a number written with one decimal
/// right before a quake word is its magnitude, quoted alone.
fn bare_magnitude(r: &Reading<'_, '_>) -> Option<Verdict> {
    let n = &r.n;
    if r.last.is_some() || n.scaled || n.spelled || n.precision != Decimal::new(1, 1) {
        return None;
    }
    if !next_word_in(r.toks, r.end, lexicon::QUAKE_WORDS) || !plausible_magnitude(r) {
        return None;
    }
    Some(r.take(
        Kind::Measure,
        r.end,
        r.amount,
        RawUnit::Measure(MeasureUnit::Magnitude),
    ))
}

/// Whether the amount can be a quake's magnitude: between 0 and 10, no
/// scale word.
fn plausible_magnitude(r: &Reading<'_, '_>) -> bool {
    let max = Decimal::from(lexicon::MAX_MAGNITUDE);
    let ok = |v: Decimal| !v.is_sign_negative() && v <= max;
    !r.first.scaled && ok(r.first.value) && r.last.is_none_or(|l| ok(l.value))
}

/// "10m", "5-10m": a glued "m" the number reader took for a million, when
/// no other unit follows. Metres beside a height, a depth or a wave, or
/// beside a length in the other system ("10m (33ft)"); a race's name
/// before a race word ("the 100m final"); otherwise nothing, and the
/// counted noun or the money decides ("2.4m people").
fn glued_metres(r: &Reading<'_, '_>) -> Option<Verdict> {
    let toks = r.toks;
    let tail = &r.tail;
    if !tail.letter_scale || tail.end == 0 || toks[tail.end - 1].text != "m" {
        return None;
    }
    // "10m 20s": minutes and seconds.
    if toks.get(tail.end).is_some_and(|t| t.is_digits())
        && toks
            .get(tail.end + 1)
            .is_some_and(|t| !t.space_before && t.text.eq_ignore_ascii_case("s"))
    {
        return None;
    }
    let race = next_word_in(toks, r.end, lexicon::RACE_WORDS);
    if !race && !length_context(toks, r.n.start, r.end, Dimension::Length) {
        return None;
    }
    let unscale = |s: Stated, pow: u32| {
        let f = pow10(pow);
        Stated {
            value: s.value / f,
            precision: s.precision / f,
        }
    };
    let pow = tail.scale_pow;
    let amount = match r.amount {
        Amount::One(s) => Amount::One(unscale(s, pow)),
        Amount::Range(a, b) => Amount::Range(unscale(a, pow), unscale(b, pow)),
        Amount::Vague { .. } => return None,
    };
    let mut metres = r.clone();
    metres.amount = amount;
    take(&metres, MeasureUnit::Metre, r.end)
}

/// "two-thirds of a mile", "half a metre", "three-quarters of an inch":
/// a fraction of one unit.
fn fraction_of(r: &Reading<'_, '_>) -> Option<Verdict> {
    let toks = r.toks;
    let mut k = r.end;
    if word_in(toks, k, &["of"]) {
        k += 1;
    }
    if !word_in(toks, k, lexicon::ARTICLES) {
        return None;
    }
    let t = toks.get(k + 1).filter(|t| t.is_word())?;
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf)?;
    let unit = lexicon::measure_word(w)?;
    // One unit: "a mile", not "a miles".
    if w.ends_with('s') && unit != MeasureUnit::Celsius {
        return None;
    }
    take(r, unit, k + 2)
}

/// "5ft 10in", "5 feet 10 inches", "7lb 8oz": a measure in a larger unit
/// and a smaller one, as one amount in the smaller. Returns the amount,
/// the smaller unit and the token after it.
fn compound(
    toks: &[Token<'_>],
    end: usize,
    big: Stated,
    unit: MeasureUnit,
) -> Option<(Stated, MeasureUnit, usize)> {
    let &(_, small, per) = lexicon::COMPOUNDS.iter().find(|c| c.0 == unit)?;
    if !big.value.is_integer() || big.value.is_sign_negative() {
        return None;
    }
    let n = numeral::parse(toks, end).ok()??;
    if n.ordinal || n.fraction || n.scaled || n.value.is_sign_negative() {
        return None;
    }
    let u = unit_after(toks, n.end).filter(|u| u.unit == small)?;
    if n.value >= Decimal::from(per) {
        return None;
    }
    let value = big
        .value
        .checked_mul(Decimal::from(per))?
        .checked_add(n.value)?;
    Some((
        Stated {
            value,
            precision: n.precision,
        },
        small,
        u.end,
    ))
}

/// Whether a word near the number tells that a bare "m" is metres: one of
/// the few words before the number, or right after the unit ("10m high",
/// "a 10m-high wall", "a 10m wave"), or a length beside it in the other
/// system ("10m (33ft)").
fn length_context(toks: &[Token<'_>], start: usize, end: usize, dim: Dimension) -> bool {
    let is_context = |t: &Token<'_>| {
        let mut buf = [0u8; 32];
        t.is_word() && lower(t.text, &mut buf).is_some_and(lexicon::is_length_context)
    };
    let before = toks[start.saturating_sub(LENGTH_WORDS_BEFORE)..start]
        .iter()
        .any(is_context);
    let after = toks
        .iter()
        .skip(end)
        .skip_while(|t| t.is_dash() && !t.space_before)
        .take(LENGTH_WORDS_AFTER)
        .take_while(|t| t.is_word())
        .any(is_context);
    before || after || paired(toks, start, end, dim)
}

/// Whether the words around tokens `start..end` speak of temperatures:
/// "Temperatures hit 40C". Only a window of words each side is read, so a
/// sentence of a thousand "5C"s costs no more per number than news.
fn temperature_near(toks: &[Token<'_>], start: usize, end: usize) -> bool {
    let lo = start.saturating_sub(TEMPERATURE_REACH);
    let hi = toks.len().min(end + TEMPERATURE_REACH);
    // Every such word has three letters or more: shorter ones ("C", "F")
    // are passed over unread.
    toks[lo..hi].iter().any(|t| {
        let mut buf = [0u8; 32];
        t.is_word()
            && t.text.len() >= 3
            && lower(t.text, &mut buf).is_some_and(lexicon::is_temperature_context)
    })
}

/// Whether the measure at tokens `start..end` is restated in brackets in
/// another unit of `dim`, or restates one: "40C (104F)", "(104F)" after
/// "40C", "10m (33ft)".
fn paired(toks: &[Token<'_>], start: usize, end: usize, dim: Dimension) -> bool {
    let of_dim = |u: Option<MeasureUnit>| u.is_some_and(|u| u.dimension() == dim);
    // "(104F)" after "40C": the token before the bracket ends a unit.
    let before =
        start >= 2 && toks[start - 1].is_punct('(') && of_dim(unit_token(&toks[start - 2]));
    // "40C (104F)": a number and a unit of the dimension in brackets after.
    let after = toks.get(end).is_some_and(|t| t.is_punct('('))
        && numeral::parse(toks, end + 1)
            .ok()
            .flatten()
            .is_some_and(|n| of_dim(unit_after(toks, n.end).map(|u| u.unit)));
    before || after
}

/// The unit a single token names as a symbol or a word, whatever it needs.
fn unit_token(t: &Token<'_>) -> Option<MeasureUnit> {
    if !t.is_word() {
        return None;
    }
    if let Some(sym) = lexicon::measure_symbol(t.text) {
        return Some(sym.unit);
    }
    let mut buf = [0u8; 32];
    lexicon::measure_word(lower(t.text, &mut buf)?)
}

/// Whether a unit of measure follows the number `n`, as the rejections
/// that hold for every kind need to know: glued to it ("152mm", "90mph",
/// "1,200MW", but not "5G" or "seat 12F"), or after a label glued before
/// it ("Depth19 km", as scraped tables print a label and its figure).
pub(crate) fn names_number(toks: &[Token<'_>], n: &Numeral) -> bool {
    let (start, end) = (n.start, n.end);
    let Some(u) = unit_after(toks, end) else {
        return false;
    };
    match u.needs {
        UnitNeeds::Nothing => true,
        UnitNeeds::Length => length_context(toks, start, u.end, Dimension::Length),
        UnitNeeds::Temperature => {
            n.value.is_sign_negative()
                || temperature_near(toks, start, u.end)
                || paired(toks, start, u.end, Dimension::Temperature)
        }
        UnitNeeds::NoNetwork => !next_word_in(toks, u.end, lexicon::NETWORK_WORDS),
    }
}

/// Whether token `k` is a word of `words` (lowercase), in any case.
fn word_in(toks: &[Token<'_>], k: usize, words: &[&str]) -> bool {
    toks.get(k)
        .filter(|t| t.is_word())
        .is_some_and(|t| words.iter().any(|w| t.text.eq_ignore_ascii_case(w)))
}

/// Whether the word at token `k`, or after a hyphen glued there, is one of
/// `words`.
fn next_word_in(toks: &[Token<'_>], k: usize, words: &[&str]) -> bool {
    let k = if toks.get(k).is_some_and(|t| t.is_dash() && !t.space_before) {
        k + 1
    } else {
        k
    };
    word_in(toks, k, words)
}

#[cfg(test)]
mod tests {
    use super::super::scan::{quotes, rejections};
    use super::*;

    #[test]
    fn units_glued_spaced_and_hyphenated() {
        for (text, quote) in [
            ("The quake struck 55km south-west of the capital.", "55km"),
            ("It lies 64 km (40 miles) away.", "64 km"),
            ("Gusts reached 120km/h on the coast.", "120km/h"),
            ("An 18-foot storm surge flooded the coast.", "18-foot"),
            (
                "The oil field covers 500 square kilometres.",
                "500 square kilometres",
            ),
            (
                "The heatwave pushed the mercury to 35°C in Seville.",
                "35°C",
            ),
            ("A magnitude 7.2 earthquake struck.", "magnitude 7.2"),
            ("The suspect is 5ft 10in tall.", "5ft 10in"),
        ] {
            let got = quotes(text);
            assert!(
                got.contains(&(Kind::Measure, quote.to_string())),
                "{text}: {quote:?} not in {got:?}"
            );
        }
    }

    #[test]
    fn ambiguous_symbols_need_their_context() {
        assert_eq!(
            quotes("The wave was 10m high."),
            [(Kind::Measure, "10m".into())]
        );
        assert_eq!(
            quotes("The city of 2.4m people."),
            [(Kind::Count, "2.4m people".into())]
        );
        assert!(quotes("She sat in seat 12F.").is_empty());
        assert!(quotes("The carrier switched on its 5g network.").is_empty());
        assert_eq!(
            rejections("She won the 100m final."),
            [("100m".into(), RejectReason::Identifier)]
        );
    }
}
