//! Roots of regularly inflected English words: the plural, past, -ing, comparative and
//! superlative endings with their spelling changes ("carrying" → "carry", "bigger" →
//! "big", "finest" → "fine"). Shared by the familiar-word lists of the readability
//! formulas and the keyword pass's graded adjectives.

/// Endings and what replaces them, tried in order.
type Rules = [(&'static str, &'static [&'static str])];

/// Plural and third-person, past and -ing endings.
const ENDINGS: &Rules = &[
    ("ies", &["y"]),
    ("ied", &["y"]),
    ("es", &["", "e"]),
    ("s", &[""]),
    ("ed", &["", "e"]),
    ("d", &[""]),
    ("ing", &["", "e"]),
];

/// Comparative and superlative endings.
const GRADES: &Rules = &[
    ("ier", &["y"]),
    ("iest", &["y"]),
    ("er", &["", "e"]),
    ("r", &[""]),
    ("est", &["", "e"]),
    ("st", &[""]),
];

/// Calls `found` on each possible root of an inflected word until it returns true.
pub fn any_root(word: &str, mut found: impl FnMut(&str) -> bool) -> bool {
    any_root_by(ENDINGS, word, &mut found) || any_root_by(GRADES, word, found)
}

/// Calls `found` on each possible root of a comparative or superlative ("cooler",
/// "biggest", "sturdier") until it returns true.
pub fn any_graded_root(word: &str, found: impl FnMut(&str) -> bool) -> bool {
    any_root_by(GRADES, word, found)
}

fn any_root_by(rules: &Rules, word: &str, mut found: impl FnMut(&str) -> bool) -> bool {
    // Roots are built in a stack buffer (no allocation per word); a word too long for it
    // is on no word list anyway.
    let mut buffer = [0u8; 48];
    for &(suffix, replacements) in rules {
        let Some(stem) = word.strip_suffix(suffix) else {
            continue;
        };
        for r in replacements {
            let len = stem.len() + r.len();
            if len < 2 || len > buffer.len() {
                continue;
            }
            buffer[..stem.len()].copy_from_slice(stem.as_bytes());
            buffer[stem.len()..len].copy_from_slice(r.as_bytes());
            // A char-boundary suffix joined to an ASCII ending is still UTF-8.
            if std::str::from_utf8(&buffer[..len]).is_ok_and(&mut found) {
                return true;
            }
        }
        // Doubled final consonant: "bigger", "stopped", "running".
        let b = stem.as_bytes();
        let doubled = b.len() >= 3 && b[b.len() - 1].is_ascii() && b[b.len() - 1] == b[b.len() - 2];
        if doubled && found(&stem[..stem.len() - 1]) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_of_inflections_and_grades() {
        let roots = |word: &str, graded: bool| {
            let mut seen = Vec::new();
            let collect = |root: &str| {
                seen.push(root.to_string());
                false
            };
            if graded {
                any_graded_root(word, collect);
            } else {
                any_root(word, collect);
            }
            seen
        };
        assert!(roots("carrying", false).contains(&"carry".to_string()));
        assert!(roots("bigger", true).contains(&"big".to_string()));
        assert!(roots("finest", true).contains(&"fine".to_string()));
        assert!(roots("sturdier", true).contains(&"sturdy".to_string()));
        assert!(!roots("walked", true).contains(&"walk".to_string()));
    }
}
