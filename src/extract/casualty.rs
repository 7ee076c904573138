//! Counts of people whose noun a role implies, and the role of every
//! count.
//!
//! Wire copy, headlines and follow-ups rarely write "15 people were
//! killed". The counted people are in the verb, the headline or the
//! sentence before, and the number stands alone:
//!
//! - a role word in place of the noun: "9 Dead, 31 Injured", "the 27
//!   hospitalised", "12 confirmed dead";
//! - a predicate: "At least 17 were killed", "212 remain unaccounted for",
//!   "More than 5 million were left homeless";
//! - a verb before: "Gunman Kills 5", "injuring more than 200";
//! - a running tally: "the death toll rose to 36", "Toll Tops 1,000",
//!   "Confirmed deaths now number 48", "bringing the total to 29";
//! - a list line: "Wounded: 38", "Total Dead69,222";
//! - a partitive: "Two of the dead", "5 of them", "Four of those on board",
//!   "Of the 300 passengers, 12 were hurt", "Of these, 68 were in Utøya".
//!
//! Such a count counts `people` unless the sentence names another noun:
//! a partitive's ("Of the 300 passengers"), or the first conjunct's in a
//! coordination ("1,200 homes were destroyed and 4,500 damaged"). A role
//! played by things (damaged, destroyed, flooded) with no noun to count is
//! no fact.
//!
//! The same readings give every count its role ([`role_of_count`]): the
//! words after it ("were killed", "remain in hospital", "were among the
//! dead"), its own noun ("3 deaths", "14 survivors"), or the words before
//! it ("killing 12 people", "the toll rose to 36 people").

use rust_decimal::Decimal;
use smol_str::StrExt;

use super::count;
use super::numeral;
use super::role::{self, role_after, verb_before};
use super::scan::{Quantity, Reading, Text};
use super::tally::{label_before, tally_before};
use super::token::Token;
use super::{Amount, Candidate, Hedge, Kind, RawUnit, reject};
use crate::lexicon;
use crate::quantity::{Role, SmolStr};
use crate::span::Span;

/// Who a count counts: the head noun and the words that define the group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Who {
    /// Singular lowercase head noun.
    pub lemma: SmolStr,
    /// Nationalities before it.
    pub group: Vec<&'static str>,
    /// A scope after it.
    pub scope: Option<&'static str>,
}

impl Who {
    /// People, with no group words.
    fn people() -> Who {
        Who {
            lemma: SmolStr::new_static("people"),
            group: Vec::new(),
            scope: None,
        }
    }

    /// What an earlier count counts, and the role it plays.
    pub(crate) fn of(c: &Candidate<'_>) -> Option<(Who, Option<Role>)> {
        if c.kind != Kind::Count {
            return None;
        }
        let RawUnit::Noun {
            lemma,
            group,
            scope,
            role,
            ..
        } = &c.unit
        else {
            return None;
        };
        let who = Who {
            lemma: lemma.clone(),
            group: group.clone(),
            scope: *scope,
        };
        Some((who, *role))
    }
}

/// The unit of a count of `who`, playing `role`.
pub(crate) fn unit(
    who: Who,
    phrase: SmolStr,
    part: Option<SmolStr>,
    role: Option<Role>,
) -> RawUnit {
    RawUnit::Noun {
        lemma: who.lemma,
        phrase,
        group: who.group,
        scope: who.scope,
        part,
        role,
    }
}

/// A number no other kind took, read as a count of people in a role (see
/// the module documentation). `None` when nothing around the number says
/// whom it counts.
pub(crate) fn decide(r: &Reading<'_, '_>) -> Option<super::scan::Verdict> {
    if r.prefix.is_some() || r.first.fraction || r.first.ordinal {
        return None;
    }
    // Between two cardinal number words no cue is right before or after
    // the number, nor a list's label before it: only a sentence that opens
    // with "Of" is read further.
    let walled_in = count::walled_in(r) && !numeral::is_word(r.toks, 0, "of");
    r.read_unless(walled_in, || past_first_tests(r))
}

