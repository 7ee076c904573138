//! Stage 6: judge each group of aligned facts: conflict, possible
//! conflict, corroboration, update or note. This stage never looks at raw
//! text; it reaches the text only through each fact's provenance.
//!
//! Findings carry structured reasons (how far apart the values are,
//! whether they are adjacent at their stated precision, what is in doubt);
//! the report stage turns them into English.
//!
//! Judging is linear in the number of facts: a group's values are sorted
//! once and swept into *sides* (values that can all hold together), and a
//! group whose sides disagree is **one** conflict listing its distinct
//! values, not one conflict per pair of values.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::align::{Alignment, Doubt, Slot};
use crate::fact::Fact;
use crate::quantity::{Bound, Interval, Kind, Value};

pub mod claims;
mod facts;
mod runs;
mod sources;
mod updates;

/// How much a conflict matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Severity {
    /// Close values that could be two roundings of one figure, or an
    /// alignment that is not certain.
    Low,
    /// Values that clearly differ.
    Medium,
    /// Values far apart (by default more than 25%).
    High,
}

impl Severity {
    /// The lowercase name used in reports.
    pub fn as_str(&self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One value of a conflict: the facts that state it (or values that can
/// all hold together), and how many sources they come from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Side {
    /// The facts, as indices into [`crate::Report::facts`], in fact order.
    pub mentions: Vec<usize>,
    /// How many distinct sources state the value.
    pub sources: usize,
}

/// How far apart the values of a conflict are, and what could explain it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Spread {
    /// A fact stating the lowest value.
    pub lowest: usize,
    /// A fact stating the highest value.
    pub highest: usize,
    /// The gap between the two, as a percentage of the larger, rounded to
    /// one decimal; `None` for dates and unbounded values.
    pub gap_percent: Option<Decimal>,
    /// Whether the two are adjacent at their stated precision ("$34bn" and
    /// "$35bn" both round a value near 34.5bn): the value they meet at.
    pub meet_at: Option<Decimal>,
    /// Whether one of them is a bound ("more than 200") the other falls
    /// outside.
    pub outside_bound: bool,
}

/// Sources whose values for one quantity cannot all be true.
///
/// A conflict lists its distinct values as [`sides`](Conflict::sides):
/// sources that agree with each other inside it are one side, not a
/// corroboration of their own.
///
/// # Example
///
/// ```
/// use crosscheck::{Checker, Source};
///
/// let report = Checker::new().check(&[
///     Source::new("gazette", "Police said 15 people were killed in the fire."),
///     Source::new("radio", "Officials said 15 people were killed in the fire."),
///     Source::new("wire", "The fire killed 12 people, officials said."),
/// ]);
/// assert!(report.corroborations.is_empty());
/// let conflict = &report.conflicts[0];
/// assert_eq!(conflict.subject, "person");
/// assert!(conflict.doubt.is_none() && !conflict.within_source);
/// // Lowest value first: 12 from one source, then 15 from two.
/// let sources: Vec<usize> = conflict.sides.iter().map(|s| s.sources).collect();
/// assert_eq!(sources, [1, 2]);
/// let lowest = &report.facts[conflict.spread.lowest];
/// assert_eq!(lowest.provenance.text, "12 people");
/// assert_eq!(
///     report.explain_conflict(conflict),
///     "\"12 people\" (wire) and \"15 people\" (gazette) differ by 20%"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// The fact kind.
    pub kind: Kind,
    /// What the quantity is ("ipo", "app").
    pub subject: String,
    /// How much it matters.
    pub severity: Severity,
    /// How far apart the values are.
    pub spread: Spread,
    /// The distinct values, lowest first; each side's values can all hold
    /// together, no two sides' can.
    pub sides: Vec<Side>,
    /// Every fact involved, as indices into [`crate::Report::facts`], in
    /// fact order.
    pub mentions: Vec<usize>,
    /// Whether the disagreeing values come from one source.
    pub within_source: bool,
    /// How sure the alignment is that the values measure one quantity,
    /// from 0 to 1: 0.6 for frames that share every slot of the group key;
    /// then 0.15 when the measured thing is a synonym class or a count's
    /// role, 0.1 when they share a name or a place, 0.1 when they share a
    /// context class or word, and 0.05 when the same party gives them.
    pub confidence: Decimal,
    /// The frame slots the values share, with the words they were read
    /// from.
    pub matched: Vec<(Slot, String)>,
    /// For a possible conflict, why it is in doubt; `None` for a conflict.
    pub doubt: Option<Doubt>,
}

