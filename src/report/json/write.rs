//! The JSON text itself, written without serde: byte for byte what
//! `serde_json` writes for the wire structs (pretty-printed with two
//! spaces, or compact), at a fraction of the cost.
//!
//! A report of a thousand sources writes some twenty keys for each of
//! tens of thousands of MENTION objects. Through serde each key and each
//! string goes through the serializer's generic machinery and a write
//! call of its own; here a string with nothing to escape, nearly every
//! one, is copied whole into one buffer, and the buffer goes to the
//! output in large pieces. The envelope is written as it is walked, one
//! finding at a time, so the wire structs of the whole report are never
//! held at once. The serde implementations stay: `Report`'s `Serialize`
//! (insta snapshots, `serde_json::to_value`) goes through them, and a test
//! holds the two writers to the same bytes.

use std::fmt::Write as _;
use std::io;

use super::{
    ClaimReport, FORMAT_VERSION, Index, Options, Report, WireClaim, WireConflict,
    WireCorroboration, WireMention, WireRejection, WireSentence, WireSide, WireSlot, WireSource,
    WireTruncation, WireUpdate, WireValue, claims,
};

/// A key as [`Out::key`] takes it: quoted, with its colon.
macro_rules! key {
    ($name:literal) => {
        concat!("\"", $name, "\":")
    };
}

/// How many bytes are gathered before they are written to the output.
const CHUNK: usize = 1 << 16;

/// A JSON writer into a buffer, which it hands to `sink` (when there is
/// one) in chunks of about [`CHUNK`] bytes.
pub(super) struct Out<'s> {
    /// What is written and not yet handed on: a string, so that the text
    /// is never checked again to become one.
    buf: String,
    sink: Option<&'s mut dyn io::Write>,
    /// The first error writing to `sink`; nothing more is written after
    /// it.
    error: Option<io::Error>,
    pretty: bool,
    depth: usize,
    /// Whether the container being written holds no value yet.
    first: bool,
}

impl<'s> Out<'s> {
    pub(super) fn new(options: &Options, sink: Option<&'s mut dyn io::Write>) -> Out<'s> {
        Out {
            buf: String::with_capacity(if sink.is_some() { CHUNK + CHUNK / 4 } else { 0 }),
            sink,
            error: None,
            pretty: !options.one_line,
            depth: 0,
            first: true,
        }
    }

    /// Writing at the end of `buf`, when there is no sink.
    pub(super) fn with_buffer(mut self, buf: String) -> Out<'s> {
        debug_assert!(self.sink.is_none());
        self.buf = buf;
        self
    }

