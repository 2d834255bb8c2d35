//! The JSON the wasm boundary hands to `JSON.parse`: the wire form's head and the full
//! result (`analyzeFull`), written by hand.
//!
//! The types of the result also derive `serde::Serialize` for Rust users, and a test
//! checks that this writer and `serde_json` produce the same JSON values for them. The
//! engine does not ship `serde_json` itself: its generic serialiser code was about 20 KB
//! of the wasm (6 KB gzip). Numbers follow `serde_json`: integers in decimal, finite
//! floats in their shortest round-trip form (`zmij`, which `serde_json` uses too), and
//! NaN or infinite floats as `null`.

use crate::analysis::{
    Analysis, BlockInfo, BoosterType, CleanupReport, Confidence, Consensus, Difficulty, Formula,
    Hint, HintCounts, HintKind, HintRange, HintRates, Inputs, Keyword, LexicalDiversity,
    Readability, SentenceInfo, SentenceStance, Stats, Summary, Warning,
};
use crate::cleanup::{Reason, SetAside};
use crate::language::Language;
use crate::segment::BlockKind;
use crate::span::Span;

/// A JSON document being written.
pub struct Json {
    buf: Vec<u8>,
}

impl Json {
    /// An empty document with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Self {
        Json {
            buf: Vec::with_capacity(capacity),
        }
    }

    /// The document's bytes (UTF-8).
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }

    /// Opens an object; write its members with [`Json::key`] and close it with `b'}'`
    /// through [`Json::close`].
    #[inline(never)]
    pub fn open(&mut self, bracket: u8) {
        self.buf.push(bracket);
    }

    /// Closes an object or array.
    #[inline(never)]
    pub fn close(&mut self, bracket: u8) {
        self.buf.push(bracket);
    }

    /// Writes a member name (and the comma before it unless it is the first).
    #[inline(never)]
    pub fn key(&mut self, first: &mut bool, name: &str) {
        if !std::mem::take(first) {
            self.buf.push(b',');
        }
        self.string(name);
        self.buf.push(b':');
    }

    /// Writes a string, escaped as `serde_json` escapes it.
    #[inline(never)]
    pub fn string(&mut self, s: &str) {
        self.buf.push(b'"');
        let bytes = s.as_bytes();
        let mut run = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let short = match b {
                b'"' => b'"',
                b'\\' => b'\\',
                b'\n' => b'n',
                b'\r' => b'r',
                b'\t' => b't',
                0x08 => b'b',
                0x0C => b'f',
                0..=0x1F => b'u',
                _ => continue,
            };
            self.buf.extend_from_slice(&bytes[run..i]);
            run = i + 1;
            self.buf.extend_from_slice(&[b'\\', short]);
            if short == b'u' {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.buf.extend_from_slice(&[
                    b'0',
                    b'0',
                    HEX[usize::from(b >> 4)],
                    HEX[usize::from(b & 15)],
                ]);
            }
        }
        self.buf.extend_from_slice(&bytes[run..]);
        self.buf.push(b'"');
    }

    /// Writes an unsigned integer.
    #[inline(never)]
    pub fn unsigned(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.buf.extend_from_slice(&digits[at..]);
    }

    /// Writes raw JSON (`true`, `null`, …).
    #[inline(never)]
    pub fn raw(&mut self, json: &[u8]) {
        self.buf.extend_from_slice(json);
    }

    /// Writes an array of `n` items, item `i` by `item(i, self)`. (One body for every kind
    /// of list: each list type adds only its small `item` closure to the engine.)
    #[inline(never)]
    pub fn list(&mut self, n: usize, item: &mut dyn FnMut(usize, &mut Json)) {
        self.buf.push(b'[');
        for i in 0..n {
            if i > 0 {
                self.buf.push(b',');
            }
            item(i, self);
        }
        self.buf.push(b']');
    }

    /// Writes a float (`null` when it is not finite).
    #[inline(never)]
    pub fn float(&mut self, v: f64) {
        if v.is_finite() {
            self.buf
                .extend_from_slice(zmij::Buffer::new().format_finite(v).as_bytes());
        } else {
            self.raw(b"null");
        }
    }
}

/// A value that writes itself as JSON.
pub trait ToJson {
    /// Appends the JSON of `self` to `out`.
    fn to_json(&self, out: &mut Json);
}

/// Writes the JSON object of a struct: `"name" => field` pairs in order.
macro_rules! object {
    ($ty:ty { $($name:literal => $field:ident),* $(,)? }) => {
        impl $crate::json::ToJson for $ty {
            fn to_json(&self, out: &mut $crate::json::Json) {
                out.open(b'{');
                let mut first = true;
                $(
                    out.key(&mut first, $name);
                    self.$field.to_json(out);
                )*
                out.close(b'}');
            }
        }
    };
}
pub(crate) use object;

