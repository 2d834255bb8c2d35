//! Sentence-level stance hints: hedges, boosters, attribution (with its source and whether
//! the source is unnamed), evaluation with the author's polarity, questions, self-mention,
//! reader address and directives — each hint with the cue words that triggered it.
//!
//! Rules and lists follow the project's stance guideline (tests/fixtures/stance/GUIDE.md).
//! Quotations are found per block (curly and straight double quotes, and ‘…’), so a
//! pronoun or an imperative inside someone else's words is not the author's, while hedges,
//! boosters and evaluation count wherever they occur. What this module does not do:
//! target stance, sarcasm or implicit evaluation, which need a model.

mod attribution;
mod author;
pub mod lexicon;
pub mod rules;

use crate::analysis::{BoosterType, Hint, HintCounts, HintRange, SentenceStance, Summary};
use crate::segment::Segmentation;
use crate::span::Span;
use crate::vocab::Vocabulary;
use lexicon::{Lexicons, DEFAULT};
use rules::{Kind, W};
use serde::Deserialize;
use std::borrow::Cow;
use std::sync::Arc;

/// Cue additions or removals, by list.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct CueEdits {
    /// Hedge cues.
    pub hedge: Vec<String>,
    /// Booster cues.
    pub booster: Vec<String>,
    /// Reporting verbs and attribution frames.
    pub attribution: Vec<String>,
    /// Positive evaluative cues.
    pub positive: Vec<String>,
    /// Negative evaluative cues.
    pub negative: Vec<String>,
}

impl CueEdits {
    /// Option names accepted from JavaScript.
    pub const FIELDS: &'static [&'static str] =
        &["hedge", "booster", "attribution", "positive", "negative"];

    /// True when no list is edited.
    pub fn is_empty(&self) -> bool {
        self.hedge.is_empty()
            && self.booster.is_empty()
            && self.attribution.is_empty()
            && self.positive.is_empty()
            && self.negative.is_empty()
    }
}

/// Stance options.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct HintOptions {
    /// Hint kinds to report (default all).
    pub kinds: Vec<String>,
    /// Cues to add to the built-in lists.
    pub add: CueEdits,
    /// Cues to remove from the built-in lists.
    pub remove: CueEdits,
}

impl HintOptions {
    /// Option names accepted from JavaScript.
    pub const FIELDS: &'static [&'static str] = &["kinds", "add", "remove"];
}

/// Every hint kind, in the contract's spelling.
pub const KINDS: [&str; 8] = [
    Kind::Hedge.as_str(),
    Kind::Booster.as_str(),
    Kind::Attribution.as_str(),
    Kind::Evaluative.as_str(),
    Kind::Question.as_str(),
    Kind::SelfMention.as_str(),
    Kind::ReaderPronoun.as_str(),
    Kind::Directive.as_str(),
];

impl Default for HintOptions {
    fn default() -> Self {
        HintOptions {
            kinds: KINDS.iter().map(|k| k.to_string()).collect(),
            add: CueEdits::default(),
            remove: CueEdits::default(),
        }
    }
}

fn lexicons(options: &HintOptions) -> Cow<'static, Lexicons> {
    if options.add.is_empty() && options.remove.is_empty() {
        return Cow::Borrowed(&DEFAULT);
    }
    let mut lex = DEFAULT.clone();
    let (add, remove) = (&options.add, &options.remove);
    apply(&mut lex.hedges, &add.hedge, &remove.hedge);
    apply(&mut lex.certainty, &add.booster, &remove.booster);
    apply(&mut lex.intensity, &[], &remove.booster);
    apply(&mut lex.reporting, &add.attribution, &remove.attribution);
    apply(&mut lex.positive, &add.positive, &remove.positive);
    apply(&mut lex.negative, &add.negative, &remove.negative);
    lex.index();
    Cow::Owned(lex)
}

fn apply(set: &mut lexicon::CueSet, add: &[String], remove: &[String]) {
    add.iter().for_each(|c| set.insert(c));
    remove.iter().for_each(|c| set.remove(c));
}

