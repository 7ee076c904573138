//! End-to-end runs of the `check` and `extract` examples: exit codes, error
//! messages, reading past bad inputs, standard input and `--lines`.
//!
//! The examples are built once per test binary with the same cargo that
//! runs the tests, and run from the package root so that relative fixture
//! paths show in messages exactly as a user would type them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

/// The files of `fixtures/broken/` that must each fail with this message,
/// sorted by name (the order a directory is read in).
const BROKEN: [&str; 7] = [
    "fixtures/broken/bad-date.txt:3: `published` is not a YYYY-MM-DD date: \"2021-13-01\"",
    "failed to read fixtures/broken/invalid-utf8.txt: invalid UTF-8 at byte 39 (line 2)",
    "fixtures/broken/not-key-value.txt:3: front matter line is not `key: value`: \"just a sentence\"",
    "fixtures/broken/repeated-key.txt:3: front matter key `title` is given twice",
    "failed to read fixtures/broken/truncated-utf8.txt: invalid UTF-8 at byte 64 (line 2)",
    "fixtures/broken/unclosed-front-matter.txt:1: front matter opened with `---` on line 1 is never closed",
    "fixtures/broken/unknown-key.txt:3: unknown front matter key `author` (expected title, published, outlet or url)",
];

/// Builds an example (once) and returns the path of its executable.
fn example(name: &'static str) -> &'static Path {
    static CHECK: OnceLock<PathBuf> = OnceLock::new();
    static EXTRACT: OnceLock<PathBuf> = OnceLock::new();
    let cell = match name {
        "check" => &CHECK,
        "extract" => &EXTRACT,
        other => panic!("no example {other}"),
    };
    cell.get_or_init(|| build_example(name))
}

fn build_example(name: &str) -> PathBuf {
    let output = Command::new(env!("CARGO"))
        .args([
            "build",
            "--quiet",
            "--example",
            name,
            "--message-format=json",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stderr(Stdio::inherit())
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo build --example {name} failed"
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|msg| msg["target"]["name"] == name)
        .find_map(|msg| msg["executable"].as_str().map(PathBuf::from))
        .expect("cargo names the example's executable")
}

/// What a run printed and how it ended.
#[derive(Debug)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn stderr_lines(&self) -> Vec<&str> {
        self.stderr.lines().collect()
    }
}