/// [`ToJson`] for a keyword row: the members of the contract's `Keyword`, written once for
/// the full form ([`crate::analysis::Keyword`]) and the wire form (`wire::WireKeyword`).
macro_rules! keyword_object {
    ($ty:ty) => {
        $crate::json::object!($ty {
            "term" => term,
            "words" => words,
            "kind" => kind,
            "count" => count,
            "density" => density,
            "score" => score,
            "forms" => forms,
            "occurrences" => occurrences,
        });
    };
}
pub(crate) use keyword_object;

impl ToJson for str {
    fn to_json(&self, out: &mut Json) {
        out.string(self);
    }
}

impl ToJson for String {
    fn to_json(&self, out: &mut Json) {
        out.string(self);
    }
}

impl ToJson for std::sync::Arc<str> {
    fn to_json(&self, out: &mut Json) {
        out.string(self);
    }
}

impl ToJson for bool {
    fn to_json(&self, out: &mut Json) {
        out.raw(if *self { b"true" } else { b"false" });
    }
}

impl ToJson for usize {
    fn to_json(&self, out: &mut Json) {
        out.unsigned(*self as u64);
    }
}

impl ToJson for i8 {
    fn to_json(&self, out: &mut Json) {
        if *self < 0 {
            out.raw(b"-");
        }
        out.unsigned(u64::from(self.unsigned_abs()));
    }
}

