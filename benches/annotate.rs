//! Throughput of `annotate` (and of the JSON contract) on one thread: the Turkish and the
//! English sample articles, and a 5 MB concatenation of both. A plain timing harness (best of
//! several runs after a warm-up), so `cargo bench` needs no extra crate.
//!
//!     cargo bench --bench annotate

use newsmark::{annotate, Document, OffsetUnit, Options};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn best_of<F: FnMut()>(runs: usize, mut f: F) -> Duration {
    f(); // warm-up: the lexicon and regexes are built once per process
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Numbered copies of both samples' paragraphs until `bytes` long, so that no block repeats
/// another (repeats are copied, not read).
fn corpus(tr: &str, en: &str, bytes: usize) -> String {
    let mut big = String::new();
    let mut n = 0;
    while big.len() < bytes {
        for para in tr.split("\n\n").chain(en.split("\n\n")) {
            n += 1;
            big.push_str(para.trim_end());
            big.push_str(&format!(" ({n})\n\n"));
        }
    }
    big
}

fn report(name: &str, bytes: usize, d: Duration) {
    let mbs = bytes as f64 / 1e6 / d.as_secs_f64();
    println!(
        "{name:34} {:>9.3} ms  {:>8.1} MB/s",
        d.as_secs_f64() * 1e3,
        mbs
    );
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let tr = std::fs::read_to_string(format!("{root}/www/samples/tr.txt")).expect("tr sample");
    let en = std::fs::read_to_string(format!("{root}/www/samples/en.txt")).expect("en sample");
    let big = corpus(&tr, &en, 5_000_000);
    let t0 = Instant::now();
    annotate("İlk çağrı.", &Options::default()).expect("annotates");
    println!(
        "first call (lexicon and patterns built): {:.1} ms",
        t0.elapsed().as_secs_f64() * 1e3
    );
    // `cargo bench --bench annotate -- Turkish` runs only the inputs whose name contains it.
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    for (name, text, runs) in [
        ("Turkish sample article", &tr, 2000),
        ("English sample article", &en, 2000),
        ("5 MB concatenation", &big, 5),
    ] {
        if !only.is_empty() && !only.iter().any(|o| name.contains(o.as_str())) {
            continue;
        }
        let d = best_of(runs, || {
            black_box(annotate(black_box(text), &Options::default()).expect("annotates"));
        });
        report(&format!("annotate: {name}"), text.len(), d);
        let ann = annotate(text, &Options::default()).expect("annotates");
        let d = best_of(runs, || {
            black_box(Document::new(text, &ann, OffsetUnit::Utf16));
        });
        report(&format!("contract (utf16): {name}"), text.len(), d);
        if std::env::var_os("NEWSMARK_BENCH_STAGES").is_some() {
            stages(text);
        }
    }
    // Hostile shapes: each at 1 MB and at 4 MB; the time ratio should stay near 4 (linear).
    if only.is_empty()
        || only
            .iter()
            .any(|o| o == "shapes" || o.starts_with("shape:"))
    {
        for (name, shape) in shapes() {
            let picked = only
                .iter()
                .filter_map(|o| o.strip_prefix("shape:"))
                .collect::<Vec<_>>();
            if !picked.is_empty() && !picked.iter().any(|p| name.contains(p)) {
                continue;
            }
            let small = shape(1_000_000);
            let large = shape(4_000_000);
            let opts = Options::default();
            let d1 = best_of(1, || {
                black_box(annotate(&small, &opts).expect("annotates"));
            });
            let d4 = best_of(1, || {
                black_box(annotate(&large, &opts).expect("annotates"));
            });
            if std::env::var_os("NEWSMARK_BENCH_STAGES").is_some() {
                stages(&small);
                stages(&large);
            }
            println!(
                "shape {name:34} 1 MB {:>8.1} ms   4 MB {:>8.1} ms   ratio {:.2}",
                d1.as_secs_f64() * 1e3,
                d4.as_secs_f64() * 1e3,
                d4.as_secs_f64() / d1.as_secs_f64()
            );
        }
    }
    // Linear growth: 10 MB must take at most 11 times as long as 1 MB.
    if only.is_empty() || only.iter().any(|o| o == "scaling") {
        let one = corpus(&tr, &en, 1_000_000);
        let ten = corpus(&tr, &en, 10_000_000);
        let d1 = best_of(3, || {
            black_box(annotate(&one, &Options::default()).expect("annotates"));
        });
        let d10 = best_of(1, || {
            black_box(annotate(&ten, &Options::default()).expect("annotates"));
        });
        report("annotate: 1 MB", one.len(), d1);
        report("annotate: 10 MB", ten.len(), d10);
        println!(
            "scaling: 10 MB / 1 MB time = {:.2} (size ratio {:.2})",
            d10.as_secs_f64() / d1.as_secs_f64(),
            ten.len() as f64 / one.len() as f64
        );
    }
}

/// Time of each stage on `text` (one run each, after the warm-up above), to see where
/// the time goes.
#[allow(dead_code, reason = "called when NEWSMARK_BENCH_STAGES is set")]
fn stages(text: &str) {
    use newsmark::{blocks, entities, lang, tokenize, Span};
    let t = Instant::now();
    let lang = lang::detect(text);
    let d_lang = t.elapsed();
    let t = Instant::now();
    let bl = blocks::segment(text);
    let d_blocks = t.elapsed();
    let t = Instant::now();
    let mut sentence = 0;
    let toks: Vec<(Span, newsmark::BlockKind, Vec<tokenize::Token>)> = bl
        .iter()
        .filter(|b| b.kind.is_content())
        .map(|b| {
            let v = tokenize::tokenize(text, b.span, sentence);
            sentence = v.last().map_or(sentence, |t| t.sentence + 1);
            (b.span, b.kind, v)
        })
        .collect();
    let d_tok = t.elapsed();
    let refs: Vec<entities::BlockIn> = toks
        .iter()
        .map(|(s, k, v)| (*s, *k, v.as_slice()))
        .collect();
    let t = Instant::now();
    let ents = entities::recognise(text, lang, &refs);
    let d_ent = t.elapsed();
    let mb = text.len() as f64 / 1e6;
    for (name, d) in [
        ("lang", d_lang),
        ("blocks", d_blocks),
        ("tokens", d_tok),
        ("entities", d_ent),
    ] {
        println!(
            "  stage {name:10} {:>8.1} ms  {:>7.1} MB/s",
            d.as_secs_f64() * 1e3,
            mb / d.as_secs_f64()
        );
    }
    println!("  ({} entities)", ents.len());
}

type Shape = (&'static str, fn(usize) -> String);

/// Inputs built to hit worst cases: one huge line, a flood of quote marks or apostrophes,
/// all capitals, no spaces, deeply nested quotes, one name repeated.
fn shapes() -> Vec<Shape> {
    fn fill(unit: &str, bytes: usize) -> String {
        unit.repeat(bytes / unit.len() + 1)
    }
    vec![
        ("one line, no line breaks", |n| {
            fill("Bakan Ayşe Kaya İstanbul'da \"Hazırız\" dedi. ", n)
        }),
        ("quote marks only", |n| fill("\" ", n)),
        ("unbalanced quotes and words", |n| {
            fill("\"Ali \"Veli “Can « ", n)
        }),
        ("apostrophes only", |n| fill("' ", n)),
        ("Turkish suffixes everywhere", |n| {
            fill("Kore'nin Ankara'da SVR'den ", n)
        }),
        ("all capitals", |n| fill("NATO AB BM ABD KGB SVR TASS ", n)),
        ("no spaces at all", |n| {
            fill("abcçdefgğhıijklmnoöprsştuüvyz", n)
        }),
        ("nested quotes", |n| fill("“a «b ‹c „d 'e' d“ c› b» a” ", n)),
        ("one name repeated", |n| {
            fill("Vladimir Putin, Putin ve Putin. ", n)
        }),
        ("digits and dates", |n| {
            fill("25-27 Mart 2022 yüzde 5 $2.3bn 14:30 ", n)
        }),
    ]
}
