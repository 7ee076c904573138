//! A two-source check of arbitrary bytes: the input is split at its first
//! zero byte into two sources. Never panics; every fact points back into
//! its source, and every finding names facts of the report.
#![no_main]

use crosscheck::{Checker, Source};
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let (a, b) = match data.iter().position(|&b| b == 0) {
        Some(k) => (&data[..k], &data[k + 1..]),
        None => (data, &b""[..]),
    };
    let sources = [
        Source::new("a", String::from_utf8_lossy(a).as_ref()),
        Source::new("b", String::from_utf8_lossy(b).as_ref()),
    ];
    let report = Checker::new().check(&sources);
    for f in &report.facts {
        let k = usize::from(f.provenance.source.as_str() == "b");
        common::check_fact(&sources[k], f);
    }
    let n = report.facts.len();
    for c in &report.conflicts {
        assert!(c.mentions.iter().all(|&i| i < n));
    }
    for c in &report.corroborations {
        assert!(c.mentions.iter().all(|&i| i < n));
    }
    let json = crosscheck::report::json::to_string(&report);
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
});
