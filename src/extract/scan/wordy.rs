//! The readings of an amount with no number in it: a vague amount
//! ("dozens of companies", "dozens were killed", "millions of dollars"), a
//! duration or a sum of money after an article ("a month", "a dollar"), a
//! decade of life ("in his forties").

use super::super::token::Token;
use super::super::{age, casualty, count, duration, money};
use super::{Quantity, Text};
use crate::lexicon;

/// What reads an amount with no number at token `i`, if anything does.
pub(super) fn read(text: Text<'_>, toks: &[Token<'_>], i: usize) -> Option<Quantity> {
    // The vague amount at the token, read once for both kinds.
    let at = count::vague_at(toks, i);
    money::vague(toks, i, at)
        .or_else(|| count::vague(text, toks, i, at))
        .or_else(|| casualty::vague(toks, i))
        .or_else(|| duration::article(toks, i))
        .or_else(|| money::article(toks, i))
        .or_else(|| age::decade(toks, i))
}

/// Whether a reading of [`read`] may start at token `i`: the first test of
/// each. A vague amount starts with a word that [`count::may_start_vague`]
/// lets through, a duration or a sum after an article with "a", "an" or
/// "half", and a decade with what [`age::may_be_decade`] lets through.
pub(super) fn may_start(toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    count::may_start_vague(t)
        || (t.is_word()
            && (t.text.eq_ignore_ascii_case("half")
                || lexicon::ARTICLES
                    .iter()
                    .any(|a| t.text.eq_ignore_ascii_case(a))))
        || age::may_be_decade(toks, i)
}
