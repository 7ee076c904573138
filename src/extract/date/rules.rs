//! The date patterns as a table: one row per shape of date, with the
//! tokens it can start at and the function that reads it.
//!
//! At every token that can start a date, the rows that start there are
//! tried in table order, and the longest match wins; of two matches of one
//! length, the row listed first. The order is part of the grammar: "in 2014
//! to 2018" is a range of years, which the year row (before the range row)
//! reads as a non-date to skip, and "Fourth of July" is July 4 as the day
//! row reads it before the holiday row.

use std::sync::LazyLock;

use super::expr::{Modifier, Point};
use super::reader::{Hit, Reader};
use crate::extract::token::{Tk, Token};
use crate::lexicon::calendar::{Cal, Kw};

/// The class of token a row can start at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum At {
    /// A run of digits: "20", "2021".
    Digits,
    /// A month name: "January", "Sept".
    Month,
    /// A weekday name: "Tuesday", "Tue".
    Weekday,
    /// A cardinal number word: "three", "twenty".
    Card,
    /// An ordinal number word: "first", "twentieth".
    Ord,
    /// Ordinal suffix letters standing alone: the "St" of "St. Patrick's
    /// Day".
    Suffix,
    /// The first word of a holiday's name: "Christmas", "Labor".
    Holiday,
    /// A date word: "the", "last", "since".
    Word(Kw),
}

/// Where a row is tried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tried {
    /// Wherever a date can start.
    Anywhere,
    /// Not as the end of a range: a range holds no range.
    NotInRange,
    /// Only as a whole date: a modifier is never part of another date.
    Outermost,
}

/// One shape of date. The shape and its examples document the row; the
/// tests check that every example reads as one date.
pub(super) struct Rule {
    /// The shape, as a reader would describe it.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) shape: &'static str,
    /// Examples of the shape.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) examples: &'static [&'static str],
    /// The tokens it can start at.
    pub(super) at: &'static [At],
    /// Where it is tried.
    pub(super) tried: Tried,
    /// Reads it at a token: the end of the match and the date, if any.
    pub(super) read: fn(&Reader<'_, '_>, usize) -> Option<Hit>,
}

use At::{Card, Digits, Month, Ord, Suffix, Weekday, Word};
use Tried::{Anywhere, NotInRange, Outermost};

