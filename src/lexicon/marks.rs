//! Words that mark a number as no claim: ids and model numbers, page
//! furniture, times of day, copyright lines.

use std::sync::LazyLock;

use super::{WordSet, among};

/// Words that make the number after them an id: "Model 3", "Flight 370",
/// "Section 230", "Fortune 500".
pub(crate) const ID_WORDS: &[&str] = &[
    "model",
    "flight",
    "section",
    "article",
    "chapter",
    "route",
    "version",
    "iphone",
    "windows",
    "galaxy",
    "boeing",
    "airbus",
    "covid",
    "sars",
    "apollo",
    "level",
    "phase",
    "stage",
    "grade",
    "room",
    "gate",
    "terminal",
    "channel",
    "no",
    "nos",
    "number",
    "vol",
    "volume",
    "issue",
    "page",
    "pages",
    "season",
    "episode",
    "part",
    "class",
    "category",
    "type",
    "mark",
    "series",
    "lot",
    "unit",
    "suite",
    "highway",
    "interstate",
    "road",
    "street",
    "avenue",
    "block",
    "ward",
    "district",
    "formula",
    "ps",
    "xbox",
    "pixel",
    "note",
    "tier",
    "g",
    "v",
    "f",
    "su",
    "mig",
    "rule",
    "amendment",
    "resolution",
    "bill",
    "act",
    "id",
    "code",
    "pin",
    "ref",
    "platform",
    "line",
    "bus",
    "train",
    "squad",
    "figure",
    "table",
    "exhibit",
    "paragraph",
    "clause",
    "item",
    "question",
    "proposition",
    "prop",
    "measure",
    "fortune",
    "ftse",
    "russell",
    "nikkei",
    "stoxx",
    "inc",
    "forbes",
    "billboard",
];

/// Page furniture after a number: "12 comments", "250 results".
pub(crate) const FURNITURE_AFTER: &[&str] = &[
    "comments",
    "comment",
    "shares",
    "likes",
    "views",
    "retweets",
    "replies",
    "reactions",
    "results",
];

/// Page furniture before a number: "Share 0", "Page 2 of 5", "Showing
/// 1-10".
pub(crate) const FURNITURE_BEFORE: &[&str] = &[
    "share", "shares", "comments", "likes", "page", "slide", "photo", "image", "picture", "showing",
];

/// Words that stamp a page with its age: "Updated 3 hours ago", "Posted 2
/// days ago". The age of the page is no claim of the story.
pub(crate) const PAGE_STAMPS: &[&str] = &["updated", "posted", "published", "modified", "edited"];

/// The units of a reading time ("5 min read"), and the word after them.
pub(crate) const READING_TIME: (&[&str], &str) = (&["min", "minute"], "read");

/// Marks of the hours of the clock: "3pm", "10.30 a.m.".
pub(crate) const MERIDIEMS: &[&str] = &["am", "pm", "a.m.", "p.m.", "a.m", "p.m"];

/// "o'clock", with either apostrophe.
pub(crate) const OCLOCK: &[&str] = &["o'clock", "o’clock"];

/// Words that open a copyright line; every number after them is part of it.
pub(crate) const COPYRIGHT_WORDS: &[&str] = &["copyright"];

/// The words of "All rights reserved", which close a copyright line.
pub(crate) const ALL_RIGHTS: (&str, &str) = ("All", "rights");

/// The letter of "(c)", the copyright sign typed with brackets.
pub(crate) const COPYRIGHT_LETTER: &str = "c";

static ID: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(ID_WORDS));

/// Whether `w` makes the number after it an id: "model", "flight".
pub(crate) fn is_id_word(w: &str) -> bool {
    ID.contains(w)
}

/// Whether `w` (lowercase) marks a time of day: "pm", "a.m.".
pub(crate) fn is_meridiem(w: &str) -> bool {
    among(MERIDIEMS, w)
}
