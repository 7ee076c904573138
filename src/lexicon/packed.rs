//! Short words packed into one number, and a table that looks them up.
//!
//! Most words of news are eight letters or fewer. Such a word, its bytes
//! with bit 5 set (which lowercases an ASCII capital and turns no other
//! byte into a letter) and zeros after its end, fits in a `u64`: the word
//! is looked up with one multiplication and one comparison, with no loop
//! over its letters and no call to compare bytes. Longer words are left to
//! the tables that hold them whole.

/// Eight bytes, each 1.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The longest word that packs.
pub(crate) const PACKED_LEN: usize = 8;

/// `w` packed: its bytes with bit 5 set, the first byte lowest, zeros after
/// its end; `None` when it is empty or longer than [`PACKED_LEN`]. A byte
/// with bit 5 set is never zero, so a word's length is part of its key.
#[inline]
pub(crate) fn pack(w: &[u8]) -> Option<u64> {
    if w.is_empty() || w.len() > PACKED_LEN {
        return None;
    }
    let mut buf = [0u8; PACKED_LEN];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s | 0x20;
    }
    Some(u64::from_le_bytes(buf))
}

/// The bytes `start..end` of `bytes` packed, as [`pack`] does, reading eight
/// bytes at once where the text holds eight from `start`.
#[inline]
pub(crate) fn pack_at(bytes: &[u8], start: usize, end: usize) -> Option<u64> {
    let len = end.checked_sub(start)?;
    if len == 0 || len > PACKED_LEN {
        return None;
    }
    match bytes.get(start..start + PACKED_LEN) {
        Some(chunk) => {
            let x = u64::from_le_bytes(chunk.try_into().ok()?);
            Some(mask_to(lowered(x), len))
        }
        None => pack(bytes.get(start..end)?),
    }
}

/// The first `len` bytes of `x` (1 to 8), the others zero.
#[inline]
pub(crate) fn mask_to(x: u64, len: usize) -> u64 {
    x & (u64::MAX >> (64 - 8 * len.clamp(1, PACKED_LEN)))
}

/// `x`, eight bytes of text, with bit 5 of every byte set.
#[inline]
pub(crate) fn lowered(x: u64) -> u64 {
    x | (ONES * 0x20)
}

/// A table of packed words, built once: open addressing over a
/// power-of-two array at most a quarter full, so that a word that is not
/// in it, the common case, mostly meets an empty slot at once.
pub(crate) struct PackedTable<V> {
    /// Each slot: a packed word (0 for none) and what it means.
    slots: Vec<(u64, V)>,
    /// The shift that keeps the top bits of the hash: as many as index the
    /// slots.
    shift: u32,
}

/// The slot a key's probe starts at: Fibonacci hashing, whose top bits
/// are well mixed.
#[inline]
fn slot_of(key: u64, shift: u32) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> shift) as usize
}

impl<V: Copy + Default> PackedTable<V> {
    /// Compiles the rows whose words pack; the others are left out. Where
    /// a word appears twice, the first row wins.
    pub(crate) fn new<'w>(rows: impl IntoIterator<Item = (&'w [u8], V)>) -> Self {
        let rows: Vec<(u64, V)> = rows
            .into_iter()
            .filter_map(|(w, v)| Some((pack(w)?, v)))
            .collect();
        let size = (rows.len() * 4).next_power_of_two().max(16);
        let shift = 64 - size.trailing_zeros();
        let mut slots = vec![(0, V::default()); size];
        for (k, v) in rows {
            let mut at = slot_of(k, shift);
            loop {
                match slots[at].0 {
                    0 => {
                        slots[at] = (k, v);
                        break;
                    }
                    other if other == k => break,
                    _ => at = (at + 1) & (size - 1),
                }
            }
        }
        PackedTable { slots, shift }
    }

    /// What the packed word `key` means, if it is in the table.
    #[inline]
    pub(crate) fn get(&self, key: u64) -> Option<V> {
        let mask = self.slots.len() - 1;
        let mut at = slot_of(key, self.shift);
        loop {
            let &(k, v) = self.slots.get(at)?;
            if k == key {
                return Some(v);
            }
            if k == 0 {
                return None;
            }
            at = (at + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_ignores_case_and_keeps_length() {
        assert_eq!(pack(b"May"), pack(b"may"));
        assert_ne!(pack(b"ma"), pack(b"may"));
        assert_eq!(pack(b""), None);
        assert_eq!(pack(b"ninetyone"), None);
        let text = b"Tuesday, March";
        assert_eq!(pack_at(text, 0, 7), pack(b"tuesday"));
        assert_eq!(pack_at(text, 9, 14), pack(b"march"));
        assert_eq!(pack_at(text, 9, 9), None);
        // No byte that is not a letter packs as one.
        for b in 0..=u8::MAX {
            let p = pack(&[b]).map(|k| k as u8);
            assert_eq!(
                p.is_some_and(|c| c.is_ascii_lowercase()),
                b.is_ascii_alphabetic(),
                "{b}"
            );
        }
    }

    #[test]
    fn the_table_finds_its_words_only() {
        let words: [&[u8]; 4] = [b"one", b"two", b"seventeen", b"one"];
        let table = PackedTable::new(words.iter().copied().zip([1u8, 2, 3, 4]));
        assert_eq!(pack(b"One").and_then(|k| table.get(k)), Some(1));
        assert_eq!(pack(b"TWO").and_then(|k| table.get(k)), Some(2));
        assert_eq!(pack(b"tw").and_then(|k| table.get(k)), None);
        assert_eq!(pack(b"three").and_then(|k| table.get(k)), None);
    }
}
