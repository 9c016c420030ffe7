//! The native command line, run as a user runs it.
#![cfg(not(target_arch = "wasm32"))] // native only; tests/web.rs covers the wasm build

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    // Written from a thread: a large input and its output would fill both pipes otherwise.
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_string();
    let writer = std::thread::spawn(move || pipe.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("finishes");
    writer.join().expect("writer").expect("writes");
    out
}

/// The first entity of a JSON result whose text is `text`.
fn entity<'a>(doc: &'a serde_json::Value, text: &str) -> &'a serde_json::Value {
    doc["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .find(|e| e["text"] == text)
        .unwrap_or_else(|| panic!("no entity {text:?}"))
}

#[test]
fn jsonl_keeps_order_and_reports_bad_lines_without_stopping() {
    let input = concat!(
        r#"{"id":"a","text":"Bakan Ayşe Kaya İstanbul'da konuştu."}"#,
        "\n",
        "{not json\n",
        r#"{"id":7,"body":"no text field"}"#,
        "\n",
        "\n",
        r#"{"id":"b","text":"😀 Maria Lopez visited Berlin.","lang":"en","extra":1}"#,
        "\n",
        r#"{"id":"c","text":"x","lang":"klingon"}"#,
        "\n"
    );
    let out = run(&["jsonl"], input);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .expect("utf8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(lines.len(), 6, "one output line per input line");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["lang"], "tr");
    let ist = entity(&lines[0], "İstanbul");
    assert_eq!(ist["start"], 16, "code-point offsets");
    assert!(lines[1]["error"]
        .as_str()
        .expect("error")
        .contains("invalid JSON"));
    assert_eq!(lines[2]["id"], 7);
    assert!(lines[2]["error"].as_str().expect("error").contains("text"));
    assert!(lines[3]["error"].is_string());
    assert_eq!(lines[4]["id"], "b");
    let berlin = entity(&lines[4], "Berlin");
    assert_eq!(berlin["start"], 22, "the emoji is one code point");
    assert!(lines[5]["error"]
        .as_str()
        .expect("error")
        .contains("klingon"));
    let err = String::from_utf8(out.stderr).expect("utf8");
    for n in [2, 3, 4, 6] {
        assert!(err.contains(&format!("line {n}:")), "{err}");
    }
}

#[test]
fn annotate_reads_stdin_and_honours_units() {
    let text = "😀 İstanbul'da toplantı yapıldı.";
    for (unit, start) in [("byte", 5), ("codepoint", 2), ("utf16", 3)] {
        let out = run(&["annotate", "-", "--offsets", unit, "--lang", "tr"], text);
        assert!(out.status.success());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(v["offsets"], unit);
        assert_eq!(v["entities"][0]["start"], start, "{unit}");
    }
}

#[test]
fn annotate_names_a_missing_file_and_fails() {
    let out = run(&["annotate", "/nonexistent/article.txt"], "");
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).expect("utf8");
    assert!(err.contains("/nonexistent/article.txt"), "{err}");
}

