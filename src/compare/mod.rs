//! Stage 6: judge each group of aligned facts: conflict, corroboration or
//! update. This stage never looks at raw text; it reaches the text only
//! through each fact's provenance.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::align::{Alignment, Group, ValueKey, value_key};
use crate::fact::Fact;
use crate::quantity::{Bound, End, Interval, Kind, Unit, Value};

pub mod claims;

/// How much a conflict matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
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

/// Sources whose values for one quantity cannot all be true.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// The fact kind.
    pub kind: Kind,
    /// What the quantity is ("ipo", "app").
    pub subject: String,
    /// How much it matters.
    pub severity: Severity,
    /// One line: how far apart the values are and what could explain it.
    pub explanation: String,
    /// The facts involved, as indices into [`crate::Report::facts`].
    pub mentions: Vec<usize>,
    /// Whether the disagreeing values come from one source.
    pub within_source: bool,
}

/// Facts from one or more sources whose values for one quantity agree.
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
}

/// A figure that grows between dated reports (a toll that rises): reported
/// as an update, not a conflict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Update {
    /// The fact kind.
    pub kind: Kind,
    /// What the quantity is.
    pub subject: String,
    /// One line: from what to what, between which dates.
    pub explanation: String,
    /// The facts involved, earliest first, as indices into
    /// [`crate::Report::facts`].
    pub mentions: Vec<usize>,
}

/// Related figures that were not judged, and why: amounts in different
/// currencies, or values whose subjects may differ.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    /// The fact kind.
    pub kind: Kind,
    /// What the quantity may be.
    pub subject: String,
    /// One line: what was not compared and why.
    pub explanation: String,
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
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            low: Decimal::new(5, 2),
            high: Decimal::new(25, 2),
        }
    }
}

/// Everything judging found.
#[derive(Clone, Debug, Default)]
pub struct Findings {
    /// Values that disagree.
    pub conflicts: Vec<Conflict>,
    /// Values that agree.
    pub corroborations: Vec<Corroboration>,
    /// Values that grew between dated reports.
    pub updates: Vec<Update>,
    /// What was not judged, and why.
    pub notes: Vec<Note>,
}

/// Judges every group of aligned facts. `published` gives each source id's
/// publication date, where known.
pub fn compare(
    facts: &[Fact],
    alignment: &Alignment,
    published: &BTreeMap<String, NaiveDate>,
    policy: &Policy,
) -> Findings {
    let mut out = Findings::default();
    for g in &alignment.groups {
        judge_group(facts, alignment, g, published, policy, &mut out);
    }
    out
}

/// Facts stating one value in one group.
struct Cluster {
    facts: Vec<usize>,
    strong: bool,
    unit: Unit,
}

