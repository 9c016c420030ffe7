//! Mentions of the same thing, grouped: `Putin` with `Vladimir Putin`, `SVR` with
//! `Rusya Dış İstihbarat Servisi (SVR)`, every `Kuzey Kore` with every other.

use crate::entities::{Entity, Label};
use crate::fold;
use crate::span::Span;
use std::collections::HashMap;

/// A group of mentions of one thing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    /// Index of the cluster, in order of first mention.
    pub id: usize,
    /// The label of its mentions.
    pub label: Label,
    /// The span of its canonical (longest, then first) mention.
    pub canonical: Span,
    /// How many mentions it has.
    pub mentions: usize,
}

/// If `e` is an acronym written as `(ACRONYM)` right after a multi-word organisation or
/// MISC name, that name's index. The letters need not be the name's initials: Turkish news
/// gives foreign bodies their own acronyms (`Rusya Dış İstihbarat Servisi (SVR)`).
fn acronym_of(text: &str, entities: &[Entity], i: usize) -> Option<usize> {
    let e = entities[i];
    let name = &text[e.span];
    if !fold::is_all_caps(name) || name.contains(' ') {
        return None;
    }
    if !text[e.span.end..].starts_with(')') {
        return None;
    }
    let before = text[..e.span.start].trim_end();
    let before = before.strip_suffix('(')?.trim_end();
    let j = (0..i)
        .rev()
        .find(|&j| entities[j].span.end == before.len())?;
    let full = entities[j];
    let multi_word = text[full.span].contains(' ');
    (multi_word && matches!(full.label, Label::Org | Label::Misc)).then_some(j)
}

/// Assigns a cluster to every entity (relabelling acronyms to their expansion's label) and
/// returns the clusters.
pub fn build(text: &str, entities: &mut [Entity]) -> Vec<Cluster> {
    let mut by_key: HashMap<(String, Label), usize> = HashMap::new();
    // Last token of multi-word person names, to the cluster of the most recent one.
    let mut by_part: HashMap<String, usize> = HashMap::new();
    let mut clusters: Vec<Cluster> = Vec::new();
    for i in 0..entities.len() {
        let e = entities[i];
        let name = &text[e.span];
        let key = fold::key(name);
        let mut id = None;
        if let Some(j) = acronym_of(text, entities, i) {
            entities[i].label = entities[j].label;
            id = Some(entities[j].cluster);
        }
        let label = entities[i].label;
        if id.is_none() {
            id = by_key.get(&(key.clone(), label)).copied();
        }
        if id.is_none() && label == Label::Per && !name.contains(' ') {
            id = by_part.get(&key).copied();
        }
        let id = id.unwrap_or_else(|| {
            clusters.push(Cluster {
                id: clusters.len(),
                label,
                canonical: e.span,
                mentions: 0,
            });
            clusters.len() - 1
        });
        let c = &mut clusters[id];
        c.mentions += 1;
        if e.span.len() > c.canonical.len() {
            c.canonical = e.span;
        }
        by_key.entry((key, label)).or_insert(id);
        if label == Label::Per {
            let parts: Vec<&str> = name.split_whitespace().collect();
            if parts.len() > 1 {
                by_part.insert(fold::key(parts[parts.len() - 1]), id);
                by_part.entry(fold::key(parts[0])).or_insert(id);
            }
        }
        entities[i].cluster = id;
    }
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ent(text: &str, needle: &str, nth: usize, label: Label) -> Entity {
        let start = text
            .match_indices(needle)
            .nth(nth)
            .map(|(i, _)| i)
            .unwrap_or(0);
        Entity {
            span: Span::new(start, start + needle.len()),
            label,
            cluster: 0,
        }
    }

    #[test]
    fn surnames_acronyms_and_repeats_share_clusters() {
        let text = "Vladimir Putin ve Rusya Dış İstihbarat Servisi (SVR) ile Putin. SVR ve Rusya.";
        let mut es = vec![
            ent(text, "Vladimir Putin", 0, Label::Per),
            ent(text, "Rusya Dış İstihbarat Servisi", 0, Label::Org),
            ent(text, "SVR", 0, Label::Org),
            ent(text, "Putin", 1, Label::Per),
            ent(text, "SVR", 1, Label::Org),
            ent(text, "Rusya", 1, Label::Loc),
        ];
        let clusters = build(text, &mut es);
        assert_eq!(es[0].cluster, es[3].cluster);
        assert_eq!(es[1].cluster, es[2].cluster);
        assert_eq!(es[2].cluster, es[4].cluster);
        assert_ne!(es[5].cluster, es[1].cluster);
        assert_eq!(clusters.len(), 3);
        assert_eq!(&text[clusters[0].canonical], "Vladimir Putin");
        assert_eq!(clusters[1].mentions, 3);
    }
}
