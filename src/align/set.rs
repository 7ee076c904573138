//! The small sorted sets of words a frame holds for its modifiers, places,
//! names, classes and content words, all five kept in one string.
//!
//! A frame holds a few words in each of five sets, for every fact, and the
//! frames are held until the comparison is done. A `BTreeSet<String>`
//! spends an allocation on every word and a node of room for eleven on
//! every set; a string and a list of ends per set spend two allocations on
//! every set. These keep the five sets' words one after the other in one
//! string, each set in sorted order, with where each word ends; and the
//! frames of a run of facts share that string and that list, held in one
//! [`Block`] a run that each frame points to with one thin pointer.

use std::cmp::Ordering;
use std::fmt;
use std::sync::Arc;

/// One of a frame's five sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    /// The modifiers that define a counted group.
    Modifiers,
    /// The places a figure is scoped to.
    Places,
    /// The names near a fact.
    Entities,
    /// The context classes named near a fact.
    Concepts,
    /// The content words near a fact: last, as most words go there and a
    /// word added to the last set moves no other.
    Words,
}

/// Five sorted sets of distinct words, in one string.
///
/// The frames of a run of facts keep their sets' words in a block they
/// share, made when the run is done (see [`Gather::seal`]): a frame's sets
/// are a part of it, and cost no block of their own to make or to free.
#[derive(Clone, Default)]
pub struct Sets {
    /// The string the words are a part of and the list their ends are a
    /// part of; `None` when there are none. One thin pointer for both
    /// (two `Arc`s would be four words in every frame).
    block: Option<Arc<Block>>,
    /// Where the words start in `text`.
    text_at: u32,
    /// How many bytes they take there.
    text_len: u32,
    /// Where their ends start in `ends`. Each end is a place in `text`,
    /// counted from its start.
    ends_at: u32,
    /// How many words there are.
    count: u32,
    /// Where each set's words begin among the words, in the order of
    /// [`Which`]; each set ends where the next begins, the last at the end.
    firsts: [u32; 5],
}

/// The words of a run of frames' sets, one after the other, and where
/// each ends: what their [`Sets`] are parts of.
#[derive(Debug, Default)]
struct Block {
    /// The words.
    text: Box<str>,
    /// Where each word ends in `text`.
    ends: Box<[u32]>,
}

impl Block {
    /// A block of `text` and `ends`, shared. Both are copied to blocks of
    /// their exact size: a run's buffers grew by doubling, and shrunk in
    /// place they would leave their spare room split off where little else
    /// fits (a check of 100 sources peaked 15% higher).
    fn shared(text: String, ends: Vec<u32>) -> Arc<Block> {
        Arc::new(Block {
            text: Box::from(text.as_str()),
            ends: Box::from(ends.as_slice()),
        })
    }
}

impl Sets {
    /// The sets whose words are `text`, with where each ends in it, and
    /// where each set begins among them: in blocks of their own.
    fn owning(text: String, ends: Vec<u32>, firsts: [u32; 5]) -> Sets {
        if ends.is_empty() {
            return Sets::default();
        }
        Sets {
            text_len: text.len() as u32,
            count: ends.len() as u32,
            block: Some(Block::shared(text, ends)),
            text_at: 0,
            ends_at: 0,
            firsts,
        }
    }

    /// The string the words are a part of.
    #[inline]
    fn whole(&self) -> &str {
        self.block.as_deref().map_or("", |b| &b.text)
    }

    /// The words, one set after the other.
    fn text(&self) -> &str {
        let at = self.text_at as usize;
        self.whole()
            .get(at..at + self.text_len as usize)
            .unwrap_or("")
    }

    /// The words' ends in [`Sets::text`], counted from its start.
    fn relative_ends(&self) -> Vec<u32> {
        self.ends().iter().map(|e| e - self.text_at).collect()
    }

    /// Where each word ends in [`Sets::whole`].
    #[inline]
    fn ends(&self) -> &[u32] {
        let at = self.ends_at as usize;
        self.block
            .as_deref()
            .and_then(|b| b.ends.get(at..at + self.count as usize))
            .unwrap_or(&[])
    }

