//! What a physical measure measures, read from its sentence.
//!
//! Measures come in pairs more than any other figure: "64 km (40 miles)",
//! "152mm (6 inches) of rain", "gusts of 90mph (145km/h)". The context
//! words a fact keeps stop at the next number, so each half of a pair sees
//! only part of its sentence; here the words are read from the sentence
//! itself, past a restatement in brackets, so both halves name the same
//! thing. In order:
//!
//! - a distance from a named place: "70km southwest of Izmir", "45 miles
//!   north of Nanyuki", "80 km (50 miles) WNW of Chengdu" are each a
//!   `distance from <place>`;
//! - the nearest synonym class of measures ("rain", "gusts", "depth", "an
//!   aftershock"), the words before the quote first;
//! - a magnitude that names nothing else is the quake's.
//!
//! A height, an altitude or a cloud base keeps the level it is measured
//! from: "an altitude of 1,370 ft msl" (above sea level) and "450 ft agl"
//! (above the ground) are two quantities, however close.
//!
//! A measure none of these name is left to the frame's general reading.

use super::synonyms::Synonyms;
use super::words::normal;
use crate::fact::Fact;
use crate::quantity::{Dimension, Kind, MeasureUnit};

/// How many words before a quote are searched for a class.
const BEFORE: usize = 10;

/// How many words after a quote are searched for a class or a place:
/// what follows a figure names it only when close.
const AFTER: usize = 4;

/// The class a magnitude belongs to when no word around it names one.
const QUAKE: &str = "quake";

/// The levels a height is measured from, as written after it, and the
/// name each gives the quantity.
#[rustfmt::skip]
const DATUMS: &[(&[&str], &str)] = &[
    (&["msl"], "above sea level"),
    (&["amsl"], "above sea level"),
    (&["asl"], "above sea level"),
    (&["mean", "sea", "level"], "above sea level"),
    (&["above", "mean", "sea", "level"], "above sea level"),
    (&["above", "sea", "level"], "above sea level"),
    (&["below", "sea", "level"], "below sea level"),
    (&["agl"], "above ground"),
    (&["above", "ground", "level"], "above ground"),
    (&["above", "ground"], "above ground"),
];

/// Words of direction before "of" or "from" and a place: "70km southwest
/// of Izmir", "80 km WNW of Chengdu".
const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "nne",
    "ene",
    "ese",
    "sse",
    "ssw",
    "wsw",
    "wnw",
    "nnw",
    "ne",
    "nw",
    "se",
    "sw",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "northern",
    "southern",
    "eastern",
    "western",
    "inland",
    "offshore",
    "off",
    "away",
];

/// What a measure fact measures, as the frame keeps it: the subject, the
/// words it was read from, and whether it is a class or a place (rather
/// than a bare noun next to the figure). The subject is empty when the
/// sentence names nothing; `None` for facts that are no measure.
pub(super) fn subject(fact: &Fact, synonyms: &Synonyms) -> Option<(String, String, bool)> {
    let unit = fact.unit.measure().filter(|_| fact.kind == Kind::Measure)?;
    let dimension = unit.dimension();
    let p = &fact.provenance;
    let head = restated_from(p.before_quote().unwrap_or(""));
    let tail = past_restatement(p.after_quote().unwrap_or(""));
    let after = words(tail, false);
    let before = words(head, true);
    if dimension == Dimension::Length
        && let Some((place, by)) = place(&after)
    {
        return Some((place, by, true));
    }
    let class_of = |w: &str| {
        let n = normal(w);
        let singular = crate::lexicon::singular_form(&n);
        synonyms
            .context_classes(&n, Kind::Measure)
            .chain(synonyms.context_classes(&singular, Kind::Measure))
            .find(|c| fits(c, dimension))
            .map(|c| (c.to_string(), n.clone().into_owned()))
    };
    // Nearest first; a tie goes to the word before the quote.
    let longest = before.len().max(AFTER.min(after.len()));
    let class = (0..longest).find_map(|d| {
        before
            .get(d)
            .and_then(|w| class_of(w))
            .or_else(|| after.get(d).filter(|_| d < AFTER).and_then(|w| class_of(w)))
    });
    let datum = (dimension == Dimension::Length)
        .then(|| datum(&after))
        .flatten();
    match (class, datum) {
        (Some((name, by)), Some((level, words))) => {
            Some((format!("{name} {level}"), format!("{by} {words}"), true))
        }
        (Some((name, by)), None) => Some((name, by, true)),
        (None, _) if unit == MeasureUnit::Magnitude => {
            Some((QUAKE.to_string(), String::from("magnitude"), true))
        }
        (None, _) => {
            let noun = attribute_noun(&before, &after).unwrap_or_default();
            Some((noun.clone(), noun, false))
        }
    }
}

