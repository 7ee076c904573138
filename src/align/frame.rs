//! A quantity frame per fact: what the figure measures, read from its own
//! fact and the words around it.
//!
//! Two figures are one quantity only when their frames agree: the same
//! measured thing (a counted noun or its synonym, an attribute such as
//! "IPO" or "fine", an event such as "takes effect"), the same role ("9
//! dead" is not "31 injured"), the same group modifiers ("British
//! nationals" are not "German nationals"), the same rate ("$48.75 a share"
//! is no deal value), change or level ("fell $3.15" is no price), and the
//! same time ("the previous record of 41" is not this year's figure).
//! Every slot keeps the words it was read from, so a report can show why
//! two figures were lined up.

use serde::Serialize;

use crate::fact::Fact;
use crate::lexicon;
use crate::quantity::{Change, Kind, Role};

use super::measured::{self, Nearest, classes_at, money_nearer, set_nearest, singular_of};
use super::money::{label_modifiers, money_phrase, terms_modifiers};
use super::name::Name;
use super::set::{Set, Sets, Which};
use super::synonyms::Synonyms;
use super::time::{Time, time_of};
use super::words::{AFTER, Buffers, Word, all_letters, is_stop, normal, starts_upper, text};
use headline::title_case;

/// How many words before a quote are searched for a subject.
pub(super) const WINDOW: usize = 10;

/// How many words after a quote are searched for a subject: what follows
/// a number names it only when close ("62% turnout", "33% owned by").
pub(super) const WINDOW_AFTER: usize = 4;

/// A slot of a frame, for the evidence a report shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Slot {
    /// What is measured: the counted noun, attribute or event.
    Measured,
    /// A count's role.
    Role,
    /// A modifier that defines the counted group.
    Modifier,
    /// A place the figure is scoped to.
    Place,
    /// What a rate is per.
    Per,
    /// A change's direction.
    Change,
    /// The time the figure holds for.
    Time,
    /// A name near the figure.
    Entity,
    /// Who is said to give the figure.
    Attribution,
}

impl Slot {
    /// The lowercase name used in reports.
    pub fn as_str(&self) -> &'static str {
        match self {
            Slot::Measured => "measured",
            Slot::Role => "role",
            Slot::Modifier => "modifier",
            Slot::Place => "place",
            Slot::Per => "per",
            Slot::Change => "change",
            Slot::Time => "time",
            Slot::Entity => "entity",
            Slot::Attribution => "attribution",
        }
    }
}

/// What alignment knows about one fact.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Frame {
    /// What is measured: a synonym-class name, a counted noun, an
    /// attribute noun; empty when it cannot be told.
    pub measured: Name,
    /// The word the measured thing was read from.
    pub measured_by: Name,
    /// Whether the measured thing is a synonym class (a counted noun in a
    /// class of nouns, an attribute or event named by a class word) rather
    /// than a bare noun or a word next to the figure.
    pub classed: bool,
    /// A count's role: "9 dead" counts the killed.
    pub role: Option<Role>,
    /// The frame's sets of words: see [`Frame::modifiers`],
    /// [`Frame::places`], [`Frame::entities`], [`Frame::concepts`] and
    /// [`Frame::words`].
    pub sets: Sets,
    /// A change's direction.
    pub change: Option<Change>,
    /// When the figure holds.
    pub time: Time,
    /// The slots few frames fill: see [`Frame::per`], [`Frame::time_by`]
    /// and [`Frame::attribution`].
    pub rare: Option<Box<Rare>>,
    /// Whether the fact is judged at all: a date that says when something
    /// was reported ("said on Monday") belongs to each source's own
    /// telling, not to the event.
    pub judged: bool,
}

/// The slots of a frame that few frames fill, held apart so that a frame
/// that fills none spends a pointer on them rather than three strings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rare {
    /// What a rate is per.
    pub per: Option<String>,
    /// The words the time was read from.
    pub time_by: String,
    /// Who gives the figure ("police", "the union"), when the sentence
    /// says so.
    pub attribution: Option<String>,
}

