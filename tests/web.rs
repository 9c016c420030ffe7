//! The JavaScript boundary in browsers: `wasm-pack test --headless --chrome --test web` and
//! `--headless --firefox --test web`. UTF-16 offsets with emoji and Turkish letters, and
//! errors as JS `Error` objects.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    reason = "test code: a failed unwrap is a failed test"
)]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

include!("wasm_cases/mod.rs");
