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
use std::fs;
use std::path::{Component, Path, PathBuf};

use chrono::{Datelike, Month, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};
use crate::span::Span;

/// One article (or summary, or any text) to check.
///
/// The text is kept exactly as read, front matter included, so every span
/// crosscheck reports slices this text. Facts are only taken from the body,
/// the part after the front matter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    id: String,
    path: Option<String>,
    text: String,
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
        let text = text.into();
        let body = Span::new(0, text.len());
        Source {
            id: id.into(),
            path: None,
            text,
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
    /// An error of kind [`ErrorKind::FrontMatter`], naming the 1-based line,
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
        let text = text.into();
        let front = parse_front_matter(&text)?;
        let mut source = Source {
            id: id.into(),
            path: None,
            text,
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
    /// - [`ErrorKind::Io`] when the file cannot be read (`failed to read
    ///   a.txt: no such file or directory (os error 2)`);
    /// - [`ErrorKind::Encoding`] when it is binary (`failed to read a.txt:
    ///   binary file, not text (a NUL byte at byte 24)`), UTF-16, or not
    ///   UTF-8, with the offset of the first bad byte (`failed to read a.txt:
    ///   invalid UTF-8 at byte 12 (line 2)`);
    /// - [`ErrorKind::FrontMatter`] when its front matter is malformed, with
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
        let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
        let mut source =
            Source::from_bytes(file_id(path), bytes, options).map_err(|e| e.with_path(path))?;
        let shown = path.to_string_lossy().into_owned();
        source.name_warnings(&shown);
        Ok(source.with_path(shown))
    }

    /// A source from bytes already read (standard input, a network body),
    /// decoded and split as [`Source::read_with`] does for a file.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Encoding`] for binary bytes (a NUL byte), UTF-16, or
    /// invalid UTF-8 (unless [`ReadOptions::lossy`]);
    /// [`ErrorKind::FrontMatter`] for a malformed front-matter block. The
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
        let id = id.into();
        let name = |e: Error| e.with_path(Path::new(&id));
        let bytes = bytes.into();
        refuse_binary(&bytes).map_err(name)?;
        let (text, lossy) = decode(bytes, options.lossy).map_err(name)?;
        let mut source = if options.front_matter {
            Source::parse(id.clone(), text).map_err(name)?
        } else {
            let mut source = Source::new(id.clone(), text);
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

/// How sources are read from files: whether invalid UTF-8 is an error, and
/// whether a front-matter block is looked for.
///
/// # Example
///
/// ```
/// use crosscheck::source::ReadOptions;
/// let strict = ReadOptions::new();
/// let lenient = ReadOptions::new().lossy(true);
/// assert_ne!(strict, lenient);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadOptions {
    lossy: bool,
    front_matter: bool,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            lossy: false,
            front_matter: true,
        }
    }
}

impl ReadOptions {
    /// The defaults: invalid UTF-8 is an error, front matter is parsed.
    pub fn new() -> ReadOptions {
        ReadOptions::default()
    }

    /// When `yes`, text that is not valid UTF-8 is decoded with each invalid
    /// sequence replaced by U+FFFD, and the source is marked
    /// ([`Source::is_lossy`], and a [`WarningKind::Lossy`] warning) instead
    /// of failing with [`ErrorKind::Encoding`]. Binary files (with a NUL
    /// byte) and UTF-16 text are still refused.
    ///
    /// Byte offsets into such a source refer to the decoded text, which is
    /// what [`Source::text`] returns, not to the bytes of the file.
    pub fn lossy(mut self, yes: bool) -> ReadOptions {
        self.lossy = yes;
        self
    }

    /// When `no` (`false`), the whole text is the body and no front-matter
    /// block is looked for, as [`Source::new`] does. On by default.
    pub fn front_matter(mut self, yes: bool) -> ReadOptions {
        self.front_matter = yes;
        self
    }
}

/// Reads every source the given paths name, keeping going past bad ones.
///
/// Each path is a file (one source) or a directory: every `*.txt` file
/// directly in it, sorted by name (hidden files, whose names begin with a
/// `.`, and subdirectories are left out). Sources come back in the order the
/// paths were given.
///
/// Every file that can be read is kept:
///
/// - Files in different folders with the same stem (`reuters/story.txt`
///   and `ap/story.txt`) all keep their text: each takes as its id the
///   shortest end of its path that no other of them shares (`reuters/story`
///   and `ap/story`), with `/` between folder names. Files whose stem is
///   unique keep the stem as their id.
/// - A file named twice (itself, or in a directory also named) is read once,
///   with a [`WarningKind::RepeatedPath`] warning.
/// - Warnings found while reading stay with each source
///   ([`Source::warnings`]).
///
/// Each path that cannot be used yields one error naming it, and the other
/// paths are still read:
///
/// - a missing path, an unreadable file or directory: [`ErrorKind::Io`];
/// - a binary file, UTF-16 text, or a file that is not UTF-8 (and `options`
///   is not lossy): [`ErrorKind::Encoding`];
/// - malformed front matter: [`ErrorKind::FrontMatter`];
/// - a directory with no `*.txt` file: [`ErrorKind::NoSources`].
///
/// # Example
///
/// ```
/// use crosscheck::source::{read_paths, ReadOptions};
/// use crosscheck::ErrorKind;
///
/// let (sources, errors) = read_paths(["no/such/dir"], &ReadOptions::new());
/// assert!(sources.is_empty());
/// assert_eq!(errors[0].kind(), ErrorKind::Io);
/// ```
pub fn read_paths<I, P>(paths: I, options: &ReadOptions) -> (Vec<Source>, Vec<Error>)
where
    I: IntoIterator<Item = P>,
    P: AsRef<Path>,
{
    let mut sources: Vec<Source> = Vec::new();
    let mut errors = Vec::new();
    // Each file read so far, by what it is on disk: the index of its
    // source, or `None` when reading it failed (its error is out already).
    let mut seen: BTreeMap<PathBuf, Option<usize>> = BTreeMap::new();
    let mut add = |file: &Path, sources: &mut Vec<Source>, errors: &mut Vec<Error>| {
        let identity = fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
        if let Some(&first) = seen.get(&identity) {
            if let Some(index) = first {
                let warning = repeated_path(&sources[index], file);
                sources[index].warnings.push(warning);
            }
            return;
        }
        match Source::read_with(file, options) {
            Ok(source) => {
                seen.insert(identity, Some(sources.len()));
                sources.push(source);
            }
            Err(e) => {
                seen.insert(identity, None);
                errors.push(e);
            }
        }
    };
    for path in paths {
        let path = path.as_ref();
        match fs::metadata(path) {
            Err(e) => errors.push(Error::io(path, e)),
            Ok(meta) if meta.is_dir() => {
                let files = txt_files(path, &mut errors);
                if files.is_empty() {
                    errors.push(
                        Error::new(ErrorKind::NoSources, "directory holds no `*.txt` file")
                            .with_path(path),
                    );
                }
                for file in &files {
                    add(file, &mut sources, &mut errors);
                }
            }
            Ok(_) => add(path, &mut sources, &mut errors),
        }
    }
    distinguish_ids(&mut sources);
    (sources, errors)
}

