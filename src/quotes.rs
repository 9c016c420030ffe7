//! Direct quotes and who said them.
//!
//! Quotes are text between `"…"`, `“…”`, `«…»` or `„…“` inside one block (a quote still open
//! at the end of its paragraph ends there). The speaker is found from a speech cue in the
//! quote's sentence: a verb (`dedi`, `söyledi`, `said`, `told`...), `X'e göre` /
//! `according to X`, or `X: "…"`. In `X'ın Y'den aktardığına göre`, Y is the speaker.

use crate::entities::{Entity, Label};
use crate::lang::Lang;
use crate::span::Span;
use crate::tokenize::Token;
use regex::Regex;
use serde::Serialize;
use std::sync::OnceLock;

/// What kind of quote it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words in quotation marks.
    Direct,
}

/// One quote with its attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The quote, quotation marks included.
    pub span: Span,
    /// Direct (later: reported speech, terms).
    pub kind: QuoteKind,
    /// Who said it, when found.
    pub speaker: Option<Span>,
    /// The speaker's entity cluster, when the speaker is an entity.
    pub speaker_cluster: Option<usize>,
    /// The speech cue (verb or `göre`/`according to`), when found.
    pub cue: Option<Span>,
}

fn closer_for(open: char) -> &'static [char] {
    match open {
        '“' => &['”', '“'],
        '„' => &['“', '”'],
        '«' => &['»'],
        '»' => &['«'],
        '"' => &['"', '”'],
        _ => &[],
    }
}

/// Quote spans in `text[block]`.
pub fn find_spans(text: &str, block: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text[block].char_indices() {
        let at = block.start + i;
        match open {
            Some((start, o)) if closer_for(o).contains(&c) => {
                let span = Span::new(start, at + c.len_utf8());
                let inner = text[start + o.len_utf8()..at].trim();
                if inner.chars().any(char::is_alphanumeric) {
                    out.push(span);
                }
                open = None;
            }
            Some(_) => {}
            None => {
                let opens = matches!(c, '“' | '„' | '«' | '"')
                    // `»…«` is used in German and Danish.
                    || (c == '»' && text[at..block.end].contains('«'));
                if opens {
                    open = Some((at, c));
                }
            }
        }
    }
    if let Some((start, o)) = open {
        let span = Span::new(start, block.end);
        let inner = text[start + o.len_utf8()..block.end].trim();
        if inner.split_whitespace().count() >= 3 {
            out.push(span);
        }
    }
    out
}

fn tr_verb() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:dedi(?:\s+ki)?|demişti|demiş|diyerek|diye|diyor\w*|söyle\w*|belirt\w*|ifade\s+et\w*|açıkladı\w*|açıklamıştı|kaydet\w*|vurgula\w*|dile\s+getir\w*|bildirdi\w*|aktardı\w*|konuştu\w*|yazdı\w*|ekledi\w*|sordu\w*|uyardı\w*|duyurdu\w*|iddia\s+et\w*|savundu\w*|yanıt\s+ver\w*|cevap\s+ver\w*|paylaştı\w*|anlattı\w*|değerlendirdi\w*|not\s+et\w*|seslendi\w*|tepki\s+göster\w*|hatırlattı\w*|nitelendirdi\w*|yorumladı\w*|tanımladı\w*|çağrısında\s+bulundu\w*|şunları\s+söyledi)\b")
            .expect("Turkish cue pattern compiles")
    })
}

const EN_VERBS: &str = "said|says|say|told|tells|added|adds|asked|asks|stated|states|explained|explains|wrote|writes|tweeted|posted|insisted|insists|argued|argues|warned|warns|noted|notes|declared|claimed|claims|continued|replied|recalled|acknowledged|admitted|announced|commented|concluded|emphasized|emphasised|stressed|suggested|testified|responded|remarked|observed|added|predicted|promised|vowed|conceded|countered|joked|shouted|urged|cautioned|complained|boasted|wondered";

fn en_verb() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(r"\b(?:{EN_VERBS})\b")).expect("English cue pattern compiles")
    })
}

fn pronoun() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(?:he|she|they|we|I|it|He|She|They|We|It)\b").expect("pronoun compiles")
    })
}

fn nominal() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // `the spokesman`, `a senior official`, `the company's chief executive`
        Regex::new(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z'’-]+\s+){0,3}[a-z-]+\b")
            .expect("nominal compiles")
    })
}

fn relay_after() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^['’](?:n?[dt][ae]n)\s+((?:aktardığına|bildirdiğine|naklettiğine|öğrendiğine|edindiği\s+bilgiye)\s+göre)\b")
            .expect("relay pattern compiles")
    })
}

