//! Half-open byte ranges into the input text.

use serde::Serialize;
use std::ops::Index;

/// A half-open byte range `start..end` into the annotated text, always on `char` boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies entirely inside `self`.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The same span moved by `delta` bytes (which may be negative).
    pub fn shifted(self, delta: isize) -> Span {
        Span::new(
            self.start.wrapping_add_signed(delta),
            self.end.wrapping_add_signed(delta),
        )
    }

    /// The span with surrounding whitespace of `text` removed.
    pub fn trim(self, text: &str) -> Span {
        let s = &text[self.start..self.end];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

/// A word character: a letter, a digit or `_` (what `\b` looks at, combining marks aside).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// True when `span` of `text` starts and ends on word boundaries, as `\b` would check at its
/// edges: an alphanumeric first (last) char has no alphanumeric char before (after) it.
pub fn word_bounded(text: &str, span: Span) -> bool {
    let word = is_word_char;
    let inner = &text[span];
    let first = inner.chars().next();
    let last = inner.chars().next_back();
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let glued_before = first.is_some_and(word) && before.is_some_and(word);
    let glued_after = last.is_some_and(word) && after.is_some_and(word);
    !glued_before && !glued_after
}

/// Sort key used for every output list: by start, then longer first.
pub fn order_key(span: Span) -> (usize, std::cmp::Reverse<usize>) {
    (span.start, std::cmp::Reverse(span.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_and_trim_respect_multibyte_text() {
        let text = "  İstanbul'da 😀 ";
        let span = Span::new(0, text.len()).trim(text);
        assert_eq!(&text[span], "İstanbul'da 😀");
        assert_eq!(Span::new(2, 2).trim(text).len(), 0);
    }

    #[test]
    fn word_boundaries_at_the_edges() {
        let text = "Şubat'ta 25 Mart, yüzde5 ve %5";
        let at = |needle: &str| {
            let i = text.find(needle).unwrap_or(0);
            Span::new(i, i + needle.len())
        };
        assert!(word_bounded(text, at("Şubat")));
        assert!(word_bounded(text, at("25 Mart")));
        assert!(!word_bounded(text, at("ubat")));
        assert!(!word_bounded(text, at("yüzde")));
        assert!(word_bounded(text, at("%5")));
    }

    #[test]
    fn overlap_and_containment() {
        let a = Span::new(0, 10);
        assert!(a.contains(Span::new(2, 10)));
        assert!(!a.contains(Span::new(2, 11)));
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
        assert_eq!(Span::new(5, 7).shifted(-5), Span::new(0, 2));
    }
}
