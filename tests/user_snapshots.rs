//! Snapshot tests of a report written as a crate that depends on
//! crosscheck would write them: the public API only, and `insta` with its
//! `json` and `redactions` features.
//!
//! `Report` serializes to the documented JSON, so the whole report can be
//! kept with `assert_json_snapshot!`, redacting what a snapshot should not
//! hold (the sentences, which make every snapshot long; the paths, which
//! differ between machines). Small stories read better as a compact view
//! of their findings, or as the text report itself.

// Tests may stop at the first broken expectation.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::PathBuf;

use crosscheck::{Checker, Report, Source};
use serde_json::{Value, json};

/// A small invented story: three articles about one warehouse fire, read
/// from files as a user's program would read them.
const STORY: [(&str, &str); 3] = [
    (
        "gazette.txt",
        "---\ntitle: Warehouse fire kills 15\noutlet: Brenton Gazette\npublished: 2025-05-02\n---\n\
         Fifteen people were killed when fire swept through a warehouse on Kessel Street \
         on Thursday, police said. About 40 firefighters fought the blaze.\n",
    ),
    (
        "wire.txt",
        "---\ntitle: Kessel Street fire toll put at 12\noutlet: Northern Wire\n\
         url: https://wire.example/kessel-fire\npublished: 2025-05-02\n---\n\
         The fire killed 12 people, the city's fire service said. About 40 firefighters \
         were sent to the scene.\n",
    ),
    (
        "radio.txt",
        "---\noutlet: City Radio\npublished: 2025-05-02\n---\n\
         Police say 15 people died in Thursday's warehouse fire.\n",
    ),
];

/// A folder of its own under the system temporary directory, removed
/// when dropped.
struct Folder(PathBuf);

impl Folder {
    fn with_story(name: &str) -> Folder {
        let dir = std::env::temp_dir().join(format!(
            "crosscheck-user-snapshots-{}-{name}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (file, text) in STORY {
            std::fs::write(dir.join(file), text).unwrap();
        }
        Folder(dir)
    }

    fn sources(&self) -> Vec<Source> {
        let mut files: Vec<PathBuf> = STORY.iter().map(|(f, _)| self.0.join(f)).collect();
        files.sort();
        files
            .iter()
            .map(|path| Source::read(path).expect("a readable article"))
            .collect()
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn report(name: &str) -> Report {
    Checker::new().check(&Folder::with_story(name).sources())
}

#[test]
fn the_whole_report_with_redactions() {
    let report = report("whole");
    // Paths are where this machine keeps the files: redacted. Sentences
    // are redacted wherever a MENTION holds one.
    insta::assert_json_snapshot!("kessel_fire_report", report, {
        ".sources[].path" => "[path]",
        ".**.sentence" => "[sentence]",
    });
}

#[test]
fn a_compact_view_of_the_findings() {
    let report = report("compact");
    let doc = serde_json::to_value(&report).unwrap();
    let list = |key: &str| doc[key].as_array().cloned().unwrap_or_default();
    let view = json!({
        "conflicts": list("conflicts").iter().map(|c| json!({
            "subject": c["subject"],
            "severity": c["severity"],
            "values": c["values"].as_array().unwrap().iter()
                .map(|v| json!([v["text"], v["sources"]]))
                .collect::<Vec<Value>>(),
        })).collect::<Vec<Value>>(),
        "corroborations": list("corroborations").iter().map(|c| json!({
            "subject": c["subject"],
            "quotes": c["mentions"].as_array().unwrap().iter()
                .map(|m| m["text"].clone())
                .collect::<Vec<Value>>(),
        })).collect::<Vec<Value>>(),
        "in_doubt": list("possible_conflicts").len(),
    });
    insta::assert_json_snapshot!(view, @r#"
    {
      "conflicts": [
        {
          "severity": "medium",
          "subject": "person",
          "values": [
            [
              "12 people",
              [
                "wire"
              ]
            ],
            [
              "Fifteen people",
              [
                "gazette",
                "radio"
              ]
            ]
          ]
        }
      ],
      "corroborations": [
        {
          "quotes": [
            "About 40 firefighters",
            "About 40 firefighters"
          ],
          "subject": "firefighter"
        }
      ],
      "in_doubt": 0
    }
    "#);
}

#[test]
fn the_text_report_of_a_small_story() {
    let report = report("text");
    let out = crosscheck::report::text::render(&report);
    // The text report ends with the sources and their paths: keep what
    // comes before.
    let findings = &out[..out.find("\nsources:\n").unwrap_or(out.len())];
    insta::assert_snapshot!(findings, @r#"
    3 sources, 7 facts: 1 conflict, 1 corroboration, 0 updates

    conflict[medium]: people killed (3 sources)
      |
      = 12 people: "12 people" in Northern Wire (wire)
      = 15 people: "Fifteen people", "15 people" in Brenton Gazette (gazette), City Radio (radio)
      = "12 people" (wire) and "Fifteen people" (gazette) differ by 20%
     --> gazette:6:1
      |
    6 | Fifteen people were killed when fire swept through a warehouse on Kessel Street on Thursday, police…
      | ^^^^^^^^^^^^^^ 15 people (exact)
     --> radio:5:12
      |
    5 | Police say 15 people died in Thursday's warehouse fire.
      |            ^^^^^^^^^ 15 people (exact)
     --> wire:7:17
      |
    7 | The fire killed 12 people, the city's fire service said.
      |                 ^^^^^^^^^ 12 people (exact)

    corroborated: firefighters (2 sources)
      |
      = stated alike by Brenton Gazette (gazette), Northern Wire (wire)
     --> gazette:6:107
      |
    6 | About 40 firefighters fought the blaze.
      | ^^^^^^^^^^^^^^^^^^^^^ 40 firefighters (approximate: 36 to 44)
     --> wire:7:58
      |
    7 | About 40 firefighters were sent to the scene.
      | ^^^^^^^^^^^^^^^^^^^^^ 40 firefighters (approximate: 36 to 44)
    "#);
}

#[test]
fn serializing_a_report_gives_the_documented_json() {
    let report = report("serialize");
    let by_serde = serde_json::to_value(&report).unwrap();
    let documented: Value =
        serde_json::from_str(&crosscheck::report::json::to_string(&report)).unwrap();
    assert_eq!(by_serde, documented);
    assert_eq!(by_serde["format_version"], 1);
    assert_eq!(by_serde["sources"][2]["outlet"], "Northern Wire");
}
