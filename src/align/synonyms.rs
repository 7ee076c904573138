//! Synonym classes: words that name one subject. Counted nouns ("apps",
//! "applications", "platforms"), attributes of money ("IPO", "float",
//! "listing"), events a duration measures ("takes effect", "comes into
//! force", "deadline"), what a percentage is of, and what a physical
//! measure is of ("rain", "gusts", "depth", "quake").
//!
//! The defaults below are data. Callers add their own classes with
//! [`crate::CheckerBuilder::synonyms`]; a word in a caller's class leaves
//! any default class it was in.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::quantity::Kind;

/// A named set of words (lowercase, singular) that mean one subject for
/// facts of some kinds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynonymClass {
    /// The class name, used as the subject label in reports.
    pub name: String,
    /// The kinds of fact the class applies to; empty means all.
    pub kinds: Vec<Kind>,
    /// The words, lowercase and singular.
    pub words: Vec<String>,
    /// Whether the class names counted things (head nouns of counts) rather
    /// than context (attributes and events).
    pub nouns: bool,
}

impl SynonymClass {
    /// The classes a checker uses unless told otherwise: start from these
    /// to extend them for a beat (see `CheckerBuilder::synonyms`).
    pub fn defaults() -> Vec<SynonymClass> {
        defaults()
    }
}

const COUNT: &[Kind] = &[Kind::Count];
const MONEY: &[Kind] = &[Kind::Money];
const DURATION: &[Kind] = &[Kind::Duration];
const PERCENT: &[Kind] = &[Kind::Percent];
const DATE: &[Kind] = &[Kind::Date];
const MEASURE: &[Kind] = &[Kind::Measure];
const ANY: &[Kind] = &[];

/// Every kind, in the order of `Kind`.
const KINDS: [Kind; 7] = [
    Kind::Money,
    Kind::Count,
    Kind::Duration,
    Kind::Percent,
    Kind::Date,
    Kind::Age,
    Kind::Measure,
];

// Each kind is at its own place in `KINDS`.
const _: () = {
    let mut k = 0;
    while k < KINDS.len() {
        assert!(KINDS[k] as usize == k);
        k += 1;
    }
};

/// Nouns that count the same things.
#[rustfmt::skip]
const NOUNS: &[(&str, &[&str])] = &[
    ("app", &["app", "application", "platform", "software", "program", "programme"]),
    ("company", &["company", "firm", "business", "enterprise", "corporation", "entity"]),
    ("person", &["people", "person", "individual", "resident", "civilian", "citizen"]),
    ("victim", &["victim", "casualty"]),
    ("worker", &["worker", "employee", "staff", "staffer", "job", "position", "role"]),
    ("country", &["country", "nation", "state"]),
    ("vehicle", &["vehicle", "car"]),
    ("aircraft", &["aircraft", "plane", "jet", "airplane", "airliner"]),
    ("home", &["home", "house", "dwelling", "property", "household"]),
    ("student", &["student", "pupil"]),
    ("child", &["child", "kid", "minor"]),
    ("soldier", &["soldier", "troop", "serviceman", "servicemember"]),
    ("officer", &["officer", "police", "policeman", "policewoman"]),
    ("migrant", &["migrant", "refugee", "asylum-seeker"]),
    ("hospital", &["hospital", "clinic"]),
    ("store", &["store", "shop", "outlet", "branch"]),
    ("case", &["case", "infection"]),
    ("user", &["user", "customer", "subscriber", "account"]),
    ("vote", &["vote", "ballot"]),
    ("region", &["region", "province", "district"]),
    ("city", &["city", "town"]),
];

