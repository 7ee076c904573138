//! Hedges and bounds: "about", "nearly", "more than", "at least", "up to",
//! "less than", and the ones that follow a number ("or more", "-plus");
//! and ranges: "5-10", "$5-$7 million", "between 2 and 3", "two or three".

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::numeral::{self, Numeral};
use super::token::{Tk, Token};
use super::{Hedge, measure, money, percent};
use crate::lexicon::{self, WordTable};

/// Hedge phrases written before a number, compiled once from the
/// lexicon's lists: every phrase with its meaning, the longest first, so
/// that "no more than" is read before "more than".
static BEFORE: LazyLock<Vec<(&[&str], Hedge)>> = LazyLock::new(|| {
    let groups: [(&[&[&str]], Hedge); 8] = [
        (lexicon::AT_LEAST, Hedge::AtLeast),
        (lexicon::UP_TO, Hedge::UpTo),
        (lexicon::JUST_OVER, Hedge::JustOver),
        (lexicon::ABOUT, Hedge::About),
        (lexicon::NEARLY, Hedge::Nearly),
        (lexicon::MORE_THAN, Hedge::MoreThan),
        (lexicon::LESS_THAN, Hedge::LessThan),
        (lexicon::EXACTLY, Hedge::Exact),
    ];
    let mut phrases: Vec<(&[&str], Hedge)> = groups
        .iter()
        .flat_map(|&(list, hedge)| list.iter().map(move |&p| (p, hedge)))
        .collect();
    // Stable: phrases of one length keep their order; two of one length
    // never match the same words.
    phrases.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    phrases
});

/// The last word of every phrase of [`BEFORE`], lowercase, with the
/// places in [`BEFORE`] of the phrases that end with it, in order: a
/// number is tried against those alone.
static BEFORE_LAST: LazyLock<WordTable<String, Vec<usize>>> = LazyLock::new(|| {
    let mut rows: Vec<(String, Vec<usize>)> = Vec::new();
    for (k, (words, _)) in BEFORE.iter().enumerate() {
        let Some(last) = words.last().map(|w| w.to_ascii_lowercase()) else {
            continue;
        };
        match rows.iter_mut().find(|(w, _)| *w == last) {
            Some((_, places)) => places.push(k),
            None => rows.push((last, vec![k])),
        }
    }
    WordTable::new(rows)
});

