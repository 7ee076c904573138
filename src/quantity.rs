//! The typed core every stage shares: what kind of quantity a fact is,
//! its unit, its value, how it was bounded, and the interval of values it
//! allows.
//!
//! Extraction produces these types, normalization fills them in, and
//! alignment, judging and the reports read them; no stage after
//! normalization re-reads a unit, a grain or a class from a string.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
/// The string type of the short texts a fact's value and unit hold (a
/// date's ISO form, a count's noun, phrase and name), from the `smol_str`
/// crate: a text of up to 23 bytes is held in place, with no allocation
/// of its own, and a clone of a longer one shares it. It derefs to
/// `str`, and compares, orders and hashes as its text does.
pub use smol_str::SmolStr;

mod measure;
mod order;
pub use measure::{Dimension, MeasureUnit};
#[cfg(test)]
pub(crate) use order::any_decimal;
pub(crate) use order::{Ordered, interval_order, order};

/// The kind of a numeric fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Kind {
    /// An amount of money in a currency: "$34bn", "US$35-billion".
    Money,
    /// A number of things: "eight apps", "dozens of companies".
    Count,
    /// A length of time: "45 days", "45-day", "two weeks".
    Duration,
    /// A percentage or percentage points: "33%", "2.5 percentage points".
    Percent,
    /// A calendar date or period: "January 20", "last month".
    Date,
    /// How old a person or a thing is, in years: "a 14-year-old", "aged
    /// 27", "Maria Lopez, 27", "in his 40s".
    Age,
    /// A physical quantity in a unit: "80km", "150 mph", "45C", "a
    /// magnitude 7.0 quake".
    Measure,
}

impl Kind {
    /// The lowercase name used in reports: `money`, `count`, ...
    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Count => "count",
            Kind::Duration => "duration",
            Kind::Percent => "percent",
            Kind::Date => "date",
            Kind::Age => "age",
            Kind::Measure => "measure",
        }
    }
}

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum TimeUnit {
    /// A second.
    Second,
    /// A minute.
    Minute,
    /// An hour.
    Hour,
    /// A day.
    Day,
    /// A week.
    Week,
    /// A month (28 to 31 days).
    Month,
    /// A quarter of a year.
    Quarter,
    /// A year (365 or 366 days).
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

impl TimeUnit {
    /// The singular English name: `day`, `week`, ...
    pub fn as_str(&self) -> &'static str {
        match self {
            TimeUnit::Second => "second",
            TimeUnit::Minute => "minute",
            TimeUnit::Hour => "hour",
            TimeUnit::Day => "day",
            TimeUnit::Week => "week",
            TimeUnit::Month => "month",
            TimeUnit::Quarter => "quarter",
            TimeUnit::Year => "year",
            TimeUnit::Decade => "decade",
            TimeUnit::Century => "century",
        }
    }

    /// The unit a singular name stands for, as [`TimeUnit::as_str`] writes
    /// it: `"day"` is [`TimeUnit::Day`].
    pub fn from_name(name: &str) -> Option<TimeUnit> {
        use TimeUnit::*;
        [
            Second, Minute, Hour, Day, Week, Month, Quarter, Year, Decade, Century,
        ]
        .into_iter()
        .find(|u| u.as_str() == name)
    }

    /// The shortest and longest length of one unit, in seconds.
    pub fn seconds(&self) -> (i64, i64) {
        const DAY: i64 = 86_400;
        match self {
            TimeUnit::Second => (1, 1),
            TimeUnit::Minute => (60, 60),
            TimeUnit::Hour => (3_600, 3_600),
            TimeUnit::Day => (DAY, DAY),
            TimeUnit::Week => (7 * DAY, 7 * DAY),
            TimeUnit::Month => (28 * DAY, 31 * DAY),
            TimeUnit::Quarter => (89 * DAY, 92 * DAY),
            TimeUnit::Year => (365 * DAY, 366 * DAY),
            TimeUnit::Decade => (3_652 * DAY, 3_653 * DAY),
            TimeUnit::Century => (36_524 * DAY, 36_525 * DAY),
        }
    }
}

/// A fact's value.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Value {
    /// A number in the fact's unit: dollars, days, per cent, things.
    Number(Decimal),
    /// A date.
    Date(Box<DateValue>),
}

/// A date as stated: the calendar fields it names or resolves to, and its
/// ISO-like form for reports.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DateValue {
    /// ISO-like form whose unknown fields are `X`s: `2021-01-20`,
    /// `XXXX-01-20`, `2020-11`, `2020-Q1`, `XXXX-WXX-2` (a weekday).
    pub iso: SmolStr,
    /// The year, when the text gives it or resolution finds it.
    pub year: Option<i32>,
    /// The month (1 to 12), when known.
    pub month: Option<u32>,
    /// The day of the month, when known.
    pub day: Option<u32>,
}

