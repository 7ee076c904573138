//! The rules that read dates relative to the reference: weekdays ("next
//! Friday"), relative periods ("last week", "the weekend"), offsets ("three
//! days ago"), parts of periods ("mid-2020", "the end of the month") and the
//! nth weekday of a month.

use super::expr::{DateExpr, Modifier, MonthRef, Part, Period, Point, Rel};
use super::reader::{Hit, Reader, calendar, valid};
use crate::lexicon::calendar::{
    AUXILIARIES, Cal, Kw, SPAN_AFTER, WEEKLY_THINGS, is_span_before, listed,
};

impl Reader<'_, '_> {
    /// "Tuesday", "next Friday", "last Tuesday", "this coming Friday",
    /// "Tuesday the 19th", "Friday of next week", "next week Sunday".
    pub(super) fn weekday(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let mut rel = Rel::Bare;
        // "next week Sunday", "last week's Sunday", "this week Friday".
        if let Some((r, k)) = self.week_rel(i) {
            let mut k = k;
            if self.kw(k, Kw::On) || self.punct(k, b'-') {
                k += 1;
            }
            if let Cal::Weekday(w, _) = self.lex(k) {
                return Some((
                    k + 1,
                    Some(DateExpr::new(Point::Weekday { weekday: w, rel: r })),
                ));
            }
        }
        // "this Friday", "this coming Friday", "this past Friday", and the
        // same words without "this".
        if self.kw(j, Kw::This) {
            j += 1;
            rel = Rel::Upcoming;
        }
        let then = match self.lex(j) {
            Cal::Kw(Kw::Coming | Kw::Upcoming) => Some(Rel::Coming),
            Cal::Kw(Kw::Past) => Some(Rel::Past),
            Cal::Kw(Kw::Next | Kw::Following) if rel == Rel::Bare => Some(Rel::Next),
            Cal::Kw(Kw::Last | Kw::Previous) if rel == Rel::Bare => Some(Rel::Last),
            _ => None,
        };
        if let Some(r) = then {
            j += 1;
            rel = r;
        }
        let Cal::Weekday(w, full) = self.lex(j) else {
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
        // "Friday prayers", "the Sunday Times": a thing of every week.
        if rel == Rel::Bare && self.is_word(end) && listed(WEEKLY_THINGS, self.text(end)) {
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
    pub(super) fn week_rel(&self, i: usize) -> Option<(Rel, usize)> {
        let mut j = i;
        if self.kw(j, Kw::The) {
            j += 1;
        }
        let rel = match self.lex(j) {
            Cal::Kw(Kw::Next | Kw::Following | Kw::Coming) => Rel::Next,
            Cal::Kw(Kw::Last | Kw::Previous | Kw::Past) => Rel::Last,
            Cal::Kw(Kw::This | Kw::Current) => Rel::This,
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
    pub(super) fn relative(&self, i: usize) -> Option<Hit> {
        let shift = |k: Kw| -> Option<i32> {
            match k {
                Kw::Today | Kw::Tonight => Some(0),
                Kw::Yesterday => Some(-1),
                Kw::Tomorrow => Some(1),
                _ => None,
            }
        };
        if let Cal::Kw(k) = self.lex(i)
            && let Some(s) = shift(k)
        {
            if !self.left_ok(i) {
                return None;
            }
            return Some((
                i + 1,
                Some(DateExpr::new(Point::Relative {
                    grain: Period::Day,
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
                    (Cal::Kw(Kw::Before), Cal::Kw(Kw::Yesterday)) => Some(-2),
                    (Cal::Kw(Kw::After), Cal::Kw(Kw::Tomorrow)) => Some(2),
                    _ => None,
                };
                if let Some(s) = s {
                    return Some((
                        j + 3,
                        Some(DateExpr::new(Point::Relative {
                            grain: Period::Day,
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
        // "the next quarter", "the following week": "the" is left out of
        // the quote, which starts at the relative word.
        if the && !matches!(self.lex(j + 1), Cal::Kw(Kw::Weekend)) {
            return None;
        }
        let (s, rel) = match self.lex(j) {
            Cal::Kw(Kw::This | Kw::Current) => (0, Rel::This),
            Cal::Kw(Kw::Last | Kw::Past | Kw::Previous) => (-1, Rel::Last),
            Cal::Kw(Kw::Next | Kw::Coming | Kw::Upcoming | Kw::Following) => (1, Rel::Next),
            _ => return None,
        };
        let grain = match self.lex(j + 1) {
            Cal::Kw(Kw::Week) => Period::Week,
            Cal::Kw(Kw::Month) => Period::Month,
            Cal::Kw(Kw::Quarter) => Period::Quarter,
            Cal::Kw(Kw::Year) => Period::Year,
            Cal::Kw(Kw::Weekend) => {
                return Some((j + 2, Some(DateExpr::new(Point::Weekend { rel }))));
            }
            _ => return None,
        };
        // "the last week of the campaign", "the last year of his term":
        // a part of something else, not the week before this one.
        if !self.left_ok(i) || self.kw(j + 2, Kw::Of) {
            return None;
        }
        Some((
            j + 2,
            Some(DateExpr::new(Point::Relative { grain, shift: s })),
        ))
    }

    /// "three days ago", "a week ago", "two weeks from now", "a year hence",
    /// "in two weeks' time", "three days after Easter", "2 weeks before May
    /// 13 1999"; with "more than" or "at least" before it, a bound: "more
    /// than two weeks ago" is before the day two weeks ago.
    pub(super) fn offset(&self, i: usize) -> Option<Hit> {
        let bound = match (self.lex(i), self.lex(i + 1)) {
            (Cal::Kw(Kw::More), Cal::Kw(Kw::Than)) => Some(true),
            (Cal::Kw(Kw::At), Cal::Kw(Kw::Least)) => Some(false),
            _ => None,
        };
        let Some(strict) = bound else {
            return self.counted(i);
        };
        if !self.left_ok(i) {
            return None;
        }
        let (end, mut e) = match self.counted(i + 2)? {
            (end, Some(e)) => (end, e),
            _ => return None,
        };
        let ahead = match &e.point {
            Point::Offset { amount, .. } | Point::Shifted { amount, .. } => *amount > 0,
            _ => return None,
        };
        e.modifier = Some(match (strict, ahead) {
            (true, true) => Modifier::After,
            (true, false) => Modifier::Before,
            (false, true) => Modifier::Since,
            (false, false) => Modifier::By,
        });
        Some((end, Some(e)))
    }

    /// A counted offset: [`Reader::offset`] without "more than".
    fn counted(&self, i: usize) -> Option<Hit> {
        let with_in = self.kw(i, Kw::In);
        let start = if with_in { i + 1 } else { i };
        let (n, j) = self.amount_at(start)?;
        let unit = match self.lex(j) {
            Cal::Units(g) if n != 1 => g,
            Cal::Kw(Kw::Day) if n == 1 => Period::Day,
            Cal::Kw(Kw::Week) if n == 1 => Period::Week,
            Cal::Kw(Kw::Month) if n == 1 => Period::Month,
            Cal::Kw(Kw::Year) if n == 1 => Period::Year,
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
            let end = if self.kw(e, Kw::Time) && e > k {
                e + 1
            } else if self.span_not_ahead(i, k) {
                return None;
            } else {
                k
            };
            if !self.left_ok(i) || !self.right_ok(end) {
                return None;
            }
            return Some((end, Some(DateExpr::new(Point::Ahead { unit, amount: n }))));
        }
        let day_word = |l: Cal| match l {
            Cal::Kw(Kw::Now | Kw::Today) => Some(0),
            Cal::Kw(Kw::Tomorrow) => Some(1),
            Cal::Kw(Kw::Yesterday) => Some(-1),
            _ => None,
        };
        let (sign, base, end) = match (self.lex(k), day_word(self.lex(k + 1))) {
            (Cal::Kw(Kw::Ago), _) => (-1, 0, k + 1),
            (Cal::Kw(Kw::Hence), _) => (1, 0, k + 1),
            (Cal::Kw(Kw::From | Kw::After), Some(b)) => (1, b, k + 2),
            (Cal::Kw(Kw::Before), Some(b)) if !self.kw(k + 1, Kw::Now) => (-1, b, k + 2),
            _ => return self.shifted(i, unit, n, k),
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

    /// "three days after Easter", "2 weeks before May 13 1999", "two months
    /// after next Friday": a date moved by a number of units. `i` starts
    /// the amount, `k` is the word after the unit. "for 90 days after April
    /// 2" and "90 days from April 2" are spans that start on the date, not
    /// a day 90 days on: the amount stays a duration.
    fn shifted(&self, i: usize, unit: Period, n: i32, k: usize) -> Option<Hit> {
        let sign = match self.lex(k) {
            Cal::Kw(Kw::After) => 1,
            Cal::Kw(Kw::Before) => -1,
            _ => return None,
        };
        let span = i > 0
            && (matches!(self.lex(i - 1), Cal::Kw(Kw::During | Kw::Throughout))
                || ["for", "over", "within"]
                    .iter()
                    .any(|w| self.text(i - 1).eq_ignore_ascii_case(w)));
        if span || !self.left_ok(i) {
            return None;
        }
        let (end, base) = match self.core(k + 1)? {
            (end, Some(e)) if e.part.is_none() && e.modifier.is_none() => (end, e.point),
            _ => return None,
        };
        if matches!(
            base,
            Point::Range { .. } | Point::Ahead { .. } | Point::Shifted { .. }
        ) {
            return None;
        }
        Some((
            end,
            Some(DateExpr::new(Point::Shifted {
                base: Box::new(base),
                unit,
                amount: sign * n,
            })),
        ))
    }

    /// Whether "in N units" from token `i` ("in") to `end` measures the
    /// span something happened in rather than a day ahead: after a
    /// superlative, a record or a verb of change ("the first time in 20
    /// years", "the lowest level in 14 months", "doubled in five years"),
    /// or before "of" or "straight" ("in two years of war").
    fn span_not_ahead(&self, i: usize, end: usize) -> bool {
        let word = |k: usize| self.is_word(k).then(|| self.text(k));
        if word(end).is_some_and(|w| listed(SPAN_AFTER, w))
            || (self.kw(end, Kw::In) && self.kw(end + 1, Kw::A) && word(end + 2) == Some("row"))
        {
            return true;
        }
        let from = i.saturating_sub(8);
        if (from..i).any(|k| word(k).is_some_and(is_span_before)) {
            return true;
        }
        // A past tense or participle just before: "doubled in five years",
        // "rose 5% in two years"; not "will be held in two weeks".
        (i.saturating_sub(3)..i).any(|k| {
            word(k).is_some_and(|w| {
                w.len() > 3
                    && w.get(w.len() - 2..)
                        .is_some_and(|e| e.eq_ignore_ascii_case("ed"))
                    && !(k > 0 && word(k - 1).is_some_and(|a| listed(AUXILIARIES, a)))
            })
        })
    }

    /// "mid-2020", "early March", "late 2019", "the end of 2020", "the
    /// beginning of next year", "earlier this month".
    pub(super) fn parted(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let part = if matches!(
            self.lex(j),
            Cal::Kw(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle)
        ) {
            let p = match self.lex(j) {
                Cal::Kw(Kw::End) => Part::Late,
                Cal::Kw(Kw::Beginning | Kw::Start) => Part::Early,
                Cal::Kw(Kw::Middle) => Part::Mid,
                _ => return None,
            };
            if !self.kw(j + 1, Kw::Of) {
                return None;
            }
            j += 2;
            p
        } else {
            let p = match self.lex(j) {
                Cal::Kw(Kw::Early | Kw::Earlier) => Part::Early,
                Cal::Kw(Kw::Mid) => Part::Mid,
                Cal::Kw(Kw::Late | Kw::Later) => Part::Late,
                _ => return None,
            };
            let comparative = matches!(self.lex(j), Cal::Kw(Kw::Earlier | Kw::Later));
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
            Cal::Kw(Kw::Week | Kw::Month | Kw::Year)
        ) {
            // "the end of the month", "end of year", "later in the year"
            let k = j + usize::from(self.kw(j, Kw::The));
            let grain = match self.lex(k) {
                Cal::Kw(Kw::Week) => Period::Week,
                Cal::Kw(Kw::Month) => Period::Month,
                _ => Period::Year,
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
                            grain: Period::Week | Period::Month | Period::Quarter | Period::Year,
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

    /// "the upcoming two weeks", "two upcoming months": the period that
    /// many units after the reference's.
    pub(super) fn upcoming_n(&self, i: usize) -> Option<Hit> {
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
            Cal::Units(g) => g,
            Cal::Kw(Kw::Day) => Period::Day,
            Cal::Kw(Kw::Week) => Period::Week,
            Cal::Kw(Kw::Month) => Period::Month,
            Cal::Kw(Kw::Quarter) => Period::Quarter,
            Cal::Kw(Kw::Year) => Period::Year,
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
    pub(super) fn nth_of_month(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        if self.kw(j, Kw::The) {
            j += 1;
        }
        let n = match (self.num(j), self.lex(j)) {
            (None, Cal::Ord(n)) if n <= 31 => i32::try_from(n).ok()?,
            (None, Cal::Kw(Kw::Last)) => -1,
            (Some(t), _)
                if t.ndig <= 2
                    && t.val >= 1
                    && self.lex(j + 1) == Cal::OrdSuffix
                    && self.attached(j + 1) =>
            {
                j += 1;
                i32::try_from(t.val).ok()?
            }
            _ => return None,
        };
        j += 1;
        let weekday = match self.lex(j) {
            Cal::Weekday(w, true) => Some(w),
            Cal::Kw(Kw::Day) => None,
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
                (Cal::Kw(Kw::This | Kw::Current), Cal::Kw(Kw::Month)) => (0, k + 2),
                (Cal::Kw(Kw::Next | Kw::Following), Cal::Kw(Kw::Month)) => (1, k + 2),
                (Cal::Kw(Kw::Last | Kw::Previous | Kw::Past), Cal::Kw(Kw::Month)) => (-1, k + 2),
                (Cal::Kw(Kw::Month), _) if k > j => (0, k + 1),
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
