//! Tests of the extraction loop.

use super::*;
use crate::extract::prefilter::Hit;

#[test]
fn marks_the_tokens_the_prefilter_found() {
    let text = "the cat and five dogs";
    let mut toks = Vec::new();
    tokenize(text, 0, &mut toks);
    let mut hits = Vec::new();
    prefilter::find(text, 0, &mut hits);
    let mut starts = Vec::new();
    mark_starts(&toks, &hits, &mut starts);
    let marked = |cues: &[Cue]| cues.iter().map(|c| c.starts()).collect::<Vec<_>>();
    assert_eq!(marked(&starts), [false, false, false, true, false]);
    // A stretch the prefilter could not read: every token in it.
    let hits = [Hit {
        start: 4,
        end: text.len(),
        cue: Cue::ANY,
    }];
    mark_starts(&toks, &hits, &mut starts);
    assert_eq!(marked(&starts), [false, true, true, true, true]);
}

#[test]
fn every_word_that_starts_a_number_is_read() {
    // Each starts a number in its own way; none may be skipped unread.
    for (text, quote) in [
        (
            "It costs quarter million us dollars.",
            "quarter million us dollars",
        ),
        ("They hired fortytwo nurses.", "fortytwo nurses"),
        ("Prices fell by half a dozen cents.", "half a dozen cents"),
        ("Some thirty-four apps and several firms", "several firms"),
    ] {
        let got = quotes(text);
        assert!(
            got.iter().any(|(_, q)| q == quote),
            "{text}: {quote:?} not in {got:?}"
        );
    }
    // Signs, minus words and one-character fractions reach the scan:
    // with nothing to say what they measure, they are rejected.
    let text = "It was minus five, then -3 and ½.";
    let rejected: Vec<&str> = extract(text, 0)
        .rejections
        .iter()
        .map(|r| r.span.slice(text))
        .collect();
    assert_eq!(rejected, ["minus five", "-3", "½"]);
    // A glued ordinal longer than most words is still an ordinal.
    let text = "They finished ninetyseventh.";
    let found = extract(text, 0).rejections;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].reason, RejectReason::Ordinal);
}

#[test]
fn traps_yield_nothing() {
    for trap in [
        "© 2009 – 2021 NewsCentral Media",
        "(c) 2020 Bloomberg LP",
        "Call 555-123-4567 now.",
        "on the first day of his presidency",
        "a second U-turn in its decision",
        "The Airbus A320 and COVID-19.",
        "Tesla's Model 3 is popular.",
        "They met at 10:30 and left at 3pm.",
        "the 2020 election",
        "The score was 42.",
    ] {
        assert_eq!(quotes(trap), [], "{trap}");
    }
}

#[test]
fn hands_candidates_over_in_text_order_one_sentence_at_a_time() {
    // In a sentence the dates are found first and the numbers after; the
    // candidates still come in text order, across sentences too.
    let text = "Officials banned 8 apps on January 5, 2021. \
                On March 3 they added 12 websites, and 3 firms sued.\n\
                Nothing here. In 2020 some 40 people were hurt.";
    let mut seen = Vec::new();
    let mut limited = Vec::new();
    let (rejections, count, stopped) =
        extract_limited(text, 0, usize::MAX, usize::MAX, true, |c| seen.push(c.text));
    assert_eq!(
        seen,
        [
            "8 apps",
            "January 5, 2021",
            "March 3",
            "12 websites",
            "3 firms",
            "2020",
            "some 40 people"
        ]
    );
    assert_eq!((count, stopped), (seen.len(), None));
    assert!(rejections.is_empty(), "{rejections:?}");
    // Past a limit, the scan stops after the sentence that went past it,
    // and every candidate read up to there is handed over.
    let (_, count, stopped) =
        extract_limited(text, 0, 2, usize::MAX, true, |c| limited.push(c.text));
    assert_eq!(
        limited,
        [
            "8 apps",
            "January 5, 2021",
            "March 3",
            "12 websites",
            "3 firms"
        ]
    );
    assert_eq!(count, 5);
    assert_eq!(stopped, text.find('\n'));
}

