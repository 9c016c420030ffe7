//! Who said what: direct quotes, reported speech and quoted terms, with speaker and cue.
//!
//! Direct quotes are text between quotation marks inside one block: `"…"`, `“…”`, `„…“`,
//! `«…»`, `‹…›`, ``` ``…'' ```, `''…''`, and, outside double quotes, `‘…’` and `'…'` (never an
//! apostrophe: `Kore'nin`, `don't`, `'90s`). A double quote still open at the end of its
//! paragraph ends there (multi-paragraph quotes come out one per paragraph).
//!
//! The speaker comes from a speech cue in the quote's sentence: a verb (`dedi`, `söyledi`,
//! `said`, `told`…), `X'e göre` / `according to X`, or `X: "…"`. In `X'ın Y'den aktardığına
//! göre`, Y speaks and X relays. A quote with no cue of its own continues the quote before it
//! (`"A," he said. "B."`) or, opening a paragraph, the one after it. A short quote with no
//! speaker in reach is a term (`the so-called "peace plan"`).
//!
//! Reported speech is a sentence with no quote marks that ends in a speech verb (`SVR, … görüştüğünü
//! belirtti`), opens with `X'e göre`, or has `X said (that) …`: its content span, speaker and
//! cue, `kind: "reported"`.

mod en;
mod phrases;
mod tr;

use crate::entities::{Entity, Label};
use crate::lang::Lang;
use crate::span::Span;
use crate::tokenize::Token;
use serde::Serialize;
use std::sync::OnceLock;

/// What kind of quote it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words in quotation marks, said by someone.
    Direct,
    /// Speech reported without quotation marks; the span is the reported content.
    Reported,
    /// A quoted word or phrase that nobody is said to have said (a title, a scare quote).
    Term,
}

/// One quote with its attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The quote with its marks (direct, term), or the reported content.
    pub span: Span,
    /// Direct, reported or term.
    pub kind: QuoteKind,
    /// Who said it, when found.
    pub speaker: Option<Span>,
    /// The speaker's entity cluster, when the speaker is (or refers to) an entity.
    pub speaker_cluster: Option<usize>,
    /// The speech cue (verb or `göre`/`according to`), when found.
    pub cue: Option<Span>,
}

// ---------------------------------------------------------------------------------------------
// Quote marks

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Straight,
    Curly,
    Low,
    Guillemet,
    Single,
    SingleCurly,
    Backticks,
    TwoApostrophes,
    Angle,
}

