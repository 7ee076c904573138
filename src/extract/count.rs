//! Counts: a number and the noun it counts. "eight apps", "8 Chinese Apps",
//! "eight Chinese software applications" (the head noun is
//! "applications"), "2.4m people", "Alipay and seven other apps" (eight),
//! "Five British nationals" (a group of its own), "seven British and nine
//! German passengers" (one noun for both), and vague counts ("dozens of
//! companies", "a handful of", "several"). Counts of people whose noun a
//! role implies ("9 dead") are read by `casualty.rs`, which also gives
//! every count its role.

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::scan::{Quantity, Reading, Text, Verdict};
use super::token::Token;
use super::{Amount, Hedge, Kind, RejectReason, Stated, casualty, numeral, reject, role};
use crate::lexicon::{self, WordTable, among, lower};
use crate::quantity::{Role, SmolStr};

/// A count: the number and the noun phrase it counts. A year before a
/// noun names it ("the 2020 election"), and a fraction of one is a share
/// ("three-quarters of members"); named items before "and N other"
/// are added to N. A nationality before a noun of people ("Five British
/// nationals") and a scope after it ("143 people on board") define the
/// counted group; nouns that name people by what befell them ("3 deaths",
/// "11 lives", "20 others" who were injured) count people. The role comes
/// from the words around ([`casualty::role_of_count`]).
pub(crate) fn decide(r: &Reading<'_, '_>) -> Option<Verdict> {
    // A cardinal number word right after the number starts no noun
    // phrase, nor the modifiers of an elided one.
    r.read_unless(r.tail.number_word_at(r.end), || read(r))
}

/// [`decide`] past its first test: out of line, so that a number turned
/// away at once pays for no more than the test.
#[inline(never)]
fn read(r: &Reading<'_, '_>) -> Option<Verdict> {
    let toks = r.toks;
    let one = numeral::cmp_whole(r.first.value, 1).is_eq() && r.last.is_none();
    let Some(np) = noun_after(toks, r.end, one) else {
        return elided(r);
    };
    if reject::year_like(&r.first) && r.last.is_none() {
        // "the 2020 election"
        return Some(Verdict::Reject(r.n.start, r.n.end, RejectReason::YearLabel));
    }
    if r.first.fraction {
        // "three-quarters of members": a share, not a count.
        return Some(Verdict::Reject(r.n.start, r.end, RejectReason::NoUnit));
    }
    if score_second(toks, r.n.start) {
        // "a 2-1 win": the second goal tally of a score.
        return Some(Verdict::Reject(r.n.start, r.n.end, RejectReason::NoUnit));
    }
    let mut amount = r.amount;
    let mut start = r.start;
    if np.other
        && let (Some((s, items)), Amount::One(st)) = (and_other_start(toks, start), amount)
    {
        start = s;
        amount = Amount::One(Stated {
            value: st.value + Decimal::from(items),
            precision: st.precision,
        });
    }
    let phrase = SmolStr::new(r.text.quote(toks, np.start, np.end));
    let person = lexicon::is_people_lemma(&np.lemma);
    let mut end = np.end;
    let mut scope = None;
    if person && let Some((len, s)) = casualty::scope_at(toks, end) {
        // "143 people on board"
        scope = Some(s);
        end += len;
    }
    let group = nationalities(toks, np.start, np.end, &np.lemma);
    let lead = r.lead(start);
    let same = r.prior.filter(|c| c.sentence == r.sentence);
    // "150 of the village's 1,800 residents were killed": the clause
    // tells of the part, not of the whole.
    let mut role = if casualty::whole_of_part(toks, r.n.start) && casualty::clause_after(toks, end)
    {
        lexicon::role_noun(&np.lemma)
    } else {
        role::role_of_count(toks, (lead, end), lead < start, &np.lemma, same)
    };
    if role.is_none() && person {
        // "14 injured workers"
        role = modifier_role(toks, np.start, np.end);
    }
    let mut part = None;
    if let Some((_, fronted, whole)) =
        casualty::fronted(r, r.prior.filter(|c| c.kind == Kind::Count))
    {
        // "Of the injured, 160 people were still in hospital".
        part = Some(whole);
        role = role.or(fronted);
    }
    let (lemma, role) = people_named_by_role(toks, lead, np, role);
    let who = casualty::Who {
        lemma,
        group,
        scope,
    };
    Some(Verdict::Take(Quantity {
        kind: Kind::Count,
        start,
        end,
        hedge: Hedge::Exact,
        amount,
        unit: casualty::unit(who, phrase, part, role),
    }))
}

