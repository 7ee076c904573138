//! The invariants both targets assert: the same as the property tests.

use crosscheck::span::LineIndex;
use crosscheck::{Fact, Source};

/// Checks everything a fact says about where it came from.
pub fn check_fact(source: &Source, index: &LineIndex, f: &Fact) {
    let text = source.text();
    let p = &f.provenance;
    assert_eq!(p.source, source.id());
    for span in [p.span, p.sentence_span] {
        assert!(span.start < span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
    assert_eq!(p.span.slice(text), p.text);
    assert!(p.sentence_span.contains(p.span));
    assert_eq!(p.sentence_span.slice(text), p.sentence);
    assert_eq!(index.line_column(text, p.span.start), (p.line, p.column));
    if let (Some(lo), Some(hi)) = (f.interval.lower, f.interval.upper) {
        assert!(lo.value <= hi.value, "{:?}", f.interval);
    }
    let line = crosscheck::report::json::mention_line(f);
    assert!(!line.contains('\n'));
    let v: serde_json::Value = serde_json::from_str(&line).expect("a mention is JSON");
    assert!(v.is_object());
}
