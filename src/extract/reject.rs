//! What looks numeric but is not a claim: phone numbers, copyright lines,
//! ids and model numbers, times of day, page furniture, ordinals,
//! proportions, years used as labels, and numbers with no unit. The
//! rejections that belong to one kind (ages, shares of a counted noun) are
//! in that kind's file.

use super::numeral::{self, Numeral};
use super::scan::Reading;
use super::scan::Verdict;
use super::token::{Tk, Token};
use super::{RejectReason, duration, measure, money, percent, tally};
use crate::lexicon::{self, lower};

/// The rejections that hold whatever the number `n` measures, tried before
/// any kind: an ordinal, a time of day, a proportion ("one in five"),
/// percent-encoding in an address, an id or model number, page furniture.
/// `prefixed` says a currency is written before the number, which makes it
/// money and no id. Returns the tokens to reject and why.
pub(crate) fn not_a_claim(
    toks: &[Token<'_>],
    n: &Numeral,
    prefixed: bool,
) -> Option<(usize, usize, RejectReason)> {
    if n.ordinal {
        return Some((n.start, n.end, RejectReason::Ordinal));
    }
    if let Some(end) = time_of_day(toks, n) {
        return Some((n.start, end, RejectReason::TimeOfDay));
    }
    if !prefixed && proportion(toks, n) && percent::proportion(toks, n).is_none() {
        return Some((n.start, n.end, RejectReason::NoUnit));
    }
    // A unit glued to the digits ("45EUR", "3h", "202percent", "152mm")
    // names what they measure; other glued letters make an id ("5G").
    let unit_glued = toks
        .get(n.end)
        .is_some_and(|t| !t.space_before && t.is_word())
        && (money::after(toks, n.end, false).is_some()
            || percent::after(toks, n.end).is_some()
            || duration::unit_after(toks, n.end).is_some()
            || measure::names_number(toks, n));
    let glued_before = n.start > 0 && !toks[n.start].space_before && toks[n.start - 1].is_word();
    // "Depth19 km", "Total Dead69,222": a label run into its figure, as
    // scraped tables print them, names no id when a unit of measure
    // follows or the label is a tally's that opens its line.
    let labelled = glued_before
        && label_word(toks[n.start - 1].text)
        && (measure::names_number(toks, n) || super::tally::label_before(toks, n.start).is_some());
    // "q=30%25%2020%": percent-encoding in an address, not a share.
    if n.start > 0 && !toks[n.start].space_before && toks[n.start - 1].is_punct('%') {
        let end = numeral::end_of(toks, n.start);
        return Some((n.start, end, RejectReason::Identifier));
    }
    let unit_names_it = (unit_glued && !glued_before) || labelled;
    if !prefixed && !unit_names_it {
        if let Some(end) = identifier(toks, n) {
            return Some((n.start, end, RejectReason::Identifier));
        }
        if let Some(end) = furniture(toks, n) {
            return Some((n.start, end, RejectReason::PageFurniture));
        }
    }
    None
}

/// Whether a word glued before a number can be a label run into it
/// ("Depth", "Distances"): a word of four letters or more in lower case
/// after its first, unlike the letters of an id ("A", "COVID", "MiG").
fn label_word(w: &str) -> bool {
    let mut letters = w.chars();
    w.len() >= 4
        && letters.next().is_some_and(char::is_alphabetic)
        && letters.all(|c| c.is_ascii_lowercase())
}

/// "one in five adults", "1 in 20": a proportion, not a count (a share
/// when `percent::proportion` reads it whole). The number
/// `n` is the second term, after "in", or the first, before "in" and a
/// number that is neither a year nor a length of time ("5 in 2020", "2 in
/// 3 days").
fn proportion(toks: &[Token<'_>], n: &Numeral) -> bool {
    if n.start >= 2
        && toks[n.start - 1].text.eq_ignore_ascii_case("in")
        && number_at(toks, n.start - 2)
    {
        return true;
    }
    !n.scaled
        && toks
            .get(n.end)
            .is_some_and(|t| t.text.eq_ignore_ascii_case("in"))
        && number_at(toks, n.end + 1)
        && !numeral::parse(toks, n.end + 1)
            .ok()
            .flatten()
            .is_some_and(|m| year_like(&m) || duration::unit_after(toks, m.end).is_some())
}

/// Whether a number starts at token `i`: digits, or a spelled cardinal.
fn number_at(toks: &[Token<'_>], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        t.is_digits()
            || (t.is_word() && matches!(numeral::parse(toks, i), Ok(Some(n)) if !n.ordinal))
    })
}

/// A number no kind took: a year used as a label ("the 2020 election"),
/// or a number with nothing to say what it measures.
pub(crate) fn unitless(r: &Reading<'_, '_>) -> Verdict {
    let reason = if year_like(&r.first) {
        RejectReason::YearLabel
    } else {
        RejectReason::NoUnit
    };
    Verdict::Reject(r.n.start, r.tail.end, reason)
}

/// Where a copyright mark ("©", "(c)", "Copyright") starts in the sentence:
/// every number after it is part of the copyright line.
pub(crate) fn copyright_from(toks: &[Token<'_>]) -> Option<usize> {
    (0..toks.len()).find(|&i| copyright_at(toks, i))
}

/// Whether a copyright mark starts at token `i`.
fn copyright_at(toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    let (all, rights) = lexicon::ALL_RIGHTS;
    t.is_punct('©')
        || (t.is_word()
            && (lexicon::COPYRIGHT_WORDS
                .iter()
                .any(|w| t.text.eq_ignore_ascii_case(w))
                || t.text == all && next_is(toks, i + 1, rights)))
        || (t.is_punct('(')
            && toks.get(i + 1).is_some_and(|c| {
                c.text.eq_ignore_ascii_case(lexicon::COPYRIGHT_LETTER) && !c.space_before
            })
            && toks
                .get(i + 2)
                .is_some_and(|p| p.is_punct(')') && !p.space_before))
}

/// The copyright mark of a sentence, looked for only as far as the scan
/// asks: most sentences' numbers come before their last word, and a
/// sentence with no digits needs no looking at all.
#[derive(Debug, Default)]
pub(crate) struct Copyright {
    /// The tokens before this one hold no mark.
    clear_to: usize,
    /// The first mark, once found.
    at: Option<usize>,
}

impl Copyright {
    /// Whether token `i` comes after the sentence's first copyright mark:
    /// [`copyright_from`]`(toks).is_some_and(|c| i > c)`, with only the
    /// tokens before `i` read.
    pub(crate) fn before(&mut self, toks: &[Token<'_>], i: usize) -> bool {
        while self.at.is_none() && self.clear_to < i.min(toks.len()) {
            if copyright_at(toks, self.clear_to) {
                self.at = Some(self.clear_to);
            } else {
                self.clear_to += 1;
            }
        }
        let after = self.at.is_some_and(|c| i > c);
        debug_assert_eq!(after, copyright_from(toks).is_some_and(|c| i > c));
        after
    }
}

fn next_is(toks: &[Token<'_>], i: usize, w: &str) -> bool {
    toks.get(i).is_some_and(|t| t.text.eq_ignore_ascii_case(w))
}

/// A telephone number starting at token `i`: digit groups joined by
/// hyphens, dots, spaces or brackets, seven digits or more in all, the last
/// group three digits or more, with no thousands commas. Returns the token
/// after it.
pub(crate) fn phone_at(toks: &[Token<'_>], i: usize) -> Option<usize> {
    let mut k = i;
    // "+44 20 ..." or "(555) 123-4567"
    let plus = toks.get(k).is_some_and(|t| t.is_punct('+'));
    if plus || toks.get(k).is_some_and(|t| t.is_punct('(')) {
        k += 1;
    }
    // The groups of digits, counted as they come: how many, their digits
    // in all, the sizes of the first, second and last, and whether every
    // group after the first has three or four digits.
    let mut groups = 0usize;
    let mut digits = 0usize;
    let (mut first, mut second, mut last) = (0usize, 0usize, 0usize);
    let mut rest_phone_like = true;
    let mut end = k;
    while let Some(t) = toks.get(k) {
        if !t.is_digits() {
            break;
        }
        let len = t.text.len();
        if groups > 0 && len > 4 {
            break;
        }
        match groups {
            0 => first = len,
            1 => second = len,
            _ => {}
        }
        if groups > 0 {
            rest_phone_like &= (3..=4).contains(&len);
        }
        groups += 1;
        digits += len;
        last = len;
        k += 1;
        end = k;
        // Separator: "-" or "." glued, ")" then space, or a space before a
        // group of 3-4 digits.
        match toks.get(k).map(|t| (t.kind, t.space_before)) {
            Some((Tk::Punct('-' | '.'), false))
                if toks
                    .get(k + 1)
                    .is_some_and(|u| u.is_digits() && !u.space_before) =>
            {
                k += 1
            }
            Some((Tk::Punct(')'), false)) => k += 1,
            Some((Tk::Digits, true)) => {}
            _ => break,
        }
    }
    let looks_like_year_range = groups == 2 && first == 4 && second == 4;
    let spaced_only =
        groups >= 2 && !plus && (i..end).all(|j| !matches!(toks[j].kind, Tk::Punct(_)));
    if groups >= 2 && digits >= 7 && last >= 3 && !looks_like_year_range {
        // Plain spaced groups ("2021 2022 2023") need phone-like sizes.
        if spaced_only && !(first <= 5 && rest_phone_like) {
            return None;
        }
        if spaced_only && first == 4 {
            return None;
        }
        return Some(end);
    }
    None
}

/// Whether the number `n` is part of an id, model or version number: glued
/// to letters ("A320", "5G", "COVID-19"), after an id word ("Model 3"), or
/// a dotted version ("1.2.3"). Returns the token after the id.
pub(crate) fn identifier(toks: &[Token<'_>], n: &Numeral) -> Option<usize> {
    let first = &toks[n.start];
    let mut end = n.end;
    // Letters or digits glued after ("5G", "737MAX", "3D").
    while let Some(t) = toks
        .get(end)
        .filter(|t| !t.space_before && (t.is_word() || t.is_digits()))
    {
        let _ = t;
        end += 1;
    }
    let glued_after = end > n.end;
    if n.start > 0 && !first.space_before {
        let prev = &toks[n.start - 1];
        if prev.is_word() {
            return Some(end);
        }
        // "COVID-19", "F-16", but not "magnitude-6.8"
        if prev.is_dash()
            && n.start >= 2
            && toks[n.start - 2].is_word()
            && !prev.space_before
            && !toks[n.start - 2]
                .text
                .eq_ignore_ascii_case(lexicon::MAGNITUDE_WORD)
        {
            return Some(end);
        }
        // "1.2.3" and "v2.0": a dot glued before digits that are not a
        // decimal of ours.
        if prev.is_punct('.') && n.start >= 2 && toks[n.start - 2].is_digits() && !prev.space_before
        {
            return Some(end);
        }
    }
    if glued_after {
        return Some(end);
    }
    // "7-Eleven", "Seven-Eleven": a name made of numbers.
    if toks
        .get(n.end)
        .is_some_and(|t| t.is_dash() && !t.space_before)
        && toks
            .get(n.end + 1)
            .is_some_and(|t| !t.space_before && t.is_capitalized())
    {
        let mut buf = [0u8; 32];
        if lower(toks[n.end + 1].text, &mut buf)
            .is_some_and(|w| lexicon::unit_word(w).is_some() || lexicon::tens_word(w).is_some())
        {
            return Some(n.end + 2);
        }
    }
    // Dotted continuation: "192.168.1.2", "2.0.1"
    if toks
        .get(n.end)
        .is_some_and(|t| t.is_punct('.') && !t.space_before)
        && toks
            .get(n.end + 1)
            .is_some_and(|t| t.is_digits() && !t.space_before)
    {
        let mut e = n.end;
        while toks
            .get(e)
            .is_some_and(|t| t.is_punct('.') && !t.space_before)
            && toks
                .get(e + 1)
                .is_some_and(|t| t.is_digits() && !t.space_before)
        {
            e += 2;
        }
        return Some(e);
    }
    if n.start > 0 && toks[n.start - 1].is_word() && !n.spelled {
        let mut buf = [0u8; 32];
        // "Confirmed deaths now number 48": a verb, not "number 10".
        if lower(toks[n.start - 1].text, &mut buf).is_some_and(lexicon::is_id_word)
            && !tally::tally_figure(toks, n.start)
        {
            return Some(end);
        }
    }
    // "#5", "No. 5"
    if n.start > 0 && toks[n.start - 1].is_punct('#') {
        return Some(end);
    }
    if n.start >= 2
        && toks[n.start - 1].is_punct('.')
        && !toks[n.start - 1].space_before
        && ["no", "nos"]
            .iter()
            .any(|w| toks[n.start - 2].is_word() && toks[n.start - 2].text.eq_ignore_ascii_case(w))
    {
        return Some(end);
    }
    None
}

/// A time of day: "10:30", "3pm", "3 p.m.", "10.30am". Returns the token
/// after it.
pub(crate) fn time_of_day(toks: &[Token<'_>], n: &Numeral) -> Option<usize> {
    let e = n.end;
    if toks
        .get(e)
        .is_some_and(|t| t.is_punct(':') && !t.space_before)
        && toks
            .get(e + 1)
            .is_some_and(|t| t.is_digits() && !t.space_before && t.text.len() == 2)
    {
        let mut end = e + 2;
        // seconds, and am/pm
        if toks
            .get(end)
            .is_some_and(|t| t.is_punct(':') && !t.space_before)
            && toks.get(end + 1).is_some_and(|t| t.is_digits())
        {
            end += 2;
        }
        if toks.get(end).is_some_and(|t| is_meridiem(t.text)) {
            end += 1;
        }
        return Some(end);
    }
    if n.spelled || n.scaled || numeral::cmp_whole(n.value, 12).is_gt() {
        return None;
    }
    if let Some(t) = toks.get(e)
        && (is_meridiem(t.text)
            || lexicon::OCLOCK
                .iter()
                .any(|w| t.text.eq_ignore_ascii_case(w)))
    {
        return Some(e + 1);
    }
    None
}

fn is_meridiem(w: &str) -> bool {
    let mut buf = [0u8; 32];
    lower(w, &mut buf).is_some_and(lexicon::is_meridiem)
}

/// Page furniture: "12 comments", "Share 0", "Page 2 of 5", "5 min read",
/// "1 of 10" (a slideshow), "Updated 3 hours ago".
pub(crate) fn furniture(toks: &[Token<'_>], n: &Numeral) -> Option<usize> {
    let word = |i: usize, s: &str| {
        toks.get(i)
            .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(s))
    };
    if lexicon::FURNITURE_AFTER.iter().any(|w| word(n.end, w)) {
        return Some(n.end + 1);
    }
    let (units, read) = lexicon::READING_TIME;
    if units.iter().any(|w| word(n.end, w)) && word(n.end + 1, read) {
        return Some(n.end + 2);
    }
    // The stamp is read first: it opens a line, and most numbers do not.
    if page_stamp(toks, n.start, n.end + 2)
        && toks.get(n.end).is_some_and(|t| {
            let mut buf = [0u8; 32];
            t.is_word() && lower(t.text, &mut buf).is_some_and(|w| lexicon::time_unit(w).is_some())
        })
    {
        return Some(n.end + 2);
    }
    if n.start > 0
        && lexicon::FURNITURE_BEFORE
            .iter()
            .any(|w| word(n.start - 1, w))
    {
        let mut end = n.end;
        if word(end, "of") && toks.get(end + 1).is_some_and(|t| t.is_digits()) {
            end += 2;
        }
        return Some(end);
    }
    None
}

/// Whether tokens `start..end` are the age of a page at the head of a
/// line: "Updated 3 hours ago", "Last updated 2 days ago", "Posted five
/// minutes ago". The age of the page is no claim of the story.
pub(crate) fn page_stamp(toks: &[Token<'_>], start: usize, end: usize) -> bool {
    let word = |i: usize, s: &str| {
        toks.get(i)
            .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(s))
    };
    let stamp = |i: usize| lexicon::PAGE_STAMPS.iter().any(|w| word(i, w));
    let at_head = (start == 1 && stamp(0)) || (start == 2 && word(0, "last") && stamp(1));
    at_head && end > start && word(end - 1, "ago")
}

/// A four-digit number that reads as a year (1800 to 2100, no separators).
pub(crate) fn year_like(n: &Numeral) -> bool {
    !n.spelled
        && !n.scaled
        && !n.formatted
        && n.int_digits == 4
        && numeral::cmp_whole(n.value, 1800).is_ge()
        && numeral::cmp_whole(n.value, 2100).is_le()
}
