//! All the report's prose in one place: the one-line explanations of
//! findings and verdicts, written from their structured reasons, and the
//! way values, counts and labels are spelled. The JSON, text and Markdown
//! renderers take their words from here and from nowhere else.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::align::{Doubt, Time};
use crate::compare::claims::{Claim, Reason};
use crate::compare::{Conflict, Note, NoteReason, Update};
use crate::fact::Fact;
use crate::limits::Limit;
use crate::quantity::{Bound, End, Kind, Value};

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
        text.push_str(&format!(
            "; adjacent at the stated precision, so both could be roundings of a value near {} {}",
            human(at),
            lo.unit
        ));
    } else if s.outside_bound {
        text.push_str("; one is a bound the other falls outside");
    }
    if let Some(doubt) = c.doubt {
        text.push_str("; ");
        text.push_str(doubt_text(doubt));
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
    }
}

/// The one-line explanation of an update: from what to what, between
/// which dates.
pub fn update(u: &Update, facts: &[Fact], published: impl Fn(&str) -> Option<NaiveDate>) -> String {
    let (Some(from), Some(to)) = (facts.get(u.from), facts.get(u.to)) else {
        return String::new();
    };
    let date = |f: &Fact| {
        published(&f.provenance.source)
            .map(iso_date)
            .unwrap_or_default()
    };
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
/// "price per share", "apps (Chinese)".
pub fn label(kind: Kind, subject: &str, role: Option<&str>, per: Option<&str>) -> String {
    let subject = flatten(subject);
    let mut out = match (kind, subject.trim().is_empty()) {
        (_, true) => kind.as_str().to_string(),
        (Kind::Count, false) if role.is_some() => {
            format!("{} {}", plural(&subject), role.unwrap_or_default())
        }
        _ => subject,
    };
    if let Some(p) = per {
        out = format!("{out} per {p}");
    }
    out
}

/// A rough English plural of a counted noun, for labels.
fn plural(noun: &str) -> String {
    match noun {
        "person" => String::from("people"),
        n if n.ends_with('s') || n.ends_with("people") || n == "staff" => n.to_string(),
        n if n.ends_with('y') && !n.ends_with("ey") => format!("{}ies", &n[..n.len() - 1]),
        n => format!("{n}s"),
    }
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

/// `1 source`, `2 sources`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `text` with line breaks, tabs and other control characters replaced by
/// spaces, so a snippet is one line and its columns line up.
pub fn flatten(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A fact's quote in double quotes.
pub fn quote(f: &Fact) -> String {
    format!("\"{}\"", f.provenance.text)
}

/// A fact's quote in double quotes, with its source.
pub fn quote_from(f: &Fact) -> String {
    format!("\"{}\" ({})", f.provenance.text, f.provenance.source)
}

/// `"£18.4m" (courier), "about £18m" (wire)`: at most three quotes, then
/// how many more.
pub fn list(facts: &[Fact], which: &[usize]) -> String {
    const SHOWN: usize = 3;
    let mut which = which.to_vec();
    which.sort_unstable();
    which.dedup();
    let all: Vec<String> = which
        .iter()
        .filter_map(|&i| facts.get(i))
        .map(quote_from)
        .collect();
    let mut out = all
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if all.len() > SHOWN {
        out.push_str(&format!(" and {} more", all.len() - SHOWN));
    }
    out
}

/// "a and b", "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The normalized value of a fact, for a snippet label or a table:
/// `34,000,000,000 USD (exact)`, `50 app (approximate: 45 to 55)`,
/// `2021-01-20 (exact)`.
pub fn value_label(fact: &Fact) -> String {
    let is_date = matches!(fact.value, Value::Date(_));
    let mut label = match &fact.value {
        Value::Number(n) => {
            let unit = fact.unit.name();
            if unit.is_empty() {
                group_digits(*n)
            } else {
                format!("{} {unit}", group_digits(*n))
            }
        }
        other => other.to_string(),
    };
    label.push_str(&format!(" ({}", fact.bound.as_str()));
    if fact.bound != Bound::Exact {
        let end = |end: End| {
            if is_date {
                day_iso(end.value).unwrap_or_else(|| String::from("?"))
            } else {
                group_digits(end.value)
            }
        };
        let interval = &fact.interval;
        let text = match (interval.lower, interval.upper) {
            (Some(lo), Some(hi)) if lo.value == hi.value => end(lo),
            (Some(lo), Some(hi)) => format!("{} to {}", end(lo), end(hi)),
            (Some(lo), None) if lo.closed => format!("at least {}", end(lo)),
            (Some(lo), None) => format!("more than {}", end(lo)),
            (None, Some(hi)) if hi.closed => format!("at most {}", end(hi)),
            (None, Some(hi)) => format!("less than {}", end(hi)),
            (None, None) => String::from("unbounded"),
        };
        label.push_str(&format!(": {text}"));
    }
    label.push(')');
    label
}

/// A decimal with its integer digits grouped by threes: `34,000,000,000`,
/// `1,234.5`, `-0.75`.
pub fn group_digits(n: Decimal) -> String {
    let plain = n.normalize().to_string();
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (digits, None),
    };
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// A number with a scale word: 34500000000 is "34.5 billion".
pub fn human(v: Decimal) -> String {
    let scales = [(12u32, "trillion"), (9, "billion"), (6, "million")];
    for (p, name) in scales {
        let f = Decimal::from(10u64.pow(p));
        if v.abs() >= f {
            return format!("{} {}", (v / f).round_dp(3).normalize(), name);
        }
    }
    v.round_dp(3).normalize().to_string()
}

/// A date interval end (a day number as counted by
/// [`chrono::Datelike::num_days_from_ce`], 0001-01-01 being day 1) as a
/// `YYYY-MM-DD` string, or `None` when it is not a whole day chrono can
/// represent.
pub fn day_iso(days: Decimal) -> Option<String> {
    if !days.is_integer() {
        return None;
    }
    i32::try_from(days)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .map(iso_date)
}

/// A date as `YYYY-MM-DD`.
pub fn iso_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// A limit's name in prose.
pub fn limit_name(limit: Limit) -> &'static str {
    match limit {
        Limit::SourceBytes => "bytes per source",
        Limit::FactsPerSource => "facts per source",
        Limit::RejectionsPerSource => "rejections per source",
        Limit::Sources => "sources per check",
        Limit::Findings => "findings per check",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(label(Kind::Percent, "", None, None), "percent");
    }

    #[test]
    fn lists_join_with_and() {
        assert_eq!(
            join_and(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
    }
}
