//! The JSON contract (`schema/annotations.schema.json`): byte spans converted to the unit the
//! consumer asked for, with each span's own text beside its offsets.

use crate::blocks::BlockKind;
use crate::entities::Label;
use crate::quotes::QuoteKind;
use crate::span::{order_key, Span};
use crate::{Annotations, Error};
use serde::Serialize;
use std::str::FromStr;

/// The unit of offsets in the output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-16 code units: what JavaScript strings and the DOM use.
    Utf16,
    /// Unicode code points: what Python and `../shared/eval` use.
    #[default]
    Codepoint,
    /// UTF-8 bytes: what Rust uses.
    Byte,
}

impl FromStr for OffsetUnit {
    type Err = Error;
    fn from_str(s: &str) -> Result<OffsetUnit, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "utf16" | "utf-16" => Ok(OffsetUnit::Utf16),
            "codepoint" | "codepoints" | "char" | "chars" => Ok(OffsetUnit::Codepoint),
            "byte" | "bytes" | "utf8" | "utf-8" => Ok(OffsetUnit::Byte),
            _ => Err(Error::UnknownOffsetUnit(s.to_string())),
        }
    }
}

/// A block in the contract.
#[derive(Clone, Debug, Serialize)]
pub struct BlockOut {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// Block kind.
    pub kind: BlockKind,
}

/// An entity mention in the contract.
#[derive(Clone, Debug, Serialize)]
pub struct EntityOut {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The mention's text, exactly `text[start..end]`.
    pub text: String,
    /// Entity type.
    pub label: Label,
    /// Cluster id.
    pub cluster: usize,
}

/// A cluster in the contract.
#[derive(Clone, Debug, Serialize)]
pub struct ClusterOut {
    /// Cluster id.
    pub id: usize,
    /// Entity type.
    pub label: Label,
    /// The longest mention's text.
    pub canonical: String,
    /// Number of mentions.
    pub mentions: usize,
}

/// A quote in the contract.
#[derive(Clone, Debug, Serialize)]
pub struct QuoteOut {
    /// Start offset (the opening mark).
    pub start: usize,
    /// End offset (after the closing mark).
    pub end: usize,
    /// The quote's text, marks included.
    pub text: String,
    /// Quote kind.
    pub kind: QuoteKind,
    /// The speaker's text, or null.
    pub speaker: Option<String>,
    /// Speaker start offset, or null.
    pub speaker_start: Option<usize>,
    /// Speaker end offset, or null.
    pub speaker_end: Option<usize>,
    /// The speaker's entity cluster, or null.
    pub speaker_cluster: Option<usize>,
    /// Who the speaker is: the canonical name of the speaker's cluster (`he` → `Maria Lopez`,
    /// `Bakanlık` → `Sağlık Bakanlığı`), else the speaker's own text, else null.
    pub speaker_name: Option<String>,
    /// The speech cue's text, or null.
    pub cue: Option<String>,
    /// Cue start offset, or null.
    pub cue_start: Option<usize>,
    /// Cue end offset, or null.
    pub cue_end: Option<usize>,
}

/// The whole contract for one text.
#[derive(Clone, Debug, Serialize)]
pub struct Document {
    /// `tr`, `en` or `und`.
    pub lang: crate::Lang,
    /// The unit of every offset.
    pub offsets: OffsetUnit,
    /// Page blocks.
    pub blocks: Vec<BlockOut>,
    /// Entity mentions.
    pub entities: Vec<EntityOut>,
    /// Entity clusters.
    pub clusters: Vec<ClusterOut>,
    /// Quotes.
    pub quotes: Vec<QuoteOut>,
}

/// Converts byte offsets of one text to another unit, in one pass over the text.
struct OffsetMap {
    /// Sorted byte offsets and their converted values.
    table: Vec<(usize, usize)>,
}