/// Whether the default class `name` can be what a measure of `dimension`
/// measures: a quake's magnitude is no distance, a rainfall no speed.
/// Classes a caller adds fit every dimension.
fn fits(name: &str, dimension: Dimension) -> bool {
    CLASS_DIMENSIONS
        .iter()
        .find(|(c, _)| *c == name)
        .is_none_or(|(_, dims)| dims.contains(&dimension))
}

/// The dimensions each default class of measures fits.
#[rustfmt::skip]
const CLASS_DIMENSIONS: &[(&str, &[Dimension])] = &[
    ("rainfall", &[Dimension::Length, Dimension::Volume]),
    ("snowfall", &[Dimension::Length]),
    ("wind", &[Dimension::Speed]),
    ("depth", &[Dimension::Length]),
    ("height", &[Dimension::Length]),
    ("cloud", &[Dimension::Length]),
    ("visibility", &[Dimension::Length]),
    ("wave", &[Dimension::Length]),
    ("quake", &[Dimension::Magnitude]),
    ("aftershock", &[Dimension::Magnitude]),
    ("temperature", &[Dimension::Temperature]),
    ("burned", &[Dimension::Area]),
    ("spill", &[Dimension::Volume, Dimension::Mass]),
    ("speed", &[Dimension::Speed]),
    ("capacity", &[Dimension::Power, Dimension::Energy, Dimension::Volume]),
];

/// The noun a measure is "of" ("the previous record of 155mm") or that it
/// directly modifies ("a 10-mile stretch"), when no class names it: only
/// the very same noun aligns two figures this way.
fn attribute_noun(before: &[&str], after: &[&str]) -> Option<String> {
    let content = |w: &&&str| {
        let mut buf = [0u8; 32];
        let n = normal(w);
        n.len() > 2
            && n.chars().all(char::is_alphabetic)
            && !crate::lexicon::lower(&n, &mut buf).is_some_and(crate::lexicon::is_stop_word)
            && !crate::lexicon::is_calendar_word(&n)
    };
    let noun = if before.first().is_some_and(|w| normal(w) == "of") {
        before.get(1).filter(content)
    } else {
        None
    };
    noun.or_else(|| after.first().filter(content))
        .map(|w| crate::lexicon::singular(&normal(w)))
}

/// The level a height is measured from, from the words right after it:
/// "msl", "above ground level". Returns its name and the words.
fn datum(after: &[&str]) -> Option<(&'static str, String)> {
    DATUMS.iter().find_map(|(phrase, name)| {
        let matches = phrase.len() <= after.len()
            && phrase
                .iter()
                .zip(after)
                .all(|(p, w)| w.eq_ignore_ascii_case(p));
        matches.then(|| (*name, phrase.join(" ")))
    })
}

/// "southwest of Izmir", "WNW of Chengdu", "from Samos": a distance from a
/// named place, from the words right after the quote.
fn place(after: &[&str]) -> Option<(String, String)> {
    let mut k = 0;
    while k < 2
        && after
            .get(k)
            .is_some_and(|w| DIRECTIONS.contains(&normal(w).as_ref()))
    {
        k += 1;
    }
    let joiner = after.get(k).map(|w| normal(w))?;
    if joiner != "of" && joiner != "from" {
        return None;
    }
    let name = after.get(k + 1)?;
    let capital = name.chars().next().is_some_and(char::is_uppercase);
    let place = normal(name);
    if !capital || place.is_empty() || crate::lexicon::is_calendar_word(&place) {
        return None;
    }
    let by = after[..k + 2].join(" ");
    Some((format!("distance from {place}"), by))
}

