//! Stories the comparator has never seen, with the findings a careful reader
//! expects.
//!
//! Each folder in `fixtures/stories/` holds two to five short articles about
//! one event (`*.txt`, optionally with front matter) and an `expected.toml`
//! listing the conflicts, corroborations and updates a careful reader finds,
//! and the pairs of quotes that must never be reported as a conflict. The
//! format is described in `fixtures/stories/README.md`.
//!
//! For each story the articles are checked together, and the report is judged
//! against the file:
//!
//! - every expected conflict is reported (recall),
//! - no conflict is reported that the file does not expect (precision),
//! - no reported conflict pairs two quotes of a `no_conflict` entry,
//! - every expected corroboration is reported with its count of sources,
//! - every expected update is reported, earliest figure first.
//!
//! The conflict scores per story and overall are printed by
//!
//! ```text
//! cargo test --test stories conflict_precision_and_recall -- --nocapture
//! ```
//!
//! A quote names a mention by place, not by exact extent: a mention matches a
//! quote when its span overlaps an occurrence of the quote in the body of the
//! mention's source. So "More than 200 people" matches a mention quoted as
//! "200 people" or as "More than 200 people", but not a "200" elsewhere.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use crosscheck::{Checker, Source, Span};
use serde::Deserialize;

mod support;

use support::{
    Finding, Mention, Observed, fail_with, matches_quote, occurrences, one_line, ratio, show,
};

// ---------------------------------------------------------------------------
// The fixture format.

/// An `expected.toml` file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    /// Which set of stories this one belongs to, for the score table:
    /// `wire` for the stories written in the shapes of wire copy; absent
    /// for the first ten.
    #[serde(default)]
    set: Option<String>,
    #[serde(default)]
    conflict: Vec<ExpectedConflict>,
    #[serde(default)]
    corroboration: Vec<ExpectedAgreement>,
    #[serde(default)]
    update: Vec<ExpectedAgreement>,
    #[serde(default)]
    no_conflict: Vec<NoConflict>,
}

/// Two or more sources that disagree about one quantity.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedConflict {
    kind: String,
    /// One reported conflict must hold a mention for each of these.
    quotes: Vec<String>,
    /// When given, the source id each quote must come from.
    #[serde(default)]
    from: Vec<String>,
    /// Further quotes that agree with one of `quotes`: a reported conflict
    /// that pairs one of them with a quote of another side is the same
    /// finding, not a false one.
    #[serde(default)]
    same: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    note: String,
    /// Set when the checker is known to miss this finding: why. The test
    /// then requires it to be missed still, so a fix removes the marker.
    #[serde(default)]
    known_gap: Option<String>,
}

/// A corroboration or an update.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedAgreement {
    kind: String,
    /// A subset of the finding's mentions; for updates, earliest first.
    quotes: Vec<String>,
    #[serde(default)]
    from: Vec<String>,
    /// Distinct sources behind the finding (required for corroborations).
    sources: Option<usize>,
    #[serde(default)]
    note: String,
    /// See [`ExpectedConflict::known_gap`].
    #[serde(default)]
    known_gap: Option<String>,
}

/// Two quotes that must never appear together in one conflict.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoConflict {
    quotes: Vec<String>,
    /// When given, the source id each quote must come from.
    #[serde(default)]
    from: Vec<String>,
    #[serde(default)]
    note: String,
    /// Set when the checker is known to report this pair as a conflict
    /// today: why. The false conflict is still counted in the scores, but
    /// does not fail the test; the test fails instead when the pair stops
    /// being reported, so a fix removes the marker.
    #[serde(default)]
    known_gap: Option<String>,
}

/// A `fixtures/summaries/<slug>.expected.toml` file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SummaryExpected {
    claim: Vec<Claim>,
}

/// One number in a summary and what checking it against the sources should
/// conclude.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Claim {
    quote: String,
    verdict: String,
    /// Weaker verdicts a checker without outside knowledge (exchange rates)
    /// may reach instead.
    #[serde(default)]
    also_acceptable: Vec<String>,
    note: String,
}

/// The kinds a finding may have. `age` and `measure` are findings a
/// careful reader makes that the checker may not produce yet: a finding of
/// such a kind is then a miss, marked `known_gap`.
const KINDS: [&str; 7] = [
    "money", "count", "duration", "percent", "date", "age", "measure",
];
const VERDICTS: [&str; 4] = ["supported", "contradicted", "disputed", "unsupported"];

/// One story: its articles, parsed, and what a careful reader expects.
struct Story {
    slug: String,
    sources: Vec<Source>,
    expected: Expected,
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn read(path: &Path) -> String {
    match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => panic!("failed to read {}: {e}", path.display()),
    }
}

