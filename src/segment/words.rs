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
    for (offset, word) in body.unicode_word_indices() {
        let start = sentence.start + offset;
        let end = start + word.len();
        if out.len() > first_new {
            let last = out.last_mut().expect("checked non-empty");
            if joins(text, last.span.end, start) {
                last.span.end = end;
                continue;
            }
        }
        out.push(Word {
            span: Span::new(start, end),
        });
    }
}

/// True when the gap `text[gap_start..gap_end]` between two words glues them into one: a
/// hyphen ("co-chair"), a clock's colon ("7:30"), or a hyphen at a line end before a
/// lower-case continuation (a word hyphenated by a hard wrap: "aver-\nage").
fn joins(text: &str, gap_start: usize, gap_end: usize) -> bool {
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
