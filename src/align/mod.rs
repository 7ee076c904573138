//! Stage 5: group the facts that talk about the same quantity.
//!
//! Two facts are in one group only when they are the same kind and about
//! the same subject: for counts, the same counted noun or a synonym ("apps",
//! "applications", "platforms"); for money, durations, percentages and
//! dates, the same attribute or event named next to them ("IPO", "float";
//! "takes effect", "deadline"). A fact whose subject cannot be told joins a
//! group only as a *weak* member, when it states the very same value as a
//! member: it can corroborate but never conflict.
//!
//! Alignment works on words the extraction stage kept around each quote;
//! it never re-reads the source text.

use std::collections::{BTreeMap, BTreeSet};

use crate::fact::Fact;
use crate::lexicon;
use crate::quantity::{Bound, Interval, Kind, Unit, Value};

pub mod synonyms;

pub use synonyms::{SynonymClass, Synonyms};

/// How many members of a group a fact is compared with when it asks to
/// join: enough to find shared context, few enough to keep alignment
/// linear in the number of facts.
const SAMPLE: usize = 64;

/// How many words before a quote are searched for a subject.
const WINDOW: usize = 10;

/// How many words after a quote are searched for a subject: what follows
/// a number names it only when close ("62% turnout", "33% owned by").
const WINDOW_AFTER: usize = 4;

/// What alignment knows about one fact.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signature {
    /// The subject key: a synonym-class name, a counted noun, or empty when
    /// the subject cannot be told.
    pub key: String,
    /// Every context class named near the fact.
    pub concepts: BTreeSet<String>,
    /// Proper names near the fact, lowercase, possessives removed.
    pub entities: BTreeSet<String>,
    /// Content words near the fact, lowercase and singular.
    pub words: BTreeSet<String>,
    /// The context points to an earlier event ("the last strike", "a
    /// year ago"): such a figure is not judged against current ones.
    pub historical: bool,
    /// Whether the fact is judged at all: a date that says when something
    /// was reported ("said on Monday") belongs to each source's own
    /// telling, not to the event.
    pub judged: bool,
}

impl Signature {
    /// The fact's subject as a label for reports: its subject key, else
    /// its counted noun; empty when nothing tells.
    pub fn label<'a>(&'a self, fact: &'a Fact) -> &'a str {
        if !self.key.is_empty() {
            return &self.key;
        }
        fact.unit.counted().map_or("", |c| c.noun.as_str())
    }

    /// Whether two facts' contexts share a concept or a content word.
    pub fn agrees_with(&self, other: &Signature) -> bool {
        self.concepts.intersection(&other.concepts).next().is_some()
            || self.words.intersection(&other.words).next().is_some()
    }

    /// Whether two facts' contexts share a concept or at least two content
    /// words: the evidence a fact of unknown subject needs to join another.
    pub fn shares_context(&self, other: &Signature) -> bool {
        self.concepts.intersection(&other.concepts).next().is_some()
            || self.words.intersection(&other.words).nth(1).is_some()
    }

    /// Whether the names around two facts point at different things: both
    /// have names and share none.
    pub fn names_differ(&self, other: &Signature) -> bool {
        !self.entities.is_empty()
            && !other.entities.is_empty()
            && self.entities.is_disjoint(&other.entities)
    }
}

/// A group of facts about one quantity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The kind of every fact in it.
    pub kind: Kind,
    /// The subject key (see [`Signature::key`]).
    pub subject: String,
    /// Facts whose subject matches the key, as indices into the fact list.
    pub strong: Vec<usize>,
    /// Facts of unknown subject that state a value some strong member
    /// states: they can corroborate, never conflict.
    pub weak: Vec<usize>,
    /// Whether the group's values are judged (see [`Signature::judged`]).
    pub judged: bool,
}