/// The entries of `dir` for which `keep` holds, sorted by name.
fn entries(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let listing = match fs::read_dir(dir) {
        Ok(listing) => listing,
        Err(e) => panic!("failed to list {}: {e}", dir.display()),
    };
    let mut paths: Vec<PathBuf> = listing
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| keep(p))
        .collect();
    paths.sort();
    paths
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension().is_some_and(|e| e == ext)
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Every story in `fixtures/stories/`, its articles sorted by file name.
fn stories() -> Vec<Story> {
    let root = fixtures().join("stories");
    entries(&root, |p| p.is_dir())
        .into_iter()
        .map(|dir| {
            let slug = file_stem(&dir);
            let sources = entries(&dir, |p| has_extension(p, "txt"))
                .into_iter()
                .map(|path| {
                    let id = file_stem(&path);
                    match Source::parse(id, read(&path)) {
                        Ok(source) => source,
                        Err(e) => panic!("story `{slug}`: {}: {e}", path.display()),
                    }
                })
                .collect();
            let expected_path = dir.join("expected.toml");
            let expected = match toml::from_str::<Expected>(&read(&expected_path)) {
                Ok(expected) => expected,
                Err(e) => panic!("story `{slug}`: {}: {e}", expected_path.display()),
            };
            Story {
                slug,
                sources,
                expected,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Matching quotes to mentions.

/// A quote, optionally pinned to one source.
#[derive(Clone, Copy, Debug)]
struct Quote<'a> {
    text: &'a str,
    from: Option<&'a str>,
}

impl std::fmt::Display for Quote<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.from {
            Some(id) => write!(f, "{id}: {:?}", self.text),
            None => write!(f, "{:?}", self.text),
        }
    }
}

fn quotes<'a>(texts: &'a [String], from: &'a [String]) -> Vec<Quote<'a>> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| Quote {
            text,
            from: from.get(i).map(String::as_str),
        })
        .collect()
}

fn quote_list(quotes: &[Quote<'_>]) -> String {
    let parts: Vec<String> = quotes.iter().map(ToString::to_string).collect();
    format!("[{}]", parts.join(", "))
}

/// The sources of one story and what the checker said about them.
struct Judge<'a> {
    sources: &'a [Source],
    observed: &'a Observed,
}

impl Judge<'_> {
    fn matches(&self, mention: usize, quote: Quote<'_>) -> bool {
        let Some(m) = self.observed.mentions.get(mention) else {
            return false;
        };
        if quote.from.is_some_and(|id| id != m.source) {
            return false;
        }
        self.sources.iter().any(|s| matches_quote(s, m, quote.text))
    }

    /// Whether each quote can be given its own mention of `mentions`; with
    /// `ordered`, the mentions must also come in the quotes' order.
    fn assign(&self, quotes: &[Quote<'_>], mentions: &[usize], ordered: bool) -> bool {
        let mut used = vec![false; mentions.len()];
        self.assign_from(quotes, mentions, ordered, &mut used, 0)
    }

    fn assign_from(
        &self,
        quotes: &[Quote<'_>],
        mentions: &[usize],
        ordered: bool,
        used: &mut [bool],
        first: usize,
    ) -> bool {
        let Some((&quote, rest)) = quotes.split_first() else {
            return true;
        };
        let start = if ordered { first } else { 0 };
        for pos in start..mentions.len() {
            if used[pos] || !self.matches(mentions[pos], quote) {
                continue;
            }
            used[pos] = true;
            if self.assign_from(rest, mentions, ordered, used, pos + 1) {
                return true;
            }
            used[pos] = false;
        }
        false
    }

    /// Whether two different mentions of `mentions` match `a` and `b`.
    fn pairs(&self, mentions: &[usize], a: &[Quote<'_>], b: &[Quote<'_>]) -> bool {
        mentions.iter().enumerate().any(|(i, &m)| {
            a.iter().any(|&qa| self.matches(m, qa))
                && mentions
                    .iter()
                    .enumerate()
                    .any(|(j, &n)| i != j && b.iter().any(|&qb| self.matches(n, qb)))
        })
    }

    /// Whether `a` and `b` are quoted on two different sides of a conflict.
    fn across(&self, sides: &[Vec<usize>], a: Quote<'_>, b: Quote<'_>) -> bool {
        let on = |q: Quote<'_>, side: &[usize]| side.iter().any(|&m| self.matches(m, q));
        sides
            .iter()
            .enumerate()
            .any(|(i, sa)| on(a, sa) && sides.iter().enumerate().any(|(j, sb)| i != j && on(b, sb)))
    }

    /// Whether a reported conflict is the expected one: it pairs mentions of
    /// two different sides (a quote together with its `same` quotes).
    fn explains(&self, expected: &ExpectedConflict, finding: &Finding) -> bool {
        if finding.kind != expected.kind {
            return false;
        }
        let sides: Vec<Vec<Quote<'_>>> = quotes(&expected.quotes, &expected.from)
            .into_iter()
            .map(|q| {
                let mut side = vec![q];
                if let Some(same) = expected.same.get(q.text) {
                    side.extend(same.iter().map(|t| Quote {
                        text: t,
                        from: None,
                    }));
                }
                side
            })
            .collect();
        sides.iter().enumerate().any(|(i, a)| {
            sides
                .iter()
                .enumerate()
                .any(|(j, b)| i != j && self.pairs(&finding.mentions, a, b))
        })
    }

    fn describe(&self, finding: &Finding) -> String {
        let mentions: Vec<String> = finding
            .mentions
            .iter()
            .map(|&i| match self.observed.mentions.get(i) {
                Some(m) if m.value.is_empty() => {
                    format!("{}:{}:{} {:?}", m.source, m.line, m.column, m.text)
                }
                Some(m) => format!(
                    "{}:{}:{} {:?} = {} {}",
                    m.source, m.line, m.column, m.text, m.value, m.unit
                ),
                None => format!("<no fact #{i}>"),
            })
            .collect();
        let mut line = format!(
            "{} `{}` [{}]",
            finding.kind,
            finding.subject,
            mentions.join(", ")
        );
        if let Some(n) = finding.sources {
            let _ = write!(line, " from {n} sources");
        }
        if !finding.explanation.is_empty() {
            let _ = write!(line, " ({})", finding.explanation);
        }
        line
    }

    fn list(&self, kind: &str, findings: &[Finding]) -> String {
        let of_kind: Vec<String> = findings
            .iter()
            .filter(|f| f.kind == kind)
            .map(|f| format!("\n      - {}", self.describe(f)))
            .collect();
        if of_kind.is_empty() {
            format!("none of kind {kind}")
        } else {
            of_kind.concat()
        }
    }
}

// ---------------------------------------------------------------------------
// Judging one report.

/// The scores of one story.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Score {
    facts: usize,
    expected_conflicts: usize,
    found_conflicts: usize,
    reported_conflicts: usize,
    false_conflicts: usize,
    expected_corroborations: usize,
    found_corroborations: usize,
    expected_updates: usize,
    found_updates: usize,
    violated_pairs: usize,
    known_gaps: usize,
}

