//! Peak memory per source: not timed, printed.
//!
//! Each case runs in a process of its own (this program started again with
//! `--case`), so that memory one case freed and the allocator kept does not
//! hide the next one's. A case loads its sources, checks two short ones
//! (so that the tables built once and the program's code the run reads in
//! from its file are resident already: they are the program's, not the
//! sources'), resets the process's peak resident size (Linux:
//! `/proc/self/clear_refs`), runs, and reports the peak above what the
//! process held before it ran, per source and as a multiple of the input's
//! size. The target is a peak under three times the input.
//!
//! - `extract/news`: `Checker::extract` on the sample articles repeated to
//!   5 MB, one source;
//! - `check/N`: `Checker::check` on N sources (the sample articles with
//!   ids of their own, as in the `check` benchmark), with the JSON report
//!   written to a string;
//! - `check_compact/N`: the same, written as compact JSON (each sentence
//!   once, on one line);
//! - `check_stream/N`: the same check, its JSON written as it goes
//!   (`json::to_writer`, as the `check` example writes it) to a sink that
//!   keeps nothing: the check's own peak, without a string of the whole
//!   report.
//!
//! - `extract/news_dev`, `check_stream/news_dev/1000` and
//!   `check_stream/news_dev/10000`: the same on real news, the news-dev
//!   corpus's articles (bodies repeated to 5 MB for the first, whole
//!   articles cycled through for the others). Real news holds about twice
//!   the facts per byte of the sample articles, and memory goes with the
//!   facts. The corpus is read from `CROSSCHECK_NEWS_DEV`, else from
//!   `../shared/news-dev` beside the repository; without it these cases
//!   print a note.
//!
//! ```text
//! cargo bench --bench memory
//! cargo bench --bench memory -- news_dev   # the real-news cases
//! ```
//!
//! On systems without `/proc` it prints that it cannot measure.

mod common;
#[path = "common/cycled.rs"]
mod cycled;
#[path = "common/news_dev.rs"]
mod news_dev;

use std::hint::black_box;
use std::process::Command;

use crosscheck::report::json;
use crosscheck::{Checker, Source};

/// The cases, by name and number of sources.
const CASES: [(&str, usize); 13] = [
    ("extract/news", 1),
    ("check/100", 100),
    ("check/1000", 1_000),
    ("check/10000", 10_000),
    ("check_compact/100", 100),
    ("check_compact/1000", 1_000),
    ("check_compact/10000", 10_000),
    ("check_stream/100", 100),
    ("check_stream/1000", 1_000),
    ("check_stream/10000", 10_000),
    ("extract/news_dev", 1),
    ("check_stream/news_dev/1000", 1_000),
    ("check_stream/news_dev/10000", 10_000),
];

/// A field of `/proc/self/status`, in bytes.
fn status(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: u64 = line[field.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

/// Resets the peak resident size to the current one.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// The sources of case `name`: for an extraction, the `bodies` one after
/// the other, repeated to 5 MB, as one source; for a check, `n` sources
/// cycling through the `articles`, each with an id of its own (their front
/// matter read when `front_matter` is set).
fn sources_of(
    name: &str,
    n: usize,
    bodies: &[String],
    articles: &[String],
    front_matter: bool,
) -> Vec<Source> {
    if name.starts_with("extract") {
        let one: String = bodies.iter().map(|a| format!("{a}\n\n")).collect();
        let times = (5 * 1024 * 1024usize).div_ceil(one.len());
        vec![Source::new("news", one.repeat(times))]
    } else {
        cycled::cycled(articles, n, front_matter)
    }
}

/// Runs one case and prints its line.
fn run(name: &str, n: usize) {
    let checker = Checker::new();
    let sources = if name.contains("news_dev") {
        let Some((_, articles)) = news_dev::articles() else {
            println!("{name:<28} {}", news_dev::missing("this case"));
            return;
        };
        let bodies: Vec<String> = articles.iter().map(|a| a.body().to_string()).collect();
        let texts: Vec<String> = articles.iter().map(|a| a.text().to_string()).collect();
        sources_of(name, n, &bodies, &texts, true)
    } else {
        let articles = common::sample_articles();
        sources_of(name, n, &articles, &articles, false)
    };
    let input: usize = sources.iter().map(|s| s.text().len()).sum();
    // Everything the run needs that is built once per process (the
    // prefilter, the lexicon's tables, the synonyms) is built, and the
    // code it runs read in from the program's file, before the peak is
    // reset: both are the program's, not the sources'.
    black_box(checker.extract(&Source::new("warm", "It cost $5 on 3 May.")));
    let warm = checker.check(&[
        Source::new(
            "warm-a",
            "Police said 9 people died and 31 were hurt on 3 May. It cost $5m.",
        ),
        Source::new(
            "warm-b",
            "Nine people died and 30 were hurt on May 3, police said.",
        ),
    ]);
    let written = json::to_writer(&warm, &json::Options::default(), std::io::sink());
    assert!(written.is_ok(), "warm-up: {written:?}");
    black_box(json::to_string_with(
        &warm,
        &json::Options::default()
            .with_sentences_once(true)
            .with_one_line(true),
    ));
    drop(warm);
    if !reset_peak() {
        println!("{name:<28} cannot measure: no /proc/self/clear_refs");
        return;
    }
    let Some(before) = status("VmRSS:") else {
        println!("{name:<28} cannot measure: no VmRSS");
        return;
    };
    if name.starts_with("extract") {
        black_box(checker.extract(&sources[0]));
    } else {
        let options = if name.starts_with("check_compact") {
            json::Options::default()
                .with_sentences_once(true)
                .with_one_line(true)
        } else {
            json::Options::default()
        };
        let report = checker.check(&sources);
        if name.starts_with("check_stream") {
            let written = json::to_writer(&report, &options, std::io::sink());
            assert!(written.is_ok(), "{name}: {written:?}");
        } else {
            black_box(json::to_string_with(&report, &options));
        }
    }
    let Some(peak) = status("VmHWM:") else {
        println!("{name:<28} cannot measure: no VmHWM");
        return;
    };
    let extra = peak.saturating_sub(before);
    println!(
        "{name:<28} input {:>9} B  peak above start {:>10} B  {:>8} B per source  {:>5.1}x input",
        input,
        extra,
        extra / sources.len() as u64,
        extra as f64 / input as f64
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--case") {
        let name = &args[at + 1];
        let n = CASES.iter().find(|(c, _)| c == name).map_or(1, |&(_, n)| n);
        run(name, n);
        return;
    }
    // `cargo bench -- FILTER` runs the cases whose name holds FILTER.
    let filter = args
        .iter()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .cloned()
        .unwrap_or_default();
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("cannot find this program: {e}"));
    for (name, _) in CASES.iter().filter(|(c, _)| c.contains(&filter)) {
        let status = Command::new(&exe)
            .args(["--case", name])
            .status()
            .unwrap_or_else(|e| panic!("cannot run {name}: {e}"));
        assert!(status.success(), "{name} failed: {status}");
    }
}
