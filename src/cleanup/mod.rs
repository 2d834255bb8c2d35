//! Paste cleanup: sets aside page furniture and repeated content, visibly.
//!
//! Text copied from a web page arrives with menus, consent banners, share rows, bylines,
//! "Related" lists, footers and sometimes a second, truncated copy of the article. This
//! module decides, block by block, what to set aside, and says why. It works from general
//! evidence only — line shape, vocabulary of page furniture, addressing the reader,
//! repetition and position — never from one site's strings.
//!
//! How it decides:
//! 1. every block is judged on its own (see [`furniture`]) and against earlier blocks (see
//!    [`repeats`]); a furniture heading such as "Related articles" or "About the author"
//!    takes the lines under it along;
//! 2. the text counts as a web paste only when at least two blocks are clearly furniture.
//!    Otherwise only repeated blocks are set aside, so a writer's own draft with a title
//!    and a list is left alone;
//! 3. in a web paste the article body is the run of blocks with the largest weight, where
//!    running text weighs its length, list items half their length, plain headings a little
//!    less than nothing and furniture a lot less (a maximum-sum segment, found in one pass).
//!    Everything outside the run is set aside (headline, standfirst, footer area), and so is
//!    furniture inside it ("Advertisement", "READ MORE: …").
//!
//! What it does not do: judge sentences or words inside a kept block.

mod furniture;
mod pull_quotes;
mod repeats;

use crate::segment::{BlockKind, Segmentation};
use crate::span::Span;
use crate::vocab::Vocabulary;
use furniture::{BlockWords, Category};
use repeats::{Repeat, RepeatFinder};
use serde::Serialize;

/// Why a block was set aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Page furniture: navigation, notices, controls, footers, bylines.
    Boilerplate,
    /// A repeat of earlier text.
    Duplicate,
}

impl Reason {
    /// The contract's name for the reason (as serialised).
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Boilerplate => "boilerplate",
            Reason::Duplicate => "duplicate",
        }
    }
}

/// One set-aside stretch of the text (one block, or a run of neighbouring blocks set
/// aside for the same reason).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SetAside {
    /// The text set aside.
    pub span: Span,
    /// Why.
    pub reason: Reason,
    /// What it looked like, for people ("cookie or consent notice").
    pub detail: String,
}

/// The outcome of cleanup.
#[derive(Clone, Debug, Default)]
pub struct Cleanup {
    /// Set-aside stretches, in text order.
    pub set_aside: Vec<SetAside>,
    /// For each block of the segmentation: true when it is kept for analysis.
    pub kept: Vec<bool>,
    /// The blocks that head the article — its headline and standfirst — in text order.
    /// In a web paste they are usually set aside (they sit outside the body); keyword
    /// ranking still reads them, as an editor's summary of what the article is about.
    pub lead: Vec<usize>,
}

