//! The Snowball English ("Porter2") stemmer, written for this project from the published
//! algorithm (snowballstem.org, "The English (Porter2) stemming algorithm", the version
//! with the "gener"/"commun"/"arsen" region exceptions that rust-stemmers 1.2 compiles).
//!
//! Stemming was a sixth of a typical article's analysis: the generated Snowball code
//! works on a growable string through general "among" tables, character by character.
//! This version works on one byte per letter and gives the same stems — tests compare it
//! with rust-stemmers on every word of the repository's lists and texts and on random
//! words built from English endings (with and without letters beyond ASCII).
//!
//! A letter beyond ASCII is no vowel to the algorithm and is never part of a suffix it
//! looks for, so it stands in the byte string as one placeholder byte (its character
//! kept aside at the same position) and comes back unchanged in the stem.

/// The byte that stands for a letter beyond ASCII.
const OTHER: u8 = 0x80;

/// The Snowball English stem of a lower-case word (straight apostrophes).
pub fn stem(word: &str) -> String {
    if let Some(stem) = exception1(word) {
        return stem.to_string();
    }
    let mut w = Word::new(word);
    if w.len < 3 {
        return word.to_string();
    }
    w.prelude();
    let (p1, p2) = w.regions();
    w.step_1a();
    if !matches!(
        w.as_bytes(),
        b"inning"
            | b"outing"
            | b"canning"
            | b"herring"
            | b"earring"
            | b"proceed"
            | b"exceed"
            | b"succeed"
    ) {
        w.step_1b(p1);
        w.step_1c();
        w.step_2(p1);
        w.step_3(p1, p2);
        w.step_4(p2);
        w.step_5(p1, p2);
    }
    w.postlude()
}

/// Words with a stem of their own (the algorithm's first exception list).
fn exception1(word: &str) -> Option<&'static str> {
    // Each ends in 's', 'g', 'y' or 'e': most words are passed over without a comparison.
    if !matches!(word.as_bytes().last(), Some(b's' | b'g' | b'y' | b'e')) {
        return None;
    }
    Some(match word {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" => "sky",
        "news" => "news",
        "howe" => "howe",
        "atlas" => "atlas",
        "cosmos" => "cosmos",
        "bias" => "bias",
        "andes" => "andes",
        _ => return None,
    })
}

/// a e i o u y (a 'Y' marks a consonant y).
#[inline]
fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// The set of the last bytes of `suffixes`, one bit per ASCII byte.
const fn last_bytes(suffixes: &[&[u8]]) -> u128 {
    let mut set = 0u128;
    let mut i = 0;
    while i < suffixes.len() {
        set |= 1 << suffixes[i][suffixes[i].len() - 1];
        i += 1;
    }
    set
}

/// The word being stemmed: one byte per letter (`OTHER` for a letter beyond ASCII).
struct Word {
    bytes: Vec<u8>,
    len: usize,
    /// The letters beyond ASCII, at their positions in `bytes` (empty for an ASCII word).
    others: Vec<char>,
}

impl Word {
    fn new(word: &str) -> Word {
        if word.is_ascii() {
            return Word {
                bytes: word.as_bytes().to_vec(),
                len: word.len(),
                others: Vec::new(),
            };
        }
        let bytes: Vec<u8> = word
            .chars()
            .map(|c| if c.is_ascii() { c as u8 } else { OTHER })
            .collect();
        let others = word.chars().collect();
        Word {
            len: bytes.len(),
            bytes,
            others,
        }
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }

    #[inline]
    fn ends_with(&self, suffix: &[u8]) -> bool {
        self.as_bytes().ends_with(suffix)
    }

    /// The longest of `suffixes` the word ends with, as an index into them (`suffixes`
    /// holds no empty string; `last_bytes` is [`last_bytes`] of them).
    #[inline]
    fn longest(&self, suffixes: &[&[u8]], last_bytes: u128) -> Option<usize> {
        let w = self.as_bytes();
        let last = *w.last()?;
        // Most words end in a byte no suffix ends in.
        if last >= 128 || last_bytes >> last & 1 == 0 {
            return None;
        }
        let (mut best, mut best_len) = (None, 0);
        for (k, s) in suffixes.iter().enumerate() {
            // The last byte first: most suffixes fail there.
            if s.len() > best_len
                && s.len() <= w.len()
                && s[s.len() - 1] == last
                && w[w.len() - s.len()..] == **s
            {
                (best, best_len) = (Some(k), s.len());
            }
        }
        best
    }

    /// Replaces the last `n` bytes with `with`.
    fn replace_end(&mut self, n: usize, with: &[u8]) {
        self.len -= n;
        self.bytes.truncate(self.len);
        self.bytes.extend_from_slice(with);
        self.len += with.len();
    }

