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

use crate::fact::{Fact, SharedStr};

use super::{
    ClaimReport, FORMAT_VERSION, Index, Options, Report, WireClaim, WireConflict,
    WireCorroboration, WireMention, WireRejection, WireSentence, WireSide, WireSlot, WireSource,
    WireTruncation, WireUpdate, WireValue, claims,
};

mod blocks;
mod findings;
mod out;

use blocks::{Facts, Helper};
use findings::{Findings, finding};
pub(super) use out::Out;

/// A key as [`Out::key`] takes it: quoted, with its colon.
macro_rules! key {
    ($name:literal) => {
        concat!("\"", $name, "\":")
    };
}

/// The keys of a MENTION, in the order written.
const MENTION_KEYS: [&str; 21] = [
    "source",
    "start",
    "end",
    "line",
    "column",
    "text",
    "sentence",
    "kind",
    "value",
    "unit",
    "bound",
    "lower",
    "upper",
    "subject",
    "role",
    "per",
    "change",
    "dimension",
    "base_value",
    "base_unit",
    "sentence_index",
];

/// The keys of a MENTION that may be null, last but for
/// `sentence_index`.
const NULLABLE: std::ops::Range<usize> = 14..20;

/// On one line, the keys from each of [`NULLABLE`] to its end, each with a
/// null (and nothing, from its end).
const LINE_NULLS: [&str; 7] = [
    concat!(
        ",\"role\":null",
        ",\"per\":null",
        ",\"change\":null",
        ",\"dimension\":null",
        ",\"base_value\":null",
        ",\"base_unit\":null"
    ),
    concat!(
        ",\"per\":null",
        ",\"change\":null",
        ",\"dimension\":null",
        ",\"base_value\":null",
        ",\"base_unit\":null"
    ),
    concat!(
        ",\"change\":null",
        ",\"dimension\":null",
        ",\"base_value\":null",
        ",\"base_unit\":null"
    ),
    concat!(
        ",\"dimension\":null",
        ",\"base_value\":null",
        ",\"base_unit\":null"
    ),
    concat!(",\"base_value\":null", ",\"base_unit\":null"),
    ",\"base_unit\":null",
    "",
];

/// The first key of [`NULLABLE`] from which every one is null in `m`, or
/// its end.
fn nulls_from(m: &WireMention<'_>) -> usize {
    let set = [
        m.role.is_some(),
        m.per.is_some(),
        m.change.is_some(),
        m.dimension.is_some(),
        !matches!(m.base_value, WireValue::Null),
        m.base_unit.is_some(),
    ];
    NULLABLE.start + set.iter().rposition(|&set| set).map_or(0, |last| last + 1)
}

/// Key `$k` of [`MENTION_KEYS`], `$name`, after a value (see
/// [`Out::field`]): on one line, a constant.
macro_rules! field {
    ($o:expr, $k:literal, $name:literal) => {{
        debug_assert_eq!(MENTION_KEYS[$k], $name);
        $o.field($k, concat!(",\"", $name, "\":"))
    }};
}

/// A MENTION object. Its keys are written as one piece each, made once
/// for the depth it is at.
pub(super) fn mention(o: &mut Out<'_>, m: &WireMention<'_>) {
    o.begin('{');
    o.ready_fields(&MENTION_KEYS, NULLABLE);
    debug_assert_eq!(MENTION_KEYS[0], "source");
    o.first_field(0, ",\"source\":");
    o.string(m.source);
    field!(o, 1, "start");
    o.uint(m.start);
    field!(o, 2, "end");
    o.uint(m.end);
    field!(o, 3, "line");
    o.uint(m.line);
    field!(o, 4, "column");
    o.uint(m.column);
    // The quote is a part of the sentence, in the same memory, unless the
    // sentence was cut or is written once elsewhere: a sentence with
    // nothing to escape then answers for its quote too.
    let sentence: &str = &m.sentence;
    let plain = (sentence.len() >= 8).then(|| Out::clean(sentence));
    field!(o, 5, "text");
    match plain {
        Some(true) if within(m.text, sentence) => o.checked_string(m.text, true),
        _ => o.string(m.text),
    }
    field!(o, 6, "sentence");
    match plain {
        Some(plain) => o.checked_string(sentence, plain),
        None => o.string(sentence),
    }
    field!(o, 7, "kind");
    o.string(m.kind);
    field!(o, 8, "value");
    o.value(&m.value);
    field!(o, 9, "unit");
    o.string(m.unit);
    field!(o, 10, "bound");
    o.string(m.bound);
    field!(o, 11, "lower");
    o.value(&m.lower);
    field!(o, 12, "upper");
    o.value(&m.upper);
    field!(o, 13, "subject");
    o.string(m.subject);
    // The keys from `role` on are null in most MENTIONs: those from the
    // first of the null ones to the end go as one piece.
    let nulls = nulls_from(m);
    if nulls > 14 {
        field!(o, 14, "role");
        o.opt_str(m.role);
    }
    if nulls > 15 {
        field!(o, 15, "per");
        o.opt_str(m.per);
    }
    if nulls > 16 {
        field!(o, 16, "change");
        o.opt_str(m.change);
    }
    if nulls > 17 {
        field!(o, 17, "dimension");
        o.opt_str(m.dimension);
    }
    if nulls > 18 {
        field!(o, 18, "base_value");
        o.value(&m.base_value);
    }
    if nulls > 19 {
        field!(o, 19, "base_unit");
        o.opt_str(m.base_unit);
    }
    if nulls == NULLABLE.start {
        o.nulls(0, LINE_NULLS[0]);
    } else {
        let k = nulls - NULLABLE.start;
        o.nulls(k, LINE_NULLS.get(k).copied().unwrap_or(""));
    }
    if let Some(i) = m.sentence_index {
        field!(o, 20, "sentence_index");
        o.uint(i);
    }
    o.end('}');
}

