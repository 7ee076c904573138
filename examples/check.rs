//! Checks the numeric facts of several news sources against each other and
//! reports conflicts and corroborations.
//!
//! ```text
//! cargo run --release --example check -- [OPTIONS] PATH...
//! ```
//!
//! Each PATH is a text file (one source, id = file stem) or a directory
//! (every `*.txt` file directly in it, sorted by name). A file may begin with
//! a front-matter block (`title`, `published`, `outlet`, `url`).
//!
//! With `--claims FILE`, FILE is a target text (a summary, a draft, a
//! model's answer) checked one-sidedly against the sources: every fact in it
//! gets a verdict (supported, contradicted, disputed or unsupported) with
//! the source facts it rests on. The report is the sources' report with the
//! claims added (in JSON, a `claims` array at the end of the envelope).
//!
//! Exit status: 0 when every input was read; 1 with `--deny-conflicts` when a
//! conflict was found, with `--deny-contradicted` when a claim is
//! contradicted, with `--deny-unsupported` when a claim is unsupported; 2 on
//! a bad argument or when an input could not be read (the claims file
//! included). Every readable source is still checked and reported on
//! standard output; each input error goes to standard error, naming the file
//! and the reason.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use crosscheck::compare::claims::Verdict;
use crosscheck::source::{ReadOptions, read_paths};
use crosscheck::{Checker, ErrorKind, Source, report};

const USAGE: &str = "\
usage: check [OPTIONS] PATH...

Checks the numeric facts of news sources against each other.

Each PATH is a text file (one source, id = file stem) or a directory
(every *.txt file directly in it, sorted by name).

Options:
  --format FORMAT          text (default), json or markdown
  --reference-date DATE    resolve relative dates (\"last month\") against
                           DATE (YYYY-MM-DD) in sources with no `published`
  --deny-conflicts         exit with status 1 when a conflict is found
  --claims FILE            check the facts of FILE (a summary, a draft)
                           against the sources, one verdict per fact
  --deny-contradicted      with --claims: exit with status 1 when a claim
                           is contradicted
  --deny-unsupported       with --claims: exit with status 1 when a claim
                           is unsupported
  --lossy                  read invalid UTF-8 as U+FFFD instead of failing;
                           offsets then refer to the decoded text
  -h, --help               print this help

Exit status: 0 success, 1 conflicts found with --deny-conflicts (or
contradicted or unsupported claims with --deny-contradicted or
--deny-unsupported), 2 bad arguments or unreadable input (readable sources
are still reported).
";

/// Exit status for a bad argument or an input that could not be read.
const USAGE_OR_INPUT_ERROR: u8 = 2;
/// Exit status for `--deny-conflicts` when a conflict was found, and for
/// `--deny-contradicted` and `--deny-unsupported` when such a claim was.
const CONFLICTS_FOUND: u8 = 1;

/// How the report is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Markdown,
}

/// The parsed command line.
#[derive(Debug)]
struct Args {
    format: Format,
    reference_date: Option<NaiveDate>,
    deny_conflicts: bool,
    claims: Option<PathBuf>,
    deny_contradicted: bool,
    deny_unsupported: bool,
    lossy: bool,
    paths: Vec<PathBuf>,
}

/// What the command line asks for.
enum Command {
    Check(Args),
    Help,
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args_os().skip(1)) {
        Ok(Command::Help) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Check(args)) => args,
        Err(ArgError::NoPath) => {
            eprint!("error: no PATH given\n\n{USAGE}");
            return ExitCode::from(USAGE_OR_INPUT_ERROR);
        }
        Err(ArgError::Bad(message)) => {
            eprintln!("error: {message}\n\nrun `check --help` for usage");
            return ExitCode::from(USAGE_OR_INPUT_ERROR);
        }
    };

    let options = ReadOptions::new().lossy(args.lossy);
    let (mut sources, mut errors) = read_paths(&args.paths, &options);
    let mut target: Option<Source> = None;
    if let Some(path) = &args.claims {
        match Source::read_with(path, &options) {
            Ok(t) => {
                // The target is not one of its own sources, even when a
                // directory given as a PATH holds it.
                let same = |s: &Source| {
                    let canonical = |p: &str| std::fs::canonicalize(p).ok();
                    s.path().and_then(canonical).is_some()
                        && s.path().and_then(canonical) == t.path().and_then(canonical)
                };
                sources.retain(|s| !same(s));
                target = Some(t);
            }
            Err(e) => errors.push(e),
        }
    }
    for error in &errors {
        eprintln!("error: {error}");
    }
    if errors.iter().any(|e| e.kind() == ErrorKind::Encoding) {
        eprintln!("note: --lossy reads such files with invalid bytes replaced by U+FFFD");
    }
    for source in sources.iter().filter(|s| s.is_lossy()) {
        eprintln!(
            "warning: {}: invalid UTF-8 replaced by U+FFFD; offsets refer to the decoded text",
            source.path().unwrap_or(source.id())
        );
    }

    let mut builder = Checker::builder();
    if let Some(date) = args.reference_date {
        builder = builder.reference_date(date);
    }
    let checker = match builder.build() {
        Ok(checker) => checker,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let (mut out, conflicts, verdicts) = match &target {
        None => {
            let report = checker.check(&sources);
            let out = match args.format {
                Format::Text => report::text::render(&report),
                Format::Json => report::json::to_string(&report),
                Format::Markdown => report::markdown::render(&report),
            };
            (out, !report.conflicts.is_empty(), Vec::new())
        }
        Some(target) => {
            let checked = checker.check_claims(target, &sources);
            let out = match args.format {
                Format::Text => report::text::render_claims(&checked),
                Format::Json => report::json::claims_to_string(&checked),
                Format::Markdown => report::markdown::render_claims(&checked),
            };
            let verdicts = checked.claims.iter().map(|c| c.verdict).collect();
            (out, !checked.report.conflicts.is_empty(), verdicts)
        }
    };
    if args.claims.is_some() && target.is_none() {
        eprintln!("error: the claims file could not be read; no claims were checked");
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    let mut stdout = io::stdout().lock();
    if let Err(e) = stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        // A reader that stops early (`check ... | head`) is not an error.
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("error: failed to write the report: {e}");
            return ExitCode::from(USAGE_OR_INPUT_ERROR);
        }
    }

    if !errors.is_empty() {
        ExitCode::from(USAGE_OR_INPUT_ERROR)
    } else if (args.deny_conflicts && conflicts)
        || (args.deny_contradicted && verdicts.contains(&Verdict::Contradicted))
        || (args.deny_unsupported && verdicts.contains(&Verdict::Unsupported))
    {
        ExitCode::from(CONFLICTS_FOUND)
    } else {
        ExitCode::SUCCESS
    }
}

