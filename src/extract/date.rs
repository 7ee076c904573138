//! Date expressions: "January 20", "Jan. 20", "3 March 2024", "2021-01-20",
//! "Tuesday", "last month", "in November".
//!
//! [`scan`] finds every date expression of a body. It works on a light
//! token stream (numbers, words, punctuation, and whether whitespace came
//! before each token) built in one pass over the bytes, and tries its
//! patterns only at tokens that can start a date: a number, or a word from
//! the date lexicon (month and weekday names, relative words, ordinals,
//! prepositions that license a bare year). No regex runs per article.
//!
//! # What the quote covers
//!
//! * Prepositions that only place the date ("on", "in", "during", "from")
//!   are left out: "on January 20" quotes "January 20", "in 2020" quotes
//!   "2020".
//! * Words that change what is claimed are kept and recorded as a
//!   [`Modifier`]: "since 2019", "by 2030", "before March", "until Friday".
//! * "the" is kept where the pattern needs it: "the 15th", "the weekend",
//!   "the first quarter of 2024".
//!
//! # What is not a date
//!
//! * A bare year, unless a preposition licenses it ("in", "since", "by",
//!   "until", "from", "during", "before", "after", "through"), a month or a
//!   part word ("mid-2020") stands next to it: "the 2020 election",
//!   "Copyright 2021" and "(c) 2020" yield nothing.
//! * Year ranges ("2009–2021", "from 2014 to 2018") and "2011-12" seasons.
//! * Month and day joined by a hyphen or a dot without a year ("3-2",
//!   "4.22"): scores, ranges and decimals.
//! * Numbers glued to letters or to other numbers ("COVID-19", "A320",
//!   "650-650-6500", "10:30", "1.2.3").
//! * "May" and "March" as verbs: a month name with neither day nor year is a
//!   date only after a licensing word ("in May", "since March", "last
//!   June", "early March"), and a lowercase "may" needs a year or such a
//!   word even before a number.
//! * Plural weekdays ("on Mondays") are habits, not dates.
//! * Durations: "45 days", "two weeks", "in two weeks". Only "N units ago",
//!   "N units from now", "N units hence" and "in N units' time" are dates,
//!   because they name a point relative to the publication date.
//!
//! # Holidays and ranges
//!
//! * Holidays whose date follows from a calendar rule every year: fixed
//!   days (Christmas, Halloween, Independence Day), nth weekdays
//!   (Thanksgiving, Memorial Day, Mother's Day) and days counted from
//!   Western or Orthodox Easter (Good Friday, Pentecost). Names are matched
//!   with their spaces, apostrophes and abbreviation dots removed ("St.
//!   Patrick's Day", "MLK Jr. Day"); a capitalized noun after the name makes
//!   it part of another name ("Easter Island", "the Good Friday
//!   Agreement"). Where countries differ, the US rule is used, except that
//!   "Labour Day" is May 1. Holidays of lunar calendars are not recognized.
//! * Ranges: "from March to May", "between 2014 and 2018", "Jan-Feb 2017",
//!   "November 18-19", "from 10/1 to 11/7", "between Jan 2019 and now". A
//!   dash alone between two bare years is not a range but page furniture
//!   or a season ("2009-2021", "2019-20").
//!
//! Not covered: times of day, week numbers, decades and centuries, half
//! years, fiscal years, years written in words, "next N days", "the day
//! after tomorrow at 5pm".

use chrono::Weekday;

use crate::span::Span;

/// A date expression as written, before it is resolved against a reference
/// date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateExpr {
    /// What the text names.
    pub point: Point,
    /// "early", "mid", "late": the part of the period meant.
    pub part: Option<Part>,
    /// "since", "before", "after", "until", "by": how the claim relates to
    /// the date.
    pub modifier: Option<Modifier>,
}

impl DateExpr {
    fn new(point: Point) -> DateExpr {
        DateExpr {
            point,
            part: None,
            modifier: None,
        }
    }
}

/// The time unit of a relative expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grain {
    /// A calendar day.
    Day,
    /// An ISO week, Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
    /// A calendar quarter.
    Quarter,
    /// A calendar year.
    Year,
}

