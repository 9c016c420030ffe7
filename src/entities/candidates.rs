//! Candidate spans for the learned scorer: every span the rules labelled, and every stretch of a
//! run of capitalised words (with the connectors and particles that may sit inside a name),
//! so the model can choose a boundary the rules missed: with or without a leading title, party
//! word or trailing head word.

use super::rules::{
    is_cap_word, is_dotted_initials, is_hyphen, Cand, Evidence, CONNECTORS, PARTICLES,
};
use super::Label;
use super::Prepared;
use crate::fold;
use crate::lexicon::{Lexicon, Tags};
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};

/// The longest candidate, in tokens.
const MAX_TOKENS: usize = 8;

/// One candidate span: tokens `a..b` of block `block`, and what the rules said about it.
#[derive(Clone, Copy, Debug)]
pub struct Candidate {
    /// Index into the prepared blocks.
    pub block: usize,
    /// First token.
    pub a: usize,
    /// One past the last token.
    pub b: usize,
    /// Byte span.
    pub span: Span,
    /// The rules' label and evidence for exactly this span.
    pub rule: Option<(Label, Evidence)>,
    /// The label of a rule span that strictly contains this one.
    pub rule_cover: Option<Label>,
    /// A rule span lies strictly inside this one.
    pub rule_inside: bool,
    /// A rule span crosses one of this span's edges.
    pub rule_cross: bool,
    /// Initials without their last full stop.
    pub trimmed: bool,
    /// What the lists know of the tokens from `a` on (computed once per start token).
    pub start: StartInfo,
}

/// List facts about a candidate's first token, shared by all candidates starting there.
#[derive(Clone, Copy, Debug, Default)]
pub struct StartInfo {
    /// Tags of the listed entries starting at `a`, by length in tokens.
    pub entries: [Tags; 16],
    /// How many lengths were looked up.
    pub looked: u8,
    /// A listed title ending right before `a`: its length in tokens and tags.
    pub title_before: Option<(u8, Tags)>,
    /// Turkish: the first word is an everyday word; `Some(true)` with a glued ending.
    pub tr_common: Option<bool>,
}

impl StartInfo {
    fn new(p: &Prepared, toks: &[Token], a: usize, end: usize) -> StartInfo {
        let lex = Lexicon::get();
        let mut info = StartInfo::default();
        info.looked = lex.prefixes(p.text, &toks[a..end], &mut info.entries) as u8;
        info.title_before = title_before(p.text, lex, toks, a).map(|(m, t)| (m as u8, t));
        if p.lang == crate::Lang::Tr && toks[a].kind == TokenKind::Word {
            let k = fold::key(toks[a].text(p.text));
            info.tr_common = lex.turkish_common_ending(&k).map(|e| e > 0);
        }
        info
    }

    /// The longest listed entry with any tag of `want` within the first `n` tokens.
    pub fn longest(&self, n: usize, want: Tags) -> Option<(usize, Tags)> {
        (1..=n.min(usize::from(self.looked)))
            .rev()
            .find(|&m| self.entries[m - 1].any(want))
            .map(|m| (m, self.entries[m - 1]))
    }
}

/// A listed title ending right before token `a` (`Dışişleri Bakanı`, `Sen.`): its length in
/// tokens and tags.
fn title_before(text: &str, lex: &Lexicon, toks: &[Token], a: usize) -> Option<(usize, Tags)> {
    let mut a = a;
    // `Sen.`: skip the abbreviation's full stop.
    if a > 1 && toks[a - 1].text(text) == "." && !toks[a - 1].space_before {
        a -= 1;
    }
    (1..=3.min(a)).rev().find_map(|m| {
        lex.longest(text, &toks[a - m..a], Tags::TITLE)
            .filter(|(k, _)| *k == m)
    })
}

/// Tokens that may sit inside a name between capitalised words.
fn is_inner(text: &str, t: &Token) -> bool {
    let w = t.text(text);
    match t.kind {
        TokenKind::Word => {
            let k = fold::key(w);
            CONNECTORS.contains(&k.as_str()) || PARTICLES.contains(&k.as_str())
        }
        TokenKind::Punct => matches!(w, "&" | "." | "-" | "‐" | "‑"),
        TokenKind::Number => false,
    }
}

/// An ordinal (`1.`) at token `j`, followed by a capitalised word.
fn ordinal(text: &str, toks: &[Token], j: usize, end: usize) -> bool {
    j + 2 < end
        && toks[j].kind == TokenKind::Number
        && toks[j].span.len() <= 3
        && toks[j + 1].text(text) == "."
        && !toks[j + 1].space_before
        && is_edge(text, &toks[j + 2])
}

/// A token that can open or close a name.
fn is_edge(text: &str, t: &Token) -> bool {
    is_cap_word(text, t)
}

