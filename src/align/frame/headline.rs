//! Whether a sentence is set as a headline: in title case, most of its
//! long words capitalized ("9 Dead, 31 Injured In Depot Blast").

use super::super::words::{BYTE_CLASS, CAPITAL, LETTER, SPACE, WIDE};

/// Whether a sentence is set in title case, as headlines are: most of its
/// words of four letters or more start with a capital.
pub(super) fn title_case(sentence: &str) -> bool {
    // A headline is short.
    if sentence.len() > 200 {
        return false;
    }
    let title = title_case_bytes(sentence);
    debug_assert_eq!(title, title_case_chars(sentence));
    title
}

/// [`title_case`] of a short sentence, a byte at a time: ASCII bytes are
/// classed by a table, other characters decoded.
fn title_case_bytes(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    let (mut long, mut capital) = (0, 0);
    // Letters of the word being read, and whether its first is a capital.
    let (mut letters, mut upper) = (0usize, false);
    let mut k = 0;
    while k < bytes.len() {
        let mut class = BYTE_CLASS[usize::from(bytes[k])];
        let mut width = 1;
        if class & WIDE != 0 {
            let c = sentence
                .get(k..)
                .and_then(|r| r.chars().next())
                .unwrap_or(' ');
            width = c.len_utf8();
            class = if c.is_alphabetic() {
                LETTER | if c.is_uppercase() { CAPITAL } else { 0 }
            } else if c.is_whitespace() {
                SPACE
            } else {
                0
            };
        }
        if class & LETTER != 0 {
            if letters == 0 {
                upper = class & CAPITAL != 0;
            }
            letters += 1;
            k += width;
            // The rest of the word's ASCII letters, in a loop of their
            // own: most bytes of a sentence are letters inside a word.
            while k < bytes.len() && BYTE_CLASS[usize::from(bytes[k])] & LETTER != 0 {
                letters += 1;
                k += 1;
            }
            continue;
        } else if class & SPACE != 0 {
            if letters >= 4 {
                long += 1;
                capital += usize::from(upper);
                // A title needs three capitals to each long word that
                // has none. The bytes left hold at most one long word in
                // five (four letters and a space): when even all of them
                // capitalized would not make up the count, the rest need
                // not be read.
                let rest = bytes.len() - k;
                if !upper && capital + rest / 5 < 3 * (long - capital) {
                    return false;
                }
            }
            letters = 0;
        }
        k += width;
    }
    // The last word.
    if letters >= 4 {
        long += 1;
        capital += usize::from(upper);
    }
    long >= 3 && capital * 4 >= long * 3
}

/// [`title_case`] of a short sentence a character at a time, as it once
/// was read: what a debug build checks the bytes against.
fn title_case_chars(sentence: &str) -> bool {
    let (mut long, mut capital) = (0, 0);
    let (mut letters, mut upper) = (0usize, false);
    for c in sentence.chars() {
        if c.is_alphabetic() {
            if letters == 0 {
                upper = c.is_uppercase();
            }
            letters += 1;
        } else if c.is_whitespace() {
            if letters >= 4 {
                long += 1;
                capital += usize::from(upper);
            }
            letters = 0;
        }
    }
    if letters >= 4 {
        long += 1;
        capital += usize::from(upper);
    }
    long >= 3 && capital * 4 >= long * 3
}

/// [`title_case`] read word by word, as it once was: what the one pass
/// must agree with.
#[cfg(test)]
pub(super) fn title_case_words(sentence: &str) -> bool {
    let (mut long, mut capital) = (0, 0);
    for w in sentence.split_whitespace() {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let upper = w
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase);
        if letters < 4 {
            continue;
        }
        long += 1;
        if upper {
            capital += 1;
        }
    }
    long >= 3 && capital * 4 >= long * 3
}
