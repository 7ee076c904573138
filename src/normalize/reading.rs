//! What the words right around a quote add to its value: the unit a rate
//! is per ("$48.75 a share"), and whether an amount is a change ("fell
//! $3.15", "up 14 cents") rather than a level. The role of a counted group
//! ("9 dead", "killing 12 people") is read in extraction, where the tokens
//! around the count say more (`extract/casualty.rs`).
//!
//! These read the context words extraction kept (nearest first, each side
//! stopping where another number begins), so a word that belongs to the
//! next figure in the sentence is never taken for this one.

use crate::lexicon;
use crate::quantity::{Change, Kind};

/// The unit a rate is per: "$48.75 a share" is per share, "£6.49 per
/// month" per month, "5,000 tonnes a day" per day. `None` for "a year ago"
/// and for amounts that are not rates.
pub(crate) fn per(kind: Kind, after: &[&str]) -> Option<String> {
    if !matches!(kind, Kind::Money | Kind::Count | Kind::Measure) {
        return None;
    }
    let mut buf = [0u8; 32];
    let first = lexicon::lower(after.first()?, &mut buf)?;
    if !matches!(first, "a" | "an" | "per" | "each") {
        return None;
    }
    let mut buf2 = [0u8; 32];
    let w = lexicon::lower(after.get(1)?, &mut buf2)?;
    if w.len() <= 2
        || !w.bytes().all(|b| b.is_ascii_alphabetic())
        || lexicon::is_stop_word(w)
        || lexicon::is_calendar_word(w)
    {
        return None;
    }
    // A count is per a unit of time after "a" ("1,000 cases a day"), or
    // per anything after "per" or "each" ("3 doses per person"): "13
    // people on board, a military source said" counts no rate.
    if kind == Kind::Count && matches!(first, "a" | "an") && lexicon::time_unit(w).is_none() {
        return None;
    }
    // "a year ago", "a week earlier": a time in the past, not a rate.
    if after
        .get(2)
        .is_some_and(|n| matches!(n.to_ascii_lowercase().as_str(), "ago" | "earlier" | "later"))
    {
        return None;
    }
    // "per person": the noun as written, which a count would read as
    // "people".
    if lexicon::among(lexicon::IRREGULAR_SINGULARS, w) {
        return Some(w.to_string());
    }
    Some(lexicon::singular(w))
}

/// Whether an amount is stated as a change, and which way: "fell $3.15"
/// (down), "up 14 cents" (up), "raised by $20 million" (up). A figure
/// after "to", "at" or "from" is a level, whatever verb comes first ("rose
/// to 23"). Counts are changes only with "by" ("the toll rose by 5"):
/// "cut 500 jobs" counts jobs; so are amounts after verbs that also state
/// an amount ("raised $1.8bn", "lost $310m").
pub(crate) fn change(kind: Kind, before: &[&str], after: &[&str]) -> Option<Change> {
    if !matches!(kind, Kind::Money | Kind::Percent | Kind::Count) {
        return None;
    }
    // "a $2 price hike", "a 5% pay rise", "a $5bn spending cut".
    if kind != Kind::Count {
        let mut b = [0u8; 32];
        for w in after.iter().take(2) {
            match lexicon::lower(w, &mut b) {
                Some("hike" | "hikes" | "rise" | "rises" | "increase" | "increases" | "raise") => {
                    return Some(Change::Up);
                }
                Some("cut" | "cuts" | "drop" | "fall" | "decrease" | "reduction") => {
                    return Some(Change::Down);
                }
                _ => {}
            }
        }
    }
    // A count states a change only after "by": that is asked first,
    // without lowercasing the word.
    if kind == Kind::Count && !before.first()?.eq_ignore_ascii_case("by") {
        return None;
    }
    let mut buf = [0u8; 32];
    let first = lexicon::lower(before.first()?, &mut buf)?;
    if matches!(first, "to" | "at" | "from") {
        return None;
    }
    let by = first == "by";
    if kind == Kind::Count && !by {
        return None;
    }
    if by {
        // "raised by $20 million", "cut its profit forecast by £50m": the
        // verb may stand a few words before "by".
        return before[1..].iter().take(4).find_map(|w| {
            let mut b = [0u8; 32];
            lexicon::lower(w, &mut b).and_then(lexicon::direction_word)
        });
    }
    let mut buf2 = [0u8; 32];
    let verb = lexicon::lower(before.first()?, &mut buf2)?;
    if !lexicon::is_move_word(verb) {
        return None;
    }
    lexicon::direction_word(verb)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    fn change_of(kind: Kind, before: &[&str]) -> Option<Change> {
        change(kind, before, &[])
    }

    fn rev(s: &str) -> Vec<&str> {
        let mut w = words(s);
        w.reverse();
        w
    }

    #[test]
    fn rates() {
        assert_eq!(per(Kind::Money, &words("a share")), Some("share".into()));
        assert_eq!(
            per(Kind::Money, &words("per barrel on")),
            Some("barrel".into())
        );
        assert_eq!(per(Kind::Money, &words("a month")), Some("month".into()));
        assert_eq!(per(Kind::Money, &words("a year ago")), None);
        assert_eq!(per(Kind::Money, &words("in the deal")), None);
        assert_eq!(per(Kind::Percent, &words("a year")), None);
        assert_eq!(per(Kind::Count, &words("a day")), Some("day".into()));
        assert_eq!(
            per(Kind::Count, &words("per school")),
            Some("school".into())
        );
        assert_eq!(per(Kind::Count, &words("a military source said")), None);
    }

    #[test]
    fn changes_and_levels() {
        assert_eq!(
            change_of(Kind::Money, &rev("shares fell")),
            Some(Change::Down)
        );
        assert_eq!(change_of(Kind::Money, &rev("closed up")), Some(Change::Up));
        assert_eq!(
            change_of(Kind::Money, &rev("the fine was raised by")),
            Some(Change::Up)
        );
        assert_eq!(change_of(Kind::Money, &rev("fell $3.15 to")), None);
        assert_eq!(change_of(Kind::Count, &rev("the toll rose to")), None);
        assert_eq!(change_of(Kind::Count, &rev("the company cut")), None);
        assert_eq!(
            change_of(Kind::Count, &rev("the toll rose by")),
            Some(Change::Up)
        );
        assert_eq!(
            change_of(Kind::Percent, &rev("sales dropped")),
            Some(Change::Down)
        );
    }
}
