//! Date expressions: "January 20", "Jan. 20", "3 March 2024", "2021-01-20",
//! "Tuesday", "last month", "in November".
//!
//! The date scanner reads the same tokens as the number scanner
//! (`extract/token.rs`), each word already classed by the calendar lexicon
//! (`lexicon/calendar.rs`: month and weekday names, relative words,
//! ordinals, the prepositions that license a bare year, the first words of
//! holiday names). It tries the rows of its rule table only at tokens that
//! can start a date, and only on lines that hold a token every date holds.
//!
//! * `expr.rs`: the date syntax tree, [`DateExpr`].
//! * `reader.rs`: what the rules read of the tokens.
//! * `rules.rs`: the table of date shapes, and how its rows are tried.
//! * `fields.rs`, `relative.rs`, `range.rs`, `holidays.rs`: the rows; the
//!   last also holds the rule that gives each holiday's date.
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
//! * Durations: "45 days", "two weeks". "N units ago", "N units from now"
//!   and "N units hence" are dates, because they name a point relative to
//!   the publication date. "in two weeks" and "in 10 days' time" name the
//!   day that far ahead of it, and state the duration too: the number
//!   scanner reads "two weeks" inside the date, and without a publication
//!   date only the duration is kept. "in N units" is a span, not a day
//!   ahead, after a superlative, a record or a verb of change ("the first
//!   time in 20 years", "the lowest level in 14 months", "doubled in five
//!   years") and before "of" or "straight" ("in two years of war").
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

use std::cell::OnceCell;

use memchr::memchr_iter;

use crate::extract::token::{Tk, Token};
use crate::lexicon::calendar::{self, Cal, Kw};
use crate::span::Span;

mod expr;
mod fields;
mod gates;
pub(crate) mod holidays;
mod periods;
mod range;
mod reader;
mod relative;
mod rules;

pub(crate) use expr::{DateExpr, HolidayRule, Modifier, MonthRef, Part, Period, Point, Rel};
use reader::Reader;

/// A date expression as the text states it ("last Tuesday", "the first
/// quarter of 2024"), before it is resolved against a reference date.
/// Normalization resolves it; what it is made of is internal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawDate(pub(crate) DateExpr);

impl RawDate {
    /// Whether the date is counted from the publication date by a length
    /// of time its text also states: a day ahead ("in two weeks") or the
    /// days next to it ("the past three days"). Without a reference date it
    /// says nothing the duration does not, and the number scanner reads
    /// that duration inside it.
    pub(crate) fn needs_reference(&self) -> bool {
        matches!(self.0.point, Point::Ahead { .. } | Point::Counted { .. })
    }
}

/// A date expression found in a body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DateFound {
    /// Where it is, as byte offsets into the full source text.
    pub(crate) span: Span,
    /// What it says.
    pub(crate) expr: RawDate,
}

impl DateFound {
    /// Whether the number scanner reads the tokens of this date too: "in
    /// two weeks" is a day ahead and the duration "two weeks".
    pub(crate) fn shares_tokens(&self) -> bool {
        self.expr.needs_reference()
    }
}

/// Every date expression in `body`, in text order, non-overlapping; spans
/// are byte offsets into the full source text (`offset` = where `body`
/// starts in it).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn scan(body: &str, offset: usize) -> Vec<DateFound> {
    let mut out = Vec::new();
    let mut toks = Vec::new();
    let mut pieces = Vec::new();
    let mut line_start = 0;
    for line in body.split_inclusive('\n') {
        crate::extract::token::tokenize(line, offset + line_start, &mut toks);
        scan_line(&toks, &mut pieces, &mut out);
        line_start += line.len();
    }
    out
}

/// Token storage that [`scan_sentence`] reuses from one call to the next.
pub(crate) struct Scratch<'t>(Vec<Token<'t>>);

impl Default for Scratch<'_> {
    /// Room for the pieces of a long line from the start: growing it line
    /// by line, as words split into pieces, costs more than the memory.
    fn default() -> Self {
        Scratch(Vec::with_capacity(256))
    }
}

impl Scratch<'_> {
    /// The storage, emptied, with its room kept for the tokens of any
    /// text.
    pub(crate) fn emptied(self) -> Scratch<'static> {
        Scratch(crate::extract::token::emptied(self.0))
    }
}

