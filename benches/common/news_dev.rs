//! The news-dev corpus: real articles (Wikinews and US federal releases)
//! with annotations, kept outside the package. Read by the benchmarks that
//! measure real news beside the sample articles.

use std::path::{Path, PathBuf};

use crosscheck::Source;

/// The environment variable that names the corpus folder; the tests read
/// the same one.
pub const VAR: &str = "CROSSCHECK_NEWS_DEV";

/// The corpus's articles as sources (their front matter read, so that
/// each has its publication date), in path order, with the folder they
/// were read from; `None` when there is no such folder. The folder is
/// `CROSSCHECK_NEWS_DEV`, else `../shared/news-dev` beside the repository.
pub fn articles() -> Option<(PathBuf, Vec<Source>)> {
    let root = match std::env::var_os(VAR) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        // This package lives in `benches/` of the crosscheck repository.
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/news-dev"),
    };
    let mut paths = Vec::new();
    for event in std::fs::read_dir(&root).ok()?.filter_map(Result::ok) {
        let Ok(files) = std::fs::read_dir(event.path()) else {
            continue;
        };
        paths.extend(
            files
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt")),
        );
    }
    paths.sort();
    if paths.is_empty() {
        return None;
    }
    let sources = paths
        .iter()
        .map(|p| Source::read(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display())))
        .collect();
    Some((root, sources))
}

/// The note printed where the corpus is missing.
pub fn missing(what: &str) -> String {
    format!("note: no news-dev corpus found (set {VAR} to its folder); {what} left out")
}
