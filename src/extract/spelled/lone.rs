//! A cardinal word read alone: "two" in "two people", "seven" before "eight"
//! in a list. Most spelled numbers are one word of the units or the tens,
//! and the whole reader spends most of its work on what might follow them.

use rust_decimal::Decimal;

use super::{CLASSES, Class, cardinal_at, class};
use crate::extract::numeral::Numeral;
use crate::extract::token::Token;
use crate::lexicon::calendar::Cal;
use crate::lexicon::{self, lower};

/// The class of the token `t` when the tokenizer found it a unit or a
/// tens word, with no lookup.
#[inline]
pub(super) fn card_class(t: &Token<'_>) -> Option<Class> {
    let Cal::Card(v, tens) = t.cal else {
        return None;
    };
    let c = Class {
        unit: (!tens).then_some(v),
        tens: tens.then_some(v),
        ..Class::default()
    };
    debug_assert_eq!(Some(c), looked_up(t), "{}", t.text);
    debug_assert!(lexicon::glued_tens(t.text).is_none(), "{}", t.text);
    Some(c)
}

/// The class of the word token `t`: from the tokenizer's class where that
/// says it is a unit or a tens word, else looked up. A word with no class
/// and a word the reader cannot lowercase end a number alike.
#[inline]
fn class_of(t: &Token<'_>) -> Option<Class> {
    card_class(t).or_else(|| looked_up(t))
}

/// The class of the word token `t`, lowercased and looked up; `None` for a
/// word the reader cannot lowercase.
///
/// The word is looked up as written first: every word of the table is in
/// lowercase, so a word found so is its own lowercase, and a word not
/// found with no capital in it is in no table.
fn looked_up(t: &Token<'_>) -> Option<Class> {
    let lowered = || {
        let mut b = [0u8; 32];
        lower(t.text, &mut b).map(class)
    };
    if let Some(&c) = CLASSES.get(t.text.as_bytes()) {
        debug_assert_eq!(Some(c), lowered(), "{}", t.text);
        return Some(c);
    }
    if !t.text.bytes().any(|b| b.is_ascii_uppercase()) {
        debug_assert!(
            lowered().is_none_or(|c| c == Class::default()),
            "{}",
            t.text
        );
        return Some(Class::default());
    }
    lowered()
}

/// The number at token `i`, a unit or a tens word of value `v`, when
/// nothing after it joins it: what the whole reader finds there. `None`
/// when the whole reader is needed.
///
/// The word after a unit or a tens word joins it when it is a cardinal
/// with room for it ("twenty three"), an ordinal ("twenty first"), a
/// scale, or a word of [`Class::joins`]; a dash after it may join a word
/// after that ("thirty-four"). Any other word, a cardinal with no room,
/// or a token that is no word ends the number there.
pub(super) fn read(toks: &[Token<'_>], i: usize, v: u32) -> Option<Numeral> {
    let mut cardinal_after = false;
    if let Some(t) = toks.get(i + 1) {
        if t.is_dash() {
            return None;
        }
        if t.is_word()
            && let Some(next) = class_of(t)
        {
            if next.ordinal.is_some() || next.scale.is_some() || next.joins || !ends(v, next) {
                return None;
            }
            cardinal_after = next.cardinal();
        }
    }
    Some(Numeral {
        start: i,
        end: i + 1,
        value: Decimal::from(v),
        precision: Decimal::ONE,
        ordinal: false,
        spelled: true,
        scaled: false,
        letter_scale: false,
        fraction: false,
        scale_pow: 0,
        int_digits: 0,
        formatted: false,
        cardinal_after,
        cardinal_before: i > 0 && cardinal_at(toks, i - 1),
    })
}

/// Whether a word of class `next` after the number `v` ends it: any word
/// that is not a cardinal, a unit where `v` has no room for it ("two
/// three"), and a tens word after anything but zero.
fn ends(v: u32, next: Class) -> bool {
    match (next.unit, next.tens) {
        (Some(u), _) if u < 10 => !v.is_multiple_of(10),
        (Some(_), _) | (None, Some(_)) => !v.is_multiple_of(100),
        (None, None) => true,
    }
}

/// Whether two readings are the same to the last bit of their values, as
/// the fast path must be to the whole reader.
pub(super) fn same(a: &Numeral, b: &Numeral) -> bool {
    a == b
        && a.value.serialize() == b.value.serialize()
        && a.precision.serialize() == b.precision.serialize()
}
