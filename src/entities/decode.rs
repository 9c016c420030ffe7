//! Decoding: the best set of non-overlapping candidates.
//!
//! Each candidate's margin is its best label's score over "not an entity"; a candidate the
//! rules found with that label gets the rules' prior on top, so it is kept unless the model is
//! confident otherwise. Among overlapping candidates, the set with the largest total margin
//! wins (weighted interval scheduling).

use super::Label;
use crate::span::Span;

/// One scored candidate.
#[derive(Clone, Copy, Debug)]
pub struct Scored {
    /// Byte span.
    pub span: Span,
    /// The best entity label.
    pub label: Label,
    /// Its score over "not an entity", prior included.
    pub margin: i32,
}

impl Scored {
    /// Scores one candidate; `None` when "not an entity" wins.
    pub fn new(
        span: Span,
        scores: [i32; 5],
        rule: Option<Label>,
        prior: i32,
        shift: i32,
    ) -> Option<Scored> {
        let (best, &s) = scores[1..]
            .iter()
            .enumerate()
            .max_by_key(|(i, s)| (**s, std::cmp::Reverse(*i)))?;
        let label = super::model::LABELS[best + 1]?;
        let bonus = if rule == Some(label) { prior } else { 0 };
        let margin = s + bonus + shift - scores[0];
        (margin > 0).then_some(Scored {
            span,
            label,
            margin,
        })
    }
}

/// The non-overlapping subset of `cands` with the largest total margin, sorted by start.
pub fn best(mut cands: Vec<Scored>) -> Vec<Scored> {
    cands.sort_by_key(|c| (c.span.end, c.span.start));
    let n = cands.len();
    // total[i]: best total over the first i candidates; take[i]: whether candidate i - 1 is in.
    let mut total = vec![0i64; n + 1];
    let mut take = vec![false; n + 1];
    for i in 0..n {
        let c = cands[i];
        // Candidates ending at or before this one's start.
        let j = cands[..i].partition_point(|x| x.span.end <= c.span.start);
        let with = total[j] + i64::from(c.margin);
        if with > total[i] {
            total[i + 1] = with;
            take[i + 1] = true;
        } else {
            total[i + 1] = total[i];
        }
    }
    let mut out = Vec::new();
    let mut i = n;
    while i > 0 {
        if take[i] {
            let c = cands[i - 1];
            out.push(c);
            i = cands[..i - 1].partition_point(|x| x.span.end <= c.span.start);
        } else {
            i -= 1;
        }
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(a: usize, b: usize, m: i32) -> Scored {
        Scored {
            span: Span::new(a, b),
            label: Label::Per,
            margin: m,
        }
    }

    #[test]
    fn heaviest_non_overlapping_set() {
        // Two short names beat one long span that covers both, when their margins add up.
        let got = best(vec![s(0, 10, 5), s(0, 4, 3), s(5, 10, 3), s(12, 15, 1)]);
        let spans: Vec<(usize, usize)> = got.iter().map(|c| (c.span.start, c.span.end)).collect();
        assert_eq!(spans, [(0, 4), (5, 10), (12, 15)]);
        let got = best(vec![s(0, 10, 7), s(0, 4, 3), s(5, 10, 3)]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].span, Span::new(0, 10));
    }

    #[test]
    fn no_entity_wins_ties_to_nothing() {
        assert!(Scored::new(Span::new(0, 3), [5, 5, 1, 1, 1], None, 0, 0).is_none());
        let kept = Scored::new(Span::new(0, 3), [5, 4, 1, 1, 1], Some(Label::Per), 3, 0);
        assert_eq!(kept.map(|c| c.margin), Some(2));
    }
}
