//! Unit tests of reading sources and their front matter.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::fs;
use std::path::{Path, PathBuf};

use super::front_matter::*;
use super::read::*;
use super::*;
use crate::error::ErrorKind;

/// A fresh directory under the system temporary directory, removed when
/// dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("crosscheck-source-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(&path, bytes).unwrap();
        path
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn ids(sources: &[Source]) -> Vec<&str> {
    sources.iter().map(Source::id).collect()
}

#[test]
fn read_takes_the_stem_as_id_and_keeps_the_path_as_given() {
    let dir = TempDir::new("stem");
    let path = dir.file("ban.story.txt", b"---\ntitle: Ban\n---\nEight apps.\n");
    let source = Source::read(&path).unwrap();
    assert_eq!(source.id(), "ban.story");
    assert_eq!(source.path(), Some(path.to_str().unwrap()));
    assert_eq!(source.meta().title.as_deref(), Some("Ban"));
    assert_eq!(source.body(), "Eight apps.\n");
    assert_eq!(source.text(), "---\ntitle: Ban\n---\nEight apps.\n");
    assert!(!source.is_lossy());
}

#[test]
fn read_does_not_canonicalize_a_relative_path() {
    let dir = TempDir::new("relative");
    dir.file("a.txt", b"Eight apps.");
    let given = dir.path().join(".").join("a.txt");
    let source = Source::read(&given).unwrap();
    assert_eq!(source.path(), Some(given.to_str().unwrap()));
    assert!(source.path().unwrap().contains("/./"));
}

#[test]
fn a_missing_file_is_an_io_error_naming_it() {
    let err = Source::read("does/not/exist.txt").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
    assert_eq!(err.path(), Some(Path::new("does/not/exist.txt")));
    assert_eq!(
        err.to_string(),
        "failed to read does/not/exist.txt: no such file or directory (os error 2)"
    );
    assert!(std::error::Error::source(&err).is_some());
}

#[test]
fn a_directory_read_as_a_file_is_an_io_error() {
    let dir = TempDir::new("dir-as-file");
    let err = Source::read(dir.path()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
    let message = err.to_string();
    assert!(message.starts_with(&format!("failed to read {}: ", dir.path().display())));
    assert!(message.contains("is a directory"), "{message}");
}

#[test]
fn invalid_utf8_names_the_file_the_byte_and_the_line() {
    let dir = TempDir::new("utf8");
    let path = dir.file("latin1.txt", b"First line.\nCaf\xE9 owners.\n");
    let err = Source::read(&path).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Encoding);
    assert_eq!(err.line(), Some(2));
    assert_eq!(err.path(), Some(path.as_path()));
    assert_eq!(
        err.to_string(),
        format!(
            "failed to read {}: invalid UTF-8 at byte 15 (line 2)",
            path.display()
        )
    );
}

#[test]
fn a_truncated_sequence_at_the_end_is_invalid_utf8() {
    let err = Source::from_bytes("t", b"ok \xE2\x82".to_vec(), &ReadOptions::new()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Encoding);
    assert_eq!(
        err.to_string(),
        "failed to read t: invalid UTF-8 at byte 3 (line 1)"
    );
}

#[test]
fn files_read_one_after_another_keep_only_their_own_bytes() {
    let dir = TempDir::new("reuse");
    let long = "Eight apps were banned. ".repeat(12_000);
    let exact = "x".repeat(64 * 1024);
    // Past the first room, a file is read on to its end in one go; one
    // larger than the buffer kept between files is let go after.
    let larger = "Nine dead. ".repeat(200_000);
    let huge = "31 injured. ".repeat(400_000);
    let texts = [
        long.as_str(),
        "45 days.",
        "",
        exact.as_str(),
        "12 dead.",
        larger.as_str(),
        long.as_str(),
        huge.as_str(),
        "7 apps.",
    ];
    for (i, text) in texts.iter().enumerate() {
        let path = dir.file(&format!("f{i}.txt"), text.as_bytes());
        let source = Source::read_with(&path, &ReadOptions::new().front_matter(false)).unwrap();
        assert_eq!(source.text(), *text);
    }
}

