//! The text report: findings with annotated source snippets.
//!
//! The report opens with one line of counts (after a warning line when a
//! source was not read whole), then shows each conflict, each possible
//! conflict (in a part of their own, headed "in doubt": they are not
//! counted as conflicts), each update and each corroboration in the order
//! the checker found them. A finding is titled with what it measures
//! ("people killed", "turnout", "a length of time"); a conflict lists its
//! sides, one line per value with the sources that state it, named by
//! outlet. Then each mention is quoted in its sentence, with the source
//! id, line and column above it and the quote underlined and labelled with
//! its normalized value, the way a compiler points at code:
//!
//! ```text
//! conflict[medium]: people killed (2 sources)
//!   |
//!   = 12 people: "12 people" in Northern Wire (wire)
//!   = 15 people: "15 people" in Brenton Gazette (gazette)
//!   = "12 people" (wire) and "15 people" (gazette) differ by 20%
//!  --> gazette:3:13
//!   |
//! 3 | Police said 15 people were killed in the fire.
//!   |             ^^^^^^^^^ 15 people (exact)
//! ```
//!
//! A quote stated more than once in one source with one value (a headline
//! repeated in the text) is one snippet, labelled with how often and on
//! which lines. A finding shows at most
//! [`MENTIONS_SHOWN`](crate::report::MENTIONS_SHOWN) snippets, then
//! how many more mentions it has; [`render_with`] and
//! [`Options::all_mentions`] show them all.
//!
//! Sentences longer than 100 characters are shortened around the quote,
//! marked with `…`; line breaks and control characters inside a sentence
//! are shown as spaces. The output has no colour and depends only on the
//! report, so it can be kept in snapshot tests. It ends with the list of
//! sources: id, outlet, headline, date, address and path.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::compare::Conflict;
use crate::compare::claims::{Claim, Verdict};
use crate::fact::{Fact, Provenance};
use crate::report::explain::{self, count, flatten, iso_date, value_label};
use crate::report::{ClaimReport, Names, Report, select};

pub use crate::report::Options;

/// The longest excerpt shown, in characters: longer sentences are cut
/// around the quote, the room left shared between the two sides.
const EXCERPT_CHARS: usize = 100;

/// The most sides of one conflict listed, unless every mention is asked
/// for.
const SIDES_SHOWN: usize = 10;

/// Renders the report as text for a terminal, with the default
/// [`Options`].
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
    render_with(report, &Options::default())
}

