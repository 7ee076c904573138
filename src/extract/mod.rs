//! Stage 2: find numeric claims in sentences.
//!
//! Extraction works on one source body at a time and produces
//! [`Candidate`]s that borrow the text: the quote, its span, the stated
//! amount, the hedge that bounds it, its raw unit and the words around it.
//! Candidates that look numeric but are not claims (phone numbers, copyright
//! years, ids, ordinals, times of day) become [`Rejection`]s with a reason.
//!
//! One file per fact kind, each deciding whether a number is of its kind
//! and holding that kind's rejections: `money.rs`, `count.rs` (with
//! `casualty.rs` for counts of people whose noun a role implies: "9 dead",
//! "the death toll rose to 23"), `duration.rs`, `percent.rs`, `age.rs`,
//! `measure.rs`, and the folder `date/`. The shared pieces are the tokenizer (`token.rs`),
//! which numbers and dates read alike, the prefilter that finds where a
//! number can
//! start (`prefilter.rs`), written and spelled numbers (`numeral.rs`,
//! `spelled.rs`), hedges and ranges (`bound.rs`), what is no claim whatever
//! it measures (`reject.rs`), every number of a text (`mentions.rs`), and
//! the loop that ties them together (`scan.rs`).

use serde::{Deserialize, Serialize};

use crate::quantity::SmolStr;
pub use crate::quantity::{Kind, MeasureUnit, Role, TimeUnit};
use crate::span::Span;

pub(crate) mod date;

pub use date::RawDate;

pub use crate::quantity::{Amount, Hedge, Stated};

/// The unit of a candidate, as the text gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RawUnit {
    /// A currency, as an ISO 4217 code.
    Currency(&'static str),
    /// A unit of time.
    Time(TimeUnit),
    /// Per cent.
    Percent,
    /// Percentage points.
    PercentagePoint,
    /// A share of a whole written without a per cent sign, in per cent: a
    /// fraction ("two-thirds of the staff") or a proportion ("one in
    /// five"). Unhedged, it states exactly the fraction.
    Share,
    /// The counted noun: its singular, lowercase form ("app") and the noun
    /// phrase as written ("Chinese software applications"), with what
    /// defines the counted group and the part it plays.
    Noun {
        /// Singular lowercase head noun; `people` when only a role names
        /// them ("9 dead").
        lemma: SmolStr,
        /// The modifiers and head as written; empty when the noun is only
        /// implied.
        phrase: SmolStr,
        /// Nationalities before the head noun that define the group,
        /// lowercase: "british" in "Five British nationals".
        group: Vec<&'static str>,
        /// A scope after the head noun that defines the group: "on board".
        scope: Option<&'static str>,
        /// The group the count is a part of, lowercase as written, when it
        /// counts a part of a group named elsewhere: "the dead" in "two of
        /// the dead", "them" in "five of them".
        part: Option<SmolStr>,
        /// The part the counted group plays, as the words around the count
        /// say: "9 dead", "were wounded", "the death toll rose to 23".
        role: Option<Role>,
    },
    /// A date expression; resolved in normalization.
    Date(RawDate),
    /// A unit of a physical measure: "km", "mph", "°C", a magnitude.
    Measure(MeasureUnit),
}

/// A numeric claim found in the text, borrowing it.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate<'t> {
    /// The fact kind.
    pub kind: Kind,
    /// The quote, as a byte span of the source text.
    pub span: Span,
    /// The quote itself.
    pub text: &'t str,
    /// The sentence the quote is in.
    pub sentence: Span,
    /// How the amount is bounded.
    pub hedge: Hedge,
    /// The stated amount; for dates, unused and `Amount::One` of zero.
    pub amount: Amount,
    /// The unit.
    pub unit: RawUnit,
    /// Words of the sentence before the quote, nearest first, as written;
    /// used to tell what the number is about.
    pub before: Nearby<'t>,
    /// Words of the sentence after the quote, nearest first, as written.
    pub after: Nearby<'t>,
    /// For an age, whose age it is, as written: the name before "Maria
    /// Lopez, 27," or "Tom Reed (61)", the noun after "a 14-year-old boy",
    /// the noun or pronoun an age is stated of ("The students were aged
    /// between 16 and 18", "she was 87"); `None` for other kinds and when
    /// the text does not say.
    pub holder: Option<&'t str>,
    /// For an amount that "to" links to the next one in its currency (a
    /// change and its new level, "gained $1.35 to $83 a barrel"; an old
    /// level and the new, "from $41 to $44 a share"), the words after that
    /// next amount, nearest first: a rate written once is the rate of
    /// both. Empty otherwise.
    pub linked_after: Vec<&'t str>,
}

/// The most words a candidate keeps on each side of its quote.
pub(crate) const CONTEXT_WORDS: usize = 12;

