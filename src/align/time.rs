//! When a figure holds, relative to the story's present: the current
//! figure, an earlier one, one the sentence itself revises, a projection,
//! or a figure tied to a named year.

use serde::Serialize;

use crate::fact::Fact;
use crate::lexicon;
use crate::quantity::Kind;

use super::words::{Word, text};

/// When a figure holds, relative to the story's present.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Time {
    /// The story's current figure.
    #[default]
    Current,
    /// An earlier event or figure: "the last strike", "a year ago", "up
    /// from 12 last year", "the previous record of 41".
    Past,
    /// A figure the sentence itself revises: "lowered the toll from 31 to
    /// 27", "rather than the 93 previously reported". Never judged.
    Superseded,
    /// A projection or possibility: "could die", "is expected to reach".
    Projected,
    /// Tied to a named year: "bought it for $24bn in 2016".
    Year(i32),
}

impl Time {
    /// The lowercase name used in reports.
    pub fn as_str(&self) -> &'static str {
        match self {
            Time::Current => "current",
            Time::Past => "past",
            Time::Superseded => "superseded",
            Time::Projected => "projected",
            Time::Year(_) => "year",
        }
    }
}

/// Words that mark a figure as belonging to an earlier event.
const PAST_MARKERS: &[&str] = &[
    "last",
    "previous",
    "previously",
    "earlier",
    "prior",
    "former",
    "ago",
    "preceding",
    "original",
    "originally",
    "initial",
    "initially",
];

/// The first letters of [`PAST_MARKERS`], a bit each from `a`.
const PAST_FIRSTS: u32 = first_letters(PAST_MARKERS);

/// The first letters of lowercase ASCII words, a bit each from `a`.
const fn first_letters(words: &[&str]) -> u32 {
    let mut mask = 0;
    let mut k = 0;
    while k < words.len() {
        mask |= 1 << (words[k].as_bytes()[0] - b'a');
        k += 1;
    }
    mask
}

/// Whether a word is one of [`PAST_MARKERS`], ignoring ASCII case. Most
/// words start with a letter none of them does, and are not compared.
fn is_past_marker(w: &str) -> bool {
    let first = w.as_bytes().first().map(u8::to_ascii_lowercase);
    let may = first.is_some_and(|b| b.is_ascii_lowercase() && PAST_FIRSTS & (1 << (b - b'a')) != 0);
    let is = may && PAST_MARKERS.iter().any(|m| m.eq_ignore_ascii_case(w));
    debug_assert_eq!(is, PAST_MARKERS.iter().any(|m| m.eq_ignore_ascii_case(w)));
    is
}

/// Words that make a figure a projection or a possibility: "could die",
/// "is expected to reach". ("Would" reports a plan of the story's own:
/// "400 flights would be cancelled".)
const PROJECTION_MARKERS: &[&str] = &[
    "could",
    "might",
    "expected",
    "forecast",
    "forecasts",
    "projected",
    "predicted",
    "predicts",
    "potentially",
    "possibly",
];

/// Verbs that set a figure beside one it outdoes: "topping the 2.4
/// billion euros", "dwarfs the €2.1bn fine".
const OUTDOING_VERBS: &[&str] = &[
    "topping",
    "tops",
    "topped",
    "dwarfs",
    "dwarfing",
    "dwarfed",
    "surpassing",
    "surpasses",
    "surpassed",
    "eclipsing",
    "eclipses",
    "eclipsed",
    "exceeding",
    "beating",
    "outstripping",
    "overtaking",
];

/// Verbs that revise a figure within one sentence: "lowered the toll from
/// 31 to 27".
const REVISION_VERBS: &[&str] = &[
    "revised",
    "revises",
    "lowered",
    "lowers",
    "raised",
    "raises",
    "corrected",
    "adjusted",
    "updated",
    "rose",
    "risen",
    "climbed",
    "jumped",
    "increased",
    "fell",
    "dropped",
    "cut",
    "reduced",
    "downgraded",
    "upgraded",
    "changed",
    "grew",
];

/// Verbs of a tally's revision in the present, beside the past ones of
/// [`REVISION_VERBS`]: "Death toll rises to 94".
const REVISING_VERBS: &[&str] = &["rises", "climbs", "jumps", "grows", "falls", "drops"];