    /// The words of set `k`, as indices into [`Sets::ends`].
    fn range(&self, k: usize) -> (usize, usize) {
        let lo = self.firsts[k] as usize;
        let hi = self
            .firsts
            .get(k + 1)
            .map_or(self.count as usize, |&f| f as usize);
        (lo, hi)
    }

    /// The set `which`.
    pub fn get(&self, which: Which) -> Set<'_> {
        let (lo, hi) = self.range(which as usize);
        // Most of a frame's sets are empty: told from `firsts` alone.
        let (Some(Block { text, ends: all }), false) = (self.block.as_deref(), lo == hi) else {
            return Set {
                text: "",
                ends: &[],
                base: 0,
            };
        };
        let at = self.ends_at as usize;
        let base = match lo {
            0 => self.text_at,
            _ => all.get(at + lo - 1).copied().unwrap_or(0),
        };
        Set {
            text,
            ends: all.get(at + lo..at + hi).unwrap_or(&[]),
            base,
        }
    }

    /// Adds `word` to set `which`; false when it was there already. The
    /// sets are copied into blocks of their own, which suits the few
    /// words added after a frame is made.
    pub fn insert(&mut self, which: Which, word: &str) -> bool {
        let k = which as usize;
        let set = self.get(which);
        let Err(j) = set.find(word) else {
            return false;
        };
        let (mut text, mut ends) = (self.text().to_string(), self.relative_ends());
        let (lo, _) = self.range(k);
        // The word goes where the word before it ends.
        let at = (lo + j).checked_sub(1).map_or(0, |p| ends[p]);
        text.insert_str(at as usize, word);
        // A frame's words are a few short ones: far below `u32::MAX` bytes.
        let len = word.len() as u32;
        for end in &mut ends[lo + j..] {
            *end += len;
        }
        ends.insert(lo + j, at + len);
        let mut firsts = self.firsts;
        for first in &mut firsts[k + 1..] {
            *first += 1;
        }
        *self = Sets::owning(text, ends, firsts);
        true
    }

    /// Adds each of `words` to set `which`.
    #[cfg(test)]
    pub fn extend<S: AsRef<str>>(&mut self, which: Which, words: impl IntoIterator<Item = S>) {
        for w in words {
            self.insert(which, w.as_ref());
        }
    }

    /// Removes `word` from set `which`, if it is there.
    pub fn remove(&mut self, which: Which, word: &str) {
        if let Ok(j) = self.get(which).find(word) {
            self.remove_at(which as usize, j);
        }
    }

    /// Removes the word at `j` of set `k`.
    fn remove_at(&mut self, k: usize, j: usize) {
        let (mut text, mut ends) = (self.text().to_string(), self.relative_ends());
        let (lo, _) = self.range(k);
        let at = lo + j;
        let start = at.checked_sub(1).map_or(0, |p| ends[p] as usize);
        let end = ends[at] as usize;
        text.replace_range(start..end, "");
        let len = (end - start) as u32;
        ends.remove(at);
        for e in &mut ends[at..] {
            *e -= len;
        }
        let mut firsts = self.firsts;
        for first in &mut firsts[k + 1..] {
            *first -= 1;
        }
        *self = Sets::owning(text, ends, firsts);
    }

    /// Keeps only the words of set `which` that `keep` says yes to.
    pub fn retain(&mut self, which: Which, mut keep: impl FnMut(&str) -> bool) {
        let mut j = 0;
        while j < self.get(which).len() {
            if keep(self.get(which).at(j)) {
                j += 1;
            } else {
                self.remove_at(which as usize, j);
            }
        }
    }

    /// Whether the words are in blocks shared with other frames' sets.
    #[cfg(test)]
    fn shares_blocks(&self, other: &Sets) -> bool {
        match (&self.block, &other.block) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl PartialEq for Sets {
    fn eq(&self, other: &Sets) -> bool {
        self.firsts == other.firsts
            && self.text() == other.text()
            && self.relative_ends() == other.relative_ends()
    }
}

impl Eq for Sets {}

/// A frame's sets as they are gathered: each word added is kept in the
/// order it came, and the words are sorted and made distinct once, when
/// the sets are done. A frame adds a dozen words or so and reads none of
/// them until then: sorting them once costs less than keeping them sorted
/// word by word. The room is kept from frame to frame.
#[derive(Default)]
pub(crate) struct Gather {
    /// The words added, one after the other.
    text: String,
    /// Each word added: its [`key`], and where it lies in `text`.
    words: Vec<(u64, u32, u32)>,
    /// The same sets kept sorted word by word, in a debug build only:
    /// what it checks the gathered ones against.
    sorted: Sets,
    /// The words of the sets finished since the last seal, one frame's
    /// after another.
    run_text: String,
    /// Where each of those words ends, from the start of its frame's.
    run_ends: Vec<u32>,
    /// How many sets were finished since the last seal, into `run_text`.
    pending: usize,
    /// The blocks that filled before the run was done (past four
    /// gigabytes of words each), with how many sets were finished into
    /// each.
    full: Vec<(Arc<Block>, usize)>,
}

impl Gather {
    /// Adds `word` to set `which`.
    pub(crate) fn insert(&mut self, which: Which, word: &str) {
        if cfg!(debug_assertions) {
            self.sorted.insert(which, word);
        }
        let start = self.text.len();
        self.text.push_str(word);
        // A frame's words are a few short ones: far below `u32::MAX` bytes.
        self.words
            .push((key(which, word), start as u32, self.text.len() as u32));
    }

    /// Adds each of `words` to set `which`.
    pub(crate) fn extend<S: AsRef<str>>(
        &mut self,
        which: Which,
        words: impl IntoIterator<Item = S>,
    ) {
        for w in words {
            self.insert(which, w.as_ref());
        }
    }

    /// Removes `word` from set `which`, as often as it was added.
    pub(crate) fn remove(&mut self, which: Which, word: &str) {
        if cfg!(debug_assertions) {
            self.sorted.remove(which, word);
        }
        let text = self.text.as_bytes();
        let k = key(which, word);
        self.words.retain(|&(key, start, end)| {
            key != k || text.get(start as usize..end as usize) != Some(word.as_bytes())
        });
    }

    /// The sets gathered. Their words are kept in this run's blocks, which
    /// they read once [`Gather::seal`] has shared them; the room for the
    /// next frame's words is left empty.
    pub(crate) fn finish(&mut self) -> Sets {
        let Gather {
            text,
            words,
            run_text,
            run_ends,
            ..
        } = self;
        if words.is_empty() {
            debug_assert_eq!(Sets::default(), self.sorted);
            return Sets::default();
        }
        let bytes = |&(_, start, end): &(u64, u32, u32)| {
            text.as_bytes()
                .get(start as usize..end as usize)
                .unwrap_or(&[])
        };
        // Keys in order are words in order; equal keys are read on.
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| bytes(a).cmp(bytes(b))));
        words.dedup_by(|a, b| a.0 == b.0 && bytes(a) == bytes(b));
        let len: usize = words
            .iter()
            .map(|&(_, start, end)| (end - start) as usize)
            .sum();
        // Past four gigabytes of words in one run, a frame's sets are kept
        // in blocks of their own, where they fit a `u32` again.
        if u32::try_from(run_text.len() + len).is_err() {
            self.full.push((
                Block::shared(std::mem::take(run_text), std::mem::take(run_ends)),
                std::mem::take(&mut self.pending),
            ));
        }
        let text_at = run_text.len();
        let ends_at = run_ends.len();
        // How many words each set holds.
        let mut counts = [0u32; 5];
        for &(key, start, end) in words.iter() {
            run_text.push_str(text.get(start as usize..end as usize).unwrap_or(""));
            run_ends.push(run_text.len() as u32);
            if let Some(count) = counts.get_mut((key >> 56) as usize) {
                *count += 1;
            }
        }
        // Each set begins after the words of the sets before it.
        let mut firsts = [0; 5];
        let mut first = 0;
        for (at, count) in firsts.iter_mut().zip(counts) {
            *at = first;
            first += count;
        }
        text.clear();
        words.clear();
        self.pending += 1;
        let sets = Sets {
            block: None,
            text_at: text_at as u32,
            text_len: len as u32,
            ends_at: ends_at as u32,
            count: (run_ends.len() - ends_at) as u32,
            firsts,
        };
        if cfg!(debug_assertions) {
            let at = sets.text_at as usize;
            let seen = match &sets.block {
                Some(_) => sets.clone(),
                None => Sets::owning(
                    self.run_text[at..at + len].to_string(),
                    self.run_ends[ends_at..]
                        .iter()
                        .map(|e| e - sets.text_at)
                        .collect(),
                    firsts,
                ),
            };
            debug_assert_eq!(seen, self.sorted);
            self.sorted = Sets::default();
        }
        sets
    }

    /// Shares this run's words between the sets finished since the last
    /// seal, in the order they were finished: every one of them must be
    /// among `sets`, which may hold others (sets with no words, or kept
    /// in blocks of their own), passed over.
    pub(crate) fn seal<'s>(&mut self, sets: impl IntoIterator<Item = &'s mut Sets>) {
        if self.pending == 0 && self.full.is_empty() {
            return;
        }
        let last = (
            Block::shared(
                std::mem::take(&mut self.run_text),
                std::mem::take(&mut self.run_ends),
            ),
            std::mem::take(&mut self.pending),
        );
        let mut blocks = std::mem::take(&mut self.full).into_iter().chain([last]);
        let mut block: Option<(Arc<Block>, usize)> = None;
        for s in sets {
            if s.block.is_some() || s.count == 0 {
                continue;
            }
            // The next block, once this one's sets are all sealed.
            while block.as_ref().is_none_or(|(_, left)| *left == 0) {
                block = blocks.next();
                if block.is_none() {
                    debug_assert!(false, "more sets than were finished");
                    return;
                }
            }
            if let Some((shared, left)) = &mut block {
                s.block = Some(Arc::clone(shared));
                *left -= 1;
            }
        }
        debug_assert!(
            block.is_none_or(|(_, left)| left == 0) && blocks.all(|(_, n)| n == 0),
            "sets finished but not sealed"
        );
    }
}