#[test]
fn a_long_body_is_read_in_stretches_of_whole_lines() {
    // Lines of news, a line break between each; one line far longer than
    // a stretch, with no break; an abbreviation and a spaced decimal,
    // which read the bytes around a period, right at line ends.
    let lines = [
        "Police said 34 people were hurt on March 3, and 2 died.",
        "The firm lost $4. 7 billion in the U.S.",
        "Nothing here.",
        "About 1,200 homes lost power for 45 days; Mr. Lee, 51, spoke.",
    ];
    let mut body = String::new();
    let mut k = 0;
    while body.len() < 3 * stretch::WHOLE_BYTES {
        body.push_str(lines[k % lines.len()]);
        body.push('\n');
        if k == 1_500 {
            // One line longer than a stretch: read sentence by sentence.
            for n in 0..3_000 {
                body.push_str(&format!("Officials banned {n} apps. "));
            }
            body.push('\n');
        }
        k += 1;
    }
    let offset = 17;
    let mut whole = Vec::new();
    let (rejections, count, stopped) =
        extract_limited(&body, offset, usize::MAX, usize::MAX, true, |c| {
            whole.push((c.span, c.text.to_string()));
        });
    assert_eq!((count, stopped), (whole.len(), None));
    // Each line read alone, at its place in the body.
    let mut by_line = Vec::new();
    let mut by_line_rejected = 0;
    let mut at = 0;
    for line in body.split_inclusive('\n') {
        let (r, _, _) = extract_limited(line, offset + at, usize::MAX, usize::MAX, true, |c| {
            by_line.push((c.span, c.text.to_string()));
        });
        by_line_rejected += r.len();
        at += line.len();
    }
    assert!(whole.len() > 4_000, "{}", whole.len());
    assert_eq!(whole, by_line);
    assert_eq!(rejections.len(), by_line_rejected);
    for (span, text) in &whole {
        assert_eq!(&body[span.start - offset..span.end - offset], text);
    }
    // A limit stops the scan in a later stretch, after the sentence that
    // went past it.
    let mut limited = Vec::new();
    let max = whole.len() - 10;
    let (_, count, stopped) = extract_limited(&body, offset, max, usize::MAX, true, |c| {
        limited.push(c.span);
    });
    assert_eq!(count, limited.len());
    assert!(count > max && count < whole.len(), "{count}");
    let stop = stopped.unwrap_or_else(|| panic!("no stop"));
    assert!(limited.iter().all(|s| s.end <= stop));
    assert!(whole.iter().skip(count).all(|(s, _)| s.start >= stop));
}

/// The kind and quote of every candidate in `text` that a source with no
/// publication date keeps (a day ahead, "in 45 days", needs one), for
/// tests.
pub(in crate::extract) fn quotes(text: &str) -> Vec<(Kind, String)> {
    extract(text, 0)
        .candidates
        .iter()
        .filter(|c| !matches!(&c.unit, RawUnit::Date(d) if d.needs_reference()))
        .map(|c| (c.kind, c.text.to_string()))
        .collect()
}

/// The quote and reason of every rejection in `text`, for tests.
pub(in crate::extract) fn rejections(text: &str) -> Vec<(String, RejectReason)> {
    extract(text, 0)
        .rejections
        .iter()
        .map(|r| (r.span.slice(text).to_string(), r.reason))
        .collect()
}

/// Extracts the candidates of one body.
pub(in crate::extract) fn extract(body: &str, offset: usize) -> Extracted<'_> {
    let mut candidates = Vec::new();
    let (rejections, _, _) = extract_limited(body, offset, usize::MAX, usize::MAX, true, |c| {
        candidates.push(c.clone());
    });
    Extracted {
        candidates,
        rejections,
    }
}
