//! The result contract: the `Analysis` value that the npm package, the page, the widget and
//! every test read. Field names follow `DESIGN.md` §3 (camelCase in JSON). Spans here are
//! byte spans; the JS boundary converts them to UTF-16 with [`Analysis::spans_mut`].
//!
//! Sections owned by later work (readability formulas, keywords, stance hints) are present
//! with their final shape and empty until their engines land.

use crate::cleanup::SetAside;
use crate::language::Language;
use crate::segment::BlockKind;
use crate::span::Span;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// Version of the result shape. Bump the minor part when fields are added.
pub const SCHEMA_VERSION: &str = "0.1.0";

/// Everything the engine found in one text.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// [`SCHEMA_VERSION`].
    pub schema_version: &'static str,
    /// Detected or requested language.
    pub language: Language,
    /// What paste cleanup set aside.
    pub cleanup: CleanupReport,
    /// Every block of the input (paragraphs, headings, list items), kept or not.
    pub blocks: Vec<BlockInfo>,
    /// Counts and averages over the kept text.
    pub stats: Stats,
    /// Readability formulas and their consensus.
    pub readability: Readability,
    /// Ranked keywords.
    pub keywords: Vec<Keyword>,
    /// Kept sentences, in order.
    pub sentences: Vec<SentenceInfo>,
    /// Stance hints, in text order.
    pub hints: Vec<Hint>,
    /// Document-level summary of the hints.
    pub summary: Summary,
    /// Things the reader of the numbers should know (too short for a formula, etc.).
    pub warnings: Vec<Warning>,
}

/// The `cleanup` section.
#[derive(Clone, Debug, Default, Serialize)]
pub struct CleanupReport {
    /// Set-aside stretches with reason and detail.
    pub blocks: Vec<SetAside>,
}

/// One block of the input.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BlockInfo {
    /// Its text.
    pub span: Span,
    /// Paragraph, heading or list item.
    pub kind: BlockKind,
    /// False when cleanup set it aside.
    pub kept: bool,
}

/// Type–token ratio and MTLD.
#[derive(Clone, Debug, Default, Serialize)]
pub struct LexicalDiversity {
    /// Distinct words / words (lower-cased), 0–1.
    pub ttr: f64,
    /// Measure of Textual Lexical Diversity (McCarthy & Jarvis 2010), threshold 0.72,
    /// mean of the forward and backward passes.
    pub mtld: f64,
}

/// Counts and averages over the kept text.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Non-whitespace characters.
    pub characters: usize,
    /// Letters and digits inside words.
    pub letters: usize,
    /// Words (numbers count as words; punctuation and emoji do not).
    pub words: usize,
    /// Sentences that contain at least one word.
    pub sentences: usize,
    /// Blocks that contain at least one word.
    pub paragraphs: usize,
    /// Syllables (0 until the readability engine lands).
    pub syllables: usize,
    /// Words of 3+ syllables.
    pub polysyllables: usize,
    /// Gunning-fog complex words.
    pub complex_words: usize,
    /// Words of 7+ letters (LIX's long words).
    pub long_words: usize,
    /// Distinct words, case-insensitive.
    pub unique_words: usize,
    /// Words / sentences.
    pub avg_words_per_sentence: f64,
    /// Syllables / words.
    pub avg_syllables_per_word: f64,
    /// At 238 words per minute.
    pub reading_time_seconds: f64,
    /// At 150 words per minute.
    pub speaking_time_seconds: f64,
    /// Vocabulary variety.
    pub lexical_diversity: LexicalDiversity,
}

/// The `readability` section.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Readability {
    /// Median grade of the grade-level formulas; `null` until formulas are computed.
    pub consensus: Option<Consensus>,
    /// One entry per formula.
    pub formulas: Vec<Formula>,
}

/// The consensus grade.
#[derive(Clone, Debug, Serialize)]
pub struct Consensus {
    /// US school grade.
    pub grade: f64,
    /// Difficulty band.
    pub band: String,
    /// Lowest and highest formula grade.
    pub spread: [f64; 2],
}

/// One readability formula's result.
#[derive(Clone, Debug, Serialize)]
pub struct Formula {
    /// Stable id, e.g. `flesch-kincaid-grade`.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// The formula's own value.
    pub value: f64,
    /// US grade, when the formula gives one.
    pub grade: Option<f64>,
    /// Difficulty band.
    pub band: String,
    /// Inputs used, by name.
    pub inputs: Inputs,
    /// One-line caveat.
    pub note: String,
}

