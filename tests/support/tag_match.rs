//! Scoring keyword rows against an editor's tags, shared by `tests/keywords_dev.rs` and
//! `examples/keywords.rs`. A row matches a tag when they are equal ignoring case and a
//! possessive, or when one contains the other as whole words; each tag is used once, and
//! exact matches are tried before containment.

/// Lower case, straight apostrophes, no possessive "'s", single spaces.
pub fn norm(s: &str) -> String {
    s.to_lowercase()
        .replace('’', "'")
        .replace("'s", "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn contains_words(outer: &str, inner: &str) -> bool {
    format!(" {outer} ").contains(&format!(" {inner} "))
}

/// Scores of the top `k` rows against the tags.
#[derive(Debug, Clone)]
pub struct Score {
    /// Rows that matched a tag exactly (after normalisation).
    pub exact: usize,
    /// hits / k.
    pub precision: f64,
    /// Harmonic mean of precision and hits / tags.
    pub f1: f64,
    /// Indexes of the tags no row matched.
    pub unmatched: Vec<usize>,
}

/// Scores the first `k` rows against `tags`.
pub fn score_at(rows: &[&str], tags: &[&str], k: usize) -> Score {
    let tags: Vec<String> = tags.iter().map(|t| norm(t)).collect();
    let mut used = vec![false; tags.len()];
    let (mut hits, mut exact) = (0, 0);
    for row in rows.iter().take(k) {
        let row = norm(row);
        let same = (0..tags.len()).find(|&i| !used[i] && row == tags[i]);
        let loose = || {
            (0..tags.len()).find(|&i| {
                !used[i] && (contains_words(&row, &tags[i]) || contains_words(&tags[i], &row))
            })
        };
        if let Some(i) = same.or_else(loose) {
            used[i] = true;
            hits += 1;
            exact += usize::from(same.is_some());
        }
    }
    let precision = hits as f64 / k as f64;
    let recall = if tags.is_empty() {
        0.0
    } else {
        hits as f64 / tags.len() as f64
    };
    let f1 = if hits > 0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let unmatched = (0..tags.len()).filter(|&i| !used[i]).collect();
    Score {
        exact,
        precision,
        f1,
        unmatched,
    }
}
