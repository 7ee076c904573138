//! All the report's prose in one place: the one-line explanations of
//! findings and verdicts, written from their structured reasons, and the
//! way values, counts and labels are spelled. The JSON, text and Markdown
//! renderers take their words from here and from nowhere else.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::align::{Doubt, Slot, Time};
use crate::compare::claims::{Claim, Reason};
use crate::compare::{Conflict, Note, NoteReason, Update};
use crate::fact::Fact;
use crate::limits::{Limit, Truncation};
use crate::quantity::Kind;

mod words;

use words::*;
pub use words::{
    count, day_iso, flatten, group_digits, human, iso_date, limit_name, list, quote, quote_from,
    short_value, source_name, value_label,
};

/// The one-line explanation of a conflict (or a possible conflict): how
/// far apart the values are and what could explain it.
///
/// # Example
///
/// ```
/// use crosscheck::{Checker, Source};
/// use crosscheck::report::explain;
///
/// let report = Checker::new().check(&[
///     Source::new("a", "The $34bn float of Ant Group was halted."),
///     Source::new("b", "Regulators halted Ant's US$35-billion IPO."),
/// ]);
/// let line = explain::conflict(&report.conflicts[0], &report.facts);
/// assert!(line.starts_with("\"$34bn\" (a) and \"US$35-billion\" (b) differ by 2.9%"));
/// ```
pub fn conflict(c: &Conflict, facts: &[Fact]) -> String {
    let mut text = conflict_values(c, facts);
    if let Some(doubt) = doubt_of(c)
        && !text.is_empty()
    {
        text.push_str("; ");
        text.push_str(doubt);
    }
    text
}

/// The explanation of a conflict without the reason for a doubt: how far
/// apart the values are and what could explain it. The text and Markdown
/// reports show a possible conflict's doubt on a line of its own.
pub fn conflict_values(c: &Conflict, facts: &[Fact]) -> String {
    let s = &c.spread;
    let (Some(lo), Some(hi)) = (facts.get(s.lowest), facts.get(s.highest)) else {
        return String::new();
    };
    let where_ = if c.within_source {
        " in one source"
    } else {
        ""
    };
    let both = if c.sides.len() > 2 {
        format!(
            "{} distinct values, from {} to {}{where_},",
            c.sides.len(),
            quote_from(lo),
            quote_from(hi)
        )
    } else {
        format!("{} and {}{where_}", quote_from(lo), quote_from(hi))
    };
    let mut text = if lo.kind == Kind::Date {
        format!("{both} name different days")
    } else {
        match s.gap_percent {
            Some(pct) if c.sides.len() > 2 => format!("{both} {pct}% apart"),
            Some(pct) => format!("{both} differ by {pct}%"),
            None => format!("{both} cannot both be true"),
        }
    };
    if let Some(at) = s.meet_at {
        // Lengths of time are compared in seconds, measures in their
        // base unit: each is written back in the lower value's unit.
        let near = match lo.unit.measure() {
            _ if lo.kind == Kind::Duration => seconds_words(at),
            Some(m) if lo.kind == Kind::Measure => {
                format!("{} {}", human(m.from_base(at).unwrap_or(at)), lo.unit)
            }
            _ => format!("{} {}", human(at), lo.unit),
        };
        text.push_str(&format!(
            "; adjacent at the stated precision, so both could be roundings of a value near {near}"
        ));
    } else if s.outside_bound {
        text.push_str("; one is a bound the other falls outside");
    }
    text
}

/// Why a possible conflict is in doubt, in words.
pub fn doubt_text(doubt: Doubt) -> &'static str {
    match doubt {
        Doubt::RoleUnstated => {
            "one figure does not say whether it counts the killed, the injured or others, so they may count different people"
        }
        Doubt::SubjectUnstated => {
            "one figure's sentence does not say what it measures, so they may be different amounts"
        }
        Doubt::NamesDiffer => "they may count different things: the names nearby differ",
        Doubt::Scope => {
            "one figure names its group more narrowly, so it may count only part of the other's"
        }
        Doubt::LittleInCommon => "they may count different things: nothing else in common nearby",
        Doubt::WeakMatch => {
            "their sentences have little else in common, so they may measure different things"
        }
        Doubt::DaysDiffer => {
            "they are changes told by reports not known to be of one day, and each day's change is its own"
        }
    }
}

