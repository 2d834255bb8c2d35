//! Cue lists for stance hints and their matcher.
//!
//! Match semantics: cues are sequences of lower-cased words (straight apostrophes). At each
//! word of a sentence the longest cue that starts there wins, and matching resumes after
//! it (leftmost-longest, non-overlapping), so "it is possible that" beats "possible" and a
//! cue never matches part of a word.

use crate::hash::FxHashMap;
use crate::lexicon::{expand, list_body, parse_list};
use std::sync::LazyLock;

/// A set of multi-word cues, indexed by first word.
///
/// Each first word maps to its cues' remaining words, longest cue first, as one string with
/// single spaces ("is possible that" under "it"); a one-word cue is an empty rest, so the
/// built-in lists (mostly single words) cost one key per distinct first word and no
/// allocation per cue.
#[derive(Clone, Debug, Default)]
pub struct CueSet {
    by_first: FxHashMap<String, Vec<Rest>>,
}

/// The words of a cue after its first: their count and the words joined by single spaces.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Rest {
    words: usize,
    text: String,
}

impl CueSet {
    /// Builds a set from cue strings.
    pub fn new<'a>(cues: impl IntoIterator<Item = &'a str>) -> Self {
        let cues = cues.into_iter();
        let mut set = CueSet {
            by_first: FxHashMap::with_capacity_and_hasher(cues.size_hint().0, Default::default()),
        };
        for cue in cues {
            set.add(cue);
        }
        // Sorted once here rather than after every insert (the built-in lists are built on
        // the first analysis).
        for list in set.by_first.values_mut() {
            crate::order::sort_by_key(list, |r| !(r.words as u128));
        }
        set
    }

    /// Adds one cue (any case).
    pub fn insert(&mut self, cue: &str) {
        if let Some(list) = self.add(cue) {
            crate::order::sort_by_key(list, |r| !(r.words as u128));
        }
    }

    /// Splits a cue into its normalised first word and the rest.
    fn split(cue: &str) -> Option<(String, Rest)> {
        let mut words = cue.split_whitespace().map(crate::vocab::normalise);
        let first = words.next()?;
        let mut rest = Rest {
            words: 0,
            text: String::new(),
        };
        for word in words {
            if rest.words > 0 {
                rest.text.push(' ');
            }
            rest.text.push_str(&word);
            rest.words += 1;
        }
        Some((first, rest))
    }

    /// Adds one cue unless present; returns its first word's list, unsorted.
    fn add(&mut self, cue: &str) -> Option<&mut Vec<Rest>> {
        let (first, rest) = Self::split(cue)?;
        let list = self
            .by_first
            .entry(first)
            .or_insert_with(|| Vec::with_capacity(1));
        if list.contains(&rest) {
            return None;
        }
        list.push(rest);
        Some(list)
    }

    /// Removes one cue (any case).
    pub fn remove(&mut self, cue: &str) {
        if let Some((first, rest)) = Self::split(cue) {
            if let Some(list) = self.by_first.get_mut(&first) {
                list.retain(|r| *r != rest);
            }
        }
    }

    /// Length in words of the longest cue starting at `words[at]`, if any (`None` past the
    /// end).
    pub fn longest_at(&self, words: &[&str], at: usize) -> Option<usize> {
        let cues = self.by_first.get(*words.get(at)?)?;
        let after = &words[at + 1..];
        cues.iter()
            .find(|rest| {
                rest.words <= after.len()
                    && (rest.words == 0 || rest.text.split(' ').zip(after).all(|(a, b)| a == *b))
            })
            .map(|rest| rest.words + 1)
    }

    /// Every match as a word range `start..end`, leftmost-longest, non-overlapping.
    pub fn find_all(&self, words: &[&str]) -> Vec<(usize, usize)> {
        self.find_all_where(words, |_| true)
    }

    /// Like [`CueSet::find_all`], trying only the words for which `may_start` is true (a
    /// cheap pre-check, such as a bit in [`Lexicons::starts`]).
    pub fn find_all_where(
        &self,
        words: &[&str],
        may_start: impl Fn(usize) -> bool,
    ) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        self.find_all_into(words, may_start, &mut out);
        out
    }

    /// Like [`CueSet::find_all_where`], into `out` (cleared first), so a caller can reuse
    /// one buffer.
    pub fn find_all_into(
        &self,
        words: &[&str],
        may_start: impl Fn(usize) -> bool,
        out: &mut Vec<(usize, usize)>,
    ) {
        out.clear();
        let mut i = 0;
        while i < words.len() {
            if !may_start(i) {
                i += 1;
                continue;
            }
            match self.longest_at(words, i) {
                Some(n) => {
                    out.push((i, i + n));
                    i += n;
                }
                None => i += 1,
            }
        }
    }
}

fn load(body: &'static str) -> CueSet {
    // Collected first so the set is sized once (its size hint is exact).
    let cues: Vec<&str> = parse_list(expand(body)).collect();
    CueSet::new(cues)
}

