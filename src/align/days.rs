//! One day stated by two sources with different words around it: "the
//! fatal, Jan. 26, 2020, helicopter crash" in one report, "On January 26,
//! 2020, a helicopter crashed near Calabasas" in another.
//!
//! A date's subject is read from the few words beside it, and two
//! sources seldom put the same ones there. A full calendar day that a
//! source states alone in its group joins, as a weak member, the group
//! of the same day in another source (a group that names what it
//! measures) when the words around the two dates share at least two
//! content words and the event each names (the noun a date modifies, "the
//! Sept. 13 disaster declaration", else the event word beside it) is
//! named around the other too: it can corroborate, never conflict. One
//! day can date two events ("the Sept. 13 disaster declaration", "since
//! the hurricane hit on Sept. 13"), so nothing joins on the day alone,
//! nor on the words of a story that every sentence shares.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use super::{Frame, Group, Time};
use crate::fact::Fact;
use crate::lexicon;
use crate::quantity::{Bound, Kind};

mod ahead;
pub(super) use ahead::{DayWords, read_words};

/// How many content words two sentences must share for their dates of
/// one day to be one event's.
const SHARED: usize = 2;

/// How many content words on each side of a date are read.
const REACH: usize = 12;

/// How many words after a date may name the event it modifies: "the
/// fatal, Jan. 26, 2020, helicopter crash".
const HEAD_WORDS: usize = 3;

/// A word's stem for matching the words of two sentences: singular, and
/// "crashed" or "crashing" as "crash".
fn stem(w: &str) -> String {
    stem_form(w).into_owned()
}

/// [`stem`], borrowed from `w` where it can be.
fn stem_form(w: &str) -> Cow<'_, str> {
    let s = lexicon::singular_form(w);
    for suffix in ["ing", "ed"] {
        if let Some(base) = s.strip_suffix(suffix)
            && base.len() >= 4
        {
            let len = base.len();
            return match s {
                Cow::Borrowed(b) => Cow::Borrowed(&b[..len]),
                Cow::Owned(o) => Cow::Owned(o[..len].to_string()),
            };
        }
    }
    s
}

/// Whether a lowercase word is a content word: four letters or more,
/// neither a function word nor a calendar word.
fn content(w: &str) -> bool {
    let mut buf = [0u8; 32];
    w.len() >= 4
        && !lexicon::lower(w, &mut buf).is_some_and(lexicon::is_stop_word)
        && !lexicon::is_calendar_word(w)
}

/// The stems of the content words around a date, up to [`REACH`] on
/// each side, as numbers from `names`, sorted, each once: read from the
/// quote outwards, so that a long sentence is not read whole.
fn content_words(f: &Fact, names: &mut Names<'_>) -> Vec<u32> {
    let p = &f.provenance;
    let split = |c: char| !c.is_alphabetic();
    let mut content_stem = |w: &str| {
        // An ASCII word keeps its length in lowercase, and a content word
        // has four letters or more: most words are told apart here.
        if w.len() < 4 && w.is_ascii() {
            return None;
        }
        let mut buf = [0u8; 32];
        let owned;
        let lower = match lexicon::lower(w, &mut buf) {
            Some(lower) => lower,
            None => {
                owned = w.to_lowercase();
                owned.as_str()
            }
        };
        content(lower).then(|| names.id_of(&stem_form(lower)))
    };
    let before = p.before_quote().unwrap_or_default();
    let after = p.after_quote().unwrap_or_default();
    let mut words: Vec<u32> = before
        .rsplit(split)
        .filter(|w| !w.is_empty())
        .filter_map(&mut content_stem)
        .take(REACH)
        .collect();
    words.extend(
        after
            .split(split)
            .filter(|w| !w.is_empty())
            .filter_map(&mut content_stem)
            .take(REACH),
    );
    words.sort_unstable();
    words.dedup();
    words
}

/// The event a date names, as a stem: the noun a date modifies ("the Sept.
/// 13 disaster declaration", "the December 18, 2008 Order"), else the
/// event word beside it (`Frame::measured_by`); `None` when it names none
/// or only a reporting verb ("announced that on December 18 ...").
#[cfg(debug_assertions)]
fn head(f: &Fact, frame: &Frame) -> Option<String> {
    run_head(f).or_else(|| frame_head(frame))
}