/// Context words and phrases that say what an amount, a length of time, a
/// share or a physical measure is.
#[rustfmt::skip]
const CONTEXT: &[(&str, &[Kind], &[&str])] = &[
    ("ipo", MONEY, &["ipo", "float", "flotation", "listing", "offering", "debut"]),
    ("valuation", MONEY, &["valuation", "valued", "value", "worth"]),
    ("market value", MONEY, &["market value", "market capitalisation", "market capitalization", "market cap", "capitalisation", "capitalization"]),
    ("fine", MONEY, &["fine", "fined", "penalty", "penalise", "penalize", "sanction"]),
    ("settlement", MONEY, &["settlement", "settle", "settled", "settling"]),
    ("revenue", MONEY, &["revenue", "sale", "turnover"]),
    ("profit", MONEY, &["profit", "earnings", "surplus", "net income", "net profit"]),
    ("loss", MONEY, &["loss", "lost", "deficit", "shortfall"]),
    ("investment", MONEY, &["investment", "invest", "invested", "investing", "funding", "fund", "raised", "raise", "raising", "raises", "round"]),
    ("deal", MONEY, &["deal", "acquisition", "acquire", "acquired", "takeover", "merger", "buy", "bought", "purchase", "bid", "offer"]),
    ("fee", MONEY, &["fee", "commission", "break fee"]),
    ("cost", MONEY, &["cost", "costs", "costing", "price", "priced", "spend", "spending", "budget", "bill"]),
    ("pay", MONEY, &["salary", "pay", "wage", "bonus", "bonuses"]),
    ("compensation", MONEY, &["compensation", "damages", "restitution", "payout", "reparation", "reparations"]),
    ("ransom", MONEY, &["ransom", "extortion"]),
    ("demand", MONEY, &["demand", "demanded", "demanding", "sought", "seeking", "asked"]),
    ("difference", MONEY, &["spread", "premium", "discount", "gap", "difference", "margin"]),
    ("dividend", MONEY, &["dividend", "dividends"]),
    ("damage", MONEY, &["damage", "losses"]),
    ("debt", MONEY, &["debt", "loan", "bond", "borrowing", "bailout", "liability", "liabilities", "owe", "owes", "owed"]),
    ("aid", MONEY, &["aid", "grant", "subsidy", "relief", "assistance"]),
    ("take effect", DURATION, &["effect", "force", "effective", "deadline", "timeline", "kick", "kicks", "enforce", "enforced", "implementation", "take effect", "into force"]),
    ("closure", DURATION, &["close", "closed", "closes", "closing", "closure", "shut", "shuts", "shutting", "shutdown", "diversion"]),
    ("construction", DURATION, &["build", "building", "built", "construction", "complete", "completed"]),
    ("ban", DURATION, &["ban", "banned", "suspension", "suspended", "barred"]),
    ("sentence", DURATION, &["sentence", "sentenced", "jail", "prison", "imprisonment", "jailed"]),
    ("consultation", DURATION, &["consultation", "consult", "review", "comment"]),
    ("strike", DURATION, &["strike", "walkout", "stoppage", "walk out", "industrial action"]),
    ("trial", DURATION, &["trial", "hearing"]),
    ("delay", DURATION, &["delay", "delayed", "postponed", "postpone"]),
    ("stake", PERCENT, &["stake", "owned", "own", "ownership", "holding"]),
    ("turnout", PERCENT, &["turnout"]),
    ("containment", PERCENT, &["contained", "containment"]),
    ("growth", PERCENT, &["growth", "grew", "grow", "rise", "rose", "increase", "increased", "gdp", "expand", "expanded"]),
    ("fall", PERCENT, &["fall", "fell", "drop", "dropped", "decline", "declined", "decrease"]),
    ("inflation", PERCENT, &["inflation", "cpi"]),
    ("unemployment", PERCENT, &["unemployment", "jobless"]),
    ("rate", PERCENT, &["rate", "interest"]),
    ("support", PERCENT, &["backed", "backing", "support", "supported", "approval", "approve", "favour", "favor", "voted", "yes"]),
    ("layoff", ANY, &["layoff", "laid off", "redundancy", "redundant", "axed", "axe", "shed", "slash", "job cuts", "cut", "cuts", "cutting"]),
    ("hired", ANY, &["hire", "hired", "hiring", "recruit", "recruited"]),
    ("open", DATE, &["open", "opened", "opens", "opening", "reopen", "reopened", "reopens", "unveiled", "inaugurated"]),
    ("sworn in", DATE, &["sworn", "oath", "oaths", "swearing"]),
    ("start", DATE, &["start", "starts", "started", "starting", "begin", "begins", "began", "begun", "commence", "commences", "launch", "launched", "launches", "broke out", "erupted", "ignited"]),
    ("end", DATE, &["end", "ends", "ended", "finish", "finished", "expire", "expires", "expired"]),
    ("close", DATE, &["close", "closes", "closed", "closing", "shut", "shuts", "closure"]),
    ("signed", DATE, &["signed", "sign", "signs", "signing"]),
    ("vote", DATE, &["vote", "voted", "votes", "election", "referendum", "poll", "polls", "ballot"]),
    ("reported", DATE, &["said", "says", "say", "told", "tells", "announced", "announces", "reported", "reports", "confirmed", "added", "stated", "updated", "published", "posted", "wrote"]),
    ("rainfall", MEASURE, &["rain", "rainfall", "precipitation", "downpour", "deluge"]),
    ("snowfall", MEASURE, &["snow", "snowfall", "blizzard"]),
    ("wind", MEASURE, &["wind", "gust", "gusting", "gusted", "gale"]),
    ("depth", MEASURE, &["depth", "deep"]),
    ("height", MEASURE, &["height", "altitude", "elevation", "tall"]),
    ("cloud", MEASURE, &["cloud", "ceiling", "overcast"]),
    ("visibility", MEASURE, &["visibility"]),
    ("wave", MEASURE, &["wave", "surge", "tsunami", "swell"]),
    ("quake", MEASURE, &["earthquake", "quake", "tremor", "temblor", "magnitude", "richter"]),
    ("aftershock", MEASURE, &["aftershock"]),
    ("temperature", MEASURE, &["temperature", "heat", "heatwave", "thermometer", "mercury"]),
    ("burned", MEASURE, &["burned", "burnt", "scorched", "charred", "blaze", "wildfire", "bushfire", "fire", "acreage", "grew", "grown", "grows"]),
    ("spill", MEASURE, &["spill", "spilled", "spilt", "leak", "leaked", "leaking"]),
    ("speed", MEASURE, &["speed", "speeding", "clocked", "travelling", "traveling"]),
    ("capacity", MEASURE, &["capacity", "output", "generate", "generating"]),
    ("ban order", COUNT, &["ban", "bans", "banned", "banning", "prohibit", "prohibited", "prohibiting", "blocked", "order", "target", "named", "sanctioned"]),
    ("blacklist", COUNT, &["blacklist", "blacklisted", "entity list"]),
];

