//! Reading sources from files and directories: ids, binary and empty
//! files, decoding.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::OsString;
use std::fs;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

use super::*;
use crate::error::{Error, ErrorKind};
use crate::parallel;

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
    pub(super) lossy: bool,
    pub(super) front_matter: bool,
    pub(super) threads: Option<usize>,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            lossy: false,
            front_matter: true,
            threads: None,
        }
    }
}

impl ReadOptions {
    /// The defaults: invalid UTF-8 is an error, front matter is parsed,
    /// files are read on as many threads as the machine has.
    pub fn new() -> ReadOptions {
        ReadOptions::default()
    }

    /// When `yes`, text that is not valid UTF-8 is decoded with each invalid
    /// sequence replaced by U+FFFD, and the source is marked
    /// ([`Source::is_lossy`], and a [`WarningKind::Lossy`] warning) instead
    /// of failing with [`ErrorKind::Encoding`](crate::ErrorKind::Encoding). Binary files (with a NUL
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

    /// The most threads [`read_paths`] reads files on; by default as many
    /// as the machine has. Fewer are used when there are few files, and
    /// none but the caller's for a handful. What comes back is the same
    /// for any number: sources, errors and warnings in the order of the
    /// paths. `0` counts as `1`.
    pub fn threads(mut self, threads: usize) -> ReadOptions {
        self.threads = Some(threads.max(1));
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
/// - Many files are read on several threads ([`ReadOptions::threads`]);
///   the result is the same as on one.
///
/// Each path that cannot be used yields one error naming it, and the other
/// paths are still read:
///
/// - a missing path, an unreadable file or directory: [`ErrorKind::Io`](crate::ErrorKind::Io);
/// - a binary file, UTF-16 text, or a file that is not UTF-8 (and `options`
///   is not lossy): [`ErrorKind::Encoding`](crate::ErrorKind::Encoding);
/// - malformed front matter: [`ErrorKind::FrontMatter`](crate::ErrorKind::FrontMatter);
/// - a directory with no `*.txt` file: [`ErrorKind::NoSources`](crate::ErrorKind::NoSources).
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
    // First every path is listed, in order, and each file named again is
    // known by what it is on disk; then the files are read, on several
    // threads when there are many; then sources, errors and warnings are
    // put in the order of the paths. Reading apart from listing changes
    // nothing in what comes back.
    let steps = list(paths);
    let files: Vec<&Path> = steps
        .iter()
        .filter_map(|step| match step {
            Step::Read(file) => Some(file.as_path()),
            _ => None,
        })
        .collect();
    let threads = options
        .threads
        .unwrap_or_else(parallel::machine_threads)
        .min(files.len() / FILES_PER_THREAD)
        .max(1);
    let mut read = parallel::map_in_order(&files, threads, |file| Source::read_with(file, options))
        .into_iter();
    // Room for every file: a source per file read is the common case, and
    // a list grown by doubling copies every source on the way.
    let mut sources: Vec<Source> = Vec::with_capacity(files.len());
    let mut errors = Vec::new();
    // For each file read, by its place among the reads: the index of its
    // source, or `None` when reading it failed (its error is out already).
    let mut at: Vec<Option<usize>> = Vec::with_capacity(files.len());
    for step in steps {
        match step {
            Step::Fail(e) => errors.push(e),
            Step::Read(_) => match read.next() {
                Some(Ok(source)) => {
                    at.push(Some(sources.len()));
                    sources.push(source);
                }
                Some(Err(e)) => {
                    at.push(None);
                    errors.push(e);
                }
                None => at.push(None),
            },
            Step::Again(file, first) => {
                if let Some(index) = at.get(first).copied().flatten() {
                    let warning = repeated_path(&sources[index], &file);
                    sources[index].warnings.push(warning);
                }
            }
        }
    }
    distinguish_ids(&mut sources);
    (sources, errors)
}

/// Below this many files per thread, reading them on more threads costs
/// more than it saves: a file of news is read and split in about the time
/// a thread takes to start.
const FILES_PER_THREAD: usize = 32;

/// One step of reading the paths given, in their order.
enum Step {
    /// A path that cannot be used.
    Fail(Error),
    /// A file to read.
    Read(PathBuf),
    /// A file read already, as the read of this number (counting reads
    /// only, from 0).
    Again(PathBuf, usize),
}

/// The steps that read `paths`: each file once, in order, directories
/// listed and sorted.
fn list<I, P>(paths: I) -> Vec<Step>
where
    I: IntoIterator<Item = P>,
    P: AsRef<Path>,
{
    let paths: Vec<P> = paths.into_iter().collect();
    let mut steps = Vec::new();
    // Each file listed so far, by what it is on disk: keyed by the bytes
    // of its canonical path, the number of its read. Comparing paths
    // component by component took a tenth of the time it takes to check
    // 1,000 files; hashing the bytes takes less than ordering them, whose
    // long shared folders make every comparison long. The map is only
    // looked up, never walked, so its order cannot show.
    let mut seen: HashMap<OsString, usize> = HashMap::new();
    let mut reads = 0;
    let mut add = |file: PathBuf, identity: OsString, steps: &mut Vec<Step>| {
        if let Some(&first) = seen.get(&identity) {
            steps.push(Step::Again(file, first));
        } else {
            seen.insert(identity, reads);
            reads += 1;
            steps.push(Step::Read(file));
        }
    };
    for path in &paths {
        let path = path.as_ref();
        match fs::metadata(path) {
            Err(e) => steps.push(Step::Fail(Error::io(path, e))),
            Ok(meta) if meta.is_dir() => {
                let mut errors = Vec::new();
                let files = txt_files(path, &mut errors);
                steps.extend(errors.into_iter().map(Step::Fail));
                if files.is_empty() {
                    steps.push(Step::Fail(
                        Error::new(ErrorKind::NoSources, "directory holds no `*.txt` file")
                            .with_path(path),
                    ));
                }
                // One directory named alone, with no link in it, names each
                // file once: the names in a directory differ. Its files are
                // then read without being resolved on disk.
                if paths.len() == 1 && files.iter().all(|&(_, link)| !link) {
                    steps.extend(files.into_iter().map(|(file, _)| Step::Read(file)));
                    continue;
                }
                // A file that is no link is, on disk, the directory's
                // canonical path and its name: the directory is resolved
                // once, not once per file.
                let dir = fs::canonicalize(path).ok();
                for (file, link) in files {
                    let identity = match (&dir, file.file_name()) {
                        (Some(dir), Some(name)) if !link => dir.join(name).into_os_string(),
                        _ => identity(&file),
                    };
                    add(file, identity, &mut steps);
                }
            }
            // A file named alone is read once, whatever it is on disk.
            Ok(_) if paths.len() == 1 => steps.push(Step::Read(path.to_path_buf())),
            Ok(_) => {
                let identity = identity(path);
                add(path.to_path_buf(), identity, &mut steps);
            }
        }
    }
    steps
}

/// What a file is on disk: the bytes of its canonical path, or of the path
/// as given when it cannot be resolved (a dangling link).
fn identity(file: &Path) -> OsString {
    fs::canonicalize(file)
        .unwrap_or_else(|_| file.to_path_buf())
        .into_os_string()
}

/// The warning for a file read once already, as `first`.
pub(super) fn repeated_path(first: &Source, again: &Path) -> Warning {
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
pub(super) fn distinguish_ids(sources: &mut [Source]) {
    // Sorted by id, sources that share one are side by side, in their
    // order. A list sorted once costs a fraction of a map of lists, one
    // list per source, when nearly every id is its own.
    let mut by_id: Vec<(&str, usize)> = sources
        .iter()
        .enumerate()
        .map(|(i, source)| (source.id(), i))
        .collect();
    by_id.sort_unstable();
    let groups: Vec<Vec<usize>> = by_id
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|g| g.len() > 1)
        .map(|g| g.iter().map(|&(_, i)| i).collect())
        .collect();
    for group in groups {
        let parts: Vec<Vec<String>> = group.iter().map(|&i| id_parts(&sources[i])).collect();
        for (n, &i) in group.iter().enumerate() {
            sources[i].id = shortest_distinct_end(n, &parts).into();
        }
    }
}

/// The names a source's id may be made of: the folders of its path, made
/// absolute and with `.` and `..` resolved by name, then its stem.
pub(super) fn id_parts(source: &Source) -> Vec<String> {
    let Some(path) = source.path() else {
        return vec![source.id.to_string()];
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
        None => names.push(source.id.to_string()),
    }
    names
}

/// The shortest end of `parts[n]` that no other entry of `parts` ends
/// with, joined with `/`. Paths that read the same to the end (which only
/// links can make) fall back to the whole path and a number.
pub(super) fn shortest_distinct_end(n: usize, parts: &[Vec<String>]) -> String {
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

/// The `*.txt` files directly in `dir`, sorted by name, each with whether
/// it is a symbolic link. Errors listing the directory go to `errors`.
pub(super) fn txt_files(dir: &Path, errors: &mut Vec<Error>) -> Vec<(PathBuf, bool)> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(Error::io(dir, e));
            return Vec::new();
        }
    };
    // Every path of the listing is `dir` joined with a name, so each name
    // starts at the same byte of its path: it is read there, neither
    // copied out of the listing nor parsed back out of the path.
    let start = dir.join("x").as_os_str().len() - 1;
    let mut files: Vec<(PathBuf, bool)> = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                errors.push(Error::io(dir, e));
                continue;
            }
        };
        let path = entry.path();
        let name = path
            .as_os_str()
            .as_encoded_bytes()
            .get(start..)
            .unwrap_or_default();
        // A name that does not start with a dot has the extension `txt`
        // exactly when it ends with `.txt`.
        if name.first() == Some(&b'.') || !name.ends_with(b".txt") {
            continue;
        }
        // The listing tells a plain file or directory apart at no cost.
        // Symbolic links are followed; a dangling one is kept, so reading
        // it reports the problem instead of silently dropping the file.
        match entry.file_type() {
            Ok(kind) if kind.is_file() => files.push((path, false)),
            Ok(kind) if kind.is_dir() => {}
            kind => {
                let link = kind.is_ok_and(|k| k.is_symlink());
                if fs::metadata(&path).map_or(true, |m| !m.is_dir()) {
                    files.push((path, link));
                }
            }
        }
    }
    // The paths share everything before the names: they sort as the
    // names do.
    files.sort_unstable_by(|a, b| {
        a.0.as_os_str()
            .as_encoded_bytes()
            .cmp(b.0.as_os_str().as_encoded_bytes())
    });
    files
}

