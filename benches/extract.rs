//! Extraction throughput.
//!
//! `news`: the sample articles in `fixtures/sample/`, repeated to a little
//! over 5 MB and checked as one source through `Checker::extract`. The
//! target is at least 200 MB/s on one core.
//!
//! `news_dev`: the same on real news, the bodies of the news-dev corpus's
//! articles (Wikinews and US federal releases), repeated likewise. They
//! hold about twice the facts per byte of the sample articles, so this is
//! the slower and the more honest figure. The corpus is kept outside the
//! package: it is read from `CROSSCHECK_NEWS_DEV`, else from
//! `../shared/news-dev` beside the repository, and the group is left out,
//! with a note, where there is neither.
//!
//! `hostile`: inputs built to find super-linear paths, the same as in
//! `tests/hostile.rs`: one 10 MB line of news text, a megabyte of digits,
//! 200,000 dollar signs, 400-digit amounts, "1e999", a hedge repeated
//! 50,000 times, chained number words, Arabic-Indic digits, no-break and
//! thin spaces inside numbers, invisible controls and combining marks. The
//! target is at most twice the cost per byte of the news text.
//!
//! ```text
//! cargo bench --bench extract            # every group
//! cargo bench --bench extract -- news    # the news groups
//! ```

mod common;
#[path = "common/news_dev.rs"]
mod news_dev;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use crosscheck::{Checker, Source};

/// The size the news corpus is repeated up to.
const NEWS_BYTES: usize = 5 * 1024 * 1024;

fn sample_articles() -> String {
    let mut text = String::new();
    for article in common::sample_articles() {
        text.push_str(&article);
        text.push_str("\n\n");
    }
    text
}

/// `unit` repeated until the result holds at least `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    let times = bytes.div_ceil(unit.len().max(1));
    unit.repeat(times)
}

fn configure(group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>) {
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(8));
}

fn news(c: &mut Criterion) {
    let text = repeat_to(&sample_articles(), NEWS_BYTES);
    extract_as_one(c, "news", &Source::new("news", text));
}

/// Times `Checker::extract` of `source` in the group `name`, by bytes.
fn extract_as_one(c: &mut Criterion, name: &str, source: &Source) {
    let checker = Checker::new();
    let mut group = c.benchmark_group(name);
    configure(&mut group);
    group.throughput(Throughput::Bytes(source.text().len() as u64));
    group.bench_function("extract", |b| {
        b.iter(|| black_box(checker.extract(black_box(source))))
    });
    group.finish();
}

fn news_dev(c: &mut Criterion) {
    let Some((root, articles)) = news_dev::articles() else {
        eprintln!("{}", news_dev::missing("news_dev"));
        return;
    };
    let mut text = String::new();
    for article in &articles {
        text.push_str(article.body());
        text.push_str("\n\n");
    }
    let source = Source::new("news-dev", repeat_to(&text, NEWS_BYTES));
    eprintln!(
        "news_dev: {} articles, {} bytes, from {}",
        articles.len(),
        text.len(),
        root.display()
    );
    extract_as_one(c, "news_dev", &source);
}

fn hostile(c: &mut Criterion) {
    let checker = Checker::new();
    let flat = sample_articles().replace(['\n', '\r'], " ");
    let words = "one two three four five six seven eight nine ten ";
    let inputs = [
        ("one_line_10mb", repeat_to(&flat, 10 * 1024 * 1024)),
        ("digits_1mb", "7".repeat(1024 * 1024)),
        ("dollar_signs_200k", "$".repeat(200_000)),
        (
            "amount_400_digits",
            repeat_to(&format!("It cost ${}. ", "9".repeat(400)), 1024 * 1024),
        ),
        (
            "exponent_1e999",
            repeat_to("Losses of 1e999 apps. ", 1024 * 1024),
        ),
        (
            "hedge_50k",
            format!("{}5 apps were banned.", "about ".repeat(50_000)),
        ),
        ("number_words_100k", repeat_to(words, words.len() * 10_000)),
        ("one_hundred_100k", "one hundred ".repeat(100_000)),
        (
            "arabic_indic_1mb",
            repeat_to("Officials banned ٣٤ apps. ", 1024 * 1024),
        ),
        (
            "group_spaces_1mb",
            repeat_to(
                "Police said 34\u{a0}000 people and 12\u{202f}500 cars came. ",
                1024 * 1024,
            ),
        ),
        (
            "invisible_controls_1mb",
            repeat_to(
                "They banned \u{2066}34\u{2069} apps and 3\u{200d}4 more. ",
                1024 * 1024,
            ),
        ),
        (
            "combining_marks_1mb",
            repeat_to("The 5\u{301} apps cost $3\u{301}4m. ", 1024 * 1024),
        ),
    ];

    let mut group = c.benchmark_group("hostile");
    configure(&mut group);
    for (name, text) in inputs {
        let source = Source::new(name, text);
        group.throughput(Throughput::Bytes(source.text().len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| black_box(checker.extract(black_box(&source))))
        });
    }
    group.finish();
}

criterion_group!(benches, news, news_dev, hostile);
criterion_main!(benches);
