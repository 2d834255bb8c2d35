#![cfg(not(target_arch = "wasm32"))]
//! Paste cleanup on the development pastes (`tests/fixtures/paste/`): the article body an
//! editor marked must be kept, everything else set aside. Measured on non-whitespace
//! characters: body kept (recall of the body) and furniture removed.

#[path = "support/dev_pastes.rs"]
mod dev_pastes;

use dev_pastes::load;
use serde_json::Value;

/// (body kept, furniture removed) as fractions of non-whitespace characters.
fn score(text: &str, gold: &Value) -> (f64, f64) {
    let mut is_body = vec![false; text.len()];
    for range in dev_pastes::body_ranges(text, gold) {
        is_body[range].iter_mut().for_each(|b| *b = true);
    }
    let result = proselens::analyze(text, &Default::default()).expect("valid options");
    let mut set_aside = vec![false; text.len()];
    for block in &result.cleanup.blocks {
        set_aside[block.span.start..block.span.end]
            .iter_mut()
            .for_each(|b| *b = true);
    }
    let (mut body, mut body_kept, mut furniture, mut furniture_removed) = (0, 0, 0, 0);
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        if is_body[i] {
            body += 1;
            body_kept += usize::from(!set_aside[i]);
        } else {
            furniture += 1;
            furniture_removed += usize::from(set_aside[i]);
        }
    }
    (
        body_kept as f64 / body as f64,
        furniture_removed as f64 / furniture as f64,
    )
}

/// The worst (body kept, furniture removed) over `names`, each paste passed through
/// `prepare` first; prints every paste's figures, tagged with `label`.
fn worst_of(names: &[&str], label: &str, prepare: impl Fn(&str) -> String) -> (f64, f64) {
    let mut worst = (1.0f64, 1.0f64);
    for name in names {
        let (text, gold) = load(name);
        let (kept, removed) = score(&prepare(&text), &gold);
        println!(
            "{name}{label}: body kept {:.1} %, furniture removed {:.1} %",
            kept * 100.0,
            removed * 100.0
        );
        worst = (worst.0.min(kept), worst.1.min(removed));
    }
    worst
}

#[test]
fn dev_pastes_keep_the_body_and_drop_the_furniture() {
    let worst = worst_of(&dev_pastes::all(), "", str::to_string);
    assert!(worst.0 >= 0.98, "body kept {:.3} < 0.98", worst.0);
    assert!(worst.1 >= 0.95, "furniture removed {:.3} < 0.95", worst.1);
}

/// The same paste with single line breaks between paragraphs (some sites and apps copy
/// that way): every blank-line run becomes one line break.
fn single_spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[test]
fn single_spaced_pastes_keep_the_body_and_drop_the_furniture() {
    // (Not the hard-wrapped e-mail nor the PDF report: without blank lines their
    // paragraphs and their furniture are one wrapped run of lines, which nothing can take
    // apart.)
    let names: Vec<&str> = dev_pastes::all()
        .into_iter()
        .filter(|n| !matches!(*n, "own_newsletter_email" | "own_pdf_report"))
        .collect();
    let worst = worst_of(&names, " (single-spaced)", single_spaced);
    assert!(worst.0 >= 0.95, "body kept {:.3} < 0.95", worst.0);
    assert!(worst.1 >= 0.9, "furniture removed {:.3} < 0.9", worst.1);
}

#[test]
fn set_aside_blocks_say_why() {
    let (text, _) = load("local_news_library_flood");
    let result = proselens::analyze(&text, &Default::default()).expect("valid options");
    let last = result
        .cleanup
        .blocks
        .iter()
        .rev()
        .find(|b| b.span.slice(&text).contains("Harlow River burst"));
    let last = last.expect("the truncated copy is set aside");
    assert_eq!(last.detail, "truncated repeat of earlier text");
    let off = proselens::analyze(
        &text,
        &proselens::Options {
            cleanup: false,
            ..Default::default()
        },
    )
    .unwrap();
    assert!(off.cleanup.blocks.is_empty());
    assert!(off.stats.words > result.stats.words);
}

