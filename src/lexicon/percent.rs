//! Per cent and percentage points: the signs and words after a number.

/// The signs of per cent: "33%", and the full-width "33％".
pub(crate) const PERCENT_SIGNS: &[char] = &['%', '％'];

/// Words for per cent after a number, spaced: "7 percent", "12 pct".
pub(crate) const PERCENT_WORDS: &[&str] = &[
    "percent",
    "percents",
    "pct",
    "pc",
    "p.c.",
    "p.c",
    "percentage",
];

/// Words for per cent after a number and a hyphen: "a 20-percent raise".
pub(crate) const HYPHEN_PERCENT_WORDS: &[&str] = &["percent", "pct"];

/// Per cent in two words: "7 per cent".
pub(crate) const PER_CENT: [&str; 2] = ["per", "cent"];

/// Percentage points in two words: "2 percentage points".
pub(crate) const PERCENTAGE_POINTS: (&str, &[&str]) = ("percentage", &["points", "point"]);

/// Abbreviations of percentage points: "2 pp", "3 ppts".
pub(crate) const POINT_ABBREVIATIONS: &[&str] = &["pp", "ppt", "ppts"];