    /// Whether the bytes before `end` end in a short syllable: a non-vowel other than 'w',
    /// 'x' or 'Y' after a vowel after a non-vowel, or a vowel then a non-vowel that are
    /// the word's first two letters.
    fn short_syllable_before(&self, end: usize) -> bool {
        let b = &self.bytes;
        if end >= 3 {
            !is_vowel(b[end - 1])
                && !matches!(b[end - 1], b'w' | b'x' | b'Y')
                && is_vowel(b[end - 2])
                && !is_vowel(b[end - 3])
        } else {
            end == 2 && is_vowel(b[0]) && !is_vowel(b[1])
        }
    }

    /// Removes a leading apostrophe and marks consonant y's as 'Y' (an initial y, and a y
    /// after a vowel).
    fn prelude(&mut self) {
        if self.bytes[0] == b'\'' {
            self.bytes.remove(0);
            self.len -= 1;
            if !self.others.is_empty() {
                self.others.remove(0);
            }
        }
        if self.len > 0 && self.bytes[0] == b'y' {
            self.bytes[0] = b'Y';
        }
        for i in 1..self.len {
            if self.bytes[i] == b'y' && is_vowel(self.bytes[i - 1]) {
                self.bytes[i] = b'Y';
            }
        }
    }

    /// R1 and R2 as start offsets: each begins after the first non-vowel that follows a
    /// vowel (R1 after "gener", "commun" or "arsen" when the word starts so).
    fn regions(&self) -> (usize, usize) {
        let w = self.as_bytes();
        let after_vowel_consonant = |from: usize| {
            let Some(v) = (from..w.len()).find(|&i| is_vowel(w[i])) else {
                return w.len();
            };
            (v + 1..w.len())
                .find(|&i| !is_vowel(w[i]))
                .map_or(w.len(), |c| c + 1)
        };
        let p1 = [&b"gener"[..], b"commun", b"arsen"]
            .iter()
            .find(|p| w.starts_with(p))
            .map_or_else(|| after_vowel_consonant(0), |p| p.len());
        (p1, after_vowel_consonant(p1))
    }

    /// Apostrophe endings, then plural endings.
    fn step_1a(&mut self) {
        const APOSTROPHES: [&[u8]; 3] = [b"'s'", b"'s", b"'"];
        match self.longest(&APOSTROPHES, const { last_bytes(&APOSTROPHES) }) {
            Some(0) => self.len -= 3,
            Some(1) => self.len -= 2,
            Some(_) => self.len -= 1,
            None => {}
        }
        const ENDINGS: [&[u8]; 6] = [b"sses", b"ied", b"ies", b"s", b"us", b"ss"];
        match self.longest(&ENDINGS, const { last_bytes(&ENDINGS) }) {
            Some(0) => self.len -= 2,
            Some(1 | 2) => {
                // "-ied"/"-ies" → "i" after two or more letters ("cries" → "cri"), else
                // "ie" ("ties" → "tie").
                let start = self.len - 3;
                if start >= 2 {
                    self.replace_end(3, b"i");
                } else {
                    self.replace_end(3, b"ie");
                }
            }
            Some(3) => {
                // "s" goes when a vowel comes before the letter before it ("gaps"; not
                // "gas").
                let start = self.len - 1;
                if start >= 1 && self.bytes[..start - 1].iter().any(|&b| is_vowel(b)) {
                    self.len = start;
                }
            }
            _ => {}
        }
    }

    /// "-eed(ly)" in R1 → "ee"; "-ed", "-edly", "-ing", "-ingly" after a vowel go, then the
    /// stem is tidied ("hoping" → "hope", "hopping" → "hop").
    fn step_1b(&mut self, p1: usize) {
        const ENDINGS: [&[u8]; 6] = [b"eed", b"eedly", b"ed", b"edly", b"ing", b"ingly"];
        let Some(k) = self.longest(&ENDINGS, const { last_bytes(&ENDINGS) }) else {
            return;
        };
        let start = self.len - ENDINGS[k].len();
        if k < 2 {
            if start >= p1 {
                self.replace_end(ENDINGS[k].len(), b"ee");
            }
            return;
        }
        if !self.bytes[..start].iter().any(|&b| is_vowel(b)) {
            return;
        }
        self.len = start;
        const DOUBLES: [&[u8]; 9] = [
            b"bb", b"dd", b"ff", b"gg", b"mm", b"nn", b"pp", b"rr", b"tt",
        ];
        if self.ends_with(b"at") || self.ends_with(b"bl") || self.ends_with(b"iz") {
            self.replace_end(0, b"e");
        } else if DOUBLES.iter().any(|d| self.ends_with(d)) {
            self.len -= 1;
        } else if self.len == p1 && self.short_syllable_before(self.len) {
            self.replace_end(0, b"e");
        }
    }

