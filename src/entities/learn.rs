//! What the trainer sees: the candidates of a labelled text with their features and gold
//! labels, from the very code path [`super::recognise`] uses. `src/bin/train.rs` (`make
//! train`) is its one user.

use super::model::{index_of, Model};
use super::{candidates, features, BlockIn, Entity, Label, Prepared};
use crate::lang::Lang;
use crate::span::Span;
use rustc_hash::FxHashMap as HashMap;

/// One training example: a candidate's features, its gold label index (0: not an entity) and
/// the rules' label index, if the rules labelled exactly this span.
#[derive(Clone, Debug)]
pub struct Example {
    /// Hashed features.
    pub feats: Vec<u32>,
    /// Index into [`super::model::LABELS`].
    pub gold: u8,
    /// The rules' label index for this span.
    pub rule: Option<u8>,
}

/// Counts for the candidate generator's recall.
#[derive(Clone, Copy, Debug, Default)]
pub struct Reach {
    /// Gold name spans (PER, ORG, LOC, MISC) in content blocks.
    pub gold: usize,
    /// Of those, how many are candidates.
    pub reached: usize,
}

/// The examples of one text with gold name spans `gold` (byte spans).
pub fn examples(
    text: &str,
    lang: Lang,
    blocks: &[BlockIn],
    gold: &[(Span, Label)],
    out: &mut Vec<Example>,
) -> Reach {
    let p = Prepared::new(text, lang, blocks);
    let cands = candidates::generate(&p);
    let want: HashMap<Span, Label> = gold.iter().filter(|(_, l)| l.is_name()).copied().collect();
    let mut reach = Reach::default();
    // Gold inside the blocks that are read.
    for (s, _) in gold.iter().filter(|(_, l)| l.is_name()) {
        if blocks.iter().any(|(b, _, _)| b.contains(*s)) {
            reach.gold += 1;
        }
    }
    for c in &cands {
        let mut feats = Vec::with_capacity(96);
        features::extract(&p, c, &mut feats);
        let g = want.get(&c.span).copied();
        if g.is_some() {
            reach.reached += 1;
        }
        out.push(Example {
            feats,
            gold: index_of(g).unwrap_or(0) as u8,
            rule: c.rule.and_then(|(l, _)| index_of(Some(l))).map(|i| i as u8),
        });
    }
    reach
}

/// Entities found with a model held in memory (the trainer's dev evaluation).
pub fn recognise_with(
    text: &str,
    lang: Lang,
    blocks: &[BlockIn],
    model: Option<&Model>,
) -> Vec<Entity> {
    super::recognise_with(text, lang, blocks, model)
}

/// Segments and tokenises `text` as [`crate::annotate`] does, and calls `f` with its blocks.
fn with_blocks<R>(text: &str, f: impl FnOnce(&[BlockIn]) -> R) -> R {
    let blocks = crate::blocks::segment(text);
    let read = crate::read_blocks(text, &blocks);
    let b: Vec<BlockIn> = read
        .iter()
        .map(|(i, s, t)| (*s, blocks[*i].kind, t.as_slice()))
        .collect();
    f(&b)
}

/// [`examples`] for a whole text, read as the annotator reads it.
pub fn examples_of_text(
    text: &str,
    lang: Lang,
    gold: &[(Span, Label)],
    out: &mut Vec<Example>,
) -> Reach {
    with_blocks(text, |b| examples(text, lang, b, gold, out))
}

/// [`recognise_with`] for a whole text, read as the annotator reads it.
pub fn entities_of_text(text: &str, lang: Lang, model: Option<&Model>) -> Vec<Entity> {
    with_blocks(text, |b| recognise_with(text, lang, b, model))
}

/// Every candidate of `text` with its scores (the trainer's `--explain`): span, the rules'
/// label, and the score of each of [`super::model::LABELS`].
pub fn explain(text: &str, lang: Lang, model: &Model) -> Vec<(Span, Option<Label>, [i32; 5])> {
    with_blocks(text, |b| {
        let p = Prepared::new(text, lang, b);
        let mut feats = Vec::new();
        candidates::generate(&p)
            .iter()
            .map(|c| {
                feats.clear();
                features::extract(&p, c, &mut feats);
                (c.span, c.rule.map(|(l, _)| l), model.score(&feats))
            })
            .collect()
    })
}