impl DateValue {
    /// Whether the date names a month and a day: a calendar day, with or
    /// without its year.
    pub fn is_calendar_day(&self) -> bool {
        self.month.is_some() && self.day.is_some()
    }
}

impl Value {
    /// The number, for every kind but dates.
    pub fn as_number(&self) -> Option<Decimal> {
        match self {
            Value::Number(n) => Some(*n),
            Value::Date(_) => None,
        }
    }

    /// The date, for dates.
    pub fn as_date(&self) -> Option<&DateValue> {
        match self {
            Value::Date(d) => Some(d),
            Value::Number(_) => None,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => write!(f, "{}", n.normalize()),
            Value::Date(d) => f.write_str(&d.iso),
        }
    }
}

/// How a value was stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Bound {
    /// As written, to the precision written: "$34bn", "45 days".
    Exact,
    /// Hedged: "about", "nearly", "roughly", "some", "dozens of".
    Approximate,
    /// A floor: "more than", "over", "at least".
    Lower,
    /// A ceiling: "up to", "under", "less than".
    Upper,
    /// Two ends: "between 5 and 10", "5-10".
    Range,
}

impl Bound {
    /// The lowercase name used in reports.
    pub fn as_str(&self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::Approximate => "approximate",
            Bound::Lower => "lower",
            Bound::Upper => "upper",
            Bound::Range => "range",
        }
    }
}

/// One end of an interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct End {
    /// The value at the end.
    pub value: Decimal,
    /// Whether the end value itself is inside the interval.
    pub closed: bool,
}

/// The set of true values a statement allows; `None` ends are unbounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Interval {
    /// The lower end, or `None` for no floor.
    pub lower: Option<End>,
    /// The upper end, or `None` for no ceiling.
    pub upper: Option<End>,
}

impl Interval {
    /// The interval holding only `v`.
    pub fn point(v: Decimal) -> Interval {
        let end = End {
            value: v,
            closed: true,
        };
        Interval {
            lower: Some(end),
            upper: Some(end),
        }
    }

    /// The closed interval `[lo, hi]`.
    pub fn closed(lo: Decimal, hi: Decimal) -> Interval {
        Interval {
            lower: Some(End {
                value: lo.min(hi),
                closed: true,
            }),
            upper: Some(End {
                value: lo.max(hi),
                closed: true,
            }),
        }
    }

    /// Whether the two intervals share at least one value.
    pub fn overlaps(&self, other: &Interval) -> bool {
        below(self.lower, other.upper) && below(other.lower, self.upper)
    }

    /// Whether every value of `other` is in `self`.
    pub fn contains(&self, other: &Interval) -> bool {
        let lo_ok = match (self.lower, other.lower) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => match order(&a.value, &b.value) {
                Ordering::Less => true,
                Ordering::Equal => a.closed || !b.closed,
                Ordering::Greater => false,
            },
        };
        let hi_ok = match (self.upper, other.upper) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => match order(&a.value, &b.value) {
                Ordering::Greater => true,
                Ordering::Equal => a.closed || !b.closed,
                Ordering::Less => false,
            },
        };
        lo_ok && hi_ok
    }
}

/// Whether a lower end lies below (or meets, both closed) an upper end.
fn below(lower: Option<End>, upper: Option<End>) -> bool {
    match (lower, upper) {
        (Some(l), Some(u)) => match order(&l.value, &u.value) {
            Ordering::Less => true,
            Ordering::Equal => l.closed && u.closed,
            Ordering::Greater => false,
        },
        _ => true,
    }
}

/// The period a date names: a day, a week, a month...
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Grain {
    /// One day: "January 20", "Tuesday", "yesterday".
    Day,
    /// A week: "next week", "the week of March 3".
    Week,
    /// A weekend: "this weekend".
    Weekend,
    /// A month: "November", "last month".
    Month,
    /// A quarter of a year: "the first quarter of 2024".
    Quarter,
    /// A year: "2020", "last year".
    Year,
    /// A range between two dates: "from March to May".
    #[serde(rename = "daterange")]
    Range,
}

impl Grain {
    /// The lowercase name used in reports: `day`, `week`, ..., and
    /// `daterange` for a range.
    pub fn as_str(&self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Weekend => "weekend",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Year => "year",
            Grain::Range => "daterange",
        }
    }
}

