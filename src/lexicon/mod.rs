//! Word lists compiled into the engine.
//!
//! Every list is a plain `.txt` file in this folder: a `#` header that names its source and
//! licence, then one lower-case entry per line with straight apostrophes. Lists are parsed
//! once, on first use, into hash sets. This module only loads and validates the data; the
//! modules that use a list decide what it means.

use crate::hash::FxHashSet;
use std::sync::LazyLock;

/// A parsed word list: the set of its entries.
pub type WordSet = FxHashSet<&'static str>;

/// Parses a list file: skips the `#` header and comment lines and blank lines, trims entries.
pub fn parse_list(source: &'static str) -> impl Iterator<Item = &'static str> {
    // ASCII trimming (the files' whitespace is spaces, tabs and line ends) keeps this cheap:
    // it runs over every list on the first analysis.
    source
        .split('\n')
        .map(str::trim_ascii)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// An upper bound on the entries of a list file (its lines), to size a table once.
pub fn line_count(source: &str) -> usize {
    source.bytes().filter(|&b| b == b'\n').count() + 1
}

fn set(source: &'static str) -> WordSet {
    // Sized once: growing a table while filling it rehashes it several times over, most of
    // the cost of building the lists on the first analysis.
    let mut set = WordSet::with_capacity_and_hasher(line_count(source), Default::default());
    set.extend(parse_list(source));
    set
}

macro_rules! lists {
    ($( $(#[$doc:meta])* $name:ident => $file:literal ),* $(,)?) => {
        $(
            $(#[$doc])*
            pub static $name: LazyLock<WordSet> = LazyLock::new(|| set(include_str!($file)));
        )*
        /// Every list file, by name, for validation.
        pub const ALL_SOURCES: &[(&str, &str)] = &[ $( ($file, include_str!($file)) ),* ];
    };
}

lists! {
    /// Titles before a name ("Dr.", "Prof."): their period does not end a sentence.
    ABBREV_TITLES => "abbrev_titles.txt",
    /// Abbreviations before a number ("No. 5", "Jan. 12").
    ABBREV_NUMBERS => "abbrev_numbers.txt",
    /// Abbreviations used inside a sentence ("e.g.", "vs.").
    ABBREV_INLINE => "abbrev_inline.txt",
    /// Abbreviations that often close a sentence ("etc.", "a.m.", "Jr.").
    ABBREV_TERMINAL => "abbrev_terminal.txt",
    /// Words that end a hard-wrapped line in mid-sentence ("the", "of", "and").
    LINE_JOINERS => "line_joiners.txt",
    /// Vocabulary of web-page furniture (cookie notices, share rows, newsletter prompts).
    FURNITURE_WORDS => "furniture_words.txt",
    /// Familiar words of the New Dale–Chall formula.
    DALE_CHALL => "dale_chall.txt",
    /// Familiar words of the revised Spache formula.
    SPACHE => "spache.txt",
    /// Corrections to the syllable rules (validated here; parsed by readability::syllables).
    SYLLABLE_EXCEPTIONS => "syllable_exceptions.txt",
    /// Common English verbs (keyword phrases do not start or end with them).
    VERBS_EN => "verbs_en.txt",
    /// Common English verbs whose base form is also a common noun ("claim", "plan").
    VERB_NOUNS_EN => "verb_nouns_en.txt",
    /// Generic English adjectives (keyword phrases do not start with them).
    ADJECTIVES_EN => "adjectives_en.txt",
    /// English stopwords for keyword extraction.
    STOPWORDS_EN => "stopwords_en.txt",
    /// English function words (language profile).
    FUNCTION_WORDS_EN => "function_words_en.txt",
    /// German function words (language profile).
    FUNCTION_WORDS_DE => "function_words_de.txt",
    /// Spanish function words (language profile).
    FUNCTION_WORDS_ES => "function_words_es.txt",
    /// French function words (language profile).
    FUNCTION_WORDS_FR => "function_words_fr.txt",
    /// Italian function words (language profile).
    FUNCTION_WORDS_IT => "function_words_it.txt",
    /// Dutch function words (language profile).
    FUNCTION_WORDS_NL => "function_words_nl.txt",
    /// Portuguese function words (language profile).
    FUNCTION_WORDS_PT => "function_words_pt.txt",
    /// Russian function words (language profile).
    FUNCTION_WORDS_RU => "function_words_ru.txt",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_well_formed() {
        for (name, source) in ALL_SOURCES {
            let header: Vec<&str> = source.lines().take_while(|l| l.starts_with('#')).collect();
            let header = header.join("\n");
            assert!(
                header.contains("Source:"),
                "{name}: header must name its source"
            );
            assert!(
                header.contains("Licence:"),
                "{name}: header must name its licence"
            );
            let mut seen = std::collections::HashSet::new();
            for entry in parse_list(source) {
                assert!(seen.insert(entry), "{name}: duplicate entry {entry:?}");
                assert!(
                    !entry.contains(['\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}']),
                    "{name}: curly quote in {entry:?}"
                );
                assert_eq!(
                    entry,
                    entry.to_lowercase(),
                    "{name}: entry {entry:?} must be lower case"
                );
            }
            assert!(!seen.is_empty(), "{name}: empty list");
        }
    }
}
