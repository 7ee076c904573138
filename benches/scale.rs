//! How the check's time grows with the sources: N sources against ten
//! times N, measured in pairs that follow each other, so that a machine
//! whose speed drifts over minutes still gives a fair ratio. Not timed by
//! criterion: printed.
//!
//! The target is ten times the sources in at most eleven times the time.
//! The `check` benchmark measures `sources/1000` and `sources/10000` a
//! minute or more apart; on a shared or throttled machine the speed can
//! change by half in that time, and the ratio of the two medians with it.
//! Here each pair measures N sources (the median of five checks), then ten
//! times N (the median of three), and the ratio is taken within the pair;
//! the median of the pairs' ratios is the figure to read.
//!
//! Each check is timed as the `check` benchmark times it, in two ways, in
//! turn within each pair:
//!
//! - `string`: `Checker::check`, the JSON report written to a string
//!   (`json::to_string_with`), then both dropped;
//! - `streamed`: the same check, its JSON written to a sink as it is made
//!   (`json::to_writer`), then the report dropped.
//!
//! Each line also splits the time between the check, writing the JSON and
//! dropping what was made (the last lines give each phase's median ratio,
//! to show which one grows faster than the sources), and counts the page
//! faults of each (Linux:
//! `/proc/self/stat`): memory the process takes fresh from the system is
//! zeroed page by page on first touch, one of the costs that grows faster
//! than the sources once they no longer fit in the cache.
//!
//! ```text
//! cargo bench --bench scale [-- [--from N] [--pairs P] [--news-dev | --digest]]
//! ```
//!
//! `--from` sets N (1,000 by default), `--pairs` the number of pairs (5).
//! `--digest` checks short reports of one day that each tell an event no
//! other names (coined words stand in for ten thousand events): each of
//! their dates sits alone in its group, the shape in which joining one
//! day told in different words (`align::days`) would test every pair.
//! `--news-dev` cycles through the real articles of the news-dev corpus
//! (read from `CROSSCHECK_NEWS_DEV`, else `../shared/news-dev`) rather
//! than the sample articles: they state the same days and figures in many
//! more ways, which is where a comparison that grows faster than the
//! sources shows.

mod common;
#[path = "common/cycled.rs"]
mod cycled;
#[path = "common/news_dev.rs"]
mod news_dev;

use std::hint::black_box;
use std::time::{Duration, Instant};

use crosscheck::report::json;
use crosscheck::{Checker, Source};

/// How a check's JSON is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Into one string, as `json::to_string_with` does.
    String,
    /// To a sink as it is made, as `json::to_writer` does.
    Streamed,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::String => "string",
            Mode::Streamed => "streamed",
        }
    }
}

/// The minor page faults of this process so far, where the system tells.
fn faults() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name, which is in parentheses and may
    // hold spaces: the minor faults are the eighth of them.
    let rest = stat.get(stat.rfind(')')? + 1..)?;
    rest.split_whitespace().nth(7)?.parse().ok()
}

/// One phase of a check: its time and page faults.
#[derive(Clone, Copy, Default)]
struct Phase {
    time: Duration,
    faults: Option<u64>,
}

/// The phases of one check, in order: the check, writing its JSON, and
/// dropping the report and the string.
#[derive(Clone, Copy, Default)]
struct Run {
    check: Phase,
    json: Phase,
    drop: Phase,
}

impl Run {
    fn total(&self) -> Duration {
        self.check.time + self.json.time + self.drop.time
    }
}

/// Times `f`, with the page faults it takes.
fn phase<T>(f: impl FnOnce() -> T) -> (T, Phase) {
    let before = faults();
    let start = Instant::now();
    let out = f();
    let time = start.elapsed();
    let faults = faults().zip(before).map(|(after, before)| after - before);
    (out, Phase { time, faults })
}

/// One check of `sources`, timed phase by phase.
fn run(checker: &Checker, sources: &[Source], mode: Mode) -> Run {
    let options = json::Options::default();
    let (report, check) = phase(|| checker.check(black_box(sources)));
    let (string, json) = phase(|| match mode {
        Mode::String => Some(json::to_string_with(&report, &options)),
        Mode::Streamed => {
            let written = json::to_writer(&report, &options, std::io::sink());
            assert!(written.is_ok(), "writing to a sink failed: {written:?}");
            None
        }
    });
    let ((), drop) = phase(|| {
        drop(black_box(string));
        drop(report);
    });
    Run { check, json, drop }
}

/// The run of median total time among `times` checks.
fn median_run(checker: &Checker, sources: &[Source], mode: Mode, times: usize) -> Run {
    let mut runs: Vec<Run> = (0..times).map(|_| run(checker, sources, mode)).collect();
    runs.sort_by_key(Run::total);
    runs[runs.len() / 2]
}

/// `n` sources cycling through `articles`, front matter read.
fn sources(articles: &[Source], n: usize) -> Vec<Source> {
    let texts: Vec<&str> = articles.iter().map(Source::text).collect();
    cycled::cycled(&texts, n, true)
}

