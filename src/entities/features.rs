//! Features of one candidate span. This is the one extraction path: the annotator scores what
//! it returns, and the trainer (`src/bin/train.rs`, through [`super::learn`]) learns from it.
//!
//! A feature is a 32-bit hash of a template number and a value (a word's folded key, a tag bit,
//! a shape); the model maps it to a row of per-label weights.

use super::candidates::Candidate;
use super::rules::{is_place_suffix, is_quote_mark, Evidence};
use super::{Label, Prepared};
use crate::fold;
use crate::lexicon::Tags;
use crate::tokenize::{Token, TokenKind};

/// Changes whenever the features change; the weights file records the version it was trained
/// with, and weights of another version are not used.
pub const VERSION: u32 = 7;

/// Feature templates.
#[derive(Clone, Copy)]
#[repr(u8)]
enum T {
    Bias,
    Rule,
    RuleLen,
    RuleStart,
    RuleCover,
    RuleInside,
    RuleCross,
    Len,
    First,
    Last,
    Word,
    Shape,
    FirstTag,
    LastTag,
    AnyTag,
    Listed,
    ListedPart,
    Suffix,
    SuffixPlace,
    End3,
    End2,
    Prev1,
    Prev2,
    Next1,
    Next2,
    PrevTag,
    NextTag,
    PrevShape,
    NextShape,
    SentStart,
    Headline,
    ScoreLine,
    Quoted,
    CapElsewhere,
    LowerElsewhere,
    LastLowerElsewhere,
    Known,
    PersonPart,
    TrCommon,
    Inner,
    StartTitle,
    PrevTitleLen,
    Block,
    StartNext,
    PrevShapeFirst,
    NameParts,
    RuleKnown,
    Trimmed,
    UsageFirst,
    UsageLast,
    Whole,
    ShapeHeadline,
}

/// Hashes a template and a value into a feature (platform-independent: see [`fold::mix64`]).
fn feat(t: T, v: u64) -> u32 {
    let x = fold::mix64(v ^ (t as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    (x ^ (x >> 32)) as u32
}

/// A running hash of a short sequence of small values (token shapes).
#[derive(Default)]
struct Seq(u64);

impl Seq {
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3) ^ 0x5bd1_e995;
    }

    fn finish(&self) -> u64 {
        fold::mix64(self.0)
    }
}

/// A token's shape: all capitals, capitalised, lower case, number, punctuation; with `'` when
/// an apostrophe suffix follows.
fn shape(text: &str, t: &Token) -> u8 {
    let w = t.text(text);
    let base = match t.kind {
        TokenKind::Number => b'd',
        TokenKind::Punct => {
            if is_quote_mark(w) {
                b'q'
            } else {
                b'p'
            }
        }
        TokenKind::Word if fold::is_all_caps(w) => b'X',
        TokenKind::Word if fold::is_capitalised(w) => b'C',
        TokenKind::Word => b'l',
    };
    if t.suffix().is_some() {
        base | 0x80
    } else {
        base
    }
}

fn label_code(l: Label) -> u64 {
    l as u64
}

fn rule_code(l: Label, e: Evidence) -> u64 {
    label_code(l) * 4
        + match e {
            Evidence::Strong => 0,
            Evidence::Weak => 1,
            Evidence::Doubtful => 2,
        }
}

fn tag_bits(out: &mut Vec<u32>, t: T, tags: Tags) {
    let mut bits = tags.bits();
    while bits != 0 {
        let k = bits.trailing_zeros();
        out.push(feat(t, u64::from(k)));
        bits &= bits - 1;
    }
}

/// The hash of the last `n` chars of a folded key.
pub(super) fn ending(key: &str, n: usize) -> u64 {
    let start = key.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    fold::key_hash(&key[start..])
}

