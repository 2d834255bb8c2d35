//! Text statistics over the kept sentences: counts, averages, reading time and lexical
//! diversity. Syllable-based counts are filled by the readability engine.

use crate::analysis::{LexicalDiversity, Stats};

/// Silent reading speed, words per minute (Brysbaert 2019 meta-analysis: 238 for non-fiction).
pub const READING_WPM: f64 = 238.0;
/// Speaking speed, words per minute.
pub const SPEAKING_WPM: f64 = 150.0;
/// MTLD's type–token-ratio threshold.
const MTLD_THRESHOLD: f64 = 0.72;

/// What stats need from the kept text.
pub struct StatsInput<'a> {
    /// Non-whitespace characters of the kept sentences.
    pub characters: usize,
    /// Letters and digits of the kept words (counted once, by the readability pass).
    pub letters: usize,
    /// Kept words of 7+ letters (counted once, by the readability pass).
    pub long_words: usize,
    /// Lower-case vocabulary id of every kept word, in order (see [`crate::vocab`]).
    pub lower_ids: &'a [u32],
    /// Number of distinct lower-case forms in the vocabulary (ids are below this).
    pub vocabulary: usize,
    /// Kept sentences that hold at least one word.
    pub sentences: usize,
    /// Kept blocks that hold at least one word.
    pub paragraphs: usize,
}

/// Computes the statistics.
pub fn compute(input: &StatsInput) -> Stats {
    let words = input.lower_ids.len();
    let mut seen = vec![false; input.vocabulary];
    let mut unique_words = 0;
    for &id in input.lower_ids {
        if !std::mem::replace(&mut seen[id as usize], true) {
            unique_words += 1;
        }
    }
    Stats {
        characters: input.characters,
        letters: input.letters,
        words,
        sentences: input.sentences,
        paragraphs: input.paragraphs,
        long_words: input.long_words,
        unique_words,
        avg_words_per_sentence: ratio(words, input.sentences),
        reading_time_seconds: words as f64 * 60.0 / READING_WPM,
        speaking_time_seconds: words as f64 * 60.0 / SPEAKING_WPM,
        lexical_diversity: LexicalDiversity {
            ttr: ratio(unique_words, words),
            mtld: mtld(input.lower_ids, input.vocabulary),
        },
        ..Stats::default()
    }
}

/// Characters of `s` that are not whitespace (`char::is_whitespace`): ASCII bytes judged
/// as bytes, only other characters decoded.
pub fn visible_chars(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            count += usize::from(!char::from(b).is_whitespace());
            i += 1;
        } else {
            let c = s[i..].chars().next().expect("a char boundary");
            count += usize::from(!c.is_whitespace());
            i += c.len_utf8();
        }
    }
    count
}

/// `a / b`, or 0 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// MTLD over word ids (below `vocabulary`): the mean length of word runs whose type–token
/// ratio stays above 0.72, averaged over a forward and a backward pass. A text that never
/// falls to the threshold gets its own length; an empty text gets 0.
pub fn mtld(ids: &[u32], vocabulary: usize) -> f64 {
    if ids.is_empty() {
        return 0.0;
    }
    // `stamp[id] == run` marks an id as seen in the current run: no clearing between runs.
    let mut stamp = vec![0u32; vocabulary];
    let forward = mtld_pass(ids.iter().copied(), &mut stamp, 0);
    let backward = mtld_pass(ids.iter().rev().copied(), &mut stamp, forward.1);
    (forward.0 + backward.0) / 2.0
}

/// One MTLD pass; `run` continues the stamp numbering. Returns (MTLD, last run number).
fn mtld_pass(ids: impl Iterator<Item = u32>, stamp: &mut [u32], mut run: u32) -> (f64, u32) {
    run += 1;
    let mut factors = 0.0;
    let (mut types, mut tokens, mut total) = (0usize, 0usize, 0usize);
    for id in ids {
        total += 1;
        tokens += 1;
        if stamp[id as usize] != run {
            stamp[id as usize] = run;
            types += 1;
        }
        // types / tokens ≤ 0.72, in integers (the same test: no other ratio of counts
        // this size rounds to 0.72).
        if types as u64 * 100 <= tokens as u64 * 72 {
            factors += 1.0;
            run += 1;
            types = 0;
            tokens = 0;
        }
    }
    if tokens > 0 {
        let ttr = types as f64 / tokens as f64;
        factors += (1.0 - ttr) / (1.0 - MTLD_THRESHOLD);
    }
    let value = if factors == 0.0 {
        total as f64
    } else {
        total as f64 / factors
    };
    (value, run)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_chars_agree_with_char_is_whitespace() {
        for text in [
            "",
            "Plain words, two  spaces.\tTab\r\n",
            "\u{b}vertical tab\u{c}form feed",
            "no\u{a0}break\u{2003}em\u{3000}ideographic\u{85}next-line",
            "“Quotes” — dashes, émojis 😀 and 中文",
        ] {
            let expected = text.chars().filter(|c| !c.is_whitespace()).count();
            assert_eq!(visible_chars(text), expected, "{text:?}");
        }
        for c in (0..0x80u8).map(char::from) {
            let s = c.to_string();
            assert_eq!(visible_chars(&s), usize::from(!c.is_whitespace()), "{c:?}");
        }
    }

    #[test]
    fn mtld_of_repetitive_text_is_low() {
        let same = vec![0u32; 100];
        assert!(mtld(&same, 1) < 3.0);
        let distinct: Vec<u32> = (0..100).collect();
        assert_eq!(mtld(&distinct, 100), 100.0);
        assert_eq!(mtld(&[], 0), 0.0);
    }

    #[test]
    fn empty_stats_are_zero_not_nan() {
        let stats = compute(&StatsInput {
            characters: 0,
            letters: 0,
            long_words: 0,
            lower_ids: &[],
            vocabulary: 0,
            sentences: 0,
            paragraphs: 0,
        });
        assert_eq!(stats.avg_words_per_sentence, 0.0);
        assert_eq!(stats.lexical_diversity.ttr, 0.0);
    }
}
