//! Document agreement: one name, one reading across the text.

use super::rules::{Cand, Evidence};
use super::{Entity, Label};
use crate::fold;
use crate::span::Span;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Document-level agreement: a doubtful or weak mention takes the label that a strong mention
/// of the same name has elsewhere (`Putin` after `Vladimir Putin`); doubtful ones with no
/// support are dropped.
pub fn resolve(text: &str, cands: Vec<Cand>) -> Vec<Cand> {
    // Names are compared by the hash of their folded form.
    let h = |s: Span| fold::key_hash(&text[s]);
    let mut known: HashMap<u64, Label> = HashMap::default();
    for c in cands.iter().filter(|c| c.evidence == Evidence::Strong) {
        let name = &text[c.span];
        known.entry(h(c.span)).or_insert(c.label);
        if c.label == Label::Per {
            let parts: Vec<&str> = name.split_whitespace().collect();
            if parts.len() > 1 {
                for p in [parts[0], parts[parts.len() - 1]] {
                    known.entry(fold::key_hash(p)).or_insert(Label::Per);
                }
            }
        }
    }
    // Surnames of people named in full elsewhere win over a list's place (`Aydın` after
    // `Mehmet Aydın`, `Washington` after `George Washington`).
    let mut surnames: HashSet<u64> = HashSet::default();
    for c in cands
        .iter()
        .filter(|c| c.label == Label::Per && c.evidence == Evidence::Strong)
    {
        let name = &text[c.span];
        if let Some(last) = name
            .split_whitespace()
            .nth(1)
            .and(name.split_whitespace().last())
        {
            surnames.insert(fold::key_hash(last));
        }
    }
    let mut out: Vec<Cand> = cands
        .into_iter()
        .filter_map(|c| {
            let single = !text[c.span].contains(char::is_whitespace);
            let label = match c.evidence {
                Evidence::Strong
                    if single
                        && matches!(c.label, Label::Loc | Label::Misc)
                        && surnames.contains(&h(c.span)) =>
                {
                    Some(Label::Per)
                }
                Evidence::Strong => Some(c.label),
                Evidence::Weak => Some(*known.get(&h(c.span)).unwrap_or(&c.label)),
                Evidence::Doubtful => known.get(&h(c.span)).copied(),
            }?;
            Some(Cand { label, ..c })
        })
        .collect();
    out.sort_by_key(|e| (crate::span::order_key(e.span), e.label));
    out.dedup_by(|a, b| a.span == b.span);
    out
}

/// After the model: every mention of the same name (folded) takes the label that its mentions'
/// margins favour in total, so `Kaya` is not a person in one paragraph and a place in the next.
pub fn harmonise(text: &str, chosen: Vec<super::decode::Scored>) -> Vec<Entity> {
    let mut votes: HashMap<u64, [i64; 4]> = HashMap::default();
    let slot = |l: Label| match l {
        Label::Per => 0,
        Label::Org => 1,
        Label::Loc => 2,
        _ => 3,
    };
    for c in &chosen {
        votes.entry(fold::key_hash(&text[c.span])).or_default()[slot(c.label)] +=
            i64::from(c.margin);
        // A person's full name votes for its first and last word too: `Kaya` after `Ayşe
        // Kaya` is the person, whatever the place list says.
        let s = &text[c.span];
        if c.label == Label::Per && s.contains(' ') {
            let words: Vec<&str> = s.split_whitespace().collect();
            for w in [words[0], words[words.len() - 1]] {
                votes.entry(fold::key_hash(w)).or_default()[0] += i64::from(c.margin);
            }
        }
    }
    const BY_SLOT: [Label; 4] = [Label::Per, Label::Org, Label::Loc, Label::Misc];
    chosen
        .into_iter()
        .map(|c| {
            let v = votes[&fold::key_hash(&text[c.span])];
            let best = (0..4)
                .max_by_key(|&i| (v[i], i == slot(c.label)))
                .unwrap_or(0);
            Entity {
                span: c.span,
                label: BY_SLOT[best],
                cluster: 0,
            }
        })
        .collect()
}

/// After decoding: a candidate left out that repeats a chosen name (`Gates said` after `Bill
/// Gates`), or is the first or last word of a chosen person's name, is added with that name's
/// label, where it overlaps nothing chosen.
pub fn complete(
    text: &str,
    mut chosen: Vec<super::decode::Scored>,
    pool: &[Span],
) -> Vec<super::decode::Scored> {
    let mut names: HashMap<u64, (Label, i32)> = HashMap::default();
    for c in &chosen {
        names
            .entry(fold::key_hash(&text[c.span]))
            .or_insert((c.label, 1));
        let s = &text[c.span];
        if c.label == Label::Per && s.contains(' ') {
            let words: Vec<&str> = s.split_whitespace().collect();
            for w in [words[0], words[words.len() - 1]] {
                // Initials (`J.`) are no name of their own.
                if w.chars().filter(|c| c.is_alphabetic()).count() > 1 {
                    names.entry(fold::key_hash(w)).or_insert((Label::Per, 1));
                }
            }
        }
    }
    chosen.sort_by_key(|c| c.span.start);
    // Kept sorted and disjoint like `chosen`, so an overlap is found by a binary search (a
    // scan made a long paste of one repeated name quadratic).
    let mut extra: Vec<super::decode::Scored> = Vec::new();
    for &span in pool {
        let Some(&(label, margin)) = names.get(&fold::key_hash(&text[span])) else {
            continue;
        };
        let i = chosen.partition_point(|c| c.span.end <= span.start);
        let j = extra.partition_point(|e| e.span.end <= span.start);
        if chosen.get(i).is_some_and(|c| c.span.overlaps(span))
            || extra.get(j).is_some_and(|e| e.span.overlaps(span))
        {
            continue;
        }
        extra.insert(
            j,
            super::decode::Scored {
                span,
                label,
                margin,
            },
        );
    }
    chosen.extend(extra);
    chosen.sort_by_key(|c| c.span.start);
    chosen
}
