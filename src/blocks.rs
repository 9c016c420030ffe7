//! Page structure: splits pasted text into title, paragraphs, repeated blocks, source lines,
//! bylines, datelines and page chrome (boilerplate).
//!
//! Invariant: blocks are sorted, never overlap, and every non-whitespace character of the input
//! lies in exactly one block. Nothing is dropped: chrome is labelled, not removed.

use crate::fold;
use crate::patterns::{self, sources, Line};
use crate::span::Span;
use serde::Serialize;

/// What a block of the page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// The headline: the first block when it is short and more text follows.
    Title,
    /// Body text.
    Paragraph,
    /// A block the page repeated (same text as an earlier block).
    Duplicate,
    /// A credit line such as `Kaynak: ...` or `Source: ...`.
    Source,
    /// An author line such as `By Jane Doe`.
    Byline,
    /// A line giving only the publication date or time.
    Dateline,
    /// Page chrome: image file names, tags, comment policy, share and subscribe lines.
    Boilerplate,
}

impl BlockKind {
    /// The name used in the JSON contract.
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Duplicate => "duplicate",
            BlockKind::Source => "source",
            BlockKind::Byline => "byline",
            BlockKind::Dateline => "dateline",
            BlockKind::Boilerplate => "boilerplate",
        }
    }

    /// True for blocks whose text is the article itself (entities and quotes are found there).
    pub fn is_content(self) -> bool {
        !matches!(self, BlockKind::Boilerplate)
    }
}

/// One block of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// Byte span, trimmed of surrounding whitespace.
    pub span: Span,
    /// What the block is.
    pub kind: BlockKind,
    /// For a `Duplicate`, the index of the block it repeats.
    pub dup_of: Option<usize>,
}

/// True when the folded line `key` is page chrome.
fn is_chrome(key: &str) -> bool {
    (0..sources::CHROME.len()).any(|i| Line::matches_line(patterns::CHROME + i, key))
}

fn classify_line(line: &str) -> BlockKind {
    // Chrome lines are short, but for comment policies and rights notices: a long line is
    // only tested when it opens like a notice or holds a rights phrase.
    let maybe_chrome = line.len() <= 200 || {
        let head: String = line.chars().take(8).collect::<String>().to_lowercase();
        ["uyar", "warn", "not", "©"]
            .iter()
            .any(|p| head.starts_with(p))
            || line.contains("aklıdır")
            || line.contains("reserved")
    };
    if maybe_chrome && line.chars().count() <= 300 && is_chrome(&fold::key(line)) {
        return BlockKind::Boilerplate;
    }
    if line.len() <= 300 && Line::matches_line(patterns::SOURCE, line) {
        return BlockKind::Source;
    }
    if line.len() <= 160 && Line::matches_line(patterns::BYLINE, line) {
        return BlockKind::Byline;
    }
    // Every date form of a dateline has four digits at least.
    if line.len() <= 80
        && line.bytes().filter(u8::is_ascii_digit).count() >= 4
        && Line::matches_line(patterns::DATELINE, line)
    {
        return BlockKind::Dateline;
    }
    BlockKind::Paragraph
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | ':' | ';' | '"' | '”' | '»' | ')' | '…'))
}

fn looks_like_title(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let chars = text.chars().count();
    if words == 0 || words > 30 || chars > 250 {
        return false;
    }
    // A headline rarely ends with a full stop; all-caps wire headlines sometimes do.
    !text.ends_with('.') || fold::is_all_caps(text) || words <= 12
}

/// The folded characters of `text` with every whitespace run as one space: what must be
/// equal for one block to repeat another.
fn normalised(text: &str) -> impl Iterator<Item = char> + '_ {
    text.split_whitespace().enumerate().flat_map(|(i, w)| {
        (i > 0)
            .then_some(' ')
            .into_iter()
            .chain(w.chars().map(|c| match c {
                'I' | 'İ' | 'ı' => 'i',
                _ => fold::lower_char(c, crate::Lang::Und),
            }))
    })
}

fn normalised_hash(text: &str) -> (u64, usize) {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    let mut n = 0;
    for c in normalised(text) {
        h.write_u32(c as u32);
        n += 1;
    }
    (h.finish(), n)
}

/// The lines of `text`, each with its line end: `\n`, `\r\n`, or a lone `\r` (old Mac
/// files), so every line ending counts once.
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let rest = &bytes[start..];
        let end = match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(i) if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') => start + i + 2,
            Some(i) => start + i + 1,
            None => bytes.len(),
        };
        let line = &text[start..end];
        start = end;
        Some(line)
    })
}

