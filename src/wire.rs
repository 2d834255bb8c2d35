//! The compact form in which an [`Analysis`] crosses the wasm boundary.
//!
//! The full result of a long text is dominated by its per-sentence, per-hint and per-block
//! objects: written out as JSON they take about seven bytes per input byte, and writing,
//! decoding and parsing that JSON took about a third of an analysis in the browser. The
//! wire form keeps the small sections as they are (one small JSON document, the "head")
//! and sends the large ones as flat columns of numbers, each handed to JS as one typed
//! array (`Uint32Array`, or `Float64Array` for the scores): no number is written out as
//! text or parsed back, and no JSON buffer the size of the result is held in wasm memory.
//! Every string the columns refer to (hint kinds, cues, messages, bands, block kinds) is
//! sent once, in the head's string table, and referred to by index. `js/wire.js` rebuilds
//! exactly the objects of the full form (same fields, same order); a JS test compares the
//! two on the fixtures.
//!
//! Layout (all numbers are non-negative integers unless noted; "opt" fields hold 0 for
//! null and value + 1 otherwise):
//! - `blocks`: 4 per block: start, end, kind (string), kept (0/1).
//! - `sentences`: 9 per sentence: start, end, block, words, syllables, difficulty
//!   (string), stance flags (bit 0 hedged, 1 boosted, 2 attributed, 3 unnamedSource,
//!   4 evaluative, 5 question, 6 selfMention, 7 readerPronoun, 8 directive), polarity + 1,
//!   hint count.
//! - `sentenceScores`: 2 per sentence (floats): grade, sentiment.
//! - `sentenceHints`: the hint indexes of every sentence, concatenated in sentence order.
//! - `hints`: 11 per hint: kind (string), cue (string), start, end, sentence, confidence
//!   (string), message (string), polarity (opt, value + 2 so −1 → 1), booster type (opt
//!   string), source start (opt), source end (opt).
//! - `keywords`: the rows with `occurrences` as flat start, end pairs.

use crate::analysis::{Analysis, CleanupReport, Readability, Stats, Summary, Warning};
use crate::hash::FxHashMap;
use crate::language::Language;
use serde::Serialize;

/// A keyword row with its occurrences flattened.
#[derive(Serialize)]
struct WireKeyword<'a> {
    term: &'a str,
    words: usize,
    kind: &'static str,
    count: usize,
    density: f64,
    score: f64,
    forms: &'a [String],
    occurrences: Vec<usize>,
}

/// The wire form of one analysis (see the module docs for the layout).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Wire<'a> {
    schema_version: &'static str,
    language: &'a Language,
    cleanup: &'a CleanupReport,
    stats: &'a Stats,
    readability: &'a Readability,
    summary: &'a Summary,
    warnings: &'a [Warning],
    keywords: Vec<WireKeyword<'a>>,
    strings: Vec<&'a str>,
    /// The `blocks` column.
    #[serde(skip)]
    pub blocks: Vec<u32>,
    /// The `sentences` column.
    #[serde(skip)]
    pub sentences: Vec<u32>,
    /// The `sentenceScores` column.
    #[serde(skip)]
    pub sentence_scores: Vec<f64>,
    /// The `sentenceHints` column.
    #[serde(skip)]
    pub sentence_hints: Vec<u32>,
    /// The `hints` column.
    #[serde(skip)]
    pub hints: Vec<u32>,
}

/// A column entry. Offsets, counts and indexes of a text a JS string can hold fit in 32
/// bits; anything larger would be a bug, and saturates rather than wraps.
fn column(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Interns strings: each distinct string gets one index.
#[derive(Default)]
struct Strings<'a> {
    list: Vec<&'a str>,
    /// By address and length: the strings are constants or shared (`Arc`) hint texts, so
    /// an equal string is almost always the same bytes, and hashing two words beats
    /// hashing each message's text. (Two equal strings at different addresses get two ids
    /// of the same text, which decodes to the same values.)
    index: FxHashMap<(usize, usize), usize>,
}

impl<'a> Strings<'a> {
    fn id(&mut self, s: &'a str) -> usize {
        let next = self.list.len();
        *self
            .index
            .entry((s.as_ptr() as usize, s.len()))
            .or_insert_with(|| {
                self.list.push(s);
                next
            })
    }
}

