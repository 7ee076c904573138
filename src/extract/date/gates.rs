//! The places where no date starts, told by the tokens there and next to
//! them. The rules skip them without trying a row; every debug build tries
//! the rows there anyway and checks that none reads a date.

use super::reader::{Reader, symbol};
use crate::extract::token::Tk;
use crate::lexicon::calendar::{Cal, Kw};

impl Reader<'_, '_> {
    /// Whether token `i` is an ordinal word and the token after it a word
    /// with no calendar meaning: no date starts there. The rows read an
    /// ordinal with "of", a month, a weekday, a unit, a number or a dash
    /// after it ("first of March", "first Tuesday", "first quarter", "first
    /// three months", "Fourth of July").
    pub(super) fn ordinal_before_plain_word(&self, i: usize) -> bool {
        matches!(self.lex(i), Cal::Ord(_))
            && self
                .t
                .get(i + 1)
                .is_some_and(|n| n.kind == Tk::Word && n.cal == Cal::None)
    }

    /// Whether token `i` is "a" or "an" and the token after it, if any,
    /// neither "few", "couple" nor a singular unit of time ("day", "week",
    /// "month", "year"): no date starts there. Only the row of amounts
    /// starts at "a", and it reads "a" as one of the unit after it, or as
    /// the article of "a few" and "a couple of".
    pub(super) fn article_before_no_unit(&self, i: usize) -> bool {
        self.kw(i, Kw::A)
            && !matches!(
                self.lex(i + 1),
                Cal::Kw(Kw::Few | Kw::Couple | Kw::Day | Kw::Week | Kw::Month | Kw::Year)
            )
    }

    /// Whether token `i` is "in" and the token after it, if any, neither
    /// digits, a cardinal word, "a" nor "few": no date starts there. Only
    /// the row of amounts starts at "in", and it reads an amount right
    /// after it ("in two weeks", "in a week's time", "in 3 days").
    pub(super) fn in_before_no_amount(&self, i: usize) -> bool {
        self.kw(i, Kw::In)
            && self.t.get(i + 1).is_none_or(|n| match n.kind {
                Tk::Digits => false,
                Tk::Word => !matches!(n.cal, Cal::Card(..) | Cal::Kw(Kw::A | Kw::Few)),
                Tk::Punct(_) => true,
            })
    }

    /// Whether token `i` is a cardinal word, or a run of digits of neither
    /// four nor eight digits, and the token after it, if any, a word with
    /// no calendar meaning, or "more", "and" or "in": no date starts there. Every row that starts at
    /// such a number reads a symbol, a date word or a unit after it ("3/4",
    /// "3 May", "3rd", "three days", "the 1990s"); only a licensed year
    /// ("in 2020 people") and a date in eight digits ("20200701") stand
    /// alone. A cardinal word that is not a tens word joins no cardinal
    /// after it either ("one two"; but "twenty one days"), and such digits
    /// join no digits after them ("34 000" with a group space, which the
    /// rules read as a space).
    pub(super) fn number_before_plain_word(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else {
            return false;
        };
        let (before_card, before_digits) = match (t.kind, t.cal) {
            (Tk::Digits, _) if t.text.len() != 4 && t.text.len() != 8 => (false, true),
            (Tk::Word, Cal::Card(_, tens)) => (!tens, false),
            _ => return false,
        };
        self.t.get(i + 1).is_none_or(|n| match (n.kind, n.cal) {
            (Tk::Word, Cal::None) => true,
            (Tk::Word, Cal::Card(..)) => before_card,
            // Date words no row reads after a number: "4 more", "3 and
            // 4", "5 in 10".
            (Tk::Word, Cal::Kw(Kw::More | Kw::And | Kw::In)) => true,
            (Tk::Word, _) | (Tk::Punct(_), _) => false,
            (Tk::Digits, _) => before_digits,
        })
    }

