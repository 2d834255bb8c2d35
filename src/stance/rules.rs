//! Stance rules for one sentence: hedges, boosters, attribution with its source,
//! evaluation and polarity, questions, self-mention, reader address and directives.
//!
//! The definitions are the project's stance guideline (tests/fixtures/stance/GUIDE.md):
//! hedges, boosters and evaluation count wherever they occur (also inside quotes);
//! questions, self-mention, reader address, directives and polarity describe the author
//! only, so words inside someone else's quotation do not count for them.

use super::lexicon::Lexicons;
pub use crate::analysis::{BoosterType, Confidence};

/// One word of the sentence.
#[derive(Clone, Copy, Debug)]
pub struct W<'t> {
    /// As written.
    pub raw: &'t str,
    /// Lower case, straight apostrophes.
    pub lower: &'t str,
    /// Inside a quotation.
    pub quoted: bool,
    /// Text between the previous word and this one.
    pub gap: &'t str,
    /// Its lexicon bits ([`Lexicons::mask`]), looked up once per distinct word.
    pub mask: u16,
}

/// The kind of a cue (the kind of the hint it becomes).
pub use crate::analysis::HintKind as Kind;

/// A cue found in the sentence.
#[derive(Clone, Debug)]
pub struct Cue {
    /// Kind of hint.
    pub kind: Kind,
    /// Word range `start..end` of the cue.
    pub words: (usize, usize),
    /// `low`, `medium` or `high`.
    pub confidence: Confidence,
    /// Evaluative polarity (−1, 0, 1).
    pub polarity: i8,
    /// Booster type (boosters only).
    pub subtype: Option<BoosterType>,
    /// Attribution source as a word range, when it could be found.
    pub source: Option<(usize, usize)>,
}

impl Cue {
    /// An attribution cue with its source (a word range), when one was found.
    pub fn attribution(
        words: (usize, usize),
        confidence: Confidence,
        source: Option<(usize, usize)>,
    ) -> Cue {
        Cue {
            source,
            ..Cue::new(Kind::Attribution, words, confidence)
        }
    }

    /// A cue without polarity, booster type or source.
    pub fn new(kind: Kind, words: (usize, usize), confidence: Confidence) -> Cue {
        Cue {
            kind,
            words,
            confidence,
            polarity: 0,
            subtype: None,
            source: None,
        }
    }
}

/// Everything found in one sentence.
#[derive(Clone, Debug, Default)]
pub struct Found {
    /// Cues, in order of kind then position.
    pub cues: Vec<Cue>,
    /// At least one attribution has no identifiable source.
    pub unnamed_source: bool,
    /// The sentence is the author's question.
    pub question: bool,
    /// Author polarity.
    pub polarity: i8,
    /// Underlying score in [−1, 1].
    pub sentiment: f64,
}

/// Verbs of refusal: an evaluation after one is refused, not made ("refused to call it a
/// failure").
pub(super) const REFUSALS: &[&str] = &["refused", "declined", "refuse", "decline"];

pub(super) const NEGATORS: &[&str] = &[
    "not",
    "no",
    "never",
    "n't",
    "nobody",
    "none",
    "neither",
    "nor",
    "without",
    "refused",
    "declined",
    "refuse",
    "decline",
    "hardly",
    "isn't",
    "wasn't",
    "aren't",
    "weren't",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "wouldn't",
    "can't",
    "cannot",
    "couldn't",
    "shouldn't",
];
pub(super) const FIRST_PERSON: &[&str] = &[
    "i",
    "me",
    "my",
    "mine",
    "myself",
    "we",
    "us",
    "our",
    "ours",
    "ourselves",
];
pub(super) const FIRST_PERSON_CONTRACTIONS: &[&str] = &[
    "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll", "let's",
];
pub(super) const SECOND_PERSON: &[&str] = &[
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "you're",
    "you've",
    "you'd",
    "you'll",
];
pub(super) const CONTRAST: &[&str] = &[
    "but",
    "however",
    "although",
    "though",
    "yet",
    "nevertheless",
    "nonetheless",
];
const ABILITY_VERBS: &str =
    "read swim walk talk run see hear speak write ride drive play sing dance cook \
    climb count type afford remember smell feel taste";