impl Score {
    fn add(&mut self, other: &Score) {
        self.facts += other.facts;
        self.expected_conflicts += other.expected_conflicts;
        self.found_conflicts += other.found_conflicts;
        self.reported_conflicts += other.reported_conflicts;
        self.false_conflicts += other.false_conflicts;
        self.expected_corroborations += other.expected_corroborations;
        self.found_corroborations += other.found_corroborations;
        self.expected_updates += other.expected_updates;
        self.found_updates += other.found_updates;
        self.violated_pairs += other.violated_pairs;
        self.known_gaps += other.known_gaps;
    }

    /// Expected conflicts found over expected conflicts found plus reported
    /// conflicts that match no expected one.
    fn precision(&self) -> Option<f64> {
        ratio(
            self.found_conflicts,
            self.found_conflicts + self.false_conflicts,
        )
    }

    /// Expected conflicts found over expected conflicts.
    fn recall(&self) -> Option<f64> {
        ratio(self.found_conflicts, self.expected_conflicts)
    }
}

/// What went wrong in one story, one line per problem.
#[derive(Debug, Default)]
struct Verdict {
    score: Score,
    missing_conflicts: Vec<String>,
    /// Reported conflicts that match no expected one and no `no_conflict`
    /// pair marked `known_gap`.
    false_conflicts: Vec<String>,
    /// Reported conflicts that match no expected one, violating a
    /// `no_conflict` pair marked `known_gap`.
    known_false_conflicts: Vec<String>,
    violated_pairs: Vec<String>,
    missing_corroborations: Vec<String>,
    missing_updates: Vec<String>,
    /// Findings marked `known_gap` that were missed, as expected.
    known_gaps: Vec<String>,
    /// Findings marked `known_gap` that are now reported.
    fixed_gaps: Vec<String>,
}

/// A fixture's note as a line of a failure message, or nothing.
fn why(note: &str) -> String {
    let note = one_line(note);
    if note.is_empty() {
        String::new()
    } else {
        format!("\n    why: {note}")
    }
}

