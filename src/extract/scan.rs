//! The extraction loop: sentences, tokens, numbers, then what each number
//! measures.

use rust_decimal::Decimal;

use super::date::{self, DateFound};
use super::numeral::{self, Numeral, OutOfRange};
use super::token::{Tk, Token, tokenize};
use super::{
    Amount, Candidate, Extracted, Hedge, Kind, NumberMention, RawUnit, RejectReason, Rejection,
    Stated, bound, count, duration, money, percent, reject,
};
use crate::lexicon::lower;
use crate::segment;
use crate::span::Span;

/// How many words of context each side of a quote a candidate keeps.
const CONTEXT_WORDS: usize = 12;

/// How many tokens each side of a quote are read to find its context words.
const CONTEXT_TOKENS: usize = 4 * CONTEXT_WORDS;

/// Extracts the candidates of one body.
pub(crate) fn extract(body: &str, offset: usize) -> Extracted<'_> {
    extract_limited(body, offset, usize::MAX, usize::MAX).0
}

/// Extracts the candidates of one body, stopping after the first sentence
/// that takes the candidates past `max_candidates` or the rejections past
/// `max_rejections`. With a stop, also returns where the unread text begins
/// (an offset in the source text).
pub(crate) fn extract_limited(
    body: &str,
    offset: usize,
    max_candidates: usize,
    max_rejections: usize,
) -> (Extracted<'_>, Option<usize>) {
    let mut out = Extracted::default();
    let mut toks = Vec::new();
    let mut scratch = date::Scratch::default();
    let mut dates = Vec::new();
    for sentence in segment::sentences(body, offset) {
        let text = &body[sentence.start - offset..sentence.end - offset];
        tokenize(text, sentence.start, &mut toks);
        // Dates are found sentence by sentence, in the same tokens: a date
        // never runs across a sentence end.
        date::scan_sentence(text, sentence.start, &toks, &mut scratch, &mut dates);
        if dates.is_empty() && !worth_scanning(text) {
            #[cfg(debug_assertions)]
            {
                // The filter only skips sentences where the scan finds
                // nothing: checked in every debug build.
                let mut found = Extracted::default();
                tokenize(text, sentence.start, &mut toks);
                Sentence {
                    body,
                    offset,
                    span: sentence,
                    toks: &toks,
                    dates: &[],
                    out: &mut found,
                }
                .scan();
                debug_assert!(
                    found.candidates.is_empty() && found.rejections.is_empty(),
                    "skipped a sentence with numbers: {text:?}"
                );
            }
            continue;
        }
        let mut s = Sentence {
            body,
            offset,
            span: sentence,
            toks: &toks,
            dates: &dates,
            out: &mut out,
        };
        s.scan();
        if out.candidates.len() > max_candidates || out.rejections.len() > max_rejections {
            return (out, Some(sentence.end));
        }
    }
    (out, None)
}

/// Whether a sentence may hold a number: an ASCII digit, or a word that
/// starts a number, a vague amount or a duration with no number ("a
/// month"). Exact, not a guess: a sentence it turns down yields no
/// candidate and no rejection (dates are found apart, and a sentence with a
/// date is always scanned). Most sentences of news text hold no number;
/// skipping them unread is most of the extractor's speed.
fn worth_scanning(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            return true;
        }
        if b >= 0x80 {
            // "½": a fraction written as one character.
            let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
            if is_vulgar_fraction(c) {
                return true;
            }
            i += c.len_utf8();
            continue;
        }
        if !b.is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        // Every word the scan can start at is made of ASCII letters only,
        // so it is one whole run of them.
        if i - start <= 12 && sentence_trigger(&text[start..i]) {
            return true;
        }
    }
    false
}

/// Whether a word lets a sentence hold a number: it starts one (see
/// [`number_start`]), or it is what makes "a" or "an" start one ("a
/// month", "a few", "a hundred", "half an hour").
fn sentence_trigger(word: &str) -> bool {
    let mut buf = [0u8; 32];
    let Some(w) = lower_word(word, &mut buf) else {
        return false;
    };
    (number_start(w) && !matches!(w, "a" | "an"))
        || crate::lexicon::time_unit(w).is_some()
        || crate::lexicon::scale_word(w).is_some()
        || matches!(
            w,
            "half" | "quarter" | "third" | "dozen" | "handful" | "couple" | "few"
        )
}

/// Whether the lowercase word `w` can start a number, a vague amount
/// ("dozens of", "several", "a few") or a duration with no number ("a
/// month", "half an hour"). The scan skips every other word unread; a word
/// that starts a new kind of number must be added here (debug builds check
/// that no skipped word starts one).
fn number_start(w: &str) -> bool {
    crate::lexicon::unit_word(w).is_some()
        || crate::lexicon::tens_word(w).is_some()
        || crate::lexicon::ordinal_word(w).is_some()
        || crate::lexicon::glued_tens(w).is_some()
        || crate::lexicon::fraction_word(w).is_some()
        || matches!(
            w,
            "a" | "an"
                | "minus"
                | "negative"
                | "half"
                | "tens"
                | "hundreds"
                | "dozens"
                | "scores"
                | "thousands"
                | "millions"
                | "billions"
                | "several"
        )
}

/// `word` in ASCII lowercase, or `None` when it is not ASCII or too long
/// for `buf` (no lexicon word is either). A word already in lowercase, as
/// most are, is returned as it is, without a copy.
fn lower_word<'w>(word: &'w str, buf: &'w mut [u8; 32]) -> Option<&'w str> {
    if word.len() > buf.len() {
        return None;
    }
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        return Some(word);
    }
    lower(word, buf)
}