impl ToJson for f64 {
    fn to_json(&self, out: &mut Json) {
        out.float(*self);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn to_json(&self, out: &mut Json) {
        (**self).to_json(out);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self, out: &mut Json) {
        match self {
            Some(value) => value.to_json(out),
            None => out.raw(b"null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self, out: &mut Json) {
        out.list(self.len(), &mut |i, out| self[i].to_json(out));
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self, out: &mut Json) {
        self.as_slice().to_json(out);
    }
}

impl<T: ToJson, const N: usize> ToJson for [T; N] {
    fn to_json(&self, out: &mut Json) {
        self.as_slice().to_json(out);
    }
}

/// Labels written as their names.
macro_rules! label {
    ($($ty:ty),*) => {
        $(impl ToJson for $ty {
            fn to_json(&self, out: &mut Json) {
                out.string(self.as_str());
            }
        })*
    };
}
label!(
    Difficulty,
    Confidence,
    BoosterType,
    HintKind,
    BlockKind,
    Reason
);

impl ToJson for Inputs {
    fn to_json(&self, out: &mut Json) {
        out.open(b'{');
        let mut first = true;
        for (name, value) in self.iter() {
            out.key(&mut first, name);
            out.float(value);
        }
        out.close(b'}');
    }
}

impl ToJson for HintRange {
    fn to_json(&self, out: &mut Json) {
        let start = self.start as u64;
        out.list(self.len(), &mut |i, out| out.unsigned(start + i as u64));
    }
}

object!(Span { "start" => start, "end" => end });
object!(Language { "code" => code, "detected" => detected, "confidence" => confidence });
object!(SetAside { "span" => span, "reason" => reason, "detail" => detail });
object!(CleanupReport { "blocks" => blocks });
object!(BlockInfo { "span" => span, "kind" => kind, "kept" => kept });
object!(LexicalDiversity { "ttr" => ttr, "mtld" => mtld });
object!(Stats {
    "characters" => characters,
    "letters" => letters,
    "words" => words,
    "sentences" => sentences,
    "paragraphs" => paragraphs,
    "syllables" => syllables,
    "polysyllables" => polysyllables,
    "complexWords" => complex_words,
    "longWords" => long_words,
    "uniqueWords" => unique_words,
    "avgWordsPerSentence" => avg_words_per_sentence,
    "avgSyllablesPerWord" => avg_syllables_per_word,
    "readingTimeSeconds" => reading_time_seconds,
    "speakingTimeSeconds" => speaking_time_seconds,
    "lexicalDiversity" => lexical_diversity,
});
object!(Consensus { "grade" => grade, "band" => band, "spread" => spread });
object!(Formula {
    "id" => id,
    "name" => name,
    "value" => value,
    "grade" => grade,
    "band" => band,
    "inputs" => inputs,
    "note" => note,
});
object!(Readability { "consensus" => consensus, "formulas" => formulas });
keyword_object!(Keyword);
object!(SentenceStance {
    "hedged" => hedged,
    "boosted" => boosted,
    "attributed" => attributed,
    "unnamedSource" => unnamed_source,
    "evaluative" => evaluative,
    "polarity" => polarity,
    "sentiment" => sentiment,
    "question" => question,
    "selfMention" => self_mention,
    "readerPronoun" => reader_pronoun,
    "directive" => directive,
});
object!(SentenceInfo {
    "span" => span,
    "block" => block,
    "words" => words,
    "syllables" => syllables,
    "grade" => grade,
    "difficulty" => difficulty,
    "stance" => stance,
    "hints" => hints,
});
object!(Hint {
    "kind" => kind,
    "cue" => cue,
    "span" => span,
    "sentence" => sentence,
    "confidence" => confidence,
    "message" => message,
    "polarity" => polarity,
    "boosterType" => booster_type,
    "source" => source,
});
/// The per-kind objects of the summary (counts and rates), one member per hint kind.
macro_rules! by_hint_kind {
    ($($ty:ty),*) => {
        $(object!($ty {
            "hedge" => hedge,
            "booster" => booster,
            "attribution" => attribution,
            "evaluative" => evaluative,
            "question" => question,
            "self-mention" => self_mention,
            "reader-pronoun" => reader_pronoun,
            "directive" => directive,
        });)*
    };
}
by_hint_kind!(HintCounts, HintRates);
object!(Summary {
    "hintCounts" => hint_counts,
    "ratesPer100Sentences" => rates_per100_sentences,
    "tone" => tone,
});
object!(Warning { "code" => code, "message" => message });
object!(Analysis {
    "schemaVersion" => schema_version,
    "language" => language,
    "cleanup" => cleanup,
    "blocks" => blocks,
    "stats" => stats,
    "readability" => readability,
    "keywords" => keywords,
    "sentences" => sentences,
    "hints" => hints,
    "summary" => summary,
    "warnings" => warnings,
});

#[cfg(test)]
mod tests {
    use super::*;

    fn written<T: ToJson + ?Sized>(value: &T) -> serde_json::Value {
        let mut out = Json::with_capacity(64);
        value.to_json(&mut out);
        serde_json::from_slice(&out.into_bytes()).expect("valid JSON")
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        for s in [
            "plain",
            "q\"uote",
            "back\\slash",
            "nl\nr\rt\t",
            "\u{1}\u{1f}\u{7f}",
            "é😀",
        ] {
            let mut out = Json::with_capacity(16);
            out.string(s);
            let ours = String::from_utf8(out.into_bytes()).expect("UTF-8");
            assert_eq!(ours, serde_json::to_string(s).expect("string"), "{s:?}");
        }
    }

    #[test]
    fn numbers_match_serde_json() {
        for n in [0u64, 7, 10, 12345, u64::from(u32::MAX), u64::MAX] {
            let mut out = Json::with_capacity(16);
            out.unsigned(n);
            assert_eq!(out.into_bytes(), n.to_string().into_bytes());
        }
        for v in [
            0.0,
            -0.0,
            1.0,
            2.5,
            -13.75,
            1e-7,
            1e21,
            f64::NAN,
            f64::INFINITY,
        ] {
            let mut out = Json::with_capacity(16);
            out.float(v);
            let ours = String::from_utf8(out.into_bytes()).expect("UTF-8");
            assert_eq!(ours, serde_json::to_string(&v).expect("float"), "{v}");
        }
        for p in [-1i8, 0, 1, i8::MIN] {
            assert_eq!(written(&p), serde_json::json!(p));
        }
    }

    #[test]
    fn analyses_match_serde_json() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/paste/");
        let mut texts: Vec<String> = ["own_live_blog", "own_news_comments", "own_court_rentals"]
            .iter()
            .map(|name| std::fs::read_to_string(format!("{dir}{name}.txt")).expect("fixture"))
            .collect();
        texts.push(String::new());
        texts.push("Is it \"safe\"?\tMaybe.\u{1}".to_string());
        for text in &texts {
            let analysis = crate::analyze(text, &Default::default()).expect("default options");
            // The same text: same members in the same order, same number formats.
            let expected = serde_json::to_string(&analysis).expect("serialisable");
            let mut out = Json::with_capacity(64);
            analysis.to_json(&mut out);
            let ours = String::from_utf8(out.into_bytes()).expect("UTF-8");
            if ours != expected {
                let parse = |s: &str| serde_json::from_str(s).expect("valid JSON");
                let at = first_difference(&parse(&ours), &parse(&expected), "$");
                panic!("the JSON differs from serde_json's at {at:?}");
            }
        }
    }

    /// The path of the first place where `a` and `b` differ, with both values there.
    fn first_difference(
        a: &serde_json::Value,
        b: &serde_json::Value,
        path: &str,
    ) -> Option<String> {
        use serde_json::Value;
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                let keys =
                    |m: &serde_json::Map<String, Value>| m.keys().cloned().collect::<Vec<_>>();
                if keys(x) != keys(y) {
                    return Some(format!("{path}: keys {:?} vs {:?}", keys(x), keys(y)));
                }
                x.iter()
                    .find_map(|(k, v)| first_difference(v, &y[k], &format!("{path}.{k}")))
            }
            (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
                .iter()
                .zip(y)
                .enumerate()
                .find_map(|(i, (v, w))| first_difference(v, w, &format!("{path}[{i}]"))),
            _ if a == b => None,
            _ => Some(format!("{path}: {a} vs {b}")),
        }
    }
}