fn judge(story: &Story, observed: &Observed) -> Verdict {
    let judge = Judge {
        sources: &story.sources,
        observed,
    };
    let expected = &story.expected;
    let mut v = Verdict::default();
    v.score.facts = observed.mentions.len();
    let empty = if observed.mentions.is_empty() {
        " (the checker reported no facts at all for this story)"
    } else {
        ""
    };

    v.score.expected_conflicts = expected.conflict.len();
    v.score.reported_conflicts = observed.conflicts.len();
    for e in &expected.conflict {
        let qs = quotes(&e.quotes, &e.from);
        let found = observed
            .conflicts
            .iter()
            .any(|c| c.kind == e.kind && judge.assign(&qs, &c.mentions, false));
        if found {
            v.score.found_conflicts += 1;
            if e.known_gap.is_some() {
                v.fixed_gaps.push(format!(
                    "story `{}`: {} conflict {} is marked known_gap but is now reported: remove the marker",
                    story.slug,
                    e.kind,
                    quote_list(&qs)
                ));
            }
        } else if let Some(gap) = &e.known_gap {
            v.known_gaps.push(format!(
                "story `{}`: {} conflict {}: {}",
                story.slug,
                e.kind,
                quote_list(&qs),
                one_line(gap)
            ));
        } else {
            v.missing_conflicts.push(format!(
                "story `{}`: expected {} conflict {} not reported{empty}{}\n    reported {} conflicts: {}",
                story.slug,
                e.kind,
                quote_list(&qs),
                why(&e.note),
                e.kind,
                judge.list(&e.kind, &observed.conflicts),
            ));
        }
    }
    // Whether reported conflict `c` pairs the two quotes of `pair`.
    let violates = |c: &Finding, pair: &NoConflict| {
        let qs = quotes(&pair.quotes, &pair.from);
        let [a, b] = qs.as_slice() else {
            return false;
        };
        // Two quotes on one side of a conflict state one value: the
        // conflict does not pair them against each other.
        judge.pairs(&c.mentions, &[*a], &[*b])
            && (c.sides.is_empty() || judge.across(&c.sides, *a, *b))
    };
    for c in &observed.conflicts {
        if !expected.conflict.iter().any(|e| judge.explains(e, c)) {
            v.score.false_conflicts += 1;
            let known = expected
                .no_conflict
                .iter()
                .any(|pair| pair.known_gap.is_some() && violates(c, pair));
            let line = format!(
                "story `{}`: unexpected conflict {}",
                story.slug,
                judge.describe(c)
            );
            if known {
                v.known_false_conflicts.push(line);
            } else {
                v.false_conflicts.push(line);
            }
        }
    }
    for pair in &expected.no_conflict {
        let qs = quotes(&pair.quotes, &pair.from);
        let violating: Vec<&Finding> = observed
            .conflicts
            .iter()
            .filter(|c| violates(c, pair))
            .collect();
        v.score.violated_pairs += violating.len();
        match (&pair.known_gap, violating.is_empty()) {
            (None, true) => {}
            (None, false) => {
                for c in violating {
                    v.violated_pairs.push(format!(
                        "story `{}`: {} reported as a conflict, but {}\n    reported: {}",
                        story.slug,
                        quote_list(&qs),
                        one_line(&pair.note),
                        judge.describe(c)
                    ));
                }
            }
            (Some(gap), false) => v.known_gaps.push(format!(
                "story `{}`: no_conflict {} is reported as a conflict: {}",
                story.slug,
                quote_list(&qs),
                one_line(gap)
            )),
            (Some(_), true) => v.fixed_gaps.push(format!(
                "story `{}`: no_conflict {} is marked known_gap but is no longer reported as a conflict: remove the marker",
                story.slug,
                quote_list(&qs)
            )),
        }
    }

    v.score.expected_corroborations = expected.corroboration.len();
    for e in &expected.corroboration {
        let qs = quotes(&e.quotes, &e.from);
        let holding: Vec<&Finding> = observed
            .corroborations
            .iter()
            .filter(|c| c.kind == e.kind && judge.assign(&qs, &c.mentions, false))
            .collect();
        if holding
            .iter()
            .any(|c| e.sources.is_none() || c.sources == e.sources)
        {
            v.score.found_corroborations += 1;
            if e.known_gap.is_some() {
                v.fixed_gaps.push(format!(
                    "story `{}`: {} corroboration {} is marked known_gap but is now reported: remove the marker",
                    story.slug,
                    e.kind,
                    quote_list(&qs)
                ));
            }
            continue;
        }
        if let Some(gap) = &e.known_gap {
            v.known_gaps.push(format!(
                "story `{}`: {} corroboration {}: {}",
                story.slug,
                e.kind,
                quote_list(&qs),
                one_line(gap)
            ));
            continue;
        }
        let want = e
            .sources
            .map_or_else(String::new, |n| format!(" from {n} sources"));
        let instead = if holding.is_empty() {
            format!(
                "reported {} corroborations: {}",
                e.kind,
                judge.list(&e.kind, &observed.corroborations)
            )
        } else {
            let counts: Vec<String> = holding
                .iter()
                .map(|c| format!("\n      - {}", judge.describe(c)))
                .collect();
            format!("found with another count of sources:{}", counts.concat())
        };
        v.missing_corroborations.push(format!(
            "story `{}`: expected {} corroboration {}{want} not reported{empty}{}\n    {instead}",
            story.slug,
            e.kind,
            quote_list(&qs),
            why(&e.note),
        ));
    }

    v.score.expected_updates = expected.update.len();
    for e in &expected.update {
        let qs = quotes(&e.quotes, &e.from);
        let found = observed.updates.iter().any(|u| {
            u.kind == e.kind
                && judge.assign(&qs, &u.mentions, true)
                && e.sources.is_none_or(|n| {
                    let ids: BTreeSet<&str> = u
                        .mentions
                        .iter()
                        .filter_map(|&i| observed.mentions.get(i).map(|m| m.source.as_str()))
                        .collect();
                    ids.len() == n
                })
        });
        if found {
            v.score.found_updates += 1;
            if e.known_gap.is_some() {
                v.fixed_gaps.push(format!(
                    "story `{}`: {} update {} is marked known_gap but is now reported: remove the marker",
                    story.slug,
                    e.kind,
                    quote_list(&qs)
                ));
            }
        } else if let Some(gap) = &e.known_gap {
            v.known_gaps.push(format!(
                "story `{}`: {} update {}: {}",
                story.slug,
                e.kind,
                quote_list(&qs),
                one_line(gap)
            ));
        } else {
            let conflicting: Vec<String> = observed
                .conflicts
                .iter()
                .filter(|c| c.kind == e.kind && judge.assign(&qs, &c.mentions, false))
                .map(|c| {
                    format!(
                        "\n      - reported as a conflict instead: {}",
                        judge.describe(c)
                    )
                })
                .collect();
            v.missing_updates.push(format!(
                "story `{}`: expected {} update {} (earliest first) not reported{empty}{}\n    reported {} updates: {}{}",
                story.slug,
                e.kind,
                quote_list(&qs),
                why(&e.note),
                e.kind,
                judge.list(&e.kind, &observed.updates),
                conflicting.concat(),
            ));
        }
    }
    v.score.known_gaps = v.known_gaps.len();
    v
}

/// Checks every story with the default checker.
fn verdicts() -> Vec<(Story, Verdict)> {
    let checker = Checker::new();
    stories()
        .into_iter()
        .map(|story| {
            let report = checker.check(&story.sources);
            let verdict = judge(&story, &Observed::from_report(&report));
            (story, verdict)
        })
        .collect()
}