#[test]
fn lossy_reading_replaces_bad_bytes_and_marks_the_source() {
    let dir = TempDir::new("lossy");
    let path = dir.file("latin1.txt", b"Caf\xE9 owners, 45 days\n");
    let options = ReadOptions::new().lossy(true);
    let source = Source::read_with(&path, &options).unwrap();
    assert!(source.is_lossy());
    assert_eq!(source.text(), "Caf\u{FFFD} owners, 45 days\n");
    // Offsets are into the decoded text: the replacement takes 3 bytes
    // where the file had 1, so "45" moves from byte 13 to byte 15.
    assert_eq!(source.text().find("45"), Some(15));
}

#[test]
fn lossy_reading_of_valid_text_is_not_marked() {
    let source =
        Source::from_bytes("a", "Café".as_bytes(), &ReadOptions::new().lossy(true)).unwrap();
    assert!(!source.is_lossy());
    assert_eq!(source.text(), "Café");
}

/// The warnings of a source as they display, file and line included.
fn shown(source: &Source) -> Vec<String> {
    source.warnings().iter().map(ToString::to_string).collect()
}

/// The warning on a file read once already, named again as `again`.
fn same_file(again: &Path, first: &Path) -> String {
    format!(
        "{}: the same file as {}; it is read once",
        again.display(),
        first.display()
    )
}

fn parsed(text: &str) -> Source {
    Source::parse("a", text).unwrap()
}

#[test]
fn an_empty_file_is_a_source_with_an_empty_body_and_a_warning() {
    let dir = TempDir::new("empty");
    let path = dir.file("empty.txt", b"");
    let source = Source::read(&path).unwrap();
    assert_eq!(source.id(), "empty");
    assert_eq!(source.text(), "");
    assert_eq!(source.body_span(), Span::new(0, 0));
    assert_eq!(source.meta(), &Meta::default());
    assert_eq!(
        shown(&source),
        [format!(
            "{}: nothing to check: the text is empty",
            path.display()
        )]
    );
    assert_eq!(source.warnings()[0].kind(), WarningKind::Empty);
}

#[test]
fn white_space_or_front_matter_alone_is_nothing_to_check() {
    let cases = [
        (" \n\t\r\n\u{feff}", "the text is only white space"),
        ("---\ntitle: T\n---\n", "there is only front matter"),
        ("---\ntitle: T\n---\n  \n\n", "there is only front matter"),
    ];
    for (text, why) in cases {
        let source = parsed(text);
        assert_eq!(
            shown(&source),
            [format!("nothing to check: {why}")],
            "{text:?}"
        );
    }
    assert!(parsed("---\ntitle: T\n---\n8 apps").warnings().is_empty());
    let raw = Source::from_bytes("raw", "  \n", &ReadOptions::new().front_matter(false));
    assert_eq!(raw.unwrap().warnings()[0].kind(), WarningKind::Empty);
}

#[test]
fn bytes_with_bad_front_matter_name_the_id_and_the_line() {
    let bytes = b"---\ntitle: T\njust words\n---\nBody.".to_vec();
    let err = Source::from_bytes("stdin", bytes, &ReadOptions::new()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::FrontMatter);
    assert_eq!(
        err.to_string(),
        "stdin:3: front matter line is not `key: value`: \"just words\""
    );
    let warned = Source::from_bytes("stdin", "---\nauthor: A\n---\nBody.", &ReadOptions::new());
    assert_eq!(
        shown(&warned.unwrap()),
        [format!(
            "stdin:2: front matter key `author` is not one crosscheck reads ({KNOWN_KEYS}); \
             its value is kept as metadata"
        )]
    );
}