impl OffsetMap {
    fn new(text: &str, unit: OffsetUnit, mut wanted: Vec<usize>) -> OffsetMap {
        wanted.sort_unstable();
        wanted.dedup();
        let mut table = Vec::with_capacity(wanted.len());
        let mut converted = 0usize;
        let mut chars = text.char_indices().peekable();
        for w in wanted {
            while let Some(&(b, c)) = chars.peek() {
                if b >= w {
                    break;
                }
                converted += match unit {
                    OffsetUnit::Utf16 => c.len_utf16(),
                    OffsetUnit::Codepoint => 1,
                    OffsetUnit::Byte => c.len_utf8(),
                };
                chars.next();
            }
            table.push((w, converted));
        }
        OffsetMap { table }
    }

    fn get(&self, byte: usize) -> usize {
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            Err(_) => unreachable_offset(byte),
        }
    }
}

#[cold]
fn unreachable_offset(byte: usize) -> usize {
    // Every offset is registered before lookup; reaching this is a bug in `Document::new`.
    debug_assert!(false, "offset {byte} was not registered");
    byte
}

impl Document {
    /// The contract for `text` and its annotations, offsets in `unit`.
    ///
    /// ```
    /// use newsmark::{annotate, Document, OffsetUnit, Options};
    /// let text = "😀 Bakan Ayşe Kaya İstanbul'da konuştu.";
    /// let ann = annotate(text, &Options::default()).unwrap();
    /// let doc = Document::new(text, &ann, OffsetUnit::Utf16);
    /// let ist = doc.entities.iter().find(|e| e.text == "İstanbul").unwrap();
    /// // "😀 Bakan Ayşe Kaya " is 19 UTF-16 units (the emoji counts two).
    /// assert_eq!((ist.start, ist.end), (19, 27));
    /// ```
    pub fn new(text: &str, ann: &Annotations, unit: OffsetUnit) -> Document {
        let mut wanted = Vec::new();
        let mut reg = |s: Span| {
            wanted.push(s.start);
            wanted.push(s.end);
        };
        ann.blocks.iter().for_each(|b| reg(b.span));
        ann.entities.iter().for_each(|e| reg(e.span));
        for q in &ann.quotes {
            reg(q.span);
            q.speaker.into_iter().chain(q.cue).for_each(&mut reg);
        }
        let map = OffsetMap::new(text, unit, wanted);
        let at = |s: Span| (map.get(s.start), map.get(s.end));

        let blocks = ann
            .blocks
            .iter()
            .map(|b| {
                let (start, end) = at(b.span);
                BlockOut {
                    start,
                    end,
                    kind: b.kind,
                }
            })
            .collect();
        let entities = ann
            .entities
            .iter()
            .map(|e| {
                let (start, end) = at(e.span);
                EntityOut {
                    start,
                    end,
                    text: text[e.span].to_string(),
                    label: e.label,
                    cluster: e.cluster,
                }
            })
            .collect();
        let clusters = ann
            .clusters
            .iter()
            .map(|c| ClusterOut {
                id: c.id,
                label: c.label,
                canonical: text[c.canonical].to_string(),
                mentions: c.mentions,
            })
            .collect();
        let mut quotes: Vec<QuoteOut> = ann
            .quotes
            .iter()
            .map(|q| {
                let (start, end) = at(q.span);
                let sp = q.speaker.map(at);
                let cue = q.cue.map(at);
                QuoteOut {
                    start,
                    end,
                    text: text[q.span].to_string(),
                    kind: q.kind,
                    speaker: q.speaker.map(|s| text[s].to_string()),
                    speaker_start: sp.map(|p| p.0),
                    speaker_end: sp.map(|p| p.1),
                    speaker_cluster: q.speaker_cluster,
                    speaker_name: q
                        .speaker_cluster
                        .and_then(|c| ann.clusters.get(c))
                        .map(|c| text[crate::quotes::trim_titles(text, c.canonical)].to_string())
                        .or_else(|| q.speaker.map(|s| text[s].to_string())),
                    cue: q.cue.map(|s| text[s].to_string()),
                    cue_start: cue.map(|p| p.0),
                    cue_end: cue.map(|p| p.1),
                }
            })
            .collect();
        quotes.sort_by_key(|q| order_key(Span::new(q.start, q.end)));
        Document {
            lang: ann.lang,
            offsets: unit,
            blocks,
            entities,
            clusters,
            quotes,
        }
    }
}

