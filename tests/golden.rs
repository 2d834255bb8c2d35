//! Golden snapshots (insta) of what cleanup sets aside and what it keeps on the dev pastes.
//! Snapshots live in tests/snapshots/ and are never rewritten by `make test`
//! (INSTA_UPDATE=no); review changes with `cargo insta review`.
#![cfg(not(target_arch = "wasm32"))]

fn summary(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/paste/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).expect("fixture");
    let result = proselens::analyze(&text, &Default::default()).expect("valid options");
    let mut out = String::new();
    for block in &result.cleanup.blocks {
        let first_line = block.span.slice(&text).lines().next().unwrap_or("");
        out.push_str(&format!(
            "- [{:?}] {}: {first_line}\n",
            block.reason, block.detail
        ));
    }
    out.push_str(&format!(
        "kept: {} sentences, {} words, {} paragraphs; language {}\n",
        result.stats.sentences, result.stats.words, result.stats.paragraphs, result.language.code
    ));
    for sentence in &result.sentences {
        out.push_str(&format!("  | {}\n", sentence.span.slice(&text)));
    }
    out
}

#[test]
fn golden_local_news() {
    insta::assert_snapshot!(summary("local_news_library_flood"));
}

#[test]
fn golden_review_blog() {
    insta::assert_snapshot!(summary("review_blog_kettle"));
}

#[test]
fn golden_science_explainer() {
    insta::assert_snapshot!(summary("science_explainer_urban_heat"));
}

/// Readability figures on a dev paste: consensus, every formula's value, grade and inputs.
#[test]
fn golden_readability() {
    let path = format!(
        "{}/tests/fixtures/paste/science_explainer_urban_heat.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).expect("fixture");
    let result = proselens::analyze(&text, &Default::default()).expect("valid options");
    let mut out = String::new();
    let c = result
        .readability
        .consensus
        .expect("a text with words has a consensus");
    out.push_str(&format!(
        "consensus {:.2} {} [{:.2}, {:.2}]\n",
        c.grade, c.band, c.spread[0], c.spread[1]
    ));
    for f in &result.readability.formulas {
        let inputs: Vec<String> = f.inputs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        out.push_str(&format!(
            "{} {:.2} grade={} {} ({})\n",
            f.id,
            f.value,
            f.grade.map_or("-".to_string(), |g| format!("{g:.2}")),
            f.band,
            inputs.join(", ")
        ));
    }
    let hard: Vec<String> = result
        .sentences
        .iter()
        .map(|s| format!("{} {:.1} {}", s.difficulty, s.grade, s.syllables))
        .collect();
    out.push_str(&hard.join("\n"));
    insta::assert_snapshot!(out);
}

/// The top keywords of each dev paste, with kind and count.
#[test]
fn golden_keywords() {
    let mut out = String::new();
    for name in [
        "local_news_library_flood",
        "review_blog_kettle",
        "science_explainer_urban_heat",
    ] {
        let path = format!(
            "{}/tests/fixtures/paste/{name}.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(path).expect("fixture");
        let result = proselens::analyze(&text, &Default::default()).expect("valid options");
        out.push_str(&format!("{name}\n"));
        for k in result.keywords.iter().take(15) {
            out.push_str(&format!(
                "  {} x{} {} {:?}\n",
                k.kind, k.count, k.term, k.forms
            ));
        }
    }
    insta::assert_snapshot!(out);
}