/// The set a story belongs to, for the score table.
fn set_of(story: &Story) -> &str {
    story.expected.set.as_deref().unwrap_or("first")
}

/// The score table: one row per story, a subtotal per set (the first ten
/// stories, the wire-style ones) and a total.
fn table(rows: &[(String, String, Score)]) -> String {
    let mut out = String::new();
    let head = |out: &mut String| {
        let _ = writeln!(
            out,
            "{:<22} {:>5} {:>8} {:>5} {:>8} {:>6} {:>9} {:>6} {:>7} {:>7} {:>5} {:>4}",
            "story",
            "facts",
            "expected",
            "found",
            "reported",
            "false",
            "precision",
            "recall",
            "corrob",
            "updates",
            "pairs",
            "gaps"
        );
    };
    let line = |out: &mut String, name: &str, s: &Score| {
        let _ = writeln!(
            out,
            "{:<22} {:>5} {:>8} {:>5} {:>8} {:>6} {:>9} {:>6} {:>7} {:>7} {:>5} {:>4}",
            name,
            s.facts,
            s.expected_conflicts,
            s.found_conflicts,
            s.reported_conflicts,
            s.false_conflicts,
            show(s.precision()),
            show(s.recall()),
            format!("{}/{}", s.found_corroborations, s.expected_corroborations),
            format!("{}/{}", s.found_updates, s.expected_updates),
            s.violated_pairs,
            s.known_gaps,
        );
    };
    head(&mut out);
    let sets: BTreeSet<&str> = rows.iter().map(|(_, set, _)| set.as_str()).collect();
    let mut subtotals = Vec::new();
    let mut total = Score::default();
    for set in sets {
        let mut sub = Score::default();
        for (name, _, score) in rows.iter().filter(|(_, s, _)| s == set) {
            line(&mut out, name, score);
            sub.add(score);
        }
        subtotals.push((set, sub));
        total.add(&sub);
        out.push('\n');
    }
    for (set, sub) in &subtotals {
        let stories = rows.iter().filter(|(_, s, _)| s == set).count();
        line(&mut out, &format!("set {set} ({stories})"), sub);
    }
    line(&mut out, &format!("total ({})", rows.len()), &total);
    out.push_str(
        "(expected/found/reported/false: conflicts; precision = found / (found + false); \
         recall = found / expected; corrob and updates: found/expected; \
         pairs: no_conflict pairs reported as conflicts; gaps: entries marked known_gap \
         that hold today. Known gaps count as misses and false conflicts here.)\n",
    );
    out
}

// ---------------------------------------------------------------------------
// The tests against the checker.

#[test]
fn conflict_precision_and_recall() {
    let verdicts = verdicts();
    let rows: Vec<(String, String, Score)> = verdicts
        .iter()
        .map(|(story, v)| (story.slug.clone(), set_of(story).to_string(), v.score))
        .collect();
    println!("{}", table(&rows));
    let mut problems: Vec<String> = Vec::new();
    for (_, v) in &verdicts {
        problems.extend(v.missing_conflicts.iter().cloned());
        problems.extend(v.false_conflicts.iter().cloned());
    }
    fail_with(
        &problems,
        "conflicts missed (recall) or reported but not expected (precision)",
    );
}

/// Findings marked `known_gap` must still be missed: when the checker
/// learns to find one, the marker has to go, so the list stays honest.
#[test]
fn known_gaps_are_listed_and_still_missed() {
    let verdicts = verdicts();
    let gaps: Vec<String> = verdicts
        .iter()
        .flat_map(|(_, v)| v.known_gaps.iter().cloned())
        .collect();
    println!("{} known gaps:\n{}", gaps.len(), gaps.join("\n"));
    let known_false: Vec<String> = verdicts
        .iter()
        .flat_map(|(_, v)| v.known_false_conflicts.iter().cloned())
        .collect();
    println!(
        "\n{} false conflicts excused by a no_conflict entry marked known_gap:\n{}",
        known_false.len(),
        known_false.join("\n")
    );
    let fixed: Vec<String> = verdicts
        .into_iter()
        .flat_map(|(_, v)| v.fixed_gaps)
        .collect();
    fail_with(&fixed, "findings marked known_gap are now reported");
}

#[test]
fn no_conflict_pairs_stay_apart() {
    let problems: Vec<String> = verdicts()
        .into_iter()
        .flat_map(|(_, v)| v.violated_pairs)
        .collect();
    fail_with(&problems, "pairs marked no_conflict reported as conflicts");
}

#[test]
fn expected_corroborations_are_reported() {
    let problems: Vec<String> = verdicts()
        .into_iter()
        .flat_map(|(_, v)| v.missing_corroborations)
        .collect();
    fail_with(&problems, "expected corroborations not reported");
}

#[test]
fn expected_updates_are_reported() {
    let problems: Vec<String> = verdicts()
        .into_iter()
        .flat_map(|(_, v)| v.missing_updates)
        .collect();
    fail_with(&problems, "expected updates not reported");
}

// ---------------------------------------------------------------------------
// The judge itself, on reports built by hand from the expectations.

