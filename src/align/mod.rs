//! Stage 5: group the facts that measure the same quantity.
//!
//! Each fact gets a [`Frame`]: what it measures, the role of a counted
//! group, the modifiers and places that define the group, what a rate is
//! per, whether it is a change, when it holds, the names around it and
//! who gives it. Facts are grouped by the slots that must agree for two
//! figures to be one quantity: kind, measured thing, role, rate, change,
//! time. A group is then split where the scopes of its members name
//! different groups ("British nationals", "German nationals").
//!
//! A fact whose measured thing cannot be told joins a group only as a
//! *weak* member, when it states the very same value as a member and
//! shares context with it: it can corroborate but never conflict.
//!
//! Grouping by key keeps alignment linear in the number of facts: a fact
//! is compared with at most [`SAMPLE`] members of a group, never with all
//! of them.
//!
//! Alignment also lists *possible* matches, pairs of groups (or a fact of
//! unknown subject and a group) that may be one quantity but whose frames
//! do not agree in full: one figure's role is not stated, or what it
//! measures is not. The judging stage reports their disagreements apart,
//! as possible conflicts, with the reason for the doubt.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::fact::{Fact, SharedStr};
use crate::parallel;
use crate::quantity::{self, Bound, Change, Interval, Kind, Role, Unit, Value};

mod attach;
mod dateline;
mod days;
mod frame;
mod groups;
mod market;
mod measure;
mod measured;
mod money;
mod name;
mod past;
mod places;
mod qualified;
mod set;
pub mod synonyms;
mod time;
mod words;

pub use frame::{Frame, Slot, frame};
pub(crate) use measured::measured_of;
pub(crate) use places::sentences;
pub use set::{Set, Which};
pub use synonyms::{SynonymClass, Synonyms};
pub use time::Time;
pub(crate) use time::told_as_revised;

/// How many members of a group a fact is compared with when it asks to
/// join: enough to find shared context, few enough to keep alignment
/// linear in the number of facts.
pub const SAMPLE: usize = 16;

/// How many groups under one relaxed key are paired as possible matches.
const FAN_OUT: usize = 8;

/// A group of facts about one quantity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The kind of every fact in it.
    pub kind: Kind,
    /// What the group measures (see [`Frame::measured`]); empty when the
    /// group holds facts of unknown subject.
    pub subject: String,
    /// The role every strong member's count plays, when stated.
    pub role: Option<Role>,
    /// What every strong member is per, for rates.
    pub per: Option<String>,
    /// The direction of every strong member, for changes.
    pub change: Option<Change>,
    /// When the strong members hold.
    pub time: Time,
    /// Facts whose frames match the group's, as indices into the fact
    /// list.
    pub strong: Vec<usize>,
    /// Facts of unknown subject that state a value some strong member
    /// states: they can corroborate, never conflict.
    pub weak: Vec<usize>,
    /// Whether the group's values are judged (see [`Frame::judged`]).
    pub judged: bool,
}

/// Why two groups may be one quantity without their frames agreeing in
/// full.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Doubt {
    /// One figure's role is not stated: "15 people" against "12 killed".
    RoleUnstated,
    /// What one figure measures is not stated.
    SubjectUnstated,
    /// Counts of one noun with no role and nothing else in common nearby.
    LittleInCommon,
    /// The names near the figures point at different things.
    NamesDiffer,
    /// One figure's group is named more narrowly ("US troops" against
    /// "troops", "in Utøya" against the total): it may count a part.
    Scope,
    /// The frames agree on every slot of the key but share little else.
    WeakMatch,
    /// Changes ("ten more victims", "16 new cases") told by reports not
    /// known to be of one day: each day's change is its own.
    DaysDiffer,
}

impl Doubt {
    /// The snake-case name used in reports.
    pub fn as_str(&self) -> &'static str {
        match self {
            Doubt::RoleUnstated => "role_unstated",
            Doubt::SubjectUnstated => "subject_unstated",
            Doubt::LittleInCommon => "little_in_common",
            Doubt::Scope => "scope",
            Doubt::NamesDiffer => "names_differ",
            Doubt::WeakMatch => "weak_match",
            Doubt::DaysDiffer => "days_differ",
        }
    }
}