/// The result of alignment: a signature per fact and the groups.
#[derive(Clone, Debug, Default)]
pub struct Alignment {
    /// One signature per fact, in fact order.
    pub signatures: Vec<Signature>,
    /// The groups, sorted by kind and subject.
    pub groups: Vec<Group>,
    /// For each fact, the subject of the group it was aligned into, when
    /// that group has one.
    grouped: Vec<Option<usize>>,
}

impl Alignment {
    /// What fact `i` is about, as a label for reports: the subject of the
    /// group it was aligned into, else its own subject key, else its
    /// counted noun; empty when nothing tells.
    pub fn subject<'a>(&'a self, facts: &'a [Fact], i: usize) -> &'a str {
        if let Some(g) = self.grouped.get(i).copied().flatten() {
            return &self.groups[g].subject;
        }
        match (self.signatures.get(i), facts.get(i)) {
            (Some(s), Some(f)) => s.label(f),
            _ => "",
        }
    }
}

/// Lowercases a word and strips a possessive: "Ant’s" becomes "ant".
fn normal(word: &str) -> String {
    let w = word
        .strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix("’S"))
        .or_else(|| word.strip_suffix("'S"))
        .unwrap_or(word)
        .trim_matches(|c: char| !c.is_alphanumeric());
    if w.is_ascii() {
        w.to_ascii_lowercase()
    } else {
        w.to_lowercase()
    }
}

/// Words that mark a figure as belonging to an earlier event.
const PAST_MARKERS: [&str; 7] = [
    "last",
    "previous",
    "earlier",
    "prior",
    "former",
    "ago",
    "preceding",
];

fn is_past_marker(w: &str) -> bool {
    PAST_MARKERS.iter().any(|m| m.eq_ignore_ascii_case(w))
}