/// Facts from one or more sources whose values for one quantity agree.
///
/// # Example
///
/// ```
/// use crosscheck::{Checker, Source};
///
/// let report = Checker::new().check(&[
///     Source::new("a", "The order bans eight apps, including Alipay."),
///     Source::new("b", "Eight Chinese applications are banned by the order."),
/// ]);
/// let found = &report.corroborations[0];
/// assert_eq!((found.subject.as_str(), found.sources), ("app", 2));
/// let quotes: Vec<&str> = found
///     .mentions
///     .iter()
///     .map(|&i| report.facts[i].provenance.text.as_str())
///     .collect();
/// assert_eq!(quotes, ["eight apps", "Eight Chinese applications"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Corroboration {
    /// The fact kind.
    pub kind: Kind,
    /// What the quantity is.
    pub subject: String,
    /// How many distinct sources state it.
    pub sources: usize,
    /// The facts involved, as indices into [`crate::Report::facts`].
    pub mentions: Vec<usize>,
    /// How sure the alignment is, from 0 to 1.
    pub confidence: Decimal,
    /// The frame slots the facts share.
    pub matched: Vec<(Slot, String)>,
}

/// A running figure (a toll, a count of missing people, an aid total)
/// that differs between dated reports: a revision, not a conflict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Update {
    /// The fact kind.
    pub kind: Kind,
    /// What the quantity is.
    pub subject: String,
    /// The facts involved, earliest report first, as indices into
    /// [`crate::Report::facts`].
    pub mentions: Vec<usize>,
    /// The figure of the earliest report.
    pub from: usize,
    /// The figure of the latest report.
    pub to: usize,
}

/// Why related figures were not judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NoteReason {
    /// The figures are in units that cannot be compared without outside
    /// knowledge: different currencies, per cent against percentage
    /// points.
    Units,
}

/// Related figures that were not judged, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    /// The fact kind.
    pub kind: Kind,
    /// What the quantity may be.
    pub subject: String,
    /// Why they were not judged.
    pub reason: NoteReason,
    /// The facts involved, as indices into [`crate::Report::facts`].
    pub mentions: Vec<usize>,
}

/// Thresholds for judging.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// Below this relative difference (or when the values are adjacent at
    /// their stated precision) a conflict is of low severity.
    pub low: Decimal,
    /// At or above this relative difference a conflict is of high severity.
    pub high: Decimal,
    /// The most findings of all kinds one check reports.
    pub max_findings: usize,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            low: Decimal::new(5, 2),
            high: Decimal::new(25, 2),
            max_findings: crate::limits::DEFAULT_MAX_FINDINGS,
        }
    }
}

/// Everything judging found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Findings {
    /// Values that disagree.
    pub conflicts: Vec<Conflict>,
    /// Values that disagree where the alignment is in doubt.
    pub possible_conflicts: Vec<Conflict>,
    /// Values that agree.
    pub corroborations: Vec<Corroboration>,
    /// Running figures revised between dated reports.
    pub updates: Vec<Update>,
    /// What was not judged, and why.
    pub notes: Vec<Note>,
    /// Findings left out past the policy's `max_findings`.
    pub dropped: usize,
}

impl Findings {
    /// Moves the findings of `other` after these, list by list.
    fn append(&mut self, mut other: Findings) {
        self.conflicts.append(&mut other.conflicts);
        self.possible_conflicts
            .append(&mut other.possible_conflicts);
        self.corroborations.append(&mut other.corroborations);
        self.updates.append(&mut other.updates);
        self.notes.append(&mut other.notes);
        self.dropped += other.dropped;
    }
}

/// Judges every group of aligned facts, on up to `threads` threads when
/// there are enough of them; the findings are the same on any number.
/// `published` gives each source id's publication date, where known.
pub fn compare(
    facts: &[Fact],
    alignment: &Alignment,
    published: &BTreeMap<String, NaiveDate>,
    policy: &Policy,
    threads: usize,
) -> Findings {
    sources::judge(facts, alignment, published, policy, threads)
}