/// The noun a date modifies, as a stem: the last of the content words
/// right after it, up to a function word or punctuation, when there are
/// one to [`HEAD_WORDS`] of them. The first half of [`head`], which
/// depends on the fact alone.
fn run_head(f: &Fact) -> Option<String> {
    let p = &f.provenance;
    let rest = p.after_quote().unwrap_or("");
    let rest = rest.trim_start_matches([',', ' ']);
    let mut run = 0;
    let mut last = None;
    for w in rest
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .take(HEAD_WORDS + 1)
    {
        let lower = w.to_lowercase();
        if lower.is_empty() || !content(&lower) {
            break;
        }
        run += 1;
        last = Some(lower);
    }
    if run > HEAD_WORDS {
        return None;
    }
    last.map(|w| stem(&w))
}

/// The event word beside a date, as a stem, when its frame names what it
/// measures: the second half of [`head`].
fn frame_head(frame: &Frame) -> Option<String> {
    if !frame.judged || frame.measured.is_empty() {
        return None;
    }
    Some(stem(&frame.measured_by.to_lowercase()))
}

/// Numbers for strings: two are equal when their strings are.
#[derive(Default)]
struct Names<'a> {
    ids: TextMap<Cow<'a, str>, u32>,
}

impl<'a> Names<'a> {
    fn id(&mut self, name: impl Into<Cow<'a, str>>) -> u32 {
        let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        *self.ids.entry(name.into()).or_insert(next)
    }

    /// [`Names::id`], copying `name` only when it is new.
    fn id_of(&mut self, name: &str) -> u32 {
        match self.ids.get(name) {
            Some(&id) => id,
            None => self.id(name.to_string()),
        }
    }
}

/// What the pairs of one day's dates are judged on, read once for each
/// date: its source, its time, the stems around it (sorted, as numbers)
/// and the event it names.
#[derive(Debug)]
struct Said {
    source: u32,
    time: Time,
    words: Vec<u32>,
    head: Option<u32>,
}

impl Said {
    /// Whether the two dates' sentences share [`SHARED`] content words,
    /// and each names the other's event, if it names one: the tests of a
    /// pair that no move changes.
    fn one_event(&self, other: &Said) -> bool {
        let named_in = |h: Option<u32>, words: &[u32], oh: Option<u32>| {
            h.is_none_or(|h| words.binary_search(&h).is_ok() || oh == Some(h))
        };
        self.time == other.time
            && shared(&self.words, &other.words) >= SHARED
            && (self.head.is_some() || other.head.is_some())
            && named_in(self.head, &other.words, other.head)
            && named_in(other.head, &self.words, self.head)
    }
}

/// Where the stems of one day are said, to find the dates that may tell
/// one event with a date without testing every pair.
///
/// A pair tells one event only if each date's event is named around the
/// other (or is the other's), and at least one date names one: a date
/// that names an event pairs only with the dates around which it is named
/// (`around`), one that names none only with the dates whose event is
/// named around it (`naming`).
///
/// The two dates must also be of one time and share [`SHARED`] stems.
/// With the stems of each date ordered by how many dates of the day say
/// them (then by number), two dates that share two stems share one that
/// is not the last of either: each date is listed under all its stems
/// but that last (`sharing`), and looks up the same. A stem most dates
/// say ("crash") is the last of nearly all of them, and lists none.
#[derive(Default)]
struct DayIndex {
    around: IdMap<u32, Vec<usize>>,
    naming: IdMap<u32, Vec<usize>>,
    sharing: IdMap<(Time, u32), Vec<usize>>,
    /// Each date's last stem in the order above.
    last: Vec<Option<u32>>,
}

