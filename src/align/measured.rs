//! What a fact measures: the slot of its frame that names the quantity.
//!
//! A frame reads it with every other slot. A fact's subject alone, as the
//! list of extracted facts shows it, needs only this slot: it is read
//! here without the time, the names, the content words or who gives the
//! figure, by the same steps the frame takes, and it is the frame's own
//! to the byte.

use std::borrow::Cow;
use std::cell::RefCell;

use crate::fact::Fact;
use crate::lexicon;
use crate::quantity::{Kind, Role};

use super::frame::{WINDOW, WINDOW_AFTER};
use super::market;
use super::money::money_phrase;
use super::name::Name;
use super::synonyms::Synonyms;
use super::words::{Buffers, Word, all_letters, is_stop, text};

/// The nearest class named around a fact: its distance (twice the words
/// between, plus one after the quote), the class, and the words that name
/// it.
pub(super) type Nearest = Option<(usize, Name, Name)>;

/// What a fact measures, as its frame keeps it.
#[derive(Default)]
pub(super) struct Measured {
    /// The measured thing (see `Frame::measured`).
    pub(super) measured: Name,
    /// The words it was read from.
    pub(super) by: Name,
    /// Whether it is a synonym class.
    pub(super) classed: bool,
    /// The role a counted noun names ("deaths" counts the killed).
    pub(super) role: Option<Role>,
}

impl Measured {
    fn of(measured: impl Into<Name>, by: impl Into<Name>, classed: bool) -> Measured {
        Measured {
            measured: measured.into(),
            by: by.into(),
            classed,
            role: None,
        }
    }
}

/// Money classes that are not the price of the thing a rate is per.
const NOT_PRICES: &[&str] = &["difference", "dividend", "fee", "fine"];

/// The singular of a normalized word: only a word that may be plural has
/// a different one.
pub(super) fn singular_of<'a>(w: &'a Word<'_>) -> Cow<'a, str> {
    if w.ends_with('s') {
        lexicon::singular_form(w)
    } else {
        Cow::Borrowed(text(w))
    }
}

