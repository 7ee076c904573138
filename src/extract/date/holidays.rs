//! Holidays: the rule that gives each one's date, and the date rule that
//! reads their names.
//!
//! The names live in the lexicon (`lexicon::calendar::HOLIDAY_NAMES`); the
//! table below says how each holiday falls in a year, in the spirit of
//! rustling-ontology's celebration rules. Only rules that hold every year
//! are kept: holidays of lunar calendars are not recognized.

use chrono::{Datelike, Months, NaiveDate, TimeDelta, Weekday};

use super::expr::{DateExpr, HolidayRule, Point, Rel};
use super::reader::{Hit, Reader};
use crate::extract::token::Tk;
use crate::lexicon::calendar::{self, Cal, Holiday, Kw};

/// How each holiday's date is found in a given year.
pub(super) fn rule_of(holiday: Holiday) -> HolidayRule {
    use HolidayRule::{Easter, OrthodoxEaster};
    use Weekday::{Mon, Sat, Sun, Thu};
    match holiday {
        Holiday::NewYearsDay => fixed(1, 1),
        Holiday::Epiphany => fixed(1, 6),
        Holiday::MlkDay => nth(1, Mon, 3, 0),
        Holiday::GroundhogDay => fixed(2, 2),
        Holiday::LincolnsBirthday => fixed(2, 12),
        Holiday::ValentinesDay => fixed(2, 14),
        Holiday::PresidentsDay => nth(2, Mon, 3, 0),
        Holiday::FamilyDay => nth(2, Mon, 3, 0),
        Holiday::StPatricksDay => fixed(3, 17),
        Holiday::DaylightSavingStart => nth(3, Sun, 2, 0),
        Holiday::AprilFoolsDay => fixed(4, 1),
        Holiday::SiblingsDay => fixed(4, 10),
        Holiday::EarthDay => fixed(4, 22),
        Holiday::AnzacDay => fixed(4, 25),
        // The Wednesday before the last Saturday of April.
        Holiday::AdministrativeProfessionalsDay => nth(4, Sat, -1, -3),
        Holiday::WorkersDay => fixed(5, 1),
        Holiday::EarlyMayBank => nth(5, Mon, 1, 0),
        Holiday::MothersDay => nth(5, Sun, 2, 0),
        Holiday::VictoriaDay => HolidayRule::WeekdayOnOrBefore {
            month: 5,
            day: 24,
            weekday: Mon,
        },
        Holiday::MemorialDay => nth(5, Mon, -1, 0),
        Holiday::SpringBank => nth(5, Mon, -1, 0),
        Holiday::FlagDay => fixed(6, 14),
        Holiday::FathersDay => nth(6, Sun, 3, 0),
        Holiday::Juneteenth => fixed(6, 19),
        Holiday::CanadaDay => fixed(7, 1),
        Holiday::IndependenceDay => fixed(7, 4),
        Holiday::OrangemensDay => fixed(7, 12),
        Holiday::Civic => nth(8, Mon, 1, 0),
        Holiday::SummerBank => nth(8, Mon, -1, 0),
        Holiday::LaborDay => nth(9, Mon, 1, 0),
        // The Sunday after Labor Day.
        Holiday::GrandparentsDay => nth(9, Mon, 1, 6),
        Holiday::PatriotDay => fixed(9, 11),
        Holiday::ColumbusDay => nth(10, Mon, 2, 0),
        Holiday::BossesDay => HolidayRule::NearestWeekday { month: 10, day: 16 },
        Holiday::Halloween => fixed(10, 31),
        Holiday::DaylightSavingEnd => nth(11, Sun, 1, 0),
        Holiday::GuyFawkesNight => fixed(11, 5),
        // The Tuesday after the first Monday of November.
        Holiday::ElectionDay => nth(11, Mon, 1, 1),
        Holiday::ArmisticeDay => fixed(11, 11),
        Holiday::VeteransDay => fixed(11, 11),
        Holiday::Thanksgiving => nth(11, Thu, 4, 0),
        Holiday::BlackFriday => nth(11, Thu, 4, 1),
        Holiday::CyberMonday => nth(11, Thu, 4, 4),
        Holiday::DayOfReconciliation => fixed(12, 16),
        Holiday::ChristmasEve => fixed(12, 24),
        Holiday::Christmas => fixed(12, 25),
        Holiday::BoxingDay => fixed(12, 26),
        Holiday::RizalDay => fixed(12, 30),
        Holiday::NewYearsEve => fixed(12, 31),
        Holiday::MardiGras => Easter(-47),
        Holiday::AshWednesday => Easter(-46),
        Holiday::MotheringSunday => Easter(-21),
        Holiday::PalmSunday => Easter(-7),
        Holiday::MaundyThursday => Easter(-3),
        Holiday::GoodFriday => Easter(-2),
        Holiday::HolySaturday => Easter(-1),
        Holiday::Easter => Easter(0),
        Holiday::EasterMonday => Easter(1),
        Holiday::Ascension => Easter(39),
        Holiday::Pentecost => Easter(49),
        Holiday::WhitMonday => Easter(50),
        Holiday::TrinitySunday => Easter(56),
        Holiday::CorpusChristi => Easter(60),
        Holiday::CleanMonday => OrthodoxEaster(-48),
        Holiday::LazarusSaturday => OrthodoxEaster(-8),
        Holiday::OrthodoxGoodFriday => OrthodoxEaster(-2),
        Holiday::OrthodoxEaster => OrthodoxEaster(0),
    }
}

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