/// Runs of name-like tokens in `toks[range]`: capitalised words, joined by connectors,
/// particles, glued hyphens and dots. A run ends after a token with an apostrophe suffix.
fn runs(text: &str, toks: &[Token], range: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if !is_edge(text, &toks[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut last_edge = i;
        let mut j = i + 1;
        while j < range.end && toks[j - 1].suffix().is_none() {
            let t = &toks[j];
            if is_edge(text, t) || (t.kind == TokenKind::Number && !t.space_before) {
                last_edge = j;
                j += 1;
            } else if ordinal(text, toks, j, range.end) {
                // `Yargıtay 1. Ceza Dairesi`, `Ankara 5. Asliye Ceza Mahkemesi`.
                j += 2;
            } else if is_inner(text, t) && j + 1 < range.end {
                j += 1;
            } else {
                break;
            }
        }
        out.push(start..last_edge + 1);
        i = last_edge + 1;
    }
    out
}

/// All candidates of the prepared document, in order.
pub fn generate(p: &Prepared) -> Vec<Candidate> {
    let mut out = Vec::new();
    for bi in 0..p.blocks.len() {
        generate_block(p, bi, &mut out);
    }
    out
}

/// Appends the candidates of block `bi` to `out`, sorted by span (see [`generate`]): the
/// annotator scores a block's candidates and drops them before the next block's, so memory
/// follows the longest block, not the document.
pub fn generate_block(p: &Prepared, bi: usize, out: &mut Vec<Candidate>) {
    let text = p.text;
    let blk = &p.blocks[bi];
    let toks = blk.toks;
    let rules = &p.rules[blk.rules.clone()];
    let first = out.len();
    for (range, _) in &blk.sentences {
        for r in runs(text, toks, range.clone()) {
            for a in r.clone() {
                if !is_edge(text, &toks[a]) {
                    continue;
                }
                let info = StartInfo::new(p, toks, a, r.end.min(a + MAX_TOKENS));
                for b in a + 1..=r.end.min(a + MAX_TOKENS) {
                    let last = &toks[b - 1];
                    // A name never runs through a suffix, and ends on a word.
                    if (b - 1 > a && toks[b - 2].suffix().is_some())
                        || !(is_edge(text, last) || last.kind == TokenKind::Number)
                        || is_hyphen(text, last)
                    {
                        if toks[b - 1].suffix().is_some() {
                            break;
                        }
                        continue;
                    }
                    push(out, bi, toks, (a, b), text, info);
                    if last.suffix().is_some() {
                        break;
                    }
                }
            }
        }
    }
    // Rule spans the runs do not produce (lower-case words inside, odd tokens). A set of
    // the block's spans: a scan per rule span was quadratic on a long block (a paste
    // without line breaks froze).
    let produced: rustc_hash::FxHashSet<Span> = out[first..].iter().map(|x| x.span).collect();
    for c in rules {
        let a = toks.partition_point(|t| t.span.start < c.span.start);
        let b = toks.partition_point(|t| t.span.end <= c.span.end);
        if a < b
            && toks[a].span.start == c.span.start
            && toks[b - 1].span.end == c.span.end
            && !produced.contains(&c.span)
        {
            let info = StartInfo::new(p, toks, a, b);
            out.push(Candidate {
                start: info,
                ..candidate(bi, toks, a, b)
            });
        }
    }
    // Drop candidates that overlap a date, time or amount; mark what the rules said.
    let temporal = &p.temporal[blk.temporal.clone()];
    let mut k = first;
    while k < out.len() {
        let s = out[k].span;
        let i = temporal.partition_point(|t| t.span.end <= s.start);
        if temporal.get(i).is_some_and(|t| t.span.overlaps(s)) {
            out.swap_remove(k);
            continue;
        }
        let from = rules.partition_point(|r| r.span.end <= s.start);
        for r in rules[from..].iter().take_while(|r| r.span.start < s.end) {
            annotate_rule(&mut out[k], r);
        }
        k += 1;
    }
    out[first..].sort_by_key(|c| (c.span.start, c.span.end));
}

/// Pushes the candidate `a..b`; a lone token of initials also without its last full stop, as
/// names written in initials are marked (`H.M.K.` gives `H.M.K`), while places and bodies keep
/// it (`U.S.`): the model tells them apart.
fn push(
    out: &mut Vec<Candidate>,
    block: usize,
    toks: &[Token],
    (a, b): (usize, usize),
    text: &str,
    start: StartInfo,
) {
    let c = Candidate {
        start,
        ..candidate(block, toks, a, b)
    };
    out.push(c);
    if b == a + 1 && is_dotted_initials(toks[a].text(text)) {
        out.push(Candidate {
            span: Span::new(c.span.start, c.span.end - 1),
            trimmed: true,
            ..c
        });
    }
}

fn candidate(block: usize, toks: &[Token], a: usize, b: usize) -> Candidate {
    Candidate {
        start: StartInfo::default(),
        trimmed: false,
        block,
        a,
        b,
        span: Span::new(toks[a].span.start, toks[b - 1].span.end),
        rule: None,
        rule_cover: None,
        rule_inside: false,
        rule_cross: false,
    }
}

fn annotate_rule(c: &mut Candidate, r: &Cand) {
    // Initials without their stop carry the rules' reading of the whole token.
    let untrimmed = Span::new(c.span.start, c.span.end + usize::from(c.trimmed));
    if r.span == c.span || (c.trimmed && r.span == untrimmed) {
        c.rule = Some((r.label, r.evidence));
    } else if r.span.contains(c.span) {
        c.rule_cover = Some(r.label);
    } else if c.span.contains(r.span) {
        c.rule_inside = true;
    } else if r.span.overlaps(c.span) {
        c.rule_cross = true;
    }
}
