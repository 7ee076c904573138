//! The JSON writer on several threads (`json::Options::with_threads`): a
//! report with long lists of MENTIONs, whose blocks a second thread
//! writes, comes out byte for byte as one thread writes it, in every form
//! and to a string or a writer alike.

// Tests may stop at the first broken expectation.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::{self, Write};

use crosscheck::report::json;
use crosscheck::{Checker, Source};

/// Reports of different stories, each sent out by many outlets: every
/// finding lists one MENTION per outlet, and the facts list holds them
/// all. The lists are long enough to be shared between threads, and of
/// lengths that are no multiple of a block.
fn many_outlets(outlets: usize) -> Vec<Source> {
    let stories = [
        "Officials said 12 people were killed and 31 injured when the \
         ferry capsized on Monday.",
        "The company said it would cut 650 jobs, including 50 contractors, \
         and close two plants by March 2027.",
        "The storm dropped 14 inches of rain and left 240,000 homes without \
         power, the utility said.",
    ];
    (0..outlets)
        .map(|k| {
            let story = stories[k % stories.len()];
            // Some outlets say it otherwise: a conflict with its own list.
            let text = if k % 7 == 0 {
                story.replace("12 people", "14 people")
            } else {
                story.to_string()
            };
            Source::new(format!("outlet-{k:04}"), text)
        })
        .collect()
}

/// Every form the writer knows: default, compact, and each option alone.
fn forms() -> Vec<json::Options> {
    let plain = json::Options::default();
    vec![
        plain,
        plain.with_sentences_once(true).with_one_line(true),
        plain.with_one_line(true),
        plain.with_sentences_once(true),
    ]
}

#[test]
fn threads_write_the_same_bytes() {
    let report = Checker::builder()
        .threads(1)
        .build()
        .unwrap()
        .check(&many_outlets(4_501));
    // Long lists: the facts, and the mentions of some finding.
    assert!(report.facts.len() > 5_000, "{} facts", report.facts.len());
    let longest = report
        .corroborations
        .iter()
        .map(|c| c.mentions.len())
        .max()
        .unwrap_or(0);
    assert!(longest > 1_400, "the longest finding lists {longest}");
    for options in forms() {
        let one = json::to_string_with(&report, &options.with_threads(1));
        for threads in [2, 3] {
            let many = options.with_threads(threads);
            let text = json::to_string_with(&report, &many);
            assert!(
                text == one,
                "{threads} threads, {options:?}: another string"
            );
            let mut written = Vec::new();
            json::to_writer(&report, &many, &mut written).unwrap();
            assert!(
                written == one.as_bytes(),
                "{threads} threads, {options:?}: another stream"
            );
        }
    }
}

#[test]
fn claims_are_written_the_same_on_threads() {
    let sources = many_outlets(1_200);
    let checked = Checker::builder().threads(1).build().unwrap().check_claims(
        &Source::new("summary", "Officials said 12 people were killed."),
        &sources,
    );
    for options in forms() {
        let one = json::claims_to_string_with(&checked, &options.with_threads(1));
        let two = json::claims_to_string_with(&checked, &options.with_threads(2));
        assert!(two == one, "{options:?}");
    }
}

/// A writer that takes some bytes, then fails.
struct FailsAfter(usize);

impl Write for FailsAfter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.0 < buf.len() {
            return Err(io::Error::other("disk full"));
        }
        self.0 -= buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_failing_writer_stops_the_threads_with_its_error() {
    let report = Checker::new().check(&many_outlets(4_501));
    let options = json::Options::default().with_threads(2);
    let err = json::to_writer(&report, &options, FailsAfter(1 << 20)).unwrap_err();
    assert_eq!(err.to_string(), "disk full");
}
