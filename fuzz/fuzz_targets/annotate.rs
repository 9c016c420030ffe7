//! Fuzzes `annotate` with every language option and every offset unit: it must never panic,
//! and its output must keep the contract's invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmark::{annotate, Document, Lang, OffsetUnit, Options};

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let lang = match sel % 4 {
        0 => None,
        1 => Some(Lang::Tr),
        2 => Some(Lang::En),
        _ => Some(Lang::Und),
    };
    let ann = annotate(text, &Options { lang, ..Options::default() }).expect("annotates");
    for b in ann.blocks.windows(2) {
        assert!(b[0].span.end <= b[1].span.start);
    }
    for e in &ann.entities {
        assert!(e.span.start < e.span.end && text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
    }
    let unit = [OffsetUnit::Utf16, OffsetUnit::Codepoint, OffsetUnit::Byte][usize::from(sel / 4) % 3];
    let doc = Document::new(text, &ann, unit);
    assert_eq!(doc.entities.len(), ann.entities.len());
});