impl Cleanup {
    /// Keeps the set-aside stretches that start at one of `starts` (byte offsets): their
    /// blocks are analysed and they leave the set-aside list.
    pub fn keep(&mut self, seg: &Segmentation, starts: &[usize]) {
        if starts.is_empty() {
            return;
        }
        let kept = &mut self.kept;
        self.set_aside.retain(|stretch| {
            if !starts.contains(&stretch.span.start) {
                return true;
            }
            for (i, block) in seg.blocks.iter().enumerate() {
                if block.span.start >= stretch.span.start && block.span.end <= stretch.span.end {
                    kept[i] = true;
                }
            }
            false
        });
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Class {
    Prose,
    Heading,
    ListItem,
    Furniture(Category),
    Repeated(Repeat),
    /// A pull quote: a passage repeated before the paragraph it comes from.
    PullQuote,
}

/// Builds the furniture cue tables now (see [`crate::lexicon::prepare`]).
pub(crate) fn prepare() {
    furniture::prepare();
}

/// Judges every block of `seg`. With `enabled == false` every block is kept.
pub fn clean(text: &str, seg: &Segmentation, vocab: &Vocabulary, enabled: bool) -> Cleanup {
    let n = seg.blocks.len();
    if !enabled || n == 0 {
        return Cleanup {
            set_aside: Vec::new(),
            kept: vec![true; n],
            lead: Vec::new(),
        };
    }
    let Classified {
        classes,
        word_counts,
        repeated_headings,
    } = classify(text, seg, vocab);

    let furniture_count = classes
        .iter()
        .filter(|c| matches!(c, Class::Furniture(_)))
        .count();
    let body = if furniture_count >= 2 {
        heaviest_run(seg, &classes).map(|(mut a, b)| {
            // Section headings right above the first paragraph open the body: numbered ones
            // ("2. Demand", "2.1 Household demand": a headline is never numbered) and ones a
            // table of contents listed earlier.
            while a > 0
                && (matches!(classes[a - 1], Class::Heading | Class::ListItem)
                    && is_numbered_heading(seg.blocks[a - 1].span.slice(text))
                    || classes[a - 1] == Class::Heading && repeated_headings[a - 1])
            {
                a -= 1;
            }
            // A guide's introduction sits above its table of contents: a paragraph of two
            // or more sentences right above the contents opens the body (a news standfirst,
            // one sentence, is never followed by one).
            let mut above = a;
            while above > 0 && classes[above - 1] == Class::Furniture(Category::Contents) {
                above -= 1;
            }
            if above < a && above > 0 && classes[above - 1] == Class::Prose {
                let block = above - 1;
                let sentences = seg.sentences.iter().filter(|s| s.block == block).count();
                if sentences >= 2 {
                    a = block;
                }
            }
            // An obituary closes with its subject's dates on a line of their own ("Eleanor
            // Mary Whitcombe, botanist, born 2 May 1933; died 28 February 2025").
            let mut b = b;
            if b + 1 < n
                && classes[b + 1] == Class::Heading
                && is_life_dates(seg.blocks[b + 1].span.slice(text))
            {
                b += 1;
            }
            (a, b)
        })
    } else {
        None
    };

    let mut kept = vec![true; n];
    let mut details: Vec<Option<(Reason, &'static str)>> = vec![None; n];
    for (i, class) in classes.iter().enumerate() {
        let inside = body.is_none_or(|(a, b)| (a..=b).contains(&i));
        let verdict = match class {
            Class::Repeated(Repeat::Truncated) => {
                Some((Reason::Duplicate, "truncated repeat of earlier text"))
            }
            Class::Repeated(_) => Some((Reason::Duplicate, "repeats earlier text")),
            Class::PullQuote => Some((Reason::Duplicate, "pull quote: repeats a later passage")),
            Class::Furniture(category) if body.is_some() => {
                Some((Reason::Boilerplate, category.detail()))
            }
            _ if inside => None,
            Class::Heading => Some((
                Reason::Boilerplate,
                "headline or heading outside the article body",
            )),
            Class::ListItem => Some((Reason::Boilerplate, "list outside the article body")),
            _ => Some((Reason::Boilerplate, "text outside the article body")),
        };
        // A repeated heading set aside for any reason is labelled as the repeat it is.
        let verdict = match verdict {
            Some(_) if repeated_headings[i] => Some((Reason::Duplicate, "repeats earlier text")),
            other => other,
        };
        if verdict.is_some() {
            kept[i] = false;
            details[i] = verdict;
        }
    }

    let mut set_aside: Vec<SetAside> = Vec::new();
    for (i, verdict) in details.iter().enumerate() {
        let Some((reason, detail)) = *verdict else {
            continue;
        };
        let span = seg.blocks[i].span;
        let merges = i > 0
            && details[i - 1] == *verdict
            && set_aside
                .last()
                .is_some_and(|s| s.span.end == seg.blocks[i - 1].span.end);
        match set_aside.last_mut() {
            Some(last) if merges => last.span.end = span.end,
            _ => set_aside.push(SetAside {
                span,
                reason,
                detail: detail.to_string(),
            }),
        }
    }
    let lead = lead_blocks(&classes, &word_counts, body.map_or(0, |(a, _)| a));
    Cleanup {
        set_aside,
        kept,
        lead,
    }
}

/// A contents entry's or a heading's words without a leading number ("1. Check if you have
/// shingles" and "Check if you have shingles" are one entry).
fn entry_words<'a>(w: &'a BlockWords) -> &'a [u32] {
    let numbers = w
        .raw
        .iter()
        .take_while(|word| crate::segment::is_section_number(word))
        .count();
    &w.ids[numbers..]
}

/// A section number, a space and a capitalised title of at most twelve words, on one line
/// without a full stop: "2. Demand and leakage", "3.1 Reservoir storage".
fn is_numbered_heading(line: &str) -> bool {
    let line = line.trim();
    let Some((number, title)) = line.split_once(' ') else {
        return false;
    };
    let number = number.strip_suffix('.').unwrap_or(number);
    crate::segment::is_section_number(number)
        && title.trim_start().starts_with(char::is_uppercase)
        && title.split_whitespace().count() <= 12
        && !line.contains('\n')
        && !line.ends_with('.')
}

/// A headline or standfirst longer than this is not one (a text of one long block has no
/// lead, rather than being all lead).
const LEAD_MAX_WORDS: usize = 80;

/// The headline and standfirst: walking back from the body's first block past furniture
/// (byline, share row, picture credit), the nearest run of at most two headings or
/// paragraphs of three words or more ("Local News" above a headline is a section label).
/// In a draft without page furniture (body start 0) the title is its first block when
/// that is a heading.
#[inline(never)]
fn lead_blocks(classes: &[Class], word_counts: &[usize], body_start: usize) -> Vec<usize> {
    let titled = |i: usize| {
        matches!(classes[i], Class::Heading | Class::Prose)
            && (3..=LEAD_MAX_WORDS).contains(&word_counts[i])
    };
    if body_start == 0 {
        return match classes.first() {
            Some(Class::Heading) if titled(0) => vec![0],
            _ => Vec::new(),
        };
    }
    let mut lead = Vec::new();
    for i in (0..body_start).rev() {
        match classes[i] {
            Class::Furniture(_) if lead.is_empty() => continue,
            _ if titled(i) && lead.len() < 2 => lead.push(i),
            _ => break,
        }
    }
    lead.reverse();
    lead
}

/// Refills `block` with the words of block `index`: the sentences from `*cursor` on that
/// belong to it (sentences come in block order). One buffer serves every block, so the
/// words are never held for the whole text at once.
#[inline(never)]
fn fill_block_words<'t>(
    block: &mut BlockWords<'t>,
    index: usize,
    cursor: &mut usize,
    (text, seg, vocab): (&'t str, &Segmentation, &'t Vocabulary),
    cue_starts: &mut [Option<bool>],
) {
    block.raw.clear();
    block.lower.clear();
    block.ids.clear();
    block.cue_start.clear();
    // Sized exactly first: a block may be the whole text (a paste without line breaks),
    // and three buffers grown by doubling would hold up to twice its words, twice over.
    let words: usize = seg.sentences[(*cursor).min(seg.sentences.len())..]
        .iter()
        .take_while(|s| s.block <= index)
        .filter(|s| s.block == index)
        .map(|s| s.words.1 - s.words.0)
        .sum();
    // A long block is only judged as a repeat, which reads its ids alone (see
    // `RUNNING_TEXT_WORDS`).
    let long = words > RUNNING_TEXT_WORDS;
    if !long {
        block.raw.reserve_exact(words);
        block.lower.reserve_exact(words);
        block.cue_start.reserve_exact(words);
    }
    block.ids.reserve_exact(words);
    while let Some(sentence) = seg.sentences.get(*cursor).filter(|s| s.block <= index) {
        if sentence.block == index {
            for word in sentence.words.0..sentence.words.1 {
                let id = vocab.lower_id(word);
                if !long {
                    let lower = vocab.form(id as usize);
                    block.raw.push(seg.words[word].span.slice(text));
                    block.lower.push(lower);
                    let starts = *cue_starts[id as usize]
                        .get_or_insert_with(|| furniture::starts_cue(lower));
                    block.cue_start.push(starts);
                }
                block.ids.push(id);
            }
        }
        *cursor += 1;
    }
}

