//! The extraction loop: sentences, tokens, numbers, then what each number
//! measures.
//!
//! For each sentence the loop finds the dates (`date.rs`) and asks the
//! prefilter (`prefilter.rs`) where a number could start; a sentence with
//! neither is skipped unread. It then reads the sentence's tokens in
//! order: a word the prefilter did not mark is skipped, a vague amount or
//! a duration with no number ("dozens of", "a month") is read by its kind,
//! and a number is read (`numeral.rs`, with its range from `bound.rs`),
//! tried against the rejections that hold for every kind (`reject.rs`),
//! and then offered to each kind in the order of [`KINDS`]. The first kind
//! that takes it, or rejects it, decides; a number no kind takes is a
//! number with no unit.

use std::cell::OnceCell;

use rust_decimal::Decimal;

use super::date::{self, DateFound};
use super::numeral::{self, Numeral, OutOfRange};
use super::prefilter::{self, Cue};
use super::token::{Tk, Token, tokenize};
use super::{
    Amount, CONTEXT_WORDS, Candidate, Extracted, Hedge, Kind, Nearby, RawUnit, RejectReason,
    Rejection, Stated, age, bound, casualty, count, duration, holder, measure, money, percent,
    reject, tally,
};
use crate::lexicon::lower;
use crate::span::Span;
use places::{mark_starts, sentence_hits};
use room::Room;

/// How many candidates handed over are kept in the list before they are
/// dropped together.
const HANDED_BATCH: usize = 32;

/// How many tokens each side of a quote are read to find its context words.
const CONTEXT_TOKENS: usize = 4 * CONTEXT_WORDS;

/// What a kind decides about a number, given what every kind needs to know.
type Decide = fn(&Reading<'_, '_>) -> Option<Verdict>;

/// The kinds a number is offered to, in order. A currency written before
/// the amount makes money whatever follows; a percent sign outranks a
/// currency word after the number ("5 per cent"); a share ("two-thirds
/// of", "one in five") outranks what follows it; then currency words,
/// ages (before units of time: "45-year-old" is an age, not a length of
/// time), units of time, units of physical measures (before counted nouns,
/// so that "six inches" is a length, not six things called inches) and
/// counted nouns; last, counts of people whose noun a role implies ("9
/// dead", "the toll rose to 23").
const KINDS: [Decide; 9] = [
    money::with_prefix,
    percent::decide,
    percent::share,
    money::with_suffix,
    age::decide,
    duration::decide,
    measure::decide,
    count::decide,
    casualty::decide,
];

