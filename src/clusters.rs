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
    // The expansion ends right before the bracket; it starts within the 20 mentions before.
    let j = (i.saturating_sub(20)..i)
        .rev()
        .find(|&j| entities[j].span.end == before.len())?;
    let full = entities[j];
    let multi_word = text[full.span].contains(' ');
    (multi_word && matches!(full.label, Label::Org | Label::Misc)).then_some(j)
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    // The earlier mention stays the root, so ids follow first mentions.
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// Assigns a cluster to every entity (relabelling acronyms to their expansion's label) and
/// returns the clusters, numbered in order of first mention.
pub fn build(text: &str, entities: &mut [Entity]) -> Vec<Cluster> {
    let keys: Vec<String> = entities.iter().map(|e| fold::key(&text[e.span])).collect();
    // Acronyms introduced as `Full Name (ACR)`: every mention of ACR is that thing.
    let mut acronyms: HashMap<String, usize> = HashMap::new();
    for (i, key) in keys.iter().enumerate() {
        if let Some(j) = acronym_of(text, entities, i) {
            acronyms.entry(key.clone()).or_insert(j);
        }
    }
    for i in 0..entities.len() {
        if let Some(&j) = acronyms.get(&keys[i]) {
            entities[i].label = entities[j].label;
        }
    }
    let mut parent: Vec<usize> = (0..entities.len()).collect();
    let mut by_key: HashMap<(&str, Label), usize> = HashMap::new();
    for i in 0..entities.len() {
        if let Some(&j) = by_key.get(&(keys[i].as_str(), entities[i].label)) {
            union(&mut parent, i, j);
        } else {
            by_key.insert((keys[i].as_str(), entities[i].label), i);
        }
        if let Some(&j) = acronyms.get(&keys[i]) {
            union(&mut parent, i, j);
        }
    }
    // A one-word person joins the nearest full name ending (or starting) with that word:
    // the one before it, else the first after it.
    let mut by_part: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, e) in entities.iter().enumerate() {
        if e.label == Label::Per && keys[j].contains(' ') {
            let k = keys[j].as_str();
            for part in [k.rsplit(' ').next(), k.split(' ').next()]
                .into_iter()
                .flatten()
            {
                let list = by_part.entry(part).or_default();
                if list.last() != Some(&j) {
                    list.push(j);
                }
            }
        }
    }
    for i in 0..entities.len() {
        if entities[i].label != Label::Per || keys[i].contains(' ') {
            continue;
        }
        if let Some(list) = by_part.get(keys[i].as_str()) {
            let p = list.partition_point(|&j| j < i);
            let j = if p > 0 { list[p - 1] } else { list[0] };
            union(&mut parent, i, j);
        }
    }
    // Number the roots by first mention.
    let mut ids: HashMap<usize, usize> = HashMap::new();
    let mut clusters: Vec<Cluster> = Vec::new();
    for i in 0..entities.len() {
        let root = find(&mut parent, i);
        let id = *ids.entry(root).or_insert_with(|| {
            clusters.push(Cluster {
                id: clusters.len(),
                label: entities[root].label,
                canonical: entities[root].span,
                mentions: 0,
            });
            clusters.len() - 1
        });
        let c = &mut clusters[id];
        c.mentions += 1;
        if entities[i].span.len() > c.canonical.len() {
            c.canonical = entities[i].span;
            c.label = entities[i].label;
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
        assert_eq!(&text[clusters[1].canonical], "Rusya Dış İstihbarat Servisi");
    }
}

#[cfg(test)]
mod regression {
    use super::*;

    /// Regression: an acronym used before its expansion (`SVR'den … Servisi (SVR)`) formed a
    /// cluster of its own.
    #[test]
    fn acronym_before_its_expansion_joins_it() {
        let text = "SVR'den açıklama. Rusya Dış İstihbarat Servisi (SVR) Başkanı. SVR, dedi.";
        let mk = |needle: &str, nth: usize, label| {
            let start = text.match_indices(needle).nth(nth).map_or(0, |(i, _)| i);
            Entity {
                span: Span::new(start, start + needle.len()),
                label,
                cluster: 0,
            }
        };
        let mut es = vec![
            mk("SVR", 0, Label::Org),
            mk("Rusya Dış İstihbarat Servisi", 0, Label::Org),
            mk("SVR", 1, Label::Org),
            mk("SVR", 2, Label::Org),
        ];
        let clusters = build(text, &mut es);
        assert_eq!(clusters.len(), 1);
        assert!(es.iter().all(|e| e.cluster == 0));
        assert_eq!(clusters[0].mentions, 4);
    }
}
