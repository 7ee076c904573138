//! The front-matter block: `key: value` lines between two `---` lines,
//! and the publication dates they hold.

use std::collections::BTreeMap;

use chrono::{Datelike, Month, NaiveDate, Weekday};

use super::*;
use crate::error::{Error, ErrorKind};

/// What a front-matter block held, and where the body starts.
pub(super) struct FrontMatter {
    pub(super) meta: Meta,
    pub(super) body: Span,
    pub(super) warnings: Vec<Warning>,
    /// Whether there was a block at all.
    pub(super) block: bool,
}

/// One `key: value` entry of a block, with the lines that continue it.
pub(super) struct Entry<'t> {
    pub(super) key: &'t str,
    pub(super) line: usize,
    /// The value on the key's own line, trimmed.
    pub(super) first: &'t str,
    /// Indented lines that go on with the value, trimmed.
    pub(super) more: Vec<&'t str>,
    /// `- item` lines under the key, without the dash, each with the
    /// indented lines that go on with it.
    pub(super) items: Vec<Vec<&'t str>>,
}

impl Entry<'_> {
    /// The value: list items unquoted and joined with `, ` (after the
    /// value on the key's line, if any); otherwise the
    /// value and its continuation lines joined with spaces, then unquoted.
    /// A YAML block marker (`|`, `>-`) is not part of the value.
    fn value(&self) -> String {
        if !self.items.is_empty() {
            let first = (!self.first.is_empty()).then(|| unquote(self.first));
            let items = self.items.iter().map(|item| unquote(&item.join(" ")));
            return first
                .into_iter()
                .chain(items)
                .collect::<Vec<_>>()
                .join(", ");
        }
        let block_marker = !self.first.is_empty()
            && self.first.len() <= 3
            && self.first.starts_with(['|', '>'])
            && self.first[1..]
                .chars()
                .all(|c| matches!(c, '-' | '+' | '1'..='9'));
        let first = (!self.first.is_empty() && !block_marker).then_some(self.first);
        match (first, self.more.as_slice()) {
            // A value on one line, as nearly every one is: no joining.
            (Some(first), []) => unquote(first),
            (None, [only]) => unquote(only),
            (first, more) => {
                let words: Vec<&str> = first.into_iter().chain(more.iter().copied()).collect();
                unquote(&words.join(" "))
            }
        }
    }
}

/// The field of [`Meta`] a key fills, or the key itself for one that
/// fills none. Two keys are the same field when they are equal here:
/// `published` and `date` are one, and the known keys are matched in any
/// case, the others as written.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Field<'t> {
    Title,
    Published,
    Outlet,
    Url,
    Extra(&'t str),
}

