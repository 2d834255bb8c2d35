//! Language detection from function-word profiles.
//!
//! Each supported language (en, de, es, fr, it, nl, pt, ru) has a short list of its most
//! frequent function words. The language whose list covers the most words of the text wins;
//! on paragraphs of ordinary prose the winner covers 30–50 % of the words and the runner-up
//! far fewer. Confidence is the winner's share of all list hits. Too little evidence (fewer
//! than five hits) gives English with `detected: false`.

use crate::lexicon::{expand, list_body, ListTable};
use serde::Serialize;
use std::sync::LazyLock;

/// Language codes the engine knows, in tie-breaking order.
pub const SUPPORTED: [&str; 8] = ["en", "de", "es", "fr", "it", "nl", "pt", "ru"];

/// The language of a text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Language {
    /// ISO 639-1 code.
    pub code: String,
    /// False when the code was given in the options or the evidence was too thin.
    pub detected: bool,
    /// Share of function-word hits that belong to the chosen language, 0–1.
    pub confidence: f64,
}

/// Fewer hits than this and we do not claim to have detected anything.
const MIN_HITS: usize = 5;
/// Words looked at: detection needs no more than the first few thousand.
const MAX_WORDS: usize = 5000;

/// The function-word profiles of [`SUPPORTED`] in one table: bit `k` for `SUPPORTED[k]`
/// (built from the list files directly: detection needs no per-language set).
static PROFILES: LazyLock<ListTable> = LazyLock::new(|| {
    ListTable::new(&[
        expand(list_body!("function_words_en.txt")),
        expand(list_body!("function_words_de.txt")),
        expand(list_body!("function_words_es.txt")),
        expand(list_body!("function_words_fr.txt")),
        expand(list_body!("function_words_it.txt")),
        expand(list_body!("function_words_nl.txt")),
        expand(list_body!("function_words_pt.txt")),
        expand(list_body!("function_words_ru.txt")),
    ])
});

/// Bit `k` set when `lower` is in the profile of `SUPPORTED[k]`.
fn profile_mask(lower: &str) -> u16 {
    PROFILES.lists_of(lower) as u16
}

/// Detects the language of words given as lower-case vocabulary ids (see
/// [`crate::vocab`]); each distinct form is looked up once.
pub fn detect_ids(ids: impl Iterator<Item = u32>, lowers: &[impl AsRef<str>]) -> Language {
    const UNKNOWN: u16 = u16::MAX;
    let mut masks = vec![UNKNOWN; lowers.len()];
    let mut hits = [0usize; 8];
    for id in ids.take(MAX_WORDS) {
        let slot = &mut masks[id as usize];
        if *slot == UNKNOWN {
            *slot = profile_mask(lowers[id as usize].as_ref());
        }
        for (k, hit) in hits.iter_mut().enumerate() {
            *hit += usize::from(*slot & (1 << k) != 0);
        }
    }
    decide(hits)
}

/// Detects the language of the given words (any case).
pub fn detect<'a>(words: impl Iterator<Item = &'a str>) -> Language {
    let lowers: Vec<String> = words.take(MAX_WORDS).map(crate::vocab::normalise).collect();
    detect_ids(0..lowers.len() as u32, &lowers)
}

fn decide(hits: [usize; 8]) -> Language {
    let total: usize = hits.iter().sum();
    let (best, &best_hits) = hits
        .iter()
        .enumerate()
        .max_by_key(|(k, h)| (**h, usize::MAX - k))
        .expect("eight profiles");
    if best_hits < MIN_HITS {
        return Language {
            code: "en".into(),
            detected: false,
            confidence: 0.0,
        };
    }
    Language {
        code: SUPPORTED[best].into(),
        detected: true,
        confidence: best_hits as f64 / total as f64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> String {
        detect(text.split_whitespace()).code
    }

    #[test]
    fn detects_each_language() {
        assert_eq!(code("The council said that the library will stay closed until the spring and that it is safe."), "en");
        assert_eq!(code("Der Rat sagte, dass die Bibliothek bis zum Frühjahr geschlossen bleibt und nicht sicher ist."), "de");
        assert_eq!(code("El consejo dijo que la biblioteca seguirá cerrada hasta la primavera y que no es segura."), "es");
        assert_eq!(code("Le conseil a dit que la bibliothèque restera fermée jusqu'au printemps et qu'elle est sûre pour les enfants."), "fr");
        assert_eq!(code("Il consiglio ha detto che la biblioteca resterà chiusa fino alla primavera e che non è sicura per gli studenti."), "it");
        assert_eq!(code("De raad zei dat de bibliotheek tot het voorjaar gesloten blijft en dat het niet veilig is voor de kinderen."), "nl");
        assert_eq!(code("O conselho disse que a biblioteca vai ficar fechada até a primavera e que não é segura para os alunos."), "pt");
        assert_eq!(code("Совет сказал, что библиотека будет закрыта до весны и что это не безопасно для них."), "ru");
    }

    #[test]
    fn thin_evidence_is_not_detected() {
        let lang = detect("Hello world".split_whitespace());
        assert_eq!(lang.code, "en");
        assert!(!lang.detected);
    }
}