/// Builds a report that states exactly what `story` expects: one mention per
/// quote (a repeated quote takes its next occurrence), one finding per
/// expected entry.
fn perfect_report(story: &Story) -> Observed {
    let mut observed = Observed::default();
    let mut mention = |quote: Quote<'_>, taken: &mut BTreeMap<String, usize>| -> usize {
        let places: Vec<(String, Span)> = story
            .sources
            .iter()
            .filter(|s| quote.from.is_none_or(|id| id == s.id()))
            .flat_map(|s| {
                occurrences(s, quote.text)
                    .into_iter()
                    .map(|o| (s.id().to_string(), o))
            })
            .collect();
        let nth = taken.entry(quote.to_string()).or_insert(0);
        let Some((source, span)) = places.get(*nth).or_else(|| places.last()).cloned() else {
            panic!(
                "story `{}`: quote {quote} occurs in no article body",
                story.slug
            );
        };
        *nth += 1;
        observed.mentions.push(Mention {
            source,
            span,
            line: 0,
            column: 0,
            text: quote.text.to_string(),
            kind: String::new(),
            value: String::new(),
            unit: String::new(),
        });
        observed.mentions.len() - 1
    };
    let mut findings = |texts: &[String], from: &[String], kind: &str, sources: Option<usize>| {
        let mut taken = BTreeMap::new();
        let mentions: Vec<usize> = quotes(texts, from)
            .into_iter()
            .map(|q| mention(q, &mut taken))
            .collect();
        Finding {
            kind: kind.to_string(),
            subject: "built by hand".to_string(),
            mentions,
            sources,
            explanation: String::new(),
            sides: Vec::new(),
        }
    };
    let e = &story.expected;
    let conflicts: Vec<Finding> = e
        .conflict
        .iter()
        .map(|c| findings(&c.quotes, &c.from, &c.kind, None))
        .collect();
    let corroborations: Vec<Finding> = e
        .corroboration
        .iter()
        .map(|c| findings(&c.quotes, &c.from, &c.kind, c.sources))
        .collect();
    let updates: Vec<Finding> = e
        .update
        .iter()
        .map(|u| findings(&u.quotes, &u.from, &u.kind, None))
        .collect();
    Observed {
        conflicts,
        corroborations,
        updates,
        ..observed
    }
}

#[test]
fn judge_accepts_exactly_the_expected_findings() {
    for story in stories() {
        let perfect = perfect_report(&story);
        let v = judge(&story, &perfect);
        let problems: Vec<String> = [
            &v.missing_conflicts,
            &v.false_conflicts,
            &v.violated_pairs,
            &v.missing_corroborations,
            &v.missing_updates,
        ]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
        fail_with(
            &problems,
            &format!(
                "problems with a report built from `{}`'s own expectations",
                story.slug
            ),
        );
        assert_eq!(
            v.score.found_conflicts,
            story.expected.conflict.len(),
            "story `{}`",
            story.slug
        );
        // A no_conflict pair marked known_gap that is not reported is
        // flagged, so the marker goes with the fix.
        let marked = story
            .expected
            .no_conflict
            .iter()
            .filter(|p| p.known_gap.is_some())
            .count();
        let unmarked_now = v.fixed_gaps.iter().filter(|g| g.contains("no_conflict"));
        assert_eq!(unmarked_now.count(), marked, "story `{}`", story.slug);
        assert_eq!(
            v.score.precision(),
            ratio(1, 1).filter(|_| !story.expected.conflict.is_empty())
        );

        // Without its conflicts, the report misses every expected one.
        let silent = Observed {
            conflicts: Vec::new(),
            ..perfect.clone()
        };
        let v = judge(&story, &silent);
        let unmarked = story
            .expected
            .conflict
            .iter()
            .filter(|c| c.known_gap.is_none());
        assert_eq!(
            v.missing_conflicts.len(),
            unmarked.count(),
            "story `{}`",
            story.slug
        );
        assert_eq!(v.score.recall(), ratio(0, story.expected.conflict.len()));

        // A conflict between the two quotes of a no_conflict pair is flagged
        // twice over: as a violated pair and as a false conflict; for a pair
        // marked known_gap, as a known gap and a false conflict that is
        // counted but excused.
        for pair in &story.expected.no_conflict {
            let mut wrong = perfect.clone();
            let mut taken = BTreeMap::new();
            let mut mentions = Vec::new();
            for q in quotes(&pair.quotes, &pair.from) {
                let text = q.text;
                let Some((source, span)) = story
                    .sources
                    .iter()
                    .filter(|s| q.from.is_none_or(|id| id == s.id()))
                    .find_map(|s| {
                        let skip = *taken.get(text).unwrap_or(&0);
                        occurrences(s, text)
                            .get(skip)
                            .map(|o| (s.id().to_string(), *o))
                    })
                else {
                    panic!(
                        "story `{}`: no_conflict quote {q} occurs in no article body",
                        story.slug
                    );
                };
                *taken.entry(text).or_insert(0) += 1;
                wrong.mentions.push(Mention {
                    source,
                    span,
                    line: 0,
                    column: 0,
                    text: text.to_string(),
                    kind: "count".to_string(),
                    value: String::new(),
                    unit: String::new(),
                });
                mentions.push(wrong.mentions.len() - 1);
            }
            wrong.conflicts.push(Finding {
                kind: "count".to_string(),
                subject: "planted".to_string(),
                mentions,
                sources: None,
                explanation: String::new(),
                sides: Vec::new(),
            });
            let v = judge(&story, &wrong);
            let label = quote_list(&quotes(&pair.quotes, &pair.from));
            let (flagged, false_ones) = if pair.known_gap.is_some() {
                assert!(
                    v.fixed_gaps
                        .iter()
                        .all(|g| !(g.contains("no_conflict") && g.contains(&label))),
                    "story `{}`: {label}",
                    story.slug,
                );
                (&v.known_gaps, &v.known_false_conflicts)
            } else {
                assert_eq!(v.violated_pairs.len(), 1, "story `{}`: {label}", story.slug);
                (&v.violated_pairs, &v.false_conflicts)
            };
            assert!(
                flagged
                    .iter()
                    .any(|g| g.contains("reported as a conflict") && g.contains(&label)),
                "story `{}`: a conflict between {label} went unnoticed",
                story.slug,
            );
            assert_eq!(false_ones.len(), 1, "story `{}`: {label}", story.slug,);
            assert_eq!(v.score.false_conflicts, 1, "story `{}`", story.slug);
        }

        // An update reported latest first is not the expected update.
        for (i, u) in story.expected.update.iter().enumerate() {
            let mut reversed = perfect.clone();
            reversed.updates[i].mentions.reverse();
            let v = judge(&story, &reversed);
            assert_eq!(
                v.score.found_updates,
                story.expected.update.len() - 1,
                "story `{}`: update {:?} accepted in reverse order",
                story.slug,
                u.quotes
            );
        }
    }
}

