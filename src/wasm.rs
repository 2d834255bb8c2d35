//! The JavaScript boundary: the only file that names `wasm_bindgen` or `js_sys`.
//!
//! It reads options from a plain JS object, runs the pure-Rust core, converts every byte
//! span to UTF-16 code units in one pass over the text, and returns a plain JS object
//! (no wasm-bindgen classes, nothing to `free()`). Invalid options become a real JS `Error`
//! with a `code` property; the text itself never causes an error.

use crate::readability::ReadabilityOptions;
use crate::{analyze as analyze_core, Error, Options, Utf16Index};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Installs the panic hook in debug builds, so a bug shows a Rust message in the console.
#[wasm_bindgen(start)]
pub fn start() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}

fn js_error(code: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.into());
    error.into()
}

impl From<Error> for JsValue {
    fn from(error: Error) -> JsValue {
        js_error(error.code, &error.message)
    }
}

fn read_options(options: JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(js_error(
            "ERR_INVALID_OPTIONS",
            "options must be a plain object",
        ));
    }
    // serde-wasm-bindgen reads only the fields it knows, so unknown keys are checked here.
    check_keys(&options, "", Options::FIELDS)?;
    check_nested(&options, "readability", ReadabilityOptions::FIELDS)?;
    check_nested(
        &options,
        "keywords",
        crate::keywords::KeywordOptions::FIELDS,
    )?;
    check_nested(&options, "hints", crate::stance::HintOptions::FIELDS)?;
    if let Ok(hints) = js_sys::Reflect::get(&options, &"hints".into()) {
        if hints.is_object() {
            check_nested(&hints, "add", crate::stance::CueEdits::FIELDS)?;
            check_nested(&hints, "remove", crate::stance::CueEdits::FIELDS)?;
        }
    }
    serde_wasm_bindgen::from_value(options)
        .map_err(|e| js_error("ERR_INVALID_OPTIONS", &format!("invalid options: {e}")))
}

/// Checks the keys of `parent[name]` when it is an object.
fn check_nested(parent: &JsValue, name: &str, known: &[&str]) -> Result<(), JsValue> {
    let value = js_sys::Reflect::get(parent, &name.into()).unwrap_or(JsValue::UNDEFINED);
    if value.is_object() {
        check_keys(&value, &format!("{name}."), known)?;
    }
    Ok(())
}

/// Fails when `object` has a key outside `known` (reported with `prefix`).
fn check_keys(object: &JsValue, prefix: &str, known: &[&str]) -> Result<(), JsValue> {
    for key in js_sys::Object::keys(object.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            return Err(js_error(
                "ERR_INVALID_OPTIONS",
                &format!(
                    "unknown option {prefix}{key}; known options: {}",
                    known
                        .iter()
                        .map(|k| format!("{prefix}{k}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
    }
    Ok(())
}

/// Builds the JS value through one JSON string and one `JSON.parse`: far fewer calls across
/// the boundary than setting every property from Rust. `capacity` is the expected size:
/// writing into a buffer that never grows saves the copies (and the transient double
/// memory) of a doubling string, which for a large text is several megabytes.
fn to_js<T: Serialize>(value: &T, capacity: usize) -> Result<JsValue, JsValue> {
    let internal = |e: &dyn std::fmt::Display| {
        js_error("ERR_INTERNAL", &format!("could not build the result: {e}"))
    };
    let mut json = Vec::with_capacity(capacity);
    serde_json::to_writer(&mut json, value).map_err(|e| internal(&e))?;
    let json = std::str::from_utf8(&json).map_err(|e| internal(&e))?;
    js_sys::JSON::parse(json)
}

/// About how many bytes of JSON the full form of an analysis takes: per sentence, hint and
/// keyword occurrence, measured on prose and pastes (a little over, so the buffer rarely
/// grows).
fn json_size(analysis: &crate::Analysis) -> usize {
    let occurrences: usize = analysis.keywords.iter().map(|k| k.occurrences.len()).sum();
    4096 + 420 * analysis.sentences.len()
        + 240 * analysis.hints.len()
        + 40 * occurrences
        + 80 * (analysis.blocks.len() + analysis.cleanup.blocks.len())
}

/// Runs the analysis with options from JS and converts every span to UTF-16 code units.
fn analyze_utf16(text: &str, options: JsValue) -> Result<crate::Analysis, JsValue> {
    let mut options = read_options(options)?;
    let index = Utf16Index::new(text);
    for start in &mut options.keep {
        *start = index.byte(*start);
    }
    let mut analysis = analyze_core(text, &options)?;
    analysis.spans_mut(|span| *span = index.span(*span));
    Ok(analysis)
}

/// Analyses `text` and returns the analysis in its wire form (see [`crate::wire`]);
/// `js/wire.js` turns it into the Analysis object with UTF-16 spans.
#[wasm_bindgen(js_name = analyze, skip_typescript)]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let analysis = analyze_utf16(text, options)?;
    let wire = crate::wire::Wire::new(&analysis);
    let head = to_js(&wire, wire.json_size())?;
    // Each column is copied once into a JS-owned typed array (see crate::wire).
    let columns: [(&str, JsValue); 5] = [
        ("blocks", js_sys::Uint32Array::from(&wire.blocks[..]).into()),
        (
            "sentences",
            js_sys::Uint32Array::from(&wire.sentences[..]).into(),
        ),
        (
            "sentenceScores",
            js_sys::Float64Array::from(&wire.sentence_scores[..]).into(),
        ),
        (
            "sentenceHints",
            js_sys::Uint32Array::from(&wire.sentence_hints[..]).into(),
        ),
        ("hints", js_sys::Uint32Array::from(&wire.hints[..]).into()),
    ];
    for (name, column) in columns {
        js_sys::Reflect::set(&head, &name.into(), &column)?;
    }
    Ok(head)
}

/// Analyses `text` and returns the Analysis object itself, built from one JSON string. The
/// same result as `analyze` after decoding, about a third slower on long texts: the
/// reference the tests compare the wire form against.
#[wasm_bindgen(js_name = analyzeFull, skip_typescript)]
pub fn analyze_full(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let analysis = analyze_utf16(text, options)?;
    to_js(&analysis, json_size(&analysis))
}

/// The version of the result shape this engine produces.
#[wasm_bindgen(js_name = schemaVersion, skip_typescript)]
pub fn schema_version() -> String {
    crate::SCHEMA_VERSION.to_string()
}

/// Syllables in one word, as the readability formulas count them. `language` other than
/// English (or absent) uses vowel groups only.
#[wasm_bindgen(js_name = countSyllables, skip_typescript)]
pub fn count_syllables(word: &str, language: Option<String>) -> usize {
    crate::readability::syllables::count_for_language(word, language.as_deref().unwrap_or("en"))
}