/// How sure the alignment is that facts on different sides (or in one
/// corroboration) measure one quantity, from their frames: 0.6 for frames
/// that share every slot of the group key; then 0.15 when the measured
/// thing is a synonym class or a count's role (not a bare noun or a word
/// next to the figure), 0.1 when they share a name or a place, 0.1 when
/// they share a context class or word, and 0.05 when the same party gives
/// them. At most 1.
pub fn confidence(alignment: &Alignment, members: &[usize]) -> Decimal {
    let mut score = Decimal::new(60, 2);
    let frames: Vec<_> = members
        .iter()
        .take(crate::align::SAMPLE)
        .filter_map(|&i| alignment.frames.get(i))
        .collect();
    let Some(first) = frames.first() else {
        return Decimal::ZERO;
    };
    if first.role.is_some() || first.classed {
        score += Decimal::new(15, 2);
    }
    let pairs = || {
        frames
            .iter()
            .enumerate()
            .flat_map(|(n, a)| frames[n + 1..].iter().map(move |b| (a, b)))
    };
    if pairs().any(|(a, b)| {
        a.entities().intersection(&b.entities()).next().is_some()
            || a.places().intersection(&b.places()).next().is_some()
    }) {
        score += Decimal::new(10, 2);
    }
    if pairs().any(|(a, b)| a.agrees_with(b)) {
        score += Decimal::new(10, 2);
    }
    if pairs().any(|(a, b)| a.attribution().is_some() && a.attribution() == b.attribution()) {
        score += Decimal::new(5, 2);
    }
    score.min(Decimal::ONE)
}

/// A fact's interval in comparable terms (see [`Fact::comparable_interval`]).
pub(crate) fn scaled_interval(f: &Fact) -> Interval {
    f.comparable_interval()
}

/// Whether two facts' values overlap, or `None` when they cannot be
/// compared. Dates compare only at the same grain: by the days they allow
/// when both are resolved ("since 2019" allows every day from 2019-01-01
/// on), else field by field when both are written as calendar
/// dates (`XXXX-03-05` against `2024-03-03` compares month and day);
/// otherwise (a weekday with no date to resolve it against, calendar
/// fields against week fields) only a date written alike agrees.
pub(crate) fn relation(a: &Fact, b: &Fact) -> Option<bool> {
    let (Value::Date(x), Value::Date(y)) = (&a.value, &b.value) else {
        return Some(scaled_interval(a).overlaps(&scaled_interval(b)));
    };
    if a.unit != b.unit {
        return None;
    }
    // The days a fact allows are known when it has the ends its bound
    // gives: both for a date or a range, one for "since 2019" or "by 2030".
    let known = |f: &Fact| match f.bound {
        Bound::Lower => f.interval.lower.is_some(),
        Bound::Upper => f.interval.upper.is_some(),
        _ => f.interval.lower.is_some() && f.interval.upper.is_some(),
    };
    if known(a) && known(b) {
        return Some(a.interval.overlaps(&b.interval));
    }
    // A bound whose day is open ("before March" with no year) agrees or
    // disagrees with nothing its fields could tell.
    if [a.bound, b.bound]
        .iter()
        .any(|b| matches!(b, Bound::Lower | Bound::Upper))
    {
        return None;
    }
    if x.is_calendar_day() && y.is_calendar_day() {
        let year_agrees = match (x.year, y.year) {
            (Some(p), Some(q)) => p == q,
            _ => true,
        };
        return Some(year_agrees && x.month == y.month && x.day == y.day);
    }
    (x == y).then_some(true)
}

/// Whether the middles of two positive intervals are more than `factor`
/// times apart: lengths of time twelve times apart (a 45-minute queue, a
/// four-year build) measure different spans.
pub(crate) fn far_apart(a: &Interval, b: &Interval, factor: i64) -> bool {
    mids_far_apart(mid(a), mid(b), factor)
}

/// [`far_apart`], from the middles of the two intervals.
pub(crate) fn mids_far_apart(a: Option<Decimal>, b: Option<Decimal>, factor: i64) -> bool {
    match (a, b) {
        (Some(x), Some(y)) if x > Decimal::ZERO && y > Decimal::ZERO => {
            let (lo, hi) = if x < y { (x, y) } else { (y, x) };
            lo.checked_mul(Decimal::from(factor))
                .is_some_and(|l| hi > l)
        }
        _ => false,
    }
}

/// The middle of an interval, or its one finite end; `None` for an
/// interval with no end, or one whose ends are too large to add.
pub(crate) fn mid(i: &Interval) -> Option<Decimal> {
    match (i.lower, i.upper) {
        (Some(l), Some(u)) => l.value.checked_add(u.value).map(|s| s / Decimal::TWO),
        (Some(e), None) | (None, Some(e)) => Some(e.value),
        (None, None) => None,
    }
}
