//! A string that facts share: the source id of every fact of a source, and
//! each fact's sentence and quote as parts of its source's text, each held
//! once, by the source itself.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::{Arc, LazyLock};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A piece of a string held once and shared: a clone costs a count, not a
/// copy. It reads as a `str` (it derefs to one), compares, orders, hashes,
/// prints and serializes as its text, and is made from a `String` or a
/// `&str` with `into()`, or from an `Arc<str>` without a copy of its text.
///
/// # Example
///
/// ```
/// use crosscheck::report::SharedStr;
///
/// let id: SharedStr = "wire".into();
/// let copy = id.clone();
/// assert_eq!(copy, "wire");
/// assert_eq!(copy.len(), 4);
/// assert_eq!(serde_json::to_string(&copy).unwrap(), r#""wire""#);
/// ```
#[derive(Clone)]
pub struct SharedStr {
    /// The string this is a piece of, behind one thin pointer: every fact
    /// holds three of these, and an `Arc<str>` here would take two words
    /// rather than one (24 bytes more a fact between the three).
    whole: Arc<Arc<str>>,
    /// Where the piece starts in `whole`.
    start: u32,
    /// Where it ends in `whole`; [`TO_END`] for the end of `whole`, which
    /// is also how a piece past four gigabytes is held.
    end: u32,
}

/// The end that stands for the end of the whole string.
const TO_END: u32 = u32::MAX;

impl SharedStr {
    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        let start = self.start as usize;
        if self.end == TO_END {
            &self.whole[start..]
        } else {
            &self.whole[start..self.end as usize]
        }
    }

    /// The string this is a piece of, and where the piece starts in it.
    #[inline]
    pub(crate) fn whole(&self) -> (&Arc<str>, usize) {
        (&*self.whole, self.start as usize)
    }

    /// The part `start..end` of this text, sharing its storage; empty when
    /// `start..end` is not a part of it on character boundaries. The part
    /// is copied when it lies past four gigabytes.
    pub(crate) fn part(&self, start: usize, end: usize) -> SharedStr {
        let Some(piece) = self.as_str().get(start..end) else {
            return SharedStr::default();
        };
        let at = self.start as usize + start;
        match (u32::try_from(at), u32::try_from(at + piece.len())) {
            (Ok(start), Ok(end)) if end != TO_END => SharedStr {
                whole: Arc::clone(&self.whole),
                start,
                end,
            },
            _ => SharedStr::from(piece),
        }
    }
}

impl From<Arc<str>> for SharedStr {
    fn from(whole: Arc<str>) -> SharedStr {
        SharedStr {
            whole: Arc::new(whole),
            start: 0,
            end: TO_END,
        }
    }
}

impl From<&str> for SharedStr {
    fn from(text: &str) -> SharedStr {
        SharedStr::from(Arc::<str>::from(text))
    }
}

impl From<String> for SharedStr {
    fn from(text: String) -> SharedStr {
        SharedStr::from(Arc::<str>::from(text))
    }
}

impl From<SharedStr> for String {
    fn from(text: SharedStr) -> String {
        text.as_str().to_string()
    }
}

/// The empty string, which every empty [`SharedStr`] made by `default`
/// shares rather than allocating its own.
static EMPTY: LazyLock<SharedStr> = LazyLock::new(|| SharedStr::from(Arc::<str>::from("")));

impl Default for SharedStr {
    fn default() -> SharedStr {
        EMPTY.clone()
    }
}

impl Deref for SharedStr {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &SharedStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedStr {}

impl PartialOrd for SharedStr {
    fn partial_cmp(&self, other: &SharedStr) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SharedStr {
    fn cmp(&self, other: &SharedStr) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for SharedStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<SharedStr> for str {
    fn eq(&self, other: &SharedStr) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<SharedStr> for String {
    fn eq(&self, other: &SharedStr) -> bool {
        self == other.as_str()
    }
}

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SharedStr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<SharedStr, D::Error> {
        String::deserialize(deserializer).map(SharedStr::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_shares_the_whole_and_reads_as_its_text() {
        let sentence = SharedStr::from("It cost £5 on Monday.");
        let quote = sentence.part(8, 11);
        assert_eq!(quote, "£5");
        assert!(Arc::ptr_eq(&sentence.whole, &quote.whole));
        assert_eq!(quote.part(2, 3), "5");
        // Off a character boundary, the part is empty.
        assert_eq!(quote.part(1, 3), "");
        assert_eq!(format!("{quote:?}"), r#""£5""#);
        assert_eq!(SharedStr::default(), "");
    }

    #[test]
    fn it_is_a_thin_pointer_and_two_ends_and_empty_ones_share_a_string() {
        // A fact holds three.
        assert_eq!(
            std::mem::size_of::<SharedStr>(),
            std::mem::size_of::<usize>() + 2 * std::mem::size_of::<u32>()
        );
        let (a, b) = (SharedStr::default(), SharedStr::default());
        assert!(Arc::ptr_eq(&a.whole, &b.whole));
        // Made from an `Arc<str>`, it shares that string's text.
        let text: Arc<str> = Arc::from("Two died.");
        let shared = SharedStr::from(Arc::clone(&text));
        assert!(Arc::ptr_eq(shared.whole().0, &text));
        assert_eq!(shared.part(4, 8), "died");
    }

    #[test]
    fn it_compares_and_hashes_as_its_text() {
        use std::collections::hash_map::DefaultHasher;
        let hash = |h: &dyn Fn(&mut DefaultHasher)| {
            let mut s = DefaultHasher::new();
            h(&mut s);
            s.finish()
        };
        let a = SharedStr::from("xab").part(1, 3);
        assert_eq!(a, SharedStr::from("ab"));
        let b = SharedStr::from("b");
        assert!(a < b);
        assert_eq!(hash(&|s| a.hash(s)), hash(&|s| "ab".hash(s)));
        let back: SharedStr = serde_json::from_str(r#""ab""#).unwrap();
        assert_eq!(back, a);
    }
}
