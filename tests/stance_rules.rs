//! Table-driven stance tests: positives and the hard negatives of each hint kind.
//! Each row: text, then the expected value of one flag of the (single) sentence.
#![cfg(not(target_arch = "wasm32"))]

use proselens::analysis::SentenceStance;

fn stance(text: &str) -> SentenceStance {
    let options = proselens::Options {
        cleanup: false,
        ..Default::default()
    };
    let result = proselens::analyze(text, &options).expect("valid");
    assert_eq!(
        result.sentences.len(),
        1,
        "one sentence expected in {text:?}"
    );
    result.sentences[0].stance.clone()
}

macro_rules! flag_cases {
    ($name:ident, $field:ident, [$(($text:expr, $want:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let mut failures = Vec::new();
            $(
                let got = stance($text).$field;
                if got != $want {
                    failures.push(format!("{:?}: expected {}, got {}", $text, $want, got));
                }
            )*
            assert!(failures.is_empty(), "{}", failures.join("\n"));
        }
    };
}

flag_cases!(
    hedges,
    hedged,
    [
        ("The recovery may stall next year.", true),
        ("The results might not generalise to older adults.", true),
        ("Economists warned that the recovery could stall.", true),
        ("The vote is likely to be close.", true),
        ("It is possible that the data were mislabelled.", true),
        ("The mechanism remains unclear.", true),
        ("The cause is not yet understood.", true),
        ("In my view, the plan is too timid.", true),
        ("The festival opens on May 3 in the old town.", false),
        ("Visitors may bring their own food.", false),
        ("Its attribution is still disputed.", true),
        ("Boats fish in disputed parts of the sea.", false),
        ("The question is how often the patrols happen.", false),
        ("She could swim before she could walk.", false),
        ("The might of the army was on display.", false),
        ("How long could the truce possibly hold?", true),
        ("How long could the truce hold?", false),
        ("Investigators could not prove the link.", false),
        ("About 300 people attended the meeting.", false),
        ("The firm sells to potential customers in Asia.", false),
    ]
);

flag_cases!(
    boosters,
    boosted,
    [
        ("This is clearly the best option.", true),
        ("Of course, the council knew about the leak.", true),
        ("The new bridge is extremely expensive.", true),
        ("Tests confirmed that the water was safe.", true),
        (
            "The spokesman declined to describe the result conclusively a success.",
            false
        ),
        ("The results were not very convincing.", false),
        ("Farmers must clearly label the products.", false),
        ("He has never been to Paris.", false),
        ("We will never accept this budget.", true),
        ("We are confident that the repairs will hold.", true),
        ("They trust an answer because it sounds confident.", false),
    ]
);

flag_cases!(
    attribution,
    attributed,
    [
        (
            "The two neighbours set aside their own territorial claims to respond to China.",
            false
        ),
        ("Both countries have overlapping claims in the area.", false),
        ("The company claims that the device is safe.", true),
        ("The minister said the tax would not rise.", true),
        (
            "According to the weather service, the storm will arrive on Friday.",
            true
        ),
        ("“We did everything we could,” the coach said.", true),
        (
            "The tower is widely regarded as the finest in the region.",
            true
        ),
        ("It is believed that the ship sank in a storm.", true),
        ("We argue that the model is incomplete.", false),
        ("The company declined to comment.", false),
        ("The council voted to close the library.", false),
        ("Nobody is arguing that the bridge should close.", false),
        // The reader is no source, and an infinitive reports nothing yet.
        (
            "You should report damp and mould as soon as you notice it.",
            false
        ),
        ("Residents want to report the leak to the council.", false),
        (
            "The scheme will launch in October 2027, the government confirmed today.",
            true
        ),
        (
            "In the spring of 2019, the company added two stores.",
            false
        ),
        ("She hopes to argue that the ban is unfair.", true),
    ]
);

flag_cases!(
    unnamed_source,
    unnamed_source,
    [
        (
            "Officials familiar with the matter said the deal was close.",
            true
        ),
        ("Some critics have called the plan reckless.", true),
        ("It is believed that the ship sank in a storm.", true),
        ("The prime minister said the deal was close.", false),
        ("Police said the road would reopen on Monday.", false),
    ]
);

flag_cases!(
    evaluative,
    evaluative,
    [
        ("The rollout has been a failure.", true),
        ("Unfortunately, the app crashes often.", true),
        ("The hotel staff were friendly.", true),
        ("The war entered its third year.", false),
        ("Tensions rose after the election.", false),
        ("The United States sent a delegation.", false),
        ("The crisis talks ended at midnight.", false),
        ("Heat has bleached the Great Barrier Reef again.", false),
        ("Good Friday falls early this year.", false),
        ("THE NEW TIMETABLE IS A DISASTER.", true),
        ("Great news for commuters arrived today.", true),
        (
            "Isn't it strange to store Alpine ice at the South Pole?",
            true
        ),
    ]
);

flag_cases!(
    questions,
    question,
    [
        ("Why would anyone pay twice as much?", true),
        ("Is this really the best we can do?", true),
        ("“Why now?” asked one resident.", false),
        ("It is unclear whether the plan will work.", false),
    ]
);

flag_cases!(
    self_mention,
    self_mention,
    [
        ("I have used this kettle for a year.", true),
        ("We found no difference between the groups.", true),
        ("The US economy grew by two percent.", false),
        ("“We did everything we could,” the coach said.", false),
    ]
);

flag_cases!(
    reader,
    reader_pronoun,
    [
        ("If you live near the river, check your insurance.", true),
        ("“You will regret this,” the manager told him.", false),
        ("The report is due in June.", false),
    ]
);

flag_cases!(
    directives,
    directive,
    [
        ("Ask yourself who benefits from these tax breaks.", true),
        ("Let us build a better city.", true),
        ("The council should scrap the rules.", true),
        ("Please note that the office is closed.", true),
        ("Let us be clear about the cost.", false),
        ("Make no mistake: this will cost lives.", false),
        ("Do you know the way?", false),
        ("The union urged members to strike.", false),
        ("Members of this chamber, pass this bill.", true),
        (
            "Chatbots invent sources, repeat bias and get simple sums wrong.",
            false
        ),
    ]
);

#[test]
fn polarity_is_the_authors() {
    assert_eq!(
        stance("The rollout has been an utter failure.").polarity,
        -1
    );
    assert_eq!(
        stance("The proposal has flaws, but it is a sensible first step.").polarity,
        1
    );
    assert_eq!(stance("Critics praised the film.").polarity, 0);
    assert_eq!(
        stance("Three people died in the crash on the motorway.").polarity,
        0
    );
    assert_eq!(stance("The soup was not good.").polarity, -1);
    assert_eq!(
        stance("Residents fear the new tower will block their view.").polarity,
        0
    );
}

#[test]
fn hints_carry_cues_and_sources() {
    let text = "Two officials familiar with the negotiations said the agreement could be signed next week.";
    let result = proselens::analyze(text, &Default::default()).expect("valid");
    let attribution = result
        .hints
        .iter()
        .find(|h| h.kind == "attribution")
        .expect("attribution");
    assert_eq!(&*attribution.cue, "said");
    let source = attribution.source.expect("a source");
    assert_eq!(
        source.slice(text),
        "Two officials familiar with the negotiations"
    );
    let hedge = result
        .hints
        .iter()
        .find(|h| h.kind == "hedge")
        .expect("hedge");
    assert_eq!(&*hedge.cue, "could");
    assert_eq!(result.summary.hint_counts.hedge, 1);
    assert_eq!(result.sentences[0].hints.len(), result.hints.len());
}

#[test]
fn options_switch_kinds_and_edit_lists() {
    let text = "The plan may well work, and it is splendidly cheap.";
    let off = proselens::Options {
        hints: proselens::stance::HintOptions {
            kinds: vec!["booster".into()],
            ..Default::default()
        },
        ..Default::default()
    };
    let result = proselens::analyze(text, &off).expect("valid");
    assert!(result.hints.iter().all(|h| h.kind == "booster"));
    let mut edited = proselens::stance::HintOptions::default();
    edited.remove.hedge.push("may".into());
    edited.add.hedge.push("may well".into());
    edited.add.positive.push("splendidly cheap".into());
    let result = proselens::analyze(
        text,
        &proselens::Options {
            hints: edited,
            ..Default::default()
        },
    )
    .expect("valid");
    assert!(
        result
            .hints
            .iter()
            .any(|h| h.kind == "hedge" && &*h.cue == "may well"),
        "{:?}",
        result.hints
    );
    assert!(result
        .hints
        .iter()
        .any(|h| h.kind == "evaluative" && &*h.cue == "splendidly cheap"));
}

/// Intensifiers that look at the next word must cope with being the last word
/// ("Forecasters said so." once panicked).
#[test]
fn intensifier_as_the_last_word() {
    for text in [
        "Forecasters said so.",
        "It is so",
        "Nobody thought it was such",
        "It was a huge",
        "so",
    ] {
        let result = proselens::analyze(text, &Default::default()).expect("valid");
        assert!(result.stats.words >= 1, "{text}");
    }
}

#[test]
fn a_sentence_of_thousands_of_words_is_read_in_windows() {
    // 2,500 words with no sentence end but the last: the rules read it in windows, and
    // every cue still carries the span of its own words and the one sentence's index.
    let mut text = String::new();
    for i in 0..500 {
        text.push_str(if i == 420 {
            "the council may well decide "
        } else {
            "the river runs past farms "
        });
    }
    text.push_str("and is that really wise?");
    let options = proselens::Options {
        cleanup: false,
        ..Default::default()
    };
    let result = proselens::analyze(&text, &options).expect("valid");
    assert_eq!(result.sentences.len(), 1);
    let hedges: Vec<&str> = result
        .hints
        .iter()
        .filter(|h| h.kind == "hedge")
        .map(|h| h.span.slice(&text))
        .collect();
    assert_eq!(
        hedges,
        ["may well"],
        "a cue far into the sentence is found at its place"
    );
    assert!(result.hints.iter().all(|h| h.sentence == 0));
    let stance = &result.sentences[0].stance;
    assert!(stance.hedged && stance.question, "{stance:?}");
}

#[test]
fn other_languages_get_only_question_hints() {
    // German: "Die" is an article, not an order; the English cue lists do not apply.
    let text = "Die Gewerkschaft hat ihre Mitglieder zu einem neuen Streik aufgerufen. \
        Die Bahn kündigte einen Notfahrplan an, sagte ein Sprecher am Dienstag. \
        Die Pendler seien die Leidtragenden eines Konflikts, der seit Monaten ungelöst sei. \
        Wann fahren die Züge wieder?";
    let result = proselens::analyze(text, &Default::default()).expect("valid");
    assert_eq!(result.language.code, "de");
    let kinds: Vec<&str> = result.hints.iter().map(|h| h.kind.as_str()).collect();
    assert_eq!(kinds, ["question"]);
    assert!(result.warnings.iter().any(|w| w.code == "hints-english"));
    // Analysed as English on request, the English rules run (and misread "Die").
    let options = proselens::Options {
        language: Some("en".into()),
        ..Default::default()
    };
    let result = proselens::analyze(text, &options).expect("valid");
    assert!(result.hints.iter().any(|h| h.kind.as_str() == "directive"));
    assert!(!result.warnings.iter().any(|w| w.code == "hints-english"));
}
