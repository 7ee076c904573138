//! End-to-end runs of the `check` and `extract` examples: exit codes, error
//! and warning messages, reading past bad inputs (front matter, binary and
//! empty files, files with one name in two folders, sources cut at a
//! limit), standard input and `--lines`.
//!
//! The examples (the `crosscheck-examples` package in `examples/`) are built
//! once per test binary with the same cargo that runs the tests, and run
//! from the package root so that relative fixture paths show in messages
//! exactly as a user would type them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

/// The files of `fixtures/broken/` that must each fail with this message,
/// sorted by name (the order a directory is read in).
const BROKEN: [&str; 5] = [
    "failed to read fixtures/broken/binary.txt: binary file, not text (a NUL byte at byte 5)",
    "failed to read fixtures/broken/invalid-utf8.txt: invalid UTF-8 at byte 39 (line 2)",
    "fixtures/broken/not-key-value.txt:3: front matter line is not `key: value`: \"just a sentence\"",
    "failed to read fixtures/broken/truncated-utf8.txt: invalid UTF-8 at byte 64 (line 2)",
    "fixtures/broken/unclosed-front-matter.txt:1: front matter opened with `---` on line 1 is never closed",
];

/// The files of `fixtures/broken/` that are read past with this warning,
/// sorted by name, and their source ids.
const READ_PAST: [(&str, &str); 5] = [
    (
        "bad-date",
        "fixtures/broken/bad-date.txt:3: `published` is not a date crosscheck reads: \"2021-13-01\" \
         (it reads forms such as 2025-03-12, 2025-03-12T08:30:00Z, 12 March 2025 and March 12, 2025); \
         the source is checked without it",
    ),
    (
        "empty",
        "fixtures/broken/empty.txt: nothing to check: the text is empty",
    ),
    (
        "front-matter-only",
        "fixtures/broken/front-matter-only.txt: nothing to check: there is only front matter",
    ),
    (
        "repeated-key",
        "fixtures/broken/repeated-key.txt:3: front matter key `title` is given again (first on line 2); \
         the first value is kept",
    ),
    (
        "unknown-key",
        "fixtures/broken/unknown-key.txt:3: front matter key `author` is not one crosscheck reads \
         (title, published or date, outlet, url); its value is kept as metadata",
    ),
];

/// What every run over `fixtures/broken/` prints on standard error, after
/// the errors of any paths given before it: each error, the note on
/// `--lossy`, then each warning.
fn broken_stderr(more_errors: &[String]) -> Vec<String> {
    let mut lines: Vec<String> = BROKEN.iter().map(|m| format!("error: {m}")).collect();
    lines.extend(more_errors.iter().cloned());
    lines.push("note: --lossy reads such files with invalid bytes replaced by U+FFFD".into());
    lines.extend(READ_PAST.iter().map(|(_, w)| format!("warning: {w}")));
    lines
}

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
            "--package",
            "crosscheck-examples",
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
            "--max-source-bytes",
            "--show-all",
        ] {
            assert!(run.stdout.contains(option), "{option} is documented");
        }
        assert_eq!(run.stderr, "");
    }
    let help = run("check", &["--help"], b"").stdout;
    assert!(help.contains("\n  --show-all               show every mention of a finding\n"));
    // The options both examples share line up with each example's own.
    for name in ["check", "extract"] {
        let help = run(name, &["--help"], b"").stdout;
        for option in [
            "--reference-date DATE    ",
            "--lossy                  ",
            "--max-source-bytes N     ",
        ] {
            assert!(help.contains(&format!("\n  {option}")), "{name}: {option}");
        }
    }
}