/// The cue lists.
#[derive(Clone, Debug)]
pub struct Lexicons {
    /// Hedges (modal verbs are handled by rules).
    pub hedges: CueSet,
    /// Certainty boosters.
    pub certainty: CueSet,
    /// Intensity boosters.
    pub intensity: CueSet,
    /// Reporting verbs and agentless attribution frames.
    pub reporting: CueSet,
    /// Positive evaluation.
    pub positive: CueSet,
    /// Negative evaluation.
    pub negative: CueSet,
    /// Evaluation without valence.
    pub neutral: CueSet,
    /// Unnamed-source words.
    pub vague: CueSet,
    /// For each word that starts a cue in any list, a bit per list ([`Lexicons::HEDGES`] …):
    /// one lookup per word tells which lists are worth trying.
    pub starts: FxHashMap<String, u16>,
}

impl Lexicons {
    /// Bit of the hedge list in [`Lexicons::starts`].
    pub const HEDGES: u16 = 1;
    /// Bit of the certainty-booster list.
    pub const CERTAINTY: u16 = 2;
    /// Bit of the intensity-booster list.
    pub const INTENSITY: u16 = 4;
    /// Bit of the reporting list.
    pub const REPORTING: u16 = 8;
    /// Bit of the positive list.
    pub const POSITIVE: u16 = 16;
    /// Bit of the negative list.
    pub const NEGATIVE: u16 = 32;
    /// Bit of the neutral-evaluation list.
    pub const NEUTRAL: u16 = 64;
    /// Bit of the words a hand-written rule in `rules.rs` looks at one by one ("may",
    /// "never", "so" …): a sentence's other words skip those rules after one bit test.
    pub const RULES: u16 = 128;
    /// Bit of first-person words ("I", "we", "our", "I'm" …).
    pub const SELF: u16 = 256;
    /// Bit of second-person words ("you", "your" …).
    pub const READER: u16 = 512;
    /// Bit of the words a directive can start with ("should", "must", "ought", "need" …).
    pub const DIRECTIVE: u16 = 1024;
    /// Bit of contrast words ("but", "however" …) that scope a sentence's polarity.
    pub const CONTRAST: u16 = 2048;
    /// Bit of negators ("not", "never", "without" …) that flip a nearby evaluation.
    pub const NEGATOR: u16 = 4096;
    /// Bit of the verbs of refusal ("refused", "declined" …) that void a later evaluation.
    pub const REFUSAL: u16 = 8192;

    /// Rebuilds [`Lexicons::starts`] after the lists changed.
    pub fn index(&mut self) {
        let mut starts: FxHashMap<String, u16> = FxHashMap::default();
        for (set, bit) in [
            (&self.hedges, Self::HEDGES),
            (&self.certainty, Self::CERTAINTY),
            (&self.intensity, Self::INTENSITY),
            (&self.reporting, Self::REPORTING),
            (&self.positive, Self::POSITIVE),
            (&self.negative, Self::NEGATIVE),
            (&self.neutral, Self::NEUTRAL),
        ] {
            for first in set.by_first.keys() {
                *starts.entry(first.clone()).or_default() |= bit;
            }
        }
        use super::rules as r;
        for (words, bit) in [
            (r::RULE_WORDS, Self::RULES),
            (r::FIRST_PERSON, Self::SELF),
            (r::FIRST_PERSON_CONTRACTIONS, Self::SELF),
            (r::SECOND_PERSON, Self::READER),
            (r::DIRECTIVE_MODALS, Self::DIRECTIVE),
            (r::DIRECTIVE_STARTS, Self::DIRECTIVE),
            (r::CONTRAST, Self::CONTRAST),
            (r::NEGATORS, Self::NEGATOR),
            (r::REFUSALS, Self::REFUSAL),
        ] {
            for word in words {
                *starts.entry((*word).to_string()).or_default() |= bit;
            }
        }
        self.starts = starts;
    }

    /// The list bits of one lower-case word.
    pub fn mask(&self, word: &str) -> u16 {
        self.starts.get(word).copied().unwrap_or(0)
    }
}

/// The built-in lists.
pub static DEFAULT: LazyLock<Lexicons> = LazyLock::new(|| {
    let mut lex = Lexicons {
        hedges: load(list_body!("hedges.txt")),
        certainty: load(list_body!("boosters_certainty.txt")),
        intensity: load(list_body!("boosters_intensity.txt")),
        reporting: load(list_body!("reporting_verbs.txt")),
        positive: load(list_body!("evaluative_positive.txt")),
        negative: load(list_body!("evaluative_negative.txt")),
        neutral: load(list_body!("evaluative_neutral.txt")),
        vague: load(list_body!("vague_sources.txt")),
        starts: FxHashMap::default(),
    };
    lex.index();
    lex
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftmost_longest() {
        let set = CueSet::new(["possible", "it is possible that", "is"]);
        let words = ["it", "is", "possible", "that", "it", "is", "possible"];
        assert_eq!(set.find_all(&words), vec![(0, 4), (5, 6), (6, 7)]);
    }
}
