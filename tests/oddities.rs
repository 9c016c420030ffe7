//! Real-world oddities of pasted text, one named regression case each: whatever arrives, the
//! annotator answers, loses nothing, and its offsets still index the text.
#![cfg(not(target_arch = "wasm32"))] // native only; tests/web.rs covers the wasm build

use newsmark::{annotate, Document, Label, OffsetUnit, Options};

fn ents(text: &str) -> Vec<(String, Label)> {
    let ann = annotate(text, &Options::default()).expect("annotates");
    check_invariants(text);
    ann.entities
        .iter()
        .map(|e| (text[e.span].to_string(), e.label))
        .collect()
}

/// Spans on char boundaries, texts equal to their offsets in every unit, every non-space char
/// in one block, and the same output twice.
fn check_invariants(text: &str) {
    let a = annotate(text, &Options::default()).expect("annotates");
    let b = annotate(text, &Options::default()).expect("annotates");
    for unit in [OffsetUnit::Utf16, OffsetUnit::Codepoint, OffsetUnit::Byte] {
        let da = serde_json::to_string(&Document::new(text, &a, unit)).expect("json");
        let db = serde_json::to_string(&Document::new(text, &b, unit)).expect("json");
        assert_eq!(da, db, "deterministic");
    }
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let doc = Document::new(text, &a, OffsetUnit::Utf16);
    for e in &doc.entities {
        assert_eq!(String::from_utf16_lossy(&utf16[e.start..e.end]), e.text);
    }
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() {
            assert_eq!(
                a.blocks
                    .iter()
                    .filter(|b| b.span.start <= i && i < b.span.end)
                    .count(),
                1,
                "{c:?} at {i}"
            );
        }
    }
}

fn has(list: &[(String, Label)], name: &str, label: Label) -> bool {
    list.iter().any(|(n, l)| n == name && *l == label)
}

#[test]
fn crlf_line_ends_split_paragraphs_like_lf() {
    let text =
        "Liman açıldı\r\n\r\nBakan Ayşe Kaya İzmir'de konuştu.\r\nSonra Ankara'ya döndü.\r\n";
    let ann = annotate(text, &Options::default()).expect("annotates");
    assert_eq!(ann.blocks.len(), 3, "{:?}", ann.blocks);
    assert_eq!(ann.blocks[0].kind.name(), "title");
    assert!(has(&ents(text), "Ankara", Label::Loc));
}

#[test]
fn lone_cr_line_ends_split_lines_too() {
    let text = "Liman açıldı\r\rBakan Ayşe Kaya İzmir'de konuştu.\rSonra Ankara'ya döndü.";
    let ann = annotate(text, &Options::default()).expect("annotates");
    assert_eq!(ann.blocks.len(), 3, "{:?}", ann.blocks);
    check_invariants(text);
}

#[test]
fn nbsp_and_other_unicode_spaces_separate_words() {
    let text = "Bakan\u{a0}Ayşe\u{2009}Kaya,\u{202f}İstanbul'da\u{3000}konuştu.";
    let e = ents(text);
    assert!(has(&e, "İstanbul", Label::Loc), "{e:?}");
}

#[test]
fn zwj_emoji_sequences_and_flags_keep_offsets() {
    let text = "👩‍👩‍👧‍👦🇹🇷 Maria Lopez visited Berlin 🏳️‍🌈 on Monday.";
    let e = ents(text);
    assert!(has(&e, "Berlin", Label::Loc), "{e:?}");
}

#[test]
fn nfd_turkish_letters_are_word_letters() {
    // `İstanbul` and `Şişli` typed with combining marks (I + dot above, S + cedilla).
    let text = "Toplantı I\u{307}stanbul'da, S\u{327}is\u{327}li'de yapıldı.";
    let e = ents(text);
    assert!(has(&e, "I\u{307}stanbul", Label::Loc), "{e:?}");
}

