//! A name a frame keeps: what a fact measures and the word it was read
//! from. Such names are short ("ipo", "person", "apps", "market value"),
//! and every fact of a check has one or two: held in place, they cost
//! the frame no block of its own to make or to free.

/// The most bytes a name holds in place.
#[cfg(test)]
const INLINE: usize = 23;

/// A name: a [`SmolStr`](crate::quantity::SmolStr), the type a count's
/// noun and phrase are, held in place when it is at most 23 bytes long
/// and in a block of its own past that. It reads as a `str` without
/// checking its bytes again, as a name is read at every comparison of two
/// frames, and compares, prints and converts as its text.
pub type Name = crate::quantity::SmolStr;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_are_held_in_place_and_long_ones_boxed() {
        for s in ["", "ipo", "market value", "é", &"x".repeat(INLINE)] {
            let n = Name::new(s);
            assert!(!n.is_heap_allocated(), "{s:?}");
            assert_eq!(n.as_str(), s);
            assert_eq!(n.is_empty(), s.is_empty());
        }
        let long = "compensation for the families";
        assert!(long.len() > INLINE);
        let n = Name::from(long.to_string());
        assert!(n.is_heap_allocated());
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
