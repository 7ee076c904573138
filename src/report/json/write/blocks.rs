//! Long lists of MENTIONs, and of findings, written on two threads: the
//! list is cut into blocks, a helper thread writes every other block into
//! a buffer of its own while the caller writes the ones between straight
//! into the document, and the caller puts each helper block in its place.
//! Every block is written by the same code at the same depth, after at
//! least one element, so the bytes are those one thread writes.
//!
//! At most two helper blocks are under way at a time, so the memory held
//! apart stays a few blocks' worth, whatever the report's size, and a
//! streamed document stays streamed.

use std::ops::Range;
use std::sync::mpsc::{Receiver, SyncSender};

use super::super::{Index, Options, Report};
use super::{Findings, Out, finding, mention_run};

/// How many MENTIONs a block holds. Handing a block over can wait for a
/// sleeping thread to wake, tens of microseconds on a virtual machine, so
/// a block takes several hundred microseconds to write; blocks of 32 or
/// 64 made the writing slower on two threads than on one.
const BLOCK: usize = 512;

/// The fewest MENTIONs a list must hold to be shared with the helper.
const SHARED_FROM: usize = 2 * BLOCK;

/// One block in this many is written by the caller, the others by the
/// helper.
const CALLER_EVERY: usize = 2;

/// How many blocks the helper is given ahead of the one the caller waits
/// for.
const BLOCKS_AHEAD: usize = 2;

/// The facts of a list of MENTIONs.
#[derive(Clone, Copy)]
pub(in crate::report::json) enum Facts<'r> {
    /// The facts at these indices of the report (a finding's).
    Listed(&'r [usize]),
    /// The facts in this range of the report (the `facts` list).
    Run(usize, usize),
}

impl<'r> Facts<'r> {
    fn len(&self) -> usize {
        match *self {
            Facts::Listed(indices) => indices.len(),
            Facts::Run(start, end) => end.saturating_sub(start),
        }
    }

    /// Elements `range` of the list.
    fn part(&self, range: Range<usize>) -> Facts<'r> {
        match *self {
            Facts::Listed(indices) => Facts::Listed(indices.get(range).unwrap_or_default()),
            Facts::Run(start, _) => Facts::Run(start + range.start, start + range.end),
        }
    }
}

/// What a block holds: MENTIONs of facts, or findings of a list.
#[derive(Clone)]
enum Work<'r> {
    Mentions(Facts<'r>),
    Findings(Findings, Range<usize>),
}

/// A block for the helper: what to write, at what depth, and a buffer to
/// write it into.
struct Job<'r> {
    work: Work<'r>,
    depth: usize,
    buf: String,
}

/// The caller's side of the helper thread.
pub(in crate::report::json) struct Helper<'r> {
    jobs: SyncSender<Job<'r>>,
    done: Receiver<String>,
}

/// Runs `write` with a helper thread that writes blocks of MENTIONs of
/// `report`, when the report has enough facts to be worth it and
/// `options` allow a second thread; with none otherwise.
pub(in crate::report::json) fn with_helper<'r, T>(
    report: &'r Report,
    index: &Index<'_>,
    options: &Options,
    write: impl FnOnce(Option<&Helper<'r>>) -> T,
) -> T {
    // The report's size first: asking the machine how many threads it has
    // takes a dozen system calls.
    if report.facts.len() < SHARED_FROM || options.threads() < 2 {
        return write(None);
    }
    std::thread::scope(|scope| {
        let (jobs, take) = std::sync::mpsc::sync_channel::<Job<'r>>(BLOCKS_AHEAD);
        let (give, done) = std::sync::mpsc::sync_channel::<String>(BLOCKS_AHEAD);
        scope.spawn(move || {
            for job in take {
                let mut o = Out::block(options, job.depth, job.buf);
                match job.work {
                    Work::Mentions(facts) => mention_run(&mut o, facts, report, index),
                    // A finding the helper writes lists its MENTIONs itself.
                    Work::Findings(list, findings) => {
                        for k in findings {
                            finding(&mut o, list, k, report, index, None);
                        }
                    }
                }
                if give.send(o.into_string()).is_err() {
                    break;
                }
            }
        });
        let helper = Helper { jobs, done };
        let out = write(Some(&helper));
        // Dropping the helper closes its channel: the thread ends.
        drop(helper);
        out
    })
}

