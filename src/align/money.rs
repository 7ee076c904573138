//! The words after an amount, or the label line before it, that say what
//! money it is: "$380 million in housing assistance", "USAID Assistance to
//! China: $500,000".

use crate::fact::Fact;
use crate::lexicon;
use crate::quantity::Kind;

use super::synonyms::Synonyms;
use super::words::{Word, text};

/// Verbs that may stand between an amount and the phrase that names it:
/// "$92.3 million was for housing".
const LINKS: &[&str] = &["was", "were", "is", "are", "has", "have", "been", "went"];

/// How many words may stand between "in" or "for" and the class word of
/// a money phrase.
const PHRASE_WORDS: usize = 4;

/// The money phrase after an amount: "in" or "for", up to
/// [`PHRASE_WORDS`] words, then a class word. Returns the class word's
/// place after the amount, its class, the word, and the words before it
/// ("housing", "low", "interest", "disaster").
pub(super) fn money_phrase(
    after: &[Word<'_>],
    synonyms: &Synonyms,
    kind: Kind,
) -> Option<(usize, String, String, Vec<String>)> {
    let skip = after
        .iter()
        .take_while(|w| LINKS.contains(&text(w)))
        .count();
    if !matches!(after.get(skip).map(text), Some("in" | "for")) {
        return None;
    }
    let from = skip + 1;
    for d in from..(from + PHRASE_WORDS + 1).min(after.len()) {
        let w = text(&after[d]);
        if w.is_empty() || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        let singular = lexicon::singular_form(w);
        let class = synonyms
            .context_classes(w, kind)
            .next()
            .or_else(|| synonyms.context_classes(&singular, kind).next());
        if let Some(c) = class {
            let words = after[from..d]
                .iter()
                .map(|w| w.to_string())
                .filter(|w| {
                    let mut buf = [0u8; 32];
                    !lexicon::lower(w, &mut buf).is_some_and(lexicon::is_stop_word)
                })
                .collect();
            return Some((d, c.to_string(), w.to_string(), words));
        }
    }
    None
}

/// How many words a label line before an amount may hold.
const LABEL_WORDS: usize = 8;

/// The words that say whose amount a label line states: the line is a
/// label and a colon, then the amount, nothing after it ("USAID/OFDA
/// Assistance to China: $500,000"); the label's words before its first
/// class word ("usaid", "ofda"), lowercase, footnote digits dropped
/// ("DOD2" is "dod"). Nothing for a line that is not a label, or whose
/// label opens with its class word ("Aid pledged: $5m").
pub(super) fn label_modifiers(fact: &Fact, synonyms: &Synonyms) -> Vec<String> {
    let p = &fact.provenance;
    let (Some(head), Some(rest)) = (p.before_quote(), p.after_quote()) else {
        return Vec::new();
    };
    let Some(label) = head.trim_end().strip_suffix(':') else {
        return Vec::new();
    };
    if !rest.trim().trim_end_matches('.').is_empty() {
        return Vec::new();
    }
    let words: Vec<String> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.trim_end_matches(|c: char| c.is_ascii_digit())
                .to_lowercase()
        })
        .collect();
    if words.len() > LABEL_WORDS || words.iter().any(String::is_empty) {
        return Vec::new();
    }
    let Some(class) = words.iter().position(|w| {
        synonyms.context_classes(w, fact.kind).next().is_some()
            || synonyms
                .context_classes(&lexicon::singular_form(w), fact.kind)
                .next()
                .is_some()
    }) else {
        return Vec::new();
    };
    words[..class]
        .iter()
        .filter(|w| {
            let mut buf = [0u8; 32];
            !lexicon::lower(w, &mut buf).is_some_and(lexicon::is_stop_word)
        })
        .cloned()
        .collect()
}

/// Words that open the parts of an amount: "$95 a share, including $28.50
/// in cash and $66.50 in stock".
const PART_LEADS: &[&str] = &["including", "comprising", "consisting of", "made up of"];

/// Words that say an amount takes in debt: "valued at $67.1 billion
/// including net debt", "the deal, including debt, is valued at $67
/// billion".
const WITH_DEBT: &[&str] = &["including", "with", "plus"];

/// Words that say an amount leaves debt out: "$48.5 billion excluding
/// debt".
const WITHOUT_DEBT: &[&str] = &["excluding", "without"];

/// How many words may stand between [`WITH_DEBT`] and "debt": "including
/// DirecTV's net debt".
const DEBT_WORDS: usize = 4;

