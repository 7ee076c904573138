//! Word lists shared by the stages, kept as tables of data: number words,
//! scales and fractions (`numbers.rs`), currencies (`currency.rs`), units
//! of time (`time.rs`), ages and the nouns that name people (`age.rs`),
//! units of physical measures and the words that decide them (`units.rs`),
//! percent signs and words (`percent.rs`), hedges
//! (`hedges.rs`), function words and noun forms (`function.rs`), and the
//! words that mark ids, page furniture and other numbers that are no claim
//! (`marks.rs`), the words that give a counted group its role and a figure
//! its direction (`roles.rs`), and the words that say who a count of people
//! counts (`groups.rs`).
//!
//! Every lookup takes a word already lowercased (ASCII) and answers without
//! allocating; unit symbols alone are looked up as written, since their
//! case is part of them ("MW", "5G"). Lookups are compiled once from their tables, the first time
//! they are used, and the extraction prefilter is built from the same
//! tables: extending a list never needs a code change elsewhere, and a word
//! added to a list is a word the readers and the prefilter both know.
//!
//! The lexicon depends on no stage: it imports only the shared quantity
//! types.

mod age;
mod currency;
mod function;
mod hedges;
mod marks;
mod numbers;
mod percent;
mod time;
mod units;

pub(crate) use age::*;
pub(crate) use currency::*;
pub(crate) use function::*;
pub(crate) use hedges::*;
pub(crate) use marks::*;
pub(crate) use numbers::*;
pub(crate) use percent::*;
pub(crate) use time::*;
pub(crate) use units::*;

mod groups;
mod roles;
pub(crate) use groups::*;
pub(crate) use roles::*;

pub(crate) mod calendar;
pub(crate) use calendar::is_calendar_word;

mod packed;
pub(crate) use packed::{PACKED_LEN, PackedTable, lowered, mask_to, pack, pack_at};

/// Lowercases an ASCII word into `buf`, or returns `None` when the word is
/// too long for the buffer or not ASCII (no lexicon word is either). A word
/// already in lowercase, most words of news, is returned as it is.
#[inline]
pub(crate) fn lower<'b>(word: &'b str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return Some(word);
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

/// A table of words compiled once for lookups: open addressing over a
/// power-of-two array at most half full, hashed on a word's length and
/// three of its bytes. The tables are fixed data, not input, so a hash that
/// resists flooding buys nothing, and reading three bytes is cheaper than
/// hashing a whole word; a word that is not in the table, the common case,
/// mostly ends at an empty slot with no comparison at all.
pub(crate) struct WordTable<K, V> {
    slots: Vec<Option<(K, V)>>,
    mask: usize,
    /// For each class of first byte (see [`byte_class`]), a bit per class
    /// of last byte that some word of the table has with it: most words
    /// that are not in the table are turned down here, before any probe.
    ends: [u32; 27],
}

/// The class of a byte for [`WordTable`]'s filter: a lowercase ASCII
/// letter is its place in the alphabet; every other byte is 26.
#[inline]
fn byte_class(b: u8) -> usize {
    if b.is_ascii_lowercase() {
        usize::from(b - b'a')
    } else {
        26
    }
}

/// The first and last byte classes of `w` (see [`byte_class`]); an empty
/// word is of class 26 at both ends.
#[inline]
fn end_classes(w: &[u8]) -> (usize, usize) {
    match (w.first(), w.last()) {
        (Some(&a), Some(&z)) => (byte_class(a), byte_class(z)),
        _ => (26, 26),
    }
}

/// The slot a word's probe starts at.
#[inline]
fn slot_of(w: &[u8], mask: usize) -> usize {
    let (first, mid, last) = match w {
        [] => (0, 0, 0),
        [a, ..] => (*a, w[w.len() / 2], w[w.len() - 1]),
    };
    let h = (w.len() as u64) | u64::from(first) << 8 | u64::from(mid) << 16 | u64::from(last) << 24;
    // Fibonacci hashing: the top bits of the product are well mixed.
    (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & mask
}

impl<K: AsRef<[u8]>, V> WordTable<K, V> {
    /// Compiles `rows`. Where a word appears twice, the first row wins, as
    /// the first arm of a `match` would.
    pub(crate) fn new(rows: impl IntoIterator<Item = (K, V)>) -> Self {
        let rows: Vec<(K, V)> = rows.into_iter().collect();
        let size = (rows.len() * 2).next_power_of_two().max(8);
        let mask = size - 1;
        let mut slots: Vec<Option<(K, V)>> = (0..size).map(|_| None).collect();
        let mut ends = [0u32; 27];
        for (k, v) in rows {
            let (first, last) = end_classes(k.as_ref());
            ends[first] |= 1 << last;
            let mut at = slot_of(k.as_ref(), mask);
            loop {
                match &slots[at] {
                    None => {
                        slots[at] = Some((k, v));
                        break;
                    }
                    Some((other, _)) if other.as_ref() == k.as_ref() => break,
                    Some(_) => at = (at + 1) & mask,
                }
            }
        }
        WordTable { slots, mask, ends }
    }

    /// What `w` means, if it is in the table.
    #[inline]
    pub(crate) fn get(&self, w: &[u8]) -> Option<&V> {
        let (first, last) = end_classes(w);
        if self.ends[first] & (1 << last) == 0 {
            debug_assert!(self.probe(w).is_none());
            return None;
        }
        self.probe(w)
    }

    /// What `w` means, if it is in the table, found by probing the slots.
    #[inline]
    fn probe(&self, w: &[u8]) -> Option<&V> {
        let mut at = slot_of(w, self.mask);
        loop {
            match &self.slots[at] {
                None => return None,
                Some((k, v)) if k.as_ref() == w => return Some(v),
                Some(_) => at = (at + 1) & self.mask,
            }
        }
    }

    /// Every word and what it means, in no particular order.
    #[cfg(test)]
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.slots.iter().flatten().map(|(k, v)| (k, v))
    }
}

/// A table of words and what each means, compiled once.
pub(crate) struct Lookup<T: 'static>(WordTable<&'static str, T>);

impl<T: Copy> Lookup<T> {
    /// Compiles `rows`.
    pub(crate) fn new(rows: &'static [(&'static str, T)]) -> Self {
        Lookup(WordTable::new(rows.iter().copied()))
    }

    /// What `w` means, if it is in the table.
    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<T> {
        self.0.get(w.as_bytes()).copied()
    }
}

/// A list of words compiled into a set once.
pub(crate) struct WordSet(WordTable<&'static str, ()>);

impl WordSet {
    /// Compiles `words`.
    pub(crate) fn new(words: &'static [&'static str]) -> Self {
        WordSet(WordTable::new(words.iter().map(|&w| (w, ()))))
    }

    /// Whether `w` is in the list.
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.0.get(w.as_bytes()).is_some()
    }
}