/// Two groups that may be one quantity, and why that is in doubt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Possible {
    /// The group whose frame says more.
    pub a: usize,
    /// The group whose frame leaves a slot unstated.
    pub b: usize,
    /// What is in doubt.
    pub doubt: Doubt,
}

/// The result of alignment: a frame per fact, the groups, and the possible
/// matches between groups.
#[derive(Clone, Debug, Default)]
pub struct Alignment {
    /// One frame per fact, in fact order.
    pub frames: Vec<Frame>,
    /// The groups, sorted by kind and subject.
    pub groups: Vec<Group>,
    /// Pairs of groups that may be one quantity.
    pub possible: Vec<Possible>,
    /// For each fact, the group it was aligned into.
    grouped: Vec<Option<usize>>,
}

impl Alignment {
    /// What fact `i` is about, as a label for reports: the subject of the
    /// group it was aligned into, else its own measured thing; empty when
    /// nothing tells.
    pub fn subject<'a>(&'a self, _facts: &'a [Fact], i: usize) -> &'a str {
        if let Some(g) = self.grouped.get(i).copied().flatten()
            && !self.groups[g].subject.is_empty()
        {
            return &self.groups[g].subject;
        }
        self.frames.get(i).map_or("", Frame::label)
    }

    /// What each of the `facts` aligned here is about, as
    /// [`Alignment::subject`] tells it, in order: the facts of a group
    /// share one string, and every fact whose subject is empty another.
    pub fn subjects(&self, facts: &[Fact]) -> Vec<SharedStr> {
        let empty = SharedStr::default();
        // Each group's subject, made when its first fact asks.
        let mut of_group: Vec<Option<SharedStr>> = vec![None; self.groups.len()];
        let mut out = Vec::with_capacity(facts.len());
        for i in 0..facts.len() {
            let text = self.subject(facts, i);
            // The group's own subject, rather than a frame's label.
            let group = self
                .grouped
                .get(i)
                .copied()
                .flatten()
                .filter(|&g| std::ptr::eq(text, self.groups[g].subject.as_str()));
            out.push(match group {
                _ if text.is_empty() => empty.clone(),
                Some(g) => of_group[g]
                    .get_or_insert_with(|| SharedStr::from(text))
                    .clone(),
                None => SharedStr::from(text),
            });
        }
        out
    }
}

/// The slots that must agree for two facts to be one quantity.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Key<'f> {
    kind: Kind,
    measured: &'f str,
    role: Option<Role>,
    per: Option<&'f str>,
    change: Option<Change>,
    time: Time,
    judged: bool,
}