/// Renders the report as text for a terminal, as `options` ask.
///
/// # Example
///
/// ```
/// use crosscheck::{Checker, Source};
/// use crosscheck::report::{Options, text};
///
/// // A headline a page repeats is one snippet.
/// let page = "Fire: 15 people killed\n\nPolice said 15 people were killed.\n\n\
///             Fire: 15 people killed\n";
/// let report = Checker::new().check(&[
///     Source::new("gazette", page),
///     Source::new("wire", "The fire killed 15 people."),
/// ]);
/// let out = text::render_with(&report, &Options::default().with_all_mentions(true));
/// assert!(out.contains("15 people (exact), stated 3 times (lines 1, 3 and 5)"), "{out}");
/// ```
pub fn render_with(report: &Report, options: &Options) -> String {
    let names = Names::new(&report.sources);
    let mut out = String::new();
    if let Some(warning) = explain::truncation_summary(&report.truncations, |id| names.name(id)) {
        let _ = writeln!(out, "warning: {warning}");
    }
    let _ = write!(
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
    if !report.possible_conflicts.is_empty() {
        let _ = write!(
            out,
            ", {} {}",
            report.possible_conflicts.len(),
            explain::IN_DOUBT
        );
    }
    out.push('\n');

    let renderer = Renderer::plain();
    let render = Render {
        renderer: &renderer,
        report,
        names: &names,
        options,
    };
    for conflict in &report.conflicts {
        out.push('\n');
        out.push_str(&render.conflict("conflict", Level::ERROR, conflict));
    }
    if !report.possible_conflicts.is_empty() {
        let _ = writeln!(
            out,
            "\n{}: {}",
            explain::IN_DOUBT,
            explain::in_doubt_intro(report.possible_conflicts.len())
        );
        for conflict in &report.possible_conflicts {
            out.push('\n');
            out.push_str(&render.conflict(explain::IN_DOUBT, Level::WARNING, conflict));
        }
    }
    for update in &report.updates {
        let title = explain::what(
            update.kind,
            &update.subject,
            &[],
            &facts_of(&update.mentions, &report.facts),
        );
        let head = Level::WARNING
            .with_name(Some("update"))
            .primary_title(title);
        out.push('\n');
        out.push_str(&render.finding(
            head,
            &[report.explain_update(update)],
            &update.mentions,
            &[],
        ));
    }
    for found in &report.corroborations {
        let facts = facts_of(&found.mentions, &report.facts);
        let title = format!(
            "{} ({})",
            explain::what(found.kind, &found.subject, &found.matched, &facts),
            count(found.sources, "source", "sources")
        );
        let head = Level::INFO
            .with_name(Some("corroborated"))
            .primary_title(title);
        let agreeing: Vec<String> = source_ids(&found.mentions, &report.facts)
            .into_iter()
            .map(|id| names.name(id))
            .collect();
        let agreeing = explain::stated_alike(&agreeing, options.all_mentions);
        out.push('\n');
        out.push_str(&render.finding(head, &[agreeing], &found.mentions, &[]));
    }

    for note in &report.notes {
        let facts = facts_of(&note.mentions, &report.facts);
        let _ = writeln!(
            out,
            "\nnot compared: {}: {}",
            explain::what(note.kind, &note.subject, &[], &facts),
            flatten(&report.explain_note(note))
        );
    }
    for t in &report.truncations {
        let _ = writeln!(out, "\nnot read whole: {}", explain::truncation(t));
    }

    if !report.sources.is_empty() {
        out.push_str("\nsources:\n");
        for source in &report.sources {
            let meta = &source.meta;
            let mut about: Vec<String> = Vec::new();
            if let Some(outlet) = meta.outlet.as_deref().filter(|o| !o.trim().is_empty()) {
                about.push(flatten(outlet));
            }
            if let Some(title) = &meta.title {
                about.push(format!("\"{}\"", flatten(title)));
            }
            if let Some(date) = meta.published {
                about.push(format!("published {}", iso_date(date)));
            }
            if let Some(url) = meta.url.as_deref().filter(|u| !u.trim().is_empty()) {
                about.push(flatten(url));
            }
            let _ = write!(out, "  {}", flatten(&source.id));
            if !about.is_empty() {
                let _ = write!(out, ": {}", about.join(", "));
            }
            if let Some(path) = &source.path {
                let _ = write!(out, " ({})", flatten(path));
            }
            out.push('\n');
        }
    }
    out
}

/// What every finding of one report is rendered with.
struct Render<'a> {
    renderer: &'a Renderer,
    report: &'a Report,
    names: &'a Names<'a>,
    options: &'a Options,
}

