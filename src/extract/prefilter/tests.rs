//! Tests of the prefilter.

use super::super::token::tokenize;
use super::*;

fn hits(text: &str) -> Vec<(&str, Cue)> {
    let mut out = Vec::new();
    find(text, 0, &mut out);
    out.iter().map(|h| (&text[h.start..h.end], h.cue)).collect()
}

#[test]
fn finds_digits_glyphs_and_whole_words_only() {
    // "one" counts days too: it can anchor a date.
    let one = Cue::CARDINAL.with(Cue::DATE);
    assert_eq!(
        hits("Some 34 apps, ½ of them, and a few more"),
        [
            ("34", Cue::DIGITS),
            ("½", Cue::GLYPH),
            ("a", Cue::ARTICLE),
            ("few", Cue::AFTER_ARTICLE),
        ]
    );
    // Inside a word, nothing: "often" holds "ten", "Alabama" holds "a".
    assert!(hits("often Alabama someone curfew").is_empty());
    // Letters glued to digits or underscores are words of their own.
    assert_eq!(
        hits("5one x_half"),
        [
            ("5", Cue::DIGITS),
            ("one", one),
            ("half", Cue::FRACTION.with(Cue::AFTER_ARTICLE)),
        ]
    );
    // Runs longer than a block of sixteen, and underscore runs.
    let digits = "1234567890".repeat(4);
    assert_eq!(
        hits(&format!("{digits}one __half")),
        [
            (digits.as_str(), Cue::DIGITS),
            ("one", one),
            ("half", Cue::FRACTION.with(Cue::AFTER_ARTICLE)),
        ]
    );
    assert_eq!(hits("one5one")[0], ("one", one));
    assert_eq!(hits("one5one").len(), 3);
    // Any case; positions shifted by the offset.
    let mut out = Vec::new();
    find("SEVENTY-Second", 100, &mut out);
    assert_eq!(out[0].start, 100);
    assert_eq!(out[1].start, 108);
    assert!(out[1].cue.has(Cue::ORDINAL) && out[1].cue.has(Cue::TIME));
}

#[test]
fn every_lexicon_word_that_can_start_a_number_is_found() {
    let mut starting = 0;
    for (w, cue) in words() {
        for form in [
            w.clone(),
            w.to_ascii_uppercase(),
            format!("{}{}", w[..1].to_ascii_uppercase(), &w[1..]),
        ] {
            let text = format!("It was {form}, 3{form}, ({form}) and x_{form}.");
            let found: Vec<_> = hits(&text)
                .into_iter()
                .filter(|(h, _)| h.eq_ignore_ascii_case(&w))
                .collect();
            assert_eq!(found.len(), 4, "{form:?} in {text:?}: {found:?}");
            assert!(found.iter().all(|&(_, c)| c == cue), "{form:?}");
        }
        starting += usize::from(cue.starts());
    }
    assert!(starting > 200, "{starting} words start a number");
    // The word lists the readers start from, each checked by name.
    let starts = |w: &str| hits(w).first().is_some_and(|(_, c)| c.starts());
    for &(w, _) in lexicon::UNITS
        .iter()
        .chain(lexicon::TENS)
        .chain(lexicon::ORDINALS)
    {
        assert!(starts(w), "{w}");
    }
    for &(w, _) in lexicon::FRACTIONS {
        assert!(starts(w), "{w}");
    }
    for w in lexicon::glued_tens_words() {
        assert!(starts(&w), "{w}");
    }
    for &w in lexicon::SIGN_WORDS.iter().chain(lexicon::ARTICLES) {
        assert!(starts(w), "{w}");
    }
    for v in lexicon::VAGUE {
        assert!(starts(v.words[0]), "{:?}", v.words);
    }
    for &(c, _) in lexicon::FRACTION_GLYPHS {
        assert!(starts(&c.to_string()), "{c}");
    }
    for &(w, _) in lexicon::DECADE_WORDS {
        assert!(starts(w), "{w}");
    }
}

