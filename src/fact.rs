//! Stage 4: facts. A fact owns its data and points back to the text it came
//! from, so a report outlives the texts it was made from, and a fact
//! serializes and deserializes: facts can be extracted in one place and
//! compared in another.

use std::sync::Arc;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::extract::{Candidate, RejectReason, Rejection};
use crate::normalize::Normalized;
use crate::quantity::{Bound, Change, End, Interval, Kind, Role, Unit, Value};
use crate::span::{LineCursor, Span};

mod words;

pub use crate::shared::SharedStr;
pub use words::Words;

/// Where a fact came from.
///
/// The source id, the quote and the sentence are [`SharedStr`]s: the facts
/// of a source share one copy of its id, the facts of a sentence one copy
/// of it, and each quote is a part of its sentence's copy.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Provenance {
    /// The source id.
    pub source: SharedStr,
    /// The quote's byte span in the source text.
    pub span: Span,
    /// 1-based line of the quote's first byte.
    pub line: usize,
    /// 1-based column (in `char`s) of the quote's first byte.
    pub column: usize,
    /// The quote.
    pub text: SharedStr,
    /// The span of the sentence holding the quote, or of the part of it
    /// kept around the quote when the sentence is longer than
    /// [`SENTENCE_LIMIT`] bytes.
    pub sentence_span: Span,
    /// The sentence holding the quote (the text of `sentence_span`).
    pub sentence: SharedStr,
    /// Whether the sentence was cut before the kept part.
    #[serde(default)]
    pub sentence_cut_start: bool,
    /// Whether the sentence was cut after the kept part.
    #[serde(default)]
    pub sentence_cut_end: bool,
}

impl Provenance {
    /// The text of the sentence before the quote; `None` when the spans
    /// do not cut the sentence on a character boundary.
    pub(crate) fn before_quote(&self) -> Option<&str> {
        let lead = self.span.start.saturating_sub(self.sentence_span.start);
        self.sentence.get(..lead)
    }

    /// The text of the sentence after the quote; `None` as for
    /// [`Provenance::before_quote`].
    pub(crate) fn after_quote(&self) -> Option<&str> {
        let tail = self.span.end.saturating_sub(self.sentence_span.start);
        self.sentence.get(tail..)
    }
}

/// The longest sentence a fact keeps whole, in bytes. A longer one is cut
/// to about [`SENTENCE_LIMIT`]` / 2` bytes on each side of the quote, at a
/// word where one is near, so the output per fact stays bounded whatever
/// the input.
pub const SENTENCE_LIMIT: usize = 400;

/// The part of `sentence` (a span of `text`) kept around `quote`, and
/// whether it was cut before and after.
fn clip_sentence(text: &str, sentence: Span, quote: Span) -> (Span, bool, bool) {
    if sentence.len() <= SENTENCE_LIMIT {
        return (sentence, false, false);
    }
    let side = SENTENCE_LIMIT / 2;
    let floor = |mut at: usize| {
        while at > 0 && !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let ceil = |mut at: usize| {
        while at < text.len() && !text.is_char_boundary(at) {
            at += 1;
        }
        at
    };
    let mut start = ceil(quote.start.saturating_sub(side).max(sentence.start));
    let mut end = floor((quote.end + side).min(sentence.end));
    // Start and end at a word when one is within reach.
    if start > sentence.start
        && let Some(space) = text.get(start..quote.start).and_then(|s| s.find(' '))
    {
        start = ceil(start + space + 1).min(quote.start);
    }
    if end < sentence.end
        && let Some(space) = text.get(quote.end..end).and_then(|s| s.rfind(' '))
    {
        end = floor(quote.end + space).max(quote.end);
    }
    (
        Span::new(start, end),
        start > sentence.start,
        end < sentence.end,
    )
}

/// The words of the sentence around a fact's quote, as written: what
/// alignment reads to tell what the fact is about. Each side stops where
/// another number begins.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Context {
    /// Words before the quote, nearest first.
    pub before: Words,
    /// Words after the quote, nearest first.
    pub after: Words,
    /// For an age, whose age it is, as written: a name ("Maria Lopez" in
    /// "Maria Lopez, 27,"), a noun ("boy" in "a 14-year-old boy") or a
    /// pronoun ("she was 87"); `None` for other kinds and when the text
    /// does not say.
    #[serde(default)]
    pub holder: Option<String>,
}