/// Every date shape, in the order they are tried.
pub(super) const RULES: &[Rule] = &[
    Rule {
        shape: "a modifier and a date",
        examples: &[
            "since 2019",
            "by next year",
            "before March 3",
            "until the year 2030",
            "no later than June 30",
            "later than 2020",
            "as early as next week",
            "on or before May 1",
            "starting January 7",
            "from 2019 onwards",
        ],
        at: &[
            Word(Kw::Since),
            Word(Kw::Before),
            Word(Kw::After),
            Word(Kw::Until),
            Word(Kw::Till),
            Word(Kw::By),
            Word(Kw::Later),
            Word(Kw::Earlier),
            Word(Kw::No),
            Word(Kw::As),
            Word(Kw::On),
            Word(Kw::Starting),
            Word(Kw::Beginning),
            Word(Kw::From),
        ],
        tried: Outermost,
        read: |r, i| r.modified(i),
    },
    Rule {
        shape: "a date in digits",
        examples: &[
            "2021-01-20",
            "1/20/2021",
            "2/15",
            "2014-10",
            "20200701",
            "2019-sep-1",
        ],
        at: &[Digits],
        tried: Anywhere,
        read: |r, i| r.numeric(i),
    },
    Rule {
        shape: "a month, then a day or a year",
        examples: &[
            "January 20",
            "Jan. 20th, 2021",
            "Monday, Feb 18",
            "March 2024",
            "April of 1987",
        ],
        at: &[Month, Weekday],
        tried: Anywhere,
        read: |r, i| r.month_first(i),
    },
    Rule {
        shape: "a day, then a month",
        examples: &[
            "20 January",
            "3 March 2024",
            "the 1st of March",
            "31-Oct-74",
            "the 20th of next month",
        ],
        at: &[Digits, Weekday, Card, Ord, Word(Kw::The)],
        tried: Anywhere,
        read: |r, i| r.day_first(i),
    },
    Rule {
        shape: "an ordinal day alone, after \"on\", \"by\", \"for\"...",
        examples: &["on the 15th"],
        at: &[Word(Kw::The)],
        tried: Anywhere,
        read: |r, i| r.day_alone(i),
    },
    Rule {
        shape: "a decade",
        examples: &["the 1990s", "1980s", "the 1970's"],
        at: &[Digits],
        tried: Anywhere,
        read: |r, i| r.decade(i),
    },
    Rule {
        shape: "a year after a licensing word, or before a month",
        examples: &["in 2020", "since 2019", "2017 April"],
        at: &[Digits],
        tried: Anywhere,
        read: |r, i| r.year(i),
    },
    Rule {
        shape: "\"year\" and a year",
        examples: &["the year 2008"],
        at: &[Word(Kw::Year)],
        tried: Anywhere,
        read: |r, i| r.named_year(i),
    },
    Rule {
        shape: "a day or period relative to today",
        examples: &[
            "today",
            "yesterday",
            "last week",
            "this month",
            "the weekend",
            "the day after tomorrow",
        ],
        at: &[
            Word(Kw::The),
            Word(Kw::Today),
            Word(Kw::Tonight),
            Word(Kw::Yesterday),
            Word(Kw::Tomorrow),
            Word(Kw::Current),
            Word(Kw::This),
            Word(Kw::Last),
            Word(Kw::Past),
            Word(Kw::Previous),
            Word(Kw::Next),
            Word(Kw::Coming),
            Word(Kw::Upcoming),
            Word(Kw::Following),
        ],
        tried: Anywhere,
        read: |r, i| r.relative(i),
    },
    Rule {
        shape: "a weekday, with the week it is in",
        examples: &[
            "Tuesday",
            "next Friday",
            "this coming Friday",
            "Tuesday the 19th",
            "Friday of next week",
        ],
        at: &[
            Weekday,
            Word(Kw::Current),
            Word(Kw::This),
            Word(Kw::Last),
            Word(Kw::Past),
            Word(Kw::Previous),
            Word(Kw::Next),
            Word(Kw::Coming),
            Word(Kw::Upcoming),
            Word(Kw::Following),
        ],
        tried: Anywhere,
        read: |r, i| r.weekday(i),
    },
    Rule {
        shape: "a month alone, after a licensing word",
        examples: &["in May", "since March", "last June", "this September"],
        at: &[
            Month,
            Word(Kw::This),
            Word(Kw::Last),
            Word(Kw::Past),
            Word(Kw::Previous),
            Word(Kw::Next),
            Word(Kw::Coming),
            Word(Kw::Upcoming),
            Word(Kw::Following),
        ],
        tried: Anywhere,
        read: |r, i| r.month_alone(i),
    },
    Rule {
        shape: "a number of units from today",
        examples: &[
            "three days ago",
            "a week ago",
            "two weeks from now",
            "in two weeks' time",
            "in two weeks",
            "three days after Easter",
            "2 weeks before May 13 1999",
            "more than two weeks ago",
        ],
        at: &[
            Digits,
            Card,
            Word(Kw::A),
            Word(Kw::Few),
            Word(Kw::In),
            Word(Kw::More),
            Word(Kw::At),
        ],
        tried: Anywhere,
        read: |r, i| r.offset(i),
    },
    Rule {
        shape: "a quarter",
        examples: &[
            "Q1 2024",
            "2018Q4",
            "the first quarter of 2024",
            "4th quarter 2018",
        ],
        at: &[Digits, Ord, Word(Kw::The), Word(Kw::Q)],
        tried: Anywhere,
        read: |r, i| r.quarter(i),
    },
    Rule {
        shape: "a quarter of a year named relative to today, the year first",
        examples: &["next year's first quarter", "last year's 4th quarter"],
        at: &[
            Word(Kw::Last),
            Word(Kw::Previous),
            Word(Kw::Past),
            Word(Kw::This),
            Word(Kw::Current),
            Word(Kw::Next),
            Word(Kw::Coming),
        ],
        tried: Anywhere,
        read: |r, i| r.year_quarter(i),
    },
    Rule {
        shape: "a part of a period",
        examples: &[
            "mid-2020",
            "early March",
            "the end of 2020",
            "earlier this month",
        ],
        at: &[
            Word(Kw::Mid),
            Word(Kw::Early),
            Word(Kw::Late),
            Word(Kw::Earlier),
            Word(Kw::Later),
            Word(Kw::End),
            Word(Kw::Beginning),
            Word(Kw::Start),
            Word(Kw::Middle),
        ],
        tried: Anywhere,
        read: |r, i| r.parted(i),
    },
    Rule {
        shape: "the nth weekday or day of a month",
        examples: &[
            "the first Tuesday of October",
            "last Monday of March 2014",
            "the last day of next month",
        ],
        at: &[Digits, Ord, Word(Kw::The), Word(Kw::Last)],
        tried: Anywhere,
        read: |r, i| r.nth_of_month(i),
    },
    Rule {
        shape: "a holiday",
        examples: &[
            "Christmas",
            "Thanksgiving 2014",
            "next Easter",
            "St. Patrick's Day",
            "Fourth of July 2020",
        ],
        at: &[
            At::Holiday,
            Suffix,
            Month,
            Ord,
            Word(Kw::Early),
            Word(Kw::Late),
            Word(Kw::Day),
            Word(Kw::This),
            Word(Kw::Last),
            Word(Kw::Past),
            Word(Kw::Previous),
            Word(Kw::Next),
            Word(Kw::Coming),
            Word(Kw::Upcoming),
            Word(Kw::Following),
        ],
        tried: Anywhere,
        read: |r, i| r.holiday(i),
    },
    Rule {
        shape: "a week of a month or a year",
        examples: &[
            "the last week of September 2014",
            "first week of 2015",
            "the third last week of 2018",
            "the week of October 6th",
            "Friday after next",
            "the week after next",
        ],
        at: &[Word(Kw::The), Ord, Digits, Word(Kw::Last), Weekday],
        tried: Anywhere,
        read: |r, i| r.week_of(i),
    },
    Rule {
        shape: "a number of units next to today",
        examples: &["next three days", "past two quarters", "last 3 months"],
        at: &[
            Word(Kw::Next),
            Word(Kw::Coming),
            Word(Kw::Following),
            Word(Kw::Upcoming),
            Word(Kw::Last),
            Word(Kw::Past),
            Word(Kw::Previous),
        ],
        tried: Anywhere,
        read: |r, i| r.counted_period(i),
    },
    Rule {
        shape: "the first or last units of a period",
        examples: &[
            "the first three months of 2021",
            "the last 3 weeks of this year",
            "first ten days of last year",
        ],
        at: &[Word(Kw::The), Ord, Word(Kw::Last)],
        tried: Anywhere,
        read: |r, i| r.portion_of(i),
    },
    Rule {
        shape: "upcoming units",
        examples: &["the upcoming two weeks", "two upcoming months"],
        at: &[Digits, Card, Word(Kw::Upcoming)],
        tried: Anywhere,
        read: |r, i| r.upcoming_n(i),
    },
    Rule {
        shape: "a range of dates",
        examples: &[
            "from March to May",
            "between 2014 and 2018",
            "Jan-Feb 2017",
            "November 18-19",
        ],
        at: &[Digits, Month, Card, Ord, Word(Kw::From), Word(Kw::Between)],
        tried: NotInRange,
        read: |r, i| r.range(i),
    },
];

