//! One-sided checking: each fact of a target text (a summary, a draft, a
//! model's answer) judged against the facts of a set of sources.
//!
//! A target fact is lined up with source facts by the very rules that
//! line up facts between sources: the target's facts are aligned together
//! with the sources' facts, and the source facts in a target fact's group
//! are its evidence (a count of Swedes is no evidence about Danes, deaths
//! none about injuries, a fine none about revenue). Then:
//!
//! - **supported**: some aligned source value overlaps the target's, and no
//!   aligned source value conflicts with it;
//! - **contradicted**: sources state the quantity and none allows the
//!   target's value, whether or not they agree among themselves ("13
//!   killed" against sources saying 12 and 15);
//! - **disputed**: the target's value agrees with some sources while others
//!   that disagree with them state another; the explanation says which
//!   side the target takes;
//! - **unsupported**: no source states the quantity (or states it only in
//!   another currency, which is not compared without an exchange rate).
//!
//! A target fact whose measured thing cannot be told is never
//! contradicted: it is supported by a source fact that states the same
//! value in a context that agrees, disputed when that source fact is part
//! of a conflict, and unsupported otherwise. Earlier figures superseded by
//! an update (a toll that rose in a later report) are left out, and so are
//! dates of reporting ("said on Monday"); dates compare only at the same
//! grain.
//!
//! Beyond the rules between sources, two values more than 10,000 times
//! apart are taken to be different quantities (a share price and the size
//! of the offering), so they never contradict each other; a changed scale
//! word ("$1.8m" for "$1.8bn") is still caught.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::align::{self, Synonyms};
use crate::compare::{Conflict, Update, mid, mids_far_apart, relation, scaled_interval};
use crate::fact::Fact;
use crate::quantity::{End, Interval, Kind, Value};

/// How a target fact fares against the sources.
///
/// # Example
///
/// ```
/// use crosscheck::Verdict;
/// use crosscheck::{Checker, Source};
///
/// let checked = Checker::new().check_claims(
///     &Source::new("summary", "The fire killed 12 people. The order names eight apps."),
///     &[
///         Source::new("gazette", "Police said 15 people were killed in the fire."),
///         Source::new("wire", "Officials said 15 people were killed in the fire."),
///     ],
/// );
/// let verdicts: Vec<Verdict> = checked.claims.iter().map(|c| c.verdict).collect();
/// assert_eq!(verdicts, [Verdict::Contradicted, Verdict::Unsupported]);
/// assert_eq!(checked.count(Verdict::Contradicted), 1);
/// assert_eq!(Verdict::Contradicted.as_str(), "contradicted");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Verdict {
    /// A source states a compatible value and none conflicts.
    Supported,
    /// Sources state the quantity, none compatibly.
    Contradicted,
    /// The sources disagree among themselves about the quantity.
    Disputed,
    /// No source states the quantity.
    Unsupported,
}

impl Verdict {
    /// Every verdict, in the order reports list them.
    pub const ALL: [Verdict; 4] = [
        Verdict::Supported,
        Verdict::Contradicted,
        Verdict::Disputed,
        Verdict::Unsupported,
    ];

    /// The lowercase name used in reports.
    pub fn as_str(&self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Disputed => "disputed",
            Verdict::Unsupported => "unsupported",
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a target fact got its verdict; the source facts named are indices
/// into [`crate::Report::facts`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    /// A date that says when something was reported: not checked.
    ReportingDate,
    /// Source values that agree with the target's.
    Agrees {
        /// The agreeing source facts.
        with: Vec<usize>,
        /// Whether the target's subject could not be told, so the match is
        /// by value and context only.
        by_value: bool,
    },
    /// The sources disagree; the target's value agrees with some.
    Disputed {
        /// The source facts the target agrees with (may be empty).
        sides_with: Vec<usize>,
        /// The source facts it does not agree with.
        against: Vec<usize>,
    },
    /// No source allows the target's value.
    Contradicted {
        /// The source values for the quantity.
        against: Vec<usize>,
        /// Looser source values (hedged, bounds) that allow it while the
        /// others do not.
        looser: Vec<usize>,
        /// How far the nearest source value is, in percent.
        nearest_gap: Option<Decimal>,
    },
    /// The sources give the quantity only in units that are not compared
    /// without outside knowledge.
    OtherUnits {
        /// The source facts in other units.
        facts: Vec<usize>,
    },
    /// No source states the quantity.
    NotStated {
        /// What the target's fact measures; empty when it cannot be told.
        subject: String,
    },
}

/// One fact of the target and how the sources bear on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// The target's fact; its provenance names the target.
    pub fact: Fact,
    /// What the target's fact is about, as alignment finds it.
    pub subject: String,
    /// The verdict.
    pub verdict: Verdict,
    /// The source facts the verdict rests on, as indices into
    /// [`crate::Report::facts`], in fact order.
    pub evidence: Vec<usize>,
    /// Why: the structured reason the explanation is written from.
    pub reason: Reason,
}

