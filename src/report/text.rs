//! The text report: findings with annotated source snippets.
//!
//! The report opens with one line of counts, then shows each conflict, each
//! update and each corroboration in the order the checker found them. Every
//! mention of a finding is quoted in its sentence, with the source id, line
//! and column above it and the quote underlined and labelled with its
//! normalized value, the way a compiler points at code:
//!
//! ```text
//! conflict[low]: money "ipo" (2 sources)
//!   |
//!   = $34bn and $35bn differ by 2.9%
//!  --> alpha:3:27
//!   |
//! 3 | The listing was valued at $34bn before it was halted.
//!   |                           ^^^^^ 34,000,000,000 USD (exact)
//! ```
//!
//! Sentences longer than 100 characters are shortened around the quote,
//! marked with `…`; line breaks and control characters inside a sentence
//! are shown as spaces. The output has no colour and depends only on the
//! report, so it can be kept in snapshot tests. It ends with the list of
//! sources.

use std::fmt::Write as _;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::compare::Conflict;
use crate::compare::claims::{Claim, Verdict};
use crate::fact::{Fact, Provenance};
use crate::report::explain::{self, count, flatten, iso_date, limit_name, topic, value_label};
use crate::report::{ClaimReport, Report};

/// The longest excerpt shown, in characters: longer sentences are cut
/// around the quote, the room left shared between the two sides.
const EXCERPT_CHARS: usize = 100;

/// Renders the report as text for a terminal.
///
/// # Example
///
/// ```
/// use crosscheck::Report;
/// use crosscheck::report::text;
///
/// let out = text::render(&Report::default());
/// assert!(out.starts_with("0 sources, 0 facts: 0 conflicts, 0 corroborations, 0 updates\n"));
/// ```
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}, {}: {}, {}, {}",
        count(report.sources.len(), "source", "sources"),
        count(report.facts.len(), "fact", "facts"),
        count(report.conflicts.len(), "conflict", "conflicts"),
        count(
            report.corroborations.len(),
            "corroboration",
            "corroborations"
        ),
        count(report.updates.len(), "update", "updates"),
    );

    let renderer = Renderer::plain();
    for conflict in &report.conflicts {
        out.push('\n');
        out.push_str(&conflict_block(
            &renderer,
            "conflict",
            Level::ERROR,
            conflict,
            report,
        ));
    }
    for update in &report.updates {
        let title = topic(update.kind, &update.subject);
        let head = Level::WARNING
            .with_name(Some("update"))
            .primary_title(title);
        out.push('\n');
        out.push_str(&finding(
            &renderer,
            head,
            &report.explain_update(update),
            &update.mentions,
            report,
        ));
    }
    for found in &report.corroborations {
        let title = format!(
            "{} ({})",
            topic(found.kind, &found.subject),
            count(found.sources, "source", "sources")
        );
        let head = Level::INFO
            .with_name(Some("corroborated"))
            .primary_title(title);
        let agreeing = format!(
            "stated alike by {}",
            source_ids(&found.mentions, &report.facts).join(", ")
        );
        out.push('\n');
        out.push_str(&finding(
            &renderer,
            head,
            &agreeing,
            &found.mentions,
            report,
        ));
    }

    for conflict in &report.possible_conflicts {
        out.push('\n');
        out.push_str(&conflict_block(
            &renderer,
            "possible conflict",
            Level::WARNING,
            conflict,
            report,
        ));
    }
    for note in &report.notes {
        let _ = writeln!(
            out,
            "\nnot compared: {} \"{}\": {}",
            note.kind.as_str(),
            note.subject,
            flatten(&report.explain_note(note))
        );
    }
    for t in &report.truncations {
        let _ = writeln!(
            out,
            "\nnot read whole: {} went past the limit of {} {}; nothing from byte {} on is reported",
            t.source,
            t.max,
            limit_name(t.limit),
            t.from
        );
    }

    if !report.sources.is_empty() {
        out.push_str("\nsources:\n");
        for source in &report.sources {
            let _ = write!(out, "  {}", source.id);
            if let Some(title) = &source.meta.title {
                let _ = write!(out, ": \"{}\"", flatten(title));
            }
            if let Some(date) = source.meta.published {
                let _ = write!(out, ", published {}", iso_date(date));
            }
            if let Some(path) = &source.path {
                let _ = write!(out, " ({})", flatten(path));
            }
            out.push('\n');
        }
    }
    out
}

