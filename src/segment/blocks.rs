//! Blocks: paragraphs, headings and list items.
//!
//! A blank line always ends a block. Inside a run of non-blank lines, each line break is
//! judged on its own:
//!
//! * it is kept inside the block (a hard wrap) when the line ends in mid-sentence — with a
//!   comma, a hyphen or a function word such as "the" — or when the next line starts in lower
//!   case; in a run that shows such wraps, every other break is a wrap too;
//! * it starts a new block before a list item, after a `#` heading, and after a short line
//!   without terminal punctuation that is followed by a capitalised line (a heading, a menu
//!   item or a caption pasted from a web page);
//! * after a line that ends a sentence, it starts a new block when either line is longer
//!   than a hard-wrapped line would be (web pages paste one paragraph per line);
//! * a lower-case line starts a new block in a run of three or more lines broken by hand — none
//!   ends in mid-sentence, and most end well short of the longest line, where a hard wrap
//!   would have gone on filling the line: a web page's list, whose bullets did not copy.
//!
//! This module finds the blocks; it does not split sentences or judge what is boilerplate.

use crate::lexicon::LINE_JOINERS;
use crate::span::Span;
use serde::Serialize;

/// What a block looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    /// Running text: one or more sentences.
    Paragraph,
    /// A single line without terminal punctuation, or a line starting with `#`: a heading,
    /// menu item, caption or list lead-in.
    Heading,
    /// A line that starts with a list marker (`-`, `•`, `*`, `1.`, `1)`, `a)`), or a line
    /// of a list whose markers did not survive the paste (see the module notes).
    ListItem,
}

impl BlockKind {
    /// The contract's name for the kind (as serialised).
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Paragraph => "paragraph",
            BlockKind::Heading => "heading",
            BlockKind::ListItem => "list-item",
        }
    }
}

/// A paragraph-level unit of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Block {
    /// The block's text, without surrounding whitespace.
    pub span: Span,
    /// Its shape.
    pub kind: BlockKind,
    /// Index of the run of non-blank lines the block came from; blocks that share a group
    /// were separated only by single line breaks.
    pub group: usize,
    /// Number of lines in the block.
    pub lines: usize,
}

/// A hard-wrapped line is rarely longer than this many characters.
const WRAP_WIDTH: usize = 100;

/// A line of at most this many characters is short of any hard-wrap width.
const SHORT_LINE: usize = 40;

/// A line broken by hand ends at least this many characters short of where the next
/// line's first word would have fitted under the longest line of its run (a margin for
/// proportional fonts, whose wraps vary in characters).
const HAND_BREAK_ROOM: usize = 6;

struct Line {
    span: Span,
    chars: usize,
}

/// Splits `text` into blocks, in order.
pub fn split_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut group_lines: Vec<Line> = Vec::new();
    let mut group = 0usize;
    let mut offset = 0usize;
    for raw in text.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let trimmed_start = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            if !group_lines.is_empty() {
                push_group(text, &group_lines, group, &mut blocks);
                group += 1;
                group_lines.clear();
            }
            continue;
        }
        let span = Span::new(start + trimmed_start, start + trimmed_start + trimmed.len());
        group_lines.push(Line {
            span,
            chars: trimmed.chars().count(),
        });
    }
    if !group_lines.is_empty() {
        push_group(text, &group_lines, group, &mut blocks);
    }
    blocks
}

/// How one line break inside a group is to be treated.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Break {
    /// The line clearly continues on the next line: it ends in mid-sentence.
    Wrap,
    /// The next line starts in lower case: a wrap, unless the run was broken by hand.
    LowerStart,
    /// The next line clearly starts a new block.
    Split,
    /// A sentence ends at the line end; a new block only if the lines are long.
    SentenceEnd,
    /// A short unpunctuated line before a capitalised one: a heading unless the group is
    /// hard-wrapped.
    Unpunctuated,
}