#[test]
fn rtl_and_cjk_text_mixed_in() {
    let text = "Bakan Ayşe Kaya, \"السلام عليكم\" dedi. 東京 ve שלום Ankara'da yazıldı.";
    let e = ents(text);
    assert!(has(&e, "Ankara", Label::Loc), "{e:?}");
    let ann = annotate(text, &Options::default()).expect("annotates");
    assert_eq!(ann.quotes[0].speaker.map(|s| &text[s]), Some("Ayşe Kaya"));
}

#[test]
fn nul_and_control_characters_are_inert() {
    let text = "Bakan\u{0}Ayşe Kaya\u{7}\u{1b}[31m İzmir'de\u{8} konuştu.\u{7f}";
    check_invariants(text);
    assert!(has(&ents(text), "İzmir", Label::Loc));
}

#[test]
fn soft_hyphens_inside_names_do_not_break_them() {
    let text = "Toplantı İstan\u{ad}bul'da yapıldı.";
    let e = ents(text);
    assert!(has(&e, "İstan\u{ad}bul", Label::Loc), "{e:?}");
}

#[test]
fn a_byte_order_mark_stays_in_the_first_block() {
    let text = "\u{feff}Liman açıldı\n\nBakan İzmir'de konuştu.";
    let ann = annotate(text, &Options::default()).expect("annotates");
    assert_eq!(ann.blocks[0].span.start, 0);
    check_invariants(text);
}

#[test]
fn whitespace_only_and_empty_text() {
    for t in ["", " ", "\n\r\n\t", "\u{a0}\u{3000}"] {
        let ann = annotate(t, &Options::default()).expect("annotates");
        assert!(ann.blocks.is_empty() && ann.entities.is_empty() && ann.quotes.is_empty());
    }
}

#[test]
fn replacement_characters_from_lone_surrogates_count_one_utf16_unit() {
    // JS hands a lone surrogate over as U+FFFD: one UTF-16 unit, as the surrogate was, so the
    // offsets still index the caller's string.
    let text = "\u{fffd} Bakan Ayşe Kaya İzmir'de konuştu.";
    let ann = annotate(text, &Options::default()).expect("annotates");
    let doc = Document::new(text, &ann, OffsetUnit::Utf16);
    let izmir = doc
        .entities
        .iter()
        .find(|e| e.text == "İzmir")
        .expect("İzmir");
    assert_eq!(izmir.start, 18);
}

#[test]
fn the_size_limit_is_an_error_and_configurable() {
    let text = "a".repeat(2000);
    let small = Options {
        max_bytes: Some(1000),
        ..Options::default()
    };
    let err = annotate(&text, &small).expect_err("too large");
    assert!(err.to_string().contains("2000 bytes"), "{err}");
    assert!(annotate(&text, &Options::default()).is_ok());
}

/// Regression (found by `make fuzz`, minimised): a repeated paragraph whose quote took its
/// speaker from another paragraph got that speaker's span shifted past the end of the text.
#[test]
fn a_repeated_quote_keeps_a_speaker_named_outside_it() {
    let text = "\"Spsed ships by 40\n\"Spsed ships by 40\n\"s\"Sd oo";
    check_invariants(text);
    let ann = annotate(text, &Options::default()).expect("annotates");
    for unit in [OffsetUnit::Utf16, OffsetUnit::Codepoint, OffsetUnit::Byte] {
        Document::new(text, &ann, unit);
    }
}

/// Regression (found by the property test, minimal input `\u{307}'nin'"`): a suffix after an
/// invisible combining mark, then a quote mark, made the colon-cue search slice past the quote.
#[test]
fn suffix_after_a_combining_mark_before_a_quote_does_not_panic() {
    for text in ["\u{307}'nin'\"", "Bakanı\u{307}'nin'\"Hazırız\" dedi."] {
        for lang in [newsmark::Lang::Tr, newsmark::Lang::En] {
            let opts = newsmark::Options {
                lang: Some(lang),
                ..newsmark::Options::default()
            };
            let ann = newsmark::annotate(text, &opts).expect("annotates");
            assert!(ann.quotes.iter().all(|q| q.span.end <= text.len()));
        }
    }
}
