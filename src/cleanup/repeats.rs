//! Repeated content: a block whose word sequence already appeared earlier in the text,
//! such as the second, truncated copy of an article that aggregators append.
//!
//! Each block is cut into overlapping 4-word shingles (lower-cased). A block of at least
//! six words repeats earlier text when at least 70 % of its shingles occurred in earlier
//! blocks; the last shingle is allowed to be cut short, so "Staff who arrived on Friday...."
//! still matches. Short blocks ("Share", "Home") are never judged here.

use crate::hash::hash_one;

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

/// Remembers the shingles of the blocks seen so far, as a Bloom filter: three bits per
/// shingle in a bit table of about [`BITS_PER_SHINGLE`] bits per word of the text. A set of
/// the shingles' 64-bit hashes took 2.4 bytes of memory per byte of text; the filter takes
/// about 0.25. A false "seen" (about 1 % of lookups when the text is all new) cannot tip
/// a block over the 70 % needed to call it a repeat.
pub struct RepeatFinder {
    bits: Vec<u64>,
}

/// Bits of the filter per word of the text (one shingle per word at most).
const BITS_PER_SHINGLE: usize = 12;

/// Bits set per shingle.
const PROBES: usize = 3;

/// A shingle's hash from its words' lower-case vocabulary ids: equal ids are equal words,
/// so no string is hashed again. The multiply–rotate hash is finished with a full mix
/// (MurmurHash3's `fmix64`), so that every bit the filter uses depends on every id.
fn shingle_hash(ids: &[u32]) -> u64 {
    let mut h = hash_one(ids);
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ h >> 33
}

impl RepeatFinder {
    /// A finder expecting about `words` words in all (its table is sized once).
    pub fn with_capacity(words: usize) -> RepeatFinder {
        RepeatFinder {
            bits: vec![0; (words.max(64) * BITS_PER_SHINGLE).div_ceil(64)],
        }
    }

    /// The bit positions of a shingle: double hashing from the two halves of its hash,
    /// each reduced to the table's size by a multiply–shift (no division).
    fn probes(&self, hash: u64) -> [usize; PROBES] {
        let total = (self.bits.len() * 64) as u128;
        let (a, b) = (hash as u32, (hash >> 32) as u32 | 1);
        std::array::from_fn(|i| {
            let mixed = a.wrapping_add((i as u32).wrapping_mul(b));
            ((u128::from(mixed) * total) >> 32) as usize
        })
    }

    fn contains(&self, hash: u64) -> bool {
        self.probes(hash)
            .iter()
            .all(|&p| self.bits[p / 64] >> (p % 64) & 1 == 1)
    }

    fn insert(&mut self, hash: u64) {
        for p in self.probes(hash) {
            self.bits[p / 64] |= 1 << (p % 64);
        }
    }

    /// Judges a block (the lower-case vocabulary ids of its words, and its text), then
    /// remembers its shingles.
    pub fn judge(&mut self, words: &[u32], text: &str) -> Repeat {
        if words.len() < WIDTH {
            return Repeat::No;
        }
        // The shingles are hashed twice (judged, then remembered) rather than held: a block
        // may be the whole text, and a table of its hashes took 8 bytes per word.
        let shingles = || words.windows(WIDTH).map(shingle_hash);
        let mut verdict = Repeat::No;
        if words.len() >= MIN_WORDS {
            let total = words.len() - WIDTH + 1;
            let seen = shingles().filter(|h| self.contains(*h)).count();
            // A truncated copy may cut its last word short: forgive the final shingle.
            let truncated = text.trim_end().ends_with("...") || text.trim_end().ends_with('…');
            let last = shingle_hash(&words[words.len() - WIDTH..]);
            let forgiven = usize::from(truncated && !self.contains(last));
            let share = (seen + forgiven) as f64 / total as f64;
            if share >= MIN_SHARE {
                verdict = if truncated {
                    Repeat::Truncated
                } else {
                    Repeat::Full
                };
            }
        }
        for h in shingles() {
            self.insert(h);
        }
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
        let mut finder = RepeatFinder::with_capacity(100);
        let mut ids = Vec::new();
        let first = "the river burst its banks late on Thursday after two days of rain";
        assert_eq!(finder.judge(&words(first, &mut ids), first), Repeat::No);
        assert_eq!(finder.judge(&words(first, &mut ids), first), Repeat::Full);
        let cut = "the river burst its banks late on Thurs....";
        assert_eq!(finder.judge(&words(cut, &mut ids), cut), Repeat::Truncated);
        let other = "a different paragraph about the library and its many books";
        assert_eq!(finder.judge(&words(other, &mut ids), other), Repeat::No);
    }

    #[test]
    fn a_full_filter_still_tells_new_blocks_from_repeats() {
        // 50,000 words in blocks of ten distinct words each: no new block may look
        // repeated however full the filter, and every old block must.
        let blocks: Vec<Vec<u32>> = (0..5000u32)
            .map(|b| (0..10).map(|w| b * 10 + w).collect())
            .collect();
        let mut finder = RepeatFinder::with_capacity(50_000);
        assert!(
            finder.bits.len() * 8 <= 50_000 * 2,
            "about 1.5 bytes per word"
        );
        let text = "words";
        for block in &blocks {
            assert_eq!(finder.judge(block, text), Repeat::No);
        }
        for block in blocks.iter().step_by(97) {
            assert_eq!(finder.judge(block, text), Repeat::Full);
        }
    }
}