/// Why the command line was refused.
enum ArgError {
    /// No PATH was given: the whole usage is printed.
    NoPath,
    /// Anything else, with a message naming the bad argument.
    Bad(String),
}

/// Parses the arguments after the program name. `--` ends the options;
/// `--name=value` and `--name value` are both accepted.
fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, ArgError> {
    let mut parsed = Args {
        format: Format::Text,
        reference_date: None,
        deny_conflicts: false,
        claims: None,
        deny_contradicted: false,
        deny_unsupported: false,
        lossy: false,
        paths: Vec::new(),
    };
    let mut args = args.into_iter();
    let mut options_done = false;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy();
        if options_done || !text.starts_with('-') || text == "-" {
            parsed.paths.push(PathBuf::from(arg));
            continue;
        }
        let (name, inline) = match text.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
            _ => (text.as_ref(), None),
        };
        let mut value = |name: &str| -> Result<String, ArgError> {
            match inline
                .clone()
                .or_else(|| args.next().map(|v| v.to_string_lossy().into_owned()))
            {
                Some(v) => Ok(v),
                None => Err(ArgError::Bad(format!("`{name}` needs a value"))),
            }
        };
        match name {
            "--" if inline.is_none() => options_done = true,
            "-h" | "--help" if inline.is_none() => return Ok(Command::Help),
            "--deny-conflicts" if inline.is_none() => parsed.deny_conflicts = true,
            "--lossy" if inline.is_none() => parsed.lossy = true,
            "--deny-contradicted" if inline.is_none() => parsed.deny_contradicted = true,
            "--deny-unsupported" if inline.is_none() => parsed.deny_unsupported = true,
            "--claims" => parsed.claims = Some(PathBuf::from(value(name)?)),
            "--format" => {
                parsed.format = match value(name)?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    "markdown" | "md" => Format::Markdown,
                    other => {
                        return Err(ArgError::Bad(format!(
                            "unknown format `{other}` (expected text, json or markdown)"
                        )));
                    }
                }
            }
            "--reference-date" => parsed.reference_date = Some(parse_date(name, &value(name)?)?),
            "--deny-conflicts"
            | "--deny-contradicted"
            | "--deny-unsupported"
            | "--lossy"
            | "--help" => {
                return Err(ArgError::Bad(format!("`{name}` takes no value")));
            }
            _ => return Err(ArgError::Bad(format!("unknown option `{text}`"))),
        }
    }
    if parsed.paths.is_empty() {
        return Err(ArgError::NoPath);
    }
    if parsed.claims.is_none() {
        for (set, name) in [
            (parsed.deny_contradicted, "--deny-contradicted"),
            (parsed.deny_unsupported, "--deny-unsupported"),
        ] {
            if set {
                return Err(ArgError::Bad(format!("`{name}` needs `--claims FILE`")));
            }
        }
    }
    Ok(Command::Check(parsed))
}

/// A strict YYYY-MM-DD date.
fn parse_date(option: &str, value: &str) -> Result<NaiveDate, ArgError> {
    match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(date) if value.len() == 10 => Ok(date),
        _ => Err(ArgError::Bad(format!(
            "`{option}` is not a YYYY-MM-DD date: {value:?}"
        ))),
    }
}