/// Context classes whose facts are never judged: dates next to a
/// reporting verb ("said on Monday") say when each source told the story,
/// not when anything happened.
const UNJUDGED: &[&str] = &["reported"];

/// The default synonym classes.
pub fn defaults() -> Vec<SynonymClass> {
    let mut out = Vec::new();
    for (name, words) in NOUNS {
        out.push(SynonymClass {
            name: (*name).to_string(),
            kinds: COUNT.to_vec(),
            words: words.iter().map(|w| (*w).to_string()).collect(),
            nouns: true,
        });
    }
    for (name, kinds, words) in CONTEXT {
        out.push(SynonymClass {
            name: (*name).to_string(),
            kinds: kinds.to_vec(),
            words: words.iter().map(|w| (*w).to_string()).collect(),
            nouns: false,
        });
    }
    out
}

/// FNV-1a: the keys are short words from our own lists and the text, so a
/// simple, fast hash serves better than the default one, which is built to
/// resist chosen keys that cannot reach these maps' sizes anyway.
#[derive(Default)]
struct FnvHasher(u64);

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Fnv = BuildHasherDefault<FnvHasher>;

/// A quick test that a word is none of a set of keys: a bit for each
/// length, first byte and last byte some key has (their low bits). Most
/// words of a text are no key, and most of those are told so here
/// without being hashed.
#[derive(Clone)]
struct Filter {
    bits: Vec<u64>,
}

impl Filter {
    /// The filter of `keys`.
    fn of<'k>(keys: impl Iterator<Item = &'k str>) -> Filter {
        let mut bits = vec![0u64; (1 << 14) / 64];
        for k in keys {
            let at = Filter::slot(k);
            bits[at / 64] |= 1 << (at % 64);
        }
        Filter { bits }
    }

    /// A word's bit: five low bits of its first and last bytes (each
    /// letter its own), four of its length.
    #[inline]
    fn slot(word: &str) -> usize {
        let b = word.as_bytes();
        let first = usize::from(b.first().map_or(0, |c| c & 0x1f));
        let last = usize::from(b.last().map_or(0, |c| c & 0x1f));
        (first << 9) | (last << 4) | (b.len() & 0xf)
    }

    /// Whether `word` may be a key: false only when it is none.
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        let at = Filter::slot(word);
        self.bits[at / 64] & (1 << (at % 64)) != 0
    }
}

impl std::fmt::Debug for Filter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set: u32 = self.bits.iter().map(|b| b.count_ones()).sum();
        write!(f, "Filter({set} bits)")
    }
}

/// Synonym classes indexed by word, for fast lookup.
#[derive(Clone, Debug)]
pub struct Synonyms {
    classes: Vec<SynonymClass>,
    // Hash maps: only looked up, never iterated, so output order does not
    // depend on them.
    nouns: HashMap<String, usize, Fnv>,
    context: HashMap<String, Vec<usize>, Fnv>,
    /// First words of the multi-word entries ("market" of "market value").
    phrase_heads: HashSet<String, Fnv>,
    /// The filters of `context` and `phrase_heads`.
    context_filter: Filter,
    /// The filter of the words in `context` that name a class for facts
    /// of each kind, in the order of `Kind`.
    kind_filters: Vec<Filter>,
    heads_filter: Filter,
}