/// The slot of a token class in [`STARTS`]; `None` for a token no rule
/// starts at.
fn slot(t: &Token<'_>) -> Option<usize> {
    match t.kind {
        Tk::Digits => Some(0),
        Tk::Punct(_) => None,
        Tk::Word => match t.cal {
            Cal::None | Cal::Units(_) | Cal::Pieces => None,
            Cal::Month(..) => Some(1),
            Cal::Weekday(..) => Some(2),
            Cal::Card(..) => Some(3),
            Cal::Ord(_) => Some(4),
            // "1st" is no start; "St. Patrick's" is.
            Cal::OrdSuffix => t.space_before.then_some(5),
            Cal::Holiday => Some(6),
            Cal::Kw(k) => Some(7 + k as usize),
        },
    }
}

fn slot_of(at: At) -> usize {
    match at {
        Digits => 0,
        Month => 1,
        Weekday => 2,
        Card => 3,
        Ord => 4,
        Suffix => 5,
        At::Holiday => 6,
        Word(k) => 7 + k as usize,
    }
}

/// How many token classes [`slot`] tells apart: seven, then one per date
/// word.
const SLOTS: usize = 96;

/// For each token class, a bit per row of [`RULES`] that starts there.
static STARTS: LazyLock<[u64; SLOTS]> = LazyLock::new(|| {
    let mut starts = [0u64; SLOTS];
    for (r, rule) in RULES.iter().enumerate() {
        for &at in rule.at {
            starts[slot_of(at)] |= 1 << r;
        }
    }
    starts
});

