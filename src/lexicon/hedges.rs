//! Hedges: the phrases that bound a number, before it ("about", "more
//! than", "up to") or after it ("or more", "-plus"). Each list holds the
//! phrases of one meaning, one word each, lowercase; the reader tries the
//! longest phrases first.

/// "About": a value near the number, either side.
pub(crate) const ABOUT: &[&[&str]] = &[
    &["in", "the", "region", "of"],
    &["on", "the", "order", "of"],
    &["more", "or", "less"],
    &["an", "estimated"],
    &["about"],
    &["around"],
    &["roughly"],
    &["approximately"],
    &["approx"],
    &["some"],
    &["circa"],
    &["estimated"],
];

/// "Nearly": just below the number.
pub(crate) const NEARLY: &[&[&str]] = &[
    &["slightly", "less", "than"],
    &["just", "less", "than"],
    &["just", "shy", "of"],
    &["just", "short", "of"],
    &["a", "little", "under"],
    &["just", "under"],
    &["just", "below"],
    &["slightly", "under"],
    &["close", "to"],
    &["not", "quite"],
    &["nigh", "on"],
    &["nearly"],
    &["almost"],
    &["nears"],
    &["neared"],
    &["nearing"],
];

/// "Just over": just above the number.
pub(crate) const JUST_OVER: &[&[&str]] = &[
    &["a", "little", "more", "than"],
    &["slightly", "more", "than"],
    &["just", "more", "than"],
    &["a", "little", "over"],
    &["just", "over"],
    &["just", "above"],
    &["slightly", "over"],
    &["slightly", "above"],
];

/// "More than": strictly above the number.
pub(crate) const MORE_THAN: &[&[&str]] = &[
    &["in", "excess", "of"],
    &["more", "than"],
    &["greater", "than"],
    &["larger", "than"],
    &["higher", "than"],
    &["bigger", "than"],
    &["upwards", "of"],
    &["upward", "of"],
    &["well", "over"],
    &["well", "above"],
    &["north", "of"],
    &["over"],
    &["above"],
    &["exceeding"],
    &["exceed"],
    &["exceeds"],
    &["surpass"],
    &["surpassing"],
    &["surpassed"],
    &["surpasses"],
    &["exceeded"],
    &["tops"],
    &["topped"],
    &["topping"],
];

/// "At least": the number or above.
pub(crate) const AT_LEAST: &[&[&str]] = &[
    &["greater", "than", "or", "equal", "to"],
    &["more", "than", "or", "equal", "to"],
    &["higher", "than", "or", "equal", "to"],
    &["equal", "to", "or", "more", "than"],
    &["equal", "to", "or", "greater", "than"],
    &["at", "least", "or", "equal", "to"],
    &["bigger", "or", "equal", "than"],
    &["greater", "or", "equal", "than"],
    &["higher", "or", "equal", "than"],
    &["larger", "or", "equal", "than"],
    &["more", "or", "equal", "than"],
    &["no", "fewer", "than"],
    &["no", "less", "than"],
    &["not", "less", "than"],
    &["a", "minimum", "of"],
    &["at", "least"],
    &["minimum", "of"],
];

/// "Up to": the number or below.
pub(crate) const UP_TO: &[&[&str]] = &[
    &["less", "than", "or", "equal", "to"],
    &["fewer", "than", "or", "equal", "to"],
    &["lower", "than", "or", "equal", "to"],
    &["equal", "to", "or", "less", "than"],
    &["equal", "to", "or", "fewer", "than"],
    &["at", "most", "or", "equal", "to"],
    &["smaller", "or", "equal", "than"],
    &["less", "or", "equal", "than"],
    &["lower", "or", "equal", "than"],
    &["no", "more", "than"],
    &["not", "more", "than"],
    &["at", "the", "most"],
    &["as", "much", "as"],
    &["as", "many", "as"],
    &["as", "high", "as"],
    &["a", "maximum", "of"],
    &["up", "to"],
    &["at", "most"],
    &["maximum", "of"],
];

/// "Less than": strictly below the number.
pub(crate) const LESS_THAN: &[&[&str]] = &[
    &["less", "than"],
    &["fewer", "than"],
    &["lower", "than"],
    &["smaller", "than"],
    &["well", "under"],
    &["well", "below"],
    &["short", "of"],
    &["under"],
    &["below"],
];

/// Verbs of spreading after which "over" is a preposition, not a bound:
/// "the slick spread over 30 square miles", "spread over 18 months" (the
/// area or the span it covers, not more than it).
pub(crate) const SPREAD_VERBS: &[&str] = &[
    "spread",
    "spreads",
    "spreading",
    "stretched",
    "stretches",
    "stretching",
    "extended",
    "extends",
    "extending",
    "scattered",
];

/// "Exactly": the number itself, said so.
pub(crate) const EXACTLY: &[&[&str]] = &[&["exactly"], &["precisely"]];

/// The words that join a bound written after a number: "200 or more",
/// "200 and above".
pub(crate) const AFTER_JOINERS: &[&str] = &["or", "and"];

/// After "or"/"and": the number or above ("or more", "and over"), with an
/// optional "than" ("or greater than").
pub(crate) const OR_ABOVE: &[&str] = &["more", "greater", "higher", "larger", "above", "over"];

/// After "or": about the number ("or so", "or thereabouts").
pub(crate) const OR_ABOUT: &[&str] = &["so", "thereabouts"];

/// After "or": the number or below ("or less", "or under").
pub(crate) const OR_BELOW: &[&str] = &["less", "fewer", "under"];

/// After a number, spaced or hyphenated: the number or above ("50-plus").
pub(crate) const PLUS: &str = "plus";

/// After a number and a hyphen: about the number ("40-odd").
pub(crate) const ODD: &str = "odd";

/// "Past" before a figure a running total has gone beyond: "climbed past
/// 2,400", "Toll Past 1,000". Never before a length of time, where it
/// names the period just gone ("the past two years").
pub(crate) const PAST: &str = "past";

/// Words before "past" that make it name a period rather than bound a
/// figure: "the past two years", "for past 24 hours".
pub(crate) const NOT_BEFORE_PAST: &[&str] = &[
    "the", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "last",
    "for", "over", "in", "during", "within", "of", "a", "an",
];

/// "Over" before a length of time is a span, not a bound, when an amount
/// or one of these words comes right before it: "£4bn over three years",
/// "repaid over 25 years", "spread over 18 months". After other words it
/// stays a bound: "for over 30 years", "lasted over six hours".
pub(crate) const OVER: &str = "over";

/// The words that spread something over a span: see [`OVER`].
pub(crate) const SPREAD_WORDS: &[&str] = &[
    "spread",
    "spreading",
    "repaid",
    "repay",
    "repaying",
    "repayable",
    "payable",
    "paid",
    "phased",
    "staggered",
    "amortised",
    "amortized",
    "invested",
    "spent",
    "split",
    "divided",
    "instalments",
    "installments",
];

/// Words that move a level from one value to another without saying
/// which way: "went from $30 to $35", "revised from 5% to 7%". With the
/// words of rise and fall, they make the figure after "from" an old level
/// and the one after "to" the new one, never the ends of a range.
pub(crate) const SHIFT_WORDS: &[&str] = &[
    "went", "moved", "changed", "revised", "shifted", "swung", "switched", "adjusted",
];

/// Words that join the two ends of a range, both included, besides "to"
/// and a dash: "20 through 100".
pub(crate) const THROUGH: &[&str] = &["through", "thru"];
