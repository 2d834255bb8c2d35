//! Heap accounting for measuring memory (the `alloc-stats` dev feature; never in a shipped
//! build). A counting wrapper around the system allocator keeps the live and peak heap bytes,
//! and [`phase`] records, per phase of [`crate::analyze`], the peak since the previous phase,
//! the live bytes at its end and (in wasm) the linear memory's size. `examples/memory.rs`
//! prints them natively; in wasm `allocStats`/`allocPhases` (see `crate::wasm`) hand them
//! to `bench/heap.mjs`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static PHASE_PEAK: AtomicUsize = AtomicUsize::new(0);

fn add(n: usize) {
    let live = LIVE.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(live, Relaxed);
    PHASE_PEAK.fetch_max(live, Relaxed);
}

/// Phases ended so far (the number of the phase in progress).
static PHASE_NUMBER: AtomicUsize = AtomicUsize::new(0);
/// Growths of the linear memory recorded, 4 numbers each (see [`Growth`]); the allocator
/// cannot allocate, so they sit in a fixed table (later growths are not recorded).
const GROWTHS: usize = 64;
static GROWTH_LOG: [AtomicUsize; 4 * GROWTHS] = [const { AtomicUsize::new(0) }; 4 * GROWTHS];
static GROWTH_COUNT: AtomicUsize = AtomicUsize::new(0);
static MEMORY_SEEN: AtomicUsize = AtomicUsize::new(0);

/// Records a growth of the linear memory made by an allocation of `size` bytes (wasm only).
fn note_growth(size: usize) {
    #[cfg(target_arch = "wasm32")]
    {
        let memory = core::arch::wasm32::memory_size(0) * 65536;
        if memory > MEMORY_SEEN.swap(memory, Relaxed) {
            let i = GROWTH_COUNT.fetch_add(1, Relaxed);
            if i < GROWTHS {
                let record = [PHASE_NUMBER.load(Relaxed), size, live(), memory];
                for (k, v) in record.into_iter().enumerate() {
                    GROWTH_LOG[4 * i + k].store(v, Relaxed);
                }
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = size;
}

/// One growth of the linear memory.
#[derive(Clone, Copy, Debug)]
pub struct Growth {
    /// The number of the phase in progress (its index in the phases recorded since the
    /// last [`take_phases`]).
    pub phase: usize,
    /// The size of the allocation that grew the memory.
    pub size: usize,
    /// Live heap bytes after it.
    pub live: usize,
    /// The linear memory's size after it.
    pub memory: usize,
}

/// The growths recorded since the last call (at most 64).
pub fn take_growths() -> Vec<Growth> {
    let n = GROWTH_COUNT.swap(0, Relaxed).min(GROWTHS);
    (0..n)
        .map(|i| {
            let v = |k: usize| GROWTH_LOG[4 * i + k].load(Relaxed);
            Growth {
                phase: v(0),
                size: v(1),
                live: v(2),
                memory: v(3),
            }
        })
        .collect()
}

// SAFETY: every call is passed on unchanged to the system allocator; only counters change.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        add(layout.size());
        let out = System.alloc(layout);
        note_growth(layout.size());
        out
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Counted as a fresh block beside the old one, as a moving realloc needs both.
        add(new_size);
        let out = System.realloc(ptr, layout, new_size);
        LIVE.fetch_sub(layout.size(), Relaxed);
        note_growth(new_size);
        out
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One recorded phase.
#[derive(Clone, Copy, Debug)]
pub struct Phase {
    /// Its name, as [`phase`] was given it.
    pub name: &'static str,
    /// Peak heap bytes since the previous phase ended.
    pub peak: usize,
    /// Live heap bytes when it ended.
    pub live: usize,
    /// The wasm linear memory's size when it ended (0 natively).
    pub memory: usize,
    /// Seconds since the previous phase ended (natively; 0 in wasm, which has no clock
    /// without JavaScript).
    pub seconds: f64,
}

thread_local! {
    static PHASES: RefCell<Vec<Phase>> = const { RefCell::new(Vec::new()) };
}

/// Live heap bytes now.
pub fn live() -> usize {
    LIVE.load(Relaxed)
}

/// Peak heap bytes since the last [`reset_peak`].
pub fn peak() -> usize {
    PEAK.load(Relaxed)
}

/// Starts a new peak from the live bytes.
pub fn reset_peak() {
    PEAK.store(live(), Relaxed);
    PHASE_PEAK.store(live(), Relaxed);
}

/// Ends the phase named `name` and starts the next phase's peak from the live bytes.
pub fn phase(name: &'static str) {
    let live = live();
    let peak = PHASE_PEAK.swap(live, Relaxed);
    PHASE_NUMBER.fetch_add(1, Relaxed);
    #[cfg(target_arch = "wasm32")]
    let memory = core::arch::wasm32::memory_size(0) * 65536;
    #[cfg(not(target_arch = "wasm32"))]
    let memory = 0;
    #[cfg(target_arch = "wasm32")]
    let seconds = 0.0;
    #[cfg(not(target_arch = "wasm32"))]
    let seconds = {
        use std::time::Instant;
        thread_local! {
            static LAST: std::cell::Cell<Option<Instant>> = const { std::cell::Cell::new(None) };
        }
        let now = Instant::now();
        LAST.with(|last| last.replace(Some(now)))
            .map_or(0.0, |then| now.duration_since(then).as_secs_f64())
    };
    PHASES.with(|p| {
        p.borrow_mut().push(Phase {
            name,
            peak,
            live,
            memory,
            seconds,
        })
    });
}

/// The phases recorded since the last call.
pub fn take_phases() -> Vec<Phase> {
    PHASE_NUMBER.store(0, Relaxed);
    PHASES.with(|p| std::mem::take(&mut *p.borrow_mut()))
}