    /// With room for `bytes` bytes more than it holds.
    pub(super) fn with_room(mut self, bytes: usize) -> Out<'s> {
        self.buf.reserve(bytes);
        self
    }

    /// The text written, when there is no sink.
    pub(super) fn into_string(self) -> String {
        self.buf
    }

    /// Hands what is gathered to the sink once it is a chunk.
    fn spill(&mut self) {
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
    pub(super) fn finish(mut self) -> io::Result<()> {
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

    fn begin(&mut self, open: char) {
        self.buf.push(open);
        self.depth += 1;
        self.first = true;
    }

    fn end(&mut self, close: char) {
        self.depth -= 1;
        if !self.first && self.pretty {
            self.newline();
        }
        self.buf.push(close);
        self.first = false;
    }

    /// The separator before a key or an element.
    fn separate(&mut self) {
        if !self.first {
            self.buf.push(',');
        }
        if self.pretty {
            self.newline();
        }
        self.first = false;
    }

    /// A key, given quoted and with its colon (see [`key!`]): one of this
    /// module's names, which need no escaping.
    fn key(&mut self, quoted: &'static str) {
        self.separate();
        self.buf.push_str(quoted);
        if self.pretty {
            self.buf.push(' ');
        }
    }

    /// A string, escaped as serde_json escapes it: quote, backslash and
    /// control characters only.
    pub(super) fn string(&mut self, s: &str) {
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

    fn null(&mut self) {
        self.buf.push_str("null");
    }

    fn bool(&mut self, b: bool) {
        self.buf.push_str(if b { "true" } else { "false" });
    }

    fn uint(&mut self, n: usize) {
        self.uint_u64(n as u64);
    }

    fn uint_u64(&mut self, n: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = n;
        loop {
            at -= 1;
            // A digit is below ten.
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &d in &digits[at..] {
            self.buf.push(char::from(d));
        }
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.null(),
        }
    }

    /// A value slot. Whichever way `write_decimal` hands a number to
    /// serde_json (an integer, a double that prints as the decimal's
    /// digits, or a raw number token), serde_json writes the normalized
    /// decimal's digits: so are they written here.
    fn value(&mut self, v: &WireValue<'_>) {
        match v {
            WireValue::Number(n) => {
                let n = n.normalize();
                // Whole numbers, most figures, are their mantissa.
                if n.scale() == 0
                    && let Ok(whole) = i64::try_from(n.mantissa())
                {
                    if whole < 0 {
                        self.buf.push('-');
                    }
                    self.uint_u64(whole.unsigned_abs());
                } else {
                    // Writing to a string cannot fail.
                    let _ = write!(self.buf, "{n}");
                }
            }
            WireValue::Text(t) => self.string(t),
            WireValue::Null => self.null(),
        }
    }

    /// An array of `items`, each written by `each`.
    fn list<T>(&mut self, items: impl IntoIterator<Item = T>, mut each: impl FnMut(&mut Self, T)) {
        self.begin('[');
        for item in items {
            self.separate();
            each(self, item);
        }
        self.end(']');
    }
}

/// Where the first byte at or after `from` that JSON escapes is: a quote,
/// a backslash or a control character. Eight bytes at a time: a byte is
/// below 0x20 when subtracting 0x20 from it borrows, and equal to a quote
/// or backslash when it is zero after an exclusive or.
fn to_escape(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let hit = (x.wrapping_sub(ONES * 0x20) & !x & HIGH)
            | zero(x ^ (ONES * u64::from(b'"')))
            | zero(x ^ (ONES * u64::from(b'\\')));
        if hit != 0 {
            // The lowest flagged byte is a true one (borrows only run
            // upwards), but bytes above it may be flagged falsely: look
            // byte by byte from there.
            break;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|&b| b < 0x20 || b == b'"' || b == b'\\')
        .map(|k| at + k)
}

/// A MENTION object.
pub(super) fn mention(o: &mut Out<'_>, m: &WireMention<'_>) {
    o.begin('{');
    o.key(key!("source"));
    o.string(m.source);
    o.key(key!("start"));
    o.uint(m.start);
    o.key(key!("end"));
    o.uint(m.end);
    o.key(key!("line"));
    o.uint(m.line);
    o.key(key!("column"));
    o.uint(m.column);
    o.key(key!("text"));
    o.string(m.text);
    o.key(key!("sentence"));
    o.string(&m.sentence);
    o.key(key!("kind"));
    o.string(m.kind);
    o.key(key!("value"));
    o.value(&m.value);
    o.key(key!("unit"));
    o.string(m.unit);
    o.key(key!("bound"));
    o.string(m.bound);
    o.key(key!("lower"));
    o.value(&m.lower);
    o.key(key!("upper"));
    o.value(&m.upper);
    o.key(key!("subject"));
    o.string(m.subject);
    o.key(key!("role"));
    o.opt_str(m.role);
    o.key(key!("per"));
    o.opt_str(m.per);
    o.key(key!("change"));
    o.opt_str(m.change);
    o.key(key!("dimension"));
    o.opt_str(m.dimension);
    o.key(key!("base_value"));
    o.value(&m.base_value);
    o.key(key!("base_unit"));
    o.opt_str(m.base_unit);
    if let Some(i) = m.sentence_index {
        o.key(key!("sentence_index"));
        o.uint(i);
    }
    o.end('}');
}

fn mentions(o: &mut Out<'_>, ms: &[WireMention<'_>]) {
    o.list(ms, mention);
}

/// The facts a finding points at, whose MENTION objects are made one at a
/// time as they are written: a finding of a thousand mentions is never
/// held whole, as objects or as text.
#[derive(Clone, Copy)]
struct Found<'a> {
    /// The facts' indices.
    indices: &'a [usize],
    /// The report that holds them.
    report: &'a Report,
    /// Where their sentences are, when they are written once.
    index: &'a Index<'a>,
}

impl<'a> Found<'a> {
    fn new(indices: &'a [usize], report: &'a Report, index: &'a Index<'a>) -> Found<'a> {
        Found {
            indices,
            report,
            index,
        }
    }
}