/// Whether a figure is told as the new value of a revision: "the death
/// toll climbed to 94", "was raised to 94", "Death toll rises to 94",
/// "revised down to 76". A report that tells it so on the day another
/// gives the old figure reports later news.
pub(crate) fn told_as_revised(fact: &Fact) -> bool {
    let mut before = fact.context.before.iter();
    if !before.next().is_some_and(|w| w.eq_ignore_ascii_case("to")) {
        return false;
    }
    let verb = |w: &str| {
        let w = w.to_ascii_lowercase();
        REVISION_VERBS.contains(&w.as_str()) || REVISING_VERBS.contains(&w.as_str())
    };
    match before.next() {
        Some(w)
            if matches!(
                w.to_ascii_lowercase().as_str(),
                "up" | "down" | "upwards" | "downwards"
            ) =>
        {
            before.next().is_some_and(verb)
        }
        Some(w) => verb(w),
        None => false,
    }
}

/// When a figure holds: a revision within the sentence ("from 31 to 27"),
/// an earlier event, a projection, a named year, or the present.
pub(super) fn time_of(
    fact: &Fact,
    before: &[Word<'_>],
    after: &[Word<'_>],
    by: &mut String,
) -> Time {
    fn at<'a>(ws: &'a [Word<'_>], k: usize) -> &'a str {
        ws.get(k).map_or("", |w| text(w))
    }
    // "lowered the toll from 31 to 27", "revised upwards from seven to
    // eight": the figure after "from" is the one being replaced.
    if at(before, 0) == "from"
        && at(after, 0) == "to"
        && before.iter().take(8).any(|w| {
            REVISION_VERBS.contains(&text(w)) || matches!(text(w), "upwards" | "downwards" | "toll")
        })
    {
        *by = String::from("from ... to");
        return Time::Superseded;
    }
    // "revised the toll down to 48 from 52", "rose to 4.8 million from 4.1
    // million": the figure after "from" is again the one being replaced
    // (its context words stop at the new figure, so the sentence is read).
    if at(before, 0) == "from" && replaced_after_to(fact) {
        *by = String::from("to ... from");
        return Time::Superseded;
    }
    // "rather than the 93 previously reported", "instead of the 40 first
    // announced".
    if (at(before, 0) == "the" && at(before, 1) == "than" && at(before, 2) == "rather")
        || (at(before, 0) == "the" && at(before, 1) == "of" && at(before, 2) == "instead")
        || (matches!(at(after, 0), "previously" | "originally" | "initially")
            && matches!(at(after, 1), "reported" | "announced" | "given" | "stated"))
    {
        *by = String::from("previously reported");
        return Time::Superseded;
    }
    // "a record fine, topping the 2.4 billion euros it was ordered to pay
    // in another case", "dwarfs the €2.1bn fine": a figure a verb of
    // outdoing sets beside the story's is an earlier one ("topped the
    // 1,000 mark" is the story's own).
    if at(before, 0) == "the"
        && OUTDOING_VERBS.contains(&at(before, 1))
        && !matches!(
            at(after, 0),
            "mark" | "level" | "threshold" | "barrier" | "milestone"
        )
    {
        *by = format!("{} the", at(before, 1));
        return Time::Past;
    }
    // "up from 12 last year", "the previous record of 41", "a year ago".
    if at(before, 0) == "from" && matches!(at(before, 1), "up" | "down") {
        *by = format!("{} from", at(before, 1));
        return Time::Past;
    }
    if after
        .iter()
        .take(3)
        .any(|w| *w == "ago" || *w == "earlier" || *w == "previously")
        || (at(after, 0) == "last" && matches!(at(after, 1), "year" | "month" | "week"))
    {
        *by = after.iter().take(3).map(text).collect::<Vec<_>>().join(" ");
        return Time::Past;
    }
    // An earlier event named at the head of the sentence: "the last
    // stoppage, for 24 hours in June, led to 180 flights being cancelled".
    // "last night" or "last week" only says when this story's news broke.
    let p = &fact.provenance;
    let head_of_sentence = p.before_quote().unwrap_or("");
    // The last words of the head, nearest last, lowercase, with their
    // positions counted from the start of the sentence; and where the
    // clause the figure is in starts. Only the clause the figure is in
    // counts, and the sentence's subject ("The last stoppage, for 24 hours
    // in June, led to 180 flights..."): "which had revenue of $9.6bn last
    // year, was fined $120m" puts last year on the revenue, not on the
    // fine. One pass over the head, which every fact reads.
    let words = head_words(head_of_sentence);
    let (skipped, clause_start) = (words.skipped, words.clause_start);
    let ordered = words.in_order();
    let head = &ordered[..words.total - skipped];
    // The marker lists are lowercase ASCII: a word is compared ignoring
    // ASCII case, as its ASCII lowercase copy would be.
    let earlier_event = head.iter().enumerate().rev().take(12).find(|(k, w)| {
        // `k` counts in `head`; `at` is the word's place in the sentence.
        let at = k + skipped;
        (at >= clause_start || at < 3)
            && is_past_marker(w)
            && head
                .get(k + 1)
                .is_none_or(|next| !any_case(next, lexicon::is_time_word))
    });
    if let Some((_, w)) = earlier_event {
        *by = w.to_ascii_lowercase();
        return Time::Past;
    }
    // "comes just over a year after the EU handed down a 2.4 billion euro
    // fine": what a clause tells as months or years before the story is
    // past. At the head of the sentence ("Two years after the flood, 300
    // homes stand empty") it dates the story's own figure.
    let long_before = head.windows(2).enumerate().rev().take(12).any(|(k, w)| {
        let at = k + skipped;
        at >= clause_start
            && at >= 3
            && w[1].eq_ignore_ascii_case("after")
            && ["year", "years", "month", "months", "decade", "decades"]
                .iter()
                .any(|u| w[0].eq_ignore_ascii_case(u))
    });
    if long_before {
        *by = String::from("a year after");
        return Time::Past;
    }
    // "For comparison, the 2018 fire burned 229,000 acres": a year that
    // names an event in the figure's clause ties the figure to that year.
    if fact.kind != Kind::Date
        && let Some(y) = year_named_event(head, skipped, clause_start)
    {
        *by = format!("the {y}");
        return Time::Year(y);
    }
    // "bought it for $24bn in 2016": a year named right after the figure,
    // read from the sentence (the context words stop at the year).
    if fact.kind != Kind::Date
        && let Some(y) = year_after(p.after_quote().unwrap_or("")).or_else(|| {
            (fact.kind == Kind::Money)
                .then(|| year_after_noun(p.after_quote().unwrap_or("")))
                .flatten()
        })
    {
        *by = format!("in {y}");
        return Time::Year(y);
    }
    // "could die", "is expected to reach", "could reach 50,000 acres".
    // Only counts, shares and measures: a date a thing is expected on is
    // the date it is set for, and what a thing is expected to cost or take
    // is the figure the story gives for it.
    if !matches!(fact.kind, Kind::Count | Kind::Percent | Kind::Measure) {
        return Time::Current;
    }
    let projected = before
        .iter()
        .take(4)
        .chain(after.iter().take(2))
        .find(|w| PROJECTION_MARKERS.contains(&text(w)));
    if let Some(w) = projected {
        *by = w.to_string();
        return Time::Projected;
    }
    Time::Current
}

/// A year that names an event in a figure's clause or at the head of its
/// sentence: "the 2018 fire", "its 2019 buyout", "a 2011 quake". `head`
/// holds the last words before the figure, lowercase, the first of them at
/// position `skipped` in the sentence; `clause_start` is the position of
/// the figure's clause.
fn year_named_event<S: AsRef<str>>(head: &[S], skipped: usize, clause_start: usize) -> Option<i32> {
    head.windows(3).enumerate().find_map(|(k, w)| {
        let (w0, w1, w2) = (w[0].as_ref(), w[1].as_ref(), w[2].as_ref());
        // The year first: most words are none, and the noun is looked up.
        let year = (w1.len() == 4)
            .then(|| w1.parse::<i32>().ok())
            .flatten()
            .filter(|y| (1800..=2200).contains(y))?;
        let at = k + 1 + skipped;
        let in_scope = at >= clause_start || at < 3;
        let determiner = || {
            ["the", "a", "an", "its", "their", "that"]
                .iter()
                .any(|d| d.eq_ignore_ascii_case(w0))
        };
        let noun =
            || w2.chars().all(char::is_alphabetic) && !any_case(w2, lexicon::is_calendar_word);
        (in_scope && determiner() && noun()).then_some(year)
    })
}

/// How many of the last words before a figure are read.
const HEAD_WORDS: usize = 13;

/// The last words of the text before a figure (runs of letters and
/// digits), and what the reading of the head needs to know about the rest.
#[derive(Debug, PartialEq, Eq)]
struct HeadWords<'s> {
    /// The last [`HEAD_WORDS`] words, in text order (a ring: the oldest at
    /// `next` once it is full).
    ring: [&'s str; HEAD_WORDS],
    /// How many words the text holds.
    total: usize,
    /// How many words come before the last of them.
    skipped: usize,
    /// How many words come before the last clause mark (a comma,
    /// semicolon, colon, parenthesis or dash): where the figure's clause
    /// starts.
    clause_start: usize,
}

impl HeadWords<'_> {
    /// No words yet, and the clause starting at the head's start.
    fn empty() -> Self {
        HeadWords {
            ring: [""; HEAD_WORDS],
            total: 0,
            skipped: 0,
            clause_start: 0,
        }
    }
}

/// The last words of `head` and where its last clause starts, read in one
/// pass.
fn head_words(head: &str) -> HeadWords<'_> {
    let words = head_words_bytes(head);
    debug_assert_eq!(words, head_words_chars(head));
    words
}

/// A byte that is an ASCII letter or digit.
const ALPHANUMERIC: u8 = 1;

/// A byte that is an ASCII clause mark: a comma, semicolon, colon or
/// opening parenthesis.
const CLAUSE: u8 = 2;

/// A byte that starts or continues a character outside ASCII.
const WIDE: u8 = 4;

/// The class of each byte, for [`head_words_bytes`].
const HEAD_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            ALPHANUMERIC
        } else if matches!(c, b',' | b';' | b':' | b'(') {
            CLAUSE
        } else if c.is_ascii() {
            0
        } else {
            WIDE
        };
        b += 1;
    }
    t
};

