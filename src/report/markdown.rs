//! The Markdown report, for pull requests and wikis.
//!
//! A warning right under the title when a source was not read whole, a
//! summary line, then one section per kind of finding: conflicts,
//! possible conflicts (headed "In doubt": they are not counted as
//! conflicts), updates and corroborations. Each section has a table, whose
//! rows name what a finding measures ("people killed", "turnout") and,
//! for a conflict, its sides (each value with the sources that state it,
//! named by outlet), and below it the quotes of each finding with their
//! source, line, column, normalized value and sentence. A quote stated
//! more than once in one source with one value is listed once, with how
//! often; a finding lists at most
//! [`MENTIONS_SHOWN`](crate::report::MENTIONS_SHOWN) quotes, then how many
//! more ([`render_with`] and [`Options::all_mentions`] list them all).
//! Last comes a table of the sources.
//!
//! The text is written for GitHub-flavoured Markdown: source text is
//! escaped so that it shows as written (`*`, `_`, `$`, `<`, `|` and the
//! like have no effect), quotes are set in code spans whose fences outgrow
//! any backticks inside them, `|` is escaped inside table cells, and the
//! lines of a cell are broken with `<br>`.

use std::fmt::Write as _;

use crate::compare::Conflict;
use crate::compare::claims::Verdict;
use crate::fact::Fact;
use crate::report::explain::{self, count, flatten, iso_date, value_label};
use crate::report::{ClaimReport, Names, Report, select};

pub use crate::report::Options;

/// The most sides of one conflict listed in its row, unless every mention
/// is asked for.
const SIDES_SHOWN: usize = 10;

/// Renders the report as Markdown, with the default [`Options`].
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
    render_with(report, &Options::default())
}

/// Renders the report as Markdown, as `options` ask.
///
/// # Example
///
/// ```
/// use crosscheck::{Checker, Source};
/// use crosscheck::report::{markdown, Options};
///
/// let report = Checker::new().check(&[
///     Source::new("gazette", "Police said 15 people were killed in the fire."),
///     Source::new("wire", "The fire killed 12 people, officials said."),
/// ]);
/// let out = markdown::render_with(&report, &Options::default());
/// assert!(out.contains("| C1 | people killed | count | 12 people: \"12 people\" in wire<br>15 people: \"15 people\" in gazette |"), "{out}");
/// ```
pub fn render_with(report: &Report, options: &Options) -> String {
    let names = Names::new(&report.sources);
    let md = Md {
        report,
        names: &names,
        options,
    };
    let mut out = String::from("# Crosscheck report\n\n");
    if let Some(warning) = explain::truncation_summary(&report.truncations, |id| names.name(id)) {
        let _ = writeln!(out, "> **Warning:** {}\n", text(&warning));
    }
    let _ = write!(
        out,
        "{} checked, {} found: **{}**, {}, {}",
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
    if !report.possible_conflicts.is_empty() {
        let _ = write!(
            out,
            ", {} {}",
            report.possible_conflicts.len(),
            explain::IN_DOUBT
        );
    }
    out.push_str(".\n");

    out.push_str("\n## Conflicts\n\n");
    if report.conflicts.is_empty() {
        out.push_str("No conflicts found.\n");
    } else {
        md.conflicts(&mut out, "C", &report.conflicts);
    }

    // Sections that only appear when there is something to say, so
    // reports without them read as before.
    if !report.possible_conflicts.is_empty() {
        out.push_str("\n## In doubt\n\n");
        let _ = writeln!(
            out,
            "{}. Each row says why.\n",
            text(&capitalized(&explain::in_doubt_intro(
                report.possible_conflicts.len()
            )))
        );
        md.conflicts(&mut out, "D", &report.possible_conflicts);
    }

    out.push_str("\n## Updates\n\n");
    if report.updates.is_empty() {
        out.push_str("No updates found.\n");
    } else {
        out.push_str("| # | What | Kind | Values | Explanation |\n");
        out.push_str("|---|---|---|---|---|\n");
        let mut what = Vec::new();
        for (n, u) in report.updates.iter().enumerate() {
            let facts = facts_of(&u.mentions, &report.facts);
            let label = explain::what(u.kind, &u.subject, &[], &facts);
            let _ = writeln!(
                out,
                "| U{} | {} | {} | {} | {} |",
                n + 1,
                cell(&label),
                u.kind.as_str(),
                md.values(&u.mentions),
                cell(&report.explain_update(u)),
            );
            what.push(label);
        }
        for (n, (u, label)) in report.updates.iter().zip(&what).enumerate() {
            md.quotes(&mut out, &format!("U{}: {label}", n + 1), &u.mentions, &[]);
        }
    }

    out.push_str("\n## Corroborations\n\n");
    if report.corroborations.is_empty() {
        out.push_str("No corroborations found.\n");
    } else {
        out.push_str("| # | What | Kind | Values | Sources |\n");
        out.push_str("|---|---|---|---|---|\n");
        let mut what = Vec::new();
        for (n, c) in report.corroborations.iter().enumerate() {
            let facts = facts_of(&c.mentions, &report.facts);
            let label = explain::what(c.kind, &c.subject, &c.matched, &facts);
            let _ = writeln!(
                out,
                "| A{} | {} | {} | {} | {} |",
                n + 1,
                cell(&label),
                c.kind.as_str(),
                md.values(&c.mentions),
                c.sources,
            );
            what.push(label);
        }
        for (n, (c, label)) in report.corroborations.iter().zip(&what).enumerate() {
            md.quotes(&mut out, &format!("A{}: {label}", n + 1), &c.mentions, &[]);
        }
    }

    if !report.notes.is_empty() {
        out.push_str("\n## Not compared\n\n");
        out.push_str("| What | Kind | Values | Why |\n|---|---|---|---|\n");
        for n in &report.notes {
            let facts = facts_of(&n.mentions, &report.facts);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&explain::what(n.kind, &n.subject, &[], &facts)),
                n.kind.as_str(),
                md.values(&n.mentions),
                cell(&report.explain_note(n)),
            );
        }
    }
    if !report.truncations.is_empty() {
        out.push_str("\n## Not read whole\n\n");
        for t in &report.truncations {
            let _ = writeln!(out, "- {}", text(&explain::truncation(t)));
        }
    }

    out.push_str("\n## Sources\n\n");
    if report.sources.is_empty() {
        out.push_str("No sources.\n");
    } else {
        out.push_str("| Id | Outlet | Title | Published | URL | Path |\n");
        out.push_str("|---|---|---|---|---|---|\n");
        for s in &report.sources {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                cell(&s.id),
                s.meta.outlet.as_deref().map_or(String::new(), cell),
                s.meta.title.as_deref().map_or(String::new(), cell),
                s.meta
                    .published
                    .map_or(String::new(), |d| iso_date(d).to_string()),
                s.meta
                    .url
                    .as_deref()
                    .map_or(String::new(), |u| code(u, true)),
                s.path.as_deref().map_or(String::new(), |p| code(p, true)),
            );
        }
    }
    out
}

