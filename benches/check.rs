//! A full check at scale: extraction, alignment, judgement and the JSON
//! report, over many articles that all cover one story.
//!
//! Each source is one of the five sample articles (about 2 to 4 KB each,
//! 3.2 KB on average) with its own id, so every source reports the same
//! quantities: the case where comparing all pairs would blow up. The
//! targets: 1,000 articles in at most 0.1 s on one core, and ten times the
//! sources costing at most twelve times the time.
//!
//! ```text
//! cargo bench --bench check
//! ```

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use crosscheck::{Checker, Source};

fn sample_articles() -> Vec<String> {
    // This package lives in `benches/` of the crosscheck repository.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("fixtures")
        .join("sample");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            std::fs::read_to_string(p)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
        })
        .collect()
}

/// `n` sources cycling through the sample articles.
fn sources(articles: &[String], n: usize) -> Vec<Source> {
    (0..n)
        .map(|i| Source::new(format!("s{i:05}"), articles[i % articles.len()].clone()))
        .collect()
}

fn check(c: &mut Criterion) {
    let articles = sample_articles();
    let checker = Checker::new();
    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(10));
    for n in [100usize, 1_000] {
        let batch = sources(&articles, n);
        let bytes: usize = batch.iter().map(|s| s.text().len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::new("sources", n), &batch, |b, batch| {
            b.iter(|| {
                let report = checker.check(black_box(batch));
                black_box(crosscheck::report::json::to_string(&report))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, check);
criterion_main!(benches);
