//! Readability: syllables, the standard formulas, their consensus, and per-sentence
//! difficulty, all computed from the shared segmentation.
//!
//! Per-sentence grade: the Flesch–Kincaid grade of the sentence alone
//! (0.39·words + 11.8·syllables/word − 15.59, clamped to 0–22). A sentence of at least
//! `minWords` words (default 14) is `hard` from grade 10 and `very-hard` from grade 14 —
//! Hemingway's colours, on a syllable-based grade. Shorter sentences are always `ok`.
//!
//! Consensus: the median grade of the grade-level formulas (Flesch–Kincaid, Gunning fog,
//! SMOG, Coleman–Liau, ARI, Dale–Chall, Linsear Write, FORCAST, RIX), with the lowest and
//! highest of them as the spread. Flesch Reading Ease and LIX are scores, not grades;
//! Spache is made for primary-school texts. The band uses [`formulas::band_of_grade`].

pub mod familiar;
pub mod formulas;
pub mod syllables;

use crate::analysis::{Consensus, Difficulty, Formula};
use crate::hash::FxHashSet;
use crate::segment::Segmentation;
use crate::vocab::Vocabulary;
use familiar::List;
use formulas::Counts;
use serde::Deserialize;

/// Per-sentence difficulty thresholds.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct ReadabilityOptions {
    /// Grade from which a sentence is `hard` (default 10).
    pub hard_grade: f64,
    /// Grade from which a sentence is `very-hard` (default 14).
    pub very_hard_grade: f64,
    /// Sentences shorter than this many words are always `ok` (default 14).
    pub min_words: usize,
}

impl ReadabilityOptions {
    /// Option names accepted from JavaScript.
    pub const FIELDS: &'static [&'static str] = &["hardGrade", "veryHardGrade", "minWords"];
}

impl Default for ReadabilityOptions {
    fn default() -> Self {
        ReadabilityOptions {
            hard_grade: 10.0,
            very_hard_grade: 14.0,
            min_words: 14,
        }
    }
}

/// What one kept sentence gets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SentenceScore {
    /// Syllables.
    pub syllables: usize,
    /// Flesch–Kincaid grade of the sentence.
    pub grade: f64,
    /// `ok`, `hard` or `very-hard`.
    pub difficulty: Difficulty,
}

/// Readability of the kept text.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The counts the formulas read.
    pub counts: Counts,
    /// One per kept sentence, in order.
    pub sentences: Vec<SentenceScore>,
    /// Every formula (empty for a text without words).
    pub formulas: Vec<Formula>,
    /// Median grade and spread (none for a text without words).
    pub consensus: Option<Consensus>,
}

/// Words of 7+ letters (LIX's long words).
pub fn is_long(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() > 6
}

/// Computes readability over the sentences `kept` (indexes into `seg.sentences`).
pub fn compute(
    seg: &Segmentation,
    vocab: &Vocabulary,
    kept: &[usize],
    familiar: &mut familiar::FamiliarByForm,
    options: &ReadabilityOptions,
) -> Report {
    let mut c = Counts::default();
    // Facts about each distinct token, computed once per call (texts repeat their words).
    let mut cache: Vec<Option<WordFacts>> = vec![None; vocab.tokens.len()];
    let mut unfamiliar_spache: FxHashSet<u32> = FxHashSet::default();
    let mut scores = Vec::with_capacity(kept.len());
    let mut word_syllables: Vec<usize> = Vec::new();
    for &index in kept {
        let (first_word, _) = seg.sentences[index].words;
        let words = seg.sentence_words(index);
        let mut sentence_syllables = 0usize;
        word_syllables.clear();
        for position in 0..words.len() {
            let token_id = vocab.word_token[first_word + position] as usize;
            let facts = *cache[token_id].get_or_insert_with(|| {
                let lower_id = vocab.token_lower[token_id];
                let lower = vocab.form(lower_id as usize);
                let lists = familiar.lists(lower_id as usize, lower);
                WordFacts::of(vocab.tokens[token_id], lower, lower_id, lists)
            });
            let syllables = facts.syllables as usize;
            sentence_syllables += syllables;
            let name = facts.capitalised && (position > 0 || !facts.dale_chall);
            c.letters += facts.letters as f64;
            c.polysyllables += f64::from(syllables >= 3);
            c.monosyllables += f64::from(syllables == 1);
            c.long_words += f64::from(facts.long);
            if syllables >= 3 && !name && !facts.hyphenated && !facts.complex_by_inflection {
                c.complex_words += 1.0;
            }
            if !name && !facts.dale_chall {
                c.difficult_words += 1.0;
            }
            if !name && !facts.spache {
                unfamiliar_spache.insert(facts.lower_id);
            }
            word_syllables.push(syllables);
        }
        let n = words.len();
        if n > 0 {
            c.sentences += 1.0;
            // Linsear Write sample: whole sentences from the start until 100 words.
            if c.linsear_easy + c.linsear_hard < 100.0 {
                c.linsear_sentences += 1.0;
                for &s in &word_syllables {
                    if s >= 3 {
                        c.linsear_hard += 1.0;
                    } else {
                        c.linsear_easy += 1.0;
                    }
                }
            }
        }
        c.words += n as f64;
        c.syllables += sentence_syllables as f64;
        scores.push(score_sentence(n, sentence_syllables, options));
    }
    c.unique_unfamiliar = unfamiliar_spache.len() as f64;
    if c.words == 0.0 {
        return Report {
            counts: c,
            sentences: scores,
            ..Report::default()
        };
    }
    let formulas = formulas::all(&c);
    let consensus = consensus(&formulas);
    Report {
        counts: c,
        sentences: scores,
        formulas,
        consensus,
    }
}

