//! Familiar-word lists of the Dale–Chall and Spache formulas, with the inflections their
//! rules allow: a word is familiar when it is on the list, or when it is a regular plural,
//! possessive, past tense, -ing form, comparative or superlative of a listed word
//! ("books", "girl's", "walked", "carrying", "bigger", "happiest"). Numbers written in
//! digits are familiar. Proper names are decided by the caller (both formulas treat them as
//! familiar).

use crate::lexicon::FAMILIAR_WORDS;

/// Which list to check.
#[derive(Clone, Copy, Debug)]
pub enum List {
    /// New Dale–Chall (1995), about 3,000 words.
    DaleChall,
    /// Revised Spache (1974), about 1,000 words.
    Spache,
}

impl List {
    /// The list's bit in [`familiar_lists`] (and in [`FAMILIAR_WORDS`]).
    pub const fn bit(self) -> u32 {
        match self {
            List::DaleChall => 1,
            List::Spache => 2,
        }
    }
}

/// Both lists' bits.
const BOTH: u32 = List::DaleChall.bit() | List::Spache.bit();

/// The lists on which `lower` (a lower-case word with straight apostrophes) is familiar, as
/// [`List::bit`]s: looked up with its possessive and inflections once for both lists.
pub fn familiar_lists(lower: &str) -> u32 {
    if lower.bytes().any(|b| b.is_ascii_digit()) {
        return BOTH;
    }
    let table = &*FAMILIAR_WORDS;
    let mut found = table.lists_of(lower);
    if found == BOTH {
        return found;
    }
    let base = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("s'"))
        .unwrap_or(lower);
    if base != lower {
        found |= table.lists_of(base);
    }
    if found != BOTH {
        crate::lexicon::inflection::any_root(base, |root| {
            found |= table.lists_of(root);
            found == BOTH
        });
    }
    found
}

/// [`familiar_lists`] of a text's lower-case forms, judged once per form and shared by the
/// keyword pass and the formulas (each would otherwise judge every form again).
pub struct FamiliarByForm(Vec<u8>);

impl FamiliarByForm {
    /// Marks a form not judged yet (list bits use the low two).
    const UNKNOWN: u8 = u8::MAX;

    /// A table for `forms` lower-case forms (the vocabulary's lower ids), none judged.
    pub fn new(forms: usize) -> FamiliarByForm {
        FamiliarByForm(vec![Self::UNKNOWN; forms])
    }

    /// [`familiar_lists`] of `lower`, the form with id `lower_id`.
    #[inline]
    pub fn lists(&mut self, lower_id: usize, lower: &str) -> u32 {
        let slot = &mut self.0[lower_id];
        if *slot == Self::UNKNOWN {
            *slot = familiar_lists(lower) as u8;
        }
        u32::from(*slot)
    }
}

/// True when `word` is itself an entry of `list` (no inflections).
pub fn on_list(word: &str, list: List) -> bool {
    FAMILIAR_WORDS.lists_of(word) & list.bit() != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// True when `lower` is familiar on `list` (the engine reads both lists at once through
    /// [`familiar_lists`] or [`FamiliarByForm`]).
    fn is_familiar(lower: &str, list: List) -> bool {
        familiar_lists(lower) & list.bit() != 0
    }

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
        // One lookup answers both lists: a word on one list only, inflected.
        for (word, lists) in [
            ("walked", BOTH),
            ("admired", 1),
            ("acorns", 1),
            ("ubiquitous", 0),
        ] {
            assert_eq!(familiar_lists(word), lists, "{word}");
        }
        assert!(on_list("book", List::DaleChall) && !on_list("books", List::DaleChall));
    }
}
