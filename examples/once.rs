//! Runs the full analysis on the dev pastes 50 times (for profilers such as callgrind).
fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/paste/");
    let mut text = String::new();
    for name in [
        "local_news_library_flood",
        "review_blog_kettle",
        "science_explainer_urban_heat",
    ] {
        text.push_str(&std::fs::read_to_string(format!("{dir}{name}.txt")).expect("fixture"));
        text.push_str("\n\n");
    }
    for _ in 0..50 {
        std::hint::black_box(proselens::analyze(&text, &Default::default()).expect("valid"));
    }
}
