//! Peak heap bytes of one analysis per file, and per phase of the analysis, counted by the
//! `alloc-stats` feature's allocator (the native counterpart of `bench/heap.mjs`; pointers
//! are twice as wide here, so the figures run higher than in wasm), and the time each
//! phase took.
//! `cargo run --release --features alloc-stats --example memory -- target/bench/prose-1000000.txt`

use proselens::alloc_stats;

fn main() {
    // The word lists are built on the first analysis: build them before measuring.
    let _ = proselens::analyze("Warm. It may rain.", &Default::default());
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable file");
        let before = alloc_stats::live();
        alloc_stats::reset_peak();
        alloc_stats::take_phases();
        let result = proselens::analyze(&text, &Default::default()).expect("valid");
        let peak = alloc_stats::peak() - before;
        let kept = alloc_stats::live() - before;
        drop(result);
        let mb = |n: usize| n.saturating_sub(before) as f64 / 1e6;
        println!(
            "{path}: input {} B, peak {:.1} MB ({:.2}x input), result {:.1} MB",
            text.len(),
            peak as f64 / 1e6,
            peak as f64 / text.len().max(1) as f64,
            kept as f64 / 1e6
        );
        // The first mark ("start") only opens the first phase.
        for p in alloc_stats::take_phases().iter().skip(1) {
            println!(
                "  {:<12} peak {:6.2}  end {:6.2}  {:8.2} ms",
                p.name,
                mb(p.peak),
                mb(p.live),
                p.seconds * 1e3
            );
        }
    }
}