/// The warning for a file read once already, as `first`.
fn repeated_path(first: &Source, again: &Path) -> Warning {
    let first_path = first.path().unwrap_or(first.id());
    let again_shown = again.to_string_lossy();
    let message = if first_path == again_shown {
        "named more than once; it is read once".to_string()
    } else {
        format!("the same file as {first_path}; it is read once")
    };
    let mut warning = Warning::new(WarningKind::RepeatedPath, message);
    warning.path = Some(again_shown.into_owned());
    warning
}

/// Gives sources that share an id (files with one stem in different
/// folders) ids that tell them apart: for each, the shortest end of its
/// path, folders and stem joined with `/`, that no other source of the same
/// id ends with. Ids no other source shares are left as they are.
fn distinguish_ids(sources: &mut [Source]) {
    let mut by_id: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, source) in sources.iter().enumerate() {
        by_id.entry(source.id()).or_default().push(i);
    }
    let groups: Vec<Vec<usize>> = by_id.into_values().filter(|g| g.len() > 1).collect();
    for group in groups {
        let parts: Vec<Vec<String>> = group.iter().map(|&i| id_parts(&sources[i])).collect();
        for (n, &i) in group.iter().enumerate() {
            sources[i].id = shortest_distinct_end(n, &parts);
        }
    }
}

/// The names a source's id may be made of: the folders of its path, made
/// absolute and with `.` and `..` resolved by name, then its stem.
fn id_parts(source: &Source) -> Vec<String> {
    let Some(path) = source.path() else {
        return vec![source.id.clone()];
    };
    let given = Path::new(path);
    let full = std::path::absolute(given).unwrap_or_else(|_| given.to_path_buf());
    let mut names: Vec<String> = Vec::new();
    for component in full.components() {
        match component {
            Component::Normal(name) => names.push(name.to_string_lossy().into_owned()),
            Component::ParentDir => {
                names.pop();
            }
            Component::CurDir | Component::RootDir | Component::Prefix(_) => {}
        }
    }
    match names.last_mut() {
        Some(last) => *last = file_id(Path::new(last.as_str())),
        None => names.push(source.id.clone()),
    }
    names
}

/// The shortest end of `parts[n]` that no other entry of `parts` ends
/// with, joined with `/`. Paths that read the same to the end (which only
/// links can make) fall back to the whole path and a number.
fn shortest_distinct_end(n: usize, parts: &[Vec<String>]) -> String {
    let end = |names: &[String], k: usize| names[names.len().saturating_sub(k)..].to_vec();
    let own = &parts[n];
    let longest = parts.iter().map(Vec::len).max().unwrap_or(0);
    for k in 1..=longest {
        let mine = end(own, k);
        let unique = parts
            .iter()
            .enumerate()
            .all(|(m, other)| m == n || end(other, k) != mine);
        if unique {
            return mine.join("/");
        }
    }
    format!("{}#{}", own.join("/"), n + 1)
}

/// The `*.txt` files directly in `dir`, sorted by name. Errors listing the
/// directory go to `errors`.
fn txt_files(dir: &Path, errors: &mut Vec<Error>) -> Vec<PathBuf> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(Error::io(dir, e));
            return Vec::new();
        }
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                errors.push(Error::io(dir, e));
                continue;
            }
        };
        let name = entry.file_name();
        let path = dir.join(&name);
        let hidden = name.as_encoded_bytes().first() == Some(&b'.');
        if hidden || path.extension().is_none_or(|ext| ext != "txt") {
            continue;
        }
        // Follow symbolic links; a dangling one is kept, so reading it
        // reports the problem instead of silently dropping the file.
        if fs::metadata(&path).map_or(true, |m| !m.is_dir()) {
            files.push(path);
        }
    }
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    files
}

/// A file's source id: its stem, or the whole path when it has none.
fn file_id(path: &Path) -> String {
    path.file_stem()
        .unwrap_or(path.as_os_str())
        .to_string_lossy()
        .into_owned()
}

/// Refuses bytes that are not text: UTF-16 (by its byte-order mark) and
/// anything with a NUL byte, which no text file holds (images, archives,
/// word-processor files).
fn refuse_binary(bytes: &[u8]) -> Result<(), Error> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::new(
            ErrorKind::Encoding,
            "UTF-16 text, not UTF-8 (it starts with a UTF-16 byte-order mark)",
        ));
    }
    match memchr::memchr(0, bytes) {
        Some(at) => Err(Error::new(
            ErrorKind::Encoding,
            format!("binary file, not text (a NUL byte at byte {at})"),
        )),
        None => Ok(()),
    }
}

/// Decodes `bytes` as UTF-8. With `lossy`, invalid sequences become U+FFFD
/// and the flag that comes back says so; without, the first bad byte is an
/// error.
fn decode(bytes: Vec<u8>, lossy: bool) -> Result<(String, bool), Error> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, false)),
        Err(e) if lossy => Ok((String::from_utf8_lossy(e.as_bytes()).into_owned(), true)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            Err(Error::new(
                ErrorKind::Encoding,
                format!("invalid UTF-8 at byte {at} (line {line})"),
            )
            .with_line(line))
        }
    }
}

/// What a front-matter block held, and where the body starts.
struct FrontMatter {
    meta: Meta,
    body: Span,
    warnings: Vec<Warning>,
    /// Whether there was a block at all.
    block: bool,
}

/// One `key: value` entry of a block, with the lines that continue it.
struct Entry<'t> {
    key: &'t str,
    line: usize,
    /// The value on the key's own line, trimmed.
    first: &'t str,
    /// Indented lines that go on with the value, trimmed.
    more: Vec<&'t str>,
    /// `- item` lines under the key, without the dash, each with the
    /// indented lines that go on with it.
    items: Vec<Vec<&'t str>>,
}

