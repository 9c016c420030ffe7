//! The page's build (feature `fetch-en-model`): the English weights arrive through `loadModel`.
//! `wasm-pack test --node --test fetch_model --features fetch-en-model` (`make wasm-test`).
//! Before they arrive English text is refused with an error naming what to do; bad bytes are
//! refused with an error saying what is wrong; after, English is annotated with the model.
#![cfg(all(target_arch = "wasm32", feature = "fetch-en-model"))]
#![allow(
    clippy::unwrap_used,
    reason = "test code: a failed unwrap is a failed test"
)]

use js_sys::{Array, Object, Reflect};
use newsmark::wasm::{annotate, load_model, missing_model};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

const EN_MODEL: &[u8] = include_bytes!("../data/model/ner_en.bin");
const ENGLISH: &str = "\"We have waited four winters for this,\" said Priya Okonkwo, who chairs \
the Cornwall Maritime Trust. Okonkwo said the repairs at the docks in Falmouth would cost \
£12 million and that the work was on time.";
const TURKISH: &str =
    "Bakan Ayşe Kaya, İzmir'de yaptığı açıklamada limanın yeniden açılacağını söyledi.";

fn lang(code: &str) -> JsValue {
    let o = Object::new();
    Reflect::set(&o, &"lang".into(), &code.into()).unwrap();
    o.into()
}

fn message(err: JsValue) -> String {
    let err: js_sys::Error = err.dyn_into().expect("a JS Error");
    err.message().as_string().unwrap()
}

fn entity_texts(doc: &JsValue) -> Vec<String> {
    let ents: Array = Reflect::get(doc, &"entities".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    ents.iter()
        .map(|e| {
            Reflect::get(&e, &"text".into())
                .unwrap()
                .as_string()
                .unwrap()
        })
        .collect()
}

// One test: the loaded model is the module's state, so the steps run in this order.
#[wasm_bindgen_test]
fn english_waits_for_load_model_and_bad_bytes_are_refused() {
    // Turkish needs nothing fetched; English (and undetermined text, which the English model
    // scores; a chosen language wins over detection) needs "en".
    assert_eq!(missing_model(TURKISH, JsValue::UNDEFINED).unwrap(), None);
    assert_eq!(
        missing_model(ENGLISH, JsValue::UNDEFINED)
            .unwrap()
            .as_deref(),
        Some("en")
    );
    assert_eq!(
        missing_model("Der Minister sagte am Montag.", JsValue::UNDEFINED)
            .unwrap()
            .as_deref(),
        Some("en")
    );
    assert_eq!(missing_model(ENGLISH, lang("tr")).unwrap(), None);
    assert_eq!(
        missing_model(TURKISH, lang("en")).unwrap().as_deref(),
        Some("en")
    );
    assert!(message(missing_model(TURKISH, lang("xx")).unwrap_err()).contains("unknown language"));
    assert!(!entity_texts(&annotate(TURKISH, JsValue::UNDEFINED).unwrap()).is_empty());

    // English before the model: an error saying what to call, not the rules' reading.
    let err = message(annotate(ENGLISH, JsValue::UNDEFINED).unwrap_err());
    assert_eq!(
        err,
        "English model not loaded: call loadModel(\"en\", bytes) with ner_en.bin"
    );

    // Bad bytes: an error naming the problem; nothing is loaded.
    let bad = |lang: &str, bytes: &[u8]| message(load_model(lang, bytes.into()).unwrap_err());
    let page = bad("en", b"<!doctype html><title>404 Not Found</title>");
    assert!(page.contains("not a newsmark weights file"), "{page}");
    assert!(page.starts_with("bad model file for \"en\""), "{page}");
    assert!(bad("en", b"").contains("not a newsmark weights file"));
    let cut = bad("en", &EN_MODEL[..EN_MODEL.len() / 2]);
    assert!(
        cut.contains(&format!("header says {}", EN_MODEL.len())),
        "{cut}"
    );
    let mut stale = EN_MODEL.to_vec();
    stale[8] = stale[8].wrapping_add(1);
    assert!(bad("en", &stale).contains("feature version"));
    assert!(bad("tr", EN_MODEL).contains("only the English model"));
    assert!(bad("xx", EN_MODEL).contains("unknown language"));
    assert_eq!(
        missing_model(ENGLISH, JsValue::UNDEFINED)
            .unwrap()
            .as_deref(),
        Some("en")
    );
    assert!(annotate(ENGLISH, JsValue::UNDEFINED).is_err());

    // The real file: English is annotated, and loading it again changes nothing.
    load_model("en", EN_MODEL.into()).unwrap();
    assert_eq!(missing_model(ENGLISH, JsValue::UNDEFINED).unwrap(), None);
    let names = entity_texts(&annotate(ENGLISH, JsValue::UNDEFINED).unwrap());
    assert!(names.iter().any(|n| n == "Priya Okonkwo"), "{names:?}");
    assert!(
        names.iter().any(|n| n == "Cornwall Maritime Trust"),
        "{names:?}"
    );
    load_model("en", EN_MODEL.into()).unwrap();
    assert!(bad("en", &stale).contains("feature version"));
    let mut other = EN_MODEL.to_vec();
    *other.last_mut().unwrap() ^= 1;
    assert!(bad("en", &other).contains("already loaded"));
}