/// For each token class, the rows that can start there, as bits.
pub(super) fn starts() -> &'static [u64; SLOTS] {
    &STARTS
}

/// The rows that can start at token `t`, as bits.
pub(super) fn rows_at(starts: &[u64; SLOTS], t: &Token<'_>) -> u64 {
    slot(t).and_then(|s| starts.get(s)).copied().unwrap_or(0)
}

impl Reader<'_, '_> {
    /// The longest date starting at token `i`, a modifier included.
    pub(super) fn best_at(&self, i: usize) -> Option<Hit> {
        Some(self.bounded(self.longest(i, |_| true)?))
    }

    /// [`Reader::best_at`] at a token whose rows are `rows` (see
    /// [`rows_at`]) and that [`Reader::gated`] lets through: the caller
    /// has asked both.
    pub(super) fn best_open(&self, i: usize, rows: u64) -> Option<Hit> {
        debug_assert!(!self.gated(i));
        debug_assert_eq!(Some(rows), self.t.get(i).map(|t| rows_at(starts(), t)));
        Some(self.bounded(self.longest_of(i, rows, &|_| true)?))
    }

    /// The match `hit`, with a bound written after it, if any ("2018 or
    /// later").
    fn bounded(&self, hit: Hit) -> Hit {
        match hit {
            (end, Some(mut e))
                if e.modifier.is_none() && !matches!(e.point, Point::Range { .. }) =>
            {
                if let Some((m, after)) = self.bound_after(end) {
                    e.modifier = Some(m);
                    return (after, Some(e));
                }
                (end, Some(e))
            }
            hit => hit,
        }
    }

    /// The longest date starting at token `i`, without a modifier, and
    /// without a range when reading the end of one.
    pub(super) fn core(&self, i: usize) -> Option<Hit> {
        self.longest(i, |tried| match tried {
            Anywhere => true,
            NotInRange => !self.loose,
            Outermost => false,
        })
    }

    fn longest(&self, i: usize, tried: impl Fn(Tried) -> bool) -> Option<Hit> {
        let rows = rows_at(starts(), self.t.get(i)?);
        if self.gated(i) {
            // No row reads a date there: checked in every debug build.
            debug_assert_eq!(self.longest_of(i, rows, &tried), None, "{:?}", self.t);
            return None;
        }
        self.longest_of(i, rows, &tried)
    }