impl fmt::Display for Grain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A currency, by its ISO 4217 code: `USD`, `GBP`, `CNY`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Currency(Cow<'static, str>);

impl Currency {
    /// The currency with this code, as the lexicon gives it.
    pub const fn new(code: &'static str) -> Currency {
        Currency(Cow::Borrowed(code))
    }

    /// The ISO 4217 code.
    pub fn code(&self) -> &str {
        &self.0
    }
}

/// What a count counts: the head noun, in its singular form, the noun
/// phrase as written, and the words that define the counted group.
///
/// # Example
///
/// ```
/// use crosscheck::quantity::Counted;
///
/// let plain = Counted::new("app", "Chinese apps");
/// assert_eq!(plain.name, "app");
/// let group = Counted::new("national", "British nationals").with_group(&["british"], &[]);
/// assert_eq!(group.name, "british national");
/// let aboard = Counted::new("people", "people").with_group(&[], &["on board"]);
/// assert_eq!(aboard.name, "people on board");
/// ```
///
/// Its texts are [`SmolStr`]s: the noun and phrase of a count in the news
/// are short enough to be held in place, with no allocation of their own.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Counted {
    /// The singular, lowercase head noun: "app" for "eight Chinese apps";
    /// "people" and "staff" stay as written, and people named only by a
    /// role ("9 dead", "the death toll rose to 23") are "people".
    pub noun: SmolStr,
    /// The counted noun phrase as written: "Chinese apps"; empty when the
    /// noun is only implied ("9 dead").
    pub phrase: SmolStr,
    /// The words besides the head noun that define who is counted,
    /// lowercase, in the order they are read: a nationality before it
    /// ("british" in "Five British nationals", "us" in "Eleven US
    /// soldiers"), a scope after it ("on board"). Empty for most counts.
    #[serde(default)]
    pub group: Vec<SmolStr>,
    /// The group the count is a part of, lowercase as written, when it
    /// counts a part of a group named elsewhere: "the dead" in "two of the
    /// dead", "them" in "five of them", "these" in "Of these, 68 ...".
    #[serde(default)]
    pub part: Option<SmolStr>,
    /// The unit as reports name it: the head noun with the words of its
    /// group around it ("british national", "people on board"), or the
    /// noun alone. When it is empty, reports name the unit by the noun.
    #[serde(default)]
    pub name: SmolStr,
}

impl Counted {
    /// A count of `noun` (singular, lowercase), written as `phrase`, with
    /// no group words: its name is the noun.
    pub fn new(noun: impl Into<SmolStr>, phrase: impl Into<SmolStr>) -> Counted {
        let noun = noun.into();
        Counted {
            name: noun.clone(),
            noun,
            phrase: phrase.into(),
            group: Vec::new(),
            part: None,
        }
    }

    /// The same count with the words that define its group: `before` the
    /// head noun ("british") and `after` it ("on board"). The name is
    /// rebuilt from them.
    pub fn with_group(mut self, before: &[&str], after: &[&str]) -> Counted {
        let words: Vec<&str> = before
            .iter()
            .copied()
            .chain(std::iter::once(self.noun.as_str()))
            .chain(after.iter().copied())
            .collect();
        self.name = words.join(" ").into();
        self.group = before
            .iter()
            .chain(after.iter())
            .map(SmolStr::new)
            .collect();
        self
    }
}

/// The unit a fact's value is in.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Unit {
    /// Money in a currency.
    Currency(Currency),
    /// A length of time in a unit of time.
    Time(TimeUnit),
    /// Per cent.
    Percent,
    /// Percentage points: the difference of two percentages.
    PercentagePoint,
    /// Things counted.
    Counted(Box<Counted>),
    /// A date, at its grain.
    Date(Grain),
    /// A physical measure in a unit of length, area, speed, ...
    Measure(MeasureUnit),
}

impl Unit {
    /// The unit's name in reports: an ISO 4217 code, a unit of time
    /// (`day`), `percent`, `percentage point`, the counted noun with the
    /// words of its group ([`Counted::name`]), or a date's grain.
    pub fn name(&self) -> &str {
        match self {
            Unit::Currency(c) => c.code(),
            Unit::Time(t) => t.as_str(),
            Unit::Percent => "percent",
            Unit::PercentagePoint => "percentage point",
            Unit::Counted(c) if c.name.is_empty() => &c.noun,
            Unit::Counted(c) => &c.name,
            Unit::Date(g) => g.as_str(),
            Unit::Measure(m) => m.symbol(),
        }
    }

    /// The unit of time, for a length of time.
    pub fn time(&self) -> Option<TimeUnit> {
        match self {
            Unit::Time(t) => Some(*t),
            _ => None,
        }
    }