/// Computes a fact's signature.
pub fn signature(fact: &Fact, synonyms: &Synonyms) -> Signature {
    let mut sig = Signature::default();
    let s = &fact.context;
    let counted = fact.unit.counted();
    let mut nearest: Option<(usize, String)> = None;
    // The first word of the sentence is capitalized whatever it is.
    let sentence_start = (s.before.len() < 12).then(|| s.before.len().saturating_sub(1));
    let norm_before: Vec<String> = s
        .before
        .iter()
        .take(WINDOW + 1)
        .map(|w| normal(w))
        .collect();
    // After the quote, words name the subject only within WINDOW_AFTER and
    // count as context within six: nothing further is needed.
    let norm_after: Vec<String> = s.after.iter().take(7).map(|w| normal(w)).collect();
    for (words, raw_words, before) in [
        (&norm_before, &s.before, true),
        (&norm_after, &s.after, false),
    ] {
        for (d, w) in words.iter().take(WINDOW).enumerate() {
            if w.is_empty() {
                continue;
            }
            let raw = &raw_words[d];
            let mut buf = [0u8; 32];
            let stop = lexicon::lower(w, &mut buf).is_some_and(lexicon::is_stop_word);
            let first_word = before && Some(d) == sentence_start;
            if raw.chars().next().is_some_and(char::is_uppercase)
                && !first_word
                && !stop
                && !lexicon::is_calendar_word(w)
            {
                sig.entities.insert(w.clone());
            }
            // Only a word that may be plural has a different singular.
            let singular = if w.ends_with('s') {
                lexicon::singular(w)
            } else {
                w.clone()
            };
            let concept_reach = before || d < WINDOW_AFTER;
            // Two-word phrases in text order: "walk out", "take effect".
            // Built only where a class has a phrase that could start here.
            let pair = match (before, words.get(d + 1)) {
                (true, Some(prev)) if synonyms.starts_phrase(prev) => format!("{prev} {w}"),
                (false, Some(next)) if synonyms.starts_phrase(w) => format!("{w} {next}"),
                _ => String::new(),
            };
            // A two-word phrase ("market value") outranks its words.
            let mut classes: Vec<&str> = Vec::new();
            if concept_reach {
                classes.extend(synonyms.context_classes(&pair, fact.kind));
                if classes.is_empty() {
                    classes.extend(synonyms.context_classes(w, fact.kind));
                    if singular != *w {
                        classes.extend(synonyms.context_classes(&singular, fact.kind));
                    }
                }
            }
            for c in classes {
                sig.concepts.insert(c.to_string());
                // Ties go to the word before the quote.
                let dist = 2 * d + usize::from(!before);
                if nearest.as_ref().is_none_or(|(nd, _)| dist < *nd) {
                    nearest = Some((dist, c.to_string()));
                }
            }
            if !stop && d < 6 && w.len() >= 2 && w.chars().all(char::is_alphabetic) {
                sig.words.insert(singular);
            }
        }
    }
    // An earlier event: "the last stoppage, for 24 hours in June, led to
    // 180 flights being cancelled". Read from the sentence itself, since
    // the context words stop at the nearest other number.
    let p = &fact.provenance;
    let lead = p.span.start.saturating_sub(p.sentence_span.start);
    let head_of_sentence = p.sentence.get(..lead).unwrap_or("");
    sig.historical = head_of_sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(12)
        .any(is_past_marker)
        || s.after
            .iter()
            .take(2)
            .any(|w| w.eq_ignore_ascii_case("ago"));
    if let Some(c) = counted {
        sig.words.remove(&c.noun);
        for w in c.phrase.split_whitespace() {
            sig.words.remove(&lexicon::singular(&normal(w)));
        }
    }
    sig.key = match fact.kind {
        Kind::Count => synonyms
            .noun_class(counted.map_or("", |c| c.noun.as_str()))
            .to_string(),
        Kind::Date => nearest
            .map(|(_, c)| c)
            .or_else(|| event_word(&norm_before))
            .unwrap_or_default(),
        // A price per unit ("$81 a share") is its own quantity, whatever
        // else the sentence is about.
        Kind::Money if per_unit(&norm_after).is_some() => per_unit(&norm_after).unwrap_or_default(),
        _ => nearest
            .map(|(_, c)| c)
            .or_else(|| attribute_noun(&norm_before, &norm_after))
            .unwrap_or_default(),
    };
    sig.judged = !(fact.kind == Kind::Date && synonyms.is_unjudged(&sig.key));
    sig
}

/// The event a date belongs to when no synonym class names it: the
/// nearest verb-like word before it ("sworn in on March 3", "opened on
/// Sunday").
fn event_word(before: &[String]) -> Option<String> {
    before
        .iter()
        .take(5)
        .find(|w| {
            w.len() > 3
                && w.chars().all(char::is_alphabetic)
                && (w.ends_with("ed") || w.ends_with("en") || w.ends_with("ing"))
        })
        .cloned()
}

/// "$22 a share", "$80 per barrel": the unit a price is per.
fn per_unit(after: &[String]) -> Option<String> {
    let w = after.get(1)?;
    let per = after
        .first()
        .is_some_and(|p| matches!(p.as_str(), "a" | "an" | "per" | "each"));
    (per && w.len() > 2 && w.chars().all(char::is_alphabetic) && !lexicon::is_calendar_word(w))
        .then(|| format!("per {}", lexicon::singular(w)))
}

/// The noun an amount is "of" ("a break fee of $1.1bn") or that it
/// directly modifies ("a $5m grant"), when no synonym class names the
/// subject. Only the very same noun aligns two facts this way.
fn attribute_noun(before: &[String], after: &[String]) -> Option<String> {
    let content = |w: &String| {
        let mut buf = [0u8; 32];
        w.len() > 2
            && w.chars().all(char::is_alphabetic)
            && !lexicon::lower(w, &mut buf).is_some_and(lexicon::is_stop_word)
            && !lexicon::is_calendar_word(w)
    };
    if before.first().is_some_and(|w| w == "of")
        && let Some(w) = before.get(1).filter(|w| content(w))
    {
        return Some(lexicon::singular(w));
    }
    after
        .first()
        .filter(|w| content(w))
        .map(|w| lexicon::singular(w))
}