/// [`decide`] past its first tests: out of line, so that a number turned
/// away at once pays for no more than the tests.
#[inline(never)]
fn past_first_tests(r: &Reading<'_, '_>) -> Option<super::scan::Verdict> {
    let toks = r.toks;
    // No hedge ends in a cardinal number word right before the number.
    let lead = if r.start > 0 && r.n.number_word_at(r.start - 1) {
        debug_assert_eq!(r.lead(r.start), r.start);
        r.start
    } else {
        r.lead(r.start)
    };
    let hedged = lead < r.start || r.hedge_after.is_some();
    if reject::year_like(&r.first) && r.last.is_none() && !hedged {
        return None;
    }
    let single = numeral::cmp_whole(r.first.value, 1).is_eq() && r.last.is_none();
    // "no one was hurt", "each one": a pronoun, not a count.
    if single
        && r.start > 0
        && numeral::word_at(toks, r.start - 1, &mut [0u8; 32])
            .is_some_and(|w| lexicon::PRONOUN_DETERMINERS.contains(&w))
    {
        return None;
    }
    // People are counted whole: "63.7" counts no one, "2.5 million" does.
    if !r.first.scaled && !r.first.value.is_integer() {
        return None;
    }
    // Every reading below starts from a word it knows right after the
    // number or right before its lead, a list's label, a hedge, or a
    // sentence that opens with "Of": with none of them, nothing is read.
    let unread = lead == r.start
        && !cue_after(r)
        && !cue_before(r, lead)
        && label_before(toks, lead).is_none()
        && !numeral::is_word(toks, 0, "of");
    r.read_unless(unread, || read(r, lead, single))
}

/// Whether a cue of a count with no noun is right after the number of `r`
/// (see [`role::cue_after`]): a cardinal number word there is none.
fn cue_after(r: &Reading<'_, '_>) -> bool {
    if r.tail.number_word_at(r.end) {
        debug_assert!(!role::cue_after(r.toks, r.end));
        return false;
    }
    role::cue_after(r.toks, r.end)
}

/// Whether a cue of a count with no noun is right before token `lead`
/// (see [`role::cue_before`]): a cardinal number word there is none.
fn cue_before(r: &Reading<'_, '_>, lead: usize) -> bool {
    if lead > 0 && r.n.number_word_at(lead - 1) {
        debug_assert!(!role::cue_before(r.toks, lead));
        return false;
    }
    role::cue_before(r.toks, lead)
}

/// [`decide`] past its first tests: `lead` is where the hedge before the
/// number starts, and `single` whether it is the number one alone.
fn read(r: &Reading<'_, '_>, lead: usize, single: bool) -> Option<super::scan::Verdict> {
    let toks = r.toks;
    let prior = r.prior.filter(|c| c.kind == Kind::Count);
    let same = prior.filter(|c| c.sentence == r.sentence);

    // "injured 20 others": "others" stands for people, and is quoted.
    let at = r.end + usize::from(numeral::is_word(toks, r.end, "others"));
    let mut start = r.start;
    let mut end = at;
    let mut hedge = Hedge::Exact;
    let mut role = None;
    let mut who = None;
    let mut part = None;
    let mut phrase = SmolStr::default();
    let mut matched = true;
    if at > r.end {
        role = role_after(toks, at)
            .map(|(ro, _)| ro)
            .or_else(|| verb_before(toks, lead));
        matched = role.is_some();
    } else if let Some(p) = partitive(r.text, toks, r.end, same) {
        if single {
            // "one of the dead" names one person, and counts none.
            return None;
        }
        end = p.quote_end.unwrap_or(p.end);
        role = match p.quote_end {
            // The whole's own words ("the five people reported missing")
            // are not the part's.
            Some(_) => p.role,
            None => role_after(toks, p.end).map(|(ro, _)| ro).or(p.role),
        };
        who = Some(p.who);
        phrase = p.phrase;
        part = Some(p.whole);
    } else if let Some((e, ro)) = stand_in(toks, r.end) {
        end = e;
        role = Some(ro);
    } else if let Some((e, scope)) = scope_after(toks, r.end) {
        end = e;
        who = Some(Who {
            scope: Some(scope),
            ..Who::people()
        });
    } else if let Some((ro, _)) = role_after(toks, r.end) {
        role = Some(ro);
    } else if let Some(ro) = label_before(toks, lead) {
        role = Some(ro);
    } else if let Some(ro) = verb_before(toks, lead) {
        role = Some(ro);
    } else if let Some(t) = tally_before(toks, lead, lead < r.start, same) {
        role = t.role;
        if let Some(lemma) = t.noun {
            who = Some(Who {
                lemma,
                group: Vec::new(),
                scope: None,
            });
        }
        if let Some((h, at)) = t.bound {
            hedge = h;
            start = at;
        }
        if t.total
            && let Some((w, _)) = same.and_then(Who::of)
            && role.is_some_and(lexicon::is_thing_role)
        {
            who = Some(w);
        }
    } else {
        matched = false;
    }
    if let Some((fw, fr, whole)) = fronted(r, prior) {
        // "Of these, 68 were in Utøya": a part of the group named first.
        if !matched && !clause_after(toks, r.end) {
            return None;
        }
        matched = true;
        part = part.or(Some(whole));
        if who.is_none() {
            who = Some(fw);
        }
        if role.is_none() {
            role = fr;
        }
    }
    if !matched {
        return None;
    }
    if who.is_none() {
        who = coordinated(toks, lead, same, role);
    }
    let who = match who {
        Some(w) => w,
        None if role.is_some_and(|ro| !lexicon::is_thing_role(ro)) => Who::people(),
        // "4,500 damaged" with no noun before it: damaged what?
        None => return None,
    };
    Some(super::scan::Verdict::Take(Quantity {
        kind: Kind::Count,
        start,
        end,
        hedge,
        amount: r.amount,
        unit: unit(who, phrase, part, role),
    }))
}

