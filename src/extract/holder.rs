//! Whose figure it is: the person or thing an age belongs to. News puts
//! the name before an age set off by commas or brackets ("Maria Lopez,
//! 27,", "Tom Reed (61)"), the noun after a hyphenated age ("a 14-year-old
//! boy"), and the noun or pronoun an age is said of before it ("The
//! students were aged between 16 and 18", "she was 87"). Extraction keeps
//! what it finds with the candidate, for alignment to tell two people's
//! ages apart.

use super::age::bracket_open;
use super::count;
use super::token::{Tk, Token};
use crate::lexicon::{self, among, lower};

/// How many tokens before an age are searched for whose age it is.
const HOLDER_REACH: usize = 12;

fn word(toks: &[Token<'_>], i: usize, w: &str) -> bool {
    super::numeral::is_word(toks, i, w)
}

fn lower_at<'b>(toks: &[Token<'b>], i: usize, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    toks.get(i)
        .filter(|t| t.is_word())
        .and_then(|t| lower(t.text, buf))
}

/// Whose age the age at tokens `start..end` is: the tokens of a name or a
/// noun. "Maria Lopez, 27" and "Tom Reed (61)" give the name before, "a
/// 14-year-old boy" the noun after, "Maria Lopez, a 27-year-old nurse," the
/// name, "The students were aged between 16 and 18" the noun before the
/// verb, "she was 87" the pronoun. A title or a noun for a person before a
/// name is left out ("Major Peter Otieno" gives "Peter Otieno"). A
/// hyphenated age that is itself the noun ("The 28-year-old has been
/// charged", "30-year-olds", "the 16-year-old's lawyer") names no one else.
pub(crate) fn of_age(toks: &[Token<'_>], start: usize, end: usize) -> Option<(usize, usize)> {
    let hyphenated = end >= 2
        && toks[end - 2].is_dash()
        && !toks[end - 1].space_before
        && lexicon::OLD_FORMS.iter().any(|w| word(toks, end - 1, w));
    if hyphenated {
        if !word(toks, end - 1, lexicon::OLD) {
            return None;
        }
        let after = noun_after_age(toks, end);
        // "Maria Lopez, a 27-year-old nurse,": the name comes first, when
        // the phrase is set off as an apposition ("..., a 34-year-old man
        // was heading east" is a new subject).
        let set_off = after.is_none_or(|(_, e)| {
            toks.get(e)
                .is_none_or(|t| matches!(t.kind, Tk::Punct(',' | '.' | ';' | ')')))
        });
        let mut buf = [0u8; 32];
        if set_off
            && start >= 3
            && lower_at(toks, start - 1, &mut buf)
                .is_some_and(|w| lexicon::is_article(w) || w == "the")
            && toks[start - 2].is_punct(',')
            && toks[start - 3].is_capitalized()
        {
            return Some(name_ending(toks, start - 3));
        }
        return after;
    }
    let mut k = start;
    while k > start.saturating_sub(HOLDER_REACH) && k > 0 {
        k -= 1;
        let t = &toks[k];
        match t.kind {
            Tk::Punct(',' | '(') | Tk::Digits => continue,
            Tk::Punct(')') => {
                k = bracket_open(toks, k)?;
                continue;
            }
            Tk::Punct(_) => return None,
            Tk::Word => {}
        }
        let mut buf = [0u8; 32];
        let Some(w) = lower(t.text, &mut buf) else {
            return Some(name_ending(toks, k));
        };
        if among(lexicon::PERSON_PRONOUNS, w) || lexicon::is_person_noun(w) {
            return Some((k, k + 1));
        }
        let skipped = lexicon::is_stop_word(w)
            || among(lexicon::HOLDER_SKIP, w)
            || among(lexicon::AGE_REPORTING, w);
        if skipped {
            continue;
        }
        if t.is_capitalized() {
            return Some(name_ending(toks, k));
        }
        return Some((k, k + 1));
    }
    None
}

/// The name or noun right after a hyphenated age at token `end`: a noun
/// for a person ("a 34-year-old woman driving the car"), a name, with the
/// noun for a person after it if there is one ("30-year-old Abraham
/// Wilson", "a 21-year-old Spring Hill man"), or else the noun the age
/// modifies ("a 100-year-old bridge").
fn noun_after_age(toks: &[Token<'_>], end: usize) -> Option<(usize, usize)> {
    let person = |k: usize| {
        toks.get(k).is_some_and(|t| !t.is_capitalized())
            && lower_at(toks, k, &mut [0u8; 32]).is_some_and(lexicon::is_person_noun)
    };
    if person(end) {
        return Some((end, end + 1));
    }
    if let Some(last) = name_after(toks, end) {
        let to = if person(last + 1) { last + 2 } else { last + 1 };
        return Some((end, to));
    }
    count::noun_after(toks, end, true)
        .filter(|np| np.start == end)
        .map(|np| (np.start, np.end))
}

/// The last token of a name starting at token `first`: a run of up to four
/// capitalized words that are neither function words nor nouns for a
/// person ("A 19-Year-Old Man Was Held" names no one).
fn name_after(toks: &[Token<'_>], first: usize) -> Option<usize> {
    let name_word = |k: usize| {
        let mut buf = [0u8; 32];
        toks.get(k).is_some_and(|t| {
            t.is_capitalized()
                && t.space_before
                && lower(t.text, &mut buf)
                    .is_some_and(|w| !lexicon::is_stop_word(w) && !lexicon::is_person_noun(w))
        })
    };
    if !name_word(first) {
        return None;
    }
    let mut last = first;
    while last < first + 3 && name_word(last + 1) {
        last += 1;
    }
    Some(last)
}

/// The capitalized run of words ending at token `last`, at most four
/// words, without the titles and person nouns that open it ("Nurse Maria
/// Lopez" is "Maria Lopez").
fn name_ending(toks: &[Token<'_>], last: usize) -> (usize, usize) {
    let mut first = last;
    while first > 0
        && last - first < 3
        && toks[first - 1].is_capitalized()
        && toks[first].space_before
    {
        first -= 1;
    }
    while first < last {
        let mut buf = [0u8; 32];
        let drop = lower(toks[first].text, &mut buf).is_some_and(|w| {
            lexicon::is_title(w) || lexicon::is_person_noun(w) || lexicon::is_stop_word(w)
        });
        if !drop {
            break;
        }
        first += 1;
    }
    (first, last + 1)
}

#[cfg(test)]
mod tests {
    use crate::extract::{Kind, extract};

    /// The holder of the first age in `text`, as written.
    fn holder_of(text: &str) -> Option<String> {
        let found = extract(text, 0);
        let c = found.candidates.iter().find(|c| c.kind == Kind::Age)?;
        c.holder.map(str::to_string)
    }

    #[test]
    fn whose_age_it_is() {
        for (text, who) in [
            ("Maria Lopez, 27, was hurt.", "Maria Lopez"),
            ("Nurse Maria Lopez, 27, was hurt.", "Maria Lopez"),
            (
                "and a bus driver, Tom Reed (61), who was stabbed",
                "Tom Reed",
            ),
            ("A 14-year-old boy was hurt.", "boy"),
            ("Maria Lopez, a 27-year-old nurse, said", "Maria Lopez"),
            ("The students were aged between 16 and 18.", "students"),
            ("She died at the age of 87.", "She"),
            ("The suspect, who police said was 19, was held.", "suspect"),
            ("Sen. Mark Dunn (D-Ill.), 71, said", "Mark Dunn"),
            (
                "The pilot, Major Peter Otieno, 41, was hurt.",
                "Peter Otieno",
            ),
            ("A man in his 40s stopped him.", "man"),
            ("He murdered 30-year-old Abraham Wilson.", "Abraham Wilson"),
            ("A 19-Year-Old Student Was Arrested", "Student"),
            ("Teen, 16, Charged Over Stabbing", "Teen"),
        ] {
            assert_eq!(holder_of(text).as_deref(), Some(who), "{text}");
        }
        assert_eq!(holder_of("The 28-year-old has been charged."), None);
        for (text, who) in [
            (
                "According to officers with the Leeds Police Department, a 34-year-old man was hurt.",
                "man",
            ),
            (
                "The driver, a 21-year-old Spring Hill man, was unhurt.",
                "Spring Hill man",
            ),
            ("A 34-year-old woman driving the van was hurt.", "woman"),
            ("Those aged over 65 will be offered the jab.", "Those"),
            ("She turned 40 last week.", "She"),
        ] {
            assert_eq!(holder_of(text).as_deref(), Some(who), "{text}");
        }
        // A hyphenated age that is itself the noun names no one else.
        for text in [
            "Officers arrested a 24-year-old from Leeds.",
            "Two 96-year-olds were named.",
            "The 16-year-old's lawyer spoke.",
        ] {
            assert_eq!(holder_of(text), None, "{text}");
        }
    }
}