/// The words of `text`, nearest first when reading backwards: runs of
/// letters, digits, hyphens and apostrophes, up to the nearest word with a
/// digit (another figure's words are its own).
fn words(text: &str, backwards: bool) -> Vec<&str> {
    let word = |w: &&str| !w.is_empty() && *w != "-";
    let figure = |w: &&str| w.chars().any(|c| c.is_ascii_digit());
    if backwards {
        // Split from the end, so that only the words taken are read: a
        // split at single characters gives the same pieces either way.
        text.rsplit(is_word_split)
            .filter(word)
            .take_while(|w| !figure(w))
            .take(BEFORE)
            .collect()
    } else {
        text.split(is_word_split)
            .filter(word)
            .take_while(|w| !figure(w))
            .take(AFTER + 2)
            .collect()
    }
}

/// Whether `c` sets words apart: anything but a letter, a digit, a hyphen
/// or an apostrophe.
fn is_word_split(c: char) -> bool {
    !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')
}

/// The text after a quote, past a restatement in brackets right after it:
/// " (50 miles) WNW of Chengdu" is read from " WNW of Chengdu". Stops at
/// the end of the clause.
fn past_restatement(tail: &str) -> &str {
    let trimmed = tail.trim_start();
    let rest = match trimmed.strip_prefix('(') {
        Some(inner) => inner.find(')').map_or("", |k| &inner[k + 1..]),
        None => tail,
    };
    clause(rest, true)
}

/// The text before a quote, and before the measure it restates when the
/// quote opens a bracket after one: "gusts of 90mph (" is read from
/// "gusts of ". Starts after the last clause break.
fn restated_from(head: &str) -> &str {
    let trimmed = head.trim_end();
    let head = match trimmed.strip_suffix('(') {
        Some(before) => {
            // Back over the restated measure: its unit, then its number.
            let before = before.trim_end();
            let number_end = before
                .rfind(|c: char| c.is_ascii_digit())
                .map_or(0, |k| k + 1);
            // The number starts after the character before it, which may
            // take more than a byte: "\u{2212}5C (23F)".
            let number_start = before[..number_end]
                .char_indices()
                .rfind(|&(_, c)| !(c.is_ascii_digit() || c == '.' || c == ','))
                .map_or(0, |(k, c)| k + c.len_utf8());
            &before[..number_start]
        }
        None => head,
    };
    clause(head, false)
}

/// The part of `text` within its clause: up to the first break when
/// reading forward, after the last one when reading backward.
fn clause(text: &str, forward: bool) -> &str {
    if forward {
        first_break(text).map_or(text, |k| &text[..k])
    } else {
        let Some(k) = last_break(text) else {
            return text;
        };
        let after = &text[k + is_break_len(text, k)..];
        // A label line ("Area burned: 31,500 acres", "Depth: 10 km"): the
        // label before the colon names the figure after it.
        if after.trim().is_empty() && text[k..].starts_with(':') {
            let label = &text[..k];
            return last_break(label).map_or(label, |j| &label[j + is_break_len(label, j)..]);
        }
        after
    }
}

/// The em dash, the one break that is not ASCII.
const EM_DASH: &str = "\u{2014}";

/// The byte where the first break of `text` starts: ";", ":", "|" or an em
/// dash. Searched for as bytes: neither ASCII bytes nor the em dash's
/// three occur inside another character, and a sentence is long next to
/// the words read from it.
fn first_break(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let ascii = memchr::memchr3(b';', b':', b'|', bytes);
    let within = &bytes[..ascii.unwrap_or(bytes.len())];
    memchr::memmem::find(within, EM_DASH.as_bytes()).or(ascii)
}

