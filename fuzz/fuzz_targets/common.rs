//! The invariants both targets assert: the same as the property tests.

use crosscheck::{Fact, Source};

/// The 1-based line and column (in `char`s) of byte `offset` of `text`,
/// counted the slow way, to check the cursor extraction numbers facts
/// with.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = 1 + before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, 1 + before[start..].chars().count())
}

/// Checks everything a fact says about where it came from.
pub fn check_fact(source: &Source, f: &Fact) {
    let text = source.text();
    let p = &f.provenance;
    assert_eq!(p.source.as_str(), source.id());
    for span in [p.span, p.sentence_span] {
        assert!(span.start < span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
    assert_eq!(p.span.slice(text), p.text.as_str());
    assert!(p.sentence_span.contains(p.span));
    assert_eq!(p.sentence_span.slice(text), p.sentence.as_str());
    assert_eq!(line_column(text, p.span.start), (p.line, p.column));
    if let (Some(lo), Some(hi)) = (f.interval.lower, f.interval.upper) {
        assert!(lo.value <= hi.value, "{:?}", f.interval);
    }
    let line = crosscheck::report::json::mention_line(f, "");
    assert!(!line.contains('\n'));
    let v: serde_json::Value = serde_json::from_str(&line).expect("a mention is JSON");
    assert!(v.is_object());
}
