//! Reading the tokens of one line for the date rules: what each token is,
//! whether it touches its neighbours, and the small pieces every rule
//! reads (a month name, a day, a year, an amount of units).

use std::cell::OnceCell;

use chrono::{NaiveDate, Weekday};

use super::expr::{DateExpr, Point};
use crate::extract::token::{Tk, Token};
use crate::lexicon;
use crate::lexicon::calendar::{Cal, Kw};

/// The end of a match (exclusive token index) and the expression, or `None`
/// for a recognized non-date to skip (a year range).
pub(super) type Hit = (usize, Option<DateExpr>);

/// The tokens of one line, as the date rules read them.
#[derive(Clone, Copy)]
pub(super) struct Reader<'a, 't> {
    /// The tokens.
    pub(super) t: &'a [Token<'t>],
    /// Inside a range: a dash or tilde may touch either side of a date.
    pub(super) loose: bool,
    /// The last token that can join the ends of a range with no "between"
    /// before them (see [`Reader::last_join`]), found on first use.
    pub(super) last_join: &'a OnceCell<Option<usize>>,
}

impl<'a, 't> Reader<'a, 't> {
    /// A reader of `toks`, outside any range, that keeps the last token
    /// that joins a range in `last_join`, empty at first.
    pub(super) fn new(toks: &'a [Token<'t>], last_join: &'a OnceCell<Option<usize>>) -> Self {
        Reader {
            t: toks,
            loose: false,
            last_join,
        }
    }

    /// The last token that can join the ends of a range with no "between"
    /// before them (see [`Reader::joins`]): a range starts before it or
    /// nowhere. Only the range row asks, and most lines it is never tried
    /// on: they are not searched.
    pub(super) fn last_join(&self) -> Option<usize> {
        *self
            .last_join
            .get_or_init(|| self.t.iter().rposition(super::range::joins))
    }
}

/// A run of digits: its value (saturating) and its length.
#[derive(Clone, Copy, Debug)]
pub(super) struct Num {
    pub(super) val: u32,
    pub(super) ndig: usize,
    /// White space comes right before it.
    pub(super) gap: bool,
}

/// The symbol a token stands for to the date rules: ASCII punctuation as
/// itself, every dash as `-`, any other character as 0. `None` for words
/// and digits.
pub(super) fn symbol(t: &Token<'_>) -> Option<u8> {
    match t.kind {
        Tk::Punct(c) if c.is_ascii() => u8::try_from(c).ok(),
        Tk::Punct('\u{2010}'..='\u{2015}' | '\u{2212}') => Some(b'-'),
        Tk::Punct(_) => Some(0),
        _ => None,
    }
}

/// The value of a run of digits, saturating at `u32::MAX`.
fn digits_value(text: &str) -> u32 {
    let digits = text.trim_start_matches('0');
    if digits.len() > 10 {
        return u32::MAX;
    }
    digits.bytes().fold(0u32, |v, b| {
        v.saturating_mul(10).saturating_add(u32::from(b - b'0'))
    })
}

/// A two-digit year: "74" is 1974, "15" is 2015.
pub(super) fn two_digit_year(v: u32) -> i32 {
    let v = i32::try_from(v).unwrap_or(0);
    if v < 50 { 2000 + v } else { 1900 + v }
}

/// Whether a month and day (and year, when known) make a real day; without
/// a year February has 29 days.
pub(super) fn valid(year: Option<i32>, month: u32, day: u32) -> bool {
    // 2000 was a leap year.
    NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).is_some()
}

