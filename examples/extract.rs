//! Prints every numeric fact of the inputs, one JSON MENTION per line (JSON
//! Lines), for scripts and scorers.
//!
//! ```text
//! cargo run --release --example extract -- [--lines] [--reference-date D] [--lossy] [PATH...]
//! ```
//!
//! With no PATH, standard input is read as one source with id `stdin`. Each
//! PATH is a text file (id = file stem) or a directory of `*.txt` files, and
//! may begin with a front-matter block.
//!
//! With `--lines`, every line of every input is its own source: its id is
//! its 1-based line number and its offsets count from the start of the line.
//! No front matter is looked for in this mode.
//!
//! Exit status: 0 when every input was read, 2 on a bad argument or when an
//! input could not be read (the facts of the other inputs are still printed).

use std::ffi::OsString;
use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use crosscheck::source::{ReadOptions, Source, read_paths};
use crosscheck::{Checker, ErrorKind, report};

const USAGE: &str = "\
usage: extract [OPTIONS] [PATH...]

Prints every numeric fact of the inputs as JSON Lines, one mention a line.
With no PATH, reads standard input (source id `stdin`).

Options:
  --lines                  every input line is its own source, id = its
                           1-based line number, offsets from the line start
  --reference-date DATE    resolve relative dates (\"last month\") against
                           DATE (YYYY-MM-DD) in sources with no `published`
  --lossy                  read invalid UTF-8 as U+FFFD instead of failing;
                           offsets then refer to the decoded text
  -h, --help               print this help

Exit status: 0 success, 2 bad arguments or unreadable input (the facts of
readable inputs are still printed).
";

/// Exit status for a bad argument or an input that could not be read.
const USAGE_OR_INPUT_ERROR: u8 = 2;

/// The parsed command line.
#[derive(Debug, Default)]
struct Args {
    lines: bool,
    reference_date: Option<NaiveDate>,
    lossy: bool,
    paths: Vec<PathBuf>,
}

/// What the command line asks for.
enum Command {
    Extract(Args),
    Help,
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args_os().skip(1)) {
        Ok(Command::Help) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Extract(args)) => args,
        Err(message) => {
            eprintln!("error: {message}\n\nrun `extract --help` for usage");
            return ExitCode::from(USAGE_OR_INPUT_ERROR);
        }
    };

    // In `--lines` mode a line that happens to read `---` is text, not the
    // start of a front-matter block.
    let options = ReadOptions::new()
        .lossy(args.lossy)
        .front_matter(!args.lines);
    let (sources, mut failed) = if args.paths.is_empty() {
        match read_stdin(&options) {
            Ok(source) => (vec![source], false),
            Err(message) => {
                eprintln!("error: {message}");
                (Vec::new(), true)
            }
        }
    } else {
        let (sources, errors) = read_paths(&args.paths, &options);
        for error in &errors {
            eprintln!("error: {error}");
        }
        if errors.iter().any(|e| e.kind() == ErrorKind::Encoding) {
            eprintln!("note: --lossy reads such files with invalid bytes replaced by U+FFFD");
        }
        (sources, !errors.is_empty())
    };
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

    let mut out = BufWriter::new(io::stdout().lock());
    let written = sources.iter().try_for_each(|source| {
        if args.lines {
            source
                .text()
                .lines()
                .enumerate()
                .try_for_each(|(index, line)| {
                    print_facts(
                        &checker,
                        &Source::new((index + 1).to_string(), line),
                        &mut out,
                    )
                })
        } else {
            print_facts(&checker, source, &mut out)
        }
    });
    if let Err(e) = written.and_then(|()| out.flush()) {
        // A reader that stops early (`extract ... | head`) is not an error.
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("error: failed to write the facts: {e}");
            failed = true;
        }
    }

    if failed {
        ExitCode::from(USAGE_OR_INPUT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes one MENTION line for each fact of `source`.
/// Each fact's `subject` is what alignment reads around it on its own
/// ("app", "ipo", "take effect"), or empty when the words do not say.
fn print_facts(checker: &Checker, source: &Source, out: &mut impl Write) -> io::Result<()> {
    for fact in checker.extract(source).facts {
        let subject = checker.subject(&fact);
        writeln!(out, "{}", report::json::mention_line(&fact, &subject))?;
    }
    Ok(())
}

/// Reads standard input as the source `stdin`.
fn read_stdin(options: &ReadOptions) -> Result<Source, String> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("failed to read stdin: {}", e.to_string().to_lowercase()))?;
    Source::from_bytes("stdin", bytes, options).map_err(|e| e.to_string())
}

/// Parses the arguments after the program name. `--` ends the options;
/// `--name=value` and `--name value` are both accepted.
fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut parsed = Args::default();
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
        match name {
            "--" if inline.is_none() => options_done = true,
            "-h" | "--help" if inline.is_none() => return Ok(Command::Help),
            "--lines" if inline.is_none() => parsed.lines = true,
            "--lossy" if inline.is_none() => parsed.lossy = true,
            "--reference-date" => {
                let value = inline
                    .or_else(|| args.next().map(|v| v.to_string_lossy().into_owned()))
                    .ok_or_else(|| format!("`{name}` needs a value"))?;
                parsed.reference_date = Some(parse_date(name, &value)?);
            }
            "--lines" | "--lossy" | "--help" => return Err(format!("`{name}` takes no value")),
            _ => return Err(format!("unknown option `{text}`")),
        }
    }
    Ok(Command::Extract(parsed))
}

/// A strict YYYY-MM-DD date.
fn parse_date(option: &str, value: &str) -> Result<NaiveDate, String> {
    match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(date) if value.len() == 10 => Ok(date),
        _ => Err(format!("`{option}` is not a YYYY-MM-DD date: {value:?}")),
    }
}