#[test]
fn check_refuses_bad_arguments_naming_them() {
    let cases: [(&[&str], &str); 15] = [
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
        (
            &["--show-all=yes", "x.txt"],
            "error: `--show-all` takes no value",
        ),
        (&["--help=me", "x.txt"], "error: `--help` takes no value"),
        (
            &["--max-source-bytes", "0", "x.txt"],
            "error: `--max-source-bytes` is not a number of bytes above 0: \"0\"",
        ),
        (
            &["--max-source-bytes=1k", "x.txt"],
            "error: `--max-source-bytes` is not a number of bytes above 0: \"1k\"",
        ),
        (
            &["x.txt", "--max-source-bytes"],
            "error: `--max-source-bytes` needs a value",
        ),
        (
            &["--threads", "0", "x.txt"],
            "error: `--threads` is not a number of threads above 0: \"0\"",
        ),
        (
            &["--threads=two", "x.txt"],
            "error: `--threads` is not a number of threads above 0: \"two\"",
        ),
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
    let spellings: [&[&str]; 10] = [
        &[],
        &["--format", "text"],
        &["--format=json"],
        &["--format", "markdown"],
        &["--reference-date", "2021-01-06"],
        &["--reference-date=2021-01-06", "--lossy"],
        &["--deny-conflicts", "--"],
        &["--show-all"],
        &["--show-all", "--format", "markdown"],
        &["--max-source-bytes", "4096", "--max-source-bytes=100000"],
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
    let missing_error =
        format!("error: failed to read {missing}: no such file or directory (os error 2)");
    assert_eq!(run.stderr_lines(), broken_stderr(&[missing_error]));
    // The readable sources, those read past with a warning included, are
    // still reported on stdout, in order of id.
    let report: Value = serde_json::from_str(&run.stdout).expect("the report is JSON");
    let ids: Vec<&str> = report["sources"]
        .as_array()
        .expect("sources are listed")
        .iter()
        .filter_map(|s| s["id"].as_str())
        .collect();
    let mut expected: Vec<&str> = READ_PAST.iter().map(|(id, _)| *id).collect();
    expected.push("good");
    expected.sort();
    assert_eq!(ids, expected);
    // Each file read past has its facts checked: one count of apps each.
    let facts = report["facts"].as_array().expect("facts are listed");
    for id in ["bad-date", "repeated-key", "unknown-key", "good"] {
        assert!(
            facts
                .iter()
                .any(|f| f["source"] == id && f["kind"] == "count"),
            "{id}: {facts:?}"
        );
    }
}

#[test]
fn check_reads_an_empty_file_as_a_source_with_no_facts_and_warns() {
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
    assert_eq!(
        run.stderr_lines(),
        ["warning: fixtures/broken/empty.txt: nothing to check: the text is empty"]
    );
    let report: Value = serde_json::from_str(&run.stdout).expect("the report is JSON");
    for list in ["facts", "conflicts", "corroborations"] {
        assert_eq!(report[list].as_array().map(Vec::len), Some(0), "{list}");
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
        &[
            "--deny-conflicts",
            &a,
            &b,
            "fixtures/broken/not-key-value.txt",
        ],
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

    let front = run(
        "extract",
        &[],
        b"---\nauthor: A\nno colon\n---\nEight apps.\n",
    );
    assert_eq!(front.code, 2);
    assert_eq!(
        front.stderr_lines(),
        ["error: stdin:3: front matter line is not `key: value`: \"no colon\""]
    );

    let warned = run("extract", &[], b"---\nauthor: A\n---\nEight apps.\n");
    assert_eq!(warned.code, 0);
    assert_eq!(
        warned.stderr_lines(),
        [
            "warning: stdin:2: front matter key `author` is not one crosscheck reads \
             (title, published or date, outlet, url); its value is kept as metadata"
        ]
    );
    assert!(!json_lines(&warned.stdout).is_empty(), "the body is read");

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
    assert_eq!(broken.stderr_lines(), broken_stderr(&[]));
    // The files read past with a warning have their facts printed; the
    // empty ones have none.
    let mut sources: Vec<String> = json_lines(&broken.stdout)
        .iter()
        .map(|m| m["source"].as_str().unwrap().to_string())
        .collect();
    sources.dedup();
    assert_eq!(sources, ["bad-date", "repeated-key", "unknown-key"]);

    // A readable file after the broken ones still has its facts printed.
    let dir = TempDir::new("extract-skip");
    let good = dir.file("good.txt", b"The order takes effect in 45 days.\n");
    let mixed = run(
        "extract",
        &["fixtures/broken/not-key-value.txt", &good],
        b"",
    );
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

// reading past what can be read past

/// The JSON report of a `check` run that must succeed.
fn json_report(run: &Run) -> Value {
    serde_json::from_str(&run.stdout).expect("the report is JSON")
}

/// The value of the fact of `kind` that source `id` states.
fn fact_value<'r>(report: &'r Value, id: &str, kind: &str) -> &'r Value {
    report["facts"]
        .as_array()
        .expect("facts are listed")
        .iter()
        .find(|f| f["source"] == id && f["kind"] == kind)
        .map(|f| &f["value"])
        .unwrap_or_else(|| panic!("{id} has a {kind} fact: {report}"))
}

#[test]
fn check_reads_hugo_and_jekyll_front_matter_and_warns_once_per_unknown_key() {
    let dir = TempDir::new("front-matter");
    let hugo = dir.file(
        "hugo.txt",
        b"---\ntitle: \"Fire: 15 dead\"\ndate: 2025-03-12T08:30:00+01:00\nauthor: Jane Doe\n\
          tags:\n  - fire\n  - city\ndraft: false\n---\nThe fire began on March 3 and 15 people died.\n",
    );
    dir.file(
        "human.txt",
        b"---\ntitle: 'It''s over'\npublished: March 12, 2025\nauthor: Ed Roe\n---\n\
          The fire began on March 3 and 15 people died.\n",
    );
    let unreadable = dir.file(
        "unreadable.txt",
        b"---\npublished: the day after the fire\nauthor: Ann Poe\n---\n\
          The fire began on March 3 and 15 people died.\n",
    );
    let run = run(
        "check",
        &["--format", "json", &dir.0.to_string_lossy()],
        b"",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr_lines(),
        [
            format!(
                "warning: {hugo}:4: front matter key `author` is not one crosscheck reads \
                 (title, published or date, outlet, url); its value is kept as metadata \
                 (2 more files have this key)"
            ),
            format!(
                "warning: {hugo}:5: front matter key `tags` is not one crosscheck reads \
                 (title, published or date, outlet, url); its value is kept as metadata"
            ),
            format!(
                "warning: {hugo}:8: front matter key `draft` is not one crosscheck reads \
                 (title, published or date, outlet, url); its value is kept as metadata"
            ),
            format!(
                "warning: {unreadable}:2: `published` is not a date crosscheck reads: \
                 \"the day after the fire\" (it reads forms such as 2025-03-12, \
                 2025-03-12T08:30:00Z, 12 March 2025 and March 12, 2025); \
                 the source is checked without it"
            ),
        ]
    );
    let report = json_report(&run);
    let sources: Vec<(&str, &Value, &Value)> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap(), &s["title"], &s["published"]))
        .collect();
    assert_eq!(
        sources,
        [
            (
                "hugo",
                &Value::from("Fire: 15 dead"),
                &Value::from("2025-03-12")
            ),
            (
                "human",
                &Value::from("It's over"),
                &Value::from("2025-03-12")
            ),
            ("unreadable", &Value::Null, &Value::Null),
        ]
    );
    // Relative dates resolve against the dates read, and keep only the
    // fields the text gives where the date could not be read.
    assert_eq!(fact_value(&report, "hugo", "date"), "2025-03-03");
    assert_eq!(fact_value(&report, "human", "date"), "2025-03-03");
    assert_eq!(fact_value(&report, "unreadable", "date"), "XXXX-03-03");
    // Every article was checked: the three tolls agree.
    for id in ["hugo", "human", "unreadable"] {
        assert_eq!(fact_value(&report, id, "count"), 15, "{id}");
    }
}

