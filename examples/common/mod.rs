//! What the `check` and `extract` examples share: reading the command line,
//! the options both take, reading the inputs, and saying on standard error
//! what could not be read, what was read past and what was cut short.
//!
//! Each example includes this module with `mod common;`. Messages go to
//! standard error as `error: ...` or `warning: ...`, each naming the file,
//! the line where there is one, and the reason.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io;
use std::path::PathBuf;

use chrono::NaiveDate;
use crosscheck::limits::{Limit, Truncation};
use crosscheck::source::{ReadOptions, Source, Warning, WarningKind};
use crosscheck::{Checker, Error, ErrorKind};

/// Exit status for a bad argument or an input that could not be read.
pub const USAGE_OR_INPUT_ERROR: u8 = 2;

/// The help for the options both examples take, one per line, aligned with
/// each example's own.
pub const SHARED_OPTIONS: &str = concat!(
    "  --reference-date DATE    resolve relative dates (\"last month\") against\n",
    "                           DATE (YYYY-MM-DD) in sources with no `published`\n",
    "  --lossy                  read invalid UTF-8 as U+FFFD instead of failing;\n",
    "                           offsets then refer to the decoded text\n",
    "  --max-source-bytes N     read at most N bytes of each source (default\n",
    "                           64 MiB); a source cut short is named on stderr\n",
    "  --threads N              work on at most N threads (default: as\n",
    "                           many as the machine has); output is the same\n",
    "  -h, --help               print this help\n",
);

/// The bytes of output gathered before each write to standard output: a
/// check or an extraction of many files writes several bytes of JSON for
/// each byte read, and a write of 8 KiB at a time (the default) made a
/// thousand system calls for a thousand small files.
pub const OUTPUT_BUFFER: usize = 256 * 1024;

/// One argument of the command line, as [`Arguments::next`] reads it.
pub enum Arg {
    /// Anything that is not an option, and everything after `--`.
    Path(PathBuf),
    /// `-h` or `--help`.
    Help,
    /// An option: `--name`, `--name=value`, or anything else that starts
    /// with a dash.
    Option(OptionArg),
}

/// An option as given: its name and, for `--name=value`, its value.
pub struct OptionArg {
    name: String,
    inline: Option<String>,
    text: String,
}

impl OptionArg {
    /// The name, without any `=value`: `--format`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The message for an option no example knows.
    pub fn unknown(&self) -> String {
        format!("unknown option `{}`", self.text)
    }

    /// Refuses a value given to a flag (`--lossy=yes`).
    pub fn flag(&self) -> Result<(), String> {
        match self.inline {
            None => Ok(()),
            Some(_) => Err(format!("`{}` takes no value", self.name)),
        }
    }
}

/// The arguments after the program name. `--` ends the options;
/// `--name=value` and `--name value` are both accepted; a lone `-` is a
/// path.
pub struct Arguments {
    args: std::vec::IntoIter<OsString>,
    options_done: bool,
}

impl Arguments {
    /// Reads `args` (without the program name).
    pub fn new(args: impl IntoIterator<Item = OsString>) -> Arguments {
        Arguments {
            args: args.into_iter().collect::<Vec<_>>().into_iter(),
            options_done: false,
        }
    }

    /// The next path, help request or option.
    pub fn next(&mut self) -> Option<Arg> {
        loop {
            let arg = self.args.next()?;
            let text = arg.to_string_lossy().into_owned();
            if self.options_done || !text.starts_with('-') || text == "-" {
                return Some(Arg::Path(PathBuf::from(arg)));
            }
            let (name, inline) = match text.split_once('=') {
                Some((name, value)) if name.starts_with("--") => {
                    (name.to_string(), Some(value.to_string()))
                }
                _ => (text.clone(), None),
            };
            match (name.as_str(), &inline) {
                ("--", None) => self.options_done = true,
                ("-h" | "--help", None) => return Some(Arg::Help),
                _ => return Some(Arg::Option(OptionArg { name, inline, text })),
            }
        }
    }

    /// The value of `option`: what followed its `=`, or else the next
    /// argument.
    pub fn value(&mut self, option: &OptionArg) -> Result<String, String> {
        option
            .inline
            .clone()
            .or_else(|| self.args.next().map(|v| v.to_string_lossy().into_owned()))
            .ok_or_else(|| format!("`{}` needs a value", option.name))
    }
}

/// The options both examples take.
#[derive(Debug, Default)]
pub struct Shared {
    /// `--reference-date`.
    pub reference_date: Option<NaiveDate>,
    /// `--lossy`.
    pub lossy: bool,
    /// `--max-source-bytes`.
    pub max_source_bytes: Option<usize>,
    /// `--threads`.
    pub threads: Option<usize>,
}

