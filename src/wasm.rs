//! The JavaScript boundary: the only file that names `wasm_bindgen` or `js_sys`.
//!
//! It reads options from a plain JS object, runs the pure-Rust core, converts every byte
//! span to UTF-16 code units in one pass over the text, and returns a plain JS object
//! (no wasm-bindgen classes, nothing to `free()`). Invalid options become a real JS `Error`
//! with a `code` property; the text itself never causes an error.

use crate::readability::ReadabilityOptions;
use crate::{analyze as analyze_core, Error, Options, Utf16Index};
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
    if !is_plain_object(&options) {
        return Err(invalid("options must be a plain object"));
    }
    check_keys(&options, "", Options::FIELDS)?;
    let mut out = Options::default();
    let strings = |v: &JsValue, name: &str| list(v, name, string);
    if let Some(v) = get(&options, "", "language", string)? {
        out.language = Some(v);
    }
    if let Some(v) = get(&options, "", "cleanup", boolean)? {
        out.cleanup = v;
    }
    if let Some(v) = get(&options, "", "keep", |v, name| list(v, name, count))? {
        out.keep = v;
    }
    if let Some(r) = section(&options, "", "readability", ReadabilityOptions::FIELDS)? {
        let (o, path) = (&mut out.readability, "readability");
        if let Some(v) = get(&r, path, "hardGrade", number)? {
            o.hard_grade = v;
        }
        if let Some(v) = get(&r, path, "veryHardGrade", number)? {
            o.very_hard_grade = v;
        }
        if let Some(v) = get(&r, path, "minWords", count)? {
            o.min_words = v;
        }
    }
    let fields = crate::keywords::KeywordOptions::FIELDS;
    if let Some(k) = section(&options, "", "keywords", fields)? {
        let (o, path) = (&mut out.keywords, "keywords");
        if let Some(v) = get(&k, path, "limit", count)? {
            o.limit = v;
        }
        if let Some(v) = get(&k, path, "minCount", count)? {
            o.min_count = v;
        }
        if let Some(v) = get(&k, path, "stopwords", strings)? {
            o.stopwords = v;
        }
        if let Some(v) = get(&k, path, "kinds", strings)? {
            o.kinds = v;
        }
    }
    let fields = crate::stance::HintOptions::FIELDS;
    if let Some(h) = section(&options, "", "hints", fields)? {
        if let Some(v) = get(&h, "hints", "kinds", strings)? {
            out.hints.kinds = v;
        }
        for (name, edits) in [
            ("add", &mut out.hints.add),
            ("remove", &mut out.hints.remove),
        ] {
            let Some(e) = section(&h, "hints", name, crate::stance::CueEdits::FIELDS)? else {
                continue;
            };
            let path = format!("hints.{name}");
            for (list_name, cues) in [
                ("hedge", &mut edits.hedge),
                ("booster", &mut edits.booster),
                ("attribution", &mut edits.attribution),
                ("positive", &mut edits.positive),
                ("negative", &mut edits.negative),
            ] {
                if let Some(v) = get(&e, &path, list_name, strings)? {
                    *cues = v;
                }
            }
        }
    }
    Ok(out)
}

// Options are read by hand rather than through serde: serde's deserializer, and the float
// formatting its error messages pull in, were about 45 KB of the engine (18 KB gzip).
// `undefined` and `null` both mean "not given" (the default).

fn invalid(message: &str) -> JsValue {
    js_error("ERR_INVALID_OPTIONS", message)
}

fn is_plain_object(value: &JsValue) -> bool {
    value.is_object() && !js_sys::Array::is_array(value)
}

