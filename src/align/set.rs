//! A small sorted set of words, kept in one string: what a frame holds
//! for its names, classes, modifiers, places and content words.
//!
//! A frame holds a few words in each of five sets, for every fact. A
//! `BTreeSet<String>` spends an allocation on every word and a node of
//! room for eleven on every set; this keeps each set's words one after
//! the other in one string, in sorted order, with where each ends.

use std::cmp::Ordering;
use std::fmt;

/// How many words a set makes room for when it gets its first.
const FEW: usize = 8;

/// A sorted set of distinct words.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Set {
    /// The words, in sorted order, one after the other.
    text: String,
    /// Where each word ends in `text`.
    ends: Vec<u32>,
}

impl Set {
    /// How many words there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The word at `k`, in sorted order.
    fn at(&self, k: usize) -> &str {
        let start = k.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        &self.text[start..self.ends[k] as usize]
    }

    /// The bytes of the word at `k`: compared as the strings are, without
    /// finding char boundaries.
    fn bytes_at(&self, k: usize) -> &[u8] {
        let start = k.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        self.text
            .as_bytes()
            .get(start..self.ends[k] as usize)
            .unwrap_or(&[])
    }

    /// Where `word` is, or where it would go.
    fn find(&self, word: &str) -> Result<usize, usize> {
        let word = word.as_bytes();
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match compare(self.bytes_at(mid), word) {
                Ordering::Less => lo = mid + 1,
                Ordering::Greater => hi = mid,
                Ordering::Equal => return Ok(mid),
            }
        }
        Err(lo)
    }

    /// Whether `word` is in the set.
    #[cfg(test)]
    pub fn contains(&self, word: &str) -> bool {
        self.find(word).is_ok()
    }

    /// Adds `word`; false when it was there already.
    pub fn insert(&mut self, word: &str) -> bool {
        let Err(k) = self.find(word) else {
            return false;
        };
        if self.ends.capacity() == 0 {
            // Room for a frame's usual few words at once, rather than
            // growing word by word. A set with no room has no words: its
            // buffers are made anew, which costs less than growing them.
            debug_assert!(self.text.is_empty());
            self.ends = Vec::with_capacity(FEW);
            self.text = String::with_capacity(FEW * 8);
        }
        let at = k.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        self.text.insert_str(at, word);
        // A frame's words are a few short ones: far below `u32::MAX` bytes.
        let len = word.len() as u32;
        for end in &mut self.ends[k..] {
            *end += len;
        }
        self.ends.insert(k, at as u32 + len);
        true
    }

    /// Removes `word`, if it is there.
    pub fn remove(&mut self, word: &str) {
        if let Ok(k) = self.find(word) {
            self.remove_at(k);
        }
    }

    fn remove_at(&mut self, k: usize) {
        let start = k.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        let end = self.ends[k] as usize;
        self.text.replace_range(start..end, "");
        let len = (end - start) as u32;
        self.ends.remove(k);
        for e in &mut self.ends[k..] {
            *e -= len;
        }
    }

    /// Keeps only the words `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        let mut k = 0;
        while k < self.len() {
            if keep(self.at(k)) {
                k += 1;
            } else {
                self.remove_at(k);
            }
        }
    }

    /// The words, in sorted order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &str> + ExactSizeIterator + '_ {
        (0..self.len()).map(|k| self.at(k))
    }

    /// The words in both sets, in sorted order.
    pub fn intersection<'a>(&'a self, other: &'a Set) -> impl Iterator<Item = &'a str> + 'a {
        let (mut i, mut j) = (0, 0);
        std::iter::from_fn(move || {
            while i < self.len() && j < other.len() {
                match compare(self.bytes_at(i), other.bytes_at(j)) {
                    Ordering::Less => i += 1,
                    Ordering::Greater => j += 1,
                    Ordering::Equal => {
                        i += 1;
                        j += 1;
                        return Some(self.at(i - 1));
                    }
                }
            }
            None
        })
    }

    /// Whether the sets share no word.
    pub fn is_disjoint(&self, other: &Set) -> bool {
        self.intersection(other).next().is_none()
    }

    /// Whether every word of this set is in `other`.
    pub fn is_subset(&self, other: &Set) -> bool {
        self.len() <= other.len() && self.intersection(other).count() == self.len()
    }
}

/// The order of two words' bytes, as `Ord` gives it: most words differ in
/// their first byte, which is compared without a call to compare slices.
fn compare(a: &[u8], b: &[u8]) -> Ordering {
    match (a.first(), b.first()) {
        (Some(x), Some(y)) if x != y => x.cmp(y),
        _ => a.cmp(b),
    }
}

impl<S: AsRef<str>> Extend<S> for Set {
    fn extend<I: IntoIterator<Item = S>>(&mut self, words: I) {
        for w in words {
            self.insert(w.as_ref());
        }
    }
}

impl<S: AsRef<str>> FromIterator<S> for Set {
    fn from_iter<I: IntoIterator<Item = S>>(words: I) -> Set {
        let mut set = Set::default();
        set.extend(words);
        set
    }
}

impl fmt::Debug for Set {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn behaves_as_a_btree_set() {
        let words = [
            "troop", "us", "british", "a", "troop", "zulu", "", "b", "us",
        ];
        let mut set = Set::default();
        let mut model = BTreeSet::new();
        for w in words {
            assert_eq!(set.insert(w), model.insert(w));
            assert!(set.iter().eq(model.iter().copied()));
        }
        let other: Set = ["b", "troop", "x"].into_iter().collect();
        let other_model: BTreeSet<&str> = ["b", "troop", "x"].into_iter().collect();
        assert!(
            set.intersection(&other)
                .eq(model.intersection(&other_model).copied())
        );
        assert!(!set.is_disjoint(&other));
        assert!(!other.is_subset(&set));
        let part: Set = ["b", "troop"].into_iter().collect();
        assert!(part.is_subset(&set));
        set.remove("troop");
        model.remove("troop");
        set.retain(|w| w != "us");
        model.retain(|w| *w != "us");
        assert!(set.iter().eq(model.iter().copied()));
        assert!(set.contains("zulu") && !set.contains("troop"));
        assert_eq!(format!("{set:?}"), format!("{model:?}"));
    }
}
