//! One-sided checking: each fact of a target text (a summary, a draft, a
//! model's answer) judged against the facts of a set of sources.
//!
//! A target fact is lined up with source facts by the same rules that line
//! up facts between sources: the same kind, the same subject key (see
//! [`crate::align::Signature::key`]), comparable units, and for counts
//! context that agrees. Then:
//!
//! - **supported**: some aligned source value overlaps the target's, and no
//!   aligned source value conflicts with it;
//! - **contradicted**: sources state the quantity, none compatibly;
//! - **disputed**: the aligned source values conflict among themselves; the
//!   explanation says which side, if any, the target's value agrees with;
//! - **unsupported**: no source states the quantity (or states it only in
//!   another currency, which is not compared without an exchange rate).
//!
//! A target fact whose subject cannot be told (an empty key) is never
//! contradicted: it is supported by a source fact that states an
//! overlapping value in a context that agrees (a shared context class or
//! content word, [`Signature::agrees_with`]), disputed when that source
//! fact is part of a conflict, and unsupported otherwise. Source facts of
//! unknown subject likewise only ever support, and only when no source fact
//! of the target's subject is aligned with it. Earlier figures superseded
//! by an update (a toll that rose in a later report) are left out, and so
//! are dates of reporting ("said on Monday"); dates compare only at the same
//! grain.
//!
//! Beyond the rules between sources, two amounts of money more than 10,000
//! times apart are taken to be different quantities (a share price and the
//! size of the offering), so they never contradict each other; a changed
//! scale word ("$1.8m" for "$1.8bn") is still caught. And when sources on
//! the two sides of a target value disagree with each other, the verdict is
//! disputed even where the sources were not judged against each other.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::align::{Signature, Synonyms, signature};
use crate::compare::{Conflict, Update, far_apart, mid, relation, scaled_interval};
use crate::fact::Fact;
use crate::quantity::Kind;

/// How a target fact fares against the sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// A source states a compatible value for the same quantity, and none
    /// conflicts with it.
    Supported,
    /// Sources state the quantity, and none compatibly.
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

/// One fact of the target with its verdict.
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
    /// One line: which source values agree or disagree, and why.
    pub explanation: String,
}

/// What the sources say, as the checker found it.
#[derive(Clone, Copy, Debug)]
pub struct Evidence<'r> {
    /// Every source fact.
    pub facts: &'r [Fact],
    /// One signature per source fact, in fact order.
    pub signatures: &'r [Signature],
    /// The conflicts between sources.
    pub conflicts: &'r [Conflict],
    /// The updates between dated sources.
    pub updates: &'r [Update],
    /// Each source id's publication date, where known.
    pub published: &'r BTreeMap<String, NaiveDate>,
}

/// Judges every target fact against the sources. `synonyms` must be the
/// classes the source signatures were computed with.
pub fn judge(targets: &[Fact], sources: &Evidence<'_>, synonyms: &Synonyms) -> Vec<Claim> {
    let superseded = superseded(sources);
    targets
        .iter()
        .map(|t| judge_one(t, &signature(t, synonyms), sources, &superseded))
        .collect()
}

