//! Output formats other tools read, built from the contract with code-point offsets:
//! displaCy's "manual" JSON, brat standoff (`.ann`), CoNLL-style BIO tokens, and the W3C
//! Web Annotation Data Model (what Hypothesis and annotation stores read).

use newsmark::{tokenize, Annotations, BlockKind, Document, QuoteKind};
use serde_json::{json, Value};

/// The formats `--format` accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The newsmark contract.
    Json,
    /// displaCy "manual" input: `{"text","ents":[{"start","end","label"}],"title"}`.
    Displacy,
    /// brat standoff annotations (`T` lines for entities and quotes, `R` for speakers).
    Brat,
    /// CoNLL-style tokens, one per line with a BIO tag, a blank line between sentences.
    Conll,
    /// W3C Web Annotation Data Model (JSON-LD), one annotation per mark.
    W3c,
    /// Old name of `displacy` (hidden; still works, with a note on stderr).
    #[value(hide = true)]
    Spacy,
    /// Old name of `w3c` (hidden; still works, with a note on stderr). WebAnno is another tool
    /// with a TSV format of its own.
    #[value(hide = true)]
    Webanno,
}

impl Format {
    /// The current name for a deprecated one, with a note on stderr; others unchanged.
    pub fn resolve(self) -> Format {
        let (old, new) = match self {
            Format::Spacy => ("spacy", Format::Displacy),
            Format::Webanno => ("webanno", Format::W3c),
            other => return other,
        };
        let name = if new == Format::Displacy {
            "displacy"
        } else {
            "w3c"
        };
        eprintln!(
            "newsmark: note: --format {old} is deprecated and will be removed; use --format {name} (same output)"
        );
        new
    }
}

/// displaCy's "manual" input; `doc` must have code-point offsets.
pub fn displacy(text: &str, doc: &Document) -> Value {
    let ents: Vec<Value> = doc
        .entities
        .iter()
        .map(|e| json!({"start": e.start, "end": e.end, "label": e.label}))
        .collect();
    let title = doc
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title)
        .map(|b| {
            text.chars()
                .skip(b.start)
                .take(b.end - b.start)
                .collect::<String>()
        });
    json!({"text": text, "ents": ents, "title": title})
}

/// brat standoff: `T<n>\t<Type> <start> <end>\t<text>` (newlines in the text column become
/// spaces; offsets are exact), and `R<n>\tSpeaker Arg1:T<quote> Arg2:T<speaker>`.
pub fn brat(doc: &Document) -> String {
    let flat = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    let mut out = String::new();
    let mut n = 0;
    let mut rels = 0;
    let mut ids: Vec<((usize, usize), usize)> = Vec::new();
    for e in &doc.entities {
        n += 1;
        ids.push(((e.start, e.end), n));
        out.push_str(&format!(
            "T{n}\t{} {} {}\t{}\n",
            e.label.name(),
            e.start,
            e.end,
            flat(&e.text)
        ));
    }
    for q in &doc.quotes {
        n += 1;
        let quote = n;
        let kind = match q.kind {
            QuoteKind::Direct => "Quote",
            QuoteKind::Reported => "Reported",
            QuoteKind::Term => "Term",
        };
        out.push_str(&format!(
            "T{quote}\t{kind} {} {}\t{}\n",
            q.start,
            q.end,
            flat(&q.text)
        ));
        if let (Some(s), Some(e), Some(t)) = (q.speaker_start, q.speaker_end, &q.speaker) {
            let speaker = match ids.iter().find(|(span, _)| *span == (s, e)) {
                Some((_, id)) => *id,
                None => {
                    n += 1;
                    ids.push(((s, e), n));
                    out.push_str(&format!("T{n}\tSpeaker {s} {e}\t{}\n", flat(t)));
                    n
                }
            };
            rels += 1;
            out.push_str(&format!("R{rels}\tSpeaker Arg1:T{quote} Arg2:T{speaker}\n"));
        }
    }
    out
}

