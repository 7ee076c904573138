//! Sources: one article's text, its id and what its front matter says, and
//! the reading of sources from files and directories.
//!
//! [`Source::read`] reads one file; [`read_paths`] reads what a command line
//! names (files, and directories of `*.txt` files), keeping every source it
//! can read and one [`Error`] for each path it cannot, so one bad file does
//! not stop the others.
//!
//! What can be read past is read past: a front-matter key crosscheck does
//! not use, a publication date it cannot read, a file with no text. Each
//! such source is kept and carries a [`Warning`] ([`Source::warnings`]) that
//! names the file and the line, for the caller to show.
//!
//! # Front matter
//!
//! A text may begin with a block of `key: value` lines between two `---`
//! lines, as Hugo, Jekyll and many scrapers write it:
//!
//! ```text
//! ---
//! title: "Fire: 15 dead"
//! published: March 12, 2025
//! outlet: The Daily
//! author: Jane Doe
//! ---
//! ```
//!
//! - `title`, `outlet`, `url` and `published` fill [`Meta`]; `date` is
//!   another name for `published`. Keys are matched without regard to case.
//! - `published` is read in the common forms: `2025-03-12`, with a time and
//!   zone (`2025-03-12T08:30:00Z`, `2025-03-12 08:30:00 +0100`),
//!   `12 March 2025`, `March 12, 2025`, `Mar. 12, 2025`, and with a weekday
//!   in front (`Wed, 12 Mar 2025 08:30:00 GMT`). The date is the calendar
//!   day as written; the time and the zone are not used. A date in another
//!   form is a warning, and the source is checked without it.
//! - Any other key is kept in [`Meta::extra`], with a warning.
//! - Values in double or single quotes are unquoted (`"Fire: 15 dead"` is
//!   `Fire: 15 dead`). A value may go on over indented lines, or be a list
//!   of `- item` lines; list items are joined with `, `.
//! - Blank lines and `#` comments are skipped. A key given twice keeps its
//!   first value, with a warning.
//! - A block that is never closed, and a line that is not `key: value`
//!   (nor the continuation of one), are errors: the text is not read.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::shared::SharedStr;
use crate::span::Span;

mod front_matter;
mod read;
#[cfg(test)]
mod tests;

use front_matter::*;
use read::*;
pub use read::{ReadOptions, read_paths};

/// One article (or summary, or any text) to check.
///
/// The text is kept exactly as read, front matter included, so every span
/// crosscheck reports slices this text. Facts are only taken from the body,
/// the part after the front matter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    id: SharedStr,
    path: Option<String>,
    /// Shared, so that facts quote their sentences from it without
    /// copies.
    text: SharedStr,
    body: Span,
    meta: Meta,
    lossy: bool,
    warnings: Vec<Warning>,
}

/// What a source's front matter (or its caller) says about it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The headline, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The publisher, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// Where the article was published, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The publication date, when given. Relative dates ("last month",
    /// "Tuesday") resolve against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
    /// Every other front-matter key and its value (unquoted, list items
    /// joined with `, `), by key: `author`, `tags`, `draft` and the like.
    /// crosscheck does not read them; they are kept for the caller.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, String>,
}

/// Something about a source that was read past rather than refused: the
/// source is kept and checked, and the warning says what was not used and
/// where.
///
/// Like an [`Error`], a warning displays as the file (or the source id), the
/// 1-based line where there is one, and the reason:
/// ``news/a.txt:4: front matter key `author` is not one crosscheck reads ...``.
///
/// # Example
///
/// ```
/// use crosscheck::source::{Source, WarningKind};
///
/// let text = "---\ntitle: Ban\nauthor: Jane Doe\n---\nEight apps.";
/// let source = Source::parse("a", text).unwrap();
/// assert_eq!(source.meta().extra["author"], "Jane Doe");
/// let warning = &source.warnings()[0];
/// assert_eq!(warning.kind(), WarningKind::UnknownKey);
/// assert_eq!(warning.key(), Some("author"));
/// assert_eq!(warning.line(), Some(3));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    kind: WarningKind,
    path: Option<String>,
    line: Option<usize>,
    key: Option<String>,
    message: String,
}

