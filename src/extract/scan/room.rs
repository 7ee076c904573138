//! The buffers of a scan, kept from one body to the next.

use std::cell::Cell;

use super::super::date::{DateFound, Scratch};
use super::super::prefilter::{Cue, Hit};
use super::super::token::{self, Token};

/// The buffers a scan reads sentences with, kept on each thread from one
/// body to the next, emptied: allocating them for each body, with room
/// for a long sentence, cost more than reading a short body.
pub(super) struct Room<'t> {
    /// The tokens of a sentence.
    pub(super) toks: Vec<Token<'t>>,
    /// The date scanner's own tokens.
    pub(super) scratch: Scratch<'t>,
    /// The dates of a sentence.
    pub(super) dates: Vec<DateFound>,
    /// What the prefilter found in a body.
    pub(super) hits: Vec<Hit>,
    /// Where the bytes that may end a sentence are in a body.
    pub(super) ends: Vec<usize>,
    /// What it found at each token.
    pub(super) cues: Vec<Cue>,
}

thread_local! {
    /// The buffers of the last scan on this thread.
    static ROOM: Cell<Option<Room<'static>>> = const { Cell::new(None) };
}

impl<'t> Room<'t> {
    /// The buffers of the last scan on this thread, or new ones with room
    /// for a long sentence: growing them sentence by sentence costs more
    /// than the memory.
    pub(super) fn take() -> Room<'t> {
        ROOM.with(Cell::take).unwrap_or_else(|| Room {
            toks: Vec::with_capacity(256),
            scratch: Scratch::default(),
            dates: Vec::new(),
            hits: Vec::with_capacity(256),
            ends: Vec::with_capacity(256),
            cues: Vec::with_capacity(256),
        })
    }

    /// Keeps the buffers, emptied, for the next scan on this thread.
    pub(super) fn keep(self) {
        let Room {
            toks,
            scratch,
            mut dates,
            mut hits,
            mut ends,
            mut cues,
        } = self;
        dates.clear();
        hits.clear();
        ends.clear();
        cues.clear();
        let room = Room {
            toks: token::emptied(toks),
            scratch: scratch.emptied(),
            dates,
            hits,
            ends,
            cues,
        };
        ROOM.with(|r| r.set(Some(room)));
    }
}
