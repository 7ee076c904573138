//! The layout rules of DESIGN.md, checked on the source tree: data flows one
//! way, each stage importing only the stages before it and the shared
//! modules, and no file grows past what a reader takes in at once.
//!
//! The stages, in pipeline order (a module's rank is that of its first path
//! segment under `src/`):
//!
//! ```text
//! shared: span, shared, source, error, limits, quantity, lexicon, parallel
//! segment → extract → normalize → fact → align → compare → report → checker
//! ```

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Modules any stage may import.
const SHARED: &[&str] = &[
    "span", "shared", "source", "error", "limits", "quantity", "lexicon", "parallel",
];

/// The stages, in the order data flows through them.
const STAGES: &[&str] = &[
    "segment",
    "extract",
    "normalize",
    "fact",
    "align",
    "compare",
    "report",
    "checker",
];

/// The longest a source file may be, in lines.
const MAX_LINES: usize = 800;

/// A module's rank: 0 for the shared modules, then 1, 2, ... in pipeline
/// order; `None` for the crate root.
fn rank(module: &str) -> Option<usize> {
    if SHARED.contains(&module) {
        return Some(0);
    }
    STAGES.iter().position(|s| *s == module).map(|p| p + 1)
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries =
            fs::read_dir(&d).unwrap_or_else(|e| panic!("cannot read {}: {e}", d.display()));
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The module a file belongs to: the first path segment under `src/`,
/// without `.rs`.
fn module_of(path: &Path) -> String {
    let rel = path.strip_prefix(src()).unwrap_or(path);
    let first = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().to_string())
        .unwrap_or_default();
    first.trim_end_matches(".rs").to_string()
}

/// The top-level modules a file names with `crate::`, in `use` lines and
/// paths alike, grouped imports (`use crate::{a, b::c}`) included.
fn crate_modules(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                // Every item of the group that starts a path.
                let inner = group.split('}').next().unwrap_or("");
                for item in inner.split(',') {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        out.insert(name);
                    }
                }
                continue;
            }
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

#[test]
fn no_module_imports_a_later_stage() {
    let mut problems = Vec::new();
    for path in files(&src()) {
        let module = module_of(&path);
        let Some(own) = rank(&module) else {
            continue;
        };
        let text = fs::read_to_string(&path).expect("a readable source file");
        for used in crate_modules(&text) {
            // Names that are not modules (re-exported types at the root)
            // rank as nothing and are not checked here.
            let Some(theirs) = rank(&used) else {
                continue;
            };
            let shared_to_stage = own == 0 && theirs > 0;
            if theirs > own || shared_to_stage {
                problems.push(format!(
                    "{}: the {module} module imports the later {used} module",
                    path.strip_prefix(src()).unwrap_or(&path).display()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_module_of_the_crate_has_a_place_in_the_pipeline() {
    // A new top-level module must be placed in SHARED or STAGES above, so
    // that the rule covers it.
    let mut problems = Vec::new();
    for path in files(&src()) {
        let module = module_of(&path);
        if module == "lib" || module == "main" {
            continue;
        }
        if rank(&module).is_none() {
            problems.push(format!("{module} ({})", path.display()));
        }
    }
    assert!(problems.is_empty(), "modules with no place: {problems:?}");
}

#[test]
fn no_source_file_is_over_eight_hundred_lines() {
    let long: Vec<String> = files(&src())
        .into_iter()
        .filter_map(|path| {
            let n = fs::read_to_string(&path).ok()?.lines().count();
            (n > MAX_LINES).then(|| {
                format!(
                    "{} has {n} lines",
                    path.strip_prefix(src()).unwrap_or(&path).display()
                )
            })
        })
        .collect();
    assert!(long.is_empty(), "{}", long.join("\n"));
}

#[test]
fn the_reader_finds_grouped_and_path_imports() {
    let text = "use crate::{align::Frame, fact::Fact};\nlet x = crate::report::json::to_string(r); // crate::checker\n";
    let found: Vec<String> = crate_modules(text).into_iter().collect();
    assert_eq!(found, ["align", "fact", "report"]);
}
