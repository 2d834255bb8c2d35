//! Peak heap bytes of one analysis per file, counted by a wrapping global allocator (the
//! native counterpart of the wasm memory figure in `make bench`; pointers are twice as
//! wide here, so the figures run higher than in wasm).
//! `cargo run --release --example memory -- target/bench/prose-1000000.txt`

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let live = LIVE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
            PEAK.fetch_max(live, Relaxed);
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Relaxed);
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    // The word lists are built on the first analysis: build them before measuring.
    let _ = proselens::analyze("Warm. It may rain.", &Default::default());
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable file");
        let before = LIVE.load(Relaxed);
        PEAK.store(before, Relaxed);
        let result = proselens::analyze(&text, &Default::default()).expect("valid");
        let peak = PEAK.load(Relaxed) - before;
        let kept = LIVE.load(Relaxed) - before;
        drop(result);
        println!(
            "{path}: input {} B, peak {:.1} MB ({:.2}x input), result {:.1} MB",
            text.len(),
            peak as f64 / 1e6,
            peak as f64 / text.len().max(1) as f64,
            kept as f64 / 1e6
        );
    }
}