/// Runs an example from the package root, with `stdin` as its input.
fn run(name: &'static str, args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(example(name))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    // An example that exits before reading its input closes the pipe;
    // that is not a failure of the test.
    let _ = child.stdin.take().expect("stdin is piped").write_all(stdin);
    let output = child.wait_with_output().expect("the example runs");
    Run {
        code: output
            .status
            .code()
            .expect("the example exits rather than being killed"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// A fresh directory under the system temporary directory, removed when
/// dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("crosscheck-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    /// Writes a file and returns its path as a string.
    fn file(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    }

    fn sub(&self, name: &str) -> String {
        let path = self.0.join(name);
        std::fs::create_dir_all(&path).unwrap();
        path.to_str().unwrap().to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Every line of `stdout` parsed as one JSON object.
fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| {
            let value: Value = serde_json::from_str(line).expect("each line is JSON");
            assert!(value.is_object(), "each line is an object: {line}");
            value
        })
        .collect()
}

// check: arguments

#[test]
fn check_without_a_path_prints_the_usage_and_exits_2() {
    let run = run("check", &[], b"");
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("error: no PATH given\n"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("usage: check [OPTIONS] PATH..."));
    assert!(run.stderr.contains("--deny-conflicts"));
    assert_eq!(run.stdout, "");
}

#[test]
fn check_help_goes_to_stdout_and_exits_0() {
    for flag in ["--help", "-h"] {
        let run = run("check", &[flag], b"");
        assert_eq!(run.code, 0, "{flag}");
        assert!(run.stdout.starts_with("usage: check [OPTIONS] PATH...\n"));
        for option in [
            "--format",
            "--reference-date",
            "--deny-conflicts",
            "--lossy",
        ] {
            assert!(run.stdout.contains(option), "{option} is documented");
        }
        assert_eq!(run.stderr, "");
    }
}

#[test]
fn check_refuses_bad_arguments_naming_them() {
    let cases: [(&[&str], &str); 8] = [
        (
            &["--frobnicate", "x.txt"],
            "error: unknown option `--frobnicate`",
        ),
        (&["-q", "x.txt"], "error: unknown option `-q`"),
        (
            &["--format", "xml", "x.txt"],
            "error: unknown format `xml` (expected text, json or markdown)",
        ),
        (
            &["--format=yaml", "x.txt"],
            "error: unknown format `yaml` (expected text, json or markdown)",
        ),
        (&["x.txt", "--format"], "error: `--format` needs a value"),
        (
            &["--reference-date", "2021-13-01", "x.txt"],
            "error: `--reference-date` is not a YYYY-MM-DD date: \"2021-13-01\"",
        ),
        (
            &["--reference-date=21-01-06", "x.txt"],
            "error: `--reference-date` is not a YYYY-MM-DD date: \"21-01-06\"",
        ),
        (&["--lossy=yes", "x.txt"], "error: `--lossy` takes no value"),
    ];
    for (args, message) in cases {
        let run = run("check", args, b"");
        assert_eq!(run.code, 2, "{args:?}");
        assert_eq!(run.stderr_lines().first(), Some(&message), "{args:?}");
        assert!(run.stderr.contains("run `check --help` for usage"));
        // Arguments are checked before anything is read or printed.
        assert_eq!(run.stdout, "", "{args:?}");
        assert!(!run.stderr.contains("x.txt: no such file"), "{args:?}");
    }
}

#[test]
fn check_accepts_every_format_and_option_spelling() {
    let dir = TempDir::new("spellings");
    let a = dir.file("a.txt", b"The order names eight apps.\n");
    let spellings: [&[&str]; 7] = [
        &[],
        &["--format", "text"],
        &["--format=json"],
        &["--format", "markdown"],
        &["--reference-date", "2021-01-06"],
        &["--reference-date=2021-01-06", "--lossy"],
        &["--deny-conflicts", "--"],
    ];
    for options in spellings {
        let mut args = options.to_vec();
        args.push(&a);
        let run = run("check", &args, b"");
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert_eq!(run.stderr, "", "{args:?}");
    }
}

#[test]
fn check_takes_a_path_that_starts_with_a_dash_after_double_dash() {
    let dir = TempDir::new("dash");
    dir.file("-odd.txt", b"Eight apps.\n");
    let mut child = Command::new(example("check"));
    child.args(["--", "-odd.txt"]).current_dir(&dir.0);
    let output = child.output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let output = Command::new(example("check"))
        .arg("-odd.txt")
        .current_dir(&dir.0)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown option `-odd.txt`"));
}

// check: inputs

#[test]
fn check_reports_every_broken_file_and_still_checks_the_good_ones() {
    let dir = TempDir::new("skip");
    let good = dir.file(
        "good.txt",
        b"---\ntitle: Good\n---\nThe order names eight apps.\n",
    );
    let missing = dir.0.join("missing.txt");
    let missing = missing.to_str().unwrap();
    let run = run(
        "check",
        &["--format", "json", "fixtures/broken", &good, missing],
        b"",
    );
    assert_eq!(run.code, 2);
    let mut expected: Vec<String> = BROKEN.iter().map(|m| format!("error: {m}")).collect();
    expected.push(format!(
        "error: failed to read {missing}: no such file or directory (os error 2)"
    ));
    expected.push("note: --lossy reads such files with invalid bytes replaced by U+FFFD".into());
    assert_eq!(run.stderr_lines(), expected);
    // The readable sources are still reported on stdout.
    let report: Value = serde_json::from_str(&run.stdout).expect("the report is JSON");
    assert!(report.is_object());
    if let Some(sources) = report.get("sources").and_then(Value::as_array) {
        let ids: Vec<&str> = sources.iter().filter_map(|s| s["id"].as_str()).collect();
        assert_eq!(ids, ["empty", "good"]);
    }
}

#[test]
fn check_reads_an_empty_file_as_a_source_with_no_facts() {
    let run = run(
        "check",
        &[
            "--format",
            "json",
            "--deny-conflicts",
            "fixtures/broken/empty.txt",
        ],
        b"",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    let report: Value = serde_json::from_str(&run.stdout).expect("the report is JSON");
    for list in ["facts", "conflicts", "corroborations"] {
        if let Some(items) = report.get(list) {
            assert_eq!(items.as_array().map(Vec::len), Some(0), "{list}");
        }
    }
}

#[test]
fn check_lossy_reads_invalid_utf8_with_a_warning() {
    let strict = run("check", &["fixtures/broken/invalid-utf8.txt"], b"");
    assert_eq!(strict.code, 2);
    let lossy = run(
        "check",
        &["--lossy", "fixtures/broken/invalid-utf8.txt"],
        b"",
    );
    assert_eq!(lossy.code, 0, "{}", lossy.stderr);
    assert_eq!(
        lossy.stderr,
        "warning: fixtures/broken/invalid-utf8.txt: invalid UTF-8 replaced by U+FFFD; \
         offsets refer to the decoded text\n"
    );
}

#[test]
fn check_names_a_directory_without_sources() {
    let dir = TempDir::new("no-sources");
    let empty = dir.sub("empty");
    dir.file("empty/notes.md", b"Eight apps.");
    let run = run("check", &[&empty], b"");
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr_lines(),
        [format!("error: {empty}: directory holds no `*.txt` file")]
    );
}

#[test]
fn check_keeps_the_first_of_two_sources_with_one_id() {
    let dir = TempDir::new("duplicate");
    let first = dir.file("one/a.txt", b"Eight apps.\n");
    let second = dir.file("two/a.txt", b"Nine apps.\n");
    let run = run("check", &["--format", "json", &first, &second], b"");
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr_lines(),
        [format!(
            "error: {second}: source id `a` is already taken by {first}; this file is skipped"
        )]
    );
    let report: Value = serde_json::from_str(&run.stdout).expect("the report is JSON");
    if let Some(sources) = report.get("sources").and_then(Value::as_array) {
        assert_eq!(sources.len(), 1);
        assert_eq!(sources[0]["path"], first.as_str());
    }
}

#[test]
fn check_exit_code_follows_the_conflicts_it_reports() {
    // Two stories that disagree on one amount. Whatever the checker finds,
    // `--deny-conflicts` must exit 1 exactly when the report lists a
    // conflict, and an unreadable input must take precedence with 2.
    let dir = TempDir::new("deny");
    let a = dir.file(
        "a.txt",
        b"The company's listing was valued at $34bn, the filing said.\n",
    );
    let b = dir.file(
        "b.txt",
        b"The company's listing was valued at $35bn, the filing said.\n",
    );
    let run1 = run(
        "check",
        &["--format", "json", "--deny-conflicts", &a, &b],
        b"",
    );
    let report: Value = serde_json::from_str(&run1.stdout).expect("the report is JSON");
    let conflicts = report
        .get("conflicts")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    assert_eq!(
        run1.code,
        if conflicts > 0 { 1 } else { 0 },
        "{}",
        run1.stderr
    );

    let without = run("check", &["--format", "json", &a, &b], b"");
    assert_eq!(
        without.code, 0,
        "conflicts alone never fail without --deny-conflicts"
    );

    let with_error = run(
        "check",
        &["--deny-conflicts", &a, &b, "fixtures/broken/bad-date.txt"],
        b"",
    );
    assert_eq!(with_error.code, 2);
}

// extract

#[test]
fn extract_help_and_bad_arguments() {
    let help = run("extract", &["--help"], b"");
    assert_eq!(help.code, 0);
    assert!(
        help.stdout
            .starts_with("usage: extract [OPTIONS] [PATH...]\n")
    );
    assert!(help.stdout.contains("--lines"));

    let cases: [(&[&str], &str); 4] = [
        (&["--bogus"], "error: unknown option `--bogus`"),
        (
            &["--reference-date"],
            "error: `--reference-date` needs a value",
        ),
        (
            &["--reference-date", "2021-02-30"],
            "error: `--reference-date` is not a YYYY-MM-DD date: \"2021-02-30\"",
        ),
        (&["--lines=1"], "error: `--lines` takes no value"),
    ];
    for (args, message) in cases {
        let run = run("extract", args, b"Eight apps.\n");
        assert_eq!(run.code, 2, "{args:?}");
        assert_eq!(run.stderr_lines().first(), Some(&message), "{args:?}");
        assert_eq!(run.stdout, "");
    }
}

#[test]
fn extract_reads_stdin_and_prints_nothing_for_text_without_facts() {
    let run = run(
        "extract",
        &[],
        b"No figures at all in this sentence.\nNor in this one.\n",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "");
}

#[test]
fn extract_names_stdin_in_its_errors() {
    let bad = run("extract", &[], b"Eight apps.\nCaf\xE9 owners.\n");
    assert_eq!(bad.code, 2);
    assert_eq!(
        bad.stderr_lines(),
        ["error: failed to read stdin: invalid UTF-8 at byte 15 (line 2)"]
    );
    assert_eq!(bad.stdout, "");

    let front = run("extract", &[], b"---\nauthor: A\n---\nEight apps.\n");
    assert_eq!(front.code, 2);
    assert_eq!(
        front.stderr_lines(),
        [
            "error: stdin:2: unknown front matter key `author` (expected title, published, outlet or url)"
        ]
    );

    let lossy = run("extract", &["--lossy"], b"Caf\xE9 owners.\n");
    assert_eq!(lossy.code, 0);
    assert_eq!(
        lossy.stderr,
        "warning: stdin: invalid UTF-8 replaced by U+FFFD; offsets refer to the decoded text\n"
    );
}

#[test]
fn extract_skips_bad_files_and_prints_the_others() {
    let broken = run("extract", &["fixtures/broken"], b"");
    assert_eq!(broken.code, 2);
    let mut expected: Vec<String> = BROKEN.iter().map(|m| format!("error: {m}")).collect();
    expected.push("note: --lossy reads such files with invalid bytes replaced by U+FFFD".into());
    assert_eq!(broken.stderr_lines(), expected);
    // `empty.txt` was read, and has no facts.
    assert_eq!(broken.stdout, "");

    // A readable file after the broken ones still has its facts printed.
    let dir = TempDir::new("extract-skip");
    let good = dir.file("good.txt", b"The order takes effect in 45 days.\n");
    let mixed = run("extract", &["fixtures/broken/bad-date.txt", &good], b"");
    assert_eq!(mixed.code, 2);
    assert_eq!(mixed.stderr_lines().len(), 1, "{}", mixed.stderr);
    assert!(
        !json_lines(&mixed.stdout).is_empty(),
        "the good file's facts are printed"
    );
}

#[test]
fn extract_lines_ignores_front_matter_and_numbers_sources_by_line() {
    // Line 2 would be an unknown front-matter key if the text were parsed
    // as one document; with --lines every line is plain text.
    let text = "---\nauthor: A\n---\nThe order names eight apps.\r\n\nIt takes effect in 45 days, and Ant's $34bn listing is off.\n";
    let run = run("extract", &["--lines"], text.as_bytes());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    let lines: Vec<&str> = text.lines().collect();
    for mention in json_lines(&run.stdout) {
        let Some(source) = mention.get("source") else {
            continue;
        };
        let number: usize = source
            .as_str()
            .expect("ids are strings")
            .parse()
            .expect("ids are line numbers");
        assert!((1..=lines.len()).contains(&number), "{mention}");
        let line = lines[number - 1];
        let start = mention["start"].as_u64().unwrap() as usize;
        let end = mention["end"].as_u64().unwrap() as usize;
        // Offsets count from the start of the line.
        assert_eq!(line.get(start..end), mention["text"].as_str(), "{mention}");
        assert_eq!(mention["line"], 1, "{mention}");
    }
}

#[test]
fn extract_lines_prints_the_same_facts_as_the_whole_text() {
    let text = "The order names eight apps.\nIt takes effect in 45 days.\n";
    let whole = run("extract", &[], text.as_bytes());
    let by_line = run("extract", &["--lines"], text.as_bytes());
    assert_eq!((whole.code, by_line.code), (0, 0));
    let whole = json_lines(&whole.stdout);
    let by_line = json_lines(&by_line.stdout);
    assert!(!whole.is_empty(), "a count and a duration are facts");
    assert_eq!(whole.len(), by_line.len(), "the same facts either way");
    let starts = [0, text.find('\n').unwrap() + 1];
    for (w, l) in whole.iter().zip(&by_line) {
        // The MENTION fields, once the JSON renderer writes them.
        let (Some(w_start), Some(l_start)) = (w["start"].as_u64(), l["start"].as_u64()) else {
            continue;
        };
        let number: usize = l["source"].as_str().unwrap().parse().unwrap();
        assert_eq!(w_start as usize, starts[number - 1] + l_start as usize);
        assert_eq!(w["text"], l["text"]);
        assert_eq!(w["source"], "stdin");
    }
}

/// What `extract --lines` does, checked on the facts themselves: one
/// source per line, id = the 1-based line number, spans relative to the
/// line, the same facts as the whole text shifted by the line's start.
#[test]
fn line_sources_number_facts_by_line_with_offsets_from_the_line_start() {
    use crosscheck::{Checker, Source};

    let text = "The order names eight apps.\n\nIt takes effect in 45 days, officials said.\n";
    let checker = Checker::new();
    let whole = checker.extract(&Source::new("stdin", text)).facts;
    assert!(whole.len() >= 2, "{whole:?}");
    let mut by_line = Vec::new();
    let mut line_start = 0;
    for (index, line) in text.lines().enumerate() {
        let id = (index + 1).to_string();
        for fact in checker.extract(&Source::new(id.clone(), line)).facts {
            let p = &fact.provenance;
            assert_eq!(p.source, id);
            assert_eq!(p.span.slice(line), p.text);
            assert_eq!(p.line, 1);
            by_line.push((p.span.shift(line_start), p.text.clone()));
        }
        line_start += line.len() + 1;
    }
    let whole: Vec<_> = whole
        .iter()
        .map(|f| (f.provenance.span, f.provenance.text.clone()))
        .collect();
    assert_eq!(whole, by_line);
    assert!(
        by_line
            .iter()
            .any(|(span, _)| span.start > text.find("It").unwrap())
    );
}

#[test]
fn extract_lines_reads_files_too() {
    let dir = TempDir::new("lines-files");
    let a = dir.file("a.txt", b"---\nnot: front matter here\n");
    let run = run("extract", &["--lines", &a], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
}