/// Why a possible conflict is in doubt, in words: [`doubt_text`] of its
/// doubt, but told of one report when its figures are all that report's
/// own and only weakly matched. `None` for a conflict.
pub fn doubt_of(c: &Conflict) -> Option<&'static str> {
    let doubt = c.doubt?;
    Some(if c.within_source && doubt == Doubt::WeakMatch {
        "one report gives both figures, in different sentences, so they likely measure different things"
    } else {
        doubt_text(doubt)
    })
}

/// The one-line explanation of an update: from what to what, between
/// which dates.
pub fn update(u: &Update, facts: &[Fact], published: impl Fn(&str) -> Option<NaiveDate>) -> String {
    let (Some(from), Some(to)) = (facts.get(u.from), facts.get(u.to)) else {
        return String::new();
    };
    let date =
        |f: &Fact| published(&f.provenance.source).map_or_else(|| "no date".into(), iso_date);
    let verb = match (from.value.as_number(), to.value.as_number()) {
        (Some(a), Some(b)) if b < a => "was revised down to",
        _ => "rose to",
    };
    format!(
        "\"{}\" ({}) {verb} \"{}\" ({}) in a later report",
        from.provenance.text,
        date(from),
        to.provenance.text,
        date(to)
    )
}

/// The one-line explanation of a note: what was not compared, and why.
pub fn note(n: &Note, facts: &[Fact]) -> String {
    match n.reason {
        NoteReason::Units => {
            let shown: Vec<&Fact> = n.mentions.iter().filter_map(|&i| facts.get(i)).collect();
            let quotes: Vec<String> = shown.iter().map(|f| quote(f)).collect();
            let units: Vec<String> = shown.iter().map(|f| f.unit.to_string()).collect();
            format!(
                "{} are in different units ({}); not compared without a conversion rate",
                join_and(&quotes),
                join_and(&units)
            )
        }
    }
}

/// The one-line explanation of a claim's verdict. `facts` are the
/// sources' facts the reason names.
pub fn claim(c: &Claim, facts: &[Fact]) -> String {
    let this = quote(&c.fact);
    match &c.reason {
        Reason::ReportingDate => format!("{this} dates the telling, not the events; not checked"),
        Reason::Agrees { with, by_value } => {
            let how = if *by_value {
                "states the value of"
            } else {
                "agrees with"
            };
            format!("{this} {how} {}", list(facts, with))
        }
        Reason::Disputed {
            sides_with,
            against,
        } => {
            let side = if sides_with.is_empty() {
                String::from("agrees with neither side")
            } else {
                format!("sides with {}", list(facts, sides_with))
            };
            format!(
                "the sources disagree ({} against {}); {this} {side}",
                list(facts, sides_with),
                list(facts, against)
            )
        }
        Reason::Contradicted {
            against,
            looser,
            nearest_gap,
        } => {
            let gap = nearest_gap
                .map(|g| format!(" (the nearest is {g}% away)"))
                .unwrap_or_default();
            let mut text = format!(
                "{this} is not what the sources say: {}{gap}",
                list(facts, against)
            );
            if !looser.is_empty() {
                text.push_str(&format!(
                    "; only the looser {} allows it",
                    list(facts, looser)
                ));
            }
            text
        }
        Reason::OtherUnits { facts: others } => {
            let mut units: Vec<String> = others
                .iter()
                .filter_map(|&i| facts.get(i))
                .map(|f| f.unit.to_string())
                .collect();
            units.sort();
            units.dedup();
            format!(
                "the sources give this only in {} ({}), and {this} is in {}; not compared without a conversion rate",
                units.join(", "),
                list(facts, others),
                c.fact.unit
            )
        }
        Reason::NotStated { subject } if subject.is_empty() => format!(
            "what {this} measures cannot be told, and no source states a value that overlaps it in a context that agrees"
        ),
        Reason::NotStated { subject } => format!(
            "no source states a {} \"{}\" to check {this} against",
            c.fact.kind.as_str(),
            subject
        ),
    }
}