const PERMISSION_VERBS: &str =
    "bring use enter park take leave apply request contact visit attend submit choose \
    keep wear borrow stay join register collect return opt access";
const MONTH_CONTEXT: &[&str] = &[
    "in", "on", "since", "every", "of", "until", "from", "by", "early", "late", "last", "next",
    "this", "mid",
];
pub(super) const AUXILIARIES: &[&str] = &[
    "have",
    "has",
    "had",
    "will",
    "would",
    "was",
    "were",
    "is",
    "are",
    "also",
    "had",
    "did",
    "does",
    "do",
    "later",
    "then",
    "previously",
    "repeatedly",
    "publicly",
    "again",
];
pub(super) const DIRECTIVE_MODALS: &[&str] = &["should", "must"];
/// Other words a directive rule starts from ("ought to", "we need to", "you might want to").
pub(super) const DIRECTIVE_STARTS: &[&str] = &["ought", "need", "needs", "might"];
pub(super) const EXTRA_IMPERATIVES: &[&str] = &[
    "ask", "read", "do", "don't", "skip", "check", "try", "consider", "note", "remember",
    "imagine", "look", "stop", "take", "put", "pass", "go", "get", "give", "avoid", "buy", "call",
    "choose", "keep", "leave", "make", "pay", "start", "think", "use", "vote", "visit", "watch",
    "write", "join", "tell", "let", "be", "never", "always", "forget", "sign", "click", "see",
    "follow", "act", "support", "help", "book", "order",
];

pub(super) fn is_negated(words: &[W], at: usize, window: usize) -> bool {
    let from = at.saturating_sub(window);
    words[from..at]
        .iter()
        .any(|w| w.mask & Lexicons::NEGATOR != 0 || w.lower.ends_with("n't"))
}

#[inline(never)]
fn is_question(words: &[W], sentence: &str) -> bool {
    let trimmed =
        sentence.trim_end_matches(|c: char| c.is_whitespace() || crate::segment::is_closer(c));
    if !trimmed.ends_with('?') {
        return false;
    }
    // The question mark closes someone else's quotation: "“Why?” she asked." ends with "."
    // anyway; here the last word decides whether the question is quoted.
    !words.last().is_some_and(|w| w.quoted)
}

/// Every word the one-word rules of [`find`] match on; any other word skips them.
pub const RULE_WORDS: &[&str] = &[
    // hedges
    "may",
    "might",
    "could",
    "couldn't",
    "almost",
    "nearly",
    "possible",
    "estimate",
    "estimates",
    "estimated",
    "suspect",
    "suspects",
    "suspected",
    "should",
    // certainty
    "never",
    "always",
    "show",
    "shows",
    "showed",
    "shown",
    "find",
    "finds",
    "found",
    "seriously",
    "exactly",
    "really",
    "actually",
    "indeed",
    // intensity
    "so",
    "such",
    "huge",
    "massive",
    "pure",
    "real",
    "total",
    "complete",
];

/// The bit of [`Scratch`]'s per-word masks that marks a word inside a quotation (above the
/// lexicon bits).
pub const QUOTED: u16 = 1 << 15;

/// Forms of "be" and "feel" before an adjective that states the subject's own stance ("we
/// are confident").
const BE_OR_FEEL: &[&str] = &[
    "am", "are", "is", "was", "were", "be", "been", "'m", "'re", "feel", "feels", "felt", "remain",
    "remains",
];

/// Finds the cues of one sentence. `sentence` is its text; `words` its words.
/// Buffers [`find`] reuses from one sentence to the next, so that judging a sentence
/// allocates nothing unless it has cues.
#[derive(Default)]
pub struct Scratch<'t> {
    /// The sentence's lower-case words.
    lower: Vec<&'t str>,
    /// Each word's lexicon bits, with [`QUOTED`]: the passes over the sentence read these
    /// two bytes a word, not the whole word views (a 1 MB sentence has 165,000 words).
    masks: Vec<u16>,
    /// Per-word marks (hedge, booster, taken), three runs of the sentence's length.
    marks: Vec<bool>,
    /// Cue-list matches of the list being applied.
    matches: Vec<(usize, usize)>,
    /// Words that already start a directive.
    directives: Vec<bool>,
}

