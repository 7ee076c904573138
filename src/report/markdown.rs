//! The Markdown report, for pull requests and wikis.
//!
//! A summary line, then one section per kind of finding (conflicts, updates,
//! corroborations), each with a table and, below it, every quote with its
//! source, line, column, normalized value and sentence; then a table of the
//! sources. The text is written for GitHub-flavoured Markdown: source text
//! is escaped so that it shows as written (`*`, `_`, `$`, `<`, `|` and the
//! like have no effect), quotes are set in code spans whose fences outgrow
//! any backticks inside them, and `|` is escaped inside table cells.

use std::fmt::Write as _;

use crate::compare::Conflict;
use crate::compare::claims::Verdict;
use crate::fact::Fact;
use crate::report::explain::{count, flatten, iso_date, limit_name, topic, value_label};
use crate::report::{ClaimReport, Report};

/// Renders the report as Markdown.
///
/// # Example
///
/// ```
/// use crosscheck::Report;
/// use crosscheck::report::markdown;
///
/// let out = markdown::render(&Report::default());
/// assert!(out.starts_with("# Crosscheck report\n"));
/// ```
pub fn render(report: &Report) -> String {
    let mut out = String::from("# Crosscheck report\n\n");
    let _ = writeln!(
        out,
        "{} checked, {} found: **{}**, {}, {}.",
        count(report.sources.len(), "source", "sources"),
        count(report.facts.len(), "fact", "facts"),
        count(report.conflicts.len(), "conflict", "conflicts"),
        count(report.updates.len(), "update", "updates"),
        count(
            report.corroborations.len(),
            "corroboration",
            "corroborations"
        ),
    );

    out.push_str("\n## Conflicts\n\n");
    if report.conflicts.is_empty() {
        out.push_str("No conflicts found.\n");
    } else {
        out.push_str("| # | Kind | Subject | Values | Severity | Explanation |\n");
        out.push_str("|---|---|---|---|---|---|\n");
        conflict_table(&mut out, "C", &report.conflicts, report);
    }

    out.push_str("\n## Updates\n\n");
    if report.updates.is_empty() {
        out.push_str("No updates found.\n");
    } else {
        out.push_str("| # | Kind | Subject | Values | Explanation |\n");
        out.push_str("|---|---|---|---|---|\n");
        for (n, u) in report.updates.iter().enumerate() {
            let _ = writeln!(
                out,
                "| U{} | {} | {} | {} | {} |",
                n + 1,
                u.kind.as_str(),
                cell(&u.subject),
                values(&u.mentions, &report.facts),
                cell(&report.explain_update(u)),
            );
        }
        for (n, u) in report.updates.iter().enumerate() {
            let heading = format!("U{}: {}", n + 1, topic(u.kind, &u.subject));
            quotes(&mut out, &heading, &u.mentions, &report.facts);
        }
    }

    out.push_str("\n## Corroborations\n\n");
    if report.corroborations.is_empty() {
        out.push_str("No corroborations found.\n");
    } else {
        out.push_str("| # | Kind | Subject | Values | Sources |\n");
        out.push_str("|---|---|---|---|---|\n");
        for (n, c) in report.corroborations.iter().enumerate() {
            let _ = writeln!(
                out,
                "| A{} | {} | {} | {} | {} |",
                n + 1,
                c.kind.as_str(),
                cell(&c.subject),
                values(&c.mentions, &report.facts),
                c.sources,
            );
        }
        for (n, c) in report.corroborations.iter().enumerate() {
            let heading = format!("A{}: {}", n + 1, topic(c.kind, &c.subject));
            quotes(&mut out, &heading, &c.mentions, &report.facts);
        }
    }

    // Sections that only appear when there is something to say, so
    // reports without notes or truncations read as before.
    if !report.possible_conflicts.is_empty() {
        out.push_str("\n## Possible conflicts\n\n");
        out.push_str(
            "Values that disagree where the figures may not measure the same thing; each row says why.\n\n",
        );
        conflict_table(&mut out, "P", &report.possible_conflicts, report);
    }
    if !report.notes.is_empty() {
        out.push_str("\n## Not compared\n\n");
        out.push_str("| Kind | Subject | Values | Why |\n|---|---|---|---|\n");
        for n in &report.notes {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                n.kind.as_str(),
                cell(&n.subject),
                values(&n.mentions, &report.facts),
                cell(&report.explain_note(n)),
            );
        }
    }
    if !report.truncations.is_empty() {
        out.push_str("\n## Not read whole\n\n");
        for t in &report.truncations {
            let _ = writeln!(
                out,
                "- {}: past the limit of {} ({}); nothing from byte {} on is reported",
                cell(&t.source),
                t.max,
                limit_name(t.limit),
                t.from
            );
        }
    }

    out.push_str("\n## Sources\n\n");
    if report.sources.is_empty() {
        out.push_str("No sources.\n");
    } else {
        out.push_str("| Id | Title | Published | Path |\n");
        out.push_str("|---|---|---|---|\n");
        for s in &report.sources {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&s.id),
                s.meta.title.as_deref().map_or(String::new(), cell),
                s.meta.published.map_or(String::new(), iso_date),
                s.path.as_deref().map_or(String::new(), |p| code(p, true)),
            );
        }
    }
    out
}

