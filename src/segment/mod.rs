//! One pass of segmentation: blocks, then sentences inside blocks, then words inside
//! sentences, all as byte spans of the input. Every analysis reads this; none re-tokenises.
//!
//! Invariants (checked by property tests): spans lie on char boundaries and are ordered;
//! sentences never cross blocks; every non-whitespace character of the text lies in
//! exactly one block and exactly one sentence.

mod blocks;
mod sentences;
mod words;

pub use blocks::{ends_sentence, is_closer, is_list_item, is_section_number, Block, BlockKind};
pub use sentences::split_sentences;
pub use words::Word;

use crate::span::Span;

/// A sentence: its span and the block it lies in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Its bytes in the text, trimmed.
    pub span: Span,
    /// Index into [`Segmentation::blocks`].
    pub block: usize,
    /// Index range of its words in [`Segmentation::words`].
    pub words: (usize, usize),
}

/// Blocks, sentences and words of one text.
#[derive(Clone, Debug, Default)]
pub struct Segmentation {
    /// Paragraphs, headings and list items, in order.
    pub blocks: Vec<Block>,
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Words, in order.
    pub words: Vec<Word>,
}

impl Segmentation {
    /// The words of sentence `index`.
    pub fn sentence_words(&self, index: usize) -> &[Word] {
        let (a, b) = self.sentences[index].words;
        &self.words[a..b]
    }

    /// The number of words in the sentences `indexes`.
    pub fn words_in(&self, indexes: &[usize]) -> usize {
        indexes
            .iter()
            .map(|&i| self.sentences[i].words.1 - self.sentences[i].words.0)
            .sum()
    }
}

/// About as many words as `text` has, a little over for prose: one per space, line break,
/// hyphen or non-ASCII character (a CJK character is a word). Sized from the bytes alone
/// (a fifth of them), the table of a text without spaces, or of one long number, was
/// reserved at 1.6 times the text's size.
fn word_estimate(text: &str) -> usize {
    let breaks = text
        .bytes()
        .filter(|&b| b.is_ascii_whitespace() || b == b'-' || b >= 0xC0)
        .count();
    (breaks + 1).min(text.len() / 2 + 1)
}

/// Segments `text` into blocks, sentences and words.
pub fn segment(text: &str) -> Segmentation {
    let blocks = blocks::split_blocks(text);
    let mut sentences = Vec::with_capacity(text.len() / 80 + 1);
    let mut words = Vec::with_capacity(word_estimate(text));
    let mut spans = Vec::new();
    for (block_index, block) in blocks.iter().enumerate() {
        spans.clear();
        split_sentences(text, block.span, &mut spans);
        for span in &spans {
            let first = words.len();
            words::split_words(text, *span, &mut words);
            sentences.push(Sentence {
                span: *span,
                block: block_index,
                words: (first, words.len()),
            });
        }
    }
    // The estimates above hold for prose of short words; whatever they overshot is given
    // back (the words are the analysis's largest table, kept to its end).
    sentences.shrink_to_fit();
    words.shrink_to_fit();
    Segmentation {
        blocks,
        sentences,
        words,
    }
}
