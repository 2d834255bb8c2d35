//! The author's voice: self-mention, reader address, questions and directives
//! (imperatives, "let us", the author's should/must). Words inside someone else's
//! quotation are not the author's.

use super::lexicon::Lexicons;
use super::rules::{
    Confidence, Cue, Found, Kind, AUXILIARIES, DIRECTIVE_MODALS, EXTRA_IMPERATIVES, QUOTED, W,
};

/// Self-mention, reader address and the question cue.
#[inline(never)]
pub fn voice(
    (words, masks): (&[W], &[u16]),
    question: bool,
    found: &mut Found,
    enabled: &dyn Fn(Kind) -> bool,
) {
    let push = |found: &mut Found, cue: Cue| {
        if enabled(cue.kind) {
            found.cues.push(cue);
        }
    };
    for (i, &m) in masks.iter().enumerate() {
        if m & (Lexicons::SELF | Lexicons::READER) == 0 || m & QUOTED != 0 {
            continue;
        }
        let w = &words[i];
        // The lexicon mask marks FIRST_PERSON (+ contractions) and SECOND_PERSON words.
        let first_person = w.mask & Lexicons::SELF != 0
            && w.raw != "US"
            && !(w.lower == "i" && w.raw != "I")
            && !(w.lower == "us" && w.raw.chars().all(|c| c.is_uppercase()) && w.raw.len() > 1);
        if first_person {
            push(
                found,
                Cue::new(Kind::SelfMention, (i, i + 1), Confidence::High),
            );
        }
        if w.mask & Lexicons::READER != 0 {
            push(
                found,
                Cue::new(Kind::ReaderPronoun, (i, i + 1), Confidence::High),
            );
        }
    }
    if question && enabled(Kind::Question) && !words.is_empty() {
        let last = words.len().saturating_sub(1);
        found.cues.push(Cue {
            kind: Kind::Question,
            words: (last, words.len()),
            confidence: Confidence::High,
            polarity: 0,
            subtype: None,
            source: None,
        });
    }
}

/// Words that link the words of a vocative ("Members of this chamber", "Ladies and
/// gentlemen", "Parents who care").
const VOCATIVE_LINKS: &[&str] = &[
    "of", "and", "or", "who", "in", "at", "from", "on", "the", "my", "our", "all",
];

