//! Property tests over arbitrary strings: `analyze` never panics, every span lies on char
//! boundaries and in order, sentences stay inside their blocks, and the kept sentences
//! together with the set-aside stretches cover every non-whitespace character.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proselens::{analyze, Options, Span, Utf16Index};

#[track_caller]
fn check_invariants(text: &str, cleanup: bool) {
    let options = Options {
        cleanup,
        ..Default::default()
    };
    let result = analyze(text, &options).expect("default options are valid");
    let on_boundaries = |s: &Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    let mut covered = vec![false; text.len()];
    let mut previous_end = 0;
    for sentence in &result.sentences {
        assert!(
            on_boundaries(&sentence.span),
            "sentence span off a char boundary"
        );
        assert!(
            sentence.span.start >= previous_end,
            "sentences out of order"
        );
        assert!(!sentence.span.is_empty(), "empty sentence");
        previous_end = sentence.span.end;
        let block = result.blocks[sentence.block].span;
        assert!(
            block.start <= sentence.span.start && sentence.span.end <= block.end,
            "sentence outside its block"
        );
        covered[sentence.span.start..sentence.span.end]
            .iter_mut()
            .for_each(|c| *c = true);
    }
    previous_end = 0;
    for block in &result.cleanup.blocks {
        assert!(on_boundaries(&block.span));
        assert!(
            block.span.start >= previous_end,
            "set-aside blocks out of order"
        );
        previous_end = block.span.end;
        covered[block.span.start..block.span.end]
            .iter_mut()
            .for_each(|c| *c = true);
    }
    for (i, c) in text.char_indices() {
        assert!(
            c.is_whitespace() || covered[i],
            "char {c:?} at {i} is in no sentence and not set aside"
        );
    }
    for keyword in &result.keywords {
        assert_eq!(keyword.count, keyword.occurrences.len());
        assert!(keyword.density.is_finite() && keyword.score.is_finite());
        for span in &keyword.occurrences {
            assert!(on_boundaries(span));
            let slice = span.slice(text);
            assert!(
                keyword.forms.iter().any(|f| f == slice),
                "{slice:?} is not a form of {:?}",
                keyword.term
            );
        }
    }
    // Each hint belongs to exactly the sentence that lists it, and lies inside it.
    let mut listed = 0;
    for (i, sentence) in result.sentences.iter().enumerate() {
        for h in sentence.hints.iter() {
            let hint = &result.hints[h];
            assert_eq!(hint.sentence, i, "hint {h} listed by sentence {i}");
            assert!(
                sentence.span.start <= hint.span.start && hint.span.end <= sentence.span.end,
                "hint {h} outside its sentence"
            );
            listed += 1;
        }
    }
    assert_eq!(listed, result.hints.len(), "a hint no sentence lists");
    assert!(result.stats.avg_words_per_sentence.is_finite());
    assert!(result.stats.lexical_diversity.mtld.is_finite());
    // UTF-16 conversion agrees with the standard library.
    let index = Utf16Index::new(text);
    for sentence in &result.sentences {
        assert_eq!(
            index.utf16(sentence.span.start),
            text[..sentence.span.start].encode_utf16().count()
        );
    }
}

/// Words the stance, keyword and readability rules look at, and the neighbours they look
/// around (so rules that peek at the next or previous word meet every edge).
const CUE_WORDS: &[&str] = &[
    "so",
    "such",
    "huge",
    "real",
    "said",
    "says",
    "according",
    "to",
    "may",
    "might",
    "could",
    "not",
    "never",
    "no",
    "I",
    "we",
    "you",
    "our",
    "really",
    "very",
    "certainly",
    "clearly",
    "think",
    "believe",
    "critics",
    "officials",
    "sources",
    "reportedly",
    "should",
    "must",
    "please",
    "don't",
    "Ask",
    "is",
    "was",
    "the",
    "of",
    "a",
    "by",
    "told",
    "claimed",
    "South",
    "Korea",
    "U.N.",
    "Mr.",
    "’s",
    ",",
    ".",
    "?",
    "!",
    "\"",
    "“",
    "”",
    ":",
    ";",
    "—",
    "(",
    ")",
    "failure",
    "good",
    "bad",
    "splendid",
    "perhaps",
    "likely",
    "indeed",
];

/// Strings built from the pieces that make segmentation hard.
fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Dr. ".to_string()),
        Just("U.S. ".to_string()),
        Just("e.g. ".to_string()),
        Just("... ".to_string()),
        Just(". . . ".to_string()),
        Just("?! ".to_string()),
        Just("“Quote.” ".to_string()),
        Just("(Aside.) ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("- item\n".to_string()),
        Just("1) step\n".to_string()),
        Just("Share  Tweet  Email\n".to_string()),
        Just("© 2024 Site\n".to_string()),
        Just("会议。".to_string()),
        Just("¿Qué? ".to_string()),
        Just("😀 ".to_string()),
        Just("e\u{301} ".to_string()),
        Just("שלום. ".to_string()),
        Just("3.14 ".to_string()),
        Just("www.x.org/a. ".to_string()),
        Just("It rained. ".to_string()),
        Just("\u{0}".to_string()),
        Just("\r\n".to_string()),
        Just("co-chair ".to_string()),
        Just("don’t ".to_string()),
        "[a-zA-Z]{1,8} ".prop_map(|s| s),
        // Inflection endings after multi-byte letters (a doubled-consonant check once
        // sliced inside "ᙙ"; found by `make fuzz`).
        "[a-zéᙙß]{0,3}[éᙙß]{1,2}(ed|ing|ies|s|'s) ".prop_map(|s| s),
        any::<char>().prop_map(|c| c.to_string()),
        prop::sample::select(CUE_WORDS).prop_map(|w| format!("{w} ")),
        prop::sample::select(CUE_WORDS).prop_map(|w| w.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_string_keeps_the_invariants(text in any::<String>()) {
        check_invariants(&text, true);
        check_invariants(&text, false);
    }

    #[test]
    fn tricky_strings_keep_the_invariants(text in tricky_text()) {
        check_invariants(&text, true);
        check_invariants(&text, false);
    }
}

#[test]
fn edge_inputs() {
    for text in [
        "",
        " ",
        "\n\n\n",
        ".",
        "....",
        "!!!???",
        "\u{0}",
        "a",
        &"x".repeat(100_000),
        &"word ".repeat(20_000),
        &". ".repeat(10_000),
        &"Home\n".repeat(2_000),
        "<script>alert(1)</script><p onclick=\"x()\">Hi.</p>",
    ] {
        check_invariants(text, true);
    }
}

/// The fuzz seeds (among them the inputs of crashes fuzzing found, since fixed) keep the
/// invariants, read as the fuzz target reads its input: lossy UTF-8, here with default
/// options and after the six option bytes alike.
#[test]
fn fuzz_seeds() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/corpus/analyze");
    for entry in std::fs::read_dir(dir).expect("fuzz seeds") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("readable seed");
        for start in [0, 6.min(bytes.len())] {
            let text = String::from_utf8_lossy(&bytes[start..]);
            check_invariants(&text, true);
            check_invariants(&text, false);
        }
    }
}