#[test]
fn malformed_front_matter_is_an_error_naming_the_file_and_the_line() {
    let dir = TempDir::new("front-matter");
    let cases: [(&str, &[u8], usize, &str); 5] = [
        (
            "no-colon.txt",
            b"---\ntitle: T\njust words\n---\n",
            3,
            "front matter line is not `key: value`: \"just words\"",
        ),
        (
            "no-key.txt",
            b"---\n: value\n---\n",
            2,
            "front matter line is not `key: value`: \": value\"",
        ),
        (
            "stray-item.txt",
            b"---\n- item\n---\n",
            2,
            "front matter line is not `key: value`: \"- item\"",
        ),
        (
            "unclosed.txt",
            b"---\ntitle: T\nurl: u\n",
            1,
            "front matter opened with `---` on line 1 is never closed",
        ),
        (
            "unclosed-empty.txt",
            b"---\n",
            1,
            "front matter opened with `---` on line 1 is never closed",
        ),
    ];
    for (name, bytes, line, why) in cases {
        let path = dir.file(name, bytes);
        let err = Source::read(&path).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::FrontMatter, "{name}");
        assert_eq!(err.line(), Some(line), "{name}");
        assert_eq!(
            err.to_string(),
            format!("{}:{line}: {why}", path.display()),
            "{name}"
        );
    }
}

#[test]
fn unknown_keys_are_kept_as_metadata_with_a_warning_naming_the_file_and_line() {
    let dir = TempDir::new("unknown-keys");
    let path = dir.file(
        "hugo.txt",
        b"---\ntitle: Ban\nauthor: Jane Doe\ndraft: false\nTitle: Again\n---\nEight apps.\n",
    );
    let source = Source::read(&path).unwrap();
    assert_eq!(source.meta().title.as_deref(), Some("Ban"));
    let extra: Vec<(&str, &str)> = source
        .meta()
        .extra
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(extra, [("author", "Jane Doe"), ("draft", "false")]);
    let kinds: Vec<WarningKind> = source.warnings().iter().map(Warning::kind).collect();
    assert_eq!(
        kinds,
        [
            WarningKind::UnknownKey,
            WarningKind::UnknownKey,
            WarningKind::RepeatedKey
        ]
    );
    let first = &source.warnings()[0];
    assert_eq!(first.path(), Some(path.to_str().unwrap()));
    assert_eq!((first.line(), first.key()), (Some(3), Some("author")));
    assert_eq!(
        first.to_string(),
        format!(
            "{}:3: front matter key `author` is not one crosscheck reads ({KNOWN_KEYS}); \
             its value is kept as metadata",
            path.display()
        )
    );
    assert_eq!(
        source.warnings()[2].message(),
        "front matter key `Title` repeats `title` (line 2); the first value is kept"
    );
    assert_eq!(source.body(), "Eight apps.\n");
}

#[test]
fn a_repeated_key_keeps_its_first_value() {
    let source = parsed("---\ntitle: One\nurl: u\ntitle: Two\n---\nx");
    assert_eq!(source.meta().title.as_deref(), Some("One"));
    assert_eq!(
        shown(&source),
        [
            "line 4: front matter key `title` is given again (first on line 2); the first value is kept"
        ]
    );
    let dated = parsed("---\npublished: 2025-03-12\ndate: 2025-03-13\n---\nx");
    assert_eq!(dated.meta().published, NaiveDate::from_ymd_opt(2025, 3, 12));
    assert_eq!(dated.warnings()[0].kind(), WarningKind::RepeatedKey);
}

#[test]
fn keys_are_matched_without_case_and_date_is_published() {
    let source = parsed("---\nTITLE: Ban\nDate: 2021-01-06\nURL: https://example.com/a\n---\nx");
    assert_eq!(source.meta().title.as_deref(), Some("Ban"));
    assert_eq!(source.meta().published, NaiveDate::from_ymd_opt(2021, 1, 6));
    assert_eq!(source.meta().url.as_deref(), Some("https://example.com/a"));
    assert!(source.warnings().is_empty(), "{:?}", source.warnings());
}

