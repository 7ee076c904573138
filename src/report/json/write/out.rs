//! The writer the JSON text goes through: a buffer, the punctuation and
//! indentation between tokens, and strings and numbers as serde_json
//! writes them.

use std::fmt::Write as _;
use std::io;

use rust_decimal::Decimal;

use super::super::{Options, WireValue};

/// How many bytes are gathered before they are written to the output: as
/// many as the examples' output buffer holds, so that a chunk goes past
/// such a buffer rather than being copied into it.
const CHUNK: usize = 1 << 18;

/// A JSON writer into a buffer, which it hands to `sink` (when there is
/// one) in chunks of about [`CHUNK`] bytes.
pub(in crate::report::json) struct Out<'s> {
    /// What is written and not yet handed on: a string, so that the text
    /// is never checked again to become one.
    pub(super) buf: String,
    sink: Option<&'s mut dyn io::Write>,
    /// The first error writing to `sink`; nothing more is written after
    /// it.
    error: Option<io::Error>,
    pretty: bool,
    depth: usize,
    /// Whether the container being written holds no value yet.
    first: bool,
    /// Pretty-printed, what comes before each key of a MENTION (comma,
    /// newline, indentation, key and space), by depth: made the first
    /// time a MENTION is written at that depth.
    keys: Vec<Vec<String>>,
}