#[test]
fn annotate_rejects_non_utf8_with_a_clear_message() {
    let dir = std::env::temp_dir().join(format!("newsmark-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let path = dir.join("latin1.txt");
    std::fs::write(&path, b"Ba\xfeKan").expect("write");
    let out = run(&["annotate", path.to_str().expect("path")], "");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
}

fn sample(name: &str) -> String {
    std::fs::read_to_string(format!("{}/www/samples/{name}", env!("CARGO_MANIFEST_DIR")))
        .expect("sample")
}

fn cp(text: &str, s: usize, e: usize) -> String {
    text.chars().skip(s).take(e - s).collect()
}

fn contract(text: &str) -> serde_json::Value {
    let out = run(&["annotate", "-"], text);
    serde_json::from_slice(&out.stdout).expect("json")
}

#[test]
fn displacy_format_parses_back_to_the_same_entities() {
    let text = sample("en.txt");
    let out = run(&["annotate", "-", "--format", "displacy"], &text);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("displaCy JSON");
    assert_eq!(v["text"], text.as_str());
    let ents = v["ents"].as_array().expect("ents");
    let want = contract(&text)["entities"]
        .as_array()
        .expect("entities")
        .clone();
    assert_eq!(ents.len(), want.len());
    for (a, b) in ents.iter().zip(&want) {
        assert_eq!(
            (&a["start"], &a["end"], &a["label"]),
            (&b["start"], &b["end"], &b["label"])
        );
    }
    assert_eq!(
        v["title"],
        "Dutch port unveils plan to cut ship emissions by 2030"
    );
}

#[test]
fn brat_format_parses_back_and_every_span_holds_its_text() {
    let text = sample("tr.txt");
    let out = run(&["annotate", "-", "--format", "brat"], &text);
    let ann = String::from_utf8(out.stdout).expect("utf8");
    let (mut t, mut r) = (0, 0);
    let mut ids = std::collections::HashSet::new();
    for line in ann.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if line.starts_with('T') {
            t += 1;
            ids.insert(cols[0].to_string());
            let meta: Vec<&str> = cols[1].split(' ').collect();
            let (s, e): (usize, usize) = (
                meta[1].parse().expect("start"),
                meta[2].parse().expect("end"),
            );
            assert_eq!(
                cp(&text, s, e).replace(['\n', '\r', '\t'], " "),
                cols[2],
                "{line}"
            );
        } else if line.starts_with('R') {
            r += 1;
            let args: Vec<&str> = cols[1].split(' ').collect();
            assert_eq!(args[0], "Speaker");
            for a in &args[1..] {
                assert!(ids.contains(a.split(':').nth(1).expect("arg")), "{line}");
            }
        } else {
            panic!("unexpected line {line}");
        }
    }
    assert!(t > 20 && r >= 4, "{t} spans, {r} relations");
}

#[test]
fn conll_format_parses_back_to_the_entities_in_order() {
    let text = sample("en.txt");
    let out = run(&["annotate", "-", "--format", "conll"], &text);
    let body = String::from_utf8(out.stdout).expect("utf8");
    let mut found: Vec<(String, String)> = Vec::new();
    for line in body.lines().filter(|l| !l.is_empty()) {
        let (tok, tag) = line.rsplit_once('\t').expect("token<TAB>tag");
        if let Some(label) = tag.strip_prefix("B-") {
            found.push((label.to_string(), tok.to_string()));
        } else if let Some(label) = tag.strip_prefix("I-") {
            let last = found.last_mut().expect("I- follows B-");
            assert_eq!(last.0, label);
            last.1.push(' ');
            last.1.push_str(tok);
        } else {
            assert_eq!(tag, "O");
        }
    }
    let want: Vec<(String, String)> = contract(&text)["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .map(|e| {
            (
                e["label"].as_str().expect("label").to_string(),
                e["text"].as_str().expect("text").to_string(),
            )
        })
        .collect();
    let squash = |s: &str| s.replace([' ', '\n'], "");
    assert_eq!(found.len(), want.len());
    for (a, b) in found.iter().zip(&want) {
        assert_eq!((&a.0, squash(&a.1)), (&b.0, squash(&b.1)));
    }
}

#[test]
fn w3c_web_annotation_selectors_point_at_their_text() {
    let text = sample("tr.txt");
    let out = run(&["annotate", "-", "--format", "w3c"], &text);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON-LD");
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    let items = v["items"].as_array().expect("items");
    assert!(items.len() > 20);
    for it in items {
        assert_eq!(it["type"], "Annotation");
        let sel = it["target"]["selector"].as_array().expect("selectors");
        let (s, e) = (
            sel[0]["start"].as_u64().expect("s") as usize,
            sel[0]["end"].as_u64().expect("e") as usize,
        );
        assert_eq!(sel[1]["exact"].as_str().expect("exact"), cp(&text, s, e));
    }
}