/// A typed, normalized numeric fact with its provenance.
///
/// # Example
///
/// ```
/// use crosscheck::{Checker, Kind, Source, Unit};
///
/// let extraction = Checker::new().extract(&Source::new("wire", "Regulators halted Ant's US$35-billion IPO."));
/// let fact = &extraction.facts[0];
/// assert_eq!(fact.kind, Kind::Money);
/// assert_eq!(fact.unit.name(), "USD");
/// assert!(matches!(fact.unit, Unit::Currency(_)));
/// assert_eq!(fact.provenance.text, "US$35-billion");
/// // The interval allows every value "35 billion" could be a rounding of.
/// assert_eq!(fact.interval.lower.map(|e| e.value), Some(34_500_000_000u64.into()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fact {
    /// The kind.
    pub kind: Kind,
    /// The stated value (the midpoint or stated figure).
    pub value: Value,
    /// The unit.
    pub unit: Unit,
    /// How the value was stated.
    pub bound: Bound,
    /// The values the statement allows, in the fact's unit. For dates, in
    /// day numbers when the year is known (chrono's
    /// `num_days_from_ce`: 0001-01-01 is day 1).
    pub interval: Interval,
    /// The place value of the last digit written, when there is one.
    pub precision: Option<Decimal>,
    /// For a count, the part the counted group plays: "9 dead" and "31
    /// injured" count different people.
    pub role: Option<Role>,
    /// For a rate, the unit it is per: "$48.75 a share" is per `share`.
    /// A rate is never compared with a total.
    pub per: Option<String>,
    /// For an amount stated as a change ("fell $3.15", "up 14 cents"), its
    /// direction. A change is never compared with a level.
    pub change: Option<Change>,
    /// The words around the quote.
    pub context: Context,
    /// Where it came from.
    pub provenance: Provenance,
}

impl Fact {
    /// The values the fact allows, in terms that compare across units: a
    /// length of time in seconds (a month spans 28 to 31 days), a measure
    /// in its dimension's base unit ("50 miles" in metres, "113F" in
    /// degrees Celsius: see
    /// [`crate::quantity::MeasureUnit::to_base`]), everything else as
    /// stated in [`Fact::interval`].
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::{Checker, Source};
    ///
    /// let facts = Checker::new()
    ///     .extract(&Source::new("a", "It lies 50 miles (80km) from the coast."))
    ///     .facts;
    /// let (miles, km) = (facts[0].comparable_interval(), facts[1].comparable_interval());
    /// assert!(miles.overlaps(&km));
    /// assert_eq!(km.lower.map(|e| e.value), Some(79_500.into()));
    /// ```
    pub fn comparable_interval(&self) -> Interval {
        if let Some(m) = self.unit.measure().filter(|_| self.kind == Kind::Measure) {
            // Every factor is positive, so the ends keep their order.
            let base = |e: Option<End>| {
                e.and_then(|e| {
                    m.to_base(e.value).map(|value| End {
                        value,
                        closed: e.closed,
                    })
                })
            };
            return Interval {
                lower: base(self.interval.lower),
                upper: base(self.interval.upper),
            };
        }
        let Some(u) = self.unit.time().filter(|_| self.kind == Kind::Duration) else {
            return self.interval;
        };
        let (lo, hi) = u.seconds();
        let scale = |e: Option<End>, by: i64| {
            e.and_then(|e| {
                e.value.checked_mul(Decimal::from(by)).map(|value| End {
                    value,
                    closed: e.closed,
                })
            })
        };
        Interval {
            lower: scale(self.interval.lower, lo),
            upper: scale(self.interval.upper, hi),
        }
    }
}

/// The span and quote of each of `facts`: what tells apart two lists of
/// facts of the same source.
pub(crate) fn quotes(facts: &[Fact]) -> impl Iterator<Item = (Span, &str)> {
    facts
        .iter()
        .map(|f| (f.provenance.span, f.provenance.text.as_str()))
}