impl HolidayRule {
    /// The day the rule gives in year `y`, or `None` outside chrono's
    /// range (and before 1583 for the Easter rules).
    pub(crate) fn date_in(self, y: i32) -> Option<NaiveDate> {
        match self {
            HolidayRule::Fixed { month, day } => NaiveDate::from_ymd_opt(y, month, day),
            HolidayRule::NthWeekday {
                month,
                weekday,
                n,
                offset,
            } => add_days(nth_of_month(y, month, n, Some(weekday))?, i64::from(offset)),
            HolidayRule::NearestWeekday { month, day } => {
                let d = NaiveDate::from_ymd_opt(y, month, day)?;
                match d.weekday() {
                    Weekday::Sat => add_days(d, -1),
                    Weekday::Sun => add_days(d, 1),
                    _ => Some(d),
                }
            }
            HolidayRule::WeekdayOnOrBefore {
                month,
                day,
                weekday,
            } => {
                let d = NaiveDate::from_ymd_opt(y, month, day)?;
                let back = (i64::from(d.weekday().num_days_from_monday())
                    - i64::from(weekday.num_days_from_monday()))
                .rem_euclid(7);
                add_days(d, -back)
            }
            HolidayRule::Easter(offset) => add_days(easter(y)?, i64::from(offset)),
            HolidayRule::OrthodoxEaster(offset) => add_days(orthodox_easter(y)?, i64::from(offset)),
        }
    }
}

/// Western Easter Sunday of year `y` (the Gregorian computus, in the
/// form published by Meeus).
fn easter(y: i32) -> Option<NaiveDate> {
    if y < 1583 {
        return None;
    }
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Orthodox Easter Sunday of year `y`: the Julian computus, moved to the
/// Gregorian calendar.
fn orthodox_easter(y: i32) -> Option<NaiveDate> {
    if y < 1583 {
        return None;
    }
    let a = y % 4;
    let b = y % 7;
    let c = y % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // The Julian date, then the calendars' gap in days for that century.
    let julian = NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)?;
    let gap = y / 100 - y / 400 - 2;
    add_days(julian, i64::from(gap))
}

/// The `n`th `weekday` of a month (from the end when `n` is negative), or
/// without a weekday its `n`th day (`-1` the last).
pub(crate) fn nth_of_month(y: i32, m: u32, n: i32, weekday: Option<Weekday>) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    let d = match (weekday, n.signum()) {
        (None, 1) => add_days(first, i64::from(n) - 1)?,
        (None, -1) => add_days(last, i64::from(n) + 1)?,
        (Some(w), 1) => {
            let ahead = (i64::from(w.num_days_from_monday())
                - i64::from(first.weekday().num_days_from_monday()))
            .rem_euclid(7);
            add_days(first, ahead + 7 * (i64::from(n) - 1))?
        }
        (Some(w), -1) => {
            let back = (i64::from(last.weekday().num_days_from_monday())
                - i64::from(w.num_days_from_monday()))
            .rem_euclid(7);
            add_days(last, -back - 7 * (i64::from(-n) - 1))?
        }
        _ => return None,
    };
    (d.month() == m).then_some(d)
}