/// What a finding measures, for a reader: "people killed", "ipo",
/// "price per share". With no subject, the kind of figure in plain words:
/// "a share", "a length of time".
pub fn label(kind: Kind, subject: &str, role: Option<&str>, per: Option<&str>) -> String {
    let subject = flatten(subject);
    let subject = subject.trim();
    let role = role.filter(|r| !r.trim().is_empty());
    let per = per.filter(|p| !p.trim().is_empty());
    let mut out = match (kind, subject.is_empty()) {
        (Kind::Count, false) => match role {
            Some(role) => format!("{} {role}", plural(subject)),
            None => plural(subject),
        },
        (Kind::Count, true) => match role {
            Some(role) => format!("number {role}"),
            None => String::from("a number of things"),
        },
        (Kind::Date, false) => format!("date {subject}"),
        (_, false) => subject.to_string(),
        (Kind::Money, true) if per.is_some() => String::from("an amount"),
        (Kind::Money, true) => String::from("an amount of money"),
        (Kind::Duration, true) => String::from("a length of time"),
        (Kind::Percent, true) => String::from("a share"),
        (Kind::Date, true) => String::from("a date"),
        (Kind::Age, true) => String::from("an age"),
        (Kind::Measure, true) => String::from("a measure"),
    };
    if let Some(p) = per {
        out = format!("{out} per {p}");
    }
    out
}

/// What a finding measures, for a reader, from everything the finding
/// knows: its kind and subject, the frame slots its facts share
/// (`matched`: the role, what a rate is per, a change, the modifiers and
/// places that define the group) and its facts, whose shared role, rate
/// and change are used where `matched` does not give them. A subject that
/// is only the facts' unit ("hour", "percent", "USD": judging names a
/// group of unknown subject after its unit) is no subject, except for
/// counts, whose unit is the counted noun.
///
/// # Example
///
/// ```
/// use crosscheck::{Checker, Source};
/// use crosscheck::report::explain;
///
/// let report = Checker::new().check(&[
///     Source::new("a", "Police said 15 people were killed in the fire."),
///     Source::new("b", "The fire killed 12 people, officials said."),
/// ]);
/// let c = &report.conflicts[0];
/// let facts: Vec<_> = c.mentions.iter().map(|&i| &report.facts[i]).collect();
/// assert_eq!(explain::what(c.kind, &c.subject, &c.matched, &facts), "people killed");
/// ```
pub fn what(kind: Kind, subject: &str, matched: &[(Slot, String)], facts: &[&Fact]) -> String {
    let subject = if kind != Kind::Count && facts.iter().any(|f| f.unit.name() == subject) {
        ""
    } else {
        subject
    };
    let slot = |wanted: Slot| {
        matched
            .iter()
            .find(|(slot, _)| *slot == wanted)
            .map(|(_, words)| words.as_str())
    };
    // A slot every fact fills alike.
    fn shared<'f, T: PartialEq + ?Sized>(
        facts: &[&'f Fact],
        get: impl Fn(&'f Fact) -> Option<&'f T>,
    ) -> Option<&'f T> {
        let first = get(facts.first()?)?;
        facts.iter().all(|f| get(f) == Some(first)).then_some(first)
    }
    let role = slot(Slot::Role).or_else(|| {
        facts
            .first()
            .and_then(|f| f.role)
            .filter(|r| facts.iter().all(|f| f.role == Some(*r)))
            .map(|r| r.as_str())
    });
    let per = slot(Slot::Per).or_else(|| shared(facts, |f| f.per.as_deref()));
    let change = slot(Slot::Change).or_else(|| {
        facts
            .first()
            .and_then(|f| f.change)
            .filter(|c| facts.iter().all(|f| f.change == Some(*c)))
            .map(|c| c.as_str())
    });
    let mut out = label(kind, subject, role, per);
    match change {
        Some("up") => out = format!("rise in {out}"),
        Some("down") => out = format!("fall in {out}"),
        _ => {}
    }
    // The words that narrow the group, as the first fact's sentence writes
    // them ("Chinese", not "chinese").
    let sentence = facts.first().map_or("", |f| f.provenance.sentence.as_str());
    let mut narrower: Vec<String> = Vec::new();
    for (slot, words) in matched {
        let words = as_written(words, sentence);
        let shown = match slot {
            Slot::Modifier => words.to_string(),
            Slot::Place => format!("in {words}"),
            _ => continue,
        };
        if !narrower.contains(&shown) {
            narrower.push(shown);
        }
    }
    if !narrower.is_empty() {
        out = format!("{out} ({})", narrower.join(", "));
    }
    flatten(&out)
}