impl Shared {
    /// Takes `option` when it is one of the shared options, reading its
    /// value from `args`; `Ok(false)` leaves it to the example.
    pub fn take(&mut self, option: &OptionArg, args: &mut Arguments) -> Result<bool, String> {
        match option.name() {
            "--lossy" => {
                option.flag()?;
                self.lossy = true;
            }
            "--help" => option.flag()?,
            "--reference-date" => {
                let value = args.value(option)?;
                self.reference_date = Some(parse_date(option.name(), &value)?);
            }
            "--max-source-bytes" => {
                let value = args.value(option)?;
                self.max_source_bytes = Some(above_zero(option, &value, "bytes")?);
            }
            "--threads" => {
                let value = args.value(option)?;
                self.threads = Some(above_zero(option, &value, "threads")?);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// How many threads to read sources on: `--threads`, or as many as the
    /// machine has.
    pub fn threads(&self) -> usize {
        // Asking how many there are reads the process's control groups,
        // a dozen system calls: it is asked once.
        static MACHINE: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
        self.threads.unwrap_or_else(|| {
            *MACHINE.get_or_init(|| {
                std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
            })
        })
    }

    /// How files are read.
    pub fn read_options(&self) -> ReadOptions {
        ReadOptions::new().lossy(self.lossy).threads(self.threads())
    }

    /// The checker these options ask for.
    pub fn checker(&self) -> Result<Checker, Error> {
        let mut builder = Checker::builder();
        if let Some(date) = self.reference_date {
            builder = builder.reference_date(date);
        }
        if let Some(bytes) = self.max_source_bytes {
            builder = builder.max_source_bytes(bytes);
        }
        builder = builder.threads(self.threads());
        builder.build()
    }
}

/// The value of `option` as a count above 0 of `what` ("bytes",
/// "threads"), or the message that says it is not one.
fn above_zero(option: &OptionArg, value: &str, what: &str) -> Result<usize, String> {
    value
        .parse()
        .ok()
        .filter(|&n: &usize| n > 0)
        .ok_or_else(|| {
            format!(
                "`{}` is not a number of {what} above 0: {value:?}",
                option.name()
            )
        })
}

/// A strict YYYY-MM-DD date.
pub fn parse_date(option: &str, value: &str) -> Result<NaiveDate, String> {
    match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(date) if value.len() == 10 => Ok(date),
        _ => Err(format!("`{option}` is not a YYYY-MM-DD date: {value:?}")),
    }
}

/// Prints each error, and what `--lossy` would do for files that are not
/// UTF-8.
pub fn print_errors(errors: &[Error]) {
    for error in errors {
        eprintln!("error: {error}");
    }
    // Binary and UTF-16 files are refused with `--lossy` too.
    let invalid_utf8 =
        |e: &Error| e.kind() == ErrorKind::Encoding && e.to_string().contains("invalid UTF-8");
    if errors.iter().any(invalid_utf8) {
        eprintln!("note: --lossy reads such files with invalid bytes replaced by U+FFFD");
    }
}

/// Prints what was read past in `sources`, in order. A front-matter key
/// crosscheck does not read is named once per run, where it is first
/// found, with the number of other files that have it too.
pub fn print_warnings<'s>(sources: impl IntoIterator<Item = &'s Source>) {
    let warnings: Vec<&Warning> = sources.into_iter().flat_map(Source::warnings).collect();
    let mut unknown: BTreeMap<&str, usize> = BTreeMap::new();
    for w in &warnings {
        if let (WarningKind::UnknownKey, Some(key)) = (w.kind(), w.key()) {
            *unknown.entry(key).or_default() += 1;
        }
    }
    for w in warnings {
        let key = w.key().filter(|_| w.kind() == WarningKind::UnknownKey);
        let Some(key) = key else {
            eprintln!("warning: {w}");
            continue;
        };
        // The first file with this key prints it; the others are counted.
        let Some(count) = unknown.remove(key) else {
            continue;
        };
        match count - 1 {
            0 => eprintln!("warning: {w}"),
            1 => eprintln!("warning: {w} (1 more file has this key)"),
            more => eprintln!("warning: {w} ({more} more files have this key)"),
        }
    }
}

/// What to say about a truncation of the source `name` with text `text`.
pub fn truncation_message(name: &str, text: &str, t: &Truncation) -> String {
    let at = match text.get(..t.from) {
        Some(before) if text.contains('\n') => {
            let line = 1 + before.bytes().filter(|&b| b == b'\n').count();
            format!("byte {} (line {line})", t.from)
        }
        _ => format!("byte {}", t.from),
    };
    let why = match t.limit {
        Limit::SourceBytes => format!(
            "the source is {} bytes, over the limit of {} (--max-source-bytes)",
            text.len(),
            t.max
        ),
        Limit::FactsPerSource => format!("over the limit of {} facts per source", t.max),
        Limit::RejectionsPerSource => {
            format!("over the limit of {} rejected candidates per source", t.max)
        }
        Limit::Sources => {
            return format!(
                "{name}: not checked: over the limit of {} sources in one check",
                t.max
            );
        }
        Limit::Findings => {
            return format!(
                "{} findings left out: over the limit of {} findings in one check",
                t.from, t.max
            );
        }
        _ => format!("over a limit of {}", t.max),
    };
    format!("{name}: truncated at {at}: {why}; nothing from there on was checked")
}

/// Whether writing `what` to standard output failed, printing why. A
/// reader that stops early (`check ... | head`) is not a failure.
pub fn failed_to_write(result: io::Result<()>, what: &str) -> bool {
    match result {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("error: failed to write {what}: {e}");
            true
        }
        _ => false,
    }
}