fn judge_group(
    facts: &[Fact],
    alignment: &Alignment,
    g: &Group,
    published: &BTreeMap<String, NaiveDate>,
    policy: &Policy,
    out: &mut Findings,
) {
    // Clusters of identical values, strong members first.
    let mut by_value: BTreeMap<ValueKey<'_>, Cluster> = BTreeMap::new();
    for (&i, strong) in g
        .strong
        .iter()
        .map(|i| (i, true))
        .chain(g.weak.iter().map(|i| (i, false)))
    {
        let c = by_value
            .entry(value_key(&facts[i]))
            .or_insert_with(|| Cluster {
                facts: Vec::new(),
                strong: false,
                unit: facts[i].unit.clone(),
            });
        c.facts.push(i);
        c.strong |= strong;
    }
    let clusters: Vec<Cluster> = by_value.into_values().collect();
    // Reporting dates ("said on Monday") belong to each source's own
    // telling, not to the event: never judged.
    if !g.judged {
        return;
    }
    let subject = if g.subject.is_empty() {
        facts[clusters[0].facts[0]].unit.name().to_string()
    } else {
        g.subject.clone()
    };

    // Corroborations: clusters whose values all overlap, greedily merged,
    // largest first.
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    order.sort_by_key(|&c| {
        (
            std::cmp::Reverse(clusters[c].facts.len()),
            clusters[c].facts[0],
        )
    });
    let mut agreeing: Vec<Vec<usize>> = Vec::new();
    let concepts = |c: &Cluster| -> BTreeSet<&str> {
        c.facts
            .iter()
            .flat_map(|&i| alignment.signatures[i].concepts.iter().map(String::as_str))
            .collect()
    };
    let cluster_concepts: Vec<BTreeSet<&str>> = clusters.iter().map(concepts).collect();
    // Two clusters can agree only when what is said around them does not
    // name different things ("died" against "evacuated").
    let compatible = |a: usize, b: usize| {
        let (x, y) = (&cluster_concepts[a], &cluster_concepts[b]);
        x.is_empty() || y.is_empty() || x.intersection(y).next().is_some()
    };
    for &c in &order {
        let slot = agreeing.iter_mut().find(|grp| {
            grp.iter().all(|&o| {
                comparable(&clusters[o], &clusters[c])
                    && compatible(o, c)
                    && overlap(facts, &clusters[o], &clusters[c])
            })
        });
        match slot {
            Some(grp) => grp.push(c),
            None => agreeing.push(vec![c]),
        }
    }
    for grp in &agreeing {
        let mut mentions: Vec<usize> = grp
            .iter()
            .flat_map(|&c| clusters[c].facts.iter().copied())
            .collect();
        mentions.sort_unstable();
        if g.subject.is_empty() {
            // Unknown subject: keep facts whose context another source's
            // fact shares.
            let keep: Vec<usize> = mentions
                .iter()
                .copied()
                .filter(|&m| {
                    mentions.iter().take(64).any(|&o| {
                        facts[o].provenance.source != facts[m].provenance.source
                            && alignment.signatures[o].agrees_with(&alignment.signatures[m])
                    })
                })
                .collect();
            mentions = keep;
        }
        let sources = distinct_sources(facts, &mentions);
        // Two sources that both say "dozens of" agree on no figure: a
        // corroboration needs at least one stated number.
        let stated = mentions
            .iter()
            .any(|&m| facts[m].kind == Kind::Date || facts[m].precision.is_some());
        if sources >= 2 && stated {
            out.corroborations.push(Corroboration {
                kind: g.kind,
                subject: subject.clone(),
                sources,
                mentions,
            });
        }
    }

    // Conflicts: strong clusters in different agreeing groups that do not
    // overlap, judged pairwise between agreeing groups.
    for a in 0..agreeing.len() {
        for b in a + 1..agreeing.len() {
            let side = |grp: &Vec<usize>| -> Vec<usize> {
                let mut v: Vec<usize> = grp
                    .iter()
                    .filter(|&&c| clusters[c].strong)
                    .flat_map(|&c| clusters[c].facts.iter().copied())
                    .collect();
                v.sort_unstable();
                v
            };
            let (left, right) = (side(&agreeing[a]), side(&agreeing[b]));
            if left.is_empty() || right.is_empty() {
                continue;
            }
            let ca = agreeing[a].iter().copied().find(|&c| clusters[c].strong);
            let cb = agreeing[b].iter().copied().find(|&c| clusters[c].strong);
            let (Some(ca), Some(cb)) = (ca, cb) else {
                continue;
            };
            let (ca, cb) = (&clusters[ca], &clusters[cb]);
            let mut mentions: Vec<usize> = left.iter().chain(&right).copied().collect();
            mentions.sort_unstable();
            if g.kind == Kind::Date && relation(&facts[ca.facts[0]], &facts[cb.facts[0]]).is_none()
            {
                // Different grains ("1966", "April 2"), or a weekday with no
                // date to resolve it against: nothing to judge.
                continue;
            }
            if !comparable(ca, cb) {
                out.notes.push(Note {
                    kind: g.kind,
                    subject: subject.clone(),
                    explanation: format!(
                        "{} and {} are in different units ({} and {}); not compared without a conversion rate",
                        quote(facts, ca.facts[0]),
                        quote(facts, cb.facts[0]),
                        ca.unit,
                        cb.unit
                    ),
                    mentions,
                });
                continue;
            }
            if overlap(facts, ca, cb) {
                continue;
            }
            // The contexts must agree, names nearby must not point at
            // different things, and a figure of an earlier event is not
            // judged against a current one.
            let sig = |i: usize| &alignment.signatures[i];
            let pairs = || {
                left.iter()
                    .take(20)
                    .flat_map(|&l| right.iter().take(20).map(move |&r| (sig(l), sig(r))))
            };
            let agree = g.kind != Kind::Count
                || pairs().any(|(a, b)| {
                    a.concepts.intersection(&b.concepts).next().is_some()
                        || (a.concepts.is_empty() && b.concepts.is_empty() && a.agrees_with(b))
                });
            let historical = |side: &[usize]| side.iter().all(|&i| sig(i).historical);
            if historical(&left) != historical(&right) {
                continue;
            }
            // Lengths of time an order of magnitude apart measure different
            // spans ("a 45-minute queue", "a four-year build").
            let (il, ir) = (
                scaled_interval(&facts[left[0]]),
                scaled_interval(&facts[right[0]]),
            );
            if g.kind == Kind::Duration && far_apart(&il, &ir, 12) {
                continue;
            }
            // Names differ only when neither fact's names occur anywhere in
            // the other's sentence: the first word of a sentence is not
            // counted as a name, but it may be one.
            let named_in = |names: &BTreeSet<String>, i: usize| {
                let sentence = facts[i].provenance.sentence.to_lowercase();
                names.iter().any(|n| sentence.contains(n.as_str()))
            };
            let names_differ = left.iter().take(20).all(|&l| {
                right.iter().take(20).all(|&r| {
                    sig(l).names_differ(sig(r))
                        && !named_in(&sig(l).entities, r)
                        && !named_in(&sig(r).entities, l)
                })
            });
            if !agree || names_differ {
                out.notes.push(Note {
                    kind: g.kind,
                    subject: subject.clone(),
                    explanation: format!(
                        "{} and {} may count different things ({}); not judged",
                        quote(facts, left[0]),
                        quote(facts, right[0]),
                        if names_differ {
                            "different names nearby"
                        } else {
                            "nothing else in common nearby"
                        }
                    ),
                    mentions,
                });
                continue;
            }
            if let Some(update) = as_update(facts, g, &subject, &left, &right, published) {
                out.updates.push(update);
                continue;
            }
            let within_source = distinct_sources(facts, &mentions) == 1;
            let (severity, explanation) = judge(facts, ca, cb, policy, within_source);
            out.conflicts.push(Conflict {
                kind: g.kind,
                subject: subject.clone(),
                severity,
                explanation,
                mentions,
                within_source,
            });
        }
    }
}