impl Entry<'_> {
    /// The value: list items unquoted and joined with `, ` (after the
    /// value on the key's line, if any); otherwise the
    /// value and its continuation lines joined with spaces, then unquoted.
    /// A YAML block marker (`|`, `>-`) is not part of the value.
    fn value(&self) -> String {
        if !self.items.is_empty() {
            let first = (!self.first.is_empty()).then(|| unquote(self.first));
            let items = self.items.iter().map(|item| unquote(&item.join(" ")));
            return first
                .into_iter()
                .chain(items)
                .collect::<Vec<_>>()
                .join(", ");
        }
        let block_marker = !self.first.is_empty()
            && self.first.len() <= 3
            && self.first.starts_with(['|', '>'])
            && self.first[1..]
                .chars()
                .all(|c| matches!(c, '-' | '+' | '1'..='9'));
        let mut words: Vec<&str> = Vec::new();
        if !self.first.is_empty() && !block_marker {
            words.push(self.first);
        }
        words.extend(&self.more);
        unquote(&words.join(" "))
    }
}

/// The keys [`Meta`] has a field for, by the name the field goes by.
const KNOWN_KEYS: &str = "title, published or date, outlet, url";

/// Splits a leading front-matter block off `text`: its metadata, what was
/// read past, and the span of the body that follows it.
fn parse_front_matter(text: &str) -> Result<FrontMatter, Error> {
    let mut lines = LineIter {
        text,
        pos: 0,
        number: 0,
    };
    let none = FrontMatter {
        meta: Meta::default(),
        body: Span::new(0, text.len()),
        warnings: Vec::new(),
        block: false,
    };
    let Some((first, _)) = lines.next() else {
        return Ok(none);
    };
    // A leading byte-order mark is tolerated before the opening fence.
    if first.trim_start_matches('\u{feff}').trim_end() != "---" {
        return Ok(none);
    }
    let mut entries: Vec<Entry> = Vec::new();
    loop {
        let Some((line, number)) = lines.next() else {
            return Err(Error::new(
                ErrorKind::FrontMatter,
                "front matter opened with `---` on line 1 is never closed",
            )
            .with_line(1));
        };
        let trimmed = line.trim_end();
        if trimmed == "---" {
            break;
        }
        let content = trimmed.trim_start();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let indented = content.len() < trimmed.len();
        let item = content == "-" || content.starts_with("- ");
        if let Some(entry) = entries.last_mut().filter(|_| indented || item) {
            match (item, entry.items.last_mut()) {
                (true, _) => entry.items.push(vec![content[1..].trim()]),
                // A line indented under a list item goes on with the item.
                (false, Some(last)) => last.push(content),
                (false, None) => entry.more.push(content),
            }
            continue;
        }
        if item {
            return Err(not_key_value(trimmed, number));
        }
        let key_value = content
            .split_once(':')
            .map(|(key, value)| (key.trim(), value.trim()))
            .filter(|(key, _)| !key.is_empty());
        let Some((key, value)) = key_value else {
            return Err(not_key_value(trimmed, number));
        };
        entries.push(Entry {
            key,
            line: number,
            first: value,
            more: Vec::new(),
            items: Vec::new(),
        });
    }
    let mut front = FrontMatter {
        body: Span::new(lines.pos, text.len()),
        block: true,
        ..none
    };
    read_entries(&entries, &mut front);
    Ok(front)
}

/// The error for a line of a block that is not `key: value`.
fn not_key_value(line: &str, number: usize) -> Error {
    Error::new(
        ErrorKind::FrontMatter,
        format!("front matter line is not `key: value`: {line:?}"),
    )
    .with_line(number)
}

/// Fills the metadata from the entries of a block, with a warning for each
/// key that is not used as it stands.
fn read_entries(entries: &[Entry], front: &mut FrontMatter) {
    // The first line of each field given so far, by field name.
    let mut seen: BTreeMap<String, (&str, usize)> = BTreeMap::new();
    for entry in entries {
        let lower = entry.key.to_lowercase();
        let field = match lower.as_str() {
            "date" => "published".to_string(),
            "title" | "published" | "outlet" | "url" => lower.clone(),
            _ => format!("extra:{}", entry.key),
        };
        if let Some(&(first_key, first_line)) = seen.get(&field) {
            let message = if first_key == entry.key {
                format!(
                    "front matter key `{}` is given again (first on line {first_line}); \
                     the first value is kept",
                    entry.key
                )
            } else {
                format!(
                    "front matter key `{}` repeats `{first_key}` (line {first_line}); \
                     the first value is kept",
                    entry.key
                )
            };
            front.warnings.push(
                Warning::new(WarningKind::RepeatedKey, message)
                    .at(entry.line)
                    .about(entry.key),
            );
            continue;
        }
        seen.insert(field.clone(), (entry.key, entry.line));
        let value = entry.value();
        let given = || (!value.is_empty()).then(|| value.clone());
        let meta = &mut front.meta;
        match field.as_str() {
            "title" => meta.title = given(),
            "outlet" => meta.outlet = given(),
            "url" => meta.url = given(),
            "published" if value.is_empty() => {}
            "published" => match read_date(&value) {
                Some(date) => meta.published = Some(date),
                None => front.warnings.push(
                    Warning::new(
                        WarningKind::UnreadableDate,
                        format!(
                            "`{}` is not a date crosscheck reads: {value:?} (it reads forms \
                             such as 2025-03-12, 2025-03-12T08:30:00Z, 12 March 2025 and \
                             March 12, 2025); the source is checked without it",
                            entry.key
                        ),
                    )
                    .at(entry.line)
                    .about(entry.key),
                ),
            },
            _ => {
                meta.extra.insert(entry.key.to_string(), value);
                front.warnings.push(
                    Warning::new(
                        WarningKind::UnknownKey,
                        format!(
                            "front matter key `{}` is not one crosscheck reads ({KNOWN_KEYS}); \
                             its value is kept as metadata",
                            entry.key
                        ),
                    )
                    .at(entry.line)
                    .about(entry.key),
                );
            }
        }
    }
}