fn push_group(text: &str, lines: &[Line], group: usize, blocks: &mut Vec<Block>) {
    let breaks: Vec<Break> = lines
        .windows(2)
        .map(|pair| classify_break(text, &pair[0], &pair[1]))
        .collect();
    let wraps = breaks
        .iter()
        .filter(|b| matches!(b, Break::Wrap | Break::LowerStart))
        .count();
    // A group that visibly wraps sentences is hard-wrapped prose: its other breaks are
    // wraps too, unless they are list items or headings marked with `#`.
    let non_last = &lines[..lines.len() - 1];
    let mean_width = non_last.iter().map(|l| l.chars).sum::<usize>() / non_last.len().max(1);
    let hard_wrapped = wraps > 0 && wraps * 3 >= breaks.len() && mean_width >= 30;
    // Only a run that would otherwise be joined needs the test.
    let by_hand = wraps > 0 && broken_by_hand(text, lines, &breaks);

    let mut first = 0usize;
    for (i, brk) in breaks.iter().enumerate() {
        let split = match brk {
            Break::Wrap => false,
            Break::LowerStart => by_hand,
            Break::Split => true,
            Break::SentenceEnd => {
                !hard_wrapped && (lines[i].chars > WRAP_WIDTH || lines[i + 1].chars > WRAP_WIDTH)
            }
            Break::Unpunctuated => !hard_wrapped,
        };
        if split {
            blocks.push(make_block(text, &lines[first..=i], group, by_hand));
            first = i + 1;
        }
    }
    blocks.push(make_block(text, &lines[first..], group, by_hand));
}

/// True for a run of three or more lines broken by hand, one item per line (a list pasted
/// without its bullets: "cover pans when cooking\ndry clothes outside …"): no line is longer
/// than a hard wrap's (a run with longer lines is a web page's, one paragraph per line), no
/// line but the last ends in mid-sentence, and more than half of the breaks come where the
/// next line's first word would still have fitted, with room to spare, under the run's
/// longest line. A hard wrap fills each line until the next word no longer fits, and leaves
/// some line ending in a comma or a function word.
fn broken_by_hand(text: &str, lines: &[Line], breaks: &[Break]) -> bool {
    let width = lines.iter().map(|l| l.chars).max().unwrap_or(0);
    if lines.len() < 3 || width > WRAP_WIDTH {
        return false;
    }
    let mut roomy = 0;
    for (pair, brk) in lines.windows(2).zip(breaks) {
        if matches!(brk, Break::Wrap | Break::Split) {
            return false;
        }
        let next_word = pair[1]
            .span
            .slice(text)
            .split_whitespace()
            .next()
            .map_or(0, |w| w.chars().count());
        if pair[0].chars + 1 + next_word + HAND_BREAK_ROOM <= width {
            roomy += 1;
        }
    }
    roomy * 2 > lines.len() - 1
}

fn make_block(text: &str, lines: &[Line], group: usize, by_hand: bool) -> Block {
    let span = Span::new(lines[0].span.start, lines[lines.len() - 1].span.end);
    let first_line = lines[0].span.slice(text);
    let whole = span.slice(text);
    let kind = if is_list_item(first_line) || by_hand {
        BlockKind::ListItem
    } else if first_line.starts_with('#') || (lines.len() == 1 && !ends_sentence(whole)) {
        BlockKind::Heading
    } else {
        BlockKind::Paragraph
    };
    Block {
        span,
        kind,
        group,
        lines: lines.len(),
    }
}

fn classify_break(text: &str, line: &Line, next: &Line) -> Break {
    let this = line.span.slice(text);
    let following = next.span.slice(text);
    if is_list_item(following) || this.starts_with('#') || following.starts_with('#') {
        return Break::Split;
    }
    if ends_mid_sentence(this) {
        return Break::Wrap;
    }
    if starts_lower(following) {
        return Break::LowerStart;
    }
    if ends_sentence(this) || this.ends_with(':') {
        // A short line without end punctuation after a sentence is a label ("Comments
        // (37)", a box title), not the rest of a wrapped paragraph: a wrapped paragraph's
        // short line is its last, and that ends a sentence.
        // And a line ending in a colon stands apart from a following line that ends no
        // sentence, however long: a box title over its entries ("You might also like:"
        // above article titles).
        // So does a line that ends in an address after a sentence ("Do you have a story for
        // us? Contact news@example.com"): a contact line, not the rest of the paragraph.
        if !ends_sentence(following)
            && (next.chars <= SHORT_LINE || this.ends_with(':') || ends_in_address(following))
        {
            return Break::Split;
        }
        return Break::SentenceEnd;
    }
    Break::Unpunctuated
}

