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

/// Words after a fraction that make it a share of what follows: "half the
/// staff", "two-thirds of the votes", "a quarter of all flights".
pub(crate) const SHARE_DETERMINERS: &[&str] = &[
    "of", "the", "all", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these",
    "those",
];

/// Nouns a fraction right before them is a share of: "a two-thirds
/// majority", "a one-third stake".
pub(crate) const SHARE_NOUNS: &[&str] = &[
    "majority",
    "supermajority",
    "stake",
    "share",
    "vote",
    "cut",
    "reduction",
    "discount",
];

/// The words of a proportion between its two numbers: "one in five", "four
/// in every 10", "three out of four", "one out of every eight".
pub(crate) const PROPORTION_IN: &str = "in";

/// "Out of", between the two numbers of a proportion.
pub(crate) const PROPORTION_OUT_OF: [&str; 2] = ["out", "of"];

/// "Every", which may stand before a proportion's second number.
pub(crate) const PROPORTION_EVERY: &str = "every";

/// Words before a fraction that make it a part of something rather than a
/// share of a group: "the first half", "the latter half", "the top third".
pub(crate) const PART_WORDS: &[&str] = &[
    "last", "latter", "former", "final", "other", "top", "bottom", "upper", "lower", "front",
    "back", "early", "late", "opening", "closing",
];

/// Words of a period after a fraction and "of": "half of the season",
/// "a third of the term". Units of time and calendar names count too.
pub(crate) const PERIOD_WORDS: &[&str] = &[
    "season", "term", "century", "session", "game", "match", "race", "period", "era",
];
