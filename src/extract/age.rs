//! Ages: how old a person or a thing is. "a 14-year-old", "an 18-month-old",
//! "45 years old", "aged 27", "at the age of 87", "as young as 12", "aged
//! 65 and over", "children under 5", "between 17 and 25 years old", "in his
//! 40s", "in her late twenties", and the bare numbers that news sets after
//! a name or a person: "Maria Lopez, 27,", "Tom Reed (61)", "The suspect,
//! 22,", "the driver was 45", "the youngest 4".
//!
//! An age is stated in years, months, weeks or days; normalization turns
//! it into years. What is not an age: "a 12-year veteran" and "a 30-year
//! mortgage" (lengths of time), "sentenced to 12 years", "(38 points)",
//! "in the 1940s", "Route 66 (1926)".
//!
//! Whose age it is matters as much as the age: `holder.rs` finds the name
//! or noun an age belongs to, which extraction keeps with the candidate.

use rust_decimal::Decimal;

use super::count;
use super::duration::{self, UnitAfter};
use super::numeral::{self, Numeral};
use super::scan::{Quantity, Reading, Verdict};
use super::token::{Tk, Token};
use super::{Amount, Hedge, Kind, RawUnit, RejectReason, Stated, TimeUnit, bound};
use crate::lexicon::{self, among, lower};

/// The oldest a bare number after a name, in brackets or after "was" is
/// read as an age.
const OLDEST: u32 = 120;

/// The most words a hedge between "aged" and the number has: "aged a
/// little more than 30".
const HEDGE_WORDS: usize = 4;

/// Whether token `i` is the word `w`, in any case.
fn word(toks: &[Token<'_>], i: usize, w: &str) -> bool {
    numeral::is_word(toks, i, w)
}

/// Token `i` as a lowercase word, when it is a word.
fn lower_at<'b>(toks: &[Token<'b>], i: usize, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    toks.get(i)
        .filter(|t| t.is_word())
        .and_then(|t| lower(t.text, buf))
}

/// What comes right before an age's number and makes it one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    /// Nothing that says "age".
    None,
    /// "aged", "age", "ages", "the age of", "as young as": an age
    /// whatever follows the number.
    Age,
    /// "from", which a unit of age or a decade of life after the number
    /// makes the start of a range of ages.
    From,
}

/// The words before an age's number: where the quote starts, the hedge
/// they state, and whether they say "age".
#[derive(Clone, Copy, Debug)]
struct Lead {
    start: usize,
    hedge: Option<Hedge>,
    cue: Cue,
    /// "between the ages of": the number opens a range.
    between: bool,
}

impl Lead {
    /// A lead that opens no range.
    fn new(start: usize, hedge: Option<Hedge>, cue: Cue) -> Lead {
        let between = false;
        Lead {
            start,
            hedge,
            cue,
            between,
        }
    }
}

/// [`lead`] before the number of `r`: after a cardinal number word, which
/// ends no hedge and is no word of an age, there is none.
fn lead_of(r: &Reading<'_, '_>) -> Lead {
    let none = Lead::new(r.start, None, Cue::None);
    if r.start > 0 && r.n.number_word_at(r.start - 1) {
        debug_assert!({
            let full = lead(r.toks, r.start);
            full.start == none.start && full.hedge.is_none() && full.cue == Cue::None
        });
        return none;
    }
    lead(r.toks, r.start)
}