/// What every table and list of one report is rendered with.
struct Md<'a> {
    report: &'a Report,
    names: &'a Names<'a>,
    options: &'a Options,
}

impl Md<'_> {
    /// A table of conflicts (or possible conflicts, whose doubt has a
    /// column of its own), numbered with `prefix`, then each one's quotes.
    fn conflicts(&self, out: &mut String, prefix: &str, conflicts: &[Conflict]) {
        let report = self.report;
        let doubted = conflicts.iter().any(|c| c.doubt.is_some());
        if doubted {
            out.push_str("| # | What | Kind | Sides | Severity | Why in doubt | Explanation |\n");
            out.push_str("|---|---|---|---|---|---|---|\n");
        } else {
            out.push_str("| # | What | Kind | Sides | Severity | Explanation |\n");
            out.push_str("|---|---|---|---|---|---|\n");
        }
        let all = self.options.all_mentions;
        let mut what = Vec::with_capacity(conflicts.len());
        for (n, c) in conflicts.iter().enumerate() {
            let facts = facts_of(&c.mentions, &report.facts);
            let label = explain::what(c.kind, &c.subject, &c.matched, &facts);
            let shown = if all { c.sides.len() } else { SIDES_SHOWN };
            let mut sides: Vec<String> = c
                .sides
                .iter()
                .take(shown)
                .map(|side| {
                    let facts = side.mentions.iter().filter_map(|&i| report.facts.get(i));
                    cell(&explain::side(facts, |id| self.names.name(id), all))
                })
                .collect();
            if c.sides.len() > shown {
                sides.push(cell(&explain::more_sides(c.sides.len() - shown)));
            }
            let mut explanation = cell(&explain::conflict_values(c, &report.facts));
            if c.within_source {
                explanation.push_str(" (within one source)");
            }
            let doubt = if doubted {
                format!(" {} |", explain::doubt_of(c).map_or(String::new(), cell))
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "| {prefix}{} | {} | {} | {} | {} |{doubt} {} |",
                n + 1,
                cell(&label),
                c.kind.as_str(),
                if sides.is_empty() {
                    String::from("(none)")
                } else {
                    sides.join("<br>")
                },
                c.severity.as_str(),
                explanation,
            );
            what.push(label);
        }
        for (n, (c, label)) in conflicts.iter().zip(&what).enumerate() {
            let firsts: Vec<usize> = c
                .sides
                .iter()
                .filter_map(|s| s.mentions.first().copied())
                .collect();
            self.quotes(
                out,
                &format!("{prefix}{}: {label}", n + 1),
                &c.mentions,
                &firsts,
            );
        }
    }

    /// The Values cell of a finding: each quote shown with its source.
    fn values(&self, mentions: &[usize]) -> String {
        let selection = select(&self.report.facts, mentions, &[], self.options);
        let mut cells = Vec::new();
        for shown in &selection.shown {
            let Some(fact) = self.report.facts.get(shown.fact) else {
                continue;
            };
            let p = &fact.provenance;
            cells.push(format!(
                "{} in {}",
                code(&p.text, true),
                cell(&self.names.name(&p.source))
            ));
        }
        if selection.more > 0 {
            cells.push(cell(&explain::more_mentions(selection.more)));
        }
        if cells.is_empty() {
            String::from("(none)")
        } else {
            cells.join(", ")
        }
    }

    /// The quotes of one finding, as a list under a bold heading.
    fn quotes(&self, out: &mut String, heading: &str, mentions: &[usize], first: &[usize]) {
        let _ = writeln!(out, "\n**{}**\n", text(heading));
        let selection = select(&self.report.facts, mentions, first, self.options);
        let mut any = false;
        for shown in &selection.shown {
            let Some(fact) = self.report.facts.get(shown.fact) else {
                continue;
            };
            let p = &fact.provenance;
            let mut value = value_label(fact);
            if shown.lines.len() > 1 {
                value = format!("{value}, {}", explain::repeated(&shown.lines));
            }
            let _ = writeln!(
                out,
                "- {} in **{}**, line {}, column {}: {}\n  > {}",
                code(&p.text, false),
                text(&self.names.name(&p.source)),
                p.line,
                p.column,
                text(&value),
                block_text(p.sentence.trim()),
            );
            any = true;
        }
        if selection.more > 0 {
            let _ = writeln!(out, "- {}", text(&explain::more_mentions(selection.more)));
        }
        if !any {
            out.push_str("- (no quotes)\n");
        }
    }
}