/// Extracts the candidates of one body and hands each to `take`, in text
/// order, as soon as the scan is done with it; stops after the first
/// sentence that takes the candidates past `max_candidates` or the
/// rejections past `max_rejections`. Returns the rejections, how many
/// candidates were handed over, and, with a stop, where the unread text
/// begins (an offset in the source text). Without `dated`, the text has no
/// publication date, and the dates counted from it that state a duration
/// ("in two weeks") are left to that duration.
///
/// The scan reads the candidate read last (a count that "them" or "the
/// total" continues) and may still link the last one of a sentence to the
/// next in it, so the candidates of the last sentence that had any are held
/// until a later sentence has its own. The others go at once: the
/// candidates held at a time are a sentence's, not a text's.
pub(crate) fn extract_limited<'t>(
    body: &'t str,
    offset: usize,
    max_candidates: usize,
    max_rejections: usize,
    dated: bool,
    mut take: impl FnMut(&mut Candidate<'t>),
) -> (Vec<Rejection>, usize, Option<usize>) {
    let mut out = Extracted::default();
    // Candidates handed over so far.
    let mut handed = 0;
    // The span of the last one handed over, as its start and end.
    let mut last = (0, 0);
    // Where the candidates not yet handed over begin in `out`: those
    // before it are dropped a batch at a time, so that the few held back
    // are not moved down the list after every sentence.
    let mut done = 0;
    // Hands over, in text order, the candidates from `done` to `end` in
    // `out`: the candidates of whole sentences, which lie after those of
    // earlier sentences, so that sorting them one group at a time orders
    // them as sorting them all at once would.
    let mut hand_over = |out: &mut Extracted<'t>, end: usize, done: &mut usize| {
        let fresh = &mut out.candidates[*done..end];
        fresh.sort_by_key(|c| (c.span.start, c.span.end));
        // Handed over where they lie: a candidate is too large to move
        // for nothing.
        for c in fresh {
            debug_assert!((c.span.start, c.span.end) >= last, "out of text order");
            last = (c.span.start, c.span.end);
            take(c);
        }
        *done = end;
        if *done >= HANDED_BATCH {
            out.candidates.drain(..*done);
            *done = 0;
        }
    };
    let Room {
        mut toks,
        mut scratch,
        mut dates,
        hits: mut all_hits,
        mut ends,
        mut cues,
    } = Room::take();
    let text = Text { body, offset };
    // Where a limit stopped the scan, if one did.
    let mut stopped = None;
    // The places of a sentence read alone.
    let mut own = Vec::new();
    // A body is read in stretches of whole lines (see `stretch`).
    let mut from = 0;
    // A body of one stretch has its sentences checked where they are cut
    // (`segment::sentences_at`); a longer one, against the body's, here.
    #[cfg(debug_assertions)]
    let body_sentences = if body.len() > stretch::WHOLE_BYTES {
        crate::segment::sentences(body, offset)
    } else {
        Vec::new()
    };
    'stretches: while from < body.len() {
        let to = stretch::end(body.as_bytes(), from);
        let (sentences, whole) =
            stretch::sentences(body, offset, from..to, &mut all_hits, &mut ends);
        #[cfg(debug_assertions)]
        if body.len() > stretch::WHOLE_BYTES {
            stretch::check(&sentences, &body_sentences, offset, from..to);
        }
        let mut next = 0;
        for sentence in sentences {
            let piece = &body[sentence.start - offset..sentence.end - offset];
            let hits = if whole {
                sentence_hits(text, sentence, &all_hits, &mut next, &mut own)
            } else {
                own.clear();
                prefilter::find(piece, sentence.start, &mut own);
                &own
            };
            let numbers = hits.iter().any(|h| h.cue.triggers());
            // Most sentences of news hold no number and no date: they are
            // skipped untokenized, which is most of the extractor's speed.
            if !numbers && !prefilter::may_hold_date(piece, sentence.start, hits) {
                #[cfg(debug_assertions)]
                {
                    // The gate is exact: checked in every debug build.
                    tokenize(piece, sentence.start, &mut toks);
                    date::scan_sentence(piece, sentence.start, &toks, &mut scratch, &mut dates);
                    debug_assert!(dates.is_empty(), "date gate skipped {piece:?}");
                }
                continue;
            }
            tokenize(piece, sentence.start, &mut toks);
            // Dates are found sentence by sentence, in the same tokens: a date
            // never runs across a sentence end.
            date::scan_sentence(piece, sentence.start, &toks, &mut scratch, &mut dates);
            if !dated {
                dates.retain(|d| !d.shares_tokens());
            }
            if dates.is_empty() && !numbers {
                continue;
            }
            mark_starts(&toks, hits, &mut cues);
            let held = out.candidates.len();
            let mut s = Sentence {
                text,
                span: sentence,
                toks: &toks,
                cues: &cues,
                dates: &dates,
                out: &mut out,
            };
            s.scan();
            if out.candidates.len() > held {
                handed += held - done;
                hand_over(&mut out, held, &mut done);
            }
            if handed + (out.candidates.len() - done) > max_candidates
                || out.rejections.len() > max_rejections
            {
                stopped = Some(sentence.end);
                break 'stretches;
            }
        }
        from = to;
    }
    let all = out.candidates.len();
    handed += all - done;
    hand_over(&mut out, all, &mut done);
    let room = Room {
        toks,
        scratch,
        dates,
        hits: all_hits,
        ends,
        cues,
    };
    room.keep();
    (out.rejections, handed, stopped)
}

/// The text a body is part of, to quote token spans from.
#[derive(Clone, Copy)]
pub(super) struct Text<'t> {
    body: &'t str,
    offset: usize,
}

