//! The one error type of the crate.
//!
//! Checking article text never fails: a contradiction is a finding and a
//! number that cannot be normalized is a recorded rejection. [`Error`] is for
//! misuse: unreadable files, malformed front matter, bad configuration.

use std::fmt;
use std::path::{Path, PathBuf};

/// What went wrong, in broad strokes. Match on this rather than on messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file or directory could not be read.
    Io,
    /// A file is not valid UTF-8.
    Encoding,
    /// A front-matter block is malformed (unknown key, bad date, no end).
    FrontMatter,
    /// A directory holds no `*.txt` sources.
    NoSources,
    /// The checker's configuration is invalid.
    Config,
    /// A documented limit (source size, facts, sources) was exceeded.
    Limit,
    /// Two sources share one id.
    DuplicateSource,
}

/// An error: its kind, the input that caused it, and a message.
///
/// Messages are lowercase with no final period, and name the file, the line
/// or the byte where the problem is: `failed to read a.txt: invalid UTF-8 at
/// byte 12`.
#[derive(Debug)]
pub struct Error {
    inner: Box<Inner>,
}

/// The private part of an [`Error`]. `thiserror` writes its `Display` and
/// `Error` impls; the public type stays opaque and one pointer wide.
#[derive(Debug, thiserror::Error)]
#[error("{}", render(self))]
struct Inner {
    kind: ErrorKind,
    path: Option<PathBuf>,
    line: Option<usize>,
    message: String,
    #[source]
    source: Option<std::io::Error>,
}

/// The message of an error: a file that could not be read or decoded says
/// so first (its message carries the line itself when there is one:
/// "invalid UTF-8 at byte 12 (line 2)"); other errors lead with the place.
fn render(e: &Inner) -> String {
    if matches!(e.kind, ErrorKind::Io | ErrorKind::Encoding) {
        return match &e.path {
            Some(p) => format!("failed to read {}: {}", p.display(), e.message),
            None => e.message.clone(),
        };
    }
    match (&e.path, e.line) {
        (Some(p), Some(l)) => format!("{}:{}: {}", p.display(), l, e.message),
        (Some(p), None) => format!("{}: {}", p.display(), e.message),
        (None, Some(l)) => format!("line {}: {}", l, e.message),
        (None, None) => e.message.clone(),
    }
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            inner: Box::new(Inner {
                kind,
                path: None,
                line: None,
                message: message.into(),
                source: None,
            }),
        }
    }

    pub(crate) fn io(path: &Path, err: std::io::Error) -> Error {
        let mut e = Error::new(ErrorKind::Io, err.to_string().to_lowercase());
        e.inner.path = Some(path.to_path_buf());
        e.inner.source = Some(err);
        e
    }

    pub(crate) fn with_path(mut self, path: &Path) -> Error {
        self.inner.path = Some(path.to_path_buf());
        self
    }

    pub(crate) fn with_line(mut self, line: usize) -> Error {
        self.inner.line = Some(line);
        self
    }

    /// The broad kind of the error.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The file the error is about, when there is one.
    pub fn path(&self) -> Option<&Path> {
        self.inner.path.as_deref()
    }

    /// The 1-based line the error is about, when there is one.
    pub fn line(&self) -> Option<usize> {
        self.inner.line
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.inner, f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&*self.inner)
    }
}
