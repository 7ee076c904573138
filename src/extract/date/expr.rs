//! The date syntax tree: what a date expression names, before it is
//! resolved against a reference date.

use chrono::Weekday;

pub(crate) use crate::lexicon::calendar::Period;

/// A date expression as written, before it is resolved against a reference
/// date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DateExpr {
    /// What the text names.
    pub(crate) point: Point,
    /// "early", "mid", "late": the part of the period meant.
    pub(crate) part: Option<Part>,
    /// "since", "before", "after", "until", "by": how the claim relates to
    /// the date.
    pub(crate) modifier: Option<Modifier>,
}

impl DateExpr {
    pub(crate) fn new(point: Point) -> DateExpr {
        DateExpr {
            point,
            part: None,
            modifier: None,
        }
    }
}

/// How a weekday or a named month is placed relative to the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Rel {
    /// No word: "Tuesday", "in March". The nearest occurrence.
    Bare,
    /// "this Tuesday", "this March": in the current week or year.
    This,
    /// "next Tuesday": in the following week; "next March": the first
    /// March after the current month.
    Next,
    /// "last Tuesday": in the previous week; "last March": the last March
    /// before the current month.
    Last,
    /// "this coming Friday", "upcoming Friday": the first one after the
    /// reference day.
    Coming,
    /// "this past Wednesday", "past Wednesday": the last one before the
    /// reference day.
    Past,
    /// "this Monday": the first one on or after the reference day.
    Upcoming,
}

/// What a date expression names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Point {
    /// Calendar fields as written: "January 20", "20 January 2025",
    /// "March 2024", "2021-01-20", "in 2020", "Tuesday the 19th".
    Calendar {
        /// The year, when written.
        year: Option<i32>,
        /// The month (1-12), when written.
        month: Option<u32>,
        /// The day of the month, when written.
        day: Option<u32>,
        /// The weekday, when written next to a day.
        weekday: Option<Weekday>,
    },
    /// A month named with a relative word: "last March", "next September".
    NamedMonth {
        /// The month (1-12).
        month: u32,
        /// Which one.
        rel: Rel,
    },
    /// A calendar quarter: "Q1 2024", "the third quarter".
    Quarter {
        /// The year, when written.
        year: Option<i32>,
        /// The quarter (1-4).
        quarter: u32,
    },
    /// A weekday: "Tuesday", "next Friday", "last Tuesday".
    Weekday {
        /// The day of the week.
        weekday: Weekday,
        /// Which one.
        rel: Rel,
    },
    /// The period containing the reference, shifted by whole units:
    /// "today" (day, 0), "yesterday" (day, -1), "last week" (week, -1),
    /// "this month" (month, 0), "next year" (year, 1).
    Relative {
        /// The unit.
        grain: Period,
        /// How many units after (positive) or before (negative).
        shift: i32,
    },
    /// A day a number of units before or after the reference: "three days
    /// ago" (day, -3), "two weeks from now" (week, 2).
    Offset {
        /// The unit counted.
        unit: Period,
        /// How many units after (positive) or before (negative).
        amount: i32,
        /// The day counted from, in days from the reference: 0 for "from
        /// now", 1 for "from tomorrow", -1 for "before yesterday".
        base: i32,
    },
    /// A date moved by a number of units: "three days after Easter" (day,
    /// 3), "2 weeks before May 13 1999" (week, -2), "two months after next
    /// Friday".
    Shifted {
        /// The date moved.
        base: Box<Point>,
        /// The unit counted.
        unit: Period,
        /// How many units after (positive) or before (negative).
        amount: i32,
    },
    /// The nth week of a month or a year, counted from the end when `n` is
    /// negative: "the last week of September 2014" (-1), "the first week
    /// of 2015" (1), "the third last week of 2018" (-3). A week belongs to
    /// the period that holds its Thursday, as ISO 8601 numbers weeks.
    WeekOf {
        /// Which week.
        n: i32,
        /// The month or year.
        of: Box<Point>,
    },
    /// The week that holds a day: "the week of October 6th".
    WeekOfDay(Box<Point>),
    /// A quarter of a year named relative to today: "the fourth quarter
    /// of last year", "next year's first quarter".
    QuarterOf {
        /// The quarter (1-4).
        quarter: u32,
        /// The year.
        of: Box<Point>,
    },
    /// A number of units right after (positive) or before (negative) the
    /// publication date: "the next three days", "the past two quarters".
    /// Quarters count whole quarters after or before the current one.
    Counted {
        /// The unit counted.
        unit: Period,
        /// How many, and which way.
        amount: i32,
    },
    /// A number of units at the start (positive) or the end (negative) of
    /// a period: "the first three months of 2021", "the last 3 weeks of
    /// this year".
    Portion {
        /// The unit counted.
        unit: Period,
        /// How many, and from which end.
        count: i32,
        /// The month, quarter or year.
        of: Box<Point>,
    },
    /// The day a number of units after the publication date, as "in" says
    /// it: "in two weeks", "in 10 days' time". The text also states the
    /// length of time, which stays a duration; without a publication date
    /// the day is unknown and no date is kept.
    Ahead {
        /// The unit counted.
        unit: Period,
        /// How many units after the reference.
        amount: i32,
    },
    /// A day of a month named relative to the reference: "the 20th of next
    /// month" (20, 1).
    DayOfMonth {
        /// The day of the month.
        day: u32,
        /// The month, in months after (positive) or before (negative) the
        /// reference's.
        shift: i32,
    },
    /// A weekend: "the weekend", "this weekend", "last weekend".
    Weekend {
        /// Which one.
        rel: Rel,
    },
    /// A holiday: "Christmas", "Thanksgiving 2014", "next Easter",
    /// "Labor Day of last year".
    Holiday {
        /// How its date is computed.
        rule: HolidayRule,
        /// The year, when written.
        year: Option<i32>,
        /// The year relative to the reference's, when written ("of next
        /// year": 1).
        year_shift: Option<i32>,
        /// Which one, when no year is given.
        rel: Rel,
    },
    /// The nth weekday, or the nth day, of a month: "the first Tuesday of
    /// October", "the last Monday of March 2014", "the last day of next
    /// month".
    NthOfMonth {
        /// Which one: 1 for the first, -1 for the last.
        n: i32,
        /// The weekday counted; `None` counts days.
        weekday: Option<Weekday>,
        /// The month.
        month: MonthRef,
    },
    /// A range of dates: "from March to May", "between the 3rd and 12th of
    /// September", "Nov 18-Dec 19, 2015", "from 2014 to 2018". Each end is
    /// a calendar point; a day without a month or a month without a year
    /// takes them from the other end.
    Range {
        /// The first end.
        from: Box<Point>,
        /// The second end.
        to: Box<Point>,
    },
}

