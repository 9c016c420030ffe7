//! Invariants on any input: never panics; spans in bounds, on char boundaries, sorted;
//! blocks cover every non-space character exactly once; mention text is what the span holds.
#![cfg(not(target_arch = "wasm32"))] // native only; tests/web.rs covers the wasm build

use newsmark::{annotate, Options};
use proptest::prelude::*;

fn article_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Kuzey Kore",
        "'nin",
        "’ı",
        "İstanbul",
        "ISTANBUL",
        "ı",
        "\"",
        "“",
        "”",
        "«",
        "»",
        "„",
        "😀",
        "🇹🇷",
        "\n",
        "\n\n",
        " ",
        ". ",
        ", ",
        "dedi",
        "said",
        "Putin",
        "Mr.",
        "(SVR)",
        "Etiketler :",
        "uyg.gif",
        "Kaynak: AA",
        "25-27 Mart",
        "yüzde 5",
        "$2.3bn",
        "-",
        "A.Ş.",
        "\u{307}",
        "e\u{301}",
        "\t",
        ":",
        "Bakanı",
        "Partisi",
        "the",
        "of",
        "Mr. Burton",
        "he",
        "fumed",
        "according to the report",
        "told CNN",
        "Smith, 70,",
        "''",
        "‘",
        "`",
        "yaptığı açıklamaya göre",
        "'den aktardığına göre",
        "belirtti",
        "Hans Müller",
        "Leyton Orient 1",
        "(Reuters) -",
        "'",
        "’",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn check(text: &str) {
    // Every language's rules, whatever the text looks like.
    for lang in [None, Some(newsmark::Lang::En), Some(newsmark::Lang::Tr)] {
        check_in(text, lang);
    }
}

fn check_in(text: &str, lang: Option<newsmark::Lang>) {
    let ann = annotate(
        text,
        &Options {
            lang,
            ..Options::default()
        },
    )
    .expect("annotates");
    let ok = |s: newsmark::Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    for b in &ann.blocks {
        assert!(ok(b.span) && !b.span.is_empty());
    }
    assert!(ann
        .blocks
        .windows(2)
        .all(|w| w[0].span.end <= w[1].span.start));
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() {
            let n = ann
                .blocks
                .iter()
                .filter(|b| b.span.start <= i && i < b.span.end)
                .count();
            assert_eq!(n, 1, "char {c:?} at {i} in {text:?}");
        }
    }
    for e in &ann.entities {
        assert!(ok(e.span) && !e.span.is_empty(), "{e:?}");
        assert!(e.cluster < ann.clusters.len());
    }
    assert!(ann
        .entities
        .windows(2)
        .all(|w| (w[0].span.start, std::cmp::Reverse(w[0].span.end))
            <= (w[1].span.start, std::cmp::Reverse(w[1].span.end))));
    for q in &ann.quotes {
        assert!(ok(q.span));
        assert!(q.speaker.is_none_or(ok) && q.cue.is_none_or(ok));
    }
    // Every mention's text is the substring at its offsets, in every unit.
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let chars: Vec<char> = text.chars().collect();
    for unit in [
        newsmark::OffsetUnit::Utf16,
        newsmark::OffsetUnit::Codepoint,
        newsmark::OffsetUnit::Byte,
    ] {
        let d = newsmark::Document::new(text, &ann, unit);
        assert_eq!(d.entities.len(), ann.entities.len());
        let slice = |s: usize, e: usize| -> String {
            match unit {
                newsmark::OffsetUnit::Utf16 => String::from_utf16_lossy(&utf16[s..e]),
                newsmark::OffsetUnit::Codepoint => chars[s..e].iter().collect(),
                newsmark::OffsetUnit::Byte => text[s..e].to_string(),
            }
        };
        for e in &d.entities {
            assert!(e.start < e.end);
            assert_eq!(slice(e.start, e.end), e.text);
        }
        for q in &d.quotes {
            assert!(q.start < q.end);
            assert_eq!(slice(q.start, q.end), q.text);
        }
    }
    // The same input always gives the same output.
    let again = annotate(
        text,
        &Options {
            lang,
            ..Options::default()
        },
    )
    .expect("annotates");
    assert_eq!(
        format!("{:?}{:?}{:?}", ann.entities, ann.quotes, ann.blocks),
        format!("{:?}{:?}{:?}", again.entities, again.quotes, again.blocks)
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_article_like_text(text in article_like()) {
        check(&text);
    }

    #[test]
    fn never_panics_on_any_text(text in "\\PC{0,200}") {
        check(&text);
    }
}

#[test]
fn can_annotate_empty_and_blank_text() {
    for t in ["", " ", "\n\n\n", "\t \u{a0}"] {
        let ann = annotate(t, &Options::default()).expect("annotates");
        assert!(ann.blocks.is_empty() && ann.entities.is_empty() && ann.quotes.is_empty());
    }
}
