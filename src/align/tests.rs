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
    let published = |id: &str, year: i32, text: &str| {
        let day = NaiveDate::from_ymd_opt(year, 5, 1).expect("a day");
        checker
            .extract(&Source::new(id, text).with_published(day))
            .facts
    };
    let dated = "A fire killed 6 people in 2021. Officials said 40 homes burned.";
    let (a, b) = (published("a", 2024, dated), published("b", 2021, dated));
    // A third source says the same with no date, where the others' dates
    // stand in theirs: no date of another source dates its figure.
    let c = published(
        "c",
        2024,
        "A fire killed 6 people. Officials said 40 homes burned.",
    );
    // The figure in one run, the date beside it in the next.
    assert_eq!(a[0].provenance.text, "6 people");
    let facts: Vec<Fact> = [&a[..1], &b[..], &a[1..], &c[..]].concat();
    let dates: BTreeMap<String, NaiveDate> = [("a", 2024), ("b", 2021), ("c", 2024)]
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
    assert_eq!(time_of("c", "6 people"), Some(Time::Current));
}

#[test]
fn the_words_around_dates_read_ahead_join_the_same_days() {
    // One day told in several wordings by many sources, with dates of
    // reporting verbs that join the event they tell of, and the same day
    // dating events of other bodies, which must stay apart.
    let said = [
        "Officials said on Sept. 13, 2008 that the storm flooded Galveston.",
        "The storm flooded Galveston on Sept. 13, 2008.",
        "The hurricane made landfall at Galveston on Sept. 13, 2008, flooding the island.",
        "The causeway to Galveston closed on Sept. 13, 2008 as the storm flooded it.",
        "The council approved the budget on Sept. 13, 2008.",
        "On Sept. 13, 2008, the senate rejected the levy.",
        "Members debated tariffs at the Sept. 13, 2008 session of the court.",
    ];
    let checker = Checker::new();
    let mut facts = Vec::new();
    for k in 0..42 {
        let text = format!("Update\n\n{}\n", said[k % said.len()]);
        facts.extend(
            checker
                .extract(&Source::new(format!("s{k:02}"), text))
                .facts,
        );
    }
    let framed = frames(&facts, &Synonyms::default(), 1);
    let published = BTreeMap::new();
    let here = align_framed_reading(&facts, framed.clone(), &published, 2, false);
    let ahead = align_framed_reading(&facts, framed, &published, 2, true);
    assert_eq!(here.groups, ahead.groups);
    assert_eq!(here.possible, ahead.possible);
    assert_eq!(here.grouped, ahead.grouped);
    assert_eq!(here.frames, ahead.frames);
    // The days were joined: each date the officials said things on sits,
    // as a weak member, in a group of the storm's day that names what it
    // measures, and no date of another body's event shares a group with
    // the storm's.
    let starts = |i: usize, with: &str| facts[i].provenance.sentence.starts_with(with);
    let joined: Vec<&Group> = here
        .groups
        .iter()
        .filter(|g| g.kind == Kind::Date && !g.subject.is_empty())
        .filter(|g| g.weak.iter().any(|&i| starts(i, "Officials said")))
        .collect();
    let said_on: usize = joined
        .iter()
        .map(|g| {
            g.weak
                .iter()
                .filter(|&&i| starts(i, "Officials said"))
                .count()
        })
        .sum();
    assert_eq!(said_on, 6, "{joined:#?}");
    for g in &joined {
        assert!(
            g.strong
                .iter()
                .chain(&g.weak)
                .all(|&i| facts[i].provenance.sentence.contains("Galveston")),
            "{g:#?}"
        );
    }
    // And the words read ahead were those of every date of the day.
    assert_eq!(days::read_words(&facts).len(), 42);
}