/// "Dozens were killed", "Thousands Evacuated", "tens of thousands fled":
/// a vague amount whose people a role implies, at token `i`.
pub(crate) fn vague(toks: &[Token<'_>], i: usize) -> Option<Quantity> {
    let (lo, hi, end) = vague_bare(toks, i)?;
    let (end, role) = match stand_in(toks, end) {
        Some((e, ro)) => (e, ro),
        None => match role_after(toks, end) {
            Some((ro, _)) => (end, ro),
            // "Injures Dozens", "wounding scores": the object of a
            // casualty verb, its people implied.
            None if !numeral::is_word(toks, end, "of") => (end, verb_before(toks, i)?),
            None => return None,
        },
    };
    if lexicon::is_thing_role(role) {
        return None;
    }
    Some(Quantity {
        kind: Kind::Count,
        start: i,
        end,
        hedge: Hedge::About,
        amount: Amount::Vague { lo, hi },
        unit: unit(Who::people(), SmolStr::default(), None, Some(role)),
    })
}

/// A vague amount at token `i` with or without its closing "of":
/// "dozens", "tens of thousands", "several". Returns its limits and the
/// token after it.
fn vague_bare(toks: &[Token<'_>], i: usize) -> Option<(Decimal, Decimal, usize)> {
    let word = |k: usize, s: &str| numeral::is_word(toks, k, s);
    if !toks.get(i).is_some_and(count::may_start_vague) {
        return None;
    }
    let mut buf = [0u8; 32];
    let w = numeral::word_at(toks, i, &mut buf).filter(|w| lexicon::starts_vague(w))?;
    lexicon::VAGUE.iter().find_map(|v| {
        if v.words[0] != w {
            return None;
        }
        let words = match v.words.split_last() {
            Some((&"of", rest)) if !rest.is_empty() => rest,
            _ => v.words,
        };
        let all = words[1..]
            .iter()
            .enumerate()
            .all(|(k, s)| word(i + 1 + k, s));
        all.then(|| (Decimal::from(v.lo), Decimal::from(v.hi), i + words.len()))
    })
}

/// A role word standing in for the counted noun right after a number,
/// perhaps after an adverb: "9 dead", "31 injured", "12 confirmed dead",
/// "8 critically injured". Returns the token after it and the role.
fn stand_in(toks: &[Token<'_>], at: usize) -> Option<(usize, Role)> {
    let mut buf = [0u8; 32];
    let mut k = at;
    let mut fatally = false;
    let w = numeral::word_at(toks, k, &mut buf)?;
    let mut b2 = [0u8; 32];
    let w = if matches!(
        w,
        "confirmed" | "seriously" | "critically" | "badly" | "slightly" | "fatally"
    ) {
        fatally = w == "fatally";
        k += 1;
        numeral::word_at(toks, k, &mut b2)?
    } else {
        w
    };
    if !lexicon::is_stand_in(w) {
        return None;
    }
    let role = lexicon::role_word(w)?;
    let role = if fatally && role == Role::Injured {
        Role::Killed
    } else {
        role
    };
    Some((k + 1, role))
}

/// A scope of people right after a number: "157 On Board", "171 Were On
/// Board", "13 aboard". Returns the token after the quote (the scope is
/// quoted only when it follows the number directly) and the scope.
fn scope_after(toks: &[Token<'_>], at: usize) -> Option<(usize, &'static str)> {
    let verb = ["were", "was", "are"]
        .iter()
        .any(|v| numeral::is_word(toks, at, v));
    let k = at + usize::from(verb);
    let (len, scope) = scope_at(toks, k)?;
    Some((if verb { at } else { k + len }, scope))
}

/// A scope ("on board", "aboard") at token `k`: its length in tokens and
/// the form a unit keeps.
pub(crate) fn scope_at(toks: &[Token<'_>], k: usize) -> Option<(usize, &'static str)> {
    lexicon::SCOPES.iter().find_map(|&(words, scope)| {
        words
            .iter()
            .enumerate()
            .all(|(d, w)| numeral::is_word(toks, k + d, w))
            .then_some((words.len(), scope))
    })
}

/// A partitive after a number: "of the dead", "of them", "of those on
/// board", "of the passengers".
struct Partitive {
    /// The token after the partitive.
    end: usize,
    /// The token after the quote: the partitive's end, or the number's
    /// when the whole is a count of its own ("150 of the 1,800
    /// residents").
    quote_end: Option<usize>,
    who: Who,
    role: Option<Role>,
    phrase: SmolStr,
    /// The whole, lowercase as written: "the dead", "them".
    whole: SmolStr,
}

/// A partitive starting at token `at` ("of ..."). `prior`, the count
/// before it in the sentence, is what "them" and "those" stand for.
fn partitive(
    text: Text<'_>,
    toks: &[Token<'_>],
    at: usize,
    prior: Option<&Candidate<'_>>,
) -> Option<Partitive> {
    let mut p = partitive_of(text, toks, at, prior)?;
    p.whole = text.quote(toks, at + 1, p.end).to_lowercase_smolstr();
    Some(p)
}

/// The partitive at token `at`, its whole left empty.
fn partitive_of(
    text: Text<'_>,
    toks: &[Token<'_>],
    at: usize,
    prior: Option<&Candidate<'_>>,
) -> Option<Partitive> {
    if !numeral::is_word(toks, at, "of") {
        return None;
    }
    let k = at + 1;
    let mut buf = [0u8; 32];
    let w = numeral::word_at(toks, k, &mut buf)?;
    let people = |end: usize, who: Who, role: Option<Role>| Partitive {
        end,
        quote_end: None,
        who,
        role,
        phrase: SmolStr::default(),
        whole: SmolStr::default(),
    };
    let demonstrative = matches!(w, "these" | "those");
    if w == "them" || demonstrative {
        // "of those on board", "of those killed".
        if let Some((len, scope)) = scope_at(toks, k + 1) {
            let who = Who {
                scope: Some(scope),
                ..Who::people()
            };
            return Some(people(k + 1 + len, who, None));
        }
        if demonstrative && let Some((end, role)) = stand_in(toks, k + 1) {
            return Some(people(end, Who::people(), Some(role)));
        }
        // "of those counties" is read as "of the counties", below.
        let noun = count::noun_after(toks, k + 1, false).is_some_and(|np| np.start == k + 1);
        if !(demonstrative && noun) {
            // "them" stands for the count before it; with none, whom it
            // counts cannot be told ("seized 63.7 of them").
            let (who, role) = prior.and_then(Who::of)?;
            return Some(people(k + 1, who, role));
        }
    } else if let Some(p) = counted_whole(toks, k) {
        // "150 of the village's 1,800 residents were killed".
        return Some(Partitive {
            quote_end: Some(at),
            ..p
        });
    } else if w != "the" {
        return None;
    }
    // "of the dead", "of the injured".
    if w == "the"
        && let Some((end, role)) = stand_in(toks, k + 1)
        && count::noun_after(toks, end, false).is_none_or(|np| np.start != end)
    {
        return Some(people(end, Who::people(), Some(role)));
    }
    if w == "the"
        && let Some(p) = counted_whole(toks, k)
    {
        return Some(Partitive {
            quote_end: Some(at),
            ..p
        });
    }
    // "of the passengers", "of those counties", "of the deaths".
    let np = count::noun_after(toks, k + 1, false).filter(|np| np.start == k + 1)?;
    let (who, role) = named(toks, &np);
    Some(Partitive {
        end: np.end,
        quote_end: None,
        phrase: SmolStr::new(text.quote(toks, np.start, np.end)),
        who,
        role,
        whole: SmolStr::default(),
    })
}

/// Who a noun phrase names, and the role its noun carries: "the
/// passengers" are passengers, "the deaths" people killed.
fn named(toks: &[Token<'_>], np: &count::NounPhrase) -> (Who, Option<Role>) {
    if let Some(role) = lexicon::role_noun(&np.lemma).filter(|_| {
        matches!(np.lemma.as_str(), "death" | "fatality") || lexicon::is_stand_in(&np.lemma)
    }) {
        return (Who::people(), Some(role));
    }
    let group = count::nationalities(toks, np.start, np.end, &np.lemma);
    let who = Who {
        lemma: np.lemma.clone(),
        group,
        scope: None,
    };
    (who, lexicon::role_noun(&np.lemma))
}

/// A whole that is a count of its own, after "of" at token `k - 1`: "the
/// village's 1,800 residents", "its 300 passengers", "the five people".
/// The part takes the whole's noun, and the role of a clause after it
/// ("... were killed"); a participle after it ("the five people reported
/// missing") is the whole's own.
fn counted_whole(toks: &[Token<'_>], k: usize) -> Option<Partitive> {
    let mut j = k;
    for _ in 0..2 {
        let mut buf = [0u8; 32];
        match numeral::word_at(toks, j, &mut buf) {
            Some(w) if matches!(w, "the" | "its" | "their" | "his" | "her") || possessive(w) => {
                j += 1;
            }
            _ => break,
        }
    }
    let n = numeral::parse(toks, j).ok()??;
    if j == k || n.ordinal || n.fraction {
        return None;
    }
    let np =
        count::noun_after(toks, n.end, n.value == Decimal::ONE).filter(|np| np.start == n.end)?;
    let role = clause_after(toks, np.end)
        .then(|| role_after(toks, np.end))
        .flatten()
        .map(|(r, _)| r);
    let (who, _) = named(toks, &np);
    Some(Partitive {
        end: np.end,
        quote_end: None,
        who,
        role,
        phrase: SmolStr::default(),
        whole: SmolStr::default(),
    })
}

/// Whether a lowercase word is a possessive: "village's", "city’s".
fn possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'")
}

/// Whether the count starting at token `start` is the whole of a
/// partitive ("150 of the village's 1,800 residents"), so that a clause
/// after it tells of the part.
pub(crate) fn whole_of_part(toks: &[Token<'_>], start: usize) -> bool {
    let mut k = start;
    for _ in 0..2 {
        let mut buf = [0u8; 32];
        match k
            .checked_sub(1)
            .and_then(|p| numeral::word_at(toks, p, &mut buf))
        {
            Some(w) if matches!(w, "the" | "its" | "their" | "his" | "her") || possessive(w) => {
                k -= 1;
            }
            _ => break,
        }
    }
    k != start
        && k >= 2
        && numeral::is_word(toks, k - 1, "of")
        && (k.saturating_sub(7)..k - 1)
            .any(|s| matches!(numeral::parse(toks, s), Ok(Some(n)) if n.end == k - 1))
}

/// A sentence that opens with a partitive, "Of the 300 passengers,", "Of
/// the injured,", "Of these,": what it names, and its role, for the
/// counts after its comma, and the whole as written, lowercase ("the 300
/// passengers"). "these", "those" and "them" stand for the last count of
/// the sentence before.
pub(crate) fn fronted(
    r: &Reading<'_, '_>,
    prior: Option<&Candidate<'_>>,
) -> Option<(Who, Option<Role>, SmolStr)> {
    let toks = r.toks;
    let (who, role, comma) = fronted_at(r, prior)?;
    Some((
        who,
        role,
        r.text.quote(toks, 1, comma).to_lowercase_smolstr(),
    ))
}

/// The group a fronted partitive names, its role, and the token of its
/// comma.
fn fronted_at(
    r: &Reading<'_, '_>,
    prior: Option<&Candidate<'_>>,
) -> Option<(Who, Option<Role>, usize)> {
    let toks = r.toks;
    if !numeral::is_word(toks, 0, "of") {
        return None;
    }
    let comma = (1..toks.len().min(16)).find(|&k| toks[k].is_punct(','))?;
    if r.start <= comma {
        return None;
    }
    let mut buf = [0u8; 32];
    let w = numeral::word_at(toks, 1, &mut buf)?;
    if matches!(w, "these" | "those" | "them") && comma == 2 {
        // A count after the comma read before this one is a part of the
        // same group: "Of these, 68 were in Utøya and eight were from the
        // bombing".
        if let Some(sibling) =
            prior.filter(|c| c.sentence == r.sentence && c.span.start > toks[comma].span.start)
        {
            return Who::of(sibling).map(|(w, ro)| (w, ro, comma));
        }
        let p = prior.filter(|c| c.sentence != r.sentence)?;
        // Only the sentence right before: nothing but space between.
        let gap = Span::new(p.sentence.end, toks[0].span.start);
        if !gap.is_empty() && !r.text.at(gap).trim().is_empty() {
            return None;
        }
        return Who::of(p).map(|(w, ro)| (w, ro, comma));
    }
    if w != "the" {
        return None;
    }
    if comma == 3
        && let Some((_, role)) = stand_in(toks, 2)
    {
        return Some((Who::people(), Some(role), comma));
    }
    // A count inside the phrase: "Of the 31 people injured in the blast,".
    if let Some(p) =
        prior.filter(|c| c.sentence == r.sentence && c.span.end <= toks[comma].span.start)
    {
        return Who::of(p).map(|(w, ro)| (w, ro, comma));
    }
    let np = count::noun_after(toks, 2, false).filter(|np| np.start == 2 && np.end <= comma)?;
    let (who, role) = named(toks, &np);
    Some((who, role, comma))
}

/// Whether a verb follows the number that ends at token `at`, making it
/// the subject of a clause: "68 were in Utøya", "19 have been
/// discharged".
pub(crate) fn clause_after(toks: &[Token<'_>], at: usize) -> bool {
    let mut buf = [0u8; 32];
    numeral::word_at(toks, at, &mut buf).is_some_and(lexicon::is_clause_verb)
}

/// The noun of the count before, in a coordination: "1,200 homes were
/// destroyed and 4,500 damaged" counts homes twice, "8,200 people killed,
/// 41,000 injured" people twice. The count before must be the last one of
/// the sentence, close before the number at token `lead`, joined by "and"
/// or a comma, and play a role of the same sort (people or things).
fn coordinated(
    toks: &[Token<'_>],
    lead: usize,
    prior: Option<&Candidate<'_>>,
    role: Option<Role>,
) -> Option<Who> {
    let role = role?;
    let p = prior?;
    let (who, prior_role) = Who::of(p)?;
    let prior_role = prior_role?;
    if lexicon::is_thing_role(role) != lexicon::is_thing_role(prior_role) {
        return None;
    }
    let join = lead.checked_sub(1)?;
    if !(numeral::is_word(toks, join, "and") || toks[join].is_punct(',')) {
        return None;
    }
    let after_prior = toks.partition_point(|t| t.span.start < p.span.end);
    let between = join.checked_sub(after_prior)?;
    (between <= 6 && (after_prior..join).all(|k| toks[k].is_word())).then_some(who)
}

#[cfg(test)]
mod tests;
