//! Many sources made from a few articles, as the benchmarks of many
//! sources check them.

use crosscheck::Source;

/// `n` sources cycling through `texts`, with ids `s00000`, `s00001`, ...
/// With `front_matter`, each text's front matter is read (its publication
/// date kept); without, the whole text is the source's text.
pub fn cycled<T: AsRef<str>>(texts: &[T], n: usize, front_matter: bool) -> Vec<Source> {
    (0..n)
        .map(|i| {
            let (id, text) = (format!("s{i:05}"), texts[i % texts.len()].as_ref());
            if front_matter {
                Source::parse(id, text).unwrap_or_else(|e| panic!("{e}"))
            } else {
                Source::new(id, text)
            }
        })
        .collect()
}