/// Quote spans in `text[block]`, in order, never overlapping.
pub fn find_spans(text: &str, block: Span) -> Vec<Span> {
    let s = &text[block];
    // Most paragraphs hold no quotation mark at all.
    let marks = |c: char| {
        matches!(
            c,
            '"' | '\'' | '`' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '‘' | '’'
        )
    };
    if !s.contains(marks) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut out = Vec::new();
    let mut open: Option<(usize, Mark, usize)> = None; // (byte start, mark, mark length in bytes)
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        let prev = if k > 0 { at(k - 1) } else { None };
        let next = at(k + 1);
        let two = |a: char, b: char| c == a && next == Some(b);
        // What this char can be: (mark, is opening, is closing, length in chars).
        let (mark, can_open, can_close, len) = if two('\'', '\'') {
            (Mark::TwoApostrophes, true, true, 2)
        } else if two('`', '`') {
            (Mark::Backticks, true, false, 2)
        } else {
            match c {
                '"' => (Mark::Straight, true, true, 1),
                '“' => (Mark::Curly, true, true, 1),
                '”' => (Mark::Curly, false, true, 1),
                '„' => (Mark::Low, true, false, 1),
                '«' => (Mark::Guillemet, true, false, 1),
                '»' => (Mark::Guillemet, false, true, 1),
                '‹' => (Mark::Angle, true, false, 1),
                '›' => (Mark::Angle, false, true, 1),
                '‘' => (Mark::SingleCurly, !is_word(prev), false, 1),
                '’' => (Mark::SingleCurly, false, !is_word(next), 1),
                '\'' => (
                    Mark::Single,
                    !is_word(prev) && prev != Some('\'') && next.is_some_and(char::is_alphabetic),
                    !prev.is_some_and(char::is_whitespace) && !is_word(next),
                    1,
                ),
                _ => {
                    k += 1;
                    continue;
                }
            }
        };
        let width: usize = chars[k..k + len].iter().map(|&(_, ch)| ch.len_utf8()).sum();
        match open {
            Some((start, o, olen)) => {
                let closes = can_close
                    && match o {
                        Mark::Straight => mark == Mark::Straight || c == '”',
                        Mark::Curly => matches!(c, '”' | '“'),
                        Mark::Low => matches!(c, '“' | '”'),
                        Mark::Guillemet => c == '»',
                        Mark::Angle => c == '›',
                        Mark::SingleCurly => c == '’',
                        Mark::Single => mark == Mark::Single,
                        Mark::Backticks | Mark::TwoApostrophes => mark == Mark::TwoApostrophes,
                    };
                if closes {
                    let inner = &s[start + olen..i];
                    if inner.chars().any(char::is_alphanumeric) {
                        out.push(Span::new(block.start + start, block.start + i + width));
                    }
                    open = None;
                }
            }
            None if can_open => open = Some((i, mark, width)),
            None => {}
        }
        k += len;
    }
    // A double quote still open at the paragraph's end ends there; a single one was an
    // apostrophe after all.
    if let Some((start, mark, olen)) = open {
        let single = matches!(mark, Mark::Single | Mark::SingleCurly);
        if !single && s[start + olen..].split_whitespace().count() >= 3 {
            out.push(Span::new(block.start + start, block.end));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Cues

/// Speech cues of one language, matched word by word (a regex over Unicode words is costly
/// to run on every sentence): single words (Turkish: a speech stem with a verb ending, see
/// `tr::verb_form`), and two-word phrases whose second word may be a prefix (`ifade et…`).
pub struct Cues {
    lang: Lang,
    words: rustc_hash::FxHashSet<&'static str>,
    prefixes: Vec<&'static str>,
    phrases: Vec<(&'static str, &'static str)>,
}

const TR_CUE_PHRASES: &[(&str, &str)] = &[
    ("ifade", "et"),
    ("ifadesini", "kullan"),
    ("ifadelerini", "kullan"),
    ("dile", "getir"),
    ("iddia", "et"),
    ("yanıt", "ver"),
    ("cevap", "ver"),
    ("not", "et"),
    ("tepki", "göster"),
    ("çağrısında", "bulun"),
    ("şunları", "söyledi"),
];

impl Cues {
    fn get(lang: Lang) -> Option<&'static Cues> {
        static TR: OnceLock<Cues> = OnceLock::new();
        static EN: OnceLock<Cues> = OnceLock::new();
        match lang {
            Lang::Tr => Some(TR.get_or_init(|| Cues {
                lang,
                // Turkish verbs are read by their form (`tr::verb_form`).
                words: Default::default(),
                prefixes: Vec::new(),
                phrases: TR_CUE_PHRASES.to_vec(),
            })),
            Lang::En => Some(EN.get_or_init(|| Cues {
                lang,
                words: EN_VERBS.split('|').collect(),
                prefixes: Vec::new(),
                phrases: Vec::new(),
            })),
            Lang::Und => None,
        }
    }

    fn word_is(&self, w: &str) -> bool {
        if self.lang == Lang::Tr {
            return tr::verb_form(w, false).is_some();
        }
        self.words.contains(w) || self.prefixes.iter().any(|p| w.starts_with(p))
    }

    /// The cues in `text[range]`, as spans of `text`, in order.
    fn find<'t>(&'t self, text: &'t str, range: Span) -> impl Iterator<Item = Span> + 't {
        // Words of the range with their spans.
        let hay = &text[range];
        let mut spans: Vec<Span> = Vec::new();
        let mut start = None;
        for (i, c) in hay.char_indices() {
            let w = c.is_alphanumeric();
            match (w, start) {
                (true, None) => start = Some(i),
                (false, Some(st)) => {
                    spans.push(Span::new(range.start + st, range.start + i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(st) = start {
            spans.push(Span::new(range.start + st, range.end));
        }
        let mut buf = String::new();
        let lower = move |s: Span, buf: &mut String| {
            buf.clear();
            buf.extend(
                text[s]
                    .chars()
                    .map(|c| crate::fold::lower_char(c, self.lang)),
            );
        };
        let mut second_buf = String::new();
        (0..spans.len()).filter_map(move |i| {
            lower(spans[i], &mut buf);
            let w = buf.as_str();
            if self.lang == Lang::En && !self.words.contains(w) {
                // English cues are lowercase words; headline case capitalises them.
                let t = &text[spans[i]];
                let capitalised = t.chars().next().is_some_and(char::is_uppercase)
                    && t.chars().skip(1).all(char::is_lowercase);
                return (capitalised && self.words.contains(w)).then_some(spans[i]);
            }
            if self.word_is(w) {
                // `dedi ki`: the cue takes the `ki`.
                if w == "dedi" && spans.get(i + 1).is_some_and(|n| &text[*n] == "ki") {
                    return Some(Span::new(spans[i].start, spans[i + 1].end));
                }
                return Some(spans[i]);
            }
            if !self.phrases.iter().any(|(a, _)| *a == w) {
                return None;
            }
            let next = spans.get(i + 1)?;
            lower(*next, &mut second_buf);
            self.phrases
                .iter()
                .any(|(a, b)| *a == w && second_buf.starts_with(b))
                .then(|| Span::new(spans[i].start, next.end))
        })
    }
}

/// English speech verbs.
const EN_VERBS: &str = "said|says|say|told|tells|added|adds|asked|asks|stated|explained|explains|wrote|writes|tweeted|posted|insisted|insists|argued|argues|warned|warns|noted|notes|declared|claimed|claims|continued|replied|recalled|recalls|acknowledged|admitted|announced|commented|concluded|emphasized|emphasised|stressed|suggested|testified|responded|remarked|observed|predicted|promised|vowed|conceded|countered|joked|shouted|urged|cautioned|complained|boasted|wondered|called|described|confirmed|denied|reported|exclaimed|gushed|implored|emailed|texted|fumed|chimed|reiterated|lamented|quipped|snapped|interjected|mused|advised|advises|pleaded|demanded|repeated|whispered|screamed|yelled|tweets|saying|according|speculated|assured|assures|blurted|sighed|suggests|advised|telling|writing|adding|noting|calling|arguing|insisting|warning|asking|explaining|pledged|tweet|talks|talked|dubbed|calls|acknowledges|retorted|answered|hinted|recounted|agreed|agrees|predicts|puts|put|declares|admits|concedes|replies|responds|describes|warned|cautions|complains|recounts|quipped|scoffed|sniped|groused|marveled|marvelled|conceded|echoed|wondered|told|griped";

/// English verbs after which the speaker may follow (`"…," said the mayor`).
const EN_INVERTIBLE: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "wrote",
    "writes",
    "continued",
    "explained",
    "recalled",
    "noted",
    "declared",
    "asked",
    "replied",
    "recalls",
    "insisted",
    "argued",
    "warned",
];

// ---------------------------------------------------------------------------------------------
// Attribution

/// What the speaker search works with for one block.
pub struct Context<'a> {
    /// The whole text.
    pub text: &'a str,
    /// The language of the text.
    pub lang: Lang,
    /// The block's tokens.
    pub tokens: &'a [Token],
    /// The entities inside the block, sorted by start.
    pub entities: &'a [Entity],
    /// All entities of the text up to the block's end, sorted (pronouns look back into them).
    pub before: &'a [Entity],
    /// Byte span of each sentence of the block, in order.
    sentences: Vec<Span>,
    /// Sentence number of the block's first sentence.
    first_sentence: usize,
}

/// How far around a quote its speaker is looked for, in bytes: cues stand next to quotes,
/// and a bound keeps a pathological one-line paste linear.
const WINDOW: usize = 1500;

impl<'a> Context<'a> {
    /// A context for one block.
    pub fn new(
        text: &'a str,
        lang: Lang,
        tokens: &'a [Token],
        entities: &'a [Entity],
        before: &'a [Entity],
    ) -> Context<'a> {
        let sentences = crate::tokenize::sentence_ranges(tokens)
            .into_iter()
            .map(|r| Span::new(tokens[r.start].span.start, tokens[r.end - 1].full_end()))
            .collect();
        Context {
            text,
            lang,
            tokens,
            entities,
            before,
            sentences,
            first_sentence: tokens.first().map_or(0, |t| t.sentence),
        }
    }

    /// The byte span of the sentence holding byte `pos`, clipped to `WINDOW` bytes around
    /// `near` (on char boundaries).
    fn sentence_of(&self, pos: usize, near: Span) -> Span {
        let idx = self
            .tokens
            .partition_point(|t| t.span.end <= pos)
            .min(self.tokens.len().saturating_sub(1));
        let Some(tok) = self.tokens.get(idx) else {
            return Span::new(pos, pos);
        };
        let s = self.sentences[tok.sentence - self.first_sentence];
        let mut start = s.start.max(near.start.saturating_sub(WINDOW));
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = s.end.min(near.end + WINDOW).max(start);
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        Span::new(start, end)
    }

    /// The block's entities lying inside `range`.
    fn entities_in(&self, range: Span) -> impl Iterator<Item = &'a Entity> + use<'a> {
        let from = self
            .entities
            .partition_point(|e| e.span.start < range.start);
        let to = self.entities.partition_point(|e| e.span.start < range.end);
        self.entities[from..to.max(from)]
            .iter()
            .filter(move |e| range.contains(e.span))
    }

    fn speakers_in(&self, range: Span) -> impl Iterator<Item = &'a Entity> + use<'a> {
        self.entities_in(range)
            .filter(|e| matches!(e.label, Label::Per | Label::Org))
    }

    fn verb(&self) -> Option<&'static Cues> {
        Cues::get(self.lang)
    }

    /// The entity whose span is exactly `s`, if any.
    fn entity_at(&self, s: Span) -> Option<&'a Entity> {
        let i = self.entities.partition_point(|e| e.span.start < s.start);
        self.entities[i..]
            .iter()
            .take_while(|e| e.span.start == s.start)
            .find(|e| e.span == s)
    }

    /// The cluster a speaker mention belongs to: its own, or for `he`/`she` the nearest person
    /// named before it outside quotes (looking back at most 200 mentions).
    fn cluster_of(&self, s: Span, quotes: &[Span]) -> Option<usize> {
        if let Some(e) = self.entity_at(s) {
            // A bare `Bakanlık` stands for the ministry named before.
            return self.generic_cluster(s, quotes).or(Some(e.cluster));
        }
        if let Some(c) = self.generic_cluster(s, quotes) {
            return Some(c);
        }
        let word = &self.text[s];
        if matches!(word, "who" | "Who") {
            // `Anna Voss, a pilot, who said …`: the name the relative clause hangs on.
            let upto = self.before.partition_point(|e| e.span.end <= s.start);
            return self.before[..upto]
                .iter()
                .rev()
                .take(3)
                .find(|e| {
                    matches!(e.label, Label::Per | Label::Org)
                        && s.start - e.span.end <= 80
                        && !self.text[e.span.end..s.start].contains(['.', '"', '“', '”'])
                })
                .map(|e| e.cluster);
        }
        if matches!(word, "he" | "she" | "He" | "She") {
            let upto = self.before.partition_point(|e| e.span.end <= s.start);
            return self.before[..upto]
                .iter()
                .rev()
                .take(200)
                .filter(|e| e.label == Label::Per)
                .find(|e| !inside_any(quotes, e.span))
                .map(|e| e.cluster);
        }
        None
    }
}

impl Context<'_> {
    /// The cluster of the named thing a common-noun speaker stands for: `Bakanlık` → the last
    /// organisation whose name ends in that word (`Sağlık Bakanlığı`); `the director`, `Bakan`
    /// → the last person introduced with that word (`FBI Director James Comey`, `James Comey,
    /// the director of …`); `the ministry` → the last organisation with that word in its name.
    fn generic_cluster(&self, s: Span, quotes: &[Span]) -> Option<usize> {
        let text = self.text;
        let words: Vec<&str> = text[s].split_whitespace().collect();
        let head = crate::fold::lower(words.last()?, self.lang);
        let head = head.trim_matches(|c: char| !c.is_alphanumeric());
        let first = crate::fold::lower(words.first()?, self.lang);
        let determiner = matches!(
            first.as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its"
        );
        let body = self.lang == Lang::Tr
            && words.len() == 1
            && tr::BODY_WORDS.iter().any(|b| head.starts_with(b));
        let title = words.len() == 1 && tr::is_title_word(words[0]) && self.lang == Lang::Tr;
        if !(body || title || determiner && words.len() >= 2) || head.len() < 3 {
            return None;
        }
        let stem: String = head.chars().take(5).collect();
        let upto = self.before.partition_point(|e| e.span.end <= s.start);
        let is_word = |hay: &str| {
            crate::fold::lower(hay, self.lang)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == head)
        };
        for e in self.before[..upto].iter().rev().take(300) {
            if inside_any(quotes, e.span) || e.span == s {
                continue;
            }
            let name = crate::fold::lower(&text[e.span], self.lang);
            match e.label {
                Label::Org if body => {
                    let last = name.rsplit(' ').next().unwrap_or("");
                    if name.contains(' ') && last.starts_with(&stem) {
                        return Some(e.cluster);
                    }
                }
                Label::Org if determiner && name.split(' ').any(|w| w == head) => {
                    return Some(e.cluster);
                }
                Label::Per if !body => {
                    // The role word right before the name, or in an apposition after it.
                    let mut from = e.span.start.saturating_sub(40);
                    while !text.is_char_boundary(from) {
                        from -= 1;
                    }
                    let lead = &text[from..e.span.start];
                    let lead = lead
                        .rsplit(['.', ',', ';', '"', '“', '”'])
                        .next()
                        .unwrap_or("");
                    let mut to = (e.span.end + 80).min(text.len());
                    while !text.is_char_boundary(to) {
                        to += 1;
                    }
                    let tail = &text[e.span.end..to];
                    let appos = tail
                        .strip_prefix(',')
                        .map(|t| t.split(['.', ';', '"', '“']).next().unwrap_or(""));
                    if is_word(lead)
                        || appos.is_some_and(|a| is_word(a.split(',').next().unwrap_or("")))
                    {
                        return Some(e.cluster);
                    }
                }
                _ => {}
            }
        }
        None
    }
}

