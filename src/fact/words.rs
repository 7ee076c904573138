//! The words around a fact's quote, each a part of one shared string.

use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Fact, SharedStr};

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
    /// The string the words are parts of, with where they are in it;
    /// `None` when there are no words. The facts of one source share one
    /// block: the text of the source, and the pairs of every fact's words.
    block: Option<Arc<Block>>,
    /// Where this list's pairs start in the block's.
    from: u32,
    /// Where they end.
    to: u32,
}

/// A string and where words are in it, held once for many lists of words.
#[derive(Default)]
struct Block {
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
    /// The string the words are parts of, and the pairs of this list.
    #[inline]
    fn parts(&self) -> (&str, &[[u16; 2]]) {
        debug_assert!(
            self.block.is_some() || self.from == self.to,
            "words of a fact read before their builder sealed them"
        );
        match &self.block {
            Some(block) => (
                &block.text,
                block
                    .spans
                    .get(self.from as usize..self.to as usize)
                    .unwrap_or_default(),
            ),
            None => ("", &[]),
        }
    }

    /// How many words there are.
    pub fn len(&self) -> usize {
        let (text, spans) = self.parts();
        spans.len() / step(text.len())
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.parts().1.is_empty()
    }

    /// The word at `index`, if there is one.
    pub fn get(&self, index: usize) -> Option<&str> {
        let (text, spans) = self.parts();
        let (start, end) = if text.len() <= SHORT {
            let [start, end] = *spans.get(index)?;
            (usize::from(start), usize::from(end))
        } else {
            let at = index.checked_mul(2)?;
            decode(spans.get(at..at.checked_add(2)?)?)
        };
        text.get(start..end)
    }

    /// The words, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        let (text, spans) = self.parts();
        Iter {
            text,
            spans: spans.iter(),
            long: text.len() > SHORT,
        }
    }

    /// Adds a word at the end. The words are copied into a string of their
    /// own, so a list built word by word is better collected.
    pub fn push(&mut self, word: &str) {
        *self = self.iter().chain([word]).collect();
    }

    /// The words `ws`, each a part of `shared` (which holds the same text
    /// as `text[at..at + shared.len()]`) where it is one and the rest
    /// copied. Words that are parts of the text `gather` gathers for have
    /// their pairs added to it, and read as nothing until
    /// [`Gather::seal`] points them at the block it makes.
    pub(super) fn within(
        ws: &[&str],
        text: &str,
        at: usize,
        shared: &SharedStr,
        gather: &mut Gather,
    ) -> Words {
        if ws.is_empty() {
            return Words::default();
        }
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
        // Only words in the text the block is of are placed in it; a
        // sentence copied out of that text (past four gigabytes) is not.
        if !Arc::ptr_eq(whole, &gather.text) {
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
        let spans = &mut gather.spans;
        // Where the pairs of these words start and end in the block.
        let start = spans.len();
        let (Ok(first_pair), Ok(end_pair)) = (
            u32::try_from(start),
            u32::try_from(start + ws.len() * step(len)),
        ) else {
            return ws.iter().copied().collect();
        };
        // Where `w` is in `whole`.
        let place = |w: &str| {
            let from = from(w) + offset;
            debug_assert_eq!(whole.get(from..from + w.len()), Some(w));
            (from, from + w.len())
        };
        if len <= SHORT {
            // Both ends fit in a `u16`: they are at most `len`.
            let pair = |(from, to): (usize, usize)| [from as u16, to as u16];
            for w in ws {
                spans.push(pair(place(w)));
            }
        } else {
            for w in ws {
                let (from, to) = place(w);
                debug_assert!(to <= bound as usize);
                push(spans, len, from as u32, to as u32);
            }
        }
        debug_assert_eq!(spans.len(), end_pair as usize);
        Words {
            block: None,
            from: first_pair,
            to: end_pair,
        }
    }
}

/// How many context words a fact is given room for: it has at most two
/// dozen, and the facts of news text have 14 on average.
const WORDS_PER_FACT: usize = 16;

/// The pairs of the context words of the facts of one source, gathered
/// while they are built, to be held in one block that every fact's words
/// share: two dozen words a fact then cost no allocation of their own.
pub(super) struct Gather {
    /// The text of the source.
    text: Arc<str>,
    /// The pairs gathered so far, in the form a word of `text` takes.
    spans: Vec<[u16; 2]>,
}

impl Gather {
    /// Gathers the pairs of words of `text`, with room for those of
    /// `facts` facts.
    pub(super) fn new(text: Arc<str>, facts: usize) -> Gather {
        let room = facts.saturating_mul(WORDS_PER_FACT * step(text.len()));
        Gather {
            text,
            spans: Vec::with_capacity(room),
        }
    }