// ---------------------------------------------------------------------------
// The fixtures themselves.

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[test]
fn story_fixtures_are_well_formed() {
    let stories = stories();
    assert!(
        stories.len() >= 8,
        "only {} stories in fixtures/stories",
        stories.len()
    );
    let readme = read(&fixtures().join("stories").join("README.md"));
    let mut problems = Vec::new();
    let mut without_front_matter = 0;
    let mut without_date = 0;
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for story in &stories {
        let slug = &story.slug;
        let n = story.sources.len();
        if !(2..=5).contains(&n) {
            problems.push(format!("story `{slug}` has {n} articles (expected 2 to 5)"));
        }
        if !readme.contains(&format!("`{slug}`")) {
            problems.push(format!(
                "story `{slug}` is not described in fixtures/stories/README.md"
            ));
        }
        for source in &story.sources {
            let words = word_count(source.body());
            if !(80..=400).contains(&words) {
                problems.push(format!(
                    "{slug}/{}: {words} words (expected 80 to 400)",
                    source.id()
                ));
            }
            if source.body_span().start == 0 {
                without_front_matter += 1;
            }
            if source.meta().published.is_none() {
                without_date += 1;
            }
        }
        let e = &story.expected;
        if let Some(set) = e.set.as_deref().filter(|s| *s != "wire") {
            problems.push(format!(
                "{slug}: unknown set {set:?} (expected \"wire\" or no set)"
            ));
        }
        for c in &e.conflict {
            let what = format!("conflict {:?}", c.quotes);
            check_quotes(story, &what, &c.quotes, &c.from, &mut problems);
            if c.quotes.len() < 2 {
                problems.push(format!(
                    "{slug}: {what}: a conflict needs at least two quotes"
                ));
            }
            for (key, same) in &c.same {
                if !c.quotes.contains(key) {
                    problems.push(format!(
                        "{slug}: {what}: `same` key {key:?} is not one of the quotes"
                    ));
                }
                check_quotes(story, &what, same, &[], &mut problems);
            }
            if c.note.trim().is_empty() {
                problems.push(format!(
                    "{slug}: {what}: a conflict needs a note saying why"
                ));
            }
            *by_kind
                .entry(kind_name(&c.kind, slug, &mut problems))
                .or_insert(0) += 1;
        }
        for (what, list) in [("corroboration", &e.corroboration), ("update", &e.update)] {
            for a in list {
                let what = format!("{what} {:?}", a.quotes);
                check_quotes(story, &what, &a.quotes, &a.from, &mut problems);
                kind_name(&a.kind, slug, &mut problems);
                if a.quotes.len() < 2 {
                    problems.push(format!("{slug}: {what}: needs at least two quotes"));
                }
                match a.sources {
                    Some(k) if !(1..=n).contains(&k) => problems.push(format!(
                        "{slug}: {what}: {k} sources, but the story has {n}"
                    )),
                    None if what.starts_with("corroboration") => {
                        problems.push(format!("{slug}: {what}: give the count of `sources`"))
                    }
                    _ => {}
                }
            }
        }
        for pair in &e.no_conflict {
            let what = format!("no_conflict {:?}", pair.quotes);
            if pair.quotes.len() != 2 {
                problems.push(format!("{slug}: {what}: give exactly two quotes"));
            }
            if one_line(&pair.note).is_empty() {
                problems.push(format!("{slug}: {what}: say why in a note"));
            }
            if pair
                .known_gap
                .as_deref()
                .is_some_and(|g| one_line(g).is_empty())
            {
                problems.push(format!(
                    "{slug}: {what}: say in known_gap why it is reported"
                ));
            }
            check_quotes(story, &what, &pair.quotes, &pair.from, &mut problems);
        }
    }
    if without_front_matter == 0 || without_date == 0 {
        problems.push(format!(
            "the stories should include articles without front matter ({without_front_matter}) \
             and without a publication date ({without_date})"
        ));
    }
    for kind in KINDS {
        if !by_kind.contains_key(kind) {
            problems.push(format!("no story expects a {kind} conflict"));
        }
    }
    fail_with(&problems, "problems in fixtures/stories");
}