    /// Whether token `i` is "the" before digits or a cardinal word that a
    /// word with no calendar meaning, or the end, follows ("the 5 apps",
    /// "the two sides"): no date starts there. After "the" the rows read an
    /// ordinal, or a number with "of", a unit or a date word after it ("the
    /// 15th", "the 20th of next month", "the 4th quarter").
    pub(super) fn the_before_lone_number(&self, i: usize) -> bool {
        self.kw(i, Kw::The)
            && self.t.get(i + 1).is_some_and(|t| {
                t.kind == Tk::Digits || (t.kind == Tk::Word && matches!(t.cal, Cal::Card(..)))
            })
            && self
                .t
                .get(i + 2)
                .is_none_or(|n| n.kind == Tk::Word && n.cal == Cal::None)
    }

    /// Whether tokens `i` and `i + 1` are digits glued together, as a
    /// combining mark between them leaves them ("3\u{301}4"): no date
    /// starts there. Every row reads a symbol, a word, a space or the end
    /// after the digits it starts at.
    pub(super) fn digits_before_glued_digits(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Tk::Digits)
            && self
                .t
                .get(i + 1)
                .is_some_and(|n| n.kind == Tk::Digits && !n.space_before)
    }

    /// Whether token `i` is a run of digits of neither four nor eight
    /// digits and the token after it a bracket, a colon, a semicolon or
    /// another symbol that no row reads after such digits ("(206)", "12:30",
    /// "2 (two)", "5*"): no date starts there. The rows that start at digits
    /// read a dash, a slash, a dot, a comma or an apostrophe after them
    /// ("2014-10", "1/20", "5.3.2020", "5, 6 and 7 May", "the 1970's"), a
    /// word or a suffix; a year standing alone before such a symbol ("in
    /// 2020)") has four digits.
    pub(super) fn digits_before_bracket(&self, i: usize) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.kind == Tk::Digits && t.text.len() != 4 && t.text.len() != 8)
            && self.t.get(i + 1).and_then(symbol).is_some_and(|p| {
                matches!(
                    p,
                    b'(' | b')'
                        | b'['
                        | b']'
                        | b':'
                        | b';'
                        | b'!'
                        | b'?'
                        | b'*'
                        | b'%'
                        | b'+'
                        | b'='
                        | b'&'
                        | b'#'
                        | b'<'
                        | b'>'
                )
            })
    }

    /// Whether token `i` leads a group of digits of a number written with
    /// thousands separators: one to three digits with a comma and three
    /// digits glued after them ("31,000", the "234" of "1,234,567"). No
    /// date starts there. The rows that start at digits read a symbol of
    /// their own after them ("1/20", "2014-10", "18-19"), a word ("3
    /// March", "1990s", "3 days"), or a year after a comma, which has four
    /// digits; a day or an amount of time has at most three, and a comma
    /// joins no range.
    pub(super) fn digits_before_thousands(&self, i: usize) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.kind == Tk::Digits && t.text.len() <= 3)
            && self
                .t
                .get(i + 1)
                .is_some_and(|c| c.kind == Tk::Punct(',') && c.text == "," && !c.space_before)
            && self
                .t
                .get(i + 2)
                .is_some_and(|n| n.kind == Tk::Digits && n.text.len() == 3 && !n.space_before)
    }

    /// Whether token `i` is "the" and the token after it a word with no
    /// calendar meaning, or one that only begins a holiday's name ("the
    /// company", "the president"): no date starts there. "the" starts
    /// dates only before a number, an ordinal, or a date word ("the 15th",
    /// "the first quarter", "the weekend", "the last week"); a holiday's
    /// name is read from its own first word.
    pub(super) fn the_before_plain_word(&self, i: usize) -> bool {
        self.kw(i, Kw::The)
            && self
                .t
                .get(i + 1)
                .is_some_and(|n| n.kind == Tk::Word && matches!(n.cal, Cal::None | Cal::Holiday))
    }

    /// Whether token `i` is a run of digits with something glued before it
    /// that no date starts after: no date starts there. Every row that
    /// starts at digits ("a date in digits", a day, a year, a decade, an
    /// amount of units, a quarter, the nth day, a week, upcoming units, a
    /// range) reads nothing at them unless [`Reader::left_ok`] holds there,
    /// and gives no skip before it either.
    pub(super) fn digits_glued_after(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Tk::Digits) && !self.left_ok(i)
    }
}
