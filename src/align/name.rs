//! A name a frame keeps: what a fact measures and the word it was read
//! from. Such names are short ("ipo", "person", "apps", "market value"),
//! and every fact of a check has one or two: held in place, they cost
//! the frame no block of its own to make or to free.

use std::fmt;
use std::ops::Deref;

/// The most bytes a name holds in place.
const INLINE: usize = 22;

/// A string held in place when it is at most [`INLINE`] bytes long, and in
/// a block of its own past that. It reads as a `str`.
#[derive(Clone)]
pub struct Name(Held);

/// Where a [`Name`]'s bytes are.
#[derive(Clone)]
enum Held {
    /// In place: the first `len` bytes, which are whole UTF-8 as they
    /// were copied from a `str`.
    Inline { len: u8, bytes: [u8; INLINE] },
    /// In a block of their own.
    Boxed(Box<str>),
}

impl Name {
    /// The name `s`.
    pub fn new(s: &str) -> Name {
        if s.len() <= INLINE {
            let mut bytes = [0; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Name(Held::Inline {
                len: s.len() as u8,
                bytes,
            })
        } else {
            Name(Held::Boxed(s.into()))
        }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // The bytes were copied from a `str` and cut at its end, so
            // they always read as one; an empty name would be the answer
            // only to bytes that did not.
            Held::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Held::Boxed(s) => s,
        }
    }

    /// Whether it is empty, told without reading the text.
    #[inline]
    pub fn is_empty(&self) -> bool {
        match &self.0 {
            Held::Inline { len, .. } => *len == 0,
            Held::Boxed(s) => s.is_empty(),
        }
    }
}

impl Default for Name {
    fn default() -> Name {
        Name(Held::Inline {
            len: 0,
            bytes: [0; INLINE],
        })
    }
}

impl Deref for Name {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name::new(s)
    }
}

impl From<String> for Name {
    /// A long string keeps its block; a short one is copied in place.
    fn from(s: String) -> Name {
        if s.len() <= INLINE {
            Name::new(&s)
        } else {
            Name(Held::Boxed(s.into_boxed_str()))
        }
    }
}

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Name {}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_are_held_in_place_and_long_ones_boxed() {
        for s in ["", "ipo", "market value", "é", &"x".repeat(INLINE)] {
            let n = Name::new(s);
            assert!(matches!(n.0, Held::Inline { .. }), "{s:?}");
            assert_eq!(n.as_str(), s);
            assert_eq!(n.is_empty(), s.is_empty());
        }
        let long = "compensation for the families";
        assert!(long.len() > INLINE);
        let n = Name::from(long.to_string());
        assert!(matches!(n.0, Held::Boxed(_)));
        assert_eq!(n, long);
        assert!(!n.is_empty());
    }

    #[test]
    fn a_name_compares_reads_and_prints_as_its_text() {
        let n = Name::from("apps");
        assert_eq!(n, Name::new("apps"));
        assert_ne!(n, Name::new("app"));
        assert_eq!(n.len(), 4);
        assert_eq!(format!("{n} {n:?}"), "apps \"apps\"");
        let long = Name::from("über-long name of a measured thing");
        assert_eq!(&*long, "über-long name of a measured thing");
        assert!(Name::default().is_empty());
        assert_eq!(Name::default(), Name::new(""));
        // The size of the `String` it stands in for.
        assert_eq!(std::mem::size_of::<Name>(), std::mem::size_of::<String>());
    }
}