/// How a weekday or a named month is placed relative to the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rel {
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
pub enum Point {
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
        grain: Grain,
        /// How many units after (positive) or before (negative).
        shift: i32,
    },
    /// A day a number of units before or after the reference: "three days
    /// ago" (day, -3), "two weeks from now" (week, 2).
    Offset {
        /// The unit counted.
        unit: Grain,
        /// How many units after (positive) or before (negative).
        amount: i32,
        /// The day counted from, in days from the reference: 0 for "from
        /// now", 1 for "from tomorrow", -1 for "before yesterday".
        base: i32,
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
pub enum MonthRef {
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
pub enum HolidayRule {
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
pub enum Part {
    /// "early", "the beginning of", "the start of", "earlier this".
    Early,
    /// "mid", "the middle of".
    Mid,
    /// "late", "the end of", "later this".
    Late,
}

/// How a claim relates to the date it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Modifier {
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

/// A date expression found in a body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateFound {
    /// Where it is, as byte offsets into the full source text.
    pub span: Span,
    /// What it says.
    pub expr: DateExpr,
}

/// Every date expression in `body`, in text order, non-overlapping; spans are
/// byte offsets into the full source text (`offset` = where `body` starts in
/// it).
///
/// # Example
///
/// ```
/// use crosscheck::extract::date::scan;
/// let text = "The ban starts on January 20, the agency said on Tuesday.";
/// let found = scan(text, 0);
/// let quotes: Vec<&str> = found.iter().map(|f| f.span.slice(text)).collect();
/// assert_eq!(quotes, ["January 20", "Tuesday"]);
/// ```
pub fn scan(body: &str, offset: usize) -> Vec<DateFound> {
    // Line by line, reusing one token buffer: no date spans a line break,
    // and a small buffer stays in cache.
    let mut out = Vec::new();
    let mut toks = Vec::new();
    let mut line_start = 0;
    for line in body.split_inclusive('\n') {
        tokenize(line, &mut toks);
        scan_line(line, &toks, offset + line_start, &mut out);
        line_start += line.len();
    }
    out
}

/// Token storage that [`scan_sentence`] reuses from one call to the next.
#[derive(Default)]
pub(crate) struct Scratch(Vec<Tok>);

/// The dates of one sentence, appended to `out` (cleared first); `offset`
/// is where `text` starts in the source text. The matcher runs only on a
/// line with a token that every date holds (see [`Tok::anchor`]).
pub(crate) fn scan_sentence(
    text: &str,
    offset: usize,
    scratch: &mut Scratch,
    out: &mut Vec<DateFound>,
) {
    out.clear();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        tokenize(line, &mut scratch.0);
        if scratch.0.iter().any(Tok::anchor) {
            scan_line(line, &scratch.0, offset + line_start, out);
        } else {
            #[cfg(debug_assertions)]
            {
                // The filter is exact: checked in every debug build.
                let mut all = Vec::new();
                scan_line(line, &scratch.0, offset + line_start, &mut all);
                debug_assert!(all.is_empty(), "date filter skipped {line:?}");
            }
        }
        line_start += line.len();
    }
}

fn scan_line(line: &str, toks: &[Tok], offset: usize, out: &mut Vec<DateFound>) {
    let m = Matcher {
        text: line,
        t: toks,
        loose: false,
    };
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].trigger() {
            i += 1;
            continue;
        }
        match m.best_at(i) {
            Some((end, Some(expr))) => {
                let span = Span::new(toks[i].start + offset, toks[end - 1].end + offset);
                out.push(DateFound { span, expr });
                i = end;
            }
            // A recognized non-date (a year range): skip all of it.
            Some((end, None)) => i = end.max(i + 1),
            None => i += 1,
        }
    }
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Num,
    Word,
    Punct(u8),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kw {
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    This,
    Current,
    Last,
    Past,
    Previous,
    Next,
    Coming,
    Upcoming,
    Following,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Ago,
    From,
    Now,
    Hence,
    Time,
    In,
    On,
    Since,
    Until,
    Till,
    By,
    Before,
    After,
    During,
    Through,
    Between,
    Throughout,
    The,
    Of,
    A,
    Few,
    Couple,
    Mid,
    Early,
    Late,
    Earlier,
    Later,
    End,
    Beginning,
    Start,
    Middle,
    And,
    To,
    Q,
    S,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lex {
    None,
    Month(u32, bool),
    Weekday(Weekday, bool),
    /// A cardinal number word and whether it is a tens word ("twenty").
    Card(u32, bool),
    Ord(u32),
    OrdSuffix,
    /// A plural time unit word: "days", "weeks".
    Units(Grain),
    Kw(Kw),
    /// A word that can start a holiday's name: "christmas", "labor".
    Holiday,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
    /// Whitespace (or the start of the body) comes right before.
    gap: bool,
    /// Number value (saturating) and digit count, for numbers.
    val: u32,
    ndig: u32,
    lex: Lex,
    /// First letter is uppercase.
    cap: bool,
}

impl Tok {
    /// Whether the token can anchor a date: a number, or a word naming a
    /// month, a weekday, a number, a unit of time, a holiday or a day
    /// relative to today ("yesterday", "now"). Every date expression holds
    /// one; the prepositions and modifiers around them ("since", "the end
    /// of", "last") never make a date alone.
    fn anchor(&self) -> bool {
        match self.kind {
            Kind::Num => true,
            Kind::Punct(_) => false,
            Kind::Word => match self.lex {
                Lex::None => false,
                Lex::OrdSuffix => self.gap,
                Lex::Kw(k) => matches!(
                    k,
                    Kw::Today
                        | Kw::Yesterday
                        | Kw::Tomorrow
                        | Kw::Tonight
                        | Kw::Day
                        | Kw::Week
                        | Kw::Weekend
                        | Kw::Month
                        | Kw::Quarter
                        | Kw::Year
                        | Kw::Now
                        | Kw::Time
                        | Kw::Q
                ),
                _ => true,
            },
        }
    }

    fn trigger(&self) -> bool {
        match self.kind {
            Kind::Num => true,
            // "St" may start "St. Patrick's Day"; "1st" may not.
            Kind::Word => match self.lex {
                Lex::None => false,
                Lex::OrdSuffix => self.gap,
                _ => true,
            },
            Kind::Punct(_) => false,
        }
    }
}

/// Fills `toks` with the tokens of `text`.
fn tokenize(text: &str, toks: &mut Vec<Tok>) {
    toks.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut gap = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            let start = i;
            let mut val: u32 = 0;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                val = val
                    .saturating_mul(10)
                    .saturating_add(u32::from(bytes[i] - b'0'));
                i += 1;
            }
            let ndig = u32::try_from(i - start).unwrap_or(u32::MAX);
            toks.push(Tok {
                start,
                end: i,
                kind: Kind::Num,
                gap,
                val,
                ndig,
                lex: Lex::None,
                cap: false,
            });
            gap = false;
        } else if b.is_ascii_alphabetic() || b >= 0x80 {
            let start = i;
            let mut word = true;
            // Scan letters, ASCII or not; stop at non-letter characters.
            while i < bytes.len() {
                let c = bytes[i];
                if c.is_ascii_alphabetic() {
                    i += 1;
                } else if c >= 0x80 {
                    let ch = text[i..].chars().next().unwrap_or(' ');
                    if ch.is_alphabetic() {
                        i += ch.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            if i == start {
                // A non-letter, non-ASCII character.
                word = false;
                let ch = text[i..].chars().next().unwrap_or(' ');
                i += ch.len_utf8().max(1);
                if ch.is_whitespace() {
                    gap = true;
                    continue;
                }
                let p = match ch {
                    '\u{2010}'..='\u{2015}' | '\u{2212}' => b'-',
                    _ => 0,
                };
                toks.push(Tok {
                    start,
                    end: i,
                    kind: Kind::Punct(p),
                    gap,
                    val: 0,
                    ndig: 0,
                    lex: Lex::None,
                    cap: false,
                });
            }
            if word {
                let w = &text[start..i];
                let lex = classify(w);
                let cap = bytes[start].is_ascii_uppercase();
                toks.push(Tok {
                    start,
                    end: i,
                    kind: Kind::Word,
                    gap,
                    val: 0,
                    ndig: 0,
                    lex,
                    cap,
                });
            }
            gap = false;
        } else if b.is_ascii_whitespace() {
            gap = true;
            i += 1;
        } else {
            toks.push(Tok {
                start: i,
                end: i + 1,
                kind: Kind::Punct(b),
                gap,
                val: 0,
                ndig: 0,
                lex: Lex::None,
                cap: false,
            });
            gap = false;
            i += 1;
        }
    }
}

fn classify(word: &str) -> Lex {
    let b = word.as_bytes();
    if b.len() > 14 || !b.is_ascii() {
        return Lex::None;
    }
    let lex = if b.len() <= 11 {
        let mut buf = [0u8; 11];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        lexicon(&buf[..b.len()])
    } else {
        Lex::None
    };
    if lex == Lex::None && holiday_start(b) {
        return Lex::Holiday;
    }
    lex
}

/// The date lexicon: `w` is lowercase and at most 11 bytes long.
fn lexicon(w: &[u8]) -> Lex {
    use Kw as K;
    use Weekday as W;
    match w {
        b"january" => Lex::Month(1, true),
        b"jan" => Lex::Month(1, false),
        b"february" => Lex::Month(2, true),
        b"feb" => Lex::Month(2, false),
        b"march" => Lex::Month(3, true),
        b"mar" => Lex::Month(3, false),
        b"april" => Lex::Month(4, true),
        b"apr" => Lex::Month(4, false),
        b"may" => Lex::Month(5, true),
        b"june" => Lex::Month(6, true),
        b"jun" => Lex::Month(6, false),
        b"july" => Lex::Month(7, true),
        b"jul" => Lex::Month(7, false),
        b"august" => Lex::Month(8, true),
        b"aug" => Lex::Month(8, false),
        b"september" => Lex::Month(9, true),
        b"sep" | b"sept" => Lex::Month(9, false),
        b"october" => Lex::Month(10, true),
        b"oct" => Lex::Month(10, false),
        b"november" => Lex::Month(11, true),
        b"nov" => Lex::Month(11, false),
        b"december" => Lex::Month(12, true),
        b"dec" => Lex::Month(12, false),
        b"monday" => Lex::Weekday(W::Mon, true),
        b"mon" => Lex::Weekday(W::Mon, false),
        b"tuesday" => Lex::Weekday(W::Tue, true),
        b"tue" | b"tues" => Lex::Weekday(W::Tue, false),
        b"wednesday" => Lex::Weekday(W::Wed, true),
        b"wed" | b"weds" => Lex::Weekday(W::Wed, false),
        b"thursday" => Lex::Weekday(W::Thu, true),
        b"thu" | b"thur" | b"thurs" => Lex::Weekday(W::Thu, false),
        b"friday" => Lex::Weekday(W::Fri, true),
        b"fri" => Lex::Weekday(W::Fri, false),
        b"saturday" => Lex::Weekday(W::Sat, true),
        b"sat" => Lex::Weekday(W::Sat, false),
        b"sunday" => Lex::Weekday(W::Sun, true),
        b"sun" => Lex::Weekday(W::Sun, false),
        b"one" => Lex::Card(1, false),
        b"two" => Lex::Card(2, false),
        b"three" => Lex::Card(3, false),
        b"four" => Lex::Card(4, false),
        b"five" => Lex::Card(5, false),
        b"six" => Lex::Card(6, false),
        b"seven" => Lex::Card(7, false),
        b"eight" => Lex::Card(8, false),
        b"nine" => Lex::Card(9, false),
        b"ten" => Lex::Card(10, false),
        b"eleven" => Lex::Card(11, false),
        b"twelve" => Lex::Card(12, false),
        b"thirteen" => Lex::Card(13, false),
        b"fourteen" => Lex::Card(14, false),
        b"fifteen" => Lex::Card(15, false),
        b"sixteen" => Lex::Card(16, false),
        b"seventeen" => Lex::Card(17, false),
        b"eighteen" => Lex::Card(18, false),
        b"nineteen" => Lex::Card(19, false),
        b"twenty" => Lex::Card(20, true),
        b"thirty" => Lex::Card(30, true),
        b"first" => Lex::Ord(1),
        b"second" => Lex::Ord(2),
        b"third" => Lex::Ord(3),
        b"fourth" => Lex::Ord(4),
        b"fifth" => Lex::Ord(5),
        b"sixth" => Lex::Ord(6),
        b"seventh" => Lex::Ord(7),
        b"eighth" => Lex::Ord(8),
        b"ninth" => Lex::Ord(9),
        b"tenth" => Lex::Ord(10),
        b"eleventh" => Lex::Ord(11),
        b"twelfth" => Lex::Ord(12),
        b"thirteenth" => Lex::Ord(13),
        b"fourteenth" => Lex::Ord(14),
        b"fifteenth" => Lex::Ord(15),
        b"sixteenth" => Lex::Ord(16),
        b"seventeenth" => Lex::Ord(17),
        b"eighteenth" => Lex::Ord(18),
        b"nineteenth" => Lex::Ord(19),
        b"twentieth" => Lex::Ord(20),
        b"thirtieth" => Lex::Ord(30),
        b"st" | b"nd" | b"rd" | b"th" => Lex::OrdSuffix,
        b"days" => Lex::Units(Grain::Day),
        b"weeks" => Lex::Units(Grain::Week),
        b"months" => Lex::Units(Grain::Month),
        b"quarters" => Lex::Units(Grain::Quarter),
        b"years" | b"yrs" => Lex::Units(Grain::Year),
        b"today" => Lex::Kw(K::Today),
        b"yesterday" => Lex::Kw(K::Yesterday),
        b"tomorrow" | b"tmrw" => Lex::Kw(K::Tomorrow),
        b"tonight" => Lex::Kw(K::Tonight),
        b"this" => Lex::Kw(K::This),
        b"current" => Lex::Kw(K::Current),
        b"last" => Lex::Kw(K::Last),
        b"past" => Lex::Kw(K::Past),
        b"previous" => Lex::Kw(K::Previous),
        b"next" => Lex::Kw(K::Next),
        b"coming" => Lex::Kw(K::Coming),
        b"upcoming" => Lex::Kw(K::Upcoming),
        b"following" => Lex::Kw(K::Following),
        b"day" => Lex::Kw(K::Day),
        b"week" => Lex::Kw(K::Week),
        b"weekend" => Lex::Kw(K::Weekend),
        b"month" => Lex::Kw(K::Month),
        b"quarter" | b"qtr" => Lex::Kw(K::Quarter),
        b"year" | b"yr" => Lex::Kw(K::Year),
        b"ago" => Lex::Kw(K::Ago),
        b"from" => Lex::Kw(K::From),
        b"now" => Lex::Kw(K::Now),
        b"hence" => Lex::Kw(K::Hence),
        b"time" => Lex::Kw(K::Time),
        b"in" => Lex::Kw(K::In),
        b"on" => Lex::Kw(K::On),
        b"since" => Lex::Kw(K::Since),
        b"until" => Lex::Kw(K::Until),
        b"till" => Lex::Kw(K::Till),
        b"by" => Lex::Kw(K::By),
        b"before" => Lex::Kw(K::Before),
        b"after" => Lex::Kw(K::After),
        b"during" => Lex::Kw(K::During),
        b"through" | b"thru" => Lex::Kw(K::Through),
        b"between" => Lex::Kw(K::Between),
        b"throughout" => Lex::Kw(K::Throughout),
        b"the" => Lex::Kw(K::The),
        b"of" => Lex::Kw(K::Of),
        b"a" | b"an" => Lex::Kw(K::A),
        b"few" => Lex::Kw(K::Few),
        b"couple" => Lex::Kw(K::Couple),
        b"mid" => Lex::Kw(K::Mid),
        b"early" => Lex::Kw(K::Early),
        b"late" => Lex::Kw(K::Late),
        b"earlier" => Lex::Kw(K::Earlier),
        b"later" => Lex::Kw(K::Later),
        b"end" => Lex::Kw(K::End),
        b"beginning" => Lex::Kw(K::Beginning),
        b"start" => Lex::Kw(K::Start),
        b"middle" => Lex::Kw(K::Middle),
        b"and" | b"or" => Lex::Kw(K::And),
        b"to" => Lex::Kw(K::To),
        b"q" => Lex::Kw(K::Q),
        b"s" => Lex::Kw(K::S),
        _ => Lex::None,
    }
}

/// Words that can start a holiday's name, sorted for a binary search.
const HOLIDAY_STARTS: &[&[u8]] = &[
    b"abraham",
    b"admin",
    b"administrative",
    b"admins",
    b"anzac",
    b"armistice",
    b"ascension",
    b"ash",
    b"black",
    b"bonfire",
    b"boss",
    b"bosses",
    b"boxing",
    b"branch",
    b"british",
    b"canada",
    b"christmas",
    b"civic",
    b"civil",
    b"clean",
    b"columbus",
    b"corpus",
    b"cyber",
    b"daylight",
    b"decoration",
    b"dominion",
    b"earth",
    b"easter",
    b"election",
    b"epiphany",
    b"father",
    b"fathers",
    b"flag",
    b"george",
    b"good",
    b"grandparents",
    b"groundhog",
    b"groundhogs",
    b"guy",
    b"halloween",
    b"holy",
    b"independence",
    b"indigenous",
    b"international",
    b"islander",
    b"juneteenth",
    b"labor",
    b"labour",
    b"lazarus",
    b"lincoln",
    b"lincolns",
    b"louis",
    b"mardi",
    b"martin",
    b"maundy",
    b"memorial",
    b"mlk",
    b"mother",
    b"mothering",
    b"mothers",
    b"natal",
    b"new",
    b"nova",
    b"orangemen",
    b"orthodox",
    b"palm",
    b"pancake",
    b"patriot",
    b"pentecost",
    b"president",
    b"presidents",
    b"remembrance",
    b"rizal",
    b"saint",
    b"saskatchewan",
    b"secretaries",
    b"shrove",
    b"siblings",
    b"sovereign",
    b"sovereigns",
    b"spring",
    b"summer",
    b"terry",
    b"thanksgiving",
    b"trinity",
    b"valentine",
    b"valentines",
    b"veteran",
    b"veterans",
    b"victoria",
    b"washington",
    b"washingtons",
    b"whit",
    b"whitsun",
    b"whitsunday",
    b"workers",
    b"xmas",
];

/// Packs up to 16 bytes into a number, first byte highest: equal words
/// give equal keys.
const fn pack(w: &[u8]) -> u128 {
    let mut key = 0u128;
    let mut i = 0;
    while i < w.len() && i < 16 {
        key |= (w[i] as u128) << (8 * (15 - i));
        i += 1;
    }
    key
}

/// [`HOLIDAY_STARTS`] packed and sorted, so that telling whether a word
/// starts a holiday costs a few integer comparisons.
const HOLIDAY_START_KEYS: [u128; HOLIDAY_STARTS.len()] = {
    let mut keys = [0u128; HOLIDAY_STARTS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = pack(HOLIDAY_STARTS[i]);
        i += 1;
    }
    // Insertion sort (a const context has no sort).
    let mut i = 1;
    while i < keys.len() {
        let mut j = i;
        while j > 0 && keys[j - 1] > keys[j] {
            let t = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    keys
};

/// A hash of a word's shape (first, second and last letter, and length),
/// for [`HOLIDAY_FILTER`]. Word tokens hold letters only, so setting bit 5
/// lowercases them.
const fn shape(first: u8, second: u8, last: u8, len: usize) -> usize {
    ((first | 0x20) as usize * 31
        + (second | 0x20) as usize * 17
        + (last | 0x20) as usize * 7
        + len * 13)
        & 1023
}

/// A bit per shape that some word of [`HOLIDAY_STARTS`] has: nine words
/// in ten fail this test and are never searched for.
const HOLIDAY_FILTER: [u64; 16] = {
    let mut bits = [0u64; 16];
    let mut i = 0;
    while i < HOLIDAY_STARTS.len() {
        let w = HOLIDAY_STARTS[i];
        let h = shape(w[0], w[1], w[w.len() - 1], w.len());
        bits[h / 64] |= 1 << (h % 64);
        i += 1;
    }
    bits
};

/// Whether the word `w` (ASCII letters) can start a holiday's name, in any
/// case.
fn holiday_start(w: &[u8]) -> bool {
    let (&[a, b, ..], Some(&z)) = (w, w.last()) else {
        return false;
    };
    let h = shape(a, b, z, w.len());
    if HOLIDAY_FILTER[h / 64] & (1 << (h % 64)) == 0 || w.len() > 16 {
        return false;
    }
    let mut key = pack(w);
    // Lowercase every letter at once.
    let mut i = 0;
    while i < w.len() {
        if w[i].is_ascii_uppercase() {
            key |= 0x20u128 << (8 * (15 - i));
        }
        i += 1;
    }
    HOLIDAY_START_KEYS.binary_search(&key).is_ok()
}

/// Holiday names, lowercased with spaces, dots, hyphens and apostrophes
/// removed, sorted so that [`holiday_lookup`] can search them and tell
/// when no name starts with a run of words.
const HOLIDAYS: &[(&[u8], HolidayRule)] = &[
    (b"abrahamlincolnsbirthday", fixed(2, 12)),
    (
        b"administrativeprofessionalday",
        nth(4, Weekday::Sat, -1, -3),
    ),
    (
        b"administrativeprofessionalsday",
        nth(4, Weekday::Sat, -1, -3),
    ),
    (b"adminsday", nth(4, Weekday::Sat, -1, -3)),
    (b"anzacday", fixed(4, 25)),
    (b"aprilfoolday", fixed(4, 1)),
    (b"aprilfoolsday", fixed(4, 1)),
    (b"armisticeday", fixed(11, 11)),
    (b"ascension", HolidayRule::Easter(39)),
    (b"ascensionday", HolidayRule::Easter(39)),
    (b"ashwednesday", HolidayRule::Easter(-46)),
    (b"augustbankholiday", nth(8, Weekday::Mon, -1, 0)),
    (b"blackfriday", nth(11, Weekday::Thu, 4, 1)),
    (b"bonfirenight", fixed(11, 5)),
    (
        b"bossday",
        HolidayRule::NearestWeekday { month: 10, day: 16 },
    ),
    (
        b"bossesday",
        HolidayRule::NearestWeekday { month: 10, day: 16 },
    ),
    (
        b"bosssday",
        HolidayRule::NearestWeekday { month: 10, day: 16 },
    ),
    (b"boxingday", fixed(12, 26)),
    (b"branchsunday", HolidayRule::Easter(-7)),
    (b"britishcolumbiaday", nth(8, Weekday::Mon, 1, 0)),
    (b"canadaday", fixed(7, 1)),
    (b"christmas", fixed(12, 25)),
    (b"christmasday", fixed(12, 25)),
    (b"christmaseve", fixed(12, 24)),
    (b"civicholiday", nth(8, Weekday::Mon, 1, 0)),
    (b"civilrightsday", nth(1, Weekday::Mon, 3, 0)),
    (b"cleanmonday", HolidayRule::OrthodoxEaster(-48)),
    (b"columbusday", nth(10, Weekday::Mon, 2, 0)),
    (b"corpuschristi", HolidayRule::Easter(60)),
    (b"cybermonday", nth(11, Weekday::Thu, 4, 4)),
    (b"daylightsavingend", nth(11, Weekday::Sun, 1, 0)),
    (b"daylightsavingendday", nth(11, Weekday::Sun, 1, 0)),
    (b"daylightsavingsend", nth(11, Weekday::Sun, 1, 0)),
    (b"daylightsavingsendday", nth(11, Weekday::Sun, 1, 0)),
    (b"daylightsavingsstart", nth(3, Weekday::Sun, 2, 0)),
    (b"daylightsavingsstartday", nth(3, Weekday::Sun, 2, 0)),
    (b"daylightsavingstart", nth(3, Weekday::Sun, 2, 0)),
    (b"daylightsavingstartday", nth(3, Weekday::Sun, 2, 0)),
    (b"dayofreconciliation", fixed(12, 16)),
    (b"dayofthecovenant", fixed(12, 16)),
    (b"dayofthevow", fixed(12, 16)),
    (b"decorationday", nth(5, Weekday::Mon, -1, 0)),
    (b"dominionday", fixed(7, 1)),
    (b"earlymaybankholiday", nth(5, Weekday::Mon, 1, 0)),
    (b"earthday", fixed(4, 22)),
    (b"easter", HolidayRule::Easter(0)),
    (b"easterday", HolidayRule::Easter(0)),
    (b"eastermon", HolidayRule::Easter(1)),
    (b"eastermonday", HolidayRule::Easter(1)),
    (b"eastersaturday", HolidayRule::Easter(-1)),
    (b"eastersunday", HolidayRule::Easter(0)),
    (b"electionday", nth(11, Weekday::Mon, 1, 1)),
    (b"epiphany", fixed(1, 6)),
    (b"fatherday", nth(6, Weekday::Sun, 3, 0)),
    (b"fathersday", nth(6, Weekday::Sun, 3, 0)),
    (b"flagday", fixed(6, 14)),
    (b"fourthofjuly", fixed(7, 4)),
    (b"georgewashingtonday", nth(2, Weekday::Mon, 3, 0)),
    (b"goodfriday", HolidayRule::Easter(-2)),
    (b"grandparentsday", nth(9, Weekday::Mon, 1, 6)),
    (b"groundhogday", fixed(2, 2)),
    (b"groundhogsday", fixed(2, 2)),
    (b"guyfawkesday", fixed(11, 5)),
    (b"guyfawkesnight", fixed(11, 5)),
    (b"halloween", fixed(10, 31)),
    (b"holysaturday", HolidayRule::Easter(-1)),
    (b"holythursday", HolidayRule::Easter(-3)),
    (b"independenceday", fixed(7, 4)),
    (b"indigenouspeoplesday", nth(10, Weekday::Mon, 2, 0)),
    (b"internationalworkersday", fixed(5, 1)),
    (b"islanderday", nth(2, Weekday::Mon, 3, 0)),
    (b"juneteenth", fixed(6, 19)),
    (b"laborday", nth(9, Weekday::Mon, 1, 0)),
    (b"labourday", fixed(5, 1)),
    (b"latesummerbankholiday", nth(8, Weekday::Mon, -1, 0)),
    (b"lazarussaturday", HolidayRule::OrthodoxEaster(-8)),
    (b"lincolnbirthday", fixed(2, 12)),
    (b"lincolnsbirthday", fixed(2, 12)),
    (b"louisrielday", nth(2, Weekday::Mon, 3, 0)),
    (b"mardigras", HolidayRule::Easter(-47)),
    (b"martinlutherkingday", nth(1, Weekday::Mon, 3, 0)),
    (b"martinlutherkingjrday", nth(1, Weekday::Mon, 3, 0)),
    (b"martinlutherkingjuniorday", nth(1, Weekday::Mon, 3, 0)),
    (b"martinlutherkingsday", nth(1, Weekday::Mon, 3, 0)),
    (b"maundythursday", HolidayRule::Easter(-3)),
    (b"memorialday", nth(5, Weekday::Mon, -1, 0)),
    (b"mlkday", nth(1, Weekday::Mon, 3, 0)),
    (b"mlkjrday", nth(1, Weekday::Mon, 3, 0)),
    (b"motherday", nth(5, Weekday::Sun, 2, 0)),
    (b"motheringsunday", HolidayRule::Easter(-21)),
    (b"mothersday", nth(5, Weekday::Sun, 2, 0)),
    (b"natalday", nth(8, Weekday::Mon, 1, 0)),
    (b"newbrunswickday", nth(8, Weekday::Mon, 1, 0)),
    (b"newyearday", fixed(1, 1)),
    (b"newyeareve", fixed(12, 31)),
    (b"newyearsday", fixed(1, 1)),
    (b"newyearseve", fixed(12, 31)),
    (b"novascotiaheritageday", nth(2, Weekday::Mon, 3, 0)),
    (b"orangemensday", fixed(7, 12)),
    (b"orthodoxeaster", HolidayRule::OrthodoxEaster(0)),
    (b"orthodoxeastersunday", HolidayRule::OrthodoxEaster(0)),
    (b"orthodoxgoodfriday", HolidayRule::OrthodoxEaster(-2)),
    (b"orthodoxgreatfriday", HolidayRule::OrthodoxEaster(-2)),
    (b"orthodoxshrovemonday", HolidayRule::OrthodoxEaster(-48)),
    (b"palmsunday", HolidayRule::Easter(-7)),
    (b"pancakeday", HolidayRule::Easter(-47)),
    (b"patriotday", fixed(9, 11)),
    (b"pentecost", HolidayRule::Easter(49)),
    (b"presidentday", nth(2, Weekday::Mon, 3, 0)),
    (b"presidentsday", nth(2, Weekday::Mon, 3, 0)),
    (b"remembranceday", fixed(11, 11)),
    (b"rizalday", fixed(12, 30)),
    (b"saintpaddysday", fixed(3, 17)),
    (b"saintpatricksday", fixed(3, 17)),
    (b"saintvalentinesday", fixed(2, 14)),
    (b"saskatchewanday", nth(8, Weekday::Mon, 1, 0)),
    (b"secretariesday", nth(4, Weekday::Sat, -1, -3)),
    (b"shrovetuesday", HolidayRule::Easter(-47)),
    (b"siblingsday", fixed(4, 10)),
    (
        b"sovereignsbirthday",
        HolidayRule::WeekdayOnOrBefore {
            month: 5,
            day: 24,
            weekday: Weekday::Mon,
        },
    ),
    (b"springbankholiday", nth(5, Weekday::Mon, -1, 0)),
    (b"stpaddysday", fixed(3, 17)),
    (b"stpatricksday", fixed(3, 17)),
    (b"stpatsday", fixed(3, 17)),
    (b"stvalentinesday", fixed(2, 14)),
    (b"summerbankholiday", nth(8, Weekday::Mon, -1, 0)),
    (b"terryfoxday", nth(8, Weekday::Mon, 1, 0)),
    (b"thanksgiving", nth(11, Weekday::Thu, 4, 0)),
    (b"thanksgivingday", nth(11, Weekday::Thu, 4, 0)),
    (b"trinitysunday", HolidayRule::Easter(56)),
    (b"valentineday", fixed(2, 14)),
    (b"valentinesday", fixed(2, 14)),
    (b"veteranday", fixed(11, 11)),
    (b"veteransday", fixed(11, 11)),
    (
        b"victoriaday",
        HolidayRule::WeekdayOnOrBefore {
            month: 5,
            day: 24,
            weekday: Weekday::Mon,
        },
    ),
    (b"washingtonsbirthday", nth(2, Weekday::Mon, 3, 0)),
    (b"washingtonsday", nth(2, Weekday::Mon, 3, 0)),
    (b"whitmonday", HolidayRule::Easter(50)),
    (b"whitsun", HolidayRule::Easter(49)),
    (b"whitsunday", HolidayRule::Easter(49)),
    (b"workersday", fixed(5, 1)),
    (b"xmas", fixed(12, 25)),
    (b"xmasday", fixed(12, 25)),
    (b"xmaseve", fixed(12, 24)),
];

const fn fixed(month: u32, day: u32) -> HolidayRule {
    HolidayRule::Fixed { month, day }
}

const fn nth(month: u32, weekday: Weekday, n: i32, offset: i32) -> HolidayRule {
    HolidayRule::NthWeekday {
        month,
        weekday,
        n,
        offset,
    }
}

/// Looks `key` up among the holiday names: the rule when it is one, and
/// whether some longer name starts with it.
fn holiday_lookup(key: &[u8]) -> (Option<HolidayRule>, bool) {
    let at = HOLIDAYS.partition_point(|(name, _)| *name < key);
    let exact = HOLIDAYS
        .get(at)
        .filter(|(name, _)| *name == key)
        .map(|(_, rule)| *rule);
    let next = at + usize::from(exact.is_some());
    let longer = HOLIDAYS
        .get(next)
        .is_some_and(|(name, _)| name.starts_with(key));
    (exact, longer)
}

// ---------------------------------------------------------------------------
// Matching

/// The end of a match (exclusive token index) and the expression, or `None`
/// for a recognized non-date to skip.
type Hit = (usize, Option<DateExpr>);

#[derive(Clone, Copy)]
struct Matcher<'a> {
    text: &'a str,
    t: &'a [Tok],
    /// Inside a range: a dash or tilde may touch either side of a date.
    loose: bool,
}

fn days_in_month(year: Option<i32>, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

fn valid(year: Option<i32>, month: u32, day: u32) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

fn two_digit_year(v: u32) -> i32 {
    let v = i32::try_from(v).unwrap_or(0);
    if v < 50 { 2000 + v } else { 1900 + v }
}

fn calendar(
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    weekday: Option<Weekday>,
) -> Point {
    Point::Calendar {
        year,
        month,
        day,
        weekday,
    }
}

impl Matcher<'_> {
    fn lex(&self, i: usize) -> Lex {
        self.t.get(i).map_or(Lex::None, |t| {
            if t.kind == Kind::Word {
                t.lex
            } else {
                Lex::None
            }
        })
    }

    fn kw(&self, i: usize, k: Kw) -> bool {
        self.lex(i) == Lex::Kw(k)
    }

    fn punct(&self, i: usize, p: u8) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Kind::Punct(p))
    }

    /// Token `i` exists and touches the token before it.
    fn attached(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.gap)
    }

    fn num(&self, i: usize) -> Option<&Tok> {
        self.t.get(i).filter(|t| t.kind == Kind::Num)
    }

    /// Nothing glued to the left of token `i`: start, whitespace, or an
    /// opening bracket or quote (itself not glued to a letter or digit).
    fn left_ok(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else { return false };
        if t.gap || i == 0 {
            return true;
        }
        match self.t[i - 1].kind {
            Kind::Punct(b'-' | b'~') if self.loose => true,
            Kind::Punct(b'(' | b'[' | b'"' | b'\'' | b'|' | b'=' | 0) => true,
            Kind::Punct(b'-') => {
                i < 2 || self.t[i - 1].gap || self.t[i - 2].kind == Kind::Punct(b'-')
            }
            _ => false,
        }
    }

    /// Nothing glued to the right of the token before `end`: end, whitespace,
    /// or closing punctuation not followed by a letter or digit.
    fn right_ok(&self, end: usize) -> bool {
        let Some(t) = self.t.get(end) else {
            return true;
        };
        if t.gap {
            return true;
        }
        match t.kind {
            Kind::Punct(b'-' | b'~') if self.loose => true,
            Kind::Punct(
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'"' | b'\'' | b'-' | 0,
            ) => match self.t.get(end + 1) {
                None => true,
                Some(n) => n.gap || matches!(n.kind, Kind::Punct(_)),
            },
            Kind::Punct(b'|') => true,
            _ => false,
        }
    }

    fn best_at(&self, i: usize) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        let mut take = |h: Option<Hit>| {
            if let Some(h) = h
                && best.as_ref().is_none_or(|b| h.0 > b.0)
            {
                best = Some(h);
            }
        };
        take(self.modified(i));
        take(self.core(i));
        best
    }

    /// "since 2019", "by next year", "before March 3".
    fn modified(&self, i: usize) -> Option<Hit> {
        let m = match self.lex(i) {
            Lex::Kw(Kw::Since) => Modifier::Since,
            Lex::Kw(Kw::Before) => Modifier::Before,
            Lex::Kw(Kw::After) => Modifier::After,
            Lex::Kw(Kw::Until | Kw::Till) => Modifier::Until,
            Lex::Kw(Kw::By) => Modifier::By,
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

    fn core(&self, i: usize) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        let mut take = |h: Option<Hit>| {
            if let Some(h) = h
                && best.as_ref().is_none_or(|b| h.0 > b.0)
            {
                best = Some(h);
            }
        };
        let t = self.t.get(i)?;
        match t.kind {
            Kind::Num => {
                take(self.numeric(i));
                take(self.day_first(i));
                take(self.year(i));
                take(self.offset(i));
                take(self.quarter(i));
                take(self.nth_of_month(i));
                take(self.upcoming_n(i));
                if !self.loose {
                    take(self.range(i));
                }
            }
            Kind::Word => match t.lex {
                Lex::Holiday | Lex::OrdSuffix => take(self.holiday(i)),
                Lex::Month(..) => {
                    take(self.month_first(i));
                    take(self.month_alone(i));
                    take(self.quarter(i));
                    // "April Fools' Day", "August bank holiday".
                    if matches!(t.lex, Lex::Month(4 | 8, _)) {
                        take(self.holiday(i));
                    }
                    if !self.loose {
                        take(self.range(i));
                    }
                }
                Lex::Weekday(..) => {
                    take(self.month_first(i));
                    take(self.day_first(i));
                    take(self.weekday(i));
                }
                Lex::Ord(_) | Lex::Card(..) => {
                    take(self.day_first(i));
                    take(self.quarter(i));
                    take(self.offset(i));
                    take(self.nth_of_month(i));
                    // "Fourth of July".
                    if t.lex == Lex::Ord(4) {
                        take(self.holiday(i));
                    }
                    take(self.upcoming_n(i));
                    if !self.loose {
                        take(self.range(i));
                    }
                }
                Lex::Kw(k) => match k {
                    Kw::The => {
                        take(self.day_first(i));
                        take(self.day_alone(i));
                        take(self.quarter(i));
                        take(self.relative(i));
                        take(self.nth_of_month(i));
                    }
                    Kw::Year => take(self.year(i + 1)),
                    Kw::A | Kw::Few => take(self.offset(i)),
                    Kw::In => take(self.offset(i)),
                    Kw::Mid
                    | Kw::Early
                    | Kw::Late
                    | Kw::Earlier
                    | Kw::Later
                    | Kw::End
                    | Kw::Beginning
                    | Kw::Start
                    | Kw::Middle => {
                        take(self.parted(i));
                        if matches!(k, Kw::Early | Kw::Late) {
                            take(self.holiday(i));
                        }
                    }
                    Kw::Q => take(self.quarter(i)),
                    Kw::From | Kw::Between => take(self.range(i)),
                    _ => {
                        take(self.relative(i));
                        take(self.weekday(i));
                        take(self.month_alone(i));
                        if matches!(
                            k,
                            Kw::This
                                | Kw::Next
                                | Kw::Last
                                | Kw::Past
                                | Kw::Previous
                                | Kw::Coming
                                | Kw::Upcoming
                                | Kw::Following
                                | Kw::Day
                        ) {
                            take(self.holiday(i));
                        }
                        if k == Kw::Last {
                            take(self.nth_of_month(i));
                        }
                        if k == Kw::Upcoming {
                            take(self.upcoming_n(i));
                        }
                    }
                },
                _ => {}
            },
            Kind::Punct(_) => {}
        }
        best
    }

    // -- pieces ------------------------------------------------------------

    /// A month name at `i`, with an abbreviation dot: (month, full name,
    /// end).
    fn month_at(&self, i: usize) -> Option<(u32, bool, usize)> {
        let Lex::Month(m, full) = self.lex(i) else {
            return None;
        };
        let mut end = i + 1;
        if self.punct(end, b'.') && self.attached(end) && self.num(end + 1).is_some_and(|t| t.gap) {
            end += 1;
        }
        Some((m, full, end))
    }

    /// A day of the month at `i`: "20", "20th", "first", "twenty-first",
    /// and, when `cards` is set, "twenty one". Returns (day, end, ordinal).
    fn day_at(&self, i: usize, cards: bool) -> Option<(u32, usize, bool)> {
        let t = self.t.get(i)?;
        match (t.kind, t.lex) {
            (Kind::Num, _) => {
                if t.ndig > 2 || t.val == 0 || t.val > 31 {
                    return None;
                }
                if self.lex(i + 1) == Lex::OrdSuffix && self.attached(i + 1) {
                    return Some((t.val, i + 2, true));
                }
                Some((t.val, i + 1, false))
            }
            (Kind::Word, Lex::Ord(d)) => Some((d, i + 1, true)),
            (Kind::Word, Lex::Card(tens, true)) => {
                // "twenty-first", "twenty first", "twenty one", "thirty".
                let mut j = i + 1;
                if self.punct(j, b'-') && self.attached(j) {
                    j += 1;
                }
                match self.lex(j) {
                    Lex::Ord(u) if u < 10 => Some((tens + u, j + 1, true)),
                    Lex::Card(u, false) if u < 10 && cards => Some((tens + u, j + 1, false)),
                    _ if tens == 20 || tens == 30 => cards.then_some((tens, i + 1, false)),
                    _ => None,
                }
                .filter(|d| d.0 <= 31)
            }
            (Kind::Word, Lex::Card(d, false)) if cards => Some((d, i + 1, false)),
            _ => None,
        }
    }

    /// A four-digit year at `i` (1000-2999), not glued to more digits.
    fn year4(&self, i: usize) -> Option<i32> {
        let t = self.num(i)?;
        (t.ndig == 4 && (1000..=2999).contains(&t.val)).then(|| i32::try_from(t.val).ok())?
    }

    /// A year after a month or day: ", 2021", " 2021", "-74" (two digits
    /// only after a hyphen or slash). Returns (year, end).
    fn year_after(&self, j: usize, short_ok: bool) -> Option<(i32, usize)> {
        let mut k = j;
        if self.punct(k, b',') || self.kw(k, Kw::Of) {
            k += 1;
        }
        if let Some(y) = self.year4(k)
            && (self.t[k].gap || k > j)
        {
            return Some((y, k + 1));
        }
        if short_ok
            && (self.punct(j, b'-') || self.punct(j, b'/'))
            && self.attached(j)
            && self.attached(j + 1)
        {
            if let Some(y) = self.year4(j + 1) {
                return Some((y, j + 2));
            }
            let t = self.num(j + 1)?;
            if t.ndig == 2 {
                return Some((two_digit_year(t.val), j + 2));
            }
        }
        None
    }

    /// A weekday prefix at `i`: "Monday, ", "Tue ". Returns (weekday, next).
    fn weekday_prefix(&self, i: usize) -> Option<(Weekday, usize)> {
        let Lex::Weekday(w, _) = self.lex(i) else {
            return None;
        };
        let mut j = i + 1;
        if self.punct(j, b'.') && self.attached(j) {
            j += 1;
        }
        if self.punct(j, b',') {
            j += 1;
        }
        Some((w, j))
    }

    /// Whether the word before `i` licenses a bare month or year.
    fn cue_before(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.lex(i - 1),
                Lex::Kw(
                    Kw::In
                        | Kw::Since
                        | Kw::Until
                        | Kw::Till
                        | Kw::By
                        | Kw::From
                        | Kw::During
                        | Kw::Before
                        | Kw::After
                        | Kw::Through
                        | Kw::Throughout
                )
            )
    }

    // -- patterns ----------------------------------------------------------

    /// "January 20", "Jan. 20th, 2021", "Monday, Feb 18", "March 2024",
    /// "Oct-2", "September the twenty-first", "April of 1987".
    fn month_first(&self, i: usize) -> Option<Hit> {
        let (weekday, j) = match self.weekday_prefix(i) {
            Some((w, j)) => (Some(w), j),
            None => (None, i),
        };
        let (month, _full, mut k) = self.month_at(j)?;
        let mtok = self.t[j];
        let lower_may = month == 5 && !mtok.cap;
        if !self.left_ok(i) {
            return None;
        }
        // Day.
        let mut d = k;
        let glued = self.attached(d);
        let sep_glued =
            (self.punct(d, b'-') || self.punct(d, b'/')) && glued && self.attached(d + 1);
        let comma_day = self.punct(d, b',') && self.num(d + 1).is_some_and(|t| t.ndig <= 2);
        if sep_glued || comma_day || self.kw(d, Kw::The) {
            d += 1;
        }
        if let Some((day, e, _)) = self.day_at(d, true) {
            // A number right after: not a day ("March 3,000", "May 10:30").
            let day_is_num = self.t[d].kind == Kind::Num;
            let mut end = e;
            let mut year = None;
            let sep = (d > k && !self.kw(k, Kw::The))
                .then(|| self.t[k].kind_punct())
                .filter(|&p| p == b'-' || p == b'/');
            if let (Some(p), Some(y)) = (sep, self.year4(end + 1))
                && self.punct(end, p)
                && self.attached(end)
                && self.attached(end + 1)
            {
                year = Some(y);
                end += 2;
            }
            if year.is_some() {
            } else if let Some((y, ye)) = self.year_after(end, false) {
                year = Some(y);
                end = ye;
            }
            let ok_right =
                self.right_ok(end) && !(day_is_num && year.is_none() && self.punct(end, b':'));
            if ok_right
                && valid(year, month, day)
                && !(lower_may && year.is_none() && !self.cue_before(i))
            {
                return Some((
                    end,
                    Some(DateExpr::new(calendar(
                        year,
                        Some(month),
                        Some(day),
                        weekday,
                    ))),
                ));
            }
            if year.is_some() && !valid(year, month, day) {
                return None;
            }
        }
        if weekday.is_some() {
            return None;
        }
        // "31 April 2020" is an impossible day, not April 2020.
        if j > 0 && self.num(j - 1).is_some_and(|t| t.ndig <= 2) {
            return None;
        }
        // Month and year: "March 2024", "Dec, 2018", "Dec-2018", "April of 87".
        if self.kw(k, Kw::Of) {
            if let Some(y) = self.year4(k + 1) {
                k += 2;
                return self.right_ok(k).then(|| {
                    (
                        k,
                        Some(DateExpr::new(calendar(Some(y), Some(month), None, None))),
                    )
                });
            }
            if let Some(t) = self.num(k + 1).filter(|t| t.ndig == 2) {
                let y = two_digit_year(t.val);
                k += 2;
                return self.right_ok(k).then(|| {
                    (
                        k,
                        Some(DateExpr::new(calendar(Some(y), Some(month), None, None))),
                    )
                });
            }
            return None;
        }
        let (y, e) = self.year_after(k, true)?;
        self.right_ok(e).then(|| {
            (
                e,
                Some(DateExpr::new(calendar(Some(y), Some(month), None, None))),
            )
        })
    }

    /// "20 January", "3 March 2024", "the 1st of March", "second of Aug",
    /// "31-Oct-74", "14april 2015", "Wed, 22 of Jan", "16. Nov. 2016".
    fn day_first(&self, i: usize) -> Option<Hit> {
        let (weekday, mut j) = match self.weekday_prefix(i) {
            Some((w, j)) => (Some(w), j),
            None => (None, i),
        };
        if !self.left_ok(i) {
            return None;
        }
        let the = self.kw(j, Kw::The);
        if the {
            j += 1;
        }
        let (day, mut k, ordinal) = self.day_at(j, false)?;
        let is_num = self.t[j].kind == Kind::Num;
        let mut of = false;
        let mut sep = 0u8;
        if self.kw(k, Kw::Of) {
            of = true;
            k += 1;
        } else if (self.punct(k, b'-') || self.punct(k, b'/'))
            && self.attached(k)
            && self.attached(k + 1)
        {
            sep = self.t[k].kind_punct();
            k += 1;
        } else if self.punct(k, b'.') && self.attached(k) && is_num {
            k += 1;
        }
        // Word ordinals need "of": "second of March", not "first March".
        if !is_num && !of {
            return None;
        }
        if the && !ordinal && !of {
            return None;
        }
        if of && is_num {
            // "20th of next month", "the 20th of this month"
            let r = k + usize::from(self.kw(k, Kw::The));
            let shift = match self.lex(r) {
                Lex::Kw(Kw::Next | Kw::Following) => Some(1),
                Lex::Kw(Kw::This | Kw::Current) => Some(0),
                Lex::Kw(Kw::Last | Kw::Previous) => Some(-1),
                _ => None,
            };
            if let Some(shift) = shift {
                if self.kw(r + 1, Kw::Month) && day <= 31 && self.right_ok(r + 2) {
                    return Some((r + 2, Some(DateExpr::new(Point::DayOfMonth { day, shift }))));
                }
                return None;
            }
        }
        let (month, _, mut e) = self.month_at(k)?;
        let mut year = None;
        if sep != 0 {
            if self.punct(e, sep) && self.attached(e) && self.attached(e + 1) {
                if let Some(y) = self.year4(e + 1) {
                    year = Some(y);
                    e += 2;
                } else if let Some(t) = self.num(e + 1).filter(|t| t.ndig == 2) {
                    year = Some(two_digit_year(t.val));
                    e += 2;
                }
            }
        } else if let Some((y, ye)) = self.year_after(e, false) {
            year = Some(y);
            e = ye;
        }
        if !valid(year, month, day) || !self.right_ok(e) {
            return None;
        }
        Some((
            e,
            Some(DateExpr::new(calendar(
                year,
                Some(month),
                Some(day),
                weekday,
            ))),
        ))
    }

    /// A month name alone after a licensing word: "in May", "since March",
    /// "last June", "this September".
    fn month_alone(&self, i: usize) -> Option<Hit> {
        let (rel, j) = match self.lex(i) {
            Lex::Kw(Kw::Last | Kw::Past | Kw::Previous) => (Rel::Last, i + 1),
            Lex::Kw(Kw::Next | Kw::Coming | Kw::Following | Kw::Upcoming) => (Rel::Next, i + 1),
            Lex::Kw(Kw::This) => (Rel::This, i + 1),
            _ => (Rel::Bare, i),
        };
        let Lex::Month(month, full) = self.lex(j) else {
            return None;
        };
        if rel == Rel::Bare && !self.cue_before(i) {
            return None;
        }
        if !full && rel == Rel::Bare && !self.t[j].cap {
            return None;
        }
        // "may" in lowercase is the verb unless "in", "since"... precede it.
        if month == 5 && !self.t[j].cap && !self.cue_before(j) {
            return None;
        }
        let end = j + 1;
        // A number after the month that did not make a date: not a date.
        if self.num(end).is_some() {
            return None;
        }
        if !self.right_ok(end) && !self.punct(end, b'-') {
            return None;
        }
        let point = if rel == Rel::Bare {
            calendar(None, Some(month), None, None)
        } else {
            Point::NamedMonth { month, rel }
        };
        Some((end, Some(DateExpr::new(point))))
    }

    /// "on the 15th": a day alone, only with an ordinal and after "on",
    /// "by", "until", "since", "before", "after" or "for".
    fn day_alone(&self, i: usize) -> Option<Hit> {
        if !self.kw(i, Kw::The) || i == 0 {
            return None;
        }
        let cue = matches!(
            self.lex(i - 1),
            Lex::Kw(Kw::On | Kw::By | Kw::Until | Kw::Till | Kw::Since | Kw::Before | Kw::After)
        ) || self.text[self.t[i - 1].start..self.t[i - 1].end]
            .eq_ignore_ascii_case("for");
        if !cue {
            return None;
        }
        let t = self.num(i + 1)?;
        let _ = t;
        let (day, end, ordinal) = self.day_at(i + 1, false)?;
        if !ordinal || !self.right_ok(end) {
            return None;
        }
        // Followed by a noun: "the 15th century", "the 3rd largest".
        if let Some(n) = self.t.get(end)
            && n.kind == Kind::Word
            && !matches!(
                n.lex,
                Lex::Kw(Kw::And | Kw::Of | Kw::To | Kw::In | Kw::On | Kw::By)
            )
        {
            return None;
        }
        Some((
            end,
            Some(DateExpr::new(calendar(None, None, Some(day), None))),
        ))
    }

    /// Dates written with digits: "2021-01-20", "1/20/2021", "2/15",
    /// "2014-10", "2/2013", "20200701", "2019-sep-1", "18q4".
    fn numeric(&self, i: usize) -> Option<Hit> {
        let a = *self.num(i)?;
        if !self.left_ok(i) {
            return None;
        }
        // Mixed fraction "1 1/2": a number right before.
        if i > 0 && self.t[i - 1].kind == Kind::Num {
            return None;
        }
        let sep_at = |k: usize| -> Option<u8> {
            let t = self.t.get(k)?;
            match t.kind {
                Kind::Punct(p @ (b'-' | b'/' | b'.')) if !t.gap && self.attached(k + 1) => Some(p),
                _ => None,
            }
        };
        let date = |y: Option<i32>, m: u32, d: Option<u32>, end: usize| -> Option<Hit> {
            let ok = match d {
                Some(d) => valid(y, m, d),
                None => (1..=12).contains(&m),
            };
            (ok && self.right_ok(end))
                .then(|| (end, Some(DateExpr::new(calendar(y, Some(m), d, None)))))
        };
        // yyyymmdd
        if a.ndig == 8 {
            let y = a.val / 10_000;
            let (m, d) = (a.val / 100 % 100, a.val % 100);
            if (1900..=2099).contains(&y) {
                return date(i32::try_from(y).ok(), m, Some(d), i + 1);
            }
            return None;
        }
        let s1 = sep_at(i + 1)?;
        // Second part: number or month word.
        let second = self.t.get(i + 2)?;
        if second.kind == Kind::Word {
            // "2019-sep-1", "2019/sep/01"
            let Lex::Month(m, _) = second.lex else {
                return None;
            };
            let y = self.year4(i)?;
            if sep_at(i + 3) != Some(s1) {
                return None;
            }
            let d = self.num(i + 4).filter(|t| t.ndig <= 2)?;
            return date(Some(y), m, Some(d.val), i + 5);
        }
        let b = *self.num(i + 2)?;
        let s2 = sep_at(i + 3).filter(|&s| s == s1 || (s1 == b'/' && s == b','));
        let c = s2.and_then(|_| self.num(i + 4).copied());
        if let Some(c) = c {
            // Three parts; no fourth.
            if sep_at(i + 5).is_some() && self.num(i + 6).is_some() {
                return None;
            }
            let end = i + 5;
            if a.ndig == 4 {
                let y = i32::try_from(a.val).ok();
                if b.ndig <= 2 && c.ndig <= 2 {
                    return date(y, b.val, Some(c.val), end);
                }
                return None;
            }
            if a.ndig > 2 || b.ndig > 2 {
                return None;
            }
            let y = match c.ndig {
                4 => i32::try_from(c.val).ok(),
                2 if s1 != b'.' => Some(two_digit_year(c.val)),
                _ => return None,
            };
            if (1..=12).contains(&a.val) {
                return date(y, a.val, Some(b.val), end);
            }
            return date(y, b.val, Some(a.val), end);
        }
        let end = i + 3;
        // Two parts.
        if a.ndig == 4 && b.ndig <= 2 && s1 != b'.' {
            // "2014-10", "2014/10"; not a season "2011-12".
            let y = a.val;
            if b.ndig == 2 && b.val == (y + 1) % 100 {
                return None;
            }
            return date(i32::try_from(y).ok(), b.val, None, end);
        }
        if a.ndig <= 2 && b.ndig == 4 && s1 != b'.' {
            // "2/2013", "12-2015"
            return date(i32::try_from(b.val).ok(), a.val, None, end);
        }
        if a.ndig <= 2 && b.ndig <= 2 && s1 == b'/' {
            // "2/15" (US month/day); "22/04" when the first cannot be a month.
            if matches!(self.lex(end), Lex::Kw(Kw::Of) | Lex::OrdSuffix) || self.punct(end, b'%') {
                return None;
            }
            if (1..=12).contains(&a.val) {
                return date(None, a.val, Some(b.val), end);
            }
            return date(None, b.val, Some(a.val), end);
        }
        None
    }

    /// A bare year after a licensing word ("in 2020", "since 2019"), after
    /// "year" ("the year 2008"), or before a month ("2017 April").
    fn year(&self, i: usize) -> Option<Hit> {
        let y = self.year4(i)?;
        if !self.left_ok(i) {
            return None;
        }
        // "2017 April"
        if let Lex::Month(m, true) = self.lex(i + 1)
            && self.t[i + 1].gap
            && self.right_ok(i + 2)
            && self.num(i + 2).is_none()
        {
            return Some((
                i + 2,
                Some(DateExpr::new(calendar(Some(y), Some(m), None, None))),
            ));
        }
        let after_year_word = i > 0 && self.kw(i - 1, Kw::Year);
        if !self.cue_before(i) && !after_year_word {
            return None;
        }
        // A range: "2009-2021", "2014 to 2018", "2019-20".
        let mut k = i + 1;
        let dash = self.punct(k, b'-') || self.punct(k, b'~');
        if dash
            || matches!(
                self.lex(k),
                Lex::Kw(Kw::To | Kw::Through | Kw::Till | Kw::Until | Kw::And)
            )
        {
            k += 1;
            if let Some(t) = self.num(k)
                && (t.ndig == 4 || (dash && t.ndig == 2))
            {
                return Some((k + 1, None));
            }
        }
        if !self.right_ok(i + 1) {
            return None;
        }
        Some((
            i + 1,
            Some(DateExpr::new(calendar(Some(y), None, None, None))),
        ))
    }

    /// "Tuesday", "next Friday", "last Tuesday", "this coming Friday",
    /// "Tuesday the 19th", "Friday of next week", "next week Sunday".
    fn weekday(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let mut rel = Rel::Bare;
        // "next week Sunday", "last week's Sunday", "this week Friday".
        if let Some((r, k)) = self.week_rel(i) {
            let mut k = k;
            if self.kw(k, Kw::On) || self.punct(k, b'-') {
                k += 1;
            }
            if let Lex::Weekday(w, _) = self.lex(k) {
                return Some((
                    k + 1,
                    Some(DateExpr::new(Point::Weekday { weekday: w, rel: r })),
                ));
            }
        }
        match self.lex(j) {
            Lex::Kw(Kw::This) => {
                j += 1;
                rel = Rel::Upcoming;
                match self.lex(j) {
                    Lex::Kw(Kw::Coming | Kw::Upcoming) => {
                        j += 1;
                        rel = Rel::Coming;
                    }
                    Lex::Kw(Kw::Past) => {
                        j += 1;
                        rel = Rel::Past;
                    }
                    _ => {}
                }
            }
            Lex::Kw(Kw::Next | Kw::Following) => {
                j += 1;
                rel = Rel::Next;
            }
            Lex::Kw(Kw::Last | Kw::Previous) => {
                j += 1;
                rel = Rel::Last;
            }
            Lex::Kw(Kw::Coming | Kw::Upcoming) => {
                j += 1;
                rel = Rel::Coming;
            }
            Lex::Kw(Kw::Past) => {
                j += 1;
                rel = Rel::Past;
            }
            _ => {}
        }
        let Lex::Weekday(w, full) = self.lex(j) else {
            return None;
        };
        let mut end = j + 1;
        let dotted = self.punct(end, b'.') && self.attached(end);
        if !full {
            // "Sat", "Sun", "Wed" are words too: only with a dot or a
            // relative word.
            if dotted {
                end += 1;
            } else if rel == Rel::Bare {
                return None;
            }
        }
        if rel == Rel::Bare {
            // "Tuesday the 19th", "Tuesday 19th"
            let mut d = end;
            if self.kw(d, Kw::The) {
                d += 1;
            }
            if let Some((day, e, ordinal)) = self.day_at(d, false)
                && ordinal
                && self.right_ok(e)
            {
                return Some((
                    e,
                    Some(DateExpr::new(calendar(None, None, Some(day), Some(w)))),
                ));
            }
            if let Some((day, e, true)) = self.day_at(d, true).filter(|_| d > end) {
                return Some((
                    e,
                    Some(DateExpr::new(calendar(None, None, Some(day), Some(w)))),
                ));
            }
            // "Friday of next week", "Friday next week"
            let mut k = end;
            if self.kw(k, Kw::Of) {
                k += 1;
            }
            if let Some((r, e)) = self.week_rel(k) {
                return Some((
                    e,
                    Some(DateExpr::new(Point::Weekday { weekday: w, rel: r })),
                ));
            }
        }
        if !self.left_ok(i) {
            return None;
        }
        // "Friday 7/6", "next friday 5/12": the written date decides.
        if self.num(end).is_some_and(|t| t.gap)
            && let Some((e, Some(mut x))) = self.numeric(end)
        {
            if let Point::Calendar { weekday, .. } = &mut x.point {
                *weekday = Some(w);
            }
            return Some((e, Some(x)));
        }
        Some((end, Some(DateExpr::new(Point::Weekday { weekday: w, rel }))))
    }

    /// "next week", "last week's", "this week", "the following week" as a
    /// weekday's frame. Returns (rel, end).
    fn week_rel(&self, i: usize) -> Option<(Rel, usize)> {
        let mut j = i;
        if self.kw(j, Kw::The) {
            j += 1;
        }
        let rel = match self.lex(j) {
            Lex::Kw(Kw::Next | Kw::Following | Kw::Coming) => Rel::Next,
            Lex::Kw(Kw::Last | Kw::Previous | Kw::Past) => Rel::Last,
            Lex::Kw(Kw::This | Kw::Current) => Rel::This,
            _ => return None,
        };
        if !self.kw(j + 1, Kw::Week) {
            return None;
        }
        let mut end = j + 2;
        if self.punct(end, b'\'') && self.kw(end + 1, Kw::S) {
            end += 2;
        }
        Some((rel, end))
    }

    /// "today", "yesterday", "tomorrow", "last week", "this month", "next
    /// year", "the weekend", "the day before yesterday".
    fn relative(&self, i: usize) -> Option<Hit> {
        let shift = |k: Kw| -> Option<i32> {
            match k {
                Kw::Today | Kw::Tonight => Some(0),
                Kw::Yesterday => Some(-1),
                Kw::Tomorrow => Some(1),
                _ => None,
            }
        };
        if let Lex::Kw(k) = self.lex(i)
            && let Some(s) = shift(k)
        {
            if !self.left_ok(i) {
                return None;
            }
            return Some((
                i + 1,
                Some(DateExpr::new(Point::Relative {
                    grain: Grain::Day,
                    shift: s,
                })),
            ));
        }
        let mut j = i;
        let the = self.kw(j, Kw::The);
        if the {
            j += 1;
            // "the day before yesterday", "the day after tomorrow"
            if self.kw(j, Kw::Day) {
                let s = match (self.lex(j + 1), self.lex(j + 2)) {
                    (Lex::Kw(Kw::Before), Lex::Kw(Kw::Yesterday)) => Some(-2),
                    (Lex::Kw(Kw::After), Lex::Kw(Kw::Tomorrow)) => Some(2),
                    _ => None,
                };
                if let Some(s) = s {
                    return Some((
                        j + 3,
                        Some(DateExpr::new(Point::Relative {
                            grain: Grain::Day,
                            shift: s,
                        })),
                    ));
                }
            }
            // "the weekend"
            if self.kw(j, Kw::Weekend) {
                return Some((
                    j + 1,
                    Some(DateExpr::new(Point::Weekend { rel: Rel::Bare })),
                ));
            }
        }
        let (s, rel) = match self.lex(j) {
            Lex::Kw(Kw::This | Kw::Current) => (0, Rel::This),
            Lex::Kw(Kw::Last | Kw::Past | Kw::Previous) => (-1, Rel::Last),
            Lex::Kw(Kw::Next | Kw::Coming | Kw::Upcoming | Kw::Following) => (1, Rel::Next),
            _ => return None,
        };
        let grain = match self.lex(j + 1) {
            Lex::Kw(Kw::Week) => Grain::Week,
            Lex::Kw(Kw::Month) => Grain::Month,
            Lex::Kw(Kw::Quarter) => Grain::Quarter,
            Lex::Kw(Kw::Year) => Grain::Year,
            Lex::Kw(Kw::Weekend) => {
                return Some((j + 2, Some(DateExpr::new(Point::Weekend { rel }))));
            }
            _ => return None,
        };
        if !self.left_ok(i) {
            return None;
        }
        Some((
            j + 2,
            Some(DateExpr::new(Point::Relative { grain, shift: s })),
        ))
    }

    /// An amount of units: "three", "3", "a", "a few", "a couple of".
    /// Returns (amount, next).
    fn amount_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.t.get(i)?;
        match (t.kind, t.lex) {
            (Kind::Num, _) if t.ndig <= 3 && t.val > 0 => Some((i32::try_from(t.val).ok()?, i + 1)),
            (Kind::Word, Lex::Card(n, _)) => match self.day_at(i, true) {
                Some((d, e, false)) => Some((i32::try_from(d).ok()?, e)),
                _ => Some((i32::try_from(n).ok()?, i + 1)),
            },
            (Kind::Word, Lex::Kw(Kw::A)) => match self.lex(i + 1) {
                Lex::Kw(Kw::Few) => Some((3, i + 2)),
                Lex::Kw(Kw::Couple) if self.kw(i + 2, Kw::Of) => Some((2, i + 3)),
                Lex::Kw(Kw::Couple) => Some((2, i + 2)),
                _ => Some((1, i + 1)),
            },
            (Kind::Word, Lex::Kw(Kw::Few)) => Some((3, i + 1)),
            _ => None,
        }
    }

    /// "three days ago", "a week ago", "two weeks from now", "a year hence",
    /// "in two weeks' time".
    fn offset(&self, i: usize) -> Option<Hit> {
        let with_in = self.kw(i, Kw::In);
        let start = if with_in { i + 1 } else { i };
        let (n, j) = self.amount_at(start)?;
        let unit = match self.lex(j) {
            Lex::Units(g) if n != 1 => g,
            Lex::Kw(Kw::Day) if n == 1 => Grain::Day,
            Lex::Kw(Kw::Week) if n == 1 => Grain::Week,
            Lex::Kw(Kw::Month) if n == 1 => Grain::Month,
            Lex::Kw(Kw::Year) if n == 1 => Grain::Year,
            _ => return None,
        };
        let k = j + 1;
        if with_in {
            // "in two weeks' time", "in a week's time"
            let mut e = k;
            if self.punct(e, b'\'') {
                e += 1;
                if self.kw(e, Kw::S) {
                    e += 1;
                }
            }
            if self.kw(e, Kw::Time) && e > k {
                return Some((
                    e + 1,
                    Some(DateExpr::new(Point::Offset {
                        unit,
                        amount: n,
                        base: 0,
                    })),
                ));
            }
            return None;
        }
        let day_word = |l: Lex| match l {
            Lex::Kw(Kw::Now | Kw::Today) => Some(0),
            Lex::Kw(Kw::Tomorrow) => Some(1),
            Lex::Kw(Kw::Yesterday) => Some(-1),
            _ => None,
        };
        let (sign, base, end) = match (self.lex(k), day_word(self.lex(k + 1))) {
            (Lex::Kw(Kw::Ago), _) => (-1, 0, k + 1),
            (Lex::Kw(Kw::Hence), _) => (1, 0, k + 1),
            (Lex::Kw(Kw::From | Kw::After), Some(b)) => (1, b, k + 2),
            (Lex::Kw(Kw::Before), Some(b)) if !self.kw(k + 1, Kw::Now) => (-1, b, k + 2),
            _ => return None,
        };
        if !self.left_ok(i) {
            return None;
        }
        Some((
            end,
            Some(DateExpr::new(Point::Offset {
                unit,
                amount: sign * n,
                base,
            })),
        ))
    }

    /// "Q1 2024", "2024 Q1", "2018Q4", "18q4", "the first quarter of 2024",
    /// "4th quarter 2018", "third qtr".
    fn quarter(&self, i: usize) -> Option<Hit> {
        let q_at = |k: usize| -> Option<(u32, usize)> {
            if self.kw(k, Kw::Q) {
                let n = self
                    .num(k + 1)
                    .filter(|t| t.ndig == 1 && (1..=4).contains(&t.val) && !t.gap)?;
                return Some((n.val, k + 2));
            }
            None
        };
        let t = self.t.get(i)?;
        if t.kind == Kind::Num && (t.ndig == 4 || t.ndig == 2) && self.lex(i + 1) != Lex::OrdSuffix
        {
            // "2018Q4", "18q4", "2017-q1", "2017 q1"
            let year = match t.ndig {
                4 => self.year4(i)?,
                2 => two_digit_year(t.val),
                _ => return None,
            };
            let mut k = i + 1;
            if self.punct(k, b'-') && self.attached(k) {
                k += 1;
            } else if t.ndig == 2 && !self.attached(k) {
                return None;
            }
            let (q, e) = q_at(k)?;
            if !self.left_ok(i) || !self.right_ok(e) {
                return None;
            }
            return Some((
                e,
                Some(DateExpr::new(Point::Quarter {
                    year: Some(year),
                    quarter: q,
                })),
            ));
        }
        if let Some((q, mut e)) = q_at(i) {
            if !self.left_ok(i) || !self.right_ok(e) {
                return None;
            }
            let mut year = None;
            if let Some(y) = self.year4(e) {
                year = Some(y);
                e += 1;
            } else if self.punct(e, b'-') || self.punct(e, b'\'') {
                if let Some(y) = self.year4(e + 1) {
                    year = Some(y);
                    e += 2;
                }
            } else if self.kw(e, Kw::Of)
                && let Some(y) = self.year4(e + 1)
            {
                year = Some(y);
                e += 2;
            }
            return Some((e, Some(DateExpr::new(Point::Quarter { year, quarter: q }))));
        }
        // "the first quarter of 2024", "4th quarter 2018"
        let mut j = i;
        if self.kw(j, Kw::The) {
            j += 1;
        }
        let (q, k) = match self.t.get(j) {
            Some(t) if t.kind == Kind::Word => match t.lex {
                Lex::Ord(q) => (q, j + 1),
                _ => return None,
            },
            Some(t)
                if t.kind == Kind::Num
                    && self.lex(j + 1) == Lex::OrdSuffix
                    && self.attached(j + 1) =>
            {
                (t.val, j + 2)
            }
            _ => return None,
        };
        if !(1..=4).contains(&q) || !self.kw(k, Kw::Quarter) {
            return None;
        }
        let mut e = k + 1;
        let mut year = None;
        if let Some(y) = self.year4(e) {
            year = Some(y);
            e += 1;
        } else if (self.kw(e, Kw::Of) || self.punct(e, b','))
            && let Some(y) = self.year4(e + 1)
        {
            year = Some(y);
            e += 2;
        }
        Some((e, Some(DateExpr::new(Point::Quarter { year, quarter: q }))))
    }

    /// "mid-2020", "early March", "late 2019", "the end of 2020", "the
    /// beginning of next year", "earlier this month".
    fn parted(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let part = if matches!(
            self.lex(j),
            Lex::Kw(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle)
        ) {
            let p = match self.lex(j) {
                Lex::Kw(Kw::End) => Part::Late,
                Lex::Kw(Kw::Beginning | Kw::Start) => Part::Early,
                Lex::Kw(Kw::Middle) => Part::Mid,
                _ => return None,
            };
            if !self.kw(j + 1, Kw::Of) {
                return None;
            }
            j += 2;
            p
        } else {
            let p = match self.lex(j) {
                Lex::Kw(Kw::Early | Kw::Earlier) => Part::Early,
                Lex::Kw(Kw::Mid) => Part::Mid,
                Lex::Kw(Kw::Late | Kw::Later) => Part::Late,
                _ => return None,
            };
            let comparative = matches!(self.lex(j), Lex::Kw(Kw::Earlier | Kw::Later));
            j += 1;
            let hyphen = self.punct(j, b'-') && self.attached(j);
            if hyphen || (comparative && self.kw(j, Kw::In) && self.kw(j + 1, Kw::The)) {
                j += 1;
            }
            p
        };
        if !self.left_ok(i) {
            return None;
        }
        // What follows must be a month, a year, a quarter or a relative
        // week, month or year.
        let (end, expr) = if let Some(y) = self.year4(j) {
            if !self.right_ok(j + 1) {
                return None;
            }
            // "mid-2020", but not a range "late 2019-2020"
            if (self.punct(j + 1, b'-') || self.kw(j + 1, Kw::To)) && self.num(j + 2).is_some() {
                return None;
            }
            (
                j + 1,
                Some(DateExpr::new(calendar(Some(y), None, None, None))),
            )
        } else if let Some((m, _, e)) = self.month_at(j) {
            match self.month_first(j) {
                Some((e2, Some(x))) if matches!(x.point, Point::Calendar { day: None, .. }) => {
                    (e2, Some(x))
                }
                _ => {
                    if self.num(e).is_some() {
                        return None;
                    }
                    (e, Some(DateExpr::new(calendar(None, Some(m), None, None))))
                }
            }
        } else if matches!(
            self.lex(j + usize::from(self.kw(j, Kw::The))),
            Lex::Kw(Kw::Week | Kw::Month | Kw::Year)
        ) {
            // "the end of the month", "end of year", "later in the year"
            let k = j + usize::from(self.kw(j, Kw::The));
            let grain = match self.lex(k) {
                Lex::Kw(Kw::Week) => Grain::Week,
                Lex::Kw(Kw::Month) => Grain::Month,
                _ => Grain::Year,
            };
            if !self.right_ok(k + 1) {
                return None;
            }
            (
                k + 1,
                Some(DateExpr::new(Point::Relative { grain, shift: 0 })),
            )
        } else {
            match self.relative(j).or_else(|| self.quarter(j)) {
                Some((e, Some(x)))
                    if matches!(
                        x.point,
                        Point::Relative {
                            grain: Grain::Week | Grain::Month | Grain::Quarter | Grain::Year,
                            ..
                        } | Point::Quarter { .. }
                    ) =>
                {
                    (e, Some(x))
                }
                _ => return None,
            }
        };
        let mut expr = expr?;
        expr.part = Some(part);
        Some((end, Some(expr)))
    }
}

