//! Offsets where bytes, code points and UTF-16 units differ: emoji (4 bytes, 1 code point,
//! 2 units) and Turkish letters (`İ`: 2 bytes, 1 code point, 1 unit).
#![cfg(not(target_arch = "wasm32"))] // native only; tests/web.rs covers the wasm build

use newsmark::{annotate, Document, Label, OffsetUnit, Options};

const TEXT: &str =
    "🙂 Bakan Ayşe Kaya, İstanbul'da “Yarın başlıyoruz” dedi. 🇹🇷\nKaya Pazartesi Ankara'ya döndü.";

fn entity(unit: OffsetUnit, name: &str) -> (usize, usize) {
    let ann = annotate(TEXT, &Options::default()).expect("annotates");
    let doc = Document::new(TEXT, &ann, unit);
    let e = doc
        .entities
        .iter()
        .find(|e| e.text == name)
        .unwrap_or_else(|| panic!("{name} not found in {:?}", doc.entities));
    (e.start, e.end)
}

#[test]
fn the_same_mention_in_three_units() {
    // Before "İstanbul": "🙂 " (5 bytes, 2 code points, 3 units) + "Bakan Ayşe Kaya, " (18
    // bytes, 17 code points and units: "ş" is 2 bytes). "İstanbul" is 9 bytes, 8 code points.
    assert_eq!(entity(OffsetUnit::Byte, "İstanbul"), (23, 32));
    assert_eq!(entity(OffsetUnit::Codepoint, "İstanbul"), (19, 27));
    assert_eq!(entity(OffsetUnit::Utf16, "İstanbul"), (20, 28));
}

#[test]
fn offsets_after_a_flag_emoji_and_a_newline() {
    let (s, _) = entity(OffsetUnit::Codepoint, "Ankara");
    let cp: String = TEXT.chars().skip(s).take(6).collect();
    assert_eq!(cp, "Ankara");
    let (s, _) = entity(OffsetUnit::Utf16, "Ankara");
    let u: Vec<u16> = TEXT.encode_utf16().collect();
    assert_eq!(String::from_utf16_lossy(&u[s..s + 6]), "Ankara");
}

#[test]
fn turkish_sentence_has_person_place_date_and_quote() {
    let ann = annotate(TEXT, &Options::default()).expect("annotates");
    let labels: Vec<(&str, Label)> = ann
        .entities
        .iter()
        .map(|e| (&TEXT[e.span], e.label))
        .collect();
    assert!(labels.contains(&("Ayşe Kaya", Label::Per)), "{labels:?}");
    assert!(labels.contains(&("Kaya", Label::Per)), "{labels:?}");
    assert!(labels.contains(&("Pazartesi", Label::Date)), "{labels:?}");
    assert!(labels.contains(&("Ankara", Label::Loc)), "{labels:?}");
    let q = &ann.quotes[0];
    assert_eq!(&TEXT[q.span], "“Yarın başlıyoruz”");
    assert_eq!(q.speaker.map(|s| &TEXT[s]), Some("Ayşe Kaya"));
    let kaya = ann
        .entities
        .iter()
        .filter(|e| TEXT[e.span].ends_with("Kaya"));
    let clusters: Vec<usize> = kaya.map(|e| e.cluster).collect();
    assert!(clusters.windows(2).all(|w| w[0] == w[1]), "{clusters:?}");
}

#[test]
fn english_sentence_with_emoji() {
    let text = "🔥 “We will rebuild,” Mayor Jane Porter said in Lisbon on Monday 🙏.";
    let ann = annotate(text, &Options::default()).expect("annotates");
    assert_eq!(ann.lang, newsmark::Lang::En);
    let q = &ann.quotes[0];
    assert_eq!(q.speaker.map(|s| &text[s]), Some("Jane Porter"));
    assert_eq!(q.cue.map(|s| &text[s]), Some("said"));
    let doc = Document::new(text, &ann, OffsetUnit::Utf16);
    let lisbon = doc
        .entities
        .iter()
        .find(|e| e.text == "Lisbon")
        .expect("Lisbon");
    let u: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(
        String::from_utf16_lossy(&u[lisbon.start..lisbon.end]),
        "Lisbon"
    );
}

#[test]
fn errors_are_values_with_messages() {
    let big = "a".repeat(newsmark::MAX_INPUT_BYTES + 1);
    let err = annotate(&big, &Options::default()).unwrap_err();
    assert!(err.to_string().contains("too large"));
    assert!("xx"
        .parse::<newsmark::Lang>()
        .unwrap_err()
        .to_string()
        .contains("\"xx\""));
    assert!("words".parse::<OffsetUnit>().is_err());
}