/// The line's last word is an e-mail address or a web address.
fn ends_in_address(line: &str) -> bool {
    line.split_whitespace().next_back().is_some_and(|w| {
        w.contains('@')
            || w.starts_with("http://")
            || w.starts_with("https://")
            || w.starts_with("www.")
    })
}

/// A section number: one to three digits, or such groups joined by periods ("2", "2.1",
/// "3.2.4"), as numbered headings of reports use them.
pub fn is_section_number(word: &str) -> bool {
    word.split('.')
        .all(|part| (1..=3).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
}

/// True when the line starts with a list marker followed by a space.
pub fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if matches!(
        first,
        '-' | '*' | '•' | '–' | '▪' | '◦' | '·' | '●' | '○' | '■' | '►' | '+'
    ) {
        return chars.next().is_some_and(char::is_whitespace);
    }
    // "1." "12)" "a)" "iv." followed by a space
    let head: String = line.chars().take_while(|c| c.is_alphanumeric()).collect();
    let rest = &line[head.len()..];
    let numbered = !head.is_empty()
        && head.chars().count() <= 3
        && (head.chars().all(|c| c.is_ascii_digit())
            || (head.chars().count() == 1 && head.chars().all(|c| c.is_ascii_lowercase())));
    numbered
        && (rest.starts_with(") ")
            || (rest.starts_with(". ") && head.chars().all(|c| c.is_ascii_digit())))
}

/// True when the line's last meaningful character ends a sentence (`.`, `!`, `?`, `…`,
/// CJK terminators), looking through closing quotes and brackets.
pub fn ends_sentence(line: &str) -> bool {
    let mut line = line.trim_end();
    // Footnote markers after the full stop: "…northern end.[1]".
    while line.ends_with(']') {
        match line.rfind('[') {
            Some(open)
                if super::sentences::footnote_len(&line[open..]) == Some(line.len() - open) =>
            {
                line = &line[..open];
            }
            _ => break,
        }
    }
    let last = line.chars().rev().find(|c| !is_closer(*c));
    matches!(
        last,
        Some('.' | '!' | '?' | '…' | '。' | '！' | '？' | '‼' | '⁇')
    )
}

/// Closing quotes and brackets that may follow a sentence terminator.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '»'
            | '›'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '】'
            | '〉'
            | '》'
    )
}

fn ends_mid_sentence(line: &str) -> bool {
    let trimmed = line.trim_end();
    if trimmed.ends_with([',', ';', '(', '–', '—']) {
        return true;
    }
    // A word broken by a hyphen at the line end ("Sep-").
    if let Some(before) = trimmed.strip_suffix('-') {
        if before.chars().last().is_some_and(char::is_alphabetic) {
            return true;
        }
    }
    let last_word = crate::vocab::lowercase(
        trimmed
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or(""),
    );
    // A menu row may end in "About"; a wrapped line is longer than a few words.
    let long_enough = trimmed.split_whitespace().count() > 3;
    long_enough
        && trimmed.ends_with(|c: char| c.is_alphabetic())
        && LINE_JOINERS.contains(last_word.as_str())
}

