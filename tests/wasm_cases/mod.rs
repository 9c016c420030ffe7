// The JavaScript boundary cases, shared by tests/web.rs (browsers) and tests/node.rs.
use js_sys::{Array, Object, Reflect};
use newsmark::wasm::annotate;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;



fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v)).unwrap();
    }
    o.into()
}

/// `text.slice(start, end)` as JavaScript computes it (UTF-16 units).
fn js_slice(text: &str, start: f64, end: f64) -> String {
    js_sys::JsString::from(text)
        .slice(start as u32, end as u32)
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn offsets_are_utf16_units_that_slice_to_the_mention() {
    let text = "😀😀 Bakan Ayşe Kaya, İstanbul'da \"Hazırız\" dedi. 🇹🇷 Ankara'ya döndü.";
    let doc = annotate(text, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&doc, "offsets").as_string().as_deref(), Some("utf16"));
    let ents: Array = get(&doc, "entities").dyn_into().unwrap();
    let mut seen = Vec::new();
    for e in ents.iter() {
        let (s, t) = (
            get(&e, "start").as_f64().unwrap(),
            get(&e, "end").as_f64().unwrap(),
        );
        let txt = get(&e, "text").as_string().unwrap();
        assert_eq!(js_slice(text, s, t), txt);
        seen.push(txt);
    }
    assert!(seen.contains(&"İstanbul".to_string()), "{seen:?}");
    assert!(seen.contains(&"Ankara".to_string()), "{seen:?}");
    // "😀😀 " is 5 UTF-16 units; "Bakan " follows.
    let ist = ents
        .iter()
        .find(|e| get(e, "text").as_string().as_deref() == Some("İstanbul"))
        .unwrap();
    assert_eq!(get(&ist, "start").as_f64(), Some(22.0));
    let quotes: Array = get(&doc, "quotes").dyn_into().unwrap();
    assert_eq!(quotes.length(), 1);
    let q = quotes.get(0);
    assert_eq!(get(&q, "speaker").as_string().as_deref(), Some("Ayşe Kaya"));
    assert_eq!(
        get(&q, "speaker_name").as_string().as_deref(),
        Some("Ayşe Kaya")
    );
    assert!(get(&q, "cue_start").as_f64().is_some());
}

#[wasm_bindgen_test]
fn other_units_on_request() {
    let text = "😀 İstanbul'da";
    for (unit, start) in [("codepoint", 2.0), ("byte", 5.0), ("utf16", 3.0)] {
        let doc = annotate(text, options(&[("offsets", unit), ("lang", "tr")])).unwrap();
        let ents: Array = get(&doc, "entities").dyn_into().unwrap();
        assert_eq!(get(&ents.get(0), "start").as_f64(), Some(start), "{unit}");
    }
}

#[wasm_bindgen_test]
fn bad_options_are_js_errors_not_panics() {
    for opts in [
        options(&[("lang", "xx")]),
        options(&[("offsets", "words")]),
        options(&[("colour", "red")]),
    ] {
        let err = annotate("Metin.", opts).unwrap_err();
        let err: js_sys::Error = err.dyn_into().expect("a JS Error");
        let msg = err.message().as_string().unwrap();
        assert!(!msg.is_empty());
    }
    let msg: js_sys::Error = annotate("x", JsValue::from_f64(3.0))
        .unwrap_err()
        .dyn_into()
        .unwrap();
    assert!(msg.message().as_string().unwrap().contains("options"));
}

#[wasm_bindgen_test]
fn empty_and_null_results_are_json_compatible() {
    let doc = annotate("", JsValue::NULL).unwrap();
    let ents: Array = get(&doc, "entities").dyn_into().unwrap();
    assert_eq!(ents.length(), 0);
    let doc = annotate("Bir “alıntı burada duruyor” işte.", JsValue::UNDEFINED).unwrap();
    let q = Array::from(&get(&doc, "quotes")).get(0);
    assert!(get(&q, "speaker").is_null());
    assert!(get(&q, "speaker_name").is_null());
    assert!(get(&q, "cue").is_null());
}