#[test]
fn publication_dates_are_read_in_their_common_forms() {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let cases = [
        ("2025-03-12", day(2025, 3, 12)),
        ("2025/03/12", day(2025, 3, 12)),
        ("2025-03-12T08:30:00Z", day(2025, 3, 12)),
        ("2025-03-12T08:30:00+01:00", day(2025, 3, 12)),
        ("2025-03-12T23:30:00.123-05:00", day(2025, 3, 12)),
        ("2025-03-12 08:30:00 +0100", day(2025, 3, 12)),
        ("2025-03-12t08:30", day(2025, 3, 12)),
        ("12 March 2025", day(2025, 3, 12)),
        ("12th March 2025", day(2025, 3, 12)),
        ("March 12, 2025", day(2025, 3, 12)),
        ("march 12 2025", day(2025, 3, 12)),
        ("Mar. 12, 2025", day(2025, 3, 12)),
        ("Sept. 3, 2024", day(2024, 9, 3)),
        ("3 Sep 2024", day(2024, 9, 3)),
        ("Wednesday, 12 March 2025", day(2025, 3, 12)),
        ("Wed, 12 Mar 2025 08:30:00 GMT", day(2025, 3, 12)),
        ("Wed, 12 Mar 2025 08:30:00 +0000", day(2025, 3, 12)),
        ("March 12, 2025 at 8:30 a.m. EST", day(2025, 3, 12)),
        ("12 March 2025, 8:30pm", day(2025, 3, 12)),
        ("\"2025-03-12\"", day(2025, 3, 12)),
        ("'12 March 2025'", day(2025, 3, 12)),
        ("29 February 2024", day(2024, 2, 29)),
    ];
    for (value, date) in cases {
        let source = parsed(&format!("---\npublished: {value}\n---\nEight apps."));
        assert_eq!(source.meta().published, Some(date), "{value}");
        assert!(
            source.warnings().is_empty(),
            "{value}: {:?}",
            source.warnings()
        );
    }
}

#[test]
fn an_unreadable_date_is_a_warning_and_the_source_is_read_without_it() {
    let unreadable = [
        "2021-13-01",
        "29 February 2025",
        "12/03/2025",
        "next Tuesday",
        "March 2025",
        "12 March 25",
        "Thursday, 12 March 2025",
        "2025-03-12T",
        "2025-03-12T25:00",
        "2025-03-12 soon",
        "12 March 2025 later",
        "2025-03-12T08:30:00+1",
        "١٢ March 2025",
    ];
    for value in unreadable {
        let source = parsed(&format!(
            "---\ntitle: T\npublished: {value}\n---\nEight apps."
        ));
        assert_eq!(source.meta().published, None, "{value}");
        assert_eq!(source.meta().title.as_deref(), Some("T"), "{value}");
        assert_eq!(source.body(), "Eight apps.", "{value}");
        let [warning] = source.warnings() else {
            panic!("{value}: one warning expected: {:?}", source.warnings());
        };
        assert_eq!(warning.kind(), WarningKind::UnreadableDate, "{value}");
        assert_eq!(warning.line(), Some(3), "{value}");
        assert_eq!(warning.key(), Some("published"), "{value}");
        assert!(
            warning.message().starts_with(&format!(
                "`published` is not a date crosscheck reads: {value:?}"
            )),
            "{}",
            warning.message()
        );
        assert!(
            warning
                .message()
                .ends_with("the source is checked without it")
        );
    }
}

