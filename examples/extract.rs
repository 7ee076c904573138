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
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

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
        let mut rendered = Rendered::default();
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
                    rendered.clear();
                    render(&checker, &line, &name, &mut rendered);
                    rendered.write(&mut out)
                })
        })
    } else if threads <= 1 {
        let mut rendered = Rendered::default();
        sources.iter().try_for_each(|s| {
            rendered.clear();
            render(&checker, s, s.path().unwrap_or(s.id()), &mut rendered);
            rendered.write(&mut out)
        })
    } else {
        render_in_order(&checker, &sources, threads, &mut out)
    };
    if common::failed_to_write(written.and_then(|()| out.flush()), "the facts") {
        failed = true;
    }
    // The process ends: freeing the sources one by one would only cost
    // time.
    std::mem::forget(sources);

    if failed {
        ExitCode::from(USAGE_OR_INPUT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

/// How many rendered batches each thread may hold before they are written.
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

/// Sources' output: their MENTION lines one after the other, and the
/// warning of each source cut short at a limit.
#[derive(Default)]
struct Rendered {
    lines: String,
    /// Each warning, with where its source's lines begin in `lines`.
    warnings: Vec<(usize, String)>,
}

impl Rendered {
    /// Empties it, keeping its room.
    fn clear(&mut self) {
        self.lines.clear();
        self.warnings.clear();
    }

    /// Writes the lines, and each warning on standard error before the
    /// lines of its source: said before the facts, so that a reader of
    /// both streams sees it even when the output stops early.
    fn write<W: Write>(&self, out: &mut BufWriter<W>) -> io::Result<()> {
        let lines = self.lines.as_bytes();
        let mut from = 0;
        for (at, warning) in &self.warnings {
            put(out, lines.get(from..*at).unwrap_or_default())?;
            out.flush()?;
            eprintln!("warning: {warning}");
            from = *at;
        }
        put(out, lines.get(from..).unwrap_or_default())
    }
}

/// Writes `bytes` through `out`'s buffer, or, when they would fill a
/// quarter of it, straight on after what it holds: a batch's lines, a
/// hundred kilobytes or so, are not copied once more on their way.
fn put<W: Write>(out: &mut BufWriter<W>, bytes: &[u8]) -> io::Result<()> {
    if bytes.len() < out.capacity() / 4 {
        return out.write_all(bytes);
    }
    out.flush()?;
    out.get_mut().write_all(bytes)
}

/// Adds the MENTION line of each fact of `source` (named `name` in a
/// warning) to `into`. Each fact's `subject` is what alignment reads
/// around it on its own ("app", "ipo", "take effect"), or empty when the
/// words do not say.
fn render(checker: &Checker, source: &Source, name: &str, into: &mut Rendered) {
    let extraction = checker.extract(source);
    if let Some(t) = &extraction.truncation {
        let warning = common::truncation_message(name, source.text(), t);
        into.warnings.push((into.lines.len(), warning));
    }
    for fact in &extraction.facts {
        let subject = checker.subject(fact);
        report::json::push_mention_line(&mut into.lines, fact, &subject);
        into.lines.push('\n');
    }
}

/// Renders `sources` on `threads` threads, this one among them, and
/// writes them in order.
///
/// The sources are cut into batches of consecutive ones. A thread takes
/// the next batch not taken as it finishes the last, so the threads end
/// together however the work falls; this thread writes each batch as soon
/// as those before it are written, and renders a batch itself when there
/// is nothing to write. A batch per hand-over, not a source, keeps the
/// threads from waking each other a thousand times for a thousand small
/// files. No batch is taken more than [`QUEUE`] per thread ahead of the
/// writing, so the output held at once stays small however many files
/// there are; and a batch's buffers, once written, are handed to the next
/// batch taken, so the threads do not grow and free new ones all along.
/// The threads live for the whole run, so each sets up its thread-local
/// buffers once.
fn render_in_order(
    checker: &Checker,
    sources: &[Source],
    threads: usize,
    out: &mut BufWriter<impl Write>,
) -> io::Result<()> {
    let batches = batches(sources);
    let board = Board::new(batches.len(), QUEUE * threads);
    let render_batch = |i: usize, into: &mut Rendered| {
        for s in sources.get(batches[i].clone()).unwrap_or_default() {
            render(checker, s, s.path().unwrap_or(s.id()), into);
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads.min(batches.len()) {
            scope.spawn(|| {
                let _leaving = Leaving(&board);
                while let Some((i, mut into)) = board.take() {
                    render_batch(i, &mut into);
                    board.put(i, into);
                }
            });
        }
        let _leaving = Leaving(&board);
        let written = board.write(out, render_batch);
        // Done, or a write failed: the others have nothing more to do.
        board.stop();
        written
    })
}

/// What the threads of [`render_in_order`] share: which batches are taken,
/// rendered and written.
struct Board {
    state: Mutex<State>,
    /// Told when a batch is rendered or written, or the work stops.
    changed: Condvar,
}

/// See [`Board`].
struct State {
    /// The first batch no thread has taken.
    next: usize,
    /// How many batches are written.
    written: usize,
    /// How many batches may be taken and not yet written.
    ahead: usize,
    /// The batches rendered and not yet written, by number.
    done: Vec<Option<Rendered>>,
    /// The buffers of the batches written, for the next ones.
    spare: Vec<Rendered>,
    /// Whether the work stopped: it is done, a write failed, or a thread
    /// panicked.
    stopped: bool,
}

impl Board {
    fn new(batches: usize, ahead: usize) -> Board {
        let mut done = Vec::new();
        done.resize_with(batches, || None);
        Board {
            state: Mutex::new(State {
                next: 0,
                written: 0,
                ahead,
                done,
                spare: Vec::new(),
                stopped: false,
            }),
            changed: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The next batch to render, and an empty buffer to render it in;
    /// `None` when every batch is taken or the work stopped. Waits while
    /// the batches taken are too far ahead of the writing.
    fn take(&self) -> Option<(usize, Rendered)> {
        let mut state = self.lock();
        loop {
            if let Some(taken) = state.take() {
                return Some(taken);
            }
            if state.stopped || state.next >= state.done.len() {
                return None;
            }
            state = self
                .changed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Stops the work: no batch is taken after this.
    fn stop(&self) {
        self.lock().stopped = true;
        self.changed.notify_all();
    }

    /// Hands over batch `i`, rendered.
    fn put(&self, i: usize, rendered: Rendered) {
        if let Some(slot) = self.lock().done.get_mut(i) {
            *slot = Some(rendered);
        }
        self.changed.notify_all();
    }

    /// Writes every batch in order, rendering with `render` the batches
    /// not taken while the next to write is not there yet.
    fn write(
        &self,
        out: &mut BufWriter<impl Write>,
        render: impl Fn(usize, &mut Rendered),
    ) -> io::Result<()> {
        let mut state = self.lock();
        while state.written < state.done.len() {
            let written = state.written;
            if let Some(rendered) = state.done[written].take() {
                drop(state);
                let result = rendered.write(out);
                state = self.lock();
                state.spare.push(rendered);
                state.written += 1;
                self.changed.notify_all();
                result?;
            } else if state.stopped {
                return Err(io::Error::other(
                    "a worker stopped before its sources were done",
                ));
            } else if let Some((i, mut into)) = state.take() {
                drop(state);
                render(i, &mut into);
                state = self.lock();
                state.done[i] = Some(into);
            } else {
                state = self
                    .changed
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        }
        Ok(())
    }
}

impl State {
    /// Takes the next batch, when there is one and it is not too far
    /// ahead of the writing.
    fn take(&mut self) -> Option<(usize, Rendered)> {
        if self.stopped || self.next >= self.done.len() || self.next >= self.written + self.ahead {
            return None;
        }
        let i = self.next;
        self.next += 1;
        let mut into = self.spare.pop().unwrap_or_default();
        into.clear();
        Some((i, into))
    }
}

/// Stops the work when its thread panics: the others then no longer wait
/// for it, and the panic reaches the caller when they are all joined.
struct Leaving<'b>(&'b Board);

impl Drop for Leaving<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
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
