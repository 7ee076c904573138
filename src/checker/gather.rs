//! A check's extractions gathered into its report, a batch of sources at
//! a time.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::Extraction;
use crate::limits::Truncation;
use crate::parallel;
use crate::report::Report;
use crate::source::Source;

/// How much text a check extracts per thread before it moves the facts
/// into its report: enough that starting the threads again weighs little.
const BATCH_BYTES_PER_THREAD: usize = 2 * parallel::MIN_BYTES_PER_THREAD;

/// The extractions of a check so far, gathered into its report: facts,
/// rejections and sources in order, with the publication dates and
/// truncations they carry.
#[derive(Default)]
pub(super) struct Gathered {
    pub report: Report,
    pub published: BTreeMap<String, NaiveDate>,
    pub truncations: Vec<Truncation>,
}

impl Gathered {
    /// Nothing gathered yet, with room for `sources` sources: the list of
    /// sources is as long as that at the end, and one grown by doubling
    /// would hold room for up to twice as many.
    pub(super) fn for_sources(sources: usize) -> Gathered {
        let mut gathered = Gathered::default();
        gathered.report.sources.reserve_exact(sources);
        gathered
    }

    /// Moves `extractions` in, the extractions of the sources whose text
    /// brings what is read so far to `read` bytes of `total`.
    pub(super) fn add(&mut self, extractions: Vec<Extraction>, read: usize, total: usize) {
        let report = &mut self.report;
        let last = read >= total;
        // Room for every fact at once, judged by the facts of the text read
        // so far: a fact is some 350 bytes, and a list grown by doubling
        // would hold up to twice that per fact, and three times while it
        // moves. While text remains, an eighth more: the rest of the text
        // may be a little denser in facts than what was read, and a list
        // that falls short by one fact is copied whole to a larger place.
        let room = |have: usize, adding: usize| {
            // need × total / read, in 128 bits: it cannot overflow.
            let need = have + adding;
            let mut expected = need as u128 * total as u128 / read.max(1) as u128;
            if !last {
                expected += expected / 8;
            }
            usize::try_from(expected).map_or(need, |e| e.max(need)) - have
        };
        let facts = extractions.iter().map(|e| e.facts.len()).sum();
        if report.facts.capacity() < report.facts.len() + facts {
            report.facts.reserve_exact(room(report.facts.len(), facts));
        }
        let rejections = extractions.iter().map(|e| e.rejections.len()).sum();
        if report.rejections.capacity() < report.rejections.len() + rejections {
            let more = room(report.rejections.len(), rejections);
            report.rejections.reserve_exact(more);
        }
        report.sources.reserve(extractions.len());
        for ex in extractions {
            if let Some(d) = ex.source.meta.published {
                self.published.insert(ex.source.id.clone(), d);
            }
            report.facts.extend(ex.facts);
            report.rejections.extend(ex.rejections);
            self.truncations.extend(ex.truncation);
            report.sources.push(ex.source);
        }
        // The room the estimate left over is given back once every source
        // is in.
        if last {
            report.facts.shrink_to_fit();
            report.rejections.shrink_to_fit();
        }
    }
}

/// How many batches at least a check is cut into when all of it is
/// extracted on one thread.
const ONE_THREAD_BATCHES: usize = 4;

/// `order` cut into batches of consecutive sources, each of at least
/// [`BATCH_BYTES_PER_THREAD`] a thread of text (the last one excepted) and
/// at least one source.
///
/// A check small enough to be extracted on one thread is cut into
/// [`ONE_THREAD_BATCHES`] batches or more all the same: a check of one
/// batch would hold every fact twice, in its extraction and in the report,
/// at its peak, and with no threads to start again a smaller batch costs
/// nothing.
pub(super) fn batches<'a>(
    order: &'a [&'a Source],
    threads: usize,
) -> impl Iterator<Item = &'a [&'a Source]> {
    let total: usize = order.iter().map(|s| s.text().len()).sum();
    let mut batch = BATCH_BYTES_PER_THREAD * threads.max(1);
    if parallel::threads_for(total, threads) == 1 {
        batch = batch.min(total.div_ceil(ONE_THREAD_BATCHES));
    }
    let mut rest = order;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut bytes = 0;
        let end = rest
            .iter()
            .position(|s| {
                let full = bytes >= batch;
                bytes += s.text().len();
                full
            })
            .unwrap_or(rest.len());
        let (this, next) = rest.split_at(end.max(1));
        rest = next;
        Some(this)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The number of bytes of each batch of `sources` on `threads`.
    fn sizes(sources: &[Source], threads: usize) -> Vec<usize> {
        let order: Vec<&Source> = sources.iter().collect();
        let cut: Vec<&[&Source]> = batches(&order, threads).collect();
        // Every source once, in order.
        let flat: Vec<&str> = cut.iter().flat_map(|b| b.iter().map(|s| s.id())).collect();
        let ids: Vec<&str> = sources.iter().map(Source::id).collect();
        assert_eq!(flat, ids);
        cut.iter()
            .map(|b| b.iter().map(|s| s.text().len()).sum())
            .collect()
    }

    fn sources(n: usize, bytes: usize) -> Vec<Source> {
        (0..n)
            .map(|i| Source::new(format!("s{i:04}"), "x".repeat(bytes)))
            .collect()
    }

    #[test]
    fn a_check_on_one_thread_is_cut_into_quarters() {
        // 100 sources of 3 KB: too little text for a second thread.
        let cut = sizes(&sources(100, 3000), 2);
        assert_eq!(cut, [75_000, 75_000, 75_000, 75_000]);
        assert_eq!(sizes(&sources(100, 3000), 1).len(), 4);
    }

    #[test]
    fn a_check_on_threads_keeps_its_batches_whole() {
        // 4 MB on two threads: batches of 512 KiB of text a thread.
        let cut = sizes(&sources(400, 10_000), 2);
        assert!(cut.len() <= 4, "{cut:?}");
        assert!(
            cut[..cut.len() - 1]
                .iter()
                .all(|&b| b >= 2 * BATCH_BYTES_PER_THREAD),
            "{cut:?}"
        );
    }

    #[test]
    fn the_list_of_sources_holds_room_for_them_and_no_more() {
        // 100 sources in batches of 30: a list grown batch by batch would
        // hold room for 120.
        let sources = sources(100, 3000);
        let order: Vec<&Source> = sources.iter().collect();
        let checker = crate::Checker::builder().threads(1).build().unwrap();
        let mut gathered = Gathered::for_sources(order.len());
        let total = sources.len() * 3000;
        let mut read = 0;
        for batch in order.chunks(30) {
            read += batch.iter().map(|s| s.text().len()).sum::<usize>();
            gathered.add(
                batch.iter().map(|s| checker.extract(s)).collect(),
                read,
                total,
            );
        }
        assert_eq!(gathered.report.sources.len(), 100);
        assert_eq!(gathered.report.sources.capacity(), 100);
    }

    #[test]
    fn a_single_source_is_one_batch() {
        assert_eq!(sizes(&sources(1, 50), 2), [50]);
        assert!(sizes(&[], 2).is_empty());
    }
}