impl Frame {
    /// What a rate is per.
    pub fn per(&self) -> Option<&str> {
        self.rare.as_ref()?.per.as_deref()
    }

    /// The words the time was read from; empty when none.
    pub fn time_by(&self) -> &str {
        self.rare.as_ref().map_or("", |r| &r.time_by)
    }

    /// Who gives the figure ("police", "the union"), when the sentence
    /// says so.
    pub fn attribution(&self) -> Option<&str> {
        self.rare.as_ref()?.attribution.as_deref()
    }

    /// The rare slots, to fill.
    pub fn rare_mut(&mut self) -> &mut Rare {
        self.rare.get_or_insert_default()
    }

    /// Modifiers that define a counted group, lowercase: "british" in
    /// "seven British nationals", "us" in "US troops".
    pub fn modifiers(&self) -> Set<'_> {
        self.sets.get(Which::Modifiers)
    }

    /// Whether a modifier names the figure a part of a whole told apart
    /// from it: "part of the dead" ("35 of the dead"), "in amatrice
    /// alone".
    pub fn is_part(&self) -> bool {
        self.modifiers()
            .iter()
            .any(|m| m.starts_with("part of ") || m.ends_with(" alone"))
    }

    /// Places the figure is scoped to, lowercase: "68 were in Utøya".
    pub fn places(&self) -> Set<'_> {
        self.sets.get(Which::Places)
    }

    /// Proper names near the fact, lowercase, possessives removed.
    pub fn entities(&self) -> Set<'_> {
        self.sets.get(Which::Entities)
    }

    /// Every context class named near the fact.
    pub fn concepts(&self) -> Set<'_> {
        self.sets.get(Which::Concepts)
    }

    /// Content words near the fact, lowercase and singular.
    pub fn words(&self) -> Set<'_> {
        self.sets.get(Which::Words)
    }

    /// The fact's subject as a label for reports: what it measures; empty
    /// when nothing tells.
    pub fn label(&self) -> &str {
        &self.measured
    }

    /// Whether two frames' contexts share a concept or a content word.
    pub fn agrees_with(&self, other: &Frame) -> bool {
        self.concepts()
            .intersection(&other.concepts())
            .next()
            .is_some()
            || self.words().intersection(&other.words()).next().is_some()
    }

    /// Whether two frames' contexts share a concept or at least two
    /// content words: the evidence a fact of unknown subject needs to join
    /// another.
    pub fn shares_context(&self, other: &Frame) -> bool {
        self.concepts()
            .intersection(&other.concepts())
            .next()
            .is_some()
            || self.words().intersection(&other.words()).nth(1).is_some()
    }

    /// Whether the names around two frames point at different things: both
    /// have names and share none.
    pub fn names_differ(&self, other: &Frame) -> bool {
        !self.entities().is_empty()
            && !other.entities().is_empty()
            && self.entities().is_disjoint(&other.entities())
    }

    /// The slots whose words are shown as evidence, with those words.
    pub fn evidence(&self) -> Vec<(Slot, String)> {
        let mut out = Vec::new();
        if !self.measured.is_empty() {
            let by = if self.measured_by.is_empty() {
                &self.measured
            } else {
                &self.measured_by
            };
            out.push((Slot::Measured, by.to_string()));
        }
        if let Some(r) = self.role {
            out.push((Slot::Role, r.as_str().to_string()));
        }
        out.extend(
            self.modifiers()
                .iter()
                .map(|m| (Slot::Modifier, m.to_string())),
        );
        out.extend(self.places().iter().map(|p| (Slot::Place, p.to_string())));
        if let Some(p) = self.per() {
            out.push((Slot::Per, p.to_string()));
        }
        if let Some(c) = self.change {
            out.push((Slot::Change, c.as_str().to_string()));
        }
        if self.time != Time::Current {
            out.push((Slot::Time, self.time_by().to_string()));
        }
        if let Some(a) = self.attribution() {
            out.push((Slot::Attribution, a.to_string()));
        }
        out
    }
}

