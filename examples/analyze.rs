//! Prints the analysis of a file (or stdin) as JSON with byte spans, plus the set-aside
//! blocks as text. Development aid: `cargo run --example analyze -- FILE`.

use std::io::Read;

fn main() {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(path) if path != "-" => {
            text = std::fs::read_to_string(path).expect("readable UTF-8 file")
        }
        _ => {
            std::io::stdin()
                .read_to_string(&mut text)
                .expect("UTF-8 on stdin");
        }
    }
    // KW_ROWS=N asks for N keyword rows (the default limit otherwise).
    let mut options = proselens::Options::default();
    if let Some(rows) = std::env::var("KW_ROWS").ok().and_then(|n| n.parse().ok()) {
        options.keywords.limit = rows;
    }
    let result = proselens::analyze(&text, &options).expect("default options");
    if std::env::args().any(|a| a == "--json") {
        println!(
            "{}",
            serde_json::to_string_pretty(&result).expect("serialisable")
        );
        return;
    }
    for block in &result.cleanup.blocks {
        println!(
            "[{:?}: {}] {:?}",
            block.reason,
            block.detail,
            block.span.slice(&text)
        );
    }
    println!("--- kept sentences: {}", result.sentences.len());
    for s in &result.sentences {
        println!("  {:?}", s.span.slice(&text));
    }
    println!(
        "--- language {:?}, stats {:?}",
        result.language, result.stats
    );
}