/// [`head_words`] a byte at a time: ASCII bytes are classed by a table,
/// other characters decoded, and the letters of a word passed over in a
/// run.
fn head_words_bytes(head: &str) -> HeadWords<'_> {
    let mut out = HeadWords::empty();
    let bytes = head.as_bytes();
    // The class of the character at `at` and where the next starts.
    let class_at = |at: usize| {
        let class = HEAD_CLASS[usize::from(bytes[at])];
        if class & WIDE == 0 {
            return (class, at + 1);
        }
        let c = head.get(at..).and_then(|r| r.chars().next()).unwrap_or(' ');
        let class = if c.is_alphanumeric() {
            ALPHANUMERIC
        } else if c == '\u{2014}' {
            CLAUSE
        } else {
            0
        };
        (class, at + c.len_utf8())
    };
    let mut next = 0;
    while next < bytes.len() {
        let (class, after) = class_at(next);
        if class & ALPHANUMERIC == 0 {
            if class & CLAUSE != 0 {
                out.clause_start = out.total;
            }
            next = after;
            continue;
        }
        // A word: its letters and digits, up to the first other
        // character.
        let start = next;
        next = after;
        while next < bytes.len() {
            let (class, after) = class_at(next);
            if class & ALPHANUMERIC == 0 {
                break;
            }
            next = after;
        }
        out.ring[out.total % HEAD_WORDS] = &head[start..next];
        out.total += 1;
    }
    out.skipped = out.total.saturating_sub(HEAD_WORDS);
    out
}

