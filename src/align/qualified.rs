//! Counts of one noun that a sentence tells apart by what follows "of":
//! "convicted of two counts of mail fraud and six counts of money
//! laundering" gives two counts of different offences, not two figures
//! for one. Shares measured against a price of a named day: "a 38%
//! premium to the closing price on April 1" and "an 18% premium over the
//! closing price yesterday" are measured from different bases.

use std::collections::BTreeMap;

use crate::fact::Fact;
use crate::quantity::Kind;

use super::words::{all_letters, is_stop, normal};
use super::{Frame, Which};

/// How many words after "of" name the kind: "of mail fraud", "of
/// first-degree murder".
const KIND_WORDS: usize = 3;

/// Gives each count of a noun in a sentence the words after its "of"
/// as a modifier ("of mail fraud"), when another count of that noun in
/// the sentence names a different kind. A count whose kind no other
/// count contrasts keeps its frame: "2,000 cases of cholera" is still
/// the story's tally of cases.
pub(super) fn contrasted_kinds(facts: &[Fact], frames: &mut [Frame]) {
    for sentence in super::places::sentences(facts) {
        let (start, end) = (sentence.start, sentence.end);
        if end - start >= 2 {
            let mut by_noun: BTreeMap<&str, Vec<(usize, String)>> = BTreeMap::new();
            for (i, f) in facts.iter().enumerate().take(end).skip(start) {
                if f.kind != Kind::Count {
                    continue;
                }
                let Some(c) = f.unit.counted().filter(|c| !c.phrase.is_empty()) else {
                    continue;
                };
                if let Some(kind) = kind_after(f) {
                    by_noun.entry(c.noun.as_str()).or_default().push((i, kind));
                }
            }
            for counts in by_noun.into_values() {
                if counts.iter().any(|(_, k)| *k != counts[0].1) {
                    for (i, kind) in counts {
                        frames[i].sets.insert(Which::Modifiers, &kind);
                    }
                }
            }
        }
    }
}

/// The kind a count's noun is said to be of, right after it: "of mail
/// fraud" in "two counts of mail fraud". Not a group named by a
/// determiner ("of the dead", "of them"): that is a part.
fn kind_after(f: &Fact) -> Option<String> {
    let mut after = f.context.after.iter();
    if !after.next().is_some_and(|w| w.eq_ignore_ascii_case("of")) {
        return None;
    }
    let words: Vec<String> = after
        .take(KIND_WORDS)
        .map(|w| normal(w).into_owned())
        .take_while(|w| !w.is_empty() && all_letters(w) && !is_stop(w) && w != "and")
        .collect();
    (!words.is_empty()).then(|| format!("of {}", words.join(" ")))
}

/// How far after a share, in bytes, the day of the price it is measured
/// against may end.
const BASE_REACH: usize = 60;

/// How far after the day, in bytes, the price it names may end: "on
/// Friday's close".
const PRICE_AFTER_DAY: usize = 12;

/// Gives each share measured against a price of a named day that day as
/// a modifier ("against 04-01"): "a 38% premium to Twitter's closing price
/// on April 1", "a 54% premium over the Jan. 28 closing price". Two
/// premiums over different days' prices are two quantities; the same day
/// written with or without its year is one. The day itself is left
/// unjudged.
pub(super) fn price_bases(facts: &[Fact], frames: &mut [Frame]) {
    for sentence in super::places::sentences(facts) {
        let (start, end) = (sentence.start, sentence.end);
        if end - start < 2 {
            continue;
        }
        for i in start..end {
            let f = &facts[i];
            if f.kind != Kind::Percent {
                continue;
            }
            let p = &f.provenance;
            let base = (i + 1..end).find_map(|j| {
                let d = &facts[j];
                let date = d.value.as_date().filter(|_| d.kind == Kind::Date)?;
                let (month, day) = (date.month?, date.day?);
                let span = d.provenance.span;
                if span.end > p.span.end + BASE_REACH {
                    return None;
                }
                let from = p.span.end - p.sentence_span.start;
                let to = span.end - p.sentence_span.start;
                let between = p.sentence.get(from..to)?.to_ascii_lowercase();
                let against = [" over ", " to ", " above ", " below ", " from ", " on "]
                    .iter()
                    .any(|w| between.contains(w));
                // The price may follow its day: "on Friday's close".
                let tail = p.sentence.get(to..).unwrap_or("");
                let tail = tail.get(..tail.len().min(PRICE_AFTER_DAY)).unwrap_or(tail);
                let names_price = |t: &str| {
                    let t = t.to_ascii_lowercase();
                    t.contains("price") || t.contains("close")
                };
                let price = names_price(&between) || names_price(tail);
                (against && price).then(|| (j, format!("against {month:02}-{day:02}")))
            });
            if let Some((j, base)) = base {
                frames[i].sets.insert(Which::Modifiers, &base);
                // The day is the base of a price, not a day of the story:
                // two reports measuring from different days disagree on
                // nothing.
                frames[j].judged = false;
            }
        }
    }
}
