#![cfg(not(target_arch = "wasm32"))]
//! Every development sentence-splitting case (`tests/fixtures/sentences_dev.jsonl`, a copy of
//! `shared/eval/sentences_dev.jsonl`) and every held-out case written after the splitter
//! (`tests/fixtures/own_sentences_heldout.jsonl`) must split exactly as its gold list says,
//! through the public `analyze()` with default options (cleanup on).

use serde_json::Value;

/// The cases of a JSON-lines set whose split differs from the gold, and how many cases.
fn failures(data: &str) -> (Vec<String>, usize) {
    let mut failures = Vec::new();
    let mut total = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("valid JSON line");
        let text = case["text"].as_str().expect("text");
        let gold: Vec<&str> = case["sentences"]
            .as_array()
            .expect("sentences")
            .iter()
            .map(|s| s.as_str().expect("string"))
            .collect();
        let result = proselens::analyze(text, &Default::default()).expect("valid options");
        let got: Vec<&str> = result
            .sentences
            .iter()
            .map(|s| s.span.slice(text))
            .collect();
        total += 1;
        if got != gold {
            failures.push(format!("{}:\n  gold {gold:?}\n  got  {got:?}", case["id"]));
        }
    }
    (failures, total)
}

/// Splits every case of a set, prints the tally and fails listing every wrong split.
fn all_pass(title: &str, data: &str) {
    let (failures, total) = failures(data);
    println!("{title}: {}/{total} exact", total - failures.len());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn dev_sentence_cases_all_pass() {
    all_pass(
        "sentence dev cases",
        include_str!("fixtures/sentences_dev.jsonl"),
    );
}

/// Cases written in the same categories after the splitter, by the same conventions, before
/// it saw them (`fixtures/own_sentences_heldout.jsonl`).
#[test]
fn own_heldout_sentence_cases_all_pass() {
    all_pass(
        "sentence held-out cases",
        include_str!("fixtures/own_sentences_heldout.jsonl"),
    );
}