impl<'t> Text<'t> {
    /// The text of `span`, a span of the source text within the body.
    pub(super) fn at(&self, span: Span) -> &'t str {
        self.body
            .get(span.start - self.offset..span.end - self.offset)
            .unwrap_or("")
    }

    /// The text of tokens `start..end`, as written.
    pub(super) fn quote(&self, toks: &[Token<'_>], start: usize, end: usize) -> &'t str {
        self.at(Span::new(toks[start].span.start, toks[end - 1].span.end))
    }
}

/// What a number, a vague amount or a duration turned out to measure: the
/// tokens it takes (its hedge included), its kind, amount and unit.
pub(super) struct Quantity {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub hedge: Hedge,
    pub amount: Amount,
    pub unit: RawUnit,
}

/// What a kind, or a rejection that holds for every kind, decides about a
/// number.
pub(super) enum Verdict {
    /// It is a fact of this kind.
    Take(Quantity),
    /// It is no fact: tokens `start..end`, and why.
    Reject(usize, usize, RejectReason),
}

/// A number as every kind sees it: the number, the range it starts, the
/// currency written before it and the hedge written after it.
#[derive(Clone)]
pub(super) struct Reading<'a, 't> {
    /// The sentence's tokens.
    pub toks: &'a [Token<'t>],
    /// The text, to quote a counted noun phrase from.
    pub text: Text<'t>,
    /// The number as read.
    pub n: Numeral,
    /// A currency written before it: "$", "US$", "Rs".
    pub prefix: Option<money::Prefix>,
    /// The first number, with the scale of the second when only that one
    /// has it ("$5-$7 million").
    pub first: Numeral,
    /// The second number of a range.
    pub last: Option<Numeral>,
    /// The last number read: `last`, or else `first`.
    pub tail: Numeral,
    /// The amount stated.
    pub amount: Amount,
    /// The first token of the quote so far: the currency mark or
    /// "between" included.
    pub start: usize,
    /// The token after the numbers and a hedge written after them.
    pub end: usize,
    /// A hedge written after the numbers: "or more", "-plus".
    pub hedge_after: Option<Hedge>,
    /// The hedge written right before `start` ("at least", "about") and
    /// the token it begins at, read once, when first asked for.
    hedge_before: OnceCell<Option<(Hedge, usize)>>,
    /// The sentence the number is in.
    pub sentence: Span,
    /// The candidate read last before the number, in this sentence or an
    /// earlier one: the count "them" or "the total" continues.
    pub prior: Option<&'a Candidate<'t>>,
}

impl Reading<'_, '_> {
    /// `read()`, or `None` at once when `declined`: a first test a kind
    /// makes to turn a number away without its full reading. Debug builds
    /// check that the full reading would have found nothing either.
    #[inline]
    pub(super) fn read_unless<T>(&self, declined: bool, read: impl Fn() -> Option<T>) -> Option<T> {
        if declined {
            debug_assert!(read().is_none(), "a first test turned away {:?}", self.n);
            return None;
        }
        read()
    }

    /// The hedge written right before token `start`: read once where
    /// `start` is the reading's own.
    pub(super) fn hedge_at(&self, start: usize) -> Option<(Hedge, usize)> {
        if start == self.start {
            *self
                .hedge_before
                .get_or_init(|| bound::before(self.toks, start))
        } else {
            bound::before(self.toks, start)
        }
    }

    /// The first token of the hedge right before token `start`, or
    /// `start`.
    pub(super) fn lead(&self, start: usize) -> usize {
        self.hedge_at(start).map_or(start, |(_, s)| s)
    }

    /// A fact of `kind` over tokens `self.start..end`, exact until its
    /// hedges are read.
    pub(super) fn take(&self, kind: Kind, end: usize, amount: Amount, unit: RawUnit) -> Verdict {
        Verdict::Take(Quantity {
            kind,
            start: self.start,
            end,
            hedge: Hedge::Exact,
            amount,
            unit,
        })
    }
}

struct Sentence<'a, 't> {
    text: Text<'t>,
    span: Span,
    toks: &'a [Token<'t>],
    /// Per token: what the prefilter found there.
    cues: &'a [Cue],
    dates: &'a [DateFound],
    out: &'a mut Extracted<'t>,
}