/// The byte where the last break of `text` starts (see [`first_break`]).
fn last_break(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let ascii = memchr::memrchr3(b';', b':', b'|', bytes);
    let from = ascii.map_or(0, |k| k + 1);
    let dash = memchr::memmem::rfind(&bytes[from..], EM_DASH.as_bytes()).map(|k| from + k);
    dash.or(ascii)
}

/// The length of the break character at byte `k`.
fn is_break_len(text: &str, k: usize) -> usize {
    text[k..].chars().next().map_or(1, char::len_utf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts with every break, none, non-ASCII letters and dashes that
    /// are no break, at the ends and in the middle.
    const BREAKS: &[&str] = &[
        "",
        "no break here",
        "a; b: c | d",
        "x \u{2014} y; z",
        "\u{2014}",
        "\u{2014}\u{2014}",
        "na\u{ef}ve \u{2014} caf\u{e9} | ok",
        "a:b\u{2014}c",
        "2\u{2013}3 \u{2012}4 \u{2015}5;",
        "\u{e9}\u{2014}\u{e9}:",
        "Area burned:   ",
        "Depth \u{2014} Quake: ",
    ];

    #[test]
    fn breaks_are_found_where_a_search_by_characters_finds_them() {
        let is_break = |c: char| matches!(c, ';' | ':' | '\u{2014}' | '|');
        for text in BREAKS {
            assert_eq!(first_break(text), text.find(is_break), "{text:?}");
            assert_eq!(last_break(text), text.rfind(is_break), "{text:?}");
        }
    }

    #[test]
    fn words_before_a_quote_are_the_last_of_its_clause_nearest_first() {
        let text = "the quake\u{2019}s depth, of a sea-bed - 3 of O\u{2019}Hare's na\u{ef}ve towns near the";
        let all: Vec<&str> = text
            .split(is_word_split)
            .filter(|w| !w.is_empty() && *w != "-")
            .collect();
        // Back to the figure "3", as splitting all and reversing reads them.
        let last: Vec<&str> = all.into_iter().rev().take(6).collect();
        assert_eq!(last.last(), Some(&"of"));
        assert_eq!(words(text, true), last);
        assert_eq!(words("a 2 b c", true), ["c", "b"]);
        assert_eq!(words(&"x ".repeat(40), true).len(), BEFORE);
        assert_eq!(clause("Area burned:   ", false), "Area burned");
        assert_eq!(clause("Fire; area burned:  ", false), " area burned");
    }

    #[test]
    fn restatements_are_read_past() {
        assert_eq!(
            past_restatement(" (50 miles) WNW of Chengdu"),
            " WNW of Chengdu"
        );
        assert_eq!(past_restatement(" of rain; more"), " of rain");
        assert_eq!(restated_from("with gusts of 90mph ("), "with gusts of ");
        assert_eq!(restated_from("Depth19 km ("), "Depth");
        assert_eq!(restated_from("horizontal; depth of "), " depth of ");
        assert_eq!(restated_from("Area burned: "), "Area burned");
        assert_eq!(restated_from("Heat: 42C; Area burned: "), " Area burned");
    }

    #[test]
    fn a_restated_number_after_a_wide_character_is_read_past_it() {
        // A minus sign, an approximation sign or a currency sign of more
        // than one byte right before the number.
        assert_eq!(restated_from("fell to \u{2212}5C ("), "fell to \u{2212}");
        assert_eq!(
            restated_from("depth of \u{2248}10 km ("),
            "depth of \u{2248}"
        );
        assert_eq!(restated_from("\u{20ac}12,5 ("), "\u{20ac}");
        assert_eq!(restated_from("W\u{fffd}01 ("), "W\u{fffd}");
    }

    #[test]
    fn places_after_a_distance() {
        let p = |ws: &[&str]| place(ws).map(|(s, _)| s);
        assert_eq!(
            p(&["southwest", "of", "Izmir"]),
            Some("distance from izmir".into())
        );
        assert_eq!(
            p(&["WNW", "of", "Chengdu,"]),
            Some("distance from chengdu".into())
        );
        assert_eq!(p(&["from", "the", "epicentre"]), None);
        assert_eq!(p(&["of", "rain"]), None);
    }
}
