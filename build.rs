//! Prepares the word lists of `src/lexicon/` for compiling into the engine.
//!
//! Each list file keeps its `#` header (source and licence) in the repository and in
//! `NOTICE`; the engine needs only the entries. This script writes every list's body —
//! its entries, trimmed, one per line, without headers, comments or blank lines — to
//! `$OUT_DIR/lexicon/<name>.txt`, which `src/lexicon/mod.rs` includes. The largest lists
//! are also front-coded (each entry stores how many leading bytes it shares with the entry
//! before it), which gzip compresses a fifth better than plain sorted words; the engine
//! expands them once, on first use (`lexicon::expand`). Nothing here depends on the
//! machine: the output is a pure function of the list files.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

// Shared with the engine, so the filter is built with the hash and stemmer it is read with.
#[allow(dead_code)]
#[path = "src/lexicon/bloom.rs"]
mod bloom;
#[allow(dead_code)]
#[path = "src/keywords/english_stem.rs"]
mod english_stem;
#[allow(dead_code)]
#[path = "src/lexicon/inflection.rs"]
mod inflection;

/// Marks a front-coded body (first byte, followed by the expanded length in decimal and a
/// line end). Never the first byte of a plain body, whose first byte starts an entry.
const FRONT_CODED: char = '\u{1}';
/// An entry sharing `p` bytes (1..=MAX_SHARED) with the one before starts with the byte
/// `SHARED_BASE + p`: a control character, which no entry contains and which the list
/// parser does not trim as whitespace.
const SHARED_BASE: u8 = 0x10;
const MAX_SHARED: usize = 15;
/// Lists whose body is at least this long are front-coded (smaller ones gain nothing).
const FRONT_CODE_FROM: usize = 2048;

fn main() {
    let dir = Path::new("src/lexicon");
    println!("cargo:rerun-if-changed={}", dir.display());
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicon");
    fs::create_dir_all(&out).expect("create $OUT_DIR/lexicon");
    let mut names: Vec<_> = fs::read_dir(dir)
        .expect("read src/lexicon")
        .map(|e| e.expect("list entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for path in names {
        println!("cargo:rerun-if-changed={}", path.display());
        let source = fs::read_to_string(&path).expect("list files are UTF-8");
        let entries: Vec<&str> = entries(&source).collect();
        let body: String = entries.iter().flat_map(|e| [e, "\n"]).collect();
        let body = if body.len() >= FRONT_CODE_FROM {
            front_code(&entries)
        } else {
            body
        };
        let name = path.file_name().expect("a file name");
        fs::write(out.join(name), body).expect("write a list body");
    }
    println!("cargo:rerun-if-changed=src/lexicon/bloom.rs");
    println!("cargo:rerun-if-changed=src/keywords/english_stem.rs");
    println!("cargo:rerun-if-changed=src/lexicon/inflection.rs");
    fs::write(out.join("common_en.bloom"), common_stems_filter(dir)).expect("write a filter");
}

/// The Bloom filter of the stems of `common_en.txt`'s words (`src/lexicon/bloom.rs`),
/// leaving out words the engine already knows as familiar (on the Dale–Chall list, or an
/// inflection of one, as `readability::familiar` judges) or as stopwords: the engine asks
/// the filter only about unfamiliar words, and a stem only such words share is left out.
fn common_stems_filter(dir: &Path) -> Vec<u8> {
    let read = |name: &str| fs::read_to_string(dir.join(name)).expect("a list file");
    let (common, dale_chall, stopwords) = (
        read("common_en.txt"),
        read("dale_chall.txt"),
        read("stopwords_en.txt"),
    );
    let familiar: BTreeSet<&str> = entries(&dale_chall).collect();
    let stop: BTreeSet<&str> = entries(&stopwords).collect();
    let known = |w: &str| {
        stop.contains(w)
            || familiar.contains(w)
            || inflection::any_root(w, |root| familiar.contains(root))
    };
    let stems: BTreeSet<String> = entries(&common)
        .filter(|w| !known(w))
        .map(english_stem::stem)
        .collect();
    bloom::build(stems.iter().map(String::as_str))
}

/// A list file's entries: trimmed lines, without the header, comments and blank lines.
fn entries(source: &str) -> impl Iterator<Item = &str> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The front-coded body of `entries` (see the module docs).
fn front_code(entries: &[&str]) -> String {
    // The marker, then the expanded length (so the engine allocates it once), then lines.
    let expanded: usize = entries.iter().map(|e| e.len() + 1).sum();
    let mut out = format!("{FRONT_CODED}{expanded}\n");
    let mut previous = "";
    for entry in entries {
        let mut shared = entry
            .bytes()
            .zip(previous.bytes())
            .take(MAX_SHARED)
            .take_while(|(a, b)| a == b)
            .count();
        while !entry.is_char_boundary(shared) {
            shared -= 1;
        }
        if shared > 0 {
            out.push(char::from(SHARED_BASE + shared as u8));
        }
        out.push_str(&entry[shared..]);
        out.push('\n');
        previous = entry;
    }
    out
}