impl<'a, 't> Sentence<'a, 't> {
    fn text_of(&self, span: Span) -> &'t str {
        self.text.at(span)
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
        let mut copyright = reject::Copyright::default();
        // A date that runs across a sentence boundary ("January. 1") is
        // not one date.
        for d in self.dates {
            if self.span.contains(d.span) {
                let start = toks.partition_point(|t| t.span.start < d.span.start);
                let end = toks.partition_point(|t| t.span.start < d.span.end);
                if reject::page_stamp(toks, start, end) {
                    self.reject(start, end, RejectReason::PageFurniture);
                } else {
                    self.push_date(d);
                }
            }
        }
        let mut i = 0;
        while i < toks.len() {
            // A token the scan skips is skipped inside a date or out of
            // one alike: it is tested first, before the dates are searched.
            if self.skippable(i) {
                i += 1;
                continue;
            }
            if let Some(end) = self.date_end(i) {
                i = end;
                continue;
            }
            if toks[i].is_digits() && copyright.before(toks, i) {
                let end = numeral::end_of(toks, i);
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
            if self.bare_article(i) {
                #[cfg(debug_assertions)]
                self.assert_reads_nothing(i);
                i += 1;
                continue;
            }
            // Readings that start at a word with no number, or that would
            // otherwise be read as an id: "millions of dollars", "dozens of
            // companies", "dozens were killed", "a month", "a dollar", "in
            // his forties", "in her 40s".
            // Each such reading starts at a word it tests for first: a token
            // that none of those tests passes, such as any run of digits
            // but a decade's, is spared them all.
            let wordy = if wordy::may_start(toks, i) {
                wordy::read(self.text, toks, i)
            } else {
                debug_assert!(wordy::read(self.text, toks, i).is_none(), "{:?}", toks[i]);
                None
            };
            if let Some(q) = wordy {
                i = q.end;
                self.push(q);
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

    /// If token `i` lies in a date, the first token after that date.
    fn date_end(&self, i: usize) -> Option<usize> {
        let at = self.toks[i].span.start;
        // Dates come in text order and do not overlap: only the last one
        // starting at or before `at` can hold it.
        let k = self.dates.partition_point(|d| d.span.start <= at);
        let d = self.dates[..k]
            .last()
            .filter(|d| at < d.span.end && !d.shares_tokens())?;
        Some(self.toks.partition_point(|t| t.span.start < d.span.end))
    }

    fn overlaps_date(&self, start: usize, end: usize) -> bool {
        let span = self.tok_span(start, end);
        let k = self.dates.partition_point(|d| d.span.start < span.end);
        self.dates[..k]
            .last()
            .is_some_and(|d| d.span.overlaps(span) && !d.shares_tokens())
    }

    fn push_date(&mut self, d: &DateFound) {
        let span = d.span;
        let text = self.text_of(span);
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
            before: Nearby::default(),
            after: Nearby::default(),
            holder: None,
            linked_after: Vec::new(),
        });
        self.fill_context();
    }

    /// Fills in the words of the sentence before and after the candidate
    /// pushed last, nearest first: in place, as the lists are large.
    fn fill_context(&mut self) {
        let (toks, cues) = (self.toks, self.cues);
        let Some(c) = self.out.candidates.last_mut() else {
            return;
        };
        let span = c.span;
        // A number's context ends where another number begins: the words
        // beyond it belong to that number. At most `CONTEXT_TOKENS` tokens
        // are read each side, so a sentence of symbols costs no more.
        let first_after = toks.partition_point(|t| t.span.start < span.end);
        let last_before = toks[..first_after].partition_point(|t| t.span.end <= span.start);
        let from = last_before.saturating_sub(CONTEXT_TOKENS);
        let stop = toks.len().min(first_after + CONTEXT_TOKENS);
        // Each token with its cue: the two lists are as long.
        let (before, after) = (from..last_before, first_after..stop);
        words(
            toks[before.clone()].iter().zip(&cues[before]).rev(),
            &mut c.before,
        );
        words(toks[after.clone()].iter().zip(&cues[after]), &mut c.after);
    }

    fn push(&mut self, q: Quantity) {
        if self.overlaps_date(q.start, q.end) {
            return;
        }
        let span = self.tok_span(q.start, q.end);
        let text = self.text_of(span);
        let holder = match q.kind {
            Kind::Age => holder::of_age(self.toks, q.start, q.end)
                .map(|(a, b)| self.text.quote(self.toks, a, b)),
            _ => None,
        };
        self.out.candidates.push(Candidate {
            kind: q.kind,
            span,
            text,
            sentence: self.span,
            hedge: q.hedge,
            amount: q.amount,
            unit: q.unit,
            before: Nearby::default(),
            after: Nearby::default(),
            holder,
            linked_after: Vec::new(),
        });
        self.fill_context();
        // "gained $1.35 to $83 a barrel": the amount before "to" is a rate
        // per barrel too.
        let toks = self.toks;
        if q.kind == Kind::Money
            && q.start >= 2
            && toks[q.start - 1].is_word()
            && toks[q.start - 1].text.eq_ignore_ascii_case("to")
            && let [.., prev, this] = &mut self.out.candidates[..]
            && prev.sentence == self.span
            && prev.kind == Kind::Money
            && prev.unit == this.unit
            && prev.span.end == toks[q.start - 2].span.end
        {
            prev.linked_after.clear();
            prev.linked_after.extend_from_slice(&this.after);
        }
    }

    /// Whether token `i` is "a" or "an" before a word in which the
    /// prefilter found nothing ("a new", "an official"): an article states
    /// a number only with a word after it that is a cue ("a few", "a
    /// month", "a hundred"), so nothing is read from it.
    fn bare_article(&self, i: usize) -> bool {
        self.cues[i] == Cue::ARTICLE
            && self.toks.get(i + 1).is_some_and(Token::is_word)
            && self.cues.get(i + 1) == Some(&Cue::default())
    }

    /// Checks that no reader reads anything from token `i`, a bare article.
    #[cfg(debug_assertions)]
    fn assert_reads_nothing(&self, i: usize) {
        let toks = self.toks;
        debug_assert!(
            wordy::read(self.text, toks, i).is_none()
                && matches!(numeral::parse(toks, i), Ok(None)),
            "a bare article read something: {:?}",
            &toks[i..toks.len().min(i + 4)]
        );
    }

    /// Whether the scan can skip token `i` unread: a word the prefilter
    /// did not mark, or a symbol that starts nothing the scan reads (a sign
    /// before digits starts a number, "(" and "+" a phone number, "." a
    /// decimal such as ".5").
    fn skippable(&self, i: usize) -> bool {
        let toks = self.toks;
        match toks[i].kind {
            Tk::Word => !self.cues[i].starts(),
            Tk::Digits => false,
            Tk::Punct(c) => !matches!(c, '+' | '(' | '.') && numeral::sign_at(toks, i).is_none(),
        }
    }

    /// Decides what the number `n` measures, records it, and returns the
    /// token after what was consumed.
    fn quantity(&mut self, n: Numeral) -> usize {
        let verdict = match self.read(n) {
            Ok(r) => KINDS
                .iter()
                .find_map(|decide| decide(&r))
                .unwrap_or_else(|| reject::unitless(&r))
                .with_hedges(&r),
            Err((start, end, reason)) => Verdict::Reject(start, end, reason),
        };
        match verdict {
            Verdict::Reject(start, end, reason) => {
                self.reject(start, end, reason);
                end
            }
            Verdict::Take(q) => {
                let end = q.end;
                self.push(q);
                end
            }
        }
    }

    /// Reads what every kind needs to know about the number `n`: the
    /// currency written before it, the range it starts, the hedge written
    /// after. A number that is no claim whatever it measures (an ordinal,
    /// a time of day, an id, page furniture, a range of years) is rejected
    /// here.
    fn read(&self, n: Numeral) -> Result<Reading<'_, 't>, (usize, usize, RejectReason)> {
        let toks = self.toks;
        // A cardinal word right before the number ("one" of "one two") is
        // no currency: checked in every debug build.
        let cardinal_before = n.start > 0 && n.number_word_at(n.start - 1);
        debug_assert!(!cardinal_before || money::before(toks, n.start).is_none());
        // A currency mark already taken by the amount before it ("10 $ 30
        // $") is not this number's.
        let prefix = (!cardinal_before)
            .then(|| money::before(toks, n.start))
            .flatten()
            .filter(|p| {
                let at = toks[p.start].span.start;
                !self
                    .out
                    .candidates
                    .iter()
                    .rev()
                    .take_while(|c| c.sentence == self.span)
                    .any(|c| c.span.start <= at && at < c.span.end)
            });
        if let Some(rejected) = reject::not_a_claim(toks, &n, prefix.is_some()) {
            return Err(rejected);
        }
        // A second number making a range: "5-10", "$5-$7 million", "between
        // 2 and 3", "5 to 10", "two or three".
        let between = n.start > 0 && {
            let p = prefix.map_or(n.start, |p| p.start);
            p > 0 && toks[p - 1].is_word() && toks[p - 1].text.eq_ignore_ascii_case("between")
        };
        // "the toll rose by 12 to 57", "lowered the toll from 14 to 12": a
        // change or a replaced figure, then the new one; no range.
        let range = if tally::revision(toks, n.start) {
            None
        } else {
            bound::range_after(toks, &n, between)
        };
        if let Some((ref second, _)) = range
            && reject::year_like(&n)
            && reject::year_like(second)
        {
            return Err((n.start, second.end, RejectReason::YearLabel));
        }
        let (first, last) = match range {
            Some((second, _)) => (bound::share_scale(n, &second), Some(second)),
            None => (n, None),
        };
        let tail = last.unwrap_or(first);
        let mut end = tail.end;
        let mut hedge_after = None;
        if let Some((h, after)) = bound::after(toks, end) {
            hedge_after = Some(h);
            end = after;
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
        Ok(Reading {
            toks,
            text: self.text,
            n,
            prefix,
            first,
            last,
            tail,
            amount,
            start,
            end,
            hedge_after,
            hedge_before: OnceCell::new(),
            sentence: self.span,
            prior: self.out.candidates.last(),
        })
    }
}

impl Verdict {
    /// A fact with the hedges written around it: before its first token,
    /// or after the number or the unit. A range states its own ends.
    fn with_hedges(self, r: &Reading<'_, '_>) -> Verdict {
        let Verdict::Take(mut q) = self else {
            return self;
        };
        let before = if q.kind == Kind::Duration {
            bound::before_span(r.toks, q.start)
        } else {
            r.hedge_at(q.start)
        };
        if let Some((h, s)) = before {
            q.hedge = h;
            q.start = s;
        }
        if let Some(h) = r.hedge_after {
            q.hedge = h;
        } else if let Some((h, after)) = bound::after(r.toks, q.end) {
            q.hedge = h;
            q.end = after;
        }
        if matches!(q.amount, Amount::Range(..)) {
            q.hedge = Hedge::Exact;
        }
        Verdict::Take(q)
    }
}

/// Puts in `words`, empty, the words of `toks`, each given with its cue,
/// in that order, up to `CONTEXT_WORDS` of them and up to the first token
/// that starts a number. Inlined, so that each token costs no call.
#[inline(always)]
fn words<'a, 't: 'a>(toks: impl Iterator<Item = (&'a Token<'t>, &'a Cue)>, words: &mut Nearby<'t>) {
    for (t, &cue) in toks {
        if words.is_full() || number_at(t, cue) {
            break;
        }
        if t.is_word() {
            // The token's own text: the same bytes of the body.
            words.push(t.text);
        }
    }
}

/// Whether the token `t`, where the prefilter found `cue`, is digits or a
/// spelled cardinal: a word the prefilter did not mark is neither, so only
/// marked words are looked up. Inlined into the loops that read context
/// words.
#[inline(always)]
fn number_at(t: &Token<'_>, cue: Cue) -> bool {
    let starts = t.is_digits() || (cue.starts() && starts_number(t));
    debug_assert_eq!(starts, starts_number(t), "{t:?}");
    starts
}

/// Whether the token `t` is digits or a spelled cardinal.
fn starts_number(t: &Token<'_>) -> bool {
    if t.is_digits() {
        return true;
    }
    if !t.is_word() {
        return false;
    }
    let mut buf = [0u8; 32];
    lower(t.text, &mut buf).is_some_and(|w| {
        crate::lexicon::unit_word(w).is_some_and(|v| v > 1)
            || crate::lexicon::tens_word(w).is_some()
    })
}

/// Test helpers the kinds' tests share.
#[cfg(test)]
pub(super) use tests::{extract, quotes, rejections};

mod places;
mod room;
mod stretch;
#[cfg(test)]
mod tests;
mod wordy;
