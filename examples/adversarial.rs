//! Times the full analysis on adversarial inputs (development aid; `make bench` will grow
//! into the peer comparison): 1 MB without spaces, one 1 MB sentence, repeated modal and
//! quote runs, emoji/CJK/RTL, runs of dots, and 10 MB of prose.

use std::time::Instant;

fn main() {
    let prose = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/paste/science_explainer_urban_heat.txt"
    ))
    .expect("fixture");
    let mut ten_mb = String::new();
    let mut k = 0;
    while ten_mb.len() < 10_000_000 {
        ten_mb.push_str(&prose.replace("Morales", &format!("Morales{k}")));
        k += 1;
    }
    let cases: Vec<(&str, String)> = vec![
        ("1 MB without spaces", "abcdefghij".repeat(100_000)),
        (
            "1 MB one sentence",
            "the council said it might and could and should meet ".repeat(19_000),
        ),
        // No reporting verb: every modal is judged as a directive (this was quadratic, 11 s).
        (
            "1 MB one sentence of modals",
            "we must act now and you should try it, ".repeat(26_000),
        ),
        // One numeric token of 1 MB (its syllable count was quadratic, 31 s).
        ("1 MB dotted number", "1.2.3.14.2,000.".repeat(66_000)),
        ("1 MB of quotes", "“We said,” she said. ".repeat(50_000)),
        (
            "1 MB emoji/CJK/RTL",
            "😀 会议开始。 שלום עולם. e\u{301} ".repeat(30_000),
        ),
        ("1 MB of dots", ". . . ....".repeat(100_000)),
        (
            "1 MB of names",
            (0..60_000)
                .map(|i| format!("Name{i} Person{i} met. "))
                .collect::<String>(),
        ),
        ("10 MB prose", ten_mb),
    ];
    for (name, text) in &cases {
        let start = Instant::now();
        let result = proselens::analyze(text, &Default::default()).expect("valid");
        let t = start.elapsed().as_secs_f64();
        println!(
            "{name:<22} {:>9} bytes {:>8.1} ms {:>7.1} MB/s  ({} sentences)",
            text.len(),
            t * 1e3,
            text.len() as f64 / t / 1e6,
            result.stats.sentences
        );
    }
}