/// Quotation regions (byte ranges) of one block: “…”, "…" and ‘…’. An unclosed quote is
/// ignored rather than swallowing the rest of the block.
fn quote_regions(text: &str, block: Span) -> Vec<(usize, usize)> {
    let body = block.slice(text);
    let mut regions = Vec::new();
    let mut open_curly: Option<usize> = None;
    let mut open_straight: Option<usize> = None;
    let mut open_single: Option<usize> = None;
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Only '"' and the lead bytes of “ „ ” ‘ ’ (E2) and « » (C2) can start a quote
        // mark: other bytes are skipped without decoding.
        if !matches!(bytes[i], b'"' | 0xE2 | 0xC2) {
            i += 1;
            continue;
        }
        let c = body[i..].chars().next().expect("a char boundary");
        let at = block.start + i;
        i += c.len_utf8();
        match c {
            '“' | '„' | '«' => open_curly = Some(at),
            '”' | '»' => {
                if let Some(s) = open_curly.take() {
                    regions.push((s, at + c.len_utf8()));
                }
            }
            '"' => match open_straight.take() {
                Some(s) => regions.push((s, at + 1)),
                None => open_straight = Some(at),
            },
            '‘' => open_single = Some(at),
            '’' => {
                // An apostrophe inside a word ("don’t") does not close a quotation.
                let next = body[i..].chars().next();
                if next.is_none_or(|n| !n.is_alphanumeric()) {
                    if let Some(s) = open_single.take() {
                        regions.push((s, at + c.len_utf8()));
                    }
                }
            }
            _ => {}
        }
    }
    // Sorted and merged, so a forward walk finds the region of each word.
    crate::order::sort_by_key(&mut regions, |&r| crate::order::span_key(r));
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(regions.len());
    for (start, end) in regions {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// True when `span` lies in one of `regions` (sorted, disjoint). Words arrive in text order,
/// so `at` walks forward through the regions: one pass per block.
fn in_region(regions: &[(usize, usize)], at: &mut usize, span: Span) -> bool {
    while *at < regions.len() && regions[*at].1 <= span.start {
        *at += 1;
    }
    regions
        .get(*at)
        .is_some_and(|&(start, end)| start <= span.start && span.end <= end)
}

/// Most words of a sentence the rules read at once (see [`analyze`]); real sentences are far
/// shorter.
const WINDOW_WORDS: usize = 1000;

/// What the stance pass adds to the analysis besides each sentence's stance and hint
/// indexes (handed to the caller's `on_sentence` as they are found, so that no second
/// per-sentence table exists beside the caller's).
pub struct Report {
    /// All hints, in sentence order.
    pub hints: Vec<Hint>,
    /// Counts and tone.
    pub summary: Summary,
}

/// Makes room for `more` hints. Past the first twentieth of the text's words (`done` of
/// `total`), the room reserved is what the text's hints are expected to need in all (the
/// rate so far, plus an eighth), not double the current room: on a long text the vector
/// is the stance pass's largest block, and doubling made it up to twice its final size
/// while its old copy was still held. At least a quarter more each time, so the
/// reallocations stay few.
fn reserve_hints(hints: &mut Vec<Hint>, more: usize, (done, total): (usize, usize)) {
    let (len, capacity) = (hints.len(), hints.capacity());
    if capacity - len >= more {
        return;
    }
    if done.saturating_mul(20) < total {
        hints.reserve(more);
        return;
    }
    // (In 64 bits: hints × words overflows 32-bit wasm's usize on a long text.)
    let expected = (len as u64 * total as u64 / done.max(1) as u64) * 9 / 8;
    let target = (expected as usize)
        .max(capacity + capacity / 4)
        .max(len + more);
    hints.reserve_exact(target - len);
}

/// Finds stance hints in the kept sentences (`kept`: indexes into `seg.sentences`); with
/// `only_questions` (text in a language the cue lists do not cover), only question hints.
pub fn analyze(
    text: &str,
    seg: &Segmentation,
    vocab: &Vocabulary,
    kept: &[usize],
    (options, only_questions): (&HintOptions, bool),
    mut on_sentence: impl FnMut(usize, SentenceStance, HintRange),
) -> Report {
    let lex = lexicons(options);
    let enabled = |kind: Kind| {
        (!only_questions || kind == Kind::Question)
            && options.kinds.iter().any(|k| k == kind.as_str())
    };
    let mut report = Report {
        hints: Vec::new(),
        summary: Summary::default(),
    };
    let mut regions_block = usize::MAX;
    let mut regions: Vec<(usize, usize)> = Vec::new();
    let mut region_at = 0usize;
    let mut polarity_sum = 0i32;
    // Lexicon bits per distinct lower-case word, looked up on first use.
    let mut masks: Vec<Option<u16>> = vec![None; vocab.lowers.len()];
    // One buffer for every sentence's words.
    let mut words: Vec<W> = Vec::new();
    // Cue texts and messages repeat ("may", "Hedge: “may” holds back…"): each distinct
    // string is held once and shared by its hints.
    let mut strings: crate::hash::FxHashSet<Arc<str>> = Default::default();
    let mut intern = |s: &str| -> Arc<str> {
        if let Some(shared) = strings.get(s) {
            return shared.clone();
        }
        let shared: Arc<str> = Arc::from(s);
        strings.insert(shared.clone());
        shared
    };
    // A hint's message follows from its wording, cue and source: each distinct one is
    // written once.
    let mut messages: crate::hash::FxHashMap<(u8, &str, Option<&str>), Arc<str>> =
        Default::default();
    let mut scratch = rules::Scratch::default();
    let total_words = seg.words_in(kept);
    let mut words_done = 0usize;
    for (out_index, &s) in kept.iter().enumerate() {
        let sentence = &seg.sentences[s];
        if sentence.block != regions_block {
            regions_block = sentence.block;
            regions = quote_regions(text, seg.blocks[sentence.block].span);
            region_at = 0;
        }
        let (a, b) = sentence.words;
        let mut stance = SentenceStance::default();
        let first_hint = report.hints.len();
        // A "sentence" of thousands of words (a paste without punctuation) is read in
        // windows of at most `WINDOW_WORDS` words, so the rules' per-word tables stay small;
        // its stance combines the windows' (any source unnamed, polarity by the windows'
        // sum, the question mark from the last).
        let windows = (b - a).div_ceil(WINDOW_WORDS).max(1);
        let (mut polarity, mut sentiment) = (0i32, 0.0);
        // (In 64 bits: words × window index overflows 32-bit wasm's usize past two million
        // words.)
        let at = |k: usize| a + ((b - a) as u64 * k as u64 / windows as u64) as usize;
        for k in 0..windows {
            let (wa, wb) = (at(k), at(k + 1));
            let window_text = if windows == 1 {
                sentence.span.slice(text)
            } else {
                let start = if k == 0 {
                    sentence.span.start
                } else {
                    seg.words[wa].span.start
                };
                let end = if k + 1 == windows {
                    sentence.span.end
                } else {
                    seg.words[wb - 1].span.end
                };
                &text[start..end]
            };
            words.clear();
            words.extend((wa..wb).map(|i| {
                let id = vocab.lower_id(i) as usize;
                let mask = *masks[id].get_or_insert_with(|| lex.mask(vocab.form(id)));
                let span = seg.words[i].span;
                let gap_start = if i > a {
                    seg.words[i - 1].span.end
                } else {
                    sentence.span.start
                };
                W {
                    raw: span.slice(text),
                    lower: vocab.form(id),
                    quoted: in_region(&regions, &mut region_at, span),
                    gap: &text[gap_start..span.start],
                    mask,
                }
            }));
            let found = rules::find(&lex, &words, window_text, &enabled, &mut scratch);
            polarity += i32::from(found.polarity);
            sentiment += found.sentiment;
            stance.unnamed_source |= found.unnamed_source && enabled(Kind::Attribution);
            stance.question = found.question && enabled(Kind::Question);
            words_done += wb - wa;
            reserve_hints(
                &mut report.hints,
                found.cues.len(),
                (words_done, total_words),
            );
            for cue in found
                .cues
                .iter()
                .filter(|c| c.words.0 < c.words.1 && c.words.1 <= words.len())
            {
                let span = Span::new(
                    seg.words[wa + cue.words.0].span.start,
                    seg.words[wa + cue.words.1 - 1].span.end,
                );
                let source = cue.source.map(|(x, y)| {
                    Span::new(seg.words[wa + x].span.start, seg.words[wa + y - 1].span.end)
                });
                match cue.kind {
                    Kind::Hedge => stance.hedged = true,
                    Kind::Booster => stance.boosted = true,
                    Kind::Attribution => stance.attributed = true,
                    Kind::Evaluative => stance.evaluative = true,
                    Kind::Question => stance.question = true,
                    Kind::SelfMention => stance.self_mention = true,
                    Kind::ReaderPronoun => stance.reader_pronoun = true,
                    Kind::Directive => stance.directive = true,
                }
                let cue_text = span.slice(text);
                let source_text = source.map(|s| s.slice(text));
                let message = messages
                    .entry((wording(cue), cue_text, source_text))
                    .or_insert_with(|| intern(&message(cue, cue_text, source_text)))
                    .clone();
                report.hints.push(Hint {
                    kind: cue.kind,
                    message,
                    cue: intern(cue_text),
                    span,
                    sentence: out_index,
                    confidence: cue.confidence,
                    polarity: (cue.kind == Kind::Evaluative).then_some(cue.polarity),
                    booster_type: cue.subtype.filter(|_| cue.kind == Kind::Booster),
                    source,
                });
            }
        }
        stance.polarity = polarity.signum() as i8;
        stance.sentiment = sentiment / windows as f64;
        polarity_sum += i32::from(stance.polarity);
        count(&mut report.summary.hint_counts, &stance);
        let hints = HintRange {
            start: first_hint as u32,
            end: report.hints.len() as u32,
        };
        on_sentence(out_index, stance, hints);
    }
    // The rate of the text's start can overstate its whole (a dense opening, a long
    // appendix): give back room a quarter beyond the hints (a shrink in place, no copy).
    if report.hints.capacity() > report.hints.len() + report.hints.len() / 4 + 16 {
        report.hints.shrink_to_fit();
    }
    let n = kept.len().max(1) as f64;
    let mean = f64::from(polarity_sum) / n;
    report.summary.tone = if mean <= -0.1 {
        "negative"
    } else if mean >= 0.1 {
        "positive"
    } else {
        "neutral"
    };
    let c = &report.summary.hint_counts;
    let rate = |x: usize| x as f64 * 100.0 / n;
    report.summary.rates_per100_sentences = crate::analysis::HintRates {
        hedge: rate(c.hedge),
        booster: rate(c.booster),
        attribution: rate(c.attribution),
        evaluative: rate(c.evaluative),
        question: rate(c.question),
        self_mention: rate(c.self_mention),
        reader_pronoun: rate(c.reader_pronoun),
        directive: rate(c.directive),
    };
    report
}

/// Counts sentences per hint kind (a sentence with three hedges counts once).
fn count(counts: &mut HintCounts, s: &SentenceStance) {
    counts.hedge += usize::from(s.hedged);
    counts.booster += usize::from(s.boosted);
    counts.attribution += usize::from(s.attributed);
    counts.evaluative += usize::from(s.evaluative);
    counts.question += usize::from(s.question);
    counts.self_mention += usize::from(s.self_mention);
    counts.reader_pronoun += usize::from(s.reader_pronoun);
    counts.directive += usize::from(s.directive);
}

/// Which of [`message`]'s wordings a cue takes (with its text and source, its message).
fn wording(cue: &rules::Cue) -> u8 {
    let detail = match cue.kind {
        Kind::Booster => u8::from(cue.subtype == Some(BoosterType::Intensity)),
        Kind::Evaluative => match cue.polarity {
            1 => 1,
            -1 => 2,
            _ => 3,
        },
        _ => 0,
    };
    (cue.kind as u8) << 2 | detail
}

fn message(cue: &rules::Cue, text: &str, source: Option<&str>) -> String {
    match cue.kind {
        Kind::Hedge => format!("Hedge: “{text}” holds back from full commitment."),
        Kind::Booster if cue.subtype == Some(BoosterType::Intensity) => {
            format!("Booster: “{text}” intensifies.")
        }
        Kind::Booster => format!("Booster: “{text}” presents the claim as certain."),
        Kind::Attribution => match source {
            Some(s) => format!("Attributed to “{s}” ({text})."),
            None => format!("Attributed without a named source ({text})."),
        },
        Kind::Evaluative => match cue.polarity {
            1 => format!("Evaluation: “{text}” (positive)."),
            -1 => format!("Evaluation: “{text}” (negative)."),
            _ => format!("Evaluation: “{text}”."),
        },
        Kind::Question => "The author asks a question.".to_string(),
        Kind::SelfMention => format!("Self-mention: “{text}”."),
        Kind::ReaderPronoun => format!("Addresses the reader: “{text}”."),
        Kind::Directive => format!("Directive: “{text}” tells someone what to do."),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_hint_vector_of_a_long_text_is_sized_by_its_rate_not_doubled() {
        let text = "Perhaps the plan may work, and it will certainly help. ".repeat(1500);
        let analysis = crate::analyze(&text, &Default::default()).expect("default options");
        let (len, capacity) = (analysis.hints.len(), analysis.hints.capacity());
        assert!(len > 4096, "{len} hints");
        assert!(capacity * 4 <= len * 5, "{capacity} room for {len} hints");
        // A dense opening does not leave room for its rate over a long hint-free rest.
        let text = format!(
            "{}{}",
            "It may rain, and it will certainly help. ".repeat(400),
            "The river runs past the old mill and the school. ".repeat(3000)
        );
        let analysis = crate::analyze(&text, &Default::default()).expect("default options");
        let (len, capacity) = (analysis.hints.len(), analysis.hints.capacity());
        assert!(
            capacity * 4 <= len * 5 + 64,
            "{capacity} room for {len} hints"
        );
    }
}