/// Builds the facts of one source text, in text order: line and column
/// numbering stays linear, and the facts quote their sentences from the
/// source's shared text, not from copies. Their context words are parts of
/// it too, placed in one block of pairs for all the facts, which is made
/// once they are all built: the facts are handed out only then, by
/// [`Builder::finish`].
pub(crate) struct Builder<'t> {
    /// The source id, shared by every fact.
    source: SharedStr,
    /// The full source text.
    text: &'t str,
    /// The same text, shared.
    shared: SharedStr,
    /// Numbers the facts' lines and columns.
    lines: LineCursor<'t>,
    /// The kept sentence of the last fact built, as a part of `shared`.
    sentence: Option<(Span, SharedStr)>,
    /// Where the context words of the facts are in the text.
    words: words::Gather,
    /// The facts built so far, whose context words read only once
    /// [`Builder::finish`] has made their block.
    facts: Vec<Fact>,
}

impl<'t> Builder<'t> {
    /// A builder for the facts of `text`, the full text of the source
    /// whose id is `source`, with room for `room` facts. `shared` is the
    /// same whole text as the source shares it.
    pub(crate) fn new(
        source: SharedStr,
        text: &'t str,
        shared: SharedStr,
        room: usize,
    ) -> Builder<'t> {
        let (whole, _) = shared.whole();
        debug_assert_eq!(text, &**whole);
        debug_assert_eq!(text, shared.as_str());
        let words = words::Gather::new(Arc::clone(whole), room);
        Builder {
            source,
            text,
            shared,
            lines: LineCursor::new(text),
            sentence: None,
            words,
            facts: Vec::with_capacity(room),
        }
    }

    /// The facts built, in the order they were built, their context words
    /// sharing one block.
    pub(crate) fn finish(mut self) -> Vec<Fact> {
        self.words.seal(&mut self.facts);
        self.facts
    }

    /// Builds a fact from a candidate and its normalized amount.
    pub(crate) fn build(&mut self, c: &mut Candidate<'_>, n: Normalized) {
        let fact = self.fact(c, n);
        self.facts.push(fact);
    }

    /// The fact of a candidate and its normalized amount, its context
    /// words not yet sealed.
    fn fact(&mut self, c: &mut Candidate<'_>, n: Normalized) -> Fact {
        let text = self.text;
        let (line, column) = self.lines.line_column(c.span.start);
        let (kept, cut_start, cut_end) = clip_sentence(text, c.sentence, c.span);
        let sentence = match &self.sentence {
            Some((span, shared)) if *span == kept => shared.clone(),
            _ => {
                let shared = self.shared.part(kept.start, kept.end);
                self.sentence = Some((kept, shared.clone()));
                shared
            }
        };
        let quote = if kept.start <= c.span.start && c.span.end <= kept.end {
            sentence.part(c.span.start - kept.start, c.span.end - kept.start)
        } else {
            SharedStr::from(c.span.slice(text))
        };
        let gather = &mut self.words;
        let mut words = |ws: &[&str]| Words::within(ws, text, kept.start, &sentence, gather);
        let before = words(&c.before);
        let after = words(&c.after);
        Fact {
            kind: c.kind,
            value: n.value,
            unit: n.unit,
            bound: n.bound,
            interval: n.interval,
            precision: n.precision,
            role: n.role,
            per: n.per,
            change: n.change,
            context: Context {
                before,
                after,
                holder: c.holder.map(str::to_string),
            },
            provenance: Provenance {
                source: self.source.clone(),
                span: c.span,
                line,
                column,
                text: quote,
                sentence_span: kept,
                sentence,
                sentence_cut_start: cut_start,
                sentence_cut_end: cut_end,
            },
        }
    }
}

/// A number-like piece of a source that was not taken as a fact, with the
/// source it was found in and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRejection {
    /// The source id, shared by every rejection of the source.
    pub source: SharedStr,
    /// Where it is, in the source text.
    pub span: Span,
    /// Why it was rejected.
    pub reason: RejectReason,
    /// The rejected text: a part of the source's text, not a copy.
    pub text: SharedStr,
}

impl SourceRejection {
    /// The rejection `r` of the source `source`, whose whole text is
    /// `text`.
    pub(crate) fn new(source: &SharedStr, text: &SharedStr, r: &Rejection) -> SourceRejection {
        SourceRejection {
            source: source.clone(),
            span: r.span,
            reason: r.reason,
            text: text.part(r.span.start, r.span.end),
        }
    }
}
