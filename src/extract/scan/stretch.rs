//! The stretches a body is read in, and their sentences.
//!
//! A body is read in stretches of whole lines. No sentence runs across a
//! line break, and where each one ends is decided by the bytes of its own
//! line (an abbreviation before a period, a decimal point a space
//! follows, the quotes that close a sentence), so the sentences of a
//! stretch are those of the whole body there. A stretch is short enough
//! that the places the prefilter finds in all of it at once take little
//! memory, whatever the length of the body.

use std::ops::Range;

use super::super::prefilter::{self, Hit};
use crate::segment;
use crate::span::Span;

/// The longest stretch whose places the prefilter finds at once, in
/// bytes: they take at most a few times its size.
pub(super) const WHOLE_BYTES: usize = 64 * 1024;

/// The end of the stretch of `bytes` read from byte `from`, which starts
/// a line: the end of the last whole line within [`WHOLE_BYTES`] from
/// there, or the end of a longer line, or the end of the text.
pub(super) fn end(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    if rest.len() <= WHOLE_BYTES {
        return bytes.len();
    }
    let window = rest.get(..WHOLE_BYTES).unwrap_or(rest);
    let line = memchr::memrchr(b'\n', window)
        .or_else(|| memchr::memchr(b'\n', &rest[window.len()..]).map(|k| window.len() + k));
    line.map_or(bytes.len(), |k| from + k + 1)
}

/// The sentences of the stretch `at` of `body` (whose start is at
/// `offset` in its source), and whether its places are in `hits`.
///
/// A stretch of news is read once for the places of all its sentences and
/// for where its sentences may end, which go to `hits` and `ends`. A
/// longer one, a single line longer than [`WHOLE_BYTES`], whose places
/// would take memory in proportion, is only cut into sentences: the
/// places of each are found as it is read.
pub(super) fn sentences(
    body: &str,
    offset: usize,
    at: Range<usize>,
    hits: &mut Vec<Hit>,
    ends: &mut Vec<usize>,
) -> (Vec<Span>, bool) {
    let stretch = &body[at.clone()];
    hits.clear();
    ends.clear();
    if stretch.len() <= WHOLE_BYTES {
        prefilter::find_with_ends(stretch, offset + at.start, hits, ends);
        (
            segment::sentences_at(stretch, offset + at.start, ends),
            true,
        )
    } else {
        (segment::sentences(stretch, offset + at.start), false)
    }
}

/// Checks, in a debug build, that the sentences of the stretch `at` are
/// those of the whole body there, `all`.
#[cfg(debug_assertions)]
pub(super) fn check(sentences: &[Span], all: &[Span], offset: usize, at: Range<usize>) {
    let first = all.partition_point(|s| s.start < offset + at.start);
    let last = all.partition_point(|s| s.start < offset + at.end);
    debug_assert_eq!(sentences, &all[first..last], "stretch {at:?}");
}
