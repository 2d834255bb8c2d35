//! Sentence boundaries inside one block.
//!
//! A sentence ends at `.`, `!`, `?`, `…`, `‼` (and runs such as `?!` or `....`, spaced
//! `. . .`), together with any closing quotes and brackets, when whitespace follows and the
//! next word starts a sentence. CJK `。！？` end a sentence with no space needed. A block
//! always ends its last sentence: sentences never cross blocks.
//!
//! Whether the next word starts a sentence:
//! * a lower-case word never does ("etc. and", "“Stop!” he said", "door... and");
//! * after a single `.`, the word before it decides: inline abbreviations ("e.g.", "vs.")
//!   never end a sentence; number abbreviations ("No.", "Jan.") do not before a digit;
//!   capitalised titles ("Dr.", "Mrs.") do not before a capital; "St." is a street (which may
//!   end a sentence) after a capitalised word and a saint otherwise; closing abbreviations
//!   ("etc.", "Jr.", "a.m.") end it before a capital; initials ("J.") and dotted acronyms
//!   ("U.S.", "M.C.") end it only before a word that typically opens a sentence ("The",
//!   "He", "Their") — "the U.S. Senate" stays whole, "made in the U.S. The next" splits;
//! * a period inside a token (decimals, versions, URLs, e-mail addresses, file names,
//!   "U.S" before its last period) is never a boundary.
//!
//! This module does not know about words or blocks beyond the span it is given.

use super::blocks::{is_closer, is_list_item};
use crate::lexicon::{
    ABBREV_INLINE, ABBREV_NUMBERS, ABBREV_TERMINAL, ABBREV_TITLES, FUNCTION_WORDS_EN,
};
use crate::span::Span;

/// Splits the block `block` of `text` into sentence spans (trimmed, non-empty, in order,
/// covering every non-whitespace character of the block).
pub fn split_sentences(text: &str, block: Span, out: &mut Vec<Span>) {
    let body = block.slice(text);
    let bytes = body.as_bytes();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < body.len() {
        // Only a terminator ends a sentence: go straight to the next byte that may start
        // one (an ASCII '.', '!' or '?', or the lead byte of a non-ASCII terminator).
        if !may_terminate(bytes[i]) {
            i = bytes[i..]
                .iter()
                .position(|&b| may_terminate(b))
                .map_or(body.len(), |p| i + p);
            continue;
        }
        let c = next_char(body, i);
        let c_len = c.len_utf8();
        let end = match c {
            '。' | '！' | '？' | '｡' => Some(consume_run(body, i)),
            '!' | '?' | '‼' | '⁇' | '⁈' | '⁉' | '…' => {
                let end = consume_run(body, i);
                (followed_by_space_or_end(body, end) && next_starts_sentence(body, end))
                    .then_some(end)
            }
            '.' => period_boundary(body, start, i),
            _ => None,
        };
        match end {
            Some(end) => {
                push_trimmed(block.start, body, start, end, out);
                start = end;
                i = end;
            }
            None => {
                // Skip a whole run so that "...." is judged once, at its start.
                i += if c == '.' && bytes.get(i + 1) == Some(&b'.') {
                    run_len(body, i)
                } else {
                    c_len
                };
            }
        }
    }
    push_trimmed(block.start, body, start, body.len(), out);
}

/// True for the bytes a terminator (see [`is_terminator`]) can start with: '.', '!', '?',
/// and the lead bytes of "…" "‼" "⁇" "⁈" "⁉" (E2), "。" (E3), "！" "？" "｡" (EF).
#[inline]
fn may_terminate(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF)
}

fn next_char(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or(' ')
}

fn push_trimmed(base: usize, body: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &body[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = base + start + lead;
        out.push(Span::new(s, s + trimmed.len()));
    }
}

fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？' | '｡'
    )
}

