//! Fuzz target: `analyze` on arbitrary bytes with options drawn from the first bytes.
//! Run from the repository root with `make fuzz` (see README, "Fuzzing").
//!
//! Besides "never panics", it checks the invariants every result must keep: every span
//! lies inside the text on character boundaries, sentences are in order and do not
//! overlap, hints point at existing sentences, keyword occurrences slice back to one of
//! the keyword's forms, and counts match occurrence lists.
#![no_main]

use libfuzzer_sys::fuzz_target;
use proselens::{analyze, Options};

const LANGUAGES: &[&str] = &["en", "de", "es", "fr", "it", "nl", "pt", "ru", "xx"];
const KINDS: &[&str] = &["name", "phrase", "word"];
const HINT_KINDS: &[&str] = &[
    "hedge",
    "booster",
    "attribution",
    "evaluative",
    "question",
    "selfMention",
    "directive",
];
const WORDS: &[&str] = &[
    "may", "said", "the", "clearly", "great", "Korea", "", "u.s.",
];

/// Options from the first bytes of the input; the rest is the text.
fn options(data: &[u8]) -> (Options, &[u8]) {
    let Some((head, rest)) = data.split_first_chunk::<6>() else {
        return (Options::default(), data);
    };
    let [a, b, c, d, e, f] = *head;
    let mut o = Options::default();
    if a & 1 == 1 {
        o.language = Some(LANGUAGES[usize::from(a >> 1) % LANGUAGES.len()].to_string());
    }
    o.cleanup = b & 1 == 0;
    if b & 2 == 2 {
        o.keep = vec![usize::from(c) * 7, usize::from(d) * 13, usize::from(e)];
    }
    o.readability.hard_grade = f64::from(c % 30);
    o.readability.very_hard_grade = f64::from(d % 40);
    o.readability.min_words = usize::from(e % 8);
    o.keywords.limit = usize::from(f % 50);
    o.keywords.min_count = usize::from(f >> 6);
    if b & 4 == 4 {
        o.keywords.kinds = KINDS
            .iter()
            .take(usize::from(c % 4))
            .map(|k| k.to_string())
            .collect();
        o.keywords.stopwords = vec![WORDS[usize::from(d) % WORDS.len()].to_string()];
    }
    if b & 8 == 8 {
        o.hints.kinds = HINT_KINDS
            .iter()
            .enumerate()
            .filter(|(i, _)| e >> (i % 8) & 1 == 1)
            .map(|(_, k)| k.to_string())
            .collect();
        o.hints.add.hedge = vec![WORDS[usize::from(f) % WORDS.len()].to_string()];
        o.hints.remove.attribution = vec!["said".to_string()];
    }
    (o, rest)
}

fuzz_target!(|data: &[u8]| {
    let (options, rest) = options(data);
    let text = String::from_utf8_lossy(rest);
    let Ok(result) = analyze(&text, &options) else {
        return; // invalid options are a clear error, which is fine
    };
    let mut spans = Vec::new();
    let mut copy = result.clone();
    copy.spans_mut(|s| spans.push(*s));
    for s in spans {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "span {s:?} outside the text"
        );
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    for pair in result.sentences.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "sentences overlap");
    }
    for hint in &result.hints {
        assert!(
            hint.sentence < result.sentences.len(),
            "hint without a sentence"
        );
    }
    for k in &result.keywords {
        assert_eq!(k.count, k.occurrences.len());
        for o in &k.occurrences {
            let form = o.slice(&text);
            assert!(
                k.forms.iter().any(|f| f == form),
                "occurrence {form:?} not a form"
            );
        }
    }
});
