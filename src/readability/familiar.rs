//! Familiar-word lists of the Dale–Chall and Spache formulas, with the inflections their
//! rules allow: a word is familiar when it is on the list, or when it is a regular plural,
//! possessive, past tense, -ing form, comparative or superlative of a listed word
//! ("books", "girl's", "walked", "carrying", "bigger", "happiest"). Numbers written in
//! digits are familiar. Proper names are decided by the caller (both formulas treat them as
//! familiar).

use crate::lexicon::{WordSet, DALE_CHALL, SPACHE};

/// Which list to check.
#[derive(Clone, Copy, Debug)]
pub enum List {
    /// New Dale–Chall (1995), about 3,000 words.
    DaleChall,
    /// Revised Spache (1974), about 1,000 words.
    Spache,
}

fn set(list: List) -> &'static WordSet {
    match list {
        List::DaleChall => &DALE_CHALL,
        List::Spache => &SPACHE,
    }
}

/// True when `lower` (a lower-case word with straight apostrophes) is familiar.
pub fn is_familiar(lower: &str, list: List) -> bool {
    if lower.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    let words = set(list);
    if words.contains(lower) {
        return true;
    }
    let base = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("s'"))
        .unwrap_or(lower);
    if base != lower && words.contains(base) {
        return true;
    }
    crate::lexicon::inflection::any_root(base, |root| words.contains(root))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_of_familiar_words_are_familiar() {
        for word in [
            "book", "books", "walked", "carrying", "bigger", "happiest", "girl's", "1990",
            "running",
        ] {
            assert!(is_familiar(word, List::DaleChall), "{word}");
        }
        for word in ["photosynthesis", "ubiquitous", "legislature"] {
            assert!(!is_familiar(word, List::DaleChall), "{word}");
        }
        assert!(is_familiar("dogs", List::Spache));
    }
}
