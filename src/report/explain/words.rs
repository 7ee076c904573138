//! How values, counts, quotes, sources and limits are spelled in every
//! report: the words the explanations and the renderers share.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::fact::Fact;
use crate::limits::Limit;
use crate::quantity::{Bound, End, Kind, SmolStr, TimeUnit, Unit, Value};
use crate::source::SourceInfo;

/// A length of time given in seconds, in the largest of days, hours,
/// minutes and seconds that it is at least one of: `108.5 days`.
pub(super) fn seconds_words(seconds: Decimal) -> String {
    let units = [
        (86_400, TimeUnit::Day),
        (3_600, TimeUnit::Hour),
        (60, TimeUnit::Minute),
    ];
    let (size, unit) = units
        .into_iter()
        .find(|(size, _)| seconds.abs() >= Decimal::from(*size))
        .unwrap_or((1, TimeUnit::Second));
    let n = (seconds / Decimal::from(size)).round_dp(1).normalize();
    format!("{} {}", group_digits(n), unit_words(&Unit::Time(unit), n))
}

/// A fact's value in a few words, for the line that names a side of a
/// conflict: `9 people`, `at least 11 people`, `about 40,000 visitors`,
/// `1.2 billion USD`, `18 months`, `12.5%`, `2024-03-04`, `on or after
/// 2020-03-01`.
pub fn short_value(fact: &Fact) -> String {
    let n = match &fact.value {
        Value::Date(d) => {
            return match (fact.bound, fact.interval.lower, fact.interval.upper) {
                (Bound::Range, Some(lo), Some(hi)) => {
                    match (day_iso(lo.value), day_iso(hi.value)) {
                        (Some(a), Some(b)) => format!("{a} to {b}"),
                        _ => d.iso.to_string(),
                    }
                }
                // "since March 2020", "by June 30": the first or last day
                // the bound allows.
                (Bound::Lower, Some(lo), _) => day_iso(lo.value)
                    .map_or_else(|| d.iso.to_string(), |a| format!("on or after {a}")),
                (Bound::Upper, _, Some(hi)) => day_iso(hi.value)
                    .map_or_else(|| d.iso.to_string(), |b| format!("on or before {b}")),
                _ => d.iso.to_string(),
            };
        }
        Value::Number(n) => *n,
    };
    let number = |v: Decimal| match fact.kind {
        Kind::Money if v.abs() >= Decimal::from(1_000_000) => human(v),
        _ => group_digits(v),
    };
    let lower = fact.interval.lower;
    let upper = fact.interval.upper;
    let (core, last) = match fact.bound {
        Bound::Exact => (number(n), n),
        Bound::Approximate => (format!("about {}", number(n)), n),
        Bound::Lower => match lower {
            Some(e) if e.closed => (format!("at least {}", number(e.value)), e.value),
            Some(e) => (format!("more than {}", number(e.value)), e.value),
            None => (number(n), n),
        },
        Bound::Upper => match upper {
            Some(e) if e.closed => (format!("at most {}", number(e.value)), e.value),
            Some(e) => (format!("less than {}", number(e.value)), e.value),
            None => (number(n), n),
        },
        Bound::Range => match (lower, upper) {
            (Some(lo), Some(hi)) => (
                format!("{} to {}", number(lo.value), number(hi.value)),
                hi.value,
            ),
            _ => (number(n), n),
        },
    };
    match &fact.unit {
        Unit::Percent => format!("{core}%"),
        unit => match unit_words(unit, last) {
            words if words.is_empty() => core,
            words => format!("{core} {words}"),
        },
    }
}

/// A unit's name after the number `n`: plural for counted nouns, units of
/// time and percentage points other than one ("11 bodies", "18 months",
/// "1 day"), the code for money.
pub(super) fn unit_words(unit: &Unit, n: Decimal) -> String {
    let one = n.abs() == Decimal::ONE;
    let name = flatten(unit.name());
    match unit {
        Unit::Counted(_) | Unit::Time(_) | Unit::PercentagePoint if !one && !name.is_empty() => {
            plural(&name)
        }
        _ => name,
    }
}

/// How a report names a source: its outlet, or else its headline (cut to
/// a few words), with its id in brackets where the id is not just the
/// outlet's name; the id alone when the source says neither.
///
/// # Example
///
/// ```
/// use crosscheck::Meta;
/// use crosscheck::report::explain::source_name;
/// use crosscheck::source::SourceInfo;
///
/// let mut source = SourceInfo { id: "wire-day1".into(), ..SourceInfo::default() };
/// assert_eq!(source_name(&source), "wire-day1");
/// source.meta = Meta { outlet: Some("Meridian Wire".into()), ..Meta::default() };
/// assert_eq!(source_name(&source), "Meridian Wire (wire-day1)");
/// source.id = "meridian-wire".into();
/// assert_eq!(source_name(&source), "Meridian Wire");
/// ```
pub fn source_name(source: &SourceInfo) -> String {
    let id = flatten(&source.id);
    let given = |v: &Option<String>| {
        v.as_deref()
            .map(|v| flatten(v).trim().to_string())
            .filter(|v| !v.is_empty())
    };
    if let Some(outlet) = given(&source.meta.outlet) {
        let letters = |s: &str| {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        };
        if letters(&outlet) == letters(&id) {
            return outlet;
        }
        return format!("{outlet} ({id})");
    }
    if let Some(title) = given(&source.meta.title) {
        return format!("\"{}\" ({id})", shorten(&title, TITLE_CHARS));
    }
    id
}