/// The inputs of one formula, by name in alphabetical order (a JSON object). A sorted list
/// rather than a map: at most seven entries, and no map code in the engine for them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Inputs(Vec<(&'static str, f64)>);

impl Inputs {
    /// The inputs of `pairs`, ordered by name.
    pub fn new(pairs: &[(&'static str, f64)]) -> Self {
        let mut list: Vec<(&'static str, f64)> = Vec::with_capacity(pairs.len());
        for &(name, value) in pairs {
            let at = list.partition_point(|&(n, _)| n < name);
            if list.get(at).is_some_and(|&(n, _)| n == name) {
                list[at].1 = value;
            } else {
                list.insert(at, (name, value));
            }
        }
        Inputs(list)
    }

    /// The value of input `name`.
    pub fn get(&self, name: &str) -> Option<f64> {
        self.0.iter().find(|&&(n, _)| n == name).map(|&(_, v)| v)
    }

    /// `(name, value)` pairs in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, f64)> + '_ {
        self.0.iter().copied()
    }
}

impl Serialize for Inputs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// A keyword row.
#[derive(Clone, Debug, Serialize)]
pub struct Keyword {
    /// Display form.
    pub term: String,
    /// Number of words in the term.
    pub words: usize,
    /// `word`, `phrase` or `name`.
    pub kind: &'static str,
    /// Occurrences in the kept text.
    pub count: usize,
    /// Occurrences per 100 words.
    pub density: f64,
    /// Ranking score.
    pub score: f64,
    /// Surface forms grouped under this term.
    pub forms: Vec<String>,
    /// Every occurrence.
    pub occurrences: Vec<Span>,
}

/// Per-sentence stance flags.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SentenceStance {
    /// Contains a hedge.
    pub hedged: bool,
    /// Contains a booster.
    pub boosted: bool,
    /// Attributes content to a source.
    pub attributed: bool,
    /// The source is unnamed.
    pub unnamed_source: bool,
    /// The author evaluates.
    pub evaluative: bool,
    /// Author polarity −1, 0 or 1.
    pub polarity: i8,
    /// Underlying sentiment score in [−1, 1].
    pub sentiment: f64,
    /// Is a question.
    pub question: bool,
    /// The author mentions themself.
    pub self_mention: bool,
    /// Addresses the reader.
    pub reader_pronoun: bool,
    /// Tells the reader to do something.
    pub directive: bool,
}

/// One kept sentence.
#[derive(Clone, Debug, Serialize)]
pub struct SentenceInfo {
    /// Its text.
    pub span: Span,
    /// Index into `blocks`.
    pub block: usize,
    /// Word count.
    pub words: usize,
    /// Syllable count (0 until the readability engine lands).
    pub syllables: usize,
    /// Per-sentence grade (0 until the readability engine lands).
    pub grade: f64,
    /// `ok`, `hard` or `very-hard`.
    pub difficulty: Difficulty,
    /// Stance flags.
    pub stance: SentenceStance,
    /// Its hints: indexes into `hints`.
    pub hints: HintRange,
}

/// The hints of one sentence: indexes `start..end` into [`Analysis::hints`] (a sentence's
/// hints are consecutive there). Serialises as the list of indexes; held as two numbers,
/// not a list per sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HintRange {
    /// First index.
    pub start: u32,
    /// One past the last index.
    pub end: u32,
}

impl HintRange {
    /// Number of hints.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start) as usize
    }

    /// True when the sentence has no hints.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The indexes into [`Analysis::hints`].
    pub fn iter(&self) -> impl Iterator<Item = usize> {
        (self.start..self.end).map(|i| i as usize)
    }
}