/// Whether the bytes of `part` lie within those of `whole`.
fn within(part: &str, whole: &str) -> bool {
    let (part, whole) = (
        part.as_bytes().as_ptr_range(),
        whole.as_bytes().as_ptr_range(),
    );
    whole.start <= part.start && part.end <= whole.end
}

fn mentions(o: &mut Out<'_>, ms: &[WireMention<'_>]) {
    o.list(ms, mention);
}

/// The facts a finding points at, whose MENTION objects are made one at a
/// time as they are written: a finding of a thousand mentions is never
/// held whole, as objects or as text.
#[derive(Clone, Copy)]
struct Found<'a, 'r> {
    /// The facts' indices.
    indices: &'r [usize],
    /// The report that holds them.
    report: &'r Report,
    /// Where their sentences are, when they are written once.
    index: &'a Index<'a>,
    /// The thread that writes some of a long list's MENTIONs, if any.
    helper: Option<&'a Helper<'r>>,
}

impl<'a, 'r> Found<'a, 'r> {
    fn new(
        indices: &'r [usize],
        report: &'r Report,
        index: &'a Index<'a>,
        helper: Option<&'a Helper<'r>>,
    ) -> Found<'a, 'r> {
        Found {
            indices,
            report,
            index,
            helper,
        }
    }
}

/// The MENTION objects of `found`, each handed on when the text written
/// is a chunk long.
fn found_mentions(o: &mut Out<'_>, found: Found<'_, '_>) {
    let Found {
        indices,
        report,
        index,
        helper,
    } = found;
    fact_mentions(o, Facts::Listed(indices), report, index, helper);
}

/// How many facts [`mention_run`] reads ahead of the one it writes.
const AHEAD: usize = 16;

/// The MENTION objects of `facts`, as one list, shared with `helper` when
/// it is long (see `blocks.rs`).
fn fact_mentions<'r>(
    o: &mut Out<'_>,
    facts: Facts<'r>,
    report: &Report,
    index: &Index<'_>,
    helper: Option<&Helper<'r>>,
) {
    o.begin('[');
    blocks::mention_list(o, facts, report, index, helper);
    o.end(']');
}

/// The MENTION objects of `facts`, as elements of the list `o` is in,
/// each handed on when the text written is a chunk long. An index that
/// does not point into the report's facts is left out.
///
/// The facts of a large report lie scattered over more memory than the
/// caches hold, and each MENTION reads half a dozen places: the fact, its
/// unit's name, its quote and sentence in the source's text, its source
/// id and its subject. Read one after another, each waits for the one
/// before. So a chunk of [`AHEAD`] facts is read first, a byte of each of
/// those places, in a pass that does nothing else, so that the reads are
/// under way together; its MENTIONs are then made and written from
/// memory the caches hold.
pub(super) fn mention_run(o: &mut Out<'_>, facts: Facts<'_>, report: &Report, index: &Index<'_>) {
    match facts {
        Facts::Listed(indices) => {
            for chunk in indices.chunks(AHEAD) {
                let chunk = chunk
                    .iter()
                    .filter_map(|&i| Some((i, report.facts.get(i)?)));
                mention_chunk(o, chunk, report, index);
            }
        }
        Facts::Run(start, end) => {
            let run = report.facts.get(start..end).unwrap_or_default();
            for (k, chunk) in run.chunks(AHEAD).enumerate() {
                let at = start + k * AHEAD;
                let chunk = chunk.iter().enumerate().map(move |(j, f)| (at + j, f));
                mention_chunk(o, chunk, report, index);
            }
        }
    }
}

