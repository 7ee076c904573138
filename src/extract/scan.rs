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
        // Dates are found sentence by sentence: a date never runs across a
        // sentence end.
        date::scan_sentence(text, sentence.start, &mut scratch, &mut dates);
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
        tokenize(text, sentence.start, &mut toks);
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
        || matches!(
            w,
            "a" | "an"
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

/// Whether the scan can skip token `t` unread: a word that starts no
/// number, or a symbol that starts nothing the scan reads.
fn skippable(t: &Token<'_>) -> bool {
    match t.kind {
        Tk::Word => {
            let mut buf = [0u8; 32];
            !lower_word(t.text, &mut buf).is_some_and(number_start)
        }
        Tk::Digits => false,
        Tk::Punct(c) => !matches!(c, '+' | '(' | '.'),
    }
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
            if skippable(&toks[i]) {
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
        // "one in five adults": a proportion, not a count.
        if n.start >= 2
            && toks[n.start - 1].text.eq_ignore_ascii_case("in")
            && number_at(toks, n.start - 2)
        {
            self.reject(n.start, n.end, RejectReason::NoUnit);
            return n.end;
        }
        if toks
            .get(n.end)
            .is_some_and(|t| t.text.eq_ignore_ascii_case("in"))
            && number_at(toks, n.end + 1)
        {
            self.reject(n.start, n.end, RejectReason::NoUnit);
            return n.end;
        }
        let prefix = money::before(toks, n.start);
        if prefix.is_none() {
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
            if let Some((code, 1, after)) = money::after(toks, end, true)
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
        // "3% and 4%", "5 per cent to 7 per cent": the unit may be repeated.
        if let Some((_, after)) = percent::after(toks, c) {
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
        if c != n.end && percent::after(toks, second.end).is_none() {
            return None;
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
            let n = match numeral::parse(&toks, i) {
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
            let mut hedge = Hedge::Exact;
            if !between && let Some((h, s)) = bound::before(&toks, start) {
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