/// What a [`Warning`] is about. Match on this rather than on messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum WarningKind {
    /// A front-matter key crosscheck does not read; its value is kept in
    /// [`Meta::extra`].
    UnknownKey,
    /// A publication date in a form crosscheck cannot read; the source is
    /// checked without it.
    UnreadableDate,
    /// A front-matter key given a second time; the first value is kept.
    RepeatedKey,
    /// A source with no text to check: empty, only white space, or only
    /// front matter.
    Empty,
    /// Invalid UTF-8 that [`ReadOptions::lossy`] replaced with U+FFFD.
    Lossy,
    /// A file named twice (directly, or in a directory also named); it is
    /// read once.
    RepeatedPath,
}

impl Warning {
    fn new(kind: WarningKind, message: String) -> Warning {
        Warning {
            kind,
            path: None,
            line: None,
            key: None,
            message,
        }
    }

    fn at(mut self, line: usize) -> Warning {
        self.line = Some(line);
        self
    }

    fn about(mut self, key: &str) -> Warning {
        self.key = Some(key.to_string());
        self
    }

    /// What the warning is about.
    pub fn kind(&self) -> WarningKind {
        self.kind
    }

    /// The file the warning is about, as given, or the source id for a
    /// source made from bytes; `None` for a source parsed from a string.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The 1-based line the warning is about, when there is one.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The front-matter key the warning is about, as written, when it is
    /// about one.
    pub fn key(&self) -> Option<&str> {
        self.key.as_deref()
    }

    /// The reason, without the file and the line.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.path, self.line) {
            (Some(p), Some(l)) => write!(f, "{p}:{l}: {}", self.message),
            (Some(p), None) => write!(f, "{p}: {}", self.message),
            (None, Some(l)) => write!(f, "line {l}: {}", self.message),
            (None, None) => f.write_str(&self.message),
        }
    }
}

impl Source {
    /// A source whose whole text is the body: no front matter is looked for.
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::Source;
    /// let s = Source::new("a", "The order takes effect in 45 days.");
    /// assert_eq!(s.id(), "a");
    /// assert_eq!(s.body(), "The order takes effect in 45 days.");
    /// ```
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Source {
        Source::new_shared(id.into(), Arc::from(text.into()))
    }

    /// [`Source::new`] of a text shared already.
    fn new_shared(id: String, text: Arc<str>) -> Source {
        let body = Span::new(0, text.len());
        Source {
            id: id.into(),
            path: None,
            text: text.into(),
            body,
            meta: Meta::default(),
            lossy: false,
            warnings: Vec::new(),
        }
    }

    /// A source whose text may begin with a front-matter block: a `---`
    /// line, `key: value` lines, and a closing `---` line (the rules are in
    /// the [module documentation](self#front-matter)).
    ///
    /// What can be read past is a [`Warning`] in [`Source::warnings`], not
    /// an error: a key crosscheck does not read (kept in [`Meta::extra`]), a
    /// date it cannot read, a repeated key, a text with nothing to check.
    ///
    /// # Errors
    ///
    /// An error of kind [`ErrorKind::FrontMatter`](crate::ErrorKind::FrontMatter), naming the 1-based line,
    /// when the block has a line that is not `key: value`, or no closing
    /// `---`.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crosscheck::Source;
    ///
    /// let text = "---\ntitle: \"Ban: eight apps\"\npublished: Jan. 6, 2021\n---\nEight apps.";
    /// let s = Source::parse("a", text).unwrap();
    /// assert_eq!(s.meta().title.as_deref(), Some("Ban: eight apps"));
    /// assert_eq!(s.meta().published, NaiveDate::from_ymd_opt(2021, 1, 6));
    /// assert_eq!(s.body(), "Eight apps.");
    /// assert!(s.warnings().is_empty());
    /// ```
    pub fn parse(id: impl Into<String>, text: impl Into<String>) -> Result<Source, Error> {
        Source::parse_shared(id.into(), Arc::from(text.into()))
    }

    /// [`Source::parse`] of a text shared already.
    fn parse_shared(id: String, text: Arc<str>) -> Result<Source, Error> {
        let front = parse_front_matter(&text)?;
        let mut source = Source {
            id: id.into(),
            path: None,
            text: text.into(),
            body: front.body,
            meta: front.meta,
            lossy: false,
            warnings: front.warnings,
        };
        source.warn_if_empty(front.block);
        Ok(source)
    }

    /// Sets the metadata, replacing what the front matter said.
    pub fn with_meta(mut self, meta: Meta) -> Source {
        self.meta = meta;
        self
    }

    /// Sets the publication date.
    pub fn with_published(mut self, date: NaiveDate) -> Source {
        self.meta.published = Some(date);
        self
    }

    /// Sets the title.
    pub fn with_title(mut self, title: impl Into<String>) -> Source {
        self.meta.title = Some(title.into());
        self
    }

