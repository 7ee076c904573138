//! The places the prefilter finds in each sentence of a body, and at
//! each of its tokens.

use super::super::prefilter::{self, Cue, Hit};
use super::super::token::Token;
use super::Text;
use crate::span::Span;

/// The places the prefilter finds in `sentence`, taken from those of the
/// whole body, `hits`, from the `next`th on (which moves past them). They
/// are the same, unless the sentence begins or ends inside a run of
/// letters or digits (a long run cut where it holds no white space): that
/// sentence is read again, into `own`.
pub(super) fn sentence_hits<'h>(
    text: Text<'_>,
    sentence: Span,
    hits: &'h [Hit],
    next: &mut usize,
    own: &'h mut Vec<Hit>,
) -> &'h [Hit] {
    let mut k = *next;
    while hits.get(k).is_some_and(|h| h.start < sentence.start) {
        k += 1;
    }
    let first = k;
    while hits.get(k).is_some_and(|h| h.start < sentence.end) {
        k += 1;
    }
    *next = k;
    let bytes = text.body.as_bytes();
    let (s, e) = (sentence.start - text.offset, sentence.end - text.offset);
    if joined(bytes, s) || joined(bytes, e) {
        own.clear();
        prefilter::find(&text.body[s..e], sentence.start, own);
        return own;
    }
    let found = &hits[first..k];
    #[cfg(debug_assertions)]
    {
        // The places are those a reading of the sentence alone finds:
        // checked in every debug build.
        let piece = &text.body[s..e];
        let mut alone = Vec::new();
        prefilter::find(piece, sentence.start, &mut alone);
        debug_assert_eq!(found, &alone[..], "{piece:?}");
    }
    found
}

/// Whether byte `at` of `bytes` and the byte before it are both ASCII
/// letters or both ASCII digits: a run that a cut there splits. The byte
/// before a sentence's start is most often white space, and tells at once.
#[inline]
fn joined(bytes: &[u8], at: usize) -> bool {
    let Some(&a) = at.checked_sub(1).and_then(|before| bytes.get(before)) else {
        return false;
    };
    if !a.is_ascii_alphanumeric() {
        return false;
    }
    bytes.get(at).is_some_and(|&b| {
        (a.is_ascii_alphabetic() && b.is_ascii_alphabetic())
            || (a.is_ascii_digit() && b.is_ascii_digit())
    })
}

/// Marks, in `cues`, what the prefilter found at each token: the cue of a
/// hit whose span is exactly the token's, or no cue.
pub(super) fn mark_starts(toks: &[Token<'_>], hits: &[Hit], cues: &mut Vec<Cue>) {
    cues.clear();
    cues.resize(toks.len(), Cue::default());
    // Both in text order: one walk through each.
    let mut k = 0;
    for h in hits {
        while toks.get(k).is_some_and(|t| t.span.start < h.start) {
            k += 1;
        }
        if h.cue == Cue::ANY {
            // A stretch the prefilter could not read: every token in it.
            while toks.get(k).is_some_and(|t| t.span.start < h.end) {
                cues[k] = Cue::ANY;
                k += 1;
            }
        } else if toks.get(k).is_some_and(|t| t.span.end == h.end) {
            cues[k] = h.cue;
        }
    }
}
