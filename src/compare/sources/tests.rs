use std::collections::BTreeMap;

use super::*;
use crate::align;
use crate::source::{ReadOptions, read_paths};

/// The facts of the sample articles, each copied under `copies` ids, with
/// their alignment.
fn aligned(copies: usize) -> (Vec<Fact>, Alignment) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample");
    let (articles, errors) = read_paths(&[dir], &ReadOptions::new());
    assert!(errors.is_empty(), "{errors:?}");
    let checker = crate::Checker::new();
    let mut facts = Vec::new();
    for copy in 0..copies {
        for a in &articles {
            let source = crate::Source::new(format!("{copy}-{}", a.id()), a.text());
            facts.extend(checker.extract(&source).facts);
        }
    }
    let alignment = align::align(&facts, &crate::Synonyms::default(), &BTreeMap::new(), 1);
    (facts, alignment)
}

#[test]
fn runs_of_groups_cover_every_group_once_in_order() {
    let (_, alignment) = aligned(2);
    let groups = &alignment.groups;
    assert!(groups.len() > 8, "{} groups", groups.len());
    for (threads, per_thread) in [(1, 1), (2, 1), (3, 2), (8, 1), (2, usize::MAX)] {
        let runs = runs_of_groups(groups, threads, per_thread);
        assert_eq!(runs.first().map(|r| r.start), Some(0));
        assert_eq!(runs.last().map(|r| r.end), Some(groups.len()));
        for pair in runs.windows(2) {
            assert_eq!(pair[0].end, pair[1].start, "{runs:?}");
        }
        assert!(runs.iter().all(|r| !r.is_empty()), "{runs:?}");
        if threads == 1 || per_thread == usize::MAX {
            assert_eq!(runs.len(), 1, "{threads} threads: {runs:?}");
        } else {
            assert!(runs.len() > threads, "{threads} threads: {runs:?}");
        }
    }
    let none = runs_of_groups(&[], 4, 1);
    assert!(none.len() == 1 && none[0].is_empty(), "{none:?}");
}

#[test]
fn findings_are_the_same_on_any_number_of_threads() {
    let (facts, alignment) = aligned(3);
    let policy = Policy::default();
    let one = judge_on(&facts, &alignment, &BTreeMap::new(), &policy, (1, 1));
    assert!(!one.conflicts.is_empty(), "{one:?}");
    assert!(one.corroborations.len() > 1, "{one:?}");
    for threads in [2, 3, 8] {
        let many = judge_on(&facts, &alignment, &BTreeMap::new(), &policy, (threads, 1));
        assert!(many == one, "{threads} threads judge otherwise");
    }
}