/// A word's place in a frame's sets, as far as a number tells it: its set
/// in the high byte, then its first seven bytes (zeros past its end).
/// Words in different sets, or differing in their first seven bytes, are
/// in the order of their keys; words with equal keys must be compared.
fn key(which: Which, word: &str) -> u64 {
    let mut bytes = [0u8; 8];
    bytes[0] = which as u8;
    for (slot, b) in bytes[1..].iter_mut().zip(word.bytes()) {
        *slot = b;
    }
    u64::from_be_bytes(bytes)
}

impl fmt::Debug for Sets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for which in [
            Which::Modifiers,
            Which::Places,
            Which::Entities,
            Which::Concepts,
            Which::Words,
        ] {
            map.entry(&which, &self.get(which));
        }
        map.finish()
    }
}

/// A sorted set of distinct words: one of a frame's [`Sets`].
#[derive(Clone, Copy)]
pub struct Set<'s> {
    /// The string the words are parts of.
    text: &'s str,
    /// Where each word ends in `text`.
    ends: &'s [u32],
    /// Where the first word starts in `text`.
    base: u32,
}

impl<'s> Set<'s> {
    /// How many words there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Where the word at `k` starts in `text`: where the word before it
    /// ends.
    fn start(&self, k: usize) -> u32 {
        k.checked_sub(1).map_or(self.base, |p| self.ends[p])
    }