/// Words that introduce who gives a figure.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "reported",
    "reports",
    "announced",
    "confirmed",
    "claimed",
    "claims",
    "estimated",
    "estimates",
];

/// Demonyms and scope words that define a counted group when they modify
/// its noun: "US troops", "British nationals", "foreign workers".
const GROUP_WORDS: &[&str] = &[
    "direct",
    "indirect",
    "permanent",
    "temporary",
    "seasonal",
    "contract",
    "foreign",
    "local",
    "domestic",
    "international",
    "overseas",
    "civilian",
    "military",
    "adult",
    "child",
    "elderly",
    "male",
    "female",
    "other",
];

/// Nouns of a tally that grows day by day, whose "new" ones are the
/// day's addition: "four new cases", "11 new infections".
const TALLY_NOUNS: &[&str] = &[
    "case",
    "infection",
    "death",
    "fatality",
    "patient",
    "hospitalisation",
    "hospitalization",
    "admission",
    "body",
    "victim",
    "casualty",
];

/// The modifier of a count of the rest of a group ("two other men"):
/// it is never one quantity with a count of the group (see
/// [`super::scope`]).
pub(crate) const REST: &str = "other of a group";

/// Words right before a count that make it a part of a larger group or an
/// addition to it: "its other three ferries", "another 18", "a further
/// 12".
const PART_WORDS: &[&str] = &[
    "other",
    "another",
    "additional",
    "further",
    "remaining",
    "more",
    "extra",
];

/// Computes a fact's frame.
pub fn frame(fact: &Fact, synonyms: &Synonyms) -> Frame {
    let mut buffers = Buffers::default();
    let mut f = frame_in(
        fact,
        synonyms,
        &mut Headline::new(&fact.provenance.sentence),
        &mut buffers,
    );
    buffers.sets.seal([&mut f.sets]);
    f
}

/// Whether a sentence is a headline (see [`title_case`]), read the first
/// time a frame asks: only a capitalized word needs to know, and facts of
/// one sentence share the answer.
pub(super) struct Headline<'s> {
    /// The sentence.
    pub(super) sentence: &'s str,
    /// Whether it is set in title case, once read.
    known: Option<bool>,
}