/// The hedge written right before token `start`, and the token where it
/// begins: "more than", "about", "Tops", "nears", and "past" where it
/// bounds a running figure ("climbed past 2,400").
pub(crate) fn before(toks: &[Token<'_>], start: usize) -> Option<(Hedge, usize)> {
    before_for(toks, start, false)
}

/// The hedge written right before a length of time starting at token
/// `start`. "Over" right after an amount or a word that spreads something
/// ("£4bn over three years", "repaid over 25 years") is a span the amount
/// is spread across, not a bound, and "past" names the period just gone.
pub(crate) fn before_span(toks: &[Token<'_>], start: usize) -> Option<(Hedge, usize)> {
    before_for(toks, start, true)
}

fn before_for(toks: &[Token<'_>], start: usize, time: bool) -> Option<(Hedge, usize)> {
    if let Some(found) = symbol_before(toks, start) {
        return Some(found);
    }
    // Every phrase ends with a word: a number after anything else, or
    // after a word that ends no phrase, is spared the walk through them,
    // and after one that does, only the phrases that end with it are
    // tried. Checked against every phrase in every debug build.
    let mut buf = [0u8; 32];
    let places = start
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .filter(|t| t.is_word())
        .and_then(|t| lexicon::lower(t.text, &mut buf))
        .and_then(|w| BEFORE_LAST.get(w.as_bytes()))
        .map_or(&[][..], Vec::as_slice);
    let found = phrase_before(toks, start, time, places.iter().map(|&k| BEFORE[k]));
    debug_assert_eq!(
        found,
        phrase_before(toks, start, time, BEFORE.iter().copied())
    );
    if let Some(found) = found {
        return found;
    }
    // "climbed past 2,400", "Toll Past 1,000"; not "the past two years".
    let past = start.checked_sub(1)?;
    if !time
        && word_is(toks, past, lexicon::PAST)
        && !past
            .checked_sub(1)
            .is_some_and(|k| lexicon::NOT_BEFORE_PAST.iter().any(|w| word_is(toks, k, w)))
    {
        return Some((Hedge::MoreThan, past));
    }
    // "Loans Top $300 Million", "sales top €1bn": the verb after a plural
    // subject, before an amount; not "the top $1 million prize", nor "top
    // 10", a rank.
    if !time && verb_top(toks, past, start) {
        return Some((Hedge::MoreThan, past));
    }
    None
}

/// Whether the word at `top` is the verb "top" before an amount written
/// with a currency sign at `start`, after a word that is no determiner.
fn verb_top(toks: &[Token<'_>], top: usize, start: usize) -> bool {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that",
    ];
    word_is(toks, top, "top")
        && toks.get(start).is_some_and(
            |t| matches!(t.kind, Tk::Punct(c) if lexicon::currency_symbol(c).is_some()),
        )
        && top
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .is_some_and(|t| {
                t.is_word() && !DETERMINERS.iter().any(|d| t.text.eq_ignore_ascii_case(d))
            })
}

/// The first of `phrases` that ends right before token `start`, as
/// [`before_for`] reads it: `Some` of its hedge and first token, or
/// `Some(None)` when it is "over" spreading a length of time and no hedge;
/// `None` when no phrase is there.
fn phrase_before<'p>(
    toks: &[Token<'_>],
    start: usize,
    time: bool,
    phrases: impl Iterator<Item = (&'p [&'p str], Hedge)>,
) -> Option<Option<(Hedge, usize)>> {
    for (words, hedge) in phrases {
        let n = words.len();
        if start < n {
            continue;
        }
        let first = start - n;
        let matches = words.iter().enumerate().all(|(k, w)| {
            toks[first + k].is_word() && toks[first + k].text.eq_ignore_ascii_case(w)
        });
        if matches {
            if time && words == [lexicon::OVER] && spreads(toks, first) {
                return Some(None);
            }
            if spread_over(toks, words, first) {
                continue;
            }
            return Some(Some((hedge, first)));
        }
    }
    None
}

fn word_is(toks: &[Token<'_>], i: usize, w: &str) -> bool {
    toks.get(i)
        .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(w))
}

/// Whether the "over" at token `over` spreads what comes before it across
/// a span: an amount ends right before it ("£4bn over", "$10,000 over",
/// "5% over") or two words before it at most ("a 14% pay rise over", "£2bn
/// of spending over"), or a word that spreads comes right before it
/// ("repaid over").
fn spreads(toks: &[Token<'_>], over: usize) -> bool {
    let Some(prev) = over.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    if spreads_from(prev) {
        return true;
    }
    (2..=3).any(|d| {
        over.checked_sub(d).is_some_and(|k| {
            toks[k + 1..over]
                .iter()
                .all(|t| t.is_word() && t.space_before)
                && amount_ends(&toks[k])
        })
    })
}

/// Whether a token right before "over" makes it spread: see [`spreads`].
fn spreads_from(prev: &Token<'_>) -> bool {
    if amount_ends(prev) {
        return true;
    }
    let mut buf = [0u8; 32];
    prev.is_word()
        && lexicon::lower(prev.text, &mut buf)
            .is_some_and(|w| lexicon::among(lexicon::SPREAD_WORDS, w))
}

/// Whether `t` can be the last token of an amount: digits, a percent sign,
/// a scale ("million", a glued "bn"), a currency or a word of per cent.
fn amount_ends(t: &Token<'_>) -> bool {
    match t.kind {
        Tk::Digits => true,
        Tk::Punct(c) => lexicon::PERCENT_SIGNS.contains(&c),
        Tk::Word => {
            let mut buf = [0u8; 32];
            lexicon::lower(t.text, &mut buf).is_some_and(|w| {
                lexicon::scale_word(w).is_some_and(|(_, ordinal)| !ordinal)
                    || (lexicon::scale_abbrev(w).is_some() && !t.space_before)
                    || (lexicon::currency_word(w).is_some()
                        && !lexicon::is_ambiguous_currency_word(w))
                    || lexicon::PERCENT_WORDS.contains(&w)
                    || w == lexicon::PER_CENT[1]
            })
        }
    }
}

/// Whether the hedge `words` at token `first` is "over" after a verb of
/// spreading: "spread over 30 square miles" covers 30, no more.
fn spread_over(toks: &[Token<'_>], words: &[&str], first: usize) -> bool {
    let mut buf = [0u8; 32];
    words == [lexicon::OVER]
        && first > 0
        && toks[first - 1].is_word()
        && lexicon::lower(toks[first - 1].text, &mut buf)
            .is_some_and(|w| lexicon::SPREAD_VERBS.contains(&w))
}

/// A comparison sign right before token `start`: ">10", ">= 30", "< =
/// 100", "≤ 5". A sign that is part of another operator ("<>", "=>") is
/// not a bound.
fn symbol_before(toks: &[Token<'_>], start: usize) -> Option<(Hedge, usize)> {
    let at = |k: usize| match toks.get(k).map(|t| t.kind) {
        Some(Tk::Punct(c)) => Some(c),
        _ => None,
    };
    let last = at(start.checked_sub(1)?)?;
    let (hedge, first) = match last {
        '≥' => (Hedge::AtLeast, start - 1),
        '≤' => (Hedge::UpTo, start - 1),
        '>' => (Hedge::MoreThan, start - 1),
        '<' => (Hedge::LessThan, start - 1),
        '=' => match start.checked_sub(2).and_then(at) {
            Some('>') => (Hedge::AtLeast, start - 2),
            Some('<') => (Hedge::UpTo, start - 2),
            _ => return None,
        },
        _ => return None,
    };
    // "<>30", "=>30", "->": another operator, or an arrow.
    if first > 0 && at(first - 1).is_some_and(|c| matches!(c, '<' | '>' | '=' | '-')) {
        return None;
    }
    Some((hedge, first))
}

/// A hedge written right after token `end - 1` ("or more", "or so",
/// "-plus", "+"), and the token after it.
pub(crate) fn after(toks: &[Token<'_>], end: usize) -> Option<(Hedge, usize)> {
    let word = |i: usize, w: &str| {
        toks.get(i)
            .is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(w))
    };
    if lexicon::AFTER_JOINERS.iter().any(|w| word(end, w)) {
        // "200 or greater than" and "200 or more": the trailing "than"
        // belongs to the bound.
        // "200 or more than 190" is two bounds, not one; so is "40 and
        // greater than or equal to 50".
        if word(end + 2, "than")
            && (number_follows(toks, end + 3)
                || (word(end + 3, "or")
                    && word(end + 4, "equal")
                    && word(end + 5, "to")
                    && number_follows(toks, end + 6)))
        {
            return None;
        }
        if lexicon::OR_ABOVE.iter().any(|w| word(end + 1, w)) {
            let than = usize::from(word(end + 2, "than"));
            return Some((Hedge::AtLeast, end + 2 + than));
        }
    }
    if word(end, "or") {
        if lexicon::OR_ABOUT.iter().any(|w| word(end + 1, w)) {
            return Some((Hedge::About, end + 2));
        }
        if lexicon::OR_BELOW.iter().any(|w| word(end + 1, w)) {
            return Some((Hedge::UpTo, end + 2));
        }
    }
    if toks
        .get(end)
        .is_some_and(|t| t.is_punct('+') && !t.space_before)
    {
        return Some((Hedge::AtLeast, end + 1));
    }
    if toks
        .get(end)
        .is_some_and(|t| t.is_dash() && !t.space_before)
    {
        if toks
            .get(end + 1)
            .is_some_and(|t| !t.space_before && t.text.eq_ignore_ascii_case(lexicon::PLUS))
        {
            return Some((Hedge::AtLeast, end + 2));
        }
        if toks
            .get(end + 1)
            .is_some_and(|t| !t.space_before && t.text.eq_ignore_ascii_case(lexicon::ODD))
        {
            return Some((Hedge::About, end + 2));
        }
    }
    if word(end, lexicon::PLUS)
        && !toks
            .get(end + 1)
            .is_some_and(|t| t.is_digits() || t.is_punct('$'))
    {
        return Some((Hedge::AtLeast, end + 1));
    }
    None
}

/// Whether a number starts at token `k`.
fn number_follows(toks: &[Token<'_>], k: usize) -> bool {
    matches!(numeral::parse(toks, k), Ok(Some(_)))
}

/// A second number after `n` that makes a range with it, and the
/// connector's token.
pub(crate) fn range_after(
    toks: &[Token<'_>],
    n: &Numeral,
    between: bool,
) -> Option<(Numeral, usize)> {
    // The connector comes right after the number or after a unit repeated
    // on it, and no such unit is longer than `UNIT_REACH` tokens: with no
    // connector that near, there is no range, and no unit is read.
    // A cardinal number word right after the number is no connector and
    // starts no unit ("one hundred one hundred", "one two").
    if n.number_word_at(n.end) {
        debug_assert!(read_range(toks, n, between).is_none(), "{n:?}");
        return None;
    }
    let stop = toks.len().min(n.end + UNIT_REACH + 1);
    if !(n.end..stop).any(|k| connector(&toks[k], between, n.spelled)) {
        debug_assert!(read_range(toks, n, between).is_none(), "{n:?}");
        return None;
    }
    read_range(toks, n, between)
}

/// The most tokens a unit repeated on the first number of a range takes:
/// a hyphen, a qualified unit and "per hour" ("-metric tons per hour")
/// take five.
const UNIT_REACH: usize = 5;

/// Whether token `t` can join the two numbers of a range: a dash, "to",
/// "through", "and" after "between", "or" between spelled numbers.
fn connector(t: &Token<'_>, between: bool, spelled: bool) -> bool {
    match t.kind {
        Tk::Punct(_) => t.is_dash(),
        // Told apart by length first: most words are none of these.
        Tk::Word => {
            let w = t.text;
            match w.len() {
                2 => w.eq_ignore_ascii_case("to") || (spelled && w.eq_ignore_ascii_case("or")),
                3 => between && w.eq_ignore_ascii_case("and"),
                _ => lexicon::THROUGH.iter().any(|x| w.eq_ignore_ascii_case(x)),
            }
        }
        Tk::Digits => false,
    }
}

/// [`range_after`], read in full.
fn read_range(toks: &[Token<'_>], n: &Numeral, between: bool) -> Option<(Numeral, usize)> {
    let mut c = n.end;
    // "3% and 4%", "5 per cent to 7 per cent", "10 dollars to 20
    // dollars", "between 5km and 10km": the unit may be repeated.
    let mut repeated_money = None;
    let mut repeated_measure = None;
    if let Some((_, after)) = percent::after(toks, c) {
        c = after;
    } else if let Some((code, 1, after)) = money::after(toks, c, n.scaled)
        && toks.get(c).is_some_and(|t| t.is_word())
    {
        repeated_money = Some(code);
        c = after;
    } else if let Some(u) = measure::unit_after(toks, c) {
        repeated_measure = Some(u.unit);
        c = u.end;
    }
    let t = toks.get(c)?;
    let to = t.is_word() && t.text.eq_ignore_ascii_case("to");
    if !connector(t, between, n.spelled) {
        return None;
    }
    // "dropped $2.05 to $38.90", "lifted its offer from $41 to $44": a
    // change and the level it moves to, or two levels, never a range.
    let unit_on_first = c != n.end || money::before(toks, n.start).is_some();
    if to && !between && unit_on_first && moves_to(toks, n) {
        return None;
    }
    let mut k = c + 1;
    // "$5-$7 million": the currency may be repeated.
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.kind, Tk::Punct(ch) if lexicon::currency_symbol(ch).is_some()))
    {
        k += 1;
    } else if toks.get(k).is_some_and(|t| {
        let mut buf = [0u8; 32];
        t.is_word()
            && lexicon::lower(t.text, &mut buf).is_some_and(|w| lexicon::dollar_prefix(w).is_some())
    }) && toks
        .get(k + 1)
        .is_some_and(|t| t.is_punct('$') && !t.space_before)
    {
        // "C$16m and C$20m", "US$5-US$7 million".
        k += 2;
    } else if toks.get(k).is_some_and(Token::is_word)
        && money::before(toks, k + 1).is_some_and(|p| p.start == k)
    {
        // "between USD 1.9 billion and USD 2.3 billion": a code.
        k += 1;
    }
    let second = numeral::parse(toks, k).ok()??;
    if second.ordinal || second.fraction != n.fraction {
        return None;
    }
    // "C$16m and US$20m": two currencies make no range.
    if k > c + 1
        && let (Some(a), Some(b)) = (money::before(toks, n.start), money::before(toks, k))
        && a.code != b.code
    {
        return None;
    }
    // "7-Eleven": digits and words do not make a range across a hyphen.
    if t.is_dash() && !t.space_before && n.spelled != second.spelled {
        return None;
    }
    // The unit repeated on the first number must be repeated on the
    // second: "3% and 4%".
    match (repeated_money, repeated_measure) {
        (Some(code), _) => {
            if money::after(toks, second.end, second.scaled).is_none_or(|(c2, _, _)| c2 != code) {
                return None;
            }
        }
        (None, Some(unit)) => {
            if measure::unit_after(toks, second.end).is_none_or(|u| u.unit != unit) {
                return None;
            }
        }
        (None, None) => {
            if c != n.end && percent::after(toks, second.end).is_none() {
                return None;
            }
        }
    }
    let first = share_scale(*n, &second);
    if second.value < first.value {
        return None;
    }
    // "10-12 October" is a date range, handled elsewhere; a score
    // "3-2" fails the order test above.
    Some((second, c))
}

/// Whether the number `n` (its currency included) is stated as a change
/// or as the level a move starts from, so that a figure after "to" is the
/// level it moves to: a word of movement right before it ("dropped $2.05
/// to", "up 11 cents to"), or "by" after one ("raised by $15 million to",
/// "cut its forecast by £50m to"), or "from" after one ("lifted its offer
/// from $41 to").
pub(crate) fn moves_to(toks: &[Token<'_>], n: &Numeral) -> bool {
    let start = money::before(toks, n.start).map_or(n.start, |p| p.start);
    let moves = |t: &Token<'_>| {
        let mut buf = [0u8; 32];
        t.is_word()
            && lexicon::lower(t.text, &mut buf).is_some_and(|w| {
                lexicon::is_move_word(w)
                    || lexicon::direction_word(w).is_some()
                    || lexicon::among(lexicon::SHIFT_WORDS, w)
            })
    };
    let Some(k) = start.checked_sub(1) else {
        return false;
    };
    let reach = if word_is(toks, k, "by") {
        4
    } else if word_is(toks, k, "from") {
        6
    } else {
        return moves(&toks[k]);
    };
    // The words before "by" or "from", up to the clause's last number or
    // mark.
    toks[k.saturating_sub(reach)..k]
        .iter()
        .rev()
        .take_while(|t| t.is_word())
        .any(moves)
}

/// "$5-$7 million": a scale written only on the second number applies to
/// the first.
pub(crate) fn share_scale(first: Numeral, second: &Numeral) -> Numeral {
    if first.scaled || !second.scaled || second.scale_pow == 0 {
        return first;
    }
    let mut f = Decimal::ONE;
    for _ in 0..second.scale_pow {
        f *= Decimal::TEN;
    }
    match (first.value.checked_mul(f), first.precision.checked_mul(f)) {
        (Some(v), Some(p)) => Numeral {
            value: v,
            precision: p,
            scaled: true,
            scale_pow: second.scale_pow,
            ..first
        },
        _ => first,
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::{quotes, rejections};
    use super::super::token::tokenize;
    use super::super::{count, duration, role};
    use super::*;

    /// The tokens of `text`.
    fn tokens(text: &str) -> Vec<Token<'_>> {
        let mut toks = Vec::new();
        tokenize(text, 0, &mut toks);
        toks
    }

    /// The cardinal number words, as written in lowercase and capitalized.
    fn cardinals() -> Vec<String> {
        let words = lexicon::UNITS.iter().chain(lexicon::TENS).map(|(w, _)| *w);
        let scales = lexicon::SCALES.iter().filter(|(_, (_, ord))| !ord);
        let mut out: Vec<String> = words
            .chain(scales.map(|(w, _)| *w))
            .map(String::from)
            .collect();
        let capitals: Vec<String> = out
            .iter()
            .map(|w| w[..1].to_uppercase() + &w[1..])
            .collect();
        out.extend(capitals);
        out
    }

    /// A number stops before a cardinal word that does not join it, and
    /// knows that word for one.
    #[test]
    fn a_number_knows_the_number_word_it_stops_at() {
        for (text, end) in [("one hundred one hundred", 3), ("one two", 1)] {
            let toks = tokens(text);
            let n = numeral::parse(&toks, 0).unwrap().unwrap();
            assert_eq!(n.end, end, "{text}");
            assert!(n.cardinal_after && n.number_word_at(end), "{text}");
            assert!(numeral::cardinal_at(&toks, end));
        }
    }

    /// No reader of the words after a number finds a unit, a noun, a cue
    /// or a connector in a cardinal number word: the readers skip one.
    #[test]
    fn no_reader_finds_anything_in_a_cardinal_word() {
        for w in cardinals() {
            // Capitals read as currency codes before a number ("USD 5").
            let shout = format!("{} 5", w.to_uppercase());
            let toks = tokens(&shout);
            assert!(money::before(&toks, 1).is_none(), "{shout}");
            for next in [
                "",
                " people",
                " dollars",
                " metres",
                " years old",
                " dead",
                " to 5",
            ] {
                let text = format!("5 {w}{next}");
                let toks = tokens(&text);
                assert!(numeral::cardinal_at(&toks, 1), "{text}");
                assert!(!connector(&toks[1], true, true), "{text}");
                assert!(measure::unit_after(&toks, 1).is_none(), "{text}");
                assert!(duration::unit_after(&toks, 1).is_none(), "{text}");
                assert!(money::after(&toks, 1, false).is_none(), "{text}");
                assert!(money::after(&toks, 1, true).is_none(), "{text}");
                assert!(percent::after(&toks, 1).is_none(), "{text}");
                assert!(count::noun_after(&toks, 1, true).is_none(), "{text}");
                assert!(count::noun_after(&toks, 1, false).is_none(), "{text}");
                assert!(!role::cue_after(&toks, 1), "{text}");
            }
            for prev in [
                "",
                "killed ",
                "aged ",
                "about ",
                "as many as ",
                "the age of ",
            ] {
                let text = format!("{prev}{w} 5");
                let toks = tokens(&text);
                let at = toks.len() - 1;
                assert!(numeral::cardinal_at(&toks, at - 1), "{text}");
                assert!(before(&toks, at).is_none(), "{text}");
                assert!(before_span(&toks, at).is_none(), "{text}");
                assert!(!role::cue_before(&toks, at), "{text}");
                assert!(money::before(&toks, at).is_none(), "{text}");
                let lower = w.to_lowercase();
                assert!(!lexicon::is_person_noun(&lower), "{text}");
                assert!(!lexicon::among(lexicon::TURN_VERBS, &lower), "{text}");
            }
        }
    }

    /// Runs of spelled numbers, each after a cardinal word and before one,
    /// in the contexts every reader looks for: the readers' skips are
    /// checked against their full readings in debug builds.
    #[test]
    fn runs_of_spelled_numbers_read_as_before() {
        let runs = [
            "one hundred one hundred one hundred",
            "one two three four five",
        ];
        let contexts = [
            ("", ""),
            ("about ", " people"),
            ("killed ", " dead"),
            ("aged ", " years old"),
            ("as many as ", " percent"),
            ("between ", " and six dollars"),
            ("one in ", " out of ten"),
        ];
        for run in runs {
            for (before, after) in contexts {
                let text = format!("They said {before}{run}{after}.");
                let _ = (quotes(&text), rejections(&text));
            }
        }
        assert!(quotes("one two three four five").is_empty());
    }
}