#[test]
fn check_keeps_files_with_one_name_in_two_folders() {
    let dir = TempDir::new("same-name");
    let reuters = dir.sub("reuters");
    let ap = dir.sub("ap");
    let first = dir.file("reuters/story.txt", b"Police said 12 people died.\n");
    let second = dir.file("ap/story.txt", b"Police said 14 people died.\n");
    dir.file("ap/extra.txt", b"Police said 12 people died.\n");
    let both = run("check", &["--format", "json", &reuters, &ap], b"");
    assert_eq!(both.code, 0, "{}", both.stderr);
    assert_eq!(both.stderr, "");
    let report = json_report(&both);
    let sources: Vec<(&str, &str)> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap(), s["path"].as_str().unwrap()))
        .collect();
    let extra = format!("{ap}/extra.txt");
    assert_eq!(
        sources,
        [
            ("ap/story", second.as_str()),
            ("extra", extra.as_str()),
            ("reuters/story", first.as_str()),
        ]
    );
    assert_eq!(fact_value(&report, "ap/story", "count"), 14);
    assert_eq!(fact_value(&report, "reuters/story", "count"), 12);

    // The same file named twice is read once, with a warning.
    let twice = run("check", &[&first, &first], b"");
    assert_eq!(twice.code, 0, "{}", twice.stderr);
    assert_eq!(
        twice.stderr_lines(),
        [format!(
            "warning: {first}: named more than once; it is read once"
        )]
    );
}

