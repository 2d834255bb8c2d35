fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/paste/");
    let mut text = String::new();
    for name in ["local_news_library_flood", "review_blog_kettle", "science_explainer_urban_heat"] {
        text.push_str(&std::fs::read_to_string(format!("{dir}{name}.txt")).unwrap());
        text.push_str("\n\n");
    }
    let seg = proselens::segment::segment(&text);
    let vocab = proselens::vocab::Vocabulary::build(&text, &seg.words);
    let kept: Vec<usize> = (0..seg.sentences.len()).collect();
    for _ in 0..2000 { std::hint::black_box(proselens::keywords::extract(&text, &seg, &vocab, &kept, "en", &Default::default())); }
}