/// The MENTION objects of `found`, each handed on when the text written
/// is a chunk long.
fn found_mentions(o: &mut Out<'_>, found: Found<'_>) {
    let Found {
        indices,
        report,
        index,
    } = found;
    let facts = indices
        .iter()
        .filter_map(|&i| Some((i, report.facts.get(i)?)));
    o.list(facts, |o, (i, f)| {
        mention(o, &WireMention::new(f, report.subject(i), index));
        o.spill();
    });
}

fn slots(o: &mut Out<'_>, ss: &[WireSlot<'_>]) {
    o.list(ss, |o, s| {
        o.begin('{');
        o.key(key!("slot"));
        o.string(s.slot);
        o.key(key!("words"));
        o.string(s.words);
        o.end('}');
    });
}

fn source(o: &mut Out<'_>, s: &WireSource<'_>) {
    o.begin('{');
    o.key(key!("id"));
    o.string(s.id);
    o.key(key!("path"));
    o.opt_str(s.path);
    o.key(key!("title"));
    o.opt_str(s.title);
    o.key(key!("published"));
    o.opt_str(s.published.as_deref());
    o.key(key!("outlet"));
    o.opt_str(s.outlet);
    o.key(key!("url"));
    o.opt_str(s.url);
    o.end('}');
}

fn side(o: &mut Out<'_>, s: &WireSide<'_>) {
    o.begin('{');
    o.key(key!("text"));
    o.string(s.text);
    o.key(key!("value"));
    o.value(&s.value);
    o.key(key!("lower"));
    o.value(&s.lower);
    o.key(key!("upper"));
    o.value(&s.upper);
    o.key(key!("sources"));
    o.list(&s.sources, |o, s| o.string(s));
    o.key(key!("mentions"));
    o.list(&s.mentions, |o, &i| o.uint(i));
    o.end('}');
}

fn conflict(o: &mut Out<'_>, c: &WireConflict<'_>, found: Found<'_>) {
    o.begin('{');
    o.key(key!("kind"));
    o.string(c.kind);
    o.key(key!("subject"));
    o.string(c.subject);
    o.key(key!("severity"));
    o.string(c.severity);
    o.key(key!("explanation"));
    o.string(&c.explanation);
    o.key(key!("mentions"));
    found_mentions(o, found);
    o.key(key!("within_source"));
    o.bool(c.within_source);
    o.key(key!("values"));
    o.list(&c.values, side);
    o.key(key!("confidence"));
    o.value(&c.confidence);
    o.key(key!("matched"));
    slots(o, &c.matched);
    o.key(key!("doubt"));
    o.opt_str(c.doubt);
    o.end('}');
}

fn corroboration(o: &mut Out<'_>, c: &WireCorroboration<'_>, found: Found<'_>) {
    o.begin('{');
    o.key(key!("kind"));
    o.string(c.kind);
    o.key(key!("subject"));
    o.string(c.subject);
    o.key(key!("sources"));
    o.uint(c.sources);
    o.key(key!("mentions"));
    found_mentions(o, found);
    o.key(key!("confidence"));
    o.value(&c.confidence);
    o.key(key!("matched"));
    slots(o, &c.matched);
    o.end('}');
}

fn update(o: &mut Out<'_>, u: &WireUpdate<'_>, found: Found<'_>) {
    o.begin('{');
    o.key(key!("kind"));
    o.string(u.kind);
    o.key(key!("subject"));
    o.string(u.subject);
    o.key(key!("explanation"));
    o.string(&u.explanation);
    o.key(key!("mentions"));
    found_mentions(o, found);
    o.end('}');
}

fn rejection(o: &mut Out<'_>, r: &WireRejection<'_>) {
    o.begin('{');
    o.key(key!("source"));
    o.string(r.source);
    o.key(key!("start"));
    o.uint(r.start);
    o.key(key!("end"));
    o.uint(r.end);
    o.key(key!("text"));
    o.string(r.text);
    o.key(key!("reason"));
    o.string(r.reason);
    o.end('}');
}

fn truncation(o: &mut Out<'_>, t: &WireTruncation<'_>) {
    o.begin('{');
    o.key(key!("source"));
    o.string(t.source);
    o.key(key!("limit"));
    o.string(t.limit);
    o.key(key!("max"));
    o.uint(t.max);
    o.key(key!("from"));
    o.uint(t.from);
    o.end('}');
}

