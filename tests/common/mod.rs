//! Helpers shared by the integration tests.
#![allow(dead_code, reason = "each test binary uses a different subset")]

use std::path::PathBuf;

/// `../shared` beside the repository, when it is there. In CI (`NEWSMARK_REQUIRE_SHARED=1`)
/// its absence is a failure, not a skip.
pub fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if p.join("seed").is_dir() {
        return Some(p);
    }
    assert!(
        std::env::var_os("NEWSMARK_REQUIRE_SHARED").is_none(),
        "../shared/seed is required here but missing"
    );
    eprintln!("skipped: ../shared is not beside the repository");
    None
}

/// A sample article shipped with the page.
pub fn sample(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("www/samples")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// `text[start..end]` in code points.
pub fn cp_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}