impl<'a> Wire<'a> {
    /// The wire form of `analysis` (its spans already in the units the caller wants).
    pub fn new(analysis: &'a Analysis) -> Wire<'a> {
        let mut strings = Strings::default();
        let mut blocks = Vec::with_capacity(4 * analysis.blocks.len());
        for b in &analysis.blocks {
            let kind = strings.id(b.kind.as_str());
            blocks.extend([b.span.start, b.span.end, kind, usize::from(b.kept)].map(column));
        }
        let n = analysis.sentences.len();
        let mut sentences = Vec::with_capacity(9 * n);
        let mut sentence_scores = Vec::with_capacity(2 * n);
        let mut sentence_hints = Vec::with_capacity(analysis.hints.len());
        for s in &analysis.sentences {
            let t = &s.stance;
            // Bit order as in the module docs (and js/wire.js).
            let flags = [
                t.hedged,
                t.boosted,
                t.attributed,
                t.unnamed_source,
                t.evaluative,
                t.question,
                t.self_mention,
                t.reader_pronoun,
                t.directive,
            ]
            .iter()
            .enumerate()
            .fold(0, |bits, (i, &on)| bits | (usize::from(on) << i));
            sentences.extend(
                [
                    s.span.start,
                    s.span.end,
                    s.block,
                    s.words,
                    s.syllables,
                    strings.id(s.difficulty.as_str()),
                    flags,
                    (t.polarity + 1) as usize,
                    s.hints.len(),
                ]
                .map(column),
            );
            sentence_scores.extend([s.grade, t.sentiment]);
            sentence_hints.extend(s.hints.iter().map(column));
        }
        let mut hints = Vec::with_capacity(11 * analysis.hints.len());
        for h in &analysis.hints {
            let source = h.source.map_or([0, 0], |s| [s.start + 1, s.end + 1]);
            hints.extend(
                [
                    strings.id(h.kind.as_str()),
                    strings.id(&h.cue),
                    h.span.start,
                    h.span.end,
                    h.sentence,
                    strings.id(h.confidence.as_str()),
                    strings.id(&h.message),
                    h.polarity.map_or(0, |p| (p + 2) as usize),
                    h.booster_type.map_or(0, |b| strings.id(b.as_str()) + 1),
                    source[0],
                    source[1],
                ]
                .map(column),
            );
        }
        let keywords = analysis
            .keywords
            .iter()
            .map(|k| WireKeyword {
                term: &k.term,
                words: k.words,
                kind: k.kind,
                count: k.count,
                density: k.density,
                score: k.score,
                forms: &k.forms,
                occurrences: k
                    .occurrences
                    .iter()
                    .flat_map(|o| [o.start, o.end])
                    .collect(),
            })
            .collect();
        Wire {
            schema_version: analysis.schema_version,
            language: &analysis.language,
            cleanup: &analysis.cleanup,
            stats: &analysis.stats,
            readability: &analysis.readability,
            summary: &analysis.summary,
            warnings: &analysis.warnings,
            keywords,
            strings: strings.list,
            blocks,
            sentences,
            sentence_scores,
            sentence_hints,
            hints,
        }
    }

    /// About how many bytes of JSON the head takes (a little over, so a buffer rarely
    /// grows).
    pub fn json_size(&self) -> usize {
        let occurrences: usize = self.keywords.iter().map(|k| k.occurrences.len()).sum();
        let text: usize = self.strings.iter().map(|s| s.len() + 3).sum();
        8192 + 8 * occurrences + text + 200 * self.keywords.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_have_their_widths() {
        let text = "Dr. Smith said it may rain. Is it “very” bad? I think so.\n\nNext line here.";
        let analysis = crate::analyze(text, &Default::default()).expect("valid");
        let wire = Wire::new(&analysis);
        assert_eq!(wire.blocks.len(), 4 * analysis.blocks.len());
        assert_eq!(wire.sentences.len(), 9 * analysis.sentences.len());
        assert_eq!(wire.sentence_scores.len(), 2 * analysis.sentences.len());
        assert_eq!(wire.hints.len(), 11 * analysis.hints.len());
        assert!(!analysis.hints.is_empty());
        let json = serde_json::to_string(&wire).expect("serialisable");
        assert!(
            json.len() <= wire.json_size(),
            "{} > {}",
            json.len(),
            wire.json_size()
        );
    }
}
