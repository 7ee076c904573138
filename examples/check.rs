//! Checks the numeric facts of several news sources against each other and
//! reports conflicts and corroborations.
//!
//! ```text
//! cargo run --release --example check -- [OPTIONS] PATH...
//! ```
//!
//! Each PATH is a text file (one source, id = file stem) or a directory
//! (every `*.txt` file directly in it, sorted by name). Files with one stem
//! in different folders are all read, with ids such as `reuters/story` and
//! `ap/story`. A file may begin with a front-matter block (`title`,
//! `published`, `outlet`, `url`; other keys are kept with a warning).
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
//! standard output; each input error goes to standard error, naming the file,
//! the line where there is one, and the reason. Warnings (a front-matter key
//! or date that is not read, a file with nothing to check, a source cut at
//! `--max-source-bytes`) go to standard error too and leave the exit status
//! alone.

use std::ffi::OsString;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crosscheck::Verdict;
use crosscheck::limits::Truncation;
use crosscheck::report;
use crosscheck::source::{Source, read_paths};

mod common;

use common::{Arg, Arguments, SHARED_OPTIONS, Shared, USAGE_OR_INPUT_ERROR};

/// Exit status for `--deny-conflicts` when a conflict was found, and for
/// `--deny-contradicted` and `--deny-unsupported` when such a claim was.
const CONFLICTS_FOUND: u8 = 1;

