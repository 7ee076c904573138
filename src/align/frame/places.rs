//! Whether a name near a figure is the place the figure is scoped to.
//!
//! A name is a place when the words before it in the text bring one in:
//! a preposition ("68 were in Utøya", "killed near Kabul"), or the kind
//! of place it is after one ("on the island of Utøya", "in the capital
//! city of Oslo", "in the town of Paradise").

use super::super::words::{Word, text};

/// Prepositions that put a figure in a place.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "across"];

/// Nouns of a kind of place, before "of" and its name: "the island of
/// Utøya", "the city of Mianyang"; the divisions of a country
/// ([`REGION_NOUNS`]) are kinds too.
const PLACE_KINDS: &[&str] = &[
    "island",
    "city",
    "town",
    "village",
    "capital",
    "port",
    "suburb",
    "municipality",
    "borough",
];

/// Nouns of a division of a country that scope a figure after "in the"
/// or "in that": "37,958 people died in the province", "at least 40,000
/// died in that region".
pub(super) const REGION_NOUNS: &[&str] = &[
    "province",
    "region",
    "district",
    "state",
    "prefecture",
    "county",
];

/// Whether a word names a kind of place.
fn place_kind(w: &str) -> bool {
    PLACE_KINDS.contains(&w) || REGION_NOUNS.contains(&w)
}

/// Endings of a word for a people or a country's things: "Norwegian",
/// "Chinese", "British", "Mexican". Before a lowercase word ("at
/// Norwegian youth camp") such a word describes it and names no place.
const DEMONYM_ENDINGS: &[&str] = &["ian", "ean", "ese", "ish", "can", "ani"];

/// How far before a figure the word that opens its clause may lie.
const OPENER_REACH: usize = 4;

/// How many words may describe the kind of place: "the capital city of",
/// "the small coastal town of".
const KIND_WORDS: usize = 3;

