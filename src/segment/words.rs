//! Words inside one sentence.
//!
//! Word boundaries are Unicode's (UAX #29, from `unicode-segmentation`), which keep
//! contractions together with either apostrophe ("don't", "don’t") and numbers with their
//! separators ("9,000", "2.7", "3.11.2"). On top of that:
//!
//! * hyphenated words stay one word: two words joined by a single hyphen with no space
//!   ("co-chair", "Russia-Ukraine", "1.7-litre");
//! * clock times stay one word ("7:30");
//! * numbers are words (they are read aloud); punctuation, symbols and emoji are not;
//! * ideographic scripts (Chinese, Japanese kanji) give one word per character, as UAX #29
//!   does.

use crate::span::Span;
use unicode_segmentation::UnicodeSegmentation;

/// A word token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// Its bytes in the text. (Its sentence is the one whose word range holds it: see
    /// [`crate::segment::Sentence::words`].)
    pub span: Span,
}

/// Appends the words of `sentence` (a span of `text`) to `out`.
pub fn split_words(text: &str, sentence: Span, out: &mut Vec<Word>) {
    let body = sentence.slice(text);
    let first_new = out.len();
    let mut push = |offset: usize, len: usize| {
        let start = sentence.start + offset;
        let end = start + len;
        if out.len() > first_new {
            let last = out.last_mut().expect("checked non-empty");
            if joins(text, last.span.end, start) {
                last.span.end = end;
                return;
            }
        }
        out.push(Word {
            span: Span::new(start, end),
        });
    };
    if simple_words(body, &mut push) {
        return;
    }
    for (offset, word) in body.unicode_word_indices() {
        push(offset, word.len());
    }
}

/// The word-break class of a character of the fast path (UAX #29's, for the characters it
/// covers).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A–Z, a–z.
    Letter,
    /// 0–9.
    Digit,
    /// "_" (ExtendNumLet).
    Underscore,
    /// ":" (MidLetter): joins letters.
    MidLetter,
    /// "." "'" "‘" "’" (MidNumLet and Single_Quote): join letters, or digits.
    MidNumLet,
    /// "," ";" (MidNum): join digits.
    MidNum,
    /// Anything else the fast path knows: spaces, other ASCII punctuation, “ ” – — ….
    Other,
}

/// The class of each ASCII byte.
const ASCII_CLASSES: [Class; 128] = {
    let mut table = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'A'..=b'Z' | b'a'..=b'z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b'_' => Class::Underscore,
            b':' => Class::MidLetter,
            b'.' | b'\'' => Class::MidNumLet,
            b',' | b';' => Class::MidNum,
            _ => Class::Other,
        };
        b += 1;
    }
    table
};

/// The class and length of the character at byte `at` of `bytes` (a char boundary), or
/// `None` for a character only the full Unicode rules handle. Past the end: `Other`.
#[inline]
fn class_at(bytes: &[u8], at: usize) -> Option<(Class, usize)> {
    let Some(&b) = bytes.get(at) else {
        return Some((Class::Other, 0));
    };
    let class = match b {
        0..=0x7f => ASCII_CLASSES[b as usize],
        // U+2013 – U+2014 — U+2018 ‘ U+2019 ’ U+201C “ U+201D ”: E2 80 xx.
        0xe2 if bytes.get(at + 1) == Some(&0x80) => {
            let class = match bytes.get(at + 2) {
                Some(0x98 | 0x99) => Class::MidNumLet,
                Some(0x93 | 0x94 | 0x9c | 0x9d) => Class::Other,
                _ => return None,
            };
            return Some((class, 3));
        }
        _ => return None,
    };
    Some((class, 1))
}