impl<'s> Out<'s> {
    pub(in crate::report::json) fn new(
        options: &Options,
        sink: Option<&'s mut dyn io::Write>,
    ) -> Out<'s> {
        Out {
            buf: String::with_capacity(if sink.is_some() { CHUNK + CHUNK / 4 } else { 0 }),
            sink,
            error: None,
            pretty: !options.one_line,
            depth: 0,
            first: true,
            keys: Vec::new(),
        }
    }

    /// Writing at the end of `buf`, when there is no sink.
    pub(in crate::report::json) fn with_buffer(mut self, buf: String) -> Out<'s> {
        debug_assert!(self.sink.is_none());
        self.buf = buf;
        self
    }

    /// With room for `bytes` bytes more than it holds.
    pub(in crate::report::json) fn with_room(mut self, bytes: usize) -> Out<'s> {
        self.buf.reserve(bytes);
        self
    }

    /// The text written, when there is no sink.
    pub(in crate::report::json) fn into_string(self) -> String {
        self.buf
    }

    /// Hands what is gathered to the sink once it is a chunk.
    pub(super) fn spill(&mut self) {
        if self.buf.len() >= CHUNK {
            self.flush();
        }
    }

    /// Hands everything gathered to the sink.
    fn flush(&mut self) {
        let Some(sink) = self.sink.as_mut() else {
            return;
        };
        if self.error.is_none()
            && let Err(e) = sink.write_all(self.buf.as_bytes())
        {
            self.error = Some(e);
        }
        self.buf.clear();
    }

    /// Writes the rest to the sink, and says whether every write worked.
    pub(in crate::report::json) fn finish(mut self) -> io::Result<()> {
        self.flush();
        self.error.map_or(Ok(()), Err)
    }

    fn newline(&mut self) {
        const SPACES: &str = "\n                                ";
        match SPACES.get(..1 + 2 * self.depth) {
            Some(indent) => self.buf.push_str(indent),
            None => {
                self.buf.push('\n');
                for _ in 0..self.depth {
                    self.buf.push_str("  ");
                }
            }
        }
    }

    pub(super) fn begin(&mut self, open: char) {
        self.buf.push(open);
        self.depth += 1;
        self.first = true;
    }

    pub(super) fn end(&mut self, close: char) {
        self.depth -= 1;
        if !self.first && self.pretty {
            self.newline();
        }
        self.buf.push(close);
        self.first = false;
    }

    /// The separator before a key or an element.
    pub(super) fn separate(&mut self) {
        if !self.first {
            self.buf.push(',');
        }
        if self.pretty {
            self.newline();
        }
        self.first = false;
    }

    /// A key, given quoted and with its colon (see `key!`): one of the
    /// writer's names, which need no escaping.
    pub(super) fn key(&mut self, quoted: &'static str) {
        self.separate();
        self.buf.push_str(quoted);
        if self.pretty {
            self.buf.push(' ');
        }
    }

    /// Makes what comes before each of `names`, the keys of an object
    /// written with [`Out::field`], at this depth, unless it is made.
    pub(super) fn ready_fields(&mut self, names: &[&str]) {
        if !self.pretty {
            return;
        }
        if self
            .keys
            .get(self.depth)
            .is_some_and(|keys| !keys.is_empty())
        {
            return;
        }
        if self.keys.len() <= self.depth {
            self.keys.resize_with(self.depth + 1, Vec::new);
        }
        let indent = "  ".repeat(self.depth);
        if let Some(keys) = self.keys.get_mut(self.depth) {
            keys.extend(names.iter().map(|n| format!(",\n{indent}\"{n}\": ")));
        }
    }

    /// Key `k` of the names given to [`Out::ready_fields`], after a value:
    /// `line` is what it is on one line, comma, quoted key and colon.
    #[inline(always)]
    pub(super) fn field(&mut self, k: usize, line: &'static str) {
        if self.pretty {
            let key = self.keys.get(self.depth).and_then(|keys| keys.get(k));
            self.buf.push_str(key.map_or("", String::as_str));
        } else {
            self.buf.push_str(line);
        }
    }

    /// Key `k` as [`Out::field`] writes it, first in its object: without
    /// the comma.
    #[inline(always)]
    pub(super) fn first_field(&mut self, k: usize, line: &'static str) {
        if self.pretty {
            let key = self.keys.get(self.depth).and_then(|keys| keys.get(k));
            self.buf
                .push_str(key.and_then(|key| key.get(1..)).unwrap_or(""));
        } else {
            self.buf.push_str(line.get(1..).unwrap_or(""));
        }
        self.first = false;
    }

    /// A string, escaped as serde_json escapes it: quote, backslash and
    /// control characters only. A string with none of them, nearly every
    /// one, is copied whole.
    pub(in crate::report::json) fn string(&mut self, s: &str) {
        if clean(s.as_bytes()) {
            self.buf.reserve(s.len() + 2);
            self.buf.push('"');
            self.buf.push_str(s);
            self.buf.push('"');
        } else {
            self.escaped(s);
        }
    }

    /// [`Out::string`] for a string with something to escape.
    #[inline(never)]
    fn escaped(&mut self, s: &str) {
        self.buf.push('"');
        let bytes = s.as_bytes();
        let mut from = 0;
        while let Some(at) = to_escape(bytes, from) {
            // `from` and `at` are at ASCII bytes or the ends: char
            // boundaries.
            self.buf.push_str(s.get(from..at).unwrap_or(""));
            let b = bytes[at];
            match b {
                b'"' => self.buf.push_str("\\\""),
                b'\\' => self.buf.push_str("\\\\"),
                b'\n' => self.buf.push_str("\\n"),
                b'\r' => self.buf.push_str("\\r"),
                b'\t' => self.buf.push_str("\\t"),
                0x08 => self.buf.push_str("\\b"),
                0x0c => self.buf.push_str("\\f"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.buf.push_str("\\u00");
                    self.buf.push(char::from(HEX[usize::from(b >> 4)]));
                    self.buf.push(char::from(HEX[usize::from(b & 0xf)]));
                }
            }
            from = at + 1;
        }
        self.buf.push_str(s.get(from..).unwrap_or(""));
        self.buf.push('"');
    }

    pub(super) fn null(&mut self) {
        self.buf.push_str("null");
    }

    pub(super) fn bool(&mut self, b: bool) {
        self.buf.push_str(if b { "true" } else { "false" });
    }

    pub(super) fn uint(&mut self, n: usize) {
        self.uint_u64(n as u64);
    }

    /// `n` in decimal: four digits at a time from [`FOUR_DIGITS`], the
    /// first group without its leading zeros.
    fn uint_u64(&mut self, n: u64) {
        if n < 10_000 {
            self.group(n as usize, width(n));
            return;
        }
        let mut groups = [0usize; 5];
        let mut count = 0;
        let mut n = n;
        while n >= 10_000 {
            groups[count] = (n % 10_000) as usize;
            n /= 10_000;
            count += 1;
        }
        self.group(n as usize, width(n));
        for &g in groups[..count].iter().rev() {
            self.group(g, 4);
        }
    }

    /// The last `digits` of the four digits of `g`, below 10,000.
    #[inline(always)]
    fn group(&mut self, g: usize, digits: usize) {
        let end = 4 * g + 4;
        self.buf
            .push_str(FOUR_DIGITS.get(end - digits..end).unwrap_or(""));
    }

    /// ASCII digits, pushed one by one: they need no check to be text.
    fn ascii(&mut self, digits: &[u8]) {
        for &d in digits {
            self.buf.push(char::from(d));
        }
    }

    pub(super) fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.null(),
        }
    }

    /// A value slot. Whichever way `write_decimal` hands a number to
    /// serde_json (an integer, a double that prints as the decimal's
    /// digits, or a raw number token), serde_json writes the normalized
    /// decimal's digits: so are they written here.
    pub(super) fn value(&mut self, v: &WireValue<'_>) {
        match v {
            WireValue::Number(n) => self.decimal(*n),
            WireValue::Text(t) => self.string(t),
            WireValue::Null => self.null(),
        }
    }

    /// The digits of the normalized `n`, as `Decimal` displays them: the
    /// mantissa's digits with a point `scale` digits from the right, and a
    /// zero before the point when nothing else is.
    fn decimal(&mut self, n: Decimal) {
        let n = n.normalize();
        let m = n.mantissa();
        let Ok(abs) = u64::try_from(m.unsigned_abs()) else {
            // Writing to a string cannot fail.
            let _ = write!(self.buf, "{n}");
            return;
        };
        if m < 0 {
            self.buf.push('-');
        }
        let scale = n.scale() as usize;
        if scale == 0 {
            self.uint_u64(abs);
            return;
        }
        let mut digits = [0u8; 20];
        let at = digits_of(abs, &mut digits);
        let digits = &digits[at..];
        match digits.len().checked_sub(scale) {
            Some(whole) if whole > 0 => {
                self.ascii(&digits[..whole]);
                self.buf.push('.');
                self.ascii(&digits[whole..]);
            }
            _ => {
                self.buf.push_str("0.");
                for _ in digits.len()..scale {
                    self.buf.push('0');
                }
                self.ascii(digits);
            }
        }
    }

    /// An array of `items`, each written by `each`.
    pub(super) fn list<T>(
        &mut self,
        items: impl IntoIterator<Item = T>,
        mut each: impl FnMut(&mut Self, T),
    ) {
        self.begin('[');
        for item in items {
            self.separate();
            each(self, item);
        }
        self.end(']');
    }
}

