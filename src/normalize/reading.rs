//! What the words right around a quote add to its value: the role of a
//! counted group ("9 dead", "40 hurt", "killing 12 people"), the unit a
//! rate is per ("$48.75 a share"), and whether an amount is a change
//! ("fell $3.15", "up 14 cents") rather than a level.
//!
//! These read the context words extraction kept (nearest first, each side
//! stopping where another number begins), so a word that belongs to the
//! next figure in the sentence is never taken for this one.

use crate::lexicon;
use crate::quantity::{Change, Kind, Role};

/// Words that may stand between a count and the word giving its role:
/// "15 people were killed", "18 are feared missing", "140 remain
/// unaccounted for".
const ROLE_FILLERS: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "being",
    "be",
    "reported",
    "confirmed",
    "feared",
    "believed",
    "thought",
    "presumed",
    "also",
    "all",
    "now",
    "still",
    "remain",
    "remained",
    "remains",
    "more",
    "others",
    "other",
    "people",
    "of",
    "them",
    "in",
    "seriously",
    "critically",
    "badly",
    "slightly",
];

/// The role of a counted group, from the words after the quote ("9 dead",
/// "were killed", "remain unaccounted for") or right before it ("killing
/// 12", "the death toll rose to 23", "Wounded: 57").
pub(crate) fn role(kind: Kind, before: &[&str], after: &[&str]) -> Option<Role> {
    if kind != Kind::Count {
        return None;
    }
    let mut buf = [0u8; 32];
    // After the quote: the first word that is not a filler. A way of
    // being hurt followed by "dead" or "to death" kills: "shot dead",
    // "stabbed to death".
    for (k, w) in after.iter().enumerate().take(5) {
        let Some(w) = lexicon::lower(w, &mut buf) else {
            break;
        };
        if let Some(r) = lexicon::role_word(w) {
            let next = |d: usize| after.get(k + d).map(|w| w.to_ascii_lowercase());
            let fatal = next(1).as_deref() == Some("dead")
                || (next(1).as_deref() == Some("to") && next(2).as_deref() == Some("death"));
            return Some(if r == Role::Injured && fatal {
                Role::Killed
            } else {
                r
            });
        }
        // "40,000 homes without power", "lost power".
        if w == "without" || w == "lost" {
            let next = after.get(k + 1).map(|w| w.to_ascii_lowercase());
            if matches!(next.as_deref(), Some("power" | "electricity")) {
                return Some(Role::WithoutPower);
            }
        }
        if !ROLE_FILLERS.contains(&w) {
            break;
        }
    }
    // Before the quote: the verb or label right before it, past a "to"
    // or "at" ("rose to 23", "stands at 23") to a toll.
    for (d, w) in before.iter().take(4).enumerate() {
        let Some(w) = lexicon::lower(w, &mut buf) else {
            break;
        };
        if w == "toll" || w == "tolls" {
            return Some(Role::Killed);
        }
        if d <= 1 && lexicon::role_word(w).is_some() {
            return lexicon::role_word(w);
        }
        if !matches!(
            w,
            "to" | "at"
                | "rose"
                | "risen"
                | "climbed"
                | "stands"
                | "stood"
                | "reached"
                | "hit"
                | "now"
                | "the"
                | "of"
                | "number"
                | "total"
                | "by"
                | "another"
                | "a"
        ) {
            break;
        }
    }
    None
}

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
    // "a year ago", "a week earlier": a time in the past, not a rate.
    if after
        .get(2)
        .is_some_and(|n| matches!(n.to_ascii_lowercase().as_str(), "ago" | "earlier" | "later"))
    {
        return None;
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
    let mut buf = [0u8; 32];
    let first = lexicon::lower(before.first()?, &mut buf)?;
    if matches!(first, "to" | "at" | "from") {
        return None;
    }
    let by = first == "by";
    if kind == Kind::Count && !by {
        return None;
    }
    let verb = if by { before.get(1)? } else { before.first()? };
    let mut buf2 = [0u8; 32];
    let verb = lexicon::lower(verb, &mut buf2)?;
    if !by && !lexicon::is_move_word(verb) {
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
    fn roles_after_the_count() {
        assert_eq!(
            role(Kind::Count, &[], &words("were killed and")),
            Some(Role::Killed)
        );
        assert_eq!(role(Kind::Count, &[], &words("Dead")), Some(Role::Killed));
        assert_eq!(
            role(Kind::Count, &[], &words("remain unaccounted for")),
            Some(Role::Missing)
        );
        assert_eq!(
            role(Kind::Count, &[], &words("are feared missing")),
            Some(Role::Missing)
        );
        assert_eq!(
            role(Kind::Count, &[], &words("were fatally injured")),
            Some(Role::Killed)
        );
        assert_eq!(
            role(Kind::Count, &[], &words("hurt when the roof")),
            Some(Role::Injured)
        );
        assert_eq!(role(Kind::Count, &[], &words("on board the ferry")), None);
        assert_eq!(
            role(Kind::Count, &[], &words("were stabbed")),
            Some(Role::Injured)
        );
        assert_eq!(
            role(Kind::Count, &[], &words("were shot dead")),
            Some(Role::Killed)
        );
        assert_eq!(
            role(Kind::Count, &[], &words("were stabbed to death")),
            Some(Role::Killed)
        );
        assert_eq!(role(Kind::Money, &[], &words("were killed")), None);
    }

    #[test]
    fn roles_before_the_count() {
        assert_eq!(role(Kind::Count, &rev("killing"), &[]), Some(Role::Killed));
        assert_eq!(
            role(Kind::Count, &rev("the death toll rose to"), &[]),
            Some(Role::Killed)
        );
        assert_eq!(role(Kind::Count, &rev("Wounded"), &[]), Some(Role::Injured));
        // A role word further back belongs to another clause.
        assert_eq!(
            role(Kind::Count, &rev("police arrested the driver after"), &[]),
            None
        );
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