impl Default for Synonyms {
    fn default() -> Synonyms {
        Synonyms::new(defaults())
    }
}

impl Synonyms {
    /// Indexes `classes`; a later class takes a noun from an earlier one.
    pub fn new(classes: Vec<SynonymClass>) -> Synonyms {
        let mut nouns: HashMap<String, usize, Fnv> = HashMap::default();
        let mut context: HashMap<String, Vec<usize>, Fnv> = HashMap::default();
        for (i, c) in classes.iter().enumerate() {
            for w in &c.words {
                if c.nouns {
                    nouns.insert(w.clone(), i);
                } else {
                    context.entry(w.clone()).or_default().push(i);
                }
            }
        }
        let phrase_heads: HashSet<String, Fnv> = context
            .keys()
            .filter_map(|k| k.split_once(' ').map(|(head, _)| head.to_string()))
            .collect();
        let applies = |i: &usize, kind: Kind| {
            let kinds = &classes[*i].kinds;
            kinds.is_empty() || kinds.contains(&kind)
        };
        let kind_filters = KINDS
            .iter()
            .map(|&kind| {
                Filter::of(
                    context
                        .iter()
                        .filter(|(_, of)| of.iter().any(|i| applies(i, kind)))
                        .map(|(k, _)| k.as_str()),
                )
            })
            .collect();
        Synonyms {
            context_filter: Filter::of(context.keys().map(String::as_str)),
            kind_filters,
            heads_filter: Filter::of(phrase_heads.iter().map(String::as_str)),
            classes,
            nouns,
            context,
            phrase_heads,
        }
    }

    /// Adds classes after the defaults (or earlier additions).
    pub fn extend(&self, more: Vec<SynonymClass>) -> Synonyms {
        let mut classes = self.classes.clone();
        // A word given again leaves the classes it was in.
        for c in &more {
            for old in &mut classes {
                if old.nouns == c.nouns {
                    old.words.retain(|w| !c.words.contains(w));
                }
            }
        }
        classes.extend(more);
        Synonyms::new(classes)
    }

    /// Whether some multi-word entry starts with `word`.
    #[inline]
    pub fn starts_phrase(&self, word: &str) -> bool {
        self.heads_filter.may_hold(word) && self.phrase_heads.contains(word)
    }

    /// Whether facts whose subject is the class `name` are never judged
    /// (see `UNJUDGED`).
    pub fn is_unjudged(&self, name: &str) -> bool {
        UNJUDGED.contains(&name)
    }

    /// Whether a counted noun (singular, lowercase) is in a class.
    pub fn is_noun(&self, lemma: &str) -> bool {
        self.nouns.contains_key(lemma)
    }

    /// The class a counted noun (singular, lowercase) belongs to, or the
    /// noun itself.
    pub fn noun_class<'a>(&'a self, lemma: &'a str) -> &'a str {
        self.nouns
            .get(lemma)
            .map_or(lemma, |&i| self.classes[i].name.as_str())
    }

    /// [`Synonyms::noun_class`] and [`Synonyms::is_noun`] of a counted
    /// noun, looked up once.
    pub(crate) fn noun_class_of<'a>(&'a self, lemma: &'a str) -> (&'a str, bool) {
        let of = match self.nouns.get(lemma) {
            Some(&i) => (self.classes[i].name.as_str(), true),
            None => (lemma, false),
        };
        debug_assert_eq!(of, (self.noun_class(lemma), self.is_noun(lemma)));
        of
    }

    /// Whether a word (lowercase) may name a context class for facts of
    /// `kind`: false only when [`Synonyms::context_classes`] finds none.
    /// Most words are told so here, without a call.
    #[inline]
    pub(crate) fn may_name(&self, word: &str, kind: Kind) -> bool {
        self.kind_filters
            .get(kind as usize)
            .unwrap_or(&self.context_filter)
            .may_hold(word)
    }

    /// The context classes a word (lowercase) names for facts of `kind`.
    pub fn context_classes(&self, word: &str, kind: Kind) -> impl Iterator<Item = &str> + use<'_> {
        self.context_filter
            .may_hold(word)
            .then(|| self.context.get(word))
            .flatten()
            .into_iter()
            .flatten()
            .map(|&i| &self.classes[i])
            .filter(move |c| c.kinds.is_empty() || c.kinds.contains(&kind))
            .map(|c| c.name.as_str())
    }
}
