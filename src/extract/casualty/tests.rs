//! Tests of casualty counts.

use super::super::scan::quotes;
use super::super::{Kind, RawUnit, extract};
use super::*;

/// The quote, unit lemma and role of every count in `text`.
fn counts(text: &str) -> Vec<(String, String, Option<Role>)> {
    extract(text, 0)
        .candidates
        .iter()
        .filter(|c| c.kind == Kind::Count)
        .filter_map(|c| match &c.unit {
            RawUnit::Noun { lemma, role, .. } => {
                Some((c.text.to_string(), lemma.to_string(), *role))
            }
            _ => None,
        })
        .collect()
}

fn one(text: &str) -> (String, String, Option<Role>) {
    let found = counts(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.into_iter().next().unwrap_or_default()
}

#[test]
fn roles_after_the_count() {
    let role = |t: &str| one(t).2;
    assert_eq!(role("15 people were killed and"), Some(Role::Killed));
    assert_eq!(
        role("140 people remain unaccounted for"),
        Some(Role::Missing)
    );
    assert_eq!(role("18 people are feared missing"), Some(Role::Missing));
    assert_eq!(
        role("8 passengers were fatally injured"),
        Some(Role::Killed)
    );
    assert_eq!(
        role("40 people hurt when the roof fell"),
        Some(Role::Injured)
    );
    assert_eq!(role("12 people on board the ferry"), None);
    assert_eq!(role("3 people were stabbed"), Some(Role::Injured));
    assert_eq!(role("3 people were shot dead"), Some(Role::Killed));
    assert_eq!(role("3 people were stabbed to death"), Some(Role::Killed));
    assert_eq!(
        role("12 firefighters were taken to hospital"),
        Some(Role::Hospitalised)
    );
    assert_eq!(role("5 Britons were among the dead"), Some(Role::Killed));
    assert_eq!(
        role("7 marines and an interpreter were killed"),
        Some(Role::Killed)
    );
    // The context of a count stops at the next number.
    let both = counts("7 marines and 2 interpreters were killed");
    assert_eq!(both[0].2, None, "{both:?}");
}

#[test]
fn roles_before_the_count() {
    assert_eq!(one("a blast killing 12 people").2, Some(Role::Killed));
    assert_eq!(
        one("the death toll rose to 23 people").2,
        Some(Role::Killed)
    );
    assert_eq!(one("Wounded: 57 people").2, Some(Role::Injured));
    assert_eq!(
        one("divers pulled 128 people from the sea").2,
        Some(Role::Rescued)
    );
    assert_eq!(one("divers pulled 11 bodies from the wreck").2, None);
    // A role word further back belongs to another clause.
    assert_eq!(one("police arrested the driver after 3 cars").2, None);
}

#[test]
fn implied_people() {
    assert_eq!(
        counts("7 Dead, 22 Injured In Warehouse Fire"),
        [
            ("7 Dead".into(), "people".into(), Some(Role::Killed)),
            ("22 Injured".into(), "people".into(), Some(Role::Injured)),
        ]
    );
    assert_eq!(one("At least 17 were killed.").0, "At least 17");
    assert_eq!(one("Gunfire Kills 3 In Market Square").0, "3");
    assert_eq!(
        one("Toll Tops 1,000 As Aftershocks Rattle Region").0,
        "Tops 1,000"
    );
    assert_eq!(one("Dead: 6").2, Some(Role::Killed));
    assert_eq!(one("Dozens were killed in the raid.").0, "Dozens");
}

#[test]
fn no_people_without_a_role_or_a_group() {
    for text in [
        "the 2020 death toll",
        "Singer Dead At 82",
        "He was wounded 3 times.",
        "Authorities said 4,500 damaged.",
        "One of the dead was a firefighter.",
        "The score was 42.",
    ] {
        assert_eq!(counts(text), [], "{text}");
    }
    assert_eq!(quotes("2 dead batteries").len(), 1);
    assert_eq!(one("2 dead batteries").2, None);
}