/// True when `s` overlaps one of the sorted, disjoint `quotes`.
fn inside_any(quotes: &[Span], s: Span) -> bool {
    let i = quotes.partition_point(|q| q.end <= s.start);
    quotes.get(i).is_some_and(|q| q.overlaps(s))
}

/// Finds the speakers of the quotes of one block, then the block's reported speech.
pub fn attribute(ctx: &Context<'_>, spans: &[Span]) -> Vec<Quote> {
    let mut out: Vec<Quote> = spans
        .iter()
        .map(|&q| {
            let (speaker, cue) = find_speaker(ctx, q, spans).unwrap_or((None, None));
            let mut quote = Quote {
                span: q,
                kind: QuoteKind::Direct,
                speaker: speaker.map(|s| trim_titles(ctx.text, s)),
                speaker_cluster: speaker.and_then(|s| ctx.cluster_of(s, spans)),
                cue,
            };
            if is_heading(ctx.text, q, ctx.tokens) {
                // An all-caps quoted subheading between quote paragraphs is no quote.
                quote = Quote {
                    kind: QuoteKind::Term,
                    speaker: None,
                    speaker_cluster: None,
                    cue: None,
                    ..quote
                };
            }
            quote
        })
        .collect();
    // `"A," he said. "B."`: a quote with no cue of its own continues the one before it.
    // (A short quoted phrase inside a sentence is skipped when a full quote stands before it.)
    for i in 1..out.len() {
        if out[i].cue.is_none() && out[i].speaker.is_none() {
            let three_words = |q: &Quote| ctx.text[q.span].split_whitespace().nth(2).is_some();
            let prev = (ctx.lang == Lang::En)
                .then(|| {
                    (0..i)
                        .rev()
                        .find(|&j| out[j].speaker.is_some() && three_words(&out[j]))
                })
                .flatten()
                .unwrap_or(i - 1);
            if out[prev].speaker.is_some() {
                out[i].speaker = out[prev].speaker;
                out[i].speaker_cluster = out[prev].speaker_cluster;
            }
        }
    }
    // `"A." "B," she said.`: or the one after it, within the block.
    for i in (0..out.len().saturating_sub(1)).rev() {
        if out[i].cue.is_none() && out[i].speaker.is_none() && out[i + 1].speaker.is_some() {
            out[i].speaker = out[i + 1].speaker;
            out[i].speaker_cluster = out[i + 1].speaker_cluster;
        }
    }
    out.extend(reported(ctx, spans));
    out
}