impl DayIndex {
    fn new(said: &[Said]) -> DayIndex {
        let mut index = DayIndex::default();
        let mut dates_saying: IdMap<u32, usize> = IdMap::default();
        for (y, s) in said.iter().enumerate() {
            if let Some(h) = s.head {
                index.naming.entry(h).or_default().push(y);
            }
            for &w in &s.words {
                *dates_saying.entry(w).or_insert(0) += 1;
            }
        }
        for (y, s) in said.iter().enumerate() {
            let head = s.head.filter(|h| s.words.binary_search(h).is_err());
            for &w in s.words.iter().chain(&head) {
                if index.naming.contains_key(&w) {
                    index.around.entry(w).or_default().push(y);
                }
            }
            let last = s
                .words
                .iter()
                .copied()
                .max_by_key(|w| (dates_saying.get(w).copied().unwrap_or(0), *w));
            for &w in s.words.iter().filter(|&&w| Some(w) != last) {
                index.sharing.entry((s.time, w)).or_default().push(y);
            }
            index.last.push(last);
        }
        index
    }

    /// Puts in `named` and `sharing` the dates that may tell one event
    /// with date `x`: those whose words may name its event, or whose event
    /// its words name; and those of its time that may share two stems
    /// with it.
    fn partners<'i>(
        &'i self,
        said: &[Said],
        x: usize,
        named: &mut Lists<'i>,
        sharing: &mut Lists<'i>,
    ) {
        let s = &said[x];
        named.0.clear();
        match s.head {
            Some(h) => named.0.extend(self.around.get(&h).map(Vec::as_slice)),
            None => named.0.extend(
                s.words
                    .iter()
                    .filter_map(|w| self.naming.get(w))
                    .map(Vec::as_slice),
            ),
        }
        sharing.0.clear();
        if named.0.is_empty() {
            return;
        }
        sharing.0.extend(
            s.words
                .iter()
                .filter(|&&w| Some(w) != self.last[x])
                .filter_map(|&w| self.sharing.get(&(s.time, w)))
                .map(Vec::as_slice),
        );
    }
}

/// A hash map keyed by numbers this module gives: those of [`Names`] (with
/// a date's time, one of a few) and facts' places in their list. They
/// count up from zero and no text chooses them, so a multiply spreads them
/// enough, at a fraction of the cost of the default hash.
type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;

/// A map keyed by words or source ids: text from the sources, hashed with
/// foldhash, seeded at random as the standard hash is, at a fraction of
/// its cost for words of a few letters.
type TextMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// The hash of [`IdMap`]: each number mixed in by a multiply.
#[derive(Default)]
struct IdHasher(u64);

impl IdHasher {
    fn mix(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.mix(u64::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.mix(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.mix(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.mix(n as u64);
    }
}

/// Places of a day's dates, as sorted lists, read from the lowest place
/// up.
struct Lists<'i>(Vec<&'i [usize]>);

impl Lists<'_> {
    /// The first place at or after `y` in any list. Each list is cut to
    /// what lies at or after `y`, so `y` must not go down from call to
    /// call.
    fn at_least(&mut self, y: usize) -> Option<usize> {
        let mut first = None;
        for list in &mut self.0 {
            *list = &list[list.partition_point(|&p| p < y)..];
            if let Some(&p) = list.first() {
                first = Some(first.map_or(p, |f: usize| f.min(p)));
            }
        }
        first
    }
}

/// How many numbers two sorted lists share, counted up to [`SHARED`].
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                n += 1;
                if n == SHARED {
                    break;
                }
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// How many facts of each source each group holds, kept as facts move.
struct Sources<'f> {
    counts: Vec<Option<TextMap<&'f str, usize>>>,
}

impl<'f> Sources<'f> {
    fn new(groups: usize) -> Sources<'f> {
        Sources {
            counts: (0..groups).map(|_| None).collect(),
        }
    }

    /// Whether a fact may leave group `g` for another: when the group is
    /// not judged (a date of a reporting verb is never judged where it
    /// is), or holds facts of one source only.
    fn alone(&mut self, g: usize, facts: &'f [Fact], groups: &[Group]) -> bool {
        !groups[g].judged || self.of(g, facts, groups) == 1
    }

    /// How many sources group `g` holds facts of.
    fn of(&mut self, g: usize, facts: &'f [Fact], groups: &[Group]) -> usize {
        self.counts[g]
            .get_or_insert_with(|| {
                let mut counts = TextMap::default();
                for &i in groups[g].strong.iter().chain(&groups[g].weak) {
                    *counts
                        .entry(facts[i].provenance.source.as_str())
                        .or_insert(0) += 1;
                }
                counts
            })
            .len()
    }

    /// A fact of `source`, held `left` times by group `from`, moved from
    /// it to group `to`.
    fn moved(&mut self, source: &'f str, left: usize, from: usize, to: usize) {
        if let Some(counts) = &mut self.counts[from]
            && let Some(n) = counts.get_mut(source)
        {
            *n = n.saturating_sub(left);
            if *n == 0 {
                counts.remove(source);
            }
        }
        if let Some(counts) = &mut self.counts[to] {
            *counts.entry(source).or_insert(0) += 1;
        }
    }
}