/// Blocks of more words than this are running text: page furniture (menus, notices, link
/// lists, bylines, footers) is far shorter (the longest set aside in the dev pastes has 99
/// words), so only the repeat test judges such a block. A paste without blank lines can be
/// one block of a whole article; judging it by its vocabulary could set all of it aside
/// (a "©" or a few cookie words inside it), and its word lists would take 20 bytes a word.
const RUNNING_TEXT_WORDS: usize = 1000;

/// What [`classify`] finds.
struct Classified {
    /// The class of every block.
    classes: Vec<Class>,
    /// Its number of words.
    word_counts: Vec<usize>,
    /// True for a short heading that repeats earlier text (classed as a heading).
    repeated_headings: Vec<bool>,
}

/// The class of every block, and its number of words.
#[inline(never)]
fn classify(text: &str, seg: &Segmentation, vocab: &Vocabulary) -> Classified {
    let mut repeats = RepeatFinder::with_capacity(seg.words.len());
    let mut classes = Vec::with_capacity(seg.blocks.len());
    let mut word_counts = Vec::with_capacity(seg.blocks.len());
    let mut byline_names: Vec<String> = Vec::new();
    let mut repeated_headings = Vec::with_capacity(seg.blocks.len());
    // The entries of a table of contents, as lower-case word ids without their numbers.
    let mut contents: Vec<Vec<u32>> = Vec::new();
    // The open furniture section: its category, its group, and whether it may still take
    // one paragraph of running text (see `Category::takes_a_paragraph`).
    let mut section: Option<(Category, usize, bool)> = None;
    let mut w = BlockWords {
        raw: Vec::new(),
        lower: Vec::new(),
        ids: Vec::new(),
        cue_start: Vec::new(),
    };
    // Per lower-case id: whether it is the first word of a furniture cue, once judged.
    let mut cue_starts: Vec<Option<bool>> = vec![None; vocab.lowers.len()];
    let mut cursor = 0;
    for (i, block) in seg.blocks.iter().enumerate() {
        let body = block.span.slice(text);
        fill_block_words(&mut w, i, &mut cursor, (text, seg, vocab), &mut cue_starts);
        let w = &w;
        word_counts.push(w.ids.len());
        let repeat = repeats.judge(&w.ids, body);
        if w.ids.len() > RUNNING_TEXT_WORDS {
            repeated_headings.push(false);
            section = None;
            classes.push(match repeat {
                Repeat::No => Class::Prose,
                repeat => Class::Repeated(repeat),
            });
            continue;
        }
        // A short heading that repeats an earlier line is a section heading listed first
        // in a table of contents or a menu, not a copy: it is judged as a heading (a heading
        // inside a repeated copy of the article still lies outside the body). Entries of a
        // contents list are matched whole, however short ("1. Check if you have shingles").
        let short_heading = block.kind == BlockKind::Heading && w.raw.len() <= HEADING_MAX_WORDS;
        let listed = short_heading && {
            let words = entry_words(w);
            contents.iter().any(|entry| entry == words)
        };
        repeated_headings.push(repeat != Repeat::No && short_heading || listed);
        if repeat != Repeat::No && !short_heading {
            classes.push(Class::Repeated(repeat));
            continue;
        }
        // Lines under a furniture heading ("Related articles") belong to its section: the
        // lines that follow it without a blank line. A single line of running text longer
        // than a link title ends the section (a paste with single line breaks between
        // paragraphs is one run of lines) and is judged on its own.
        if let Some((category, group, paragraph)) = section {
            if group != block.group {
                // The paragraph a boilerplate heading introduces may follow a blank line.
                if paragraph && block.kind == BlockKind::Paragraph {
                    section = Some((category, block.group, false));
                    classes.push(Class::Furniture(category));
                    continue;
                }
                section = None;
            }
        }
        // The first section a table of contents lists ends the contents (a paste with
        // single line breaks runs the two together).
        if listed && section.is_some_and(|(category, _, _)| category == Category::Contents) {
            section = None;
        }
        if let Some((category, group, paragraph)) = section {
            if w.raw.len() <= SECTION_LINE_MAX_WORDS || block.lines > 1 {
                if category == Category::Contents {
                    contents.push(entry_words(w).to_vec());
                }
                classes.push(Class::Furniture(category));
                continue;
            }
            if paragraph {
                section = Some((category, group, false));
                classes.push(Class::Furniture(category));
                continue;
            }
            section = None;
        }
        let ends = crate::segment::ends_sentence(body);
        if let Some(verdict) = furniture::judge(body, w, ends) {
            if verdict.category == Category::Meta {
                byline_names.extend(furniture::byline_name(w));
            }
            if verdict.category.starts_section() && block.kind == BlockKind::Heading {
                let paragraph = verdict.category.takes_a_paragraph();
                section = Some((verdict.category, block.group, paragraph));
            }
            classes.push(Class::Furniture(verdict.category));
            continue;
        }
        if block.kind == BlockKind::Paragraph
            && (furniture::is_author_bio(w, &byline_names) || furniture::is_sign_off(body))
        {
            classes.push(Class::Furniture(Category::Author));
            continue;
        }
        classes.push(match block.kind {
            BlockKind::Paragraph if w.raw.len() >= 4 => Class::Prose,
            BlockKind::Paragraph => Class::ListItem, // a short line of text weighs like an item
            BlockKind::Heading => Class::Heading,
            BlockKind::ListItem => Class::ListItem,
        });
    }
    mark_reader_comments(&mut classes, &word_counts);
    let prose: Vec<bool> = classes.iter().map(|c| *c == Class::Prose).collect();
    for i in pull_quotes::find(text, seg, vocab, &prose, &word_counts) {
        classes[i] = Class::PullQuote;
    }
    Classified {
        classes,
        word_counts,
        repeated_headings,
    }
}

