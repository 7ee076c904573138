//! The words around a fact's quote, each a part of one shared string.

use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::SharedStr;

/// A list of words, each a part of one shared string: the text of the
/// source of the fact they are the context of, when they are in it, else
/// the words one after the other. A fact keeps two dozen context words,
/// and sharing its source's text rather than copying them is most of what
/// building a fact saves. It serializes as a list of strings.
///
/// # Example
///
/// ```
/// use crosscheck::report::Words;
///
/// let words: Words = ["apps", "Chinese"].into_iter().collect();
/// assert_eq!(words.len(), 2);
/// assert_eq!(&words[1], "Chinese");
/// assert_eq!(words.iter().collect::<Vec<_>>(), ["apps", "Chinese"]);
/// assert_eq!(serde_json::to_string(&words).unwrap(), r#"["apps","Chinese"]"#);
/// ```
#[derive(Clone, Default)]
pub struct Words {
    /// The string the words are parts of.
    text: Arc<str>,
    /// Where each word starts and ends in `text`. When `text` is at most
    /// [`SHORT`] bytes long, as a sentence always is, a word is one pair:
    /// its start and end. Past that, it is two: its start and its end,
    /// each as a `u32` split in two halves, the low one first.
    spans: Box<[[u16; 2]]>,
}

/// The longest string whose words take one pair each.
const SHORT: usize = u16::MAX as usize;

/// How many pairs a word of a string of `len` bytes takes.
fn step(len: usize) -> usize {
    if len <= SHORT { 1 } else { 2 }
}

/// Adds the span `start..end` to `spans`, in the form a string of `len`
/// bytes takes.
fn push(spans: &mut Vec<[u16; 2]>, len: usize, start: u32, end: u32) {
    let half = |v: u32| [(v & 0xffff) as u16, (v >> 16) as u16];
    if len <= SHORT {
        spans.push([half(start)[0], half(end)[0]]);
    } else {
        spans.push(half(start));
        spans.push(half(end));
    }
}

/// The start and end that the two pairs of a word of a long string stand
/// for.
fn decode(pairs: &[[u16; 2]]) -> (usize, usize) {
    let whole = |[low, high]: [u16; 2]| usize::from(low) | usize::from(high) << 16;
    match *pairs {
        [start, end] => (whole(start), whole(end)),
        _ => (0, 0),
    }
}

/// The words of a [`Words`], in order.
#[derive(Clone, Debug)]
struct Iter<'w> {
    /// The string the words are parts of.
    text: &'w str,
    /// The pairs of the words not yet read.
    spans: std::slice::Iter<'w, [u16; 2]>,
    /// Whether a word takes two pairs.
    long: bool,
}

impl<'w> Iterator for Iter<'w> {
    type Item = &'w str;

    fn next(&mut self) -> Option<&'w str> {
        let [start, end] = *self.spans.next()?;
        let (start, end) = if self.long {
            let second = *self.spans.next()?;
            decode(&[[start, end], second])
        } else {
            (usize::from(start), usize::from(end))
        };
        Some(self.text.get(start..end).unwrap_or(""))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.spans.len() >> usize::from(self.long);
        (n, Some(n))
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl Words {
    /// How many words there are.
    pub fn len(&self) -> usize {
        self.spans.len() / step(self.text.len())
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The word at `index`, if there is one.
    pub fn get(&self, index: usize) -> Option<&str> {
        let (start, end) = if self.text.len() <= SHORT {
            let [start, end] = *self.spans.get(index)?;
            (usize::from(start), usize::from(end))
        } else {
            let at = index.checked_mul(2)?;
            decode(self.spans.get(at..at.checked_add(2)?)?)
        };
        self.text.get(start..end)
    }

    /// The words, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        Iter {
            text: &self.text,
            spans: self.spans.iter(),
            long: self.text.len() > SHORT,
        }
    }

    /// Adds a word at the end. The words are copied into a string of their
    /// own, so a list built word by word is better collected.
    pub fn push(&mut self, word: &str) {
        *self = self.iter().chain([word]).collect();
    }

