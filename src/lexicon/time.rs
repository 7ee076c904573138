//! Units of time, and the words around them that make a length of time a
//! rate or an age.

use std::sync::LazyLock;

use super::{Lookup, among};
use crate::quantity::TimeUnit;

/// A unit of time as a word names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TimeWord {
    /// The unit.
    pub unit: TimeUnit,
    /// How many of `unit` the word names: 2 for a fortnight, otherwise 1.
    pub times: u32,
    /// An abbreviation ("hr", "wk"), which "a" never quantifies.
    pub abbreviation: bool,
}

const fn unit(unit: TimeUnit) -> TimeWord {
    TimeWord {
        unit,
        times: 1,
        abbreviation: false,
    }
}

const fn abbreviation(unit: TimeUnit) -> TimeWord {
    TimeWord {
        unit,
        times: 1,
        abbreviation: true,
    }
}

const FORTNIGHT: TimeWord = TimeWord {
    unit: TimeUnit::Week,
    times: 2,
    abbreviation: false,
};

/// Units of time, singular, plural and abbreviated.
pub(crate) const TIME_UNITS: &[(&str, TimeWord)] = &[
    ("second", unit(TimeUnit::Second)),
    ("seconds", unit(TimeUnit::Second)),
    ("sec", abbreviation(TimeUnit::Second)),
    ("secs", abbreviation(TimeUnit::Second)),
    ("minute", unit(TimeUnit::Minute)),
    ("minutes", unit(TimeUnit::Minute)),
    ("min", abbreviation(TimeUnit::Minute)),
    ("mins", abbreviation(TimeUnit::Minute)),
    ("hour", unit(TimeUnit::Hour)),
    ("hours", unit(TimeUnit::Hour)),
    ("hr", abbreviation(TimeUnit::Hour)),
    ("hrs", abbreviation(TimeUnit::Hour)),
    ("h", abbreviation(TimeUnit::Hour)),
    ("day", unit(TimeUnit::Day)),
    ("days", unit(TimeUnit::Day)),
    ("week", unit(TimeUnit::Week)),
    ("weeks", unit(TimeUnit::Week)),
    ("wk", abbreviation(TimeUnit::Week)),
    ("wks", abbreviation(TimeUnit::Week)),
    ("fortnight", FORTNIGHT),
    ("fortnights", FORTNIGHT),
    ("month", unit(TimeUnit::Month)),
    ("months", unit(TimeUnit::Month)),
    ("mo", abbreviation(TimeUnit::Month)),
    ("mos", abbreviation(TimeUnit::Month)),
    ("quarter", unit(TimeUnit::Quarter)),
    ("quarters", unit(TimeUnit::Quarter)),
    ("year", unit(TimeUnit::Year)),
    ("years", unit(TimeUnit::Year)),
    ("yr", abbreviation(TimeUnit::Year)),
    ("yrs", abbreviation(TimeUnit::Year)),
    ("decade", unit(TimeUnit::Decade)),
    ("decades", unit(TimeUnit::Decade)),
    ("century", unit(TimeUnit::Century)),
    ("centuries", unit(TimeUnit::Century)),
];

/// The single letter for an hour, taken only glued to digits ("3h").
pub(crate) const HOUR_LETTER: &str = "h";

/// Words between a number and its unit that leave it a length of time:
/// "two more minutes", "three extra weeks".
pub(crate) const TIME_INSERTS: &[&str] =
    &["more", "additional", "extra", "further", "less", "fewer"];

/// Words before "a"/"an" and a unit that make it a rate, not a length of
/// time: "$5 a day", "twice a week".
pub(crate) const RATE_WORDS: &[&str] =
    &["once", "twice", "thrice", "times", "per", "every", "each"];

/// The word after a unit that makes the time a point, not a length: "a
/// year ago".
pub(crate) const AGO: &str = "ago";

/// The words after a unit of time that make it an age: "45-year-old",
/// "45 years old", "45 years of age" (see `age.rs` for the words before
/// the number: "aged 45").
pub(crate) const OLD: &str = "old";
/// The forms "old" takes after a hyphenated unit: "30-year-olds", "the
/// 16-year-old's lawyer".
pub(crate) const OLD_FORMS: &[&str] = &["old", "olds", "old's", "old’s"];
/// See [`OLD`].
pub(crate) const OF_AGE: [&str; 2] = ["of", "age"];

static TIME: LazyLock<Lookup<TimeWord>> = LazyLock::new(|| Lookup::new(TIME_UNITS));

/// A unit of time named by `w` (singular, plural or abbreviated).
pub(crate) fn time_unit(w: &str) -> Option<TimeUnit> {
    TIME.get(w).map(|t| t.unit)
}

/// The unit of time `w` names, with how many of it and whether `w` is an
/// abbreviation.
pub(crate) fn time_word(w: &str) -> Option<TimeWord> {
    TIME.get(w)
}

/// Whether "a" or "an" before the unit word `w` states a length of time
/// ("a month", "half an hour"): a singular written out, never a plural or
/// an abbreviation ("a hrs").
pub(crate) fn counted_by_article(w: &str, named: TimeWord) -> bool {
    !w.ends_with('s') && !named.abbreviation
}

/// Whether `w` before "a"/"an" and a unit makes a rate: "twice a week".
pub(crate) fn is_rate_word(w: &str) -> bool {
    among(RATE_WORDS, w)
}
