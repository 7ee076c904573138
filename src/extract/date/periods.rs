//! The rules that read weeks and stretches of a period: "the last week of
//! September 2014", "the first week of 2015", "the week of October 6th",
//! "Friday after next", "the week after next", "the next three days",
//! "the past two quarters", "the first three months of 2021".

use super::expr::{DateExpr, Period, Point, Rel};
use super::reader::{Hit, Reader, calendar};
use crate::lexicon::calendar::{Cal, Kw};

impl Reader<'_, '_> {
    /// An ordinal that counts weeks or units in a period, and the token
    /// after it: "first" (1), "3rd" (3), "last" (-1), "third last" (-3),
    /// "2nd last" (-2).
    fn nth_at(&self, j: usize) -> Option<(i32, usize)> {
        let (n, k) = match (self.num(j), self.lex(j)) {
            (None, Cal::Ord(n)) => (n, j + 1),
            (None, Cal::Kw(Kw::Last)) => return Some((-1, j + 1)),
            (Some(t), _)
                if t.ndig <= 2 && self.lex(j + 1) == Cal::OrdSuffix && self.attached(j + 1) =>
            {
                (t.val, j + 2)
            }
            _ => return None,
        };
        let n = i32::try_from(n).ok().filter(|n| (1..=53).contains(n))?;
        if self.kw(k, Kw::Last) {
            return Some((-n, k + 1));
        }
        Some((n, k))
    }

    /// The period after "of" at `k`: a month ("September 2014", "this
    /// month", "Dec 2016"), a quarter, or a year ("2016", "next year",
    /// "the year"). Returns (end, period).
    fn period_at(&self, k: usize) -> Option<(usize, Point)> {
        // "the year", "the month": the current one.
        if self.kw(k, Kw::The) {
            let grain = match self.lex(k + 1) {
                Cal::Kw(Kw::Year) => Some(Period::Year),
                Cal::Kw(Kw::Month) => Some(Period::Month),
                Cal::Kw(Kw::Quarter) => Some(Period::Quarter),
                _ => None,
            };
            if let Some(grain) = grain
                && self.right_ok(k + 2)
            {
                return Some((k + 2, Point::Relative { grain, shift: 0 }));
            }
        }
        // "of" licenses a bare year or month: "the last week of 2016", "the
        // 3rd week of Jan".
        let bare_month = || {
            let (m, _, e) = self.month_at(k)?;
            let verb = m == super::VERB_MONTH && !self.cap(k);
            (!verb && self.num(e).is_none() && self.right_ok(e))
                .then(|| (e, Some(DateExpr::new(calendar(None, Some(m), None, None)))))
        };
        let hit = self
            .core(k)
            .or_else(|| self.year_licensed(k, true))
            .or_else(bare_month);
        let (end, expr) = match hit? {
            (end, Some(e)) if e.part.is_none() && e.modifier.is_none() => (end, e),
            _ => return None,
        };
        let period = match expr.point {
            p @ (Point::Calendar { day: None, .. }
            | Point::NamedMonth { .. }
            | Point::Quarter { .. }
            | Point::Relative {
                grain: Period::Month | Period::Quarter | Period::Year,
                ..
            }) => p,
            _ => return None,
        };
        Some((end, period))
    }

