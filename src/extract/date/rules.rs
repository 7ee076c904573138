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

use super::expr::Modifier;
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
        ],
        at: &[
            Word(Kw::Since),
            Word(Kw::Before),
            Word(Kw::After),
            Word(Kw::Until),
            Word(Kw::Till),
            Word(Kw::By),
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
        ],
        at: &[Digits, Card, Word(Kw::A), Word(Kw::Few), Word(Kw::In)],
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

/// For each token class, a bit per row of [`RULES`] that starts there.
static STARTS: LazyLock<[u32; 64]> = LazyLock::new(|| {
    let mut starts = [0u32; 64];
    for (r, rule) in RULES.iter().enumerate() {
        for &at in rule.at {
            starts[slot_of(at)] |= 1 << r;
        }
    }
    starts
});

/// For each token class, the rows that can start there, as bits.
pub(super) fn starts() -> &'static [u32; 64] {
    &STARTS
}

/// The rows that can start at token `t`, as bits.
pub(super) fn rows_at(starts: &[u32; 64], t: &Token<'_>) -> u32 {
    slot(t).and_then(|s| starts.get(s)).copied().unwrap_or(0)
}

impl Reader<'_, '_> {
    /// The longest date starting at token `i`, a modifier included.
    pub(super) fn best_at(&self, i: usize) -> Option<Hit> {
        self.longest(i, |_| true)
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
        let mut rows = rows_at(starts(), self.t.get(i)?);
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
        self.year(i + 1)
    }

    /// "since 2019", "by next year", "before March 3".
    fn modified(&self, i: usize) -> Option<Hit> {
        let m = match self.lex(i) {
            Cal::Kw(Kw::Since) => Modifier::Since,
            Cal::Kw(Kw::Before) => Modifier::Before,
            Cal::Kw(Kw::After) => Modifier::After,
            Cal::Kw(Kw::Until | Kw::Till) => Modifier::Until,
            Cal::Kw(Kw::By) => Modifier::By,
            _ => return None,
        };
        let core = self.core(i + 1).or_else(|| {
            (self.kw(i + 1, Kw::The) && self.kw(i + 2, Kw::Year))
                .then(|| self.year(i + 3))
                .flatten()
        });
        match core? {
            // "after yesterday's rally": the word governs the noun, not the date.
            (end, Some(_))
                if (self.punct(end, b'\'') || self.punct(end, 0)) && self.kw(end + 1, Kw::S) =>
            {
                None
            }
            (end, Some(mut e)) => {
                e.modifier = Some(m);
                Some((end, Some(e)))
            }
            skip => Some(skip),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_starts_somewhere_and_the_table_fits_the_bits() {
        assert!(RULES.len() <= 32);
        for rule in RULES {
            assert!(!rule.at.is_empty(), "{}", rule.shape);
            assert!(!rule.examples.is_empty(), "{}", rule.shape);
        }
        assert!(slot_of(Word(Kw::S)) < 64);
    }
}
