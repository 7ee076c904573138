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

/// Pushes `v` onto `s` as at least `width` digits, zero-padded: what
/// `{v:0width$}` writes, which it is checked against in debug builds.
fn push_padded(s: &mut SmolStrBuilder, v: u32, width: usize) {
    // The digits are made apart, zeros first, and pushed at once.
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
    let text = std::str::from_utf8(padded).unwrap_or_default();
    debug_assert_eq!(text, format!("{v:0width$}"));
    s.push_str(text);
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
    }
}
