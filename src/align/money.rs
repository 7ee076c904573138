//! The words after an amount, or the label line before it, that say what
//! money it is: "$380 million in housing assistance", "USAID Assistance to
//! China: $500,000".

use crate::fact::Fact;
use crate::lexicon;
use crate::quantity::Kind;

use super::synonyms::Synonyms;
use super::words::{Word, text};

/// Verbs that may stand between an amount and the phrase that names it:
/// "$92.3 million was for housing".
const LINKS: &[&str] = &["was", "were", "is", "are", "has", "have", "been", "went"];

/// How many words may stand between "in" or "for" and the class word of
/// a money phrase.
const PHRASE_WORDS: usize = 4;

/// The money phrase after an amount: "in" or "for", up to
/// [`PHRASE_WORDS`] words, then a class word. Returns the class word's
/// place after the amount, its class, the word, and the words before it
/// ("housing", "low", "interest", "disaster").
pub(super) fn money_phrase(
    after: &[Word<'_>],
    synonyms: &Synonyms,
    kind: Kind,
) -> Option<(usize, String, String, Vec<String>)> {
    let skip = after
        .iter()
        .take_while(|w| LINKS.contains(&text(w)))
        .count();
    if !matches!(after.get(skip).map(text), Some("in" | "for")) {
        return None;
    }
    let from = skip + 1;
    for d in from..(from + PHRASE_WORDS + 1).min(after.len()) {
        let w = text(&after[d]);
        if w.is_empty() || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        let singular = lexicon::singular_form(w);
        let class = synonyms
            .context_classes(w, kind)
            .next()
            .or_else(|| synonyms.context_classes(&singular, kind).next());
        if let Some(c) = class {
            let words = after[from..d]
                .iter()
                .map(|w| w.to_string())
                .filter(|w| {
                    let mut buf = [0u8; 32];
                    !lexicon::lower(w, &mut buf).is_some_and(lexicon::is_stop_word)
                })
                .collect();
            return Some((d, c.to_string(), w.to_string(), words));
        }
    }
    None
}

/// How many words a label line before an amount may hold.
const LABEL_WORDS: usize = 8;

/// The words that say whose amount a label line states: the line is a
/// label and a colon, then the amount, nothing after it ("USAID/OFDA
/// Assistance to China: $500,000"); the label's words before its first
/// class word ("usaid", "ofda"), lowercase, footnote digits dropped
/// ("DOD2" is "dod"). Nothing for a line that is not a label, or whose
/// label opens with its class word ("Aid pledged: $5m").
pub(super) fn label_modifiers(fact: &Fact, synonyms: &Synonyms) -> Vec<String> {
    let p = &fact.provenance;
    let lead = p.span.start.saturating_sub(p.sentence_span.start);
    let tail = p.span.end.saturating_sub(p.sentence_span.start);
    let (Some(head), Some(rest)) = (p.sentence.get(..lead), p.sentence.get(tail..)) else {
        return Vec::new();
    };
    let Some(label) = head.trim_end().strip_suffix(':') else {
        return Vec::new();
    };
    if !rest.trim().trim_end_matches('.').is_empty() {
        return Vec::new();
    }
    let words: Vec<String> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.trim_end_matches(|c: char| c.is_ascii_digit())
                .to_lowercase()
        })
        .collect();
    if words.len() > LABEL_WORDS || words.iter().any(String::is_empty) {
        return Vec::new();
    }
    let Some(class) = words.iter().position(|w| {
        synonyms.context_classes(w, fact.kind).next().is_some()
            || synonyms
                .context_classes(&lexicon::singular_form(w), fact.kind)
                .next()
                .is_some()
    }) else {
        return Vec::new();
    };
    words[..class]
        .iter()
        .filter(|w| {
            let mut buf = [0u8; 32];
            !lexicon::lower(w, &mut buf).is_some_and(lexicon::is_stop_word)
        })
        .cloned()
        .collect()
}