fn gore_after() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?:['’](?:y?[ae]|n[ae]|[ıiuü]n[ae]?)\s+|\s+)(göre|açıklamasına\s+göre|yaptığı\s+açıklamaya\s+göre)\b")
            .expect("göre pattern compiles")
    })
}

fn according_to() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\baccording\s+to\s+$").expect("according compiles"))
}

/// What the speaker search works with for one block.
pub struct Context<'a> {
    /// The whole text.
    pub text: &'a str,
    /// The language of the text.
    pub lang: Lang,
    /// The block's tokens.
    pub tokens: &'a [Token],
    /// All entities of the text, sorted.
    pub entities: &'a [Entity],
}

impl Context<'_> {
    /// The byte span of the sentence holding byte `pos`.
    fn sentence_of(&self, pos: usize) -> Span {
        let idx = self
            .tokens
            .iter()
            .position(|t| t.span.end > pos)
            .unwrap_or(self.tokens.len().saturating_sub(1));
        let Some(tok) = self.tokens.get(idx) else {
            return Span::new(pos, pos);
        };
        let s = tok.sentence;
        let first = self.tokens[..=idx]
            .iter()
            .rposition(|t| t.sentence != s)
            .map_or(0, |p| p + 1);
        let last = self.tokens[idx..]
            .iter()
            .position(|t| t.sentence != s)
            .map_or(self.tokens.len(), |p| idx + p);
        Span::new(
            self.tokens[first].span.start,
            self.tokens[last - 1].full_end(),
        )
    }

    fn speakers_in(&self, range: Span) -> impl Iterator<Item = &Entity> {
        self.entities
            .iter()
            .filter(move |e| range.contains(e.span) && matches!(e.label, Label::Per | Label::Org))
    }
}

/// Finds the quotes of one block with their speakers. `others` are the other quotes of the
/// block (a speaker is never inside a quote).
pub fn attribute(ctx: &Context<'_>, spans: &[Span]) -> Vec<Quote> {
    spans
        .iter()
        .map(|&q| {
            let (speaker, cue) = find_speaker(ctx, q, spans).unwrap_or((None, None));
            let speaker_cluster =
                speaker.and_then(|s| ctx.entities.iter().find(|e| e.span == s).map(|e| e.cluster));
            Quote {
                span: q,
                kind: QuoteKind::Direct,
                speaker,
                speaker_cluster,
                cue,
            }
        })
        .collect()
}

type Found = (Option<Span>, Option<Span>);