/// What the sources say, as the checker found it.
#[derive(Clone, Copy, Debug)]
pub struct Evidence<'r> {
    /// Every source fact.
    pub facts: &'r [Fact],
    /// The conflicts between sources.
    pub conflicts: &'r [Conflict],
    /// The updates between dated sources.
    pub updates: &'r [Update],
    /// Each source id's publication date, where known.
    pub published: &'r BTreeMap<String, NaiveDate>,
}

/// Judges every target fact against the sources, aligning the target's
/// facts together with the sources' under `synonyms`, on up to `threads`
/// threads (the alignment is the same on any number). `frames` are the
/// frames of the source facts, one each, as [`align::frames`] reads them.
pub fn judge(
    targets: &[Fact],
    sources: &Evidence<'_>,
    frames: Vec<align::Frame>,
    synonyms: &Synonyms,
    threads: usize,
) -> Vec<Claim> {
    let superseded = superseded(sources);
    let n = sources.facts.len();
    let all: Vec<Fact> = sources.facts.iter().chain(targets).cloned().collect();
    // Each fact's frame is its own: the sources' are those their report was
    // aligned from, and only the targets' are read here.
    debug_assert!(frames == align::frames(sources.facts, synonyms, threads));
    let mut frames = frames;
    frames.extend(align::frames(targets, synonyms, threads));
    let alignment = align::align_framed(&all, frames, sources.published, threads);
    let candidates = Candidates::new(&all[..n], &alignment.frames, &superseded);
    (0..targets.len())
        .map(|k| judge_one(n + k, &all, &alignment, sources, &candidates))
        .collect()
}

/// The source facts a target may be judged against, by kind and by what
/// their frame measures, each list in the order of the facts: a target
/// whose subject is known lines up only with the facts that measure the
/// same thing or nothing known, and one whose subject is unknown with any
/// fact of its kind (see `judge_one`). Facts an update replaced, and facts
/// never judged, are left out. A target is read against these, not every
/// fact of the sources: a summary against 10,000 articles holds few facts
/// of any one subject.
struct Candidates<'a> {
    by_measured: HashMap<(Kind, &'a str), Vec<usize>>,
    by_kind: HashMap<Kind, Vec<usize>>,
    /// The facts an update replaced.
    #[cfg(debug_assertions)]
    superseded: BTreeSet<usize>,
}

impl<'a> Candidates<'a> {
    fn new(facts: &[Fact], frames: &'a [align::Frame], superseded: &BTreeSet<usize>) -> Self {
        let mut c = Candidates {
            by_measured: HashMap::new(),
            by_kind: HashMap::new(),
            #[cfg(debug_assertions)]
            superseded: superseded.clone(),
        };
        for (i, (f, fs)) in facts.iter().zip(frames).enumerate() {
            if superseded.contains(&i) || !fs.judged {
                continue;
            }
            let key = (f.kind, fs.measured.as_str());
            c.by_measured.entry(key).or_default().push(i);
            c.by_kind.entry(f.kind).or_default().push(i);
        }
        c
    }

    /// Whether fact `i` is read at all: not replaced by an update.
    #[cfg(debug_assertions)]
    fn judged(&self, i: usize) -> bool {
        !self.superseded.contains(&i)
    }

