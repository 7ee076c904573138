//! The ISO 8601 text of a date, written field by field: what `format!`
//! with zero-padded fields writes, without its machinery, which cost more
//! than the rest of resolving a date.

use chrono::{Datelike, NaiveDate};
use smol_str::SmolStrBuilder;

use crate::quantity::SmolStr;

/// An ISO 8601 text being written: held in place, as the
/// [`SmolStr`] it becomes, up to 23 bytes, which every form it writes
/// fits.
pub(super) struct Iso(SmolStrBuilder);

impl Iso {
    /// A text that starts with `year` as `{year:04}` writes it, or with
    /// "XXXX" for a year that is not known.
    pub(super) fn year(year: Option<i32>) -> Iso {
        let mut s = SmolStrBuilder::new();
        match year.map(u32::try_from) {
            None => s.push_str("XXXX"),
            Some(Ok(y)) => push_padded(&mut s, y, 4),
            // A year before year 0 keeps its sign.
            Some(Err(_)) => s.push_str(&format!("{:04}", year.unwrap_or_default())),
        }
        Iso(s)
    }

    /// The text with `sep` and then `v` as `{v:0width$}` writes it.
    pub(super) fn then(mut self, sep: &str, v: u32, width: usize) -> Iso {
        self.0.push_str(sep);
        push_padded(&mut self.0, v, width);
        self
    }

    /// The text with `text` after it.
    pub(super) fn and(mut self, text: &str) -> Iso {
        self.0.push_str(text);
        self
    }

    /// The text written.
    pub(super) fn done(self) -> SmolStr {
        self.0.finish()
    }
}

/// A day as `YYYY-MM-DD`, or as `XXXX-MM-DD` when its year is left
/// `open`: the one writer of a day's text, for a fact's value, a range's
/// ends and the reports.
pub(crate) fn day(d: NaiveDate, open: bool) -> SmolStr {
    Iso::year((!open).then(|| d.year()))
        .then("-", d.month(), 2)
        .then("-", d.day(), 2)
        .done()
}

/// Every number below a hundred as two digits, one after the other.
const PAIRS: &str = "\
    00010203040506070809101112131415161718192021222324\
    25262728293031323334353637383940414243444546474849\
    50515253545556575859606162636465666768697071727374\
    75767778798081828384858687888990919293949596979899";

/// `v`, below a hundred, as two digits.
fn pair(v: u32) -> &'static str {
    let at = 2 * v as usize;
    PAIRS.get(at..at + 2).unwrap_or("00")
}

/// Pushes `v` onto `s` as at least `width` digits, zero-padded: what
/// `{v:0width$}` writes, which it is checked against in debug builds.
fn push_padded(s: &mut SmolStrBuilder, v: u32, width: usize) {
    #[cfg(debug_assertions)]
    let before = s.clone().finish().len();
    match (width, v) {
        // A month, a day, a week: the common fields, two digits at once.
        (2, 0..100) => s.push_str(pair(v)),
        // A year of four digits, as two pairs.
        (4, 0..10_000) => {
            s.push_str(pair(v / 100));
            s.push_str(pair(v % 100));
        }
        _ => push_digits(s, v, width),
    }
    #[cfg(debug_assertions)]
    {
        let all = s.clone().finish();
        debug_assert_eq!(&all[before..], format!("{v:0width$}"));
    }
}

/// [`push_padded`] for any `v` and `width`: the digits are made apart,
/// zeros first, and pushed at once.
fn push_digits(s: &mut SmolStrBuilder, v: u32, width: usize) {
    let mut digits = [b'0'; 10];
    let mut n = v;
    let mut k = digits.len();
    loop {
        k -= 1;
        // A remainder by ten is one digit.
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let padded = &digits[k.min(digits.len().saturating_sub(width))..];
    // ASCII digits: always text.
    s.push_str(std::str::from_utf8(padded).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_written_as_format_writes_them() {
        let iso = |y, m, d| Iso::year(y).then("-", m, 2).then("-", d, 2).done();
        assert_eq!(iso(Some(2020), 3, 9), "2020-03-09");
        assert_eq!(iso(Some(33), 12, 31), "0033-12-31");
        assert_eq!(iso(None, 1, 1), "XXXX-01-01");
        assert_eq!(iso(Some(-44), 3, 15), format!("{:04}-03-15", -44));
        assert_eq!(Iso::year(Some(123_456)).done(), "123456");
        assert_eq!(
            Iso::year(None).and("-WXX").then("-", 7, 1).done(),
            "XXXX-WXX-7"
        );
        // Past the pairs: a field wider than asked, or a width of three.
        assert_eq!(Iso::year(Some(2020)).then("-", 123, 2).done(), "2020-123");
        assert_eq!(Iso::year(Some(2020)).then("-", 45, 3).done(), "2020-045");
        for v in [0, 9, 10, 99] {
            assert_eq!(
                Iso::year(Some(1999)).then("-", v, 2).done(),
                format!("1999-{v:02}")
            );
        }
        for y in [0, 7, 99, 100, 999, 1000, 9999, 10_000] {
            assert_eq!(Iso::year(Some(y)).done(), format!("{y:04}"));
        }
    }
}