/// A month named by an nth-of-month expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum MonthRef {
    /// A named month, with its year when written: "of October 2014".
    Named {
        /// The month (1-12).
        month: u32,
        /// The year, when written.
        year: Option<i32>,
    },
    /// The reference's month shifted by whole months: "of this month" (0),
    /// "of next month" (1), "of last month" (-1).
    Shift(i32),
}

/// How a holiday's date is found in a given year. Only rules that hold
/// every year are kept: holidays of lunar calendars are not recognized.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum HolidayRule {
    /// The same month and day every year: Christmas is December 25.
    Fixed {
        /// The month (1-12).
        month: u32,
        /// The day of the month.
        day: u32,
    },
    /// The nth weekday of a month (a negative `n` counts from the end),
    /// then `offset` days: Thanksgiving is the fourth Thursday of November
    /// (offset 0), Black Friday the day after (offset 1).
    NthWeekday {
        /// The month (1-12).
        month: u32,
        /// The weekday.
        weekday: Weekday,
        /// Which one: 1 for the first, -1 for the last.
        n: i32,
        /// Days added afterwards.
        offset: i32,
    },
    /// A fixed month and day, moved to the nearest weekday when it falls
    /// on a weekend (Saturday to Friday, Sunday to Monday).
    NearestWeekday {
        /// The month (1-12).
        month: u32,
        /// The day of the month.
        day: u32,
    },
    /// The last `weekday` on or before a month and day: Victoria Day is
    /// the Monday on or before May 24.
    WeekdayOnOrBefore {
        /// The month (1-12).
        month: u32,
        /// The day of the month.
        day: u32,
        /// The weekday.
        weekday: Weekday,
    },
    /// Days after Western Easter Sunday (Good Friday is -2).
    Easter(i32),
    /// Days after Orthodox Easter Sunday.
    OrthodoxEaster(i32),
}

/// The part of a period an expression points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Part {
    /// "early", "the beginning of", "the start of", "earlier this".
    Early,
    /// "mid", "the middle of".
    Mid,
    /// "late", "the end of", "later this".
    Late,
}

/// How a claim relates to the date it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Modifier {
    /// "since 2019": from then on.
    Since,
    /// "before March".
    Before,
    /// "after Tuesday".
    After,
    /// "until Friday", "till June".
    Until,
    /// "by 2030": no later than.
    By,
}