/// Whether the scan can skip token `i` unread: a word that starts no
/// number, or a symbol that starts nothing the scan reads (a sign before
/// digits starts a number).
fn skippable(toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    match t.kind {
        Tk::Word => {
            let mut buf = [0u8; 32];
            match lower_word(t.text, &mut buf) {
                Some(w) => !number_start(w),
                None => !t.text.chars().any(is_vulgar_fraction),
            }
        }
        Tk::Digits => false,
        Tk::Punct(c) => !matches!(c, '+' | '(' | '.') && numeral::sign_at(toks, i).is_none(),
    }
}

/// A fraction written as one character: "½", "¾", "⅔".
fn is_vulgar_fraction(c: char) -> bool {
    matches!(c, '\u{bc}'..='\u{be}' | '\u{2150}'..='\u{215e}')
}

struct Sentence<'a, 't> {
    body: &'t str,
    offset: usize,
    span: Span,
    toks: &'a [Token<'t>],
    dates: &'a [DateFound],
    out: &'a mut Extracted<'t>,
}

/// What a number turned out to measure.
struct Quantity {
    kind: Kind,
    start: usize,
    end: usize,
    hedge: Hedge,
    amount: Amount,
    unit: RawUnit,
}

impl<'a, 't> Sentence<'a, 't> {
    fn text_of(&self, span: Span) -> &'t str {
        let body: &'t str = self.body;
        body.get(span.start - self.offset..span.end - self.offset)
            .unwrap_or("")
    }

    fn tok_span(&self, start: usize, end: usize) -> Span {
        Span::new(
            self.toks[start].span.start,
            self.toks[end.max(start + 1) - 1].span.end,
        )
    }

    fn reject(&mut self, start: usize, end: usize, reason: RejectReason) {
        let span = self.tok_span(start, end.min(self.toks.len()).max(start + 1));
        self.out.rejections.push(Rejection { span, reason });
    }

    fn scan(&mut self) {
        let toks = self.toks;
        let copyright = reject::copyright_from(toks);
        // A date that runs across a sentence boundary ("January. 1") is
        // not one date.
        for d in self.dates {
            if self.span.contains(d.span) {
                self.push_date(d);
            }
        }
        let mut i = 0;
        while i < toks.len() {
            if let Some(end) = self.date_end(i) {
                i = end;
                continue;
            }
            if skippable(toks, i) {
                debug_assert!(
                    count::vague_at(toks, i).is_none()
                        && matches!(numeral::parse(toks, i), Ok(None)),
                    "skipped a token that starts a number: {:?}",
                    toks[i].text
                );
                i += 1;
                continue;
            }
            if copyright.is_some_and(|c| i > c) && toks[i].is_digits() {
                let end = self.skip_number(i);
                self.reject(i, end, RejectReason::Copyright);
                i = end;
                continue;
            }
            if (toks[i].is_digits() || toks[i].is_punct('+') || toks[i].is_punct('('))
                && let Some(end) = reject::phone_at(toks, i)
            {
                let start = if toks[i].is_digits() { i } else { i + 1 };
                self.reject(start, end, RejectReason::PhoneNumber);
                i = end;
                continue;
            }
            if let Some(end) = self.vague_count(i) {
                i = end;
                continue;
            }
            if let Some(end) = self.article_duration(i) {
                i = end;
                continue;
            }
            match numeral::parse(toks, i) {
                Err(OutOfRange { start, end }) => {
                    self.reject(start, end, RejectReason::OutOfRange);
                    i = end.max(i + 1);
                }
                Ok(None) => i += 1,
                Ok(Some(n)) => {
                    i = self.quantity(n).max(i + 1);
                }
            }
        }
    }

    /// The token after the number-like run starting at `i`.
    fn skip_number(&self, i: usize) -> usize {
        match numeral::parse(self.toks, i) {
            Ok(Some(n)) => n.end,
            Err(OutOfRange { end, .. }) => end.max(i + 1),
            Ok(None) => i + 1,
        }
    }

    /// If token `i` lies in a date, the first token after that date.
    fn date_end(&self, i: usize) -> Option<usize> {
        let at = self.toks[i].span.start;
        // Dates come in text order and do not overlap: only the last one
        // starting at or before `at` can hold it.
        let k = self.dates.partition_point(|d| d.span.start <= at);
        let d = self.dates[..k].last().filter(|d| at < d.span.end)?;
        Some(self.toks.partition_point(|t| t.span.start < d.span.end))
    }

    fn overlaps_date(&self, start: usize, end: usize) -> bool {
        let span = self.tok_span(start, end);
        let k = self.dates.partition_point(|d| d.span.start < span.end);
        self.dates[..k]
            .last()
            .is_some_and(|d| d.span.overlaps(span))
    }

    fn push_date(&mut self, d: &DateFound) {
        let span = d.span;
        let text = self.text_of(span);
        let (before, after) = self.context(span);
        self.out.candidates.push(Candidate {
            kind: Kind::Date,
            span,
            text,
            sentence: self.span,
            hedge: Hedge::Exact,
            amount: Amount::One(Stated {
                value: Decimal::ZERO,
                precision: Decimal::ONE,
            }),
            unit: RawUnit::Date(d.expr.clone()),
            before,
            after,
        });
    }

    /// Words of the sentence before and after `span`, nearest first.
    fn context(&self, span: Span) -> (Vec<&'t str>, Vec<&'t str>) {
        // A number's context ends where another number begins: the words
        // beyond it belong to that number. At most `CONTEXT_TOKENS` tokens
        // are read each side, so a sentence of symbols costs no more.
        let mut before = Vec::new();
        let mut after = Vec::new();
        let toks = self.toks;
        let first_after = toks.partition_point(|t| t.span.start < span.end);
        let last_before = toks[..first_after].partition_point(|t| t.span.end <= span.start);
        for k in (last_before.saturating_sub(CONTEXT_TOKENS)..last_before).rev() {
            if before.len() >= CONTEXT_WORDS || starts_number(toks, k) {
                break;
            }
            if toks[k].is_word() {
                before.push(self.text_of(toks[k].span));
            }
        }
        let stop = toks.len().min(first_after + CONTEXT_TOKENS);
        for k in first_after..stop {
            if after.len() >= CONTEXT_WORDS || starts_number(toks, k) {
                break;
            }
            if toks[k].is_word() {
                after.push(self.text_of(toks[k].span));
            }
        }
        (before, after)
    }

    fn push(&mut self, q: Quantity) {
        if self.overlaps_date(q.start, q.end) {
            return;
        }
        let span = self.tok_span(q.start, q.end);
        let text = self.text_of(span);
        let (before, after) = self.context(span);
        self.out.candidates.push(Candidate {
            kind: q.kind,
            span,
            text,
            sentence: self.span,
            hedge: q.hedge,
            amount: q.amount,
            unit: q.unit,
            before,
            after,
        });
    }

    /// "dozens of companies", "a handful of apps", "several ministers".
    fn vague_count(&mut self, i: usize) -> Option<usize> {
        let (lo, hi, end) = count::vague_at(self.toks, i)?;
        let np = count::noun_after(self.toks, end, false)?;
        if np.start != end {
            return None;
        }
        let phrase = self.text_of(self.tok_span(np.start, np.end)).to_string();
        self.push(Quantity {
            kind: Kind::Count,
            start: i,
            end: np.end,
            hedge: Hedge::About,
            amount: Amount::Vague { lo, hi },
            unit: RawUnit::Noun {
                lemma: np.lemma,
                phrase,
            },
        });
        Some(np.end)
    }

    /// "a month", "an hour", "half an hour": a duration with no number.
    fn article_duration(&mut self, i: usize) -> Option<usize> {
        let toks = self.toks;
        let word = |k: usize, s: &str| {
            toks.get(k)
                .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(s))
        };
        let (value, unit_at) = if word(i, "half") && (word(i + 1, "a") || word(i + 1, "an")) {
            (Decimal::new(5, 1), i + 2)
        } else if word(i, "a") || word(i, "an") {
            (Decimal::ONE, i + 1)
        } else {
            return None;
        };
        let t = toks.get(unit_at)?;
        let mut buf = [0u8; 32];
        let w = lower(t.text, &mut buf)?;
        let unit = crate::lexicon::time_unit(w)?;
        if w.ends_with('s') || matches!(w, "sec" | "min" | "hr" | "mo" | "yr" | "h" | "wk") {
            return None;
        }
        // Rates ("twice a week", "$5 a day") and relative dates ("a year
        // ago") are not lengths of time.
        if i > 0 {
            let prev = toks[i - 1];
            let mut b2 = [0u8; 32];
            let rate = lower(prev.text, &mut b2).is_some_and(duration::is_rate_word);
            if rate
                || prev.is_digits()
                || matches!(prev.kind, super::token::Tk::Punct('$' | '£' | '€'))
            {
                return None;
            }
            // "500 tonnes a day", "three times a week": a number just before.
            let lo = i.saturating_sub(3);
            if (lo..i)
                .any(|k| toks[k].is_digits() || numeral::parse(toks, k).ok().flatten().is_some())
            {
                return None;
            }
        }
        if word(unit_at + 1, "ago") {
            return None;
        }
        // "a quarter of voters": a share, not a period.
        if w == "quarter" && word(unit_at + 1, "of") {
            return None;
        }
        // "a quarter million dollars": a share of a scale, not a quarter.
        let mut b4 = [0u8; 32];
        if toks
            .get(unit_at + 1)
            .and_then(|t| lower(t.text, &mut b4))
            .and_then(crate::lexicon::scale_word)
            .is_some()
        {
            return None;
        }
        // "a second U-turn", "a second term": an ordinal, not a length.
        if w == "second" {
            let next_is_word = toks.get(unit_at + 1).is_some_and(|t| {
                let mut b3 = [0u8; 32];
                t.is_word() && !lower(t.text, &mut b3).is_some_and(crate::lexicon::is_stop_word)
            });
            if next_is_word || toks.get(unit_at + 1).is_some_and(|t| t.is_dash()) {
                return None;
            }
        }
        let value = if w.starts_with("fortnight") {
            value * Decimal::TWO
        } else {
            value
        };
        let (mut value, mut unit, mut end) = (value, unit, unit_at + 1);
        if let Some((v, u, e)) = duration::compound(toks, end, value, unit) {
            (value, unit, end) = (v, u, e);
        }
        let (hedge, start) = match bound::before(toks, i) {
            Some((h, s)) => (h, s),
            None => (Hedge::Exact, i),
        };
        let precision = if value.fract().is_zero() {
            Decimal::ONE
        } else {
            Decimal::new(5, 1)
        };
        self.push(Quantity {
            kind: Kind::Duration,
            start,
            end,
            hedge,
            amount: Amount::One(Stated { value, precision }),
            unit: RawUnit::Time(unit),
        });
        Some(end)
    }

    /// Decides what the number `n` measures, records it, and returns the
    /// token after what was consumed.
    fn quantity(&mut self, n: Numeral) -> usize {
        let toks = self.toks;
        if n.ordinal {
            self.reject(n.start, n.end, RejectReason::Ordinal);
            return n.end;
        }
        if let Some(end) = reject::time_of_day(toks, &n) {
            self.reject(n.start, end, RejectReason::TimeOfDay);
            return end;
        }
        // A currency mark already taken by the amount before it ("10 $ 30
        // $") is not this number's.
        let prefix = money::before(toks, n.start).filter(|p| {
            let at = toks[p.start].span.start;
            !self
                .out
                .candidates
                .iter()
                .rev()
                .take_while(|c| c.sentence == self.span)
                .any(|c| c.span.start <= at && at < c.span.end)
        });
        // "one in five adults": a proportion, not a count.
        if prefix.is_none()
            && n.start >= 2
            && toks[n.start - 1].text.eq_ignore_ascii_case("in")
            && number_at(toks, n.start - 2)
        {
            self.reject(n.start, n.end, RejectReason::NoUnit);
            return n.end;
        }
        if prefix.is_none()
            && !n.scaled
            && toks
                .get(n.end)
                .is_some_and(|t| t.text.eq_ignore_ascii_case("in"))
            && number_at(toks, n.end + 1)
            && !numeral::parse(toks, n.end + 1)
                .ok()
                .flatten()
                .is_some_and(|m| {
                    reject::year_like(&m) || duration::unit_after(toks, m.end).is_some()
                })
        {
            self.reject(n.start, n.end, RejectReason::NoUnit);
            return n.end;
        }
        // A unit glued to the digits ("45EUR", "3h", "202percent") names
        // what they measure; other glued letters make an id ("5G").
        let unit_glued = toks
            .get(n.end)
            .is_some_and(|t| !t.space_before && t.is_word())
            && (money::after(toks, n.end, false).is_some()
                || percent::after(toks, n.end).is_some()
                || duration::unit_after(toks, n.end).is_some());
        let glued_before =
            n.start > 0 && !toks[n.start].space_before && toks[n.start - 1].is_word();
        // "q=30%25%2020%": percent-encoding in an address, not a share.
        if n.start > 0 && !toks[n.start].space_before && toks[n.start - 1].is_punct('%') {
            let end = self.skip_number(n.start);
            self.reject(n.start, end, RejectReason::Identifier);
            return end;
        }
        let unit_names_it = unit_glued && !glued_before;
        if prefix.is_none() && !unit_names_it {
            if let Some(end) = reject::identifier(toks, &n) {
                self.reject(n.start, end, RejectReason::Identifier);
                return end;
            }
            if let Some(end) = reject::furniture(toks, &n) {
                self.reject(n.start, end, RejectReason::PageFurniture);
                return end;
            }
        }
        // A second number making a range: "5-10", "$5-$7 million", "between
        // 2 and 3", "5 to 10", "two or three".
        let between = n.start > 0 && {
            let p = prefix.map_or(n.start, |p| p.start);
            p > 0 && toks[p - 1].is_word() && toks[p - 1].text.eq_ignore_ascii_case("between")
        };
        let range = self.range_after(&n, between);
        if let Some((ref second, _)) = range
            && reject::year_like(&n)
            && reject::year_like(second)
        {
            self.reject(n.start, second.end, RejectReason::YearLabel);
            return second.end;
        }
        let (first, last) = match range {
            Some((second, _)) => (share_scale(n, &second), Some(second)),
            None => (n, None),
        };
        let tail = last.unwrap_or(first);
        let mut e = tail.end;
        let mut hedge_after = None;
        if let Some((h, after)) = bound::after(toks, e) {
            hedge_after = Some(h);
            e = after;
        }
        let stated = |m: &Numeral| Stated {
            value: m.value,
            precision: m.precision,
        };
        let amount = match last {
            Some(second) => Amount::Range(stated(&first), stated(&second)),
            None => Amount::One(stated(&first)),
        };
        let mut start = prefix.map_or(n.start, |p| p.start);
        if between && start > 0 {
            start -= 1;
        }

        // What the number measures.
        let mut q = if let Some(p) = prefix {
            let mut end = e;
            // "$5 million US dollars" or "$5m (USD)": a trailing code adds nothing.
            if toks.get(end).is_some_and(|t| t.is_word())
                && let Some((code, 1, after)) = money::after(toks, end, true)
                && code == p.code
            {
                end = after;
            }
            Quantity {
                kind: Kind::Money,
                start,
                end,
                hedge: Hedge::Exact,
                amount,
                unit: RawUnit::Currency(p.code),
            }
        } else if let Some((unit, end)) = percent::after(toks, e) {
            Quantity {
                kind: Kind::Percent,
                start,
                end,
                hedge: Hedge::Exact,
                amount,
                unit,
            }
        } else if let Some((code, div, end)) = money::after(toks, e, tail.scaled) {
            let amount = divide(amount, div);
            Quantity {
                kind: Kind::Money,
                start,
                end,
                hedge: Hedge::Exact,
                amount,
                unit: RawUnit::Currency(code),
            }
        } else if let Some(u) = duration::unit_after(toks, e).filter(|_| !first.letter_scale) {
            if u.age {
                self.reject(start, u.end, RejectReason::Age);
                return u.end;
            }
            // "the Seven Years' War": a name.
            if n.spelled
                && n.start > 0
                && toks[n.start].is_capitalized()
                && toks[u.end - 1].is_capitalized()
            {
                let next = toks.get(u.end);
                if next.is_some_and(|t| t.is_punct('\'') || t.is_punct('’') || t.is_capitalized())
                {
                    self.reject(n.start, u.end, RejectReason::Identifier);
                    return u.end;
                }
            }
            if n.start > 0 && toks[n.start - 1].text.eq_ignore_ascii_case("aged") {
                self.reject(n.start - 1, e, RejectReason::Age);
                return e;
            }
            let amount = if u.times > 1 {
                times(amount, u.times)
            } else {
                amount
            };
            let (mut amount, mut unit, mut end) = (amount, u.unit, u.end);
            if let Amount::One(s) = amount
                && let Some((v, cu, ce)) = duration::compound(toks, end, s.value, unit)
            {
                let precision = if cu == unit {
                    s.precision
                } else {
                    Decimal::ONE
                };
                amount = Amount::One(Stated {
                    value: v,
                    precision,
                });
                unit = cu;
                end = ce;
            }
            Quantity {
                kind: Kind::Duration,
                start,
                end,
                hedge: Hedge::Exact,
                amount,
                unit: RawUnit::Time(unit),
            }
        } else if let Some(np) =
            count::noun_after(toks, e, first.value == Decimal::ONE && last.is_none())
        {
            if reject::year_like(&first) && last.is_none() {
                // "the 2020 election"
                self.reject(n.start, n.end, RejectReason::YearLabel);
                return n.end;
            }
            if first.fraction {
                // "three-quarters of members": a share, not a count.
                self.reject(n.start, e, RejectReason::NoUnit);
                return e;
            }
            let mut amount = amount;
            if np.other
                && let (Some((s, items)), Amount::One(st)) =
                    (count::and_other_start(toks, start), amount)
            {
                start = s;
                amount = Amount::One(Stated {
                    value: st.value + Decimal::from(items),
                    precision: st.precision,
                });
            }
            let phrase = self.text_of(self.tok_span(np.start, np.end)).to_string();
            Quantity {
                kind: Kind::Count,
                start,
                end: np.end,
                hedge: Hedge::Exact,
                amount,
                unit: RawUnit::Noun {
                    lemma: np.lemma,
                    phrase,
                },
            }
        } else {
            let reason = if reject::year_like(&first) {
                RejectReason::YearLabel
            } else {
                RejectReason::NoUnit
            };
            self.reject(n.start, tail.end, reason);
            return tail.end;
        };
        // "20 dollars 43 cents", "$20 and 43c", "3 GBP 1 pence": one amount.
        if q.kind == Kind::Money
            && let Amount::One(s) = q.amount
            && !first.scaled
            && s.value.fract().is_zero()
            && s.precision == Decimal::ONE
            && let Some((minor, end)) = money::minor_after(toks, q.end)
        {
            q.amount = Amount::One(Stated {
                value: s.value + minor / Decimal::ONE_HUNDRED,
                precision: Decimal::new(1, 2),
            });
            q.end = end;
        }
        if first.letter_scale && !matches!(q.kind, Kind::Money | Kind::Count) {
            self.reject(n.start, tail.end, RejectReason::NoUnit);
            return tail.end;
        }
        // Hedges: before the first token, or after the number or unit.
        if let Some((h, s)) = bound::before(toks, q.start) {
            q.hedge = h;
            q.start = s;
        }
        if let Some(h) = hedge_after {
            q.hedge = h;
        } else if let Some((h, after)) = bound::after(toks, q.end) {
            q.hedge = h;
            q.end = after;
        }
        if matches!(q.amount, Amount::Range(..)) {
            q.hedge = Hedge::Exact;
        }
        let end = q.end;
        self.push(q);
        end
    }

    /// A second number after `n` that makes a range with it, and the
    /// connector's token.
    fn range_after(&self, n: &Numeral, between: bool) -> Option<(Numeral, usize)> {
        let toks = self.toks;
        let mut c = n.end;
        // "3% and 4%", "5 per cent to 7 per cent", "10 dollars to 20
        // dollars": the unit may be repeated.
        let mut repeated_money = None;
        if let Some((_, after)) = percent::after(toks, c) {
            c = after;
        } else if let Some((code, 1, after)) = money::after(toks, c, n.scaled)
            && toks.get(c).is_some_and(|t| t.is_word())
        {
            repeated_money = Some(code);
            c = after;
        }
        let t = toks.get(c)?;
        let connector = t.is_dash()
            || (t.is_word() && t.text.eq_ignore_ascii_case("to"))
            || (between && t.is_word() && t.text.eq_ignore_ascii_case("and"))
            || (t.is_word() && t.text.eq_ignore_ascii_case("or") && n.spelled);
        if !connector {
            return None;
        }
        let mut k = c + 1;
        // "$5-$7 million": the currency may be repeated.
        if toks.get(k).is_some_and(|t| matches!(t.kind, super::token::Tk::Punct(ch) if crate::lexicon::currency_symbol(ch).is_some())) {
            k += 1;
        } else if toks.get(k).is_some_and(|t| t.is_word() && !t.space_before) && toks.get(k + 1).is_some_and(|t| t.is_punct('$')) {
            k += 2;
        }
        let second = numeral::parse(toks, k).ok()??;
        if second.ordinal || second.fraction != n.fraction {
            return None;
        }
        // "7-Eleven": digits and words do not make a range across a hyphen.
        if t.is_dash() && !t.space_before && n.spelled != second.spelled {
            return None;
        }
        // The unit repeated on the first number must be repeated on the
        // second: "3% and 4%".
        match repeated_money {
            Some(code) => {
                if money::after(toks, second.end, second.scaled).is_none_or(|(c2, _, _)| c2 != code)
                {
                    return None;
                }
            }
            None => {
                if c != n.end && percent::after(toks, second.end).is_none() {
                    return None;
                }
            }
        }
        let first = share_scale(*n, &second);
        if second.value < first.value {
            return None;
        }
        // "10-12 October" is a date range, handled elsewhere; a score
        // "3-2" fails the order test above.
        Some((second, c))
    }
}

