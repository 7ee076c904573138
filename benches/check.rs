//! A full check at scale: extraction, alignment, judgement and the JSON
//! report, over many articles that all cover one story.
//!
//! Each source is one of the five sample articles (about 2 to 4 KB each,
//! 3.2 KB on average) with its own id, so every source reports the same
//! quantities: the case where comparing all pairs would blow up. The
//! targets: 1,000 articles in at most 0.1 s on one core, and ten times the
//! sources costing at most eleven times the time (compare `sources/1000`
//! with `sources/10000`, and `sources/100` with `sources/1000`).
//!
//! A check extracts its sources on as many threads as the machine has
//! (one per 256 KiB of text at most), and the JSON writer takes a second
//! thread for a report of more than a thousand facts; `check_one_thread`
//! is the same check, its JSON included, on the calling thread alone, the
//! figure to read for one core.
//!
//! `check_compact` is the same check written as the compact JSON
//! (`json::Options` with each sentence once, on one line), the form meant
//! for large runs.
//!
//! `check_news_dev` is the streamed check on real news: the news-dev
//! corpus's articles (Wikinews and US federal releases, with their front
//! matter) cycled through to 1,000 and 10,000 sources. They hold about
//! twice the facts per byte of the sample articles, and their dates and
//! figures differ from one event to the next, so this is the slower and
//! the more honest figure. The corpus is read from `CROSSCHECK_NEWS_DEV`,
//! else from `../shared/news-dev` beside the repository; without it the
//! group is left out with a note.
//!
//! `check_streamed` is the check as the `check` example makes it: the
//! JSON is written out as it is made (`json::to_writer`, here to a sink)
//! instead of into one string. A string of 10,000 sources' JSON (about
//! 110 MB) is larger than the allocator keeps for reuse, so every check
//! that builds one takes fresh pages from the system and writes each for
//! the first time; 1,000 sources' string (11 MB) reuses the last one's
//! pages. The streamed group shows the check's own cost without that.
//!
//! ```text
//! cargo bench --bench check
//! ```

mod common;
#[path = "common/cycled.rs"]
mod cycled;
#[path = "common/news_dev.rs"]
mod news_dev;

use std::hint::black_box;
use std::io;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use crosscheck::report::json;
use crosscheck::{Checker, Source};

/// A group of checks of many sources, timed alike: ten samples of ten
/// seconds after a second of warm-up.
fn sources_group<'c>(
    c: &'c mut Criterion,
    name: &str,
) -> criterion::BenchmarkGroup<'c, criterion::measurement::WallTime> {
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(10));
    group
}

/// Times `checker` on `batch`, each report handed to `write`, as the
/// group's case for that many sources, by bytes.
fn bench_sources(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    batch: &[Source],
    write: impl Fn(&crosscheck::Report),
    checker: &Checker,
) {
    let bytes: usize = batch.iter().map(|s| s.text().len()).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    let id = BenchmarkId::new("sources", batch.len());
    group.bench_with_input(id, batch, |b, batch| {
        b.iter(|| write(&checker.check(black_box(batch))))
    });
}

fn check(c: &mut Criterion) {
    let articles = common::sample_articles();
    let checker = Checker::new();
    let one_thread = Checker::builder()
        .threads(1)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let compact = json::Options::default()
        .with_sentences_once(true)
        .with_one_line(true);
    for (name, checker, options) in [
        ("check", &checker, json::Options::default()),
        (
            "check_one_thread",
            &one_thread,
            json::Options::default().with_threads(1),
        ),
        ("check_compact", &checker, compact),
        ("check_streamed", &checker, json::Options::default()),
    ] {
        let mut group = sources_group(c, name);
        for n in [100usize, 1_000, 10_000] {
            let batch = cycled::cycled(&articles, n, false);
            bench_sources(
                &mut group,
                &batch,
                |report| {
                    if name == "check_streamed" {
                        let written = json::to_writer(report, &options, io::sink());
                        black_box(written.is_ok());
                    } else {
                        black_box(json::to_string_with(report, &options));
                    }
                },
                checker,
            );
        }
        group.finish();
    }
}

/// The streamed check on the news-dev corpus, cycled to 1,000 and 10,000
/// sources.
fn check_news_dev(c: &mut Criterion) {
    let Some((root, articles)) = news_dev::articles() else {
        eprintln!("{}", news_dev::missing("check_news_dev"));
        return;
    };
    eprintln!(
        "check_news_dev: {} articles from {}",
        articles.len(),
        root.display()
    );
    let texts: Vec<String> = articles.iter().map(|a| a.text().to_string()).collect();
    let checker = Checker::new();
    let options = json::Options::default();
    let mut group = sources_group(c, "check_news_dev");
    for n in [1_000usize, 10_000] {
        let batch = cycled::cycled(&texts, n, true);
        bench_sources(
            &mut group,
            &batch,
            |report| {
                let written = json::to_writer(report, &options, io::sink());
                black_box(written.is_ok());
            },
            &checker,
        );
    }
    group.finish();
}

/// Inputs that once made a check super-linear: one quantity stated in
/// 2,000 and in 27,000 ways in one article (every pair of values was a
/// conflict), a run-on sentence of random words and numbers (every
/// mention repeated the whole sentence), and chains of ranges, months,
/// shares and relative dates. Each is checked beside one ordinary article
/// and rendered as JSON; compare the MB/s with `check/sources/100`, which
/// is ordinary news.
fn hostile(c: &mut Criterion) {
    let articles = common::sample_articles();
    let checker = Checker::new();
    let months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let words = [
        "officials",
        "said",
        "apps",
        "were",
        "banned",
        "and",
        "police",
        "people",
    ];
    let mut run_on = String::new();
    let mut n = 7u64;
    while run_on.len() < 1 << 20 {
        n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        if n.is_multiple_of(5) {
            run_on.push_str(&((n >> 33) % 100_000).to_string());
        } else {
            run_on.push_str(words[(n >> 40) as usize % words.len()]);
        }
        run_on.push(' ');
    }
    let distinct = |k: usize| -> String {
        (1..=k)
            .map(|n| format!("Officials said {n} apps were banned. "))
            .collect()
    };
    let inputs = [
        ("one_quantity_2000_values", distinct(2_000)),
        ("one_quantity_27000_values", distinct(27_000)),
        ("run_on_sentence_1mb", run_on),
        (
            "money_range_chain",
            (1..=20_000)
                .map(|n| format!("${n}"))
                .collect::<Vec<_>>()
                .join("-"),
        ),
        (
            "percent_chain",
            (1..=20_000)
                .map(|n| format!("{n}%"))
                .collect::<Vec<_>>()
                .join("-"),
        ),
        (
            "month_chain",
            format!(
                "from {}",
                (0..20_000)
                    .map(|n| months[n % 12])
                    .collect::<Vec<_>>()
                    .join(" to ")
            ),
        ),
        (
            "relative_dates",
            (0..20_000)
                .map(|n| ["last Monday", "next Tuesday", "a week ago", "yesterday"][n % 4])
                .collect::<Vec<_>>()
                .join(", "),
        ),
    ];
    let mut group = c.benchmark_group("hostile_check");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(8));
    for (name, text) in inputs {
        let batch = vec![
            Source::new("hostile", text),
            Source::new("news", articles[0].clone()),
        ];
        let bytes: usize = batch.iter().map(|s| s.text().len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &batch, |b, batch| {
            b.iter(|| {
                let report = checker.check(black_box(batch));
                black_box(json::to_string(&report))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, check, check_news_dev, hostile);
criterion_main!(benches);