impl<'f> Key<'f> {
    /// The key of a fact, borrowed from its frame.
    fn of(f: &Fact, fr: &'f Frame) -> Key<'f> {
        Key {
            kind: f.kind,
            measured: &fr.measured,
            role: fr.role,
            per: fr.per(),
            change: fr.change,
            time: fr.time,
            judged: fr.judged,
        }
    }

    /// The key with the slots a possible match may leave unstated.
    fn relaxed(&self) -> (Kind, &str, Option<&str>, Option<Change>, Time) {
        (self.kind, self.measured, self.per, self.change, self.time)
    }
}

/// Below this many facts a thread, framing them costs less than starting
/// the thread: a frame takes about 20,000 instructions, a thread about 7
/// million.
const FACTS_PER_THREAD: usize = 2048;

/// How many facts a run framed on one thread holds, when several share
/// the framing (see [`frames`]).
const FRAMING_RUN: usize = 1024;

/// Fills `frames` with the frames of `facts`, one for one, in order.
fn frames_into(facts: &[Fact], synonyms: &Synonyms, frames: &mut [Frame]) {
    // Facts of one sentence follow one another: whether it is a headline
    // is read once for them all, if any asks.
    let mut headline = frame::Headline::new("");
    // One string holds the lowercase copies of each fact's words in turn.
    let mut buffers = words::Buffers::default();
    for (f, out) in facts.iter().zip(frames.iter_mut()) {
        let sentence: &str = &f.provenance.sentence;
        // Facts of one sentence share its text: the same bytes, known the
        // same without reading them.
        if !std::ptr::eq(headline.sentence, sentence) && headline.sentence != sentence {
            headline = frame::Headline::new(sentence);
        }
        // Frames live as long as the alignment: their sets keep no spare
        // room.
        *out = frame::frame_in(f, synonyms, &mut headline, &mut buffers);
    }
    // The run's frames share the blocks of their sets' words.
    buffers.sets.seal(frames.iter_mut().map(|f| &mut f.sets));
}

/// Groups facts about the same quantity. `published` gives each source
/// id's publication date, where known: a figure next to a date of an
/// earlier year ("killed 6 people in 2021") is a figure of the past.
pub fn align(
    facts: &[Fact],
    synonyms: &Synonyms,
    published: &BTreeMap<String, NaiveDate>,
    threads: usize,
) -> Alignment {
    align_framed(facts, frames(facts, synonyms, threads), published, threads)
}

/// The frame of each fact, in order, as read from its own words and
/// sentence alone: what [`align`] starts from. No fact's frame depends on
/// another fact, so the frames of a list of facts followed by more are
/// those of the list followed by those of the rest.
pub fn frames(facts: &[Fact], synonyms: &Synonyms, threads: usize) -> Vec<Frame> {
    // Runs of facts are framed on several threads when there are enough
    // of them, and joined in order.
    let framing = threads.min(facts.len() / FACTS_PER_THREAD).max(1);
    // Each run fills its part of one buffer, so the frames are never held
    // twice, as they would be joined from a list per run.
    let mut frames: Vec<Frame> = Vec::new();
    frames.resize_with(facts.len(), Frame::default);
    // On several threads, the runs are shorter than a thread's share, and
    // each thread takes the next run as it finishes the last: some facts
    // cost more to frame than others, and a share cut once left one
    // thread waiting for the other.
    let run = if framing > 1 {
        FRAMING_RUN
    } else {
        facts.len().max(1)
    };
    let mut runs: Vec<(&[Fact], &mut [Frame])> =
        facts.chunks(run).zip(frames.chunks_mut(run)).collect();
    parallel::for_each_mut(&mut runs, framing, |(facts, frames)| {
        frames_into(facts, synonyms, frames);
    });
    frames
}

/// [`align`] of facts whose [`frames`] are read already: `frames` holds
/// one for each fact, in order.
pub fn align_framed(
    facts: &[Fact],
    frames: Vec<Frame>,
    published: &BTreeMap<String, NaiveDate>,
    threads: usize,
) -> Alignment {
    let ahead = threads > 1 && facts.len() >= FACTS_PER_THREAD;
    align_framed_reading(facts, frames, published, threads, ahead)
}

/// [`align_framed`], reading the words around dates ahead on a second
/// thread when `ahead` is set. Joining the days of dates reads them last,
/// on the calling thread, after the groups are made; they depend on the
/// facts alone, so a second thread reads them from the start, while the
/// calling thread dates past figures, buckets, splits and attaches, steps
/// that leave it alone or nearly so.
fn align_framed_reading(
    facts: &[Fact],
    frames: Vec<Frame>,
    published: &BTreeMap<String, NaiveDate>,
    threads: usize,
    ahead: bool,
) -> Alignment {
    if !ahead {
        return align_framed_with(facts, frames, published, threads, || None);
    }
    std::thread::scope(|scope| {
        let reading = scope.spawn(|| days::read_words(facts));
        align_framed_with(facts, frames, published, threads, || match reading.join() {
            Ok(words) => Some(words),
            Err(panic) => std::panic::resume_unwind(panic),
        })
    })
}

/// [`align_framed`], with the words around dates read ahead, if they were,
/// from `ahead`.
fn align_framed_with<'f>(
    facts: &'f [Fact],
    mut frames: Vec<Frame>,
    published: &BTreeMap<String, NaiveDate>,
    threads: usize,
    ahead: impl FnOnce() -> Option<days::DayWords<'f>>,
) -> Alignment {
    debug_assert_eq!(frames.len(), facts.len(), "one frame for each fact");
    past::date_past_figures(facts, &mut frames, published);
    let reports = places::reports(facts);
    places::story_places(facts, &reports, &mut frames);
    places::listed_places(facts, &mut frames);
    places::restated_places(facts, &reports, &mut frames);
    places::parts_by_place(&reports, &mut frames);
    qualified::contrasted_kinds(facts, &mut frames);
    qualified::price_bases(facts, &mut frames);
    // Keyed buckets, then split where names clash.
    let mut buckets: BTreeMap<Key<'_>, Vec<usize>> = BTreeMap::new();
    let mut unknown: BTreeMap<(Kind, ValueKey<'_>), Vec<usize>> = BTreeMap::new();
    for (i, (f, fr)) in facts.iter().zip(&frames).enumerate() {
        if fr.measured.is_empty() {
            unknown.entry((f.kind, value_key(f))).or_default().push(i);
        } else {
            buckets.entry(Key::of(f, fr)).or_default().push(i);
        }
    }
    // Each bucket is split on its own, so the buckets are split on several
    // threads when they hold enough facts, and their parts joined in order.
    let buckets: Vec<(Key<'_>, Vec<usize>)> = buckets.into_iter().collect();
    let splitting = threads.min(facts.len() / FACTS_PER_THREAD).max(1);
    let parts = parallel::map_in_order(&buckets, splitting, |(_, members)| {
        split_by_scope(facts, members, &frames)
    });
    let mut groups: Vec<Group> = Vec::new();
    let mut keys: Vec<Key<'_>> = Vec::new();
    for ((key, _), parts) in buckets.into_iter().zip(parts) {
        for part in parts {
            keys.push(key.clone());
            groups.push(Group {
                kind: key.kind,
                subject: key.measured.to_string(),
                role: key.role,
                per: key.per.map(str::to_string),
                change: key.change,
                time: key.time,
                strong: part,
                weak: Vec::new(),
                judged: key.judged,
            });
        }
    }
    let mut possible = possible_by_role(&keys);
    join_unstated(facts, &keys, &mut groups);

    // Facts of unknown subject, and figures named only by a word next to
    // one source's figures, join the group of a figure they agree with.
    let unknown_facts: Vec<usize> = unknown.into_values().flatten().collect();
    let apart = attach::attach(facts, &frames, &mut groups, unknown_facts, threads);
    let mut unknown: BTreeMap<(Kind, ValueKey<'_>), Vec<usize>> = BTreeMap::new();
    for i in apart {
        unknown
            .entry((facts[i].kind, value_key(&facts[i])))
            .or_default()
            .push(i);
    }
    let mut unknown_groups = Vec::new();
    for ((kind, _), apart) in unknown {
        unknown_groups.push(Group {
            kind,
            subject: String::new(),
            role: None,
            per: None,
            change: None,
            time: Time::Current,
            strong: Vec::new(),
            weak: apart,
            judged: true,
        });
    }
    let keyed = groups.len();
    groups.extend(unknown_groups);
    days::join_days(facts, &frames, &mut groups, ahead());
    possible.extend(possible_by_context(facts, &frames, &groups, keyed));
    for g in &mut groups {
        g.weak.sort_unstable();
    }
    let mut grouped = vec![None; facts.len()];
    for (k, g) in groups.iter().enumerate() {
        for &i in g.strong.iter().chain(&g.weak) {
            grouped[i] = Some(k);
        }
    }
    Alignment {
        frames,
        groups,
        possible,
        grouped,
    }
}

/// Splits the members of one keyed bucket where their scopes name
/// different groups ("British nationals", "German nationals"): each fact
/// joins the first part none of whose first members it clashes with. A
/// scope inside another ("troops", "US troops") is no clash: the judging
/// stage keeps such figures from conflicting. But a figure of no place
/// that its report sets beside another figure for a place ("41 people
/// were killed", "of these, 34 were in Karsk") is the whole of which the
/// place's is a part: it clashes with every figure for a place.
fn split_by_scope(facts: &[Fact], members: &[usize], frames: &[Frame]) -> Vec<Vec<usize>> {
    let wholes = places::wholes(facts, members, frames);
    // "Two other men": the rest of a group counts people apart from
    // those a figure of the group counts, not a part of them. Few
    // buckets hold one.
    let rests: BTreeSet<usize> = members
        .iter()
        .copied()
        .filter(|&m| frames[m].modifiers().iter().any(|w| w == frame::REST))
        .collect();
    let clash = |m: usize, o: usize| {
        !rests.is_empty() && rests.contains(&m) != rests.contains(&o)
            || scopes_clash(&frames[m], &frames[o])
            || !wholes.is_empty()
                && (wholes.contains(&m) && !frames[o].places().is_empty()
                    || wholes.contains(&o) && !frames[m].places().is_empty())
    };
    let mut parts: Vec<Vec<usize>> = Vec::new();
    for &m in members {
        let slot = parts
            .iter_mut()
            .find(|part| part.iter().take(SAMPLE).all(|&o| !clash(m, o)));
        match slot {
            Some(part) => part.push(m),
            None => parts.push(vec![m]),
        }
    }
    parts
}

/// Whether the names around facts `a` and `b` point at different things:
/// both have names, they share none, and neither's names occur anywhere in
/// the other's sentence (the first word of a sentence is not taken for a
/// name, but it may be one).
pub fn names_clash(facts: &[Fact], frames: &[Frame], a: usize, b: usize) -> bool {
    let (fa, fb) = (&frames[a], &frames[b]);
    if !fa.names_differ(fb) {
        return false;
    }
    let named_in = |names: &Set<'_>, i: usize| {
        let sentence = facts[i].provenance.sentence.to_lowercase();
        names.iter().any(|n| sentence.contains(n))
    };
    !named_in(&fa.entities(), b) && !named_in(&fb.entities(), a)
}

/// The group modifiers and places of a frame, as one set: "british",
/// "on board", "in utøya".
pub fn scope(f: &Frame) -> BTreeSet<String> {
    f.modifiers()
        .iter()
        .map(str::to_string)
        .chain(f.places().iter().map(|p| format!("in {p}")))
        .collect()
}

/// Whether two frames' scopes name different groups: both have one, and
/// neither holds the other.
fn scopes_clash(a: &Frame, b: &Frame) -> bool {
    if a.modifiers().is_empty() && a.places().is_empty()
        || b.modifiers().is_empty() && b.places().is_empty()
    {
        return false;
    }
    let within = |x: &Frame, y: &Frame| {
        x.modifiers().is_subset(&y.modifiers()) && x.places().is_subset(&y.places())
    };
    !within(a, b) && !within(b, a)
}

/// Facts whose frame leaves a count's role or a rate's unit unstated
/// ("15 people", "$14.99") join, as weak members, the group whose frame
/// states it when a member there states the very same value ("15 killed",
/// "$14.99 a month"): they can corroborate it, never conflict with it.
fn join_unstated(facts: &[Fact], keys: &[Key<'_>], groups: &mut [Group]) {
    type Relaxed<'k> = (Kind, &'k str, Option<Change>, Time);
    let mut stated: BTreeMap<(Relaxed<'_>, ValueKey<'_>), usize> = BTreeMap::new();
    for (k, key) in keys.iter().enumerate() {
        if key.role.is_none() && key.per.is_none() {
            continue;
        }
        for &i in &groups[k].strong {
            stated
                .entry((
                    (key.kind, key.measured, key.change, key.time),
                    value_key(&facts[i]),
                ))
                .or_insert(k);
        }
    }
    // The relaxed keys some figure states: a group whose own is none of
    // them keeps its members without a look at each one. Few figures
    // state a role or a rate, and most groups are passed over whole.
    let stating: BTreeSet<Relaxed<'_>> = stated.keys().map(|&(relaxed, _)| relaxed).collect();
    for (k, key) in keys.iter().enumerate() {
        if !(key.role.is_none() || key.per.is_none()) || !key.judged {
            continue;
        }
        let relaxed = (key.kind, key.measured, key.change, key.time);
        // An amount with no "a share" may be the price the rate states,
        // whatever word names it ("the $48.75 offer").
        let as_price = (key.kind, "price", key.change, key.time);
        let priced = key.kind == Kind::Money && key.per.is_none();
        let may_state = stating.contains(&relaxed) || priced && stating.contains(&as_price);
        if !may_state {
            continue;
        }
        let members = std::mem::take(&mut groups[k].strong);
        for i in members {
            let vk = value_key(&facts[i]);
            let target = stated
                .get(&(relaxed, vk))
                .or_else(|| priced.then(|| stated.get(&(as_price, vk))).flatten());
            match target {
                Some(&t) if t != k => groups[t].weak.push(i),
                _ => groups[k].strong.push(i),
            }
        }
    }
}

/// Pairs of keyed groups that differ only in that one states a count's
/// role and the other does not: "15 people" against "12 killed".
fn possible_by_role(keys: &[Key<'_>]) -> Vec<Possible> {
    let mut by_relaxed: BTreeMap<_, Vec<usize>> = BTreeMap::new();
    for (k, key) in keys.iter().enumerate() {
        if key.kind == Kind::Count && key.judged && key.time == Time::Current {
            by_relaxed.entry(key.relaxed()).or_default().push(k);
        }
    }
    let mut out = Vec::new();
    for groups in by_relaxed.values() {
        let (stated, unstated): (Vec<usize>, Vec<usize>) =
            groups.iter().partition(|&&g| keys[g].role.is_some());
        for &b in unstated.iter().take(FAN_OUT) {
            for &a in stated.iter().take(FAN_OUT) {
                out.push(Possible {
                    a,
                    b,
                    doubt: Doubt::RoleUnstated,
                });
            }
        }
    }
    out
}

/// Groups of facts of unknown subject paired with the keyed group whose
/// members share context with them: a figure whose sentence names no
/// subject word may still be the same payment ("handed the attackers $3.2
/// million" against "paid close to $3.5 million").
fn possible_by_context(
    facts: &[Fact],
    frames: &[Frame],
    groups: &[Group],
    keyed: usize,
) -> Vec<Possible> {
    // Keyed groups indexed by the names and concepts of their first
    // members, so each unknown fact looks at a few groups only.
    let mut index: BTreeMap<(Kind, &str), Vec<usize>> = BTreeMap::new();
    for (k, g) in groups[..keyed].iter().enumerate() {
        if !g.judged || g.time != Time::Current || g.kind == Kind::Date {
            continue;
        }
        let mut seen = BTreeSet::new();
        for &i in g.strong.iter().take(SAMPLE) {
            for e in frames[i]
                .entities()
                .iter()
                .chain(frames[i].concepts().iter())
            {
                if seen.insert(e) {
                    let list = index.entry((g.kind, e)).or_default();
                    if list.len() < FAN_OUT {
                        list.push(k);
                    }
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    for (u, g) in groups.iter().enumerate().skip(keyed) {
        for &i in g.weak.iter().take(SAMPLE) {
            let fr = &frames[i];
            if fr.time != Time::Current || facts[i].kind == Kind::Date {
                continue;
            }
            let candidates: BTreeSet<usize> = fr
                .entities()
                .iter()
                .chain(fr.concepts().iter())
                .filter_map(|e| index.get(&(facts[i].kind, e)))
                .flatten()
                .copied()
                .collect();
            for k in candidates.into_iter().take(FAN_OUT) {
                let shared = groups[k].strong.iter().take(SAMPLE).any(|&s| {
                    fr.shares_context(&frames[s])
                        && (fr
                            .entities()
                            .intersection(&frames[s].entities())
                            .next()
                            .is_some()
                            || fr
                                .concepts()
                                .intersection(&frames[s].concepts())
                                .next()
                                .is_some())
                        && !names_clash(facts, frames, i, s)
                });
                if shared {
                    out.insert((k, u));
                }
            }
        }
    }
    out.into_iter()
        .map(|(a, b)| Possible {
            a,
            b,
            doubt: Doubt::SubjectUnstated,
        })
        .collect()
}

/// A key that is equal for facts stating the same value in the same unit,
/// with the same bound and interval. Cheap to build and to compare.
pub fn value_key(f: &Fact) -> ValueKey<'_> {
    ValueKey {
        value: &f.value,
        unit: &f.unit,
        bound: f.bound,
        interval: f.interval,
    }
}

/// See [`value_key`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ValueKey<'f> {
    value: &'f Value,
    unit: &'f Unit,
    bound: Bound,
    interval: Interval,
}

/// The order the fields would have derived, in turn, with numbers
/// compared by [`quantity::order`]: buckets of facts are keyed by it.
impl Ord for ValueKey<'_> {
    fn cmp(&self, other: &ValueKey<'_>) -> Ordering {
        let value = match (self.value, other.value) {
            (Value::Number(a), Value::Number(b)) => quantity::order(a, b),
            (a, b) => a.cmp(b),
        };
        value
            .then_with(|| self.unit.cmp(other.unit))
            .then_with(|| self.bound.cmp(&other.bound))
            .then_with(|| quantity::interval_order(&self.interval, &other.interval))
    }
}

impl PartialOrd for ValueKey<'_> {
    fn partial_cmp(&self, other: &ValueKey<'_>) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests;