#[test]
fn quoted_values_are_unquoted() {
    let cases = [
        ("\"Fire: 15 dead\"", "Fire: 15 dead"),
        ("'Fire: 15 dead'", "Fire: 15 dead"),
        ("'It''s over'", "It's over"),
        (r#""Say \"no\" \\ \u00e9t\u00e9""#, "Say \"no\" \\ été"),
        (r#""bad \q escape \u12""#, r"bad \q escape \u12"),
        ("Fire: 15 dead", "Fire: 15 dead"),
        ("\"unbalanced", "\"unbalanced"),
        ("\"", "\""),
        ("'a' and 'b'", "a' and 'b"),
    ];
    for (value, title) in cases {
        let source = parsed(&format!("---\ntitle: {value}\n---\nx"));
        assert_eq!(source.meta().title.as_deref(), Some(title), "{value}");
    }
    let source = parsed("---\ntitle: \"\"\noutlet:\n---\nx");
    assert_eq!(
        (source.meta().title.clone(), source.meta().outlet.clone()),
        (None, None)
    );
}

#[test]
fn values_go_on_over_indented_lines_and_lists() {
    let text = "---\n\
        # a comment\n\
        title: A long\n  \"headline\"\n\
        tags:\n  - fire\n  - 'city: north'\n\
        authors:\n- Jane Doe\n- name: Ed\n    role: desk\n\
        summary: >-\n  Two lines\n  of text\n\
        \n\
        outlet: The Daily\n\
        ---\nBody.";
    let source = parsed(text);
    let meta = source.meta();
    assert_eq!(meta.title.as_deref(), Some("A long \"headline\""));
    assert_eq!(meta.outlet.as_deref(), Some("The Daily"));
    assert_eq!(meta.extra["tags"], "fire, city: north");
    assert_eq!(meta.extra["authors"], "Jane Doe, name: Ed role: desk");
    assert_eq!(meta.extra["summary"], "Two lines of text");
    let odd = parsed("---\nseries: \"Fires\"\n- 2025\n---\nx");
    assert_eq!(odd.meta().extra["series"], "Fires, 2025");
    assert_eq!(source.body(), "Body.");
    let keys: Vec<Option<&str>> = source.warnings().iter().map(Warning::key).collect();
    assert_eq!(keys, [Some("tags"), Some("authors"), Some("summary")]);
}

#[test]
fn binary_and_utf16_files_are_named_as_such() {
    let dir = TempDir::new("binary");
    let png = dir.file("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    let err = Source::read(&png).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Encoding);
    assert_eq!(
        err.to_string(),
        format!(
            "failed to read {}: binary file, not text (a NUL byte at byte 8)",
            png.display()
        )
    );
    // A NUL byte in otherwise valid UTF-8 text is binary too, lossy or not.
    let nul = dir.file("nul.txt", b"Eight apps.\n\x00");
    let lossy = ReadOptions::new().lossy(true);
    let err = Source::read_with(&nul, &lossy).unwrap_err();
    assert!(
        err.to_string()
            .ends_with("binary file, not text (a NUL byte at byte 12)")
    );
    let utf16 = dir.file("wide.txt", b"\xFF\xFEE\x00i\x00");
    let err = Source::read_with(&utf16, &lossy).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "failed to read {}: UTF-16 text, not UTF-8 (it starts with a UTF-16 byte-order mark)",
            utf16.display()
        )
    );
}

#[test]
fn files_with_one_stem_in_different_folders_are_all_kept() {
    let dir = TempDir::new("same-stem");
    let reuters = dir.path().join("reuters");
    let ap = dir.path().join("ap");
    dir.file("reuters/story.txt", b"Eight apps.");
    dir.file("ap/story.txt", b"Nine apps.");
    dir.file("ap/other.txt", b"Ten apps.");
    let (sources, errors) = read_paths([&reuters, &ap], &ReadOptions::new());
    assert!(errors.is_empty(), "{errors:?}");
    // Ids no other source shares are left as they were.
    assert_eq!(ids(&sources), ["reuters/story", "other", "ap/story"]);
    assert_eq!(sources[0].text(), "Eight apps.");
    assert_eq!(sources[2].text(), "Nine apps.");
    assert!(sources.iter().all(|s| s.warnings().is_empty()));
    // The same again, given in the other order: the same ids.
    let (again, _) = read_paths([&ap, &reuters], &ReadOptions::new());
    assert_eq!(ids(&again), ["other", "ap/story", "reuters/story"]);
}

#[test]
fn each_id_is_the_shortest_end_of_its_path_that_no_other_shares() {
    let dir = TempDir::new("deep-stems");
    let paths = [
        dir.file("a/x/story.txt", b"1"),
        dir.file("b/x/story.txt", b"2"),
        dir.file("c/story.txt", b"3"),
        dir.file("story.txt", b"4"),
        dir.file("b/x/story.md.txt", b"5"),
    ];
    let (sources, errors) = read_paths(&paths, &ReadOptions::new());
    assert!(errors.is_empty(), "{errors:?}");
    let root = dir
        .path()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert_eq!(
        ids(&sources),
        [
            "a/x/story".to_string(),
            "b/x/story".to_string(),
            "c/story".to_string(),
            format!("{root}/story"),
            "story.md".to_string(),
        ]
    );
}

#[test]
fn distinct_ends_grow_only_as_far_as_needed() {
    let parts = |names: &[&[&str]]| -> Vec<Vec<String>> {
        names
            .iter()
            .map(|n| n.iter().map(|s| s.to_string()).collect())
            .collect()
    };
    let p = parts(&[&["a", "x", "s"], &["b", "x", "s"], &["y", "s"], &["s"]]);
    let ends: Vec<String> = (0..p.len()).map(|n| shortest_distinct_end(n, &p)).collect();
    assert_eq!(ends, ["a/x/s", "b/x/s", "y/s", "s"]);
    let same = parts(&[&["x", "s"], &["x", "s"]]);
    assert_eq!(shortest_distinct_end(0, &same), "x/s#1");
    assert_eq!(shortest_distinct_end(1, &same), "x/s#2");
}

#[test]
fn the_same_file_given_twice_is_read_once_with_a_warning() {
    let dir = TempDir::new("twice");
    let a = dir.file("a.txt", b"Eight apps.");
    let (sources, errors) = read_paths([&a, &a], &ReadOptions::new());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(ids(&sources), ["a"]);
    assert_eq!(
        shown(&sources[0]),
        [format!(
            "{}: named more than once; it is read once",
            a.display()
        )]
    );
    assert_eq!(sources[0].warnings()[0].kind(), WarningKind::RepeatedPath);

    // Named by itself and through its directory: still one source.
    let spelled = dir.path().join(".").join("a.txt");
    let (sources, errors) = read_paths([spelled.as_path(), dir.path()], &ReadOptions::new());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(ids(&sources), ["a"]);
    assert_eq!(
        shown(&sources[0]),
        [same_file(&dir.path().join("a.txt"), &spelled)]
    );

    // A file that fails is named once, not once per mention.
    let bad = dir.file("bad.txt", b"\xFF");
    let (_, errors) = read_paths([&bad, &bad], &ReadOptions::new());
    assert_eq!(errors.len(), 1);
}

#[test]
fn without_front_matter_the_whole_text_is_the_body() {
    let text = "---\nauthor: A\n---\nBody.";
    let options = ReadOptions::new().front_matter(false);
    let source = Source::from_bytes("raw", text, &options).unwrap();
    assert_eq!(source.body(), text);
    assert_eq!(source.meta(), &Meta::default());
}

#[test]
fn read_paths_reads_files_and_sorted_directories_in_the_order_given() {
    let dir = TempDir::new("paths");
    let news = dir.path().join("news");
    fs::create_dir(&news).unwrap();
    for name in ["b.txt", "a.txt", "c.md", ".hidden.txt", "notes.TXT"] {
        fs::write(news.join(name), "Eight apps.").unwrap();
    }
    fs::create_dir(news.join("sub.txt")).unwrap();
    let extra = dir.file("z.txt", b"Nine apps.");
    let (sources, errors) = read_paths([extra.as_path(), news.as_path()], &ReadOptions::new());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(ids(&sources), ["z", "a", "b"]);
    assert_eq!(
        sources[1].path(),
        Some(news.join("a.txt").to_str().unwrap())
    );
}

#[test]
fn one_directory_named_alone_lists_its_txt_files_by_name() {
    let dir = TempDir::new("alone");
    let news = dir.path().join("news");
    fs::create_dir(&news).unwrap();
    for name in [
        "b.txt",
        "ab.txt",
        "a.txt",
        "c.md",
        ".hidden.txt",
        "notes.TXT",
        "a.txt.bak",
    ] {
        fs::write(news.join(name), "Eight apps.").unwrap();
    }
    fs::create_dir(news.join("sub.txt")).unwrap();
    // With and without a separator at the end, the names are read from
    // the same place in each path.
    let slashed = PathBuf::from(format!("{}/", news.display()));
    for given in [news.clone(), slashed] {
        let (sources, errors) = read_paths([&given], &ReadOptions::new());
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(ids(&sources), ["a", "ab", "b"]);
        assert_eq!(
            sources[0].path(),
            Some(given.join("a.txt").to_str().unwrap())
        );
        assert!(sources.iter().all(|s| s.warnings().is_empty()));
    }
}

#[test]
fn read_paths_skips_bad_paths_and_reads_the_rest() {
    let dir = TempDir::new("skip");
    let good = dir.file("good.txt", b"Eight apps.");
    let bad = dir.file("bad.txt", b"\xFF");
    let missing = dir.path().join("missing.txt");
    let (sources, errors) = read_paths([&bad, &missing, &good], &ReadOptions::new());
    assert_eq!(ids(&sources), ["good"]);
    let kinds: Vec<ErrorKind> = errors.iter().map(Error::kind).collect();
    assert_eq!(kinds, [ErrorKind::Encoding, ErrorKind::Io]);
    assert_eq!(
        errors[0].to_string(),
        format!(
            "failed to read {}: invalid UTF-8 at byte 0 (line 1)",
            bad.display()
        )
    );
    assert!(errors[1].to_string().starts_with(&format!(
        "failed to read {}: no such file",
        missing.display()
    )));
}

#[test]
fn read_paths_with_lossy_options_reads_bad_bytes() {
    let dir = TempDir::new("paths-lossy");
    let bad = dir.file("bad.txt", b"\xFF 45 days");
    let (sources, errors) = read_paths([&bad], &ReadOptions::new().lossy(true));
    assert!(errors.is_empty());
    assert!(sources[0].is_lossy());
}

#[test]
fn a_directory_without_txt_files_is_a_no_sources_error() {
    let dir = TempDir::new("no-sources");
    let empty = dir.path().join("empty");
    fs::create_dir(&empty).unwrap();
    fs::write(empty.join("notes.md"), "Eight apps.").unwrap();
    let (sources, errors) = read_paths([&empty], &ReadOptions::new());
    assert!(sources.is_empty());
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].kind(), ErrorKind::NoSources);
    assert_eq!(errors[0].path(), Some(empty.as_path()));
    assert_eq!(
        errors[0].to_string(),
        format!("{}: directory holds no `*.txt` file", empty.display())
    );
}

