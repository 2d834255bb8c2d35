//! Prints the ranked keywords of a file and, when a gold JSON with "keyphrases" sits next
//! to it, precision@10 and F1@10 (each tag matched once; a row matches a tag when they are
//! equal ignoring case and a possessive, or when one contains the other as whole words).
//! Development aid: `cargo run --example keywords -- tests/fixtures/paste/*.txt`.

fn norm(s: &str) -> String {
    s.to_lowercase()
        .replace('’', "'")
        .replace("'s", "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn matches(row: &str, tag: &str) -> bool {
    let (r, t) = (norm(row), norm(tag));
    r == t
        || format!(" {r} ").contains(&format!(" {t} "))
        || format!(" {t} ").contains(&format!(" {r} "))
}

fn main() {
    let mut totals = (0.0, 0.0, 0usize);
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable file");
        let result = proselens::analyze(&text, &Default::default()).expect("valid");
        println!("== {path}");
        for k in result.keywords.iter().take(20) {
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
            let mut used = vec![false; tags.len()];
            let mut hits = 0;
            let mut exact = 0;
            for k in result.keywords.iter().take(10) {
                let same = (0..tags.len()).find(|&i| !used[i] && norm(&k.term) == norm(&tags[i]));
                if let Some(i) = same {
                    used[i] = true;
                    hits += 1;
                    exact += 1;
                } else if let Some(i) =
                    (0..tags.len()).find(|&i| !used[i] && matches(&k.term, &tags[i]))
                {
                    used[i] = true;
                    hits += 1;
                }
            }
            println!("  exact matches in the top 10: {exact}");
            let p = hits as f64 / 10.0;
            let r = hits as f64 / tags.len() as f64;
            let f1 = if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            };
            println!(
                "  precision@10 {p:.2}, F1@10 {f1:.2}; unmatched tags: {:?}",
                tags.iter()
                    .zip(&used)
                    .filter(|(_, u)| !**u)
                    .map(|(t, _)| t)
                    .collect::<Vec<_>>()
            );
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