/// A file's source id: its stem, or the whole path when it has none.
pub(super) fn file_id(path: &Path) -> String {
    path.file_stem()
        .unwrap_or(path.as_os_str())
        .to_string_lossy()
        .into_owned()
}

/// Refuses bytes that are not text: UTF-16 (by its byte-order mark) and
/// anything with a NUL byte, which no text file holds (images, archives,
/// word-processor files).
pub(super) fn refuse_binary(bytes: &[u8]) -> Result<(), Error> {
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
pub(super) fn decode(bytes: &[u8], lossy: bool) -> Result<(Arc<str>, bool), Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((Arc::from(text), false)),
        Err(_) if lossy => Ok((Arc::from(String::from_utf8_lossy(bytes)), true)),
        Err(e) => {
            let at = e.valid_up_to();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            Err(Error::new(
                ErrorKind::Encoding,
                format!("invalid UTF-8 at byte {at} (line {line})"),
            )
            .with_line(line))
        }
    }
}

/// The bytes a file is read into first: the first reading grows it to
/// [`READ_ROOM`], and it stays that size from file to file.
const READ_ROOM: usize = 64 * 1024;

/// Past this size, the buffer a file was read into is let go rather than
/// kept for the next: one large file does not hold its size for the run.
const READ_KEPT: usize = 4 * 1024 * 1024;

