//! Every default synonym class at work in a story of two sources: the
//! class's first and last words must align the same quantity (a
//! corroboration), and words of two different classes must never be judged
//! against each other.

use crosscheck::{Checker, Kind, Report, Source, SynonymClass};

/// Two short articles stating one figure, the subject named by `a` in the
/// first and by `b` in the second.
fn story(kind: Kind, nouns: bool, a: &str, b: &str, value: &str) -> [Source; 2] {
    let text = |w: &str| match (kind, nouns) {
        (Kind::Count, true) => format!("Officials counted {value} {}s at the scene on the day.", w),
        (Kind::Money, _) => format!("Officials said the {w} was ${value}m in the end."),
        (Kind::Duration, _) => format!("Officials said the {w} is {value} days in all."),
        (Kind::Percent, _) => format!("Officials said the {w} was {value}% in the end."),
        (Kind::Date, _) => format!("Officials said the {w} was on March {value} in the end."),
        (Kind::Measure, _) => format!("Officials said the {w} was {value} km in the end."),
        // Classes of any kind (died, evacuated, arrested) are read around
        // counts.
        _ => format!("Officials said {value} people were {w} in the town."),
    };
    [
        Source::new("first", text(a)),
        Source::new("second", text(b)),
    ]
}

/// The units a story of measures is told in, one per dimension, each with
/// a value it takes.
const MEASURE_UNITS: &[(&str, &str)] = &[
    ("km", "12"),
    ("km/h", "12"),
    ("magnitude", "6.2"),
    ("°C", "12"),
    ("hectares", "12"),
    ("litres", "12"),
    ("MW", "12"),
];

/// [`story`] for measures: `value` in `unit`.
fn measure_story(a: &str, b: &str, unit: &str, value: &str) -> [Source; 2] {
    let text = |w: &str| format!("Officials said the {w} was {value} {unit} in the end.");
    [
        Source::new("first", text(a)),
        Source::new("second", text(b)),
    ]
}

/// The kind a class is tried with.
fn kind_of(class: &SynonymClass) -> Option<Kind> {
    match class.kinds.as_slice() {
        [] => None,
        [k, ..] => Some(*k),
    }
}

fn corroborated(report: &Report) -> Vec<(Kind, String, usize)> {
    report
        .corroborations
        .iter()
        .map(|c| (c.kind, c.subject.clone(), c.sources))
        .collect()
}

#[test]
fn every_class_aligns_its_own_words() {
    let checker = Checker::new();
    let mut problems = Vec::new();
    for class in SynonymClass::defaults() {
        // Only the words a sentence can carry as one or two plain words.
        let words: Vec<&String> = class
            .words
            .iter()
            .filter(|w| w.chars().all(|c| c.is_ascii_alphabetic() || c == ' '))
            .collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            continue;
        };
        let kind = kind_of(&class);
        // A class of measures fits some dimensions only (a quake's
        // magnitude is no distance): its story is told in the first unit
        // that one of them takes.
        let report = match kind {
            Some(Kind::Measure) => MEASURE_UNITS
                .iter()
                .map(|(unit, value)| checker.check(&measure_story(first, last, unit, value)))
                .find(|r| r.corroborations.iter().any(|c| c.subject == class.name))
                .unwrap_or_default(),
            _ => checker.check(&story(
                kind.unwrap_or(Kind::Count),
                class.nouns,
                first,
                last,
                "12",
            )),
        };
        // Reporting dates are never judged: their class must yield nothing.
        if class.name == "reported" {
            if !report.corroborations.is_empty() || !report.conflicts.is_empty() {
                problems.push(format!(
                    "{}: reporting dates were judged: {:?}",
                    class.name,
                    corroborated(&report)
                ));
            }
            continue;
        }
        // Context classes of counts (and of any kind) are concepts around a
        // count; the count's subject stays its noun, "person".
        let want_subject = match kind {
            Some(Kind::Count) if !class.nouns => "person".to_string(),
            Some(_) => class.name.clone(),
            None => "person".to_string(),
        };
        let found = corroborated(&report);
        if !found.iter().any(|(_, s, n)| *s == want_subject && *n == 2) {
            problems.push(format!("{} ({first:?}, {last:?}): expected a corroboration about {want_subject:?} by 2 sources, got {found:?}", class.name));
        }
    }
    assert!(
        problems.is_empty(),
        "{} classes fail:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn words_of_different_classes_are_never_judged_against_each_other() {
    let checker = Checker::new();
    let classes = SynonymClass::defaults();
    let mut problems = Vec::new();
    for (i, a) in classes.iter().enumerate() {
        for b in classes.iter().skip(i + 1) {
            if a.kinds != b.kinds
                || a.nouns != b.nouns
                || a.kinds.is_empty()
                || a.name == "reported"
                || b.name == "reported"
            {
                continue;
            }
            let (Some(wa), Some(wb)) = (a.words.first(), b.words.first()) else {
                continue;
            };
            if a.words.contains(wb) || b.words.contains(wa) {
                continue;
            }
            let kind = kind_of(a).unwrap_or(Kind::Count);
            let [first, _] = story(kind, a.nouns, wa, wa, "12");
            let [_, second] = story(kind, b.nouns, wb, wb, "19");
            let report = checker.check(&[first, second]);
            if let Some(c) = report.conflicts.first() {
                problems.push(format!(
                    "{} against {}: {}",
                    a.name,
                    b.name,
                    report.explain_conflict(c)
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} pairs judged:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