/// Readers' comments: once a comment counter or heading on a line of its own ("32
/// comments", "Join the conversation") follows the article's running text, the text after
/// it is the readers', not the author's. A counter inside a byline line ("Posted on 9 March
/// by Rosa · 48 comments") or above the article (before [`COMMENTS_AFTER_WORDS`] words of
/// running text) opens no comment section.
#[inline(never)]
fn mark_reader_comments(classes: &mut [Class], word_counts: &[usize]) {
    let mut prose_words = 0;
    let header = (0..classes.len()).find(|&i| {
        if classes[i] == Class::Prose {
            prose_words += word_counts[i];
        }
        classes[i] == Class::Furniture(Category::Comments)
            && word_counts[i] <= COMMENTS_HEADER_MAX_WORDS
            && prose_words >= COMMENTS_AFTER_WORDS
    });
    let Some(header) = header else {
        return;
    };
    for class in &mut classes[header + 1..] {
        if matches!(class, Class::Prose | Class::Heading | Class::ListItem) {
            *class = Class::Furniture(Category::ReaderComment);
        }
    }
}

/// Most words of a line that belongs to the furniture section above it (a link title, a
/// newsletter blurb); longer running text ends the section.
const SECTION_LINE_MAX_WORDS: usize = 20;

/// Most words of a heading that is never set aside as a repeat.
const HEADING_MAX_WORDS: usize = 12;