/// Reads the words before token `start` (the number, or "between").
fn lead(toks: &[Token<'_>], start: usize) -> Lead {
    let mut buf = [0u8; 32];
    // "as young as 9", "as old as 80".
    if start >= 3 && word(toks, start - 1, "as") && word(toks, start - 3, "as") {
        let middle = lower_at(toks, start - 2, &mut buf);
        if let Some(&(_, floor)) =
            middle.and_then(|m| lexicon::AS_AGE_AS.iter().find(|(w, _)| *w == m))
        {
            let hedge = if floor { Hedge::AtLeast } else { Hedge::UpTo };
            return Lead::new(start - 3, Some(hedge), Cue::Age);
        }
    }
    // "the age of 87", "over the age of 70", "between the ages of 18 and 24".
    if start >= 2
        && word(toks, start - 1, "of")
        && lower_at(toks, start - 2, &mut buf).is_some_and(|w| w == "age" || w == "ages")
    {
        let mut lead = Lead::new(start - 2, None, Cue::Age);
        if start >= 4 && word(toks, start - 3, "the") && word(toks, start - 4, "between") {
            lead.start = start - 4;
            lead.between = true;
        } else if start >= 3
            && word(toks, start - 3, "the")
            && let Some((h, s)) = bound::before(toks, start - 3)
        {
            lead.start = s;
            lead.hedge = Some(h);
        }
        return lead;
    }
    // "aged 27"; a hedge, then "aged": "aged about 30", "aged under 5".
    // Hedges are looked for only when an age word is near: most numbers
    // have none, and reading hedges costs more than the rest of an age.
    let age_word = |k: usize| {
        let t = &toks[k];
        // Every age word starts with "a" and has three or four letters:
        // most words are turned away before they are compared.
        let may =
            t.is_word() && matches!(t.text.len(), 3 | 4) && t.text.as_bytes()[0] | 0x20 == b'a';
        let yes = may
            && lexicon::AGE_WORDS
                .iter()
                .any(|w| t.text.eq_ignore_ascii_case(w));
        debug_assert_eq!(
            yes,
            t.is_word()
                && lexicon::AGE_WORDS
                    .iter()
                    .any(|w| t.text.eq_ignore_ascii_case(w))
        );
        yes
    };
    if start > 0 && age_word(start - 1) {
        return Lead::new(start - 1, None, Cue::Age);
    }
    if (start.saturating_sub(HEDGE_WORDS + 1)..start).any(age_word)
        && let Some((h, at)) = bound::before(toks, start)
        && at > 0
        && age_word(at - 1)
    {
        return Lead::new(at - 1, Some(h), Cue::Age);
    }
    if start > 0 && word(toks, start - 1, "from") {
        // "aged from 2 to 70".
        if start >= 2
            && lower_at(toks, start - 2, &mut buf).is_some_and(|w| w == "aged" || w == "ages")
        {
            return Lead::new(start - 2, None, Cue::Age);
        }
        return Lead::new(start - 1, None, Cue::From);
    }
    Lead::new(start, None, Cue::None)
}

/// Whether "old", a form of it or the "of" of "of age" is among the three
/// tokens after token `end - 1`: where a unit of time after a number ends
/// as an age ("45-year-old", "45 years old", "18 years of age").
fn old_near(toks: &[Token<'_>], end: usize) -> bool {
    let old = |t: &Token<'_>| {
        t.is_word()
            && (t.text.eq_ignore_ascii_case(lexicon::OF_AGE[0])
                || lexicon::OLD_FORMS
                    .iter()
                    .any(|w| t.text.eq_ignore_ascii_case(w)))
    };
    // "of" and every form of "old" start with "o": most tokens are turned
    // away by their first byte.
    let near = (end + 1..end + 4).any(|k| {
        toks.get(k)
            .is_some_and(|t| t.text.as_bytes().first().is_some_and(|b| b | 0x20 == b'o') && old(t))
    });
    debug_assert_eq!(
        near,
        (end + 1..end + 4).any(|k| toks.get(k).is_some_and(old))
    );
    near
}

/// A bound written after an age: "65 or older", "12 and up", "5 and
/// under". Returns the hedge and the token after it.
fn bound_after(toks: &[Token<'_>], end: usize) -> Option<(Hedge, usize)> {
    if !(word(toks, end, "or") || word(toks, end, "and")) {
        return None;
    }
    let mut buf = [0u8; 32];
    let w = lower_at(toks, end + 1, &mut buf)?;
    if among(lexicon::AGE_OR_ABOVE, w) {
        Some((Hedge::AtLeast, end + 2))
    } else if among(lexicon::AGE_OR_BELOW, w) {
        Some((Hedge::UpTo, end + 2))
    } else {
        None
    }
}

/// An age: the number `r` reads and the words around it. Returns `None`
/// when nothing makes the number an age.
pub(crate) fn decide(r: &Reading<'_, '_>) -> Option<Verdict> {
    // Between two cardinal number words no word of an age is next to the
    // number: no unit after it, no cue, group or verb before it, and no
    // bracket or comma of an apposition.
    r.read_unless(count::walled_in(r), || read(r))
}

/// [`decide`], read in full: out of line, so that a number turned away
/// at once pays for no more than the test.
#[inline(never)]
fn read(r: &Reading<'_, '_>) -> Option<Verdict> {
    let toks = r.toks;
    // A unit read as an age ends in "old" or "of age" within three tokens
    // of the number: with neither there, the unit is read only after
    // "aged".
    if old_near(toks, r.end)
        && let Some(u) = duration::unit_after(toks, r.end).filter(|u| u.age)
    {
        return Some(with_unit(r, u));
    }
    debug_assert!(
        old_near(toks, r.end) || duration::unit_after(toks, r.end).is_none_or(|u| !u.age),
        "{:?}",
        r.n
    );
    if r.first.letter_scale || r.first.fraction || r.first.value.is_sign_negative() {
        return None;
    }
    let lead = lead_of(r);
    // "from 16 to their late 50s".
    if r.last.is_none()
        && word(toks, r.end, "to")
        && let Some(d) = decade_at(toks, r.end + 1)
    {
        let start = if r.start > 0 && word(toks, r.start - 1, "from") {
            r.start - 1
        } else {
            r.start
        };
        let Amount::One(first) = r.amount else {
            return None;
        };
        let hi = Stated {
            value: Decimal::from(d.hi),
            precision: Decimal::ONE,
        };
        return Some(take(
            start,
            d.end,
            Hedge::Exact,
            Amount::Range(first, hi),
            TimeUnit::Year,
        ));
    }
    if lead.cue == Cue::Age {
        let (mut end, mut tu) = (r.end, TimeUnit::Year);
        // "aged 45 years", "aged 18 months".
        if let Some(u) = duration::unit_after(toks, r.end)
            .filter(|u| lexicon::is_age_unit(u.unit) && u.times == 1)
        {
            end = u.end;
            tu = u.unit;
        }
        let mut amount = r.amount;
        // "between the ages of 18 and 24".
        if lead.between
            && r.last.is_none()
            && word(toks, end, "and")
            && let Some((second, after)) = second_number(toks, end + 1, &r.first)
        {
            amount = Amount::Range(stated(&r.first), stated(&second));
            end = after;
            return Some(take(lead.start, end, Hedge::Exact, amount, tu));
        }
        let mut hedge = lead.hedge.unwrap_or(Hedge::Exact);
        if let Some((h, after)) = bound_after(toks, end) {
            hedge = h;
            end = after;
        }
        return Some(take(lead.start, end, hedge, amount, tu));
    }
    let one = r.last.is_none() && whole_age(&r.first);
    // "aged 6 and 11": the second of a list of ages after "aged".
    if one && listed_after_age_word(toks, r.start) {
        return Some(take(r.start, r.end, Hedge::Exact, r.amount, TimeUnit::Year));
    }
    // "adults 65 and older", "16 or younger", "children 12 and under",
    // "people 80 and over".
    let mut b = [0u8; 32];
    // A cardinal number word is neither a group of people nor a verb.
    let before = r
        .start
        .checked_sub(1)
        .filter(|&k| !r.n.number_word_at(k))
        .and_then(|k| lower_at(toks, k, &mut b));
    debug_assert!(
        before.is_some() || r.start == 0 || {
            let mut b2 = [0u8; 32];
            !lower_at(toks, r.start - 1, &mut b2)
                .is_some_and(|w| lexicon::is_person_noun(w) || among(lexicon::TURN_VERBS, w))
        }
    );
    let group_before = before.is_some_and(lexicon::is_person_noun);
    if one && let Some((h, after)) = bound_after(toks, r.end) {
        let said = lower_at(toks, r.end + 1, &mut [0u8; 32])
            .is_some_and(|w| among(lexicon::OLDER_YOUNGER, w));
        if said || group_before {
            return Some(take(r.start, after, h, r.amount, TimeUnit::Year));
        }
    }
    if one
        && group_before
        && let Some(h) = r.hedge_after
    {
        return Some(take(r.start, r.end, h, r.amount, TimeUnit::Year));
    }
    // "she turned 40", "turns 65 next year".
    if one
        && before.is_some_and(|w| among(lexicon::TURN_VERBS, w))
        && !r.first.formatted
        && toks.get(r.end).is_none_or(|t| {
            !t.is_word() || lower(t.text, &mut [0u8; 32]).is_some_and(lexicon::is_stop_word)
        })
    {
        return Some(take(r.start, r.end, Hedge::Exact, r.amount, TimeUnit::Year));
    }
    // The bare readings need a whole number of years, written in digits,
    // with nothing after it that it could count.
    if !bare_number(r) {
        return None;
    }
    // The word right before the number, lowercased once for the readings
    // below: `before` where no currency or "between" comes first. A
    // cardinal number word, which `before` leaves out, is none of the
    // words they look for.
    let mut b3 = [0u8; 32];
    let prev = if r.n.start == r.start {
        before
    } else {
        r.n.start
            .checked_sub(1)
            .and_then(|k| lower_at(toks, k, &mut b3))
    };
    let bare = apposition(toks, r.n.start, r.end)
        || predicate(toks, r.n.start, r.end, prev)
        || superlative(toks, r.n.start, r.end, prev);
    debug_assert!({
        let mut b4 = [0u8; 32];
        let w = (r.n.start.checked_sub(1)).and_then(|k| lower_at(toks, k, &mut b4));
        bare == (apposition(toks, r.n.start, r.end)
            || predicate(toks, r.n.start, r.end, w)
            || superlative(toks, r.n.start, r.end, w))
    });
    if bare {
        return Some(take(r.start, r.end, Hedge::Exact, r.amount, TimeUnit::Year));
    }
    // "children under 5", "people over 80": a bound on the age of a group.
    let s = r.start.checked_sub(1)?;
    let floor = before
        .and_then(|w| lexicon::GROUP_BOUNDS.iter().find(|(b, _)| *b == w))
        .map(|(_, floor)| *floor);
    debug_assert_eq!(
        floor,
        lower_at(toks, s, &mut [0u8; 32])
            .and_then(|w| lexicon::GROUP_BOUNDS.iter().find(|(b, _)| *b == w))
            .map(|(_, floor)| *floor)
    );
    let floor = floor?;
    if s > 0
        && lower_at(toks, s - 1, &mut [0u8; 32]).is_some_and(lexicon::is_person_noun)
        && count::noun_after(toks, r.end, r.first.value == Decimal::ONE).is_none()
    {
        let h = if floor {
            Hedge::MoreThan
        } else {
            Hedge::LessThan
        };
        return Some(take(s, r.end, h, r.amount, TimeUnit::Year));
    }
    None
}

/// An age written with its unit: "45-year-old", "45 years old", "an
/// 18-month-old", "between 17 and 25 years old", "from 19 to 24 years
/// old". A unit that is not one an age is counted in ("a 3-hour-old"), or
/// a number that cannot be one ("a 5m-year-old"), is rejected as an age.
fn with_unit(r: &Reading<'_, '_>, u: UnitAfter) -> Verdict {
    let toks = r.toks;
    if !lexicon::is_age_unit(u.unit)
        || u.times != 1
        || r.first.letter_scale
        || r.first.value.is_sign_negative()
    {
        return Verdict::Reject(r.start, u.end, RejectReason::Age);
    }
    let lead = lead(toks, r.start);
    let mut hedge = lead.hedge.unwrap_or(Hedge::Exact);
    let mut end = u.end;
    if let Some((h, after)) = bound_after(toks, end) {
        hedge = h;
        end = after;
    }
    let start = match lead.cue {
        Cue::From if r.last.is_none() => r.start,
        _ => lead.start,
    };
    take(start, end, hedge, r.amount, u.unit)
}

fn take(start: usize, end: usize, hedge: Hedge, amount: Amount, unit: TimeUnit) -> Verdict {
    Verdict::Take(Quantity {
        kind: Kind::Age,
        start,
        end,
        hedge,
        amount,
        unit: RawUnit::Time(unit),
    })
}

fn stated(n: &Numeral) -> Stated {
    Stated {
        value: n.value,
        precision: n.precision,
    }
}

/// A whole number of years a person can be: 0 to [`OLDEST`].
fn whole_age(n: &Numeral) -> bool {
    !n.ordinal
        && !n.scaled
        && !n.fraction
        && n.value.is_integer()
        && !n.value.is_sign_negative()
        && numeral::cmp_whole(n.value, i64::from(OLDEST)).is_le()
}

/// Whether `r` is a number that may be an age with no word saying so: a
/// whole number of years in digits, alone, unhedged.
fn bare_number(r: &Reading<'_, '_>) -> bool {
    r.last.is_none()
        && r.hedge_after.is_none()
        && !r.n.spelled
        && !r.n.formatted
        && numeral::cmp_whole(r.n.value, 0).is_gt()
        && whole_age(&r.n)
}

/// The second number of "between the ages of 18 and 24", at token `k`.
fn second_number(toks: &[Token<'_>], k: usize, first: &Numeral) -> Option<(Numeral, usize)> {
    let n = numeral::parse(toks, k).ok()??;
    (whole_age(&n) && n.value >= first.value).then_some((n, n.end))
}

/// "aged 6 and 11", "aged 4, 7 and 9": whether the number at token
/// `start` follows other numbers in a list that "aged" opens.
fn listed_after_age_word(toks: &[Token<'_>], start: usize) -> bool {
    let mut k = start;
    for _ in 0..6 {
        let joined = k >= 2
            && (word(toks, k - 1, "and") || toks[k - 1].is_punct(','))
            && toks[k - 2].is_digits();
        if !joined {
            return false;
        }
        k -= 2;
        let mut buf = [0u8; 32];
        if k > 0 && lower_at(toks, k - 1, &mut buf).is_some_and(|w| w == "aged" || w == "ages") {
            return true;
        }
    }
    false
}

/// Whether the clause goes on no further with the number ending at token
/// `end`: punctuation that closes it, or the end of the sentence.
fn closes(toks: &[Token<'_>], end: usize) -> bool {
    let Some(t) = toks.get(end) else {
        return true;
    };
    match t.kind {
        Tk::Punct(',') => !toks.get(end + 1).is_some_and(|u| u.is_digits()),
        Tk::Punct(';' | '.' | ':' | ')' | '!' | '?') => true,
        _ => t.is_dash() && t.space_before,
    }
}

/// "Maria Lopez, 27,", "Tom Reed (61)", "The suspect, 22,", "Sen. Mark
/// Dunn (D-Ill.), 71,": a number set off after a name or a noun naming a
/// person.
fn apposition(toks: &[Token<'_>], start: usize, end: usize) -> bool {
    if start == 0 {
        return false;
    }
    let open = &toks[start - 1];
    if open.is_punct('(') {
        return toks.get(end).is_some_and(|t| t.is_punct(')'))
            && person_before(toks, start - 1, false);
    }
    if !open.is_punct(',') || !closes(toks, end) {
        return false;
    }
    // "Sen. Mark Dunn (D-Ill.), 71": past a bracket after the name.
    let mut k = start - 1;
    if k > 0 && toks[k - 1].is_punct(')') {
        match bracket_open(toks, k - 1) {
            Some(o) => k = o,
            None => return false,
        }
    }
    // "Ben, 85, was a passenger": one name alone, when the sentence goes
    // on in lowercase after the age, as it does after an apposition and
    // not in a list of counts ("Apple, 12, Google, 8").
    // "and" or "or" after it goes on a list as well ("Apple, 3, and
    // Nvidia, 5").
    let goes_on = toks.get(end).is_some_and(|t| t.is_punct(','))
        && toks.get(end + 1).is_some_and(|t| {
            t.is_word()
                && !t.is_capitalized()
                && !["and", "or"].iter().any(|w| t.text.eq_ignore_ascii_case(w))
        });
    person_before(toks, k, goes_on)
}

/// The "(" that the ")" at token `close` closes, within a few tokens.
pub(super) fn bracket_open(toks: &[Token<'_>], close: usize) -> Option<usize> {
    (close.saturating_sub(8)..close)
        .rev()
        .find(|&j| toks[j].is_punct('('))
}

/// Whether the words right before token `k` name a person: a noun for a
/// person ("The suspect, 22,", "Teen, 16,"), or a name, which is a
/// capitalized word after another ("Tom Reed (61)", "Mr Reed (61)") or
/// after a noun for a person ("driver Reed, 61", "his wife, Jo, 59"). One
/// capitalized word alone is more often a heading or a list of counts
/// ("Comments (34)", "Apple, 12, Google, 8"), and is taken only when
/// `alone` says the sentence around it reads as an apposition.
fn person_before(toks: &[Token<'_>], k: usize, alone: bool) -> bool {
    if k == 0 {
        return false;
    }
    let mut buf = [0u8; 32];
    let Some(w) = lower_at(toks, k - 1, &mut buf) else {
        return false;
    };
    if lexicon::is_person_noun(w) {
        return true;
    }
    // A party, a club or a firm is no person ("Liberal Democrats, 11;",
    // "Plaid Cymru (3)" after "Seats:"): its last word says so, or the
    // sentence is a labelled list.
    let name_word = toks[k - 1].is_capitalized()
        && !lexicon::is_stop_word(w)
        && !lexicon::is_calendar_word(w)
        && !lexicon::is_organisation_word(w)
        && lexicon::unit_word(w).is_none()
        && lexicon::tens_word(w).is_none();
    if !name_word || toks[..k].iter().any(|t| t.is_punct(':')) {
        return false;
    }
    if alone {
        return true;
    }
    if k < 2 {
        return false;
    }
    let person = |i: usize| {
        let mut b = [0u8; 32];
        lower_at(toks, i, &mut b)
            .is_some_and(|p| lexicon::is_person_noun(p) || lexicon::is_title(p))
    };
    let prev = &toks[k - 2];
    (prev.is_capitalized() && toks[k - 1].space_before)
        || person(k - 2)
        || (prev.is_punct(',') && k >= 3 && person(k - 3))
}

/// "the driver was 45", "she was 87", "the suspect, who police said was
/// 19": a number right after "was" or "is" whose subject is a person.
/// `prev` is the word before token `start`, lowercase.
fn predicate(toks: &[Token<'_>], start: usize, end: usize, prev: Option<&str>) -> bool {
    if start < 2 || !prev.is_some_and(|w| among(lexicon::AGE_VERBS, w)) {
        return false;
    }
    let clause_ends =
        closes(toks, end) || ["and", "when", "but"].iter().any(|w| word(toks, end, w));
    if !clause_ends {
        return false;
    }
    let verb = start - 1;
    let mut b2 = [0u8; 32];
    if lower_at(toks, verb - 1, &mut b2).is_some_and(|w| {
        among(lexicon::PERSON_PRONOUNS, w)
            || among(lexicon::SUPERLATIVES, w)
            || (lexicon::is_person_noun(w) && !w.ends_with('s'))
    }) {
        return true;
    }
    // "who police said was 19".
    let mut k = verb;
    for _ in 0..4 {
        if k == 0 {
            return false;
        }
        k -= 1;
        let mut b3 = [0u8; 32];
        match lower_at(toks, k, &mut b3) {
            Some("who") => return true,
            Some(w) if among(lexicon::AGE_REPORTING, w) => {}
            _ => return false,
        }
    }
    false
}

/// "the youngest 4": a superlative standing for a person, then the age.
/// `prev` is the word before token `start`, lowercase.
fn superlative(toks: &[Token<'_>], start: usize, end: usize, prev: Option<&str>) -> bool {
    start > 0 && prev.is_some_and(|w| among(lexicon::SUPERLATIVES, w)) && closes(toks, end)
}

/// A decade of life: its first and last year and the token after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Decade {
    pub lo: u32,
    pub hi: u32,
    pub end: usize,
}

/// A decade of life starting at a possessive at token `k`: "his 40s",
/// "her early 30s", "their mid-50s", "his late forties", "her teens".
fn decade_at(toks: &[Token<'_>], k: usize) -> Option<Decade> {
    let mut buf = [0u8; 32];
    if !lower_at(toks, k, &mut buf).is_some_and(|w| among(lexicon::POSSESSIVES, w)) {
        return None;
    }
    let mut i = k + 1;
    let mut b2 = [0u8; 32];
    let part = lower_at(toks, i, &mut b2).and_then(lexicon::decade_part);
    if part.is_some() {
        i += 1;
        // "mid-50s"
        if toks.get(i).is_some_and(|t| t.is_dash() && !t.space_before)
            && toks.get(i + 1).is_some_and(|t| !t.space_before)
        {
            i += 1;
        }
    }
    let (base, end) = decade_number(toks, i)?;
    let (lo, hi) = match (base, part) {
        // The teens run from 13 to 19.
        (13, Some((0, _))) => (13, 15),
        (13, Some((4, _))) => (14, 16),
        (13, Some(_)) => (17, 19),
        (13, None) => (13, 19),
        (b, Some((a, z))) => (b + a, b + z),
        (b, None) => (b, b + 9),
    };
    Some(Decade { lo, hi, end })
}

/// "40s", "40's", "forties", "teens" at token `i`: the decade's first year
/// (13 for the teens) and the token after it.
fn decade_number(toks: &[Token<'_>], i: usize) -> Option<(u32, usize)> {
    let t = toks.get(i)?;
    if t.is_word() {
        let mut buf = [0u8; 32];
        return lower(t.text, &mut buf)
            .and_then(lexicon::decade_word)
            .map(|b| (b, i + 1));
    }
    if !t.is_digits() || t.text.len() != 2 {
        return None;
    }
    let base: u32 = t.text.parse().ok()?;
    if base == 0 || !base.is_multiple_of(10) {
        return None;
    }
    let glued_s = |k: usize| {
        toks.get(k)
            .is_some_and(|u| !u.space_before && u.is_word() && u.text.eq_ignore_ascii_case("s"))
    };
    if glued_s(i + 1) {
        return Some((base, i + 2));
    }
    let apostrophe = toks
        .get(i + 1)
        .is_some_and(|u| !u.space_before && (u.is_punct('\'') || u.is_punct('’')));
    (apostrophe && glued_s(i + 2)).then_some((base, i + 3))
}

/// Whether token `i` may be a decade that [`decade`] reads. Most tokens
/// the scan offers are none: "40s", "40's" or a word ending in "s"
/// ("forties", "teens") may be.
pub(crate) fn may_be_decade(toks: &[Token<'_>], i: usize) -> bool {
    let Some(t) = toks.get(i) else {
        return false;
    };
    if t.is_digits() {
        t.text.len() == 2 && toks.get(i + 1).is_some_and(|u| !u.space_before)
    } else {
        t.is_word() && t.text.len() >= 5 && t.text.ends_with(['s', 'S'])
    }
}

/// "in his 40s", "in her mid-50s", "in his late forties": a decade of
/// life whose number or word is at token `i`, read from the "in" before
/// it. The tokens the scan would otherwise read as an id ("40s").
pub(crate) fn decade(toks: &[Token<'_>], i: usize) -> Option<Quantity> {
    if !may_be_decade(toks, i) {
        return None;
    }
    // Back from the number: an optional dash and part, the possessive,
    // then "in".
    let mut k = i;
    if k > 0 && toks[k - 1].is_dash() && !toks[k].space_before {
        k -= 1;
    }
    let mut buf = [0u8; 32];
    if k > 0
        && lower_at(toks, k - 1, &mut buf)
            .and_then(lexicon::decade_part)
            .is_some()
    {
        k -= 1;
    }
    let possessive = k.checked_sub(1)?;
    if possessive == 0 || !word(toks, possessive - 1, "in") {
        return None;
    }
    let d = decade_at(toks, possessive)?;
    let lo = Stated {
        value: Decimal::from(d.lo),
        precision: Decimal::ONE,
    };
    let hi = Stated {
        value: Decimal::from(d.hi),
        precision: Decimal::ONE,
    };
    Some(Quantity {
        kind: Kind::Age,
        start: possessive - 1,
        end: d.end,
        hedge: Hedge::Exact,
        amount: Amount::Range(lo, hi),
        unit: RawUnit::Time(TimeUnit::Year),
    })
}

#[cfg(test)]
mod tests;