/// The dates of one sentence, appended to `out` (cleared first): `text` is
/// the sentence, `offset` where it starts in the source text, and `toks`
/// its tokens. No date runs across a line break.
pub(crate) fn scan_sentence<'t>(
    text: &str,
    offset: usize,
    toks: &[Token<'t>],
    scratch: &mut Scratch<'t>,
    out: &mut Vec<DateFound>,
) {
    out.clear();
    let mut first = 0;
    for nl in memchr_iter(b'\n', text.as_bytes()) {
        let at = offset + nl;
        let end = first + toks[first..].partition_point(|t| t.span.start < at);
        scan_line(&toks[first..end], &mut scratch.0, out);
        first = end;
    }
    scan_line(&toks[first..], &mut scratch.0, out);
}

/// The dates of the tokens of one line, appended to `out`. The rules read
/// a word as a run of letters, so a word with an apostrophe, a mark or the
/// dots of an abbreviation ("Tuesday's", "U.S.") is read in its pieces, and
/// a space between digit groups is a space. The rules run only when some
/// token is one every date holds (see [`anchor`]).
fn scan_line<'t>(toks: &[Token<'t>], pieces: &mut Vec<Token<'t>>, out: &mut Vec<DateFound>) {
    let mut split = false;
    // One past the last token that can anchor a date, found in the same
    // pass: no date starts after it.
    let mut last = 0;
    for (k, t) in toks.iter().enumerate() {
        match t.kind {
            Tk::Word if t.cal == Cal::Pieces => {
                split = true;
                break;
            }
            Tk::Punct(_) if is_group_space(t) => {
                split = true;
                break;
            }
            _ if anchor(t) => last = k + 1,
            _ => {}
        }
    }
    let toks = if split {
        split_line(toks, pieces);
        #[cfg(debug_assertions)]
        {
            // Copied in runs, as token by token: checked in every debug
            // build.
            let mut one_by_one = Vec::new();
            split_tokens(toks, &mut one_by_one);
            debug_assert_eq!(*pieces, one_by_one);
        }
        last = pieces.iter().rposition(anchor).map_or(0, |k| k + 1);
        &pieces[..]
    } else {
        toks
    };
    if last > 0 {
        read_line(toks, last, out);
    } else {
        #[cfg(debug_assertions)]
        {
            // The filter is exact: checked in every debug build.
            let mut all = Vec::new();
            read_dates(toks, toks.len(), &mut all);
            debug_assert!(all.is_empty(), "date filter skipped {all:?}");
        }
    }
}

/// Puts in `pieces` the tokens of a line as the rules read them: each
/// compound word in its pieces, and each space between digit groups left
/// out, as white space before the token after it. The runs of other
/// tokens between them, nearly all of a line, are copied whole.
fn split_line<'t>(toks: &[Token<'t>], pieces: &mut Vec<Token<'t>>) {
    pieces.clear();
    pieces.reserve(toks.len());
    // Whether a space between digit groups comes right before.
    let mut space = false;
    let copy = |pieces: &mut Vec<Token<'t>>, run: &[Token<'t>], space: &mut bool| {
        let first = pieces.len();
        pieces.extend_from_slice(run);
        if let Some(p) = pieces.get_mut(first) {
            p.space_before |= std::mem::take(space);
        }
    };
    let mut run = 0;
    for (k, t) in toks.iter().enumerate() {
        let group = is_group_space(t);
        if !group && !t.is_compound() {
            continue;
        }
        copy(pieces, &toks[run..k], &mut space);
        run = k + 1;
        if group {
            space = true;
            continue;
        }
        let first = pieces.len();
        t.pieces(pieces);
        if let Some(p) = pieces.get_mut(first) {
            p.space_before |= std::mem::take(&mut space);
        }
    }
    copy(pieces, &toks[run..], &mut space);
}

/// [`split_line`], token by token.
#[cfg(debug_assertions)]
fn split_tokens<'t>(toks: &[Token<'t>], pieces: &mut Vec<Token<'t>>) {
    let mut space = false;
    for t in toks {
        if is_group_space(t) {
            space = true;
            continue;
        }
        let first = pieces.len();
        if t.is_compound() {
            t.pieces(pieces);
        } else {
            pieces.push(*t);
        }
        if let Some(p) = pieces.get_mut(first) {
            p.space_before |= space;
        }
        space = false;
    }
}

