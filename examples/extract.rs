//! Prints every numeric fact of the inputs, one JSON MENTION per line (JSON
//! Lines), for scripts and scorers.
//!
//! ```text
//! cargo run --release --example extract -- [--lines] [--reference-date D] [--lossy] [--max-source-bytes N] [--threads N] [PATH...]
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
//! Warnings (a front-matter key or date that is not read, an input with
//! nothing to check, a source cut at `--max-source-bytes`) go to standard
//! error, naming the file and the line, and leave the exit status alone.

use std::ffi::OsString;
use std::io::{self, BufWriter, Read, Write};
use std::ops::Range;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc;

use crosscheck::source::{ReadOptions, Source, read_paths};
use crosscheck::{Checker, report};

mod common;

use common::{Arg, Arguments, SHARED_OPTIONS, Shared, USAGE_OR_INPUT_ERROR};

/// The help: this example's options, then the shared ones.
fn usage() -> String {
    format!(
        "\
usage: extract [OPTIONS] [PATH...]

Prints every numeric fact of the inputs as JSON Lines, one mention a line.
With no PATH, reads standard input (source id `stdin`).

Options:
  --lines                  every input line is its own source, id = its
                           1-based line number, offsets from the line start
{SHARED_OPTIONS}
Exit status: 0 success, 2 bad arguments or unreadable input (the facts of
readable inputs are still printed). Warnings go to standard error and do
not change it.
"
    )
}

/// The parsed command line.
#[derive(Debug, Default)]
struct Args {
    lines: bool,
    shared: Shared,
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
            print!("{}", usage());
            return ExitCode::SUCCESS;
        }
        Ok(Command::Extract(args)) => args,
        Err(message) => {
            eprintln!("error: {message}\n\nrun `extract --help` for usage");
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

    // In `--lines` mode a line that happens to read `---` is text, not the
    // start of a front-matter block.
    let options = args.shared.read_options().front_matter(!args.lines);
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
        common::print_errors(&errors);
        (sources, !errors.is_empty())
    };
    common::print_warnings(&sources);

    let mut out = BufWriter::with_capacity(common::OUTPUT_BUFFER, io::stdout().lock());
    let threads = args.shared.threads();
    let written = if args.lines {
        sources.iter().try_for_each(|source| {
            let input = source.path().unwrap_or(source.id());
            source
                .text()
                .lines()
                .enumerate()
                .try_for_each(|(index, line)| {
                    let number = index + 1;
                    let name = format!("{input}, line {number}");
                    let line = Source::new(number.to_string(), line);
                    let facts = render(&checker, &line, &name);
                    write_facts(&facts, &mut out)
                })
        })
    } else if threads <= 1 {
        sources.iter().try_for_each(|s| {
            let facts = render(&checker, s, s.path().unwrap_or(s.id()));
            write_facts(&facts, &mut out)
        })
    } else {
        // The sources are cut into batches of consecutive ones. Worker k
        // renders batches k, k + n, k + 2n, ... and hands each over whole
        // through a channel of its own; reading the channels in turn gives
        // the sources' order. A batch per hand-over, not a source, keeps
        // the threads from waking each other a thousand times for a
        // thousand small files. The channels are bounded, so the output
        // held at once stays small however many files there are. The
        // workers live for the whole run, so each sets up its thread-local
        // buffers once.
        let batches = batches(&sources);
        std::thread::scope(|scope| {
            let checker = &checker;
            let channels: Vec<_> = (0..threads)
                .map(|k| {
                    let (send, receive) = mpsc::sync_channel(QUEUE);
                    let mine = batches.iter().skip(k).step_by(threads);
                    let sources = &sources;
                    scope.spawn(move || {
                        for batch in mine {
                            let rendered: Vec<Rendered> = sources[batch.clone()]
                                .iter()
                                .map(|s| render(checker, s, s.path().unwrap_or(s.id())))
                                .collect();
                            // The reader stopped (a write failed): so do we.
                            if send.send(rendered).is_err() {
                                break;
                            }
                        }
                    });
                    receive
                })
                .collect();
            (0..batches.len()).try_for_each(|i| match channels[i % threads].recv() {
                Ok(batch) => batch
                    .iter()
                    .try_for_each(|facts| write_facts(facts, &mut out)),
                Err(_) => Err(io::Error::other(
                    "a worker stopped before its sources were done",
                )),
            })
        })
    };
    if common::failed_to_write(written.and_then(|()| out.flush()), "the facts") {
        failed = true;
    }

    if failed {
        ExitCode::from(USAGE_OR_INPUT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

/// How many rendered batches each worker may hold before they are written.
const QUEUE: usize = 4;

/// The most sources in a batch.
const BATCH_SOURCES: usize = 32;

/// The most text in a batch of more than one source, in bytes: a batch of
/// long sources stays short, so the output held at once stays small.
const BATCH_BYTES: usize = 256 * 1024;

/// The sources cut into batches of consecutive ones, in order: up to
/// [`BATCH_SOURCES`] sources and [`BATCH_BYTES`] of text each, and at least
/// one source.
fn batches(sources: &[Source]) -> Vec<Range<usize>> {
    let mut batches = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (i, source) in sources.iter().enumerate() {
        if i > start && (i - start == BATCH_SOURCES || bytes + source.text().len() > BATCH_BYTES) {
            batches.push(start..i);
            start = i;
            bytes = 0;
        }
        bytes += source.text().len();
    }
    if start < sources.len() {
        batches.push(start..sources.len());
    }
    batches
}

/// One source's output: the warning when it was cut short at a limit, and
/// its MENTION lines.
struct Rendered {
    warning: Option<String>,
    lines: String,
}

/// The MENTION line of each fact of `source` (named `name` in a warning).
/// Each fact's `subject` is what alignment reads around it on its own
/// ("app", "ipo", "take effect"), or empty when the words do not say.
fn render(checker: &Checker, source: &Source, name: &str) -> Rendered {
    let extraction = checker.extract(source);
    let warning = extraction
        .truncation
        .as_ref()
        .map(|t| common::truncation_message(name, source.text(), t));
    let mut lines = String::new();
    for fact in &extraction.facts {
        let subject = checker.subject(fact);
        report::json::push_mention_line(&mut lines, fact, &subject);
        lines.push('\n');
    }
    Rendered { warning, lines }
}

/// Writes a source's lines, after its warning on standard error when it
/// has one: said before the facts, so that a reader of both streams sees
/// it even when the output stops early.
fn write_facts(facts: &Rendered, out: &mut impl Write) -> io::Result<()> {
    if let Some(warning) = &facts.warning {
        out.flush()?;
        eprintln!("warning: {warning}");
    }
    out.write_all(facts.lines.as_bytes())
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
        if parsed.shared.take(&option, &mut args)? {
            continue;
        }
        match option.name() {
            "--lines" => {
                option.flag()?;
                parsed.lines = true;
            }
            _ => return Err(option.unknown()),
        }
    }
    Ok(Command::Extract(parsed))
}
