//! The native command line: `annotate` a text, a file or a folder; `jsonl` for corpora.

use crate::formats::{self, Format};
use clap::{Parser, Subcommand};
use newsmark::{annotate, Annotations, Document, Lang, OffsetUnit, Options};
use rayon::prelude::*;
use serde_json::{json, Value};
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "newsmark",
    version,
    about = "Marks entities and quotes in news articles (Turkish, English)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Annotate a text file, stdin (`-` or nothing), or every .txt and .md file under a folder
    /// (then one JSONL line per file, or one output file per input with --format brat|conll).
    Annotate {
        /// Input file or folder; `-` or absent reads stdin.
        path: Option<String>,
        /// Offset unit of the JSON contract (other formats use code points).
        #[arg(long, default_value = "codepoint", value_parser = ["utf16", "codepoint", "byte"])]
        offsets: String,
        /// Language (`tr`, `en`); detected when absent.
        #[arg(long, value_parser = ["tr", "en", "und"])]
        lang: Option<String>,
        /// Largest text accepted, in MiB (default 20).
        #[arg(long, value_name = "MIB")]
        max_mib: Option<usize>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Write here instead of stdout (a folder, for a folder in brat or conll format).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Read JSONL objects `{"id","text"[,"lang"]}` (a file, or stdin); write one line per input
    /// line, in order, or `{"id","error"}` for a bad line. Documents are annotated in parallel
    /// on all cores; memory stays constant whatever the corpus size; a progress bar shows on a
    /// terminal.
    Jsonl {
        /// Input JSONL file; `-` or absent reads stdin.
        file: Option<String>,
        /// Output format of each line (code-point offsets).
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Worker threads (default: all cores).
        #[arg(long)]
        jobs: Option<usize>,
    },
}

/// Runs the command line.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Annotate {
            path,
            offsets,
            lang,
            max_mib,
            format,
            out,
        } => (|| {
            let options = Options {
                lang: lang
                    .as_deref()
                    .map(str::parse::<Lang>)
                    .transpose()
                    .map_err(|e| e.to_string())?,
                max_bytes: max_mib.map(|mb| mb.saturating_mul(1024 * 1024)),
            };
            let format = format.resolve();
            let unit: OffsetUnit = offsets
                .parse()
                .map_err(|e: newsmark::Error| e.to_string())?;
            match path.as_deref() {
                Some(p) if Path::new(p).is_dir() => {
                    run_folder(Path::new(p), &options, format, out.as_deref())
                }
                p => run_annotate(p, &options, unit, format, out.as_deref()),
            }
        })(),
        Command::Jsonl { file, format, jobs } => run_jsonl(file.as_deref(), format.resolve(), jobs),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsmark: {e}");
            ExitCode::FAILURE
        }
    }
}

fn read_text(path: Option<&str>) -> Result<String, String> {
    match path {
        None | Some("-") => {
            let mut text = String::new();
            io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("cannot read stdin as UTF-8 text: {e}"))?;
            Ok(text)
        }
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            String::from_utf8(bytes).map_err(|e| {
                format!(
                    "{path} is not UTF-8 text (invalid byte at {})",
                    e.utf8_error().valid_up_to()
                )
            })
        }
    }
}

