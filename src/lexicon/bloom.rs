//! A Bloom filter of words: a bit array that answers "no" or "probably" for a word, in
//! about a byte per word it holds, where a word list would take several. `build.rs` builds
//! the filters (this file is compiled into the build script too, so both sides hash
//! alike); the engine only reads them.
//!
//! A word sets [`PROBES`] bits, chosen by double hashing one 64-bit hash of its bytes. A
//! filter of 10 bits per word and 7 probes answers "probably" for about 0.8 % of words it
//! does not hold, and never "no" for a word it holds.

/// Bits set per word.
pub const PROBES: u32 = 7;

/// Bits per word held, when building.
pub const BITS_PER_WORD: usize = 10;

/// A 64-bit hash of `word`'s bytes: FNV-1a, then a finaliser that spreads its bits.
pub fn hash(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in word.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The bit positions of `word` in a filter of `bits` bits (`bits` > 0).
fn positions(word: &str, bits: u64) -> impl Iterator<Item = usize> {
    let h = hash(word);
    let (h1, h2) = (h & 0xffff_ffff, (h >> 32) | 1);
    (0..u64::from(PROBES)).map(move |i| {
        // Lemire's multiply-shift maps a 32-bit value onto 0..bits without a division.
        let v = h1.wrapping_add(i.wrapping_mul(h2)) & 0xffff_ffff;
        ((v * bits) >> 32) as usize
    })
}

/// True when the filter `bits` probably holds `word` (false for an empty filter).
pub fn contains(bits: &[u8], word: &str) -> bool {
    !bits.is_empty()
        && positions(word, bits.len() as u64 * 8).all(|p| bits[p / 8] & (1 << (p % 8)) != 0)
}

/// A filter holding `words` (each once: the size follows from their number).
pub fn build<'a>(words: impl ExactSizeIterator<Item = &'a str>) -> Vec<u8> {
    let bytes = (words.len() * BITS_PER_WORD).div_ceil(8).max(1);
    let mut bits = vec![0u8; bytes];
    for word in words {
        for p in positions(word, bytes as u64 * 8) {
            bits[p / 8] |= 1 << (p % 8);
        }
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_every_word_built_in_and_few_others() {
        let words: Vec<String> = (0..4000).map(|i| format!("word{i}")).collect();
        let bits = build(words.iter().map(String::as_str));
        assert_eq!(bits.len(), 5000);
        assert!(words.iter().all(|w| contains(&bits, w)));
        let others = (0..20_000)
            .filter(|i| contains(&bits, &format!("other{i}")))
            .count();
        // About 0.8 % expected at 10 bits per word and 7 probes.
        assert!(others < 20_000 * 15 / 1000, "{others} false answers");
        assert!(!contains(&[], "word1"));
    }

    #[test]
    fn the_common_word_filter_holds_the_stems_of_its_words() {
        // The engine's filter, built by build.rs from common_en.txt.
        for stem in ["research", "structur", "traffic", "scheme", "inflat"] {
            assert!(crate::lexicon::is_common_stem_en(stem), "{stem}");
        }
        let rare = [
            "polyamid",
            "carotenoid",
            "anthocyanin",
            "prediabet",
            "neuralgia",
        ];
        for stem in rare {
            assert!(!crate::lexicon::is_common_stem_en(stem), "{stem}");
        }
    }
}