impl<'s> Headline<'s> {
    /// A sentence not read yet.
    pub(super) fn new(sentence: &'s str) -> Headline<'s> {
        Headline {
            sentence,
            known: None,
        }
    }

    /// Whether the sentence is a headline.
    fn is(&mut self) -> bool {
        *self.known.get_or_insert_with(|| title_case(self.sentence))
    }
}

/// Computes a fact's frame, with whether its sentence is a headline.
pub(super) fn frame_in(
    fact: &Fact,
    synonyms: &Synonyms,
    headline: &mut Headline<'_>,
    buffers: &mut Buffers,
) -> Frame {
    // The sets are gathered in the room the buffers keep, and copied out
    // at the end.
    let mut sets = std::mem::take(&mut buffers.sets);
    let mut f = Frame {
        judged: true,
        role: fact.role.or_else(|| super::groups::order_role(fact)),
        change: fact.change,
        ..Frame::default()
    };
    if let Some(per) = &fact.per {
        f.rare_mut().per = Some(per.clone());
    }
    let s = &fact.context;
    let counted = fact.unit.counted();
    let mut nearest: Nearest = None;
    // The first word of the sentence is capitalized whatever it is, and a
    // headline capitalizes every word: neither makes a name.
    let sentence_start = (s.before.len() < 12).then(|| s.before.len().saturating_sub(1));
    let normalized = buffers.fill_upto(fact, WINDOW);
    let (norm_before, far_after) = normalized.words();
    let norm_after = &far_after[..far_after.len().min(AFTER)];
    for (words, raw_words, before) in [(norm_before, &s.before, true), (far_after, &s.after, false)]
    {
        for (d, w) in words.iter().take(WINDOW).enumerate() {
            if w.is_empty() {
                continue;
            }
            let raw = &raw_words[d];
            let first_word = before && Some(d) == sentence_start;
            let capital = starts_upper(raw);
            // Far after the quote, only a place is read.
            if !before && d >= AFTER {
                if capital
                    && !is_stop(w)
                    && places::introduced_as_place(words, |k| starts_upper(&raw_words[k]), d, false)
                    && !headline.is()
                {
                    sets.insert(Which::Entities, w);
                    sets.insert(Which::Places, w);
                }
                continue;
            }
            // The cheap tests first: most words are not capitalized.
            if capital
                && !first_word
                && !is_stop(w)
                && !lexicon::is_calendar_word(w)
                && !headline.is()
            {
                sets.insert(Which::Entities, w);
                // "68 were in Utøya", "on the island of Utøya", "in Los
                // Angeles County, where 170,000 were evacuated": a place
                // the figure is scoped to.
                let capital = |k: usize| starts_upper(&raw_words[k]);
                if places::introduced_as_place(words, capital, d, before) {
                    sets.insert(Which::Places, w);
                }
            }
            // "Orange County now has 21 cases": a region's name is one at
            // the start of a sentence too.
            if first_word
                && capital
                && places::named_region(words, |k| starts_upper(&raw_words[k]), d, true)
                && !headline.is()
            {
                sets.insert(Which::Entities, w);
                sets.insert(Which::Places, w);
            }
            // "Ludian was the worst hit with 296 residents killed".
            if before && capital && d >= 4 && places::worst_hit(words, d) {
                sets.insert(Which::Entities, w);
                sets.insert(Which::Places, w);
            }
            // "died in the province", "in that region": a part of the
            // land the story covers, named by its kind.
            if !before
                && d >= 2
                && text(&words[d - 2]) == "in"
                && matches!(text(&words[d - 1]), "the" | "that" | "this")
                && places::REGION_NOUNS.contains(&text(w))
            {
                sets.insert(Which::Places, w);
            }
            let singular = singular_of(w);
            // A two-word phrase ("market value") outranks its words.
            if before || d < WINDOW_AFTER {
                let note = |c: &str, by: &str| {
                    sets.insert(Which::Concepts, c);
                    // Ties go to the word before the quote.
                    let dist = 2 * d + usize::from(!before);
                    if nearest.as_ref().is_none_or(|(nd, _, _)| dist < *nd) {
                        set_nearest(&mut nearest, dist, c, by);
                    }
                };
                classes_at(synonyms, fact.kind, words, (d, before), &singular, note);
            }
            if d < 6 && w.len() >= 2 && all_letters(w) && !is_stop(w) {
                sets.insert(Which::Words, &singular);
            }
        }
    }
    // "$380 million in housing assistance", "nearly $92.3 million was for
    // housing assistance", "$304 million in low-interest disaster loans":
    // the phrase after the amount names what it is, past the words that
    // say which of its kind.
    if fact.kind == Kind::Money
        && let Some((d, class, by, words)) = money_phrase(norm_after, synonyms, fact.kind)
    {
        money_nearer(&mut nearest, d, &class, by);
        sets.insert(Which::Concepts, &class);
        sets.extend(Which::Modifiers, words);
    }
    let mut time_by = String::new();
    f.time = time_of(fact, norm_before, norm_after, &mut time_by);
    if !time_by.is_empty() {
        f.rare_mut().time_by = time_by;
    }
    if let Some(a) = attribution(norm_before, norm_after) {
        f.rare_mut().attribution = Some(a);
    }
    if let Some(c) = counted {
        sets.remove(Which::Words, &c.noun);
        for w in c.phrase.split_whitespace() {
            // The word and its singular, each made once.
            let n = normal(w);
            let singular = lexicon::singular_form(&n);
            sets.remove(Which::Words, &singular);
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            // A proper adjective or a scope word before the head noun
            // names the group: "British nationals", "US troops".
            if *n != c.noun
                && *singular != *c.noun
                && !n.is_empty()
                && ((capital && !headline.is()) || GROUP_WORDS.contains(&n.as_ref()))
            {
                sets.insert(Which::Modifiers, &n);
            }
        }
        // The words extraction found to define the group, in headlines
        // too ("Five British Nationals", "157 On Board"), and a count of a
        // part of a group named elsewhere ("two of the dead", "five of
        // them").
        sets.extend(Which::Modifiers, c.group.iter());
        if let Some(whole) = &c.part {
            sets.insert(Which::Modifiers, &format!("part of {whole}"));
        }
        if let Some(m) = group::state(f.role, norm_before, norm_after) {
            sets.insert(Which::Modifiers, m);
        }
        // Most sentences hold no "alone": one search of the sentence tells.
        let p = &fact.provenance;
        if p.sentence.contains("alone")
            && let (Some(before), Some(after)) = (p.before_quote(), p.after_quote())
            && let Some(part) = group::alone(before, after)
        {
            sets.insert(Which::Modifiers, &part);
        }
        // "another 18", "its other three ferries", "seven more bodies": a
        // part of a group, or an addition to it, not the whole.
        // "four new cases", "three new deaths", "three more deaths": the
        // day's addition to a tally, not the tally. ("Three more people"
        // may be a group of their own: only a tally's nouns rise by
        // "more".)
        let quote = &fact.provenance.text;
        // The noun counted, or the role noun that stands for it ("three
        // more deaths" counts people).
        let tally_noun = || {
            TALLY_NOUNS.contains(&c.noun.as_ref())
                || quote.split_whitespace().skip(1).any(|w| {
                    let n = normal(w);
                    TALLY_NOUNS.contains(&lexicon::singular_form(&n).as_ref())
                })
        };
        // The words are looked for first: most quotes hold none of them.
        let more = group::adds_more(quote);
        let new_to_tally = match rise_word(quote) {
            Some("new") => fact.role.is_some() || tally_noun(),
            Some(_) => tally_noun(),
            None => more && (fact.role.is_some() || tally_noun()),
        };
        if new_to_tally {
            f.change.get_or_insert(Change::Up);
        }
        // "Two other men remain in custody", "three other people": the
        // rest of a group named before, never the group itself.
        if quote
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.eq_ignore_ascii_case("other"))
        {
            sets.insert(Which::Modifiers, REST);
        }
        if norm_before
            .first()
            .is_some_and(|w| PART_WORDS.contains(&text(w)))
            && !group::beside_other_role(fact.role, norm_before)
            || norm_after.first().is_some_and(|w| *w == "more")
            || more
            || new_to_tally
        {
            sets.insert(Which::Modifiers, "other");
        }
        if super::groups::is_whole(fact) {
            sets.insert(Which::Modifiers, "whole");
        }
        // "650 jobs, including 50 contractors": a count that takes in
        // another group, counted apart ("eight apps, including Alipay"
        // only names one of them).
        if norm_after.first().is_some_and(|w| *w == "including") {
            let p = &fact.provenance;
            let rest = p.after_quote().unwrap_or("");
            let rest = rest.trim_start_matches([',', ' ']);
            let rest = rest.strip_prefix("including").unwrap_or("").trim_start();
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                sets.insert(Which::Modifiers, "including others");
            }
        }
        // "on board", "were aboard": who was on the craft.
        let skip = norm_after
            .iter()
            .take_while(|w| matches!(text(w), "were" | "was" | "are" | "is" | "still"))
            .count();
        let at = |k: usize| norm_after.get(skip + k).map_or("", |w| text(w));
        // "a helicopter carrying 12 people" counts those on board too.
        let carrying = norm_before
            .first()
            .is_some_and(|w| matches!(text(w), "carrying" | "carried" | "aboard"));
        if carrying || at(0) == "aboard" || (at(0) == "on" && at(1) == "board") {
            sets.insert(Which::Modifiers, "on board");
        }
    }
    // "25% of the settlement, or $16.25 million": a share of an amount,
    // restated in money, is a part of it.
    if fact.kind == Kind::Money && norm_before.first().is_some_and(|w| *w == "or") {
        let p = &fact.provenance;
        let head = p.before_quote().unwrap_or("");
        let tail_start = head.len().saturating_sub(40);
        let tail = head.get(tail_start..).unwrap_or(head);
        if tail.contains('%') || tail.contains("per cent") || tail.contains("percent") {
            sets.insert(Which::Modifiers, "share");
        }
    }
    // "USAID Assistance to China: $500,000", "DOD Assistance to China:
    // $2,204,900": a fact sheet's label line names whose amount it is
    // before the class word.
    if fact.kind == Kind::Money {
        sets.extend(Which::Modifiers, label_modifiers(fact, synonyms));
        sets.extend(Which::Modifiers, terms_modifiers(fact));
    }
    let mut m = measured::by_kind(fact, synonyms)
        .unwrap_or_else(|| measured::by_words(fact, nearest, norm_before, norm_after));
    if let Some(base) = measured::priced(fact, &mut m) {
        // A market price is a share's, stated "a share" or not.
        if f.per() == Some("share") {
            f.rare_mut().per = None;
        }
        // The price a premium is measured from is the market's of before
        // the offer, not the story's figure.
        if base && f.time == Time::Current {
            f.time = Time::Past;
            f.rare_mut().time_by = "premium to".into();
        }
    }
    if let Some(r) = m.role {
        f.role.get_or_insert(r);
    }
    f.measured = m.measured;
    // "More than 400 aftershocks were recorded, the strongest measuring
    // 5.6 magnitude": one of the aftershocks, not the quake.
    if fact.kind == Kind::Measure
        && f.measured == "quake"
        && measured::strongest_of_aftershocks(fact, norm_before)
    {
        f.measured = "aftershock".into();
    }
    f.measured_by = m.by;
    f.classed = m.classed;
    let unjudged_date = fact.kind == Kind::Date && synonyms.is_unjudged(&f.measured);
    f.judged = !(unjudged_date
        || f.time == Time::Superseded
        || measured::lone_one(fact, f.role)
        || super::money::bracketed_conversion(fact));
    f.sets = sets.finish();
    buffers.sets = sets;
    f
}