fn find_speaker(ctx: &Context<'_>, q: Span, quotes: &[Span]) -> Option<Found> {
    let text = ctx.text;
    let s_start = ctx.sentence_of(q.start);
    let s_end = ctx.sentence_of(q.end.saturating_sub(1) + 1);
    let sentence = Span::new(s_start.start.min(q.start), s_end.end.max(q.end));
    let outside = |s: Span| !quotes.iter().any(|o| o.contains(s));
    let before = Span::new(sentence.start, q.start);
    let after = Span::new(q.end, sentence.end.max(q.end));

    // 1. `X'in Y'den aktardığına göre` (Y speaks), `X'e göre`, `according to X`.
    for e in ctx.speakers_in(sentence).filter(|e| outside(e.span)) {
        let rest = &text[e.span.end..sentence.end];
        if let Some(m) = relay_after().captures(rest).and_then(|c| c.get(1)) {
            let cue = Span::new(e.span.end + m.start(), e.span.end + m.end());
            return Some((Some(e.span), Some(cue)));
        }
    }
    for e in ctx.speakers_in(sentence).filter(|e| outside(e.span)) {
        let rest = &text[e.span.end..sentence.end];
        if ctx.lang != Lang::En {
            if let Some(m) = gore_after().captures(rest).and_then(|c| c.get(1)) {
                let cue = Span::new(e.span.end + m.start(), e.span.end + m.end());
                return Some((Some(e.span), Some(cue)));
            }
        }
        if according_to().is_match(&text[sentence.start..e.span.start]) {
            let at = text[..e.span.start]
                .rfind("according")
                .unwrap_or(e.span.start);
            return Some((Some(e.span), Some(Span::new(at, at + "according to".len()))));
        }
    }

    // 2. A speech verb after the quote, or before it (none known for other languages).
    let verb = match ctx.lang {
        Lang::En => Some(en_verb()),
        Lang::Tr => Some(tr_verb()),
        Lang::Und => None,
    };
    let cue_after = verb
        .and_then(|v| v.find(&text[after]))
        .map(|m| Span::new(after.start + m.start(), after.start + m.end()))
        .filter(|c| outside(*c));
    let cue_before = verb.and_then(|v| {
        v.find_iter(&text[before])
            .map(|m| Span::new(before.start + m.start(), before.start + m.end()))
            .filter(|c| outside(*c))
            .last()
    });
    let cue = cue_after.or(cue_before);

    // `X: "…"`: a name right before a colon that opens the quote.
    let colon_speaker = {
        let b = text[before].trim_end();
        b.strip_suffix(':').and_then(|b| {
            let end = before.start + b.trim_end().len();
            ctx.speakers_in(before)
                .find(|e| e.span.end == end)
                .map(|e| e.span)
        })
    };
    if cue.is_none() {
        return colon_speaker.map(|s| (Some(s), None));
    }
    let cue = cue?;

    if ctx.lang == Lang::En {
        // Adjacent to the verb: `, said X` / `X said`.
        let after_cue = Span::new(cue.end, sentence.end);
        let before_cue = Span::new(sentence.start, cue.start);
        // After the verb, a person named in the same clause beats a nearer organisation
        // (`said Commission spokesman Eric Mamer`).
        let clause_end = text[after_cue]
            .find([',', ';', '.', '(', '"', '“', '”'])
            .map_or(after_cue.end, |p| after_cue.start + p);
        let right = ctx
            .entities
            .iter()
            .find(|e| {
                e.label == Label::Per && e.span.start >= after_cue.start && e.span.end <= clause_end
            })
            .map(|e| e.span)
            .or_else(|| adjacent_after(ctx, after_cue));
        let left = adjacent_before(ctx, before_cue);
        let sp = if cue_after == Some(cue) {
            // `"…," X said` is commoner than `"…," said X`.
            left.filter(|s| s.start >= q.end).or(right).or(left)
        } else {
            left.or(right)
        };
        if let Some(s) = sp.filter(|s| outside(*s)) {
            return Some((Some(s), Some(cue)));
        }
        let near = ctx
            .speakers_in(sentence)
            .filter(|e| outside(e.span))
            .min_by_key(|e| e.span.start.abs_diff(cue.start))
            .map(|e| e.span);
        return Some((near, Some(cue)));
    }

    // Turkish and others: the sentence subject, the first person or organisation outside the
    // quote that carries no case suffix (nominative), else the first one at all.
    let cands: Vec<&Entity> = ctx
        .speakers_in(sentence)
        .filter(|e| outside(e.span) && e.span.end <= cue.start)
        .collect();
    let nominative = cands.iter().find(|e| {
        let next = text[e.span.end..].chars().next();
        !matches!(next, Some('\'' | '’'))
    });
    let sp = nominative
        .or(cands.first())
        .map(|e| e.span)
        .or(colon_speaker);
    Some((sp, Some(cue)))
}

/// A speaker starting right at `range.start` (after spaces): an entity, a pronoun or a
/// nominal phrase.
fn adjacent_after(ctx: &Context<'_>, range: Span) -> Option<Span> {
    let text = ctx.text;
    let lead = text[range].len() - text[range].trim_start().len();
    let at = range.start + lead;
    if let Some(e) = ctx
        .entities
        .iter()
        .find(|e| e.span.start == at && e.label.is_name())
    {
        return Some(e.span);
    }
    let rest = &text[at..range.end];
    if let Some(m) = pronoun().find(rest).filter(|m| m.start() == 0) {
        return Some(Span::new(at, at + m.end()));
    }
    nominal()
        .find(rest)
        .filter(|m| m.start() == 0)
        .map(|m| Span::new(at, at + m.end()))
}

/// A speaker ending right at `range.end` (before spaces): an entity, a pronoun or a nominal.
fn adjacent_before(ctx: &Context<'_>, range: Span) -> Option<Span> {
    let text = ctx.text;
    let end = range.start + text[range].trim_end().len();
    if let Some(e) = ctx
        .entities
        .iter()
        .find(|e| e.span.end == end && e.span.start >= range.start && e.label.is_name())
    {
        return Some(e.span);
    }
    let head = &text[range.start..end];
    if let Some(m) = pronoun()
        .find_iter(head)
        .last()
        .filter(|m| m.end() == head.len())
    {
        return Some(Span::new(range.start + m.start(), range.start + m.end()));
    }
    nominal()
        .find_iter(head)
        .last()
        .filter(|m| m.end() == head.len())
        .map(|m| Span::new(range.start + m.start(), range.start + m.end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_marks_of_every_style() {
        let text = "A \"bir\" B “iki” C «üç» D „vier“ E \"open to the end of the block";
        let spans: Vec<&str> = find_spans(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s])
            .collect();
        assert_eq!(
            spans,
            [
                "\"bir\"",
                "“iki”",
                "«üç»",
                "„vier“",
                "\"open to the end of the block"
            ]
        );
    }

    #[test]
    fn empty_quotes_are_not_quotes() {
        let text = "x \"\" y “ ” z";
        assert!(find_spans(text, Span::new(0, text.len())).is_empty());
    }
}