/// Groups facts about the same quantity.
pub fn align(facts: &[Fact], synonyms: &Synonyms) -> Alignment {
    let signatures: Vec<Signature> = facts.iter().map(|f| signature(f, synonyms)).collect();
    let mut groups: BTreeMap<(Kind, String), Group> = BTreeMap::new();
    let mut unknown: BTreeMap<(Kind, ValueKey<'_>), Vec<usize>> = BTreeMap::new();
    for (i, (f, sig)) in facts.iter().zip(&signatures).enumerate() {
        if sig.key.is_empty() {
            unknown.entry((f.kind, value_key(f))).or_default().push(i);
            continue;
        }
        groups
            .entry((f.kind, sig.key.clone()))
            .or_insert_with(|| Group {
                kind: f.kind,
                subject: sig.key.clone(),
                strong: Vec::new(),
                weak: Vec::new(),
                judged: sig.judged,
            })
            .strong
            .push(i);
    }
    // Facts of unknown subject join a group that states the same value.
    let mut by_value: BTreeMap<(Kind, ValueKey<'_>), Vec<(Kind, String)>> = BTreeMap::new();
    for (key, g) in &groups {
        let mut seen = BTreeSet::new();
        for &i in &g.strong {
            let vk = value_key(&facts[i]);
            if seen.insert(vk) {
                by_value.entry((g.kind, vk)).or_default().push(key.clone());
            }
        }
    }
    // Groups of facts whose subject is unknown, after the keyed ones.
    let mut unknown_groups = Vec::new();
    for ((kind, vk), members) in unknown {
        // Each fact joins the group, among those stating its value, whose
        // members' context it shares most; a fact that shares nothing with
        // any of them stays apart ("62% of the people who did vote were
        // over 50" is no turnout figure).
        let targets = by_value.get(&(kind, vk)).cloned().unwrap_or_default();
        let mut apart = Vec::new();
        for m in members {
            let best = targets
                .iter()
                .map(|t| {
                    let g = &groups[t];
                    // The first members stand for the group: a group of a
                    // thousand copies needs no thousand comparisons per fact.
                    let score = g
                        .strong
                        .iter()
                        .take(SAMPLE)
                        .filter(|&&s| signatures[m].shares_context(&signatures[s]))
                        .count();
                    (score, std::cmp::Reverse(t.clone()))
                })
                .filter(|(score, _)| *score > 0)
                .max()
                .map(|(_, t)| t.0);
            match best.and_then(|t| groups.get_mut(&t)) {
                Some(g) => g.weak.push(m),
                None => apart.push(m),
            }
        }
        if !apart.is_empty() {
            unknown_groups.push(Group {
                kind,
                subject: String::new(),
                strong: Vec::new(),
                weak: apart,
                judged: true,
            });
        }
    }
    let mut groups: Vec<Group> = groups.into_values().collect();
    groups.extend(unknown_groups);
    for g in &mut groups {
        g.weak.sort_unstable();
    }
    let mut grouped = vec![None; facts.len()];
    for (k, g) in groups.iter().enumerate() {
        if !g.subject.is_empty() {
            for &i in g.strong.iter().chain(&g.weak) {
                grouped[i] = Some(k);
            }
        }
    }
    Alignment {
        signatures,
        groups,
        grouped,
    }
}

/// A key that is equal for facts stating the same value in the same unit,
/// with the same bound and interval. Cheap to build and to compare.
pub fn value_key(f: &Fact) -> ValueKey<'_> {
    ValueKey {
        value: &f.value,
        unit: &f.unit,
        bound: f.bound,
        interval: f.interval,
    }
}

/// See [`value_key`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ValueKey<'f> {
    value: &'f Value,
    unit: &'f Unit,
    bound: Bound,
    interval: Interval,
}
