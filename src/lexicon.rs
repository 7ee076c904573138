//! Word lists shared by the stages, kept as tables of data: number words,
//! scales and fractions (`numbers.rs`), currencies (`currency.rs`), units
//! of time (`time.rs`), percent signs and words (`percent.rs`), hedges
//! (`hedges.rs`), function words and noun forms (`function.rs`), and the
//! words that mark ids, page furniture and other numbers that are no claim
//! (`marks.rs`).
//!
//! Every lookup takes a word already lowercased (ASCII) and answers without
//! allocating. Lookups are compiled once from their tables, the first time
//! they are used, and the extraction prefilter is built from the same
//! tables: extending a list never needs a code change elsewhere, and a word
//! added to a list is a word the readers and the prefilter both know.
//!
//! The lexicon depends on no stage: it imports only the shared quantity
//! types.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

mod currency;
mod function;
mod hedges;
mod marks;
mod numbers;
mod percent;
mod time;

pub(crate) use currency::*;
pub(crate) use function::*;
pub(crate) use hedges::*;
pub(crate) use marks::*;
pub(crate) use numbers::*;
pub(crate) use percent::*;
pub(crate) use time::*;

/// Lowercases an ASCII word into `buf`, or returns `None` when the word is
/// too long for the buffer or not ASCII (no lexicon word is either).
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// Whether `w` is one of `words`: for the short lists (a handful of words)
/// where a scan is as fast as a lookup.
pub(crate) fn among(words: &[&str], w: &str) -> bool {
    words.contains(&w)
}

/// FNV-1a: a fast hash for the short keys of the lexicon. The tables are
/// fixed data, not input, so a hash that resists flooding buys nothing.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A map keyed by lexicon words, hashed with [`Fnv`].
pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A table of words and what each means, compiled into a map once. Where a
/// word appears twice, the first row wins, as the first arm of a `match`
/// would.
pub(crate) struct Lookup<T: 'static>(WordMap<&'static str, T>);

impl<T: Copy> Lookup<T> {
    /// Compiles `rows`.
    pub(crate) fn new(rows: &'static [(&'static str, T)]) -> Self {
        let mut map = WordMap::default();
        for &(w, v) in rows {
            map.entry(w).or_insert(v);
        }
        Lookup(map)
    }

    /// What `w` means, if it is in the table.
    pub(crate) fn get(&self, w: &str) -> Option<T> {
        self.0.get(w).copied()
    }
}

/// A list of words compiled into a set once.
pub(crate) struct WordSet(WordMap<&'static str, ()>);

impl WordSet {
    /// Compiles `words`.
    pub(crate) fn new(words: &'static [&'static str]) -> Self {
        WordSet(words.iter().map(|&w| (w, ())).collect())
    }

    /// Whether `w` is in the list.
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.0.contains_key(w)
    }
}

/// Month and weekday names and their abbreviations, lowercase: they make
/// "20 January" a date, not a count, and are never names of things.
pub(crate) fn is_calendar_word(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}