/// Moves each full day whose group holds one source only into the group
/// of the same day in another source whose sentence shares content
/// words with it, as a weak member.
///
/// The pairs of a day's dates are taken in order, and each move changes
/// the groups the later pairs see. A pair is passed first on what costs
/// least to tell (one group, one source, no group a fact could move
/// between), then on its words, which each date reads once; and a date
/// whose group may only be joined asks only the dates that may leave
/// theirs. A day stated by hundreds of sources that agree takes time near
/// its number of dates, not of its pairs.
pub(super) fn join_days<'f>(
    facts: &'f [Fact],
    frames: &[Frame],
    groups: &mut [Group],
    ahead: Option<DayWords<'f>>,
) {
    // Each date fact's group, at a place of its own (`slot_of`): a fact
    // listed in two groups has the later one, as one entry per fact keeps.
    let mut slot_of: IdMap<usize, usize> = IdMap::default();
    let mut group_of: Vec<usize> = Vec::new();
    // Each day's dates, as fact and place, in the order of their groups.
    let mut by_day: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
    for (k, i) in full_days(facts, groups) {
        let slot = *slot_of.entry(i).or_insert_with(|| {
            group_of.push(k);
            group_of.len() - 1
        });
        group_of[slot] = k;
        by_day.entry(d_iso(&facts[i])).or_default().push((i, slot));
    }
    #[cfg(debug_assertions)]
    let expected = by_day.values().all(|d| d.len() <= CHECKED_DAY).then(|| {
        let mut expected = groups.to_vec();
        join_days_by_pairs(facts, frames, &mut expected);
        expected
    });
    // A group a fact can join: judged, and naming what it measures.
    let keyed: Vec<bool> = groups
        .iter()
        .map(|g| g.judged && !g.subject.is_empty())
        .collect();
    let mut sources = Sources::new(groups.len());
    // The words read ahead, numbered as they were read; a date they miss
    // (listed in two groups, or alone on its day but for that) is read
    // here with the same numbers.
    let DayWords { mut names, read } = ahead.unwrap_or_default();
    for day in by_day.values().filter(|d| d.len() > 1) {
        let said: Vec<Said> = day
            .iter()
            .map(|&(i, _)| {
                let f = &facts[i];
                let (source, words, run) = match read.of(i) {
                    Some(date) => (date.source, date.stems.to_vec(), date.run),
                    None => (
                        names.id(f.provenance.source.as_str()),
                        content_words(f, &mut names),
                        run_head(f).map(|h| names.id(h)),
                    ),
                };
                Said {
                    source,
                    time: frames[i].time,
                    words,
                    head: run.or_else(|| frame_head(&frames[i]).map(|h| names.id(h))),
                }
            })
            .collect();
        // The places of the dates whose group they may leave, and of those
        // whose group is keyed. No group becomes one a fact may leave while
        // the day is read (a group joined is judged and holds two sources
        // from then on), so the first set only loses places; a fact only
        // moves into a keyed group, so the second only gains them. A pair
        // moves a fact only if one of its dates is in each set.
        let mut leavers: BTreeSet<usize> = (0..day.len())
            .filter(|&y| sources.alone(group_of[day[y].1], facts, groups))
            .collect();
        let mut joinable: BTreeSet<usize> = (0..day.len())
            .filter(|&y| keyed[group_of[day[y].1]])
            .collect();
        let index = DayIndex::new(&said);
        let (mut named, mut sharing) = (Lists(Vec::new()), Lists(Vec::new()));
        for (x, &(a, slot_a)) in day.iter().enumerate() {
            // The dates whose words may tell this one's event: the only
            // ones a pair can move a fact with. The next place in both
            // lists and in the sets is found by taking each in turn.
            index.partners(&said, x, &mut named, &mut sharing);
            let mut y = x + 1;
            while let Some(p) = named.at_least(y) {
                y = p;
                let Some(p) = sharing.at_least(y) else {
                    break;
                };
                if p > y {
                    y = p;
                    continue;
                }
                let ga = group_of[slot_a];
                // The next date that may pair with this one, as its group
                // stands: one whose group it may join, if it may leave its
                // own; one that may leave its group, if this one's is keyed.
                let mut next = None;
                if sources.alone(ga, facts, groups) {
                    next = joinable.range(y..).next().copied();
                }
                if keyed[ga] {
                    // A place that may no longer leave its group never may
                    // again: it is dropped as it is met.
                    while let Some(p) = leavers.range(y..).next().copied() {
                        if next.is_some_and(|n| n < p) {
                            break;
                        }
                        if sources.alone(group_of[day[p].1], facts, groups) {
                            next = Some(p);
                            break;
                        }
                        leavers.remove(&p);
                    }
                }
                let Some(at) = next else {
                    break;
                };
                if at > y {
                    // Not a partner by its words: look again from there.
                    y = at;
                    continue;
                }
                let (b, slot_b) = day[at];
                let gb = group_of[slot_b];
                y = at + 1;
                if ga == gb || said[x].source == said[at].source {
                    continue;
                }
                // A fact joins the other's group when it may leave its
                // own, and the group joined is keyed.
                let ((moved, slot, place), from, to) =
                    if keyed[gb] && sources.alone(ga, facts, groups) {
                        ((a, slot_a, x), ga, gb)
                    } else if keyed[ga] && sources.alone(gb, facts, groups) {
                        ((b, slot_b, at), gb, ga)
                    } else {
                        continue;
                    };
                if !said[x].one_event(&said[at]) {
                    continue;
                }
                let g = &mut groups[from];
                let held = g.strong.len() + g.weak.len();
                g.strong.retain(|&i| i != moved);
                g.weak.retain(|&i| i != moved);
                let left = held - g.strong.len() - g.weak.len();
                groups[to].weak.push(moved);
                group_of[slot] = to;
                sources.moved(facts[moved].provenance.source.as_str(), left, from, to);
                joinable.insert(place);
            }
        }
    }
    #[cfg(debug_assertions)]
    if let Some(expected) = expected {
        debug_assert_eq!(
            groups,
            &expected[..],
            "the days joined differ from every pair's"
        );
    }
}