/// Checks that each quote occurs in the body of an article (of the one named
/// in `from`, when given).
fn check_quotes(
    story: &Story,
    what: &str,
    texts: &[String],
    from: &[String],
    problems: &mut Vec<String>,
) {
    let slug = &story.slug;
    if !from.is_empty() && from.len() != texts.len() {
        problems.push(format!(
            "{slug}: {what}: `from` must name one source per quote"
        ));
    }
    for q in quotes(texts, from) {
        if let Some(id) = q
            .from
            .filter(|id| !story.sources.iter().any(|s| s.id() == *id))
        {
            problems.push(format!("{slug}: {what}: no article `{id}`"));
        }
        let occurs = story
            .sources
            .iter()
            .filter(|s| q.from.is_none_or(|id| id == s.id()))
            .any(|s| !occurrences(s, q.text).is_empty());
        if !occurs {
            problems.push(format!(
                "{slug}: {what}: quote {q} occurs in no article body"
            ));
        }
    }
}

fn kind_name<'k>(kind: &'k str, slug: &str, problems: &mut Vec<String>) -> &'k str {
    if !KINDS.contains(&kind) {
        problems.push(format!(
            "{slug}: unknown kind {kind:?} (expected one of {KINDS:?})"
        ));
    }
    kind
}

/// Number words a summary's claims must account for ("one" is left out: it
/// is more often a pronoun than a number).
const NUMBER_WORDS: [&str; 27] = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "thousand",
    "million",
    "billion",
    "dozen",
];

#[test]
fn summary_fixtures_are_well_formed() {
    let dir = fixtures().join("summaries");
    let summaries = entries(&dir, |p| has_extension(p, "txt"));
    let stories: BTreeSet<String> = stories().into_iter().map(|s| s.slug).collect();
    let readme = read(&dir.join("README.md"));
    assert!(
        summaries.len() >= 6,
        "only {} summaries in fixtures/summaries",
        summaries.len()
    );
    let mut problems = Vec::new();
    let mut verdicts: BTreeSet<String> = BTreeSet::new();
    for path in &summaries {
        let slug = file_stem(path);
        if slug != "sample" && !stories.contains(&slug) {
            problems.push(format!(
                "summary `{slug}` matches no story in fixtures/stories"
            ));
        }
        if !readme.contains(&format!("`{slug}")) {
            problems.push(format!(
                "summary `{slug}` is not described in fixtures/summaries/README.md"
            ));
        }
        let text = read(path);
        let words = word_count(&text);
        if !(60..=150).contains(&words) {
            problems.push(format!(
                "summary `{slug}`: {words} words (expected 60 to 150)"
            ));
        }
        let expected_path = dir.join(format!("{slug}.expected.toml"));
        let expected = match toml::from_str::<SummaryExpected>(&read(&expected_path)) {
            Ok(expected) => expected,
            Err(e) => panic!("{}: {e}", expected_path.display()),
        };
        let mut covered: Vec<Span> = Vec::new();
        for claim in &expected.claim {
            let found: Vec<Span> = text
                .match_indices(claim.quote.as_str())
                .map(|(i, m)| Span::new(i, i + m.len()))
                .collect();
            if found.is_empty() {
                problems.push(format!(
                    "summary `{slug}`: quote {:?} is not in the summary",
                    claim.quote
                ));
            }
            covered.extend(found);
            for verdict in std::iter::once(&claim.verdict).chain(&claim.also_acceptable) {
                if !VERDICTS.contains(&verdict.as_str()) {
                    problems.push(format!(
                        "summary `{slug}`: {:?}: unknown verdict {verdict:?} (expected one of {VERDICTS:?})",
                        claim.quote
                    ));
                }
            }
            if claim.note.trim().is_empty() {
                problems.push(format!(
                    "summary `{slug}`: {:?}: say why in a note",
                    claim.quote
                ));
            }
            verdicts.insert(claim.verdict.clone());
        }
        // Every number in the summary must be one of its claims.
        for (start, word) in numbers_in(&text) {
            let span = Span::new(start, start + word.len());
            if !covered.iter().any(|c| c.contains(span)) {
                problems.push(format!(
                    "summary `{slug}`: the number {word:?} at byte {start} is in no claim"
                ));
            }
        }
    }
    for verdict in VERDICTS {
        if !verdicts.contains(verdict) {
            problems.push(format!(
                "no summary plants a claim whose verdict is {verdict}"
            ));
        }
    }
    fail_with(&problems, "problems in fixtures/summaries");
}

/// The digit runs and number words of `text`, with their byte offsets.
fn numbers_in(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, c.is_alphanumeric()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let word = &text[s..i];
                let lower = word.to_lowercase();
                if word.chars().any(|c| c.is_ascii_digit())
                    || NUMBER_WORDS
                        .iter()
                        .any(|n| lower == *n || lower.strip_suffix('s') == Some(n))
                {
                    out.push((s, word));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

#[test]
fn numbers_in_finds_digits_and_number_words() {
    let text = "Eight apps, a 45-day delay, $34bn, dozens of firms and one order.";
    let found: Vec<&str> = numbers_in(text).into_iter().map(|(_, w)| w).collect();
    assert_eq!(found, ["Eight", "45", "34bn", "dozens"]);
    assert_eq!(numbers_in(text).first().map(|&(i, _)| i), Some(0));
}