    /// Makes the block of the pairs gathered and points the context
    /// words of each of `facts` whose pairs were gathered here at it.
    /// Every list [`Words::within`] made with this gathering must be in
    /// `facts`.
    pub(super) fn seal(self, facts: &mut [Fact]) {
        if self.spans.is_empty() {
            return;
        }
        let block = Arc::new(Block {
            text: self.text,
            spans: self.spans.into_boxed_slice(),
        });
        let seal = |w: &mut Words| {
            if w.block.is_none() && w.from < w.to {
                w.block = Some(Arc::clone(&block));
            }
        };
        for f in facts {
            seal(&mut f.context.before);
            seal(&mut f.context.after);
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
        if ends.is_empty() {
            return Words::default();
        }
        let len = text.len();
        let mut spans = Vec::with_capacity(ends.len() * step(len));
        for [start, end] in ends {
            push(&mut spans, len, start, end);
        }
        // Past four billion pairs, the list is cut to those that fit, at an
        // even number of them: between two words of a long string.
        let to = u32::try_from(spans.len()).unwrap_or(u32::MAX - 1);
        Words {
            block: Some(Arc::new(Block {
                text: Arc::from(text),
                spans: spans.into_boxed_slice(),
            })),
            from: 0,
            to,
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

    use crate::{Checker, Fact, Source};

    /// Two sentences, four facts.
    const STORY: &str = "Police said 12 people died and 31 were hurt in the fire \
        on 3 May. Later, officials said 40 homes burned.";

    fn facts_of(text: &str) -> Vec<Fact> {
        Checker::new().extract(&Source::new("wire", text)).facts
    }

    fn listed(words: &Words) -> Vec<&str> {
        words.iter().collect()
    }

    /// Every list of words of `facts` with words in it is in one block,
    /// whose text is `text`.
    fn assert_one_block(facts: &[Fact], text: &str) {
        let lists = facts
            .iter()
            .flat_map(|f| [&f.context.before, &f.context.after]);
        let mut blocks = lists
            .filter(|w| !w.is_empty())
            .map(|w| w.block.as_ref().expect("sealed"));
        let first = blocks.next().expect("some words");
        assert_eq!(&*first.text, text);
        assert!(blocks.all(|b| Arc::ptr_eq(b, first)));
    }

    /// The words of `facts` go through JSON and back unchanged.
    fn assert_round_trip(facts: &[Fact]) {
        for f in facts {
            for w in [&f.context.before, &f.context.after] {
                let json = serde_json::to_string(w).unwrap();
                let back: Words = serde_json::from_str(&json).unwrap();
                assert_eq!(&back, w);
                assert_eq!(listed(&back), listed(w));
                assert_eq!(serde_json::to_string(&back).unwrap(), json);
                assert_eq!(format!("{back:?}"), format!("{w:?}"));
            }
        }
    }

    #[test]
    fn the_facts_of_a_source_share_one_block_of_words() {
        let facts = facts_of(STORY);
        assert_eq!(facts.len(), 4, "{facts:?}");
        assert_one_block(&facts, STORY);
        let (first, last) = (&facts[0].context, &facts[3].context);
        assert_eq!(facts[0].provenance.text, "12 people");
        assert_eq!(listed(&first.before), ["said", "Police"]);
        assert_eq!(listed(&first.after), ["died", "and"]);
        assert_eq!(listed(&last.before), ["said", "officials", "Later"]);
        assert_eq!(&last.after[0], "burned");
        assert_eq!(last.after.get(1), None);
        assert_eq!(facts[1].context.after.len(), 6);
        assert_eq!(facts[1].context.after.iter().len(), 6);
        assert!(facts[2].context.after.is_empty());
        assert_eq!(facts[2].context.after, Words::default());
        assert_round_trip(&facts);
    }

    #[test]
    fn words_past_a_short_text_read_right_from_the_block() {
        let filler = "The committee met again and talked at length. ".repeat(1500);
        let text = format!("{filler}{STORY}");
        assert!(text.len() > SHORT);
        let facts = facts_of(&text);
        let short = facts_of(STORY);
        assert_eq!(facts.len(), short.len());
        for (long, short) in facts.iter().zip(&short) {
            assert_eq!(long.context, short.context);
            assert_eq!(listed(&long.context.before), listed(&short.context.before));
        }
        assert_one_block(&facts, &text);
        // A word of a long text takes two pairs.
        let before = &facts[0].context.before;
        assert_eq!(before.len(), 2);
        assert_eq!((before.to - before.from) as usize, 2 * before.len());
        assert_eq!(before.get(1), Some("Police"));
        assert_eq!(before.get(2), None);
        assert_round_trip(&facts);
    }

    #[test]
    fn words_made_one_by_one_keep_a_block_of_their_own() {
        let facts = facts_of(STORY);
        let mut words = facts[0].context.before.clone();
        words.push("earlier");
        assert_eq!(listed(&words), ["said", "Police", "earlier"]);
        assert_eq!(listed(&facts[0].context.before), ["said", "Police"]);
        let own = words.block.as_ref().expect("words");
        assert_eq!(&*own.text, "saidPoliceearlier");
        let empty: Words = std::iter::empty::<&str>().collect();
        assert!(empty.block.is_none());
        assert_eq!(empty, Words::default());
        let blanks: Words = ["", ""].into_iter().collect();
        assert_eq!(blanks.len(), 2);
        assert_eq!(listed(&blanks), ["", ""]);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "before their builder sealed them")]
    fn unsealed_words_are_not_read() {
        let unsealed = Words {
            block: None,
            from: 0,
            to: 2,
        };
        let _ = unsealed.len();
    }
}