    /// The facts a target of `kind` measuring `measured` may line up
    /// with, in order.
    fn of(&self, kind: Kind, measured: &'a str) -> Cow<'_, [usize]> {
        let list = |key| self.by_measured.get(&key).map_or(&[][..], Vec::as_slice);
        if measured.is_empty() {
            return Cow::Borrowed(self.by_kind.get(&kind).map_or(&[][..], Vec::as_slice));
        }
        match (list((kind, measured)), list((kind, ""))) {
            (same, []) => Cow::Borrowed(same),
            ([], unknown) => Cow::Borrowed(unknown),
            (same, unknown) => {
                let mut both = Vec::with_capacity(same.len() + unknown.len());
                let (mut a, mut b) = (same.iter().peekable(), unknown.iter().peekable());
                while let (Some(&&x), Some(&&y)) = (a.peek(), b.peek()) {
                    if x < y {
                        both.push(x);
                        a.next();
                    } else {
                        both.push(y);
                        b.next();
                    }
                }
                both.extend(a.chain(b));
                Cow::Owned(both)
            }
        }
    }
}

/// Source facts an update replaced: every mention of an update published
/// before its latest report.
fn superseded(sources: &Evidence<'_>) -> BTreeSet<usize> {
    let date = |i: usize| {
        sources
            .facts
            .get(i)
            .and_then(|f| sources.published.get(f.provenance.source.as_str()))
            .copied()
    };
    let mut out = BTreeSet::new();
    for u in sources.updates {
        let Some(latest) = u.mentions.iter().filter_map(|&i| date(i)).max() else {
            continue;
        };
        out.extend(
            u.mentions
                .iter()
                .copied()
                .filter(|&i| date(i).is_some_and(|d| d < latest)),
        );
    }
    out
}

/// The source facts lined up with one target fact.
#[derive(Debug, Default, PartialEq, Eq)]
struct Aligned {
    /// Same quantity, overlapping value.
    support: Vec<usize>,
    /// Same quantity, a value that does not overlap.
    against: Vec<usize>,
    /// Same quantity, another currency or kind of percentage.
    other_unit: Vec<usize>,
}

fn judge_one<'a>(
    ti: usize,
    all: &[Fact],
    alignment: &'a align::Alignment,
    sources: &Evidence<'_>,
    candidates: &Candidates<'a>,
) -> Claim {
    let t = &all[ti];
    let ft = &alignment.frames[ti];
    let subject = alignment.subject(all, ti).to_string();
    let claim = |verdict: Verdict, evidence: Vec<usize>, reason: Reason| Claim {
        fact: t.clone(),
        subject: subject.clone(),
        verdict,
        evidence: sorted(evidence),
        reason,
    };
    if t.kind == Kind::Date && !ft.judged {
        return claim(Verdict::Unsupported, Vec::new(), Reason::ReportingDate);
    }
    let unknown = ft.measured.is_empty();
    let ids = candidates.of(t.kind, ft.measured.as_str());
    let a = line_up(ti, all, alignment, ids.iter().copied());
    #[cfg(debug_assertions)]
    {
        // The candidates hold every fact a target lines up with: checked
        // against all the facts in every debug build.
        let every = (0..sources.facts.len()).filter(|&i| {
            all[i].kind == t.kind && alignment.frames[i].judged && candidates.judged(i)
        });
        debug_assert_eq!(
            a,
            line_up(ti, all, alignment, every),
            "{}",
            t.provenance.text
        );
    }

    debug_assert!(a.support.is_sorted(), "support out of order");
    if !a.support.is_empty() && a.against.is_empty() {
        // The support is in the order of the facts, so it is searched by
        // halves: a conflict of thousands of mentions is read against a
        // support of thousands.
        let supports = |m: &usize| a.support.binary_search(m).is_ok();
        let disputed = sources
            .conflicts
            .iter()
            .find(|c| c.mentions.iter().any(supports));
        if let Some(c) = disputed {
            let against: Vec<usize> = c
                .mentions
                .iter()
                .copied()
                .filter(|m| !supports(m))
                .filter(|&m| relation(t, &all[m]) == Some(false))
                .collect();
            if !against.is_empty() {
                let evidence = a.support.iter().chain(&against).copied().collect();
                return claim(
                    Verdict::Disputed,
                    evidence,
                    Reason::Disputed {
                        sides_with: sorted(a.support.clone()),
                        against: sorted(against),
                    },
                );
            }
        }
        return claim(
            Verdict::Supported,
            a.support.clone(),
            Reason::Agrees {
                with: sorted(a.support.clone()),
                by_value: unknown,
            },
        );
    }
    if !a.against.is_empty() {
        // The target sides with some sources against others that disagree
        // with them: disputed. A target no source allows is contradicted,
        // even when the sources disagree among themselves.
        if split(all, &a.support, &a.against) {
            let evidence = a.support.iter().chain(&a.against).copied().collect();
            return claim(
                Verdict::Disputed,
                evidence,
                Reason::Disputed {
                    sides_with: sorted(a.support.clone()),
                    against: sorted(a.against.clone()),
                },
            );
        }
        let evidence = a.against.iter().chain(&a.support).copied().collect();
        return claim(
            Verdict::Contradicted,
            evidence,
            Reason::Contradicted {
                nearest_gap: nearest_gap(t, &a.against, all),
                against: sorted(a.against.clone()),
                looser: sorted(a.support.clone()),
            },
        );
    }
    if !a.other_unit.is_empty() {
        return claim(
            Verdict::Unsupported,
            a.other_unit.clone(),
            Reason::OtherUnits {
                facts: sorted(a.other_unit.clone()),
            },
        );
    }
    claim(
        Verdict::Unsupported,
        Vec::new(),
        Reason::NotStated {
            subject: ft.measured.to_string(),
        },
    )
}