/// A quote in capitals that fills its whole block: a subheading, not something said.
fn is_heading(text: &str, q: Span, tokens: &[Token]) -> bool {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return false;
    };
    let block = Span::new(first.span.start, last.full_end());
    let inner = &text[q];
    // Cheap tests first: most quotes do not fill their block.
    text[block.start..q.start].trim().is_empty()
        && text[q.end..block.end]
            .trim()
            .chars()
            .all(|c| c.is_ascii_punctuation())
        && inner.chars().filter(|c| c.is_alphabetic()).nth(5).is_some()
        && !inner.chars().any(char::is_lowercase)
}

/// A speaker span without the title, party or kinship words glued before the name (`Demokrat
/// John Smith` → `John Smith`, `Gov. Jane Roe` → `Jane Roe`); at least one word stays.
pub(crate) fn trim_titles(text: &str, s: Span) -> Span {
    let mut start = s.start;
    loop {
        let rest = &text[start..s.end];
        let Some(sp) = rest.find(' ') else {
            break;
        };
        let word = &rest[..sp];
        let next = rest[sp..].trim_start();
        if !tr::is_title_word(word) || !next.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        start += sp + (rest[sp..].len() - next.len());
    }
    Span::new(start, s.end)
}

/// What a block's closing colon introduces (`Kaya, şöyle konuştu:`, `He said:`): a quote-less
/// record of the speaker, their cluster and the cue, for the quote paragraphs after it.
pub fn introduction(ctx: &Context<'_>, spans: &[Span]) -> (Option<Quote>, Option<Quote>) {
    let subject = (ctx.lang == Lang::Tr)
        .then(|| tr::last_subject(ctx, spans))
        .flatten()
        .map(|s| Quote {
            span: s,
            kind: QuoteKind::Reported,
            speaker: Some(trim_titles(ctx.text, s)),
            speaker_cluster: ctx.cluster_of(s, spans),
            cue: None,
        });
    (colon_introduction(ctx, spans), subject)
}

fn colon_introduction(ctx: &Context<'_>, spans: &[Span]) -> Option<Quote> {
    let last = *ctx.sentences.last()?;
    let (speaker, cue) = match ctx.lang {
        Lang::Tr => {
            let (sp, cue) = tr::introduction(ctx, spans)?;
            (sp, Some(cue.span))
        }
        Lang::En => {
            let body = ctx.text[last].trim_end();
            let body = body.strip_suffix(':')?;
            let range = Span::new(last.start, last.start + body.len());
            let cue = ctx.verb()?.find(ctx.text, range).last()?;
            let sp = english_speaker(ctx, range, last, cue, false, &|s| !inside_any(spans, s));
            (sp, Some(cue))
        }
        Lang::Und => return None,
    };
    Some(Quote {
        span: last,
        kind: QuoteKind::Direct,
        speaker: speaker.map(|s| trim_titles(ctx.text, s)),
        speaker_cluster: speaker.and_then(|s| ctx.cluster_of(s, spans)),
        cue,
    })
}

/// Across paragraphs: a quote opening its paragraph with no speaker continues the last quote
/// of the paragraph before, or the first quote of the paragraph after when that one opens its
/// paragraph too (a quote over several paragraphs). Then short unattributed quotes become
/// terms. `blocks` are the blocks' quotes in order, with each block's span.
///
/// Before that, the paragraphs after a colon introduction (`intros[i].0`, see
/// [`introduction`]) that open with a quote are that speaker's, through any quoted
/// subheadings; and a Turkish quote whose cue has no subject (`"…" dedi.`) continues the
/// speaker of the quote before it, or the subject of a paragraph's closing sentence
/// (`intros[i].1`), within three blocks.
pub fn link_paragraphs(
    text: &str,
    blocks: &mut [(Span, Vec<Quote>)],
    intros: &[(Option<Quote>, Option<Quote>)],
) {
    let opens = |block: Span, q: &Quote| text[block.start..q.span.start].trim().is_empty();
    for (i, (intro, _)) in intros.iter().enumerate() {
        let Some(intro) = intro else {
            continue;
        };
        for (span, quotes) in blocks.iter_mut().skip(i + 1) {
            let Some(first) = quotes.first() else {
                break;
            };
            if !opens(*span, first) || first.kind == QuoteKind::Reported {
                break;
            }
            let mut own = false;
            for q in quotes.iter_mut().filter(|q| q.kind == QuoteKind::Direct) {
                if q.speaker.is_none() {
                    q.speaker = intro.speaker;
                    q.speaker_cluster = intro.speaker_cluster;
                    q.cue = q.cue.or(intro.cue);
                } else if q.cue.is_some() {
                    own = true;
                }
            }
            if own {
                break;
            }
        }
    }
    // Pro-drop: `"…" dedi.` after an attributed quote.
    let mut last: Option<(usize, Quote)> = None;
    for (i, (_, quotes)) in blocks.iter_mut().enumerate() {
        for q in quotes.iter_mut() {
            if q.kind == QuoteKind::Term {
                continue;
            }
            let dropped = q.kind == QuoteKind::Direct
                && q.speaker.is_none()
                && q.cue.is_some_and(|c| {
                    let w = crate::fold::lower(text[c].rsplit(' ').next().unwrap_or(""), Lang::Tr);
                    tr::verb_form(&w, true).is_some_and(|f| f != tr::Form::Passive)
                });
            if dropped {
                if let Some((_, p)) = last.filter(|(j, _)| i - j <= 3) {
                    q.speaker = p.speaker;
                    q.speaker_cluster = p.speaker_cluster;
                }
            }
            if q.speaker.is_some() {
                last = Some((i, *q));
            }
        }
        if let Some(Some(subject)) = intros.get(i).map(|x| x.1) {
            last = Some((i, subject));
        }
    }
    for i in 1..blocks.len() {
        let prev = blocks[i - 1]
            .1
            .iter()
            .rev()
            .find(|q| q.kind == QuoteKind::Direct)
            .copied();
        let (span, quotes) = &mut blocks[i];
        if let (Some(p), Some(first)) = (prev, quotes.first_mut()) {
            if first.kind == QuoteKind::Direct
                && first.speaker.is_none()
                && first.cue.is_none()
                && p.speaker.is_some()
                && text[span.start..first.span.start].trim().is_empty()
            {
                first.speaker = p.speaker;
                first.speaker_cluster = p.speaker_cluster;
            }
        }
    }
    for i in (0..blocks.len().saturating_sub(1)).rev() {
        let next = blocks[i + 1].0;
        let following = blocks[i + 1]
            .1
            .iter()
            .find(|q| q.kind == QuoteKind::Direct)
            .copied()
            .filter(|q| q.speaker.is_some() && opens(next, q));
        let (span, quotes) = &mut blocks[i];
        let span = *span;
        if let (Some(f), Some(last)) = (
            following,
            quotes.iter_mut().rfind(|q| q.kind == QuoteKind::Direct),
        ) {
            let whole = text[span.start..last.span.start].trim().is_empty();
            if last.speaker.is_none() && last.cue.is_none() && whole {
                last.speaker = f.speaker;
                last.speaker_cluster = f.speaker_cluster;
            }
        }
    }
    for (span, quotes) in blocks.iter_mut() {
        for q in quotes.iter_mut() {
            let words = text[q.span].split_whitespace().count();
            let whole = text[*span].trim() == text[q.span].trim();
            if q.kind == QuoteKind::Direct
                && q.speaker.is_none()
                && q.cue.is_none()
                && words <= 4
                && !whole
            {
                q.kind = QuoteKind::Term;
            }
        }
    }
}

