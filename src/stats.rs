//! Text statistics over the kept sentences: counts, averages, reading time and lexical
//! diversity. Syllable-based counts are filled by the readability engine.

use crate::analysis::{LexicalDiversity, Stats};
use std::collections::HashSet;

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
    /// Every kept word, in order.
    pub words: &'a [&'a str],
    /// Kept sentences that hold at least one word.
    pub sentences: usize,
    /// Kept blocks that hold at least one word.
    pub paragraphs: usize,
}

/// Normalises a word for counting distinct words: lower case, straight apostrophes.
pub fn word_key(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
        .collect()
}

/// Computes the statistics.
pub fn compute(input: &StatsInput) -> Stats {
    let words = input.words.len();
    let keys: Vec<String> = input.words.iter().map(|w| word_key(w)).collect();
    let unique_words = keys.iter().collect::<HashSet<_>>().len();
    let letters = input
        .words
        .iter()
        .map(|w| w.chars().filter(|c| c.is_alphanumeric()).count())
        .sum();
    let long_words = input
        .words
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 6)
        .count();
    Stats {
        characters: input.characters,
        letters,
        words,
        sentences: input.sentences,
        paragraphs: input.paragraphs,
        long_words,
        unique_words,
        avg_words_per_sentence: ratio(words, input.sentences),
        reading_time_seconds: words as f64 * 60.0 / READING_WPM,
        speaking_time_seconds: words as f64 * 60.0 / SPEAKING_WPM,
        lexical_diversity: LexicalDiversity {
            ttr: ratio(unique_words, words),
            mtld: mtld(&keys),
        },
        ..Stats::default()
    }
}

/// `a / b`, or 0 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// MTLD: the mean length of word runs whose type–token ratio stays above 0.72, averaged
/// over a forward and a backward pass. A text that never falls to the threshold gets its
/// own length; an empty text gets 0.
pub fn mtld(keys: &[String]) -> f64 {
    if keys.is_empty() {
        return 0.0;
    }
    (mtld_pass(keys.iter()) + mtld_pass(keys.iter().rev())) / 2.0
}

fn mtld_pass<'a>(keys: impl Iterator<Item = &'a String>) -> f64 {
    let mut factors = 0.0;
    let mut types: HashSet<&str> = HashSet::new();
    let mut tokens = 0usize;
    let mut total = 0usize;
    let mut ttr = 1.0;
    for key in keys {
        total += 1;
        tokens += 1;
        types.insert(key.as_str());
        ttr = types.len() as f64 / tokens as f64;
        if ttr <= MTLD_THRESHOLD {
            factors += 1.0;
            types.clear();
            tokens = 0;
            ttr = 1.0;
        }
    }
    if tokens > 0 {
        factors += (1.0 - ttr) / (1.0 - MTLD_THRESHOLD);
    }
    if factors == 0.0 {
        total as f64
    } else {
        total as f64 / factors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mtld_of_repetitive_text_is_low() {
        let same: Vec<String> = std::iter::repeat_n("the".to_string(), 100).collect();
        assert!(mtld(&same) < 3.0);
        let distinct: Vec<String> = (0..100).map(|i| format!("w{i}")).collect();
        assert_eq!(mtld(&distinct), 100.0);
        assert_eq!(mtld(&[]), 0.0);
    }

    #[test]
    fn empty_stats_are_zero_not_nan() {
        let stats = compute(&StatsInput {
            characters: 0,
            words: &[],
            sentences: 0,
            paragraphs: 0,
        });
        assert_eq!(stats.avg_words_per_sentence, 0.0);
        assert_eq!(stats.lexical_diversity.ttr, 0.0);
    }
}