/// The source facts among `ids` (in order) that line up with target `ti`,
/// by how their values relate to its own.
fn line_up(
    ti: usize,
    all: &[Fact],
    alignment: &align::Alignment,
    ids: impl Iterator<Item = usize>,
) -> Aligned {
    let t = &all[ti];
    let ft = &alignment.frames[ti];
    let unknown = ft.measured.is_empty();
    let mut a = Aligned::default();
    let t_scope = align::scope(ft);
    let t_mid = mid(&scaled_interval(t));
    for i in ids {
        let f = &all[i];
        let fs = &alignment.frames[i];
        debug_assert!(f.kind == t.kind && fs.judged);
        // A fact of unknown subject on either side only supports, and only
        // by context that agrees.
        let weak = unknown || fs.measured.is_empty();
        if weak {
            if !ft.agrees_with(fs) || align::names_clash(all, &alignment.frames, ti, i) {
                continue;
            }
        } else if !same_quantity(ft, fs, &t_scope, || align::scope(fs))
            || align::names_clash(all, &alignment.frames, ti, i)
        {
            continue;
        }
        if !t.unit.comparable(&f.unit) {
            if !weak {
                a.other_unit.push(i);
            }
            continue;
        }
        // A source figure that leaves unstated the role the target gives
        // ("14 people" against "killed 17 people") may count others (the
        // recovered, the sick): it can back the target, never go against
        // it, as in a check of sources.
        let says_less = ft.role.is_some() && fs.role.is_none();
        match relation(t, f) {
            Some(true) => a.support.push(i),
            Some(false) if !weak && !says_less && !different_scale(t, t_mid, f) => {
                a.against.push(i);
            }
            _ => {}
        }
    }
    a
}

/// Whether some fact of `support` disagrees with some fact of `against`.
///
/// Two numbers disagree when their intervals do not overlap: when the
/// lower end of one lies above the upper end of the other. So some pair
/// does exactly when the highest lower end of one side lies above the
/// lowest upper end of the other, and the sides are read once each, not
/// pair by pair (a claim thousands of facts back, "at least 10 died",
/// against thousands that state "15"). Dates, which compare by their
/// fields as well, are read pair by pair.
fn split(all: &[Fact], support: &[usize], against: &[usize]) -> bool {
    let pairwise = || {
        support.iter().any(|&s| {
            against
                .iter()
                .any(|&c| relation(&all[s], &all[c]) == Some(false))
        })
    };
    if support
        .iter()
        .chain(against)
        .any(|&i| matches!(all[i].value, Value::Date(_)))
    {
        return pairwise();
    }
    let hull = |side: &[usize]| {
        side.iter().map(|&i| scaled_interval(&all[i])).fold(
            Interval {
                lower: None,
                upper: None,
            },
            |h, i| Interval {
                lower: highest_lower(h.lower, i.lower),
                upper: lowest_upper(h.upper, i.upper),
            },
        )
    };
    let (s, c) = (hull(support), hull(against));
    let above = |lower: Option<End>, upper: Option<End>| {
        !Interval { lower, upper: None }.overlaps(&Interval { lower: None, upper })
    };
    let found = above(s.lower, c.upper) || above(c.lower, s.upper);
    debug_assert_eq!(found, pairwise(), "split read by its ends");
    found
}