/// Whether the capitalized word at distance `d` from a quote is brought
/// in as a place. `words` are the normalized words on one side of the
/// quote, nearest first; `before` says which side. Before the quote, a
/// name is a place only in the clause a figure is told in ("in Los
/// Angeles County, where 170,000 were evacuated", "an explosion in Oslo,
/// which killed seven"): every word between the opener and the name is
/// capitalized (`capital` says whether the word at a distance is
/// written so).
pub(super) fn introduced_as_place(
    words: &[Word<'_>],
    capital: impl Fn(usize) -> bool,
    d: usize,
    before: bool,
) -> bool {
    if before && toll_in(words, &capital, d) {
        return true;
    }
    if named_region(words, &capital, d, before) {
        return true;
    }
    if before {
        // "where" or, after its verb, "which" or "that", within a few
        // words of the figure ("where officials said 61 people had died",
        // "which killed seven").
        let opener = (0..OPENER_REACH.min(d)).find(|&k| {
            let w = text(&words[k]);
            w == "where" || k >= 1 && matches!(w, "which" | "that")
        });
        let Some(opener) = opener else {
            return false;
        };
        if !(opener + 1..d).all(&capital) {
            return false;
        }
    }
    // The word before word `k` in the text: farther from the quote before
    // it, nearer to it after.
    let earlier = |k: usize| -> Option<usize> {
        if before {
            (k + 1 < words.len()).then_some(k + 1)
        } else {
            k.checked_sub(1)
        }
    };
    let word = |k: usize| text(&words[k]);
    let later = later(words, d, before);
    if DEMONYM_ENDINGS.iter().any(|e| word(d).ends_with(e))
        && later.is_some_and(|n| !capital(n) && !matches!(word(n), "where" | "which" | "that"))
    {
        return false;
    }
    let Some(p) = earlier(d) else {
        return false;
    };
    if PLACE_PREPOSITIONS.contains(&word(p)) {
        return true;
    }
    // "in the Huize area": the name between "the" and its kind.
    if word(p) == "the" {
        return later.is_some_and(|n| place_kind(word(n)) || word(n) == "area")
            && earlier(p).is_some_and(|e| PLACE_PREPOSITIONS.contains(&word(e)));
    }
    // "on the island of Utøya": "of", the kind, up to two words that
    // describe it, "the", a preposition.
    if word(p) != "of" {
        return false;
    }
    let Some(mut k) = earlier(p).filter(|&k| place_kind(word(k))) else {
        return false;
    };
    for _ in 0..KIND_WORDS {
        let Some(e) = earlier(k) else {
            return false;
        };
        if word(e) == "the" {
            return earlier(e)
                .is_some_and(|e| PLACE_PREPOSITIONS.contains(&word(e)) || word(e) == "on");
        }
        if !word(e).bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        k = e;
    }
    false
}

/// The place, in `words` (nearest first), of the word after word `d` in
/// the text: nearer to the quote before it, farther after it.
fn later(words: &[Word<'_>], d: usize, before: bool) -> Option<usize> {
    if before {
        d.checked_sub(1)
    } else {
        (d + 1 < words.len()).then_some(d + 1)
    }
}

/// How far before its figure a name may stand that a region's noun
/// makes a place: "Los Angeles County follows with 14 cases".
const REGION_REACH: usize = 4;

/// Whether the capitalized word at distance `d` is the name of a region
/// written with its kind: "Orange County now has 21 cases", "Sichuan
/// Province". Before the figure, only a name within [`REGION_REACH`]
/// words of it.
pub(super) fn named_region(
    words: &[Word<'_>],
    capital: impl Fn(usize) -> bool,
    d: usize,
    before: bool,
) -> bool {
    if before && d > REGION_REACH {
        return false;
    }
    later(words, d, before).is_some_and(|n| capital(n) && REGION_NOUNS.contains(&text(&words[n])))
}

/// How far before its figure a toll's place may be named: "the toll in
/// Arquata and Accumoli remained unchanged at 49".
const TOLL_REACH: usize = 6;

/// Whether the capitalized word at distance `d` before a figure names the
/// place of a toll told with it: "the death toll in Haiti rose to 230",
/// "the toll in Arquata and Accumoli remained unchanged at 49". `words`
/// are nearest first; the names of a list are passed over to "in".
fn toll_in(words: &[Word<'_>], capital: impl Fn(usize) -> bool, d: usize) -> bool {
    if d > TOLL_REACH {
        return false;
    }
    let mut k = d + 1;
    while k < words.len() && k <= d + TOLL_REACH && (text(&words[k]) == "and" || capital(k)) {
        k += 1;
    }
    k + 1 < words.len()
        && text(&words[k]) == "in"
        && matches!(text(&words[k + 1]), "toll" | "tally")
}

/// Whether the name at distance `d` before a figure is the place a
/// sentence calls the worst hit, with the figure: "Ludian was the worst
/// hit with 296 residents killed", "Sichuan is the hardest-hit province,
/// with". `words` are the normalized words before the figure, nearest
/// first; the name may be the first word of its sentence.
pub(super) fn worst_hit(words: &[Word<'_>], d: usize) -> bool {
    // The words from the name to the figure, in the order of the text.
    let mut toward = words[..d.min(words.len())].iter().rev().map(text);
    let (Some(be), Some("the")) = (toward.next(), toward.next()) else {
        return false;
    };
    if !matches!(be, "was" | "is" | "were" | "are") {
        return false;
    }
    match toward.next() {
        Some("worst" | "hardest") => {
            if toward.next() != Some("hit") {
                return false;
            }
        }
        Some("worst-hit" | "hardest-hit") => {}
        _ => return false,
    }
    let rest: Vec<&str> = toward.collect();
    match rest.as_slice() {
        [] | ["with"] => true,
        [kind] | [kind, "with"] => place_kind(kind) || *kind == "area",
        _ => false,
    }
}