    /// Whether token `i` is at one of the places where no date starts,
    /// told by the tokens there and next to them (see `gates.rs`). Most
    /// tokens some row starts at are: "the" before a plain word, above
    /// all.
    #[inline]
    pub(super) fn gated(&self, i: usize) -> bool {
        // No row reads "the" before a word with no calendar meaning ("the
        // company"), nor before the first word of a holiday's name ("the
        // president").
        self.the_before_plain_word(i)
            // No row reads a cardinal word, or digits that are neither a
            // year nor "yyyymmdd", before a word with no calendar meaning
            // or "more" ("34 apps", "one hundred", "4 more", the "1" of
            // "1e999"), nor a cardinal that is not a tens word before
            // another ("one two"), nor such digits before digits ("34
            // 000"), nor "the" before a number a plain word follows ("the
            // 5 apps"), nor digits before digits glued to them.
            || self.number_before_plain_word(i)
            || self.the_before_lone_number(i)
            || self.digits_before_glued_digits(i)
            // Nor digits that lead a group of a number with thousands
            // separators ("31,000").
            || self.digits_before_thousands(i)
            // Nor digits before a bracket, a colon or another symbol no row
            // reads after them ("(206)", "12:30").
            || self.digits_before_bracket(i)
            // No row reads an ordinal word before a word with no calendar
            // meaning ("first reported", "second round").
            || self.ordinal_before_plain_word(i)
            // The only row that starts at "a" or "in" reads an amount of
            // time ("a week ago", "in two weeks"): not "a" before anything
            // but a unit word or "few" ("a series"), nor "in" before
            // anything but a number, "a" or "few" ("in November", "in
            // the").
            || self.article_before_no_unit(i)
            || self.in_before_no_amount(i)
            // Every row that starts at digits wants nothing glued before
            // them: not the "5" of "2.5", the "28" of "2:28", the "35" of
            // "$35" or the "800" of "1-800".
            || self.digits_glued_after(i)
    }