impl Serialize for HintRange {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// A one-byte label that serialises as its name (hint fields: a text can have tens of
/// thousands of hints, so each is kept small). Compares equal to its name (`kind ==
/// "hedge"`).
macro_rules! label {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name {
            $($(#[$vdoc])* $variant),*
        }

        impl $name {
            /// The name, as in the JSON result.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),*
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
    };
}

label! {
    /// How hard a sentence is to read.
    Difficulty {
        /// Below the hard grade, or too short to judge.
        Ok => "ok",
        /// At or above the hard grade.
        Hard => "hard",
        /// At or above the very hard grade.
        VeryHard => "very-hard",
    }
}

label! {
    /// How sure a hint is.
    Confidence {
        /// `low`.
        Low => "low",
        /// `medium`.
        Medium => "medium",
        /// `high`.
        High => "high",
    }
}

label! {
    /// What a booster raises.
    BoosterType {
        /// Commitment to the claim ("clearly", "certainly").
        Certainty => "certainty",
        /// Degree ("very", "extremely").
        Intensity => "intensity",
    }
}

label! {
    /// The kind of a stance hint.
    HintKind {
        /// Withholds commitment.
        Hedge => "hedge",
        /// Raises commitment or intensity.
        Booster => "booster",
        /// Reports someone else's words or views.
        Attribution => "attribution",
        /// Evaluates.
        Evaluative => "evaluative",
        /// The author asks.
        Question => "question",
        /// The author refers to themself.
        SelfMention => "self-mention",
        /// The author addresses the reader.
        ReaderPronoun => "reader-pronoun",
        /// The author urges an action.
        Directive => "directive",
    }
}

/// A stance hint (48 bytes in wasm; 68 with its labels as strings).
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Hint {
    /// Hint kind.
    pub kind: HintKind,
    /// The cue words. (Shared: a text of 16,000 hints has a few hundred distinct cues and
    /// messages, and each distinct one is held once.)
    pub cue: std::sync::Arc<str>,
    /// Where the cue is.
    pub span: Span,
    /// Index into `sentences`.
    pub sentence: usize,
    /// `low`, `medium` or `high`.
    pub confidence: Confidence,
    /// Explanation for people.
    pub message: std::sync::Arc<str>,
    /// For evaluative hints: the cue's polarity (−1, 0, 1); otherwise null.
    pub polarity: Option<i8>,
    /// For boosters: "certainty" or "intensity"; otherwise null.
    pub booster_type: Option<BoosterType>,
    /// For attributions: who says so, when the text names or describes a source.
    pub source: Option<Span>,
}

/// Hint counts by kind.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct HintCounts {
    /// Hedges.
    pub hedge: usize,
    /// Boosters.
    pub booster: usize,
    /// Attributions.
    pub attribution: usize,
    /// Evaluative cues.
    pub evaluative: usize,
    /// Questions.
    pub question: usize,
    /// Self-mentions.
    pub self_mention: usize,
    /// Reader pronouns.
    pub reader_pronoun: usize,
    /// Directives.
    pub directive: usize,
}

/// Hint rates by kind (sentences with the hint per 100 sentences).
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct HintRates {
    /// Hedges.
    pub hedge: f64,
    /// Boosters.
    pub booster: f64,
    /// Attributions.
    pub attribution: f64,
    /// Evaluative cues.
    pub evaluative: f64,
    /// Questions.
    pub question: f64,
    /// Self-mentions.
    pub self_mention: f64,
    /// Reader pronouns.
    pub reader_pronoun: f64,
    /// Directives.
    pub directive: f64,
}

/// Document-level summary of the hints.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Number of sentences with each hint kind.
    pub hint_counts: HintCounts,
    /// The same per 100 kept sentences.
    pub rates_per100_sentences: HintRates,
    /// Overall author tone: the mean sentence polarity, negative at −0.1 or below,
    /// positive at 0.1 or above.
    pub tone: &'static str,
}

impl Default for Summary {
    fn default() -> Self {
        Summary {
            hint_counts: HintCounts::default(),
            rates_per100_sentences: HintRates::default(),
            tone: "neutral",
        }
    }
}

/// A warning about the result.
#[derive(Clone, Debug, Serialize)]
pub struct Warning {
    /// Stable machine-readable code.
    pub code: &'static str,
    /// Explanation for people.
    pub message: String,
}

impl Analysis {
    /// Calls `f` on every span in the result, so the JS boundary can convert them.
    pub fn spans_mut(&mut self, mut f: impl FnMut(&mut Span)) {
        self.cleanup.blocks.iter_mut().for_each(|b| f(&mut b.span));
        self.blocks.iter_mut().for_each(|b| f(&mut b.span));
        for keyword in &mut self.keywords {
            keyword.occurrences.iter_mut().for_each(&mut f);
        }
        self.sentences.iter_mut().for_each(|s| f(&mut s.span));
        for hint in &mut self.hints {
            f(&mut hint.span);
            if let Some(source) = &mut hint.source {
                f(source);
            }
        }
    }
}