/// [`head_words`] a character at a time, as it once was read: what a
/// debug build checks the table's reading against.
fn head_words_chars(head: &str) -> HeadWords<'_> {
    let mut out = HeadWords::empty();
    let mut start: Option<usize> = None;
    let bytes = head.as_bytes();
    let mut next = 0;
    while next < bytes.len() {
        let at = next;
        // ASCII bytes are read as they are; other characters decoded.
        let (c, alphanumeric) = match bytes[at] {
            b if b.is_ascii() => (char::from(b), b.is_ascii_alphanumeric()),
            _ => {
                let c = head[at..].chars().next().unwrap_or(' ');
                (c, c.is_alphanumeric())
            }
        };
        next += c.len_utf8();
        if alphanumeric {
            start.get_or_insert(at);
            continue;
        }
        if let Some(s) = start.take() {
            out.ring[out.total % HEAD_WORDS] = &head[s..at];
            out.total += 1;
        }
        if matches!(c, ',' | ';' | ':' | '(' | '\u{2014}') {
            out.clause_start = out.total;
        }
    }
    if let Some(s) = start {
        out.ring[out.total % HEAD_WORDS] = &head[s..];
        out.total += 1;
    }
    out.skipped = out.total.saturating_sub(HEAD_WORDS);
    out
}

impl<'s> HeadWords<'s> {
    /// The last words in text order, as written: the first
    /// `total - skipped` of the array.
    fn in_order(&self) -> [&'s str; HEAD_WORDS] {
        let mut out = [""; HEAD_WORDS];
        for (k, slot) in out.iter_mut().enumerate().take(self.total - self.skipped) {
            *slot = self.ring[(self.skipped + k) % HEAD_WORDS];
        }
        out
    }
}