/// `words` as `sentence` writes them, where it holds them as a whole word
/// in another case; else `words` unchanged.
fn as_written<'a>(words: &'a str, sentence: &'a str) -> &'a str {
    if words.is_empty() {
        return words;
    }
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    for (at, _) in sentence.char_indices() {
        let Some(candidate) = sentence.get(at..at + words.len()) else {
            continue;
        };
        if candidate.eq_ignore_ascii_case(words)
            && boundary(sentence[..at].chars().next_back())
            && boundary(sentence[at + words.len()..].chars().next())
        {
            return candidate;
        }
    }
    words
}

/// One side of a conflict on one line: its values, its quotes and the
/// sources that state it, as `9 people: "nine people" in Lagos Daily
/// Courier (lagos-courier)`. `facts` are the side's facts; `name` names a
/// source by its id. Unless `all`, at most three values, three quotes and
/// five sources are listed, then how many more.
pub fn side<'f>(
    facts: impl IntoIterator<Item = &'f Fact>,
    name: impl Fn(&str) -> String,
    all: bool,
) -> String {
    let mut values: Vec<String> = Vec::new();
    let mut quotes: Vec<&str> = Vec::new();
    let mut sources: Vec<&str> = Vec::new();
    let mut seen_values = std::collections::BTreeSet::new();
    let mut seen_quotes = std::collections::BTreeSet::new();
    let mut seen_sources = std::collections::BTreeSet::new();
    for f in facts {
        if seen_values.insert((&f.value, f.bound)) {
            values.push(short_value(f));
        }
        if seen_quotes.insert(f.provenance.text.as_str()) {
            quotes.push(&f.provenance.text);
        }
        if seen_sources.insert(f.provenance.source.as_str()) {
            sources.push(&f.provenance.source);
        }
    }
    let (value_cap, quote_cap, source_cap) = if all {
        (usize::MAX, usize::MAX, usize::MAX)
    } else {
        (3, 3, 5)
    };
    let values = capped(
        values.into_iter().map(|v| flatten(&v)).collect(),
        value_cap,
        " / ",
        ("value", "values"),
    );
    let quotes = capped(
        quotes
            .iter()
            .map(|q| format!("\"{}\"", flatten(q)))
            .collect(),
        quote_cap,
        ", ",
        ("quote", "quotes"),
    );
    let sources = capped(
        sources.iter().map(|id| name(id)).collect(),
        source_cap,
        ", ",
        ("source", "sources"),
    );
    format!("{values}: {quotes} in {sources}")
}

/// How a finding's agreeing sources are named: `stated alike by Meridian
/// Wire (wire-day1), Lagos Daily Courier (courier)`. At most five, then
/// how many more, unless `all`.
pub fn stated_alike(names: &[String], all: bool) -> String {
    let cap = if all { usize::MAX } else { 5 };
    format!(
        "stated alike by {}",
        capped(names.to_vec(), cap, ", ", ("source", "sources"))
    )
}