/// Byte length of a run of periods, including spaced ". . ." runs.
fn run_len(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    let mut j = i;
    loop {
        while bytes.get(j) == Some(&b'.') {
            j += 1;
        }
        // ". . ." : a space followed by another period continues the run.
        if bytes.get(j) == Some(&b' ') && bytes.get(j + 1) == Some(&b'.') && j > i {
            j += 1;
            continue;
        }
        return j - i;
    }
}

/// End of the terminator run that starts at `i`: all following terminators (and spaced
/// periods), then closing quotes and brackets.
fn consume_run(s: &str, i: usize) -> usize {
    let mut j = i;
    loop {
        let c = next_char(s, j);
        if j < s.len() && is_terminator(c) {
            j += if c == '.' {
                run_len(s, j)
            } else {
                c.len_utf8()
            };
        } else {
            break;
        }
    }
    while j < s.len() && is_closer(next_char(s, j)) {
        j += next_char(s, j).len_utf8();
    }
    // Footnote markers after the full stop belong to the sentence: "end.[1][a]".
    while let Some(len) = footnote_len(&s[j..]) {
        j += len;
    }
    j
}

/// Byte length of a footnote marker such as "[1]", "[12]" or "[a]" at the start of `s`.
pub fn footnote_len(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('[')?;
    let close = inner.find(']')?;
    let label = &inner[..close];
    let short = (1..=4).contains(&label.len()) && label.chars().all(|c| c.is_ascii_alphanumeric());
    short.then_some(close + 2)
}

fn followed_by_space_or_end(s: &str, end: usize) -> bool {
    end >= s.len() || next_char(s, end).is_whitespace()
}

/// What the next token after `end` (past whitespace and opening punctuation) starts with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum NextStart {
    End,
    Lower,
    Upper,
    Digit,
    /// `¿`, `¡`, a caseless script (CJK), a symbol or an emoji.
    Other,
}

fn next_start(s: &str, end: usize) -> (NextStart, &str) {
    let rest = s[end..].trim_start();
    if rest.is_empty() {
        return (NextStart::End, rest);
    }
    let mut inverted = false;
    for (k, c) in rest.char_indices() {
        if matches!(c, '¿' | '¡') {
            inverted = true;
            continue;
        }
        if c.is_alphanumeric() {
            let word = &rest[k..];
            let kind = if inverted {
                NextStart::Other
            } else if c.is_lowercase() {
                NextStart::Lower
            } else if c.is_uppercase() {
                NextStart::Upper
            } else if c.is_numeric() {
                NextStart::Digit
            } else {
                NextStart::Other
            };
            return (kind, word);
        }
        if !matches!(
            c,
            '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '「' | '『' | '*' | '_'
        ) {
            return (NextStart::Other, &rest[k..]);
        }
    }
    (NextStart::Other, rest)
}

fn next_starts_sentence(s: &str, end: usize) -> bool {
    !matches!(next_start(s, end).0, NextStart::Lower)
}

/// The word that starts `rest`, up to the first character that is not alphanumeric.
fn first_word(rest: &str) -> &str {
    let end = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(k, _)| k);
    &rest[..end]
}

/// True when `word` typically opens an English sentence ("The", "He", "Their").
fn opens_sentence(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && FUNCTION_WORDS_EN.contains(crate::vocab::lowercase(word).as_str())
}

/// Decides whether the period at `i` ends a sentence; returns the sentence end if so.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// True when the period at `i` closes the number of a numbered list item ("1." "12."
/// at the start of a line, as [`is_list_item`] reads it): the sentence so far, from
/// `start`, is only that number.
fn is_list_marker(s: &str, start: usize, i: usize) -> bool {
    let before = &s[start..i];
    let number_at = start + (before.len() - before.trim_start().len());
    let line_start = s[..number_at]
        .chars()
        .rev()
        .find(|c| !c.is_whitespace() || *c == '\n')
        .is_none_or(|c| c == '\n');
    let number = &s[number_at..i];
    line_start
        && !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit())
        && is_list_item(&s[number_at..])
}