type Found = (Option<Span>, Option<Span>);

fn find_speaker(ctx: &Context<'_>, q: Span, quotes: &[Span]) -> Option<Found> {
    let text = ctx.text;
    let s_start = ctx.sentence_of(q.start, q);
    let s_end = ctx.sentence_of(q.end.saturating_sub(1) + 1, q);
    let sentence = Span::new(s_start.start.min(q.start), s_end.end.max(q.end));
    let outside = |s: Span| !inside_any(quotes, s);
    let before = Span::new(sentence.start, q.start);
    let after = Span::new(q.end, sentence.end.max(q.end));

    if ctx.lang == Lang::Tr {
        return turkish_speaker(ctx, q, sentence, quotes);
    }
    if ctx.lang == Lang::En {
        return en::find_speaker(ctx, q, quotes);
    }

    // 1. `X'in Y'den aktardığına göre` (Y speaks), `X'e göre`, `according to X`.
    if let Some(found) = gore_speaker(ctx, sentence, &outside) {
        return Some(found);
    }

    // 2. A speech verb after the quote, or before it.
    let verb = ctx.verb();
    // `so-called` is no speech.
    let real = |c: &Span| !text[..c.start].ends_with('-');
    let cue_after = verb
        .and_then(|v| v.find(text, after).next())
        .filter(|c| outside(*c) && real(c));
    let cue_before = verb.and_then(|v| {
        v.find(text, before)
            .filter(|c| outside(*c) && real(c))
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
    let Some(cue) = cue else {
        if colon_speaker.is_some() {
            return colon_speaker.map(|s| (Some(s), None));
        }
        // A quote inside a sentence about someone (`Trump called Ryan a "very weak leader"`)
        // is theirs: the subject that opens the sentence, a person or organisation (or he/she).
        // `"…," Mr. Burton fumed`: a name or he/she right after the quote, then a verb.
        if ctx.lang == Lang::En && text[before].trim().is_empty() {
            let lead = text[after].trim_start_matches(|c: char| c.is_whitespace() || c == ',');
            let at = after.end - lead.len();
            let who = ctx
                .entities_in(Span::new(at, after.end))
                .find(|e| {
                    e.span.start >= at
                        && e.span.end <= after.end
                        && text[at..e.span.start].split_whitespace().count() <= 1
                        && matches!(e.label, Label::Per | Label::Org)
                })
                .map(|e| e.span)
                .or_else(|| phrases::pronoun_at_start(lead).map(|n| Span::new(at, at + n)));
            let verb_follows = who.is_some_and(|w| {
                text[w.end..after.end]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
            });
            if verb_follows {
                return Some((who, None));
            }
        }
        if ctx.lang == Lang::En && !text[before].trim().is_empty() {
            let subject = sentence_subject(ctx, before).filter(|s| {
                ctx.entity_at(*s)
                    .is_some_and(|e| matches!(e.label, Label::Per | Label::Org))
                    || matches!(&text[*s], "He" | "She" | "They" | "he" | "she" | "they")
            });
            return Some((subject, None));
        }
        return None;
    };

    if ctx.lang == Lang::En {
        return Some((
            english_speaker(ctx, q, sentence, cue, cue_after == Some(cue), &outside),
            Some(cue),
        ));
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
    // `"…" diye konuşan Mehmet Aydın`: else the name after the verb.
    let after_verb = || {
        ctx.speakers_in(Span::new(cue.end, sentence.end))
            .find(|e| outside(e.span))
            .map(|e| e.span)
    };
    let sp = nominative
        .or(cands.first())
        .map(|e| e.span)
        .or(colon_speaker)
        .or_else(after_verb);
    Some((sp, Some(cue)))
}

/// Turkish: `X'in Y'den aktardığına göre` (Y relays nothing, it speaks); else the cue and its
/// speaker read from the sentence (`tr::direct`); a dropped subject continues the sentence
/// before; a passive with no body in its sentence looks at the sentence before; then `X'e
/// göre` (a source, when nobody in the sentence speaks); then `X: "…"`.
fn turkish_speaker(ctx: &Context<'_>, q: Span, sentence: Span, quotes: &[Span]) -> Option<Found> {
    let text = ctx.text;
    let outside = |s: Span| !inside_any(quotes, s);
    for e in ctx.speakers_in(sentence).filter(|e| outside(e.span)) {
        let rest = &text[e.span.end..sentence.end];
        if let Some((a, b)) = phrases::relay_after(rest) {
            let cue = Span::new(e.span.end + a, e.span.end + b);
            return Some((Some(e.span), Some(cue)));
        }
    }
    let (mut speaker, cue) = tr::direct(ctx, q, sentence, quotes).unwrap_or((None, None));
    if speaker.is_none() {
        speaker = match cue.map(|c| c.form) {
            Some(tr::Form::Passive) => tr::source_before(ctx, sentence, quotes)
                .or_else(|| tr::body_before(ctx, sentence.start, quotes)),
            Some(_) => tr::subject_before(ctx, sentence, quotes),
            None => None,
        };
    }
    let passive = cue.is_some_and(|c| c.form == tr::Form::Passive);
    if speaker.is_none() && !passive {
        if let Some((sp, gore_cue)) = gore_speaker(ctx, sentence, &outside) {
            return Some((sp, cue.map(|c| c.span).or(gore_cue)));
        }
    }
    if speaker.is_none() && cue.is_none() {
        // `X: "…"`: a name right before a colon that opens the quote.
        let before = Span::new(sentence.start, q.start);
        let b = text[before].trim_end();
        if let Some(b) = b.strip_suffix(':') {
            let end = before.start + b.trim_end().len();
            let sp = ctx
                .speakers_in(before)
                .find(|e| e.span.end == end)
                .map(|e| e.span);
            return Some((sp, None));
        }
    }
    Some((speaker, cue.map(|c| c.span)))
}

/// `X'in Y'den aktardığına göre` (Y), `X'e göre`, `according to (the) X`.
fn gore_speaker(
    ctx: &Context<'_>,
    sentence: Span,
    outside: &dyn Fn(Span) -> bool,
) -> Option<Found> {
    let text = ctx.text;
    for e in ctx.speakers_in(sentence).filter(|e| outside(e.span)) {
        let rest = &text[e.span.end..sentence.end];
        if let Some((a, b)) = phrases::relay_after(rest) {
            let cue = Span::new(e.span.end + a, e.span.end + b);
            return Some((Some(e.span), Some(cue)));
        }
    }
    for e in ctx.speakers_in(sentence).filter(|e| outside(e.span)) {
        let rest = &text[e.span.end..sentence.end];
        if ctx.lang != Lang::En {
            let m = phrases::source_phrase_after(rest);
            if let Some((a, b)) = m {
                let cue = Span::new(e.span.end + a, e.span.end + b);
                return Some((Some(e.span), Some(cue)));
            }
        }
        if let Some(m) = phrases::according_to_before(&text[sentence.start..e.span.start]) {
            let at = sentence.start + m;
            return Some((Some(e.span), Some(Span::new(at, at + "according to".len()))));
        }
    }
    // `according to the report`, `according to several officials`: a nominal.
    if ctx.lang == Lang::En {
        let found = text[sentence]
            .find("according to ")
            .or_else(|| text[sentence].find("According to "));
        if let Some(at) = found {
            let cue = Span::new(
                sentence.start + at,
                sentence.start + at + "according to".len(),
            );
            let rest = Span::new(cue.end, sentence.end);
            let lead = text[rest].len() - text[rest].trim_start().len();
            let from = rest.start + lead;
            if let Some(n) = phrases::nominal_at_start(&text[from..rest.end]) {
                let sp = Span::new(from, from + n);
                if outside(sp) {
                    return Some((Some(sp), Some(cue)));
                }
            }
        }
    }
    None
}

/// English: the speaker next to the verb (`"…," X said`, `"…," said X, title`, `X said:
/// "…"`), else the sentence's subject when the verb comes first, else the nearest name.
fn english_speaker(
    ctx: &Context<'_>,
    q: Span,
    sentence: Span,
    cue: Span,
    cue_follows_quote: bool,
    outside: &dyn Fn(Span) -> bool,
) -> Option<Span> {
    let text = ctx.text;
    let after_cue = Span::new(cue.end, sentence.end);
    let before_cue = Span::new(sentence.start, cue.start);
    let invertible = EN_INVERTIBLE.contains(&&text[cue]);
    // After the verb, a person named in the same clause beats a nearer organisation
    // (`said Commission spokesman Eric Mamer`).
    let clause_end = text[after_cue]
        .find([',', ';', '.', '(', '"', '“', '”'])
        .map_or(after_cue.end, |p| after_cue.start + p);
    let right = if invertible {
        ctx.entities_in(Span::new(after_cue.start, clause_end))
            .find(|e| e.label == Label::Per)
            .map(|e| e.span)
            .or_else(|| capitalised_run(text, Span::new(after_cue.start, clause_end), false))
            .or_else(|| adjacent_after(ctx, after_cue, clause_end))
    } else {
        None
    };
    let left = adjacent_before(ctx, before_cue);
    let sp = if cue_follows_quote {
        // `"…," X said`, `"…," Trump, 70, told CNN`, `"…," Rep. X (D-Mo.) said`: the first
        // name between the quote and its verb; else `"…," said X`.
        let between = Span::new(q.end, cue.start);
        let lead = text[between].trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '"' | '”' | '’' | '\'' | '-' | '—' | '–')
        });
        let at = between.end - lead.len();
        // A title or role may stand before the name (`Ms. Reed-Veal`, `spokesman Glen Caplin`).
        let near = |e: &&Entity| {
            let gap = &text[at..e.span.start];
            gap.split_whitespace().count() <= 3 && !gap.contains([',', ';'])
        };
        ctx.entities_in(Span::new(at, between.end))
            .filter(|e| e.label.is_name())
            .find(near)
            .map(|e| e.span)
            .or_else(|| capitalised_run(text, Span::new(at, between.end), true))
            .or_else(|| adjacent_after(ctx, Span::new(at, between.end), between.end))
            .or(right)
            .or(left)
    } else {
        // The verb comes first: its subject, which may stand before an apposition
        // (`Russ Schriefer, an adviser to …, said …`) or after an opening phrase (`In a
        // statement, RT said …`).
        let named_left =
            left.filter(|l| ctx.entity_at(*l).is_some() || phrases::has_pronoun(&text[*l]));
        named_left
            .or_else(|| sentence_subject(ctx, Span::new(sentence.start, cue.start)))
            .or(left)
            .or_else(|| {
                ctx.speakers_in(before_cue)
                    .find(|e| outside(e.span))
                    .map(|e| e.span)
            })
    };
    sp.filter(|s| outside(*s)).or_else(|| {
        ctx.speakers_in(sentence)
            .filter(|e| outside(e.span))
            .min_by_key(|e| e.span.start.abs_diff(cue.start))
            .map(|e| e.span)
    })
}