fn claim(o: &mut Out<'_>, c: &WireClaim<'_>) {
    o.begin('{');
    o.key(key!("mention"));
    mention(o, &c.mention);
    o.key(key!("verdict"));
    o.string(c.verdict);
    o.key(key!("evidence"));
    mentions(o, &c.evidence);
    o.key(key!("explanation"));
    o.string(&c.explanation);
    o.end('}');
}

fn sentence(o: &mut Out<'_>, s: &WireSentence<'_>) {
    o.begin('{');
    o.key(key!("source"));
    o.string(s.source);
    o.key(key!("start"));
    o.uint(s.start);
    o.key(key!("end"));
    o.uint(s.end);
    o.key(key!("text"));
    o.string(&s.text);
    o.end('}');
}

/// The envelope of `report` (with the claims of `checked`), as the serde
/// path writes `envelope(report, checked, options)`, and a newline: each
/// finding and fact made into its wire struct, written and dropped in
/// turn.
pub(super) fn envelope(
    o: &mut Out<'_>,
    report: &Report,
    checked: Option<&ClaimReport>,
    options: &Options,
) {
    let index = Index::new(report, checked, options);
    let w = &index;
    let found = |indices| Found::new(indices, report, w);
    o.begin('{');
    o.key(key!("format_version"));
    o.uint(FORMAT_VERSION as usize);
    o.key(key!("sources"));
    o.list(&report.sources, |o, s| source(o, &WireSource::new(s)));
    o.key(key!("conflicts"));
    o.list(&report.conflicts, |o, c| {
        conflict(o, &WireConflict::head(c, report), found(&c.mentions));
        o.spill();
    });
    o.key(key!("corroborations"));
    o.list(&report.corroborations, |o, c| {
        corroboration(o, &WireCorroboration::head(c), found(&c.mentions));
        o.spill();
    });
    o.key(key!("updates"));
    o.list(&report.updates, |o, u| {
        update(o, &WireUpdate::head(u, report), found(&u.mentions));
        o.spill();
    });
    o.key(key!("notes"));
    o.list(&report.notes, |o, n| {
        update(o, &WireUpdate::note_head(n, report), found(&n.mentions));
        o.spill();
    });
    o.key(key!("facts"));
    o.list(report.facts.iter().enumerate(), |o, (i, f)| {
        mention(o, &WireMention::new(f, report.subject(i), w));
        o.spill();
    });
    o.key(key!("rejections"));
    o.list(&report.rejections, |o, r| {
        rejection(o, &WireRejection::new(r));
        o.spill();
    });
    o.key(key!("truncations"));
    o.list(&report.truncations, |o, t| {
        truncation(o, &WireTruncation::new(t))
    });
    o.key(key!("possible_conflicts"));
    o.list(&report.possible_conflicts, |o, c| {
        conflict(o, &WireConflict::head(c, report), found(&c.mentions));
        o.spill();
    });
    if let Some(checked) = checked {
        o.key(key!("claims"));
        o.list(claims(checked, w), |o, c| {
            claim(o, &c);
            o.spill();
        });
    }
    if let Some(rows) = &index.rows {
        o.key(key!("sentences"));
        o.list(rows, |o, s| {
            sentence(o, s);
            o.spill();
        });
    }
    o.end('}');
    o.buf.push('\n');
}