/// `start` is where the current sentence began: the words before the period are looked
/// for after it.
fn period_boundary(s: &str, start: usize, i: usize) -> Option<usize> {
    let after = i + 1;
    // A period inside a token: decimals, URLs, file names, "U.S" before its final period.
    if after < s.len() && next_char(s, after).is_alphanumeric() {
        return None;
    }
    if is_list_marker(s, start, i) {
        return None; // "1. Melt the butter": the marker belongs to its item
    }
    let run = run_len(s, i);
    let end = consume_run(s, i);
    if !followed_by_space_or_end(s, end) {
        return None;
    }
    let (next, next_text) = next_start(s, end);
    match next {
        NextStart::End => return Some(end),
        NextStart::Lower => return None,
        _ => {}
    }
    if run > 1 || end > i + run && s[i + run..end].contains(['!', '?', '…']) {
        return Some(end); // an ellipsis before a capital, or ".?!" runs
    }
    let (prev, prev_prev) = previous_tokens(&s[start..i]);
    let lower = crate::vocab::lowercase(prev);
    let next_word = first_word(next_text);
    let capitalised = prev.chars().next().is_some_and(char::is_uppercase);

    if ABBREV_INLINE.contains(lower.as_str()) {
        return None;
    }
    if ABBREV_NUMBERS.contains(lower.as_str()) && next == NextStart::Digit {
        return None;
    }
    if lower == "st" {
        // "Elm St." (a street, may end a sentence) vs "St. Mary's" (a saint).
        let street = prev_prev.chars().next().is_some_and(char::is_uppercase);
        return if street && next != NextStart::Digit {
            Some(end)
        } else {
            None
        };
    }
    if ABBREV_TITLES.contains(lower.as_str()) && capitalised && next == NextStart::Upper {
        return None;
    }
    if ABBREV_TERMINAL.contains(lower.as_str()) {
        // "9 a.m. EST", "5 p.m. Monday": a time zone or a day continues the sentence.
        let time = lower == "a.m" || lower == "p.m";
        let zone =
            (2..=4).contains(&next_word.len()) && next_word.chars().all(|c| c.is_ascii_uppercase());
        let day = WEEKDAYS.contains(&crate::vocab::lowercase(next_word).as_str());
        if time && (zone || day) {
            return None;
        }
        return Some(end);
    }
    let initial = prev.chars().count() == 1 && capitalised;
    let dotted = is_dotted_acronym(prev);
    if (initial || dotted) && !opens_sentence(next_word) {
        return None;
    }
    Some(end)
}

/// The last token of `before` (the text up to a period; without opening quotes or
/// brackets), and the token before it.
fn previous_tokens(before: &str) -> (&str, &str) {
    let start = before
        .rfind(char::is_whitespace)
        .map_or(0, |k| k + next_char(before, k).len_utf8());
    let prev = before[start..].trim_start_matches(|c: char| !c.is_alphanumeric());
    let earlier = before[..start].trim_end();
    let pp_start = earlier
        .rfind(char::is_whitespace)
        .map_or(0, |k| k + next_char(earlier, k).len_utf8());
    let prev_prev = earlier[pp_start..].trim_start_matches(|c: char| !c.is_alphanumeric());
    (prev, prev_prev)
}

