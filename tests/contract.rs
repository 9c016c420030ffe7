//! Real output checked against the written contract (`schema/annotations.schema.json`) and
//! its promises: `text` is the substring at the offsets in every unit, lists are sorted.
#![cfg(not(target_arch = "wasm32"))] // native only; tests/web.rs covers the wasm build

mod common;

use newsmark::{annotate, Document, OffsetUnit, Options};
use serde_json::Value;

fn schema() -> Value {
    let p = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/annotations.schema.json"
    );
    serde_json::from_str(&std::fs::read_to_string(p).expect("schema")).expect("schema json")
}

/// `text[start..end]` in `unit`.
fn slice(text: &str, start: usize, end: usize, unit: OffsetUnit) -> String {
    match unit {
        OffsetUnit::Byte => text[start..end].to_string(),
        OffsetUnit::Codepoint => common::cp_slice(text, start, end),
        OffsetUnit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&units[start..end]).expect("slice on a surrogate boundary")
        }
    }
}

fn check(text: &str, unit: OffsetUnit) -> Value {
    let ann = annotate(text, &Options::default()).expect("annotates");
    let v = serde_json::to_value(Document::new(text, &ann, unit)).expect("serialises");
    let validator = jsonschema::validator_for(&schema()).expect("schema compiles");
    let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let n = |x: &Value| x.as_u64().expect("offset") as usize;
    for list in ["entities", "quotes"] {
        let items = v[list].as_array().expect("list");
        for it in items {
            assert_eq!(
                slice(text, n(&it["start"]), n(&it["end"]), unit),
                it["text"].as_str().expect("text"),
                "{list} in {unit:?}"
            );
        }
        let keys: Vec<(usize, std::cmp::Reverse<usize>)> = items
            .iter()
            .map(|it| (n(&it["start"]), std::cmp::Reverse(n(&it["end"]))))
            .collect();
        assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{list} sorted");
    }
    for q in v["quotes"].as_array().expect("quotes") {
        if let Some(s) = q["speaker"].as_str() {
            assert_eq!(
                slice(text, n(&q["speaker_start"]), n(&q["speaker_end"]), unit),
                s
            );
        }
        if let Some(c) = q["cue"].as_str() {
            assert_eq!(slice(text, n(&q["cue_start"]), n(&q["cue_end"]), unit), c);
        }
        // `speaker_name`: the canonical name of the speaker's cluster (titles before it left
        // out), else the speaker's own text, else null.
        match q["speaker_cluster"].as_u64() {
            Some(id) => {
                let canonical = v["clusters"]
                    .as_array()
                    .expect("clusters")
                    .iter()
                    .find(|c| c["id"].as_u64() == Some(id))
                    .expect("the speaker's cluster")["canonical"]
                    .as_str()
                    .expect("canonical");
                let name = q["speaker_name"].as_str().expect("speaker_name");
                assert!(canonical.ends_with(name), "speaker_name of {q}");
            }
            None => assert_eq!(q["speaker_name"], q["speaker"], "speaker_name of {q}"),
        }
    }
    let ids: Vec<u64> = v["clusters"]
        .as_array()
        .expect("clusters")
        .iter()
        .map(|c| c["id"].as_u64().expect("id"))
        .collect();
    for e in v["entities"].as_array().expect("entities") {
        assert!(ids.contains(&e["cluster"].as_u64().expect("cluster")));
    }
    v
}

#[test]
fn sample_articles_meet_the_contract_in_every_unit() {
    for name in ["tr.txt", "en.txt"] {
        let text = common::sample(name);
        for unit in [OffsetUnit::Utf16, OffsetUnit::Codepoint, OffsetUnit::Byte] {
            let v = check(&text, unit);
            assert!(!v["entities"].as_array().expect("entities").is_empty());
            assert!(!v["quotes"].as_array().expect("quotes").is_empty());
        }
    }
}

#[test]
fn seed_article_meets_the_contract() {
    let Some(shared) = common::shared() else {
        return;
    };
    let text = std::fs::read_to_string(shared.join("seed/article_tr.txt")).expect("seed");
    check(&text, OffsetUnit::Utf16);
}

#[test]
fn the_hand_written_json_equals_serde_json() {
    let texts = [
        common::sample("tr.txt"),
        common::sample("en.txt"),
        "Tab\there, \"quotes\" and \\ back\u{1}slash \u{8}\u{c}😀 İ\r\n\"unclosed".to_string(),
    ];
    for text in texts {
        let ann = annotate(&text, &Options::default()).expect("annotates");
        for unit in [OffsetUnit::Utf16, OffsetUnit::Codepoint, OffsetUnit::Byte] {
            let doc = Document::new(&text, &ann, unit);
            assert_eq!(
                doc.to_json(),
                serde_json::to_string(&doc).expect("serialises")
            );
        }
    }
}

#[test]
fn absent_values_are_null_not_missing() {
    let v = check(
        "Bir “alıntı burada duruyor” işte ve bitti.",
        OffsetUnit::Codepoint,
    );
    let q = &v["quotes"][0];
    for k in [
        "speaker",
        "speaker_start",
        "speaker_cluster",
        "speaker_name",
        "cue",
        "cue_end",
    ] {
        assert!(q.get(k).is_some_and(Value::is_null), "{k}");
    }
}

#[test]
fn speaker_name_is_who_the_speaker_is() {
    // A pronoun keeps its own span; `speaker_name` is the person it refers to.
    let v = check(
        "Maria Lopez opened the new port on Friday. \"It is ready,\" she said.",
        OffsetUnit::Utf16,
    );
    let q = &v["quotes"][0];
    assert_eq!(q["speaker"], "she");
    assert_eq!(q["speaker_name"], "Maria Lopez");
    // A surname alone: the cluster's full name.
    let v = check(
        "Bakan Ayşe Kaya dün Ankara'daydı. Kaya, \"Köprü yıl sonunda açılacak\" dedi.",
        OffsetUnit::Codepoint,
    );
    let q = &v["quotes"][0];
    assert_eq!(q["speaker"], "Kaya");
    assert_eq!(q["speaker_name"], "Ayşe Kaya");
}