/// A value without the quotes around it: YAML double quotes (with their
/// backslash escapes) or single quotes (with `''` for a quote). Anything
/// else comes back as it is.
fn unquote(value: &str) -> String {
    let value = value.trim();
    let quoted = |q: char| value.len() >= 2 && value.starts_with(q) && value.ends_with(q);
    if quoted('\'') {
        return value[1..value.len() - 1].replace("''", "'");
    }
    if !quoted('"') {
        return value.to_string();
    }
    let inner = &value[1..value.len() - 1];
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some(c @ ('"' | '\\' | '/' | ' ' | '\'')) => out.push(c),
            Some(u @ ('x' | 'u' | 'U')) => {
                let digits = match u {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = chars.clone().take(digits).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(decoded) if hex.len() == digits => {
                        out.push(decoded);
                        for _ in 0..digits {
                            chars.next();
                        }
                    }
                    _ => {
                        out.push('\\');
                        out.push(u);
                    }
                }
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Reads a publication date in one of the forms news pipelines write: ISO
/// 8601 (`2025-03-12`, `2025-03-12T08:30:00+01:00`), or a day, a month name
/// and a year in either order (`12 March 2025`, `Mar. 12, 2025`), maybe
/// after a weekday and before a time (`Wed, 12 Mar 2025 08:30:00 GMT`).
/// The date is the calendar day as written, whatever the zone.
fn read_date(value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    iso_date(value).or_else(|| named_month_date(value))
}

/// `YYYY-MM-DD` (or `YYYY/MM/DD`), then nothing, or `T` or a space and a
/// time of day with an optional zone.
fn iso_date(value: &str) -> Option<NaiveDate> {
    let head = value.get(..10)?.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &head[r];
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(part).ok()?.parse().ok()
    };
    let separator = head[4];
    if !matches!(separator, b'-' | b'/') || head[7] != separator {
        return None;
    }
    let year = i32::try_from(digits(0..4)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)?;
    let rest = &value[10..];
    if rest.is_empty() {
        return Some(date);
    }
    let time = rest
        .strip_prefix(['T', 't'])
        .or_else(|| rest.strip_prefix(char::is_whitespace))?;
    is_time_and_zone(time).then_some(date)
}

/// A day, a month name and a four-digit year, in either day-month or
/// month-day order, with commas and abbreviation dots allowed, after an
/// optional weekday (which must be the date's) and before an optional time.
fn named_month_date(value: &str) -> Option<NaiveDate> {
    let mut words: Vec<&str> = value
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let weekday = words.first().and_then(|w| weekday_name(w));
    if weekday.is_some() {
        words.remove(0);
    }
    let [a, b, year, rest @ ..] = words.as_slice() else {
        return None;
    };
    let (day, month) = match day_number(a) {
        Some(day) => (day, month_name(b)?),
        None => (day_number(b)?, month_name(a)?),
    };
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(year.parse().ok()?, month, day)?;
    if weekday.is_some_and(|w| w != date.weekday()) {
        return None;
    }
    let rest = match rest {
        [first, tail @ ..] if matches!(*first, "at" | "-" | "|") => tail,
        _ => rest,
    };
    (rest.is_empty() || is_time_and_zone(&rest.join(" "))).then_some(date)
}

/// A day of the month, with or without an ordinal suffix: `12`, `12th`.
fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    let suffix_ok = suffix.is_empty()
        || ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(s));
    if !suffix_ok || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A month name or its abbreviation, with or without a dot: `March`,
/// `Mar.`, `Sept.`.
fn month_name(word: &str) -> Option<u32> {
    let word = word.strip_suffix('.').unwrap_or(word);
    let word = if word.eq_ignore_ascii_case("sept") {
        "sep"
    } else {
        word
    };
    word.parse::<Month>().ok().map(|m| m.number_from_month())
}

/// A weekday name or its abbreviation, with or without a dot: `Wed`,
/// `Thurs.`, `Wednesday`.
fn weekday_name(word: &str) -> Option<Weekday> {
    let word = word.strip_suffix('.').unwrap_or(word);
    let word = match word.to_ascii_lowercase().as_str() {
        "tues" => "tue",
        "weds" => "wed",
        "thur" | "thurs" => "thu",
        _ => word,
    };
    word.parse::<Weekday>().ok()
}

/// A time of day and an optional zone and meridiem: `08:30`,
/// `08:30:00.250Z`, `08:30:00+01:00`, `8:30 pm`, `08:30:00 +0100`,
/// `08:30 GMT`.
fn is_time_and_zone(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let Some(after) = time_of_day(first) else {
        return false;
    };
    (after.is_empty() || is_zone(after) || is_meridiem(after))
        && words.all(|w| is_zone(w) || is_meridiem(w))
}

/// Reads `H:MM`, `HH:MM:SS` or `HH:MM:SS.fff` at the start of `word` and
/// returns what follows it.
fn time_of_day(word: &str) -> Option<&str> {
    let number = |s: &str, max: u32| -> Option<usize> {
        let len = s.bytes().take_while(u8::is_ascii_digit).count();
        let value: u32 = s.get(..len)?.parse().ok()?;
        (value <= max).then_some(len)
    };
    let hours = number(word, 23).filter(|&n| n == 1 || n == 2)?;
    let mut rest = word[hours..].strip_prefix(':')?;
    let minutes = number(rest, 59).filter(|&n| n == 2)?;
    rest = &rest[minutes..];
    if let Some(after) = rest.strip_prefix(':') {
        let seconds = number(after, 60).filter(|&n| n == 2)?;
        rest = &after[seconds..];
        if let Some(fraction) = rest.strip_prefix(['.', ',']) {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            rest = &fraction[digits..];
        }
    }
    Some(rest)
}

/// A time zone: `Z`, an offset (`+01:00`, `-0500`, `+01`), or an
/// abbreviation in capitals (`UTC`, `GMT`, `EST`, `CEST`).
fn is_zone(word: &str) -> bool {
    if word == "Z" || word == "z" {
        return true;
    }
    if let Some(offset) = word.strip_prefix(['+', '-', '\u{2212}']) {
        let digits: String = offset.chars().filter(|&c| c != ':').collect();
        let colons = offset.len() - digits.len();
        return digits.bytes().all(|b| b.is_ascii_digit())
            && (digits.len() == 2 && colons == 0 || digits.len() == 4 && colons <= 1);
    }
    (2..=5).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// `am`, `pm`, `a.m.`, `p.m.`, in any case.
fn is_meridiem(word: &str) -> bool {
    ["am", "pm", "a.m.", "p.m."]
        .iter()
        .any(|m| word.eq_ignore_ascii_case(m))
}

/// Lines of a text with their 1-based numbers; `pos` is the byte after the
/// last line returned.
struct LineIter<'t> {
    text: &'t str,
    pos: usize,
    number: usize,
}