/// Appends the features of candidate `c` to `out`.
pub fn extract(p: &Prepared, c: &Candidate, out: &mut Vec<u32>) {
    let text = p.text;
    let blk = &p.blocks[c.block];
    let toks = blk.toks;
    let (a, b) = (c.a, c.b);
    let n = b - a;
    out.push(feat(T::Bias, 0));
    if c.trimmed {
        out.push(feat(T::Trimmed, 0));
    }

    // What the rules said.
    let len = n.min(5) as u64;
    match c.rule {
        Some((l, e)) => {
            let code = rule_code(l, e);
            out.push(feat(T::Rule, code));
            out.push(feat(T::RuleLen, code * 8 + len));
            out.push(feat(T::RuleStart, code * 2 + u64::from(toks[a].sent_start)));
        }
        None => out.push(feat(T::Rule, 99)),
    }
    if let Some(l) = c.rule_cover {
        out.push(feat(T::RuleCover, label_code(l)));
    }
    if c.rule_inside {
        out.push(feat(T::RuleInside, 0));
    }
    if c.rule_cross {
        out.push(feat(T::RuleCross, 0));
    }
    out.push(feat(T::Len, len));

    // The words and their shapes.
    let key_first = blk.keys[a];
    let key_last = blk.keys[b - 1];
    out.push(feat(T::First, key_first));
    out.push(feat(T::Last, key_last));
    let mut sh = Seq::default();
    let mut inner = false;
    // The first five tokens: inner words, shapes, lower-case connectors.
    for (k, (t, &key)) in toks[a..b].iter().zip(&blk.keys[a..b]).take(5).enumerate() {
        if k > 0 && k + 1 < n {
            out.push(feat(T::Word, key));
        }
        sh.write_u8(shape(text, t));
        if t.kind == TokenKind::Word && !fold::is_capitalised(t.text(text)) {
            inner = true;
        }
    }
    out.push(feat(T::Shape, sh.finish()));
    if inner {
        out.push(feat(T::Inner, 0));
    }

    // The lists.
    tag_bits(out, T::FirstTag, blk.tags[a]);
    tag_bits(out, T::LastTag, blk.tags[b - 1]);
    let mut any = Tags::default();
    for i in a..b {
        any |= blk.tags[i];
    }
    tag_bits(out, T::AnyTag, any);
    let names = Tags::LOC | Tags::ORG | Tags::MISC | Tags::TITLE;
    if let Some((m, tags)) = c.start.longest(n, names) {
        if m == n {
            tag_bits(out, T::Listed, tags);
        } else {
            out.push(feat(
                T::ListedPart,
                (m.min(4) as u64) * 2 + u64::from(tags.has(Tags::TITLE)),
            ));
            if tags.has(Tags::TITLE) {
                out.push(feat(T::StartTitle, m.min(4) as u64));
            }
        }
    }

    // The last word: its apostrophe suffix and its ending.
    let last = &toks[b - 1];
    let suffix = last.suffix_text(text);
    if suffix.is_empty() {
        out.push(feat(T::Suffix, 0));
    } else {
        out.push(feat(T::Suffix, fold::key_hash(suffix)));
        out.push(feat(T::SuffixPlace, u64::from(is_place_suffix(suffix))));
    }
    let (end3, end2) = blk.endings[b - 1];
    if end3 != 0 {
        out.push(feat(T::End3, end3));
        out.push(feat(T::End2, end2));
    }

    // Two tokens either side (within the block).
    let ctx = |i: Option<usize>| i.map_or(1, |i| blk.keys[i]);
    let prev1 = a.checked_sub(1);
    let prev2 = a.checked_sub(2);
    let next1 = (b < toks.len()).then_some(b);
    let next2 = (b + 1 < toks.len()).then_some(b + 1);
    out.push(feat(T::Prev1, ctx(prev1)));
    out.push(feat(T::Prev2, ctx(prev2)));
    out.push(feat(T::Next1, ctx(next1)));
    out.push(feat(T::Next2, ctx(next2)));
    if let Some(i) = prev1 {
        tag_bits(out, T::PrevTag, blk.tags[i]);
        out.push(feat(T::PrevShape, u64::from(shape(text, &toks[i]))));
        if let Some((m, tags)) = c.start.title_before {
            out.push(feat(
                T::PrevTitleLen,
                u64::from(m) * 2 + u64::from(tags.has(Tags::TITLE)),
            ));
        }
    }
    if let Some(i) = next1 {
        tag_bits(out, T::NextTag, blk.tags[i]);
        out.push(feat(T::NextShape, u64::from(shape(text, &toks[i]))));
    }

    // Where it stands.
    let first = &toks[a];
    let k = blk.sentences.partition_point(|(r, _)| r.end <= a);
    let (sent, flags) = blk
        .sentences
        .get(k)
        .map_or((a..b, 0u8), |(r, f)| (r.clone(), *f));
    out.push(feat(
        T::SentStart,
        u64::from(first.sent_start) * 2 + u64::from(a == sent.start),
    ));
    out.push(feat(T::Headline, u64::from(flags & 1)));
    // All capitals mean an acronym in running text and nothing in an all-caps heading.
    out.push(feat(
        T::ShapeHeadline,
        sh.finish().wrapping_mul(3) ^ u64::from(flags & 1),
    ));
    out.push(feat(T::ScoreLine, u64::from(flags & 2)));
    out.push(feat(T::Block, blk.kind as u64));
    let quoted = prev1.is_some_and(|i| is_quote_mark(toks[i].text(text)))
        && next1.is_some_and(|i| is_quote_mark(toks[i].text(text)));
    out.push(feat(T::Quoted, u64::from(quoted)));

    // Conjunctions a linear model cannot build from the parts: a sentence opener before a comma
    // or a verb; the word before a name and the name's shape; given name + family name.
    out.push(feat(
        T::StartNext,
        u64::from(first.sent_start) << 63 ^ ctx(next1),
    ));
    out.push(feat(
        T::PrevShapeFirst,
        ctx(prev1).wrapping_mul(31) ^ u64::from(shape(text, first)),
    ));
    let given = blk.tags[a].has(Tags::FIRST);
    let family = blk.tags[b - 1].any(Tags::LAST | Tags::PROPER);
    out.push(feat(
        T::NameParts,
        u64::from(given) | u64::from(family) << 1 | (len << 2),
    ));

    // What the rest of the document says.
    let h_first = key_first;
    out.push(feat(
        T::CapElsewhere,
        u64::from(p.stats.cap_keys.contains(&h_first)),
    ));
    out.push(feat(
        T::LowerElsewhere,
        u64::from(p.stats.lower_keys.contains(&h_first)),
    ));
    out.push(feat(
        T::LastLowerElsewhere,
        u64::from(
            p.stats
                .lower_keys
                .contains(&key_last),
        ),
    ));
    let whole = fold::key_hash(&text[c.span]);
    if let Some(l) = p.known.get(&whole) {
        out.push(feat(T::Known, label_code(*l)));
        let rule = c.rule.map_or(99, |(l, e)| rule_code(l, e));
        out.push(feat(T::RuleKnown, rule * 16 + label_code(*l)));
    }
    if n == 1 && p.per_parts.contains(&whole) {
        out.push(feat(T::PersonPart, 0));
    }
    // The whole name, and how the document uses its first and last words elsewhere.
    out.push(feat(T::Whole, whole));
    for (t, i) in [(T::UsageFirst, a), (T::UsageLast, b - 1)] {
        if let Some(&bits) = p.usage.get(&blk.keys[i]) {
            let mut m = bits;
            while m != 0 {
                let k = m.trailing_zeros();
                out.push(feat(t, u64::from(k) * 2 + u64::from(n == 1)));
                m &= m - 1;
            }
        }
    }
    if let Some(glued) = c.start.tr_common {
        out.push(feat(T::TrCommon, u64::from(glued) + 2 * u64::from(n == 1)));
    }
}