/// Splits `text` into blocks.
pub fn segment(text: &str) -> Vec<Block> {
    // 1. Lines with their kinds, and whether a blank line precedes them.
    struct Line {
        span: Span,
        kind: BlockKind,
        after_blank: bool,
    }
    let mut lines: Vec<Line> = Vec::new();
    let mut pos = 0;
    let mut blank = false;
    for raw in lines_of(text) {
        let span = Span::new(pos, pos + raw.len()).trim(text);
        pos += raw.len();
        if span.is_empty() {
            blank = true;
            continue;
        }
        lines.push(Line {
            span,
            kind: classify_line(&text[span]),
            after_blank: blank,
        });
        blank = false;
    }

    // 2. Merge soft-wrapped paragraph lines and runs of chrome.
    let mut blocks: Vec<Block> = Vec::new();
    for line in lines {
        if let Some(prev) = blocks.last_mut() {
            let same_para_wrap = prev.kind == BlockKind::Paragraph
                && line.kind == BlockKind::Paragraph
                && !line.after_blank
                && !ends_sentence(&text[prev.span])
                && text[line.span]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_lowercase());
            let chrome_run =
                prev.kind == BlockKind::Boilerplate && line.kind == BlockKind::Boilerplate;
            if same_para_wrap || chrome_run {
                prev.span.end = line.span.end;
                continue;
            }
        }
        blocks.push(Block {
            span: line.span,
            kind: line.kind,
            dup_of: None,
        });
    }
    // A boilerplate-looking last run that is followed only by more chrome stays chrome; a
    // comment policy line between chrome lines is chrome too (already merged above).

    // 3. Title: the first content block, when short and followed by more content.
    if let Some(first) = blocks.iter().position(|b| b.kind.is_content()) {
        let more = blocks[first + 1..]
            .iter()
            .any(|b| b.kind == BlockKind::Paragraph);
        if blocks[first].kind == BlockKind::Paragraph
            && more
            && looks_like_title(&text[blocks[first].span])
        {
            blocks[first].kind = BlockKind::Title;
        }
    }

    // 4. Duplicates: a content block whose text repeats an earlier content block (same
    // folded text up to whitespace; hashed, then compared on a hash hit).
    let mut seen: rustc_hash::FxHashMap<u64, Vec<usize>> = Default::default();
    for i in 0..blocks.len() {
        if !blocks[i].kind.is_content() {
            continue;
        }
        let (h, n) = normalised_hash(&text[blocks[i].span]);
        if n < 12 {
            continue;
        }
        let earlier = seen.entry(h).or_default();
        let same = earlier
            .iter()
            .copied()
            .find(|&j| normalised(&text[blocks[j].span]).eq(normalised(&text[blocks[i].span])));
        match same {
            Some(j) => {
                blocks[i].kind = BlockKind::Duplicate;
                blocks[i].dup_of = Some(j);
            }
            None => earlier.push(i),
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_patterns_keep_their_bounds() {
        // A short share line is chrome; the same opening with a long tail is text.
        assert!(is_chrome("abone ol ve haberleri kaçirma"));
        let long = format!("abone ol {}", "çok uzun bir cümle ".repeat(10));
        assert!(!is_chrome(&long));
        // Rights notices anywhere on the line.
        assert!(is_chrome("haber sitesi © 2026 tüm haklari saklidir."));
        assert!(!is_chrome("haklari saklidir diyen bakan"));
    }

    fn kinds(text: &str) -> Vec<(&str, &'static str)> {
        segment(text)
            .iter()
            .map(|b| (&text[b.span], b.kind.name()))
            .collect()
    }

    #[test]
    fn title_paragraphs_duplicate_source_and_chrome() {
        let text = "Bakan açıklama yaptı\n\nBakan açıklama yaptı\n\nBakan, Ankara'da konuştu.\n\nİkinci paragraf burada.\n\nKaynak: AA\n\nfoto1.jpg\n\nEtiketler :\nHABERE YORUM KAT\nUYARI: Yorumlardan yazan sorumludur.";
        assert_eq!(
            kinds(text),
            vec![
                ("Bakan açıklama yaptı", "title"),
                ("Bakan açıklama yaptı", "duplicate"),
                ("Bakan, Ankara'da konuştu.", "paragraph"),
                ("İkinci paragraf burada.", "paragraph"),
                ("Kaynak: AA", "source"),
                (
                    "foto1.jpg\n\nEtiketler :\nHABERE YORUM KAT\nUYARI: Yorumlardan yazan sorumludur.",
                    "boilerplate"
                ),
            ]
        );
    }

    #[test]
    fn english_byline_dateline_and_share_line() {
        let text = "Port traffic falls\nBy Jane Doe\nUpdated: 3 June 2024 14:05 GMT\nShare Facebook Twitter\nTraffic fell, the port said.";
        assert_eq!(
            kinds(text),
            vec![
                ("Port traffic falls", "title"),
                ("By Jane Doe", "byline"),
                ("Updated: 3 June 2024 14:05 GMT", "dateline"),
                ("Share Facebook Twitter", "boilerplate"),
                ("Traffic fell, the port said.", "paragraph"),
            ]
        );
    }

    #[test]
    fn soft_wrapped_lines_join_one_paragraph() {
        let text = "The minister said the plan\nwould go ahead.\nA new sentence starts here.";
        let b = segment(text);
        assert_eq!(b.len(), 2);
        assert_eq!(
            &text[b[0].span],
            "The minister said the plan\nwould go ahead."
        );
    }

    #[test]
    fn every_non_space_char_is_in_one_block() {
        let text = "  x \n\n\n y\tz \n  \n w.png\n Tags: a\n";
        let blocks = segment(text);
        for (i, c) in text.char_indices() {
            let n = blocks
                .iter()
                .filter(|b| b.span.start <= i && i < b.span.end)
                .count();
            if c.is_whitespace() {
                assert!(n <= 1, "char {c:?} at {i}");
            } else {
                assert_eq!(n, 1, "char {c:?} at {i}");
            }
        }
    }
}