impl<'t> Field<'t> {
    fn of(key: &'t str) -> Field<'t> {
        // Lowercase as Unicode does: no character outside ASCII lowercases
        // to the letters of a known key but through `to_lowercase`, which
        // a key of ASCII alone never needs.
        let lower = (!key.is_ascii()).then(|| key.to_lowercase());
        let is = |name: &str| match &lower {
            None => key.eq_ignore_ascii_case(name),
            Some(lower) => lower == name,
        };
        if is("date") || is("published") {
            Field::Published
        } else if is("title") {
            Field::Title
        } else if is("outlet") {
            Field::Outlet
        } else if is("url") {
            Field::Url
        } else {
            Field::Extra(key)
        }
    }
}

/// The keys [`Meta`] has a field for, by the name the field goes by.
pub(super) const KNOWN_KEYS: &str = "title, published or date, outlet, url";

/// Splits a leading front-matter block off `text`: its metadata, what was
/// read past, and the span of the body that follows it.
pub(super) fn parse_front_matter(text: &str) -> Result<FrontMatter, Error> {
    let mut lines = LineIter {
        text,
        pos: 0,
        number: 0,
    };
    let none = FrontMatter {
        meta: Meta::default(),
        body: Span::new(0, text.len()),
        warnings: Vec::new(),
        block: false,
    };
    let Some((first, _)) = lines.next() else {
        return Ok(none);
    };
    // A leading byte-order mark is tolerated before the opening fence.
    if first.trim_start_matches('\u{feff}').trim_end() != "---" {
        return Ok(none);
    }
    let mut entries: Vec<Entry> = Vec::new();
    loop {
        let Some((line, number)) = lines.next() else {
            return Err(Error::new(
                ErrorKind::FrontMatter,
                "front matter opened with `---` on line 1 is never closed",
            )
            .with_line(1));
        };
        let trimmed = line.trim_end();
        if trimmed == "---" {
            break;
        }
        let content = trimmed.trim_start();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let indented = content.len() < trimmed.len();
        let item = content == "-" || content.starts_with("- ");
        if let Some(entry) = entries.last_mut().filter(|_| indented || item) {
            match (item, entry.items.last_mut()) {
                (true, _) => entry.items.push(vec![content[1..].trim()]),
                // A line indented under a list item goes on with the item.
                (false, Some(last)) => last.push(content),
                (false, None) => entry.more.push(content),
            }
            continue;
        }
        if item {
            return Err(not_key_value(trimmed, number));
        }
        let key_value = content
            .split_once(':')
            .map(|(key, value)| (key.trim(), value.trim()))
            .filter(|(key, _)| !key.is_empty());
        let Some((key, value)) = key_value else {
            return Err(not_key_value(trimmed, number));
        };
        entries.push(Entry {
            key,
            line: number,
            first: value,
            more: Vec::new(),
            items: Vec::new(),
        });
    }
    let mut front = FrontMatter {
        body: Span::new(lines.pos, text.len()),
        block: true,
        ..none
    };
    read_entries(&entries, &mut front);
    Ok(front)
}

/// The error for a line of a block that is not `key: value`.
pub(super) fn not_key_value(line: &str, number: usize) -> Error {
    Error::new(
        ErrorKind::FrontMatter,
        format!("front matter line is not `key: value`: {line:?}"),
    )
    .with_line(number)
}

/// Fills the metadata from the entries of a block, with a warning for each
/// key that is not used as it stands.
pub(super) fn read_entries(entries: &[Entry], front: &mut FrontMatter) {
    // The first line of each field given so far, by field.
    let mut seen: BTreeMap<Field<'_>, (&str, usize)> = BTreeMap::new();
    for entry in entries {
        let field = Field::of(entry.key);
        if let Some(&(first_key, first_line)) = seen.get(&field) {
            let message = if first_key == entry.key {
                format!(
                    "front matter key `{}` is given again (first on line {first_line}); \
                     the first value is kept",
                    entry.key
                )
            } else {
                format!(
                    "front matter key `{}` repeats `{first_key}` (line {first_line}); \
                     the first value is kept",
                    entry.key
                )
            };
            front.warnings.push(
                Warning::new(WarningKind::RepeatedKey, message)
                    .at(entry.line)
                    .about(entry.key),
            );
            continue;
        }
        seen.insert(field, (entry.key, entry.line));
        let value = entry.value();
        let given = (!value.is_empty()).then_some(value);
        let meta = &mut front.meta;
        match field {
            Field::Title => meta.title = given,
            Field::Outlet => meta.outlet = given,
            Field::Url => meta.url = given,
            Field::Published => match given {
                None => {}
                Some(value) => match read_date(&value) {
                    Some(date) => meta.published = Some(date),
                    None => front.warnings.push(
                        Warning::new(
                            WarningKind::UnreadableDate,
                            format!(
                                "`{}` is not a date crosscheck reads: {value:?} (it reads forms \
                                 such as 2025-03-12, 2025-03-12T08:30:00Z, 12 March 2025 and \
                                 March 12, 2025); the source is checked without it",
                                entry.key
                            ),
                        )
                        .at(entry.line)
                        .about(entry.key),
                    ),
                },
            },
            Field::Extra(_) => {
                meta.extra
                    .insert(entry.key.to_string(), given.unwrap_or_default());
                front.warnings.push(
                    Warning::new(
                        WarningKind::UnknownKey,
                        format!(
                            "front matter key `{}` is not one crosscheck reads ({KNOWN_KEYS}); \
                             its value is kept as metadata",
                            entry.key
                        ),
                    )
                    .at(entry.line)
                    .about(entry.key),
                );
            }
        }
    }
}

/// A value without the quotes around it: YAML double quotes (with their
/// backslash escapes) or single quotes (with `''` for a quote). Anything
/// else comes back as it is.
pub(super) fn unquote(value: &str) -> String {
    let value = value.trim();
    let quoted = |q: char| value.len() >= 2 && value.starts_with(q) && value.ends_with(q);
    if quoted('\'') {
        return value[1..value.len() - 1].replace("''", "'");
    }
    if !quoted('"') {
        return value.to_string();
    }
    let inner = &value[1..value.len() - 1];
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some(c @ ('"' | '\\' | '/' | ' ' | '\'')) => out.push(c),
            Some(u @ ('x' | 'u' | 'U')) => {
                let digits = match u {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = chars.clone().take(digits).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(decoded) if hex.len() == digits => {
                        out.push(decoded);
                        for _ in 0..digits {
                            chars.next();
                        }
                    }
                    _ => {
                        out.push('\\');
                        out.push(u);
                    }
                }
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Reads a publication date in one of the forms news pipelines write: ISO
/// 8601 (`2025-03-12`, `2025-03-12T08:30:00+01:00`), or a day, a month name
/// and a year in either order (`12 March 2025`, `Mar. 12, 2025`), maybe
/// after a weekday and before a time (`Wed, 12 Mar 2025 08:30:00 GMT`).
/// The date is the calendar day as written, whatever the zone.
pub(super) fn read_date(value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    iso_date(value).or_else(|| named_month_date(value))
}

/// `YYYY-MM-DD` (or `YYYY/MM/DD`), then nothing, or `T` or a space and a
/// time of day with an optional zone.
pub(super) fn iso_date(value: &str) -> Option<NaiveDate> {
    let head = value.get(..10)?.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &head[r];
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(part).ok()?.parse().ok()
    };
    let separator = head[4];
    if !matches!(separator, b'-' | b'/') || head[7] != separator {
        return None;
    }
    let year = i32::try_from(digits(0..4)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)?;
    let rest = &value[10..];
    if rest.is_empty() {
        return Some(date);
    }
    let time = rest
        .strip_prefix(['T', 't'])
        .or_else(|| rest.strip_prefix(char::is_whitespace))?;
    is_time_and_zone(time).then_some(date)
}

/// A day, a month name and a four-digit year, in either day-month or
/// month-day order, with commas and abbreviation dots allowed, after an
/// optional weekday (which must be the date's) and before an optional time.
pub(super) fn named_month_date(value: &str) -> Option<NaiveDate> {
    let mut words: Vec<&str> = value
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let weekday = words.first().and_then(|w| weekday_name(w));
    if weekday.is_some() {
        words.remove(0);
    }
    let [a, b, year, rest @ ..] = words.as_slice() else {
        return None;
    };
    let (day, month) = match day_number(a) {
        Some(day) => (day, month_name(b)?),
        None => (day_number(b)?, month_name(a)?),
    };
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(year.parse().ok()?, month, day)?;
    if weekday.is_some_and(|w| w != date.weekday()) {
        return None;
    }
    let rest = match rest {
        [first, tail @ ..] if matches!(*first, "at" | "-" | "|") => tail,
        _ => rest,
    };
    (rest.is_empty() || is_time_and_zone(&rest.join(" "))).then_some(date)
}

/// A day of the month, with or without an ordinal suffix: `12`, `12th`.
pub(super) fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    let suffix_ok = suffix.is_empty()
        || ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(s));
    if !suffix_ok || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A month name or its abbreviation, with or without a dot: `March`,
/// `Mar.`, `Sept.`.
pub(super) fn month_name(word: &str) -> Option<u32> {
    let word = word.strip_suffix('.').unwrap_or(word);
    let word = if word.eq_ignore_ascii_case("sept") {
        "sep"
    } else {
        word
    };
    word.parse::<Month>().ok().map(|m| m.number_from_month())
}

/// A weekday name or its abbreviation, with or without a dot: `Wed`,
/// `Thurs.`, `Wednesday`.
pub(super) fn weekday_name(word: &str) -> Option<Weekday> {
    let word = word.strip_suffix('.').unwrap_or(word);
    let word = match word.to_ascii_lowercase().as_str() {
        "tues" => "tue",
        "weds" => "wed",
        "thur" | "thurs" => "thu",
        _ => word,
    };
    word.parse::<Weekday>().ok()
}

/// A time of day and an optional zone and meridiem: `08:30`,
/// `08:30:00.250Z`, `08:30:00+01:00`, `8:30 pm`, `08:30:00 +0100`,
/// `08:30 GMT`.
pub(super) fn is_time_and_zone(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let Some(after) = time_of_day(first) else {
        return false;
    };
    (after.is_empty() || is_zone(after) || is_meridiem(after))
        && words.all(|w| is_zone(w) || is_meridiem(w))
}

/// Reads `H:MM`, `HH:MM:SS` or `HH:MM:SS.fff` at the start of `word` and
/// returns what follows it.
pub(super) fn time_of_day(word: &str) -> Option<&str> {
    let number = |s: &str, max: u32| -> Option<usize> {
        let len = s.bytes().take_while(u8::is_ascii_digit).count();
        let value: u32 = s.get(..len)?.parse().ok()?;
        (value <= max).then_some(len)
    };
    let hours = number(word, 23).filter(|&n| n == 1 || n == 2)?;
    let mut rest = word[hours..].strip_prefix(':')?;
    let minutes = number(rest, 59).filter(|&n| n == 2)?;
    rest = &rest[minutes..];
    if let Some(after) = rest.strip_prefix(':') {
        let seconds = number(after, 60).filter(|&n| n == 2)?;
        rest = &after[seconds..];
        if let Some(fraction) = rest.strip_prefix(['.', ',']) {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            rest = &fraction[digits..];
        }
    }
    Some(rest)
}

/// A time zone: `Z`, an offset (`+01:00`, `-0500`, `+01`), or an
/// abbreviation in capitals (`UTC`, `GMT`, `EST`, `CEST`).
pub(super) fn is_zone(word: &str) -> bool {
    if word == "Z" || word == "z" {
        return true;
    }
    if let Some(offset) = word.strip_prefix(['+', '-', '\u{2212}']) {
        let digits: String = offset.chars().filter(|&c| c != ':').collect();
        let colons = offset.len() - digits.len();
        return digits.bytes().all(|b| b.is_ascii_digit())
            && (digits.len() == 2 && colons == 0 || digits.len() == 4 && colons <= 1);
    }
    (2..=5).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// `am`, `pm`, `a.m.`, `p.m.`, in any case.
pub(super) fn is_meridiem(word: &str) -> bool {
    ["am", "pm", "a.m.", "p.m."]
        .iter()
        .any(|m| word.eq_ignore_ascii_case(m))
}

/// Lines of a text with their 1-based numbers; `pos` is the byte after the
/// last line returned.
pub(super) struct LineIter<'t> {
    pub(super) text: &'t str,
    pub(super) pos: usize,
    pub(super) number: usize,
}

impl<'t> Iterator for LineIter<'t> {
    type Item = (&'t str, usize);

    fn next(&mut self) -> Option<(&'t str, usize)> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let (line, advance) = match rest.find('\n') {
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        self.pos += advance;
        self.number += 1;
        Some((line.strip_suffix('\r').unwrap_or(line), self.number))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The field a key fills, named as a string: Unicode's lowercase of a
    /// known key, `published` for `date`, the key as written for others.
    fn named(key: &str) -> String {
        let lower = key.to_lowercase();
        match lower.as_str() {
            "date" => "published".to_string(),
            "title" | "published" | "outlet" | "url" => lower,
            _ => format!("extra:{key}"),
        }
    }

    fn name_of(field: Field<'_>) -> String {
        match field {
            Field::Title => "title".to_string(),
            Field::Published => "published".to_string(),
            Field::Outlet => "outlet".to_string(),
            Field::Url => "url".to_string(),
            Field::Extra(key) => format!("extra:{key}"),
        }
    }

    #[test]
    fn keys_name_their_field_in_any_case_and_others_as_written() {
        let cases = [
            ("title", "title"),
            ("TiTLE", "title"),
            ("DATE", "published"),
            ("Published", "published"),
            ("URL", "url"),
            ("outlet", "outlet"),
            ("Author", "extra:Author"),
            ("author", "extra:author"),
            // Lowercased, U+0130 is "i" and a combining dot: no known key.
            ("T\u{130}TLE", "extra:T\u{130}TLE"),
            ("Outl\u{c9}t", "extra:Outl\u{c9}t"),
        ];
        for (key, field) in cases {
            assert_eq!(name_of(Field::of(key)), field, "{key}");
            assert_eq!(named(key), field, "{key}");
        }
    }

    proptest! {
        /// A key fills the field that its Unicode lowercase names.
        #[test]
        fn fields_are_those_the_lowercase_key_names(
            known in proptest::sample::select(vec!["date", "title", "published", "outlet", "url"]),
            upper in any::<u16>(),
            tail in "[a-zA-Z\u{130}\u{212a}\u{c9}_ -]{0,2}",
            other in "[a-zA-Z\u{130}\u{212a}\u{c9}_ -]{0,6}",
        ) {
            // A known key with some of its letters in capitals, perhaps
            // with more after it, and any other key.
            let cased: String = known
                .chars()
                .enumerate()
                .map(|(k, c)| if upper >> k & 1 == 1 { c.to_ascii_uppercase() } else { c })
                .collect();
            for key in [cased.clone(), format!("{cased}{tail}"), other] {
                prop_assert_eq!(name_of(Field::of(&key)), named(&key), "{}", key);
            }
        }
    }
}