/// The classes the word at `d` names for facts of `kind`, each given to
/// `note` with the words that name it: a two-word phrase in text order
/// ("walk out", "take effect") where a class has one starting here, and
/// it outranks its words; else the word and its singular.
pub(super) fn classes_at(
    synonyms: &Synonyms,
    kind: Kind,
    words: &[Word<'_>],
    (d, before): (usize, bool),
    singular: &str,
    mut note: impl FnMut(&str, &str),
) {
    // "$16 billion with debt", "including net debt": the terms of a
    // price, not what it is.
    if kind == Kind::Money && singular == "debt" && debt_terms_at(words, d, before) {
        return;
    }
    let w = text(&words[d]);
    let pair = match (before, words.get(d + 1)) {
        (true, Some(prev)) if synonyms.starts_phrase(prev) => format!("{prev} {w}"),
        (false, Some(next)) if synonyms.starts_phrase(w) => format!("{w} {next}"),
        _ => String::new(),
    };
    let mut found = false;
    if !pair.is_empty() {
        for c in synonyms.context_classes(&pair, kind) {
            note(c, &pair);
            found = true;
        }
    }
    if !found {
        // Most words name no class, and are told so without a call.
        if synonyms.may_name(w, kind) {
            for c in synonyms.context_classes(w, kind) {
                note(c, w);
            }
        }
        // Most words are their own singular, borrowed: the same bytes,
        // known the same without reading them.
        if !std::ptr::eq(singular, w) && singular != w && synonyms.may_name(singular, kind) {
            for c in synonyms.context_classes(singular, kind) {
                note(c, w);
            }
        }
    }
}

/// Makes a class at `dist` the nearest.
pub(super) fn set_nearest(nearest: &mut Nearest, dist: usize, class: &str, by: &str) {
    *nearest = Some((dist, Name::new(class), Name::new(by)));
}

/// Takes a money phrase's class ("$380 million in housing assistance") as
/// the nearest when it is as near as any other: the phrase after the
/// amount names what it is.
pub(super) fn money_nearer(nearest: &mut Nearest, d: usize, class: &str, by: String) {
    let dist = 2 * d + 1;
    if nearest.as_ref().is_none_or(|(nd, _, _)| dist <= *nd) {
        *nearest = Some((dist, Name::new(class), Name::from(by)));
    }
}

/// What a fact measures when its kind says where to read it, with no
/// need of the words around it: an age's holder, a measure's sentence, a
/// count's noun, a dateline. `None` for the others.
pub(super) fn by_kind(fact: &Fact, synonyms: &Synonyms) -> Option<Measured> {
    match fact.kind {
        // An age is the age of someone: a named person ("Maria Lopez, 27"),
        // or the one person a story's noun stands for ("the suspect, 21").
        // A noun many people share ("a 19-year-old man") names nobody in
        // particular: such an age corroborates, never conflicts.
        Kind::Age => Some(match fact.context.holder.as_deref().and_then(age_holder) {
            Some(h) => Measured::of(
                format!("age of {h}"),
                fact.context.holder.as_deref().unwrap_or(""),
                true,
            ),
            None => Measured::default(),
        }),
        // A measure's sentence is read past the restatement beside it.
        Kind::Measure => super::measure::subject(fact, synonyms)
            .map(|(measured, by, classed)| Measured::of(measured, by, classed)),
        Kind::Count => {
            let noun = fact.unit.counted().map_or("", |c| c.noun.as_str());
            // "12 deaths", "the dead": people, killed.
            Some(match lexicon::role_noun(noun) {
                Some(r) => Measured {
                    role: Some(r),
                    ..Measured::of("person", noun, true)
                },
                None => {
                    let (class, classed) = synonyms.noun_class_of(noun);
                    Measured::of(class, noun, classed)
                }
            })
        }
        // A dateline's day is when the report was filed.
        Kind::Date if super::dateline::is_dateline(fact) => {
            Some(Measured::of("reported", "dateline", false))
        }
        _ => None,
    }
}

/// What a fact measures when its kind does not say: the nearest class
/// named around it, else a date's event word or an amount's noun.
pub(super) fn by_words(
    fact: &Fact,
    nearest: Nearest,
    before: &[Word<'_>],
    after: &[Word<'_>],
) -> Measured {
    if let Some((_, c, by)) = nearest {
        return Measured::of(c, by, true);
    }
    let word = if fact.kind == Kind::Date {
        event_word(before)
    } else {
        attribute_noun(before, after)
    };
    word.map_or_else(Measured::default, |w| {
        Measured::of(w.as_str(), w.as_str(), false)
    })
}

/// An amount per item is a price, whatever words name the deal around it
/// ("offering", "will pay"): the unit it is per says what it is. A gap
/// between prices ("a spread of $2.90 a share") or a dividend is not a
/// price, and an amount per unit of time is a price ("$14.99 a month")
/// only when no other word names it ("C$10 million a year" that "will pay
/// for" a program). A share's price on the market is a market price,
/// apart from any offer ([`market::traded`], whose answer is returned).
pub(super) fn priced(fact: &Fact, m: &mut Measured) -> Option<bool> {
    if fact.kind == Kind::Money
        && let Some(per) = fact.per.as_deref()
        && !NOT_PRICES.contains(&m.measured.as_str())
        && (lexicon::time_unit(per).is_none() || matches!(m.measured.as_str(), "" | "cost"))
    {
        m.measured = Name::new("price");
        m.classed = true;
    }
    let traded = market::traded(fact);
    if traded.is_some() {
        m.measured = Name::new(market::MARKET_PRICE);
        m.classed = true;
    }
    traded
}

/// The nearest class named around a fact, as a frame finds it: the words
/// are read nearest first, so the first class found is the frame's.
fn nearest(fact: &Fact, synonyms: &Synonyms, before: &[Word<'_>], after: &[Word<'_>]) -> Nearest {
    let reach = [before.len().min(WINDOW), after.len().min(WINDOW_AFTER)];
    for d in 0..reach[0].max(reach[1]) {
        // A tie goes to the word before the quote.
        for (side, words) in [before, after].into_iter().enumerate() {
            if d >= reach[side] || words[d].is_empty() {
                continue;
            }
            let before = side == 0;
            let singular = singular_of(&words[d]);
            let mut found: Nearest = None;
            classes_at(
                synonyms,
                fact.kind,
                words,
                (d, before),
                &singular,
                |c, by| {
                    if found.is_none() {
                        found = Some((2 * d + usize::from(!before), Name::new(c), Name::new(by)));
                    }
                },
            );
            if found.is_some() {
                return found;
            }
        }
    }
    None
}

thread_local! {
    /// The lowercase copies of the words around a fact, kept from fact to
    /// fact: a subject is read a fact at a time, and a string of its own
    /// for each would be set up and grown each time.
    static BUFFERS: RefCell<Buffers> = RefCell::default();
}

/// What a fact measures: its frame's `measured`, read without the rest of
/// the frame.
pub(crate) fn measured_of(fact: &Fact, synonyms: &Synonyms) -> String {
    let mut m = by_kind(fact, synonyms).unwrap_or_else(|| {
        BUFFERS.with_borrow_mut(|buffers| {
            // The words after a quote name it within `WINDOW_AFTER` (the
            // word after the last of them may make a phrase with it); a
            // money phrase reads them all.
            let after = if fact.kind == Kind::Money {
                usize::MAX
            } else {
                WINDOW_AFTER + 1
            };
            let normalized = buffers.fill_upto(fact, after);
            let (before, after) = normalized.words();
            let mut near = nearest(fact, synonyms, before, after);
            if fact.kind == Kind::Money
                && let Some((d, class, by, _)) = money_phrase(after, synonyms, fact.kind)
            {
                money_nearer(&mut near, d, &class, by);
            }
            by_words(fact, near, before, after)
        })
    });
    let _ = priced(fact, &mut m);
    debug_assert_eq!(m.measured, super::frame(fact, synonyms).measured);
    m.measured.to_string()
}

/// Nouns that, in a story, usually stand for one person whose age sources
/// may disagree on.
const SINGULAR_HOLDERS: &[&str] = &[
    "suspect",
    "gunman",
    "attacker",
    "shooter",
    "driver",
    "pilot",
    "captain",
    "defendant",
    "accused",
    "assailant",
    "killer",
    "bomber",
    "hijacker",
    "mayor",
    "governor",
    "president",
    "minister",
    "coach",
    "manager",
    "chief",
    "founder",
    "winner",
    "champion",
    "survivor",
];

/// The person an age belongs to, lowercase, when the words name one: a
/// name ("Maria Lopez"), or a noun that stands for one person in a story
/// ("suspect"). `None` for pronouns and nouns many people share ("man",
/// "boy").
fn age_holder(holder: &str) -> Option<String> {
    let h = holder.trim();
    let named = h
        .split_whitespace()
        .last()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !matches!(h, "He" | "She" | "They" | "It" | "His" | "Her");
    if named {
        return Some(h.to_lowercase());
    }
    let noun = h.split_whitespace().last()?.to_ascii_lowercase();
    SINGULAR_HOLDERS.contains(&noun.as_str()).then_some(noun)
}

/// Verb-like words that name no event of their own: a thing that went on
/// or stayed ("the toll continued to rise Monday", "remained closed on
/// Friday"), or one that is only there ("according to", "including").
/// Dates after them are told apart by nothing they share.
const NO_EVENT: &[&str] = &[
    "continued",
    "continuing",
    "remained",
    "remaining",
    "stayed",
    "staying",
    "been",
    "being",
    "seen",
    "according",
    "including",
    "following",
    "happened",
    "happening",
];

/// The event a date belongs to when no synonym class names it: the
/// nearest verb-like word before it ("sworn in on March 3", "opened on
/// Sunday"). A word of [`NO_EVENT`] names none, and a date after it
/// measures nothing named.
fn event_word(before: &[Word<'_>]) -> Option<String> {
    before
        .iter()
        .take(5)
        .find(|w| {
            w.len() > 3
                && all_letters(w)
                && (w.ends_with("ed") || w.ends_with("en") || w.ends_with("ing"))
        })
        .filter(|w| !NO_EVENT.iter().any(|&n| **w == n))
        .map(|w| w.to_string())
}

/// The noun an amount is "of" ("a break fee of $1.1bn") or that it
/// directly modifies ("a $5m grant"), when no synonym class names the
/// subject. Only the very same noun aligns two facts this way.
fn attribute_noun(before: &[Word<'_>], after: &[Word<'_>]) -> Option<String> {
    let content = |w: &Word<'_>| {
        w.len() > 2 && all_letters(w) && !is_stop(w) && !lexicon::is_calendar_word(w)
    };
    if before.first().is_some_and(|w| *w == "of")
        && let Some(w) = before.get(1).filter(|w| content(w))
    {
        return Some(lexicon::singular(w));
    }
    after
        .first()
        .filter(|w| content(w))
        .map(|w| lexicon::singular(w))
}

/// Whether the word "debt" at `d` of `words` (the words before a figure,
/// nearest first, or after it) closes the terms of a price: "with debt",
/// "including net debt", "excluding its debt".
fn debt_terms_at(words: &[Word<'_>], d: usize, before: bool) -> bool {
    // The words before it in reading order, nearest first.
    let earlier = |k: usize| {
        if before {
            words.get(d + k)
        } else {
            d.checked_sub(k).and_then(|i| words.get(i))
        }
    };
    (1..=3).map_while(earlier).any(|w| {
        matches!(
            text(w),
            "with" | "including" | "plus" | "excluding" | "without"
        )
    })
}

/// Whether a magnitude is told as the strongest of the aftershocks its
/// sentence names before it: "the strongest measuring 5.6", "the largest
/// at 5.1".
pub(super) fn strongest_of_aftershocks(fact: &Fact, before: &[Word<'_>]) -> bool {
    let near = before.iter().take(3).map(text);
    if !near
        .clone()
        .any(|w| matches!(w, "strongest" | "largest" | "biggest" | "powerful"))
    {
        return false;
    }
    let p = &fact.provenance;
    p.before_quote()
        .is_some_and(|head| head.to_ascii_lowercase().contains("aftershock"))
}

/// Whether a count is "one" person of no role: "One person with a
/// belief", "one man told reporters". It names someone; it tallies
/// nothing, and is judged against nothing. "One granddaughter" is still
/// a count another report can confirm.
pub(super) fn lone_one(fact: &Fact, role: Option<Role>) -> bool {
    fact.kind == Kind::Count
        && role.is_none()
        && fact.unit.counted().is_some_and(|c| {
            matches!(
                c.noun.as_str(),
                "person" | "people" | "man" | "woman" | "individual"
            )
        })
        && fact
            .provenance
            .text
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("one "))
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::{Checker, Source};

    /// The `.txt` files of a folder and of the folders in it, sorted.
    fn texts(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                out.extend(texts(&p));
            } else if p.extension().is_some_and(|e| e == "txt") {
                out.push(p);
            }
        }
        out
    }

    #[test]
    fn every_fact_of_the_fixtures_measures_what_its_frame_does() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let checker = Checker::new();
        let synonyms = Synonyms::default();
        let mut facts = 0;
        for path in texts(&root.join("sample"))
            .into_iter()
            .chain(texts(&root.join("stories")))
        {
            let source = Source::read(&path).expect("a readable fixture");
            for fact in checker.extract(&source).facts {
                let frame = super::super::frame(&fact, &synonyms);
                assert_eq!(
                    measured_of(&fact, &synonyms),
                    frame.measured.as_str(),
                    "{}: {}",
                    path.display(),
                    fact.provenance.text
                );
                facts += 1;
            }
        }
        assert!(facts > 500, "only {facts} facts");
    }
}