fn starts_lower(line: &str) -> bool {
    line.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
        && !line.starts_with(|c: char| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_match_their_serde_names() {
        for kind in [
            BlockKind::Paragraph,
            BlockKind::Heading,
            BlockKind::ListItem,
        ] {
            let json = serde_json::to_string(&kind).expect("serialisable");
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
    }

    fn blocks_of(text: &str) -> Vec<&str> {
        split_blocks(text)
            .iter()
            .map(|b| b.span.slice(text))
            .collect()
    }

    #[test]
    fn blank_lines_end_paragraphs() {
        assert_eq!(
            blocks_of("One.\n\nTwo.\n\n\n  Three.  "),
            ["One.", "Two.", "Three."]
        );
    }

    #[test]
    fn hard_wrap_stays_together() {
        let text = "The mayor said the plan would go ahead despite\nobjections from residents. A final vote is\nexpected next month.";
        assert_eq!(blocks_of(text), [text]);
        let text = "Funding for the project came from the\nEuropean Union and two private donors. Work\nbegins in March.";
        assert_eq!(blocks_of(text), [text]);
    }

    #[test]
    fn a_label_ending_in_a_colon_heads_its_entries() {
        let text = "You might also like:\nThe best sourdough starter for beginners";
        assert_eq!(
            blocks_of(text),
            [
                "You might also like:",
                "The best sourdough starter for beginners"
            ]
        );
        // A colon that introduces a sentence keeps it in the paragraph.
        let text = "The rule is simple:\nWash your hands before you cook.";
        assert_eq!(blocks_of(text), [text]);
    }

    #[test]
    fn web_lines_are_blocks() {
        let text = "Related articles\nHarlow River flood warnings lifted\nCouncil to review flood defences";
        assert_eq!(blocks_of(text).len(), 3);
        let long = "A".repeat(120);
        let text = format!("{long} ends here.\nThe next paragraph starts.");
        assert_eq!(blocks_of(&text).len(), 2);
        // A short label after a short sentence line is its own block, not a wrap.
        let text = "Tom Adebayo covers phones for TechBeat.\nComments (37)";
        assert_eq!(
            blocks_of(text),
            ["Tom Adebayo covers phones for TechBeat.", "Comments (37)"]
        );
        // A contact line after a paragraph's last sentence is its own block.
        let text = "Opponents have 28 days to ask the housing secretary to call in the decision \
                    for review.\nDo you have a story for us? Contact news@example.co.uk";
        assert_eq!(blocks_of(text).len(), 2);
        // The short last line of a wrapped paragraph ends a sentence and stays.
        let text = "The council met on Monday and agreed the plan.\nIt starts soon.";
        assert_eq!(blocks_of(text).len(), 1);
    }

    #[test]
    fn lists_and_headings() {
        let text = "Ingredients\n- 2 eggs\n- 200 g flour\n\n## Step 1\nUnplug it.";
        assert_eq!(
            blocks_of(text),
            [
                "Ingredients",
                "- 2 eggs",
                "- 200 g flour",
                "## Step 1",
                "Unplug it."
            ]
        );
        let kinds: Vec<BlockKind> = split_blocks(text).iter().map(|b| b.kind).collect();
        assert_eq!(kinds[0], BlockKind::Heading);
        assert_eq!(kinds[1], BlockKind::ListItem);
        assert_eq!(kinds[4], BlockKind::Paragraph);
    }

    #[test]
    fn lists_without_markers_are_items() {
        // A web page's list pasted without its bullets: one item per line, lower case.
        let text = "cover pans when cooking and use an extractor fan if you have one\n\
                    dry clothes outside where you can, or in a room with the window open\n\
                    keep the heating on at a low, steady level in cold weather rather than in short bursts\n\
                    wipe condensation off windows and sills every morning";
        let blocks = split_blocks(text);
        assert_eq!(blocks.len(), 4);
        assert!(blocks.iter().all(|b| b.kind == BlockKind::ListItem));
        // Hard-wrapped prose fills its lines: it stays one paragraph, even where no line
        // ends in a function word.
        let text = "Residents of the coastal town were told to expect power cuts\n\
                    throughout the weekend while engineers replaced cables damaged\n\
                    during the storm. Officials said repairs could take until Monday\n\
                    afternoon.";
        assert_eq!(blocks_of(text), [text]);
        // A ragged line that ends in a function word is a wrap.
        let text = "The storm brought down trees across the\n\
                    county and closed two roads overnight while crews worked\n\
                    to clear them before the morning rush hour began in earnest";
        assert_eq!(blocks_of(text), [text]);
    }

    #[test]
    fn list_markers() {
        assert!(is_list_item("1) Back up"));
        assert!(is_list_item("12. Close"));
        assert!(is_list_item("• Bridge"));
        assert!(!is_list_item("1.7-litre boil"));
        assert!(!is_list_item("2019. It was"));
        assert!(!is_list_item("-5 degrees"));
    }

    #[test]
    fn sign_off_is_one_unit() {
        assert_eq!(blocks_of("Best regards,\nNadia"), ["Best regards,\nNadia"]);
    }
}
