//! Prints the ranked keywords of a file and, when a gold JSON with "keyphrases" sits next
//! to it, precision@10 and F1@10 (each tag matched once; a row matches a tag when they are
//! equal ignoring case and a possessive, or when one contains the other as whole words).
//! Development aid: `cargo run --example keywords -- tests/fixtures/paste/*.txt`.

#[path = "../tests/support/tag_match.rs"]
mod tag_match;

fn main() {
    let mut totals = (0.0, 0.0, 0usize);
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable file");
        // KW_ROWS=N prints more (or fewer) rows than the default 20 (the engine's limit
        // is raised to match).
        let rows = std::env::var("KW_ROWS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(20);
        let mut options = proselens::Options::default();
        options.keywords.limit = options.keywords.limit.max(rows);
        let result = proselens::analyze(&text, &options).expect("valid");
        println!("== {path}");
        for k in result.keywords.iter().take(rows) {
            println!("  {:6.2} {:6} x{:<2} {}", k.score, k.kind, k.count, k.term);
        }
        let gold = std::path::Path::new(&path).with_extension("json");
        if let Ok(gold) = std::fs::read_to_string(gold) {
            let gold: serde_json::Value = serde_json::from_str(&gold).expect("json");
            let tags: Vec<String> = gold["keyphrases"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|t| t.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default();
            if tags.is_empty() {
                continue;
            }
            let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
            let rows: Vec<&str> = result.keywords.iter().map(|k| k.term.as_str()).collect();
            let score = tag_match::score_at(&rows, &tags, 10);
            let (p, f1) = (score.precision, score.f1);
            let unmatched: Vec<&str> = score.unmatched.iter().map(|&i| tags[i]).collect();
            println!("  exact matches in the top 10: {}", score.exact);
            println!("  precision@10 {p:.2}, F1@10 {f1:.2}; unmatched tags: {unmatched:?}");
            totals = (totals.0 + p, totals.1 + f1, totals.2 + 1);
        }
    }
    if totals.2 > 0 {
        println!(
            "mean precision@10 {:.2}, mean F1@10 {:.2}",
            totals.0 / totals.2 as f64,
            totals.1 / totals.2 as f64
        );
    }
}
