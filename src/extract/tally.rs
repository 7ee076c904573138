//! Running tallies and list lines: the figure of a toll whose noun is
//! the tally itself ("the death toll rose to 36", "Toll Tops 1,000",
//! "Confirmed deaths now number 48", "the number of confirmed dead stands
//! at 23", "bringing the total to 29"), and of a list line's label
//! ("Wounded: 38").

use super::casualty::Who;
use super::numeral;
use super::token::Token;
use super::{Candidate, Hedge};
use crate::lexicon::{self, TallyBound};
use crate::quantity::{Role, SmolStr};

/// How many words a phrase between a tally and its verb may hold: "the
/// death toll from Monday's fuel depot explosion in Lagos rose to 14".
const TALLY_PHRASE_WORDS: usize = 8;

/// Words a list or table label may open with before its role word:
/// "Total Dead", "Confirmed deaths", "Estimated displaced".
const LABEL_LEADS: &[&str] = &[
    "total",
    "confirmed",
    "reported",
    "estimated",
    "official",
    "people",
    "persons",
    "number",
    "of",
];

/// How many tokens a label before its number may hold: "Total Homeless
/// (Estimated):" is six.
const LABEL_TOKENS: usize = 8;

/// A list line's or a table row's label before the number at token
/// `lead`: "Dead: 6", "Wounded: 38", "Killed: 3.", and, as fact sheets
/// print them, "Total Dead 69,222", "Total Injured374,638" (scraped with
/// the label run into the figure), "Total Homeless (Estimated) 5
/// million". The label opens its line or sentence: words that open a
/// label ("total", "confirmed"), a role or tally word, perhaps a
/// bracketed note, perhaps a colon.
pub(crate) fn label_before(toks: &[Token<'_>], lead: usize) -> Option<Role> {
    if lead == 0 || lead > LABEL_TOKENS {
        return None;
    }
    let colon = toks[lead - 1].is_punct(':');
    let mut p = lead - usize::from(colon);
    // A bracketed note: "(Estimated)", "(GOC)".
    let bracket = p >= 3 && toks[p - 1].is_punct(')');
    if bracket {
        let open = (0..p - 1).rev().find(|&k| toks[k].is_punct('('))?;
        if !(open + 1..p - 1).all(|k| toks[k].is_word()) {
            return None;
        }
        p = open;
    }
    let at = p.checked_sub(1)?;
    let mut buf = [0u8; 32];
    let w = numeral::word_at(toks, at, &mut buf)?;
    let role = lexicon::role_word(w).or_else(|| lexicon::tally_word(w))?;
    // A fact sheet's bullet before the label: "• Confirmed dead: 212".
    let first = usize::from(at > 0 && is_bullet(&toks[0]));
    let leads = (first..at).all(|k| {
        let mut b = [0u8; 32];
        numeral::word_at(toks, k, &mut b).is_some_and(|x| LABEL_LEADS.contains(&x))
    });
    // With no colon, the label must be a table's: after a word that
    // opens a label ("Total Dead"), with a bracketed note, or run into its
    // figure. A role word alone before a figure may be a verb ("Killed
    // 12 in a raid" is read by the role rules).
    let glued = !toks[lead].space_before;
    (leads && (colon || at > first || glued || bracket)).then_some(role)
}

/// Whether a token is a list's bullet mark: "•", "·", "▪", "*", a dash.
fn is_bullet(t: &Token<'_>) -> bool {
    t.is_dash()
        || ['•', '·', '▪', '‣', '●', '■', '◦', '►', '*']
            .iter()
            .any(|&c| t.is_punct(c))
}

/// What a running tally before a number says: its role (`None` for "the
/// total", which continues the count before it), whether it is "the
/// total", and a bound its verb sets ("Tops", "nears") with the verb's
/// token.
pub(crate) struct Tally {
    pub role: Option<Role>,
    pub total: bool,
    pub bound: Option<(Hedge, usize)>,
    /// The noun "the number of" names, singular: "the number of
    /// confirmed cases" counts cases.
    pub noun: Option<SmolStr>,
}

/// A running tally whose figure is the number at token `lead` (its hedge
/// included): a tally word ("toll", "deaths", "the dead"), perhaps a
/// phrase ("from the landslide"), verbs ("has climbed"), and a word that
/// leads to the figure ("to", "at", "of", "number", "Tops"). In "from 44
/// to 39" and "by 12 to 57" the second figure's tally is read past the
/// first. "the total" continues `prior`, the count before it in the
/// sentence, when that count has a role.
pub(crate) fn tally_before(
    toks: &[Token<'_>],
    lead: usize,
    hedged: bool,
    prior: Option<&Candidate<'_>>,
) -> Option<Tally> {
    let mut buf = [0u8; 32];
    let j = lead.checked_sub(1)?;
    let w = numeral::word_at(toks, j, &mut buf)?;
    let mut bound = None;
    let mut p = j;
    match lexicon::tally_link(w) {
        Some(b) => {
            bound = b.map(|b| match b {
                TallyBound::Above => (Hedge::MoreThan, j),
                TallyBound::Near => (Hedge::Nearly, j),
            });
            if w == "to"
                && let Some(s) = number_ending_at(toks, j)
                && s > 0
                && (numeral::is_word(toks, s - 1, "from") || numeral::is_word(toks, s - 1, "by"))
            {
                // "from 44 to 39", "by 12 to 57".
                p = s - 1;
            }
        }
        // "Toll at least 15": a hedge with no verb.
        None if hedged => p = lead,
        None => return None,
    }
    if w == "from"
        && let Some(t) = earlier_figure(toks, j, prior)
    {
        return Some(t);
    }
    // Verbs between the tally and its link: "rose", "has climbed".
    let mut q = p;
    let mut verbs = 0;
    while q > 0 && verbs < 5 {
        let mut b = [0u8; 32];
        match numeral::word_at(toks, q - 1, &mut b) {
            Some(v) if lexicon::is_tally_verb(v) => {
                q -= 1;
                verbs += 1;
            }
            _ => break,
        }
    }
    let subject = q.checked_sub(1)?;
    // "the company put the figure at 2,800": "the figure" restates the
    // count before it in the sentence, as another source gives it.
    if subject > 0
        && numeral::is_word(toks, subject, "figure")
        && numeral::is_word(toks, subject - 1, "the")
        && let Some((who, role)) = prior.and_then(Who::of)
    {
        return Some(Tally {
            role,
            total: false,
            bound,
            noun: Some(who.lemma),
        });
    }
    if tally_subject(toks, subject).is_none()
        && let Some((noun, role)) = number_of(toks, q)
    {
        return Some(Tally {
            role,
            total: false,
            bound,
            noun: Some(noun),
        });
    }
    let at = if tally_subject(toks, subject).is_some() {
        subject
    } else {
        // "the death toll from the landslide rose to 36".
        let mut found = None;
        let floor = q.saturating_sub(TALLY_PHRASE_WORDS).max(1);
        for m in (floor..q).rev() {
            let t = &toks[m];
            if !t.is_word() && !t.is_punct('\'') && !t.is_punct('’') {
                break;
            }
            let mut b = [0u8; 32];
            let Some(x) = numeral::word_at(toks, m, &mut b) else {
                continue;
            };
            if lexicon::is_tally_verb(x) && x != "confirmed" {
                break;
            }
            if lexicon::TALLY_PREPOSITIONS.contains(&x) && tally_subject(toks, m - 1).is_some() {
                found = Some(m - 1);
                break;
            }
        }
        found?
    };
    let (role, total) = tally_subject(toks, at)?;
    let role = if total {
        let (_, r) = Who::of(prior?)?;
        Some(r?)
    } else {
        role
    };
    Some(Tally {
        role,
        total,
        bound,
        noun: None,
    })
}

/// "the number of <noun phrase>" ending right before token `q`: "the
/// number of people killed", "the number of displaced people", "the
/// total number of confirmed cases". Returns the head noun, singular,
/// and the role a word of the phrase gives, if one does.
fn number_of(toks: &[Token<'_>], q: usize) -> Option<(SmolStr, Option<Role>)> {
    let floor = q.saturating_sub(TALLY_PHRASE_WORDS);
    let m = (floor..q.saturating_sub(2))
        .rev()
        .find(|&m| numeral::is_word(toks, m, "number") && numeral::is_word(toks, m + 1, "of"))?;
    // "a number of people" is a few of them, not a tally.
    let definite =
        m > 0 && (numeral::is_word(toks, m - 1, "the") || numeral::is_word(toks, m - 1, "total"));
    if !definite || !(m + 2..q).all(|k| toks[k].is_word()) {
        return None;
    }
    let np = super::count::noun_after(toks, m + 2, false)?;
    // The phrase may run on into the verb ("cases stands at"): it ends
    // at the verbs.
    let (lemma, end) = if np.end > q {
        let mut b = [0u8; 32];
        (
            SmolStr::new(lexicon::singular_form(numeral::word_at(
                toks,
                q - 1,
                &mut b,
            )?)),
            q,
        )
    } else {
        (np.lemma, np.end)
    };
    let modifier = (np.start..end - 1).find_map(|k| {
        let mut b = [0u8; 32];
        numeral::word_at(toks, k, &mut b).and_then(lexicon::role_word)
    });
    let role = if end == q {
        modifier
    } else {
        // The words after the noun, up to the verbs, are its role:
        // "people killed", "homes without power".
        let (r, at) = super::role::role_after(toks, end)?;
        if at + 1 != q {
            return None;
        }
        Some(r)
    };
    Some((lemma, role))
}

/// The figure a running tally had before, set after its current figure:
/// "stands at 76, up from 63", "Missing: 14 (up from 9)", "revised
/// down to 48 from 52", where `from`
/// is the token of "from". It is the same tally, with the same role.
fn earlier_figure(toks: &[Token<'_>], from: usize, prior: Option<&Candidate<'_>>) -> Option<Tally> {
    let dir = from.checked_sub(1)?;
    let s = if numeral::is_word(toks, dir, "up") || numeral::is_word(toks, dir, "down") {
        let mark = dir.checked_sub(1)?;
        if !(toks[mark].is_punct(',') || toks[mark].is_punct('(') || toks[mark].is_dash()) {
            return None;
        }
        number_ending_at(toks, mark)?
    } else {
        // "revised down to 48 from 52": the current figure right before.
        number_ending_at(toks, from)?
    };
    let role = label_before(toks, s)
        .or_else(|| tally_before(toks, s, false, prior).and_then(|t| t.role))?;
    Some(Tally {
        role: Some(role),
        total: false,
        bound: None,
        noun: None,
    })
}

/// Whether token `i` is the subject of a tally, and its role: "toll",
/// "deaths", "the dead", "confirmed dead"; or "the total" (no role of its
/// own). A role adjective is a subject only as a noun, after "the", "of"
/// or "confirmed": "Singer Dead At 82" has no tally.
fn tally_subject(toks: &[Token<'_>], i: usize) -> Option<(Option<Role>, bool)> {
    let mut buf = [0u8; 32];
    let w = numeral::word_at(toks, i, &mut buf)?;
    if w == lexicon::TOTAL {
        return i
            .checked_sub(1)
            .is_some_and(|p| numeral::is_word(toks, p, "the"))
            .then_some((None, true));
    }
    let role = lexicon::tally_word(w)?;
    if lexicon::is_stand_in(w) {
        let noun = i.checked_sub(1).is_some_and(|p| {
            ["the", "of", "confirmed"]
                .iter()
                .any(|d| numeral::is_word(toks, p, d))
        });
        if !noun {
            return None;
        }
    }
    Some((Some(role), false))
}

/// Whether the number at token `i` is the figure of a tally: "Confirmed
/// deaths now number 48" (where "number" is no id word).
pub(crate) fn tally_figure(toks: &[Token<'_>], i: usize) -> bool {
    tally_before(toks, i, false, None).is_some_and(|t| t.role.is_some() || t.noun.is_some())
}

/// Whether the number at token `i` is the figure a tally's revision
/// replaces or the change it states ("from 14 to 12", "rose by 12 to
/// 57"), so that it makes no range with the figure after "to".
pub(crate) fn revision(toks: &[Token<'_>], i: usize) -> bool {
    i > 0
        && (numeral::is_word(toks, i - 1, "from") || numeral::is_word(toks, i - 1, "by"))
        && tally_before(toks, i, false, None).is_some_and(|t| t.role.is_some() || t.noun.is_some())
}

/// Where the number that ends right before token `j` starts, if one does.
fn number_ending_at(toks: &[Token<'_>], j: usize) -> Option<usize> {
    (j.saturating_sub(6)..j).find(|&s| matches!(numeral::parse(toks, s), Ok(Some(n)) if n.end == j))
}
