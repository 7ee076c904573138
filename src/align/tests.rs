//! Reading frames apart from the rest of alignment.

use super::*;
use crate::{Checker, Source};

/// The facts of the sample articles, in order, `times` over.
fn sample_facts(times: usize) -> Vec<Fact> {
    let checker = Checker::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/sample");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("the sample articles")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    paths.sort();
    let once: Vec<Fact> = paths
        .iter()
        .flat_map(|p| {
            checker
                .extract(&Source::read(p).expect("a sample article"))
                .facts
        })
        .collect();
    assert!(once.len() > 20, "the sample articles hold facts");
    let mut facts = Vec::new();
    for _ in 0..times {
        facts.extend(once.iter().cloned());
    }
    facts
}

#[test]
fn the_frames_of_a_list_are_those_of_its_parts_in_turn() {
    // What a claims check relies on when it reads only the target's frames
    // and keeps the sources' from their own check.
    let synonyms = Synonyms::default();
    let facts = sample_facts(1);
    let whole = frames(&facts, &synonyms, 1);
    assert_eq!(whole.len(), facts.len());
    assert!(whole.iter().any(|f| !f.measured.is_empty()));
    // Every cut, those inside a sentence among them.
    for cut in 0..=facts.len() {
        let mut parts = frames(&facts[..cut], &synonyms, 1);
        parts.extend(frames(&facts[cut..], &synonyms, 1));
        assert!(parts == whole, "cut at {cut}");
    }
}

#[test]
fn frames_read_on_several_threads_are_those_read_on_one() {
    let synonyms = Synonyms::default();
    // Enough facts for more than one run of them.
    let facts = sample_facts(2 * FACTS_PER_THREAD / 40 + 1);
    assert!(facts.len() > 2 * FACTS_PER_THREAD);
    let one = frames(&facts, &synonyms, 1);
    assert!(frames(&facts, &synonyms, 3) == one);
    let published = BTreeMap::new();
    let framed = align_framed(&facts, one, &published, 1);
    let aligned = align(&facts, &synonyms, &published, 3);
    assert!(framed.frames == aligned.frames);
    assert_eq!(framed.groups, aligned.groups);
    assert_eq!(framed.possible, aligned.possible);
}

#[test]
fn value_keys_keep_the_order_their_fields_give() {
    // Buckets of facts are keyed by it: any other order would reorder the
    // groups of a report.
    let facts = sample_facts(1);
    for a in &facts {
        for b in &facts {
            let fields = |f: &Fact| (f.value.clone(), f.unit.clone(), f.bound, f.interval);
            assert_eq!(
                value_key(a).cmp(&value_key(b)),
                fields(a).cmp(&fields(b)),
                "{:?} against {:?}",
                a.provenance.text,
                b.provenance.text
            );
        }
    }
}
