//! The native command line, run as a user runs it.
#![cfg(not(target_arch = "wasm32"))] // native only; tests/web.rs covers the wasm build

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
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("writes");
    child.wait_with_output().expect("finishes")
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
    let ist = lines[0]["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .find(|e| e["text"] == "İstanbul")
        .expect("İstanbul");
    assert_eq!(ist["start"], 16, "code-point offsets");
    assert!(lines[1]["error"]
        .as_str()
        .expect("error")
        .contains("invalid JSON"));
    assert_eq!(lines[2]["id"], 7);
    assert!(lines[2]["error"].as_str().expect("error").contains("text"));
    assert!(lines[3]["error"].is_string());
    assert_eq!(lines[4]["id"], "b");
    let berlin = lines[4]["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .find(|e| e["text"] == "Berlin")
        .expect("Berlin");
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
