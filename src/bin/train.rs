//! `make train`: learns the entity scorer's weights for one language.
//!
//! ```text
//! cargo run --release --bin train -- --lang tr [--shared ../shared] [--out data/model/ner_tr.bin]
//! ```
//!
//! Reads the licensed corpora in `../shared/train` (when present) and the project's own news in
//! `data/train/<lang>/` (a tenth of its articles kept apart as the dev set), turns every text
//! into candidates and features through `newsmark::entities::learn` (the annotator's own code
//! path), trains an averaged perceptron, quantises the weights to signed bytes and writes them.
//! Deterministic: the same data gives the same file, byte for byte.

// Native only: the wasm build has no trainer.
#[cfg(not(target_arch = "wasm32"))]
mod native {

    use newsmark::entities::learn::{self, Example};
    use newsmark::entities::model::{self, Model};
    use newsmark::{Label, Lang, Span};
    use std::path::{Path, PathBuf};

    const EPOCHS: usize = 8;
    /// Perceptrons averaged (`--runs`), each on its own fixed shuffle.
    const RUNS: usize = 1;
    /// Our own news counts this many times a Wikipedia or tweet sentence (`--news-weight`).
    const NEWS_WEIGHT: f32 = 4.0;

    struct Doc {
        text: String,
        gold: Vec<(Span, Label)>,
    }

    fn label(s: &str) -> Option<Label> {
        Some(match s {
            "PER" => Label::Per,
            "ORG" => Label::Org,
            "LOC" => Label::Loc,
            "MISC" => Label::Misc,
            "DATE" => Label::Date,
            _ => return None,
        })
    }

    /// Code-point offsets to byte offsets.
    fn byte_offsets(text: &str) -> Vec<usize> {
        let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        v.push(text.len());
        v
    }

    fn read_jsonl(path: &Path) -> Vec<Doc> {
        let Ok(s) = std::fs::read_to_string(path) else {
            eprintln!("train: {} not here, skipped", path.display());
            return Vec::new();
        };
        s.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("JSONL line");
                let text = v["text"].as_str().expect("text").to_string();
                let off = byte_offsets(&text);
                let gold = v["entities"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|e| {
                                let s = e["start"].as_u64()? as usize;
                                let t = e["end"].as_u64()? as usize;
                                Some((Span::new(off[s], off[t]), label(e["label"].as_str()?)?))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                Doc { text, gold }
            })
            .collect()
    }

    /// Parses the `{LABEL text}` markup of `data/train` (see `tools/train_markup.py`).
    fn read_markup(path: &Path) -> Vec<Doc> {
        let raw = std::fs::read_to_string(path).expect("training file");
        let mut docs = Vec::new();
        let mut body: Option<String> = None;
        for line in raw.lines() {
            if line.starts_with("### ") {
                if let Some(b) = body.take() {
                    docs.push(parse_markup(b.trim_matches('\n')));
                }
                body = Some(String::new());
            } else if let Some(b) = body.as_mut() {
                b.push_str(line);
                b.push('\n');
            }
        }
        if let Some(b) = body {
            docs.push(parse_markup(b.trim_matches('\n')));
        }
        docs
    }