/// How many digits `n`, below 10,000, has.
fn width(n: u64) -> usize {
    match n {
        0..10 => 1,
        10..100 => 2,
        100..1000 => 3,
        _ => 4,
    }
}

/// Every number below 10,000 in four digits, leading zeros and all, one
/// after the other: made when the crate is compiled.
static FOUR_DIGITS: &str = {
    static BYTES: [u8; 40_000] = {
        let mut bytes = [0u8; 40_000];
        let mut n = 0;
        while n < 10_000 {
            bytes[4 * n] = b'0' + (n / 1000) as u8;
            bytes[4 * n + 1] = b'0' + (n / 100 % 10) as u8;
            bytes[4 * n + 2] = b'0' + (n / 10 % 10) as u8;
            bytes[4 * n + 3] = b'0' + (n % 10) as u8;
            n += 1;
        }
        bytes
    };
    match std::str::from_utf8(&BYTES) {
        Ok(text) => text,
        Err(_) => panic!("digits are text"),
    }
};

/// The decimal digits of `n`, two at a time, at the end of `digits`, in
/// ASCII; where they begin.
fn digits_of(n: u64, digits: &mut [u8; 20]) -> usize {
    const PAIRS: &[u8; 200] = b"\
        0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let mut at = digits.len();
    let mut n = n;
    while n >= 100 {
        let pair = (n % 100) as usize * 2;
        n /= 100;
        at -= 2;
        digits[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        let pair = n as usize * 2;
        at -= 2;
        digits[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    } else {
        at -= 1;
        // A digit is below ten.
        digits[at] = b'0' + n as u8;
    }
    at
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each of the eight bytes of `x` that JSON escapes (a
/// quote, a backslash or a control character), and maybe of bytes above
/// the lowest of those: never set when there is none. A byte is below
/// 0x20 when subtracting 0x20 from it borrows, and equal to a quote or
/// backslash when it is zero after an exclusive or; only ASCII bytes
/// qualify, and those keep their high bit clear through the exclusive
/// ors. The lowest flagged byte is a true one, as borrows only run
/// upwards.
fn flags(x: u64) -> u64 {
    let controls = x.wrapping_sub(ONES * 0x20);
    let quotes = (x ^ (ONES * u64::from(b'"'))).wrapping_sub(ONES);
    let backslashes = (x ^ (ONES * u64::from(b'\\'))).wrapping_sub(ONES);
    (controls | quotes | backslashes) & !x & HIGH
}

/// Whether `bytes` hold nothing JSON escapes. Eight bytes at a time
/// without stopping, which the compiler may widen, and the last eight
/// again for the ones left over; a string shorter than eight byte by
/// byte.
fn clean(bytes: &[u8]) -> bool {
    let (words, rest) = bytes.as_chunks::<8>();
    if words.is_empty() {
        return !rest.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
    }
    let mut hit = 0;
    for word in words {
        hit |= flags(u64::from_le_bytes(*word));
    }
    if !rest.is_empty()
        && let Some(last) = bytes.last_chunk::<8>()
    {
        hit |= flags(u64::from_le_bytes(*last));
    }
    hit == 0
}

/// Where the first byte at or after `from` that JSON escapes is: eight
/// bytes at a time (see [`flags`]) to the word that holds one, then byte
/// by byte.
fn to_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if flags(u64::from_le_bytes(word)) != 0 {
            break;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|&b| b < 0x20 || b == b'"' || b == b'\\')
        .map(|k| at + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(each: impl FnOnce(&mut Out<'_>)) -> String {
        let mut o = Out::new(&Options::default(), None);
        each(&mut o);
        o.into_string()
    }

    #[test]
    fn escapes_as_serde_json_does() {
        let s = "a\"b\\c\u{0}\u{8}\u{c}\n\r\t\u{1f}\u{7f}é“";
        assert_eq!(
            written(|o| o.string(s)),
            serde_json::to_string(s).unwrap_or_default()
        );
    }

    /// Every escaped byte at every place of strings of up to twenty
    /// bytes, among plain ASCII and among multibyte characters.
    #[test]
    fn finds_what_to_escape_wherever_it_is() {
        for len in 0..20 {
            for fill in ["a", "é", "~", " "] {
                let plain: String = fill.repeat(len);
                assert_eq!(
                    written(|o| o.string(&plain)),
                    serde_json::to_string(&plain).unwrap_or_default()
                );
                for at in 0..=plain.len() {
                    if !plain.is_char_boundary(at) {
                        continue;
                    }
                    for c in ['"', '\\', '\n', '\u{0}', '\u{1f}', ' ', '\u{7f}', '!', '#'] {
                        let mut s = plain.clone();
                        s.insert(at, c);
                        assert_eq!(
                            written(|o| o.string(&s)),
                            serde_json::to_string(&s).unwrap_or_default(),
                            "{s:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn writes_decimals_as_they_display() {
        let mut numbers = vec![
            Decimal::MAX,
            Decimal::MIN,
            Decimal::ZERO,
            Decimal::new(-0, 3),
            Decimal::new(u64::MAX as i64, 0),
            Decimal::from(u64::MAX),
            Decimal::from(i64::MIN),
            Decimal::from_i128_with_scale(i128::from(u64::MAX) + 1, 4),
            Decimal::from_i128_with_scale(-i128::from(u64::MAX), 28),
        ];
        for scale in 0..=28 {
            for m in [
                1,
                5,
                10,
                12,
                99,
                100,
                1234,
                120_000,
                987_654_321_000,
                -7,
                -150,
            ] {
                numbers.push(Decimal::new(m, scale));
            }
        }
        for n in numbers {
            let n = n.normalize();
            let mut digits = String::new();
            let _ = write!(digits, "{n}");
            assert_eq!(written(|o| o.decimal(n)), digits, "{n:?}");
        }
    }

    #[test]
    fn writes_integers_as_they_display() {
        let mut n = 1u64;
        for _ in 0..20 {
            for m in [
                n - 1,
                n,
                n + 1,
                n.saturating_mul(9),
                n.saturating_mul(10) - 1,
            ] {
                assert_eq!(written(|o| o.uint_u64(m)), m.to_string());
            }
            n = n.saturating_mul(10);
        }
        assert_eq!(written(|o| o.uint_u64(u64::MAX)), u64::MAX.to_string());
    }
}
