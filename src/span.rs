//! Byte spans into a source text, and the line index that turns them into
//! line and column numbers.

use serde::Serialize;

/// A half-open range of byte offsets, `[start, end)`, into one source text.
///
/// Every span that crosscheck reports lies on `char` boundaries of the text
/// it was taken from, so [`Span::slice`] returns exactly the quoted text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
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

/// Where each line of a text begins, for turning byte offsets into 1-based
/// line and column numbers.
///
/// Lines end at `\n`; a `\r` before it belongs to the line it ends. Columns
/// count Unicode scalar values (`char`s), starting at 1.
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
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::span::LineIndex;
    /// let text = "headline\nThe $34bn float";
    /// let index = LineIndex::new(text);
    /// assert_eq!(index.line_column(text, 13), (2, 5));
    /// ```
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

    /// The number of lines in the text.
    pub fn lines(&self) -> usize {
        self.starts.len()
    }
}