thread_local! {
    /// Where each file is read before it is decoded, reused from file to
    /// file on each thread.
    static READ_BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// `then` of the bytes of the file at `path`.
///
/// The bytes go to a buffer kept from file to file, read up to the end of
/// the file without asking its size first: a read costs one system call
/// less than `fs::read`, and no buffer of its own.
pub(super) fn read_file<T>(
    path: &Path,
    then: impl FnOnce(&[u8]) -> Result<T, Error>,
) -> Result<T, Error> {
    READ_BUFFER.with_borrow_mut(|buffer| {
        let filled = fill(path, buffer).map_err(|e| Error::io(path, e))?;
        let result = then(buffer.get(..filled).unwrap_or_default());
        if buffer.len() > READ_KEPT {
            *buffer = Vec::new();
        }
        result
    })
}

/// Reads the file at `path` into the start of `buffer`; returns how many
/// bytes the file holds. What lies past them in `buffer` is left from
/// earlier files.
///
/// A file that fills the buffer is read on to its end by the standard
/// library, which asks for its size and grows the buffer to it without
/// writing zeros into it first: a buffer grown and zeroed step by step
/// wrote every byte of a large file twice more.
fn fill(path: &Path, buffer: &mut Vec<u8>) -> io::Result<usize> {
    let mut file = fs::File::open(path)?;
    let mut filled = 0;
    loop {
        if filled == buffer.len() {
            if filled >= READ_ROOM {
                buffer.truncate(filled);
                file.read_to_end(buffer)?;
                return Ok(buffer.len());
            }
            buffer.resize(READ_ROOM, 0);
        }
        match file.read(buffer.get_mut(filled..).unwrap_or_default()) {
            Ok(0) => return Ok(filled),
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}