#[test]
fn check_and_extract_name_a_source_cut_at_the_size_limit() {
    let dir = TempDir::new("truncated");
    let short = dir.file("short.txt", b"The order names eight apps.\n");
    let mut text = b"The order names eight apps.\nIt takes effect in 45 days.\n".to_vec();
    let cut = text.len();
    text.extend_from_slice(b"Officials said 300 lorries were stopped.\n");
    let long = dir.file("long.txt", &text);
    let limit = (cut + 5).to_string();
    let warning = format!(
        "warning: {long}: truncated at byte {cut} (line 3): the source is {} bytes, over the \
         limit of {limit} (--max-source-bytes); nothing from there on was checked",
        text.len()
    );

    let run1 = run(
        "check",
        &[
            "--format",
            "json",
            "--max-source-bytes",
            &limit,
            &short,
            &long,
        ],
        b"",
    );
    assert_eq!(run1.code, 0, "{}", run1.stderr);
    assert_eq!(run1.stderr_lines(), [warning.as_str()]);
    let report = json_report(&run1);
    let truncations = report["truncations"].as_array().expect("truncations");
    assert_eq!(truncations.len(), 1, "{truncations:?}");
    assert_eq!(truncations[0]["source"], "long");
    assert_eq!(truncations[0]["limit"], "source_bytes");
    assert_eq!(truncations[0]["from"], cut);
    let texts: Vec<&str> = report["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["source"] == "long")
        .filter_map(|f| f["text"].as_str())
        .collect();
    assert_eq!(texts, ["eight apps", "45 days"]);

    // Without the option, the default limit leaves both sources whole.
    let whole = run("check", &[&short, &long], b"");
    assert_eq!((whole.code, whole.stderr.as_str()), (0, ""));

    let extracted = run(
        "extract",
        &[&format!("--max-source-bytes={limit}"), &long],
        b"",
    );
    assert_eq!(extracted.code, 0, "{}", extracted.stderr);
    assert_eq!(extracted.stderr_lines(), [warning.as_str()]);
    assert_eq!(json_lines(&extracted.stdout).len(), 2);

    // With `--lines`, the line that is cut is named.
    let lines = run(
        "extract",
        &["--lines", "--max-source-bytes", "20", &long],
        b"",
    );
    assert_eq!(lines.code, 0, "{}", lines.stderr);
    assert_eq!(
        lines.stderr_lines().first().copied(),
        Some(
            format!(
                "warning: {long}, line 1: truncated at byte 16: the source is 27 bytes, over \
                 the limit of 20 (--max-source-bytes); nothing from there on was checked"
            )
            .as_str()
        )
    );
}

#[test]
fn check_skips_a_binary_file_and_warns_of_an_empty_one_among_good_ones() {
    let dir = TempDir::new("binary-empty");
    let good = dir.file("good.txt", b"Police said 12 people died.\n");
    let binary = dir.file("photo.txt", b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00");
    let empty = dir.file("empty.txt", b"");
    let blank = dir.file("blank.txt", b"\n  \n\t\n");
    dir.file("other.txt", b"Police said 12 people died.\n");
    let mixed = run(
        "check",
        &["--format", "json", &dir.0.to_string_lossy()],
        b"",
    );
    assert_eq!(mixed.code, 2, "an unreadable file still fails the run");
    assert_eq!(
        mixed.stderr_lines(),
        [
            format!("error: failed to read {binary}: binary file, not text (a NUL byte at byte 4)"),
            format!("warning: {blank}: nothing to check: the text is only white space"),
            format!("warning: {empty}: nothing to check: the text is empty"),
        ]
    );
    assert!(!mixed.stderr.contains("--lossy"), "--lossy would not help");
    let report = json_report(&mixed);
    let ids: Vec<&str> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["id"].as_str())
        .collect();
    assert_eq!(ids, ["blank", "empty", "good", "other"]);
    assert_eq!(fact_value(&report, "good", "count"), 12);
    assert_eq!(fact_value(&report, "other", "count"), 12);

    // Empty files alone are no error: the run succeeds with its warnings.
    let quiet = run("check", &[&empty, &blank], b"");
    assert_eq!(quiet.code, 0, "{}", quiet.stderr);
    assert_eq!(quiet.stderr_lines().len(), 2);

    let extracted = run("extract", &[&binary, &good], b"");
    assert_eq!(extracted.code, 2);
    assert_eq!(
        extracted.stderr_lines(),
        [format!(
            "error: failed to read {binary}: binary file, not text (a NUL byte at byte 4)"
        )]
    );
    assert_eq!(json_lines(&extracted.stdout).len(), 1);
}

#[test]
fn check_names_outlets_shows_sides_and_passes_show_all_through() {
    let dir = TempDir::new("newsroom");
    dir.file(
        "gazette.txt",
        b"---\noutlet: Brenton Gazette\n---\nPolice said 15 people were killed in the fire.\n",
    );
    dir.file(
        "wire.txt",
        b"---\noutlet: Northern Wire\nurl: https://wire.example/fire\n---\n\
          The fire killed 12 people, officials said.\n",
    );
    for i in 0..6 {
        dir.file(
            &format!("post{i}.txt"),
            b"Police said 15 people were killed in the fire.\n",
        );
    }
    let folder = dir.0.to_string_lossy().to_string();

    let short = run("check", &[&folder], b"");
    assert_eq!(short.code, 0, "{}", short.stderr);
    let out = &short.stdout;
    assert!(
        out.contains("conflict[medium]: people killed (8 sources)\n"),
        "{out}"
    );
    assert!(
        out.contains("\n  = 12 people: \"12 people\" in Northern Wire (wire)\n"),
        "{out}"
    );
    assert!(out.contains(
        "\n  = 15 people: \"15 people\" in Brenton Gazette (gazette), post0, post1, post2, post3 \
         and 2 more sources\n"
    ));
    assert_eq!(out.matches("--> ").count(), 5, "{out}");
    assert!(out.contains("… and 3 more mentions\n"), "{out}");
    assert!(
        out.contains("\n  wire: Northern Wire, https://wire.example/fire ("),
        "{out}"
    );

    let all = run("check", &["--show-all", &folder], b"");
    assert_eq!(all.code, 0, "{}", all.stderr);
    assert_eq!(all.stdout.matches("--> ").count(), 8, "{}", all.stdout);
    assert!(!all.stdout.contains("more"), "{}", all.stdout);
    assert!(all.stdout.contains("post4, post5\n"));

    let md = run("check", &["--format", "markdown", &folder], b"");
    assert!(
        md.stdout.contains("- and 3 more mentions\n"),
        "{}",
        md.stdout
    );
    let md_all = run("check", &["--format=markdown", "--show-all", &folder], b"");
    assert!(
        !md_all.stdout.contains("more mentions"),
        "{}",
        md_all.stdout
    );

    let json = run("check", &["--format", "json", "--show-all", &folder], b"");
    let report = json_report(&json);
    let wire = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "wire")
        .expect("the wire source");
    assert_eq!(wire["outlet"], "Northern Wire");
    assert_eq!(wire["url"], "https://wire.example/fire");
    assert_eq!(
        report["conflicts"][0]["mentions"].as_array().map(Vec::len),
        Some(8)
    );
}

