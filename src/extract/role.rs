//! The role of a count: what the words around it say befell the counted
//! group. After it, a predicate ("were killed", "remain unaccounted for",
//! "were among the dead", "taken to hospital"); its own noun ("3 deaths",
//! "14 survivors"); before it, a verb taking it as object ("killing 12
//! people", "Gunman Kills 5"), a running tally ("the toll rose to 36") or a
//! list line's label ("Wounded: 38").

use std::sync::LazyLock;

use super::Candidate;
use super::casualty;
use super::numeral;
use super::tally;
use super::token::{Tk, Token};
use crate::lexicon::{self, WordTable};
use crate::quantity::Role;

/// How many words after a count are read for its role.
const ROLE_WORDS_AFTER: usize = 8;

/// The role of a count with a noun, from the words around tokens
/// `start..end` (its hedge included, if `hedged`): after it ("were
/// killed"), its own noun `lemma` ("3 deaths"), or before it ("killing 12
/// people", "the toll rose to 36 people", "Wounded: 57 people"). `prior`
/// is the count read before it in the sentence, which a running total
/// continues.
pub(crate) fn role_of_count(
    toks: &[Token<'_>],
    (start, end): (usize, usize),
    hedged: bool,
    lemma: &str,
    prior: Option<&Candidate<'_>>,
) -> Option<Role> {
    if let Some((r, _)) = role_after(toks, end) {
        return Some(r);
    }
    if let Some(r) = lexicon::role_noun(lemma) {
        return Some(r);
    }
    if let Some(r) = lives_of(toks, start) {
        return Some(r);
    }
    let before = if !hedged && !cue_before_count(toks, start) {
        debug_assert_eq!(role_before_count(toks, start, hedged, lemma, prior), None);
        None
    } else {
        role_before_count(toks, start, hedged, lemma, prior)
    };
    before.or_else(|| included_role(toks, start, prior))
}

/// How many tokens before a count are read for the "including" that
/// makes it part of the count before it.
const INCLUDED_REACH: usize = 8;

/// The role of the count a count is listed in: "174 people have been
/// rescued, including 75 students and two teachers" (rescued); "Nine
/// people, including three students, were confirmed dead" (killed, the
/// role the count before found after the aside). Only nouns, numbers,
/// "and" and commas may stand between "including" and the count; a
/// count listed after another takes the role that one took.
fn included_role(toks: &[Token<'_>], start: usize, prior: Option<&Candidate<'_>>) -> Option<Role> {
    let (_, role) = prior.and_then(casualty::Who::of)?;
    let role = role?;
    let mut buf = [0u8; 32];
    for k in (start.saturating_sub(INCLUDED_REACH)..start).rev() {
        let t = toks.get(k)?;
        if t.is_digits() {
            continue;
        }
        let Some(w) = numeral::word_at(toks, k, &mut buf) else {
            if t.text == "," {
                continue;
            }
            return None;
        };
        if w == "including" {
            return Some(role);
        }
        if lexicon::role_word(w).is_some() || lexicon::is_role_filler(w) {
            return None;
        }
    }
    None
}

/// The role of a count after "the lives of" and the verb that befell
/// them: "claimed the lives of 21 people" (killed), "saved the lives of
/// 12 miners" (rescued).
fn lives_of(toks: &[Token<'_>], start: usize) -> Option<Role> {
    if !(numeral::is_word(toks, start.wrapping_sub(1), "of")
        && numeral::is_word(toks, start.wrapping_sub(2), "lives")
        && numeral::is_word(toks, start.wrapping_sub(3), "the"))
    {
        return None;
    }
    let mut buf = [0u8; 32];
    numeral::word_at(toks, start.checked_sub(4)?, &mut buf).and_then(lexicon::life_verb)
}

/// The role the words before a count at `start` give it: a verb taking it
/// as object, a list's label or a running tally.
fn role_before_count(
    toks: &[Token<'_>],
    start: usize,
    hedged: bool,
    lemma: &str,
    prior: Option<&Candidate<'_>>,
) -> Option<Role> {
    if let Some(r) = role_before(toks, start, lemma) {
        return Some(r);
    }
    if let Some(r) = tally::label_before(toks, start) {
        return Some(r);
    }
    tally::tally_before(toks, start, hedged, prior).and_then(|t| t.role)
}

/// The role words after token `at - 1` give: the first word that is not
/// a filler ("were", "feared", "still") is a role word ("killed",
/// "missing", "unaccounted"), "hospital" after "to" or "in", or "power"
/// after "without". "among the" leads to a role ("were among the dead");
/// "and an interpreter" is stepped over ("Seven marines and an
/// interpreter were killed"). A hurt that kills is killed: "shot dead",
/// "stabbed to death". Returns the role and the token of its word.
pub(crate) fn role_after(toks: &[Token<'_>], at: usize) -> Option<(Role, usize)> {
    let found = read_role_after(toks, at);
    debug_assert_eq!(found, role_after_listed(toks, at));
    found
}

/// What [`role_after`] makes of a word, looked up once where it was looked
/// up in each list in turn.
#[derive(Clone, Copy, Debug)]
struct AfterWord {
    /// A number word above one or a tens word: the next number's.
    stop: bool,
    /// The role the word names.
    role: Option<Role>,
    /// A word that leads to "hospital".
    hospital: bool,
    /// "without", "lost", "among", "in" or "and": read with the words
    /// after it.
    leads: bool,
    /// A filler the reading steps over.
    filler: bool,
}

/// Every word [`role_after`] does not turn away at once, and what it
/// makes of it.
static AFTER_TABLE: LazyLock<WordTable<&'static str, AfterWord>> = LazyLock::new(|| {
    let words = lexicon::UNITS
        .iter()
        .chain(lexicon::TENS)
        .map(|&(w, _)| w)
        .chain(lexicon::role_after_words())
        .chain(lexicon::HOSPITAL.0.iter().copied())
        .chain(LEADS.iter().copied());
    WordTable::new(words.map(|w| (w, after_word(w))))
});

/// The words read with the words after them.
const LEADS: &[&str] = &["without", "lost", "among", "in", "and"];

/// What [`role_after`] makes of a word, from each list in turn.
fn after_word(w: &str) -> AfterWord {
    AfterWord {
        stop: lexicon::unit_word(w).is_some_and(|v| v > 1) || lexicon::tens_word(w).is_some(),
        role: lexicon::role_word(w),
        hospital: lexicon::HOSPITAL.0.contains(&w),
        leads: LEADS.contains(&w),
        filler: lexicon::is_role_filler(w),
    }
}

/// [`role_after`], with each word looked up once in [`AFTER_TABLE`].
fn read_role_after(toks: &[Token<'_>], at: usize) -> Option<(Role, usize)> {
    walk_role_after(toks, at, |w| AFTER_TABLE.get(w.as_bytes()).copied())
}

/// [`role_after`], read from each list in turn: what the table must give.
fn role_after_listed(toks: &[Token<'_>], at: usize) -> Option<(Role, usize)> {
    walk_role_after(toks, at, |w| Some(after_word(w)))
}

/// [`role_after`], with `classify` telling what a word is (`None`: a word
/// that is nothing to it).
fn walk_role_after(
    toks: &[Token<'_>],
    at: usize,
    classify: impl Fn(&str) -> Option<AfterWord>,
) -> Option<(Role, usize)> {
    let mut k = past_aside(toks, at)
        .or_else(|| noun_list(toks, at).map(|(end, _)| end))
        .unwrap_or(at);
    let mut read = 0;
    let mut buf = [0u8; 32];
    // "with gunshot wounds": the injured, unless a role follows ("Five
    // people with stab wounds were taken to hospital").
    let mut wounded = None;
    while read < ROLE_WORDS_AFTER {
        if let Some(end) = wounds_at(toks, k) {
            wounded = Some((Role::Injured, end));
            k = end + 1;
            read += 1;
            continue;
        }
        let Some(w) = numeral::word_at(toks, k, &mut buf) else {
            return wounded;
        };
        // "90 people turned up with gunshot wounds": past the last word
        // read, a verb and its particle may stand before the wounds.
        let wounds_past = |k: usize| {
            wounded.or_else(|| {
                (k + 1..k + 3)
                    .find_map(|j| wounds_at(toks, j))
                    .map(|end| (Role::Injured, end))
            })
        };
        let Some(a) = classify(w) else {
            return wounds_past(k);
        };
        if a.stop {
            // The next number's words are its own.
            return None;
        }
        if let Some(r) = a.role {
            let fatal = numeral::is_word(toks, k + 1, "dead")
                || (numeral::is_word(toks, k + 1, "to") && numeral::is_word(toks, k + 2, "death"));
            return Some((
                if r == Role::Injured && fatal {
                    Role::Killed
                } else {
                    r
                },
                k,
            ));
        }
        let places = lexicon::HOSPITAL.1;
        if a.hospital && places.iter().any(|p| numeral::is_word(toks, k + 1, p)) {
            return Some((Role::Hospitalised, k + 1));
        }
        if a.leads {
            if matches!(w, "without" | "lost")
                && (numeral::is_word(toks, k + 1, "power")
                    || numeral::is_word(toks, k + 1, "electricity"))
            {
                return Some((Role::WithoutPower, k + 1));
            }
            if w == "lost"
                && numeral::is_word(toks, k + 1, "their")
                && (numeral::is_word(toks, k + 2, "lives") || numeral::is_word(toks, k + 2, "life"))
            {
                // "357 people have lost their lives".
                return Some((Role::Killed, k + 2));
            }
            if w == "among"
                && (numeral::is_word(toks, k + 1, "the") || numeral::is_word(toks, k + 1, "those"))
            {
                k += 2;
                read += 2;
                continue;
            }
            if w == "in" && read == 0 && toks.get(k + 1).is_some_and(|t| t.is_digits()) {
                // "45.5 million people in 10 provinces and regions were
                // affected".
                k = past_counted_place(toks, k + 2)?;
                read += 1;
                continue;
            }
            if w == "in"
                && let Some(end) = in_condition(toks, k + 1)
            {
                // "remain in a serious condition", "in intensive care":
                // patients.
                return Some((Role::Hospitalised, end));
            }
            if w == "and" && read == 0 {
                // "Seven marines and an interpreter were killed".
                k = past_coordinate(toks, k + 1)?;
                read += 1;
                continue;
            }
        }
        // "are now known to have been killed", "were expected to be
        // evacuated": "to" before a verb's infinitive only ("sentenced
        // five men to death" gives them no role).
        let infinitive = w == "to"
            && (numeral::is_word(toks, k + 1, "have") || numeral::is_word(toks, k + 1, "be"));
        if !a.filler && !infinitive {
            return wounds_past(k);
        }
        k += 1;
        read += 1;
    }
    wounded
}

/// Wounds told from token `at`: "with gunshot wounds", "suffered serious
/// burns", "sustained minor injuries". Up to two words may describe the
/// wounds. Returns the token of the wounds' noun.
fn wounds_at(toks: &[Token<'_>], at: usize) -> Option<usize> {
    let mut buf = [0u8; 32];
    if !matches!(
        numeral::word_at(toks, at, &mut buf)?,
        "with" | "suffered" | "sustained" | "suffering" | "sustaining"
    ) {
        return None;
    }
    (at + 1..at + 4).find(|&k| {
        WOUNDS.iter().any(|w| numeral::is_word(toks, k, w))
            && (at + 1..k).all(|j| toks.get(j).is_some_and(|t| !t.is_digits()))
    })
}

/// Nouns of wounds, after "with" or "suffered".
const WOUNDS: &[&str] = &["wounds", "wound", "injuries", "injury", "burns"];

/// The words that say a patient's state after "in": "(a) critical
/// condition", "serious condition", "intensive care". Returns the token
/// of the state's last word.
fn in_condition(toks: &[Token<'_>], at: usize) -> Option<usize> {
    let mut buf = [0u8; 32];
    let mut k = at;
    if matches!(numeral::word_at(toks, k, &mut buf)?, "a" | "an") {
        k += 1;
    }
    let state = numeral::word_at(toks, k, &mut buf)?;
    if state == "intensive" {
        return numeral::is_word(toks, k + 1, "care").then_some(k + 1);
    }
    if !CONDITIONS.contains(&state) {
        return None;
    }
    numeral::is_word(toks, k + 1, "condition").then_some(k + 1)
}

/// The states a patient is said to be in: "in critical condition".
const CONDITIONS: &[&str] = &["critical", "serious", "stable", "grave", "fair"];

/// A list of nouns joined to a count's noun from token `at`: ", women
/// and children" in "50 men, women and children were killed", "and
/// girls" in "12 boys and girls". Returns the token after its last noun
/// and whether every noun in it names people. Plain words only, the last
/// after "and" or "or", within [`ASIDE_TOKENS`]; no role word or filler
/// ("were"), no "and" right after a comma ("21 people, and divers saved
/// the lives of 12 miners" joins a clause), no determiner after the "and"
/// ("Seven marines and an interpreter" is a second subject).
pub(crate) fn noun_list(toks: &[Token<'_>], at: usize) -> Option<(usize, bool)> {
    let mut buf = [0u8; 32];
    let mut k = at;
    let mut joined = false;
    let mut people = true;
    while k < at + ASIDE_TOKENS {
        let t = toks.get(k)?;
        if t.is_punct(',') {
            k += 1;
            continue;
        }
        let w = numeral::word_at(toks, k, &mut buf)?;
        // A number word starts the next count: "86 deaths and five
        // people missing".
        let number = lexicon::unit_word(w).is_some()
            || lexicon::tens_word(w).is_some()
            || matches!(
                w,
                "dozen" | "dozens" | "hundred" | "hundreds" | "thousand" | "thousands"
            );
        if number || lexicon::role_word(w).is_some() || lexicon::is_role_filler(w) {
            return None;
        }
        if matches!(w, "and" | "or") {
            if k == at + 1 && toks[at].is_punct(',') {
                return None;
            }
            joined = true;
            k += 1;
            continue;
        }
        if joined && matches!(w, "a" | "an" | "the" | "his" | "her" | "their" | "its") {
            return None;
        }
        people &= lexicon::is_people_lemma(&lexicon::singular(w));
        if joined {
            return Some((k + 1, people));
        }
        k += 1;
    }
    None
}

/// The words that open an aside between a count and its verb: "22
/// people, including women and children, were killed"; "nine people, most
/// of them tourists, were hurt"; "40 workers, among them two foremen, are
/// missing".
const ASIDE_LEADS: &[&str] = &[
    "including",
    "among",
    "most",
    "mostly",
    "many",
    "mainly",
    "all",
];

/// How far an aside reaches: its words and its closing comma.
const ASIDE_TOKENS: usize = 12;

/// When token `at` opens an aside set off by commas (see
/// [`ASIDE_LEADS`]), the token after its closing comma; `None` when there
/// is none, or the aside runs past [`ASIDE_TOKENS`] or out of its
/// clause.
fn past_aside(toks: &[Token<'_>], at: usize) -> Option<usize> {
    if !toks.get(at)?.is_punct(',') {
        return None;
    }
    let mut buf = [0u8; 32];
    let lead = numeral::word_at(toks, at + 1, &mut buf)?;
    if !ASIDE_LEADS.contains(&lead) {
        return None;
    }
    for (k, t) in toks.iter().enumerate().skip(at + 2).take(ASIDE_TOKENS) {
        match t.kind {
            Tk::Punct(',') => return Some(k + 1),
            Tk::Punct('.' | ';' | ':' | '?' | '!' | '(' | ')' | '"' | '\u{201c}' | '\u{201d}') => {
                return None;
            }
            _ => {}
        }
    }
    None
}

/// After "in" and a number at token `at - 1`: the nouns it counts, joined
/// by "and" ("provinces and regions"), up to a role filler ("were"), whose
/// token is returned.
fn past_counted_place(toks: &[Token<'_>], at: usize) -> Option<usize> {
    let mut buf = [0u8; 32];
    for k in at..at + 4 {
        let w = numeral::word_at(toks, k, &mut buf)?;
        if lexicon::is_role_filler(w) {
            return (k > at).then_some(k);
        }
        if lexicon::role_word(w).is_some() {
            return None;
        }
    }
    None
}

/// After "and" at token `at - 1`: a short named subject ("an
/// interpreter", "their driver") followed by "were" or "was", or by a
/// role word the two share ("and an interpreter died"). Returns the token
/// of that verb.
fn past_coordinate(toks: &[Token<'_>], at: usize) -> Option<usize> {
    let mut buf = [0u8; 32];
    let det = numeral::word_at(toks, at, &mut buf)?;
    if !matches!(det, "a" | "an" | "the" | "his" | "her" | "their" | "its") {
        return None;
    }
    (at + 2..at + 4)
        .find(|&k| {
            let mut b = [0u8; 32];
            numeral::word_at(toks, k, &mut b)
                .is_some_and(|w| matches!(w, "were" | "was") || lexicon::role_word(w).is_some())
        })
        .filter(|&k| (at + 1..k).all(|j| toks[j].is_word()))
}

/// The role the word right before a count gives it: a verb taking it as
/// its object ("killing 12 people", "shot dead 4 people", "injured another
/// 20 people"), or a verb of pulling out when the count is of people
/// ("pulled 128 people from the water" rescued them).
fn role_before(toks: &[Token<'_>], start: usize, lemma: &str) -> Option<Role> {
    let mut k = start;
    let mut skipped = 0;
    let mut buf = [0u8; 32];
    while k > 0 {
        let w = numeral::word_at(toks, k - 1, &mut buf)?;
        if let Some(r) = lexicon::role_word(w) {
            return Some(r);
        }
        if lexicon::PULLED.contains(&w) && lexicon::is_people_lemma(lemma) {
            return Some(Role::Rescued);
        }
        if skipped >= 2 || !ROLE_BEFORE_SKIPS.contains(&w) {
            return None;
        }
        skipped += 1;
        k -= 1;
    }
    None
}

/// The words [`role_before`] steps over before a count: "injured another
/// 20 people".
const ROLE_BEFORE_SKIPS: &[&str] = &["another", "a", "an", "further", "additional", "the"];

/// Whether the token right before `lead`, the start of an unhedged count
/// with a noun, can start a reading of [`role_before_count`]: a word of
/// [`COUNT_BEFORE_WORDS`], or no word at all (a label's colon or
/// bracket). Any other word is turned away with one lookup, where the
/// readers lowercased it and looked it up in turn.
fn cue_before_count(toks: &[Token<'_>], lead: usize) -> bool {
    let Some(t) = lead.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    if !t.is_word() {
        return true;
    }
    let mut buf = [0u8; 32];
    lexicon::lower(t.text, &mut buf).is_some_and(|w| COUNT_BEFORE_WORDS.get(w.as_bytes()).is_some())
}

/// The words of [`cue_before_count`] in one table.
static COUNT_BEFORE_WORDS: LazyLock<WordTable<&'static str, ()>> = LazyLock::new(|| {
    let words = ROLE_BEFORE_SKIPS
        .iter()
        .copied()
        .chain(lexicon::PULLED.iter().copied())
        .chain(lexicon::count_before_words());
    WordTable::new(words.map(|w| (w, ())))
});

/// A casualty verb right before the number at token `lead` (its hedge
/// included), past "another" or "a further": "Gunman Kills 5", "injuring
/// more than 200", "injured another 20". Not after an auxiliary: in "was
/// wounded 3 times" the number is not the verb's object.
pub(crate) fn verb_before(toks: &[Token<'_>], lead: usize) -> Option<Role> {
    let mut k = lead;
    let mut buf = [0u8; 32];
    for _ in 0..2 {
        let w = numeral::word_at(toks, k.checked_sub(1)?, &mut buf)?;
        if matches!(w, "another" | "further" | "additional") {
            k -= 1;
            if numeral::is_word(toks, k.wrapping_sub(1), "a") {
                k -= 1;
            }
            continue;
        }
        let role = lexicon::role_verb(w)?;
        let mut prev = [0u8; 32];
        if k >= 2
            && numeral::word_at(toks, k - 2, &mut prev)
                .is_some_and(|p| lexicon::PASSIVE_AUXILIARIES.contains(&p))
        {
            return None;
        }
        return Some(role);
    }
    None
}

/// The words after a count that [`cue_after`] names, besides those of the
/// lexicon's tables.
const AFTER_CUES: &[&str] = &[
    "others",
    "of",
    "confirmed",
    "seriously",
    "critically",
    "badly",
    "slightly",
    "fatally",
    "were",
    "was",
    "are",
    "without",
    "lost",
    "among",
    "in",
    "and",
];

/// Whether the word at token `at`, right after a count with no noun, can
/// start one of its readings in `casualty.rs`: "others", a partitive's
/// "of", a stand-in or the adverb before one, a scope or the verb before
/// it, or the first word of a role after the count (a role word, a filler,
/// or a word that leads to one).
pub(crate) fn cue_after(toks: &[Token<'_>], at: usize) -> bool {
    let mut buf = [0u8; 32];
    let cue = numeral::word_at(toks, at, &mut buf)
        .is_some_and(|w| AFTER_WORDS.get(w.as_bytes()).is_some());
    debug_assert_eq!(cue, cue_after_listed(toks, at));
    cue
}

/// [`cue_after`], read from each list and table.
fn cue_after_listed(toks: &[Token<'_>], at: usize) -> bool {
    let mut buf = [0u8; 32];
    numeral::word_at(toks, at, &mut buf).is_some_and(|w| {
        AFTER_CUES.contains(&w)
            || lexicon::SCOPES.iter().any(|(words, _)| words[0] == w)
            || lexicon::HOSPITAL.0.contains(&w)
            || lexicon::is_stand_in(w)
            || lexicon::role_word(w).is_some()
            || lexicon::is_role_filler(w)
    })
}

/// The words of [`cue_after`] in one table.
static AFTER_WORDS: LazyLock<WordTable<&'static str, ()>> = LazyLock::new(|| {
    let words = AFTER_CUES
        .iter()
        .copied()
        .chain(lexicon::SCOPES.iter().map(|(words, _)| words[0]))
        .chain(lexicon::HOSPITAL.0.iter().copied())
        .chain(lexicon::role_after_words());
    WordTable::new(words.map(|w| (w, ())))
});

/// The words of [`cue_before`] in one table.
static BEFORE_WORDS: LazyLock<WordTable<&'static str, ()>> = LazyLock::new(|| {
    let words = BEFORE_CUES
        .iter()
        .copied()
        .chain(lexicon::role_before_words());
    WordTable::new(words.map(|w| (w, ())))
});

/// The words before a count's verb that [`cue_before`] names.
const BEFORE_CUES: &[&str] = &["another", "further", "additional"];

/// Whether the word right before token `lead`, the start of a count with
/// no noun, can start one of its readings in `casualty.rs` that look back:
/// a casualty verb or the "another" after one, or a running tally's link.
pub(crate) fn cue_before(toks: &[Token<'_>], lead: usize) -> bool {
    let mut buf = [0u8; 32];
    let cue = lead
        .checked_sub(1)
        .and_then(|k| numeral::word_at(toks, k, &mut buf))
        .is_some_and(|w| BEFORE_WORDS.get(w.as_bytes()).is_some());
    debug_assert_eq!(
        cue,
        lead.checked_sub(1)
            .and_then(|k| numeral::word_at(toks, k, &mut buf))
            .is_some_and(|w| {
                BEFORE_CUES.contains(&w)
                    || lexicon::role_verb(w).is_some()
                    || lexicon::tally_link(w).is_some()
            })
    );
    cue
}
