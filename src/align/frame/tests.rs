//! Tests of frames.

use super::*;

#[test]
fn quotes_that_say_more() {
    for q in ["12 more", "MORE than 5", "(more)", "more's", "Moré 3"] {
        assert_eq!(
            says_word(q, "more"),
            q.split_whitespace().any(|w| normal(w) == "more")
        );
    }
    assert!(says_word("seven more bodies", "more"));
    assert!(!says_word("7 mor e", "more"));
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
