//! The JS boundary in a real browser (`wasm-pack test --headless --chrome`): UTF-16 spans,
//! plain objects, and real `Error`s with a `code` for invalid options. `analyze` returns
//! the compact wire form (decoded by js/wire.js, tested in tests/js/wire.test.mjs);
//! `analyzeFull` the full Analysis object.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).expect("property")
}

fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).expect("whole chars")
}

#[wasm_bindgen_test]
fn spans_are_utf16_offsets() {
    let text = "😀 中文 e\u{301} “Quote.” Dr. Smith arrived. He left.";
    let result =
        proselens::wasm::analyze_full(text.as_bytes(), JsValue::UNDEFINED).expect("analysis");
    let sentences: Array = get(&result, "sentences").dyn_into().expect("array");
    let last = sentences.get(sentences.length() - 1);
    let span = get(&last, "span");
    let start = get(&span, "start").as_f64().expect("number") as usize;
    let end = get(&span, "end").as_f64().expect("number") as usize;
    assert_eq!(utf16_slice(text, start, end), "He left.");
    // The wire form carries the same span in its `sentences` column (a Uint32Array, 9
    // numbers per sentence).
    let wire = proselens::wasm::analyze(text.as_bytes(), JsValue::UNDEFINED).expect("analysis");
    let columns: js_sys::Uint32Array = get(&wire, "sentences").dyn_into().expect("typed array");
    let at = columns.length() - 9;
    assert_eq!(columns.get_index(at) as usize, start);
    assert_eq!(columns.get_index(at + 1) as usize, end);
    // Plain objects, not wasm-bindgen class instances.
    let plain = JsValue::from(Object::get_prototype_of(&Object::new()));
    for value in [&result, &wire] {
        assert!(JsValue::from(Object::get_prototype_of(value)) == plain);
    }
}

#[wasm_bindgen_test]
fn invalid_options_throw_a_coded_error() {
    let options = Object::new();
    Reflect::set(&options, &"language".into(), &"xx".into()).unwrap();
    let error = proselens::wasm::analyze(b"Text.", options.into()).expect_err("invalid language");
    assert!(error.is_instance_of::<js_sys::Error>());
    assert_eq!(
        get(&error, "code").as_string().as_deref(),
        Some("ERR_INVALID_OPTIONS")
    );

    let options = Object::new();
    Reflect::set(&options, &"nope".into(), &JsValue::TRUE).unwrap();
    let error = proselens::wasm::analyze(b"Text.", options.into()).expect_err("unknown key");
    assert_eq!(
        get(&error, "code").as_string().as_deref(),
        Some("ERR_INVALID_OPTIONS")
    );
}

#[wasm_bindgen_test]
fn odd_input_gives_a_result() {
    for text in [
        "",
        "\u{0}\u{0}",
        "\u{FFFD}",
        &"a".repeat(10_000),
        "שלום עולם. مرحبا.",
    ] {
        let result =
            proselens::wasm::analyze(text.as_bytes(), JsValue::UNDEFINED).expect("analysis");
        assert!(get(&get(&result, "stats"), "words").as_f64().is_some());
    }
}