fn output(out: Option<&Path>) -> Result<Box<dyn Write>, String> {
    Ok(match out {
        Some(p) => Box::new(BufWriter::new(
            std::fs::File::create(p).map_err(|e| format!("cannot write {}: {e}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

/// One document in `format`, as text (JSON or the format's own text).
fn render(text: &str, ann: &Annotations, format: Format, unit: OffsetUnit, id: &str) -> String {
    match format {
        Format::Json => Document::new(text, ann, unit).to_json(),
        Format::Displacy | Format::Spacy => {
            formats::displacy(text, &Document::new(text, ann, OffsetUnit::Codepoint)).to_string()
        }
        Format::W3c | Format::Webanno => {
            formats::w3c(text, &Document::new(text, ann, OffsetUnit::Codepoint), id).to_string()
        }
        Format::Brat => formats::brat(&Document::new(text, ann, OffsetUnit::Codepoint)),
        Format::Conll => formats::conll(text, ann),
    }
}

fn run_annotate(
    path: Option<&str>,
    options: &Options,
    unit: OffsetUnit,
    format: Format,
    out: Option<&Path>,
) -> Result<(), String> {
    let text = read_text(path)?;
    let ann = annotate(&text, options).map_err(|e| e.to_string())?;
    let mut w = output(out)?;
    let id = path.unwrap_or("stdin");
    if format == Format::Json {
        // Streamed and pretty: a long article's JSON is never held whole in memory.
        let doc = Document::new(&text, &ann, unit);
        drop(ann);
        serde_json::to_writer_pretty(&mut w, &doc).map_err(|e| e.to_string())?;
        w.write_all(b"\n").map_err(|e| e.to_string())?;
    } else {
        w.write_all(render(&text, &ann, format, unit, id).as_bytes())
            .map_err(|e| e.to_string())?;
        if matches!(format, Format::Displacy | Format::W3c) {
            w.write_all(b"\n").map_err(|e| e.to_string())?;
        }
    }
    w.flush().map_err(|e| e.to_string())
}

/// Every .txt and .md file under `dir`, sorted.
fn text_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries =
            std::fs::read_dir(&d).map_err(|e| format!("cannot read {}: {e}", d.display()))?;
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if matches!(
                p.extension().and_then(|x| x.to_str()),
                Some("txt" | "md" | "markdown")
            ) {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn run_folder(
    dir: &Path,
    options: &Options,
    format: Format,
    out: Option<&Path>,
) -> Result<(), String> {
    let files = text_files(dir)?;
    let per_file = matches!(format, Format::Brat | Format::Conll);
    let out_dir = if per_file {
        let d = out.ok_or("--format brat|conll on a folder needs --out FOLDER")?;
        std::fs::create_dir_all(d).map_err(|e| format!("cannot create {}: {e}", d.display()))?;
        Some(d)
    } else {
        None
    };
    let mut w = if per_file { None } else { Some(output(out)?) };
    let bar = progress(Some(files.len() as u64), "files");
    let mut failures = 0;
    for chunk in files.chunks(64) {
        let results: Vec<(PathBuf, Result<String, String>)> = chunk
            .par_iter()
            .map(|p| {
                let id = p.strip_prefix(dir).unwrap_or(p).display().to_string();
                let r = read_text(p.to_str()).and_then(|text| {
                    let ann = annotate_caught(&text, options)?;
                    let body = render(&text, &ann, format, OffsetUnit::Codepoint, &id);
                    Ok(if per_file {
                        body
                    } else {
                        let v: Value = serde_json::from_str(&body).map_err(|e| e.to_string())?;
                        with_id(json!(id), v).to_string()
                    })
                });
                (p.clone(), r)
            })
            .collect();
        for (p, r) in results {
            let id = p.strip_prefix(dir).unwrap_or(&p).to_path_buf();
            match (r, out_dir, &mut w) {
                (Ok(body), Some(d), _) => {
                    let target = d.join(&id);
                    if let Some(parent) = target.parent() {
                        std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
                    }
                    let ext = if format == Format::Brat {
                        "ann"
                    } else {
                        "conll"
                    };
                    std::fs::write(target.with_extension(ext), body).map_err(|e| e.to_string())?;
                    if format == Format::Brat {
                        // brat reads the text beside its annotations.
                        std::fs::copy(&p, target.with_extension("txt"))
                            .map_err(|e| e.to_string())?;
                    }
                }
                (Ok(line), None, Some(w)) => {
                    writeln!(w, "{line}").map_err(|e| e.to_string())?;
                }
                (Err(e), _, w) => {
                    failures += 1;
                    eprintln!("newsmark: {}: {e}", p.display());
                    if let Some(w) = w {
                        let line = json!({"id": id.display().to_string(), "error": e});
                        writeln!(w, "{line}").map_err(|e| e.to_string())?;
                    }
                }
                (Ok(_), None, None) => {}
            }
            bar.inc(1);
        }
    }
    bar.finish_and_clear();
    if let Some(w) = &mut w {
        w.flush().map_err(|e| e.to_string())?;
    }
    if failures > 0 {
        eprintln!("newsmark: {failures} file(s) failed; the others were processed");
    }
    Ok(())
}

/// A progress bar on stderr when it is a terminal; hidden in pipes and CI logs.
fn progress(total: Option<u64>, what: &str) -> indicatif::ProgressBar {
    if !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let style = match total {
        Some(_) => format!("{{bar:30}} {{pos}}/{{len}} {what} · {{per_sec}} · ETA {{eta}}"),
        None => format!("{{spinner}} {{pos}} {what} · {{per_sec}} · {{elapsed}}"),
    };
    let bar = total.map_or_else(
        indicatif::ProgressBar::new_spinner,
        indicatif::ProgressBar::new,
    );
    bar.set_style(
        indicatif::ProgressStyle::with_template(&style)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

/// `annotate`, with a panic (a bug) reported as this document's error: one bad document must
/// not end a batch.
fn annotate_caught(text: &str, options: &Options) -> Result<Annotations, String> {
    std::panic::catch_unwind(|| annotate(text, options))
        .map_err(|_| "internal error while annotating (please report)".to_string())?
        .map_err(|e| e.to_string())
}

/// `{"id": id, ...v}`.
fn with_id(id: Value, v: Value) -> Value {
    let mut obj = serde_json::Map::new();
    obj.insert("id".into(), id);
    if let Value::Object(m) = v {
        obj.extend(m);
    }
    Value::Object(obj)
}

/// An output line, or the input's id and an error message.
type LineResult = Result<String, (Value, String)>;

/// One JSONL line to one output line.
fn jsonl_line(line: &str, format: Format) -> LineResult {
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
    let options = Options {
        lang,
        ..Options::default()
    };
    let ann = annotate_caught(text, &options).map_err(|e| (id.clone(), e))?;
    let id_text = match &id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let out = match format {
        Format::Json => {
            // Written straight from the document (no `Value` tree in between).
            #[derive(serde::Serialize)]
            struct Line<'a> {
                id: &'a Value,
                lang: newsmark::Lang,
                entities: &'a [newsmark::output::EntityOut],
                clusters: &'a [newsmark::output::ClusterOut],
                quotes: &'a [newsmark::output::QuoteOut],
                blocks: &'a [newsmark::output::BlockOut],
            }
            let doc = Document::new(text, &ann, OffsetUnit::Codepoint);
            let line = Line {
                id: &id,
                lang: doc.lang,
                entities: &doc.entities,
                clusters: &doc.clusters,
                quotes: &doc.quotes,
                blocks: &doc.blocks,
            };
            return serde_json::to_string(&line).map_err(|e| (id.clone(), e.to_string()));
        }
        Format::Displacy | Format::W3c | Format::Spacy | Format::Webanno => {
            let body = render(text, &ann, format, OffsetUnit::Codepoint, &id_text);
            with_id(
                id,
                serde_json::from_str(&body).map_err(|e| (Value::Null, e.to_string()))?,
            )
        }
        Format::Brat => {
            json!({"id": id, "ann": render(text, &ann, format, OffsetUnit::Codepoint, &id_text)})
        }
        Format::Conll => {
            json!({"id": id, "conll": render(text, &ann, format, OffsetUnit::Codepoint, &id_text)})
        }
    };
    Ok(out.to_string())
}

/// Lines read and annotated per parallel round: memory is bounded by this, not the corpus.
const CHUNK: usize = 256;

fn run_jsonl(file: Option<&str>, format: Format, jobs: Option<usize>) -> Result<(), String> {
    std::panic::set_hook(Box::new(|_| {}));
    if let Some(n) = jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .map_err(|e| e.to_string())?;
    }
    let (reader, total): (Box<dyn BufRead>, Option<u64>) = match file {
        None | Some("-") => (Box::new(BufReader::new(io::stdin())), None),
        Some(p) => {
            let f = std::fs::File::open(p).map_err(|e| format!("cannot read {p}: {e}"))?;
            let len = f.metadata().ok().map(|m| m.len());
            (Box::new(BufReader::new(f)), len)
        }
    };
    // With a file the bar counts bytes (and can tell an ETA); with stdin, documents.
    let bar = progress(
        total,
        if total.is_some() {
            "bytes"
        } else {
            "documents"
        },
    );
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failures = 0usize;
    let mut lines = reader.lines().enumerate();
    loop {
        let mut chunk: Vec<(usize, String)> = Vec::with_capacity(CHUNK);
        for (n, line) in lines.by_ref().take(CHUNK) {
            chunk.push((
                n,
                line.map_err(|e| format!("cannot read line {}: {e}", n + 1))?,
            ));
        }
        if chunk.is_empty() {
            break;
        }
        let results: Vec<(usize, usize, LineResult)> = chunk
            .par_iter()
            .map(|(n, line)| (*n, line.len() + 1, jsonl_line(line, format)))
            .collect();
        for (n, bytes, r) in results {
            let line = r.unwrap_or_else(|(id, msg)| {
                failures += 1;
                eprintln!("newsmark: line {}: {msg}", n + 1);
                json!({"id": id, "error": msg}).to_string()
            });
            out.write_all(line.as_bytes()).map_err(|e| e.to_string())?;
            out.write_all(b"\n").map_err(|e| e.to_string())?;
            bar.inc(if total.is_some() { bytes as u64 } else { 1 });
        }
    }
    bar.finish_and_clear();
    out.flush().map_err(|e| e.to_string())?;
    if failures > 0 {
        eprintln!("newsmark: {failures} line(s) failed; the others were processed");
    }
    Ok(())
}
