//! Native benchmark of the full analysis (`make bench`): the three dev pastes (web pastes
//! with furniture, over 1,000 words in all), analysed repeatedly with default options;
//! prints the median time per run and per 1,000 input words, and the throughput in MB/s.
//! With `--profile` it runs the analysis 50 times without timing, for profilers:
//! `valgrind --tool=callgrind target/release/examples/bench --profile`.

use std::time::Instant;

fn article() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/paste/");
    let mut text = String::new();
    for name in [
        "local_news_library_flood",
        "review_blog_kettle",
        "science_explainer_urban_heat",
    ] {
        text.push_str(&std::fs::read_to_string(format!("{dir}{name}.txt")).expect("fixture"));
        text.push_str("\n\n");
    }
    text
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    if std::env::args().any(|a| a == "--profile") {
        let text = article();
        for _ in 0..50 {
            std::hint::black_box(proselens::analyze(&text, &Default::default()).expect("valid"));
        }
        return;
    }
    let base = article();
    let options = proselens::Options::default();
    let everything = proselens::Options {
        cleanup: false,
        ..Default::default()
    };
    let words_in = |t: &str| {
        proselens::analyze(t, &everything)
            .expect("valid")
            .stats
            .words
    };
    // Repeat the pastes until the input holds at least 1,000 words (repeats are set aside
    // by cleanup, but segmented and judged like any other text).
    let mut text = base.clone();
    while words_in(&text) < 1000 {
        text.push_str(&base);
    }
    let words = words_in(&text);
    for _ in 0..20 {
        proselens::analyze(&text, &options).expect("valid"); // warm up
    }
    let runs: Vec<f64> = (0..200)
        .map(|_| {
            let start = Instant::now();
            let result = proselens::analyze(&text, &options).expect("valid");
            std::hint::black_box(result);
            start.elapsed().as_secs_f64()
        })
        .collect();
    let t = median(runs);
    println!(
        "analyze (native, release): {} bytes, {} input words: median {:.1} µs per run, {:.1} µs per 1,000 words, {:.1} MB/s",
        text.len(),
        words,
        t * 1e6,
        t * 1e6 * 1000.0 / words as f64,
        text.len() as f64 / t / 1e6
    );
}