/// [`join_days`] as first written, the oracle every debug build checks it
/// against: every pair of a day's dates tested in full, in order.
#[cfg(debug_assertions)]
fn join_days_by_pairs(facts: &[Fact], frames: &[Frame], groups: &mut [Group]) {
    let mut group_of: BTreeMap<usize, usize> = BTreeMap::new();
    let mut by_day: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (k, i) in full_days(facts, groups) {
        group_of.insert(i, k);
        by_day.entry(d_iso(&facts[i])).or_default().push(i);
    }
    let sources = |g: &Group| -> BTreeSet<&str> {
        g.strong
            .iter()
            .chain(&g.weak)
            .map(|&i| facts[i].provenance.source.as_str())
            .collect()
    };
    for day in by_day.values().filter(|d| d.len() > 1) {
        let words: Vec<BTreeSet<String>> = day
            .iter()
            .map(|&i| whole_content_words(&facts[i]))
            .collect();
        let heads: Vec<Option<String>> = day.iter().map(|&i| head(&facts[i], &frames[i])).collect();
        // Each event named must be named around the other date too.
        let named_in = |h: &Option<String>, other: &BTreeSet<String>, oh: &Option<String>| {
            h.as_ref()
                .is_none_or(|h| other.contains(h) || oh.as_ref() == Some(h))
        };
        for (x, &a) in day.iter().enumerate() {
            for (y, &b) in day.iter().enumerate().skip(x + 1) {
                let (ga, gb) = (group_of[&a], group_of[&b]);
                if ga == gb
                    || facts[a].provenance.source == facts[b].provenance.source
                    || frames[a].time != frames[b].time
                    || words[x].intersection(&words[y]).nth(SHARED - 1).is_none()
                    || heads[x].is_none() && heads[y].is_none()
                    || !named_in(&heads[x], &words[y], &heads[y])
                    || !named_in(&heads[y], &words[x], &heads[x])
                {
                    continue;
                }
                // The fact joins the other's group when its own holds one
                // source only; the group joined must be judged and name
                // what it measures.
                let keyed = |g: usize| groups[g].judged && !groups[g].subject.is_empty();
                // (A date of a reporting verb is never judged where it is.)
                let alone = |g: usize| !groups[g].judged || sources(&groups[g]).len() == 1;
                let (moved, from, to) = if keyed(gb) && alone(ga) {
                    (a, ga, gb)
                } else if keyed(ga) && alone(gb) {
                    (b, gb, ga)
                } else {
                    continue;
                };
                let g = &mut groups[from];
                g.strong.retain(|&i| i != moved);
                g.weak.retain(|&i| i != moved);
                groups[to].weak.push(moved);
                group_of.insert(moved, to);
            }
        }
    }
}

