//! Checking a target text against its sources: verdict accuracy on the
//! summaries of `fixtures/summaries/`, rules proven on small texts written
//! here (traps included), snapshots of the claim reports, and the `check`
//! example's `--claims`, `--deny-unsupported` and `--deny-contradicted`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use crosscheck::compare::claims::Verdict;
use crosscheck::report::{ClaimReport, json, markdown, text};
use crosscheck::source::{ReadOptions, read_paths};
use crosscheck::{Checker, Source};
use serde::Deserialize;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A `fixtures/summaries/<slug>.expected.toml` file.
#[derive(Deserialize)]
struct Expected {
    claim: Vec<ExpectedClaim>,
}

#[derive(Deserialize)]
struct ExpectedClaim {
    quote: String,
    verdict: String,
    #[serde(default)]
    also_acceptable: Vec<String>,
    #[serde(default)]
    note: String,
}

/// The slugs of the summaries, sorted.
fn slugs() -> Vec<String> {
    let dir = root().join("fixtures/summaries");
    let mut out: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures/summaries is readable")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    out.sort();
    out
}

/// The sources a summary summarises.
fn sources_of(slug: &str) -> PathBuf {
    if slug == "sample" {
        root().join("fixtures/sample")
    } else {
        root().join("fixtures/stories").join(slug)
    }
}

/// A summary checked against its story, with paths relative to the
/// package root so reports do not depend on where the package lives.
fn checked(slug: &str) -> ClaimReport {
    let rel = |p: &Path| p.strip_prefix(root()).unwrap_or(p).to_path_buf();
    let summary = root().join(format!("fixtures/summaries/{slug}.txt"));
    let target = Source::read(&summary)
        .expect("the summary is readable")
        .with_path(rel(&summary).to_string_lossy());
    let (sources, errors) = read_paths([sources_of(slug)], &ReadOptions::new());
    assert!(errors.is_empty(), "{slug}: {errors:?}");
    let sources: Vec<Source> = sources
        .into_iter()
        .map(|s| {
            let path = s
                .path()
                .map(|p| rel(Path::new(p)).to_string_lossy().into_owned());
            match path {
                Some(p) => s.with_path(p),
                None => s,
            }
        })
        .collect();
    assert!(sources.len() >= 3, "{slug}: only {} sources", sources.len());
    Checker::new().check_claims(&target, &sources)
}

/// One expected claim, judged.
struct Outcome {
    slug: String,
    quote: String,
    expected: String,
    acceptable: Vec<String>,
    got: String,
    note: String,
    why: String,
}

impl Outcome {
    fn exact(&self) -> bool {
        self.got == self.expected
    }
    fn acceptable(&self) -> bool {
        self.exact() || self.acceptable.contains(&self.got)
    }
}

/// Every expected claim of every summary with the verdict the checker
/// reached: the claim whose fact overlaps the quote, or `missing` when no
/// fact of the summary does.
fn outcomes() -> &'static [Outcome] {
    static OUT: OnceLock<Vec<Outcome>> = OnceLock::new();
    OUT.get_or_init(|| {
        let mut out = Vec::new();
        for slug in slugs() {
            let path = root().join(format!("fixtures/summaries/{slug}.expected.toml"));
            let expected: Expected =
                toml::from_str(&std::fs::read_to_string(&path).expect("readable"))
                    .expect("well-formed expectations");
            let report = checked(&slug);
            let text =
                std::fs::read_to_string(root().join(format!("fixtures/summaries/{slug}.txt")))
                    .expect("readable");
            for e in expected.claim {
                let at = text.find(&e.quote).expect("the quote is in the summary");
                let (start, end) = (at, at + e.quote.len());
                let claim = report.claims.iter().find(|c| {
                    let s = c.fact.provenance.span;
                    s.start < end && start < s.end
                });
                let got = claim.map_or("missing", |c| c.verdict.as_str());
                let why = claim.map_or_else(
                    || String::from("no fact of the summary overlaps the quote"),
                    |c| c.explanation.clone(),
                );
                out.push(Outcome {
                    slug: slug.clone(),
                    quote: e.quote,
                    expected: e.verdict,
                    acceptable: e.also_acceptable,
                    got: got.to_string(),
                    note: e.note.split_whitespace().collect::<Vec<_>>().join(" "),
                    why,
                });
            }
        }
        out
    })
}

/// The verdicts the checker must reach on the summaries, as counts of
/// claims: raise them as the checker improves, never lower them. The claims
/// still wrong, and why, are listed in `KNOWN_WRONG`.
const EXACT_AT_LEAST: usize = 42;
const ACCEPTABLE_AT_LEAST: usize = 43;

#[test]
fn summary_verdict_accuracy() {
    let all = outcomes();
    let exact = all.iter().filter(|o| o.exact()).count();
    let acceptable = all.iter().filter(|o| o.acceptable()).count();
    let mut table = String::new();
    for o in all {
        let mark = if o.exact() {
            "ok"
        } else if o.acceptable() {
            "ok~"
        } else {
            "WRONG"
        };
        let _ = writeln!(
            table,
            "{mark:5} {:18} {:28} expected {:12} got {:12}",
            o.slug,
            format!("{:?}", o.quote),
            o.expected,
            o.got,
        );
        if !o.exact() {
            let _ = writeln!(
                table,
                "        fixture: {}\n        checker: {}",
                o.note, o.why
            );
        }
    }
    let pct = |n: usize| 100.0 * n as f64 / all.len().max(1) as f64;
    println!("{table}");
    println!(
        "verdict accuracy: {exact}/{} exact ({:.1}%), {acceptable}/{} acceptable ({:.1}%)",
        all.len(),
        pct(exact),
        all.len(),
        pct(acceptable)
    );
    let mut confusion = String::new();
    for expected in Verdict::ALL {
        let _ = write!(confusion, "{:>13}:", expected.as_str());
        for got in Verdict::ALL.iter().map(|v| v.as_str()).chain(["missing"]) {
            let n = all
                .iter()
                .filter(|o| o.expected == expected.as_str() && o.got == got)
                .count();
            let _ = write!(confusion, " {got} {n:2}");
        }
        confusion.push('\n');
    }
    println!("expected -> got\n{confusion}");
    assert!(
        exact >= EXACT_AT_LEAST && acceptable >= ACCEPTABLE_AT_LEAST,
        "verdict accuracy fell: {exact} exact (at least {EXACT_AT_LEAST}), {acceptable} acceptable (at least {ACCEPTABLE_AT_LEAST})\n{table}"
    );
}