/// Calendar fields as a point.
pub(super) fn calendar(
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

impl<'t> Reader<'_, 't> {
    /// What word `i` means to the date rules (`Cal::None` for anything but
    /// a word).
    pub(super) fn lex(&self, i: usize) -> Cal {
        self.t
            .get(i)
            .filter(|t| t.kind == Tk::Word)
            .map_or(Cal::None, |t| t.cal)
    }

    pub(super) fn kw(&self, i: usize, k: Kw) -> bool {
        self.lex(i) == Cal::Kw(k)
    }

    /// Token `i` is the symbol `p` (see [`symbol`]).
    pub(super) fn punct(&self, i: usize, p: u8) -> bool {
        self.t.get(i).and_then(symbol) == Some(p)
    }

    /// The symbol of token `i`, or 0 when it is no symbol.
    pub(super) fn symbol_at(&self, i: usize) -> u8 {
        self.t.get(i).and_then(symbol).unwrap_or(0)
    }

    /// Token `i` is a word.
    pub(super) fn is_word(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Tk::Word)
    }

    /// Token `i` is a word whose first letter is an ASCII capital.
    pub(super) fn cap(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| {
            t.kind == Tk::Word
                && t.text
                    .as_bytes()
                    .first()
                    .is_some_and(u8::is_ascii_uppercase)
        })
    }

    /// White space comes right before token `i`.
    pub(super) fn gap(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.space_before)
    }

    /// Token `i` exists and touches the token before it.
    pub(super) fn attached(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.space_before)
    }

    /// Token `i` is a word for a unit of time or of measure ("hour",
    /// "h", "miles"), which a fraction before it counts.
    pub(super) fn unit_word(&self, i: usize) -> bool {
        let mut buf = [0u8; 32];
        self.is_word(i)
            && lexicon::lower(self.text(i), &mut buf).is_some_and(|w| {
                lexicon::time_word(w).is_some() || lexicon::measure_word(w).is_some()
            })
    }

    /// Token `i` is "fiscal" or "financial": a year it names starts in a
    /// month the text does not give.
    pub(super) fn fiscal(&self, i: usize) -> bool {
        let t = self.text(i);
        t.eq_ignore_ascii_case("fiscal") || t.eq_ignore_ascii_case("financial")
    }

    /// The text of token `i`.
    pub(super) fn text(&self, i: usize) -> &'t str {
        self.t.get(i).map_or("", |t| t.text)
    }

    /// Token `i` as a run of digits.
    pub(super) fn num(&self, i: usize) -> Option<Num> {
        let t = self.t.get(i).filter(|t| t.kind == Tk::Digits)?;
        Some(Num {
            val: digits_value(t.text),
            ndig: t.text.len(),
            gap: t.space_before,
        })
    }

    /// Nothing glued to the left of token `i`: start, whitespace, or an
    /// opening bracket or quote (itself not glued to a letter or digit).
    pub(super) fn left_ok(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else { return false };
        if t.space_before || i == 0 {
            return true;
        }
        match symbol(&self.t[i - 1]) {
            Some(b'-' | b'~') if self.loose => true,
            Some(b'(' | b'[' | b'"' | b'\'' | b'|' | b'=' | 0) => true,
            Some(b'-') => i < 2 || self.gap(i - 1) || self.punct(i - 2, b'-'),
            _ => false,
        }
    }

    /// Nothing glued to the right of the token before `end`: end, whitespace,
    /// or closing punctuation not followed by a letter or digit.
    pub(super) fn right_ok(&self, end: usize) -> bool {
        let Some(t) = self.t.get(end) else {
            return true;
        };
        if t.space_before {
            return true;
        }
        match symbol(t) {
            Some(b'-' | b'~') if self.loose => true,
            Some(
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'"' | b'\'' | b'-' | 0,
            ) => match self.t.get(end + 1) {
                None => true,
                Some(n) => n.space_before || matches!(n.kind, Tk::Punct(_)),
            },
            Some(b'|') => true,
            _ => false,
        }
    }

    /// A month name at `i`, with an abbreviation dot: (month, full name,
    /// end).
    pub(super) fn month_at(&self, i: usize) -> Option<(u32, bool, usize)> {
        let Cal::Month(m, full) = self.lex(i) else {
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
    pub(super) fn day_at(&self, i: usize, cards: bool) -> Option<(u32, usize, bool)> {
        if let Some(t) = self.num(i) {
            if t.ndig > 2 || t.val == 0 || t.val > 31 {
                return None;
            }
            if self.lex(i + 1) == Cal::OrdSuffix && self.attached(i + 1) {
                return Some((t.val, i + 2, true));
            }
            return Some((t.val, i + 1, false));
        }
        match self.lex(i) {
            Cal::Ord(d) => Some((d, i + 1, true)),
            Cal::Card(tens, true) => {
                // "twenty-first", "twenty first", "twenty one", "thirty".
                let mut j = i + 1;
                if self.punct(j, b'-') && self.attached(j) {
                    j += 1;
                }
                match self.lex(j) {
                    Cal::Ord(u) if u < 10 => Some((tens + u, j + 1, true)),
                    Cal::Card(u, false) if u < 10 && cards => Some((tens + u, j + 1, false)),
                    _ if tens == 20 || tens == 30 => cards.then_some((tens, i + 1, false)),
                    _ => None,
                }
                .filter(|d| d.0 <= 31)
            }
            Cal::Card(d, false) if cards => Some((d, i + 1, false)),
            _ => None,
        }
    }

    /// A four-digit year at `i` (1000-2999), not glued to more digits.
    pub(super) fn year4(&self, i: usize) -> Option<i32> {
        let t = self.num(i)?;
        (t.ndig == 4 && (1000..=2999).contains(&t.val)).then(|| i32::try_from(t.val).ok())?
    }

    /// A year after a month or day: ", 2021", " 2021", "-74" (two digits
    /// only after a hyphen or slash). Returns (year, end).
    pub(super) fn year_after(&self, j: usize, short_ok: bool) -> Option<(i32, usize)> {
        let mut k = j;
        if self.punct(k, b',') || self.kw(k, Kw::Of) {
            k += 1;
        }
        if let Some(y) = self.year4(k)
            && (self.gap(k) || k > j)
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
    pub(super) fn weekday_prefix(&self, i: usize) -> Option<(Weekday, usize)> {
        let Cal::Weekday(w, _) = self.lex(i) else {
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
    pub(super) fn cue_before(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.lex(i - 1),
                Cal::Kw(
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

    /// An amount of units: "three", "3", "a", "a few", "a couple of".
    /// Returns (amount, next).
    pub(super) fn amount_at(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(t) = self.num(i) {
            if t.ndig > 3 || t.val == 0 {
                return None;
            }
            return Some((i32::try_from(t.val).ok()?, i + 1));
        }
        match self.lex(i) {
            Cal::Card(n, _) => match self.day_at(i, true) {
                Some((d, e, false)) => Some((i32::try_from(d).ok()?, e)),
                _ => Some((i32::try_from(n).ok()?, i + 1)),
            },
            Cal::Kw(Kw::A) => match self.lex(i + 1) {
                Cal::Kw(Kw::Few) => Some((3, i + 2)),
                Cal::Kw(Kw::Couple) if self.kw(i + 2, Kw::Of) => Some((2, i + 3)),
                Cal::Kw(Kw::Couple) => Some((2, i + 2)),
                _ => Some((1, i + 1)),
            },
            Cal::Kw(Kw::Few) => Some((3, i + 1)),
            _ => None,
        }
    }
}
