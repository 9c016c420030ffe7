//! The native command line: `annotate` one text, or a `jsonl` batch.

use clap::{Parser, Subcommand};
use newsmark::{annotate, Document, Lang, OffsetUnit, Options};
use serde_json::{json, Value};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "newsmark",
    version,
    about = "Marks entities and quotes in news articles."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Annotate one text (a file, or `-` / nothing for stdin) and print the JSON contract.
    Annotate {
        /// Input file; `-` or absent reads stdin.
        file: Option<String>,
        /// Offset unit of the output.
        #[arg(long, default_value = "codepoint", value_parser = ["utf16", "codepoint", "byte"])]
        offsets: String,
        /// Language (`tr`, `en`); detected when absent.
        #[arg(long, value_parser = ["tr", "en", "und"])]
        lang: Option<String>,
        /// Largest text accepted, in MiB (default 20).
        #[arg(long, value_name = "MIB")]
        max_mib: Option<usize>,
    },
    /// Read JSONL objects `{"id","text"[,"lang"]}` on stdin; write one result line per input
    /// line, in order, with code-point offsets, or `{"id","error"}` for a bad line.
    Jsonl,
}

/// Runs the command line.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Annotate {
            file,
            offsets,
            lang,
            max_mib,
        } => run_annotate(file.as_deref(), &offsets, lang.as_deref(), max_mib),
        Command::Jsonl => run_jsonl(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsmark: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run_annotate(
    file: Option<&str>,
    offsets: &str,
    lang: Option<&str>,
    max_bytes: Option<usize>,
) -> Result<(), String> {
    let mut text = String::new();
    match file {
        None | Some("-") => {
            io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("cannot read stdin as UTF-8 text: {e}"))?;
        }
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            text = String::from_utf8(bytes).map_err(|e| {
                format!(
                    "{path} is not UTF-8 text (invalid byte at {})",
                    e.utf8_error().valid_up_to()
                )
            })?;
        }
    }
    let unit: OffsetUnit = offsets
        .parse()
        .map_err(|e: newsmark::Error| e.to_string())?;
    let options = Options {
        lang: lang
            .map(str::parse::<Lang>)
            .transpose()
            .map_err(|e| e.to_string())?,
        max_bytes: max_bytes.map(|mb| mb.saturating_mul(1024 * 1024)),
    };
    let ann = annotate(&text, &options).map_err(|e| e.to_string())?;
    let doc = Document::new(&text, &ann, unit);
    drop(ann);
    // Streamed: a long article's JSON is never held whole in memory.
    let mut out = BufWriter::new(io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, &doc).map_err(|e| e.to_string())?;
    out.write_all(b"\n").map_err(|e| e.to_string())?;
    out.flush().map_err(|e| e.to_string())
}

/// One JSONL line to one output object.
fn jsonl_line(line: &str) -> Result<Value, (Value, String)> {
    if line.trim().is_empty() {
        return Err((
            Value::Null,
            "empty line (expected a JSON object)".to_string(),
        ));
    }
    let v: Value =
        serde_json::from_str(line).map_err(|e| (Value::Null, format!("invalid JSON: {e}")))?;
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    let text = v
        .get("text")
        .and_then(Value::as_str)
        .ok_or_else(|| (id.clone(), "missing string field \"text\"".to_string()))?;
    let lang = match v.get("lang") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.parse::<Lang>().map_err(|e| (id.clone(), e.to_string()))?),
        Some(_) => return Err((id, "field \"lang\" must be a string".to_string())),
    };
    // One bad document must not end a batch: a panic is caught and reported as its error.
    let ann = std::panic::catch_unwind(|| {
        annotate(
            text,
            &Options {
                lang,
                ..Options::default()
            },
        )
    })
    .map_err(|_| {
        (
            id.clone(),
            "internal error while annotating (please report)".to_string(),
        )
    })?
    .map_err(|e| (id.clone(), e.to_string()))?;
    let doc = Document::new(text, &ann, OffsetUnit::Codepoint);
    Ok(json!({
        "id": id,
        "lang": doc.lang,
        "entities": doc.entities,
        "clusters": doc.clusters,
        "quotes": doc.quotes,
        "blocks": doc.blocks,
    }))
}

fn run_jsonl() -> Result<(), String> {
    std::panic::set_hook(Box::new(|_| {}));
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failures = 0usize;
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.map_err(|e| format!("cannot read line {}: {e}", n + 1))?;
        let value = match jsonl_line(&line) {
            Ok(v) => v,
            Err((id, msg)) => {
                failures += 1;
                eprintln!("newsmark: line {}: {msg}", n + 1);
                json!({"id": id, "error": msg})
            }
        };
        serde_json::to_writer(&mut out, &value).map_err(|e| e.to_string())?;
        out.write_all(b"\n").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())?;
    if failures > 0 {
        eprintln!("newsmark: {failures} line(s) failed; the others were processed");
    }
    Ok(())
}