#[test]
fn words_the_prefilter_skips_start_nothing() {
    // Every word of every lexicon table, in the contexts the readers
    // look at after it: a word the prefilter does not mark must not
    // start a number, a vague amount or a duration.
    let mut vocabulary: Vec<&str> = Vec::new();
    vocabulary.extend(lexicon::UNITS.iter().map(|r| r.0));
    vocabulary.extend(lexicon::TENS.iter().map(|r| r.0));
    vocabulary.extend(lexicon::ORDINALS.iter().map(|r| r.0));
    vocabulary.extend(lexicon::SCALES.iter().map(|r| r.0));
    vocabulary.extend(lexicon::SCALE_ABBREVIATIONS.iter().map(|r| r.0));
    vocabulary.extend(lexicon::FRACTIONS.iter().map(|r| r.0));
    vocabulary.extend(lexicon::DOZENS.iter().map(|r| r.0));
    vocabulary.extend(lexicon::TIME_UNITS.iter().map(|r| r.0));
    vocabulary.extend(lexicon::CURRENCY_WORDS.iter().map(|r| r.0));
    vocabulary.extend(lexicon::STOP_WORDS);
    vocabulary.extend(lexicon::NON_COUNT_NOUNS);
    vocabulary.extend(lexicon::ID_WORDS);
    vocabulary.extend(lexicon::PERCENT_WORDS);
    vocabulary.extend(lexicon::TIME_INSERTS);
    vocabulary.extend(lexicon::RATE_WORDS);
    vocabulary.extend(lexicon::POSSESSIVES);
    vocabulary.extend(lexicon::DECADE_PARTS.iter().map(|r| r.0));
    vocabulary.extend(lexicon::DECADE_WORDS.iter().map(|r| r.0));
    vocabulary.extend([
        "point", "and", "over", "out", "in", "few", "handful", "couple",
    ]);
    for v in lexicon::VAGUE {
        vocabulary.extend(v.words);
    }
    let marked = |w: &str| hits(w).first().is_some_and(|(h, c)| *h == w && c.starts());
    for &w in &vocabulary {
        if marked(w) {
            continue;
        }
        for after in [
            "",
            " million",
            " hundred",
            " dozen",
            " of people",
            " few",
            " handful of",
            " couple of",
            " a dozen",
            " an hour",
            " a million",
            " month",
            " half",
            " 5",
            " in his forties",
            " in her 40s",
        ] {
            let text = format!("{w}{after}");
            let mut toks = Vec::new();
            tokenize(&text, 0, &mut toks);
            assert!(
                super::super::count::vague_at(&toks, 0).is_none()
                    && matches!(super::super::numeral::parse(&toks, 0), Ok(None))
                    && super::super::duration::article(&toks, 0).is_none()
                    && super::super::age::decade(&toks, 0).is_none(),
                "{text:?} starts something the prefilter skips"
            );
        }
    }
}

#[test]
fn every_cue_word_is_lowercase_ascii_letters() {
    // The text is read in runs of letters: a cue word with anything
    // else in it would never be found.
    for (w, _) in words() {
        assert!(!w.is_empty() && w.len() <= 32, "{w:?}");
        assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w:?}");
    }
}

#[test]
fn only_a_bare_article_or_a_date_word_leaves_a_sentence_unread() {
    assert!(!Cue::ARTICLE.triggers());
    let dated = Cue::DATE
        .with(Cue::HOLIDAY)
        .with(Cue::COUNTED)
        .with(Cue::VERB);
    assert!(!dated.triggers());
    assert!(Cue::ARTICLE.with(Cue::VAGUE).triggers());
    assert!(Cue::DATE.with(Cue::TIME).triggers());
    for (w, cue) in words() {
        assert!(
            cue.triggers() || w == "a" || w == "an" || cue.has(dated),
            "{w}"
        );
    }
}
