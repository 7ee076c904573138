//! The rules that read calendar fields: a month and a day, a day and a
//! month, a month or a year alone, digits ("2021-01-20", "1/20/2021") and
//! quarters.

use super::expr::{DateExpr, Point, Rel};
use super::reader::{Hit, Reader, calendar, symbol, two_digit_year, valid};
use crate::lexicon::calendar::{Cal, Kw, NOT_DATES};

impl Reader<'_, '_> {
    /// "January 20", "Jan. 20th, 2021", "Monday, Feb 18", "March 2024",
    /// "Oct-2", "September the twenty-first", "April of 1987".
    pub(super) fn month_first(&self, i: usize) -> Option<Hit> {
        let (weekday, j) = match self.weekday_prefix(i) {
            Some((w, j)) => (Some(w), j),
            None => (None, i),
        };
        let (month, _full, mut k) = self.month_at(j)?;
        let lower_may = month == super::VERB_MONTH && !self.cap(j);
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
            let day_is_num = self.num(d).is_some();
            let mut end = e;
            let mut year = None;
            let sep = (d > k && !self.kw(k, Kw::The))
                .then(|| self.symbol_at(k))
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
            } else if let Some((y, ye)) = self.year_after(end, false).or_else(|| self.in_year(end))
            {
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
    pub(super) fn day_first(&self, i: usize) -> Option<Hit> {
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
        let is_num = self.num(j).is_some();
        let mut of = false;
        let mut sep = 0u8;
        if self.kw(k, Kw::Of) {
            of = true;
            k += 1;
        } else if (self.punct(k, b'-') || self.punct(k, b'/'))
            && self.attached(k)
            && self.attached(k + 1)
        {
            sep = self.symbol_at(k);
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
                Cal::Kw(Kw::Next | Kw::Following) => Some(1),
                Cal::Kw(Kw::This | Kw::Current) => Some(0),
                Cal::Kw(Kw::Last | Kw::Previous) => Some(-1),
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
        } else if let Some((y, ye)) = self.year_after(e, false).or_else(|| self.in_year(e)) {
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

    /// The year of a day and month given with "in": "28 June in 2020".
    /// Returns (year, end).
    fn in_year(&self, k: usize) -> Option<(i32, usize)> {
        if !self.kw(k, Kw::In) {
            return None;
        }
        let y = self.year4(k + 1)?;
        self.right_ok(k + 2).then_some((y, k + 2))
    }

    /// A month name alone after a licensing word: "in May", "since March",
    /// "last June", "this September".
    pub(super) fn month_alone(&self, i: usize) -> Option<Hit> {
        let (rel, j) = match self.lex(i) {
            Cal::Kw(Kw::Last | Kw::Past | Kw::Previous) => (Rel::Last, i + 1),
            Cal::Kw(Kw::Next | Kw::Coming | Kw::Following | Kw::Upcoming) => (Rel::Next, i + 1),
            Cal::Kw(Kw::This) => (Rel::This, i + 1),
            _ => (Rel::Bare, i),
        };
        let Cal::Month(month, full) = self.lex(j) else {
            return None;
        };
        if rel == Rel::Bare && !self.cue_before(i) {
            return None;
        }
        if !full && rel == Rel::Bare && !self.cap(j) {
            return None;
        }
        // "may" in lowercase is the verb unless "in", "since"... precede it.
        if month == super::VERB_MONTH && !self.cap(j) && !self.cue_before(j) {
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
    pub(super) fn day_alone(&self, i: usize) -> Option<Hit> {
        if !self.kw(i, Kw::The) || i == 0 {
            return None;
        }
        let cue = matches!(
            self.lex(i - 1),
            Cal::Kw(Kw::On | Kw::By | Kw::Until | Kw::Till | Kw::Since | Kw::Before | Kw::After)
        ) || self.text(i - 1).eq_ignore_ascii_case("for");
        if !cue {
            return None;
        }
        self.num(i + 1)?;
        let (day, end, ordinal) = self.day_at(i + 1, false)?;
        if !ordinal || !self.right_ok(end) {
            return None;
        }
        // Followed by a noun: "the 15th century", "the 3rd largest".
        if self.is_word(end)
            && !matches!(
                self.lex(end),
                Cal::Kw(Kw::And | Kw::Of | Kw::To | Kw::In | Kw::On | Kw::By)
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
    pub(super) fn numeric(&self, i: usize) -> Option<Hit> {
        let a = self.num(i)?;
        if !self.left_ok(i) {
            return None;
        }
        // Mixed fraction "1 1/2": a number right before.
        if i > 0 && self.num(i - 1).is_some() {
            return None;
        }
        let sep_at = |k: usize| -> Option<u8> {
            match self.t.get(k).and_then(symbol) {
                Some(p @ (b'-' | b'/' | b'.')) if !self.gap(k) && self.attached(k + 1) => Some(p),
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
        self.t.get(i + 2)?;
        if self.is_word(i + 2) {
            // "2019-sep-1", "2019/sep/01"
            let Cal::Month(m, _) = self.lex(i + 2) else {
                return None;
            };
            let y = self.year4(i)?;
            if sep_at(i + 3) != Some(s1) {
                return None;
            }
            let d = self.num(i + 4).filter(|t| t.ndig <= 2)?;
            return date(Some(y), m, Some(d.val), i + 5);
        }
        let b = self.num(i + 2)?;
        let s2 = sep_at(i + 3).filter(|&s| s == s1 || (s1 == b'/' && s == b','));
        let c = s2.and_then(|_| self.num(i + 4));
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
            if matches!(self.lex(end), Cal::Kw(Kw::Of) | Cal::OrdSuffix) || self.punct(end, b'%') {
                return None;
            }
            // "1/2 hour", "3/4 mile": a fraction of the unit after it.
            if self.unit_word(end) {
                return None;
            }
            // "24/7" is round the clock; "the 9/11 attacks" names events
            // by their day, as a label before a noun.
            let label = i > 0
                && self.lex(i - 1) == Cal::Kw(Kw::The)
                && self.is_word(end)
                && self.lex(end) == Cal::None;
            if label || NOT_DATES.contains(&(a.val, b.val)) {
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
    pub(super) fn year(&self, i: usize) -> Option<Hit> {
        // "the year 2008", "in the year of 2008".
        let after_year_word = i > 0
            && (self.kw(i - 1, Kw::Year)
                || (self.kw(i - 1, Kw::Of) && i > 1 && self.kw(i - 2, Kw::Year)));
        // "the fiscal year 2008" starts in another month: no calendar year.
        if after_year_word {
            let year_word = if self.kw(i - 1, Kw::Year) {
                i - 1
            } else {
                i - 2
            };
            if year_word > 0 && self.fiscal(year_word - 1) {
                return None;
            }
        }
        self.year_licensed(
            i,
            self.cue_before(i) || after_year_word || self.coordinated(i) || self.years_of(i),
        )
    }

    /// Whether the year at `i` is joined by "and", "or" or a comma to a
    /// year a licensing word stands before: the second year of "in 2007
    /// and 2009", the last of "in 2007, 2008 and 2009".
    fn coordinated(&self, i: usize) -> bool {
        let mut k = i;
        // A list is short; a run of years joined this way is no longer.
        for _ in 0..8 {
            let joined = k >= 2 && (self.kw(k - 1, Kw::And) || self.punct(k - 1, b','));
            if !joined || self.year4(k - 2).is_none() {
                return false;
            }
            k -= 2;
            if self.cue_before(k) || self.years_of(k) {
                return true;
            }
        }
        false
    }

    /// "sales of 2007 and 2009", "the floods of 2014 and 2016": years
    /// joined by "and" after "of". One year after "of" stays a number ("a
    /// total of 2008 votes"), as does a list before a plural noun it
    /// counts.
    fn years_of(&self, i: usize) -> bool {
        if i == 0 || !self.kw(i - 1, Kw::Of) || self.year4(i).is_none() {
            return false;
        }
        let mut k = i;
        while (self.kw(k + 1, Kw::And) || self.punct(k + 1, b',')) && self.year4(k + 2).is_some() {
            k += 2;
        }
        // "2007 and 2009 respondents" counts them; "2014 and 2016 left"
        // names the years.
        let counts = self.is_word(k + 1)
            && self.lex(k + 1) == Cal::None
            && self.text(k + 1).ends_with(['s', 'S']);
        k > i && !counts && self.right_ok(k + 1)
    }

    /// A bare year at `i`, as [`Reader::year`] reads it, where `licensed`
    /// says whether the words before it make it a date; a bound after it
    /// does too ("2018 or later").
    pub(super) fn year_licensed(&self, i: usize, licensed: bool) -> Option<Hit> {
        let y = self.year4(i)?;
        if !self.left_ok(i) {
            return None;
        }
        // "2017 April"
        if let Cal::Month(m, true) = self.lex(i + 1)
            && self.gap(i + 1)
            && self.right_ok(i + 2)
            && self.num(i + 2).is_none()
        {
            return Some((
                i + 2,
                Some(DateExpr::new(calendar(Some(y), Some(m), None, None))),
            ));
        }
        if !licensed && self.bound_after(i + 1).is_none() {
            return None;
        }
        // A range: "2009-2021", "2014 to 2018", "2019-20". "in 2007 and
        // 2009" names two years.
        let mut k = i + 1;
        let dash = self.punct(k, b'-') || self.punct(k, b'~');
        if dash
            || matches!(
                self.lex(k),
                Cal::Kw(Kw::To | Kw::Through | Kw::Till | Kw::Until)
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

    /// "Q1 2024", "2024 Q1", "2018Q4", "18q4", "the first quarter of 2024",
    /// "4th quarter 2018", "third qtr".
    pub(super) fn quarter(&self, i: usize) -> Option<Hit> {
        let q_at = |k: usize| -> Option<(u32, usize)> {
            if self.kw(k, Kw::Q) {
                let n = self
                    .num(k + 1)
                    .filter(|t| t.ndig == 1 && (1..=4).contains(&t.val) && !t.gap)?;
                return Some((n.val, k + 2));
            }
            None
        };
        if let Some(t) = self.num(i)
            && (t.ndig == 4 || t.ndig == 2)
            && self.lex(i + 1) != Cal::OrdSuffix
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
        let (q, k) = match (self.num(j), self.lex(j)) {
            (None, Cal::Ord(q)) => (q, j + 1),
            (Some(t), _) if self.lex(j + 1) == Cal::OrdSuffix && self.attached(j + 1) => {
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
        } else if self.kw(e, Kw::Of)
            && let Some((end, of)) = self.relative_year(e + 1)
        {
            // "the fourth quarter of last year"
            let point = Point::QuarterOf {
                quarter: q,
                of: Box::new(of),
            };
            return Some((end, Some(DateExpr::new(point))));
        }
        Some((e, Some(DateExpr::new(Point::Quarter { year, quarter: q }))))
    }

    /// "the 1990s", "1980s", "the 1970's": the ten years a decade spans,
    /// as a range of years.
    pub(super) fn decade(&self, i: usize) -> Option<Hit> {
        let y = self.year4(i).filter(|y| y % 10 == 0)?;
        if !self.left_ok(i) {
            return None;
        }
        let s = if self.punct(i + 1, b'\'') && self.attached(i + 1) {
            i + 2
        } else {
            i + 1
        };
        if !(self.attached(s) && self.text(s) == "s" && self.right_ok(s + 1)) {
            return None;
        }
        let point = Point::Range {
            from: Box::new(calendar(Some(y), None, None, None)),
            to: Box::new(calendar(Some(y + 9), None, None, None)),
        };
        Some((s + 1, Some(DateExpr::new(point))))
    }

    /// "next year's first quarter", "last year's fourth quarter": a quarter
    /// of a year named relative to today, the year first.
    pub(super) fn year_quarter(&self, i: usize) -> Option<Hit> {
        let (k, of) = self.relative_year(i)?;
        // "year's": the word, then the apostrophe and "s" as pieces.
        if !(matches!(self.symbol_at(k), b'\'') && self.attached(k) && self.text(k + 1) == "s") {
            return None;
        }
        let (q, j) = match (self.num(k + 2), self.lex(k + 2)) {
            (None, Cal::Ord(q)) => (q, k + 3),
            (Some(t), _) if self.lex(k + 3) == Cal::OrdSuffix && self.attached(k + 3) => {
                (t.val, k + 4)
            }
            _ => return None,
        };
        if !(1..=4).contains(&q) || !self.kw(j, Kw::Quarter) || !self.right_ok(j + 1) {
            return None;
        }
        let point = Point::QuarterOf {
            quarter: q,
            of: Box::new(of),
        };
        Some((j + 1, Some(DateExpr::new(point))))
    }

    /// "last year", "next year", "this year" at token `i`: the year and
    /// the token after it.
    fn relative_year(&self, i: usize) -> Option<(usize, Point)> {
        let shift = match self.lex(i) {
            Cal::Kw(Kw::Last | Kw::Previous | Kw::Past) => -1,
            Cal::Kw(Kw::This | Kw::Current) => 0,
            Cal::Kw(Kw::Next | Kw::Coming) => 1,
            _ => return None,
        };
        self.kw(i + 1, Kw::Year).then_some((
            i + 2,
            Point::Relative {
                grain: super::expr::Period::Year,
                shift,
            },
        ))
    }
}