/// The words of `body` by UAX #29 (as `unicode_word_indices` gives them), for text made of
/// ASCII, curly quotes and dashes only (most sentences of English prose), handed to
/// `push(offset, len)`; false, with nothing pushed, when `body` has any other character.
/// Word characters run together (letters, digits, "_"), and a single middle character
/// joins two letters (":", ".", "'", "’") or two digits (",", ";", ".", "'", "’"); a run
/// without a letter or digit ("___") is not a word. Checked against the crate on random
/// strings of these characters (tests below).
fn simple_words(body: &str, push: &mut impl FnMut(usize, usize)) -> bool {
    let bytes = body.as_bytes();
    // Every character must be one the fast path knows (checked first: nothing is pushed
    // for a sentence the full rules must read).
    let mut at = 0;
    while at < bytes.len() {
        // Eight ASCII bytes at a time.
        if let Some(chunk) = bytes.get(at..at + 8) {
            let chunk = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            if chunk & 0x8080_8080_8080_8080 == 0 {
                at += 8;
                continue;
            }
        }
        if bytes[at] < 0x80 {
            at += 1;
            continue;
        }
        match class_at(bytes, at) {
            Some((_, len)) => at += len,
            None => return false,
        }
    }
    let class = |at: usize| class_at(bytes, at).expect("checked above");
    let word_char = |k: Class| matches!(k, Class::Letter | Class::Digit | Class::Underscore);
    let mut i = 0;
    while i < bytes.len() {
        let (k, len) = class(i);
        if !word_char(k) {
            i += len;
            continue;
        }
        let start = i;
        let mut alnum = false;
        let mut last = k;
        let mut j = i;
        loop {
            let (k, len) = class(j);
            if word_char(k) {
                alnum |= k != Class::Underscore;
                last = k;
                j += len;
                continue;
            }
            // One middle character between two letters or two digits joins them.
            let (after, _) = class(j + len);
            let joins = match k {
                Class::MidLetter => last == Class::Letter && after == Class::Letter,
                Class::MidNumLet => {
                    last == Class::Letter && after == Class::Letter
                        || last == Class::Digit && after == Class::Digit
                }
                Class::MidNum => last == Class::Digit && after == Class::Digit,
                _ => false,
            };
            if !joins {
                break;
            }
            j += len;
        }
        if alnum {
            push(start, j - start);
        }
        i = j;
    }
    true
}

/// True when the gap `text[gap_start..gap_end]` between two words glues them into one: a
/// hyphen ("co-chair"), a clock's colon ("7:30"), or a hyphen at a line end before a
/// lower-case continuation (a word hyphenated by a hard wrap: "aver-\nage").
fn joins(text: &str, gap_start: usize, gap_end: usize) -> bool {
    // Every joining gap starts with '-', ':' or the lead byte of '‐' / '‑' (E2): most gaps
    // (a space) are turned down without being read as text.
    if !matches!(text.as_bytes().get(gap_start), Some(b'-' | b':' | 0xE2)) {
        return false;
    }
    let gap = &text[gap_start..gap_end];
    if let Some(rest) = gap.strip_prefix('-') {
        let wrapped = rest.contains('\n') && rest.chars().all(char::is_whitespace);
        let after = text[gap_end..].chars().next();
        if wrapped && after.is_some_and(char::is_lowercase) {
            return true;
        }
    }
    let mut chars = gap.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return false;
    };
    match c {
        '-' | '\u{2010}' | '\u{2011}' => true,
        ':' => {
            let before = text[..gap_start].chars().next_back();
            let after = text[gap_end..].chars().next();
            before.is_some_and(|b| b.is_ascii_digit()) && after.is_some_and(|a| a.is_ascii_digit())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split_words(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|w| w.span.slice(text)).collect()
    }

    #[test]
    fn the_fast_path_agrees_with_unicode_word_breaks() {
        const ALPHABET: &[&str] = &[
            "a", "B", "z", "1", "0", "9", "_", ":", ".", "'", "\u{2018}", "\u{2019}", ",", ";",
            " ", "-", "\u{201C}", "\u{201D}", "\u{2013}", "\u{2014}", "!", "?", "\n", "(", "%",
            "$", "/", "\"",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..50_000 {
            let len = (next() % 12) as usize;
            let text: String = (0..len)
                .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
                .collect();
            let mut fast = Vec::new();
            assert!(simple_words(&text, &mut |at, len| fast.push((at, len))));
            let full: Vec<(usize, usize)> = text
                .unicode_word_indices()
                .map(|(at, w)| (at, w.len()))
                .collect();
            assert_eq!(fast, full, "{text:?}");
        }
        // Other characters are left to the full rules.
        for text in [
            "caf\u{e9}",
            "e\u{301}",
            "\u{4e2d}",
            "a\u{2026}",
            "\u{1f600}",
        ] {
            assert!(
                !simple_words(text, &mut |_, _| panic!("pushed")),
                "{text:?}"
            );
        }
    }

    #[test]
    fn contractions_hyphens_numbers() {
        assert_eq!(
            words("Don’t co-chair at 7:30 — it costs £9,000.50, isn't it?"),
            ["Don’t", "co-chair", "at", "7:30", "it", "costs", "9,000.50", "isn't", "it"]
        );
        assert_eq!(words("A 1.7-litre boil 😀!"), ["A", "1.7-litre", "boil"]);
        assert_eq!(words("— -- !!"), Vec::<&str>::new());
        // A word hyphenated at a line end is one word; a dash before a capital is not.
        assert_eq!(
            words("long-term aver-\nage to-\n  day"),
            ["long-term", "aver-\nage", "to-\n  day"]
        );
        assert_eq!(words("the end -\nNext"), ["the", "end", "Next"]);
    }
}