/// `object[key]`, or `None` when it is `undefined` or `null`.
fn field(object: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(object, &key.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// The dotted name of `key` under `path` ("keywords" + "limit" → "keywords.limit").
fn dotted(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// `object[key]` read by `read` (which names it in its error), if given.
fn get<T>(
    object: &JsValue,
    path: &str,
    key: &str,
    read: impl Fn(&JsValue, &str) -> Result<T, JsValue>,
) -> Result<Option<T>, JsValue> {
    field(object, key)
        .map(|v| read(&v, &dotted(path, key)))
        .transpose()
}

/// The nested options object `parent[key]` (its keys checked), if given.
fn section(
    parent: &JsValue,
    path: &str,
    key: &str,
    known: &[&str],
) -> Result<Option<JsValue>, JsValue> {
    let Some(value) = field(parent, key) else {
        return Ok(None);
    };
    let name = dotted(path, key);
    if !is_plain_object(&value) {
        return Err(invalid(&format!("options.{name} must be a plain object")));
    }
    check_keys(&value, &format!("{name}."), known)?;
    Ok(Some(value))
}

fn boolean(value: &JsValue, name: &str) -> Result<bool, JsValue> {
    value
        .as_bool()
        .ok_or_else(|| invalid(&format!("options.{name} must be true or false")))
}

fn string(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| invalid(&format!("options.{name} must be a string")))
}

fn number(value: &JsValue, name: &str) -> Result<f64, JsValue> {
    value
        .as_f64()
        .ok_or_else(|| invalid(&format!("options.{name} must be a number")))
}

/// A whole number from 0 up (larger than the platform's `usize` saturates).
fn count(value: &JsValue, name: &str) -> Result<usize, JsValue> {
    match value.as_f64() {
        Some(n) if n >= 0.0 && n.fract() == 0.0 => Ok(n as usize),
        _ => Err(invalid(&format!(
            "options.{name} must be a whole number, 0 or more"
        ))),
    }
}

/// An array whose every item `item` reads (reported as `name[i]`).
fn list<T>(
    value: &JsValue,
    name: &str,
    item: impl Fn(&JsValue, &str) -> Result<T, JsValue>,
) -> Result<Vec<T>, JsValue> {
    if !js_sys::Array::is_array(value) {
        return Err(invalid(&format!("options.{name} must be an array")));
    }
    js_sys::Array::from(value)
        .iter()
        .enumerate()
        .map(|(i, v)| item(&v, &format!("{name}[{i}]")))
        .collect()
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
fn to_js<T: crate::json::ToJson>(value: &T, capacity: usize) -> Result<JsValue, JsValue> {
    let mut json = crate::json::Json::with_capacity(capacity);
    value.to_json(&mut json);
    let json = json.into_bytes();
    // (The writer writes UTF-8: this never fails, and its error carries no detail.)
    let json = std::str::from_utf8(&json)
        .map_err(|_| js_error("ERR_INTERNAL", "could not build the result"))?;
    js_sys::JSON::parse(json)
}

#[cfg(feature = "reference")]
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

/// The text from its UTF-8 bytes. `js/api.js` encodes the string with `TextEncoder` and
/// passes the bytes, so the wasm side allocates their exact size: a `&str` parameter made
/// the glue reserve three bytes per UTF-16 unit for any text with a non-ASCII character
/// (30 MB of linear memory for a 10 MB text). `TextEncoder` writes valid UTF-8 (a lone
/// surrogate becomes U+FFFD); other bytes are read the same way.
fn text_of(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

/// Entries per chunk of a column (256 KB of integers): the only column memory in wasm.
const COLUMN_CHUNK: usize = 1 << 16;

/// A column's length as a typed array's (a column past 4 G entries cannot be a JS array).
fn column_length(len: usize) -> Result<u32, JsValue> {
    u32::try_from(len).map_err(|_| {
        js_error(
            "ERR_INTERNAL",
            "could not build the result: a column longer than a typed array",
        )
    })
}

/// Analyses the UTF-8 bytes `text` and returns the analysis in its wire form (see
/// [`crate::wire`]); `js/wire.js` turns it into the Analysis object with UTF-16 spans.
#[wasm_bindgen(js_name = analyze, skip_typescript)]
pub fn analyze(text: &[u8], options: JsValue) -> Result<JsValue, JsValue> {
    let text = text_of(text);
    let analysis = analyze_utf16(&text, options)?;
    crate::phase("utf16");
    let wire = crate::wire::Wire::new(&analysis);
    let head = to_js(&wire, wire.json_size())?;
    // Each column is a JS-owned typed array, filled a chunk at a time (see crate::wire).
    for which in crate::wire::Column::ALL {
        let len = column_length(wire.len(which))?;
        let column: JsValue = if which.floats() {
            let array = js_sys::Float64Array::new_with_length(len);
            let mut at = 0;
            wire.scores(COLUMN_CHUNK, &mut |e| {
                array.subarray(at, at + e.len() as u32).copy_from(e);
                at += e.len() as u32;
            });
            array.into()
        } else {
            let array = js_sys::Uint32Array::new_with_length(len);
            let mut at = 0;
            wire.column(which, COLUMN_CHUNK, &mut |e| {
                array.subarray(at, at + e.len() as u32).copy_from(e);
                at += e.len() as u32;
            });
            array.into()
        };
        js_sys::Reflect::set(&head, &which.name().into(), &column)?;
    }
    crate::phase("wire");
    Ok(head)
}

/// Analyses the UTF-8 bytes `text` and returns the Analysis object itself, built from one
/// JSON string. The
/// same result as `analyze` after decoding, about a third slower on long texts: the
/// reference the tests compare the wire form against.
/// (Built with the `reference` feature only: a test reference, not part of the product.)
#[cfg(feature = "reference")]
#[wasm_bindgen(js_name = analyzeFull, skip_typescript)]
pub fn analyze_full(text: &[u8], options: JsValue) -> Result<JsValue, JsValue> {
    let analysis = analyze_utf16(&text_of(text), options)?;
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

/// Heap figures of the `alloc-stats` dev feature for `bench/heap.mjs` (see
/// [`crate::alloc_stats`]).
#[cfg(feature = "alloc-stats")]
mod alloc_stats {
    use crate::alloc_stats as stats;
    use wasm_bindgen::prelude::*;

    /// The phases recorded since the last call, as "name peak live memory" lines (memory:
    /// the linear memory's size at the phase's end).
    #[wasm_bindgen(js_name = allocPhases, skip_typescript)]
    pub fn alloc_phases() -> String {
        stats::take_phases()
            .iter()
            .map(|p| format!("{} {} {} {}\n", p.name, p.peak, p.live, p.memory))
            .collect()
    }

    /// The linear memory's growths since the last call, as "phase size live memory" lines
    /// (phase: the number of the phase in progress, as `allocPhases` lists them).
    #[wasm_bindgen(js_name = allocGrowths, skip_typescript)]
    pub fn alloc_growths() -> String {
        stats::take_growths()
            .iter()
            .map(|g| format!("{} {} {} {}\n", g.phase, g.size, g.live, g.memory))
            .collect()
    }

    /// `[live, peak]` heap bytes; `reset` starts a new peak from the live bytes.
    #[wasm_bindgen(js_name = allocStats, skip_typescript)]
    pub fn alloc_stats(reset: bool) -> Vec<f64> {
        let out = vec![stats::live() as f64, stats::peak() as f64];
        if reset {
            stats::reset_peak();
        }
        out
    }
}
