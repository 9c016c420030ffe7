//! newsmark: marks who and what a pasted news article mentions, and who said what.
//!
//! The pipeline, one module per stage:
//! [`blocks`] (page structure) → [`tokenize`] → [`entities`] (with [`temporal`] and the
//! [`lexicon`]) → [`clusters`] → [`quotes`]; [`output`] turns byte spans into the JSON
//! contract in the unit a consumer wants. [`lang`] picks the language and [`fold`] does the
//! Turkish-aware case folding every stage shares.
//!
//! ```
//! let text = "Bakan Ayşe Kaya, Ankara'da \"Hazırız\" dedi.";
//! let ann = newsmark::annotate(text, &newsmark::Options::default()).unwrap();
//! assert_eq!(ann.lang, newsmark::Lang::Tr);
//! let q = &ann.quotes[0];
//! assert_eq!(&text[q.speaker.unwrap()], "Ayşe Kaya");
//! ```

#![deny(missing_docs)]

pub mod blocks;
pub mod clusters;
pub mod entities;
mod error;
pub mod fold;
pub mod lang;
pub mod lexicon;
pub mod output;
pub mod patterns;
pub mod quotes;
pub mod span;
pub mod temporal;
pub mod tokenize;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use blocks::{Block, BlockKind};
pub use clusters::Cluster;
pub use entities::{Entity, Label};
pub use error::Error;
pub use lang::Lang;
pub use output::{Document, OffsetUnit};
pub use quotes::{Quote, QuoteKind};
pub use span::Span;

/// The largest text accepted by default, in bytes (a long article is under 100 KB; a whole
/// novel is about 1 MB). Change it with [`Options::max_bytes`].
pub const MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;

/// How to annotate.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The language; `None` detects it.
    pub lang: Option<Lang>,
    /// The largest text accepted, in bytes; `None` means [`MAX_INPUT_BYTES`]. Memory grows
    /// about tenfold the input, so a limit keeps a stray paste from exhausting it.
    pub max_bytes: Option<usize>,
}

/// Everything found in one text. Spans are byte ranges into that text.
#[derive(Clone, Debug, Default)]
pub struct Annotations {
    /// The language used.
    pub lang: Lang,
    /// Page blocks, sorted, non-overlapping.
    pub blocks: Vec<Block>,
    /// Entity mentions, sorted by start, longer first.
    pub entities: Vec<Entity>,
    /// Entity clusters, by id.
    pub clusters: Vec<Cluster>,
    /// Quotes, sorted by start.
    pub quotes: Vec<Quote>,
}

/// Annotates `text`. Deterministic; no I/O.
///
/// ```
/// use newsmark::{annotate, Label, Lang, Options};
/// let text = "\"Prices will fall,\" Mayor Jane Porter said in Lisbon on Monday.";
/// let ann = annotate(text, &Options { lang: Some(Lang::En), ..Options::default() }).unwrap();
/// let names: Vec<(&str, Label)> = ann.entities.iter().map(|e| (&text[e.span], e.label)).collect();
/// assert!(names.contains(&("Jane Porter", Label::Per)));
/// assert!(names.contains(&("Lisbon", Label::Loc)));
/// assert_eq!(ann.quotes[0].speaker.map(|s| &text[s]), Some("Jane Porter"));
///
/// let too_big = Options { max_bytes: Some(10), ..Options::default() };
/// assert!(annotate(text, &too_big).is_err());
/// ```
pub fn annotate(text: &str, options: &Options) -> Result<Annotations, Error> {
    check_size(text, options)?;
    let lang = language(text, options);
    if let Some(need) = entities::model::missing(lang) {
        return Err(Error::ModelNotLoaded(need));
    }
    let blocks = blocks::segment(text);

    let copy_of = |b: &Block| b.dup_of.filter(|&j| text[b.span] == text[blocks[j].span]);
    let read = read_blocks(text, &blocks);
    let spans_and_tokens: Vec<entities::BlockIn> = read
        .iter()
        .map(|(i, s, t)| (*s, blocks[*i].kind, t.as_slice()))
        .collect();
    let mut entities = entities::recognise(text, lang, &spans_and_tokens);

    // Repeated blocks get shifted copies of their original's marks.
    let repeats: Vec<(Span, isize)> = blocks
        .iter()
        .filter_map(|b| {
            copy_of(b).map(|j| {
                let src = blocks[j].span;
                (src, b.span.start as isize - src.start as isize)
            })
        })
        .collect();
    entities.sort_by_key(|e| (span::order_key(e.span), e.label));
    let extra = copy_repeats(
        &entities,
        &repeats,
        |e| e.span,
        |e, _, d| Entity {
            span: e.span.shifted(d),
            ..*e
        },
    );
    entities.extend(extra);
    entities.sort_by_key(|e| (span::order_key(e.span), e.label));
    let clusters = clusters::build(text, &mut entities);

    let mut intros = Vec::with_capacity(read.len());
    let mut per_block: Vec<(Span, Vec<Quote>)> = read
        .iter()
        .map(|(_, span, toks)| {
            let from = entities.partition_point(|e| e.span.start < span.start);
            let to = entities.partition_point(|e| e.span.start < span.end);
            let ctx = quotes::Context::new(text, lang, toks, &entities[from..to], &entities[..to]);
            let spans = quotes::find_spans(text, *span);
            intros.push(quotes::introduction(&ctx, &spans));
            (*span, quotes::attribute(&ctx, &spans))
        })
        .collect();
    quotes::link_paragraphs(text, &mut per_block, &intros);
    let mut quotes: Vec<Quote> = per_block.into_iter().flat_map(|(_, q)| q).collect();
    quotes.sort_by_key(|q| span::order_key(q.span));
    let extra = copy_repeats(
        &quotes,
        &repeats,
        |q| q.span,
        // A speaker or cue outside the repeated block (a quote continuing an earlier
        // paragraph) stays where it is; one inside moves with the copy.
        |q, src, d| {
            let moved = |s: Span| if src.contains(s) { s.shifted(d) } else { s };
            Quote {
                span: q.span.shifted(d),
                speaker: q.speaker.map(moved),
                cue: q.cue.map(moved),
                ..*q
            }
        },
    );
    quotes.extend(extra);
    quotes.sort_by_key(|q| span::order_key(q.span));

    Ok(Annotations {
        lang,
        blocks,
        entities,
        clusters,
        quotes,
    })
}