    /// The word at `k`, in sorted order.
    fn at(&self, k: usize) -> &'s str {
        &self.text[self.start(k) as usize..self.ends[k] as usize]
    }

    /// The bytes of the word at `k`: compared as the strings are, without
    /// finding char boundaries.
    fn bytes_at(&self, k: usize) -> &'s [u8] {
        self.text
            .as_bytes()
            .get(self.start(k) as usize..self.ends[k] as usize)
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

    /// The words, in sorted order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &'s str> + ExactSizeIterator + use<'s> {
        let set = *self;
        (0..self.len()).map(move |k| set.at(k))
    }

    /// The words in both sets, in sorted order.
    pub fn intersection<'a>(&self, other: &Set<'a>) -> impl Iterator<Item = &'s str> + use<'s, 'a> {
        let (this, other) = (*self, *other);
        let (mut i, mut j) = (0, 0);
        std::iter::from_fn(move || {
            while i < this.len() && j < other.len() {
                match compare(this.bytes_at(i), other.bytes_at(j)) {
                    Ordering::Less => i += 1,
                    Ordering::Greater => j += 1,
                    Ordering::Equal => {
                        i += 1;
                        j += 1;
                        return Some(this.at(i - 1));
                    }
                }
            }
            None
        })
    }

    /// A mask with one bit for each word, chosen by its length and its
    /// first and last bytes: sets whose masks share no bit share no word.
    /// It reads two bytes a word, never the whole word.
    pub(crate) fn signature(&self) -> u64 {
        let mut mask = 0u64;
        for k in 0..self.len() {
            let w = self.bytes_at(k);
            let (first, last) = (w.first().copied(), w.last().copied());
            let mix = u32::from(first.unwrap_or(0))
                .wrapping_mul(31)
                .wrapping_add(u32::from(last.unwrap_or(0)).wrapping_mul(7))
                .wrapping_add(w.len() as u32);
            mask |= 1 << (mix % 64);
        }
        mask
    }

    /// Whether the sets share no word.
    pub fn is_disjoint(&self, other: &Set<'_>) -> bool {
        self.intersection(other).next().is_none()
    }

    /// Whether every word of this set is in `other`.
    pub fn is_subset(&self, other: &Set<'_>) -> bool {
        self.len() <= other.len() && self.intersection(other).count() == self.len()
    }
}