/// Writes the MENTIONs of `facts` as the elements of the list `o` has
/// begun, sharing the blocks with `helper` when there is one and the list
/// is long; returns how many blocks the helper wrote.
pub(in crate::report::json) fn mention_list<'r>(
    o: &mut Out<'_>,
    facts: Facts<'r>,
    report: &Report,
    index: &Index<'_>,
    helper: Option<&Helper<'r>>,
) -> usize {
    let len = facts.len();
    let Some(helper) = helper.filter(|_| len >= SHARED_FROM) else {
        mention_run(o, facts, report, index);
        return 0;
    };
    let blocks: Vec<Work<'r>> = (0..len.div_ceil(BLOCK))
        .map(|k| Work::Mentions(facts.part(k * BLOCK..((k + 1) * BLOCK).min(len))))
        .collect();
    shared(o, &blocks, report, index, helper)
}

/// Writes the findings of `list` as a list, in blocks of about [`BLOCK`]
/// MENTIONs shared with `helper` when there is one. A finding of
/// [`SHARED_FROM`] MENTIONs or more is written by the caller, its
/// MENTIONs shared in turn, once the blocks before it are in place.
/// Returns how many blocks the helper wrote.
pub(in crate::report::json) fn finding_list<'r>(
    o: &mut Out<'_>,
    list: Findings,
    report: &'r Report,
    index: &Index<'_>,
    helper: Option<&Helper<'r>>,
) -> usize {
    let mut theirs = 0;
    o.begin('[');
    let len = list.len(report);
    let long = |k: usize| list.mentions(report, k).len() >= SHARED_FROM;
    let mut k = 0;
    while k < len {
        let Some(helper) = helper.filter(|_| !long(k)) else {
            // A long finding's MENTIONs are shared as a list of their own.
            finding(o, list, k, report, index, helper);
            o.spill();
            k += 1;
            continue;
        };
        // The findings up to the next long one, in blocks.
        let end = (k..len).find(|&j| long(j)).unwrap_or(len);
        let mut blocks = Vec::new();
        let (mut from, mut mentions) = (k, 0);
        for j in k..end {
            mentions += list.mentions(report, j).len().max(1);
            if mentions >= BLOCK || j + 1 == end {
                blocks.push(Work::Findings(list, from..j + 1));
                (from, mentions) = (j + 1, 0);
            }
        }
        theirs += shared(o, &blocks, report, index, helper);
        k = end;
    }
    o.end(']');
    theirs
}

/// Writes `blocks`, in order, as elements of the list `o` has begun: the
/// helper writes all but every [`CALLER_EVERY`]th, counting from block 0,
/// which the caller writes (it also puts the helper's blocks in place, and
/// writes everything around the lists). Returns how many blocks the
/// helper wrote. Every block sent is received before it returns, so the
/// helper has no work in hand when the caller writes on.
fn shared<'r>(
    o: &mut Out<'_>,
    blocks: &[Work<'r>],
    report: &Report,
    index: &Index<'_>,
    helper: &Helper<'r>,
) -> usize {
    // A block the caller writes, or the helper would have.
    let write = |o: &mut Out<'_>, work: &Work<'r>| match work {
        Work::Mentions(facts) => mention_run(o, *facts, report, index),
        Work::Findings(list, findings) => {
            for k in findings.clone() {
                finding(o, *list, k, report, index, None);
                o.spill();
            }
        }
    };
    let depth = o.depth();
    // The helper's buffers, handed back and forth.
    let mut spare: Vec<String> = Vec::new();
    let send = |k: usize, spare: &mut Vec<String>| -> bool {
        blocks.get(k).is_some_and(|work| {
            let job = Job {
                work: work.clone(),
                depth,
                buf: spare.pop().unwrap_or_default(),
            };
            helper.jobs.send(job).is_ok()
        })
    };
    // The helper is kept [`BLOCKS_AHEAD`] blocks ahead, so that it does
    // not wait for work while the caller writes.
    let mut theirs = (0..blocks.len()).filter(|k| k % CALLER_EVERY != 0);
    // How many of the helper's blocks were sent, and received.
    let (mut sent, mut received) = (0usize, 0usize);
    let mut theirs_written = 0;
    let mut live = true;
    for k in theirs.by_ref().take(BLOCKS_AHEAD) {
        live = live && send(k, &mut spare);
        sent += usize::from(live);
    }
    for (k, work) in blocks.iter().enumerate() {
        if k % CALLER_EVERY == 0 {
            write(o, work);
            continue;
        }
        let text = if received < sent {
            received += 1;
            helper.done.recv().ok()
        } else {
            None
        };
        live = live && text.is_some();
        if live && let Some(next) = theirs.next() {
            live = send(next, &mut spare);
            sent += usize::from(live);
        }
        match text {
            Some(mut text) => {
                o.append_elements(&text);
                text.clear();
                spare.push(text);
                theirs_written += 1;
            }
            // The helper is gone (it can only have panicked): the block is
            // written here.
            None => write(o, work),
        }
        o.spill();
    }
    theirs_written
}

