use std::time::Instant;
fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/paste/");
    let mut text = String::new();
    for name in ["local_news_library_flood", "review_blog_kettle", "science_explainer_urban_heat"] {
        text.push_str(&std::fs::read_to_string(format!("{dir}{name}.txt")).unwrap());
        text.push_str("\n\n");
    }
    let n = 300;
    let seg = proselens::segment::segment(&text);
    let t = Instant::now(); for _ in 0..n { std::hint::black_box(proselens::segment::segment(&text)); } println!("segment {:?}", t.elapsed()/n);
    let t = Instant::now(); for _ in 0..n { std::hint::black_box(proselens::vocab::Vocabulary::build(&text, &seg.words)); } println!("vocab {:?}", t.elapsed()/n);
    let vocab = proselens::vocab::Vocabulary::build(&text, &seg.words);
    let t = Instant::now(); for _ in 0..n { std::hint::black_box(proselens::cleanup::clean(&text, &seg, &vocab, true)); } println!("cleanup {:?}", t.elapsed()/n);
    let kept: Vec<usize> = (0..seg.sentences.len()).collect();
    let t = Instant::now(); for _ in 0..n { std::hint::black_box(proselens::readability::compute(&seg, &vocab, &kept, &Default::default())); } println!("readability {:?}", t.elapsed()/n);
    let t = Instant::now(); for _ in 0..n { std::hint::black_box(proselens::keywords::extract(&text, &seg, &vocab, &kept, "en", &Default::default())); } println!("keywords {:?}", t.elapsed()/n);
    let t = Instant::now(); for _ in 0..n { std::hint::black_box(proselens::stance::analyze(&text, &seg, &vocab, &kept, &Default::default())); } println!("stance {:?}", t.elapsed()/n);
    let t = Instant::now(); for _ in 0..n { std::hint::black_box(proselens::analyze(&text, &Default::default()).unwrap()); } println!("all {:?}", t.elapsed()/n);
}