/// The facts at `mentions`, leaving out indices that point nowhere.
fn facts_of<'r>(mentions: &[usize], facts: &'r [Fact]) -> Vec<&'r Fact> {
    mentions.iter().filter_map(|&i| facts.get(i)).collect()
}

/// `line` with its first letter in upper case, to open a sentence.
fn capitalized(line: &str) -> String {
    let mut chars = line.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
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
    render_claims_with(checked, &Options::default())
}

/// Renders a [`ClaimReport`] as [`render_claims`] does, as `options` ask:
/// they apply to the sources' findings and to each claim's evidence.
pub fn render_claims_with(checked: &ClaimReport, options: &Options) -> String {
    let mut out = render_with(&checked.report, options);
    let facts = &checked.report.facts;
    let names = Names::new(&checked.report.sources);
    let md = Md {
        report: &checked.report,
        names: &names,
        options,
    };
    out.push_str("\n## Claims\n\n");
    let target = &checked.target;
    let _ = write!(
        out,
        "{} in **{}**",
        count(checked.claims.len(), "claim", "claims"),
        text(&explain::source_name(target))
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
            md.values(&c.evidence),
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
            let selection = select(facts, &c.evidence, &[], options);
            for shown in &selection.shown {
                let Some(fact) = facts.get(shown.fact) else {
                    continue;
                };
                let q = &fact.provenance;
                let mut value = value_label(fact);
                if shown.lines.len() > 1 {
                    value = format!("{value}, {}", explain::repeated(&shown.lines));
                }
                let _ = writeln!(
                    out,
                    "  - {} in **{}**, line {}, column {}: {}\n    > {}",
                    code(&q.text, false),
                    text(&names.name(&q.source)),
                    q.line,
                    q.column,
                    text(&value),
                    block_text(q.sentence.trim()),
                );
            }
            if selection.more > 0 {
                let _ = writeln!(out, "  - {}", text(&explain::more_mentions(selection.more)));
            }
        }
        rest = after;
    }
    out
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
