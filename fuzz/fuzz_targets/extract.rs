//! Extraction of arbitrary bytes, decoded lossily: never panics, and every
//! fact and rejection points back into the text exactly.
#![no_main]

use crosscheck::{Checker, Source};
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let source = Source::new("fuzz", text.as_ref());
    let ex = Checker::new().extract(&source);
    for f in &ex.facts {
        common::check_fact(&source, f);
    }
    for r in &ex.rejections {
        assert_eq!(r.span.slice(source.text()), r.text.as_str());
    }
});