/// Keeping a set-aside stretch (the page's undo) brings its text back into the analysis.
#[test]
fn keep_restores_a_set_aside_stretch() {
    let text = std::fs::read_to_string("tests/fixtures/paste/own_news_comments.txt")
        .expect("the own paste fixture");
    let cleaned = proselens::analyze(&text, &Default::default()).unwrap();
    let first = cleaned.cleanup.blocks[0].span;
    let options = proselens::Options {
        keep: vec![first.start, 12_345_678],
        ..Default::default()
    };
    let kept = proselens::analyze(&text, &options).unwrap();
    assert_eq!(kept.cleanup.blocks.len(), cleaned.cleanup.blocks.len() - 1);
    assert!(kept.cleanup.blocks.iter().all(|b| b.span != first));
    assert!(kept.stats.words > cleaned.stats.words);
    assert!(kept
        .sentences
        .iter()
        .any(|s| s.span.start >= first.start && s.span.end <= first.end));
}

/// The headline (and standfirst) found for keyword ranking: the heading nearest above the
/// article body, not the site name or a section label above it.
#[test]
fn lead_is_the_headline() {
    let expected: &[(&str, &[&str])] = &[
        (
            "local_news_library_flood",
            &["Millbrook library to stay closed until spring after flood damage"],
        ),
        (
            "review_blog_kettle",
            &["Brightwell K2 review: a smart kettle that is smart where it counts"],
        ),
        (
            "science_explainer_urban_heat",
            &[
                "Why are cities hotter than the countryside?",
                "Concrete, cars and a lack of shade all play a part, and some fixes are surprisingly cheap.",
            ],
        ),
    ];
    for (name, lead) in expected {
        let (text, _) = load(name);
        let seg = proselens::segment::segment(&text);
        let vocab = proselens::vocab::Vocabulary::build(&text, &seg.words);
        let cleaned = proselens::cleanup::clean(&text, &seg, &vocab, true);
        let found: Vec<&str> = cleaned
            .lead
            .iter()
            .map(|&b| seg.blocks[b].span.slice(&text).trim())
            .collect();
        assert_eq!(&found, lead, "{name}");
    }
}

/// A draft without page furniture: its first heading is the title; plain text has none.
#[test]
fn lead_of_a_draft() {
    for (text, lead) in [
        (
            "# Storm closes the harbour\n\nThe harbour closed on Monday after a storm.\n",
            1,
        ),
        (
            "The harbour closed on Monday after a storm.\n\nIt reopens soon.\n",
            0,
        ),
        // One long block is no headline, even without a full stop.
        (
            &"and the committee may approve the long-term plan ".repeat(30),
            0,
        ),
    ] {
        let seg = proselens::segment::segment(text);
        let vocab = proselens::vocab::Vocabulary::build(text, &seg.words);
        let cleaned = proselens::cleanup::clean(text, &seg, &vocab, true);
        assert_eq!(cleaned.lead.len(), lead, "{text:?}");
    }
}

/// Section headings that repeat a table of contents stay in the body; the contents entry
/// that repeats the headline is set aside as a repeat.
#[test]
fn headings_listed_in_a_table_of_contents_are_kept() {
    let (text, _) = load("own_howto_guide");
    let result = proselens::analyze(&text, &Default::default()).expect("valid");
    let body_start = text.find("Snake plants are famously").expect("body");
    let heading = text[body_start..]
        .find("How to repot a snake plant\n")
        .map(|k| k + body_start)
        .expect("section heading");
    assert!(
        result
            .cleanup
            .blocks
            .iter()
            .all(|b| !(b.span.start <= heading && heading < b.span.end)),
        "the section heading is set aside"
    );
    let entry = text
        .find("How to repot a snake plant\n")
        .expect("contents entry");
    let stretch = result
        .cleanup
        .blocks
        .iter()
        .find(|b| b.span.start <= entry && entry < b.span.end)
        .expect("the contents entry is set aside");
    assert_eq!(stretch.detail, "repeats earlier text");
}