/// About how long the JSON of `report` will be, and rather more than less:
/// room for the string it is written to, made once. A string grown by
/// doubling leaves every smaller copy behind it in the heap, free but
/// still held by the process, which costs as much again as the text.
pub(super) fn room(report: &Report, checked: Option<&ClaimReport>, options: &Options) -> usize {
    // What a MENTION takes beyond its strings, with its keys and, pretty,
    // their indentation (some 300 and 500 bytes), and a margin.
    let overhead = if options.one_line { 350 } else { 600 };
    let mention = |i: usize| {
        report.facts.get(i).map_or(0, |f| {
            let p = &f.provenance;
            let sentence = if options.sentences_once {
                0
            } else {
                p.sentence.len() + 8
            };
            overhead + sentence + 2 * p.text.len() + p.source.len() + report.subject(i).len()
        })
    };
    let findings: usize = report
        .conflicts
        .iter()
        .chain(&report.possible_conflicts)
        .map(|c| 1_000 + c.mentions.iter().map(|&i| mention(i) + 40).sum::<usize>())
        .sum::<usize>()
        + report
            .corroborations
            .iter()
            .map(|c| 500 + c.mentions.iter().map(|&i| mention(i)).sum::<usize>())
            .sum::<usize>()
        + report
            .updates
            .iter()
            .map(|u| 500 + u.mentions.iter().map(|&i| mention(i)).sum::<usize>())
            .sum::<usize>()
        + report
            .notes
            .iter()
            .map(|n| 500 + n.mentions.iter().map(|&i| mention(i)).sum::<usize>())
            .sum::<usize>();
    let facts: usize = (0..report.facts.len()).map(mention).sum();
    let sentences: usize = if options.sentences_once {
        report
            .facts
            .iter()
            .map(|f| 200 + f.provenance.sentence.len())
            .sum()
    } else {
        0
    };
    let rest = 300 * (report.sources.len() + report.rejections.len() + report.truncations.len());
    let claims = checked.map_or(0, |c| {
        c.claims
            .iter()
            .map(|c| {
                2_000
                    + 2 * c.fact.provenance.sentence.len()
                    + c.evidence.iter().map(|&i| mention(i)).sum::<usize>()
            })
            .sum()
    });
    // Quotes and controls escaped in the sentences.
    let total = findings + facts + sentences + rest + claims + 1_000;
    total + total / 8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Checker, Source};

    /// Every story of the fixtures, checked, and the claims of a summary
    /// against the first.
    fn reports() -> (Vec<Report>, ClaimReport) {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/stories");
        let mut dirs: Vec<_> = std::fs::read_dir(&root)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        let checker = Checker::new();
        let mut reports = Vec::new();
        let mut first = Vec::new();
        for dir in dirs {
            let mut sources = Vec::new();
            let mut files: Vec<_> = std::fs::read_dir(&dir)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            files.sort();
            for f in files {
                let text = std::fs::read_to_string(&f).unwrap_or_default();
                let id = f.file_stem().map(|s| s.to_string_lossy().into_owned());
                sources.push(Source::new(id.unwrap_or_default(), text));
            }
            if first.is_empty() {
                first = sources.clone();
            }
            reports.push(checker.check(&sources));
        }
        // Control characters, quotes and backslashes, to be escaped.
        let summary = Source::new(
            "sum\"mary\\",
            "The quake killed 40 people.\u{1}\u{1f}\t\"Some 9,000\" were\r\nmoved.",
        );
        (reports, checker.check_claims(&summary, &first))
    }

    fn serde_text(report: &Report, checked: Option<&ClaimReport>, options: &Options) -> String {
        super::super::write(&super::super::envelope(report, checked, options), options)
    }

    fn own_text(report: &Report, checked: Option<&ClaimReport>, options: &Options) -> String {
        let mut o = Out::new(options, None);
        envelope(&mut o, report, checked, options);
        o.into_string()
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let (reports, checked) = reports();
        assert!(reports.len() > 10);
        let all = [
            Options::default(),
            Options::default().with_one_line(true),
            Options::default().with_sentences_once(true),
            Options::default()
                .with_sentences_once(true)
                .with_one_line(true),
        ];
        for options in &all {
            for r in &reports {
                assert_eq!(own_text(r, None, options), serde_text(r, None, options));
            }
            assert_eq!(
                own_text(&checked.report, Some(&checked), options),
                serde_text(&checked.report, Some(&checked), options)
            );
            let empty = Report::default();
            assert_eq!(
                own_text(&empty, None, options),
                serde_text(&empty, None, options)
            );
        }
    }

    #[test]
    fn a_mention_line_is_written_after_what_its_buffer_holds() {
        let checker = Checker::new();
        let source = Source::new("a", "Police said 12 \"people\" died.\nThe fire cost $3m.");
        let mut lines = String::from("kept\n");
        let mut each = String::from("kept\n");
        for fact in &checker.extract(&source).facts {
            super::super::push_mention_line(&mut lines, fact, "x");
            each.push_str(&super::super::mention_line(fact, "x"));
        }
        assert!(each.len() > 100);
        assert_eq!(lines, each);
    }

    #[test]
    fn escapes_as_serde_json_does() {
        let s = "a\"b\\c\u{0}\u{8}\u{c}\n\r\t\u{1f}\u{7f}é“";
        let mut o = Out::new(&Options::default(), None);
        o.string(s);
        assert_eq!(
            o.into_string(),
            serde_json::to_string(s).unwrap_or_default()
        );
    }
}
