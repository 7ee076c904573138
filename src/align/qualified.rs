//! Counts of one noun that a sentence tells apart by what follows "of":
//! "convicted of two counts of mail fraud and six counts of money
//! laundering" gives two counts of different offences, not two figures
//! for one.

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
