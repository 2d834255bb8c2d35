//! Where a dev paste's gold body paragraphs lie in its text, shared by `tests/paste_dev.rs`
//! and `tests/keywords_dev.rs`.

use std::ops::Range;

/// Byte ranges of `paragraphs` in `text`, found in order. Each is matched as whole lines:
/// "Check if you have shingles" is the heading, not the end of the contents entry "1. Check
/// if you have shingles" above it.
pub fn ranges<'a>(text: &str, paragraphs: impl IntoIterator<Item = &'a str>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    for body in paragraphs {
        let whole_lines = |at: &usize| {
            (*at == 0 || text[..*at].ends_with('\n'))
                && text[at + body.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| c == '\n' || c == '\r')
        };
        let at = text[from..]
            .match_indices(body)
            .map(|(k, _)| k + from)
            .find(whole_lines)
            .unwrap_or_else(|| panic!("gold body is in the text, as whole lines: {body:?}"));
        out.push(at..at + body.len());
        from = at + body.len();
    }
    out
}
