//! Work spread over threads: one job per item, results in the items' order.
//!
//! Extraction reads each source on its own, so a check of many sources
//! extracts them on several threads and then aligns and judges their facts
//! on one. The results come back in the order of the items whatever thread
//! took each, so the report is the same, byte for byte, for any number of
//! threads. Threads take the next item as they finish the last, so one long
//! source does not hold up the others' share.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

/// Below this many bytes of input per thread, the cost of starting a
/// thread would weigh too much against what it saves: a new thread costs
/// about as many instructions as extracting 70 KB of news (its own
/// thread-local buffers and tables), and a few articles are read faster
/// than a thread starts. The work then runs on fewer threads, down to the
/// caller's alone.
pub(crate) const MIN_BYTES_PER_THREAD: usize = 256 * 1024;

/// How many threads the machine has for this process (at least one): the
/// default wherever a thread count is not given.
pub(crate) fn machine_threads() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

/// How many threads to spread `bytes` of input over, given at most
/// `threads`: never more than one per [`MIN_BYTES_PER_THREAD`], never none.
pub(crate) fn threads_for(bytes: usize, threads: usize) -> usize {
    threads.min(bytes / MIN_BYTES_PER_THREAD).max(1)
}

/// `f` of every item, in the items' order, computed on up to `threads`
/// threads (the calling thread is one of them).
///
/// A panic in `f` is carried to the caller, as it would be from a loop.
pub(crate) fn map_in_order<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = threads.min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    let work = || {
        let mut mine = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            mine.push((i, f(item)));
        }
        // A poisoned lock means another worker panicked; the scope below
        // carries that panic to the caller, so the results can be dropped.
        if let Ok(mut done) = done.lock() {
            done.extend(mine);
        }
    };
    std::thread::scope(|scope| {
        let workers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        work();
        for worker in workers {
            if let Err(panic) = worker.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_unstable_by_key(|&(i, _)| i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// `f` of every item, changing it in place, on up to `threads` threads
/// (the calling thread is one of them). Nothing is collected: a caller
/// that fills a buffer it owns, a part of it per item, never holds the
/// results twice.
///
/// A panic in `f` is carried to the caller, as it would be from a loop.
pub(crate) fn for_each_mut<T, F>(items: &mut [T], threads: usize, f: F)
where
    T: Send,
    F: Fn(&mut T) + Sync,
{
    if threads.min(items.len()) <= 1 {
        items.iter_mut().for_each(f);
        return;
    }
    // Each item is taken by one thread only; the lock lends it out.
    let slots: Vec<Mutex<&mut T>> = items.iter_mut().map(Mutex::new).collect();
    map_in_order(&slots, threads, |slot| {
        let mut item = slot.lock().unwrap_or_else(PoisonError::into_inner);
        f(&mut item);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items_on_any_number_of_threads() {
        let items: Vec<u64> = (0..1000).collect();
        let one = map_in_order(&items, 1, |&x| x * x);
        for threads in [2, 3, 8, 2000] {
            assert_eq!(map_in_order(&items, threads, |&x| x * x), one);
        }
        assert!(map_in_order(&[] as &[u64], 4, |&x| x).is_empty());
    }

    #[test]
    fn every_item_is_changed_once_in_place_on_any_number_of_threads() {
        for threads in [1, 2, 3, 8, 2000] {
            let mut items: Vec<(u64, u64)> = (0..1000).map(|x| (x, 0)).collect();
            for_each_mut(&mut items, threads, |(x, out)| *out += *x * *x);
            assert!(items.iter().all(|&(x, out)| out == x * x));
        }
        // Parts of one buffer, filled run by run, as alignment fills its
        // frames.
        let facts: Vec<u64> = (0..10).collect();
        let mut squares = vec![0u64; facts.len()];
        let mut runs: Vec<(&[u64], &mut [u64])> =
            facts.chunks(3).zip(squares.chunks_mut(3)).collect();
        for_each_mut(&mut runs, 4, |(from, to)| {
            for (x, out) in from.iter().zip(to.iter_mut()) {
                *out = x * x;
            }
        });
        assert_eq!(squares, facts.iter().map(|x| x * x).collect::<Vec<_>>());
        for_each_mut(&mut [] as &mut [u64], 4, |_| {});
    }

    #[test]
    fn small_inputs_stay_on_the_calling_thread() {
        assert_eq!(threads_for(0, 8), 1);
        assert_eq!(threads_for(MIN_BYTES_PER_THREAD - 1, 8), 1);
        assert_eq!(threads_for(2 * MIN_BYTES_PER_THREAD, 1), 1);
        assert_eq!(threads_for(3 * MIN_BYTES_PER_THREAD, 8), 3);
        assert_eq!(threads_for(100 * MIN_BYTES_PER_THREAD, 2), 2);
    }

    #[test]
    #[should_panic(expected = "item 7")]
    fn a_panic_in_a_job_reaches_the_caller() {
        let items: Vec<u32> = (0..64).collect();
        map_in_order(&items, 4, |&x| {
            assert!(x != 7, "item 7");
            x
        });
    }
}