impl PartialEq for Set<'_> {
    fn eq(&self, other: &Set<'_>) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Set<'_> {}

/// The order of two words' bytes, as `Ord` gives it: most words differ in
/// their first byte, which is compared without a call to compare slices.
fn compare(a: &[u8], b: &[u8]) -> Ordering {
    match (a.first(), b.first()) {
        (Some(x), Some(y)) if x != y => x.cmp(y),
        _ => a.cmp(b),
    }
}

impl fmt::Debug for Set<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn each_set_behaves_as_a_btree_set() {
        let words = [
            "troop", "us", "british", "a", "troop", "zulu", "", "b", "us",
        ];
        let all = [
            Which::Modifiers,
            Which::Places,
            Which::Entities,
            Which::Concepts,
            Which::Words,
        ];
        let mut sets = Sets::default();
        let mut models = vec![BTreeSet::new(); all.len()];
        // The words go to the sets in turn, so that each insert lands
        // between the words of other sets.
        for (n, w) in words.iter().cycle().take(words.len() * 3).enumerate() {
            let k = (n * 7 + n / 3) % all.len();
            assert_eq!(sets.insert(all[k], w), models[k].insert(*w));
            for (which, model) in all.iter().zip(&models) {
                assert!(sets.get(*which).iter().eq(model.iter().copied()));
            }
        }
        let mut other = Sets::default();
        other.extend(Which::Places, ["b", "troop", "x"]);
        other.extend(Which::Words, ["b", "troop"]);
        let other_model: BTreeSet<&str> = ["b", "troop", "x"].into_iter().collect();
        let set = sets.get(Which::Entities);
        assert!(
            set.intersection(&other.get(Which::Places))
                .eq(models[2].intersection(&other_model).copied())
        );
        assert_eq!(
            set.is_disjoint(&other.get(Which::Places)),
            models[2].is_disjoint(&other_model)
        );
        // Sets that share a word have masks that share a bit.
        for which in all {
            let (a, b) = (sets.get(which), other.get(Which::Places));
            assert!(a.is_disjoint(&b) || a.signature() & b.signature() != 0);
        }
        assert_ne!(
            other.get(Which::Words).signature() & other.get(Which::Places).signature(),
            0
        );
        assert_eq!(Sets::default().get(Which::Words).signature(), 0);
        assert!(other.get(Which::Words).is_subset(&other.get(Which::Places)));
        assert!(!other.get(Which::Places).is_subset(&other.get(Which::Words)));
        for (k, which) in all.iter().enumerate() {
            sets.remove(*which, "troop");
            models[k].remove("troop");
            sets.retain(*which, |w| w != "us");
            models[k].retain(|w| *w != "us");
        }
        for (which, model) in all.iter().zip(&models) {
            let set = sets.get(*which);
            assert!(set.iter().eq(model.iter().copied()));
            assert!(!set.contains("troop"));
            assert_eq!(format!("{set:?}"), format!("{model:?}"));
        }
        // Sets gathered and finished are the sets kept sorted, in room
        // of their own size, and the room is left empty.
        let mut gather = Gather::default();
        let mut sorted = Sets::default();
        for (n, w) in words.iter().cycle().take(words.len() * 3).enumerate() {
            let which = all[(n * 7 + n / 3) % all.len()];
            gather.insert(which, w);
            sorted.insert(which, w);
            if n % 5 == 4 {
                gather.remove(which, "us");
                sorted.remove(which, "us");
            }
        }
        let mut finished = gather.finish();
        let mut empty = gather.finish();
        gather.seal([&mut finished, &mut empty]);
        assert_eq!(finished, sorted);
        assert_eq!(empty, Sets::default());
        // Sets of the same words are equal whatever order they came in.
        let mut again = Sets::default();
        for (which, model) in all.iter().zip(&models).rev() {
            again.extend(*which, model.iter().rev());
        }
        assert_eq!(again, sets);
    }

    #[test]
    fn the_sets_of_a_run_share_one_block() {
        let mut gather = Gather::default();
        let mut run = Vec::new();
        for words in [&["apps", "ban"][..], &[], &["oslo", "ban", "apps", "zulu"]] {
            for w in words {
                gather.insert(Which::Words, w);
            }
            gather.insert(Which::Places, words.first().copied().unwrap_or("x"));
            gather.remove(Which::Places, "x");
            run.push(gather.finish());
        }
        gather.seal(run.iter_mut());
        assert!(run[0].shares_blocks(&run[2]));
        assert_eq!(run[1], Sets::default());
        fn words(s: &Sets, w: Which) -> Vec<&str> {
            s.get(w).iter().collect()
        }
        assert_eq!(words(&run[0], Which::Words), ["apps", "ban"]);
        assert_eq!(words(&run[0], Which::Places), ["apps"]);
        assert_eq!(
            words(&run[2], Which::Words),
            ["apps", "ban", "oslo", "zulu"]
        );
        assert_eq!(words(&run[2], Which::Places), ["oslo"]);
        // A set changed after the run is copied out, and the others keep
        // their words.
        let mut changed = run[2].clone();
        changed.retain(Which::Words, |w| w != "ban");
        assert!(!changed.shares_blocks(&run[2]));
        assert_eq!(words(&changed, Which::Words), ["apps", "oslo", "zulu"]);
        assert_eq!(words(&changed, Which::Places), ["oslo"]);
        assert_eq!(
            words(&run[2], Which::Words),
            ["apps", "ban", "oslo", "zulu"]
        );
        assert_eq!(words(&run[0], Which::Words), ["apps", "ban"]);
        // The next run starts blocks of its own.
        gather.insert(Which::Concepts, "ipo");
        let mut next = gather.finish();
        gather.seal([&mut next]);
        assert!(!next.shares_blocks(&run[0]));
        assert_eq!(words(&next, Which::Concepts), ["ipo"]);
    }

    #[test]
    fn a_frames_sets_point_to_their_block_with_one_word() {
        // Every fact's frame holds its sets until the comparison is done:
        // a pointer, four counts and the five sets' starts, no more.
        let word = std::mem::size_of::<usize>();
        let counts = 9 * std::mem::size_of::<u32>();
        assert!(std::mem::size_of::<Sets>() <= (word + counts).next_multiple_of(word));
    }
}