/// The content words around a date as [`join_days_by_pairs`] reads them:
/// every word of the sentence lowercased, then the nearest taken.
#[cfg(debug_assertions)]
fn whole_content_words(f: &Fact) -> BTreeSet<String> {
    let p = &f.provenance;
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let before = p.before_quote().map(words).unwrap_or_default();
    let after = p.after_quote().map(words).unwrap_or_default();
    let before: Vec<&String> = before.iter().filter(|w| content(w)).collect();
    let skip = before.len().saturating_sub(REACH);
    before
        .into_iter()
        .skip(skip)
        .chain(after.iter().filter(|w| content(w)).take(REACH))
        .map(|w| stem(w))
        .collect()
}

/// The most dates of one day for which a debug build checks
/// [`join_days`] against [`join_days_by_pairs`], which takes time in the
/// square of their number.
#[cfg(debug_assertions)]
const CHECKED_DAY: usize = 600;

/// The facts of the date groups that state one whole day of a known year,
/// exactly (the dates that are joined), as (group, fact), in the order of
/// the groups and of their strong members, then weak ones.
fn full_days<'g>(
    facts: &'g [Fact],
    groups: &'g [Group],
) -> impl Iterator<Item = (usize, usize)> + 'g {
    groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.kind == Kind::Date)
        .flat_map(|(k, g)| g.strong.iter().chain(&g.weak).map(move |&i| (k, i)))
        .filter(move |&(_, i)| full(&facts[i]))
}

/// Whether a fact states one whole day of a known year, exactly: a date
/// [`join_days`] joins.
fn full(f: &Fact) -> bool {
    f.bound == Bound::Exact
        && f.value
            .as_date()
            .is_some_and(|d| d.is_calendar_day() && d.year.is_some())
}

/// A date's ISO form.
fn d_iso(f: &Fact) -> &str {
    f.value.as_date().map_or("", |d| d.iso.as_str())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// A date as the index reads it: its source, time (one of two), stems
    /// (from a small vocabulary, so that pairs share some) and event.
    fn said() -> impl Strategy<Value = Said> {
        (
            0u32..4,
            any::<bool>(),
            proptest::collection::btree_set(0u32..10, 0..7),
            proptest::option::of(0u32..12),
        )
            .prop_map(|(source, past, words, head)| Said {
                source,
                time: if past { Time::Past } else { Time::Current },
                words: words.into_iter().collect(),
                head,
            })
    }

    proptest! {
        /// Every pair that tells one event is found in both lists.
        #[test]
        fn the_lists_hold_every_pair_of_one_event(
            day in proptest::collection::vec(said(), 1..40)
        ) {
            let index = DayIndex::new(&day);
            let (mut named, mut sharing) = (Lists(Vec::new()), Lists(Vec::new()));
            for x in 0..day.len() {
                index.partners(&day, x, &mut named, &mut sharing);
                let mut found = Vec::new();
                let mut y = x + 1;
                while let (Some(a), Some(b)) = (named.at_least(y), sharing.at_least(y)) {
                    if a == b {
                        found.push(a);
                    }
                    y = a.max(b) + usize::from(a == b);
                }
                for (z, other) in day.iter().enumerate().skip(x + 1) {
                    if day[x].one_event(other) {
                        prop_assert!(found.contains(&z), "{x} and {z} missed");
                    }
                }
            }
        }
    }
}
