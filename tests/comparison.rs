//! The comparator as a whole: the sample story's report, snapshotted, and
//! the properties every report must have whatever the sources say.

use crosscheck::{Checker, Kind, Report, Source};
use proptest::prelude::*;

fn sample() -> Vec<Source> {
    let mut paths: Vec<_> = std::fs::read_dir("fixtures/sample")
        .unwrap_or_else(|e| panic!("fixtures/sample: {e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| Source::read(p).unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

/// The quotes of a finding's mentions, as `source:quote`.
fn quotes(report: &Report, mentions: &[usize]) -> Vec<String> {
    mentions
        .iter()
        .map(|&i| {
            let p = &report.facts[i].provenance;
            format!("{}:{}", &p.source[..3], p.text)
        })
        .collect()
}

#[test]
fn the_sample_story_gives_the_findings_a_careful_reader_expects() {
    let report = Checker::new().check(&sample());

    // One conflict: the Ant Group IPO.
    assert_eq!(report.conflicts.len(), 1, "{:#?}", report.conflicts);
    let c = &report.conflicts[0];
    assert_eq!((c.kind, c.subject.as_str()), (Kind::Money, "ipo"));
    assert_eq!(
        quotes(&report, &c.mentions),
        ["000:$34bn", "002:US$35-billion"]
    );
    let explanation = report.explain_conflict(c);
    assert!(explanation.contains("2.9%"), "{explanation}");
    assert!(explanation.contains("34.5 billion"), "{explanation}");
    assert!(!c.within_source);

    // The eight apps and the 45 days, each in all five sources.
    let by = |kind: Kind, subject: &str| {
        report
            .corroborations
            .iter()
            .find(|c| c.kind == kind && c.subject == subject)
            .unwrap_or_else(|| panic!("no {kind:?} corroboration about {subject}"))
    };
    let apps = by(Kind::Count, "app");
    assert_eq!(apps.sources, 5);
    let app_quotes = quotes(&report, &apps.mentions);
    assert!(app_quotes.contains(&"003:Alipay and seven other Chinese apps".to_string()));
    assert!(app_quotes.contains(&"001:eight Chinese software applications".to_string()));
    assert!(app_quotes.contains(&"002:eight digital Chinese payment platforms".to_string()));
    let days = by(Kind::Duration, "take effect");
    assert_eq!(days.sources, 5);
    assert!(quotes(&report, &days.mentions).contains(&"001:45-day".to_string()));

    // Nothing among the traps: no finding holds "two weeks", the telecom
    // giants, the senators, Alibaba's 33% or a copyright year.
    let all: Vec<String> = report
        .conflicts
        .iter()
        .map(|c| &c.mentions)
        .chain(report.corroborations.iter().map(|c| &c.mentions))
        .chain(report.updates.iter().map(|u| &u.mentions))
        .flat_map(|m| quotes(&report, m))
        .collect();
    for trap in [
        "two weeks",
        "telecom giants",
        "senators",
        "33%",
        "2009",
        "2021",
    ] {
        assert!(
            !all.iter().any(|q| q.contains(trap)),
            "{trap} in a finding: {all:?}"
        );
    }
    let rejected: Vec<&str> = report.rejections.iter().map(|r| r.text.as_str()).collect();
    for year in ["2009", "2021", "2020"] {
        assert!(
            rejected.contains(&year),
            "{year} not recorded as rejected: {rejected:?}"
        );
    }
}

#[test]
fn the_sample_story_report_as_json() {
    let report = Checker::new().check(&sample());
    insta::assert_snapshot!("sample_json", crosscheck::report::json::to_string(&report));
}

#[test]
fn the_sample_story_report_as_text() {
    let report = Checker::new().check(&sample());
    insta::assert_snapshot!("sample_text", crosscheck::report::text::render(&report));
}

/// Sentences of a made-up story, with the figures the generator varies.
const LINES: &[&str] = &[
    "The council approved a £{0}m budget for the new bridge.",
    "Construction will take {1} months, officials said.",
    "About {2} residents signed the petition against the plan.",
    "The bridge will carry {3} lanes of traffic.",
    "Turnout at the public meeting was {4}%.",
];

fn story(figures: &[u32; 5], keep: &[bool; 5]) -> String {
    LINES
        .iter()
        .zip(keep)
        .filter(|(_, k)| **k)
        .map(|(l, _)| {
            let mut s = (*l).to_string();
            for (i, f) in figures.iter().enumerate() {
                s = s.replace(&format!("{{{i}}}"), &f.to_string());
            }
            s
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn figures() -> impl Strategy<Value = [u32; 5]> {
    [1u32..500, 1u32..60, 10u32..9000, 1u32..8, 1u32..100]
}

/// A report's findings, keyed by what they state, so two reports can be
/// compared whatever order their sources came in.
fn findings(report: &Report) -> Vec<String> {
    let q = |m: &[usize]| {
        let mut v: Vec<String> = m
            .iter()
            .map(|&i| {
                let p = &report.facts[i].provenance;
                format!("{}@{}:{}", p.source, p.span.start, p.text)
            })
            .collect();
        v.sort();
        v.join(",")
    };
    let mut out: Vec<String> = report
        .conflicts
        .iter()
        .map(|c| {
            format!(
                "conflict {} {} {}",
                c.kind.as_str(),
                c.subject,
                q(&c.mentions)
            )
        })
        .chain(report.corroborations.iter().map(|c| {
            format!(
                "corroboration {} {} {} {}",
                c.kind.as_str(),
                c.subject,
                c.sources,
                q(&c.mentions)
            )
        }))
        .chain(
            report
                .updates
                .iter()
                .map(|u| format!("update {} {}", u.subject, q(&u.mentions))),
        )
        .chain(
            report
                .notes
                .iter()
                .map(|n| format!("note {} {}", n.subject, q(&n.mentions))),
        )
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The same sources in any order give the same findings.
    #[test]
    fn order_of_sources_changes_no_finding(
        a in figures(), b in figures(), c in figures(),
        ka in any::<[bool; 5]>(), kb in any::<[bool; 5]>(), kc in any::<[bool; 5]>(),
        rotate in 0usize..3,
    ) {
        let sources = vec![
            Source::new("a", story(&a, &ka)),
            Source::new("b", story(&b, &kb)),
            Source::new("c", story(&c, &kc)),
        ];
        let mut turned = sources.clone();
        turned.rotate_left(rotate);
        turned.swap(0, 1);
        let checker = Checker::new();
        prop_assert_eq!(findings(&checker.check(&sources)), findings(&checker.check(&turned)));
        prop_assert_eq!(
            crosscheck::report::json::to_string(&checker.check(&sources)),
            crosscheck::report::json::to_string(&checker.check(&turned))
        );
    }

    /// A source checked against a copy of itself gives no conflict between
    /// the two.
    #[test]
    fn a_copy_of_a_source_never_conflicts_with_it(a in figures(), ka in any::<[bool; 5]>()) {
        let text = story(&a, &ka);
        let report = Checker::new().check(&[Source::new("a", text.clone()), Source::new("copy", text)]);
        for c in &report.conflicts {
            prop_assert!(c.within_source, "a conflict across the copy: {}", report.explain_conflict(c));
        }
    }

    /// Adding a source that agrees with one already there creates no
    /// conflict that was not there before.
    #[test]
    fn an_agreeing_source_creates_no_conflict(
        a in figures(), b in figures(), ka in any::<[bool; 5]>(), kb in any::<[bool; 5]>(),
    ) {
        let base = vec![Source::new("a", story(&a, &ka)), Source::new("b", story(&b, &kb))];
        let before = Checker::new().check(&base).conflicts.len();
        let mut more = base.clone();
        more.push(Source::new("c", story(&a, &ka)));
        let after = Checker::new().check(&more);
        // Conflicts may gain mentions from the new source, but none is new.
        prop_assert!(after.conflicts.len() <= before, "{} conflicts before, {} after", before, after.conflicts.len());
    }
}

/// Vague amounts ("dozens of", "hundreds of") agree on no figure: they
/// never make a corroboration on their own, but a stated figure beside them
/// does, and they can still conflict with one.
#[test]
fn vague_amounts_alone_corroborate_nothing() {
    let checker = Checker::new();
    let report = checker.check(&[
        Source::new(
            "a",
            "Police arrested dozens of protesters outside the embassy.",
        ),
        Source::new(
            "b",
            "Police arrested dozens of protesters outside the embassy.",
        ),
    ]);
    assert!(
        report.corroborations.is_empty(),
        "{:?}",
        report.corroborations
    );
    let report = checker.check(&[
        Source::new(
            "a",
            "Police arrested dozens of protesters outside the embassy.",
        ),
        Source::new("b", "Police arrested 40 protesters outside the embassy."),
    ]);
    assert_eq!(
        report.corroborations.len(),
        1,
        "{:?}",
        report.corroborations
    );
    let report = checker.check(&[
        Source::new(
            "a",
            "Police arrested dozens of protesters outside the embassy.",
        ),
        Source::new("b", "Police arrested three protesters outside the embassy."),
    ]);
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
}

/// Amounts near the largest decimal are judged without overflow: the
/// middle of an interval and the gap between two values are checked sums.
#[test]
fn huge_amounts_are_judged_without_overflow() {
    let big = "79,000,000,000,000,000,000,000,000,000";
    let report = Checker::new().check(&[
        Source::new("a", format!("The company's IPO raised ${big}.")),
        Source::new("b", "The company's IPO raised $1.".to_string()),
        Source::new("c", format!("The company's IPO raised about ${big}.")),
    ]);
    for c in &report.conflicts {
        assert!(!report.explain_conflict(c).is_empty());
    }
    let json = crosscheck::report::json::to_string(&report);
    assert!(!json.contains("NaN") && !json.contains("inf"), "{json}");
}

/// Ages are compared only when they are the age of one person: a name, or
/// a noun that stands for one person in a story ("the suspect"); "a
/// 19-year-old man" in one paper and "a 45-year-old man" in another may be
/// two men.
#[test]
fn ages_are_compared_person_by_person() {
    let checker = Checker::new();
    let report = checker.check(&[
        Source::new("a", "Maria Lopez, 27, of Tampa was among the injured."),
        Source::new(
            "b",
            "Among the injured was Maria Lopez, 28, a nurse from Tampa.",
        ),
    ]);
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
    assert_eq!(report.conflicts[0].kind, Kind::Age);
    let report = checker.check(&[
        Source::new("a", "The suspect, 21, was arrested at the scene."),
        Source::new("b", "Police said the suspect was 19 and lived nearby."),
    ]);
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
    let report = checker.check(&[
        Source::new("a", "A 19-year-old man was taken to hospital."),
        Source::new("b", "A 45-year-old man was treated at the scene."),
    ]);
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    let report = checker.check(&[
        Source::new("a", "Maria Lopez, 27, was hurt."),
        Source::new("b", "Tom Reed, 61, was hurt."),
    ]);
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    assert!(
        report.possible_conflicts.is_empty(),
        "{:?}",
        report.possible_conflicts
    );
}

/// A measure restated in another system is rounded, often cut short, to
/// its last digit: "90 km (55 miles)" (90 km is 55.9 miles) states one
/// distance, and a report of "55 miles" agrees with one of "90 km". Two
/// distances in one unit that differ by their last digit still conflict.
#[test]
fn converted_measures_agree_to_their_last_digit() {
    let checker = Checker::new();
    let report = checker.check(&[
        Source::new(
            "wire",
            "The epicentre was 90 km (55 miles) west of Ridgeford, the survey said.",
        ),
        Source::new(
            "paper",
            "The quake struck 55 miles west of Ridgeford on Tuesday.",
        ),
    ]);
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    assert_eq!(
        report.corroborations.len(),
        1,
        "{:?}",
        report.corroborations
    );

    let report = checker.check(&[
        Source::new(
            "wire",
            "The epicentre was 90 km (55 miles) west of Ridgeford, the survey said.",
        ),
        Source::new(
            "paper",
            "The quake struck 80 km (50 miles) west of Ridgeford on Tuesday.",
        ),
    ]);
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
    assert_eq!(report.conflicts[0].kind, Kind::Measure);
    assert_eq!(
        report.conflicts[0].sides.len(),
        2,
        "{:?}",
        report.conflicts[0]
    );

    // In one unit, the last digit is the reading: 45C against 47C differ.
    let report = checker.check(&[
        Source::new("a", "Temperatures in the city reached 45C on Sunday."),
        Source::new("b", "Temperatures in the city reached 47C on Sunday."),
    ]);
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
}

/// Every story's folder and the sample's, sorted: more than ten.
fn story_dirs() -> Vec<std::path::PathBuf> {
    let mut dirs: Vec<std::path::PathBuf> = std::fs::read_dir("fixtures/stories")
        .unwrap_or_else(|e| panic!("fixtures/stories: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.push("fixtures/sample".into());
    dirs.sort();
    assert!(dirs.len() > 10, "only {} stories", dirs.len());
    dirs
}

/// Extracting every article on its own, sending its facts as JSON, and
/// comparing what arrives (in any order) gives the report `check` gives,
/// byte for byte, on every story of the fixtures.
#[test]
fn extract_then_compare_is_check_on_every_story() {
    use crosscheck::Extraction;
    use crosscheck::report::json;
    use crosscheck::source::{ReadOptions, read_paths};

    let checker = Checker::new();
    let stories = story_dirs();
    for story in stories {
        let (sources, errors) = read_paths([&story], &ReadOptions::new());
        assert!(errors.is_empty(), "{}: {errors:?}", story.display());
        let sent: Vec<String> = sources
            .iter()
            .rev()
            .map(|s| serde_json::to_string(&checker.extract(s)).unwrap_or_default())
            .collect();
        let received: Vec<Extraction> = sent
            .iter()
            .map(|j| serde_json::from_str(j).unwrap_or_else(|e| panic!("{e}")))
            .collect();
        let reduced = json::to_string(&checker.compare(received));
        let whole = json::to_string(&checker.check(&sources));
        assert!(
            reduced == whole,
            "{}: extract + compare differs from check",
            story.display()
        );
    }
}

/// A check large enough to be spread over threads (every story's articles,
/// each copied under ten ids, about 0.8 MB) gives the report of a check on
/// one thread, byte for byte, and so do `extract_all` and the claims of a
/// summary checked against it.
#[test]
fn threads_change_nothing_in_a_report() {
    use crosscheck::report::json;
    use crosscheck::source::{ReadOptions, read_paths};

    let dirs = story_dirs();
    let (articles, errors) = read_paths(&dirs, &ReadOptions::new());
    assert!(errors.is_empty(), "{errors:?}");
    let sources: Vec<Source> = (0..10)
        .flat_map(|copy| {
            articles
                .iter()
                .map(move |a| Source::new(format!("{copy:02}-{}", a.id()), a.text()))
        })
        .collect();
    let bytes: usize = sources.iter().map(|s| s.text().len()).sum();
    // Enough for three threads at 256 KiB each.
    assert!(bytes > 3 * 256 * 1024, "only {bytes} bytes");
    let one = Checker::builder().threads(1).build().unwrap_or_default();
    let whole = json::to_string(&one.check(&sources));
    let each = one.extract_all(&sources);
    // A summary's claims, judged against the same sources.
    let target = Source::new("summary", articles[0].text());
    let claims = json::claims_to_string(&one.check_claims(&target, &sources));
    for threads in [2, 3] {
        let many = Checker::builder()
            .threads(threads)
            .build()
            .unwrap_or_default();
        assert!(
            json::to_string(&many.check(&sources)) == whole,
            "{threads} threads give another report"
        );
        assert!(many.extract_all(&sources) == each, "{threads} threads");
        assert!(
            json::claims_to_string(&many.check_claims(&target, &sources)) == claims,
            "{threads} threads give other claims"
        );
    }
    assert!(Checker::builder().threads(0).build().is_err());
}

/// A figure revised within its sentence, the old one after "from" ("down
/// to 48 from 52", "rose to 4.8 million from 4.1 million"), is replaced,
/// not a side of a conflict with the new one or with another source.
#[test]
fn the_figure_after_to_new_from_old_is_replaced() {
    let report = Checker::new().check(&[
        Source::new(
            "a",
            "Officials revised the death toll down to 48 from 52 on Tuesday.",
        ),
        Source::new("b", "The death toll stands at 48, police said."),
        Source::new(
            "c",
            "The number of subscribers rose to 4.8 million from 4.1 million in the quarter.",
        ),
        Source::new("d", "The service has 4.8 million subscribers."),
    ]);
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    assert!(
        report.possible_conflicts.is_empty(),
        "{:?}",
        report.possible_conflicts
    );
    let corroborated: Vec<usize> = report.corroborations.iter().map(|c| c.sources).collect();
    assert_eq!(corroborated, [2, 2], "{:?}", report.corroborations);
}

/// "Last week" says when the news broke, not that a figure belongs to an
/// earlier event, and "the last outbreak" names an earlier event: both
/// however many words come before them in the sentence.
#[test]
fn last_week_is_news_and_the_last_outbreak_is_past_in_long_sentences() {
    let checker = Checker::new();
    let now = "Officials said 40 people were taken to hospital.";
    for lead in [
        "",
        "In a statement released by the regional health ministry in the capital on Monday evening, ",
    ] {
        let news = format!("{lead}officials said that last week 40 people were taken to hospital.");
        let report = checker.check(&[Source::new("a", news), Source::new("b", now)]);
        assert_eq!(report.corroborations.len(), 1, "{lead:?}");
        let past = format!("{lead}officials said the last outbreak sent 40 people to hospital.");
        let report = checker.check(&[Source::new("a", past), Source::new("b", now)]);
        assert!(report.corroborations.is_empty(), "{lead:?}");
    }
}

/// Each corroboration of dates in `report`: its subject, and how many
/// sources and mentions it has.
fn date_corroborations(report: &Report) -> Vec<(&str, usize, usize)> {
    report
        .corroborations
        .iter()
        .filter(|c| c.kind == Kind::Date)
        .map(|c| (c.subject.as_str(), c.sources, c.mentions.len()))
        .collect()
}

/// The check of `sources` in reverse order writes `report`, byte for byte.
fn assert_same_reversed(sources: &[Source], report: &Report) {
    let mut reversed = sources.to_vec();
    reversed.reverse();
    assert_eq!(
        crosscheck::report::json::to_string(&Checker::new().check(&reversed)),
        crosscheck::report::json::to_string(report)
    );
}

/// Forty short reports that each state one day in three of five
/// sentences: the dates of one day in many sources are joined as testing
/// every pair in order would join them (every debug build checks the
/// faster way against that), whatever order the sources come in.
#[test]
fn one_day_in_many_sources_is_joined_in_any_order() {
    let forms = [
        "Hurricane Ike made landfall near Galveston on Sept. 13, 2008, forecasters said.",
        "The storm came ashore near Galveston on Sept. 13, 2008, as a Category 2 hurricane.",
        "The president signed the Sept. 13, 2008 disaster declaration for 29 Texas counties.",
        "A disaster declaration was signed for 29 Texas counties on Sept. 13, 2008.",
        "Registration for aid opened on Sept. 13, 2008 and runs for 60 days.",
    ];
    let sources: Vec<Source> = (0..40)
        .map(|k| {
            let said = [k % 5, (k + 1 + k / 5) % 5, (k + 3) % 5]
                .iter()
                .map(|&f| forms[f])
                .collect::<Vec<_>>()
                .join(" ");
            Source::new(format!("s{k:02}"), format!("Ike update\n\n{said}\n"))
        })
        .collect();
    let report = Checker::new().check(&sources);
    let dates = date_corroborations(&report);
    // The landfall sentences name the day's event by its words, and the
    // other two by their verbs.
    assert_eq!(
        dates,
        [("day", 30, 48), ("open", 21, 24), ("signed", 21, 24)]
    );
    assert_same_reversed(&sources, &report);
}

/// Dates of reporting verbs, never judged where they are, beside dates of
/// the event: each may join the event's group when the words around both
/// agree, and the report is the same in any order of the sources.
#[test]
fn dates_of_reporting_verbs_join_the_event_they_tell_of() {
    let sources: Vec<Source> = (0..60)
        .map(|k| {
            let said = match k % 3 {
                0 => "Officials said on Sept. 13, 2008 that the storm flooded Galveston.",
                1 => "The storm flooded Galveston on Sept. 13, 2008.",
                _ => "The hurricane made landfall at Galveston on Sept. 13, 2008, flooding the island.",
            };
            Source::new(format!("s{k:02}"), format!("Ike update\n\n{said}\n"))
        })
        .collect();
    let report = Checker::new().check(&sources);
    let dates = date_corroborations(&report);
    // The dates said on and the landfalls join the day the storm flooded
    // the island: one corroboration of all sixty sources.
    assert_eq!(dates, [("flooded", 60, 60)]);
    assert_same_reversed(&sources, &report);
}

/// Sentences that state a day, in the shapes the joining of days tells
/// apart: an event's date in several wordings, a date of a reporting
/// verb, a date of unknown subject, two events of one day, and other days.
const DAY_SENTENCES: &[&str] = &[
    "The storm flooded Galveston on Sept. 13, 2008.",
    "Officials said on Sept. 13, 2008 that the storm flooded Galveston.",
    "The hurricane made landfall at Galveston on Sept. 13, 2008, flooding the island.",
    "The president signed the Sept. 13, 2008 disaster declaration for 29 Texas counties.",
    "A disaster declaration was signed for 29 Texas counties on Sept. 13, 2008.",
    "Registration for aid opened on Sept. 13, 2008 and runs for 60 days.",
    "The storm flooded Galveston on Sept. 12, 2008, a day early.",
    "Officials said on Sept. 14, 2008 that 3,500 people had been rescued.",
    "Officials said on Sept. 13, 2008 that the storm flooded Galveston and closed the causeway.",
    "The causeway to Galveston closed on Sept. 13, 2008 as the storm flooded it.",
    "Crews reopened the causeway on Sept. 13, 2008 after the storm passed Galveston.",
    "The governor said on Sept. 13, 2008 that crews reopened the Galveston causeway.",
    "The mayor ordered Galveston evacuated on Sept. 13, 2008 before the storm.",
    "Galveston was evacuated on Sept. 13, 2008, the mayor said of the storm.",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Days told by many sources in shapes drawn at random: every debug
    /// build checks the joining of days against every pair tested in
    /// full, and the report is the same in any order of the sources.
    #[test]
    fn days_told_by_many_sources_join_in_any_order(
        picks in proptest::collection::vec(
            proptest::collection::vec(0..DAY_SENTENCES.len(), 1..4),
            2..40,
        ),
        rotate in 0usize..40,
    ) {
        let sources: Vec<Source> = picks
            .iter()
            .enumerate()
            .map(|(k, said)| {
                let said: Vec<&str> = said.iter().map(|&i| DAY_SENTENCES[i]).collect();
                Source::new(format!("s{k:02}"), format!("Update\n\n{}\n", said.join(" ")))
            })
            .collect();
        let mut turned = sources.clone();
        turned.rotate_left(rotate % sources.len());
        turned.reverse();
        let checker = Checker::new();
        prop_assert_eq!(
            crosscheck::report::json::to_string(&checker.check(&sources)),
            crosscheck::report::json::to_string(&checker.check(&turned))
        );
    }
}

/// A date that joined another group is one the later dates may join it
/// through: three sources tell the day the causeway closed, one by the
/// flood alone, and all three are one event.
#[test]
fn a_date_that_joined_a_group_brings_the_next_one_in() {
    let said = [
        "The causeway to Galveston closed on Sept. 13, 2008 as the storm flooded it.",
        "The storm flooded Galveston on Sept. 13, 2008.",
        "Officials said on Sept. 13, 2008 that the storm flooded Galveston and closed the causeway.",
    ];
    let sources: Vec<Source> = said
        .iter()
        .enumerate()
        .map(|(k, s)| Source::new(format!("s{k:02}"), format!("Update\n\n{s}\n")))
        .collect();
    let report = Checker::new().check(&sources);
    assert_eq!(date_corroborations(&report), [("close", 3, 3)]);
}

/// A day on which 180 sources report ten events, in the shapes that once
/// made the joining of days test every pair: the event word after the
/// subject, the day told first with no event named, and one noun every
/// source uses beside the day. Each event word is one corroboration that
/// every date of it joins, every debug build checks the result against
/// every pair tested in full, and the report is the same in any order.
#[test]
fn a_day_of_many_separate_events_joins_nothing_across_them() {
    let bodies = ["council", "senate", "court", "union", "board", "agency"];
    let verbs = [
        "approved", "rejected", "delayed", "blocked", "revised", "endorsed", "audited", "debated",
        "amended", "vetoed",
    ];
    let things = [
        "budget", "tariff", "merger", "pension", "charter", "levy", "contract",
    ];
    let sources: Vec<Source> = (0..180)
        .map(|k| {
            let (body, verb) = (bodies[k % 6], verbs[(k / 6) % 10]);
            let thing = things[(k / 60 + k) % 7];
            let said = match k / 60 {
                0 => format!("The {body} {verb} the {thing} on March 3, 2020."),
                1 => format!("On March 3, 2020, the {body} {verb} the {thing}."),
                _ => format!("Members {verb} {thing}s at the March 3, 2020 session of the {body}."),
            };
            Source::new(format!("s{k:03}"), format!("Digest\n\n{said}\n"))
        })
        .collect();
    let report = Checker::new().check(&sources);
    let dates = date_corroborations(&report);
    // One corroboration for each event word, and every date in one: the
    // dates told first join the event their sentence names.
    let mut subjects: Vec<&str> = dates.iter().map(|d| d.0).collect();
    subjects.sort_unstable();
    let mut expected = verbs.to_vec();
    expected.sort_unstable();
    assert_eq!(subjects, expected);
    assert_eq!(dates.iter().map(|d| d.1).sum::<usize>(), 180, "{dates:?}");
    assert_same_reversed(&sources, &report);
}

/// A dated report with its front matter.
fn dated(id: &str, day: &str, body: &str) -> Source {
    Source::parse(id, format!("---\npublished: {day}\n---\n{body}\n"))
        .unwrap_or_else(|e| panic!("{id}: {e}"))
}

/// Each update as `from value -> to value (to's source)`.
fn updates(report: &Report) -> Vec<String> {
    report
        .updates
        .iter()
        .map(|u| {
            let (from, to) = (&report.facts[u.from], &report.facts[u.to]);
            format!(
                "{} -> {} ({})",
                from.provenance.text, to.provenance.text, to.provenance.source
            )
        })
        .collect()
}

#[test]
fn one_report_alone_revises_no_running_figure() {
    // A relief release states two tallies of people in one day's report;
    // the other report says nothing of them. Nothing is revised: there is
    // no later figure, only two figures of one report.
    let sources = [
        dated(
            "agency",
            "2031-04-02",
            "To date, 6,420 people have applied for disaster aid. \
             Shelters remain open across the valley.\n\
             Hotels take evacuees who cannot go home. \
             To date, 215 people have applied for this help.",
        ),
        dated(
            "county",
            "2031-04-09",
            "The county reopened two bridges on the river road.",
        ),
    ];
    let report = Checker::new().check(&sources);
    for u in &report.updates {
        assert_ne!(
            report.facts[u.from].provenance.source,
            report.facts[u.to].provenance.source,
            "an update inside one report: {:?}",
            updates(&report)
        );
    }
    assert!(updates(&report).is_empty(), "{:?}", updates(&report));
}

#[test]
fn a_toll_that_comes_back_is_told_from_the_figure_it_left_to_the_latest() {
    // The first page already carries the final toll; the next day's
    // report is lower; a later one states the final toll again.
    let sources = [
        dated(
            "early",
            "2031-06-01",
            "The landslide killed 120 people in the hill villages.",
        ),
        dated(
            "next-day",
            "2031-06-02",
            "Officials said the landslide killed 40 people.",
        ),
        dated(
            "weeks-later",
            "2031-06-20",
            "The landslide killed 120 people, the provincial office said.",
        ),
    ];
    let report = Checker::new().check(&sources);
    assert_eq!(
        updates(&report),
        ["40 people -> 120 people (weeks-later)"],
        "{:#?}",
        report.conflicts
    );
}

/// Each finding of a kind as `severity: quote, quote` over its mentions.
fn listed(report: &Report, found: &[crosscheck::Conflict]) -> Vec<String> {
    found
        .iter()
        .map(|c| {
            let q: Vec<&str> = c
                .mentions
                .iter()
                .map(|&i| report.facts[i].provenance.text.as_str())
                .collect();
            format!("{}: {}", c.severity.as_str(), q.join(", "))
        })
        .collect()
}

/// The quotes of each corroboration, in mention order.
fn agreed(report: &Report) -> Vec<Vec<&str>> {
    report
        .corroborations
        .iter()
        .map(|c| {
            c.mentions
                .iter()
                .map(|&i| report.facts[i].provenance.text.as_str())
                .collect()
        })
        .collect()
}

/// Fails, listing them, unless a report holds `n` conflicts.
fn assert_conflicts(report: &Report, n: usize) {
    assert_eq!(
        report.conflicts.len(),
        n,
        "{:?}",
        listed(report, &report.conflicts)
    );
}

/// Fails, listing them, when a report holds a conflict or a possible one.
fn assert_no_disagreement(report: &Report) {
    assert!(
        report.conflicts.is_empty() && report.possible_conflicts.is_empty(),
        "{:?} {:?}",
        listed(report, &report.conflicts),
        listed(report, &report.possible_conflicts)
    );
}

/// Fails, listing them, when a report holds a conflict or an update.
fn assert_no_conflict_nor_update(report: &Report) {
    assert!(
        report.conflicts.is_empty() && report.updates.is_empty(),
        "{:?} {:?}",
        listed(report, &report.conflicts),
        updates(report)
    );
}

#[test]
fn a_reports_own_two_figures_are_in_doubt_unless_it_tells_of_a_dispute() {
    use crosscheck::report::Doubt;
    // A relief release gives a programme's tally and, two sentences on,
    // the tally of one part of it; a council notice gives one aid to 12
    // counties and another to 14. A report restating a figure repeats it:
    // each report's two figures are two quantities, at most in doubt.
    let release = Source::new(
        "release",
        "To date, 6,420 households have applied for disaster aid.\n\
         Hotels take evacuees who cannot go home; the agency pays the rooms. \
         So far, 215 households have applied for this help.",
    );
    let notice = Source::new(
        "notice",
        "Grants for homeowners cover 12 Ohio counties. \
         Loans for clearing debris are open in 14 Ohio counties.",
    );
    let report = Checker::new().check(&[release, notice]);
    assert!(
        report.conflicts.is_empty(),
        "{:?}",
        listed(&report, &report.conflicts)
    );
    let doubted = listed(&report, &report.possible_conflicts);
    assert!(
        doubted.contains(&"high: 6,420 households, 215 households".to_string())
            && doubted.contains(&"medium: 12 Ohio counties, 14 Ohio counties".to_string()),
        "{doubted:?}"
    );
    for c in &report.possible_conflicts {
        assert!(
            c.within_source && c.doubt == Some(Doubt::WeakMatch),
            "{:?} {}",
            c.doubt,
            report.explain_conflict(c)
        );
        let why = report.explain_conflict(c);
        assert!(
            why.contains("in one source") && why.contains("one report gives both figures"),
            "{why}"
        );
    }

    // Another report's figure against the release's is a conflict.
    let first = Source::new(
        "first",
        "To date, 6,420 households have applied for disaster aid.",
    );
    let other = Source::new(
        "wire",
        "To date, 6,240 households have applied for disaster aid.",
    );
    let report = Checker::new().check(&[first, other]);
    assert_eq!(
        listed(&report, &report.conflicts),
        ["low: 6,420 households, 6,240 households"]
    );

    // A report that gives each party's figure tells of a dispute: that is
    // a conflict, of one source.
    for text in [
        "The union says 4,000 jobs will be cut at the Linden car plant.\n\
         The company said 2,500 jobs would be cut at the plant by March.",
        "About 4,000 jobs will be cut, according to the union. \
         At the Linden plant only 2,500 jobs will be cut, the company said.",
    ] {
        let report = Checker::new().check(&[Source::new("wire", text)]);
        assert_eq!(
            listed(&report, &report.conflicts),
            [format!(
                "high: {}",
                if text.starts_with("The") {
                    "4,000 jobs, 2,500 jobs"
                } else {
                    "About 4,000 jobs, 2,500 jobs"
                }
            )],
            "{text}"
        );
        assert!(report.conflicts[0].within_source && report.possible_conflicts.is_empty());
    }
}

#[test]
fn a_report_of_the_parts_and_the_whole_is_revised_from_the_whole() {
    // The first report gives the toll of the delta and of one city in
    // it; days later the agency gives one toll. The later figure revises
    // the whole, the first report's largest figure, not the city's.
    let sources = [
        dated(
            "first",
            "2031-08-02",
            "Floods killed at least 140 people across the delta. \
             In the port city, the floods killed at least 12 people.",
        ),
        dated(
            "later",
            "2031-08-06",
            "Officials now say 131 people were killed by the floods.",
        ),
    ];
    let report = Checker::new().check(&sources);
    assert_eq!(
        updates(&report),
        ["at least 140 people -> 131 people (later)"],
        "{:#?}",
        report.conflicts
    );

    // A later figure far under the first report's whole is not the
    // whole revised down to a sixth: it is a part, revised from the part
    // nearest to it.
    let sources = [
        dated(
            "first",
            "2031-09-03",
            "The earthquake killed about 8,400 people, the interior ministry said. \
             Across the border, the neighbouring state reported 120 killed.",
        ),
        dated(
            "later",
            "2031-09-12",
            "The neighbouring state has now reported 1,300 deaths.",
        ),
    ];
    let report = Checker::new().check(&sources);
    assert_eq!(
        updates(&report),
        ["120 killed -> 1,300 deaths (later)"],
        "{:#?}",
        report.conflicts
    );
}

#[test]
fn a_price_with_debt_and_the_parts_of_a_price_are_not_the_price() {
    // Takeover coverage gives the equity price, the price with the debt
    // the buyer takes on, and a share price with its cash and stock
    // parts. None of them contradicts another.
    let sources = [
        Source::new(
            "wire",
            "Halvorsen Foods agreed to buy Brightwell Dairies for $12.4 billion. \
             Halvorsen will pay $62 a share, including $40 in cash and $22 in \
             Halvorsen stock. The deal values Brightwell at $15.9 billion \
             including net debt.",
        ),
        Source::new(
            "paper",
            "Halvorsen is buying Brightwell for about $12.4 billion, or about \
             $16 billion with debt, paying $62 a share.",
        ),
    ];
    let report = Checker::new().check(&sources);
    assert!(
        report.conflicts.is_empty(),
        "{:?}",
        listed(&report, &report.conflicts)
    );
    let agreed: Vec<String> = agreed(&report).iter().map(|q| q.join(", ")).collect();
    for pair in [
        "about $12.4 billion, $12.4 billion",
        "$62, $62",
        "about $16 billion, $15.9 billion",
    ] {
        assert!(agreed.iter().any(|a| a == pair), "{pair}: {agreed:?}");
    }
    // The price with debt and the equity price are in doubt at most, and
    // so are the parts against the whole.
    for c in &report.possible_conflicts {
        assert!(c.doubt.is_some());
    }
}

#[test]
fn a_days_new_cases_are_not_the_tally() {
    // Outbreak reports give the day's new cases beside the running total;
    // the two are different quantities, and each is agreed on.
    let sources = [
        dated(
            "ministry",
            "2031-03-02",
            "The ministry said 14 new cases were confirmed on Monday, \
             bringing the total to 62 cases.",
        ),
        dated(
            "wire",
            "2031-03-02",
            "Health officials have now confirmed 62 cases of the fever. \
             Another statement listed 14 new cases on Monday.",
        ),
    ];
    let report = Checker::new().check(&sources);
    assert_no_disagreement(&report);
    let agreed = agreed(&report);
    assert!(
        agreed.contains(&vec!["14 new cases", "14 new cases"]),
        "{agreed:?}"
    );
    assert!(
        agreed
            .iter()
            .any(|a| a.len() == 2 && a.iter().all(|q| q.contains("62"))),
        "{agreed:?}"
    );

    // "Three more deaths" is the day's rise in the toll, as "new" is.
    let sources = [
        dated(
            "ministry",
            "2031-03-02",
            "The ministry said three more deaths were confirmed on Monday.",
        ),
        dated(
            "wire",
            "2031-03-02",
            "Officials said 11 people have died of the fever.",
        ),
    ];
    assert_no_disagreement(&Checker::new().check(&sources));

    // Another day's new cases are another day's: neither a revision of
    // Monday's nor a disagreement with them.
    let sources = [
        dated(
            "monday",
            "2031-03-02",
            "The ministry said 14 new cases were confirmed.",
        ),
        dated(
            "thursday",
            "2031-03-05",
            "The ministry said 9 new cases were confirmed.",
        ),
    ];
    assert_no_conflict_nor_update(&Checker::new().check(&sources));
}

#[test]
fn tolls_of_a_province_and_a_region_are_parts_of_the_whole() {
    // One report gives the toll of a province and of a region, each on an
    // official's word, and the national count; none contradicts another.
    // Two reports of one province's toll still disagree.
    let report = Checker::new().check(&[Source::new(
        "wire",
        "A provincial minister said 3,958 people died in the province. \
         The region's governor said at least 4,000 people died in that region. \
         The national count was raised to 9,700 people killed.",
    )]);
    assert!(
        report.conflicts.is_empty(),
        "{:?}",
        listed(&report, &report.conflicts)
    );
    let report = Checker::new().check(&[
        Source::new("a", "Officials said 120 people died in the province."),
        Source::new("b", "Officials said 150 people died in the province."),
    ]);
    assert_eq!(
        listed(&report, &report.conflicts),
        ["medium: 120 people, 150 people"]
    );
}

#[test]
fn a_figure_in_a_place_named_before_it_is_that_places() {
    // "in Marin County, where 52,000 were evacuated" counts one county's
    // evacuated: a later report of one fire's evacuated does not revise it.
    let sources = [
        dated(
            "first",
            "2031-10-09",
            "The fires have forced people from their homes across the state. \
             Most are in Marin County, where 52,000 were evacuated.",
        ),
        dated(
            "later",
            "2031-11-02",
            "More than 21,000 people were evacuated from the Ridge fire.",
        ),
    ];
    assert_no_conflict_nor_update(&Checker::new().check(&sources));
}

#[test]
fn the_toll_of_each_site_is_revised_apart_from_the_total() {
    // The first report gives each attack's toll, one of them in a
    // headline that names no place; the later one the total and, "of
    // these", each site's. Each site's toll is revised, the headline's
    // with its body's; the total revises neither.
    let sources = [
        dated(
            "first",
            "2031-03-04",
            "At least 40 dead in attack on hill town market\n\
             Gunmen killed at least 40 people at a crowded market in the \
             mountain town of Karsk on Monday. A car bomb in the provincial \
             capital of Velma, which killed at least five people, went off an \
             hour earlier.",
        ),
        dated(
            "later",
            "2031-03-07",
            "Officials now say 41 people were killed on Monday. \
             Of these, 34 were in Karsk and seven were from the bombing in Velma.",
        ),
    ];
    let report = Checker::new().check(&sources);
    let mut found = updates(&report);
    found.sort();
    assert_eq!(
        found,
        [
            "At least 40 dead -> 34 (later)",
            "at least five people -> seven (later)"
        ],
        "{:?}",
        listed(&report, &report.conflicts)
    );
    assert!(report.conflicts.is_empty());
}

#[test]
fn a_figure_told_as_raised_is_later_news_than_one_of_the_same_day() {
    // Two reports of one day: one gives the first figures, the other a
    // toll "risen to" a new one, with the missing in the same sentence.
    // The second is later news for both; a figure it gives in another,
    // plain sentence is not ordered by it.
    let sources = [
        dated(
            "harbour-daily",
            "2031-05-10",
            "The ferry capsized off Tanu Point on Sunday. Officials said 31 people \
             were dead and 12 were missing. About 60 people were hurt.",
        ),
        dated(
            "wire",
            "2031-05-10",
            "The death toll from the ferry disaster has risen to 38, with four people \
             still missing, the coast guard said. Some 45 people were hurt.",
        ),
    ];
    let report = Checker::new().check(&sources);
    let mut found = updates(&report);
    found.sort();
    assert_eq!(
        found,
        ["12 -> four people (wire)", "31 people -> 38 (wire)"],
        "{:?}",
        listed(&report, &report.conflicts)
    );
    assert_eq!(
        listed(&report, &report.conflicts),
        ["high: About 60 people, Some 45 people"]
    );
}

#[test]
fn a_countys_figures_are_not_the_quakes() {
    // One report lists a county's killed, missing and injured with the
    // county named once, after the last; another gives, beside the
    // story's toll, one county's dead where no place is read. Neither
    // county's figure revises the toll or conflicts with it.
    let sources = [
        dated(
            "agency",
            "2031-08-04",
            "The quake has killed at least 180 people, officials said. As of 8 p.m., \
             140 people had been killed, 90 were missing and 1,300 injured in Tarvel County.",
        ),
        dated(
            "wire",
            "2031-08-04",
            "The death toll rose to 398, with more than 1,800 injured. In the \
             neighbouring county of Huize and the hills around it, the quake has killed 10 people.",
        ),
        dated(
            "paper",
            "2031-08-05",
            "At least 398 people were killed in the quake.",
        ),
    ];
    let report = Checker::new().check(&sources);
    let found = updates(&report);
    assert!(
        found
            .iter()
            .all(|u| !u.starts_with("10 people") && !u.starts_with("140")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|u| u.starts_with("at least 180 people -> 398")),
        "{found:?}"
    );
    for c in listed(&report, &report.conflicts) {
        assert!(!c.contains("140 people"), "{c}");
    }
}

#[test]
fn a_conflict_is_told_by_its_sides_farthest_values() {
    // One side holds a distance and its miles, and another report's
    // hedged figure that overlaps it; the other side the miles alone. The
    // explanation names the farthest values of the two sides, never a
    // figure and its own restatement in another unit.
    let report = Checker::new().check(&[
        Source::new(
            "paper",
            "The victims were from Dalby, about 175km (109 miles) north of Carrow.",
        ),
        Source::new(
            "wire",
            "The passengers came from Dalby, about 150 kilometres north of Carrow.",
        ),
    ]);
    let c = report.conflicts.first().expect("a conflict of distances");
    let (lo, hi) = (
        &report.facts[c.spread.lowest],
        &report.facts[c.spread.highest],
    );
    assert_eq!(
        (lo.provenance.text.as_str(), hi.provenance.text.as_str()),
        ("about 150 kilometres", "109 miles")
    );
}

#[test]
fn the_strongest_aftershock_is_not_the_quake() {
    let report = Checker::new().check(&[
        Source::new(
            "agency",
            "A magnitude 6.4 earthquake struck the valley on Monday. More than 300 \
             aftershocks were recorded, the strongest measuring 5.2.",
        ),
        Source::new(
            "wire",
            "The 6.4-magnitude quake flattened villages. Of the more than 300 aftershocks felt \
             so far, the largest was a 5.2-magnitude tremor.",
        ),
    ]);
    assert_no_disagreement(&report);
    // Two reports of the quake itself still disagree.
    let report = Checker::new().check(&[
        Source::new(
            "agency",
            "A magnitude 6.4 earthquake struck the valley on Monday.",
        ),
        Source::new("wire", "A magnitude 5.9 quake struck the valley on Monday."),
    ]);
    assert_conflicts(&report, 1);
}

#[test]
fn counts_a_sentence_tells_apart_by_their_kind_are_two_quantities() {
    // "two counts of mail fraud and six counts of money laundering":
    // two offences, each confirmed by the other report. A bare tally of
    // cases is still set against "cases of cholera".
    let report = Checker::new().check(&[
        Source::new(
            "paper",
            "A jury convicted Hale of two counts of wire fraud and five counts of \
             tax evasion after a three-week trial.",
        ),
        Source::new(
            "wire",
            "Hale was found guilty of two counts of wire fraud and five counts of \
             tax evasion.",
        ),
    ]);
    assert_no_disagreement(&report);
    assert_eq!(agreed(&report).len(), 2, "{:?}", agreed(&report));
    let report = Checker::new().check(&[
        Source::new("a", "The ministry has recorded 2,100 cases of cholera."),
        Source::new("b", "The ministry has recorded 3,100 cases."),
    ]);
    assert_eq!(
        report.conflicts.len() + report.possible_conflicts.len(),
        1,
        "{:?}",
        listed(&report, &report.conflicts)
    );
}

#[test]
fn the_homeless_are_some_of_the_displaced() {
    // A first report gives the homeless; a later fact sheet gives the
    // displaced and the homeless. The displaced do not revise the
    // homeless, and the two reports of the homeless agree.
    let sources = [
        dated(
            "agency",
            "2031-05-12",
            "The floods damaged thousands of homes, and more than 2 million people \
             were left homeless.",
        ),
        dated(
            "sheet",
            "2031-06-30",
            "Total displaced: 6 million people. Total homeless: 2 million people.",
        ),
    ];
    let report = Checker::new().check(&sources);
    assert_no_conflict_nor_update(&report);
    assert!(
        agreed(&report)
            .iter()
            .any(|q| q.contains(&"more than 2 million people")),
        "{:?}",
        agreed(&report)
    );
}

#[test]
fn one_person_of_no_role_is_judged_against_nothing() {
    // "One person" in a quoted maxim names no one counted: it is in doubt
    // against no toll. A count of one with a role is still a tally.
    let report = Checker::new().check(&[
        Source::new(
            "paper",
            "At least 12 people were killed in the attack.\nHis account posted only a \
             single comment, quoting a philosopher: \"One person with a belief is equal \
             to the force of 100 who have only interests\".",
        ),
        Source::new("wire", "Police said 14 people were killed in the attack."),
    ]);
    assert!(
        report.possible_conflicts.is_empty(),
        "{:?}",
        listed(&report, &report.possible_conflicts)
    );
    let report = Checker::new().check(&[
        Source::new("a", "One person was killed in the blast."),
        Source::new("b", "Three people were killed in the blast."),
    ]);
    assert_conflicts(&report, 1);
}

#[test]
fn a_report_that_restates_the_latest_toll_has_not_lowered_it() {
    // The last report restates the current toll and gives one site's
    // share of it: the share is no revision down of the toll, and the
    // toll's update runs from the first figure to the current one.
    let sources = [
        dated(
            "wire",
            "2031-05-02",
            "Twenty-seven people have been killed in the attacks on two markets.",
        ),
        dated(
            "paper",
            "2031-05-04",
            "The death toll from the market attacks has risen to 29.",
        ),
        dated(
            "weekly",
            "2031-05-20",
            "In all, 29 men, women and children had been gunned down. The gunmen \
             walked through the fish hall and the gate with rifles, killing 22 people.",
        ),
    ];
    let report = Checker::new().check(&sources);
    let found = updates(&report);
    assert!(found.iter().all(|u| !u.contains("-> 22")), "{found:?}");
    assert!(
        found
            .iter()
            .any(|u| u.starts_with("Twenty-seven people -> 29 (paper)")),
        "{found:?}"
    );
}

#[test]
fn a_round_figure_agrees_with_the_same_figure_given_as_a_floor() {
    // One announcement, told as "more than", "just over" and the round
    // figure: one value, not a conflict.
    let report = Checker::new().check(&[
        Source::new(
            "memo",
            "Norvik will eliminate just over 6,000 roles, its chief said.",
        ),
        Source::new(
            "wire",
            "Norvik to cut 6,000 jobs\n\nThe retailer will cut 6,000 jobs.",
        ),
        Source::new(
            "local",
            "Norvik to shed more than 6,000 jobs across its stores.",
        ),
    ]);
    assert_no_disagreement(&report);
    assert!(
        agreed(&report).iter().any(|q| q.len() >= 3),
        "{:?}",
        agreed(&report)
    );
    // A figure below the floor still falls outside it.
    let report = Checker::new().check(&[
        Source::new("wire", "Norvik will cut 5,000 jobs."),
        Source::new("local", "Norvik to shed over 6,000 jobs."),
    ]);
    assert_conflicts(&report, 1);
}

#[test]
fn a_count_of_no_role_that_shares_nothing_with_the_others_is_in_doubt() {
    // Two reports of a relief agency's tents share their words; a third
    // report's tents, in an anecdote, share nothing with either. The
    // three are not shown to be one quantity.
    let report = Checker::new().check(&[
        Source::new(
            "a",
            "The Red Cross sent 400 tents to the camp by the river on Monday.",
        ),
        Source::new(
            "b",
            "The Red Cross said 411 tents had reached the camp by the river.",
        ),
        Source::new(
            "c",
            "Her cousin, a keen hiker, has kept forty tents in her shed, she said.",
        ),
    ]);
    assert!(
        report.conflicts.is_empty(),
        "{:?}",
        listed(&report, &report.conflicts)
    );
    assert_eq!(
        report.possible_conflicts.len(),
        1,
        "{:?}",
        listed(&report, &report.possible_conflicts)
    );
}

#[test]
fn an_undated_figure_between_the_dated_ones_does_not_stop_the_update() {
    // A wire story with no date tells of a figure given a day and lowered
    // the next. The dated reports run from 12 to 20; the undated report's
    // figures lie between them, so the toll's update stands.
    let undated = Source::new(
        "agency",
        "Officials lower confirmed toll to 15 in tunnel fire\n\n\
         On Monday, the governor told reporters that 16 people had died. \
         On Tuesday, the fire service lowered the number of confirmed dead to 15.",
    );
    let mut sources = vec![
        dated(
            "daily",
            "2032-03-01",
            "The death toll from the tunnel fire has risen to 12.",
        ),
        dated(
            "weekly",
            "2032-03-03",
            "At least 15 people were killed in the tunnel fire, officials said.",
        ),
        dated(
            "monthly",
            "2032-03-06",
            "Crews found two more bodies, bringing the death toll to 20.",
        ),
        undated,
    ];
    let report = Checker::new().check(&sources);
    let found = updates(&report);
    assert!(
        found.iter().any(|u| u.starts_with("12 -> 20 (monthly)")),
        "{found:?}"
    );
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);

    // A toll that only rose between dated reports is read as having
    // reached an undated report's figure above them all later, as tolls
    // do while bodies are found; the update tells that it has no date.
    sources[3] = Source::new(
        "agency",
        "Rescuers said 31 people had died in the tunnel fire.",
    );
    let report = Checker::new().check(&sources);
    assert_eq!(updates(&report), ["12 -> 31 people (agency)"]);
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    let told = report.explain_update(&report.updates[0]);
    assert!(told.contains("(no date)"), "{told}");

    // One below them all may be a part, or an earlier report: it cannot
    // be placed, and is no update.
    sources[3] = Source::new(
        "agency",
        "Rescuers said 8 people had died in the tunnel fire.",
    );
    let report = Checker::new().check(&sources);
    assert!(report.updates.is_empty(), "{:?}", updates(&report));
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);

    // Nor is one above a toll that was lowered between dated reports.
    sources[1] = dated(
        "weekly",
        "2032-03-03",
        "Officials said 25 people were killed in the tunnel fire.",
    );
    sources[3] = Source::new(
        "agency",
        "Rescuers said 31 people had died in the tunnel fire.",
    );
    let report = Checker::new().check(&sources);
    assert!(report.updates.is_empty(), "{:?}", updates(&report));
}

#[test]
fn a_count_of_more_dead_adds_to_the_toll_and_is_not_a_toll() {
    // "two more people have been confirmed dead" tells of the day's
    // addition; the toll runs from 29 to 31, and the addition neither
    // conflicts with it nor revises it.
    let sources = [
        dated(
            "wire",
            "2032-10-11",
            "The fires in the valley have killed 29 people, officials said. \
             They attributed another six deaths to fires in the hills.",
        ),
        dated(
            "weekly",
            "2032-10-12",
            "The sheriff said two more people have been confirmed dead. \
             The toll from the fires has reached 31.",
        ),
        dated(
            "paper",
            "2032-10-12",
            "The sheriff said two more people have been confirmed dead in the valley. \
             That raises the death toll from the fires to 31.",
        ),
        dated(
            "radio",
            "2032-10-13",
            "Two more people died in hospital on Friday, officials said. \
             Searchers found four more bodies in the burned hills.",
        ),
    ];
    let report = Checker::new().check(&sources);
    assert_no_disagreement(&report);
    let found = updates(&report);
    assert_eq!(found, ["29 people -> 31 (paper)"], "{found:?}");
}

#[test]
fn a_floor_names_no_narrower_group() {
    // "more than" bounds a figure; it does not make its group "the
    // others", so a figure under the floor is a conflict, not a doubt.
    let report = Checker::new().check(&[
        Source::new(
            "ministry",
            "The ministry has recorded more than 3,100 cases of cholera in the province.",
        ),
        Source::new(
            "agency",
            "Health workers have recorded 2,100 cases of cholera in the province.",
        ),
    ]);
    assert_eq!(
        report.conflicts.len(),
        1,
        "{:?} {:?}",
        listed(&report, &report.conflicts),
        listed(&report, &report.possible_conflicts)
    );
}

#[test]
fn a_further_count_of_another_role_is_that_roles_whole() {
    // "killed, and a further 48 injured" counts every injured person: it
    // is not a part of the injured that a total of 90 might hold.
    let report = Checker::new().check(&[
        Source::new(
            "wire",
            "Fifteen people were killed and a further 48 were injured in the depot blast.",
        ),
        Source::new(
            "paper",
            "A total of 90 people were injured in the depot blast, the hospital said.",
        ),
    ]);
    assert_eq!(
        report.conflicts.len(),
        1,
        "{:?} {:?}",
        listed(&report, &report.conflicts),
        listed(&report, &report.possible_conflicts)
    );
    // "another" within one role still adds to it.
    let report = Checker::new().check(&[
        Source::new(
            "wire",
            "Twelve people were injured on Monday, and another 48 were injured overnight.",
        ),
        Source::new(
            "paper",
            "A total of 90 people were injured in the riots, the hospital said.",
        ),
    ]);
    let found = listed(&report, &report.conflicts);
    assert!(found.iter().all(|c| !c.contains("48")), "{found:?}");
}

#[test]
fn past_deals_of_different_names_are_not_one_figure() {
    // Two reports recall earlier deals for scale: each is a figure of the
    // past, and they name different deals. A clause opened by "when"
    // after a year holds at that year, however long it runs.
    let sources = [
        dated(
            "weekly",
            "2031-01-19",
            "Norvik agreed to buy Calder Games for $61 billion. Norvik tried to \
             set a record in 2012, when its then chief executive pursued plans \
             to buy Halden for about $44 billion. The record deal remains \
             Orbis Systems' $41 billion purchase of Kellerman in 2000. Next \
             comes Tessan's $34 billion takeover of Orbis Systems in 2019.",
        ),
        dated(
            "daily",
            "2031-01-18",
            "Norvik agreed to buy Calder Games for $61 billion. The deal adds to the \
             studios it acquired after buying Westbrook Studios for $7.5 billion \
             last year.",
        ),
    ];
    let report = Checker::new().check(&sources);
    let found = listed(&report, &report.conflicts);
    assert!(found.is_empty(), "{found:?}");
    assert!(
        agreed(&report).iter().any(|q| q.contains(&"$61 billion")),
        "{:?}",
        agreed(&report)
    );
}

#[test]
fn an_amount_restated_in_brackets_is_judged_in_its_own_currency() {
    // Two reports convert one fine at two days' rates of exchange: the
    // dollar figures differ, the fine does not. A figure an outdoing verb
    // sets beside the story's, or one a clause tells as a year before, is
    // an earlier fine.
    let sources = [
        dated(
            "wire",
            "2031-07-18",
            "Regulators hit Norvik with a record 4.3 billion euro ($5.0 billion) \
             fine on Wednesday, topping the 2.4 billion euros it was ordered to \
             pay in another case.",
        ),
        dated(
            "journal",
            "2031-10-09",
            "Norvik appealed against the 4.3 billion euro ($4.9 billion) fine. \
             The penalty came a year after regulators handed down a 2.4 billion \
             euro fine to Norvik over its shopping service.",
        ),
        dated(
            "paper",
            "2031-07-19",
            "Norvik was fined 4.3 billion euros, dwarfing the €2.1bn fine it \
             was given over its shopping service.",
        ),
    ];
    let report = Checker::new().check(&sources);
    assert!(
        report.conflicts.is_empty(),
        "{:?}",
        listed(&report, &report.conflicts)
    );
    let agreed = agreed(&report);
    assert!(
        agreed
            .iter()
            .any(|q| q.iter().filter(|t| t.contains("4.3 billion euro")).count() >= 3),
        "{agreed:?}"
    );
    // Dollar figures stated in their own right are judged.
    let report = Checker::new().check(&[
        Source::new("a", "Regulators fined Norvik $5.0 billion on Wednesday."),
        Source::new("b", "Regulators fined Norvik $4.3 billion on Wednesday."),
    ]);
    assert_conflicts(&report, 1);
    // Years after an event at the head of a sentence date the story's own
    // figure: it is judged.
    let report = Checker::new().check(&[
        Source::new(
            "c",
            "Two years after the flood, 300 homes in the valley stand empty.",
        ),
        Source::new(
            "d",
            "Two years after the flood, 450 homes in the valley stand empty.",
        ),
    ]);
    assert_conflicts(&report, 1);
}

#[test]
fn premiums_over_the_prices_of_different_days_are_two_quantities() {
    // One offer is a 21% premium over the last close and a 47% premium
    // over the price of the day before the bidder began buying: two
    // bases, and the days themselves are no dates of the story.
    let sources = [
        dated(
            "wire",
            "2031-04-14",
            "The offer of $61.50 a share is a 21% premium over Calder's closing \
             price yesterday.",
        ),
        dated(
            "paper",
            "2031-04-15",
            "That bid is a 47% premium over the March 2 closing price, when \
             Norvik began building its stake.",
        ),
        dated(
            "journal",
            "2031-04-16",
            "The $61.50 a share offer marks a 47% premium to Calder's closing \
             price on March 2.",
        ),
    ];
    let report = Checker::new().check(&sources);
    assert!(
        report.conflicts.is_empty(),
        "{:?}",
        listed(&report, &report.conflicts)
    );
    assert!(
        agreed(&report)
            .iter()
            .any(|q| q.contains(&"47%") && q.len() >= 2),
        "{:?}",
        agreed(&report)
    );
}

#[test]
fn a_word_like_hundreds_states_no_side_of_an_update() {
    // The later report says "hundreds of passengers" as well as its
    // figure: the word holds the earlier figure too, but it is no figure
    // a revision can be read from, and the count grew from 380 to 412.
    let sources = [
        dated(
            "early",
            "2032-05-07",
            "The ferry was carrying 380 passengers when it capsized off the cape.",
        ),
        dated(
            "later",
            "2032-05-10",
            "The ferry, which carried hundreds of passengers, capsized on Wednesday. \
             Officials now say it was carrying 412 passengers.",
        ),
    ];
    let report = Checker::new().check(&sources);
    assert!(
        report.conflicts.is_empty(),
        "{:?}",
        listed(&report, &report.conflicts)
    );
    let found = updates(&report);
    assert_eq!(
        found,
        ["380 passengers -> 412 passengers (later)"],
        "{found:?}"
    );
    // Reports that give only words state them: "hundreds of troops" one
    // day and "thousands of soldiers" two days later is an update.
    let report = Checker::new().check(&[
        dated(
            "first",
            "2032-08-17",
            "Hundreds of extra troops were sent to the flooded state on Friday.",
        ),
        dated(
            "second",
            "2032-08-19",
            "Thousands of soldiers were helping with the rescue on Sunday.",
        ),
    ]);
    assert_conflicts(&report, 0);
    assert_eq!(report.updates.len(), 1, "{:?}", updates(&report));
}

/// A report of undated sources, each an id and a text.
fn check(sources: &[(&str, &str)]) -> Report {
    let sources: Vec<Source> = sources
        .iter()
        .map(|&(id, text)| Source::new(id, text))
        .collect();
    Checker::new().check(&sources)
}

/// A report of dated sources, each an id, a day and a text.
fn check_dated(sources: &[(&str, &str, &str)]) -> Report {
    let sources: Vec<Source> = sources
        .iter()
        .map(|&(id, day, text)| dated(id, day, text))
        .collect();
    Checker::new().check(&sources)
}

#[test]
fn a_shares_market_price_is_not_the_price_offered_for_it() {
    // A takeover story gives the offer and the market's price: the stock
    // jumps towards the offer and trades below it. Each is its own
    // quantity, and the price a premium is measured from is the market's
    // of before the news.
    let sources = [
        dated(
            "wire",
            "2031-03-04",
            "Harlow Foods agreed to buy Pennine Dairies for $48.75 a share in cash. \
             The offer is a premium of 31% to Pennine's closing price of $37.20 on Friday.",
        ),
        dated(
            "paper",
            "2031-03-04",
            "Pennine shares jumped 24% to $46.10 in early trading after Harlow offered \
             $48.75 per share.",
        ),
        dated(
            "blog",
            "2031-03-05",
            "The stock closed at $46.85, still below the $48.75 offer. Harlow could sell \
             new shares worth up to $2 billion to pay for the deal.",
        ),
    ];
    let report = Checker::new().check(&sources);
    assert_no_disagreement(&report);
    // The offer is stated alike by the three reports.
    let offer = report
        .corroborations
        .iter()
        .find(|c| {
            c.mentions
                .iter()
                .any(|&i| report.facts[i].provenance.text == "$48.75")
        })
        .expect("the offer is corroborated");
    assert_eq!((offer.subject.as_str(), offer.sources), ("price", 3));
    // A day later the market's price is a revision, not a disagreement.
    assert_eq!(updates(&report), ["$46.10 -> $46.85 (blog)"]);

    // Two reports of one day that give the close differently disagree.
    let report = check_dated(&[
        (
            "a",
            "2031-03-05",
            "Pennine shares closed at $46.85 on Tuesday.",
        ),
        (
            "b",
            "2031-03-05",
            "Pennine shares closed at $44.60 on Tuesday.",
        ),
    ]);
    assert_eq!(listed(&report, &report.conflicts), ["low: $46.85, $44.60"]);
    assert_eq!(report.conflicts[0].subject, "market price");

    // A listing: the offering's price, then the first trade and the close
    // of the day, told in the words markets use.
    let report = check_dated(&[
        (
            "desk",
            "2031-05-10",
            "Tarn Rides priced its shares at $45 each. The shares debuted at $42 and the \
             company closed Friday at $41.57.",
        ),
        (
            "daily",
            "2031-05-10",
            "The ride app sold its shares at $45 apiece, but its share price went down to \
             $41.57 by the close. It began trading as a public company at $42 a share.",
        ),
    ]);
    assert_conflicts(&report, 0);
    let offer = report
        .corroborations
        .iter()
        .find(|c| {
            c.mentions
                .iter()
                .any(|&i| report.facts[i].provenance.text == "$45")
        })
        .expect("the offering's price is corroborated");
    assert!(
        offer
            .mentions
            .iter()
            .all(|&i| report.facts[i].provenance.text == "$45"),
        "{}",
        quotes(&report, &offer.mentions).join(", ")
    );

    // The offering priced "before trading" is the offer; a close after
    // "rose and" is the market's.
    let report = check_dated(&[
        (
            "gulf",
            "2031-12-11",
            "The company sold a 1.5% stake, pricing its shares before trading at 32 riyals.",
        ),
        (
            "desk",
            "2031-12-11",
            "Shares opened at 35.2 riyals, 10% higher than the IPO price of 32 riyals.",
        ),
        (
            "wire",
            "2031-12-11",
            "Shares rose and closed at 35.8 riyals.",
        ),
        ("feed", "2031-12-11", "The shares closed at 36.4 riyals."),
    ]);
    let found = listed(&report, &report.conflicts);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("35.8 riyals")
            && found[0].contains("36.4 riyals")
            && !found[0].contains("32 riyals"),
        "{found:?}"
    );

    // A ceiling is no move of a share: "shares worth up to $2 billion" is
    // the offering's size, stated alike.
    let report = check(&[
        ("a", "Harlow could sell new shares worth up to $2 billion."),
        ("b", "Harlow may sell new shares worth up to $2 billion."),
    ]);
    assert_conflicts(&report, 0);
    assert!(
        report
            .corroborations
            .iter()
            .any(|c| c.subject != "market price" && c.sources == 2),
        "{:?}",
        report.corroborations
    );
}

#[test]
fn a_toll_told_of_one_place_alone_is_a_part_of_the_whole() {
    // Reports of one day give the whole toll and the toll of one town or
    // one street "alone", or "the toll in" two villages: parts, not other
    // tallies of the whole.
    let sources = [
        dated(
            "wire",
            "2033-06-02",
            "The earthquake killed at least 120 people across the valley. \
             In the hill town of Castelluccio alone, 48 people died.",
        ),
        dated(
            "paper",
            "2033-06-02",
            "At least 120 people were killed, officials said. The quake killed 61 people \
             in Norvello alone, and in one street alone, 9 people were killed.",
        ),
        dated(
            "radio",
            "2033-06-02",
            "Officials said 120 people had been killed. The toll in Fenby and Marlow \
             stood at 31 and 12.",
        ),
    ];
    let report = Checker::new().check(&sources);
    assert_conflicts(&report, 0);
    let whole = report
        .corroborations
        .iter()
        .find(|c| {
            c.mentions
                .iter()
                .any(|&i| report.facts[i].provenance.text.contains("120"))
        })
        .expect("the whole toll is corroborated");
    assert_eq!(whole.sources, 3);
    for part in ["48 people", "61 people", "9 people", "31"] {
        assert!(
            !whole
                .mentions
                .iter()
                .any(|&i| report.facts[i].provenance.text == part),
            "{part} joined the whole"
        );
    }

    // The whole still disagrees with another whole, and "alone" with no
    // place or group before it names no part.
    let report = check_dated(&[
        ("a", "2033-06-02", "Officials said 120 people were killed."),
        (
            "b",
            "2033-06-02",
            "The toll stood at 135 people killed, officials said.",
        ),
    ]);
    assert_conflicts(&report, 1);
    let report = check_dated(&[
        (
            "a",
            "2033-06-02",
            "Police evacuated 40 people who lived alone on the estate.",
        ),
        (
            "b",
            "2033-06-02",
            "Police evacuated 55 people from the estate.",
        ),
    ]);
    assert_conflicts(&report, 1);
}

#[test]
fn an_amount_of_a_named_year_is_not_the_story_s() {
    // A listing story recalls the record it broke: the earlier deal's
    // amount, tied to its year right after it or after the words that
    // name the deal, is not this listing's.
    let report = check(&[
        (
            "wire",
            "Qarin Energy raised $25.6 billion, above Alibaba's $25 billion listing in 2014.",
        ),
        (
            "paper",
            "Qarin Energy raised $25.6 billion. Alibaba raised $25bn in 2014.",
        ),
        (
            "blog",
            "Qarin Energy raised $29.4 billion after selling more shares.",
        ),
    ]);
    let found = listed(&report, &report.conflicts);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("$29.4 billion")
            && !found[0].contains("$25 billion")
            && !found[0].contains("$25bn"),
        "{found:?}"
    );
}

#[test]
fn a_report_with_no_date_still_dates_a_figure_years_before_the_story() {
    // An undated report recalls an earlier disaster by its month and
    // year: the story's dated reports say which years are past.
    let report = Checker::new().check(&[
        dated(
            "wire",
            "2031-01-27",
            "The dam collapse has killed 34 people, officials said.",
        ),
        Source::new(
            "weekly",
            "The dam collapse has killed 34 people. In November 2027, 19 people were killed \
             when another dam burst at a mine nearby.",
        ),
    ]);
    assert_no_disagreement(&report);
}

#[test]
fn a_county_named_with_its_kind_scopes_a_count() {
    // "Orange County now has 21 cases": the name of a region written with
    // its kind is a place, at the start of a sentence too, so the
    // counties' counts are parts of the state's.
    let report = check(&[
        (
            "times",
            "The outbreak has grown to 78 cases across the state. Orange County now has 21 \
             confirmed cases. Los Angeles County follows with 14 cases.",
        ),
        (
            "register",
            "Health officials have confirmed 78 cases in the outbreak.",
        ),
    ]);
    assert_conflicts(&report, 0);
    let state = report
        .corroborations
        .iter()
        .find(|c| {
            c.mentions
                .iter()
                .any(|&i| report.facts[i].provenance.text == "78 cases")
        })
        .expect("the state's count is corroborated");
    assert_eq!(state.sources, 2);
    assert!(
        report.possible_conflicts.iter().all(|c| c
            .mentions
            .iter()
            .all(|&i| !report.facts[i].provenance.text.contains("78"))),
        "{:?}",
        listed(&report, &report.possible_conflicts)
    );
}

#[test]
fn a_date_that_opens_a_sentence_dates_its_figures() {
    // "In 2019, ..., killing 72 people" recalls another disaster however
    // far the figure stands from the year.
    let report = check_dated(&[
        (
            "wire",
            "2031-07-02",
            "The tower fire killed 12 people, officials said.",
        ),
        (
            "paper",
            "2031-07-02",
            "The tower fire killed 12 people. In 2019, the year the tower was finished, a \
             fire at another block in the same district spread through its cladding, killing \
             72 people.",
        ),
    ]);
    assert_no_disagreement(&report);
}

#[test]
fn the_last_days_reports_may_disagree_after_days_of_revisions() {
    // A toll rises over four days; on the fifth one report keeps the
    // evening before's figure beside another with the day's briefing.
    // The rise is an update and the fifth day's two figures a conflict.
    let report = check_dated(&[
        (
            "a",
            "2032-06-25",
            "The collapse has killed four people, officials said.",
        ),
        (
            "b",
            "2032-06-28",
            "The number of confirmed deaths increased to 11 on Monday.",
        ),
        (
            "c",
            "2032-06-30",
            "The death toll rose to 18, the mayor said.",
        ),
        (
            "d",
            "2032-07-06",
            "Officials said 28 people had died by Tuesday morning.",
        ),
        (
            "e",
            "2032-07-06",
            "The confirmed death toll is 32, officials said on Tuesday.",
        ),
    ]);
    assert_eq!(updates(&report), ["four people -> 18 (c)"]);
    assert_eq!(
        listed(&report, &report.conflicts),
        ["medium: 28 people, 32"]
    );
}

#[test]
fn a_word_beside_a_report_s_own_figure_restates_it_loosely() {
    // "left thousands homeless" and "300,000 homeless" in one report: the
    // word restates the figure, it does not disagree with it, nor with
    // another report's "more than 300,000".
    let report = check(&[
        (
            "wire",
            "The blasts killed hundreds and left thousands homeless in the capital. The toll \
             stood at 220 on Wednesday, with some 6,000 people injured and 300,000 homeless \
             from the damage.",
        ),
        ("paper", "More than 300,000 people have been left homeless."),
    ]);
    assert_conflicts(&report, 0);
    // A report that gives only the word states it.
    let report = check(&[
        ("wire", "The blasts left thousands of people homeless."),
        ("paper", "The explosion left 300,000 people homeless."),
    ]);
    assert_conflicts(&report, 1);
}

#[test]
fn those_on_board_are_no_tally_of_a_role_left_unstated() {
    // "476 people on board" counts everyone aboard: the killed are among
    // them, and the two are not in doubt as one count. A bare count with
    // no role still is.
    let report = check(&[
        (
            "wire",
            "The ferry had 476 people on board when it sank. The death toll rose to 87.",
        ),
        (
            "paper",
            "The death toll from the sinking rose to 87 on Monday.",
        ),
    ]);
    assert_no_disagreement(&report);
    let report = check(&[
        (
            "wire",
            "The death toll from the sinking rose to 87 on Monday.",
        ),
        ("paper", "Divers found 120 people in the sunken ferry."),
    ]);
    assert_eq!(
        report.possible_conflicts.len(),
        1,
        "{:?}",
        listed(&report, &report.possible_conflicts)
    );
}

#[test]
fn a_word_like_several_puts_no_count_in_doubt() {
    // "Several rescued passengers said ..." is too loose to set against a
    // count of passengers whose role is not stated.
    let report = check(&[
        (
            "wire",
            "Several rescued passengers said they had been told to stay in their seats.",
        ),
        ("paper", "Divers searched the cabins of 287 passengers."),
    ]);
    assert_no_disagreement(&report);
}

#[test]
fn a_toll_reported_at_different_hours_of_one_day_is_an_update() {
    // A ferry toll rises through the week; on the second day two reports,
    // hours apart, give 118 and 121. Figures of one day that close, on a
    // toll that only rises, were told at different hours.
    let week = |first: &str, monday: [&str; 2], last: &str| {
        check_dated(&[
            ("wire", "2031-03-02", first),
            ("radio", "2031-03-03", monday[0]),
            ("daily", "2031-03-03", monday[1]),
            ("weekly", "2031-03-05", last),
        ])
    };
    let died = "At least 112 people died when the ferry capsized, officials said.";
    let report = week(
        died,
        [
            "The death toll rose to 118 on Monday.",
            "The sinking has killed 121 people, the coast guard said.",
        ],
        "The toll reached 126, officials said.",
    );
    assert_eq!(updates(&report), ["At least 112 people -> 126 (weekly)"]);
    assert_no_disagreement(&report);

    // Traps: a wider gap on one day stays a disagreement, and so does a
    // close one among counts of the injured, which no hour explains.
    let wide = week(
        died,
        [
            "The death toll is 118, officials said.",
            "The sinking has killed 140 people, the coast guard said.",
        ],
        "The toll reached 146, officials said.",
    );
    assert_eq!(listed(&wide, &wide.conflicts), ["medium: 140 people, 118"]);
    assert_eq!(updates(&wide), ["At least 112 people -> 146 (weekly)"]);
    let injured = week(
        "At least 112 people were injured when the ferry capsized.",
        [
            "Officials said 118 people were injured.",
            "The sinking has injured 121 people, the coast guard said.",
        ],
        "The injured numbered 126, officials said.",
    );
    assert!(!injured.conflicts.is_empty(), "{:?}", updates(&injured));
}

#[test]
fn a_floor_carried_beside_the_days_figure_does_not_disagree_with_it() {
    // "At least 38" kept in one report on a day another gives 42: the
    // floor holds the figure, and the toll is one update.
    let collapse = |agency: &str, paper: &str| {
        check_dated(&[
            (
                "early",
                "2031-08-14",
                "The collapse of the viaduct killed 22 people, officials said.",
            ),
            ("agency", "2031-08-16", agency),
            ("paper", "2031-08-16", paper),
            (
                "final",
                "2031-08-18",
                "The toll from the collapse stands at 43.",
            ),
        ])
    };
    let report = collapse(
        "The bridge collapse has claimed at least 38 lives.",
        "The death toll rose to 42 on Thursday.",
    );
    assert_eq!(updates(&report), ["22 people -> 43 (final)"]);
    assert_no_disagreement(&report);

    // Trap: an exact figure on that day is a disagreement of its own,
    // and the days around it still make the update.
    let exact = collapse(
        "The bridge collapse has killed 38 people, police said.",
        "The death toll is 42, officials said.",
    );
    assert_eq!(listed(&exact, &exact.conflicts), ["medium: 38 people, 42"]);
    assert_eq!(updates(&exact), ["22 people -> 43 (final)"]);
}

#[test]
fn a_count_of_the_missing_that_only_fell_reaches_an_undated_lower_figure() {
    // The missing fall from day to day as people are found; an undated
    // page with fewer still is read as later.
    let reports = [
        (
            "times",
            "2031-11-16",
            "More than 1,000 people are missing, the sheriff said.",
        ),
        ("post", "2031-11-25", "Some 249 people are still missing."),
        ("daily", "2031-11-26", "There are 203 people still missing."),
    ];
    let report = check_dated(&reports);
    let mut sources = vec![Source::new(
        "bee",
        "Only 11 people remain missing, the sheriff said.",
    )];
    sources.extend(reports.iter().map(|&(id, day, text)| dated(id, day, text)));
    let with_undated = Checker::new().check(&sources);
    assert_eq!(
        updates(&report),
        ["More than 1,000 people -> 203 people (daily)"]
    );
    assert_eq!(
        updates(&with_undated),
        ["More than 1,000 people -> 11 people (bee)"]
    );
    assert_no_disagreement(&with_undated);
}

#[test]
fn a_date_after_a_word_of_going_on_names_no_event() {
    // "continued to rise Monday" and "continued Friday" in reports of
    // different days are two days of an ongoing story, not two answers
    // to when one thing happened.
    let report = check_dated(&[
        (
            "gazette",
            "2031-11-12",
            "The wildfire's death toll continued to rise Monday with 42 killed.",
        ),
        (
            "times",
            "2031-11-16",
            "The search for the missing continued Friday in the burned town.",
        ),
    ]);
    assert!(
        report.conflicts.iter().all(|c| c.kind != Kind::Date),
        "{:?}",
        listed(&report, &report.conflicts)
    );
    // Trap: a word that names an event still sets its dates apart.
    let delivered = check(&[
        (
            "court",
            "The verdict was delivered on March 5 in a packed room.",
        ),
        (
            "radio",
            "The verdict was delivered on March 3 to a silent court.",
        ),
    ]);
    assert_eq!(
        listed(&delivered, &delivered.conflicts),
        ["medium: March 5, March 3"]
    );
}

#[test]
fn the_rest_of_a_group_is_not_the_group() {
    // "One man has been charged"; "two other men remain in custody": the
    // rest of those held, not a second count of the one charged.
    let report = check(&[
        (
            "press",
            "One man has been arrested and charged with murder, police said.",
        ),
        (
            "agency",
            "Two other men were arrested at a roadblock, police said.",
        ),
    ]);
    assert!(
        report.conflicts.is_empty(),
        "{:?}",
        listed(&report, &report.conflicts)
    );
    // Trap: two counts of the same rest still disagree.
    let rest = check(&[
        ("press", "Two other men were arrested at a roadblock."),
        ("agency", "Three other men were arrested at a roadblock."),
    ]);
    assert_eq!(
        listed(&rest, &rest.conflicts),
        ["high: Three other men, Two other men"]
    );
}

#[test]
fn changes_told_by_reports_of_days_not_known_to_be_one_are_in_doubt() {
    // "sixteen more victims" named on Monday, "ten more victims" in a
    // report of no date: two days' changes, most likely.
    let sources = [
        dated(
            "daily",
            "2031-11-26",
            "The sheriff released the names of sixteen more victims of the fire.",
        ),
        Source::new(
            "bee",
            "Ten more victims of the fire have been identified, the sheriff said.",
        ),
    ];
    let report = Checker::new().check(&sources);
    assert!(
        report.conflicts.is_empty(),
        "{:?}",
        listed(&report, &report.conflicts)
    );
    assert_eq!(
        report
            .possible_conflicts
            .iter()
            .map(|c| c.doubt)
            .collect::<Vec<_>>(),
        [Some(crosscheck::report::Doubt::DaysDiffer)]
    );
    // Trap: two reports of one day that give the day's change apart
    // disagree.
    let same_day = check_dated(&[
        (
            "daily",
            "2031-11-26",
            "The sheriff released the names of sixteen more victims of the fire.",
        ),
        (
            "bee",
            "2031-11-26",
            "Ten more victims of the fire have been identified, the sheriff said.",
        ),
    ]);
    assert_eq!(
        same_day.conflicts.len(),
        1,
        "{:?}",
        same_day.possible_conflicts
    );
}

#[test]
fn a_raised_bid_is_an_update_of_the_deal() {
    // A takeover agreed at $52.4 billion in December and raised to $71.3
    // billion in June: the deal's value was revised, not misreported.
    let report = check_dated(&[
        (
            "wire",
            "2031-12-14",
            "The studio agreed to buy the rival's film assets for $52.4 billion.",
        ),
        (
            "paper",
            "2032-06-20",
            "The studio raised its bid for the assets to $71.3 billion.",
        ),
    ]);
    assert_eq!(updates(&report), ["$52.4 billion -> $71.3 billion (paper)"]);
    assert_no_disagreement(&report);
    // Trap: two reports of one day that value the deal apart disagree.
    let same_day = check_dated(&[
        (
            "wire",
            "2031-12-14",
            "The studio agreed to buy the rival's film assets for $52.4 billion.",
        ),
        (
            "paper",
            "2031-12-14",
            "The studio agreed to buy the rival's film assets for $52.8 billion.",
        ),
    ]);
    assert_eq!(
        listed(&same_day, &same_day.conflicts),
        ["low: $52.8 billion, $52.4 billion"]
    );
}
