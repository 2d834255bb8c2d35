//! Reads one word per line on stdin and prints "word<TAB>count". With `--rules`, the rule
//! system alone (no exception table). Used by scripts/syllables.py.

use std::io::{BufRead, Write};

fn main() {
    let rules_only = std::env::args().any(|a| a == "--rules");
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let word = line.expect("UTF-8 input");
        let word = word.trim();
        let n = if rules_only {
            proselens::readability::syllables::rule_count(word)
        } else {
            proselens::readability::syllables::count(word)
        };
        writeln!(out, "{word}\t{n}").expect("stdout");
    }
}