    fn parse_markup(body: &str) -> Doc {
        let mut text = String::with_capacity(body.len());
        let mut gold = Vec::new();
        let mut rest = body;
        while let Some(open) = rest.find('{') {
            text.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                break;
            };
            let inner = &after[..close];
            match inner
                .split_once(' ')
                .and_then(|(l, t)| Some((label(l)?, t)))
            {
                Some((l, t)) => {
                    let start = text.len();
                    text.push_str(t);
                    gold.push((Span::new(start, text.len()), l));
                }
                None => text.push_str(inner),
            }
            rest = &after[close + 1..];
        }
        text.push_str(rest);
        Doc { text, gold }
    }

    /// A small deterministic generator for the epoch shuffles.
    struct XorShift(u64);
    impl XorShift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    /// `examples`: each with its weight and whether its corpus is labelled completely. The licensed
    /// corpora are not: they have no MISC, and leave many names unlabelled (`ABD` in about half of
    /// its Turkish-Wiki-NER sentences). There a MISC guess, or the rules' own label, for an
    /// unlabelled span is not counted as a mistake.
    fn train(examples: &[(Example, f32, bool)], bits: u32, epochs: usize, seed: u64) -> Vec<f32> {
        let n = 5usize;
        let size = n << bits;
        let mask = (1u32 << bits) - 1;
        let mut w = vec![0f32; size];
        let mut u = vec![0f64; size];
        let mut c = 1f64;
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut rng = XorShift(seed);
        for epoch in 0..epochs {
            for i in (1..order.len()).rev() {
                let j = (rng.next() % (i as u64 + 1)) as usize;
                order.swap(i, j);
            }
            let mut errors = 0usize;
            for &k in &order {
                let (ex, wt, complete) = &examples[k];
                let mut s = [0f32; 5];
                for &f in &ex.feats {
                    let row = ((f & mask) as usize) * n;
                    for (l, acc) in s.iter_mut().enumerate() {
                        *acc += w[row + l];
                    }
                }
                let mut pred = 0;
                for l in 1..n {
                    if s[l] > s[pred] {
                        pred = l;
                    }
                }
                let gold = ex.gold as usize;
                let unknowable =
                    !complete && gold == 0 && (pred == 4 || ex.rule == Some(pred as u8));
                if pred != gold && !unknowable {
                    errors += 1;
                    for &f in &ex.feats {
                        let row = ((f & mask) as usize) * n;
                        w[row + gold] += wt;
                        w[row + pred] -= wt;
                        u[row + gold] += c * f64::from(*wt);
                        u[row + pred] -= c * f64::from(*wt);
                    }
                }
                c += 1.0;
            }
            eprintln!(
                "train: epoch {} errors {errors} of {}",
                epoch + 1,
                examples.len()
            );
        }
        w.iter()
            .zip(&u)
            .map(|(&w, &u)| (f64::from(w) - u / c) as f32)
            .collect()
    }

    /// Signed bytes: the 99.9th percentile of the non-zero magnitudes maps to 100; weights that
    /// round to less than `PRUNE` in magnitude are pruned to zero: at 15 the files gzip to
    /// about 65 KB each (at 3, 160 KB) for 0.005 F1 on our own dev articles.
    const PRUNE: f32 = 15.0;
    fn quantise(w: &[f32], prune: f32) -> Vec<i8> {
        let mut mags: Vec<f32> = w.iter().map(|x| x.abs()).filter(|&x| x > 0.0).collect();
        mags.sort_by(f32::total_cmp);
        let top = mags
            .get(mags.len() * 999 / 1000)
            .copied()
            .unwrap_or(1.0)
            .max(1e-6);
        let scale = 100.0 / top;
        w.iter()
            .map(|&x| (x * scale).round().clamp(-127.0, 127.0))
            .map(|x| if x.abs() < prune { 0 } else { x as i8 })
            .collect()
    }

    /// Exact-match P/R/F1 over the name labels.
    fn f1(docs: &[Doc], lang: Lang, model: Option<&Model>) -> (f64, f64, f64) {
        let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
        for d in docs {
            let got: Vec<(Span, Label)> = learn::entities_of_text(&d.text, lang, model)
                .into_iter()
                .filter(|e| e.label.is_name())
                .map(|e| (e.span, e.label))
                .collect();
            let want: Vec<&(Span, Label)> = d.gold.iter().filter(|(_, l)| l.is_name()).collect();
            np += got.len();
            ng += want.len();
            tp += got.iter().filter(|g| want.contains(g)).count();
        }
        let p = tp as f64 / np.max(1) as f64;
        let r = tp as f64 / ng.max(1) as f64;
        (p, r, 2.0 * p * r / (p + r).max(1e-9))
    }

    pub fn main() {
        let mut lang = Lang::Tr;
        let mut shared = PathBuf::from("../shared");
        let mut out: Option<PathBuf> = None;
        let mut bits = 16u32;
        let mut explain: Option<PathBuf> = None;
        let mut news_weight = NEWS_WEIGHT;
        let mut epochs = EPOCHS;
        let mut runs = RUNS;
        let mut prune = PRUNE;
        let mut args = std::env::args().skip(1);
        while let Some(a) = args.next() {
            let mut val = || args.next().unwrap_or_else(|| panic!("{a} needs a value"));
            match a.as_str() {
                "--lang" => {
                    lang = match val().as_str() {
                        "tr" => Lang::Tr,
                        "en" => Lang::En,
                        other => panic!("unknown language {other}"),
                    }
                }
                "--shared" => shared = PathBuf::from(val()),
                "--out" => out = Some(PathBuf::from(val())),
                "--bits" => bits = val().parse().expect("--bits N"),
                "--explain" => explain = Some(PathBuf::from(val())),
                "--news-weight" => news_weight = val().parse().expect("--news-weight X"),
                "--epochs" => epochs = val().parse().expect("--epochs N"),
                "--runs" => runs = val().parse().expect("--runs N"),
                "--prune" => prune = val().parse().expect("--prune X"),
                other => panic!("unknown argument {other}"),
            }
        }
        let code = lang.code();
        if let Some(path) = explain {
            // Prints every candidate of a text with the compiled-in model's scores.
            let text = std::fs::read_to_string(path).expect("text to explain");
            let m = Model::for_lang(lang).expect("a compiled-in model");
            for (s, rule, sc) in learn::explain(&text, lang, &m) {
                println!(
                    "{:30} rule {:5} none {:5} per {:5} org {:5} loc {:5} misc {:5}",
                    &text[s.start..s.end],
                    rule.map_or("-", |l| l.name()),
                    sc[0],
                    sc[1],
                    sc[2],
                    sc[3],
                    sc[4]
                );
            }
            return;
        }
        let out = out.unwrap_or_else(|| PathBuf::from(format!("data/model/ner_{code}.bin")));

        // Our own news: every tenth article is the dev set.
        let dir = PathBuf::from(format!("data/train/{code}"));
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        files.sort();
        let (mut news, mut dev) = (Vec::new(), Vec::new());
        for (i, d) in files.iter().flat_map(|f| read_markup(f)).enumerate() {
            if i % 10 == 9 {
                dev.push(d);
            } else {
                news.push(d);
            }
        }
        let corpus = read_jsonl(&shared.join(format!("train/ner_{code}_train.jsonl")));
        eprintln!(
            "train: {code}: {} news articles ({} dev), {} corpus sentences",
            news.len(),
            dev.len(),
            corpus.len()
        );

        let mut examples: Vec<(Example, f32, bool)> = Vec::new();
        let mut reach = learn::Reach::default();
        for (docs, weight, misc) in [(&corpus, 1.0f32, false), (&news, news_weight, true)] {
            for d in docs.iter() {
                let mut ex = Vec::new();
                let r = learn::examples_of_text(&d.text, lang, &d.gold, &mut ex);
                reach.gold += r.gold;
                reach.reached += r.reached;
                examples.extend(ex.into_iter().map(|e| (e, weight, misc)));
            }
        }
        eprintln!(
            "train: {} examples; candidates reach {} of {} gold names ({:.1}%)",
            examples.len(),
            reach.reached,
            reach.gold,
            100.0 * reach.reached as f64 / reach.gold.max(1) as f64
        );
        // The mean of `runs` perceptrons trained on different shuffles: steadier than one.
        let mut sum = vec![0f32; 5 << bits];
        for r in 0..runs {
            let seed = 0x9E37_79B9_7F4A_7C15u64.wrapping_add(r as u64 * 0x2545_F491_4F6C_DD1D);
            for (acc, x) in sum.iter_mut().zip(train(&examples, bits, epochs, seed)) {
                *acc += x / runs as f32;
            }
        }
        let w = quantise(&sum, prune);
        let nonzero = w.iter().filter(|&&x| x != 0).count();

        // The rules' prior: tuned on our own dev articles.
        let rules_only = f1(&dev, lang, None);
        // The rules' prior and the decision threshold: tuned on our own dev articles.
        let mut best = (f64::MIN, 0i32, 0i32);
        for prior in (0..=60).step_by(10) {
            for shift in (-40..=140).step_by(10) {
                let bytes = model::write(bits, prior, shift, &w);
                let m = Model::from_bytes(&bytes).expect("own format");
                let (_, _, f) = f1(&dev, lang, Some(&m));
                if f > best.0 + 1e-9 {
                    best = (f, prior, shift);
                }
            }
        }
        let bytes = model::write(bits, best.1, best.2, &w);
        std::fs::write(&out, &bytes).expect("write weights");
        eprintln!(
        "train: wrote {} ({} bytes, {nonzero} non-zero weights); dev F1 {:.3} (rules alone {:.3}), rule prior {}, shift {}",
        out.display(),
        bytes.len(),
        best.0,
        rules_only.2,
        best.1,
        best.2
    );
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