/// What the formulas need to know about one distinct token.
#[derive(Clone, Copy, Debug)]
struct WordFacts {
    syllables: u16,
    letters: u32,
    capitalised: bool,
    hyphenated: bool,
    long: bool,
    dale_chall: bool,
    spache: bool,
    complex_by_inflection: bool,
    /// Vocabulary id of the lower-cased form, for counting distinct unfamiliar words.
    lower_id: u32,
}

impl WordFacts {
    /// The facts of `token`, whose lower-case form `lower` (id `lower_id`) is on the
    /// familiar-word lists `familiar` ([`familiar::familiar_lists`]).
    fn of(token: &str, lower: &str, lower_id: u32, familiar: u32) -> WordFacts {
        let syllables = syllables::count(token);
        WordFacts {
            syllables: syllables.min(u16::MAX as usize) as u16,
            letters: token
                .chars()
                .filter(|ch| ch.is_alphanumeric())
                .count()
                .min(u32::MAX as usize) as u32,
            capitalised: token.chars().next().is_some_and(char::is_uppercase),
            hyphenated: token.contains('-'),
            long: is_long(token),
            dale_chall: familiar & List::DaleChall.bit() != 0,
            spache: familiar & List::Spache.bit() != 0,
            complex_by_inflection: syllables >= 3 && inflection_makes_complex(lower),
            lower_id,
        }
    }
}

/// A word of 3+ syllables that has them only through -es, -ed or -ing is not complex for
/// Gunning ("created", "boxes", "interesting" are judged by "create", "box", "interest").
fn inflection_makes_complex(lower: &str) -> bool {
    for suffix in ["ing", "ed", "es"] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            if stem.len() < 2 {
                return false;
            }
            let plain = syllables::count(stem).max(syllables::count(&format!("{stem}e")));
            return plain < 3;
        }
    }
    false
}

fn score_sentence(words: usize, syllables: usize, options: &ReadabilityOptions) -> SentenceScore {
    if words == 0 {
        return SentenceScore {
            syllables,
            grade: 0.0,
            difficulty: Difficulty::Ok,
        };
    }
    let grade =
        (0.39 * words as f64 + 11.8 * syllables as f64 / words as f64 - 15.59).clamp(0.0, 22.0);
    let difficulty = if words < options.min_words {
        Difficulty::Ok
    } else if grade >= options.very_hard_grade {
        Difficulty::VeryHard
    } else if grade >= options.hard_grade {
        Difficulty::Hard
    } else {
        Difficulty::Ok
    };
    SentenceScore {
        syllables,
        grade,
        difficulty,
    }
}

fn consensus(formulas: &[Formula]) -> Option<Consensus> {
    let mut grades: Vec<f64> = formulas
        .iter()
        .filter(|f| formulas::CONSENSUS_IDS.contains(&f.id))
        .filter_map(|f| f.grade)
        .collect();
    if grades.is_empty() {
        return None;
    }
    crate::order::sort_by_key(&mut grades, |&g| u128::from(crate::order::f64_key(g)));
    let mid = grades.len() / 2;
    let median = if grades.len() % 2 == 1 {
        grades[mid]
    } else {
        (grades[mid - 1] + grades[mid]) / 2.0
    };
    Some(Consensus {
        grade: median,
        band: formulas::band_of_grade(median).to_string(),
        spread: [grades[0], grades[grades.len() - 1]],
    })
}
