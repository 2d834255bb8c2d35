//! Pull quotes: a sentence of the article repeated in large type between paragraphs,
//! usually before the paragraph it comes from ("“A beaver dam is a piece of free
//! infrastructure…”" set apart, then the paragraph that contains it). Repeat finding only
//! looks back, so it keeps the pull quote and would keep both copies; this looks ahead.
//!
//! A pull quote is a short block of running text (6–40 words) that opens with a quotation
//! mark, at least 70 % of whose 3-word shingles occur in one longer block among the next
//! eight (so the work per candidate is bounded). Three words, not four: a pull quote is
//! often joined from two pieces of the quotation around its attribution ("The light
//! doesn't need us any more. The lighthouse does." from "“The light doesn't need us any
//! more,” says Gwen Morgan … “The lighthouse does.”"), and a short quote has few shingles.

use crate::hash::{hash_one, FxHashSet};
use crate::segment::Segmentation;
use crate::vocab::Vocabulary;

/// Shingle width in words.
const WIDTH: usize = 3;
/// Fewest and most words of a pull quote.
const WORDS: std::ops::RangeInclusive<usize> = 6..=40;
/// Share of its shingles a pull quote shares with the later block.
const MIN_SHARE: f64 = 0.7;
/// How many blocks after a pull quote its source paragraph may lie.
const NEAR: usize = 8;

/// The indexes of the blocks that are pull quotes. `prose[i]` says whether block `i` is
/// running text kept so far; `word_counts[i]` is its number of words.
#[inline(never)]
pub fn find(
    text: &str,
    seg: &Segmentation,
    vocab: &Vocabulary,
    prose: &[bool],
    word_counts: &[usize],
) -> Vec<usize> {
    let opens_quote = |i: usize| {
        seg.blocks[i]
            .span
            .slice(text)
            .starts_with(['“', '"', '«', '„', '‘'])
    };
    let candidates: Vec<usize> = (0..seg.blocks.len())
        .filter(|&i| prose[i] && WORDS.contains(&word_counts[i]) && opens_quote(i))
        .collect();
    if candidates.is_empty() {
        return Vec::new();
    }
    // Word ids of every block, from the sentences (which come in block order).
    let mut block_words: Vec<(usize, usize)> = vec![(0, 0); seg.blocks.len()];
    for s in &seg.sentences {
        let range = &mut block_words[s.block];
        if range.0 == range.1 {
            *range = s.words;
        } else {
            range.1 = s.words.1;
        }
    }
    // One buffer for the word ids of the block at hand.
    let mut buffer: Vec<u32> = Vec::new();
    let fill = |buffer: &mut Vec<u32>, i: usize| {
        let (a, b) = block_words[i];
        buffer.clear();
        buffer.extend((a..b).map(|w| vocab.lower_id(w)));
    };
    // Each candidate against the longer running-text blocks of the next eight: the share
    // of its shingles that one of them holds.
    let mut shingles: FxHashSet<u64> = FxHashSet::default();
    let mut found: FxHashSet<u64> = FxHashSet::default();
    let mut quotes = Vec::new();
    for &i in &candidates {
        fill(&mut buffer, i);
        shingles.clear();
        shingles.extend(buffer.windows(WIDTH).map(hash_one));
        let near = i + 1..(i + 1 + NEAR).min(seg.blocks.len());
        let repeated = near
            .filter(|&j| prose[j] && word_counts[j] > word_counts[i])
            .any(|j| {
                fill(&mut buffer, j);
                found.clear();
                found.extend(
                    buffer
                        .windows(WIDTH)
                        .map(hash_one)
                        .filter(|h| shingles.contains(h)),
                );
                found.len() as f64 >= MIN_SHARE * shingles.len() as f64
            });
        if repeated && !shingles.is_empty() {
            quotes.push(i);
        }
    }
    quotes
}

#[cfg(test)]
mod tests {
    /// The set-aside details of an analysis of `text`.
    fn set_aside(text: &str) -> Vec<String> {
        crate::analyze(text, &Default::default())
            .expect("default options")
            .cleanup
            .blocks
            .into_iter()
            .map(|b| b.detail)
            .collect()
    }

    const BEFORE: &str = "Beavers are back in rivers across Europe after centuries of \
        hunting, and their dams are changing how water moves through whole valleys.";
    const SOURCE: &str = "In a study of streams in Bavaria, researchers found that ponds \
        reduced flood peaks. \"A beaver dam is a piece of free infrastructure that works \
        every day of the year,\" said hydrologist Markus Vogel, who led the study.";

    #[test]
    fn a_quote_repeated_in_the_next_paragraph_is_a_pull_quote() {
        let quote = "“A beaver dam is a piece of free infrastructure that works every day \
                     of the year.”";
        let text = format!("{BEFORE}\n\n{quote}\n\n{SOURCE}");
        assert_eq!(set_aside(&text), ["pull quote: repeats a later passage"]);
    }

    #[test]
    fn a_pull_quote_joined_from_two_pieces_is_a_pull_quote() {
        let quote = "“The light doesn't need us any more. The lighthouse does.”";
        let source = "“The light doesn't need us any more,” says Gwen Morgan, a retired \
                      teacher who has led the group for eight years. “The lighthouse does.” \
                      She shows me the logbooks from the keepers' years.";
        let text = format!("{BEFORE}\n\n{quote}\n\n{source}");
        assert_eq!(set_aside(&text), ["pull quote: repeats a later passage"]);
    }

    #[test]
    fn a_quoted_paragraph_said_once_is_kept() {
        let quote = "“We were tired, we were a man down, and they still found a way,” \
                     the manager said.";
        let text = format!("{BEFORE}\n\n{quote}\n\n{SOURCE}");
        assert!(set_aside(&text).is_empty());
    }
}