/// The most characters of a headline shown where a source is named.
pub(super) const TITLE_CHARS: usize = 48;

/// `text` cut after a word to at most `n` characters and marked with `…`,
/// or whole when it is short enough.
pub(super) fn shorten(text: &str, n: usize) -> String {
    let Some((cut, _)) = text.char_indices().nth(n) else {
        return text.to_string();
    };
    let kept = &text[..cut];
    let kept = match kept.rfind(char::is_whitespace) {
        Some(space) if !kept[..space].trim_end().is_empty() => kept[..space].trim_end(),
        _ => kept,
    };
    format!("{kept}…")
}

/// The first `cap` items joined with `sep`, then how many more.
pub(super) fn capped(
    items: Vec<String>,
    cap: usize,
    sep: &str,
    (one, many): (&str, &str),
) -> String {
    if items.len() <= cap {
        return items.join(sep);
    }
    let rest = items.len() - cap;
    format!(
        "{} and {} more {}",
        items[..cap].join(sep),
        group_digits(Decimal::from(rest)),
        if rest == 1 { one } else { many }
    )
}

/// A rough English plural of a counted noun, for labels.
pub(super) fn plural(noun: &str) -> String {
    // A phrase after the noun says where or whose it is: "crew member on
    // board" makes "crew members on board".
    if let Some(at) = noun.find(" on ").or_else(|| noun.find(" aboard")) {
        let (noun, after) = noun.split_at(at);
        return format!("{}{after}", plural(noun));
    }
    // The last word is the noun: "tanker driver" makes "tanker drivers".
    let (head, last) = match noun.rfind(' ') {
        Some(at) => noun.split_at(at + 1),
        None => ("", noun),
    };
    let vowel_y = ["ay", "ey", "oy", "uy"]
        .iter()
        .any(|end| last.ends_with(end));
    let last = match last {
        "person" => String::from("people"),
        "child" => String::from("children"),
        "man" => String::from("men"),
        "woman" => String::from("women"),
        "life" | "wife" | "knife" => format!("{}ves", &last[..last.len() - 2]),
        n if n.is_empty()
            || n.ends_with('s')
            || n.ends_with("people")
            || matches!(n, "staff" | "aircraft" | "police" | "personnel") =>
        {
            n.to_string()
        }
        n if n.ends_with('y') && !vowel_y => format!("{}ies", &n[..n.len() - 1]),
        n => format!("{n}s"),
    };
    format!("{head}{last}")
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
    // Only the quotes shown are written: a claim many sources back lists
    // thousands of facts.
    let mut all = which.iter().filter_map(|&i| facts.get(i));
    let mut out = all
        .by_ref()
        .take(SHOWN)
        .map(quote_from)
        .collect::<Vec<_>>()
        .join(", ");
    let more = all.count();
    if more > 0 {
        out.push_str(&format!(" and {more} more"));
    }
    out
}

/// "a and b", "a, b and c".
pub(super) fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The normalized value of a fact, for a snippet label or a table:
/// `34,000,000,000 USD (exact)`, `50 apps (approximate: 45 to 55)`,
/// `2021-01-20 (exact)`.
pub fn value_label(fact: &Fact) -> String {
    let is_date = matches!(fact.value, Value::Date(_));
    let mut label = match &fact.value {
        Value::Number(n) => {
            let unit = unit_words(&fact.unit, *n);
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
                day_iso(end.value).map_or_else(|| String::from("?"), String::from)
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
pub fn day_iso(days: Decimal) -> Option<SmolStr> {
    if !days.is_integer() {
        return None;
    }
    i32::try_from(days)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .map(iso_date)
}

/// A date as `YYYY-MM-DD`, as chrono's `%Y-%m-%d` writes it: a year
/// outside 0 to 9999 has its sign and at least four digits. Ten bytes are
/// held in place: a report writes one for each end of every date's
/// interval, with no allocation.
pub fn iso_date(date: NaiveDate) -> SmolStr {
    use chrono::Datelike;
    let year = date.year();
    if !(0..=9999).contains(&year) {
        // Rare: left to chrono's formatter, which is slow to set up.
        return SmolStr::new(date.format("%Y-%m-%d").to_string());
    }
    // The day writer of dates' values: no formatter runs.
    crate::normalize::date::iso_day(date, false)
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