/// Finds the cues of one sentence (`words`, `sentence` its text).
pub fn find<'t>(
    lex: &Lexicons,
    words: &[W<'t>],
    sentence: &str,
    enabled: &dyn Fn(Kind) -> bool,
    scratch: &mut Scratch<'t>,
) -> Found {
    let Scratch {
        lower,
        masks,
        marks,
        matches,
        directives,
    } = scratch;
    lower.clear();
    masks.clear();
    lower.reserve(words.len());
    masks.reserve(words.len());
    for w in words {
        lower.push(w.lower);
        masks.push(w.mask | if w.quoted { QUOTED } else { 0 });
    }
    let lower = &lower[..];
    let masks = &masks[..];
    let question = is_question(words, sentence);
    let mut found = Found {
        question,
        ..Found::default()
    };
    let push = |found: &mut Found, cue: Cue| {
        if enabled(cue.kind) {
            found.cues.push(cue);
        }
    };

    // Where a purpose clause starts ("so that … might"), found once for the sentence.
    let purpose_from = lower
        .windows(2)
        .position(|p| p == ["so", "that"] || p == ["in", "order"]);

    // Per-word marks, in one allocation: words inside a hedge, inside a booster, and taken
    // by an evaluative cue.
    marks.clear();
    marks.resize(3 * words.len(), false);
    let (hedge_words, rest) = marks.split_at_mut(words.len());
    let (boosted, taken) = rest.split_at_mut(words.len());

    // ---- hedges -------------------------------------------------------------------------
    let may = |bit: u16| move |i: usize| masks[i] & bit != 0;
    lex.hedges
        .find_all_into(lower, may(Lexicons::HEDGES), matches);
    for &(a, b) in matches.iter() {
        let first = lower[a];
        // "rather than" compares; "unknown soldier" is a noun phrase; "generally" fine.
        if first == "rather" && lower.get(b) == Some(&"than") {
            continue;
        }
        if first == "indicate"
            || first == "indicates"
            || first == "indicated"
            || first == "indicating"
        {
            // inferential only: "data indicate that", "results indicated"
            if !(lower.get(b) == Some(&"that")
                || a > 0
                    && [
                        "data", "results", "findings", "evidence", "studies", "study", "analysis",
                        "these", "this",
                    ]
                    .contains(&lower[a - 1]))
            {
                continue;
            }
        }
        if (first == "appears" || first == "appear" || first == "appeared") && b - a == 1 {
            continue;
        }
        // A question about degree asks, it does not hedge: "how often", "how likely".
        if a > 0 && lower[a - 1] == "how" {
            continue;
        }
        // "disputed" hedges a claim when said of it ("its attribution is disputed"), not
        // when it names a kind of thing ("disputed parts of the sea").
        if matches!(first, "disputed" | "contested" | "debated") && b - a == 1 {
            let mut k = a;
            while k > 0 && super::attribution::is_mid_adverb(lower[k - 1]) {
                k -= 1;
            }
            let said_of = k > 0
                && [
                    "is", "are", "was", "were", "be", "been", "being", "remains", "remain",
                    "remained",
                ]
                .contains(&lower[k - 1]);
            if !said_of {
                continue;
            }
        }
        hedge_words[a..b].iter_mut().for_each(|x| *x = true);
        push(&mut found, Cue::new(Kind::Hedge, (a, b), Confidence::High));
    }
    for (i, w) in words.iter().enumerate() {
        if hedge_words[i] || masks[i] & Lexicons::RULES == 0 {
            continue;
        }
        let next = lower.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { lower[i - 1] } else { "" };
        let hedge = match w.lower {
            "may" => {
                let month = w.raw == "May"
                    && (i > 0 || next.chars().next().is_some_and(|c| c.is_ascii_digit()))
                    || MONTH_CONTEXT.contains(&prev)
                    || next.chars().next().is_some_and(|c| c.is_ascii_digit());
                let optative = words
                    .get(i + 1)
                    .is_some_and(|n| n.raw.chars().next().is_some_and(char::is_uppercase));
                let permission = crate::lexicon::in_words(PERMISSION_VERBS, next)
                    && i > 0
                    && prev.ends_with('s')
                    && !prev.ends_with("ss");
                !(month || optative || permission || question)
            }
            "might" => {
                // A noun after a determiner or a possessive: "the might of", "the Navy's might".
                let noun = [
                    "the", "its", "his", "her", "their", "our", "all", "of", "military", "economic",
                ]
                .contains(&prev)
                    || prev.ends_with("'s")
                    || prev.ends_with("s'");
                let purpose = purpose_from.is_some_and(|p| p < i);
                let want = next == "want";
                !(noun || purpose || question || want)
            }
            "could" => {
                let negated = next == "not" || next == "never";
                let ability = crate::lexicon::in_words(ABILITY_VERBS, next);
                // "everything we could," — an elliptical ability, no verb follows.
                let elliptical = words.get(i + 1).is_none_or(|n| !n.gap.trim().is_empty());
                !(negated || ability || elliptical || question)
            }
            "couldn't" => false,
            "almost" | "nearly" => {
                const QUANTITY: &str =
                    "a an half all every one two three four five six seven eight nine ten twenty \
    hundred thousand million twice double";
                w.lower == "almost"
                    && !next.chars().next().is_some_and(|c| c.is_ascii_digit())
                    && !crate::lexicon::in_words(QUANTITY, next)
            }
            "possible" => next == "that",
            "estimate" | "estimates" | "estimated" => {
                next == "that" || prev == "is" || prev == "are" || prev == "was"
            }
            "suspect" | "suspects" | "suspected" => {
                next == "that" || ["i", "we", "they", "police", "investigators"].contains(&prev)
            }
            "should" => {
                // Epistemic "should": "results should generalise" (a prediction about things).
                [
                    "generalise",
                    "generalize",
                    "hold",
                    "apply",
                    "remain",
                    "improve",
                    "work",
                    "be",
                ]
                .contains(&next)
                    && i > 0
                    && [
                        "results", "findings", "effect", "effects", "this", "it", "these",
                        "method", "trend",
                    ]
                    .contains(&prev)
            }
            _ => false,
        };
        if hedge {
            hedge_words[i] = true;
            push(
                &mut found,
                Cue::new(Kind::Hedge, (i, i + 1), Confidence::Medium),
            );
        }
    }

    // ---- boosters -----------------------------------------------------------------------
    for (set, subtype, bit) in [
        (&lex.certainty, BoosterType::Certainty, Lexicons::CERTAINTY),
        (&lex.intensity, BoosterType::Intensity, Lexicons::INTENSITY),
    ] {
        set.find_all_into(lower, may(bit), matches);
        for &(a, b) in matches.iter() {
            let first = lower[a];
            let starts_negative_formula =
                lower[a..b].contains(&"no") || lower[a..b].contains(&"without");
            if !starts_negative_formula && is_negated(words, a, 4) {
                continue;
            }
            if hedge_words[a] {
                continue;
            }
            if first == "clearly"
                && (a > 0 && ["to", "must", "should", "will", "can"].contains(&lower[a - 1]))
            {
                continue; // manner: "must clearly label"
            }
            let confirm = first == "confirm" || first == "confirms" || first == "confirmed";
            // "not yet confirmed" is a hedge; "needed to confirm" is not a finding yet.
            if confirm && a > 0 && ["not", "yet", "to"].contains(&lower[a - 1]) {
                continue;
            }
            if first == "at" && !is_negated(words, a, 6) {
                continue; // "at all" only amplifies a negation or a question
            }
            // Someone's confidence, or a thing that sounds confident, is described, not
            // claimed: "confident" boosts as "are confident", "confident that/of/in".
            if first == "confident"
                && b - a == 1
                && !(a > 0 && BE_OR_FEEL.contains(&lower[a - 1])
                    || matches!(lower.get(b).copied(), Some("that" | "of" | "in")))
            {
                continue;
            }
            boosted[a..b].iter_mut().for_each(|x| *x = true);
            push(
                &mut found,
                Cue {
                    kind: Kind::Booster,
                    words: (a, b),
                    confidence: Confidence::High,
                    polarity: 0,
                    subtype: Some(subtype),
                    source: None,
                },
            );
        }
    }
    for i in 0..words.len() {
        if masks[i] & Lexicons::RULES == 0 {
            continue;
        }
        let next = lower.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { lower[i - 1] } else { "" };
        let certainty = match lower[i] {
            "never" => {
                ![
                    "been", "seen", "visited", "met", "heard", "had", "tried", "used", "measured",
                ]
                .contains(&next)
                    || prev == "will"
            }
            "always" => ["will", "must", "should"].contains(&prev),
            "show" | "shows" | "showed" | "shown" | "find" | "finds" | "found" => {
                next == "that"
                    || (lower[i] == "found"
                        && (next == "no"
                            || prev == "we"
                            || prev == "study"
                            || prev == "tests"
                            || prev == "researchers"))
            }
            "seriously" => {
                i == 0
                    || lower.get(i + 1).is_some()
                        && words.get(i + 1).is_some_and(|n| n.gap.contains(','))
            }
            "exactly" => {
                words[i].gap.contains(',') || next == "what" || prev == "is" && next.is_empty()
            }
            "really" => {
                next.ends_with("ly") || ["is", "was", "are", "do", "does", "did"].contains(&prev)
            }
            "actually" | "indeed" => false, // in the list already
            _ => false,
        };
        let intensity = match lower[i] {
            "so" | "such" => {
                lex.positive.longest_at(lower, i + 1).is_some()
                    || lex.negative.longest_at(lower, i + 1).is_some()
            }
            "huge" | "massive" | "pure" | "real" | "total" | "complete" => {
                lex.positive.longest_at(lower, i + 1).is_some()
                    || lex.negative.longest_at(lower, i + 1).is_some()
            }
            _ => false,
        };
        let already = boosted[i];
        if (certainty || intensity) && !already && !is_negated(words, i, 3) {
            push(
                &mut found,
                Cue {
                    kind: Kind::Booster,
                    words: (i, i + 1),
                    confidence: Confidence::Medium,
                    polarity: 0,
                    subtype: Some(if certainty {
                        BoosterType::Certainty
                    } else {
                        BoosterType::Intensity
                    }),
                    source: None,
                },
            );
        }
    }

    let denied_from = super::attribution::find(lex, (words, lower, masks), &mut found, enabled);
    let attributed = found.cues.iter().any(|c| c.kind == Kind::Attribution);

    // ---- evaluation ---------------------------------------------------------------------
    // Words of a booster formula ("Make no mistake") or of a multi-word hedge ("poorly
    // understood") are not evaluation.
    for c in found
        .cues
        .iter()
        .filter(|c| matches!(c.kind, Kind::Booster | Kind::Hedge) && c.words.1 - c.words.0 > 1)
    {
        taken[c.words.0..c.words.1]
            .iter_mut()
            .for_each(|t| *t = true);
    }
    for (set, polarity, bit) in [
        (&lex.positive, 1i8, Lexicons::POSITIVE),
        (&lex.negative, -1i8, Lexicons::NEGATIVE),
        (&lex.neutral, 0i8, Lexicons::NEUTRAL),
    ] {
        set.find_all_into(lower, may(bit), matches);
        for &(a, b) in matches.iter() {
            if taken[a..b].iter().any(|t| *t) {
                continue;
            }
            let first = lower[a];
            // A word of a name evaluates nothing: "Great Barrier Reef", "Good Friday" (a
            // capital then lower case: shouted text, "A DISASTER", still evaluates).
            let capital = |k: usize| {
                let raw = words[k].raw;
                raw.starts_with(|c: char| c.is_uppercase()) && raw.chars().any(char::is_lowercase)
            };
            if capital(a) && (a > 0 || words.get(b).is_some_and(|_| capital(b))) {
                continue;
            }
            if (first == "significant" || first == "significantly")
                && a > 0
                && ["no", "not", "statistically"].contains(&lower[a - 1])
            {
                continue;
            }
            // Refused or mentioned evaluations do not count: "refused to call it a failure".
            if masks[a.saturating_sub(6)..a]
                .iter()
                .any(|m| m & Lexicons::REFUSAL != 0)
            {
                continue;
            }
            if denied_from.is_some_and(|d| a > d) {
                continue; // "nobody believes that … is a good idea"
            }
            let diminished =
                a > 0 && ["less", "least", "barely", "hardly", "far from"].contains(&lower[a - 1]);
            let negated = (is_negated(words, a, 3) || diminished) && polarity != 0;
            let polarity = if negated { -polarity } else { polarity };
            taken[a..b].iter_mut().for_each(|t| *t = true);
            push(
                &mut found,
                Cue {
                    kind: Kind::Evaluative,
                    words: (a, b),
                    confidence: Confidence::Medium,
                    polarity,
                    subtype: None,
                    source: None,
                },
            );
        }
    }

    // "far too long", "too expensive": excess is a negative evaluation.
    for i in 0..words.len().saturating_sub(1) {
        if lower[i] != "too" || taken[i + 1] {
            continue;
        }
        let word = lower[i + 1];
        let after = lower.get(i + 2).copied();
        let ends_phrase = after.is_none_or(|w| ["for", "to", "and", "but", "or"].contains(&w))
            || words.get(i + 2).is_some_and(|w| w.gap.contains(','));
        let adjective_like = word.len() > 2
            && word.chars().all(char::is_alphabetic)
            && !crate::lexicon::STOPWORDS_EN.contains(word);
        if ends_phrase && adjective_like {
            taken[i] = true;
            taken[i + 1] = true;
            push(
                &mut found,
                Cue {
                    kind: Kind::Evaluative,
                    words: (i, i + 2),
                    confidence: Confidence::Low,
                    polarity: -1,
                    subtype: None,
                    source: None,
                },
            );
        }
    }
    super::author::voice((words, masks), question, &mut found, enabled);
    super::author::directives(
        (words, lower, masks),
        question,
        denied_from,
        &mut found,
        enabled,
        directives,
    );

    // ---- polarity -----------------------------------------------------------------------
    // An evaluative adjective before an evaluative noun decides: "a bad bargain".
    let mut evaluations: Vec<&Cue> = found
        .cues
        .iter()
        .filter(|c| c.kind == Kind::Evaluative && !words[c.words.0].quoted)
        .collect();
    crate::order::sort_by_key(&mut evaluations, |c| c.words.0 as u128);
    let mut author_cues: Vec<&Cue> = Vec::new();
    for c in evaluations {
        if author_cues.last().is_some_and(|p| p.words.1 == c.words.0) {
            continue;
        }
        author_cues.push(c);
    }
    let scope_start = masks
        .iter()
        .rposition(|m| m & Lexicons::CONTRAST != 0)
        .unwrap_or(0);
    let after_contrast: Vec<&&Cue> = author_cues
        .iter()
        .filter(|c| c.words.0 >= scope_start && c.polarity != 0)
        .collect();
    let scoped: Vec<i8> = if scope_start > 0 && !after_contrast.is_empty() {
        after_contrast.iter().map(|c| c.polarity).collect()
    } else {
        author_cues.iter().map(|c| c.polarity).collect()
    };
    let sum: i32 = scoped.iter().map(|p| i32::from(*p)).sum();
    found.sentiment = (f64::from(sum) / 2.0).tanh();
    // Reported evaluations are the source's, not the author's.
    found.polarity = if attributed { 0 } else { sum.signum() as i8 };
    if question {
        let rhetorical = lower
            .windows(2)
            .any(|p| p == ["who", "thought"] || p == ["who", "cares"] || p == ["what", "could"])
            || lower
                .iter()
                .any(|w| ["anyone", "anybody", "nobody", "surely", "really"].contains(w))
            || lower.windows(2).any(|p| {
                p == ["how", "many"]
                    || p == ["why", "would"]
                    || p == ["why", "should"]
                    || p == ["how", "much"]
            });
        if rhetorical {
            found.polarity = -1;
            found.sentiment = found.sentiment.min(-0.5);
        }
    }
    found
}