    /// Records the path the source was read from, as reports should show it.
    pub fn with_path(mut self, path: impl Into<String>) -> Source {
        self.path = Some(path.into());
        self
    }

    /// The path the source was read from, when it was read from a file.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The source id: for a file, its stem; [`read_paths`] gives files that
    /// share a stem the shortest end of their paths that tells them apart.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The whole text, exactly as given, front matter included.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The full text, shared: what facts quote their sentences from.
    pub(crate) fn shared_text(&self) -> &SharedStr {
        &self.text
    }

    /// The source id, shared: what its facts and rejections name.
    pub(crate) fn shared_id(&self) -> &SharedStr {
        &self.id
    }

    /// Where the body lies in [`Source::text`].
    pub fn body_span(&self) -> Span {
        self.body
    }

    /// The body: the text after the front matter.
    pub fn body(&self) -> &str {
        self.body.slice(&self.text)
    }

    /// The metadata.
    pub fn meta(&self) -> &Meta {
        &self.meta
    }

    /// What was read past in this source, in the order found: front-matter
    /// keys crosscheck does not read, a date it could not read, a text with
    /// nothing to check, replaced invalid UTF-8. Empty for a source that
    /// was read cleanly.
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::source::{Source, WarningKind};
    /// let s = Source::parse("a", "---\npublished: next Tuesday\n---\nEight apps.").unwrap();
    /// assert_eq!(s.meta().published, None);
    /// assert_eq!(s.warnings()[0].kind(), WarningKind::UnreadableDate);
    /// assert!(s.warnings()[0].to_string().starts_with("line 2: `published` is not a date"));
    /// ```
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// Whether the text was decoded lossily: it was not valid UTF-8, and
    /// [`ReadOptions::lossy`] replaced each invalid sequence with U+FFFD.
    ///
    /// The byte offsets of such a source's facts refer to the decoded text,
    /// not to the file's bytes: each replacement character takes three bytes
    /// where the invalid sequence it replaces may have taken one to three.
    pub fn is_lossy(&self) -> bool {
        self.lossy
    }

    /// Reads a source from a file, with the default [`ReadOptions`]: the text
    /// must be UTF-8, and a leading front-matter block is parsed.
    ///
    /// The id is the file stem (`a` for `news/a.txt`) and the path is
    /// recorded as given, not made absolute, so reports show what the user
    /// typed. Warnings ([`Source::warnings`]) name the path.
    ///
    /// # Errors
    ///
    /// Every error names the file:
    ///
    /// - [`ErrorKind::Io`](crate::ErrorKind::Io) when the file cannot be read (`failed to read
    ///   a.txt: no such file or directory (os error 2)`);
    /// - [`ErrorKind::Encoding`](crate::ErrorKind::Encoding) when it is binary (`failed to read a.txt:
    ///   binary file, not text (a NUL byte at byte 24)`), UTF-16, or not
    ///   UTF-8, with the offset of the first bad byte (`failed to read a.txt:
    ///   invalid UTF-8 at byte 12 (line 2)`);
    /// - [`ErrorKind::FrontMatter`](crate::ErrorKind::FrontMatter) when its front matter is malformed, with
    ///   the line (`a.txt:3: front matter line is not \`key: value\`: "just
    ///   words"`).
    ///
    /// An empty file is not an error: it is a source with no facts and a
    /// [`WarningKind::Empty`] warning.
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::{ErrorKind, Source};
    /// let err = Source::read("no/such/file.txt").unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Io);
    /// assert!(err.to_string().starts_with("failed to read no/such/file.txt: "));
    /// ```
    pub fn read(path: impl AsRef<Path>) -> Result<Source, Error> {
        Source::read_with(path, &ReadOptions::default())
    }

    /// Reads a source from a file with the given options. See
    /// [`Source::read`] for the id, the path and the errors.
    ///
    /// # Errors
    ///
    /// As [`Source::read`]; with [`ReadOptions::lossy`] invalid UTF-8 is
    /// replaced rather than an error (binary files are still refused), and
    /// with [`ReadOptions::front_matter`]`(false)` there are no front-matter
    /// errors.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use crosscheck::source::{ReadOptions, Source};
    /// let options = ReadOptions::new().lossy(true);
    /// let source = Source::read_with("news/legacy.txt", &options)?;
    /// for warning in source.warnings() {
    ///     eprintln!("warning: {warning}");
    /// }
    /// # Ok::<(), crosscheck::Error>(())
    /// ```
    pub fn read_with(path: impl AsRef<Path>, options: &ReadOptions) -> Result<Source, Error> {
        let path = path.as_ref();
        let mut source = read_file(path, |bytes| {
            Source::from_slice(file_id(path), bytes, options).map_err(|e| e.with_path(path))
        })?;
        let shown = path.to_string_lossy().into_owned();
        source.name_warnings(&shown);
        Ok(source.with_path(shown))
    }