impl Render<'_> {
    /// A conflict or a possible conflict: its title; for a possible
    /// conflict, why it is in doubt; one line per side; how far apart the
    /// sides are; then its snippets.
    fn conflict(&self, name: &str, level: Level<'_>, conflict: &Conflict) -> String {
        let report = self.report;
        let sources = if conflict.within_source {
            String::from("within one source")
        } else {
            count(
                distinct_sources(&conflict.mentions, &report.facts),
                "source",
                "sources",
            )
        };
        let facts = facts_of(&conflict.mentions, &report.facts);
        let title = format!(
            "{} ({sources})",
            explain::what(conflict.kind, &conflict.subject, &conflict.matched, &facts)
        );
        let head = level
            .with_name(Some(name))
            .primary_title(title)
            .id(conflict.severity.as_str());
        let mut lines = Vec::new();
        if let Some(reason) = explain::in_doubt_reason_of(conflict) {
            lines.push(reason);
        }
        let all = self.options.all_mentions;
        let shown_sides = if all {
            conflict.sides.len()
        } else {
            SIDES_SHOWN
        };
        for side in conflict.sides.iter().take(shown_sides) {
            let facts = side.mentions.iter().filter_map(|&i| report.facts.get(i));
            lines.push(explain::side(facts, |id| self.names.name(id), all));
        }
        if conflict.sides.len() > shown_sides {
            lines.push(explain::more_sides(conflict.sides.len() - shown_sides));
        }
        lines.push(explain::conflict_values(conflict, &report.facts));
        let firsts: Vec<usize> = conflict
            .sides
            .iter()
            .filter_map(|s| s.mentions.first().copied())
            .collect();
        self.finding(head, &lines, &conflict.mentions, &firsts)
    }

    /// One finding: its title, its lines of explanation, and its snippets
    /// (those of `first` first when not all are shown), then how many
    /// mentions are not shown.
    fn finding(
        &self,
        head: annotate_snippets::Title<'_>,
        lines: &[String],
        mentions: &[usize],
        first: &[usize],
    ) -> String {
        let selection = select(&self.report.facts, mentions, first, self.options);
        let shown = selection
            .shown
            .iter()
            .filter_map(|s| {
                let fact = self.report.facts.get(s.fact)?;
                let mut label = value_label(fact);
                if s.lines.len() > 1 {
                    label = format!("{label}, {}", explain::repeated(&s.lines));
                }
                Some((fact, label))
            })
            .collect();
        let mut out = snippets(self.renderer, head, lines, shown);
        if selection.more > 0 {
            let _ = writeln!(out, "  … {}", explain::more_mentions(selection.more));
        }
        out
    }
}

/// The facts at `mentions`, leaving out indices that point nowhere.
fn facts_of<'r>(mentions: &[usize], facts: &'r [Fact]) -> Vec<&'r Fact> {
    mentions.iter().filter_map(|&i| facts.get(i)).collect()
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
/// contradicted: "£19.4m" (cost)
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
    render_claims_with(checked, &Options::default())
}

/// Renders a [`ClaimReport`] as [`render_claims`] does, as `options` ask:
/// they apply to the sources' findings and to each claim's evidence.
pub fn render_claims_with(checked: &ClaimReport, options: &Options) -> String {
    let mut out = render_with(&checked.report, options);
    let target = &checked.target;
    let _ = write!(out, "\nclaims in {}", explain::source_name(target));
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
    let names = Names::new(&checked.report.sources);
    let render = Render {
        renderer: &renderer,
        report: &checked.report,
        names: &names,
        options,
    };
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
                explain::what(fact.kind, &claim.subject, &[], &[fact])
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
            out.push('\n');
            out.push_str(&render.finding(head, &[checked.explain(claim)], &claim.evidence, &[]));
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

/// A title, lines of explanation, and one snippet per fact, each
/// labelled.
fn snippets(
    renderer: &Renderer,
    head: annotate_snippets::Title<'_>,
    lines: &[String],
    facts: Vec<(&Fact, String)>,
) -> String {
    let mut groups = Vec::with_capacity(facts.len() + 1);
    let mut first = Group::with_title(head);
    for line in lines.iter().filter(|l| !l.is_empty()) {
        first = first.element(Level::NOTE.no_name().message(flatten(line)));
    }
    groups.push(first);

    // The arrow before each location lines up with the gutter, whose width
    // is that of the largest line number shown.
    let gutter = facts
        .iter()
        .map(|(f, _)| digits(f.provenance.line))
        .max()
        .unwrap_or(1);
    for (fact, label) in facts {
        let p = &fact.provenance;
        let (excerpt, quote) = excerpt(p);
        let location = format!("{:gutter$}--> {}:{}:{}", "", p.source, p.line, p.column);
        let snippet = Snippet::source(excerpt)
            .line_start(p.line)
            .annotation(AnnotationKind::Primary.span(quote).label(label));
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
                .then(|| sentence.find(p.text.as_str()))
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
    // Those seen are remembered in a set: a finding of thousands of
    // sources would be searched through for each of its mentions.
    let mut seen: HashSet<&str> = HashSet::new();
    let mut ids: Vec<&str> = Vec::new();
    for fact in mentions.iter().filter_map(|&i| facts.get(i)) {
        if seen.insert(fact.provenance.source.as_str()) {
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
