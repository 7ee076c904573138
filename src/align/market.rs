//! A share's price on the market, told apart from the price a deal or an
//! offering sets. "Shares closed at $65.39", "the stock was up 37.6% at
//! $90" and "its closing price of $65.39" say what the market paid at
//! one moment; "$95 a share in cash" and "priced its shares at $68" say
//! what a buyer offers or an offering asks. A story about a takeover or a
//! listing states both, and they differ by design.

use crate::fact::Fact;
use crate::quantity::Kind;

/// What a market price measures, as reports name it.
pub(super) const MARKET_PRICE: &str = "market price";

/// Verbs after which "at" or "to" gives the price a share traded at:
/// "closed at", "opened at", "changing hands at".
const TRADE_VERBS: &[&str] = &[
    "closed", "closing", "opened", "opening", "trading", "traded", "trades", "ended", "ending",
    "finished", "hands", "hovered", "hovering", "debuted", "debut",
];

/// Words that may stand between a trading verb and "at": "closed Friday
/// at", "ended the day at".
const TRADE_FILLERS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "the",
    "day",
    "session",
    "week",
];

/// Words that move a price: "shares jumped 26% to", "the stock was up
/// about 37.6% at".
const MOVE_WORDS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "fell",
    "fall",
    "falls",
    "falling",
    "jumped",
    "jumps",
    "jumping",
    "surged",
    "surges",
    "surging",
    "soared",
    "soars",
    "soaring",
    "climbed",
    "climbs",
    "climbing",
    "gained",
    "gains",
    "gaining",
    "slid",
    "slides",
    "sliding",
    "slipped",
    "slips",
    "dropped",
    "drops",
    "dropping",
    "dipped",
    "dips",
    "tumbled",
    "tumbles",
    "plunged",
    "plunges",
    "plunging",
    "sank",
    "sinks",
    "rallied",
    "rallies",
    "popped",
    "spiked",
    "edged",
    "up",
    "down",
    "higher",
    "lower",
    "advanced",
    "declined",
    "declines",
    "slumped",
    "rebounded",
    "leapt",
    "leaped",
    "skyrocketed",
];

/// Words a price of an offer or a listing is stated with: where one
/// stands between the move and the amount, the amount is not the move's
/// ("shares rose as Musk offered to buy them at $54.20").
const OFFER_WORDS: &[&str] = &[
    "offer",
    "offered",
    "offering",
    "offers",
    "buy",
    "bought",
    "buying",
    "pay",
    "paid",
    "paying",
    "bid",
    "acquire",
    "acquiring",
    "deal",
    "priced",
    "pricing",
    "value",
    "valued",
    "values",
    "valuing",
    "sell",
    "sold",
    "selling",
    "ipo",
];

/// Words that open another clause between a move and an amount: "shares
/// rose, and the company said it would pay".
const CLAUSE_WORDS: &[&str] = &["which", "that", "while", "and", "but"];

/// Nouns of a share on the market: "shares", "the stock", "its share
/// price".
const STOCK_NOUNS: &[&str] = &["shares", "stock", "stocks", "price"];

/// Words before "price" or "close" that name the market's price: "its
/// closing price of", "the current share price of".
const MARKET_PRICES: &[&str] = &[
    "closing", "share", "stock", "opening", "current", "trading", "market", "previous", "last",
];

/// Hedges that may stand between "at" and the amount: "closed at about".
const HEDGES: &[&str] = &[
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "approximately",
    "just",
    "some",
];

/// How many words before a trading verb are read for an offer.
const OFFER_BEFORE_TRADE: usize = 4;

/// How many bytes of a sentence before an amount the rules read: the
/// move, its noun and a premium lie within a score of words.
const HEAD_BYTES: usize = 160;

/// How many words may stand between a share noun and the move.
const NOUN_TO_MOVE: usize = 5;

/// How many words may stand between the move and the amount.
const MOVE_TO_AMOUNT: usize = 7;

/// What a money figure says of a share's market price: `None` when it is
/// not one, `Some(true)` when it is the base a premium is measured from
/// ("a premium of 45% to its Friday closing price of $65.39"), a price of
/// before the news, and `Some(false)` for any other market price.
pub(super) fn traded(fact: &Fact) -> Option<bool> {
    if fact.kind != Kind::Money {
        return None;
    }
    let head = fact.provenance.before_quote()?;
    // Most amounts follow none of the three words the rules end on.
    let trimmed = head.trim_end();
    let last = trimmed
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let ends = |w: &str| last.eq_ignore_ascii_case(w);
    if !(ends("at") || ends("to") || ends("of") || HEDGES.iter().any(|h| ends(h))) {
        return None;
    }
    // The rules read the last few words: only the head's end is copied.
    let mut from = head.len().saturating_sub(HEAD_BYTES);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    let lower = head[from..].to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut end = words.len();
    while end > 0 && HEDGES.contains(&words[end - 1]) {
        end -= 1;
    }
    let words = &words[..end];
    let (&link, rest) = words.split_last()?;
    let market = match link {
        "of" => {
            rest.len() >= 2
                && matches!(rest[rest.len() - 1], "price" | "close")
                && MARKET_PRICES.contains(&rest[rest.len() - 2])
        }
        // "up to $3 billion" is a ceiling, not a move.
        "to" if rest.last() == Some(&"up") => false,
        "at" | "to" => traded_at(rest) || moved(rest),
        _ => false,
    };
    if !market {
        return None;
    }
    let premium = words.contains(&"premium")
        && words
            .iter()
            .rev()
            .skip(1)
            .take(8)
            .any(|w| matches!(*w, "to" | "over" | "above" | "from"));
    Some(premium)
}

/// Whether the words before "at" or "to" end on a trading verb, with at
/// most a day's words after it: "closed at", "closed Friday at", "ended
/// the day at".
fn traded_at(words: &[&str]) -> bool {
    let fillers = words
        .iter()
        .rev()
        .take(3)
        .take_while(|w| TRADE_FILLERS.contains(w))
        .count();
    if words.len() <= fillers {
        return false;
    }
    let verb = words.len() - fillers - 1;
    TRADE_VERBS.contains(&words[verb]) && !priced_before(words, verb)
}

/// Whether the words before a trading verb price an offer: "pricing its
/// shares before trading at 32 riyals".
fn priced_before(words: &[&str], verb: usize) -> bool {
    words[verb.saturating_sub(OFFER_BEFORE_TRADE)..verb]
        .iter()
        .any(|w| OFFER_WORDS.contains(w) || *w == "before")
}

/// Whether the words before "at" or "to" move a share's price: a share
/// noun and a move within a few words of it, or a trading verb ("closed
/// up 5% at", "began trading as a public company at"), and nothing
/// between the move and the amount that names an offer.
fn moved(words: &[&str]) -> bool {
    let from = words.len().saturating_sub(MOVE_TO_AMOUNT + 1);
    let Some(m) = (from..words.len())
        .rev()
        .find(|&i| MOVE_WORDS.contains(&words[i]) || TRADE_VERBS.contains(&words[i]))
    else {
        return false;
    };
    if words[m + 1..]
        .iter()
        .any(|w| OFFER_WORDS.contains(w) || CLAUSE_WORDS.contains(w))
    {
        return false;
    }
    if TRADE_VERBS.contains(&words[m]) {
        return !priced_before(words, m);
    }
    let noun_from = m.saturating_sub(NOUN_TO_MOVE + 1);
    words[noun_from..m].iter().any(|w| STOCK_NOUNS.contains(w))
}
