//! Repeated content: a block whose word sequence already appeared earlier in the text,
//! such as the second, truncated copy of an article that aggregators append.
//!
//! Each block is cut into overlapping 4-word shingles (lower-cased). A block of at least
//! six words repeats earlier text when at least 70 % of its shingles occurred in earlier
//! blocks; the last shingle is allowed to be cut short, so "Staff who arrived on Friday...."
//! still matches. Short blocks ("Share", "Home") are never judged here.

use crate::hash::{hash_one, FxHashSet};

/// Shingle width in words.
const WIDTH: usize = 4;
/// Blocks shorter than this many words are not judged.
const MIN_WORDS: usize = 6;
/// Share of a block's shingles that must have been seen before.
const MIN_SHARE: f64 = 0.7;

/// Result of judging one block for repetition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repeat {
    /// Not a repeat.
    No,
    /// Repeats earlier text in full.
    Full,
    /// Repeats the start of earlier text and stops short (ends with "..." or "…").
    Truncated,
}

/// Remembers the shingles of the blocks seen so far.
#[derive(Default)]
pub struct RepeatFinder {
    seen: FxHashSet<u64>,
}

/// A shingle's hash from its words' lower-case vocabulary ids: equal ids are equal words,
/// so no string is hashed again.
fn shingle_hash(ids: &[u32]) -> u64 {
    hash_one(ids)
}

impl RepeatFinder {
    /// A finder expecting about `words` words in all (its table is sized once).
    pub fn with_capacity(words: usize) -> RepeatFinder {
        RepeatFinder {
            seen: FxHashSet::with_capacity_and_hasher(words, Default::default()),
        }
    }

    /// Judges a block (the lower-case vocabulary ids of its words, and its text), then
    /// remembers its shingles.
    pub fn judge(&mut self, words: &[u32], text: &str) -> Repeat {
        if words.len() < WIDTH {
            return Repeat::No;
        }
        let hashes: Vec<u64> = words.windows(WIDTH).map(shingle_hash).collect();
        let mut verdict = Repeat::No;
        if words.len() >= MIN_WORDS {
            let seen = hashes.iter().filter(|h| self.seen.contains(h)).count();
            // A truncated copy may cut its last word short: forgive the final shingle.
            let truncated = text.trim_end().ends_with("...") || text.trim_end().ends_with('…');
            let forgiven =
                usize::from(truncated && hashes.last().is_some_and(|h| !self.seen.contains(h)));
            let share = (seen + forgiven) as f64 / hashes.len() as f64;
            if share >= MIN_SHARE {
                verdict = if truncated {
                    Repeat::Truncated
                } else {
                    Repeat::Full
                };
            }
        }
        self.seen.extend(hashes);
        verdict
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Word ids of `s`, from one interner shared by the whole test.
    fn words(s: &str, interner: &mut Vec<String>) -> Vec<u32> {
        s.split_whitespace()
            .map(|w| {
                let w = w.trim_matches('.').to_string();
                let id = interner.iter().position(|x| *x == w).unwrap_or_else(|| {
                    interner.push(w);
                    interner.len() - 1
                });
                id as u32
            })
            .collect()
    }

    #[test]
    fn finds_full_and_truncated_repeats() {
        let mut finder = RepeatFinder::default();
        let mut ids = Vec::new();
        let first = "the river burst its banks late on Thursday after two days of rain";
        assert_eq!(finder.judge(&words(first, &mut ids), first), Repeat::No);
        assert_eq!(finder.judge(&words(first, &mut ids), first), Repeat::Full);
        let cut = "the river burst its banks late on Thurs....";
        assert_eq!(finder.judge(&words(cut, &mut ids), cut), Repeat::Truncated);
        let other = "a different paragraph about the library and its many books";
        assert_eq!(finder.judge(&words(other, &mut ids), other), Repeat::No);
    }
}