/// Of two lower ends, the one fewer values lie above: the greater, or at
/// one value the open one; no end is the least.
fn highest_lower(a: Option<End>, b: Option<End>) -> Option<End> {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(x), Some(y)) => Some(if (y.value, !y.closed) > (x.value, !x.closed) {
            y
        } else {
            x
        }),
    }
}

/// Of two upper ends, the one fewer values lie below: the smaller, or at
/// one value the open one; no end is the greatest.
fn lowest_upper(a: Option<End>, b: Option<End>) -> Option<End> {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(x), Some(y)) => Some(if (y.value, y.closed) < (x.value, x.closed) {
            y
        } else {
            x
        }),
    }
}

/// Whether a target's frame and a source's can be one quantity: the same
/// measured thing, change and time, and a role, a rate and a scope that
/// agree where both state them. A summary says less than its sources: "12
/// people" can be checked against "12 killed", "$14.99" against "$14.99
/// a month".
fn same_quantity(
    t: &align::Frame,
    s: &align::Frame,
    t_scope: &BTreeSet<String>,
    s_scope: impl FnOnce() -> BTreeSet<String>,
) -> bool {
    let agree = |a: Option<&str>, b: Option<&str>| a.is_none() || b.is_none() || a == b;
    t.measured == s.measured
        && t.change == s.change
        && t.time == s.time
        && (t.role.is_none() || s.role.is_none() || t.role == s.role)
        && agree(t.per(), s.per())
        && {
            let (a, b) = (t_scope, s_scope());
            a.is_empty() || b.is_empty() || a.is_subset(&b) || b.is_subset(a)
        }
}

/// Whether two values are so far apart (10,000 times; twelve times for
/// lengths of time) that they measure different things: a share price
/// against the size of an offering, a 20-minute detour against a
/// three-month closure. `t_mid` is the middle of the target's scaled
/// interval, worked out once for all the facts it is read against.
fn different_scale(t: &Fact, t_mid: Option<Decimal>, f: &Fact) -> bool {
    let factor = if t.kind == Kind::Duration { 12 } else { 10_000 };
    t.kind != Kind::Date && mids_far_apart(t_mid, mid(&scaled_interval(f)), factor)
}

/// How far the source value nearest the target's is, in percent, when
/// both have a middle; `None` otherwise (dates, unbounded values).
fn nearest_gap(t: &Fact, against: &[usize], facts: &[Fact]) -> Option<Decimal> {
    if t.kind == Kind::Date {
        return None;
    }
    let mt = mid(&scaled_interval(t))?;
    let gaps = against.iter().filter_map(|&i| {
        let mf = mid(&scaled_interval(facts.get(i)?))?;
        let big = mt.abs().max(mf.abs());
        if big.is_zero() {
            return None;
        }
        (mt - mf).abs().checked_div(big)
    });
    gaps.min()
        .map(|rel| (rel * Decimal::ONE_HUNDRED).round_dp(1).normalize())
}

fn sorted(mut v: Vec<usize>) -> Vec<usize> {
    v.sort_unstable();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::{Checker, Source};

    /// An end of an interval: none, or a small value, open or closed.
    fn end() -> impl Strategy<Value = Option<End>> {
        proptest::option::of((0i64..6, any::<bool>()).prop_map(|(v, closed)| End {
            value: Decimal::from(v),
            closed,
        }))
    }

    proptest! {
        /// Read by the ends of each side, a split is the one reading every
        /// pair finds.
        #[test]
        fn a_split_read_by_its_ends_is_the_pairs_split(
            ends in proptest::collection::vec((end(), end()), 1..12),
            cut in 0usize..12,
        ) {
            let model = Checker::new()
                .extract(&Source::new("s", "12 people died."))
                .facts
                .remove(0);
            let facts: Vec<Fact> = ends
                .iter()
                .map(|&(lower, upper)| {
                    let mut f = model.clone();
                    f.interval = Interval { lower, upper };
                    f
                })
                .collect();
            let cut = cut % (facts.len() + 1);
            let (support, against): (Vec<usize>, Vec<usize>) =
                ((0..cut).collect(), (cut..facts.len()).collect());
            let pairs = support.iter().any(|&s| {
                against.iter().any(|&c| relation(&facts[s], &facts[c]) == Some(false))
            });
            prop_assert_eq!(split(&facts, &support, &against), pairs);
        }
    }
}