#[test]
fn a_folder_becomes_one_jsonl_line_per_file_or_brat_files() {
    let dir = std::env::temp_dir().join(format!("newsmark-folder-{}", std::process::id()));
    let sub = dir.join("in/sub");
    std::fs::create_dir_all(&sub).expect("mkdir");
    std::fs::write(dir.join("in/a.txt"), sample("tr.txt")).expect("write");
    std::fs::write(sub.join("b.md"), sample("en.txt")).expect("write");
    std::fs::write(dir.join("in/skip.pdf"), "not text").expect("write");
    let out = run(&["annotate", dir.join("in").to_str().expect("path")], "");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .expect("utf8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a.txt");
    assert_eq!(lines[1]["id"], "sub/b.md");
    let brat = dir.join("brat");
    let out = run(
        &[
            "annotate",
            dir.join("in").to_str().expect("path"),
            "--format",
            "brat",
            "--out",
            brat.to_str().expect("path"),
        ],
        "",
    );
    assert!(out.status.success());
    assert!(brat.join("a.ann").is_file() && brat.join("a.txt").is_file());
    assert!(brat.join("sub/b.ann").is_file());
}

#[test]
fn jsonl_in_parallel_keeps_input_order() {
    let texts = [
        sample("tr.txt"),
        sample("en.txt"),
        "Ankara'da toplantı yapıldı.".to_string(),
    ];
    let mut input = String::new();
    for i in 0..700 {
        let line = serde_json::json!({"id": i, "text": texts[i % 3]});
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let out = run(&["jsonl", "--jobs", "2"], &input);
    assert!(out.status.success());
    let ids: Vec<u64> = String::from_utf8(out.stdout)
        .expect("utf8")
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("json")["id"]
                .as_u64()
                .expect("id")
        })
        .collect();
    assert_eq!(ids, (0..700).collect::<Vec<u64>>());
}

/// A Turkish news page as pasted: a title, a dateline, case suffixes after straight and curly
/// apostrophes (also after a number), curly quotes, flag and hand emoji, and page chrome
/// (a tags line, a comment policy, a share line).
const TR_PAGE: &str = "Rusya'dan Kuzey Kore'ye yeni heyet

İSTANBUL (AA) - Rusya Dışişleri Bakanlığı, Kuzey Kore'ye üst düzey bir heyet göndereceğini \
açıkladı. Bakan Sergey Lavrov, Pyongyang’da yaptığı açıklamada “İş birliğimiz her alanda \
güçlenecek” dedi. 🇷🇺🤝🇰🇵

Türkiye'nin Moskova Büyükelçiliği'nden yapılan açıklamada ise görüşmelerin 12 Mart 2026'da \
İstanbul'da süreceği belirtildi.

Etiketler : Rusya, Kuzey Kore, diplomasi

Yorumlar hakaret içeremez. Paylaş: Facebook Twitter
";

fn non_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The token column of CoNLL output.
fn conll_tokens(body: &str) -> Vec<(&str, &str)> {
    body.lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.rsplit_once('\t').expect("token<TAB>tag"))
        .collect()
}

fn stdout(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf8")
}

#[test]
fn conll_keeps_turkish_case_suffixes_as_o_tokens() {
    let body = stdout(run(&["annotate", "-", "--format", "conll"], TR_PAGE));
    let toks = conll_tokens(&body);
    let at = |w: &str| {
        toks.windows(2)
            .find(|p| p[0].0 == w)
            .unwrap_or_else(|| panic!("no token {w:?}"))
    };
    assert_eq!(
        toks[..5],
        [
            ("Rusya", "B-LOC"),
            ("'dan", "O"),
            ("Kuzey", "B-LOC"),
            ("Kore", "I-LOC"),
            ("'ye", "O")
        ]
    );
    assert_eq!(at("Pyongyang")[1], ("’da", "O"), "curly apostrophe");
    assert_eq!(at("İstanbul")[1], ("'da", "O"));
    assert_eq!(at("Büyükelçiliği")[1], ("'nden", "O"));
    // Page chrome is written too, all `O`.
    assert_eq!(at("Etiketler")[1], (":", "O"));
    assert!(toks.contains(&("diplomasi", "O")));
}