#[test]
fn check_opens_a_report_on_a_cut_source_with_a_warning() {
    let dir = TempDir::new("cut-first-line");
    let long = dir.file(
        "long.txt",
        b"---\noutlet: Brenton Gazette\n---\nThe order names eight apps.\nIt takes effect in 45 days.\n",
    );
    for format in ["text", "markdown"] {
        let cut = run(
            "check",
            &["--format", format, "--max-source-bytes", "60", &long],
            b"",
        );
        assert_eq!(cut.code, 0, "{}", cut.stderr);
        let line = match format {
            "text" => cut.stdout.lines().next(),
            _ => cut.stdout.lines().nth(2),
        };
        let warning = "1 source was not read whole: Brenton Gazette (long) (from byte 60, past \
                       the limit of 60 bytes per source)";
        let want = match format {
            "text" => format!("warning: {warning}"),
            _ => format!("> **Warning:** {warning}"),
        };
        assert_eq!(line, Some(want.as_str()), "{}", cut.stdout);
    }
}

#[test]
fn extract_prints_the_same_on_any_number_of_threads() {
    let dir = TempDir::new("threads");
    for i in 0..120 {
        let text = match i % 7 {
            // Cut at the limit below: a warning in the middle of the run.
            0 => format!("Officials said {i} apps were banned. ").repeat(40),
            _ => format!("The fund raised ${i}.5m on March {}, 2021.", 1 + i % 28),
        };
        dir.file(&format!("s{i:03}.txt"), text.as_bytes());
    }
    dir.file("s050.txt", b"bad \xFF byte");
    let path = dir.0.to_string_lossy().into_owned();
    let one = run(
        "extract",
        &["--threads", "1", "--max-source-bytes", "600", &path],
        b"",
    );
    assert_eq!(one.code, 2, "{}", one.stderr);
    // Every file read gives facts, in the order of the files.
    let mut seen: Vec<String> = json_lines(&one.stdout)
        .iter()
        .map(|m| m["source"].as_str().unwrap().to_string())
        .collect();
    seen.dedup();
    let files: Vec<String> = (0..120)
        .filter(|&i| i != 50)
        .map(|i| format!("s{i:03}"))
        .collect();
    assert_eq!(seen, files);
    assert!(one.stderr.contains("s050.txt"), "{}", one.stderr);
    assert_eq!(one.stderr.matches("warning:").count(), 18, "{}", one.stderr);
    for threads in ["2", "5"] {
        let many = run(
            "extract",
            &["--threads", threads, "--max-source-bytes", "600", &path],
            b"",
        );
        assert_eq!(many.code, one.code, "{threads} threads");
        assert_eq!(many.stdout, one.stdout, "{threads} threads");
        assert_eq!(many.stderr, one.stderr, "{threads} threads");
    }
}