/// A name the recogniser missed, as capitalised words (`Ms. Okafor-Lind`, `the Rev. John
/// Amos`), titles left out: the words filling `range` (`whole`), or opening it. Two-letter
/// capitals (`He`, `It`) and a lone sentence-initial word do not count.
fn capitalised_run(text: &str, range: Span, whole: bool) -> Option<Span> {
    let s = &text[range];
    let lead = s.len() - s.trim_start().len();
    let mut start = range.start + lead;
    let mut end = start;
    let mut names = 0;
    for w in s[lead..].split(' ') {
        let clean = w.trim_end_matches([',', '.', ';']);
        if clean.is_empty() {
            break;
        }
        let cap = clean.chars().next().is_some_and(char::is_uppercase)
            && clean.chars().skip(1).any(char::is_lowercase);
        if !cap {
            break;
        }
        if names == 0 && tr::is_title_word(clean) {
            start += w.len() + 1;
            end = start;
            continue;
        }
        if matches!(
            clean,
            "He" | "She" | "It" | "They" | "We" | "I" | "The" | "A" | "An"
        ) {
            return None;
        }
        names += 1;
        end += if names == 1 {
            clean.len()
        } else {
            w.len().min(clean.len()) + 1
        };
        if clean.len() < w.len() {
            break;
        }
    }
    if names == 0 || names > 4 {
        return None;
    }
    let rest = text[end..range.end].trim();
    if whole && !rest.is_empty() {
        return None;
    }
    Some(Span::new(start, end))
}