/// A word coined from `n`, in letters: a different word for each `n`.
fn coined(mut n: usize) -> String {
    let mut word = Vec::new();
    n += 26 * 26;
    while n > 0 {
        word.push(b'a' + (n % 26) as u8);
        n /= 26;
    }
    word.reverse();
    String::from_utf8(word).unwrap_or_default()
}

/// `n` short reports of one day, each of an event no other report names
/// (its verb a coined word), in three shapes: the event named before the
/// day, the day told first, and one noun every report puts after the day
/// with no other word in common.
fn digest(n: usize) -> Vec<Source> {
    (0..n)
        .map(|i| {
            let w = coined(i);
            let said = match i % 3 {
                0 => format!("The council {w}ed the harbour plan on March 3, 2020."),
                1 => format!("On March 3, 2020, the council {w}ed the harbour plan."),
                _ => format!("Qu{w} {}ed the March 3, 2020 meeting.", coined(i + n)),
            };
            Source::new(format!("d{i:05}"), format!("Digest\n\n{said}\n"))
        })
        .collect()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// A phase as printed: milliseconds, and page faults where known.
fn show(p: Phase) -> String {
    match p.faults {
        Some(f) => format!("{:>8.1} ms {:>6} pf", ms(p.time), f),
        None => format!("{:>8.1} ms      - pf", ms(p.time)),
    }
}

fn line(label: &str, r: &Run) -> String {
    format!(
        "  {label:<7} total {:>8.1} ms | check {} | json {} | drop {}",
        ms(r.total()),
        show(r.check),
        show(r.json),
        show(r.drop)
    )
}

/// The value of option `name` among `args`, or `default`.
fn option(args: &[String], name: &str, default: usize) -> usize {
    match args.iter().position(|a| a == name) {
        None => default,
        Some(at) => args
            .get(at + 1)
            .and_then(|v| v.parse().ok())
            .filter(|&v| v > 0)
            .unwrap_or_else(|| panic!("{name} needs a whole number above 0")),
    }
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let from = option(&args, "--from", 1_000);
    let pairs = option(&args, "--pairs", 5);
    let articles: Vec<Source> = if args.iter().any(|a| a == "--digest") {
        digest(from * 10)
    } else if args.iter().any(|a| a == "--news-dev") {
        match news_dev::articles() {
            Some((_, articles)) => articles,
            None => {
                eprintln!("{}", news_dev::missing("the run"));
                return;
            }
        }
    } else {
        common::sample_articles()
            .into_iter()
            .enumerate()
            .map(|(i, text)| Source::new(format!("a{i}"), text))
            .collect()
    };
    let checker = Checker::new();
    let small = sources(&articles, from);
    let large = sources(&articles, from * 10);
    println!(
        "scale: {from} sources against {}, {pairs} pairs, {} threads",
        from * 10,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    // Everything built once per process (the prefilter, the lexicon's
    // tables) is built before the first pair.
    black_box(run(&checker, &small, Mode::Streamed));
    let mut ratios: Vec<(Mode, f64)> = Vec::new();
    // The phases' own ratios, pair by pair: which of them grows faster
    // than the sources.
    let mut phases: Vec<(Mode, [f64; 3])> = Vec::new();
    for pair in 1..=pairs {
        for mode in [Mode::String, Mode::Streamed] {
            let a = median_run(&checker, &small, mode, 5);
            let b = median_run(&checker, &large, mode, 3);
            let ratio = b.total().as_secs_f64() / a.total().as_secs_f64();
            println!("pair {pair} {}: ratio {ratio:.2}", mode.name());
            println!("{}", line(&format!("{from}"), &a));
            println!("{}", line(&format!("{}", from * 10), &b));
            ratios.push((mode, ratio));
            phases.push((mode, phase_ratios(&a, &b)));
        }
    }
    for mode in [Mode::String, Mode::Streamed] {
        let of_mode: Vec<f64> = ratios
            .iter()
            .filter(|(m, _)| *m == mode)
            .map(|&(_, r)| r)
            .collect();
        let (low, high) = of_mode
            .iter()
            .fold((f64::INFINITY, 0.0f64), |(l, h), &r| (l.min(r), h.max(r)));
        println!(
            "{:<8} median ratio {:.2} (pairs {low:.2} to {high:.2}; target at most 11)",
            mode.name(),
            median(of_mode)
        );
        let of_phase = |k: usize| {
            median(
                phases
                    .iter()
                    .filter(|(m, _)| *m == mode)
                    .map(|(_, r)| r[k])
                    .collect(),
            )
        };
        println!(
            "{:<8} median ratio by phase: check {:.2}, json {:.2}, drop {:.2}",
            "",
            of_phase(0),
            of_phase(1),
            of_phase(2)
        );
    }
}

/// How many times the time of `a` each phase of `b` takes: check, JSON,
/// drop; infinity where a phase of `a` took no time the clock could tell.
fn phase_ratios(a: &Run, b: &Run) -> [f64; 3] {
    let r = |x: Phase, y: Phase| {
        if x.time.is_zero() {
            f64::INFINITY
        } else {
            y.time.as_secs_f64() / x.time.as_secs_f64()
        }
    };
    [r(a.check, b.check), r(a.json, b.json), r(a.drop, b.drop)]
}