/// Words of a sentence on one side of a quote, nearest first: at most
/// [`CONTEXT_WORDS`] of them, held in place. Every candidate has two such
/// lists, and holding them in place spares two allocations a candidate.
/// It reads as a slice of words.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct Nearby<'t> {
    /// The words, the first `len` of them used.
    words: [&'t str; CONTEXT_WORDS],
    /// How many there are.
    len: u8,
}

impl<'t> Nearby<'t> {
    /// Adds a word at the end; a word past [`CONTEXT_WORDS`] is dropped.
    #[inline]
    pub(crate) fn push(&mut self, word: &'t str) {
        if let Some(slot) = self.words.get_mut(usize::from(self.len)) {
            *slot = word;
            self.len += 1;
        }
    }

    /// Whether it holds [`CONTEXT_WORDS`] words.
    #[inline]
    pub(crate) fn is_full(&self) -> bool {
        usize::from(self.len) == CONTEXT_WORDS
    }
}

impl<'t> std::ops::Deref for Nearby<'t> {
    type Target = [&'t str];

    #[inline]
    fn deref(&self) -> &[&'t str] {
        &self.words[..usize::from(self.len)]
    }
}

impl std::fmt::Debug for Nearby<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Why a number-like piece of text is not a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    /// A telephone number.
    PhoneNumber,
    /// A copyright line or its years.
    Copyright,
    /// A year used as a name or label, or a range of years.
    YearLabel,
    /// An id, model or version number: "A320", "COVID-19", "Model 3".
    Identifier,
    /// A time of day: "10:30", "3pm".
    TimeOfDay,
    /// An age that cannot be read as one: in a unit no age is counted in
    /// ("a 3-hour-old foal"), or a number no age can be ("a 5m-year-old").
    /// Ages themselves are facts of kind [`Kind::Age`].
    Age,
    /// An ordinal: "first day", "a second U-turn".
    Ordinal,
    /// A number with no unit or counted noun to say what it measures.
    NoUnit,
    /// A value too large or too precise to represent exactly.
    OutOfRange,
    /// Navigation, share counts, page numbers and other page furniture.
    PageFurniture,
}

/// A number-like piece of text that was not taken as a fact, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Rejection {
    /// Where it is.
    pub span: Span,
    /// Why it was rejected.
    pub reason: RejectReason,
}

/// Everything extraction found in one body.
#[derive(Clone, Debug, Default)]
pub struct Extracted<'t> {
    /// The claims.
    pub candidates: Vec<Candidate<'t>>,
    /// What looked numeric but is not a claim.
    pub rejections: Vec<Rejection>,
}

/// A number in text, with or without a unit: every cardinal and ordinal,
/// including those inside facts. For callers that want all numbers, such
/// as conformance tests against general number extractors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberMention {
    /// Where it is.
    pub span: Span,
    /// What it states.
    pub amount: Amount,
    /// How it is bounded ("more than twenty").
    pub hedge: Hedge,
    /// Whether it is an ordinal ("first", "21st").
    pub ordinal: bool,
}

/// Every number in `text`, in text order.
///
/// # Example
///
/// ```
/// use crosscheck::numbers;
/// use crosscheck::quantity::Amount;
/// let found = numbers("thirty-four apps and 1.5 million users");
/// assert_eq!(found.len(), 2);
/// assert!(matches!(found[0].amount, Amount::One(s) if s.value == 34.into()));
/// ```
pub fn numbers(text: &str) -> Vec<NumberMention> {
    mentions::numbers(text)
}

/// Extracts the candidates of one body. `offset` is the body's start in the
/// source text; every span returned is relative to the source text.
#[cfg(test)]
pub(crate) fn extract(body: &str, offset: usize) -> Extracted<'_> {
    scan::extract(body, offset)
}

/// Extracts the candidates of one body (`offset` is the body's start in the
/// source text, and every span is relative to the source text) and hands
/// each to `take`, in text order, as soon as the scan is done with it, but
/// stops after the first sentence that takes the candidates past
/// `max_candidates` or the rejections past `max_rejections`. Returns the
/// rejections, how many candidates there were, and, with a stop, where the
/// unread text begins. Without `dated` (no publication date), the dates
/// counted from the publication date that also state a duration ("in two
/// weeks") are left out.
pub(crate) fn extract_limited<'t>(
    body: &'t str,
    offset: usize,
    max_candidates: usize,
    max_rejections: usize,
    dated: bool,
    take: impl FnMut(&mut Candidate<'t>),
) -> (Vec<Rejection>, usize, Option<usize>) {
    scan::extract_limited(body, offset, max_candidates, max_rejections, dated, take)
}

mod age;
mod bound;
mod casualty;
mod count;
mod duration;
mod holder;
mod measure;
mod mentions;
mod money;
pub(crate) mod numeral;
mod percent;
mod prefilter;
mod reject;
mod role;
mod scan;
mod spelled;
mod tally;
pub(crate) mod token;