/// The subject opening a sentence (within `range`): a name, a pronoun or a nominal phrase,
/// after an opening adverbial phrase closed by a comma (`In a statement, …`, `On Monday, …`).
fn sentence_subject(ctx: &Context<'_>, range: Span) -> Option<Span> {
    let text = ctx.text;
    let s = &text[range];
    let first = s.split_whitespace().next().unwrap_or("");
    const OPENERS: &[&str] = &[
        "In",
        "On",
        "At",
        "After",
        "Before",
        "During",
        "Since",
        "While",
        "When",
        "As",
        "For",
        "With",
        "Without",
        "Under",
        "Speaking",
        "Asked",
        "Earlier",
        "Later",
        "Last",
        "Now",
        "But",
        "And",
        "Still",
        "Yet",
        "However",
        "Meanwhile",
        "Separately",
        "Also",
    ];
    let mut start = range.start + (s.len() - s.trim_start().len());
    if OPENERS.contains(&first) {
        // Skip to after the opener's comma, or just the conjunction.
        match s.find(',') {
            Some(p) if ["But", "And", "Still", "Yet"].contains(&first) && p > 12 => {
                start += first.len();
            }
            Some(p) => start = range.start + p + 1,
            None => start += first.len(),
        }
    }
    let rest = Span::new(start, range.end);
    adjacent_after(ctx, rest, rest.end).filter(|sp| {
        // A nominal subject must be followed by its verb soon, not be an object.
        ctx.entity_at(*sp).is_some()
            || sp.start == start + (text[rest].len() - text[rest].trim_start().len())
    })
}

/// A speaker starting right at `range.start` (after spaces): an entity, a pronoun, or a
/// nominal phrase that ends the clause (`said the spokesman.`).
fn adjacent_after(ctx: &Context<'_>, range: Span, clause_end: usize) -> Option<Span> {
    let text = ctx.text;
    let lead = text[range].len() - text[range].trim_start().len();
    let at = range.start + lead;
    if let Some(e) = ctx
        .entities_in(Span::new(at, range.end))
        .find(|e| e.span.start == at && e.label.is_name())
    {
        return Some(e.span);
    }
    let rest = &text[at..range.end];
    if let Some(n) = phrases::pronoun_at_start(rest) {
        return Some(Span::new(at, at + n));
    }
    // A nominal ends the clause, or a place/time phrase follows it (`said the narrator in
    // the spot`).
    let ends_clause = |end: usize| {
        let tail = text[end..clause_end.max(end)].trim_start();
        tail.is_empty()
            || ["in ", "at ", "on ", "during ", "after ", "before ", "from "]
                .iter()
                .any(|p| tail.starts_with(p))
    };
    phrases::nominal_at_start(rest)
        .filter(|&n| ends_clause(at + n))
        .map(|n| Span::new(at, at + n))
        .or_else(|| {
            // `another`, `one`, `both` (`"…," said another.`)
            let w = rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            (matches!(w, "another" | "one" | "both" | "others" | "Another" | "One")
                && text[at + w.len()..clause_end].trim().is_empty())
            .then(|| Span::new(at, at + w.len()))
        })
}

/// A speaker ending right at `range.end` (before spaces): an entity, a pronoun or a nominal.
fn adjacent_before(ctx: &Context<'_>, range: Span) -> Option<Span> {
    let text = ctx.text;
    let end = range.start + text[range].trim_end().len();
    if let Some(e) = ctx
        .entities_in(Span::new(range.start, end))
        .find(|e| e.span.end == end && e.label.is_name())
    {
        return Some(e.span);
    }
    let head = &text[range.start..end];
    if let Some(at) = phrases::pronoun_at_end(head) {
        return Some(Span::new(range.start + at, end));
    }
    phrases::nominal_at_end(head).map(|at| Span::new(range.start + at, end))
}

// ---------------------------------------------------------------------------------------------
// Reported speech

/// Reported speech in the block's sentences that hold no quote.
fn reported(ctx: &Context<'_>, quotes: &[Span]) -> Vec<Quote> {
    let Some(verb) = ctx.verb() else {
        return Vec::new();
    };
    let text = ctx.text;
    let mut out = Vec::new();
    for range in crate::tokenize::sentence_ranges(ctx.tokens) {
        let toks = &ctx.tokens[range];
        let sentence = Span::new(toks[0].span.start, toks[toks.len() - 1].full_end());
        // A sentence that introduces a quote with a colon reports nothing itself.
        if inside_any(quotes, sentence) || text[sentence].trim_end().ends_with(':') {
            continue;
        }
        // The content ends before the final full stop.
        let body_end = toks
            .iter()
            .rev()
            .find(|t| !matches!(t.text(text), "." | "!" | "?" | "…"))
            .map_or(sentence.end, |t| t.full_end());
        let found = match ctx.lang {
            Lang::Tr => reported_tr(ctx, sentence, body_end, verb),
            _ => reported_en(ctx, sentence, body_end, verb),
        };
        if let Some((speaker, cue, content)) = found {
            let content = content.trim(text);
            let content = trim_punct(text, content);
            if text[content].split_whitespace().count() >= 3 {
                out.push(Quote {
                    span: content,
                    kind: QuoteKind::Reported,
                    speaker: Some(speaker),
                    speaker_cluster: ctx.cluster_of(speaker, quotes),
                    cue: Some(cue),
                });
            }
        }
    }
    out
}

/// Drops commas and spaces around a content span.
fn trim_punct(text: &str, s: Span) -> Span {
    let inner = &text[s];
    let t = inner.trim_matches(|c: char| c == ',' || c == ';' || c == ':' || c.is_whitespace());
    let lead = inner.find(t).unwrap_or(0);
    Span::new(s.start + lead, s.start + lead + t.len())
}

type Reported = (Span, Span, Span);

