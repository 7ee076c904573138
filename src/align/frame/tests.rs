//! Tests of frames.

use super::headline::title_case_words;
use super::*;

#[test]
fn quotes_that_add_more() {
    for (q, adds) in [
        ("12 more", true),
        ("seven more bodies", true),
        ("Two MORE people", true),
        ("(more) 4", true),
        ("more than 5", false),
        ("MORE THAN 2 million people", false),
        ("7 mor e", false),
        ("Moré 3", false),
    ] {
        assert_eq!(group::adds_more(q), adds, "{q}");
    }
}

#[test]
fn headlines_are_title_case() {
    assert!(title_case("9 Dead, 31 Injured In Depot Blast"));
    assert!(!title_case(
        "Nine people were killed in the blast at the depot."
    ));
}

#[test]
fn the_one_pass_of_title_case_is_the_word_reading() {
    let words = [
        "Dead", "dead", "In", "the", "Blast", "blast", "9", "31", "(Nine", "'killed", "U.S.",
        "a-b-c-d", "Iran's", "", " ", "\t", "\n", "x", "Police", "said", "Égypte", "über",
        "\u{a0}", "Ωmega",
    ];
    // Every sequence of up to five of the words, joined by a space or
    // by none: short texts where every word counts.
    let mut texts = vec![String::new()];
    for _ in 0..5 {
        let mut next = Vec::new();
        for t in &texts {
            for w in words {
                next.push(format!("{t} {w}"));
                next.push(format!("{t}{w}"));
            }
        }
        texts.extend(next.into_iter().step_by(7));
    }
    let long = "Nine people were killed in the blast at the depot, police said on";
    texts.push(format!("{long} Monday In Depot Blast Killed Many People"));
    texts.push(format!("Nine Dead In Depot Blast As {long}"));
    for t in &texts {
        assert_eq!(title_case(t), title_case_words(t), "{t:?}");
    }
}

/// The places of the frame of each fact of `text`, by quote.
fn places_in(text: &str) -> Vec<(String, Vec<String>)> {
    let facts = crate::Checker::new()
        .extract(&crate::Source::new("t", text))
        .facts;
    let synonyms = Synonyms::default();
    facts
        .iter()
        .map(|f| {
            let fr = frame(f, &synonyms);
            let places = fr.places().iter().map(str::to_string).collect();
            (f.provenance.text.to_string(), places)
        })
        .collect()
}

#[test]
fn a_place_is_brought_in_by_its_kind_or_a_clause() {
    let one = |q: &str, p: &[&str]| (q.to_string(), p.iter().map(|s| s.to_string()).collect());
    // The kind of place between the preposition and the name, as far as
    // ten words after the figure.
    assert_eq!(
        places_in(
            "Gunmen killed at least 40 people at a crowded market in the \
             mountain town of Karsk."
        ),
        [one("at least 40 people", &["karsk"])]
    );
    // Before the figure, in the clause that tells it.
    assert_eq!(
        places_in("A bomb went off in the provincial capital of Velma, which killed five people."),
        [one("five people", &["velma"])]
    );
    // The clause may open a few words before the figure.
    assert_eq!(
        places_in("In Tarvel, where officials said 61 people had died, roads were shut."),
        [one("61 people", &["tarvel"])]
    );
    // The name between "the" and its kind, and the place a sentence
    // calls the worst hit.
    assert_eq!(
        places_in("Some 10 people were killed in the Huize area, the agency said."),
        [one("Some 10 people", &["huize"])]
    );
    assert_eq!(
        places_in("Tarvel was the worst hit with 296 residents killed there."),
        [one("296 residents", &["tarvel"])]
    );
    assert_eq!(
        places_in("Tarvel is the hardest-hit county, with 40 people dead."),
        [one("40 people", &["tarvel"])]
    );
    assert_eq!(
        places_in("Tarvel was the worst of them, with 40 people dead."),
        [one("40 people", &[])]
    );
    // A word for a people before a noun describes it: no place.
    assert_eq!(
        places_in("At least 40 dead in attack at Ruritanian border post"),
        [one("At least 40 dead", &[])]
    );
    // "of" after a noun of no place brings none in: "the mayor of Velma".
    assert_eq!(
        places_in("Seven people were hurt, said the mayor of Velma."),
        [one("Seven people", &[])]
    );
}
