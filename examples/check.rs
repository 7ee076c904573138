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
//! Exit status: 0 when every input was read; 1 with `--deny-conflicts` when a
//! conflict was found; 2 on a bad argument or when an input could not be
//! read. Every readable source is still checked and reported on standard
//! output; each input error goes to standard error, naming the file and the
//! reason.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use crosscheck::source::{ReadOptions, read_paths};
use crosscheck::{Checker, ErrorKind, report};

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
  --lossy                  read invalid UTF-8 as U+FFFD instead of failing;
                           offsets then refer to the decoded text
  -h, --help               print this help

Exit status: 0 success, 1 conflicts found with --deny-conflicts,
2 bad arguments or unreadable input (readable sources are still reported).
";

/// Exit status for a bad argument or an input that could not be read.
const USAGE_OR_INPUT_ERROR: u8 = 2;
/// Exit status for `--deny-conflicts` when a conflict was found.
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
    let (sources, errors) = read_paths(&args.paths, &options);
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
    let report = checker.check(&sources);

    let mut out = match args.format {
        Format::Text => report::text::render(&report),
        Format::Json => report::json::to_string(&report),
        Format::Markdown => report::markdown::render(&report),
    };
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
    } else if args.deny_conflicts && !report.conflicts.is_empty() {
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
            "--deny-conflicts" | "--lossy" | "--help" => {
                return Err(ArgError::Bad(format!("`{name}` takes no value")));
            }
            _ => return Err(ArgError::Bad(format!("unknown option `{text}`"))),
        }
    }
    if parsed.paths.is_empty() {
        return Err(ArgError::NoPath);
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