/// The language [`annotate`] reads `text` in: `options.lang`, else [`lang::detect`]ed.
pub fn language(text: &str, options: &Options) -> Lang {
    options.lang.unwrap_or_else(|| lang::detect(text))
}

/// The model [`annotate`] would need for `text` and this build has not loaded, if any: only a
/// build with the feature `fetch-en-model` (the page's) lacks one, English (which also scores
/// undetermined text) until `entities::model::load` is given `ner_en.bin`. `None` for a text
/// that `annotate` refuses anyway (too large).
///
/// ```
/// use newsmark::{missing_model, Options};
/// // The Turkish model is always compiled in; so is the English one unless `fetch-en-model`.
/// let text = "Bakan, İstanbul'da yaptığı açıklamada yeni bir adım atılacağını söyledi.";
/// assert_eq!(missing_model(text, &Options::default()), None);
/// ```
pub fn missing_model(text: &str, options: &Options) -> Option<Lang> {
    check_size(text, options).ok()?;
    entities::model::missing(language(text, options))
}

/// `Err(TooLarge)` for a text over the limit of `options`.
fn check_size(text: &str, options: &Options) -> Result<(), Error> {
    let max = options.max_bytes.unwrap_or(MAX_INPUT_BYTES);
    if text.len() > max {
        return Err(Error::TooLarge {
            bytes: text.len(),
            max,
        });
    }
    Ok(())
}

/// The content blocks that are read: every content block but those that repeat an earlier one
/// byte for byte (they get copies of its marks). Block index, span and tokens.
pub(crate) fn read_blocks(
    text: &str,
    blocks: &[Block],
) -> Vec<(usize, Span, Vec<tokenize::Token>)> {
    let copy_of = |b: &Block| b.dup_of.filter(|&j| text[b.span] == text[blocks[j].span]);
    let mut read = Vec::new();
    let mut sentence = 0;
    for (i, b) in blocks.iter().enumerate() {
        if !b.kind.is_content() || copy_of(b).is_some() {
            continue;
        }
        let toks = tokenize::tokenize(text, b.span, sentence);
        sentence = toks.last().map_or(sentence, |t| t.sentence + 1);
        read.push((i, b.span, toks));
    }
    read
}

/// Shifted copies of the `items` (sorted by start) that lie inside each repeated source span.
fn copy_repeats<T>(
    items: &[T],
    repeats: &[(Span, isize)],
    span_of: impl Fn(&T) -> Span,
    shifted: impl Fn(&T, Span, isize) -> T,
) -> Vec<T> {
    let mut out = Vec::new();
    for &(src, delta) in repeats {
        let from = items.partition_point(|x| span_of(x).start < src.start);
        let to = items.partition_point(|x| span_of(x).start < src.end);
        out.extend(
            items[from..to.max(from)]
                .iter()
                .filter(|x| src.contains(span_of(x)))
                .map(|x| shifted(x, src, delta)),
        );
    }
    out
}