    /// A source from bytes already read (standard input, a network body),
    /// decoded and split as [`Source::read_with`] does for a file.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Encoding`](crate::ErrorKind::Encoding) for binary bytes (a NUL byte), UTF-16, or
    /// invalid UTF-8 (unless [`ReadOptions::lossy`]);
    /// [`ErrorKind::FrontMatter`](crate::ErrorKind::FrontMatter) for a malformed front-matter block. The
    /// errors and the warnings name the id where a file would be named, and
    /// the line: `failed to read stdin: invalid UTF-8 at byte 15 (line 2)`,
    /// `stdin:3: front matter line is not ...`.
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::source::{ReadOptions, Source};
    /// use crosscheck::ErrorKind;
    ///
    /// let bytes = b"Eight apps.\nCaf\xE9 owners".to_vec();
    /// let err = Source::from_bytes("stdin", bytes.clone(), &ReadOptions::new()).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Encoding);
    /// assert_eq!(err.to_string(), "failed to read stdin: invalid UTF-8 at byte 15 (line 2)");
    ///
    /// let lossy = Source::from_bytes("stdin", bytes, &ReadOptions::new().lossy(true)).unwrap();
    /// assert!(lossy.is_lossy());
    /// assert_eq!(lossy.text(), "Eight apps.\nCaf\u{FFFD} owners");
    /// assert_eq!(
    ///     lossy.warnings()[0].to_string(),
    ///     "stdin: invalid UTF-8 replaced by U+FFFD; offsets refer to the decoded text"
    /// );
    ///
    /// let err = Source::from_bytes("stdin", b"PK\x03\x04\x00\x00".to_vec(), &ReadOptions::new())
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), "failed to read stdin: binary file, not text (a NUL byte at byte 4)");
    /// ```
    pub fn from_bytes(
        id: impl Into<String>,
        bytes: impl Into<Vec<u8>>,
        options: &ReadOptions,
    ) -> Result<Source, Error> {
        Source::from_slice(id.into(), &bytes.into(), options)
    }

    /// [`Source::from_bytes`] of bytes borrowed: the text is copied once,
    /// to where the source keeps it.
    fn from_slice(id: String, bytes: &[u8], options: &ReadOptions) -> Result<Source, Error> {
        let name = |e: Error| e.with_path(Path::new(&id));
        refuse_binary(bytes).map_err(name)?;
        let (text, lossy) = decode(bytes, options.lossy).map_err(name)?;
        let mut source = if options.front_matter {
            Source::parse_shared(id.clone(), text).map_err(name)?
        } else {
            let mut source = Source::new_shared(id.clone(), text);
            source.warn_if_empty(false);
            source
        };
        source.lossy = lossy;
        if lossy {
            let warning = Warning::new(
                WarningKind::Lossy,
                "invalid UTF-8 replaced by U+FFFD; offsets refer to the decoded text".into(),
            );
            source.warnings.insert(0, warning);
        }
        source.name_warnings(&id);
        Ok(source)
    }

    /// Names `shown` as the file of every warning.
    fn name_warnings(&mut self, shown: &str) {
        for warning in &mut self.warnings {
            warning.path = Some(shown.to_string());
        }
    }

    /// Adds a [`WarningKind::Empty`] warning when the body holds nothing but
    /// white space; `block` says whether there was front matter.
    fn warn_if_empty(&mut self, block: bool) {
        let blank = |c: char| c.is_whitespace() || c == '\u{feff}';
        if !self.body().trim_matches(blank).is_empty() {
            return;
        }
        let why = if block {
            "there is only front matter"
        } else if self.text.is_empty() {
            "the text is empty"
        } else {
            "the text is only white space"
        };
        self.warnings.push(Warning::new(
            WarningKind::Empty,
            format!("nothing to check: {why}"),
        ));
    }
}

/// A source as the report lists it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// The source id.
    pub id: String,
    /// The path it was read from, when it was read from a file.
    pub path: Option<String>,
    /// Its metadata.
    pub meta: Meta,
}
