//! The compact form in which an [`Analysis`] crosses the wasm boundary.
//!
//! The full result of a long text is dominated by its per-sentence, per-hint and per-block
//! objects: written out as JSON they take about seven bytes per input byte, and writing,
//! decoding and parsing that JSON took about a third of an analysis in the browser. The
//! wire form keeps the small sections as they are (one small JSON document, the "head")
//! and sends the large ones as flat columns of numbers, each handed to JS as one typed
//! array (`Uint32Array`, or `Float64Array` for the scores): no number is written out as
//! text or parsed back, and no JSON buffer the size of the result is held in wasm memory.
//! The columns are encoded a chunk at a time into the JS array, so no column the size of
//! the result is held in wasm memory either (a long text's hints column was the largest
//! block of its analysis after the hints themselves).
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

/// The wire form of one analysis (see the module docs for the layout): the head, and the
/// columns, which are encoded a chunk at a time ([`Wire::column`]) so that no column the
/// size of the result is ever held in wasm memory.
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
    #[serde(skip)]
    analysis: &'a Analysis,
    #[serde(skip)]
    index: FxHashMap<(usize, usize), usize>,
}

crate::json::keyword_object!(WireKeyword<'_>);

crate::json::object!(Wire<'_> {
    "schemaVersion" => schema_version,
    "language" => language,
    "cleanup" => cleanup,
    "stats" => stats,
    "readability" => readability,
    "summary" => summary,
    "warnings" => warnings,
    "keywords" => keywords,
    "strings" => strings,
});

/// The columns of the wire form, by their names in the head object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// `blocks`: 4 numbers per block.
    Blocks,
    /// `sentences`: 9 numbers per sentence.
    Sentences,
    /// `sentenceScores`: 2 floats per sentence.
    SentenceScores,
    /// `sentenceHints`: the hint indexes of every sentence.
    SentenceHints,
    /// `hints`: 11 numbers per hint.
    Hints,
}

impl Column {
    /// Every column, in the order the head lists them.
    pub const ALL: [Column; 5] = [
        Column::Blocks,
        Column::Sentences,
        Column::SentenceScores,
        Column::SentenceHints,
        Column::Hints,
    ];

    /// The column's property name in the head object.
    pub fn name(self) -> &'static str {
        match self {
            Column::Blocks => "blocks",
            Column::Sentences => "sentences",
            Column::SentenceScores => "sentenceScores",
            Column::SentenceHints => "sentenceHints",
            Column::Hints => "hints",
        }
    }

    /// Whether the column holds floats (`Float64Array`) rather than integers
    /// (`Uint32Array`).
    pub fn floats(self) -> bool {
        self == Column::SentenceScores
    }
}

/// A column entry. Offsets, counts and indexes of a text a JS string can hold fit in 32
/// bits; anything larger would be a bug, and saturates rather than wraps.
fn column(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Interns strings: each distinct string gets one index. By address and length: the
/// strings are constants or shared (`Arc`) hint texts, so an equal string is almost always
/// the same bytes, and hashing two words beats hashing each message's text. (Two equal
/// strings at different addresses get two ids of the same text, which decode to the same
/// values.)
fn intern<'a>(list: &mut Vec<&'a str>, index: &mut FxHashMap<(usize, usize), usize>, s: &'a str) {
    let next = list.len();
    index
        .entry((s.as_ptr() as usize, s.len()))
        .or_insert_with(|| {
            list.push(s);
            next
        });
}

