//! Date ranges: "from March to May", "between 2014 and 2018", "Jan-Feb
//! 2017", "November 18-19", "from 10/1 to 11/7".

use super::expr::{DateExpr, Period, Point};
use super::reader::{Hit, Reader, calendar, symbol, valid};
use crate::extract::token::{Tk, Token};
use crate::lexicon::calendar::{Cal, Kw};

/// Whether the token `t` joins the ends of a range with no "between"
/// before them (see [`Reader::joins`]).
pub(super) fn joins(t: &Token<'_>) -> bool {
    match t.kind {
        Tk::Word => matches!(t.cal, Cal::Kw(Kw::To | Kw::Till | Kw::Until | Kw::Through)),
        _ => matches!(symbol(t), Some(b'-' | b'~')),
    }
}

impl Reader<'_, '_> {
    /// One end of a range at `k`: a date the patterns read (with dashes
    /// allowed around it), or else a bare month, year or day number.
    /// Returns (end, point).
    pub(super) fn range_end(&self, k: usize) -> Option<(usize, Point)> {
        let loose = Reader {
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
                    grain: Period::Day,
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
                    grain: Period::Day, ..
                }
                | Point::Weekday { .. }
                | Point::Offset { .. }
                | Point::Holiday { .. } => return Some((e, x.point)),
                _ => {}
            }
        }
        if let Some((m, _, e)) = self.month_at(k) {
            // "may" in lowercase is the verb.
            if m == super::VERB_MONTH && !self.cap(k) && !self.cue_before(k) {
                return None;
            }
            return Some(with_year(e, calendar(None, Some(m), None, None)));
        }
        if let Some(y) = self.year4(k) {
            return Some((k + 1, calendar(Some(y), None, None, None)));
        }
        let (d, e, _) = self.day_at(k, false)?;
        (self.num(k).is_some()).then(|| (e, calendar(None, None, Some(d), None)))
    }

    /// Whether token `k` joins the ends of a range with no "between" before
    /// them: a dash, a tilde, "to", "till", "until" or "through".
    pub(super) fn joins(&self, k: usize) -> bool {
        self.t.get(k).is_some_and(joins)
    }

    /// "from March to May", "between 2014 and 2018", "Jan-Feb 2017",
    /// "November 18-19", "from 10/1 to 11/7", "26 June to 28 June in 2020".
    /// Year ranges joined by a dash alone ("2009-2021") stay non-dates:
    /// page furniture and seasons write them so.
    pub(super) fn range(&self, i: usize) -> Option<Hit> {
        // Cheapest test first: with no "between", the first end is
        // followed by a dash or "to", which must come after `i`.
        if !self.kw(i, Kw::Between) && self.last_join().is_none_or(|k| k <= i) {
            return None;
        }
        // Cheap test next: a connector must come within a few tokens, and
        // "and" is one only after "between".
        let between = self.kw(i, Kw::Between);
        let window = self.t.len().min(i + 10);
        let connector = |t: &Token<'_>| {
            joins(t) || (between && t.kind == Tk::Word && t.cal == Cal::Kw(Kw::And))
        };
        if !self
            .t
            .get(i + 1..window)
            .is_some_and(|near| near.iter().any(connector))
        {
            return None;
        }
        let cue = matches!(self.lex(i), Cal::Kw(Kw::From | Kw::Between));
        // "and" joins ends only after "between": "2014 and 2018" alone is
        // two years.
        let s = if cue { i + 1 } else { i };
        if !self.left_ok(i) {
            return None;
        }
        let s = s + usize::from(self.kw(s, Kw::The));
        let (k, mut a) = self.range_end(s)?;
        let dash = self.punct(k, b'-') || self.punct(k, b'~');
        let and = between && self.kw(k, Kw::And) && self.text(k).eq_ignore_ascii_case("and");
        if !(self.joins(k) || and) {
            return None;
        }
        debug_assert!(and || self.last_join().is_some_and(|l| l >= k));
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
        let words = |x: usize, y: usize| (x..y).any(|j| matches!(self.lex(j), Cal::Month(..)));
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
}