/// Turkish: `X'e göre …`, `X'den yapılan açıklamada, … belirtildi`, or a sentence ending in a
/// speech verb whose subject is a name (`SVR, … belirtti`; `… KCNA devlet medyası duyurdu`).
fn reported_tr(
    ctx: &Context<'_>,
    sentence: Span,
    body_end: usize,
    verb: &Cues,
) -> Option<Reported> {
    let text = ctx.text;
    let names = |e: &&Entity| matches!(e.label, Label::Per | Label::Org | Label::Loc);
    let ents: Vec<&Entity> = ctx.entities_in(sentence).filter(names).collect();
    // `X'e göre …` / `X'ın açıklamasına göre …`: the content follows.
    for e in &ents {
        let rest = &text[e.span.end..body_end];
        let m = phrases::source_phrase_after(rest);
        if let Some((a, b)) = m {
            let cue = Span::new(e.span.end + a, e.span.end + b);
            return Some((e.span, cue, Span::new(cue.end, body_end)));
        }
    }
    // The sentence ends with a speech verb.
    let last = verb
        .find(text, Span::new(sentence.start, body_end))
        .last()?;
    let tail = text[last.end..body_end].trim();
    if tail.split_whitespace().count() > 1 {
        return None;
    }
    // `X'den yapılan açıklamada, … belirtildi`.
    for e in ents.iter().filter(|e| e.span.end <= last.start) {
        let rest = &text[e.span.end..last.start];
        if let Some((_, b)) = phrases::statement_from_after(rest) {
            let start = e.span.end + b;
            return Some((e.span, last, Span::new(start, last.start)));
        }
    }
    // The subject: a name in the nominative (no suffix) before the verb, preferring one that
    // opens the sentence or is followed by a comma; people and organisations before places.
    let nominative = |e: &&&Entity| {
        e.span.end <= last.start && !matches!(text[e.span.end..].chars().next(), Some('\'' | '’'))
    };
    // `SVR, …` or `ABD ile müttefikleri, …`: the name, perhaps with a few lowercase words,
    // then a comma; the last such subject before the verb is the one that speaks.
    let comma = |e: &&&Entity| {
        let rest = &text[e.span.end..last.start];
        rest.find(',').is_some_and(|p| {
            let words = &rest[..p];
            words.split_whitespace().count() <= 2
                && words.chars().all(|c| c.is_lowercase() || c.is_whitespace())
        })
    };
    let subject = ents
        .iter()
        .filter(nominative)
        .rfind(comma)
        .or_else(|| {
            ents.iter()
                .filter(nominative)
                .rfind(|e| e.label != Label::Loc)
        })
        .map(|e| e.span)
        .or_else(|| {
            // A name the recogniser missed (an acronym, a name after a title), ranked.
            tr::subject(ctx, Span::new(sentence.start, last.start), &[])
                .filter(|c| c.label != Label::Loc)
                .map(|c| c.span)
        })?;
    let comma = |e: &&&Entity| comma(e);
    let _ = comma;
    let has_comma = {
        let rest = &text[subject.end..last.start];
        rest.find(',').is_some_and(|p| {
            let words = &rest[..p];
            words.split_whitespace().count() <= 2
                && words.chars().all(|c| c.is_lowercase() || c.is_whitespace())
        })
    };
    let content = if has_comma {
        let rest = &text[subject.end..last.start];
        let after_comma = subject.end + rest.find(',').map_or(0, |p| p + 1);
        Span::new(after_comma, last.start)
    } else {
        // Subject, content, verb (`Korkmaz da limanın … izleneceğini belirtti`), or the
        // content first when little stands between subject and verb (`Ziyareti ilk olarak
        // … KCNA devlet medyası duyurdu`).
        let mut from = subject.end;
        let rest = &text[from..last.start];
        let lead = rest.len() - rest.trim_start().len();
        for particle in ["da ", "de ", "ise ", "ayrıca "] {
            if rest[lead..].starts_with(particle) {
                from += lead + particle.len();
                break;
            }
        }
        if text[from..last.start].split_whitespace().count() >= 3 {
            Span::new(from, last.start)
        } else {
            Span::new(sentence.start, subject.start)
        }
    };
    Some((subject, last, content))
}

/// English: `X said (on Tuesday) (that) …`, `X told Y (that) …`, `according to X, …`.
fn reported_en(
    ctx: &Context<'_>,
    sentence: Span,
    body_end: usize,
    verb: &Cues,
) -> Option<Reported> {
    let text = ctx.text;
    for cue in verb.find(text, Span::new(sentence.start, body_end)) {
        if &text[cue] == "according" {
            let after = &text[cue.end..body_end];
            let e = ctx
                .entities_in(Span::new(cue.end, body_end))
                .find(|e| e.span.start <= cue.end + 8 && e.label.is_name());
            if let (Some(e), true) = (e, after.trim_start().starts_with("to")) {
                let comma = text[e.span.end..body_end]
                    .find(',')
                    .map(|p| e.span.end + p + 1);
                if let Some(start) = comma {
                    return Some((
                        e.span,
                        Span::new(cue.start, cue.end + 3),
                        Span::new(start, body_end),
                    ));
                }
            }
            continue;
        }
        let Some(speaker) = adjacent_before(ctx, Span::new(sentence.start, cue.start)) else {
            continue;
        };
        // The content: after the verb, an optional object (`told reporters`), time (`on
        // Tuesday`) and `that`.
        let rest = &text[cue.end..body_end];
        let skip = phrases::content_lead(rest);
        let content = Span::new(cue.end + skip, body_end);
        if text[content].split_whitespace().count() >= 3 {
            return Some((speaker, cue, content));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        find_spans(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s])
            .collect()
    }

    #[test]
    fn quote_marks_of_every_style() {
        let text = "A \"bir\" B “iki” C «üç» D „vier“ E ‹cinq› F ''six'' G ``seven'' H ‘eight’ I 'nine' J \"open to the end of the block";
        assert_eq!(
            spans(text),
            [
                "\"bir\"",
                "“iki”",
                "«üç»",
                "„vier“",
                "‹cinq›",
                "''six''",
                "``seven''",
                "‘eight’",
                "'nine'",
                "\"open to the end of the block"
            ]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let text = "Kore'nin Pyongyang’ı, don't, the '90s and Trump’s plan.";
        assert!(spans(text).is_empty(), "{:?}", spans(text));
    }

    #[test]
    fn single_quotes_inside_double_quotes_stay_inside() {
        let text = "He said \"they told me 'no' twice\" and left.";
        assert_eq!(spans(text), ["\"they told me 'no' twice\""]);
    }

    #[test]
    fn empty_quotes_are_not_quotes() {
        let text = "x \"\" y “ ” z";
        assert!(find_spans(text, Span::new(0, text.len())).is_empty());
    }
}