/// The MENTIONs of a chunk of [`mention_run`], its places read first.
fn mention_chunk<'r>(
    o: &mut Out<'_>,
    chunk: impl Iterator<Item = (usize, &'r Fact)> + Clone,
    report: &'r Report,
    index: &Index<'_>,
) {
    read_ahead(chunk.clone(), report);
    for (i, f) in chunk {
        o.separate();
        mention(o, &WireMention::new(f, report.subject(i), index));
        o.spill();
    }
}

/// Reads a byte of every place a MENTION of each of `facts` reads: what
/// brings them into the cache, all at once.
fn read_ahead<'r>(facts: impl Iterator<Item = (usize, &'r Fact)>, report: &Report) {
    let first = |s: &SharedStr| {
        let (whole, start) = s.whole();
        whole.as_bytes().get(start).copied().unwrap_or(0)
    };
    let mut seen = 0u8;
    for (i, f) in facts {
        let p = &f.provenance;
        seen ^= first(&p.text) ^ first(&p.sentence) ^ first(&p.source);
        seen ^= f.unit.name().as_bytes().first().copied().unwrap_or(0);
        seen ^= report.subject(i).as_bytes().first().copied().unwrap_or(0);
        seen ^= f.kind as u8;
    }
    std::hint::black_box(seen);
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

fn conflict(o: &mut Out<'_>, c: &WireConflict<'_>, found: Found<'_, '_>) {
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

fn corroboration(o: &mut Out<'_>, c: &WireCorroboration<'_>, found: Found<'_, '_>) {
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

fn update(o: &mut Out<'_>, u: &WireUpdate<'_>, found: Found<'_, '_>) {
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
    blocks::with_helper(report, &index, options, |helper| {
        envelope_with(o, report, checked, &index, helper);
    });
}

/// [`envelope`], with the table of sentences made and the helper thread,
/// if any, started.
fn envelope_with<'r>(
    o: &mut Out<'_>,
    report: &'r Report,
    checked: Option<&ClaimReport>,
    index: &Index<'_>,
    helper: Option<&Helper<'r>>,
) {
    let w = index;
    o.begin('{');
    o.key(key!("format_version"));
    o.uint(FORMAT_VERSION as usize);
    o.key(key!("sources"));
    o.list(&report.sources, |o, s| source(o, &WireSource::new(s)));
    o.key(key!("conflicts"));
    blocks::finding_list(o, Findings::Conflicts, report, w, helper);
    o.key(key!("corroborations"));
    blocks::finding_list(o, Findings::Corroborations, report, w, helper);
    o.key(key!("updates"));
    blocks::finding_list(o, Findings::Updates, report, w, helper);
    o.key(key!("notes"));
    blocks::finding_list(o, Findings::Notes, report, w, helper);
    o.key(key!("facts"));
    let all = Facts::Run(0, report.facts.len());
    fact_mentions(o, all, report, w, helper);
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
    blocks::finding_list(o, Findings::PossibleConflicts, report, w, helper);
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
///
/// What each fact's MENTION takes is worked out once, in a pass over the
/// facts in the order they lie in memory, from the lengths of its spans
/// (its quote and sentence are those parts of its source's text), which
/// the fact holds, rather than from its strings, whose bytes lie
/// elsewhere; a finding then looks its mentions up in that table rather
/// than read its facts, scattered over the heap, again.
pub(super) fn room(report: &Report, checked: Option<&ClaimReport>, options: &Options) -> usize {
    // What a MENTION takes beyond its strings, with its keys and, pretty,
    // their indentation (some 300 and 500 bytes), and a margin.
    let overhead = if options.one_line { 350 } else { 600 };
    let subjects = report.subjects.iter().map(|s| s.len());
    let sizes: Vec<usize> = report
        .facts
        .iter()
        .zip(subjects.chain(std::iter::repeat(0)))
        .map(|(f, subject)| {
            let p = &f.provenance;
            let sentence = if options.sentences_once {
                0
            } else {
                p.sentence_span.len() + 8
            };
            overhead + sentence + 2 * p.span.len() + p.source.len() + subject
        })
        .collect();
    let mention = |i: usize| sizes.get(i).copied().unwrap_or(0);
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
    let facts: usize = sizes.iter().sum();
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
    fn the_null_keys_on_one_line_are_the_keys_in_order() {
        for (k, line) in LINE_NULLS.iter().enumerate() {
            let keys = MENTION_KEYS.get(NULLABLE.start + k..NULLABLE.end);
            let keys = keys.unwrap_or_default().iter();
            let nulls: String = keys.map(|key| format!(",\"{key}\":null")).collect();
            assert_eq!(*line, nulls);
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
}