/// CoNLL-style BIO tokens (`token\tB-PER`), a blank line between sentences and after each
/// block. Nothing is dropped: every block is written (page chrome too, tagged `O`), and a
/// Turkish case suffix after an apostrophe is a token of its own (`Kore` `B-LOC`, `'ye` `O`,
/// the convention of Turkish NER corpora), so the tokens hold every non-space character of
/// the text, in order. Tokens and entities come from the byte-span annotations; the
/// tokenizer is the annotator's own (the suffix split is done here, not there).
pub fn conll(text: &str, ann: &Annotations) -> String {
    let mut out = String::new();
    let mut sentence = 0;
    // `B-`/`I-` and the label of the entity holding `span`, or `O`.
    let tag_of = |ents: &[newsmark::Entity], span: newsmark::Span| {
        ents.iter()
            .take_while(|e| e.span.start < span.end)
            .find(|e| e.span.contains(span))
            .map_or_else(
                || "O".to_string(),
                |e| {
                    let bi = if e.span.start == span.start { "B" } else { "I" };
                    format!("{bi}-{}", e.label.name())
                },
            )
    };
    let line = |out: &mut String, span: newsmark::Span, tag: &str| {
        out.push_str(&text[span].replace(['\n', '\t'], " "));
        out.push('\t');
        out.push_str(tag);
        out.push('\n');
    };
    for b in &ann.blocks {
        let toks = tokenize::tokenize(text, b.span, sentence);
        sentence = toks.last().map_or(sentence, |t| t.sentence + 1);
        let mut prev_sentence = None;
        let from = ann.entities.partition_point(|e| e.span.end <= b.span.start);
        // Chrome (`boilerplate`) is never annotated: all `O`.
        let ents = if b.kind.is_content() {
            &ann.entities[from..]
        } else {
            &[]
        };
        for t in &toks {
            if prev_sentence.is_some_and(|p| p != t.sentence) {
                out.push('\n');
            }
            prev_sentence = Some(t.sentence);
            line(&mut out, t.span, &tag_of(ents, t.span));
            if let Some(suffix) = t.suffix() {
                // `O` after a name (`Kore` `'ye`); inside a longer name it continues it.
                line(&mut out, suffix, &tag_of(ents, suffix));
            }
        }
        out.push('\n');
    }
    out
}

/// W3C Web Annotation Data Model: an `AnnotationPage` of annotations, each targeting
/// `source` with a `TextPositionSelector` (code points) and a `TextQuoteSelector`.
pub fn w3c(text: &str, doc: &Document, source: &str) -> Value {
    let chars: Vec<char> = text.chars().collect();
    let cut = |a: usize, b: usize| {
        chars[a.min(chars.len())..b.min(chars.len())]
            .iter()
            .collect::<String>()
    };
    let selector = |start: usize, end: usize| {
        json!([
            {"type": "TextPositionSelector", "start": start, "end": end},
            {"type": "TextQuoteSelector", "exact": cut(start, end),
             "prefix": cut(start.saturating_sub(32), start), "suffix": cut(end, end + 32)}
        ])
    };
    let mut items: Vec<Value> = doc
        .entities
        .iter()
        .map(|e| {
            json!({
                "type": "Annotation",
                "motivation": "tagging",
                "body": {"type": "TextualBody", "purpose": "tagging", "value": e.label},
                "target": {"source": source, "selector": selector(e.start, e.end)}
            })
        })
        .collect();
    items.extend(doc.quotes.iter().map(|q| {
        let mut body = vec![json!({"type": "TextualBody", "purpose": "tagging", "value": format!("{:?}", q.kind).to_lowercase()})];
        if let Some(s) = &q.speaker {
            body.push(json!({"type": "TextualBody", "purpose": "identifying", "value": s}));
        }
        json!({
            "type": "Annotation",
            "motivation": "identifying",
            "body": body,
            "target": {"source": source, "selector": selector(q.start, q.end)}
        })
    }));
    json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationPage",
        "items": items
    })
}
