//! Sources: one article's text, its id and what its front matter says, and
//! the reading of sources from files and directories.
//!
//! [`Source::read`] reads one file; [`read_paths`] reads what a command line
//! names (files, and directories of `*.txt` files), keeping every source it
//! can read and one [`Error`] for each path it cannot, so one bad file does
//! not stop the others.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
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
}

/// What a source's front matter (or its caller) says about it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The headline, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The publisher, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// Where the article was published, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The publication date, when given. Relative dates ("last month",
    /// "Tuesday") resolve against it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
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
        }
    }

    /// A source whose text may begin with a front-matter block: a `---`
    /// line, `key: value` lines (`title`, `published` as YYYY-MM-DD,
    /// `outlet`, `url`), and a closing `---` line.
    ///
    /// # Errors
    ///
    /// An error of kind [`ErrorKind::FrontMatter`], naming the 1-based line,
    /// when the block has an unknown key, a line that is not `key: value`, a
    /// date that is not YYYY-MM-DD, a repeated key, or no closing `---`.
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::Source;
    /// let text = "---\ntitle: Ban\npublished: 2021-01-06\n---\nEight apps.";
    /// let s = Source::parse("a", text).unwrap();
    /// assert_eq!(s.meta().title.as_deref(), Some("Ban"));
    /// assert_eq!(s.body(), "Eight apps.");
    /// ```
    pub fn parse(id: impl Into<String>, text: impl Into<String>) -> Result<Source, Error> {
        let text = text.into();
        let (meta, body) = parse_front_matter(&text)?;
        Ok(Source {
            id: id.into(),
            path: None,
            text,
            body,
            meta,
            lossy: false,
        })
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

    /// The source id (for files, the file stem).
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
    /// typed.
    ///
    /// # Errors
    ///
    /// Every error names the file:
    ///
    /// - [`ErrorKind::Io`] when the file cannot be read (`failed to read
    ///   a.txt: no such file or directory (os error 2)`);
    /// - [`ErrorKind::Encoding`] when it is not UTF-8, with the offset of the
    ///   first bad byte (`failed to read a.txt: invalid UTF-8 at byte 12
    ///   (line 2)`);
    /// - [`ErrorKind::FrontMatter`] when its front matter is malformed, with
    ///   the line (`a.txt:3: \`published\` is not a YYYY-MM-DD date:
    ///   "2021-13-01"`).
    ///
    /// An empty file is not an error: it is a source with no facts.
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
    /// replaced rather than an error, and with
    /// [`ReadOptions::front_matter`]`(false)` there are no front-matter
    /// errors.
    ///
    /// # Example
    ///
    /// ```no_run
    /// use crosscheck::source::{ReadOptions, Source};
    /// let options = ReadOptions::new().lossy(true);
    /// let source = Source::read_with("news/legacy.txt", &options)?;
    /// if source.is_lossy() {
    ///     eprintln!("{}: invalid UTF-8 was replaced", source.id());
    /// }
    /// # Ok::<(), crosscheck::Error>(())
    /// ```
    pub fn read_with(path: impl AsRef<Path>, options: &ReadOptions) -> Result<Source, Error> {
        let path = path.as_ref();
        let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
        let source =
            Source::from_bytes(file_id(path), bytes, options).map_err(|e| e.with_path(path))?;
        Ok(source.with_path(path.to_string_lossy()))
    }

    /// A source from bytes already read (standard input, a network body),
    /// decoded and split as [`Source::read_with`] does for a file.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Encoding`] for invalid UTF-8 (unless
    /// [`ReadOptions::lossy`]), [`ErrorKind::FrontMatter`] for a malformed
    /// front-matter block. The errors name the id where a file would be
    /// named, and the line: `failed to read stdin: invalid UTF-8 at byte 15
    /// (line 2)`, `stdin:3: unknown front matter key \`author\` ...`.
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
    /// ```
    pub fn from_bytes(
        id: impl Into<String>,
        bytes: impl Into<Vec<u8>>,
        options: &ReadOptions,
    ) -> Result<Source, Error> {
        let id = id.into();
        let name = |e: Error| e.with_path(Path::new(&id));
        let (text, lossy) = decode(bytes.into(), options.lossy).map_err(name)?;
        let mut source = if options.front_matter {
            Source::parse(id.clone(), text).map_err(name)?
        } else {
            Source::new(id, text)
        };
        source.lossy = lossy;
        Ok(source)
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
    /// ([`Source::is_lossy`]) instead of failing with
    /// [`ErrorKind::Encoding`].
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
/// Each path that cannot be used yields one error naming it, and the other
/// paths are still read:
///
/// - a missing path, an unreadable file or directory: [`ErrorKind::Io`];
/// - a file that is not UTF-8 (and `options` is not lossy):
///   [`ErrorKind::Encoding`];
/// - malformed front matter: [`ErrorKind::FrontMatter`];
/// - a directory with no `*.txt` file: [`ErrorKind::NoSources`];
/// - a source whose id (file stem) is already taken by an earlier one:
///   [`ErrorKind::DuplicateSource`], naming both paths; the first is kept.
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
    let mut sources = Vec::new();
    let mut errors = Vec::new();
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
                    add_file(file, options, &mut sources, &mut errors);
                }
            }
            Ok(_) => add_file(path, options, &mut sources, &mut errors),
        }
    }
    (sources, errors)
}

