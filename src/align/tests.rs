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

#[test]
fn figures_are_dated_by_their_own_sources_however_the_facts_run() {
    // A source's facts may come in more than one run: each run is still
    // dated by its source's publication, and by its own sentence's dates.
    let checker = Checker::new();
    let published = |id: &str, year: i32| {
        let text = "A fire killed 6 people in 2021. Officials said 40 homes burned.";
        let day = NaiveDate::from_ymd_opt(year, 5, 1).expect("a day");
        checker
            .extract(&Source::new(id, text).with_published(day))
            .facts
    };
    let (a, b) = (published("a", 2024), published("b", 2021));
    // The figure in one run, the date beside it in the next.
    assert_eq!(a[0].provenance.text, "6 people");
    let facts: Vec<Fact> = [&a[..1], &b[..], &a[1..]].concat();
    let dates: BTreeMap<String, NaiveDate> = [("a", 2024), ("b", 2021)]
        .into_iter()
        .map(|(id, y)| {
            (
                id.to_string(),
                NaiveDate::from_ymd_opt(y, 5, 1).expect("a day"),
            )
        })
        .collect();
    let aligned = align(&facts, &Synonyms::default(), &dates, 1);
    let time_of = |source: &str, quote: &str| {
        facts
            .iter()
            .zip(&aligned.frames)
            .find(|(f, _)| f.provenance.source.as_str() == source && f.provenance.text == quote)
            .map(|(_, fr)| fr.time)
    };
    // Killed in 2021: past for a report of 2024, current for one of 2021.
    assert_eq!(time_of("a", "6 people"), Some(Time::Past));
    assert_eq!(time_of("b", "6 people"), Some(Time::Current));
    assert_eq!(time_of("a", "40 homes"), Some(Time::Current));
}