/// The help: this example's options, then the shared ones.
fn usage() -> String {
    format!(
        "\
usage: check [OPTIONS] PATH...

Checks the numeric facts of news sources against each other.

Each PATH is a text file (one source, id = file stem) or a directory
(every *.txt file directly in it, sorted by name).

Options:
  --format FORMAT          text (default), json or markdown
  --show-all               show every mention of a finding
  --compact                with --format json: write the report on one
                           line, and each sentence once, in a top-level
                           `sentences` table that mentions refer to by
                           `sentence_index`
  --deny-conflicts         exit with status 1 when a conflict is found
  --claims FILE            check the facts of FILE (a summary, a draft)
                           against the sources, one verdict per fact
  --deny-contradicted      with --claims: exit with status 1 when a claim
                           is contradicted
  --deny-unsupported       with --claims: exit with status 1 when a claim
                           is unsupported
{SHARED_OPTIONS}
Exit status: 0 success, 1 conflicts found with --deny-conflicts (or
contradicted or unsupported claims with --deny-contradicted or
--deny-unsupported), 2 bad arguments or unreadable input (readable sources
are still reported). Warnings go to standard error and do not change it.
"
    )
}

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
    show_all: bool,
    compact: bool,
    deny_conflicts: bool,
    claims: Option<PathBuf>,
    deny_contradicted: bool,
    deny_unsupported: bool,
    shared: Shared,
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
            print!("{}", usage());
            return ExitCode::SUCCESS;
        }
        Ok(Command::Check(args)) => args,
        Err(ArgError::NoPath) => {
            eprint!("error: no PATH given\n\n{}", usage());
            return ExitCode::from(USAGE_OR_INPUT_ERROR);
        }
        Err(ArgError::Bad(message)) => {
            eprintln!("error: {message}\n\nrun `check --help` for usage");
            return ExitCode::from(USAGE_OR_INPUT_ERROR);
        }
    };
    let checker = match args.shared.checker() {
        Ok(checker) => checker,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(USAGE_OR_INPUT_ERROR);
        }
    };

    let options = args.shared.read_options();
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
    common::print_errors(&errors);
    common::print_warnings(sources.iter().chain(&target));

    // Sources cut short are named, by path where they have one.
    let named: Vec<&Source> = sources.iter().chain(&target).collect();
    let json = report::json::Options::default()
        .with_sentences_once(args.compact)
        .with_one_line(args.compact)
        .with_threads(args.shared.threads());
    let options = report::Options::default().with_all_mentions(args.show_all);
    let mut stdout = BufWriter::with_capacity(common::OUTPUT_BUFFER, io::stdout().lock());
    let (written, conflicts, verdicts) = match &target {
        None => {
            let report = checker.check(&sources);
            print_truncations(&report.truncations, &named);
            // JSON, which a large run makes large, goes out as it is
            // written.
            let written = match args.format {
                Format::Json => report::json::to_writer(&report, &json, &mut stdout),
                Format::Text => {
                    write_text(&mut stdout, report::text::render_with(&report, &options))
                }
                Format::Markdown => write_text(
                    &mut stdout,
                    report::markdown::render_with(&report, &options),
                ),
            };
            let conflicts = !report.conflicts.is_empty();
            // The process ends soon after: freeing every fact and finding
            // one by one would only cost time.
            std::mem::forget(report);
            (written, conflicts, Vec::new())
        }
        Some(target) => {
            let checked = checker.check_claims(target, &sources);
            print_truncations(&checked.report.truncations, &named);
            let written = match args.format {
                Format::Json => report::json::claims_to_writer(&checked, &json, &mut stdout),
                Format::Text => write_text(
                    &mut stdout,
                    report::text::render_claims_with(&checked, &options),
                ),
                Format::Markdown => write_text(
                    &mut stdout,
                    report::markdown::render_claims_with(&checked, &options),
                ),
            };
            let verdicts = checked.claims.iter().map(|c| c.verdict).collect();
            let conflicts = !checked.report.conflicts.is_empty();
            // As above: not freed, the process ends.
            std::mem::forget(checked);
            (written, conflicts, verdicts)
        }
    };
    if args.claims.is_some() && target.is_none() {
        eprintln!("error: the claims file could not be read; no claims were checked");
    }
    if common::failed_to_write(written.and_then(|()| stdout.flush()), "the report") {
        return ExitCode::from(USAGE_OR_INPUT_ERROR);
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

/// Writes a rendered report, ending it with a newline when it has text
/// and none.
fn write_text(out: &mut impl Write, text: String) -> io::Result<()> {
    out.write_all(text.as_bytes())?;
    if !text.is_empty() && !text.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Prints a warning for every source that was not read whole because it
/// went past a limit, naming the source (its path, or else its id), where
/// reading stopped and the limit.
fn print_truncations<'t>(
    truncations: impl IntoIterator<Item = &'t Truncation>,
    sources: &[&Source],
) {
    for t in truncations {
        let source = sources.iter().find(|s| s.id() == t.source);
        let name = source.and_then(|s| s.path()).unwrap_or(&t.source);
        let text = source.map_or("", |s| s.text());
        eprintln!("warning: {}", common::truncation_message(name, text, t));
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
        show_all: false,
        compact: false,
        deny_conflicts: false,
        claims: None,
        deny_contradicted: false,
        deny_unsupported: false,
        shared: Shared::default(),
        paths: Vec::new(),
    };
    let mut args = Arguments::new(args);
    while let Some(arg) = args.next() {
        let option = match arg {
            Arg::Path(path) => {
                parsed.paths.push(path);
                continue;
            }
            Arg::Help => return Ok(Command::Help),
            Arg::Option(option) => option,
        };
        if parsed
            .shared
            .take(&option, &mut args)
            .map_err(ArgError::Bad)?
        {
            continue;
        }
        let flag = |set: &mut bool| option.flag().map(|()| *set = true).map_err(ArgError::Bad);
        match option.name() {
            "--deny-conflicts" => flag(&mut parsed.deny_conflicts)?,
            "--deny-contradicted" => flag(&mut parsed.deny_contradicted)?,
            "--deny-unsupported" => flag(&mut parsed.deny_unsupported)?,
            "--show-all" => flag(&mut parsed.show_all)?,
            "--compact" => flag(&mut parsed.compact)?,
            "--claims" => {
                let value = args.value(&option).map_err(ArgError::Bad)?;
                parsed.claims = Some(PathBuf::from(value));
            }
            "--format" => {
                parsed.format = match args.value(&option).map_err(ArgError::Bad)?.as_str() {
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
            _ => return Err(ArgError::Bad(option.unknown())),
        }
    }
    if parsed.paths.is_empty() {
        return Err(ArgError::NoPath);
    }
    if parsed.compact && parsed.format != Format::Json {
        return Err(ArgError::Bad(
            "`--compact` needs `--format json`".to_string(),
        ));
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
