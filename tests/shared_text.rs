//! Facts share their source id and sentence, and their quotes and context
//! words are parts of the sentence: what they read as, and their serde
//! text, is that of their own copies.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use crosscheck::report::{SENTENCE_LIMIT, SharedStr, Words};
use crosscheck::{Checker, Extraction, Fact, Source};

fn hash_of(x: &impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    x.hash(&mut h);
    h.finish()
}

/// Every fact reads as a slice of the text, and goes through JSON and back
/// unchanged, to the same JSON.
fn assert_faithful(text: &str, e: &Extraction) {
    for f in &e.facts {
        let p = &f.provenance;
        assert_eq!(p.text, p.span.slice(text));
        assert_eq!(p.sentence, p.sentence_span.slice(text));
        assert_eq!(p.source, e.source.id.as_str());
        for w in f.context.before.iter().chain(f.context.after.iter()) {
            assert!(text.contains(w), "{w:?} is not in the text");
        }
        let json = serde_json::to_string(f).unwrap();
        let back: Fact = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, f);
        assert_eq!(hash_of(&back), hash_of(f));
        assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }
    let json = serde_json::to_string(e).unwrap();
    let back: Extraction = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, e);
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
}

#[test]
fn facts_of_a_sentence_read_as_their_own_text() {
    let text = "Police said 12 people died and 31 were hurt in the fire on 3 May.";
    let e = Checker::new().extract(&Source::new("wire", text));
    assert!(e.facts.len() >= 3, "{:?}", e.facts);
    assert_eq!(
        e.facts[0].provenance.sentence,
        e.facts[1].provenance.sentence
    );
    assert_eq!(e.facts[0].provenance.text, "12 people");
    assert_eq!(&e.facts[0].context.before[0], "said");
    assert_faithful(text, &e);
}

#[test]
fn facts_of_a_sentence_cut_short_read_as_their_own_text() {
    let filler = "the council met again and talked at length about roads ".repeat(12);
    let text =
        format!("In {filler}it voted 7 to 2 for the plan costing $4m, and {filler}then left.");
    assert!(text.len() > 2 * SENTENCE_LIMIT);
    let e = Checker::new().extract(&Source::new("minutes", text.as_str()));
    assert!(!e.facts.is_empty());
    assert!(e.facts.iter().any(|f| f.provenance.sentence_cut_start));
    assert_faithful(&text, &e);
}

#[test]
fn words_however_made_are_the_same_words() {
    let collected: Words = ["a", "bb", "ccc"].into_iter().collect();
    let from_strings = Words::from(vec!["a".to_string(), "bb".to_string(), "ccc".to_string()]);
    let mut pushed = Words::default();
    for w in ["a", "bb", "ccc"] {
        pushed.push(w);
    }
    assert_eq!(collected, from_strings);
    assert_eq!(collected, pushed);
    assert_eq!(hash_of(&collected), hash_of(&pushed));
    assert_ne!(collected, ["a", "bbccc"].into_iter().collect::<Words>());
    assert_eq!(pushed.get(2), Some("ccc"));
    assert_eq!(pushed.get(3), None);
    assert_eq!(format!("{pushed:?}"), r#"["a", "bb", "ccc"]"#);
}

#[test]
fn a_shared_str_stands_in_for_a_string() {
    let s: SharedStr = String::from("wire").into();
    assert_eq!(s, "wire");
    assert_eq!("wire", s);
    assert_eq!(s, String::from("wire"));
    assert_eq!(s.to_uppercase(), "WIRE");
    assert_eq!(String::from(s.clone()), "wire");
    assert_eq!(hash_of(&s), hash_of(&"wire"));
    let mut map = std::collections::BTreeMap::new();
    map.insert(s.clone(), 1);
    assert_eq!(map.get("wire"), Some(&1));
}

/// The texts of a count's unit (noun, phrase, name, group words, the
/// group it is part of) and a date's ISO form are short in the news, and
/// are held in place: a report of thousands of counts and dates makes no
/// allocation for any of them. They read and serialize as their text.
#[test]
fn short_unit_and_date_texts_are_held_in_place() {
    use crosscheck::quantity::SmolStr;
    use crosscheck::{Unit, Value};

    let text = "Five British nationals and 31 people were injured on March 3, 2020, \
                among the 1,200 passengers aboard. Two of the injured were still in \
                hospital on Tuesday, and 4,500 homes had no power.";
    let facts = Checker::new().extract(&Source::new("wire", text)).facts;
    let mut texts: Vec<(&str, &SmolStr)> = Vec::new();
    let (mut counts, mut dates) = (0, 0);
    for f in &facts {
        let quote = f.provenance.text.as_str();
        if let Unit::Counted(c) = &f.unit {
            counts += 1;
            texts.extend([&c.noun, &c.phrase, &c.name].map(|t| (quote, t)));
            texts.extend(c.group.iter().chain(&c.part).map(|t| (quote, t)));
        }
        if let Value::Date(d) = &f.value {
            dates += 1;
            texts.push((quote, &d.iso));
        }
    }
    assert!(counts >= 4 && dates >= 1, "{counts} counts, {dates} dates");
    for (quote, t) in texts {
        assert!(
            !t.is_heap_allocated(),
            "{t:?} of {quote:?} has an allocation"
        );
    }
    let british = facts
        .iter()
        .find(|f| f.provenance.text == "Five British nationals")
        .expect("the count of nationals");
    let Unit::Counted(c) = &british.unit else {
        panic!("{:?} is no count", british.unit);
    };
    assert_eq!(
        (c.noun.as_str(), c.name.as_str()),
        ("national", "british national")
    );
    let json = serde_json::to_value(c).unwrap();
    assert_eq!(json["phrase"], "British nationals");
    assert_eq!(json["group"], serde_json::json!(["british"]));
}