#[cfg(test)]
mod tests {
    use super::super::super::Options;
    use super::*;
    use crate::source::{ReadOptions, read_paths};
    use crate::{Checker, Source};

    /// A report with `n` facts or so, of few kinds.
    fn report(n: usize) -> Report {
        let sources: Vec<Source> = (0..n / 2)
            .map(|k| {
                let text = format!(
                    "Police said {} people were hurt and {k} cars burned.",
                    k % 9
                );
                Source::new(format!("s{k:05}"), text)
            })
            .collect();
        Checker::builder()
            .threads(1)
            .build()
            .unwrap_or_default()
            .check(&sources)
    }

    /// The facts list written by one thread, and with a helper: the text,
    /// and how many blocks the helper wrote.
    fn both(report: &Report, options: &Options) -> (String, String, usize) {
        let index = Index::NONE;
        let all = Facts::Run(0, report.facts.len());
        let mut alone = Out::new(options, None);
        alone.begin('[');
        mention_run(&mut alone, all, report, &index);
        alone.end(']');
        let mut shared = Out::new(options, None);
        shared.begin('[');
        let written = with_helper(report, &index, &options.with_threads(2), |helper| {
            assert!(
                helper.is_some(),
                "no helper for {} facts",
                report.facts.len()
            );
            mention_list(&mut shared, all, report, &index, helper)
        });
        shared.end(']');
        (alone.into_string(), shared.into_string(), written)
    }

    #[test]
    fn the_helper_writes_blocks_in_their_place() {
        let report = report(5 * BLOCK + 77);
        let blocks = report.facts.len().div_ceil(BLOCK);
        for options in [Options::default(), Options::default().with_one_line(true)] {
            let (alone, shared, written) = both(&report, &options);
            assert!(alone == shared, "{options:?}");
            // Every other block but the first is the helper's.
            assert_eq!(written, blocks / 2, "{blocks} blocks");
        }
    }

    /// A report of many findings of a few MENTIONs each (the sample
    /// articles, each told by many sources) and one of more than
    /// [`SHARED_FROM`] (one sentence every source tells).
    fn findings_report() -> Report {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample");
        let (articles, errors) = read_paths(&[dir], &ReadOptions::new());
        assert!(errors.is_empty(), "{errors:?}");
        let mut sources: Vec<Source> = (0..200)
            .map(|k| Source::new(format!("a{k:03}"), articles[k % articles.len()].text()))
            .collect();
        sources.extend(
            (0..SHARED_FROM + 40)
                .map(|k| Source::new(format!("b{k:05}"), "Police said 9 people were hurt.")),
        );
        Checker::builder()
            .threads(1)
            .build()
            .unwrap_or_default()
            .check(&sources)
    }

    #[test]
    fn the_helper_writes_findings_in_their_place() {
        let report = findings_report();
        let index = Index::NONE;
        let lists = [
            Findings::Conflicts,
            Findings::Corroborations,
            Findings::Updates,
            Findings::Notes,
            Findings::PossibleConflicts,
        ];
        let long = report
            .corroborations
            .iter()
            .filter(|c| c.mentions.len() >= SHARED_FROM)
            .count();
        assert_eq!(long, 1, "one finding of every source");
        assert!(report.corroborations.len() > 10);
        for options in [Options::default(), Options::default().with_one_line(true)] {
            let mut written = 0;
            for list in lists {
                let mut alone = Out::new(&options, None);
                let none = finding_list(&mut alone, list, &report, &index, None);
                assert_eq!(none, 0);
                let mut shared = Out::new(&options, None);
                written += with_helper(&report, &index, &options.with_threads(2), |helper| {
                    assert!(helper.is_some());
                    finding_list(&mut shared, list, &report, &index, helper)
                });
                assert!(
                    alone.into_string() == shared.into_string(),
                    "{list:?}, {options:?}"
                );
            }
            // Blocks of the short findings (the long one's MENTIONs are
            // shared as a list, which is counted apart).
            assert!(written >= 1, "{written} blocks written by the helper");
        }
    }

    #[test]
    fn a_short_list_stays_on_the_calling_thread() {
        let report = report(3 * BLOCK);
        let index = Index::NONE;
        let options = Options::default().with_threads(2);
        let mut o = Out::new(&options, None);
        o.begin('[');
        let written = with_helper(&report, &index, &options, |helper| {
            let short = Facts::Run(0, SHARED_FROM - 1);
            mention_list(&mut o, short, &report, &index, helper)
        });
        assert_eq!(written, 0);
        // And no helper at all for a report of few facts.
        let small = super::super::super::Report::default();
        with_helper(&small, &index, &options, |helper| assert!(helper.is_none()));
    }
}