    /// "the last week of September 2014", "first week of 2015", "the third
    /// last week of 2018", "the week of October 6th", "Friday after next",
    /// "the week after next".
    pub(super) fn week_of(&self, i: usize) -> Option<Hit> {
        if !self.left_ok(i) {
            return None;
        }
        // "Friday after next": the Friday a week after the coming one.
        if let Cal::Weekday(w, true) = self.lex(i)
            && self.kw(i + 1, Kw::After)
            && self.kw(i + 2, Kw::Next)
            && self.right_ok(i + 3)
        {
            let base = Point::Weekday {
                weekday: w,
                rel: Rel::Coming,
            };
            return Some((
                i + 3,
                Some(DateExpr::new(Point::Shifted {
                    base: Box::new(base),
                    unit: Period::Week,
                    amount: 1,
                })),
            ));
        }
        let j = i + usize::from(self.kw(i, Kw::The));
        // "the week after next"; "the week of October 6th".
        if self.kw(j, Kw::Week) && j > i {
            if self.kw(j + 1, Kw::After) && self.kw(j + 2, Kw::Next) && self.right_ok(j + 3) {
                let point = Point::Relative {
                    grain: Period::Week,
                    shift: 2,
                };
                return Some((j + 3, Some(DateExpr::new(point))));
            }
            if !self.kw(j + 1, Kw::Of) {
                return None;
            }
            let (end, day) = match self.core(j + 2)? {
                (end, Some(e)) if e.part.is_none() && e.modifier.is_none() => (end, e.point),
                _ => return None,
            };
            let one_day = match &day {
                Point::Calendar { month, day, .. } => month.is_some() && day.is_some(),
                Point::Weekday { .. } | Point::Holiday { .. } | Point::NthOfMonth { .. } => true,
                Point::Relative { grain, .. } => *grain == Period::Day,
                _ => false,
            };
            return one_day.then(|| (end, Some(DateExpr::new(Point::WeekOfDay(Box::new(day))))));
        }
        let (n, k) = self.nth_at(j)?;
        if !self.kw(k, Kw::Week) || !self.kw(k + 1, Kw::Of) {
            return None;
        }
        let (end, of) = self.period_at(k + 2)?;
        Some((
            end,
            Some(DateExpr::new(Point::WeekOf {
                n,
                of: Box::new(of),
            })),
        ))
    }

    /// "the next three days", "the past two quarters", "last 3 months",
    /// "the coming three quarters": that many units after or before the
    /// publication date (whole quarters after or before its quarter). The
    /// length of time stays a duration too.
    pub(super) fn counted_period(&self, i: usize) -> Option<Hit> {
        // "the" is left out of the quote, as before "next week".
        let j = i;
        let sign = match self.lex(j) {
            Cal::Kw(Kw::Next | Kw::Coming | Kw::Following | Kw::Upcoming) => 1,
            Cal::Kw(Kw::Last | Kw::Past | Kw::Previous) => -1,
            _ => return None,
        };
        let (n, k) = self.amount_at(j + 1)?;
        // "the next day", "last month" are other rows'; "the last few days"
        // counts nothing.
        let Cal::Units(unit) = self.lex(k) else {
            return None;
        };
        if n < 2 || self.num(j + 1).is_none() && !matches!(self.lex(j + 1), Cal::Card(..)) {
            return None;
        }
        // "the last three months of 2021" is a part of that year.
        if self.kw(k + 1, Kw::Of) || !self.left_ok(i) || !self.right_ok(k + 1) {
            return None;
        }
        Some((
            k + 1,
            Some(DateExpr::new(Point::Counted {
                unit,
                amount: sign * n,
            })),
        ))
    }

    /// "the first three months of 2021", "the last 3 weeks of this year",
    /// "first ten days of last year": that many units at the start or the
    /// end of a period.
    pub(super) fn portion_of(&self, i: usize) -> Option<Hit> {
        let j = i + usize::from(self.kw(i, Kw::The));
        let first = match self.lex(j) {
            Cal::Ord(1) => true,
            Cal::Kw(Kw::Last) => false,
            _ => return None,
        };
        let (n, k) = self.amount_at(j + 1)?;
        let Cal::Units(unit) = self.lex(k) else {
            return None;
        };
        if n < 2 || !self.kw(k + 1, Kw::Of) || !self.left_ok(i) {
            return None;
        }
        let (end, of) = self.period_at(k + 2)?;
        Some((
            end,
            Some(DateExpr::new(Point::Portion {
                unit,
                count: if first { n } else { -n },
                of: Box::new(of),
            })),
        ))
    }
}
