//! # proselens
//!
//! Reads an article and tells a writer or reader how hard it is to read, what it is about
//! and how it argues. The core is pure Rust: no I/O, no JS types, and no panics for any
//! `&str`. The WebAssembly boundary lives in `wasm.rs` and is the only place that knows
//! about JavaScript.
//!
//! ```
//! let result = proselens::analyze("Dr. Smith arrived in the U.S. at 5 p.m. He left.", &Default::default())
//!     .expect("default options are valid");
//! assert_eq!(result.stats.sentences, 2);
//! assert_eq!(result.stats.words, 11);
//! ```
//!
//! The pipeline runs one pass of [`segment`] (blocks → sentences → words, byte spans), then
//! [`cleanup`] (what a web paste adds around the article), then the analyses, which all read
//! the same segmentation.

#[cfg(feature = "alloc-stats")]
pub mod alloc_stats;
pub mod analysis;
pub mod cleanup;
pub mod hash;
pub mod json;
pub mod keywords;
pub mod language;
pub mod lexicon;
pub mod order;
pub mod readability;
pub mod segment;
pub mod span;
pub mod stance;
pub mod stats;
pub mod vocab;
pub mod wire;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, SCHEMA_VERSION};
pub use span::{Span, Utf16Index};

use analysis::{BlockInfo, CleanupReport, SentenceInfo, Warning};
use serde::Deserialize;
use std::fmt;

/// Options for [`analyze`]. Every field has a default; unknown fields are an error.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Options {
    /// Analyse as this language (ISO 639-1: en, de, es, fr, it, nl, pt, ru) instead of
    /// detecting it.
    pub language: Option<String>,
    /// Set aside web-page furniture and repeated content (default `true`).
    pub cleanup: bool,
    /// Start offsets of set-aside stretches to keep after all (the page's "undo"): byte
    /// offsets in Rust, UTF-16 offsets from JavaScript. Offsets that start no stretch are
    /// ignored.
    pub keep: Vec<usize>,
    /// Per-sentence difficulty thresholds.
    pub readability: readability::ReadabilityOptions,
    /// Keyword limits, extra stopwords and kinds.
    pub keywords: keywords::KeywordOptions,
    /// Stance hint kinds and cue-list edits.
    pub hints: stance::HintOptions,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            language: None,
            cleanup: true,
            keep: Vec::new(),
            readability: Default::default(),
            keywords: Default::default(),
            hints: Default::default(),
        }
    }
}

/// An invalid option. The text itself never causes an error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// Stable code, e.g. `ERR_INVALID_OPTIONS`.
    pub code: &'static str,
    /// What is wrong, for people.
    pub message: String,
}