/// Most words of a comment-section header ("Comments (12)", "Join the conversation",
/// "Leave a reply").
const COMMENTS_HEADER_MAX_WORDS: usize = 5;
/// Fewest words of running text before a comment section can start: a counter above the
/// article (in its byline or share row) is not the start of the readers' comments.
const COMMENTS_AFTER_WORDS: usize = 40;

/// The run of blocks with the largest total weight (Kadane's maximum-sum segment), or
/// `None` when no block weighs anything.
#[inline(never)]
fn heaviest_run(seg: &Segmentation, classes: &[Class]) -> Option<(usize, usize)> {
    let weight = |i: usize| -> f64 {
        let len = seg.blocks[i].span.len() as f64;
        match classes[i] {
            Class::Prose => len,
            Class::ListItem => len * 0.5,
            Class::Heading => -15.0,
            Class::Furniture(_) => -(60.0 + len),
            Class::Repeated(_) => -len,
            // Inside the body, neither for nor against it.
            Class::PullQuote => 0.0,
        }
    };
    let mut best: Option<(f64, usize, usize)> = None;
    let mut current = 0.0;
    let mut start = 0;
    for i in 0..classes.len() {
        if current <= 0.0 {
            current = 0.0;
            start = i;
        }
        current += weight(i);
        if current > 0.0 && best.is_none_or(|(b, _, _)| current > b) {
            best = Some((current, start, i));
        }
    }
    best.map(|(_, a, b)| (a, b))
}