    /// The longest date of the rows `rows` (bits of [`RULES`]) that start
    /// at token `i` and are tried here.
    fn longest_of(&self, i: usize, mut rows: u64, tried: &impl Fn(Tried) -> bool) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        while rows != 0 {
            let r = rows.trailing_zeros() as usize;
            rows &= rows - 1;
            let Some(rule) = RULES.get(r).filter(|rule| tried(rule.tried)) else {
                continue;
            };
            if let Some(hit) = (rule.read)(self, i)
                && best.as_ref().is_none_or(|b| hit.0 > b.0)
            {
                best = Some(hit);
            }
        }
        best
    }

    /// "year 2008", as in "the year 2008".
    fn named_year(&self, i: usize) -> Option<Hit> {
        if i > 0 && self.fiscal(i - 1) {
            return None;
        }
        self.year(i + 1)
    }

    /// "since 2019", "by next year", "before March 3", "no later than June
    /// 30", "later than 2020", "as early as next week", "on or before May
    /// 1", "starting January 7", "beginning in 2019", "from 2019 onwards".
    fn modified(&self, i: usize) -> Option<Hit> {
        let than = |k: usize| self.kw(k, Kw::Than);
        let (m, k) = match self.lex(i) {
            Cal::Kw(Kw::Since) => (Modifier::Since, i + 1),
            Cal::Kw(Kw::Before) => (Modifier::Before, i + 1),
            Cal::Kw(Kw::After) => (Modifier::After, i + 1),
            Cal::Kw(Kw::Until | Kw::Till) => (Modifier::Until, i + 1),
            Cal::Kw(Kw::By) => (Modifier::By, i + 1),
            Cal::Kw(Kw::Later) if than(i + 1) => (Modifier::After, i + 2),
            Cal::Kw(Kw::Earlier) if than(i + 1) => (Modifier::Before, i + 2),
            Cal::Kw(Kw::No) if than(i + 2) => match self.lex(i + 1) {
                Cal::Kw(Kw::Later) => (Modifier::By, i + 3),
                Cal::Kw(Kw::Earlier) => (Modifier::Since, i + 3),
                _ => return None,
            },
            Cal::Kw(Kw::As) if self.kw(i + 2, Kw::As) => match self.lex(i + 1) {
                Cal::Kw(Kw::Late) => (Modifier::By, i + 3),
                Cal::Kw(Kw::Early) => (Modifier::Since, i + 3),
                _ => return None,
            },
            // "on or before May 1", "on or after July 1".
            Cal::Kw(Kw::On) if self.kw(i + 1, Kw::And) => match self.lex(i + 2) {
                Cal::Kw(Kw::Before) => (Modifier::By, i + 3),
                Cal::Kw(Kw::After) => (Modifier::Since, i + 3),
                _ => return None,
            },
            // "starting Monday", "beginning on January 7", "starting in
            // 2019"; not "the beginning of March".
            Cal::Kw(Kw::Starting | Kw::Beginning) if !self.kw(i + 1, Kw::Of) => {
                let on = matches!(self.lex(i + 1), Cal::Kw(Kw::On | Kw::In | Kw::From));
                (Modifier::Since, i + 1 + usize::from(on))
            }
            // "from 2019 onwards", "from March on".
            Cal::Kw(Kw::From) => (Modifier::Since, i + 1),
            _ => return None,
        };
        // The bound words license a bare year: "later than 2020".
        let core = self
            .core(k)
            .or_else(|| {
                (self.kw(k, Kw::The) && self.kw(k + 1, Kw::Year))
                    .then(|| self.year(k + 2))
                    .flatten()
            })
            .or_else(|| self.year_licensed(k, true));
        match core? {
            // "after yesterday's rally": the word governs the noun, not the date.
            (end, Some(_))
                if (self.punct(end, b'\'') || self.punct(end, 0)) && self.kw(end + 1, Kw::S) =>
            {
                None
            }
            (end, Some(mut e)) => {
                let end = if self.kw(i, Kw::From) {
                    // "from" bounds a date only with "on" or "onwards" after it.
                    let on = self.kw(end, Kw::Onwards)
                        || (self.kw(end, Kw::On) && !self.is_word(end + 1));
                    if !on || !self.right_ok(end + 1) {
                        return None;
                    }
                    end + 1
                } else {
                    end
                };
                e.modifier = Some(m);
                Some((end, Some(e)))
            }
            // "from 2013 to 2017" is the range row's.
            _ if self.kw(i, Kw::From) => None,
            skip => Some(skip),
        }
    }

    /// A bound written after a date, and the end of it: "2018 or later",
    /// "1/1/2016 and after", "2019 onwards" (from then on); "May 1 or
    /// earlier", "June 30 or before" (no later than).
    pub(super) fn bound_after(&self, end: usize) -> Option<(Modifier, usize)> {
        let last = |k: usize| !self.is_word(k + 1) && self.right_ok(k + 1);
        let m = match (self.lex(end), self.lex(end + 1)) {
            (Cal::Kw(Kw::Onwards), _) if self.right_ok(end + 1) => {
                return Some((Modifier::Since, end + 1));
            }
            (Cal::Kw(Kw::And), Cal::Kw(Kw::Later)) => Modifier::Since,
            (Cal::Kw(Kw::And), Cal::Kw(Kw::After)) if last(end + 1) => Modifier::Since,
            (Cal::Kw(Kw::And), Cal::Kw(Kw::Earlier)) => Modifier::By,
            (Cal::Kw(Kw::And), Cal::Kw(Kw::Before)) if last(end + 1) => Modifier::By,
            _ => return None,
        };
        self.right_ok(end + 2).then_some((m, end + 2))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_starts_somewhere_and_the_table_fits_the_bits() {
        assert!(RULES.len() <= 64);
        for rule in RULES {
            assert!(!rule.at.is_empty(), "{}", rule.shape);
            assert!(!rule.examples.is_empty(), "{}", rule.shape);
        }
        for &(_, k) in crate::lexicon::calendar::DATE_WORDS {
            assert!(slot_of(Word(k)) < SLOTS, "{k:?}");
        }
    }

    #[test]
    fn only_the_row_of_amounts_starts_at_a_and_in() {
        let amounts = RULES
            .iter()
            .position(|rule| rule.shape == "a number of units from today")
            .map(|r| 1u64 << r);
        for k in [Kw::A, Kw::In] {
            assert_eq!(Some(STARTS[slot_of(Word(k))]), amounts, "{k:?}");
        }
    }
}