fn quote(facts: &[Fact], i: usize) -> String {
    format!("\"{}\"", facts[i].provenance.text)
}

fn distinct_sources(facts: &[Fact], mentions: &[usize]) -> usize {
    mentions
        .iter()
        .map(|&m| facts[m].provenance.source.as_str())
        .collect::<BTreeSet<_>>()
        .len()
}

/// Whether two clusters can be compared (see [`Unit::comparable`]).
fn comparable(a: &Cluster, b: &Cluster) -> bool {
    a.unit.comparable(&b.unit)
}

/// A fact's interval in comparable terms: durations in seconds (a month
/// spans 28 to 31 days), everything else as stated.
pub(crate) fn scaled_interval(f: &Fact) -> Interval {
    let Some(u) = f.unit.time().filter(|_| f.kind == Kind::Duration) else {
        return f.interval;
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
        lower: scale(f.interval.lower, lo),
        upper: scale(f.interval.upper, hi),
    }
}

/// Whether two clusters' values overlap; values that cannot be compared
/// do not.
fn overlap(facts: &[Fact], a: &Cluster, b: &Cluster) -> bool {
    relation(&facts[a.facts[0]], &facts[b.facts[0]]).unwrap_or(false)
}

/// Whether two facts' values overlap, or `None` when they cannot be
/// compared. Dates compare only at the same grain: by their days when both
/// are resolved, else field by field when both are written as calendar
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
    let bounded = |f: &Fact| f.interval.lower.is_some() && f.interval.upper.is_some();
    if bounded(a) && bounded(b) {
        return Some(a.interval.overlaps(&b.interval));
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

/// When every fact on one side was published before every fact on the
/// other, and the later figure is larger, the change is an update.
fn as_update(
    facts: &[Fact],
    g: &Group,
    subject: &str,
    left: &[usize],
    right: &[usize],
    published: &BTreeMap<String, NaiveDate>,
) -> Option<Update> {
    // Counts grow as news comes in (a toll); amounts, lengths of time and
    // shares stated for one event do not.
    if g.kind != Kind::Count {
        return None;
    }
    let dates = |side: &[usize]| -> Option<(NaiveDate, NaiveDate)> {
        let ds: Vec<NaiveDate> = side
            .iter()
            .map(|&i| published.get(&facts[i].provenance.source).copied())
            .collect::<Option<_>>()?;
        Some((*ds.iter().min()?, *ds.iter().max()?))
    };
    let (l, r) = (dates(left)?, dates(right)?);
    let (early, late) = if l.1 < r.0 {
        (left, right)
    } else if r.1 < l.0 {
        (right, left)
    } else {
        return None;
    };
    let v = |i: usize| facts[i].value.as_number();
    let (from, to) = (v(early[0])?, v(late[0])?);
    if to <= from {
        return None;
    }
    let date = |i: usize| {
        published
            .get(&facts[i].provenance.source)
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    let mut mentions: Vec<usize> = early.iter().chain(late).copied().collect();
    mentions.sort_by_key(|&i| (published.get(&facts[i].provenance.source).copied(), i));
    Some(Update {
        kind: g.kind,
        subject: subject.to_string(),
        explanation: format!(
            "{} ({}) rose to {} ({}) in a later report",
            quote(facts, early[0]),
            date(early[0]),
            quote(facts, late[0]),
            date(late[0])
        ),
        mentions,
    })
}

/// A conflict's severity and its one-line explanation.
fn judge(
    facts: &[Fact],
    a: &Cluster,
    b: &Cluster,
    policy: &Policy,
    within: bool,
) -> (Severity, String) {
    let (fa, fb) = (&facts[a.facts[0]], &facts[b.facts[0]]);
    if let (Value::Date(da), Value::Date(db)) = (&fa.value, &fb.value) {
        let (first, second) = if da <= db { (fa, fb) } else { (fb, fa) };
        let where_ = if within { " in one source" } else { "" };
        let text = format!(
            "{} and {}{} name different days",
            quote_f(first),
            quote_f(second),
            where_
        );
        return (Severity::Medium, text);
    }
    // Order the two by value so the sentence reads low to high.
    let (ia, ib) = (scaled_interval(fa), scaled_interval(fb));
    let (lo_f, hi_f, lo_i, hi_i) = if mid(&ia) <= mid(&ib) {
        (fa, fb, ia, ib)
    } else {
        (fb, fa, ib, ia)
    };
    let where_ = if within { " in one source" } else { "" };
    let (Some(lo_v), Some(hi_v)) = (mid(&lo_i), mid(&hi_i)) else {
        return (
            Severity::Medium,
            format!(
                "{} and {}{} cannot both be true",
                quote_f(lo_f),
                quote_f(hi_f),
                where_
            ),
        );
    };
    let big = lo_v.abs().max(hi_v.abs());
    // Checked: values near the largest decimal must not overflow.
    let rel = match hi_v.checked_sub(lo_v) {
        _ if big.is_zero() => Decimal::ZERO,
        Some(gap) => gap
            .abs()
            .checked_div(big)
            .unwrap_or(Decimal::ONE)
            .round_dp(4),
        None => Decimal::ONE,
    };
    let pct = (rel * Decimal::from(100)).round_dp(1).normalize();
    // Adjacent at stated precision: the two intervals touch.
    let adjacent = match (lo_i.upper, hi_i.lower) {
        (Some(u), Some(l)) => u.value == l.value,
        _ => false,
    };
    let severity = if adjacent || rel < policy.low {
        Severity::Low
    } else if rel >= policy.high {
        Severity::High
    } else {
        Severity::Medium
    };
    let mut text = format!(
        "{} and {}{} differ by {}%",
        quote_f(lo_f),
        quote_f(hi_f),
        where_,
        pct
    );
    if adjacent {
        if let Some(u) = lo_i.upper {
            text.push_str(&format!(
                "; adjacent at the stated precision, so both could be roundings of a value near {} {}",
                human(u.value),
                lo_f.unit
            ));
        }
    } else if [lo_f.bound, hi_f.bound]
        .iter()
        .any(|b| matches!(b, Bound::Lower | Bound::Upper))
    {
        text.push_str("; one is a bound the other falls outside");
    }
    (severity, text)
}

fn quote_f(f: &Fact) -> String {
    format!("\"{}\" ({})", f.provenance.text, f.provenance.source)
}

/// Whether the middles of two positive intervals are more than `factor`
/// times apart: lengths of time twelve times apart (a 45-minute queue, a
/// four-year build) measure different spans.
pub(crate) fn far_apart(a: &Interval, b: &Interval, factor: i64) -> bool {
    match (mid(a), mid(b)) {
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

/// A number with a scale word: 34500000000 is "34.5 billion".
pub(crate) fn human(v: Decimal) -> String {
    let scales = [(12u32, "trillion"), (9, "billion"), (6, "million")];
    for (p, name) in scales {
        let mut f = Decimal::ONE;
        for _ in 0..p {
            f *= Decimal::TEN;
        }
        if v.abs() >= f {
            return format!("{} {}", (v / f).round_dp(3).normalize(), name);
        }
    }
    v.round_dp(3).normalize().to_string()
}
