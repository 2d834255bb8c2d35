//! Native benchmark of the full analysis (readability + keywords + stance, default options),
//! run by `make bench` beside the Node benchmark in `bench/`.
//!
//! `cargo run --release --example bench -- FILE...` analyses each file repeatedly (warm-up,
//! then enough runs for about a second, at least 5) and prints the median time and MB/s.
//! Without files it uses the dev pastes in tests/fixtures/paste. With `--profile FILE` it
//! runs the analysis 50 times without timing, for profilers:
//! `valgrind --tool=callgrind target/release/examples/bench --profile FILE`.

use std::time::Instant;

fn default_inputs() -> Vec<(String, String)> {
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
    vec![("dev pastes".to_string(), text)]
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// Median seconds per analysis of `text`.
fn time(text: &str) -> f64 {
    let options = proselens::Options::default();
    let once = || {
        let start = Instant::now();
        std::hint::black_box(proselens::analyze(text, &options).expect("default options"));
        start.elapsed().as_secs_f64()
    };
    let first = once();
    let runs = ((1.0 / first.max(1e-6)) as usize).clamp(5, 2000);
    median((0..runs).map(|_| once()).collect())
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let profile = args.first().is_some_and(|a| a == "--profile");
    if profile {
        args.remove(0);
    }
    let inputs: Vec<(String, String)> = if args.is_empty() {
        default_inputs()
    } else {
        args.iter()
            .map(|path| {
                let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
                (path.clone(), text)
            })
            .collect()
    };
    if profile {
        for (_, text) in &inputs {
            for _ in 0..50 {
                std::hint::black_box(proselens::analyze(text, &Default::default()).expect("ok"));
            }
        }
        return;
    }
    println!("| input | bytes | median | MB/s |");
    println!("|---|---:|---:|---:|");
    for (name, text) in &inputs {
        let t = time(text);
        println!(
            "| {name} | {} | {:.3} ms | {:.1} |",
            text.len(),
            t * 1e3,
            text.len() as f64 / t / 1e6
        );
    }
}