/// Renders a [`ClaimReport`]: the sources' report as [`render`] writes it,
/// then the target's claims.
///
/// The claims part opens with one line of counts by verdict. Then each
/// sentence of the target that holds a fact is shown with every fact
/// underlined and labelled with its verdict, followed by one block per
/// fact: its verdict, the explanation, and a snippet of each source fact
/// the verdict rests on.
///
/// ```text
/// claim: summary:1:23
///   |
/// 1 | The repairs will cost £19.4m, officials said.
///   |                       ^^^^^^ contradicted
///
/// contradicted: "£19.4m" (money "cost")
///   |
///   = "£19.4m" is not what the sources say: ...
///  --> wire:1:40
/// ```
///
/// # Example
///
/// ```
/// use crosscheck::{Checker, Source};
/// use crosscheck::report::text;
///
/// let checked = Checker::new().check_claims(
///     &Source::new("summary", "The order names eight apps."),
///     &[Source::new("wire", "The order bans eight Chinese apps.")],
/// );
/// let out = text::render_claims(&checked);
/// assert!(out.contains("claims in summary: 1 claim: 1 supported, 0 contradicted, 0 disputed, 0 unsupported\n"));
/// ```
pub fn render_claims(checked: &ClaimReport) -> String {
    let mut out = render(&checked.report);
    let target = &checked.target;
    let _ = write!(out, "\nclaims in {}", target.id);
    if let Some(path) = &target.path {
        let _ = write!(out, " ({})", flatten(path));
    }
    let _ = writeln!(
        out,
        ": {}: {}",
        count(checked.claims.len(), "claim", "claims"),
        Verdict::ALL
            .iter()
            .map(|v| format!("{} {}", checked.count(*v), v.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let renderer = Renderer::plain();
    // A target sentence is shown whole, however long.
    let wide = Renderer::plain().term_width(100_000);
    let mut rest = checked.claims.as_slice();
    while let Some(first) = rest.first() {
        let sentence = first.fact.provenance.sentence_span;
        let n = rest
            .iter()
            .take_while(|c| c.fact.provenance.sentence_span == sentence)
            .count();
        let (here, after) = rest.split_at(n);
        out.push('\n');
        out.push_str(&sentence_block(&wide, here));
        for claim in here {
            let fact = &claim.fact;
            let title = format!(
                "\"{}\" ({})",
                flatten(&fact.provenance.text),
                topic(fact.kind, &claim.subject)
            );
            let level = match claim.verdict {
                Verdict::Supported => Level::INFO,
                Verdict::Contradicted => Level::ERROR,
                Verdict::Disputed => Level::WARNING,
                Verdict::Unsupported => Level::NOTE,
            };
            let head = level
                .with_name(Some(claim.verdict.as_str()))
                .primary_title(title);
            let evidence = claim
                .evidence
                .iter()
                .filter_map(|&i| checked.report.facts.get(i))
                .collect();
            out.push('\n');
            out.push_str(&snippets(
                &renderer,
                head,
                &checked.explain(claim),
                evidence,
            ));
        }
        rest = after;
    }
    out
}

/// One sentence of the target with each of its claims underlined and
/// labelled with its verdict.
fn sentence_block(renderer: &Renderer, claims: &[Claim]) -> String {
    let Some(first) = claims.first() else {
        return String::new();
    };
    let p = &first.fact.provenance;
    let sentence = p.sentence.as_str();
    // The sentence flattened to one line, with each quote's range in it.
    let mut shown = String::new();
    let mut ranges = Vec::new();
    let mut at = 0;
    for claim in claims {
        let q = &claim.fact.provenance;
        let start = q.span.start.saturating_sub(p.sentence_span.start);
        let end = start + q.text.len();
        let (Some(before), Some(quote)) = (sentence.get(at..start), sentence.get(start..end))
        else {
            continue;
        };
        shown.push_str(&flatten(before));
        let from = shown.len();
        shown.push_str(&flatten(quote));
        ranges.push((from..shown.len(), claim.verdict.as_str()));
        at = end;
    }
    shown.push_str(&flatten(sentence.get(at..).unwrap_or("")));
    let location = format!(
        "{:w$}--> {}:{}:{}",
        "",
        p.source,
        p.line,
        p.column,
        w = digits(p.line)
    );
    // The line the sentence starts on: the first quote's line, less the
    // line breaks before the quote inside the sentence.
    let into = p.span.start.saturating_sub(p.sentence_span.start);
    let breaks = sentence.get(..into).map_or(0, |s| s.matches('\n').count());
    let mut snippet =
        Snippet::source(shown.as_str()).line_start(p.line.saturating_sub(breaks).max(1));
    for (range, label) in ranges {
        snippet = snippet.annotation(AnnotationKind::Primary.span(range).label(label));
    }
    let title = format!("{} in one sentence", count(claims.len(), "fact", "facts"));
    let groups = [
        Group::with_title(Level::NOTE.with_name(Some("claims")).primary_title(title)),
        Group::with_title(Level::NOTE.no_name().secondary_title(location)).element(snippet),
    ];
    let mut rendered = renderer.render(&groups);
    rendered.push('\n');
    rendered
}

/// A conflict or a possible conflict: its title, its explanation, and one
/// snippet per mention.
fn conflict_block(
    renderer: &Renderer,
    name: &str,
    level: Level<'_>,
    conflict: &Conflict,
    report: &Report,
) -> String {
    let sources = if conflict.within_source {
        String::from("within one source")
    } else {
        count(
            distinct_sources(&conflict.mentions, &report.facts),
            "source",
            "sources",
        )
    };
    let title = format!(
        "{} \"{}\" ({sources})",
        conflict.kind.as_str(),
        explain::flatten(&conflict.subject)
    );
    let head = level
        .with_name(Some(name))
        .primary_title(title)
        .id(conflict.severity.as_str());
    finding(
        renderer,
        head,
        &report.explain_conflict(conflict),
        &conflict.mentions,
        report,
    )
}

/// One finding: its title, its explanation, and one snippet per mention.
fn finding(
    renderer: &Renderer,
    head: annotate_snippets::Title<'_>,
    explanation: &str,
    mentions: &[usize],
    report: &Report,
) -> String {
    let facts: Vec<&Fact> = mentions
        .iter()
        .filter_map(|&i| report.facts.get(i))
        .collect();
    snippets(renderer, head, explanation, facts)
}

/// A title, an explanation, and one snippet per fact.
fn snippets(
    renderer: &Renderer,
    head: annotate_snippets::Title<'_>,
    explanation: &str,
    facts: Vec<&Fact>,
) -> String {
    let mut groups = Vec::with_capacity(facts.len() + 1);
    let mut first = Group::with_title(head);
    if !explanation.is_empty() {
        first = first.element(Level::NOTE.no_name().message(flatten(explanation)));
    }
    groups.push(first);

    // The arrow before each location lines up with the gutter, whose width
    // is that of the largest line number shown.
    let gutter = facts
        .iter()
        .map(|f| digits(f.provenance.line))
        .max()
        .unwrap_or(1);
    for fact in facts {
        let p = &fact.provenance;
        let (excerpt, quote) = excerpt(p);
        let location = format!("{:gutter$}--> {}:{}:{}", "", p.source, p.line, p.column);
        let snippet = Snippet::source(excerpt)
            .line_start(p.line)
            .annotation(AnnotationKind::Primary.span(quote).label(value_label(fact)));
        groups.push(
            Group::with_title(Level::NOTE.no_name().secondary_title(location)).element(snippet),
        );
    }
    let mut rendered = renderer.render(&groups);
    rendered.push('\n');
    rendered
}

/// The sentence of a mention, shortened around the quote and flattened to
/// one line, with the quote's byte range in it.
///
/// When the provenance's spans do not locate the quote inside the sentence,
/// the quote is looked up by its text; failing that, the quote alone is
/// shown.
fn excerpt(p: &Provenance) -> (String, Range<usize>) {
    let sentence = p.sentence.as_str();
    let located = p
        .span
        .start
        .checked_sub(p.sentence_span.start)
        .filter(|&at| sentence.get(at..at + p.text.len()) == Some(p.text.as_str()))
        .or_else(|| {
            (!p.text.is_empty())
                .then(|| sentence.find(&p.text))
                .flatten()
        });
    let Some(at) = located else {
        let quote = flatten(&p.text);
        let len = quote.len();
        return (quote, 0..len);
    };
    let (before, rest) = sentence.split_at(at);
    let (quote, after) = rest.split_at(p.text.len());

    // Share the room left by the quote between the two sides; a side that
    // needs less than half leaves the rest to the other.
    let room = EXCERPT_CHARS.saturating_sub(quote.chars().count());
    let (n_before, n_after) = (before.chars().count(), after.chars().count());
    let (keep_before, keep_after) = if n_before + n_after <= room {
        (n_before, n_after)
    } else {
        let keep_before = n_before.min((room / 2).max(room.saturating_sub(n_after)));
        (keep_before, room - keep_before)
    };

    let mut out = String::new();
    if let Some(kept) = tail(before, keep_before) {
        out.push('…');
        out.push_str(&flatten(kept));
    } else {
        out.push_str(&flatten(before));
    }
    let start = out.len();
    out.push_str(&flatten(quote));
    let end = out.len();
    if let Some(kept) = head(after, keep_after) {
        out.push_str(&flatten(kept));
        out.push('…');
    } else {
        out.push_str(&flatten(after));
    }
    (out, start..end)
}

/// The last `n` characters of `text` or a little fewer, starting at a word,
/// or `None` when `text` is short enough to keep whole.
fn tail(text: &str, n: usize) -> Option<&str> {
    // The character at `cut` is the last one dropped.
    let (cut, dropped) = text.char_indices().rev().nth(n)?;
    let kept = &text[cut + dropped.len_utf8()..];
    if dropped.is_whitespace() {
        return Some(kept.trim_start());
    }
    // Start at the next word rather than inside one, unless that would drop
    // everything.
    match kept.find(char::is_whitespace) {
        Some(space) if !kept[space..].trim_start().is_empty() => Some(kept[space..].trim_start()),
        _ => Some(kept),
    }
}

/// The first `n` characters of `text` or a little fewer, ending after a
/// word, or `None` when `text` is short enough to keep whole.
fn head(text: &str, n: usize) -> Option<&str> {
    let (cut, first_dropped) = text.char_indices().nth(n)?;
    let kept = &text[..cut];
    if first_dropped.is_whitespace() {
        return Some(kept.trim_end());
    }
    match kept.rfind(char::is_whitespace) {
        Some(space) if !kept[..space].trim_end().is_empty() => Some(kept[..space].trim_end()),
        _ => Some(kept),
    }
}

/// How many distinct sources the facts at `mentions` come from.
fn distinct_sources(mentions: &[usize], facts: &[Fact]) -> usize {
    source_ids(mentions, facts).len()
}

/// The distinct ids of the sources the facts at `mentions` come from, in
/// order of first mention.
fn source_ids<'r>(mentions: &[usize], facts: &'r [Fact]) -> Vec<&'r str> {
    let mut ids: Vec<&str> = Vec::new();
    for fact in mentions.iter().filter_map(|&i| facts.get(i)) {
        if !ids.contains(&fact.provenance.source.as_str()) {
            ids.push(&fact.provenance.source);
        }
    }
    ids
}

fn digits(mut n: usize) -> usize {
    let mut d = 1;
    while n >= 10 {
        n /= 10;
        d += 1;
    }
    d
}