/// Bit order as in the module docs (and js/wire.js).
fn stance_flags(s: &crate::analysis::SentenceInfo) -> usize {
    let t = &s.stance;
    [
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
    .fold(0, |bits, (i, &on)| bits | (usize::from(on) << i))
}

impl<'a> Wire<'a> {
    /// The wire form of `analysis` (its spans already in the units the caller wants): every
    /// string the columns refer to is interned here, so the head is complete before any
    /// column is encoded.
    pub fn new(analysis: &'a Analysis) -> Wire<'a> {
        let (mut strings, mut index) = (Vec::new(), FxHashMap::default());
        for b in &analysis.blocks {
            intern(&mut strings, &mut index, b.kind.as_str());
        }
        for s in &analysis.sentences {
            intern(&mut strings, &mut index, s.difficulty.as_str());
        }
        for h in &analysis.hints {
            intern(&mut strings, &mut index, h.kind.as_str());
            intern(&mut strings, &mut index, &h.cue);
            intern(&mut strings, &mut index, h.confidence.as_str());
            intern(&mut strings, &mut index, &h.message);
            if let Some(b) = h.booster_type {
                intern(&mut strings, &mut index, b.as_str());
            }
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
            strings,
            analysis,
            index,
        }
    }

    /// The index of an interned string.
    fn id(&self, s: &str) -> usize {
        self.index[&(s.as_ptr() as usize, s.len())]
    }

    /// The number of entries in the column `which`.
    pub fn len(&self, which: Column) -> usize {
        let a = self.analysis;
        match which {
            Column::Blocks => 4 * a.blocks.len(),
            Column::Sentences => 9 * a.sentences.len(),
            Column::SentenceScores => 2 * a.sentences.len(),
            Column::SentenceHints => a.sentences.iter().map(|s| s.hints.len()).sum(),
            Column::Hints => 11 * a.hints.len(),
        }
    }

    /// Encodes the integer column `which` a chunk of about `chunk` entries at a time (at
    /// least one item's), handing each to `emit` in order; together they are the column.
    /// (The float column is [`Wire::scores`].)
    pub fn column(&self, which: Column, chunk: usize, emit: &mut dyn FnMut(&[u32])) {
        let a = self.analysis;
        let mut out: Vec<u32> = Vec::new();
        let mut item = |entries: &[usize], out: &mut Vec<u32>| {
            out.extend(entries.iter().map(|&n| column(n)));
            if out.len() >= chunk {
                emit(out);
                out.clear();
            }
        };
        match which {
            Column::Blocks => {
                for b in &a.blocks {
                    let kind = self.id(b.kind.as_str());
                    item(
                        &[b.span.start, b.span.end, kind, usize::from(b.kept)],
                        &mut out,
                    );
                }
            }
            Column::Sentences => {
                for s in &a.sentences {
                    let entries = [
                        s.span.start,
                        s.span.end,
                        s.block,
                        s.words,
                        s.syllables,
                        self.id(s.difficulty.as_str()),
                        stance_flags(s),
                        (s.stance.polarity + 1) as usize,
                        s.hints.len(),
                    ];
                    item(&entries, &mut out);
                }
            }
            Column::SentenceScores => {}
            Column::SentenceHints => {
                for s in &a.sentences {
                    let (first, end) = (s.hints.start as usize, s.hints.end as usize);
                    out.extend((first..end).map(column));
                    item(&[], &mut out);
                }
            }
            Column::Hints => {
                for h in &a.hints {
                    let source = h.source.map_or([0, 0], |s| [s.start + 1, s.end + 1]);
                    let entries = [
                        self.id(h.kind.as_str()),
                        self.id(&h.cue),
                        h.span.start,
                        h.span.end,
                        h.sentence,
                        self.id(h.confidence.as_str()),
                        self.id(&h.message),
                        h.polarity.map_or(0, |p| (p + 2) as usize),
                        h.booster_type.map_or(0, |b| self.id(b.as_str()) + 1),
                        source[0],
                        source[1],
                    ];
                    item(&entries, &mut out);
                }
            }
        }
        if !out.is_empty() {
            emit(&out);
        }
    }

    /// The float column (`sentenceScores`: grade and sentiment per sentence), a chunk of
    /// about `chunk` entries at a time, as [`Wire::column`] hands out the others.
    pub fn scores(&self, chunk: usize, emit: &mut dyn FnMut(&[f64])) {
        let mut out: Vec<f64> = Vec::new();
        for s in &self.analysis.sentences {
            out.extend([s.grade, s.stance.sentiment]);
            if out.len() >= chunk {
                emit(&out);
                out.clear();
            }
        }
        if !out.is_empty() {
            emit(&out);
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
    fn columns_have_their_widths_in_any_chunking() {
        let text = "Dr. Smith said it may rain. Is it “very” bad? I think so.\n\nNext line here.";
        let analysis = crate::analyze(text, &Default::default()).expect("valid");
        let wire = Wire::new(&analysis);
        let collect = |which: Column, chunk: usize| {
            let (mut ints, mut floats) = (Vec::new(), Vec::new());
            if which.floats() {
                wire.scores(chunk, &mut |e| floats.extend_from_slice(e));
            } else {
                wire.column(which, chunk, &mut |e| ints.extend_from_slice(e));
            }
            (ints, floats)
        };
        let widths = [
            (Column::Blocks, 4 * analysis.blocks.len()),
            (Column::Sentences, 9 * analysis.sentences.len()),
            (Column::SentenceScores, 2 * analysis.sentences.len()),
            (Column::SentenceHints, analysis.hints.len()),
            (Column::Hints, 11 * analysis.hints.len()),
        ];
        for (which, width) in widths {
            let (ints, floats) = collect(which, 1 << 16);
            let got = if which.floats() {
                floats.len()
            } else {
                ints.len()
            };
            assert_eq!(got, width, "{which:?}");
            assert_eq!(wire.len(which), width, "{which:?}");
            // Chunks of one entry give the same column.
            assert_eq!(collect(which, 1), (ints, floats), "{which:?}");
        }
        assert!(!analysis.hints.is_empty());
        let json = serde_json::to_string(&wire).expect("serialisable");
        // The head the engine writes is serde_json's text exactly.
        let mut head = crate::json::Json::with_capacity(wire.json_size());
        crate::json::ToJson::to_json(&wire, &mut head);
        assert_eq!(String::from_utf8(head.into_bytes()).expect("UTF-8"), json);
        assert!(
            json.len() <= wire.json_size(),
            "{} > {}",
            json.len(),
            wire.json_size()
        );
    }
}
