//! The development pastes in `tests/fixtures/paste/` and their gold (`body`, `keyphrases`),
//! shared by `tests/paste_dev.rs` and `tests/keywords_dev.rs`: a new paste is listed once.
// Each test crate uses part of this module.
#![allow(dead_code)]

use serde_json::Value;
use std::ops::Range;

/// Pastes an editor tagged (`../shared/eval/paste/`).
pub const EDITOR: &[&str] = &[
    "local_news_library_flood",
    "review_blog_kettle",
    "science_explainer_urban_heat",
];

/// Pastes written for proselens and tagged by the session that wrote them (a second
/// opinion, not an editor's: their keyword figures are reported apart).
pub const OWN_TAGGED: &[&str] = &[
    "own_sports_report",
    "own_recipe_blog",
    "own_opinion_column",
    "own_news_interrupted",
    "own_newsletter_email",
    "own_wiki_article",
    "own_product_page",
    "own_business_news",
    "own_health_news",
    "own_tech_news",
    "own_howto_guide",
    "own_live_blog",
    "own_pdf_report",
    "own_press_release",
    "own_health_guide",
    "own_travel_listicle",
    "own_local_pool",
    "own_review_vacuum",
    "own_science_leaves",
    "own_world_maritime",
    "own_pension_explainer",
    "own_science_microplastics",
    "own_court_rentals",
    "own_film_review",
    "own_school_phones",
    "own_wildfire_smoke",
    "own_museum_returns",
    "own_tech_passkeys",
    "own_food_fermentation",
    "own_local_bridge",
    "own_energy_heatpumps",
    "own_world_canal",
    "own_health_apnoea",
    "own_money_bnpl",
    "own_books_review",
    "own_science_coral",
    "own_sports_football",
    "own_tech_chip",
    "own_local_housing",
    "own_explainer_tinnitus",
    "own_business_airline",
    "own_opinion_ai_school",
    "own_recipe_dal",
    "own_space_probe",
    "own_travel_lisbon",
    "own_review_headphones",
    "own_health_measles",
    "own_interview_glacier",
    "own_uni_press_bees",
    "own_gov_guidance_damp",
    "own_de_news_bahn",
    "own_feature_lighthouse",
    "own_listicle_airfryers",
    "own_arxiv_abstract",
    "own_gov_press_release",
    "own_es_news_sequia",
    "own_obituary_botanist",
    "own_howto_router",
];

/// Pastes written for proselens to test cleanup only (no tags).
pub const OWN_UNTAGGED: &[&str] = &["own_news_comments", "own_magazine_pullquote"];

/// Every dev paste.
pub fn all() -> Vec<&'static str> {
    [EDITOR, OWN_TAGGED, OWN_UNTAGGED].concat()
}

/// The text and the gold of paste `name`.
pub fn load(name: &str) -> (String, Value) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/paste/");
    let text = std::fs::read_to_string(format!("{dir}{name}.txt")).expect("paste text");
    let gold = std::fs::read_to_string(format!("{dir}{name}.json")).expect("paste gold");
    (text, serde_json::from_str(&gold).expect("gold JSON"))
}

/// Byte ranges in `text` of the gold's body paragraphs, found in order. Each is matched as
/// whole lines: "Check if you have shingles" is the heading, not the end of the contents
/// entry "1. Check if you have shingles" above it; and as a whole paragraph (blank lines
/// around it) where the text has one: "Reducing condensation" is the heading, not the
/// contents line above it.
pub fn body_ranges(text: &str, gold: &Value) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    for body in gold["body"].as_array().expect("body list") {
        let body = body.as_str().expect("body paragraph");
        let line_before = |at: usize| at == 0 || text[..at].ends_with('\n');
        let line_after = |at: usize| {
            text[at + body.len()..]
                .chars()
                .next()
                .is_none_or(|c| c == '\n' || c == '\r')
        };
        let whole_lines = |at: &usize| line_before(*at) && line_after(*at);
        let whole_paragraph = |at: &usize| {
            let before = text[..*at].trim_end_matches([' ', '\t', '\r']);
            let after = text[at + body.len()..].trim_start_matches([' ', '\t', '\r']);
            (*at == 0
                || before.is_empty()
                || before.ends_with("\n\n")
                || before.ends_with("\n\r\n"))
                && (after.is_empty() || after.starts_with("\n\n") || after.starts_with("\n\r\n"))
        };
        let found: Vec<usize> = text[from..]
            .match_indices(body)
            .map(|(k, _)| k + from)
            .filter(whole_lines)
            .collect();
        let at = found
            .iter()
            .copied()
            .find(whole_paragraph)
            .or(found.first().copied())
            .unwrap_or_else(|| panic!("gold body is in the text, as whole lines: {body:?}"));
        out.push(at..at + body.len());
        from = at + body.len();
    }
    out
}