/// "U.S", "U.N", "M.C", "e.g": letters (one or two each) separated by periods.
fn is_dotted_acronym(token: &str) -> bool {
    token.contains('.')
        && token.split('.').all(|part| {
            (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_terminator_starts_with_a_byte_the_scan_stops_at() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_terminator(c))
        {
            let mut buf = [0; 4];
            assert!(
                may_terminate(c.encode_utf8(&mut buf).as_bytes()[0]),
                "{c:?}"
            );
        }
    }

    #[track_caller]
    fn check(text: &str, expected: &[&str]) {
        let mut out = Vec::new();
        split_sentences(text, Span::new(0, text.len()), &mut out);
        let got: Vec<&str> = out.iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, expected, "splitting {text:?}");
    }

    macro_rules! cases {
        ($($name:ident: $text:expr => [$($s:expr),* $(,)?];)*) => {
            $( #[test] fn $name() { check($text, &[$($s),*]); } )*
        };
    }

    cases! {
        titles: "Dr. Amara Okafor and Prof. Lin Wei spoke. Tickets are free." =>
            ["Dr. Amara Okafor and Prof. Lin Wei spoke.", "Tickets are free."];
        acronym_mid: "The U.S. Senate voted. It passed." => ["The U.S. Senate voted.", "It passed."];
        acronym_end: "Parts are made in the U.S. The next one goes south." =>
            ["Parts are made in the U.S.", "The next one goes south."];
        am_end: "Talks resumed at 10 a.m. Reporters waited." => ["Talks resumed at 10 a.m.", "Reporters waited."];
        am_zone: "It starts at 9 a.m. EST on Monday. Bring coffee." => ["It starts at 9 a.m. EST on Monday.", "Bring coffee."];
        street_and_saint: "It stops at St. Mary's and at Elm St. The last bus is late." =>
            ["It stops at St. Mary's and at Elm St.", "The last bus is late."];
        number_abbrev: "Room No. 12 is here. Keys are there." => ["Room No. 12 is here.", "Keys are there."];
        plain_no: "The answer was no. Then we left." => ["The answer was no.", "Then we left."];
        initials: "J. K. Rowling wrote it. It sold." => ["J. K. Rowling wrote it.", "It sold."];
        decimals: "It fell to 2.7 percent. Economists expected 2.9." => ["It fell to 2.7 percent.", "Economists expected 2.9."];
        ellipsis_lower: "I opened the door... and nobody. Silence." => ["I opened the door... and nobody.", "Silence."];
        spaced_ellipsis: "Let me think . . . No, I don't." => ["Let me think . . .", "No, I don't."];
        quote_tag: "“Close the gate!” the farmer yelled. The sheep ran." => ["“Close the gate!” the farmer yelled.", "The sheep ran."];
        quote_end: "He called it “a disaster.” Nobody disagreed." => ["He called it “a disaster.”", "Nobody disagreed."];
        paren: "It reopened in May. (Repairs took two years.) Visitors came." =>
            ["It reopened in May.", "(Repairs took two years.)", "Visitors came."];
        interrobang: "You sold it?! Without me?! Unbelievable." => ["You sold it?!", "Without me?!", "Unbelievable."];
        cjk: "会议开始。请准时到场！有问题吗？" => ["会议开始。", "请准时到场！", "有问题吗？"];
        cjk_then_title: "中文字。Dr. Okafor spoke." => ["中文字。", "Dr. Okafor spoke."];
        spanish: "¿Vienes? ¡Claro que sí! Llevo el pastel." => ["¿Vienes?", "¡Claro que sí!", "Llevo el pastel."];
        spanish_abbr: "La Dra. Ruiz llegó a las 8 a.m. ¿Por qué?" => ["La Dra. Ruiz llegó a las 8 a.m.", "¿Por qué?"];
        url: "See www.example.org/parks. Dogs must be on a lead." => ["See www.example.org/parks.", "Dogs must be on a lead."];
        no_terminator: "Just a heading" => ["Just a heading"];
        only_dots: "...." => ["...."];
        footnotes: "It is 9 km long.[1] It is deep.[2][a] Really." => ["It is 9 km long.[1]", "It is deep.[2][a]", "Really."];
        numbered_steps: "1. Melt the butter. Leave to cool.\n2. Mash the bananas." =>
            ["1. Melt the butter.", "Leave to cool.", "2. Mash the bananas."];
        number_ends_sentence: "The score was 3. Then it rained. We met at 10. Nobody came." =>
            ["The score was 3.", "Then it rained.", "We met at 10.", "Nobody came."];
    }
}