/// A no-break or thin space between digit groups, which the tokenizer
/// reads as a thousands separator: a comma written with more than one byte.
fn is_group_space(t: &Token<'_>) -> bool {
    t.kind == Tk::Punct(',') && t.text.len() > 1
}

/// Whether the token can anchor a date: a number, or a word naming a
/// month, a weekday, a number, a unit of time, a holiday or a day relative
/// to today ("yesterday", "now"). Every date expression holds one; the
/// prepositions and modifiers around them ("since", "the end of", "last")
/// never make a date alone.
fn anchor(t: &Token<'_>) -> bool {
    match t.kind {
        Tk::Digits => true,
        Tk::Punct(_) => false,
        Tk::Word => anchors(t.cal, t.space_before),
    }
}

/// Whether a word of this class, with white space before it or not, can
/// anchor a date (see [`anchor`]).
fn anchors(cal: Cal, space_before: bool) -> bool {
    match cal {
        Cal::None | Cal::Pieces => false,
        Cal::OrdSuffix => space_before,
        Cal::Kw(k) => matches!(
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
    }
}

/// What a word that can anchor a date needs beside it to be part of one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// Nothing: "March", "Tuesday", "yesterday".
    Alone,
    /// The rest of a holiday's name after it: "new", "president".
    Holiday,
    /// An amount right before it: a plural unit of time ("days") is read
    /// only after a number, an article, "few" or "a couple of" (see
    /// [`Reader::amount_at`]).
    Counted,
    /// In lowercase, a word of the calendar right before it ("in may",
    /// "early may") or a number: "may" is otherwise the verb.
    Verb,
}

/// The month whose name is also a verb ("may"): in lowercase, a date only
/// with a year or a number, or after a licensing word.
pub(super) const VERB_MONTH: u32 = 5;

/// Every word that can anchor a date (see [`anchor`]), lowercase, and
/// what it needs beside it: the prefilter finds them, so that a sentence
/// with none and no digit is not read for dates.
pub(crate) fn anchor_words() -> impl Iterator<Item = (&'static str, Anchor)> {
    calendar::words()
        .filter(|&(_, cal)| anchors(cal, true))
        .map(|(w, cal)| {
            let anchor = match cal {
                Cal::Holiday => Anchor::Holiday,
                Cal::Units(_) => Anchor::Counted,
                Cal::Month(VERB_MONTH, _) => Anchor::Verb,
                _ => Anchor::Alone,
            };
            (w, anchor)
        })
}

/// Reads the dates of one line's tokens, left to right, each at the first
/// token it can start at. Every date holds an anchor (see [`anchor`]), so
/// none starts after the last one, before token `last`: the tokens after it
/// are not tried.
fn read_line(toks: &[Token<'_>], last: usize, out: &mut Vec<DateFound>) {
    debug_assert_eq!(last, toks.iter().rposition(anchor).map_or(0, |k| k + 1));
    read_dates(toks, last, out);
    #[cfg(debug_assertions)]
    if last < toks.len() {
        // No date starts after the last anchor: checked in every debug
        // build.
        let mut all = Vec::new();
        read_dates(toks, toks.len(), &mut all);
        debug_assert!(out.ends_with(&all), "dates after the last anchor: {all:?}");
    }
}

/// Reads the dates of `toks` that start before token `stop`.
fn read_dates(toks: &[Token<'_>], stop: usize, out: &mut Vec<DateFound>) {
    let last_join = OnceCell::new();
    let reader = Reader::new(toks, &last_join);
    let starts = rules::starts();
    let mut i = 0;
    while i < stop {
        let rows = rules::rows_at(starts, &toks[i]);
        if rows == 0 {
            i += 1;
            continue;
        }
        // Most tokens some row starts at start no date, as the tokens
        // next to them tell: they are passed here, before the rows.
        if reader.gated(i) {
            debug_assert_eq!(reader.best_at(i), None);
            i += 1;
            continue;
        }
        match reader.best_open(i, rows) {
            Some((end, Some(expr))) => {
                let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
                out.push(DateFound {
                    span,
                    expr: RawDate(expr),
                });
                i = end;
            }
            // A recognized non-date (a year range): skip all of it.
            Some((end, None)) => i = end.max(i + 1),
            None => i += 1,
        }
    }
}

#[cfg(test)]
mod tests;
