//! Byte spans into a source text, and the line index that turns them into
//! line and column numbers.

use serde::{Deserialize, Serialize};

/// A half-open range of byte offsets, `[start, end)`, into one source text.
///
/// Every span that crosscheck reports lies on `char` boundaries of the text
/// it was taken from, so [`Span::slice`] returns exactly the quoted text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Creates a span. `start` must not exceed `end`; if it does the two are
    /// swapped, so a span is never inverted.
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// The number of bytes the span covers.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span quotes, or `""` when the span does not fit `text`
    /// or does not fall on `char` boundaries.
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::Span;
    /// assert_eq!(Span::new(4, 9).slice("The $34bn float"), "$34bn");
    /// ```
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The smallest span covering both `self` and `other`.
    pub fn cover(&self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Whether `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Moves the span `by` bytes to the right.
    pub fn shift(&self, by: usize) -> Span {
        Span {
            start: self.start + by,
            end: self.end + by,
        }
    }
}

/// Turns byte offsets into 1-based line and column numbers, for offsets
/// asked in increasing order: each call only reads the text between the
/// previous offset and this one, so numbering every fact of a text costs
/// time linear in the text, however long its lines.
///
/// Lines end at `\n`; a `\r` before it belongs to the line it ends.
/// Columns count Unicode scalar values (`char`s), starting at 1. An offset
/// smaller than the previous one is still answered correctly, by reading
/// back to the start of its line.
#[derive(Clone, Debug)]
pub struct LineCursor<'t> {
    text: &'t str,
    /// The byte offset last answered.
    at: usize,
    /// Its 1-based line and column.
    line: usize,
    column: usize,
}

impl<'t> LineCursor<'t> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'t str) -> LineCursor<'t> {
        LineCursor {
            text,
            at: 0,
            line: 1,
            column: 1,
        }
    }

    /// The 1-based line and column of byte `offset`. An offset past the end
    /// maps to the end.
    pub fn line_column(&mut self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let bytes = self.text.as_bytes();
        // The line breaks are found with `memchr`, which reads many bytes
        // at a step: read byte by byte, numbering the facts took about 4%
        // of extraction.
        if offset < self.at {
            // Backwards: the line start is found by reading back, and the
            // lines between are subtracted.
            let back = &bytes[offset..self.at];
            let breaks = memchr::memchr_iter(b'\n', back).count();
            let start = memchr::memrchr(b'\n', &bytes[..offset]).map_or(0, |i| i + 1);
            self.line -= breaks;
            self.column = 1 + count_chars(&bytes[start..offset]);
        } else {
            let ahead = &bytes[self.at..offset];
            match memchr::memrchr(b'\n', ahead) {
                Some(last) => {
                    // The breaks before the last one are counted, and the
                    // `char`s after it: each byte is read once after the
                    // search back.
                    self.line += 1 + memchr::memchr_iter(b'\n', &ahead[..last]).count();
                    self.column = 1 + count_chars(&ahead[last + 1..]);
                }
                None => self.column += count_chars(ahead),
            }
        }
        self.at = offset;
        (self.line, self.column)
    }
}

/// The number of `char`s that start in `bytes` (every byte that is not a
/// UTF-8 continuation byte).
///
/// The bytes are counted in runs short enough that a run's count fits a
/// byte, which the compiler counts sixteen bytes at a step; counted into
/// a `usize` it counts two.
fn count_chars(bytes: &[u8]) -> usize {
    bytes
        .chunks(usize::from(u8::MAX))
        .map(|run| {
            let n = run
                .iter()
                .fold(0u8, |n, &b| n.wrapping_add(u8::from((b as i8) >= -0x40)));
            usize::from(n)
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_numbers_lines_and_columns_from_one() {
        let text = "headline\nThe $34bn float and the €2bn loan";
        let mut cursor = LineCursor::new(text);
        assert_eq!(cursor.line_column(13), (2, 5));
        assert_eq!(cursor.line_column(34), (2, 26));
    }

    /// Where each line of a text begins, for turning byte offsets into 1-based
    /// line and column numbers.
    ///
    /// Lines end at `\n`; a `\r` before it belongs to the line it ends. Columns
    /// count Unicode scalar values (`char`s), starting at 1.
    ///
    /// The plain way, kept as the oracle the cursor is tested against.
    #[derive(Clone, Debug)]
    pub struct LineIndex {
        starts: Vec<usize>,
    }

    impl LineIndex {
        /// Indexes the line starts of `text`.
        pub fn new(text: &str) -> LineIndex {
            let mut starts = vec![0];
            starts.extend(
                text.bytes()
                    .enumerate()
                    .filter(|&(_, b)| b == b'\n')
                    .map(|(i, _)| i + 1),
            );
            LineIndex { starts }
        }

        /// The 1-based line and column of byte `offset` in `text` (the text this
        /// index was built from). An offset past the end maps to the end.
        pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
            let offset = offset.min(text.len());
            let line = self.starts.partition_point(|&s| s <= offset).max(1);
            let start = self.starts[line - 1];
            let column = text
                .get(start..offset)
                .map_or(offset - start, |s| s.chars().count())
                + 1;
            (line, column)
        }
    }

    #[test]
    fn cursor_agrees_with_the_index_forwards_and_backwards() {
        let text = "a\u{e9}b\nxy \u{1f600} z\r\n\n\u{4e2d}\u{6587} 12\nend";
        let index = LineIndex::new(text);
        let offsets: Vec<usize> = (0..=text.len() + 2)
            .filter(|&o| o >= text.len() || text.is_char_boundary(o))
            .collect();
        let mut cursor = LineCursor::new(text);
        for &o in &offsets {
            assert_eq!(cursor.line_column(o), index.line_column(text, o), "at {o}");
        }
        for &o in offsets.iter().rev() {
            assert_eq!(
                cursor.line_column(o),
                index.line_column(text, o),
                "back at {o}"
            );
        }
        let mut cursor = LineCursor::new(text);
        for &o in offsets.iter().step_by(3).chain(offsets.iter().step_by(2)) {
            assert_eq!(
                cursor.line_column(o),
                index.line_column(text, o),
                "jump to {o}"
            );
        }
    }
}