    /// The words `ws`, each a part of `shared` (which holds the same text
    /// as `text[at..at + shared.len()]`) where it is one and the rest
    /// copied.
    pub(super) fn within(ws: &[&str], text: &str, at: usize, shared: &SharedStr) -> Words {
        let (whole, offset) = shared.whole();
        // The length of `shared`, read once.
        let size = shared.len();
        debug_assert_eq!(text.get(at..at + size), Some(shared.as_str()));
        // The address of the part of `text` that `shared` holds. A word
        // whose bytes lie in its `size` bytes from there is a part of
        // `text` there, so `shared` holds it at the same place: no text
        // needs comparing.
        let first = (text.as_ptr() as usize).wrapping_add(at);
        if at.checked_add(size).is_none_or(|end| end > text.len()) {
            return ws.iter().copied().collect();
        }
        // Most often every word is: the words are then placed by their
        // addresses alone, and no end of theirs lies past the end of
        // `shared` in `whole`, which is checked once to fit a `u32`.
        // Where a word starts in `shared`: past its end when the word
        // starts before it, as the subtraction wraps.
        let from = |w: &str| (w.as_ptr() as usize).wrapping_sub(first);
        let inside = |w: &&str| {
            let from = from(w);
            from <= size && w.len() <= size - from
        };
        let len = whole.len();
        let Ok(bound) = u32::try_from(offset + size) else {
            return ws.iter().copied().collect();
        };
        if !ws.iter().all(inside) {
            return ws.iter().copied().collect();
        }
        // Where `w` is in `whole`.
        let place = |w: &str| {
            let from = from(w) + offset;
            debug_assert_eq!(whole.get(from..from + w.len()), Some(w));
            (from, from + w.len())
        };
        let spans: Box<[[u16; 2]]> = if len <= SHORT {
            // Both ends fit in a `u16`: they are at most `len`.
            let pair = |(from, to): (usize, usize)| [from as u16, to as u16];
            ws.iter().map(|w| pair(place(w))).collect()
        } else {
            let mut spans = Vec::with_capacity(ws.len() * 2);
            for w in ws {
                let (from, to) = place(w);
                debug_assert!(to <= bound as usize);
                push(&mut spans, len, from as u32, to as u32);
            }
            spans.into_boxed_slice()
        };
        Words {
            text: Arc::clone(whole),
            spans,
        }
    }
}

impl PartialEq for Words {
    fn eq(&self, other: &Words) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Words {}

impl std::hash::Hash for Words {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        for w in self.iter() {
            w.hash(state);
        }
    }
}

impl std::ops::Index<usize> for Words {
    type Output = str;

    /// The word at `index`.
    ///
    /// # Panics
    ///
    /// When there are not that many words.
    fn index(&self, index: usize) -> &str {
        match self.get(index) {
            Some(word) => word,
            None => panic!("no word {index} of {}", self.len()),
        }
    }
}

impl<'w> FromIterator<&'w str> for Words {
    fn from_iter<I: IntoIterator<Item = &'w str>>(words: I) -> Words {
        let mut text = String::new();
        let mut ends = Vec::new();
        // Past four gigabytes of words, the later ones read as empty
        // rather than wrong.
        let end = |text: &String| u32::try_from(text.len()).unwrap_or(u32::MAX);
        for w in words {
            let start = end(&text);
            text.push_str(w);
            ends.push([start, end(&text)]);
        }
        let len = text.len();
        let mut spans = Vec::with_capacity(ends.len() * step(len));
        for [start, end] in ends {
            push(&mut spans, len, start, end);
        }
        Words {
            text: Arc::from(text),
            spans: spans.into_boxed_slice(),
        }
    }
}

impl FromIterator<String> for Words {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> Words {
        let words: Vec<String> = words.into_iter().collect();
        words.iter().map(String::as_str).collect()
    }
}

impl From<Vec<String>> for Words {
    fn from(words: Vec<String>) -> Words {
        words.iter().map(String::as_str).collect()
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Words {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Words {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Words, D::Error> {
        Vec::<String>::deserialize(deserializer).map(Words::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_past_a_short_string_keep_their_place() {
        let long = "x".repeat(SHORT);
        let words: Words = ["a", long.as_str(), "bc"].into_iter().collect();
        assert_eq!(words.len(), 3);
        assert_eq!(words.get(0), Some("a"));
        assert_eq!(words.get(1).map(str::len), Some(SHORT));
        assert_eq!(&words[2], "bc");
        assert_eq!(words.get(3), None);
        assert_eq!(words.iter().last(), Some("bc"));
        let short: Words = ["a", "bc"].into_iter().collect();
        assert_eq!(short.len(), 2);
        assert_eq!(short.iter().collect::<Vec<_>>(), ["a", "bc"]);
    }
}