/// Every format keeps the whole text: rebuilt from the tokens (CoNLL, all non-space
/// characters in order), the `.txt` beside the `.ann` (brat), `text` (displaCy); every span's
/// own text equals the text at its offsets (contract, W3C, brat), and the contract's blocks
/// cover every non-space character.
#[test]
fn every_format_keeps_the_whole_text() {
    let texts = [TR_PAGE.to_string(), sample("tr.txt"), sample("en.txt")];
    for text in &texts {
        // CoNLL: tokens in order are the text without its whitespace.
        let body = stdout(run(&["annotate", "-", "--format", "conll"], text));
        let joined: String = conll_tokens(&body).iter().map(|t| t.0).collect();
        assert_eq!(joined, non_space(text));

        // displaCy: the text itself, and every entity's offsets inside it.
        let v: serde_json::Value = serde_json::from_str(&stdout(run(
            &["annotate", "-", "--format", "displacy"],
            text,
        )))
        .expect("json");
        assert_eq!(v["text"], text.as_str());

        // The contract: spans hold their text; blocks cover every non-space character.
        let v = contract(text);
        let mut covered = vec![false; text.chars().count()];
        for b in v["blocks"].as_array().expect("blocks") {
            let (s, e) = (
                b["start"].as_u64().expect("s") as usize,
                b["end"].as_u64().expect("e") as usize,
            );
            covered[s..e].iter_mut().for_each(|c| *c = true);
        }
        for (c, ch) in covered.iter().zip(text.chars()) {
            assert!(*c || ch.is_whitespace(), "{ch:?} is in no block");
        }
        for e in v["entities"]
            .as_array()
            .expect("entities")
            .iter()
            .chain(v["quotes"].as_array().expect("quotes"))
        {
            let (s, en) = (
                e["start"].as_u64().expect("s") as usize,
                e["end"].as_u64().expect("e") as usize,
            );
            assert_eq!(e["text"].as_str().expect("text"), cp(text, s, en));
        }

        // W3C: each quote selector's prefix, exact and suffix are the text around its position.
        let v: serde_json::Value =
            serde_json::from_str(&stdout(run(&["annotate", "-", "--format", "w3c"], text)))
                .expect("json");
        for it in v["items"].as_array().expect("items") {
            let sel = &it["target"]["selector"];
            let (s, e) = (
                sel[0]["start"].as_u64().expect("s") as usize,
                sel[0]["end"].as_u64().expect("e") as usize,
            );
            let around = format!(
                "{}{}{}",
                sel[1]["prefix"].as_str().expect("prefix"),
                sel[1]["exact"].as_str().expect("exact"),
                sel[1]["suffix"].as_str().expect("suffix")
            );
            let p = sel[1]["prefix"].as_str().expect("prefix").chars().count();
            assert_eq!(around, cp(text, s - p, s - p + around.chars().count()));
            assert_eq!(sel[1]["exact"].as_str().expect("exact"), cp(text, s, e));
        }
    }

    // brat and CoNLL on a folder: the `.txt` beside each `.ann` is the input byte for byte, and
    // the `.conll` tokens rebuild it.
    let dir = std::env::temp_dir().join(format!("newsmark-lossless-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("in")).expect("mkdir");
    for (i, t) in texts.iter().enumerate() {
        std::fs::write(dir.join(format!("in/{i}.txt")), t).expect("write");
    }
    for format in ["brat", "conll"] {
        let out_dir = dir.join(format);
        let input = dir.join("in");
        stdout(run(
            &[
                "annotate",
                input.to_str().expect("path"),
                "--format",
                format,
                "--out",
                out_dir.to_str().expect("path"),
            ],
            "",
        ));
        for (i, t) in texts.iter().enumerate() {
            if format == "brat" {
                let txt = std::fs::read_to_string(out_dir.join(format!("{i}.txt"))).expect(".txt");
                assert_eq!(&txt, t);
                let ann = std::fs::read_to_string(out_dir.join(format!("{i}.ann"))).expect(".ann");
                for line in ann.lines().filter(|l| l.starts_with('T')) {
                    let cols: Vec<&str> = line.split('\t').collect();
                    let meta: Vec<usize> = cols[1]
                        .split(' ')
                        .skip(1)
                        .map(|n| n.parse().expect("offset"))
                        .collect();
                    assert_eq!(
                        cp(&txt, meta[0], meta[1]).replace(['\n', '\r', '\t'], " "),
                        cols[2]
                    );
                }
            } else {
                let body =
                    std::fs::read_to_string(out_dir.join(format!("{i}.conll"))).expect(".conll");
                let joined: String = conll_tokens(&body).iter().map(|t| t.0).collect();
                assert_eq!(joined, non_space(t));
            }
        }
    }

    // jsonl: displaCy lines carry the text, CoNLL lines the tokens.
    let input: String = texts
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{}\n", serde_json::json!({"id": i, "text": t})))
        .collect();
    for format in ["displacy", "conll"] {
        let out = stdout(run(&["jsonl", "--format", format], &input));
        for (line, t) in out.lines().zip(&texts) {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            if format == "displacy" {
                assert_eq!(v["text"], t.as_str());
            } else {
                let joined: String = conll_tokens(v["conll"].as_str().expect("conll"))
                    .iter()
                    .map(|t| t.0)
                    .collect();
                assert_eq!(joined, non_space(t));
            }
        }
    }
}

/// The issue's measure: on the seed article the CoNLL token column lost 269 of its 2,217
/// non-space characters; now it holds all of them.
#[test]
fn seed_conll_tokens_hold_every_character() {
    let Some(shared) = common::shared() else {
        return;
    };
    let text = std::fs::read_to_string(shared.join("seed/article_tr.txt")).expect("seed");
    let body = stdout(run(&["annotate", "-", "--format", "conll"], &text));
    let joined: String = conll_tokens(&body).iter().map(|t| t.0).collect();
    assert_eq!(joined, non_space(&text));
}

/// `spacy` and `webanno` were the names before `displacy` and `w3c`: scripts using them keep
/// working, with a note on stderr; `--help` shows only the new names.
#[test]
fn deprecated_format_names_still_work_with_a_note() {
    let text = sample("en.txt");
    for (old, new) in [("spacy", "displacy"), ("webanno", "w3c")] {
        let a = run(&["annotate", "-", "--format", old], &text);
        let b = run(&["annotate", "-", "--format", new], &text);
        assert!(a.status.success() && b.status.success());
        assert_eq!(a.stdout, b.stdout, "{old} = {new}");
        let note = String::from_utf8(a.stderr).expect("utf8");
        assert!(
            note.contains("deprecated") && note.contains(&format!("--format {new}")),
            "{note}"
        );
        assert!(b.stderr.is_empty(), "no note for the new name");
        let input = format!("{}\n", serde_json::json!({"id": "x", "text": text}));
        let a = run(&["jsonl", "--format", old], &input);
        let b = run(&["jsonl", "--format", new], &input);
        assert_eq!(a.stdout, b.stdout);
        assert!(String::from_utf8_lossy(&a.stderr).contains("deprecated"));
    }
    for cmd in ["annotate", "jsonl"] {
        let help = stdout(run(&[cmd, "--help"], ""));
        assert!(help.contains("displacy") && help.contains("w3c"), "{help}");
        assert!(
            !help.contains("webanno") && !help.contains("spacy"),
            "{help}"
        );
    }
}