/// Whether `n` is the pronoun "one": a bare "one" after a determiner
/// ("the one you mentioned", "which one").
fn pronoun_one(toks: &[Token<'_>], n: &numeral::Numeral) -> bool {
    n.end == n.start + 1
        && numeral::is_word(toks, n.start, "one")
        && n.start > 0
        && [
            "the", "this", "that", "which", "each", "every", "any", "another", "no",
        ]
        .iter()
        .any(|w| numeral::is_word(toks, n.start - 1, w))
}

/// A ratio starting with the number `n`: "one over three" (with nothing
/// after the divisor), "two out of five hundred", "1 in twenty-one".
/// Returns its value and the token after it.
fn ratio_after(toks: &[Token<'_>], n: &numeral::Numeral) -> Option<(Decimal, usize)> {
    if n.ordinal || n.fraction || !n.value.fract().is_zero() {
        return None;
    }
    let (k, kind) = if numeral::is_word(toks, n.end, "over") {
        (n.end + 1, 0)
    } else if numeral::is_word(toks, n.end, "out") && numeral::is_word(toks, n.end + 1, "of") {
        (n.end + 2, 1)
    } else if numeral::is_word(toks, n.end, "in") {
        (n.end + 1, 2)
    } else {
        return None;
    };
    let m = numeral::parse(toks, k).ok()??;
    if m.ordinal || m.fraction || m.value.is_zero() || m.value.is_sign_negative() {
        return None;
    }
    let ok = match kind {
        // "2000 over 3 years" is a span of time, not a ratio.
        0 => toks.get(m.end).is_none_or(|t| {
            matches!(
                t.kind,
                super::token::Tk::Punct('.' | ',' | ';' | '?' | '!' | ')')
            )
        }),
        1 => true,
        _ => n.value < m.value && !reject::year_like(&m),
    };
    if !ok {
        return None;
    }
    Some((numeral::ratio(n.value, m.value)?, m.end))
}

/// Whether the sentence opens with a minus standing apart from the number
/// after it: "- 1,200,000".
fn spaced_minus(toks: &[Token<'_>]) -> bool {
    toks.first().is_some_and(|t| {
        matches!(t.kind, super::token::Tk::Punct('-' | '−'))
            && toks.get(1).is_some_and(|n| n.space_before && n.is_digits())
    })
}

/// Whether token `i` is digits or a spelled cardinal.
fn starts_number(toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    if t.is_digits() {
        return true;
    }
    if !t.is_word() {
        return false;
    }
    let mut buf = [0u8; 32];
    lower_word(t.text, &mut buf).is_some_and(|w| {
        crate::lexicon::unit_word(w).is_some_and(|v| v > 1)
            || crate::lexicon::tens_word(w).is_some()
    })
}

/// Whether a number starts at token `i`.
fn number_at(toks: &[Token<'_>], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        t.is_digits()
            || (t.is_word() && matches!(numeral::parse(toks, i), Ok(Some(n)) if !n.ordinal))
    })
}

/// "$5-$7 million": a scale written only on the second number applies to
/// the first.
fn share_scale(first: Numeral, second: &Numeral) -> Numeral {
    if first.scaled || !second.scaled || second.scale_pow == 0 {
        return first;
    }
    let mut f = Decimal::ONE;
    for _ in 0..second.scale_pow {
        f *= Decimal::TEN;
    }
    match (first.value.checked_mul(f), first.precision.checked_mul(f)) {
        (Some(v), Some(p)) => Numeral {
            value: v,
            precision: p,
            scaled: true,
            scale_pow: second.scale_pow,
            ..first
        },
        _ => first,
    }
}

/// An amount in a unit that holds `k` of the unit it is counted in: two
/// fortnights are four weeks.
fn times(amount: Amount, k: u32) -> Amount {
    let k = Decimal::from(k);
    let f = |s: Stated| Stated {
        value: s.value * k,
        precision: s.precision * k,
    };
    match amount {
        Amount::One(s) => Amount::One(f(s)),
        Amount::Range(a, b) => Amount::Range(f(a), f(b)),
        Amount::Vague { lo, hi } => Amount::Vague {
            lo: lo * k,
            hi: hi * k,
        },
    }
}

/// Cents and pence: an amount in a sub-unit, as main units.
fn divide(amount: Amount, div: u32) -> Amount {
    if div == 1 {
        return amount;
    }
    let d = Decimal::from(div);
    let f = |s: Stated| Stated {
        value: s.value / d,
        precision: s.precision / d,
    };
    match amount {
        Amount::One(s) => Amount::One(f(s)),
        Amount::Range(a, b) => Amount::Range(f(a), f(b)),
        Amount::Vague { lo, hi } => Amount::Vague {
            lo: lo / d,
            hi: hi / d,
        },
    }
}

/// Every number in `text`, for callers that want numbers whatever they
/// measure.
pub(crate) fn numbers(text: &str) -> Vec<NumberMention> {
    let mut out = Vec::new();
    let mut toks = Vec::new();
    for sentence in segment::sentences(text, 0) {
        let s = &text[sentence.start..sentence.end];
        tokenize(s, sentence.start, &mut toks);
        let mut i = 0;
        while i < toks.len() {
            // Phone numbers, when punctuation joins the groups: "1 234 567"
            // is one number written in groups.
            let joined = toks[i].is_punct('+')
                || toks[i].is_punct('(')
                || (toks[i].is_digits()
                    && toks.get(i + 1).is_some_and(|t| {
                        !t.space_before && matches!(t.kind, super::token::Tk::Punct(_))
                    }));
            if joined && let Some(end) = reject::phone_at(&toks, i) {
                i = end;
                continue;
            }
            let n = match numeral::parse(&toks, i) {
                // "- 1,200,000": a minus standing apart at the start.
                Ok(Some(mut n))
                    if i == 1 && numeral::sign_at(&toks, 0).is_none() && spaced_minus(&toks) =>
                {
                    n.start = 0;
                    n.value = -n.value;
                    n
                }
                Ok(Some(n)) => n,
                Ok(None) => {
                    i += 1;
                    continue;
                }
                Err(OutOfRange { end, .. }) => {
                    i = end.max(i + 1);
                    continue;
                }
            };
            // "Which one do you prefer?": "one" standing for a noun.
            if pronoun_one(&toks, &n) {
                i = n.end;
                continue;
            }
            // "one over three", "two out of five hundred", "1 in twenty-one":
            // a ratio.
            if let Some((value, end)) = ratio_after(&toks, &n) {
                out.push(NumberMention {
                    span: Span::new(toks[n.start].span.start, toks[end - 1].span.end),
                    amount: Amount::One(Stated {
                        value,
                        precision: Decimal::new(1, 2),
                    }),
                    hedge: Hedge::Exact,
                    ordinal: false,
                });
                i = end;
                continue;
            }
            let sent = Sentence {
                body: text,
                offset: 0,
                span: sentence,
                toks: &toks,
                dates: &[],
                out: &mut Extracted::default(),
            };
            let between = n.start > 0 && toks[n.start - 1].text.eq_ignore_ascii_case("between");
            let range = if n.ordinal {
                None
            } else {
                sent.range_after(&n, between)
            };
            let (amount, end) = match range {
                Some((second, _)) => {
                    let first = share_scale(n, &second);
                    (
                        Amount::Range(
                            Stated {
                                value: first.value,
                                precision: first.precision,
                            },
                            Stated {
                                value: second.value,
                                precision: second.precision,
                            },
                        ),
                        second.end,
                    )
                }
                None => (
                    Amount::One(Stated {
                        value: n.value,
                        precision: n.precision,
                    }),
                    n.end,
                ),
            };
            let mut start = if between { n.start - 1 } else { n.start };
            if let Some((_, c)) = range
                && start > 0
                && numeral::is_word(&toks, c, "to")
                && numeral::is_word(&toks, start - 1, "from")
            {
                start -= 1;
            }
            let mut hedge = Hedge::Exact;
            let mut end = end;
            // "five hundred or more": a bound written after the number
            // replaces one before it ("about five hundred or more").
            if range.is_none()
                && !n.ordinal
                && let Some((h, after)) = bound::after(&toks, end)
            {
                hedge = h;
                end = after;
            } else if !between && let Some((h, s)) = bound::before(&toks, start) {
                hedge = h;
                start = s;
            }
            let span = Span::new(toks[start].span.start, toks[end - 1].span.end);
            out.push(NumberMention {
                span,
                amount,
                hedge,
                ordinal: n.ordinal,
            });
            i = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(Kind, String)> {
        extract(text, 0)
            .candidates
            .iter()
            .map(|c| (c.kind, c.text.to_string()))
            .collect()
    }

    #[test]
    fn kinds_and_quotes() {
        assert_eq!(
            quotes("The $34bn float was blocked."),
            [(Kind::Money, "$34bn".into())]
        );
        assert_eq!(
            quotes("Ant's US$35-billion IPO."),
            [(Kind::Money, "US$35-billion".into())]
        );
        assert_eq!(
            quotes("It takes effect in 45 days."),
            [(Kind::Duration, "45 days".into())]
        );
        assert_eq!(
            quotes("Despite the 45-day deadline."),
            [(Kind::Duration, "45-day".into())]
        );
        assert_eq!(
            quotes("It is 33% owned by Alibaba."),
            [(Kind::Percent, "33%".into())]
        );
        assert_eq!(
            quotes("banning eight Chinese software applications, including"),
            [(Kind::Count, "eight Chinese software applications".into())]
        );
        assert_eq!(
            quotes("Alipay and seven other Chinese apps are banned"),
            [(Kind::Count, "Alipay and seven other Chinese apps".into())]
        );
        assert_eq!(
            quotes("just over two weeks before"),
            [(Kind::Duration, "just over two weeks".into())]
        );
        assert_eq!(
            quotes("added dozens of Chinese companies"),
            [(Kind::Count, "dozens of Chinese companies".into())]
        );
    }

    /// Every number `numbers` finds: its quote, its value (or its ends,
    /// for ranges) and its hedge.
    fn mentions(text: &str) -> Vec<(String, String, Hedge)> {
        numbers(text)
            .iter()
            .map(|m| {
                let value = match m.amount {
                    Amount::One(s) => s.value.normalize().to_string(),
                    Amount::Range(a, b) => {
                        format!("{}..{}", a.value.normalize(), b.value.normalize())
                    }
                    Amount::Vague { lo, hi } => format!("{lo}..{hi}"),
                };
                (m.span.slice(text).to_string(), value, m.hedge)
            })
            .collect()
    }

    fn one(text: &str) -> (String, String) {
        let found = mentions(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (found[0].0.clone(), found[0].1.clone())
    }

    #[test]
    fn numbers_read_signs() {
        assert_eq!(one("-504"), ("-504".into(), "-504".into()));
        assert_eq!(
            one("minus 1,200,000"),
            ("minus 1,200,000".into(), "-1200000".into())
        );
        assert_eq!(
            one("- 1,200,000"),
            ("- 1,200,000".into(), "-1200000".into())
        );
        assert_eq!(one("negative five hundred and four").1, "-504");
        assert_eq!(one("+15").1, "15");
        // Hyphens inside names and ranges are not signs.
        assert_eq!(mentions("COVID-19 cases")[0].1, "19");
        let season = mentions("the 2020-21 season");
        assert_eq!(season.len(), 2, "{season:?}");
        assert_eq!(season[1].1, "21");
    }

    #[test]
    fn numbers_read_fractions() {
        assert_eq!(one("3/4"), ("3/4".into(), "0.75".into()));
        assert_eq!(one("2 1/4").1, "2.25");
        assert_eq!(one("-4/5").1, "-0.8");
        assert_eq!(one("two thirds").1, "0.666666666666667");
        assert_eq!(one("twenty-three fifths").1, "4.6");
        assert_eq!(one("five and a quarter").1, "5.25");
        assert_eq!(one("three million and a half").1, "3500000");
        assert_eq!(one("half a million").1, "500000");
        assert_eq!(one("one over three").1, "0.333333333333333");
        assert_eq!(one("two out of five hundred").1, "0.004");
        assert_eq!(one("¾").1, "0.75");
        // Dates and paths are not fractions.
        assert!(mentions("1/20/2021").iter().all(|m| !m.1.contains('.')));
        // "2000 over 3 years" is a span of time.
        assert_eq!(mentions("$2000 over 3 years").len(), 2);
    }

    #[test]
    fn numbers_read_spoken_decimals_and_groups() {
        assert_eq!(one("two point two million").1, "2200000");
        assert_eq!(one("thirty-two point seventy-five").1, "32.75");
        assert_eq!(one("nine point nought four").1, "9.04");
        assert_eq!(one("12,34,567.89").1, "1234567.89");
        assert_eq!(one("1 234 567").1, "1234567");
        assert_eq!(one("3 hundred and 21").1, "321");
        assert_eq!(one("3 dozens").1, "36");
        assert_eq!(one("half a dozen").1, "6");
        assert_eq!(one("twentyfifth").1, "25");
        // "at one point" is an idiom, not a decimal point.
        assert_eq!(mentions("At one point five people left").len(), 2);
        // "423 0000" is two numbers.
        assert_eq!(mentions("423 0000").len(), 2);
    }

    #[test]
    fn numbers_read_bounds() {
        let bound = |text: &str| mentions(text).first().map(|m| (m.0.clone(), m.2));
        assert_eq!(bound(">= 30"), Some((">= 30".into(), Hedge::AtLeast)));
        assert_eq!(bound("x<20"), Some(("<20".into(), Hedge::LessThan)));
        assert_eq!(
            bound("less than or equal to 100"),
            Some(("less than or equal to 100".into(), Hedge::UpTo))
        );
        assert_eq!(
            bound("bigger or equal than 3965"),
            Some(("bigger or equal than 3965".into(), Hedge::AtLeast))
        );
        assert_eq!(
            bound("about five hundred or more"),
            Some(("five hundred or more".into(), Hedge::AtLeast))
        );
        assert_eq!(
            bound("losses could exceed 3000"),
            Some(("exceed 3000".into(), Hedge::MoreThan))
        );
        // "<>30" is another operator.
        assert_eq!(bound("<>30").map(|b| b.1), Some(Hedge::Exact));
        // "200 or greater than 190" is two bounds.
        assert_eq!(mentions("200 or greater than 190").len(), 2);
        assert_eq!(mentions("from 10 to 20")[0].0, "from 10 to 20".to_string());
        // The pronoun "one" is no number.
        assert!(mentions("Which one do you prefer?").is_empty());
    }

    #[test]
    fn every_word_that_starts_a_number_is_read() {
        // Each starts a number in its own way; none may be skipped unread.
        for (text, quote) in [
            (
                "It costs quarter million us dollars.",
                "quarter million us dollars",
            ),
            ("They hired fortytwo nurses.", "fortytwo nurses"),
            ("Prices fell by half a dozen cents.", "half a dozen cents"),
            ("Some thirty-four apps and several firms", "several firms"),
        ] {
            let got = quotes(text);
            assert!(
                got.iter().any(|(_, q)| q == quote),
                "{text}: {quote:?} not in {got:?}"
            );
        }
        // Signs, minus words and one-character fractions: debug builds
        // check that the filters let them through to the scan.
        quotes("The temperature hit minus five and -3 degrees, and ½ of them left.");
    }

    #[test]
    fn traps_yield_nothing() {
        for trap in [
            "© 2009 – 2021 NewsCentral Media",
            "(c) 2020 Bloomberg LP",
            "Call 555-123-4567 now.",
            "on the first day of his presidency",
            "a second U-turn in its decision",
            "The Airbus A320 and COVID-19.",
            "Tesla's Model 3 is popular.",
            "They met at 10:30 and left at 3pm.",
            "the 2020 election",
            "The score was 42.",
        ] {
            assert_eq!(quotes(trap), [], "{trap}");
        }
    }
}