impl Matcher<'_> {
    /// A holiday's name at `i`: the longest run of words (joined across
    /// apostrophes, hyphens and abbreviation dots) that names one. Returns
    /// (rule, end).
    fn holiday_name(&self, i: usize) -> Option<(HolidayRule, usize)> {
        if self.t.get(i)?.kind != Kind::Word {
            return None;
        }
        let mut key = [0u8; 32];
        let mut len = 0;
        let mut best = None;
        for j in i..self.t.len().min(i + 8) {
            let t = self.t[j];
            match t.kind {
                Kind::Word => {
                    let w = &self.text.as_bytes()[t.start..t.end];
                    if len + w.len() > key.len() || !w.is_ascii() {
                        break;
                    }
                    for (d, s) in key[len..].iter_mut().zip(w) {
                        *d = s.to_ascii_lowercase();
                    }
                    len += w.len();
                    let (rule, longer) = holiday_lookup(&key[..len]);
                    if let Some(rule) = rule {
                        best = Some((rule, j + 1));
                    }
                    if !longer {
                        break;
                    }
                }
                // "St. Patrick's", "MLK Jr. Day": a dot only after a short
                // word it is glued to.
                Kind::Punct(b'.')
                    if j > i && !t.gap && self.t[j - 1].end - self.t[j - 1].start <= 3 => {}
                // "Mother's", "Presidents'": an apostrophe before a
                // glued "s" or after a plural; not "King' Day".
                Kind::Punct(b'\'' | 0)
                    if j > i
                        && !t.gap
                        && ((self.kw(j + 1, Kw::S) && self.attached(j + 1))
                            || key[..len].ends_with(b"s")) => {}
                Kind::Punct(b'-') if j > i => {}
                _ => break,
            }
        }
        best
    }

    /// "Christmas", "Thanksgiving 2014", "next Easter", "last Labor Day",
    /// "Memorial Day of last year", "St. Patrick's Day".
    fn holiday(&self, i: usize) -> Option<Hit> {
        let (rel, j) = match self.lex(i) {
            Lex::Kw(Kw::Last | Kw::Past | Kw::Previous) => (Rel::Last, i + 1),
            Lex::Kw(Kw::Next | Kw::Coming | Kw::Upcoming | Kw::Following) => (Rel::Next, i + 1),
            Lex::Kw(Kw::This) => (Rel::This, i + 1),
            _ => (Rel::Bare, i),
        };
        if !self.left_ok(i) {
            return None;
        }
        let (rule, mut e) = self.holiday_name(j)?;
        // "Easter Island", "the Good Friday Agreement": a capitalized noun
        // after the name makes it part of another name.
        if let Some(t) = self.t.get(e)
            && t.kind == Kind::Word
            && t.cap
            && t.lex == Lex::None
        {
            return Some((e, None));
        }
        let mut year = None;
        let mut year_shift = None;
        if rel == Rel::Bare {
            if let Some(y) = self.year4(e).filter(|_| self.t[e].gap) {
                year = Some(y);
                e += 1;
            } else if (self.kw(e, Kw::Of) || self.kw(e, Kw::In) || self.punct(e, b','))
                && let Some(y) = self.year4(e + 1)
            {
                year = Some(y);
                e += 2;
            } else if self.kw(e, Kw::Of) && self.kw(e + 2, Kw::Year) {
                let s = match self.lex(e + 1) {
                    Lex::Kw(Kw::Next | Kw::Following) => Some(1),
                    Lex::Kw(Kw::This | Kw::Current) => Some(0),
                    Lex::Kw(Kw::Last | Kw::Previous) => Some(-1),
                    _ => None,
                };
                if s.is_some() {
                    year_shift = s;
                    e += 3;
                }
            }
        }
        if !self.right_ok(e) {
            return None;
        }
        Some((
            e,
            Some(DateExpr::new(Point::Holiday {
                rule,
                year,
                year_shift,
                rel,
            })),
        ))
    }

    /// One end of a range at `k`: a date the patterns read (with dashes
    /// allowed around it), or else a bare month, year or day number.
    /// Returns (end, point).
    fn range_end(&self, k: usize) -> Option<(usize, Point)> {
        let loose = Matcher {
            loose: true,
            ..*self
        };
        // "April in 2016", "26 June in 2019": the year may follow "in".
        let with_year = |e: usize, p: Point| -> (usize, Point) {
            if let Point::Calendar {
                year: None,
                month: Some(m),
                day,
                weekday,
            } = p
                && self.kw(e, Kw::In)
                && let Some(y) = self.year4(e + 1)
                && day.is_none_or(|d| valid(Some(y), m, d))
            {
                return (e + 2, calendar(Some(y), Some(m), day, weekday));
            }
            (e, p)
        };
        if self.kw(k, Kw::Now) {
            return Some((
                k + 1,
                Point::Relative {
                    grain: Grain::Day,
                    shift: 0,
                },
            ));
        }
        if let Some((e, Some(x))) = loose.core(k)
            && x.part.is_none()
            && x.modifier.is_none()
        {
            match x.point {
                Point::Calendar { .. } => return Some(with_year(e, x.point)),
                Point::Relative {
                    grain: Grain::Day, ..
                }
                | Point::Weekday { .. }
                | Point::Offset { .. }
                | Point::Holiday { .. } => return Some((e, x.point)),
                _ => {}
            }
        }
        if let Some((m, _, e)) = self.month_at(k) {
            // "may" in lowercase is the verb.
            if m == 5 && !self.t[k].cap && !self.cue_before(k) {
                return None;
            }
            return Some(with_year(e, calendar(None, Some(m), None, None)));
        }
        if let Some(y) = self.year4(k) {
            return Some((k + 1, calendar(Some(y), None, None, None)));
        }
        let (d, e, _) = self.day_at(k, false)?;
        (self.t[k].kind == Kind::Num).then(|| (e, calendar(None, None, Some(d), None)))
    }

    /// "from March to May", "between 2014 and 2018", "Jan-Feb 2017",
    /// "November 18-19", "from 10/1 to 11/7", "26 June to 28 June in 2020".
    /// Year ranges joined by a dash alone ("2009-2021") stay non-dates:
    /// page furniture and seasons write them so.
    fn range(&self, i: usize) -> Option<Hit> {
        // Cheap test first: a connector must come within a few tokens.
        let window = self.t.len().min(i + 10);
        if !(i + 1..window).any(|j| {
            matches!(
                self.lex(j),
                Lex::Kw(Kw::To | Kw::Till | Kw::Until | Kw::Through | Kw::And)
            ) || self.punct(j, b'-')
                || self.punct(j, b'~')
        }) {
            return None;
        }
        let cue = matches!(self.lex(i), Lex::Kw(Kw::From | Kw::Between));
        let between = self.kw(i, Kw::Between);
        // "and" joins ends only after "between": "2014 and 2018" alone is
        // two years.
        let s = if cue { i + 1 } else { i };
        if !self.left_ok(i) {
            return None;
        }
        let s = s + usize::from(self.kw(s, Kw::The));
        let (k, mut a) = self.range_end(s)?;
        let dash = self.punct(k, b'-') || self.punct(k, b'~');
        let word = match self.lex(k) {
            Lex::Kw(Kw::To | Kw::Till | Kw::Until | Kw::Through) => true,
            Lex::Kw(Kw::And) => {
                between && self.text[self.t[k].start..self.t[k].end].eq_ignore_ascii_case("and")
            }
            _ => false,
        };
        if !(dash || word) {
            return None;
        }
        let b0 = k + 1 + usize::from(self.kw(k + 1, Kw::The));
        let (mut e, mut b) = self.range_end(b0)?;
        // A year after the second end: "26 June to 28 June in 2020",
        // "5/1-5/7, 2020", "Nov 18-Dec 19, 2015".
        let mut trailing = None;
        if (self.punct(e, b',') || self.kw(e, Kw::In) || self.kw(e, Kw::Of))
            && let Some(y) = self.year4(e + 1)
        {
            trailing = Some(y);
            e += 2;
        }
        let fields = |p: &Point| match *p {
            Point::Calendar {
                year, month, day, ..
            } => Some((year, month, day)),
            _ => None,
        };
        // An end that is not a calendar date ("now", "next Friday",
        // "Christmas") needs a cue and a calendar date or a like end.
        if fields(&a).is_none() || fields(&b).is_none() {
            let whole = |p: &Point| match *p {
                Point::Calendar {
                    month, day, year, ..
                } => month.is_some() || (year.is_some() && day.is_none()),
                _ => true,
            };
            if !cue || !whole(&a) || !whole(&b) || trailing.is_some() || !self.right_ok(e) {
                return None;
            }
            return Some((
                e,
                Some(DateExpr::new(Point::Range {
                    from: Box::new(a),
                    to: Box::new(b),
                })),
            ));
        }
        let (mut ay, mut am, ad) = fields(&a)?;
        let (mut by, mut bm, bd) = fields(&b)?;
        if let Some(y) = trailing {
            if by.is_some() {
                return None;
            }
            by = Some(y);
        }
        let year_only = |y: Option<i32>, m: Option<u32>, d: Option<u32>| {
            y.is_some() && m.is_none() && d.is_none()
        };
        if year_only(ay, am, ad) != year_only(by, bm, bd) && (am.is_none() || bm.is_none()) {
            // "2014 through May 2018" is fine; "3 to 2018" is not.
            if ad.is_some() || bd.is_some() && bm.is_none() {
                return None;
            }
        }
        if year_only(ay, am, ad) && year_only(by, bm, bd) && !cue && dash {
            // "2009-2021": skip it whole.
            return Some((e, None));
        }
        // A day alone takes the other end's month: "between 3 and 12 of
        // Sept", "November 18-19".
        if am.is_none() && ad.is_some() {
            am = bm;
            ay = ay.or(by);
        }
        if bm.is_none() && bd.is_some() {
            bm = am;
        }
        if (am.is_none() && ad.is_some()) || (bm.is_none() && bd.is_some()) {
            return None;
        }
        if ay.is_none() && am.is_none() || by.is_none() && bm.is_none() {
            return None;
        }
        // Without a cue, two numbers joined by a dash are a score or a
        // span of pages unless a month is written out.
        let words = |x: usize, y: usize| (x..y).any(|j| matches!(self.lex(j), Lex::Month(..)));
        if !cue && dash && !words(s, e) && (ad.is_none() || ay.is_none() && by.is_none()) {
            // "10/1-11/7" needs "from" or "between"; "5/1/2019-5/7/2020" is
            // clear enough with years on both ends.
            if !(ay.is_some() && by.is_some()) {
                return None;
            }
        }
        // Fill a missing year from the other end.
        if let (None, Some(y)) = (ay, by)
            && am.is_some()
        {
            let later = (am, ad.unwrap_or(1)) > (bm, bd.unwrap_or(1)) && bm.is_some();
            ay = Some(if later { y - 1 } else { y });
        }
        if let (Some(y), None) = (ay, by)
            && bm.is_some()
            && !year_only(ay, am, ad)
        {
            let earlier = (bm, bd.unwrap_or(1)) < (am, ad.unwrap_or(1));
            by = Some(if earlier { y + 1 } else { y });
        }
        for (y, m, d) in [(ay, am, ad), (by, bm, bd)] {
            if let (Some(m), Some(d)) = (m, d)
                && !valid(y, m, d)
            {
                return None;
            }
        }
        if !self.right_ok(e) {
            return None;
        }
        a = calendar(ay, am, ad, None);
        b = calendar(by, bm, bd, None);
        Some((
            e,
            Some(DateExpr::new(Point::Range {
                from: Box::new(a),
                to: Box::new(b),
            })),
        ))
    }

    /// "the upcoming two weeks", "two upcoming months": the period that
    /// many units after the reference's.
    fn upcoming_n(&self, i: usize) -> Option<Hit> {
        let (n, k) = if self.kw(i, Kw::Upcoming) {
            self.amount_at(i + 1)?
        } else {
            let (n, k) = self.amount_at(i)?;
            if !self.kw(k, Kw::Upcoming) {
                return None;
            }
            (n, k + 1)
        };
        let grain = match self.lex(k) {
            Lex::Units(g) => g,
            Lex::Kw(Kw::Day) => Grain::Day,
            Lex::Kw(Kw::Week) => Grain::Week,
            Lex::Kw(Kw::Month) => Grain::Month,
            Lex::Kw(Kw::Quarter) => Grain::Quarter,
            Lex::Kw(Kw::Year) => Grain::Year,
            _ => return None,
        };
        if !self.left_ok(i) || !self.right_ok(k + 1) {
            return None;
        }
        Some((
            k + 1,
            Some(DateExpr::new(Point::Relative { grain, shift: n })),
        ))
    }

    /// "the first Tuesday of October", "last Monday of March 2014", "the
    /// third day of October", "the last day of next month", "first Monday
    /// in the month".
    fn nth_of_month(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        if self.kw(j, Kw::The) {
            j += 1;
        }
        let t = self.t.get(j)?;
        let n = match (t.kind, t.lex) {
            (Kind::Word, Lex::Ord(n)) if n <= 31 => i32::try_from(n).ok()?,
            (Kind::Word, Lex::Kw(Kw::Last)) => -1,
            (Kind::Num, _)
                if t.ndig <= 2
                    && t.val >= 1
                    && self.lex(j + 1) == Lex::OrdSuffix
                    && self.attached(j + 1) =>
            {
                j += 1;
                i32::try_from(t.val).ok()?
            }
            _ => return None,
        };
        j += 1;
        let weekday = match self.lex(j) {
            Lex::Weekday(w, true) => Some(w),
            Lex::Kw(Kw::Day) => None,
            _ => return None,
        };
        if weekday.is_some() && n > 5 {
            return None;
        }
        j += 1;
        if !(self.kw(j, Kw::Of) || self.kw(j, Kw::In)) {
            return None;
        }
        j += 1;
        let (month, e) = if let Some((m, _, k)) = self.month_at(j) {
            let (year, e) = match self.year4(k) {
                Some(y) => (Some(y), k + 1),
                None => (None, k),
            };
            (MonthRef::Named { month: m, year }, e)
        } else {
            let k = j + usize::from(self.kw(j, Kw::The));
            let (shift, e) = match (self.lex(k), self.lex(k + 1)) {
                (Lex::Kw(Kw::This | Kw::Current), Lex::Kw(Kw::Month)) => (0, k + 2),
                (Lex::Kw(Kw::Next | Kw::Following), Lex::Kw(Kw::Month)) => (1, k + 2),
                (Lex::Kw(Kw::Last | Kw::Previous | Kw::Past), Lex::Kw(Kw::Month)) => (-1, k + 2),
                (Lex::Kw(Kw::Month), _) if k > j => (0, k + 1),
                _ => return None,
            };
            (MonthRef::Shift(shift), e)
        };
        if let MonthRef::Named { month, year } = month
            && weekday.is_none()
            && n > 0
            && !valid(year, month, u32::try_from(n).ok()?)
        {
            return None;
        }
        if !self.left_ok(i) || !self.right_ok(e) {
            return None;
        }
        Some((
            e,
            Some(DateExpr::new(Point::NthOfMonth { n, weekday, month })),
        ))
    }
}

impl Tok {
    fn kind_punct(&self) -> u8 {
        match self.kind {
            Kind::Punct(p) => p,
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{HOLIDAY_STARTS, HOLIDAYS};

    #[test]
    fn holiday_names_are_sorted_and_unique() {
        assert!(HOLIDAY_STARTS.windows(2).all(|w| w[0] < w[1]));
        assert!(HOLIDAYS.windows(2).all(|w| w[0].0 < w[1].0));
        // Every name starts with a start word.
        for (name, _) in HOLIDAYS {
            assert!(
                HOLIDAY_STARTS.iter().any(|s| name.starts_with(s))
                    || [
                        &b"april"[..],
                        b"august",
                        b"early",
                        b"late",
                        b"fourth",
                        b"day",
                        b"st"
                    ]
                    .iter()
                    .any(|s| name.starts_with(s)),
                "{}",
                String::from_utf8_lossy(name)
            );
        }
        assert!(
            HOLIDAYS
                .iter()
                .all(|(name, _)| name.iter().all(u8::is_ascii_lowercase))
        );
    }
}