impl<'t> Iterator for LineIter<'t> {
    type Item = (&'t str, usize);

    fn next(&mut self) -> Option<(&'t str, usize)> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let (line, advance) = match rest.find('\n') {
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        self.pos += advance;
        self.number += 1;
        Some((line.strip_suffix('\r').unwrap_or(line), self.number))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    /// A fresh directory under the system temporary directory, removed when
    /// dropped.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> TempDir {
            let dir = std::env::temp_dir()
                .join(format!("crosscheck-source-{}-{name}", std::process::id()));
            let _ = fs::remove_dir_all(&dir);
            fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }

        fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
            let path = self.0.join(name);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).unwrap();
            }
            fs::write(&path, bytes).unwrap();
            path
        }

        fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn ids(sources: &[Source]) -> Vec<&str> {
        sources.iter().map(Source::id).collect()
    }

    #[test]
    fn read_takes_the_stem_as_id_and_keeps_the_path_as_given() {
        let dir = TempDir::new("stem");
        let path = dir.file("ban.story.txt", b"---\ntitle: Ban\n---\nEight apps.\n");
        let source = Source::read(&path).unwrap();
        assert_eq!(source.id(), "ban.story");
        assert_eq!(source.path(), Some(path.to_str().unwrap()));
        assert_eq!(source.meta().title.as_deref(), Some("Ban"));
        assert_eq!(source.body(), "Eight apps.\n");
        assert_eq!(source.text(), "---\ntitle: Ban\n---\nEight apps.\n");
        assert!(!source.is_lossy());
    }

    #[test]
    fn read_does_not_canonicalize_a_relative_path() {
        let dir = TempDir::new("relative");
        dir.file("a.txt", b"Eight apps.");
        let given = dir.path().join(".").join("a.txt");
        let source = Source::read(&given).unwrap();
        assert_eq!(source.path(), Some(given.to_str().unwrap()));
        assert!(source.path().unwrap().contains("/./"));
    }

    #[test]
    fn a_missing_file_is_an_io_error_naming_it() {
        let err = Source::read("does/not/exist.txt").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Io);
        assert_eq!(err.path(), Some(Path::new("does/not/exist.txt")));
        assert_eq!(
            err.to_string(),
            "failed to read does/not/exist.txt: no such file or directory (os error 2)"
        );
        assert!(std::error::Error::source(&err).is_some());
    }

    #[test]
    fn a_directory_read_as_a_file_is_an_io_error() {
        let dir = TempDir::new("dir-as-file");
        let err = Source::read(dir.path()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Io);
        let message = err.to_string();
        assert!(message.starts_with(&format!("failed to read {}: ", dir.path().display())));
        assert!(message.contains("is a directory"), "{message}");
    }

    #[test]
    fn invalid_utf8_names_the_file_the_byte_and_the_line() {
        let dir = TempDir::new("utf8");
        let path = dir.file("latin1.txt", b"First line.\nCaf\xE9 owners.\n");
        let err = Source::read(&path).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Encoding);
        assert_eq!(err.line(), Some(2));
        assert_eq!(err.path(), Some(path.as_path()));
        assert_eq!(
            err.to_string(),
            format!(
                "failed to read {}: invalid UTF-8 at byte 15 (line 2)",
                path.display()
            )
        );
    }

    #[test]
    fn a_truncated_sequence_at_the_end_is_invalid_utf8() {
        let err =
            Source::from_bytes("t", b"ok \xE2\x82".to_vec(), &ReadOptions::new()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Encoding);
        assert_eq!(
            err.to_string(),
            "failed to read t: invalid UTF-8 at byte 3 (line 1)"
        );
    }

    #[test]
    fn lossy_reading_replaces_bad_bytes_and_marks_the_source() {
        let dir = TempDir::new("lossy");
        let path = dir.file("latin1.txt", b"Caf\xE9 owners, 45 days\n");
        let options = ReadOptions::new().lossy(true);
        let source = Source::read_with(&path, &options).unwrap();
        assert!(source.is_lossy());
        assert_eq!(source.text(), "Caf\u{FFFD} owners, 45 days\n");
        // Offsets are into the decoded text: the replacement takes 3 bytes
        // where the file had 1, so "45" moves from byte 13 to byte 15.
        assert_eq!(source.text().find("45"), Some(15));
    }

    #[test]
    fn lossy_reading_of_valid_text_is_not_marked() {
        let source =
            Source::from_bytes("a", "Café".as_bytes(), &ReadOptions::new().lossy(true)).unwrap();
        assert!(!source.is_lossy());
        assert_eq!(source.text(), "Café");
    }

    /// The warnings of a source as they display, file and line included.
    fn shown(source: &Source) -> Vec<String> {
        source.warnings().iter().map(ToString::to_string).collect()
    }

    fn parsed(text: &str) -> Source {
        Source::parse("a", text).unwrap()
    }

    #[test]
    fn an_empty_file_is_a_source_with_an_empty_body_and_a_warning() {
        let dir = TempDir::new("empty");
        let path = dir.file("empty.txt", b"");
        let source = Source::read(&path).unwrap();
        assert_eq!(source.id(), "empty");
        assert_eq!(source.text(), "");
        assert_eq!(source.body_span(), Span::new(0, 0));
        assert_eq!(source.meta(), &Meta::default());
        assert_eq!(
            shown(&source),
            [format!(
                "{}: nothing to check: the text is empty",
                path.display()
            )]
        );
        assert_eq!(source.warnings()[0].kind(), WarningKind::Empty);
    }

    #[test]
    fn white_space_or_front_matter_alone_is_nothing_to_check() {
        let cases = [
            (" \n\t\r\n\u{feff}", "the text is only white space"),
            ("---\ntitle: T\n---\n", "there is only front matter"),
            ("---\ntitle: T\n---\n  \n\n", "there is only front matter"),
        ];
        for (text, why) in cases {
            let source = parsed(text);
            assert_eq!(
                shown(&source),
                [format!("nothing to check: {why}")],
                "{text:?}"
            );
        }
        assert!(parsed("---\ntitle: T\n---\n8 apps").warnings().is_empty());
        let raw = Source::from_bytes("raw", "  \n", &ReadOptions::new().front_matter(false));
        assert_eq!(raw.unwrap().warnings()[0].kind(), WarningKind::Empty);
    }

    #[test]
    fn bytes_with_bad_front_matter_name_the_id_and_the_line() {
        let bytes = b"---\ntitle: T\njust words\n---\nBody.".to_vec();
        let err = Source::from_bytes("stdin", bytes, &ReadOptions::new()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::FrontMatter);
        assert_eq!(
            err.to_string(),
            "stdin:3: front matter line is not `key: value`: \"just words\""
        );
        let warned = Source::from_bytes("stdin", "---\nauthor: A\n---\nBody.", &ReadOptions::new());
        assert_eq!(
            shown(&warned.unwrap()),
            [format!(
                "stdin:2: front matter key `author` is not one crosscheck reads ({KNOWN_KEYS}); \
                 its value is kept as metadata"
            )]
        );
    }

    #[test]
    fn malformed_front_matter_is_an_error_naming_the_file_and_the_line() {
        let dir = TempDir::new("front-matter");
        let cases: [(&str, &[u8], usize, &str); 5] = [
            (
                "no-colon.txt",
                b"---\ntitle: T\njust words\n---\n",
                3,
                "front matter line is not `key: value`: \"just words\"",
            ),
            (
                "no-key.txt",
                b"---\n: value\n---\n",
                2,
                "front matter line is not `key: value`: \": value\"",
            ),
            (
                "stray-item.txt",
                b"---\n- item\n---\n",
                2,
                "front matter line is not `key: value`: \"- item\"",
            ),
            (
                "unclosed.txt",
                b"---\ntitle: T\nurl: u\n",
                1,
                "front matter opened with `---` on line 1 is never closed",
            ),
            (
                "unclosed-empty.txt",
                b"---\n",
                1,
                "front matter opened with `---` on line 1 is never closed",
            ),
        ];
        for (name, bytes, line, why) in cases {
            let path = dir.file(name, bytes);
            let err = Source::read(&path).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::FrontMatter, "{name}");
            assert_eq!(err.line(), Some(line), "{name}");
            assert_eq!(
                err.to_string(),
                format!("{}:{line}: {why}", path.display()),
                "{name}"
            );
        }
    }

    #[test]
    fn unknown_keys_are_kept_as_metadata_with_a_warning_naming_the_file_and_line() {
        let dir = TempDir::new("unknown-keys");
        let path = dir.file(
            "hugo.txt",
            b"---\ntitle: Ban\nauthor: Jane Doe\ndraft: false\nTitle: Again\n---\nEight apps.\n",
        );
        let source = Source::read(&path).unwrap();
        assert_eq!(source.meta().title.as_deref(), Some("Ban"));
        let extra: Vec<(&str, &str)> = source
            .meta()
            .extra
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(extra, [("author", "Jane Doe"), ("draft", "false")]);
        let kinds: Vec<WarningKind> = source.warnings().iter().map(Warning::kind).collect();
        assert_eq!(
            kinds,
            [
                WarningKind::UnknownKey,
                WarningKind::UnknownKey,
                WarningKind::RepeatedKey
            ]
        );
        let first = &source.warnings()[0];
        assert_eq!(first.path(), Some(path.to_str().unwrap()));
        assert_eq!((first.line(), first.key()), (Some(3), Some("author")));
        assert_eq!(
            first.to_string(),
            format!(
                "{}:3: front matter key `author` is not one crosscheck reads ({KNOWN_KEYS}); \
                 its value is kept as metadata",
                path.display()
            )
        );
        assert_eq!(
            source.warnings()[2].message(),
            "front matter key `Title` repeats `title` (line 2); the first value is kept"
        );
        assert_eq!(source.body(), "Eight apps.\n");
    }

    #[test]
    fn a_repeated_key_keeps_its_first_value() {
        let source = parsed("---\ntitle: One\nurl: u\ntitle: Two\n---\nx");
        assert_eq!(source.meta().title.as_deref(), Some("One"));
        assert_eq!(
            shown(&source),
            [
                "line 4: front matter key `title` is given again (first on line 2); the first value is kept"
            ]
        );
        let dated = parsed("---\npublished: 2025-03-12\ndate: 2025-03-13\n---\nx");
        assert_eq!(dated.meta().published, NaiveDate::from_ymd_opt(2025, 3, 12));
        assert_eq!(dated.warnings()[0].kind(), WarningKind::RepeatedKey);
    }

    #[test]
    fn keys_are_matched_without_case_and_date_is_published() {
        let source =
            parsed("---\nTITLE: Ban\nDate: 2021-01-06\nURL: https://example.com/a\n---\nx");
        assert_eq!(source.meta().title.as_deref(), Some("Ban"));
        assert_eq!(source.meta().published, NaiveDate::from_ymd_opt(2021, 1, 6));
        assert_eq!(source.meta().url.as_deref(), Some("https://example.com/a"));
        assert!(source.warnings().is_empty(), "{:?}", source.warnings());
    }

    #[test]
    fn publication_dates_are_read_in_their_common_forms() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let cases = [
            ("2025-03-12", day(2025, 3, 12)),
            ("2025/03/12", day(2025, 3, 12)),
            ("2025-03-12T08:30:00Z", day(2025, 3, 12)),
            ("2025-03-12T08:30:00+01:00", day(2025, 3, 12)),
            ("2025-03-12T23:30:00.123-05:00", day(2025, 3, 12)),
            ("2025-03-12 08:30:00 +0100", day(2025, 3, 12)),
            ("2025-03-12t08:30", day(2025, 3, 12)),
            ("12 March 2025", day(2025, 3, 12)),
            ("12th March 2025", day(2025, 3, 12)),
            ("March 12, 2025", day(2025, 3, 12)),
            ("march 12 2025", day(2025, 3, 12)),
            ("Mar. 12, 2025", day(2025, 3, 12)),
            ("Sept. 3, 2024", day(2024, 9, 3)),
            ("3 Sep 2024", day(2024, 9, 3)),
            ("Wednesday, 12 March 2025", day(2025, 3, 12)),
            ("Wed, 12 Mar 2025 08:30:00 GMT", day(2025, 3, 12)),
            ("Wed, 12 Mar 2025 08:30:00 +0000", day(2025, 3, 12)),
            ("March 12, 2025 at 8:30 a.m. EST", day(2025, 3, 12)),
            ("12 March 2025, 8:30pm", day(2025, 3, 12)),
            ("\"2025-03-12\"", day(2025, 3, 12)),
            ("'12 March 2025'", day(2025, 3, 12)),
            ("29 February 2024", day(2024, 2, 29)),
        ];
        for (value, date) in cases {
            let source = parsed(&format!("---\npublished: {value}\n---\nEight apps."));
            assert_eq!(source.meta().published, Some(date), "{value}");
            assert!(
                source.warnings().is_empty(),
                "{value}: {:?}",
                source.warnings()
            );
        }
    }

    #[test]
    fn an_unreadable_date_is_a_warning_and_the_source_is_read_without_it() {
        let unreadable = [
            "2021-13-01",
            "29 February 2025",
            "12/03/2025",
            "next Tuesday",
            "March 2025",
            "12 March 25",
            "Thursday, 12 March 2025",
            "2025-03-12T",
            "2025-03-12T25:00",
            "2025-03-12 soon",
            "12 March 2025 later",
            "2025-03-12T08:30:00+1",
            "١٢ March 2025",
        ];
        for value in unreadable {
            let source = parsed(&format!(
                "---\ntitle: T\npublished: {value}\n---\nEight apps."
            ));
            assert_eq!(source.meta().published, None, "{value}");
            assert_eq!(source.meta().title.as_deref(), Some("T"), "{value}");
            assert_eq!(source.body(), "Eight apps.", "{value}");
            let [warning] = source.warnings() else {
                panic!("{value}: one warning expected: {:?}", source.warnings());
            };
            assert_eq!(warning.kind(), WarningKind::UnreadableDate, "{value}");
            assert_eq!(warning.line(), Some(3), "{value}");
            assert_eq!(warning.key(), Some("published"), "{value}");
            assert!(
                warning.message().starts_with(&format!(
                    "`published` is not a date crosscheck reads: {value:?}"
                )),
                "{}",
                warning.message()
            );
            assert!(
                warning
                    .message()
                    .ends_with("the source is checked without it")
            );
        }
    }

    #[test]
    fn quoted_values_are_unquoted() {
        let cases = [
            ("\"Fire: 15 dead\"", "Fire: 15 dead"),
            ("'Fire: 15 dead'", "Fire: 15 dead"),
            ("'It''s over'", "It's over"),
            (r#""Say \"no\" \\ \u00e9t\u00e9""#, "Say \"no\" \\ été"),
            (r#""bad \q escape \u12""#, r"bad \q escape \u12"),
            ("Fire: 15 dead", "Fire: 15 dead"),
            ("\"unbalanced", "\"unbalanced"),
            ("\"", "\""),
            ("'a' and 'b'", "a' and 'b"),
        ];
        for (value, title) in cases {
            let source = parsed(&format!("---\ntitle: {value}\n---\nx"));
            assert_eq!(source.meta().title.as_deref(), Some(title), "{value}");
        }
        let source = parsed("---\ntitle: \"\"\noutlet:\n---\nx");
        assert_eq!(
            (source.meta().title.clone(), source.meta().outlet.clone()),
            (None, None)
        );
    }

    #[test]
    fn values_go_on_over_indented_lines_and_lists() {
        let text = "---\n\
            # a comment\n\
            title: A long\n  \"headline\"\n\
            tags:\n  - fire\n  - 'city: north'\n\
            authors:\n- Jane Doe\n- name: Ed\n    role: desk\n\
            summary: >-\n  Two lines\n  of text\n\
            \n\
            outlet: The Daily\n\
            ---\nBody.";
        let source = parsed(text);
        let meta = source.meta();
        assert_eq!(meta.title.as_deref(), Some("A long \"headline\""));
        assert_eq!(meta.outlet.as_deref(), Some("The Daily"));
        assert_eq!(meta.extra["tags"], "fire, city: north");
        assert_eq!(meta.extra["authors"], "Jane Doe, name: Ed role: desk");
        assert_eq!(meta.extra["summary"], "Two lines of text");
        let odd = parsed("---\nseries: \"Fires\"\n- 2025\n---\nx");
        assert_eq!(odd.meta().extra["series"], "Fires, 2025");
        assert_eq!(source.body(), "Body.");
        let keys: Vec<Option<&str>> = source.warnings().iter().map(Warning::key).collect();
        assert_eq!(keys, [Some("tags"), Some("authors"), Some("summary")]);
    }

    #[test]
    fn binary_and_utf16_files_are_named_as_such() {
        let dir = TempDir::new("binary");
        let png = dir.file("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
        let err = Source::read(&png).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Encoding);
        assert_eq!(
            err.to_string(),
            format!(
                "failed to read {}: binary file, not text (a NUL byte at byte 8)",
                png.display()
            )
        );
        // A NUL byte in otherwise valid UTF-8 text is binary too, lossy or not.
        let nul = dir.file("nul.txt", b"Eight apps.\n\x00");
        let lossy = ReadOptions::new().lossy(true);
        let err = Source::read_with(&nul, &lossy).unwrap_err();
        assert!(
            err.to_string()
                .ends_with("binary file, not text (a NUL byte at byte 12)")
        );
        let utf16 = dir.file("wide.txt", b"\xFF\xFEE\x00i\x00");
        let err = Source::read_with(&utf16, &lossy).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "failed to read {}: UTF-16 text, not UTF-8 (it starts with a UTF-16 byte-order mark)",
                utf16.display()
            )
        );
    }

    #[test]
    fn files_with_one_stem_in_different_folders_are_all_kept() {
        let dir = TempDir::new("same-stem");
        let reuters = dir.path().join("reuters");
        let ap = dir.path().join("ap");
        dir.file("reuters/story.txt", b"Eight apps.");
        dir.file("ap/story.txt", b"Nine apps.");
        dir.file("ap/other.txt", b"Ten apps.");
        let (sources, errors) = read_paths([&reuters, &ap], &ReadOptions::new());
        assert!(errors.is_empty(), "{errors:?}");
        // Ids no other source shares are left as they were.
        assert_eq!(ids(&sources), ["reuters/story", "other", "ap/story"]);
        assert_eq!(sources[0].text(), "Eight apps.");
        assert_eq!(sources[2].text(), "Nine apps.");
        assert!(sources.iter().all(|s| s.warnings().is_empty()));
        // The same again, given in the other order: the same ids.
        let (again, _) = read_paths([&ap, &reuters], &ReadOptions::new());
        assert_eq!(ids(&again), ["other", "ap/story", "reuters/story"]);
    }

    #[test]
    fn each_id_is_the_shortest_end_of_its_path_that_no_other_shares() {
        let dir = TempDir::new("deep-stems");
        let paths = [
            dir.file("a/x/story.txt", b"1"),
            dir.file("b/x/story.txt", b"2"),
            dir.file("c/story.txt", b"3"),
            dir.file("story.txt", b"4"),
            dir.file("b/x/story.md.txt", b"5"),
        ];
        let (sources, errors) = read_paths(&paths, &ReadOptions::new());
        assert!(errors.is_empty(), "{errors:?}");
        let root = dir
            .path()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert_eq!(
            ids(&sources),
            [
                "a/x/story".to_string(),
                "b/x/story".to_string(),
                "c/story".to_string(),
                format!("{root}/story"),
                "story.md".to_string(),
            ]
        );
    }

    #[test]
    fn distinct_ends_grow_only_as_far_as_needed() {
        let parts = |names: &[&[&str]]| -> Vec<Vec<String>> {
            names
                .iter()
                .map(|n| n.iter().map(|s| s.to_string()).collect())
                .collect()
        };
        let p = parts(&[&["a", "x", "s"], &["b", "x", "s"], &["y", "s"], &["s"]]);
        let ends: Vec<String> = (0..p.len()).map(|n| shortest_distinct_end(n, &p)).collect();
        assert_eq!(ends, ["a/x/s", "b/x/s", "y/s", "s"]);
        let same = parts(&[&["x", "s"], &["x", "s"]]);
        assert_eq!(shortest_distinct_end(0, &same), "x/s#1");
        assert_eq!(shortest_distinct_end(1, &same), "x/s#2");
    }

    #[test]
    fn the_same_file_given_twice_is_read_once_with_a_warning() {
        let dir = TempDir::new("twice");
        let a = dir.file("a.txt", b"Eight apps.");
        let (sources, errors) = read_paths([&a, &a], &ReadOptions::new());
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(ids(&sources), ["a"]);
        assert_eq!(
            shown(&sources[0]),
            [format!(
                "{}: named more than once; it is read once",
                a.display()
            )]
        );
        assert_eq!(sources[0].warnings()[0].kind(), WarningKind::RepeatedPath);

        // Named by itself and through its directory: still one source.
        let spelled = dir.path().join(".").join("a.txt");
        let (sources, errors) = read_paths([spelled.as_path(), dir.path()], &ReadOptions::new());
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(ids(&sources), ["a"]);
        assert_eq!(
            shown(&sources[0]),
            [format!(
                "{}: the same file as {}; it is read once",
                dir.path().join("a.txt").display(),
                spelled.display()
            )]
        );

        // A file that fails is named once, not once per mention.
        let bad = dir.file("bad.txt", b"\xFF");
        let (_, errors) = read_paths([&bad, &bad], &ReadOptions::new());
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn without_front_matter_the_whole_text_is_the_body() {
        let text = "---\nauthor: A\n---\nBody.";
        let options = ReadOptions::new().front_matter(false);
        let source = Source::from_bytes("raw", text, &options).unwrap();
        assert_eq!(source.body(), text);
        assert_eq!(source.meta(), &Meta::default());
    }

    #[test]
    fn read_paths_reads_files_and_sorted_directories_in_the_order_given() {
        let dir = TempDir::new("paths");
        let news = dir.path().join("news");
        fs::create_dir(&news).unwrap();
        for name in ["b.txt", "a.txt", "c.md", ".hidden.txt", "notes.TXT"] {
            fs::write(news.join(name), "Eight apps.").unwrap();
        }
        fs::create_dir(news.join("sub.txt")).unwrap();
        let extra = dir.file("z.txt", b"Nine apps.");
        let (sources, errors) = read_paths([extra.as_path(), news.as_path()], &ReadOptions::new());
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(ids(&sources), ["z", "a", "b"]);
        assert_eq!(
            sources[1].path(),
            Some(news.join("a.txt").to_str().unwrap())
        );
    }

    #[test]
    fn read_paths_skips_bad_paths_and_reads_the_rest() {
        let dir = TempDir::new("skip");
        let good = dir.file("good.txt", b"Eight apps.");
        let bad = dir.file("bad.txt", b"\xFF");
        let missing = dir.path().join("missing.txt");
        let (sources, errors) = read_paths([&bad, &missing, &good], &ReadOptions::new());
        assert_eq!(ids(&sources), ["good"]);
        let kinds: Vec<ErrorKind> = errors.iter().map(Error::kind).collect();
        assert_eq!(kinds, [ErrorKind::Encoding, ErrorKind::Io]);
        assert_eq!(
            errors[0].to_string(),
            format!(
                "failed to read {}: invalid UTF-8 at byte 0 (line 1)",
                bad.display()
            )
        );
        assert!(errors[1].to_string().starts_with(&format!(
            "failed to read {}: no such file",
            missing.display()
        )));
    }

    #[test]
    fn read_paths_with_lossy_options_reads_bad_bytes() {
        let dir = TempDir::new("paths-lossy");
        let bad = dir.file("bad.txt", b"\xFF 45 days");
        let (sources, errors) = read_paths([&bad], &ReadOptions::new().lossy(true));
        assert!(errors.is_empty());
        assert!(sources[0].is_lossy());
    }

    #[test]
    fn a_directory_without_txt_files_is_a_no_sources_error() {
        let dir = TempDir::new("no-sources");
        let empty = dir.path().join("empty");
        fs::create_dir(&empty).unwrap();
        fs::write(empty.join("notes.md"), "Eight apps.").unwrap();
        let (sources, errors) = read_paths([&empty], &ReadOptions::new());
        assert!(sources.is_empty());
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].kind(), ErrorKind::NoSources);
        assert_eq!(errors[0].path(), Some(empty.as_path()));
        assert_eq!(
            errors[0].to_string(),
            format!("{}: directory holds no `*.txt` file", empty.display())
        );
    }

    #[test]
    fn read_paths_with_no_paths_reads_nothing() {
        let (sources, errors) = read_paths(Vec::<PathBuf>::new(), &ReadOptions::new());
        assert!(sources.is_empty());
        assert!(errors.is_empty());
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