/// Renders a [`ClaimReport`]: the sources' report as [`render`] writes it,
/// then a `## Claims` section: a line of counts by verdict, a table with one
/// row per fact of the target (its quote, kind, verdict, evidence and
/// explanation), and, for each sentence of the target, the sentence with
/// the verdict of each of its facts and the evidence quoted below it.
///
/// # Example
///
/// ```
/// use crosscheck::{Checker, Source};
/// use crosscheck::report::markdown;
///
/// let checked = Checker::new().check_claims(
///     &Source::new("summary", "The order names eight apps."),
///     &[Source::new("wire", "The order bans eight Chinese apps.")],
/// );
/// let out = markdown::render_claims(&checked);
/// assert!(out.contains("\n## Claims\n"));
/// assert!(out.contains("| `eight apps` | count | supported |"));
/// ```
pub fn render_claims(checked: &ClaimReport) -> String {
    let mut out = render(&checked.report);
    let facts = &checked.report.facts;
    out.push_str("\n## Claims\n\n");
    let target = &checked.target;
    let _ = write!(
        out,
        "{} in **{}**",
        count(checked.claims.len(), "claim", "claims"),
        text(&target.id)
    );
    if let Some(path) = &target.path {
        let _ = write!(out, " ({})", code(path, false));
    }
    let _ = writeln!(
        out,
        ": {}.",
        Verdict::ALL
            .iter()
            .map(|v| {
                let n = format!("{} {}", checked.count(*v), v.as_str());
                if *v == Verdict::Supported || checked.count(*v) == 0 {
                    n
                } else {
                    format!("**{n}**")
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    );
    if checked.claims.is_empty() {
        out.push_str("\nNo facts found in the target.\n");
        return out;
    }
    out.push_str("\n| # | Claim | Kind | Verdict | Evidence | Explanation |\n");
    out.push_str("|---|---|---|---|---|---|\n");
    for (n, c) in checked.claims.iter().enumerate() {
        let _ = writeln!(
            out,
            "| T{} | {} | {} | {} | {} | {} |",
            n + 1,
            code(&c.fact.provenance.text, true),
            c.fact.kind.as_str(),
            c.verdict.as_str(),
            values(&c.evidence, facts),
            cell(&checked.explain(c)),
        );
    }
    let mut n = 0;
    let mut rest = checked.claims.as_slice();
    while let Some(first) = rest.first() {
        let sentence = first.fact.provenance.sentence_span;
        let here = rest
            .iter()
            .take_while(|c| c.fact.provenance.sentence_span == sentence)
            .count();
        let (group, after) = rest.split_at(here);
        let p = &first.fact.provenance;
        let _ = writeln!(
            out,
            "\n**{}, line {}**\n\n> {}\n",
            text(&p.source),
            p.line,
            block_text(p.sentence.trim())
        );
        for c in group {
            n += 1;
            let _ = writeln!(
                out,
                "- T{n} {} is **{}**: {}",
                code(&c.fact.provenance.text, false),
                c.verdict.as_str(),
                text(&checked.explain(c))
            );
            for fact in c.evidence.iter().filter_map(|&i| facts.get(i)) {
                let q = &fact.provenance;
                let _ = writeln!(
                    out,
                    "  - {} in **{}**, line {}, column {}: {}\n    > {}",
                    code(&q.text, false),
                    text(&q.source),
                    q.line,
                    q.column,
                    text(&value_label(fact)),
                    block_text(q.sentence.trim()),
                );
            }
        }
        rest = after;
    }
    out
}

/// A table of conflicts, numbered with `prefix`, then each one's quotes.
fn conflict_table(out: &mut String, prefix: &str, conflicts: &[Conflict], report: &Report) {
    out.push_str("| # | Kind | Subject | Values | Severity | Explanation |\n");
    out.push_str("|---|---|---|---|---|---|\n");
    for (n, c) in conflicts.iter().enumerate() {
        let mut explanation = cell(&report.explain_conflict(c));
        if c.within_source {
            explanation.push_str(" (within one source)");
        }
        let _ = writeln!(
            out,
            "| {prefix}{} | {} | {} | {} | {} | {} |",
            n + 1,
            c.kind.as_str(),
            cell(&c.subject),
            values(&c.mentions, &report.facts),
            c.severity.as_str(),
            explanation,
        );
    }
    for (n, c) in conflicts.iter().enumerate() {
        let heading = format!("{prefix}{}: {}", n + 1, topic(c.kind, &c.subject));
        quotes(out, &heading, &c.mentions, &report.facts);
    }
}

/// The Values cell of a finding: each quote with its source id.
fn values(mentions: &[usize], facts: &[Fact]) -> String {
    let mut cells = Vec::new();
    for fact in mentions.iter().filter_map(|&i| facts.get(i)) {
        let p = &fact.provenance;
        cells.push(format!("{} ({})", code(&p.text, true), cell(&p.source)));
    }
    if cells.is_empty() {
        String::from("(none)")
    } else {
        cells.join(", ")
    }
}

/// The quotes of one finding, as a list under a bold heading.
fn quotes(out: &mut String, heading: &str, mentions: &[usize], facts: &[Fact]) {
    let _ = writeln!(out, "\n**{}**\n", text(heading));
    let mut any = false;
    for fact in mentions.iter().filter_map(|&i| facts.get(i)) {
        let p = &fact.provenance;
        let _ = writeln!(
            out,
            "- {} in **{}**, line {}, column {}: {}\n  > {}",
            code(&p.text, false),
            text(&p.source),
            p.line,
            p.column,
            text(&value_label(fact)),
            block_text(p.sentence.trim()),
        );
        any = true;
    }
    if !any {
        out.push_str("- (no quotes)\n");
    }
}

/// Source text made safe for running Markdown text: on one line, with
/// every character that could start markup escaped with a backslash.
fn text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in flatten(raw).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '$' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Like [`text`], for text that begins a line: a leading `-`, `+` or `=`,
/// or the `.` or `)` after leading digits, would start a list or a heading
/// underline there, so it is escaped too.
fn block_text(raw: &str) -> String {
    let out = text(raw);
    if out.starts_with(['-', '+', '=']) {
        return format!("\\{out}");
    }
    let digits = out.len() - out.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && out[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &out[..digits], &out[digits..]);
    }
    out
}

/// Source text made safe for a table cell. [`text`] already escapes `|`.
fn cell(raw: &str) -> String {
    text(raw)
}

/// A code span showing `raw` literally: the fence is one backtick longer
/// than the longest run of backticks inside, padded with spaces when the
/// content begins or ends with a backtick or a space. In a table cell, `|`
/// is escaped as well (GitHub unescapes it inside code spans in tables).
fn code(raw: &str, in_table: bool) -> String {
    let body = flatten(raw);
    if body.is_empty() {
        return String::from("(empty)");
    }
    let mut longest = 0;
    let mut run = 0;
    for c in body.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = body.starts_with(['`', ' ']) || body.ends_with(['`', ' ']);
    let body = if in_table {
        body.replace('|', "\\|")
    } else {
        body
    };
    if pad {
        format!("{fence} {body} {fence}")
    } else {
        format!("{fence}{body}{fence}")
    }
}