/// Whether the number of `r` stands between two cardinal number words
/// ("two 3 four", "one two three") that do not join it: no reader finds a
/// unit, a noun, a cue or a connector in either (see
/// [`numeral::Numeral::cardinal_after`]), so the kinds that read only the
/// words right around a number may turn it away at once.
#[inline]
pub(super) fn walled_in(r: &Reading<'_, '_>) -> bool {
    // The flags first: most numbers have neither.
    let walled =
        r.n.cardinal_before && r.tail.cardinal_after && r.start == r.n.start && r.end == r.tail.end;
    debug_assert_eq!(
        walled,
        r.start > 0 && r.n.number_word_at(r.start - 1) && r.tail.number_word_at(r.end)
    );
    walled
}

/// The head noun a count keeps, and its role, when the noun names people
/// by what befell them: "3 deaths" and "2 fatalities" count people killed,
/// "one dead" and "one injured" people in that role, "11 lives" people
/// killed when lives are claimed or lost and rescued when saved, "20
/// others" people when they play a part ("injured 20 others").
fn people_named_by_role(
    toks: &[Token<'_>],
    lead: usize,
    np: NounPhrase,
    role: Option<Role>,
) -> (SmolStr, Option<Role>) {
    let people = || SmolStr::new_static("people");
    let lemma = np.lemma.as_str();
    if lexicon::is_stand_in(lemma) || matches!(lemma, "death" | "fatality") {
        return (people(), role.or_else(|| lexicon::role_word(lemma)));
    }
    let head = &toks[np.end - 1];
    if head.text.eq_ignore_ascii_case("lives") || lemma == "life" {
        let mut buf = [0u8; 32];
        let verb = lead
            .checked_sub(1)
            .and_then(|k| lower(toks[k].text, &mut buf));
        // "the loss of 38 lives" is as "lost 38 lives".
        let mut b = [0u8; 32];
        let loss = verb == Some("of")
            && lead
                .checked_sub(2)
                .and_then(|k| lower(toks[k].text, &mut b))
                .is_some_and(|w| w == "loss");
        let verb = if loss { Some("lost") } else { verb };
        return match verb.and_then(lexicon::life_verb) {
            Some(r) => (people(), Some(r)),
            None => (SmolStr::new_static("life"), role),
        };
    }
    if lemma == "other" && role.is_some_and(|r| !lexicon::is_thing_role(r)) {
        return (people(), role);
    }
    // "50 men, women and children", "12 boys and girls" count people.
    if lexicon::is_people_lemma(lemma)
        && role::noun_list(toks, np.end).is_some_and(|(_, people)| people)
    {
        return (people(), role);
    }
    (np.lemma, role)
}

/// A role word among the modifiers of a noun of people: "14 injured
/// workers", "three wounded soldiers".
fn modifier_role(toks: &[Token<'_>], start: usize, end: usize) -> Option<Role> {
    let mut buf = [0u8; 32];
    (start..end.saturating_sub(1)).find_map(|k| {
        lower(toks[k].text, &mut buf)
            .filter(|w| lexicon::is_stand_in(w))
            .and_then(lexicon::role_word)
    })
}

/// The nationalities among the modifiers of a noun of people, tokens
/// `start..end`, in the form a unit keeps: "british" in "Five British
/// nationals", "us" in "Eleven US soldiers". None before other nouns:
/// "eight Chinese apps" are apps. A nationality is capitalized.
pub(crate) fn nationalities(
    toks: &[Token<'_>],
    start: usize,
    end: usize,
    lemma: &str,
) -> Vec<&'static str> {
    // A phrase of one word has no modifier to read: its noun is not
    // looked up.
    if end.saturating_sub(1) <= start || !lexicon::is_people_lemma(lemma) {
        return Vec::new();
    }
    let mut buf = [0u8; 32];
    (start..end.saturating_sub(1))
        .filter(|&k| toks[k].is_capitalized())
        .filter_map(|k| lower(toks[k].text, &mut buf).and_then(lexicon::nationality))
        .collect()
}

/// Whether the number at token `i` is the second of a score written with
/// a dash and no spaces ("2-1"), which no range took because it falls.
fn score_second(toks: &[Token<'_>], i: usize) -> bool {
    i >= 2
        && toks[i - 1].is_dash()
        && !toks[i - 1].space_before
        && !toks[i].space_before
        && toks[i - 2].is_digits()
}

/// "seven British and nine German passengers": a number whose noun is
/// left out, before "and" and a number with the noun. The first counts
/// the second's noun, with its own modifiers ("british passenger").
fn elided(r: &Reading<'_, '_>) -> Option<Verdict> {
    // The modifiers are one word or two, and "and" or "or" follows them:
    // with neither word there, nothing else is read.
    let joins = |k: usize| numeral::is_word(r.toks, k, "and") || numeral::is_word(r.toks, k, "or");
    r.read_unless(!joins(r.end + 1) && !joins(r.end + 2), || read_elided(r))
}

/// [`elided`], read in full.
fn read_elided(r: &Reading<'_, '_>) -> Option<Verdict> {
    let toks = r.toks;
    let mut k = r.end;
    let mut buf = [0u8; 32];
    while k < r.end + 2 {
        let Some(w) = numeral::word_at(toks, k, &mut buf) else {
            break;
        };
        let modifier = toks[k].is_capitalized() || lexicon::adjective_like(w);
        if !modifier
            || lexicon::is_stop_word(w)
            || lexicon::role_word(w).is_some()
            || !phrase_word(&toks[k], w)
        {
            break;
        }
        k += 1;
    }
    if k == r.end || !(numeral::is_word(toks, k, "and") || numeral::is_word(toks, k, "or")) {
        return None;
    }
    let second = numeral::parse(toks, k + 1).ok()??;
    if second.ordinal || second.fraction {
        return None;
    }
    let np = noun_after(toks, second.end, second.value == Decimal::ONE)
        .filter(|np| np.start == second.end && !np.other)?;
    let phrase = SmolStr::new(r.text.quote(toks, r.end, k));
    let group = nationalities(toks, r.end, k + 1, &np.lemma);
    let lead = r.lead(r.start);
    let role = role::role_of_count(toks, (lead, np.end), lead < r.start, &np.lemma, None);
    let who = casualty::Who {
        lemma: np.lemma,
        group,
        scope: None,
    };
    Some(r.take(
        Kind::Count,
        k,
        r.amount,
        casualty::unit(who, phrase, None, role),
    ))
}

/// "dozens of companies", "a handful of apps", "several ministers",
/// "dozens of people were killed": a vague amount at token `i` and the
/// noun phrase right after it. `at` is the vague amount there, as
/// [`vague_at`] reads it.
pub(crate) fn vague(
    text: Text<'_>,
    toks: &[Token<'_>],
    i: usize,
    at: Option<(Decimal, Decimal, usize)>,
) -> Option<Quantity> {
    let (lo, hi, end) = at?;
    let np = noun_after(toks, end, false)?;
    if np.start != end {
        return None;
    }
    let phrase = SmolStr::new(text.quote(toks, np.start, np.end));
    let group = nationalities(toks, np.start, np.end, &np.lemma);
    let role = role::role_of_count(toks, (i, np.end), false, &np.lemma, None);
    let end = np.end;
    let (lemma, role) = people_named_by_role(toks, i, np, role);
    let who = casualty::Who {
        lemma,
        group,
        scope: None,
    };
    Some(Quantity {
        kind: Kind::Count,
        start: i,
        end,
        hedge: Hedge::About,
        amount: Amount::Vague { lo, hi },
        unit: casualty::unit(who, phrase, None, role),
    })
}

/// The counted noun phrase after a number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct NounPhrase {
    /// Singular lowercase head noun.
    pub lemma: SmolStr,
    /// First token of the phrase (after "other"/"more" if present).
    pub start: usize,
    /// The token after the head noun.
    pub end: usize,
    /// The phrase began with "other", "more" or "additional": "seven other
    /// apps".
    pub other: bool,
}

/// Whether a lowercase word looks like a plural noun. `irregular` is its
/// singular if it is an irregular plural, as [`lexicon::irregular_plural`]
/// gives it, and `not_plural` whether [`lexicon::is_not_plural`] holds it.
fn plural_looking(word: &str, lower_word: &str, irregular: Option<&str>, not_plural: bool) -> bool {
    if irregular.is_some() {
        return !among(lexicon::IRREGULAR_SINGULARS, lower_word);
    }
    let n = lower_word.len();
    n > 2
        && lower_word.ends_with('s')
        && !lower_word.ends_with("ss")
        && !lower_word.ends_with("us")
        // "crisis" is singular, "Pakistanis" a plural.
        && (!lower_word.ends_with("is") || lexicon::nationality(&lower_word[..n - 1]).is_some())
        && !not_plural
        && !word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether a word can be part of a counted noun phrase at all: a word,
/// and none of the words [`out_of_phrase`] turns away.
fn phrase_word(t: &Token<'_>, w: &str) -> bool {
    let yes = t.is_word() && PHRASE_WORDS.get(w.as_bytes()) != Some(&PhraseWord::Out);
    debug_assert_eq!(yes, t.is_word() && !out_of_phrase(w), "{w:?}");
    yes
}

/// What a lowercase word is to a counted noun phrase, where it is more
/// than a word of it: see [`PHRASE_WORDS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PhraseWord {
    /// A word no phrase holds: a function word, a unit of time, a
    /// currency, a noun that counts no things ("times"), a number word, a
    /// scale or the name of a month or a day.
    Out,
    /// An irregular plural, and its singular.
    Irregular(&'static str),
    /// A word ending in "s" that is no plural.
    NotPlural,
}

/// The words [`noun_after`] looks up, lowercase, each once: the words no
/// phrase holds, then irregular plurals, then words that end in "s" and
/// are no plural. A word in more than one list is what the first says,
/// which is all the reading asks of it: a word out of the phrase ends it,
/// and an irregular plural is not asked whether it ends in "s". One
/// lookup where a word was looked up in each list in turn, which every
/// word of every phrase paid.
static PHRASE_WORDS: LazyLock<WordTable<&'static str, PhraseWord>> = LazyLock::new(|| {
    let calendar = lexicon::calendar::MONTHS
        .iter()
        .map(|&(w, ..)| w)
        .chain(lexicon::calendar::WEEKDAYS.iter().map(|&(w, ..)| w))
        .filter(|w| lexicon::is_calendar_word(w));
    let out = lexicon::STOP_WORDS
        .iter()
        .copied()
        .chain(lexicon::NON_COUNT_NOUNS.iter().copied())
        .chain(lexicon::TIME_UNITS.iter().map(|&(w, _)| w))
        .chain(lexicon::CURRENCY_WORDS.iter().map(|&(w, _)| w))
        .chain(lexicon::UNITS.iter().map(|&(w, _)| w))
        .chain(lexicon::TENS.iter().map(|&(w, _)| w))
        .chain(lexicon::SCALES.iter().map(|&(w, _)| w))
        .chain(calendar)
        .map(|w| (w, PhraseWord::Out));
    let irregular = lexicon::IRREGULAR_PLURALS
        .iter()
        .map(|&(w, s)| (w, PhraseWord::Irregular(s)));
    let not_plural = lexicon::NOT_PLURALS
        .iter()
        .map(|&w| (w, PhraseWord::NotPlural));
    WordTable::new(out.chain(irregular).chain(not_plural))
});

/// Whether a lowercase word is one no counted noun phrase holds, asked of
/// each list: what [`PHRASE_WORDS`] must answer.
fn out_of_phrase(w: &str) -> bool {
    lexicon::is_stop_word(w)
        || lexicon::time_unit(w).is_some()
        || lexicon::currency_word(w).is_some()
        || lexicon::is_non_count_noun(w)
        || lexicon::unit_word(w).is_some()
        || lexicon::tens_word(w).is_some()
        || lexicon::scale_word(w).is_some()
        || lexicon::is_calendar_word(w)
}

/// The noun phrase a number at tokens `..end` counts, if any: modifiers,
/// then the head noun (plural, unless the number is one). At most five
/// words; stops at function words, punctuation and numbers.
pub(crate) fn noun_after(toks: &[Token<'_>], end: usize, one: bool) -> Option<NounPhrase> {
    let mut k = end;
    let mut other = false;
    let word = |i: usize, s: &str| {
        toks.get(i)
            .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(s))
    };
    let adds = lexicon::OTHER_WORDS.iter().any(|w| word(k, w));
    if adds || word(k, lexicon::NEW) {
        other = adds;
        k += 1;
    }
    let start = k;
    // The head's token and its irregular singular, looked up once: its
    // word is lowercased again at the end.
    let mut head: Option<(usize, Option<&'static str>)> = None;
    let mut taken = 0;
    while let Some(t) = toks.get(k) {
        if taken >= 5 {
            break;
        }
        // A hyphenated modifier ("state-owned") continues the phrase.
        if t.is_dash()
            && !t.space_before
            && head.is_none()
            && k > start
            && toks
                .get(k + 1)
                .is_some_and(|u| u.is_word() && !u.space_before)
        {
            k += 1;
            continue;
        }
        if !t.is_word() {
            break;
        }
        let mut buf = [0u8; 32];
        let Some(w) = lower(t.text, &mut buf) else {
            break;
        };
        // "Asian and African nations", "British and French troops": two
        // proper adjectives joined by "and" before the head.
        if w == "and"
            && head.is_none()
            && k > start
            && toks[k - 1].is_capitalized()
            && toks.get(k + 1).is_some_and(|u| u.is_capitalized())
        {
            taken += 1;
            k += 1;
            continue;
        }
        // One lookup says whether the word ends the phrase, and what its
        // plural is.
        let class = PHRASE_WORDS.get(w.as_bytes()).copied();
        debug_assert_eq!(class == Some(PhraseWord::Out), !phrase_word(t, w));
        if class == Some(PhraseWord::Out) {
            break;
        }
        let irregular = match class {
            Some(PhraseWord::Irregular(s)) => Some(s),
            _ => None,
        };
        debug_assert_eq!(irregular, lexicon::irregular_plural(w));
        let not_plural = class == Some(PhraseWord::NotPlural);
        debug_assert!(irregular.is_some() || not_plural == lexicon::is_not_plural(w));
        if one {
            // Singular: the first word that is not an adjective ("one
            // Chinese app", "one company bid").
            head = Some((k, irregular));
            if !lexicon::adjective_like(w) {
                break;
            }
        } else if plural_looking(t.text, w, irregular, not_plural) {
            head = Some((k, irregular));
        } else if head.is_some() {
            break;
        }
        taken += 1;
        k += 1;
    }
    let (h, irregular) = head?;
    let mut buf = [0u8; 32];
    let w = lower(toks[h].text, &mut buf)?;
    let lemma = match irregular {
        Some(s) => SmolStr::new(s),
        None => SmolStr::new(lexicon::regular_singular_form(w)),
    };
    debug_assert_eq!(lemma, lexicon::singular(w));
    Some(NounPhrase {
        lemma,
        start,
        end: h + 1,
        other,
    })
}

/// A vague amount starting at token `i`: "dozens of", "hundreds of", "tens
/// of thousands of", "a handful of", "a few", "several", "a couple of",
/// "scores of" (the phrases of [`lexicon::VAGUE`]). Returns its limits and
/// the token after the phrase.
pub(crate) fn vague_at(toks: &[Token<'_>], i: usize) -> Option<(Decimal, Decimal, usize)> {
    let word = |k: usize, s: &str| {
        toks.get(k)
            .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(s))
    };
    let t = toks.get(i)?;
    if !t.is_word() || !may_start_vague(t) {
        return None;
    }
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf).filter(|w| lexicon::starts_vague(w))?;
    let v = lexicon::VAGUE.iter().find(|v| {
        v.words[0] == w
            && v.words[1..]
                .iter()
                .enumerate()
                .all(|(k, s)| word(i + 1 + k, s))
    })?;
    Some((Decimal::from(v.lo), Decimal::from(v.hi), i + v.words.len()))
}

/// Whether the word `t` may start a vague amount: the first and last
/// letters of a first word of [`lexicon::VAGUE`], in any case. Most words
/// are turned away here, before they are lowercased.
pub(crate) fn may_start_vague(t: &Token<'_>) -> bool {
    let b = t.text.as_bytes();
    let may = match (b.first(), b.last()) {
        (Some(&a), Some(&z)) if z.is_ascii_alphabetic() => {
            VAGUE_ENDS[usize::from(a.to_ascii_lowercase())] & (1 << (z.to_ascii_lowercase() - b'a'))
                != 0
        }
        _ => false,
    };
    debug_assert!(
        may || !lower(t.text, &mut [0u8; 32]).is_some_and(lexicon::starts_vague),
        "{t:?}"
    );
    may
}

/// For each first byte of a first word of [`lexicon::VAGUE`], a bit per
/// letter that such a word ends with.
static VAGUE_ENDS: LazyLock<[u32; 256]> = LazyLock::new(|| {
    let mut ends = [0u32; 256];
    for v in lexicon::VAGUE {
        let w = v.words[0].as_bytes();
        if let (Some(&a), Some(&z)) = (w.first(), w.last()) {
            ends[usize::from(a)] |= 1 << (z - b'a');
        }
    }
    ends
});

/// "Alipay and seven other apps", "Alipay, WeChat Pay and six other apps":
/// when the number at token `start` follows "and" after named items, the
/// token where the first item begins and how many items are named.
pub(crate) fn and_other_start(toks: &[Token<'_>], start: usize) -> Option<(usize, u32)> {
    if start < 2 || !(toks[start - 1].is_word() && toks[start - 1].text.eq_ignore_ascii_case("and"))
    {
        return None;
    }
    let mut end = start - 1; // exclusive end of the current item
    let mut first = None;
    let mut items = 0;
    loop {
        let mut k = end.checked_sub(1)?;
        if !toks[k].is_word() {
            break;
        }
        // An item: a capitalized run ("Ant Group's Alipay"), or one word.
        while k > 0 && toks[k - 1].is_capitalized() && toks[k].is_capitalized() {
            k -= 1;
        }
        first = Some(k);
        items += 1;
        // A comma before the item joins another one: "A, B and".
        if items < 20
            && k >= 2
            && toks[k - 1].is_punct(',')
            && toks[k - 2].is_word()
            && toks[k - 2].is_capitalized() == toks[k].is_capitalized()
        {
            end = k - 1;
            continue;
        }
        break;
    }
    first.map(|f| (f, items))
}

#[cfg(test)]
mod tests {
    use super::super::scan::{quotes, rejections};
    use super::*;

    #[test]
    fn numbers_and_the_nouns_they_count() {
        assert_eq!(
            quotes("banning eight Chinese software applications, including"),
            [(Kind::Count, "eight Chinese software applications".into())]
        );
        assert_eq!(
            quotes("Alipay and seven other Chinese apps are banned"),
            [(Kind::Count, "Alipay and seven other Chinese apps".into())]
        );
        assert_eq!(
            quotes("added dozens of Chinese companies"),
            [(Kind::Count, "dozens of Chinese companies".into())]
        );
    }

    #[test]
    fn year_labels_and_shares_are_no_counts() {
        let text = "In the 2020 election three-quarters of members voted.";
        assert_eq!(rejections(text), [("2020".into(), RejectReason::YearLabel)]);
        // A share is a percentage of the members, not a count of them.
        assert_eq!(quotes(text), [(Kind::Percent, "three-quarters".into())]);
    }
}
