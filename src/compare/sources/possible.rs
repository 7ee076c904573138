//! Findings in doubt between two groups that may be one quantity: a
//! count whose role is unstated against a tally, a figure of unknown
//! subject against the group its context shares.

use super::*;

/// A possible match between groups `a` and `b`: when a value of `b`
/// overlaps no value of `a`, the two disagree if they are one quantity.
#[allow(clippy::too_many_arguments)]
pub(super) fn possible(
    facts: &Facts<'_>,
    alignment: &Alignment,
    a: usize,
    b: usize,
    doubt: Doubt,
    runs_of: &[Vec<(Vec<Cluster>, Vec<Run>)>],
    policy: &Policy,
    out: &mut Findings,
) {
    let (Some(pa), Some(pb)) = (runs_of.get(a), runs_of.get(b)) else {
        return;
    };
    let ga = &alignment.groups[a];
    // The values of `a`: the strong clusters' intervals.
    let a_clusters: Vec<&Cluster> = pa
        .iter()
        .flat_map(|(cs, _)| cs.iter())
        .filter(|c| c.strong)
        .collect();
    if a_clusters.is_empty() {
        return;
    }
    // The values of `a` by their middle, so that each value of `b` is
    // weighed against the `NEAREST` values of `a` on each side of it
    // only: every value when `a` is small, and a bounded amount of work
    // per value whatever the input.
    let mut a_by_mid: Vec<(Option<Decimal>, &Cluster)> =
        a_clusters.iter().map(|c| (mid(&c.interval), *c)).collect();
    a_by_mid.sort_by_key(|x| x.0.map(Ordered));
    for (cs, runs) in pb {
        for r in runs {
            let Some(&c0) = r.clusters.first() else {
                continue;
            };
            if doubt == Doubt::RoleUnstated && loose::aboard(alignment, cs, r) {
                continue;
            }
            let rep = &cs[c0];
            let f = &facts[rep.facts[0]];
            let rep_mid = mid(&rep.interval).map(Ordered);
            let at = a_by_mid.partition_point(|(m, _)| m.map(Ordered) < rep_mid);
            let near = &a_by_mid[at.saturating_sub(NEAREST)..(at + NEAREST).min(a_by_mid.len())];
            // Only values of one unit and magnitude.
            let comparable: Vec<&Cluster> = near
                .iter()
                .map(|(_, c)| *c)
                .filter(|c| {
                    let fa = &facts[c.facts[0]];
                    fa.unit.comparable(&f.unit)
                        && unit_class(fa) == unit_class(f)
                        && !super::super::far_apart(&c.interval, &rep.interval, MAGNITUDE)
                })
                .collect();
            if comparable.is_empty()
                || comparable
                    .iter()
                    .any(|c| c.interval.overlaps(&rep.interval))
            {
                continue;
            }
            // A word like "several" puts no count in doubt.
            let worded = |c: &Cluster| c.facts.iter().all(|&i| loose::worded(&facts[i]));
            if comparable.iter().all(|c| worded(c)) || r.clusters.iter().all(|&k| worded(&cs[k])) {
                continue;
            }
            let side_a: Vec<usize> = {
                let mut v: Vec<usize> = comparable
                    .iter()
                    .flat_map(|c| c.facts.iter().copied())
                    .collect();
                v.sort_unstable();
                v
            };
            let side_b = r.facts(cs);
            let mut sides = vec![side_a, side_b];
            sides.sort_by(|x, y| {
                let m = |s: &Vec<usize>| mid(&scaled_interval(&facts[s[0]]));
                m(x).cmp(&m(y))
            });
            let mut mentions: Vec<usize> = sides.iter().flatten().copied().collect();
            mentions.sort_unstable();
            let spread = spread(facts, &sides);
            out.possible_conflicts.push(Conflict {
                kind: ga.kind,
                subject: ga.subject.clone(),
                severity: severity(facts, &spread, policy),
                spread,
                within_source: facts.sources_in(&mentions) == 1,
                confidence: confidence(alignment, &representatives(&sides))
                    .min(Decimal::new(50, 2)),
                matched: matched(alignment, &mentions),
                sides: sides_of(facts, &sides),
                mentions,
                doubt: Some(doubt),
            });
        }
    }
}