impl Error {
    /// An invalid-options error.
    pub fn invalid_options(message: impl Into<String>) -> Self {
        Error {
            code: "ERR_INVALID_OPTIONS",
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for Error {}

impl Options {
    /// The option names accepted from JavaScript (camelCase).
    pub const FIELDS: &'static [&'static str] = &[
        "language",
        "cleanup",
        "keep",
        "readability",
        "keywords",
        "hints",
    ];

    /// Checks the options, so `analyze` can fail before doing any work.
    pub fn validate(&self) -> Result<(), Error> {
        if let Some(code) = &self.language {
            if !language::SUPPORTED.contains(&code.as_str()) {
                return Err(Error::invalid_options(format!(
                    "language \"{code}\" is not supported; use one of {}",
                    language::SUPPORTED.join(", ")
                )));
            }
        }
        let r = &self.readability;
        if !(r.hard_grade.is_finite() && r.very_hard_grade.is_finite())
            || r.hard_grade > r.very_hard_grade
        {
            return Err(Error::invalid_options(
                "readability.hardGrade and readability.veryHardGrade must be numbers with hardGrade <= veryHardGrade",
            ));
        }
        for kind in &self.keywords.kinds {
            if !["name", "phrase", "word"].contains(&kind.as_str()) {
                return Err(Error::invalid_options(format!(
                    "keywords.kinds: unknown kind \"{kind}\"; use \"name\", \"phrase\" or \"word\""
                )));
            }
        }
        for kind in &self.hints.kinds {
            if !stance::KINDS.contains(&kind.as_str()) {
                return Err(Error::invalid_options(format!(
                    "hints.kinds: unknown kind \"{kind}\"; use any of {}",
                    stance::KINDS.join(", ")
                )));
            }
        }
        Ok(())
    }
}

/// Marks the end of a phase of [`analyze`] for the `alloc-stats` dev feature (which
/// records each phase's peak heap); nothing otherwise.
#[inline(always)]
pub(crate) fn phase(_name: &'static str) {
    #[cfg(feature = "alloc-stats")]
    alloc_stats::phase(_name);
}

/// Analyses `text`. Fails only for invalid options; any string gives a result.
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    options.validate()?;
    lexicon::prepare();
    phase("start");
    let seg = segment::segment(text);
    phase("segment");
    let vocab = vocab::Vocabulary::build(text, &seg.words);
    phase("vocabulary");
    let mut cleaned = cleanup::clean(text, &seg, &vocab, options.cleanup);
    cleaned.keep(&seg, &options.keep);
    phase("cleanup");

    let kept: Vec<usize> = (0..seg.sentences.len())
        .filter(|&i| cleaned.kept[seg.sentences[i].block])
        .collect();
    // The lower-case ids of the kept words, in order: read twice (language detection
    // here, the statistics' table after the keyword pass) rather than held as a table
    // through the keyword pass, whose working memory sets the peak.
    let kept_lower_ids = || {
        kept.iter().flat_map(|&i| {
            let (a, b) = seg.sentences[i].words;
            (a..b).map(|w| vocab.lower_id(w))
        })
    };
    let language = match &options.language {
        Some(code) => language::Language {
            code: code.clone(),
            detected: false,
            confidence: 1.0,
        },
        None => language::detect_ids(kept_lower_ids(), &vocab.lowers),
    };
    // Keywords first: the keyword pass's working tables are the largest transient memory
    // of the analysis, and they are freed before the per-sentence results (readability,
    // stance) exist, which lowers the peak.
    let lead: Vec<usize> = (0..seg.sentences.len())
        .filter(|&i| cleaned.lead.contains(&seg.sentences[i].block))
        .collect();
    let mut familiar = readability::familiar::FamiliarByForm::new(vocab.lowers.len());
    let keyword_rows = keywords::extract(
        text,
        &seg,
        (&vocab, &mut familiar),
        (&kept, &lead),
        &language.code,
        &options.keywords,
    );
    phase("keywords");
    let mut report = readability::compute(&seg, &vocab, &kept, &mut familiar, &options.readability);
    drop(familiar);
    phase("readability");

    let mut sentences = Vec::with_capacity(kept.len());
    let mut characters = 0usize;
    let mut paragraph_has_words = vec![false; seg.blocks.len()];
    for (&index, score) in kept.iter().zip(std::mem::take(&mut report.sentences)) {
        let sentence = &seg.sentences[index];
        let words = seg.sentence_words(index);
        characters += stats::visible_chars(sentence.span.slice(text));
        paragraph_has_words[sentence.block] |= !words.is_empty();
        sentences.push(SentenceInfo {
            span: sentence.span,
            block: sentence.block,
            words: words.len(),
            syllables: score.syllables,
            grade: score.grade,
            difficulty: score.difficulty,
            stance: Default::default(),
            hints: Default::default(),
        });
    }

    let c = &report.counts;
    // Sized exactly: collected from the iterator, the table grew by doubling (the old and
    // the new block held at once, the freed ones left as holes).
    let mut kept_lower: Vec<u32> = Vec::with_capacity(seg.words_in(&kept));
    kept_lower.extend(kept_lower_ids());
    let mut stats = stats::compute(&stats::StatsInput {
        characters,
        letters: c.letters as usize,
        long_words: c.long_words as usize,
        lower_ids: &kept_lower,
        vocabulary: vocab.lowers.len(),
        sentences: c.sentences as usize,
        paragraphs: paragraph_has_words.iter().filter(|b| **b).count(),
    });
    stats.syllables = c.syllables as usize;
    stats.polysyllables = c.polysyllables as usize;
    stats.complex_words = c.complex_words as usize;
    stats.avg_syllables_per_word = stats::ratio(stats.syllables, stats.words);
    // Not needed past this point: freed before the stance pass.
    drop(kept_lower);

    let mut warnings = Vec::new();
    if stats.words == 0 {
        warnings.push(Warning {
            code: "no-words",
            message: "The text has no words to analyse; readability formulas are not computed."
                .into(),
        });
    } else if stats.words < 100 {
        warnings.push(Warning {
            code: "short-text",
            message: format!(
                "Readability formulas are calibrated on samples of 100 words or more; this text has {}.",
                stats.words
            ),
        });
    }
    if language.code != "en" {
        warnings.push(Warning {
            code: "formulas-english",
            message: format!(
                "The readability formulas and syllable rules are calibrated for English; the text looks like \"{}\".",
                language.code
            ),
        });
    }
    // The stance cue lists and rules are English ("Die" would read as an order): on text
    // in another language only questions (a question mark) are marked, unless the caller
    // brought cues of their own.
    let only_questions = language.code != "en" && options.hints.add.is_empty();
    if only_questions {
        warnings.push(Warning {
            code: "hints-english",
            message: format!(
                "Stance hints use English cue lists; the text looks like \"{}\", so only questions are marked.",
                language.code
            ),
        });
    }
    phase("sentences");
    let stance_report = stance::analyze(
        text,
        &seg,
        &vocab,
        &kept,
        (&options.hints, only_questions),
        |i, stance, hints| {
            let sentence: &mut SentenceInfo = &mut sentences[i];
            sentence.stance = stance;
            sentence.hints = hints;
        },
    );
    let blocks = seg
        .blocks
        .iter()
        .zip(&cleaned.kept)
        .map(|(b, kept)| BlockInfo {
            span: b.span,
            kind: b.kind,
            kept: *kept,
        })
        .collect();

    phase("stance");
    Ok(Analysis {
        schema_version: SCHEMA_VERSION,
        language,
        cleanup: CleanupReport {
            blocks: cleaned.set_aside,
        },
        blocks,
        stats,
        readability: analysis::Readability {
            consensus: report.consensus,
            formulas: report.formulas,
        },
        keywords: keyword_rows,
        sentences,
        hints: stance_report.hints,
        summary: stance_report.summary,
        warnings,
    })
}
