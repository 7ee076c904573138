//! The compact JSON (`json::Options`): every sentence written once and put
//! back by index gives the default document, and the options change
//! nothing else.

// Tests may stop at the first broken expectation.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use crosscheck::report::json;
use crosscheck::{Checker, Source};
use serde_json::Value;

/// The sample articles, each a source, and a claim checked against them.
fn sample() -> (Vec<Source>, Source) {
    let mut paths: Vec<_> = std::fs::read_dir("fixtures/sample")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let sources = paths
        .iter()
        .map(|p| Source::read(p).unwrap())
        .collect::<Vec<_>>();
    let target = Source::new(
        "draft",
        "The order bans eight apps and takes effect in 45 days. The IPO was worth $34bn.",
    );
    (sources, target)
}

/// How many MENTIONs a document holds: the objects with a `sentence` key.
fn mentions(doc: &Value) -> usize {
    match doc {
        Value::Object(map) if map.contains_key("sentence") => 1,
        Value::Object(map) => map.values().map(mentions).sum(),
        Value::Array(items) => items.iter().map(mentions).sum(),
        _ => 0,
    }
}

/// A compact document with every sentence put back in its MENTIONs, and
/// the keys the compact form adds taken out.
fn expanded(compact: &str) -> Value {
    let mut doc: Value = serde_json::from_str(compact).unwrap();
    let sentences = doc
        .as_object_mut()
        .unwrap()
        .remove("sentences")
        .expect("a sentences table");
    let sentences = sentences.as_array().unwrap();
    let mut found = 0;
    fix(&mut doc, sentences, &mut found);
    assert!(found > 0);
    doc
}

fn fix(doc: &mut Value, sentences: &[Value], found: &mut usize) {
    match doc {
        Value::Object(map) if map.contains_key("sentence_index") => {
            assert_eq!(map["sentence"], "", "a compact MENTION keeps no sentence");
            let index = map.remove("sentence_index").unwrap().as_u64().unwrap();
            let row = &sentences[usize::try_from(index).unwrap()];
            assert_eq!(row["source"], map["source"]);
            let (start, end) = (row["start"].as_u64().unwrap(), row["end"].as_u64().unwrap());
            assert!(start <= map["start"].as_u64().unwrap());
            assert!(map["end"].as_u64().unwrap() <= end);
            map.insert("sentence".into(), row["text"].clone());
            *found += 1;
        }
        Value::Object(map) => map.values_mut().for_each(|v| fix(v, sentences, found)),
        Value::Array(items) => items.iter_mut().for_each(|v| fix(v, sentences, found)),
        _ => {}
    }
}

#[test]
fn compact_json_holds_the_same_report() {
    let (sources, target) = sample();
    let checker = Checker::new();
    let report = checker.check(&sources);
    let checked = checker.check_claims(&target, &sources);
    let compact = json::Options::default()
        .with_sentences_once(true)
        .with_one_line(true);

    let plain: Value = serde_json::from_str(&json::to_string(&report)).unwrap();
    let out = json::to_string_with(&report, &compact);
    assert_eq!(out.lines().count(), 1);
    assert_eq!(expanded(&out), plain);

    let plain: Value = serde_json::from_str(&json::claims_to_string(&checked)).unwrap();
    let out = json::claims_to_string_with(&checked, &compact);
    assert_eq!(expanded(&out), plain);

    // Each sentence once.
    let doc: Value = serde_json::from_str(&out).unwrap();
    let rows = doc["sentences"].as_array().unwrap();
    let mut keys: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                r["source"].to_string(),
                r["start"].as_u64(),
                r["end"].as_u64(),
            )
        })
        .collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), rows.len());
    assert!(mentions(&doc) > rows.len(), "sentences are shared");
}

#[test]
fn the_default_options_change_nothing() {
    let (sources, target) = sample();
    let checker = Checker::new();
    let report = checker.check(&sources);
    let checked = checker.check_claims(&target, &sources);
    let options = json::Options::default();
    assert_eq!(
        json::to_string_with(&report, &options),
        json::to_string(&report)
    );
    assert_eq!(
        json::claims_to_string_with(&checked, &options),
        json::claims_to_string(&checked)
    );
    let mut out = Vec::new();
    json::claims_to_writer(&checked, &options, &mut out).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        json::claims_to_string(&checked)
    );
    // One line, indented or not, is the same document.
    let one_line = json::to_string_with(&report, &options.with_one_line(true));
    assert_eq!(one_line.lines().count(), 1);
    assert_eq!(
        serde_json::from_str::<Value>(&one_line).unwrap(),
        serde_json::from_str::<Value>(&json::to_string(&report)).unwrap()
    );
}
