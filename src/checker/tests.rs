//! Tests of the checker that read the crate's private stages.

use super::*;
use crate::align::{frame, synonyms};

/// A class read around a figure (a context class, such as the words
/// for the dead) is among the concepts of the figure's frame, whatever
/// the figure's kind.
#[test]
fn every_context_class_is_a_concept_of_the_figures_near_its_words() {
    let checker = Checker::new();
    let table = Synonyms::default();
    let mut problems = Vec::new();
    for class in synonyms::defaults().into_iter().filter(|c| !c.nouns) {
        let Some(word) = class
            .words
            .iter()
            .find(|w| w.chars().all(|c| c.is_ascii_alphabetic() || c == ' '))
        else {
            continue;
        };
        let text = match class.kinds.first() {
            Some(Kind::Money) => format!("Officials said the {word} was $12m in the end."),
            Some(Kind::Duration) => format!("Officials said the {word} is 12 days in all."),
            Some(Kind::Percent) => format!("Officials said the {word} was 12% in the end."),
            Some(Kind::Date) => format!("Officials said the {word} was on March 12."),
            Some(Kind::Measure) => format!("Officials said the {word} was 12 km in the end."),
            _ => format!("Officials said 12 people were {word} in the town."),
        };
        let facts = checker.extract(&Source::new("t", text.as_str())).facts;
        if facts.is_empty() {
            problems.push(format!("{}: no fact in {text:?}", class.name));
        }
        for f in &facts {
            let fr = frame(f, &table);
            let concepts = fr.concepts();
            if !concepts.contains(&class.name) {
                problems.push(format!("{}: {text:?} carries {concepts:?}", class.name));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Facts quote their sentences and context words from their source's
/// text itself: no sentence is copied, and each quote is still exactly
/// the text at its span.
#[test]
fn facts_share_their_sources_text_and_copy_no_sentence() {
    let text = "Police said 9 people died.\n\nBy Monday the toll rose to 23, \
                officials said, and 31 were hurt. A further 4 are missing.";
    let source = Source::new("a", text);
    let facts = Checker::new().extract(&source).facts;
    assert!(facts.len() >= 4, "{facts:#?}");
    let (text_of_source, _) = source.shared_text().whole();
    for f in &facts {
        let p = &f.provenance;
        let (whole, offset) = p.sentence.whole();
        assert!(std::sync::Arc::ptr_eq(whole, text_of_source), "{p:?}");
        assert_eq!(offset, p.sentence_span.start);
        assert_eq!(
            p.sentence.as_str(),
            &text[p.sentence_span.start..p.sentence_span.end]
        );
        assert_eq!(p.text.as_str(), &text[p.span.start..p.span.end]);
        let (quoted, _) = p.text.whole();
        assert!(std::sync::Arc::ptr_eq(quoted, text_of_source));
        // The source's id is shared too, not copied.
        assert!(std::ptr::eq(p.source.as_str(), source.id()));
    }
}