/// A JSON writer for the contract: what the wasm hands to `JSON.parse`, which builds the
/// result far faster than setting every field from Rust. Output equals `serde_json`'s (tested).
mod json {
    use std::fmt::Write;

    pub fn string(out: &mut String, s: &str) {
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if (c as u32) < 0x20 => {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }

    pub fn opt_string(out: &mut String, s: Option<&str>) {
        match s {
            Some(s) => string(out, s),
            None => out.push_str("null"),
        }
    }

    /// `items` written by `item`, comma-separated (the brackets are the caller's).
    pub fn list<T>(out: &mut String, items: &[T], mut item: impl FnMut(&mut String, &T)) {
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item(out, x);
        }
    }

    pub fn opt_num(out: &mut String, n: Option<usize>) {
        match n {
            Some(n) => {
                let _ = write!(out, "{n}");
            }
            None => out.push_str("null"),
        }
    }
}

impl Document {
    /// The contract as compact JSON (the same text `serde_json::to_string` gives).
    pub fn to_json(&self) -> String {
        use std::fmt::Write;
        let mut o = String::with_capacity(256 + self.entities.len() * 80 + self.quotes.len() * 200);
        let unit = match self.offsets {
            OffsetUnit::Utf16 => "utf16",
            OffsetUnit::Codepoint => "codepoint",
            OffsetUnit::Byte => "byte",
        };
        let _ = write!(
            o,
            "{{\"lang\":\"{}\",\"offsets\":\"{unit}\",\"blocks\":[",
            self.lang.code()
        );
        json::list(&mut o, &self.blocks, |o, b| {
            let _ = write!(
                o,
                "{{\"start\":{},\"end\":{},\"kind\":\"{}\"}}",
                b.start,
                b.end,
                b.kind.name()
            );
        });
        o.push_str("],\"entities\":[");
        json::list(&mut o, &self.entities, |o, e| {
            let _ = write!(o, "{{\"start\":{},\"end\":{},\"text\":", e.start, e.end);
            json::string(o, &e.text);
            let _ = write!(
                o,
                ",\"label\":\"{}\",\"cluster\":{}}}",
                e.label.name(),
                e.cluster
            );
        });
        o.push_str("],\"clusters\":[");
        json::list(&mut o, &self.clusters, |o, c| {
            let _ = write!(
                o,
                "{{\"id\":{},\"label\":\"{}\",\"canonical\":",
                c.id,
                c.label.name()
            );
            json::string(o, &c.canonical);
            let _ = write!(o, ",\"mentions\":{}}}", c.mentions);
        });
        o.push_str("],\"quotes\":[");
        json::list(&mut o, &self.quotes, |o, q| {
            let kind = match q.kind {
                QuoteKind::Direct => "direct",
                QuoteKind::Reported => "reported",
                QuoteKind::Term => "term",
            };
            let _ = write!(o, "{{\"start\":{},\"end\":{},\"text\":", q.start, q.end);
            json::string(o, &q.text);
            let _ = write!(o, ",\"kind\":\"{kind}\",\"speaker\":");
            json::opt_string(o, q.speaker.as_deref());
            o.push_str(",\"speaker_start\":");
            json::opt_num(o, q.speaker_start);
            o.push_str(",\"speaker_end\":");
            json::opt_num(o, q.speaker_end);
            o.push_str(",\"speaker_cluster\":");
            json::opt_num(o, q.speaker_cluster);
            o.push_str(",\"speaker_name\":");
            json::opt_string(o, q.speaker_name.as_deref());
            o.push_str(",\"cue\":");
            json::opt_string(o, q.cue.as_deref());
            o.push_str(",\"cue_start\":");
            json::opt_num(o, q.cue_start);
            o.push_str(",\"cue_end\":");
            json::opt_num(o, q.cue_end);
            o.push('}');
        });
        o.push_str("]}");
        o
    }
}