    /// The unit of a physical measure.
    pub fn measure(&self) -> Option<MeasureUnit> {
        match self {
            Unit::Measure(m) => Some(*m),
            _ => None,
        }
    }

    /// What is counted, for a count.
    pub fn counted(&self) -> Option<&Counted> {
        match self {
            Unit::Counted(c) => Some(c),
            _ => None,
        }
    }

    /// Whether values in `self` and in `other` can be compared without
    /// outside knowledge: lengths of time in any units, counts of one
    /// subject whatever noun names it, dates at any grain (the grains are
    /// then checked value by value), measures of one dimension (in its base
    /// unit: "50 miles" and "80km"), anything else only in the same unit
    /// (one currency; per cent against per cent).
    pub fn comparable(&self, other: &Unit) -> bool {
        match (self, other) {
            (Unit::Time(_), Unit::Time(_))
            | (Unit::Counted(_), Unit::Counted(_))
            | (Unit::Date(_), Unit::Date(_)) => true,
            (Unit::Measure(a), Unit::Measure(b)) => a.dimension() == b.dimension(),
            (a, b) => a == b,
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The part a counted group plays in the story: killed, injured,
/// missing... "9 dead" and "31 injured" count different people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Role {
    /// Killed, dead, died, fatalities, the death toll.
    Killed,
    /// Injured, wounded, hurt.
    Injured,
    /// Taken to or treated in hospital.
    Hospitalised,
    /// Missing, unaccounted for.
    Missing,
    /// Rescued, saved, pulled out alive.
    Rescued,
    /// Evacuated.
    Evacuated,
    /// Displaced, made homeless, in shelters.
    Displaced,
    /// Arrested, detained, held.
    Arrested,
    /// Affected.
    Affected,
    /// Damaged: homes, buildings, vehicles.
    Damaged,
    /// Destroyed.
    Destroyed,
    /// Flooded.
    Flooded,
    /// Without power.
    WithoutPower,
    /// Trapped: under rubble, underground, in a building.
    Trapped,
    /// Infected.
    Infected,
    /// Charged with an offence.
    Charged,
}

impl Role {
    /// The lowercase name used in reports: `killed`, `injured`, ...
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::Killed => "killed",
            Role::Injured => "injured",
            Role::Hospitalised => "hospitalised",
            Role::Missing => "missing",
            Role::Rescued => "rescued",
            Role::Evacuated => "evacuated",
            Role::Displaced => "displaced",
            Role::Arrested => "arrested",
            Role::Affected => "affected",
            Role::Damaged => "damaged",
            Role::Destroyed => "destroyed",
            Role::Flooded => "flooded",
            Role::WithoutPower => "without power",
            Role::Trapped => "trapped",
            Role::Infected => "infected",
            Role::Charged => "charged",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The direction of a stated change: "fell $3.15", "up 14 cents".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Change {
    /// A rise: "rose 8%", "up 14 cents", "raised by $20 million".
    Up,
    /// A fall: "fell $3.15", "down 2%", "cut by 500".
    Down,
}

impl Change {
    /// `up` or `down`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Change::Up => "up",
            Change::Down => "down",
        }
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for TimeUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A number as written: its value and the unit of its last stated digit.
///
/// "$34bn" is 34 in units of one billion: value 34,000,000,000, precision
/// 1,000,000,000. "1.5m" has precision 100,000.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stated {
    /// The value, scale words applied.
    pub value: Decimal,
    /// The place value of the last digit written; always positive.
    pub precision: Decimal,
}

/// How the text bounds a stated amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hedge {
    /// No hedge: "45 days".
    Exact,
    /// "about", "roughly", "around", "some", "approximately", "an estimated".
    About,
    /// Just below: "nearly", "almost", "just under", "close to".
    Nearly,
    /// Just above: "just over", "a little more than".
    JustOver,
    /// Strictly above: "more than", "over", "above", "upwards of".
    MoreThan,
    /// Above or equal: "at least", "no fewer than", "a minimum of".
    AtLeast,
    /// Below or equal: "up to", "as much as", "as many as", "at most".
    UpTo,
    /// Strictly below: "less than", "under", "fewer than", "below".
    LessThan,
}

/// The amount a candidate states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    /// One number.
    One(Stated),
    /// A range: "between 5 and 10", "$5-$7 million".
    Range(Stated, Stated),
    /// A vague amount with conventional limits: "dozens of" is 24 to 99.
    Vague {
        /// Smallest value the phrase allows.
        lo: Decimal,
        /// Largest value the phrase allows.
        hi: Decimal,
    },
}
