//! The JavaScript boundary in Node: `wasm-pack test --node --test node` (the cases of
//! tests/web.rs).
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    reason = "test code: a failed unwrap is a failed test"
)]

include!("wasm_cases/mod.rs");
