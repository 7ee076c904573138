//! The calendar lexicon as a caller reads it that classifies every word of
//! a text: fetched once, and asked word by word with the bytes of the text
//! around the word.

use super::{Cal, WORDS, Words, classify_at, letter};
use crate::lexicon::{PACKED_LEN, lowered, mask_to};

/// The calendar lexicon, for a caller that classifies every word of a
/// text: see [`Lexicon::at`].
#[derive(Clone, Copy)]
pub(crate) struct Lexicon(&'static Words);

/// The calendar lexicon, built once.
pub(crate) fn lexicon() -> Lexicon {
    Lexicon(&WORDS)
}

impl Lexicon {
    /// What the word at bytes `start..end` of `bytes` means to the date
    /// rules, as [`classify_at`] says. Most words of a text have a length,
    /// a first letter and a last letter that no calendar word has: they are
    /// told apart here, inline, and only the others are looked up.
    #[inline(always)]
    pub(crate) fn at(self, bytes: &[u8], start: usize, end: usize) -> Cal {
        if self.0.may_hold(bytes, start, end) {
            return self.0.look_up(bytes, start, end);
        }
        debug_assert_eq!(classify_at(bytes, start, end), Cal::None);
        Cal::None
    }

    /// What the word at bytes `start..end` of `bytes` means to the date
    /// rules, as [`Lexicon::at`] says, given `head`: the eight bytes from
    /// `start` (the first byte lowest), zeros past the end of the text. A
    /// word of up to eight letters is told apart and looked up from `head`
    /// alone, inline: its first and last letters and its packed form are
    /// in it.
    #[inline(always)]
    pub(crate) fn at_head(self, head: u64, bytes: &[u8], start: usize, end: usize) -> Cal {
        let len = end.wrapping_sub(start);
        if len == 0 || len > PACKED_LEN {
            return self.at(bytes, start, end);
        }
        let last = (head >> (8 * (len - 1))) as u8;
        let cal = match self.0.shapes.get(len) {
            Some(shape) if shape[letter(head as u8)] & (1 << letter(last)) != 0 => self
                .0
                .short
                .get(mask_to(lowered(head), len))
                .unwrap_or_default(),
            _ => Cal::None,
        };
        debug_assert_eq!(cal, self.at(bytes, start, end));
        cal
    }
}