/// An obituary's closing line of life dates: "born" and "died", each followed within four
/// words by a year.
fn is_life_dates(line: &str) -> bool {
    // Words left in which a year counts for "born" (bit 0) and "died" (bit 1).
    let (mut born, mut died, mut found) = (0u8, 0u8, 0u8);
    for (i, word) in line.split_whitespace().enumerate() {
        if i > 30 {
            return false;
        }
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        let year = digits == 4 && word[4..].bytes().all(|b| b";,.".contains(&b));
        if year && born > 0 {
            found |= 1;
        }
        if year && died > 0 {
            found |= 2;
        }
        born = born.saturating_sub(1);
        died = died.saturating_sub(1);
        match word {
            "born" => born = 4,
            "died" => died = 4,
            _ => {}
        }
    }
    found == 3
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks of `text` that cleanup keeps.
    fn kept_blocks(text: &str) -> Vec<&str> {
        let seg = crate::segment::segment(text);
        let vocab = crate::vocab::Vocabulary::build(text, &seg.words);
        let cleaned = clean(text, &seg, &vocab, true);
        (0..seg.blocks.len())
            .filter(|&i| cleaned.kept[i])
            .map(|i| seg.blocks[i].span.slice(text))
            .collect()
    }

    #[test]
    fn numbered_headings() {
        assert!(is_numbered_heading("2. Demand and leakage"));
        assert!(is_numbered_heading("3.1 Reservoir storage"));
        assert!(!is_numbered_heading("2025 Annual Report"));
        assert!(!is_numbered_heading("2. Turn the oven on."));
        assert!(!is_numbered_heading("1.5 million people lost power"));
        assert!(!is_numbered_heading("Demand and leakage"));
    }

    #[test]
    fn numbered_headings_open_the_body() {
        let text = "Menu   News   Sport\n\nBy Ann Lee\n\n2. Demand\n\n2.1 Household demand\n\n\
            Average household consumption fell to 138 litres per person per day in 2025, \
            down from 147 litres five years earlier, as smart meters spread.\n\n\
            © 2026 Lowmoor Water";
        let kept: Vec<&str> = kept_blocks(text).into_iter().map(str::trim).collect();
        assert_eq!(kept[..2], ["2. Demand", "2.1 Household demand"]);
        assert_eq!(kept.len(), 3);
    }

    #[test]
    fn an_obituary_keeps_its_closing_life_dates() {
        let text = "News  Sport  Obituaries\n\nBy James Holloway\n\nEleanor Whitcombe, who \
            has died aged 91, spent more than sixty years recording the plants of the Yorkshire \
            Dales.\n\nHer husband, Peter, a geologist, died in 2011. She is survived by her son, \
            Thomas.\n\nEleanor Mary Whitcombe, botanist and teacher, born 2 May 1933; died 28 \
            February 2025\n\nMost viewed\nCouncil approves new tram line\n\n© 2025 Chronicle";
        let kept = kept_blocks(text);
        assert!(
            kept.last().is_some_and(|b| b.starts_with("Eleanor Mary")),
            "{kept:?}"
        );
        assert!(is_life_dates("Jan Novak, engineer; born 1940, died 2024"));
        assert!(!is_life_dates("Council approves new tram line"));
    }

    #[test]
    fn a_guide_introduction_above_its_contents_opens_the_body() {
        let intro = "If you rent your home from the council, we fix the causes of damp. \
            This page explains how to report it.";
        let text = format!(
            "Menu   Search\n\nHome > Housing > Repairs\n\nDamp in your home\n\n{intro}\n\n\
             Contents\nWhat causes damp\nReporting damp\n\nWhat causes damp\n\n\
             Damp is moisture in the walls, floors or ceilings of your home, from leaking \
             pipes, rain or condensation on cold surfaces.\n\nReporting damp\n\n\
             You should report damp as soon as you notice it, online or by phone, and a \
             surveyor will visit within ten working days.\n\n© Northvale Council"
        );
        let kept = kept_blocks(&text);
        assert_eq!(kept.first(), Some(&intro), "{kept:?}");
        assert!(!kept.iter().any(|b| b.starts_with("Contents")), "{kept:?}");
        // A one-sentence standfirst above the contents stays outside.
        let text = text.replace(" This page explains how to report it.", "");
        assert!(kept_blocks(&text)[0].starts_with("What causes"));
    }

    #[test]
    fn a_whole_article_in_one_block_is_kept_whatever_its_words() {
        // A paste without blank lines: one block of 1,200 words that mentions a copyright
        // sign and cookie words, between menu lines. It is running text, not a footer.
        let sentence = "The council said the new library would open next spring near the \
            river, and readers could accept the cookies offered by the cafe. ";
        let article = format!("{}Photographs © the council.", sentence.repeat(50));
        let text = format!("Menu   News   Sport\n\nHome > Local\n\n{article}\n\nShare   Tweet");
        let kept: Vec<&str> = kept_blocks(&text);
        assert_eq!(kept, [article.as_str()]);
        // Repeated in full, the long block is still a repeat.
        let text = format!("{text}\n\n{article}");
        assert_eq!(kept_blocks(&text).len(), 1);
    }

    #[test]
    fn boilerplate_headings_take_their_paragraph() {
        // With and without a blank line between heading and paragraph.
        for gap in ["\n", "\n\n"] {
            let text = format!(
                "Newsroom | Acme\n\nBy Ann Lee\n\nAcme today reported that its trial met \
                 its goal, cutting migraine days by four a month, and plans a larger study \
                 next year with regulators in Europe and the US.\n\nAbout Acme{gap}Acme plc \
                 is a clinical-stage company based in Cambridge developing treatments for \
                 neurological disorders, listed on the London Stock Exchange.\n\n\
                 © 2026 Acme plc"
            );
            let kept = kept_blocks(&text);
            assert_eq!(kept.len(), 1, "{kept:?}");
            assert!(kept[0].starts_with("Acme today"), "{kept:?}");
        }
    }

    #[test]
    fn contents_lists_are_set_aside_and_their_first_section_kept() {
        // The contents lines run under their heading; the page's blocks are apart or not.
        for gap in ["\n", "\n\n"] {
            let text = [
                "Skip to main content",
                "Home  >  Health A to Z  >  Shingles",
                "On this page\n1. Check if you have shingles\n2. How long shingles lasts",
                "Check if you have shingles",
                "The first signs of shingles can be a tingling or painful feeling in an area \
                 of skin, a headache or feeling generally unwell. A rash will usually appear.",
                "How long shingles lasts",
                "It can take up to 4 weeks for the rash to heal, and your skin can be painful \
                 for weeks after the rash has gone.",
                "© Crown copyright",
            ]
            .join(gap);
            let kept: Vec<&str> = kept_blocks(&text).into_iter().map(str::trim).collect();
            assert_eq!(kept.len(), 4, "{gap:?}: {kept:?}");
            assert_eq!(kept[0], "Check if you have shingles", "{gap:?}");
        }
    }
}