    /// A final y after a non-vowel that is not the first letter → i ("cry" → "cri").
    fn step_1c(&mut self) {
        let n = self.len;
        if n >= 3 && matches!(self.bytes[n - 1], b'y' | b'Y') && !is_vowel(self.bytes[n - 2]) {
            self.bytes[n - 1] = b'i';
        }
    }

    /// Derivational endings in R1.
    fn step_2(&mut self, p1: usize) {
        const SUFFIXES: [&[u8]; 24] = [
            b"tional", b"enci", b"anci", b"abli", b"entli", b"izer", b"ization", b"ational",
            b"ation", b"ator", b"alism", b"aliti", b"alli", b"fulness", b"ousli", b"ousness",
            b"iveness", b"iviti", b"biliti", b"bli", b"ogi", b"fulli", b"lessli", b"li",
        ];
        const REPLACEMENTS: [&[u8]; 24] = [
            b"tion", b"ence", b"ance", b"able", b"ent", b"ize", b"ize", b"ate", b"ate", b"ate",
            b"al", b"al", b"al", b"ful", b"ous", b"ous", b"ive", b"ive", b"ble", b"ble", b"og",
            b"ful", b"less", b"",
        ];
        // Every suffix is two bytes or more, and must lie in R1.
        if self.len < p1 + 2 {
            return;
        }
        let Some(k) = self.longest(&SUFFIXES, const { last_bytes(&SUFFIXES) }) else {
            return;
        };
        let (suffix, with) = (SUFFIXES[k], REPLACEMENTS[k]);
        let start = self.len - suffix.len();
        if start < p1 {
            return;
        }
        let before = start.checked_sub(1).map(|i| self.bytes[i]);
        let allowed = match suffix {
            b"ogi" => before == Some(b'l'),
            b"li" => before.is_some_and(|b| {
                matches!(
                    b,
                    b'c' | b'd' | b'e' | b'g' | b'h' | b'k' | b'm' | b'n' | b'r' | b't'
                )
            }),
            _ => true,
        };
        if allowed {
            self.replace_end(suffix.len(), with);
        }
    }

    /// More derivational endings in R1 ("-ative" in R2).
    fn step_3(&mut self, p1: usize, p2: usize) {
        const SUFFIXES: [&[u8]; 9] = [
            b"tional", b"ational", b"alize", b"icate", b"iciti", b"ical", b"ful", b"ness", b"ative",
        ];
        const REPLACEMENTS: [&[u8]; 9] =
            [b"tion", b"ate", b"al", b"ic", b"ic", b"ic", b"", b"", b""];
        // Every suffix is three bytes or more, and must lie in R1.
        if self.len < p1 + 3 {
            return;
        }
        let Some(k) = self.longest(&SUFFIXES, const { last_bytes(&SUFFIXES) }) else {
            return;
        };
        let (suffix, with) = (SUFFIXES[k], REPLACEMENTS[k]);
        let start = self.len - suffix.len();
        if start >= p1 && (suffix != b"ative" || start >= p2) {
            self.replace_end(suffix.len(), with);
        }
    }

    /// Suffixes in R2 go ("-ion" after s or t).
    fn step_4(&mut self, p2: usize) {
        const SUFFIXES: [&[u8]; 18] = [
            b"al", b"ance", b"ence", b"er", b"ic", b"able", b"ible", b"ant", b"ement", b"ment",
            b"ent", b"ism", b"ate", b"iti", b"ous", b"ive", b"ize", b"ion",
        ];
        // Every suffix is two bytes or more, and must lie in R2.
        if self.len < p2 + 2 {
            return;
        }
        let Some(k) = self.longest(&SUFFIXES, const { last_bytes(&SUFFIXES) }) else {
            return;
        };
        let start = self.len - SUFFIXES[k].len();
        if start < p2 {
            return;
        }
        if SUFFIXES[k] == b"ion" && !(start >= 1 && matches!(self.bytes[start - 1], b's' | b't')) {
            return;
        }
        self.len = start;
    }

    /// A final e in R2, or in R1 after no short syllable, goes; "ll" in R2 → "l".
    fn step_5(&mut self, p1: usize, p2: usize) {
        let n = self.len;
        if n == 0 {
            return;
        }
        let start = n - 1;
        match self.bytes[start] {
            b'e' if start >= p2 || start >= p1 && !self.short_syllable_before(start) => {
                self.len = start;
            }
            b'l' if start >= p2 && start >= 1 && self.bytes[start - 1] == b'l' => {
                self.len = start;
            }
            _ => {}
        }
    }

