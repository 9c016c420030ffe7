//! The JavaScript boundary: converts types, nothing else. Offsets default to UTF-16 code
//! units (what `String.slice` and the DOM use); every error arrives as a JS `Error`.

use crate::{annotate as annotate_text, Document, Lang, OffsetUnit, Options};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS: &'static str = r#"
/** Options of `annotate`. */
export interface AnnotateOptions {
  /** "tr", "en" or "und"; detected when absent. */
  lang?: "tr" | "en" | "und";
  /** Offset unit of the result; "utf16" by default. */
  offsets?: "utf16" | "codepoint" | "byte";
  /** Largest text accepted, in UTF-8 bytes; 20 MiB by default. */
  maxBytes?: number;
}
/** See schema/annotations.schema.json. */
export interface Annotations {
  lang: "tr" | "en" | "und";
  offsets: "utf16" | "codepoint" | "byte";
  blocks: { start: number; end: number; kind: "title" | "paragraph" | "duplicate" | "source" | "byline" | "dateline" | "boilerplate" }[];
  entities: { start: number; end: number; text: string; label: "PER" | "ORG" | "LOC" | "MISC" | "DATE" | "TIME" | "MONEY" | "PERCENT"; cluster: number }[];
  clusters: { id: number; label: string; canonical: string; mentions: number }[];
  quotes: { start: number; end: number; text: string; kind: "direct" | "reported" | "term"; speaker: string | null; speaker_start: number | null; speaker_end: number | null; speaker_cluster: number | null; speaker_name: string | null; cue: string | null; cue_start: number | null; cue_end: number | null }[];
}
"#;

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct JsOptions {
    lang: Option<String>,
    offsets: Option<String>,
    max_bytes: Option<f64>,
}

fn js_error(msg: impl std::fmt::Display) -> JsValue {
    js_sys::Error::new(&msg.to_string()).into()
}

/// Installs the panic hook, so a bug shows a readable message in the console.
#[wasm_bindgen(start)]
pub fn start() {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
}

/// Reads `annotate`'s options: what to annotate with and the offset unit of the result.
fn read_options(options: JsValue) -> Result<(Options, OffsetUnit), JsValue> {
    let opts: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else if !options.is_object() {
        return Err(js_error(
            "bad options: expected an object such as { lang: \"tr\", offsets: \"utf16\" }",
        ));
    } else {
        // serde-wasm-bindgen reads only the fields it knows, so a misspelt option would be
        // ignored silently; name it instead.
        let keys = js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>());
        for k in keys.iter() {
            let k = k.as_string().unwrap_or_default();
            if !matches!(k.as_str(), "lang" | "offsets" | "maxBytes") {
                return Err(js_error(format!(
                    "bad options: unknown option {k:?} (known: lang, offsets, maxBytes)"
                )));
            }
        }
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| js_error(format!("bad options: {e}")))?
    };
    let lang = match opts.lang.as_deref() {
        None | Some("auto") => None,
        Some(l) => Some(l.parse::<Lang>().map_err(js_error)?),
    };
    let unit = match opts.offsets.as_deref() {
        None => OffsetUnit::Utf16,
        Some(u) => u.parse::<OffsetUnit>().map_err(js_error)?,
    };
    let max_bytes = match opts.max_bytes {
        None => None,
        Some(n) if n.is_finite() && n >= 0.0 => Some(n as usize),
        Some(n) => {
            return Err(js_error(format!(
                "bad options: maxBytes must be a size in bytes, not {n}"
            )))
        }
    };
    Ok((Options { lang, max_bytes }, unit))
}

/// Annotates `text`; returns the JSON contract as a plain object (UTF-16 offsets unless
/// `options.offsets` says otherwise).
#[wasm_bindgen(js_name = annotate, unchecked_return_type = "Annotations")]
pub fn annotate(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let (opts, unit) = read_options(options)?;
    let ann = annotate_text(text, &opts).map_err(js_error)?;
    let doc = Document::new(text, &ann, unit);
    // One JSON string parsed by the engine builds the result much faster than setting each
    // field across the boundary.
    js_sys::JSON::parse(&doc.to_json()).map_err(|e| js_error(format!("internal error: {e:?}")))
}

/// The model `annotate(text, options)` needs and has not been given yet: `"en"` (English and
/// undetermined text, until `loadModel("en", bytes)`), else `undefined`. Throws as `annotate`
/// does on bad options.
#[cfg(feature = "fetch-en-model")]
#[wasm_bindgen(js_name = missingModel, unchecked_return_type = "\"en\" | undefined")]
pub fn missing_model(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
) -> Result<Option<String>, JsValue> {
    let (opts, _) = read_options(options)?;
    Ok(crate::missing_model(text, &opts).map(|l| l.code().to_string()))
}

/// Gives the annotator a fetched weights file (`"en"`: `ner_en.bin`). Throws an `Error` saying
/// what is wrong when the bytes are not a weights file this build can use.
#[cfg(feature = "fetch-en-model")]
#[wasm_bindgen(js_name = loadModel)]
pub fn load_model(
    #[wasm_bindgen(unchecked_param_type = "\"en\"")] lang: &str,
    bytes: Box<[u8]>,
) -> Result<(), JsValue> {
    let lang = lang.parse::<Lang>().map_err(js_error)?;
    crate::entities::model::load(lang, bytes).map_err(js_error)
}

/// The largest text accepted, in UTF-8 bytes.
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> usize {
    crate::MAX_INPUT_BYTES
}