/// Source facts an update replaced: every mention of an update published
/// before its latest report.
fn superseded(sources: &Evidence<'_>) -> BTreeSet<usize> {
    let date = |i: usize| {
        sources
            .facts
            .get(i)
            .and_then(|f| sources.published.get(&f.provenance.source))
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
#[derive(Default)]
struct Aligned {
    /// Same subject, overlapping value, compatible context.
    support: Vec<usize>,
    /// Same subject, a value that does not overlap.
    against: Vec<usize>,
    /// Same subject, another currency or kind of percentage.
    other_unit: Vec<usize>,
    /// Unknown subject on one side, overlapping value, context that agrees.
    weak: Vec<usize>,
}

fn judge_one(
    t: &Fact,
    st: &Signature,
    sources: &Evidence<'_>,
    superseded: &BTreeSet<usize>,
) -> Claim {
    let mut a = Aligned::default();
    if reporting_date(t, st) {
        return Claim {
            fact: t.clone(),
            subject: st.label(t).to_string(),
            verdict: Verdict::Unsupported,
            evidence: Vec::new(),
            explanation: format!(
                "{} dates the telling, not the events; not checked",
                quote(t)
            ),
        };
    }
    for (i, (f, sf)) in sources.facts.iter().zip(sources.signatures).enumerate() {
        if f.kind != t.kind || superseded.contains(&i) || reporting_date(f, sf) {
            continue;
        }
        if st.key.is_empty() || sf.key.is_empty() {
            if !st.agrees_with(sf) || names_differ(t, st, f, sf) {
                continue;
            }
            if !t.unit.comparable(&f.unit) {
                if st.concepts.intersection(&sf.concepts).next().is_some() {
                    a.other_unit.push(i);
                }
            } else if relation(t, f) == Some(true) {
                a.weak.push(i);
            }
            continue;
        }
        if sf.key != st.key {
            continue;
        }
        if !t.unit.comparable(&f.unit) {
            a.other_unit.push(i);
            continue;
        }
        match relation(t, f) {
            Some(true) if concepts_compatible(st, sf) => a.support.push(i),
            Some(false) if may_conflict(t, st, f, sf) => a.against.push(i),
            _ => {}
        }
    }

    let claim = |verdict: Verdict, evidence: Vec<usize>, explanation: String| Claim {
        fact: t.clone(),
        subject: st.label(t).to_string(),
        verdict,
        evidence: sorted(evidence),
        explanation,
    };
    let this = quote(t);

    if !a.support.is_empty() || !a.against.is_empty() {
        let aligned: BTreeSet<usize> = a.support.iter().chain(&a.against).copied().collect();
        let side = if a.support.is_empty() {
            String::from("agrees with neither side")
        } else {
            format!("sides with {}", list(sources.facts, &a.support))
        };
        if let Some(c) = dispute(sources, &aligned) {
            let evidence = aligned.iter().chain(&c.mentions).copied().collect();
            return claim(
                Verdict::Disputed,
                evidence,
                format!(
                    "the sources disagree ({}); {this} {side}",
                    c.explanation.trim_end_matches('.')
                ),
            );
        }
        // Sources on both sides of the target that do not overlap each
        // other disagree, whether or not they were judged against each
        // other.
        let split = a.support.iter().find_map(|&s| {
            let fs = sources.facts.get(s)?;
            let c = a.against.iter().copied().find(|&c| {
                sources
                    .facts
                    .get(c)
                    .is_some_and(|fc| relation(fs, fc) == Some(false))
            })?;
            Some((s, c))
        });
        if let Some((s, c)) = split {
            return claim(
                Verdict::Disputed,
                aligned.into_iter().collect(),
                format!(
                    "the sources disagree ({} against {}); {this} {side}",
                    list(sources.facts, &[s]),
                    list(sources.facts, &[c])
                ),
            );
        }
        if a.against.is_empty() {
            return claim(
                Verdict::Supported,
                a.support.clone(),
                format!("{this} agrees with {}", list(sources.facts, &a.support)),
            );
        }
        let gap = nearest_gap(t, &a.against, sources.facts);
        let mut text = format!(
            "{this} is not what the sources say: {}{gap}",
            list(sources.facts, &a.against)
        );
        if !a.support.is_empty() {
            text.push_str(&format!(
                "; only the looser {} allows it",
                list(sources.facts, &a.support)
            ));
        }
        let evidence = a.against.iter().chain(&a.support).copied().collect();
        return claim(Verdict::Contradicted, evidence, text);
    }

    if !a.weak.is_empty() {
        let disputed = sources
            .conflicts
            .iter()
            .find(|c| c.mentions.iter().any(|m| a.weak.contains(m)));
        if let Some(c) = disputed {
            let side: Vec<usize> = a
                .weak
                .iter()
                .copied()
                .filter(|w| c.mentions.contains(w))
                .collect();
            let evidence = a.weak.iter().chain(&c.mentions).copied().collect();
            return claim(
                Verdict::Disputed,
                evidence,
                format!(
                    "the sources disagree ({}); {this} sides with {}",
                    c.explanation.trim_end_matches('.'),
                    list(sources.facts, &side)
                ),
            );
        }
        let how = if st.key.is_empty() {
            "states the value of"
        } else {
            "agrees with"
        };
        return claim(
            Verdict::Supported,
            a.weak.clone(),
            format!("{this} {how} {}", list(sources.facts, &a.weak)),
        );
    }

    if !a.other_unit.is_empty() {
        let units: BTreeSet<&str> = a
            .other_unit
            .iter()
            .filter_map(|&i| sources.facts.get(i))
            .map(|f| f.unit.name())
            .collect();
        let units: Vec<&str> = units.into_iter().collect();
        return claim(
            Verdict::Unsupported,
            a.other_unit.clone(),
            format!(
                "the sources give this only in {} ({}), and {this} is in {}; not compared without a conversion rate",
                units.join(", "),
                list(sources.facts, &a.other_unit),
                t.unit
            ),
        );
    }
    let explanation = if st.key.is_empty() {
        format!(
            "what {this} measures cannot be told, and no source states a value that overlaps it in a context that agrees"
        )
    } else {
        format!(
            "no source states a {} \"{}\" to check {this} against",
            t.kind.as_str(),
            st.key
        )
    };
    claim(Verdict::Unsupported, Vec::new(), explanation)
}

/// The first conflict between sources that two aligned facts take
/// opposite sides of.
fn dispute<'r>(sources: &Evidence<'r>, aligned: &BTreeSet<usize>) -> Option<&'r Conflict> {
    sources.conflicts.iter().find(|c| {
        let inside: Vec<&Fact> = c
            .mentions
            .iter()
            .filter(|m| aligned.contains(m))
            .filter_map(|&m| sources.facts.get(m))
            .collect();
        inside.iter().enumerate().any(|(n, x)| {
            inside[n + 1..]
                .iter()
                .any(|y| relation(x, y) == Some(false))
        })
    })
}