/// `test` asked of a word's ASCII lowercase copy, made on the stack when
/// the word is short and not at all when it is lowercase already.
fn any_case(w: &str, test: impl Fn(&str) -> bool) -> bool {
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return test(w);
    }
    let mut buf = [0u8; 32];
    match buf.get_mut(..w.len()) {
        // ASCII lowercasing keeps UTF-8 valid.
        Some(lower) => {
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).is_ok_and(test)
        }
        None => test(&w.to_ascii_lowercase()),
    }
}

/// Whether the words before a figure read "<revision word> ... to <new
/// figure> from", so that the figure is the one replaced.
fn replaced_after_to(fact: &Fact) -> bool {
    let p = &fact.provenance;
    let head = p.before_quote().unwrap_or("").to_ascii_lowercase();
    let words: Vec<&str> = head
        .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == ','))
        .map(|w| w.trim_matches(|c| c == '.' || c == ','))
        .filter(|w| !w.is_empty())
        .collect();
    let Some((&"from", rest)) = words.split_last() else {
        return false;
    };
    // "to" and the new figure: at most three words between them and "from".
    let Some(to) = rest.iter().rev().take(4).position(|w| *w == "to") else {
        return false;
    };
    let to = rest.len() - 1 - to;
    to + 1 < rest.len()
        && rest[..to].iter().rev().take(8).any(|w| {
            REVISION_VERBS.contains(w)
                || matches!(*w, "up" | "down" | "upwards" | "downwards" | "toll")
        })
}

/// A year named right after a figure: " in 2016", " back in 2016".
fn year_after(rest: &str) -> Option<i32> {
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("back ").unwrap_or(rest);
    let rest = rest
        .strip_prefix("in ")
        .or_else(|| rest.strip_prefix("during "))?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.len() != 4 || rest[digits.len()..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    digits.parse().ok().filter(|y| (1800..=2200).contains(y))
}

/// How many words may name an amount's deal between it and its year:
/// "$25 billion listing in 2014", "$41 billion purchase of SDL in 2000".
const DEAL_WORDS: usize = 4;

/// A year named after an amount and the few words that name its deal:
/// "Alibaba's $25 billion listing in 2014". The words are letters only,
/// with no comma or other figure between.
fn year_after_noun(rest: &str) -> Option<i32> {
    let mut rest = rest.trim_start();
    for _ in 0..DEAL_WORDS {
        let word = rest
            .find(|c: char| !c.is_alphabetic())
            .map_or(rest, |end| &rest[..end]);
        if word.is_empty() || word == "in" {
            break;
        }
        rest = rest[word.len()..].strip_prefix(' ')?;
    }
    year_after(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_the_head_as_the_characters_do() {
        for head in [
            "",
            "The last stoppage, for 24 hours in June, led to",
            "Zürich’s 2018 fire — which burned; (it said): über",
            "a\u{a0}b\tc\u{2014}d 東京 12,000",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen,",
            "trailing word",
        ] {
            assert_eq!(head_words_bytes(head), head_words_chars(head), "{head:?}");
        }
    }

    #[test]
    fn years_that_name_an_event() {
        let words = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        let head = words("for comparison the 2018 fire burned");
        assert_eq!(year_named_event(&head, 0, 2), Some(2018));
        assert_eq!(year_named_event(&head, 0, 5), None);
        assert_eq!(
            year_named_event(&words("in 2018 the fire burned"), 0, 0),
            None
        );
        assert_eq!(year_named_event(&words("the 2018 2019 season"), 0, 0), None);
    }

    #[test]
    fn past_markers_in_any_case() {
        for w in PAST_MARKERS {
            assert!(is_past_marker(w));
            assert!(is_past_marker(&w.to_ascii_uppercase()));
        }
        for w in ["", "lasts", "a", "Zulu", "über", "'last", "Æ", "1"] {
            assert!(!is_past_marker(w), "{w}");
        }
    }

    #[test]
    fn years_named_after_a_figure() {
        assert_eq!(year_after(" in 2016, before the listing"), Some(2016));
        assert_eq!(year_after(" back in 1998."), Some(1998));
        assert_eq!(year_after(" in 20166"), None);
        assert_eq!(year_after(" on Monday"), None);
        // After an amount, a few words may name its deal first.
        assert_eq!(year_after_noun(" listing in 2014."), Some(2014));
        assert_eq!(year_after_noun(" purchase of SDL in 2000"), Some(2000));
        assert_eq!(year_after_noun(" in 2016"), Some(2016));
        assert_eq!(year_after_noun(" in its listing in 2014"), None);
        assert_eq!(year_after_noun(" listing, more than in 2014"), None);
        assert_eq!(year_after_noun(" a b c d e in 2014"), None);
    }
}