/// What the terms around an amount say of it, as modifiers of its frame:
/// "including debt" or "excluding debt" for a price that says whether it
/// takes in the debt a buyer assumes, and "part" with "in cash" or "in
/// stock" for a part of an amount stated just before it. Each is read in
/// the stretch of the sentence between the amount and the figures on
/// either side of it, so a price beside another is not given the
/// other's terms.
pub(super) fn terms_modifiers(fact: &Fact) -> Vec<&'static str> {
    let p = &fact.provenance;
    let (Some(head), Some(rest)) = (p.before_quote(), p.after_quote()) else {
        return Vec::new();
    };
    let after_raw = rest
        .find(|c: char| c.is_ascii_digit() || matches!(c, '.' | ';'))
        .map_or(rest, |d| &rest[..d]);
    // Most amounts state no terms: they are told so before any text is
    // lowercased.
    let before_raw = since_last_figure(head);
    let debt = |t: &str| {
        t.as_bytes()
            .windows(4)
            .any(|w| w.eq_ignore_ascii_case(b"debt"))
    };
    let lead_words = before_raw
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| {
            ["including", "comprising", "of", "and"]
                .iter()
                .any(|l| w.eq_ignore_ascii_case(l))
        });
    if !lead_words && !debt(before_raw) && !debt(after_raw) {
        return Vec::new();
    }
    let before = before_raw.to_lowercase();
    // Terms just after the figure before are that figure's ("$16 billion
    // with debt, paying $62 a share"): past a figure, the terms of this
    // one are read after the comma that closes its phrase.
    let clause = if head.contains(|c: char| c.is_ascii_digit()) {
        before.find([',', ';']).map_or("", |c| &before[c + 1..])
    } else {
        &before
    };
    let after = after_raw.to_lowercase();
    let mut out = Vec::new();
    if let Some(m) = debt_terms(clause).or_else(|| debt_terms(&after)) {
        out.push(m);
    }
    // "... including $28.50 in cash and $66.50 in stock": a figure joined
    // by "and" to a part is a part too.
    let joined_to_part = || {
        let prev = head[..head.len() - since_last_figure(head).len()]
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
        opens_a_part(&since_last_figure(prev).to_lowercase())
    };
    if opens_a_part(&before)
        || (ends_with_words(strip_currency(&before), "and") && joined_to_part())
    {
        out.push("part");
        if has_word(&after, "cash") {
            out.push("in cash");
        } else if has_word(&after, "stock") || has_word(&after, "shares") {
            out.push("in stock");
        }
    }
    out
}

/// The text of `head` after its last ASCII digit: the words between the
/// figure before and the end.
fn since_last_figure(head: &str) -> &str {
    head.rfind(|c: char| c.is_ascii_digit())
        .map_or(head, |d| &head[d + 1..])
}

/// "including debt" or "excluding debt" when the words of `seg`
/// (lowercase) say so.
fn debt_terms(seg: &str) -> Option<&'static str> {
    let words: Vec<&str> = seg
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .collect();
    let at = words.iter().position(|w| *w == "debt")?;
    let window = &words[at.saturating_sub(DEBT_WORDS + 1)..at];
    if window.iter().any(|w| WITHOUT_DEBT.contains(w)) {
        Some("excluding debt")
    } else if window.iter().any(|w| WITH_DEBT.contains(w)) {
        Some("including debt")
    } else {
        None
    }
}

/// `seg` with the currency at its end taken off: "including USD ",
/// "and US$", "including \u{20ac}".
fn strip_currency(seg: &str) -> &str {
    let t = seg
        .trim_end()
        .trim_end_matches(|c: char| !c.is_alphanumeric() && !c.is_whitespace())
        .trim_end();
    let is_currency = |w: &str| {
        lexicon::currency_prefix_word(w).is_some()
            || lexicon::dollar_prefix(w).is_some()
            || lexicon::currency_word(w).is_some()
    };
    match t.rsplit_once(char::is_whitespace) {
        Some((rest, last)) if is_currency(last) => rest.trim_end(),
        None if is_currency(t) => "",
        _ => t,
    }
}

/// Whether `seg` (lowercase), its currency taken off, ends with one of
/// [`PART_LEADS`].
fn opens_a_part(seg: &str) -> bool {
    let t = strip_currency(seg);
    PART_LEADS.iter().any(|l| ends_with_words(t, l))
}

/// Whether `t` ends with the words `w`, whole.
fn ends_with_words(t: &str, w: &str) -> bool {
    t.strip_suffix(w)
        .is_some_and(|h| h.is_empty() || h.ends_with(|c: char| !c.is_alphanumeric()))
}

/// Whether `seg` holds the word `w`, whole.
fn has_word(seg: &str, w: &str) -> bool {
    seg.split(|c: char| !c.is_alphanumeric()).any(|x| x == w)
}

/// Words that end an amount of money: its scale or its currency.
const AMOUNT_ENDS: &[&str] = &[
    "million", "billion", "trillion", "bn", "mn", "m", "euros", "euro", "dollars", "dollar",
    "pounds", "pound", "sterling", "yen", "yuan", "rupees", "crore", "lakh", "francs", "won",
];

/// Whether an amount is another amount restated in brackets, in another
/// currency: the "$5.04 billion" of "4.34 billion euros ($5.04 billion)".
/// Such a figure is the first amount at the day's rate of exchange, and
/// two reports converting on different days give different figures for
/// one amount; the first amount is the one to judge.
pub(super) fn bracketed_conversion(fact: &Fact) -> bool {
    if fact.kind != Kind::Money {
        return false;
    }
    let p = &fact.provenance;
    let Some(head) = p.before_quote() else {
        return false;
    };
    let Some(head) = head.trim_end().strip_suffix('(') else {
        return false;
    };
    let last = head.split_whitespace().next_back().unwrap_or("");
    last.bytes().any(|b| b.is_ascii_digit())
        || AMOUNT_ENDS.iter().any(|w| last.eq_ignore_ascii_case(w))
}
