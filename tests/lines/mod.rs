//! Line and column of a byte offset, computed the plain way, as the oracle
//! the reported provenance is checked against: lines end at `\n` (a `\r`
//! before it belongs to the line it ends), columns count `char`s from 1.

/// Where each line of a text starts.
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &str) -> Lines {
        let breaks = text.match_indices('\n').map(|(i, _)| i + 1);
        Lines {
            starts: std::iter::once(0).chain(breaks).collect(),
        }
    }

    /// The 1-based line and column of byte `offset` in `text` (the text
    /// these lines were read from); an offset past the end maps to the end.
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let column = text.get(start..offset).map_or(0, |s| s.chars().count());
        (line, column + 1)
    }
}