#[test]
fn read_paths_with_no_paths_reads_nothing() {
    let (sources, errors) = read_paths(Vec::<PathBuf>::new(), &ReadOptions::new());
    assert!(sources.is_empty());
    assert!(errors.is_empty());
}

#[test]
fn many_files_read_on_threads_come_back_as_on_one() {
    let dir = TempDir::new("threads");
    for i in 0..150 {
        dir.file(
            &format!("s{i:03}.txt"),
            format!("Story {i}: {i} apps.").as_bytes(),
        );
    }
    let bad = dir.file("s077.txt", b"\xFFbad");
    dir.file("s078.txt", b"---\nauthor A\n---\nBody.");
    let other = TempDir::new("threads-other");
    let loose = other.file("loose.txt", b"Nine apps.");
    let paths = [bad.as_path(), dir.path(), loose.as_path(), dir.path()];
    let read = |threads| {
        let (sources, errors) = read_paths(paths, &ReadOptions::new().threads(threads));
        let sources: Vec<(String, String, Vec<String>)> = sources
            .iter()
            .map(|s| (s.id().to_string(), s.text().to_string(), shown(s)))
            .collect();
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        (sources, errors)
    };
    let one = read(1);
    assert_eq!(
        one.0.len(),
        149,
        "every good file once, the bad one and repeats left out"
    );
    assert_eq!(one.1.len(), 2, "{:?}", one.1);
    assert!(one.1[0].contains("s077.txt"), "{:?}", one.1);
    assert!(one.1[1].contains("s078.txt"), "{:?}", one.1);
    assert_eq!(one.0.last().unwrap().0, "loose");
    assert!(
        one.0[0].2[0].contains("it is read once"),
        "{:?}",
        one.0[0].2
    );
    for threads in [2, 3, 8] {
        assert_eq!(read(threads), one, "{threads} threads");
    }
}

#[cfg(unix)]
#[test]
fn a_link_in_a_directory_to_a_file_beside_it_is_read_once() {
    let dir = TempDir::new("link");
    let real = dir.file("a.txt", b"Eight apps.");
    std::os::unix::fs::symlink(&real, dir.path().join("b.txt")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("gone.txt"), dir.path().join("c.txt")).unwrap();
    let (sources, errors) = read_paths([dir.path()], &ReadOptions::new());
    assert_eq!(ids(&sources), ["a"]);
    assert_eq!(
        shown(&sources[0]),
        [same_file(&dir.path().join("b.txt"), &real)]
    );
    // The dangling link is kept, and reading it says what is wrong.
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].to_string().contains("c.txt"), "{errors:?}");
}