/// Directives: imperatives at the start of the sentence (or after a vocative), coordinated
/// imperatives, "let us", "please", and the author's should/must/ought to/need to — not in
/// questions, not in reported speech, not after a denied report.
/// `marked` is a buffer reused across sentences.
#[inline(never)]
pub fn directives(
    (words, lower, masks): (&[W], &[&str], &[u16]),
    question: bool,
    denied_from: Option<usize>,
    found: &mut Found,
    enabled: &dyn Fn(Kind) -> bool,
    marked: &mut Vec<bool>,
) {
    if !enabled(Kind::Directive) || question {
        return;
    }
    let attributed = found.cues.iter().any(|c| c.kind == Kind::Attribution);
    // One directive per starting word; a flag per word keeps this linear.
    marked.clear();
    marked.resize(words.len(), false);
    let mut cue = |found: &mut Found, a: usize, b: usize, confidence: Confidence| {
        if !std::mem::replace(&mut marked[a], true) {
            found.cues.push(Cue {
                kind: Kind::Directive,
                words: (a, b),
                confidence,
                polarity: 0,
                subtype: None,
                source: None,
            });
        }
    };
    // Clause start: the sentence start, or after a vocative ("Members of this chamber, put …").
    let mut starts = [Some(0usize), None];
    if let Some(comma) = words.iter().position(|w| w.gap.contains(',')) {
        let head_has_verb = lower[..comma].iter().any(|w| {
            crate::lexicon::VERBS_EN.contains(w) || AUXILIARIES.contains(w) || w.ends_with("ed")
        });
        // A plural noun and a content word after it are a subject and its verb, whatever
        // the verb list knows ("Chatbots invent sources, repeat bias"), not a vocative
        // ("Members of this chamber, …", "Friends, …").
        let subject_and_verb = comma >= 2
            && lower[0].len() > 3
            && lower[0].ends_with('s')
            && lower[1].chars().all(char::is_alphabetic)
            && !VOCATIVE_LINKS.contains(&lower[1]);
        if !head_has_verb && !subject_and_verb && comma <= 6 {
            starts[1] = Some(comma);
        }
    }
    for s in starts.into_iter().flatten() {
        let Some(w) = words.get(s) else { continue };
        if w.quoted {
            continue;
        }
        let verb = w.lower;
        let next = lower.get(s + 1).copied().unwrap_or("");
        if verb == "please" && s + 1 < words.len() {
            cue(found, s, s + 2, Confidence::High);
            continue;
        }
        if verb == "let" && (next == "us" || next == "'s") || verb == "let's" {
            if !found_booster_at(found, s) {
                let end = if verb == "let's" { s + 1 } else { s + 2 };
                cue(found, s, end, Confidence::High);
            }
            continue;
        }
        let imperative = (crate::lexicon::VERBS_EN.contains(verb)
            || EXTRA_IMPERATIVES.contains(&verb))
            && !["you", "we", "they", "i", "it"].contains(&next)
            && !next.ends_with("ing")
            && !found_booster_at(found, s);
        if imperative {
            cue(found, s, s + 1, Confidence::Medium);
            // Coordinated imperatives: "put the country first and pass this bill".
            for k in s + 1..words.len().saturating_sub(1) {
                if lower[k] == "and"
                    && (crate::lexicon::VERBS_EN.contains(lower[k + 1])
                        || EXTRA_IMPERATIVES.contains(&lower[k + 1]))
                    && !words[k + 1].quoted
                {
                    cue(found, k + 1, k + 2, Confidence::Medium);
                }
            }
        }
    }
    // The author's should / must / ought to / need to.
    if attributed {
        return;
    }
    // "it is fitting that … should" is evaluative, not a directive.
    let fitting_from = lower.windows(3).position(|w| w == ["it", "is", "fitting"]);
    // Where hedges start, sorted once: a modal that hedges ("may", "could") directs nothing.
    // (Searched per modal: scanning every cue per modal was quadratic in a long sentence.)
    let mut hedge_starts: Vec<usize> = found
        .cues
        .iter()
        .filter(|c| c.kind == Kind::Hedge)
        .map(|c| c.words.0)
        .collect();
    crate::order::sort_by_key(&mut hedge_starts, |&s| s as u128);
    for i in 0..words.len() {
        if masks[i] & Lexicons::DIRECTIVE == 0
            || masks[i] & QUOTED != 0
            || denied_from.is_some_and(|d| i > d)
        {
            continue;
        }
        let next = lower.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { lower[i - 1] } else { "" };
        let deontic = DIRECTIVE_MODALS.contains(&lower[i])
            && next != "have"
            && hedge_starts.binary_search(&i).is_err()
            || lower[i] == "ought" && next == "to"
            || (lower[i] == "need" || lower[i] == "needs")
                && next == "to"
                && [
                    "we",
                    "you",
                    "they",
                    "government",
                    "council",
                    "city",
                    "everyone",
                    "people",
                    "it",
                ]
                .contains(&prev)
            || lower[i] == "might" && next == "want";
        if deontic && fitting_from.is_none_or(|f| f >= i) {
            let end = if lower[i] == "ought"
                || lower[i] == "need"
                || lower[i] == "needs"
                || lower[i] == "might"
            {
                i + 2
            } else {
                i + 1
            };
            cue(found, i, end.min(words.len()), Confidence::Medium);
        }
    }
}

fn found_booster_at(found: &Found, i: usize) -> bool {
    found
        .cues
        .iter()
        .any(|c| c.kind == Kind::Booster && c.words.0 == i)
}