/// Reads one file into `sources`, or its error into `errors`.
fn add_file(
    path: &Path,
    options: &ReadOptions,
    sources: &mut Vec<Source>,
    errors: &mut Vec<Error>,
) {
    match Source::read_with(path, options) {
        Ok(source) => match sources.iter().find(|s| s.id == source.id) {
            Some(first) => errors.push(duplicate(first, path)),
            None => sources.push(source),
        },
        Err(e) => errors.push(e),
    }
}

/// The error for a source whose id an earlier source already has.
fn duplicate(first: &Source, path: &Path) -> Error {
    let first_path = first.path().unwrap_or(first.id());
    let message = if Path::new(first_path) == path {
        format!("source `{}` is given twice; it is read once", first.id)
    } else {
        format!(
            "source id `{}` is already taken by {first_path}; this file is skipped",
            first.id
        )
    };
    Error::new(ErrorKind::DuplicateSource, message).with_path(path)
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

/// Splits a leading front-matter block off `text`: its metadata, and the span
/// of the body that follows it.
fn parse_front_matter(text: &str) -> Result<(Meta, Span), Error> {
    let mut meta = Meta::default();
    let mut lines = LineIter {
        text,
        pos: 0,
        number: 0,
    };
    let Some((first, _)) = lines.next() else {
        return Ok((meta, Span::new(0, text.len())));
    };
    // A leading byte-order mark is tolerated before the opening fence.
    if first.trim_start_matches('\u{feff}').trim_end() != "---" {
        return Ok((meta, Span::new(0, text.len())));
    }
    let mut seen: Vec<&str> = Vec::new();
    while let Some((line, number)) = lines.next() {
        let trimmed = line.trim_end();
        if trimmed == "---" {
            return Ok((meta, Span::new(lines.pos, text.len())));
        }
        if trimmed.trim().is_empty() {
            continue;
        }
        let fail = |why: String| Err(Error::new(ErrorKind::FrontMatter, why).with_line(number));
        let Some((key, value)) = trimmed.split_once(':') else {
            return fail(format!(
                "front matter line is not `key: value`: {:?}",
                trimmed
            ));
        };
        let key = key.trim();
        let value = value.trim().trim_matches('"').to_string();
        if seen.contains(&key) {
            return fail(format!("front matter key `{key}` is given twice"));
        }
        match key {
            "title" => meta.title = Some(value),
            "outlet" => meta.outlet = Some(value),
            "url" => meta.url = Some(value),
            "published" => match NaiveDate::parse_from_str(&value, "%Y-%m-%d") {
                Ok(d) if value.len() == 10 => meta.published = Some(d),
                _ => return fail(format!("`published` is not a YYYY-MM-DD date: {value:?}")),
            },
            other => {
                return fail(format!(
                    "unknown front matter key `{other}` (expected title, published, outlet or url)"
                ));
            }
        }
        seen.push(key);
    }
    Err(Error::new(
        ErrorKind::FrontMatter,
        "front matter opened with `---` on line 1 is never closed",
    )
    .with_line(1))
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
    fn an_empty_file_is_a_source_with_an_empty_body() {
        let dir = TempDir::new("empty");
        let source = Source::read(dir.file("empty.txt", b"")).unwrap();
        assert_eq!(source.id(), "empty");
        assert_eq!(source.text(), "");
        assert_eq!(source.body_span(), Span::new(0, 0));
        assert_eq!(source.meta(), &Meta::default());
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
    fn bytes_with_bad_front_matter_name_the_id_and_the_line() {
        let bytes = b"---\nauthor: A\n---\nBody.".to_vec();
        let err = Source::from_bytes("stdin", bytes, &ReadOptions::new()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::FrontMatter);
        assert_eq!(
            err.to_string(),
            "stdin:2: unknown front matter key `author` (expected title, published, outlet or url)"
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

    #[test]
    fn bad_front_matter_names_the_file_and_the_line() {
        let dir = TempDir::new("front-matter");
        let cases: [(&str, &[u8], usize, &str); 5] = [
            (
                "bad-date.txt",
                b"---\ntitle: T\npublished: 2021-13-01\n---\nBody.\n",
                3,
                "`published` is not a YYYY-MM-DD date: \"2021-13-01\"",
            ),
            (
                "unknown.txt",
                b"---\nauthor: A\n---\nBody.\n",
                2,
                "unknown front matter key `author` (expected title, published, outlet or url)",
            ),
            (
                "no-colon.txt",
                b"---\ntitle: T\njust words\n---\n",
                3,
                "front matter line is not `key: value`: \"just words\"",
            ),
            (
                "twice.txt",
                b"---\nurl: a\nurl: b\n---\n",
                3,
                "front matter key `url` is given twice",
            ),
            (
                "unclosed.txt",
                b"---\ntitle: T\nurl: u\n",
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
    fn a_repeated_id_is_an_error_naming_both_paths_and_the_first_is_kept() {
        let dir = TempDir::new("duplicate");
        let one = dir.path().join("one");
        let two = dir.path().join("two");
        fs::create_dir(&one).unwrap();
        fs::create_dir(&two).unwrap();
        fs::write(one.join("a.txt"), "Eight apps.").unwrap();
        fs::write(two.join("a.txt"), "Nine apps.").unwrap();
        let (sources, errors) = read_paths([&one, &two], &ReadOptions::new());
        assert_eq!(ids(&sources), ["a"]);
        assert_eq!(sources[0].text(), "Eight apps.");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].kind(), ErrorKind::DuplicateSource);
        assert_eq!(
            errors[0].to_string(),
            format!(
                "{}: source id `a` is already taken by {}; this file is skipped",
                two.join("a.txt").display(),
                one.join("a.txt").display()
            )
        );
    }

    #[test]
    fn the_same_file_given_twice_is_read_once() {
        let dir = TempDir::new("twice");
        let a = dir.file("a.txt", b"Eight apps.");
        let (sources, errors) = read_paths([&a, &a], &ReadOptions::new());
        assert_eq!(ids(&sources), ["a"]);
        assert_eq!(errors[0].kind(), ErrorKind::DuplicateSource);
        assert_eq!(
            errors[0].to_string(),
            format!(
                "{}: source `a` is given twice; it is read once",
                a.display()
            )
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