/// What follows the sides a report lists of a conflict with many:
/// `and 12 more values`.
pub fn more_sides(n: usize) -> String {
    format!(
        "and {} more {}",
        group_digits(Decimal::from(n)),
        if n == 1 { "value" } else { "values" }
    )
}

/// What follows the mentions a report shows of a long finding: `and 24,997
/// more mentions`.
pub fn more_mentions(n: usize) -> String {
    format!(
        "and {} more {}",
        group_digits(Decimal::from(n)),
        if n == 1 { "mention" } else { "mentions" }
    )
}

/// How often one source states one quote with one value, for the one
/// snippet that stands for them all: `stated 3 times (lines 1, 4 and 9)`.
pub fn repeated(lines: &[usize]) -> String {
    let mut shown: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    shown.dedup();
    match shown.as_slice() {
        [one] => format!("stated {} times on line {one}", lines.len()),
        more if more.len() > 5 => format!(
            "stated {} times (lines {} and {} more)",
            lines.len(),
            more[..5].join(", "),
            more.len() - 5
        ),
        more => format!("stated {} times (lines {})", lines.len(), join_and(more)),
    }
}

/// The heading of the part of a report that lists possible conflicts.
pub const IN_DOUBT: &str = "in doubt";

/// What the possible conflicts are, for the line that opens their part of
/// a report: `2 disagreements between figures that may not measure the
/// same thing; not counted as conflicts`.
pub fn in_doubt_intro(n: usize) -> String {
    format!(
        "{} between figures that may not measure the same thing; not counted as conflicts",
        count(n, "disagreement", "disagreements")
    )
}

/// Why a possible conflict is in doubt, as the line a report shows under
/// its title.
pub fn in_doubt_reason(doubt: Doubt) -> String {
    format!("in doubt because {}", doubt_text(doubt))
}

/// [`in_doubt_reason`] read from a possible conflict, as [`doubt_of`]
/// tells it; `None` for a conflict.
pub fn in_doubt_reason_of(c: &Conflict) -> Option<String> {
    doubt_of(c).map(|d| format!("in doubt because {d}"))
}

/// A truncation in one line: what went past which limit, and what is
/// left out.
pub fn truncation(t: &Truncation) -> String {
    if t.limit == Limit::Findings {
        return format!(
            "{} left out past the limit of {} {}",
            count(t.from, "finding was", "findings were"),
            group_digits(Decimal::from(t.max)),
            limit_name(t.limit)
        );
    }
    format!(
        "{} went past the limit of {} {}; nothing from byte {} on is reported",
        flatten(&t.source),
        group_digits(Decimal::from(t.max)),
        limit_name(t.limit),
        group_digits(Decimal::from(t.from))
    )
}