/// Whether what is said around two facts does not name different things:
/// either names nothing, or they share a context class.
fn concepts_compatible(a: &Signature, b: &Signature) -> bool {
    a.concepts.is_empty()
        || b.concepts.is_empty()
        || a.concepts.intersection(&b.concepts).next().is_some()
}

/// Whether a source value that does not overlap the target's measures the
/// same thing, by the tests two sources' values must pass to conflict.
fn may_conflict(t: &Fact, st: &Signature, f: &Fact, sf: &Signature) -> bool {
    if st.historical != sf.historical {
        return false;
    }
    if t.kind == Kind::Count {
        let shared = st.concepts.intersection(&sf.concepts).next().is_some();
        let both_bare = st.concepts.is_empty() && sf.concepts.is_empty();
        if !(shared || both_bare && st.agrees_with(sf)) {
            return false;
        }
    }
    if t.kind == Kind::Duration && far_apart(&scaled_interval(t), &scaled_interval(f), 12) {
        return false;
    }
    // A share price is no evidence about the size of a deal.
    if t.kind == Kind::Money && far_apart(&t.interval, &f.interval, 10_000) {
        return false;
    }
    !names_differ(t, st, f, sf)
}

/// Whether the names near two facts point at different things: both have
/// names, they share none, and neither's names occur in the other's
/// sentence.
fn names_differ(t: &Fact, st: &Signature, f: &Fact, sf: &Signature) -> bool {
    let named_in = |names: &BTreeSet<String>, fact: &Fact| {
        let sentence = fact.provenance.sentence.to_lowercase();
        names.iter().any(|n| sentence.contains(n.as_str()))
    };
    st.names_differ(sf) && !named_in(&st.entities, f) && !named_in(&sf.entities, t)
}

/// Whether a date says when something was reported ("said on Monday")
/// rather than when it happened: such dates are never judged.
fn reporting_date(f: &Fact, sig: &Signature) -> bool {
    f.kind == Kind::Date && !sig.judged
}

/// ", 5.3% apart" for the source value nearest the target's, when both
/// have a middle; empty otherwise (dates, unbounded values).
fn nearest_gap(t: &Fact, against: &[usize], facts: &[Fact]) -> String {
    if t.kind == Kind::Date {
        return String::new();
    }
    let Some(mt) = mid(&scaled_interval(t)) else {
        return String::new();
    };
    let gaps = against.iter().filter_map(|&i| {
        let mf = mid(&scaled_interval(facts.get(i)?))?;
        let big = mt.abs().max(mf.abs());
        if big.is_zero() {
            return None;
        }
        (mt - mf).abs().checked_div(big)
    });
    match gaps.min() {
        Some(rel) => {
            let pct = (rel * Decimal::ONE_HUNDRED).round_dp(1).normalize();
            format!(" (the nearest is {pct}% away)")
        }
        None => String::new(),
    }
}

fn quote(f: &Fact) -> String {
    format!("\"{}\"", f.provenance.text)
}

/// `"£18.4m" (courier), "about £18m" (wire)`: at most three quotes, then
/// how many more.
fn list(facts: &[Fact], which: &[usize]) -> String {
    const SHOWN: usize = 3;
    let all: Vec<String> = sorted(which.to_vec())
        .into_iter()
        .filter_map(|i| facts.get(i))
        .map(|f| format!("{} ({})", quote(f), f.provenance.source))
        .collect();
    let mut out = all
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if all.len() > SHOWN {
        out.push_str(&format!(" and {} more", all.len() - SHOWN));
    }
    out
}

fn sorted(mut v: Vec<usize>) -> Vec<usize> {
    v.sort_unstable();
    v.dedup();
    v
}