/// The word other than "more" by which a quote tells a rise, if any:
/// "new", "additional", "further" ("14 new cases").
fn rise_word(quote: &str) -> Option<&'static str> {
    quote
        .split(|c: char| !c.is_ascii_alphabetic())
        .find_map(|w| {
            ["new", "additional", "further"]
                .into_iter()
                .find(|r| w.eq_ignore_ascii_case(r))
        })
}

/// Who gives the figure: "police said", "according to the union", "said
/// the company".
fn attribution(before: &[Word<'_>], after: &[Word<'_>]) -> Option<String> {
    let content = |w: &Word<'_>| w.len() > 2 && all_letters(w) && !is_stop(w);
    // "according to the union": after the figure.
    if let Some(k) = after
        .windows(2)
        .position(|p| p[0] == "according" && p[1] == "to")
    {
        return after[k + 2..]
            .iter()
            .find(|w| content(w))
            .map(|w| w.to_string());
    }
    // "police said 12 people", "the union says 4,000 jobs".
    for (d, w) in before.iter().enumerate().take(6) {
        if REPORTING_VERBS.contains(&text(w)) {
            return before[d + 1..]
                .iter()
                .find(|w| content(w))
                .map(|w| w.to_string());
        }
    }
    // "12 people were killed, police said".
    for (d, w) in after.iter().enumerate().take(8) {
        if REPORTING_VERBS.contains(&text(w)) {
            return after[..d]
                .iter()
                .rev()
                .find(|w| content(w))
                .map(|w| w.to_string());
        }
    }
    None
}

mod group;
mod headline;
mod places;
#[cfg(test)]
mod tests;