/// The warning a report opens with when it is not complete: which sources
/// were not read whole (named by `name`, each with the byte where reading
/// stopped), and how many findings were left out. `None` when nothing was
/// cut.
///
/// # Example
///
/// ```
/// use crosscheck::limits::{Limit, Truncation};
/// use crosscheck::report::explain;
///
/// let cut = Truncation { source: "long".into(), limit: Limit::SourceBytes, max: 1000, from: 1000 };
/// assert_eq!(
///     explain::truncation_summary(&[cut], |id| id.to_string()).as_deref(),
///     Some("1 source was not read whole: long (from byte 1,000, past the limit of 1,000 bytes per source)")
/// );
/// ```
pub fn truncation_summary(
    truncations: &[Truncation],
    name: impl Fn(&str) -> String,
) -> Option<String> {
    // The first cut of each source: everything before it is reported.
    let mut cut: Vec<&Truncation> = Vec::new();
    let mut findings = 0usize;
    for t in truncations {
        if t.limit == Limit::Findings {
            findings = findings.saturating_add(t.from);
            continue;
        }
        match cut.iter_mut().find(|c| c.source == t.source) {
            Some(c) if t.from < c.from => *c = t,
            Some(_) => {}
            None => cut.push(t),
        }
    }
    let mut parts = Vec::new();
    if !cut.is_empty() {
        let each: Vec<String> = cut
            .iter()
            .map(|t| {
                format!(
                    "{} (from byte {}, past the limit of {} {})",
                    name(&t.source),
                    group_digits(Decimal::from(t.from)),
                    group_digits(Decimal::from(t.max)),
                    limit_name(t.limit)
                )
            })
            .collect();
        parts.push(format!(
            "{} not read whole: {}",
            count(cut.len(), "source was", "sources were"),
            capped(each, 5, ", ", ("source", "sources"))
        ));
    }
    if findings > 0 {
        let max = truncations
            .iter()
            .find(|t| t.limit == Limit::Findings)
            .map_or(0, |t| t.max);
        parts.push(format!(
            "{} left out past the limit of {} {}",
            count(findings, "finding was", "findings were"),
            group_digits(Decimal::from(max)),
            limit_name(Limit::Findings)
        ));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// When a figure holds, for a reader.
pub fn time_text(t: Time) -> String {
    match t {
        Time::Year(y) => format!("in {y}"),
        other => other.as_str().to_string(),
    }
}

/// What a finding is about: `money "ipo"`, or just `money` when the
/// subject is not known.
pub fn topic(kind: Kind, subject: &str) -> String {
    let subject = flatten(subject);
    if subject.trim().is_empty() {
        kind.as_str().to_string()
    } else {
        format!("{} \"{}\"", kind.as_str(), subject)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        // Each side of the four-digit years, leap days, the ends of chrono's
        // range, and a day in every month.
        let mut days = vec![
            NaiveDate::MIN,
            NaiveDate::MAX,
            NaiveDate::from_ymd_opt(-1, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(0, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(9, 9, 9).unwrap(),
            NaiveDate::from_ymd_opt(999, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(2000, 2, 29).unwrap(),
            NaiveDate::from_ymd_opt(9999, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap(),
        ];
        days.extend((1..=12).map(|m| NaiveDate::from_ymd_opt(2024, m, m + 15).unwrap()));
        for day in days {
            assert_eq!(iso_date(day), day.format("%Y-%m-%d").to_string(), "{day:?}");
        }
        assert_eq!(
            iso_date(NaiveDate::from_ymd_opt(7, 3, 4).unwrap()),
            "0007-03-04"
        );
    }

    #[test]
    fn digits_are_grouped() {
        assert_eq!(
            group_digits(Decimal::new(34_000_000_000, 0)),
            "34,000,000,000"
        );
        assert_eq!(group_digits(Decimal::new(-75, 2)), "-0.75");
    }

    #[test]
    fn labels_say_what_is_measured() {
        assert_eq!(
            label(Kind::Count, "person", Some("killed"), None),
            "people killed"
        );
        assert_eq!(
            label(Kind::Count, "casualty", Some("injured"), None),
            "casualties injured"
        );
        assert_eq!(
            label(Kind::Money, "price", None, Some("share")),
            "price per share"
        );
        assert_eq!(label(Kind::Percent, "", None, None), "a share");
        assert_eq!(label(Kind::Duration, "", None, None), "a length of time");
        assert_eq!(label(Kind::Percent, "turnout", None, None), "turnout");
    }

    #[test]
    fn plurals_follow_the_last_word() {
        assert_eq!(plural("day"), "days");
        assert_eq!(plural("body"), "bodies");
        assert_eq!(plural("tanker driver"), "tanker drivers");
        assert_eq!(plural("child"), "children");
        assert_eq!(plural("life"), "lives");
        assert_eq!(plural("people"), "people");
        assert_eq!(plural("crew member on board"), "crew members on board");
        assert_eq!(plural("people on board"), "people on board");
    }

    #[test]
    fn lists_join_with_and() {
        assert_eq!(
            join_and(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
    }
}
