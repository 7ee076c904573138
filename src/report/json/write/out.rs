//! The writer the JSON text goes through: a buffer, the punctuation and
//! indentation between tokens, and strings and numbers as serde_json
//! writes them.

use std::fmt::Write as _;
use std::io;
use std::ops::Range;

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
    /// How many names the last object written with [`Out::ready_fields`]
    /// has: where the keys with nulls begin in `keys`.
    names: usize,
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
            names: 0,
        }
    }

    /// A writer with no sink that writes, into `buf` (emptied), elements of
    /// a list at `depth` that follow at least one other: what the writer
    /// of the whole list writes for them.
    pub(super) fn block(options: &Options, depth: usize, mut buf: String) -> Out<'s> {
        buf.clear();
        let mut o = Out::new(options, None);
        o.buf = buf;
        o.depth = depth;
        o.first = false;
        o
    }

    /// The depth being written at.
    pub(super) fn depth(&self) -> usize {
        self.depth
    }

    /// Elements of the list being written, written elsewhere by
    /// [`Out::block`] at this depth: appended as they are.
    pub(super) fn append_elements(&mut self, text: &str) {
        if !text.is_empty() {
            self.buf.push_str(text);
            self.first = false;
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
    /// written with [`Out::field`], at this depth, unless it is made; and
    /// for [`Out::nulls`], the keys from each of `nullable` to its end,
    /// each with a null.
    pub(super) fn ready_fields(&mut self, names: &[&str], nullable: Range<usize>) {
        if !self.pretty {
            return;
        }
        self.names = names.len();
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
            let nulls = |from: usize| -> String {
                let keys = keys.get(from..nullable.end).unwrap_or_default();
                keys.iter().map(|key| format!("{key}null")).collect()
            };
            let tails: Vec<String> = (nullable.start..=nullable.end).map(nulls).collect();
            keys.extend(tails);
        }
    }

    /// The keys from key `k` of the `nullable` given to
    /// [`Out::ready_fields`] to their end, each with a null, after a
    /// value: `line` is what they are on one line.
    #[inline(always)]
    pub(super) fn nulls(&mut self, k: usize, line: &'static str) {
        if self.pretty {
            let keys = self.keys.get(self.depth);
            let key = keys.and_then(|keys| keys.get(self.names + k));
            self.buf.push_str(key.map_or("", String::as_str));
        } else {
            self.buf.push_str(line);
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
        if s.len() < 8 {
            self.short_string(s);
        } else {
            self.checked_string(s, clean(s.as_bytes()));
        }
    }

    /// Whether `s` holds nothing JSON escapes.
    pub(super) fn clean(s: &str) -> bool {
        clean(s.as_bytes())
    }

    /// [`Out::string`] for a string already checked: `plain` is what
    /// [`Out::clean`] said of it.
    pub(super) fn checked_string(&mut self, s: &str, plain: bool) {
        debug_assert_eq!(plain, clean(s.as_bytes()));
        if plain {
            self.buf.reserve(s.len() + 2);
            self.buf.push('"');
            self.buf.push_str(s);
            self.buf.push('"');
        } else {
            self.escaped(s);
        }
    }

    /// [`Out::string`] for a string of fewer than eight bytes (a kind, a
    /// unit, a source's name): copied, then checked where it lies, at the
    /// top of the last eight bytes written; taken back and escaped when it
    /// holds something to escape.
    fn short_string(&mut self, s: &str) {
        let at = self.buf.len();
        self.buf.reserve(s.len() + 2);
        self.buf.push('"');
        self.buf.push_str(s);
        let last = self.buf.as_bytes().last_chunk::<8>();
        // The high bits of the string's bytes.
        let mine = HIGH.checked_shl(8 * (8 - s.len() as u32)).unwrap_or(0);
        match last {
            Some(last) if plain(u64::from_le_bytes(*last)) & mine == mine => self.buf.push('"'),
            // Something to escape, or too little written to hold a word.
            _ => {
                self.buf.truncate(at);
                self.escaped(s);
            }
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
            WireValue::Small(t) => self.string(t),
            WireValue::Null => self.null(),
        }
    }

    /// The digits of the normalized `n`, as `Decimal` displays them: the
    /// mantissa's digits with a point `scale` digits from the right, and a
    /// zero before the point when nothing else is.
    fn decimal(&mut self, n: Decimal) {
        // A whole number is its own normal form, but for the sign of
        // zero, which is not written either way.
        let n = if n.scale() == 0 { n } else { n.normalize() };
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

/// The high bit of each of the eight bytes of `x` that JSON writes as it
/// is: neither a quote, a backslash nor a control character. Byte by byte
/// exactly, as no sum carries into the next byte: the low seven bits plus
/// 0x60 reach the high bit from 0x20 on, and plus 0x7f from 1 on.
fn plain(x: u64) -> u64 {
    const LOW: u64 = !HIGH;
    let printable = (x & LOW).wrapping_add(ONES * 0x60) | x;
    let quote = x ^ (ONES * u64::from(b'"'));
    let backslash = x ^ (ONES * u64::from(b'\\'));
    let not_quote = (quote & LOW).wrapping_add(LOW) | quote;
    let not_backslash = (backslash & LOW).wrapping_add(LOW) | backslash;
    printable & not_quote & not_backslash & HIGH
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

    /// What `each` writes after `before`, without it.
    fn written_after(before: &str, each: impl FnOnce(&mut Out<'_>)) -> String {
        let mut o = Out::new(&Options::default(), None).with_buffer(before.into());
        each(&mut o);
        o.into_string().split_off(before.len())
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
    /// bytes, among plain ASCII and among multibyte characters, written
    /// first and after bytes that would be escaped.
    #[test]
    fn finds_what_to_escape_wherever_it_is() {
        let check = |s: &str| {
            let json = serde_json::to_string(s).unwrap_or_default();
            for before in ["", "\"\\", "\\\"\u{1}\"\\\u{1f}\"\\\u{0}"] {
                assert_eq!(written_after(before, |o| o.string(s)), json, "{s:?}");
            }
        };
        for len in 0..20 {
            for fill in ["a", "é", "~", " ", "\u{7f}"] {
                let plain: String = fill.repeat(len);
                check(&plain);
                for at in 0..=plain.len() {
                    if !plain.is_char_boundary(at) {
                        continue;
                    }
                    for c in [
                        '"', '\\', '\n', '\u{0}', '\u{1f}', ' ', '!', '#', '[', '|', 'ß',
                    ] {
                        let mut s = plain.clone();
                        s.insert(at, c);
                        check(&s);
                    }
                }
            }
        }
    }

    /// [`plain`] byte by byte, against the bytes JSON escapes.
    #[test]
    fn tells_plain_bytes_exactly() {
        for b in 0..=255u8 {
            for other in [b'a', b'"', b'\\', 0, 0x1f, 0x20, 0x7f, 0x80, 0xff] {
                let word = u64::from_le_bytes([other, b, other, b, b, other, other, b]);
                let escaped = b < 0x20 || b == b'"' || b == b'\\';
                let flagged = plain(word) & HIGH;
                for k in [1, 3, 4, 7] {
                    assert_eq!(
                        flagged >> (8 * k + 7) & 1 == 0,
                        escaped,
                        "{b:#x} {other:#x}"
                    );
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
            Decimal::from_parts(0, 0, 0, true, 0),
            Decimal::from_parts(0, 0, 0, true, 5),
            Decimal::new(1200, 2),
            Decimal::new(-1200, 2),
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
            let mut digits = String::new();
            let _ = write!(digits, "{}", n.normalize());
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
