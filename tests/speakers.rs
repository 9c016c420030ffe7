//! Who said what, on short news sentences written for these tests (Turkish and English):
//! (text, language, quote or reported content that must be found, its kind, its speaker).
#![cfg(not(target_arch = "wasm32"))] // native only; tests/web.rs covers the wasm build

use newsmark::{annotate, Lang, Options, QuoteKind};

const CASES: &[(&str, Lang, &str, QuoteKind, Option<&str>)] = &[
    // English: every common attribution shape.
    ("\"We will rebuild the bridge,\" Mayor Jane Porter said on Monday.", Lang::En, "\"We will rebuild the bridge,\"", QuoteKind::Direct, Some("Jane Porter")),
    ("\"The plan is reckless,\" said Tom Reyes, a council member.", Lang::En, "\"The plan is reckless,\"", QuoteKind::Direct, Some("Tom Reyes")),
    ("Tom Reyes said: \"The plan is reckless and it will fail.\"", Lang::En, "\"The plan is reckless and it will fail.\"", QuoteKind::Direct, Some("Tom Reyes")),
    ("\"Prices will fall,\" she told reporters in Lisbon.", Lang::En, "\"Prices will fall,\"", QuoteKind::Direct, Some("she")),
    ("\"Prices will fall next year,\" said the spokesman.", Lang::En, "\"Prices will fall next year,\"", QuoteKind::Direct, Some("the spokesman")),
    ("Exports grew \"faster than anyone expected,\" according to the Ministry of Trade.", Lang::En, "\"faster than anyone expected,\"", QuoteKind::Direct, Some("Ministry of Trade")),
    ("\"We are ready,\" Anna Kowalski said. \"The ships are waiting.\"", Lang::En, "\"The ships are waiting.\"", QuoteKind::Direct, Some("Anna Kowalski")),
    ("\"If the river floods the road again,\" Ms. Okafor-Lind said.", Lang::En, "\"If the river floods the road again,\"", QuoteKind::Direct, Some("Okafor-Lind")),
    ("\"It was a mistake,\" Ben Carter, 64, told the BBC.", Lang::En, "\"It was a mistake,\"", QuoteKind::Direct, Some("Ben Carter")),
    ("The so-called \"peace plan\" was delayed again.", Lang::En, "\"peace plan\"", QuoteKind::Term, None),
    ("The minister said on Tuesday that the port would reopen next month.", Lang::En, "the port would reopen next month", QuoteKind::Reported, Some("The minister")),
    // Turkish.
    ("Bakan Ayşe Kaya, \"Köprüyü yeniden yapacağız\" dedi.", Lang::Tr, "\"Köprüyü yeniden yapacağız\"", QuoteKind::Direct, Some("Ayşe Kaya")),
    ("\"Limanı büyüteceğiz\" diye konuşan Mehmet Aydın, tarih vermedi.", Lang::Tr, "\"Limanı büyüteceğiz\"", QuoteKind::Direct, Some("Mehmet Aydın")),
    ("Anadolu Ajansı'nın Ticaret Bakanlığı'ndan aktardığına göre ihracatçılar \"bekleme sürelerinin kısalacağı\" görüşünde.", Lang::Tr, "\"bekleme sürelerinin kısalacağı\"", QuoteKind::Direct, Some("Ticaret Bakanlığı")),
    ("Zeynep Korkmaz, kararı \"tarihi bir adım\" olarak nitelendirdi.", Lang::Tr, "\"tarihi bir adım\"", QuoteKind::Direct, Some("Zeynep Korkmaz")),
    ("AFP'ye göre görüşmelerde \"somut bir ilerleme\" sağlanmadı.", Lang::Tr, "\"somut bir ilerleme\"", QuoteKind::Direct, Some("AFP")),
    ("Dışişleri Bakanlığı, heyetin yarın Ankara'ya geleceğini açıkladı.", Lang::Tr, "heyetin yarın Ankara'ya geleceğini", QuoteKind::Reported, Some("Dışişleri Bakanlığı")),
    ("Reuters'a göre iki ülke arasındaki ticaret geçen yıl yüzde 12 arttı.", Lang::Tr, "iki ülke arasındaki ticaret geçen yıl yüzde 12 arttı", QuoteKind::Reported, Some("Reuters")),
    ("NATO'dan yapılan açıklamada, tatbikatın hava koşulları nedeniyle ertelendiği bildirildi.", Lang::Tr, "tatbikatın hava koşulları nedeniyle ertelendiği", QuoteKind::Reported, Some("NATO")),
];

#[test]
fn speakers_of_news_sentences() {
    let mut failures = Vec::new();
    for (text, lang, quote, kind, speaker) in CASES {
        let ann = annotate(
            text,
            &Options {
                lang: Some(*lang),
                ..Options::default()
            },
        )
        .expect("annotates");
        let found = ann.quotes.iter().find(|q| &text[q.span] == *quote);
        let Some(q) = found else {
            let got: Vec<&str> = ann.quotes.iter().map(|q| &text[q.span]).collect();
            failures.push(format!("{text}\n  no quote {quote:?}; got {got:?}"));
            continue;
        };
        let got = q.speaker.map(|s| &text[s]);
        if q.kind != *kind || got != *speaker {
            failures.push(format!(
                "{text}\n  want {kind:?} by {speaker:?}, got {:?} by {got:?}",
                q.kind
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_pronoun_speaker_points_at_the_person_it_refers_to() {
    let text = "Maria Lopez visited the port. \"It is ready,\" she said.";
    let ann = annotate(text, &Options::default()).expect("annotates");
    let q = ann
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .expect("a quote");
    assert_eq!(q.speaker.map(|s| &text[s]), Some("she"));
    let maria = ann
        .entities
        .iter()
        .find(|e| &text[e.span] == "Maria Lopez")
        .expect("Maria Lopez");
    assert_eq!(q.speaker_cluster, Some(maria.cluster));
}

#[test]
fn a_quote_over_two_paragraphs_keeps_its_speaker() {
    let text = "\"We waited for hours and nobody came to help us,\" said Omar Haddad.\n\n\"Then the water rose again and we had to leave everything.\n\n\"Nobody has called us since,\" he added.";
    let ann = annotate(text, &Options::default()).expect("annotates");
    let direct: Vec<_> = ann
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .collect();
    assert_eq!(direct.len(), 3, "{:?}", ann.quotes);
    assert_eq!(direct[1].speaker.map(|s| &text[s]), Some("Omar Haddad"));
}