    /// The stem, with 'Y' back to 'y' and the letters beyond ASCII back in place.
    fn postlude(mut self) -> String {
        self.bytes.truncate(self.len);
        for b in self.bytes.iter_mut() {
            if *b == b'Y' {
                *b = b'y';
            }
        }
        if self.others.is_empty() {
            // Only ASCII bytes were ever written.
            return String::from_utf8(self.bytes).unwrap_or_default();
        }
        let others = &self.others;
        self.bytes
            .iter()
            .enumerate()
            .map(|(i, &b)| if b == OTHER { others[i] } else { b as char })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_stemmers::{Algorithm, Stemmer};

    /// A deterministic pseudo-random source: `next(n)` is below `n`.
    fn xorshift(mut state: u64) -> impl FnMut(usize) -> usize {
        move |n| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        }
    }

    fn reference(word: &str) -> String {
        Stemmer::create(Algorithm::English).stem(word).into_owned()
    }

    #[test]
    fn known_stems() {
        for (word, expected) in [
            ("consign", "consign"),
            ("consigned", "consign"),
            ("knightly", "knight"),
            ("generously", "generous"),
            ("hoping", "hope"),
            ("hopping", "hop"),
            ("cries", "cri"),
            ("ties", "tie"),
            ("relational", "relat"),
            ("skies", "sky"),
            ("succeeding", "succeed"),
            ("sayings", "say"),
            ("'quoted'", "quot"),
        ] {
            assert_eq!(stem(word), expected, "{word}");
            assert_eq!(reference(word), expected, "reference: {word}");
        }
        let long = format!("{}ational", "qa".repeat(60));
        assert_eq!(stem(&long), reference(&long));
        // Letters beyond ASCII are kept, and are no vowels.
        for word in [
            "café",
            "cafés",
            "naïvely",
            "zürich's",
            "éy",
            "aé",
            "éies",
            "ñed",
        ] {
            assert_eq!(stem(word), reference(word), "{word}");
        }
    }

    #[test]
    fn agrees_with_rust_stemmers_on_every_word_of_the_repository() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut words = std::collections::BTreeSet::new();
        for dir in [
            "src/lexicon",
            "tests/fixtures/paste",
            "tests/fixtures/stance",
        ] {
            for entry in std::fs::read_dir(format!("{root}/{dir}")).expect(dir) {
                let text =
                    std::fs::read_to_string(entry.expect("entry").path()).unwrap_or_default();
                for word in text.split(|c: char| !(c.is_alphabetic() || c == '\'')) {
                    words.insert(word.to_lowercase());
                }
            }
        }
        assert!(words.len() > 15_000, "{} words", words.len());
        for word in &words {
            assert_eq!(stem(word), reference(word), "{word:?}");
        }
    }

    #[test]
    fn agrees_with_rust_stemmers_on_random_words_with_english_endings() {
        // Deterministic pseudo-random words: stems of random letters (vowels, 'y' and
        // apostrophes weighted up) joined to one or two endings the steps look for.
        const PIECES: &[&str] = &[
            "a", "e", "i", "o", "u", "y", "b", "c", "d", "g", "l", "m", "n", "r", "s", "t", "w",
            "x", "'", "bb", "ll", "ss", "é", "ø", "ß",
        ];
        const ENDINGS: &[&str] = &[
            "", "s", "es", "ies", "ied", "sses", "us", "ss", "'s", "'s'", "'", "eed", "eedly",
            "ed", "edly", "ing", "ingly", "y", "tional", "enci", "anci", "abli", "entli", "izer",
            "ization", "ational", "ation", "ator", "alism", "aliti", "alli", "fulness", "ousli",
            "ousness", "iveness", "iviti", "biliti", "bli", "ogi", "fulli", "lessli", "li",
            "alize", "icate", "iciti", "ical", "ful", "ness", "ative", "al", "ance", "ence", "er",
            "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive",
            "ize", "ion", "sion", "tion", "e", "le", "ll",
        ];
        let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..200_000 {
            let mut word = String::new();
            for _ in 0..1 + next(7) {
                word.push_str(PIECES[next(PIECES.len())]);
            }
            for _ in 0..1 + next(2) {
                word.push_str(ENDINGS[next(ENDINGS.len())]);
            }
            for prefix in ["", "gener", "commun", "arsen", "y"] {
                let word = format!("{prefix}{word}");
                assert_eq!(stem(&word), reference(&word), "{word:?}");
            }
        }
    }
    #[test]
    fn agrees_with_rust_stemmers_on_random_strings_of_any_characters() {
        // Lower-case words as the vocabulary gives them: letters, apostrophes, hyphens,
        // digits, and letters beyond ASCII (the engine never passes a capital).
        let alphabet: Vec<char> = "aeiouyybcdglmnrstwx'-1é中ßsssseedingly".chars().collect();
        let mut next = xorshift(0x1234_5678_9abc_def1);
        for _ in 0..300_000 {
            let len = next(13);
            let word: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            assert_eq!(stem(&word), reference(&word), "{word:?}");
        }
    }
}