/// `d` moved by `n` days, or `None` outside chrono's range.
fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(TimeDelta::try_days(n)?)
}

impl Reader<'_, '_> {
    /// A holiday's name at `i`: the longest run of words (joined across
    /// apostrophes, hyphens and abbreviation dots) that names one. Returns
    /// (rule, end).
    pub(super) fn holiday_name(&self, i: usize) -> Option<(HolidayRule, usize)> {
        if !self.is_word(i) {
            return None;
        }
        // The words' letters, lowercase, read into a walk through the
        // names as they come; the longest run that names a holiday, and the
        // token after it.
        let mut key = [0u8; 32];
        let mut len = 0;
        let mut walk = calendar::NameWalk::new()?;
        let mut found = None;
        for j in i..self.t.len().min(i + 8) {
            let t = &self.t[j];
            match (t.kind, self.symbol_at(j)) {
                (Tk::Word, _) => {
                    let w = t.text.as_bytes();
                    if len + w.len() > key.len() || !w.is_ascii() {
                        break;
                    }
                    for (d, s) in key[len..].iter_mut().zip(w) {
                        *d = s.to_ascii_lowercase();
                    }
                    // No name begins so: no longer run names one.
                    if !walk.read(&key[len..len + w.len()]) {
                        break;
                    }
                    len += w.len();
                    if let Some(h) = walk.holiday() {
                        found = Some((rule_of(h), j + 1));
                    }
                }
                // "St. Patrick's", "MLK Jr. Day": a dot only after a short
                // word it is glued to.
                (_, b'.') if j > i && !t.space_before && self.text(j - 1).len() <= 3 => {}
                // "Mother's", "Presidents'": an apostrophe before a
                // glued "s" or after a plural; not "King' Day".
                (Tk::Punct(_), b'\'' | 0)
                    if j > i
                        && !t.space_before
                        && ((self.kw(j + 1, Kw::S) && self.attached(j + 1))
                            || key[..len].ends_with(b"s")) => {}
                (_, b'-') if j > i => {}
                _ => break,
            }
        }
        found
    }

    /// "Christmas", "Thanksgiving 2014", "next Easter", "last Labor Day",
    /// "Memorial Day of last year", "St. Patrick's Day".
    pub(super) fn holiday(&self, i: usize) -> Option<Hit> {
        let (rel, j) = match self.lex(i) {
            Cal::Kw(Kw::Last | Kw::Past | Kw::Previous) => (Rel::Last, i + 1),
            Cal::Kw(Kw::Next | Kw::Coming | Kw::Upcoming | Kw::Following) => (Rel::Next, i + 1),
            Cal::Kw(Kw::This) => (Rel::This, i + 1),
            _ => (Rel::Bare, i),
        };
        if !self.left_ok(i) {
            return None;
        }
        let (rule, mut e) = self.holiday_name(j)?;
        // "Easter Island", "the Good Friday Agreement": a capitalized noun
        // after the name makes it part of another name.
        if self.cap(e) && self.lex(e) == Cal::None {
            return Some((e, None));
        }
        let mut year = None;
        let mut year_shift = None;
        if rel == Rel::Bare {
            if let Some(y) = self.year4(e).filter(|_| self.gap(e)) {
                year = Some(y);
                e += 1;
            } else if (self.kw(e, Kw::Of) || self.kw(e, Kw::In) || self.punct(e, b','))
                && let Some(y) = self.year4(e + 1)
            {
                year = Some(y);
                e += 2;
            } else if self.kw(e, Kw::Of) && self.kw(e + 2, Kw::Year) {
                let s = match self.lex(e + 1) {
                    Cal::Kw(Kw::Next | Kw::Following) => Some(1),
                    Cal::Kw(Kw::This | Kw::Current) => Some(0),
                    Cal::Kw(Kw::Last | Kw::Previous) => Some(-1),
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
}
