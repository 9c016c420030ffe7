//! English attribution, read from the sentence: the quote's own sentence, the speech cue that
//! governs the quote, and that cue's subject.
//!
//! * A cue right after the quote (`"…," X said`, `"…," said X`, `…, X said.` closing the
//!   sentence) is the quote's own; otherwise a cue before the quote (`X said that "…"`) governs
//!   it; a cue after it joined by `and` (`X called Y a "…" and said …`) shares the sentence's
//!   subject.
//! * The cue's subject is the noun phrase right before it (past auxiliaries and adverbs: `he
//!   has said`, `officials privately said`), the sentence's subject when the cue is coordinated
//!   (`X denied … and said`) or follows an apposition (`X, 56, a lawyer, said`), the phrase
//!   after it when inverted (`said the Rev. X`, `said a joint statement from …` → `a joint
//!   statement`), and the main clause's subject for a participle (`X …, telling reporters: "…"`,
//!   `Calling it "…," X said`).
//! * Not cues: passives (`is said to`), `continued to`, `called for`, nouns (`the notes`), a
//!   capitalised word opening a sentence that is not a headline, a cue separated from the quote
//!   by another quote.
//! * With no cue: a headline's `Name: … "…"`, a possessor of a speech noun (`X's claim of a
//!   "…"`), the sentence's subject, or the attribution in the sentence just before (`X chimed
//!   in. "…"`).

use super::{inside_any, Context, Found};
use crate::entities::{Entity, Label};
use crate::fold;
use crate::lang::Lang;
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};

/// Words that may stand between a subject and its verb (`he has long said`).
const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "do",
    "does",
    "did",
    "also",
    "later",
    "then",
    "still",
    "just",
    "already",
    "even",
    "only",
    "once",
    "often",
    "again",
    "never",
    "not",
    "first",
    "previously",
    "recently",
    "earlier",
    "further",
    "too",
    "hasn",
    "haven",
    "hadn",
    "didn",
    "doesn",
    "don",
    "wouldn",
    "t",
    "ve",
    "long",
    "since",
    "soon",
    "both",
    "all",
    "each",
    "himself",
    "herself",
    "themselves",
];

/// Forms of `be`: a cue after them is passive (`is said to`), not speech.
const BE: &[&str] = &["is", "was", "are", "were", "be", "been", "being"];

/// Determiners opening a noun phrase.
const DET: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "several", "some",
    "many", "most", "two", "three", "four", "five", "both", "each", "every", "another", "our",
    "one", "other", "no",
];

/// Words that end a noun phrase read forwards (prepositions, clause words, conjunctions).
const STOP: &[&str] = &[
    "in", "at", "on", "from", "for", "with", "during", "after", "before", "by", "to", "into",
    "about", "over", "under", "against", "among", "between", "since", "until", "via", "of", "who",
    "whom", "whose", "which", "that", "where", "when", "while", "as", "because", "if", "though",
    "although", "and", "but", "or", "nor", "so", "than", "is", "was", "are", "were", "be", "been",
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "do",
    "does", "did", "not", "also", "later", "then", "still", "just", "already", "even", "only",
    "once", "often", "again", "never", "says", "said", "told", "wrote", "added", "called", "asked",
];

/// Words that open a sentence with an adverbial phrase closed by a comma (`In a statement,`,
/// `Even as …,`, `Last week,`).
const OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "since",
    "while",
    "when",
    "as",
    "for",
    "with",
    "without",
    "under",
    "speaking",
    "asked",
    "earlier",
    "later",
    "last",
    "even",
    "although",
    "though",
    "because",
    "if",
    "following",
    "despite",
    "beyond",
    "across",
    "among",
    "unlike",
    "like",
    "over",
    "through",
    "by",
    "from",
    "upon",
    "once",
    "until",
    "whether",
    "amid",
    "against",
    "given",
    "back",
    "this",
    "that",
    "today",
    "yesterday",
    "now",
    "also",
    "still",
    "meanwhile",
    "however",
    "separately",
    "instead",
    "indeed",
    "already",
    "then",
    "yet",
    "but",
    "and",
    "so",
    "according",
    "elsewhere",
    "overall",
    "in",
    "there",
    "here",
];

/// Conjunctions and sentence adverbs that may open a sentence with no comma (`But the
/// minister said …`).
const LEADS: &[&str] = &[
    "and", "but", "yet", "so", "still", "now", "then", "also", "or",
];

/// Participles that report speech (`…, telling reporters "…"`).
fn is_participle(w: &str) -> bool {
    w.ends_with("ing")
}

/// Nouns of speech whose possessor speaks (`X's claim of a "…"`).
const SPEECH_NOUNS: &[&str] = &[
    "words",
    "remarks",
    "comments",
    "comment",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "description",
    "statement",
    "warning",
    "promise",
    "phrase",
    "slogan",
    "call",
    "plea",
    "assertion",
    "characterization",
    "pledge",
    "vow",
    "message",
    "tweet",
    "post",
    "quip",
    "insistence",
    "accusation",
    "accusations",
    "charge",
    "question",
    "answer",
    "reply",
    "response",
    "admission",
    "prediction",
    "demand",
    "threat",
    "boast",
    "line",
    "mantra",
    "refrain",
    "catchphrase",
    "label",
];

/// Role and title words that stand before a name (`the Rev.`, `campaign manager`).
fn is_title(w: &str) -> bool {
    super::tr::is_title_word(w)
        || matches!(
            fold::lower(w.trim_end_matches('.'), Lang::En).as_str(),
            "rev"
                | "dr"
                | "prof"
                | "sens"
                | "reps"
                | "vice"
                | "rabbi"
                | "father"
                | "sister"
                | "pastor"
                | "bishop"
                | "imam"
                | "justice"
                | "detective"
                | "officer"
                | "lord"
        )
}

fn low(s: &str) -> String {
    fold::lower(s, Lang::En)
}

fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "they" | "we" | "I" | "it" | "He" | "She" | "They" | "We" | "It"
    )
}

/// An adverb in `-ly` (`privately`, `reportedly`), not a noun like `family`.
fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && w.chars().all(char::is_lowercase)
        && !matches!(
            w,
            "family" | "daily" | "ally" | "rally" | "weekly" | "monthly" | "supply"
        )
}

/// The block's tokens lying inside `r`.
fn tokens_in<'a>(ctx: &Context<'a>, r: Span) -> &'a [Token] {
    let a = ctx.tokens.partition_point(|t| t.span.start < r.start);
    let b = ctx.tokens.partition_point(|t| t.span.end <= r.end);
    &ctx.tokens[a..b.max(a)]
}

/// The entity of a speaker kind (person or organisation, or any name) that starts at `at`.
fn entity_starting<'a>(ctx: &Context<'a>, at: usize) -> Option<&'a Entity> {
    let i = ctx.entities.partition_point(|e| e.span.start < at);
    ctx.entities[i..]
        .iter()
        .take_while(|e| e.span.start == at)
        .find(|e| e.label.is_name())
}

/// The entity that ends at `end`.
fn entity_ending<'a>(ctx: &Context<'a>, end: usize) -> Option<&'a Entity> {
    ctx.entities
        .iter()
        .filter(|e| e.span.end == end && e.label.is_name())
        .max_by_key(|e| e.span.len())
}

/// The quote's own sentence: from the sentence of its first char to that of its last; a short
/// attribution sentence right after it (`"…." Mook said.`) is taken in too.
pub(super) fn own_sentence(ctx: &Context<'_>, q: Span, quotes: &[Span]) -> Span {
    let s_start = ctx.sentence_of(q.start, q);
    // The sentence of the quote's last char inside the marks (a closing mark after a full
    // stop may be counted with the next sentence).
    let inner = ctx.text[q].trim_end_matches(|c: char| !c.is_alphanumeric());
    let last = q.start + inner.len().max(1) - 1;
    let s_end = ctx.sentence_of(last, q);
    let mut sentence = Span::new(s_start.start.min(q.start), s_end.end.max(q.end));
    // `said the Rev.` / `Gov.`: a title's full stop does not end the sentence.
    for _ in 0..2 {
        let body = ctx.text[sentence].trim_end();
        let Some(head) = body.strip_suffix('.') else {
            break;
        };
        let word = head.rsplit([' ', '\n']).next().unwrap_or("");
        if !is_title(word) || sentence.end >= ctx.text.len() {
            break;
        }
        let next = ctx.sentence_of(sentence.end + 1, q);
        if next.end <= sentence.end {
            break;
        }
        sentence = Span::new(sentence.start, next.end);
    }
    let rest = ctx.text[q.end..sentence.end].trim();
    if rest.chars().all(|c| !c.is_alphanumeric()) && sentence.end < ctx.text.len() {
        let next = ctx.sentence_of(sentence.end + 1, q);
        let next = Span::new(next.start.max(sentence.end), next.end.max(sentence.end));
        if next.end > sentence.end {
            let body = &ctx.text[next];
            let words = body.split_whitespace().count();
            let quoted = inside_any(quotes, next) || body.contains(['"', '“', '”']);
            if words <= 10 && !quoted {
                let cue = valid_cues(ctx, next, quotes).into_iter().next();
                let short_tail = cue.is_some_and(|c| {
                    let tail = &ctx.text[c.end..next.end];
                    tail.split_whitespace().count() <= 8 && !tail.contains(" that ")
                });
                if short_tail {
                    sentence = Span::new(sentence.start, next.end);
                }
            }
        }
    }
    sentence
}

/// The speech cues in `range` that really report speech here.
fn valid_cues(ctx: &Context<'_>, range: Span, quotes: &[Span]) -> Vec<Span> {
    let Some(verbs) = ctx.verb() else {
        return Vec::new();
    };
    let text = ctx.text;
    let toks = tokens_in(ctx, range);
    let words: Vec<&Token> = toks.iter().filter(|t| t.kind == TokenKind::Word).collect();
    let capitals = words
        .iter()
        .filter(|t| fold::is_capitalised(t.text(text)))
        .count();
    let headline = words.len() >= 4 && capitals * 10 >= words.len() * 6;
    verbs
        .find(text, range)
        .filter(|c| !inside_any(quotes, *c) && !text[..c.start].ends_with('-'))
        .filter(|c| {
            let w = &text[*c];
            let k = low(w);
            let i = toks.partition_point(|t| t.span.start < c.start);
            let prev = |n: usize| i.checked_sub(n).and_then(|j| toks.get(j));
            let next = toks.get(i + 1).map(|t| low(t.text(text)));
            let next = next.as_deref();
            // A capital opening a sentence is a noun (`Notes on …`), except in a headline.
            if fold::is_capitalised(w) && !headline {
                return false;
            }
            // A plural noun after a determiner (`the notes`, `his claims`).
            if k.ends_with('s') && k != "says" && k != "was" {
                if let Some(p) = prev(1) {
                    let pl = low(p.text(text));
                    if DET.contains(&pl.as_str()) || pl == "of" || pl == "new" {
                        return false;
                    }
                }
            }
            match (k.as_str(), next) {
                ("continued" | "continues" | "continue", Some("to")) => return false,
                ("called" | "calls" | "calling" | "call", Some("on" | "off" | "up")) => {
                    return false
                }
                ("talks" | "talked" | "talk" | "talking", n)
                    if !matches!(n, Some("of" | "about")) =>
                {
                    return false
                }
                ("puts" | "put", n) if n != Some("it") => return false,
                _ => {}
            }
            // A passive (`is said to`, `was told`): skip adverbs back to a form of `be`.
            let mut n = 1;
            while let Some(p) = prev(n) {
                let pl = low(p.text(text));
                if is_ly_adverb(&pl) || pl == "also" || pl == "not" {
                    n += 1;
                    continue;
                }
                return !BE.contains(&pl.as_str());
            }
            true
        })
        .collect()
}

/// What stands right before a cue.
enum Left {
    /// A subject: a name, a pronoun, a relative `who`, a noun phrase.
    Subject(Span),
    /// `… and said`: the cue shares the sentence's subject.
    Coordinated,
    /// `X, a lawyer, said` or nothing nameable: look for the clause's subject.
    Other,
}

/// The subject right before position `end` (a cue), within `range`.
fn left_of(ctx: &Context<'_>, range: Span, end: usize, quotes: &[Span]) -> Left {
    left_of_at(ctx, range, end, quotes, 0)
}

/// Prepositions: a noun phrase after one is no subject (`Trump in the past has said`).
const PREPS: &[&str] = &[
    "in", "at", "on", "from", "for", "with", "during", "after", "before", "by", "into", "about",
    "over", "under", "against", "among", "between", "since", "until", "via", "of", "through",
    "across", "inside", "outside", "near", "like",
];

fn left_of_at(ctx: &Context<'_>, range: Span, end: usize, quotes: &[Span], depth: u8) -> Left {
    let text = ctx.text;
    let toks = tokens_in(ctx, Span::new(range.start, end));
    let mut i = toks.len();
    // Adverbs and auxiliaries.
    while i > 0 {
        let t = toks[i - 1];
        let w = low(t.text(text));
        let adverb = t.kind == TokenKind::Word && (AUX.contains(&w.as_str()) || is_ly_adverb(&w));
        if adverb || t.kind == TokenKind::Punct && text[t.span] == *"'" {
            i -= 1;
        } else {
            break;
        }
    }
    // `for X to say`.
    if i > 0 && low(toks[i - 1].text(text)) == "to" {
        i -= 1;
    }
    if i == 0 {
        return Left::Other;
    }
    let t = toks[i - 1];
    if inside_any(quotes, t.span) {
        return Left::Other;
    }
    let w = t.text(text);
    let k = low(w);
    if t.kind == TokenKind::Punct {
        // `Rep. X (D-Mo.) said`: past the bracket.
        if w == ")" {
            if let Some(open) = toks[..i].iter().rposition(|t| text[t.span] == *"(") {
                if let Some(e) = open
                    .checked_sub(1)
                    .and_then(|j| entity_ending(ctx, toks[j].full_end()))
                {
                    return Left::Subject(e.span);
                }
            }
        }
        return Left::Other;
    }
    if matches!(k.as_str(), "and" | "but" | "or" | "nor" | "then") {
        return Left::Coordinated;
    }
    if matches!(k.as_str(), "who" | "which") {
        return Left::Subject(t.span);
    }
    if let Some(e) = entity_ending(ctx, t.full_end()).or_else(|| entity_ending(ctx, t.span.end)) {
        if e.span.start >= range.start {
            return Left::Subject(e.span);
        }
    }
    if is_pronoun(w) {
        return Left::Subject(t.span);
    }
    if STOP.contains(&k.as_str()) || t.kind != TokenKind::Word && t.kind != TokenKind::Number {
        return Left::Other;
    }
    // A noun phrase, read backwards to its determiner or the clause's start.
    let head = i - 1;
    let mut j = head;
    while j > 0 && head - j < 7 {
        let p = toks[j - 1];
        let pw = low(p.text(text));
        if p.kind == TokenKind::Punct {
            if matches!(p.text(text), "-" | "'" | "’") && !p.space_before {
                j -= 1;
                continue;
            }
            break;
        }
        if DET.contains(&pw.as_str()) {
            j -= 1;
            break;
        }
        if STOP.contains(&pw.as_str()) && pw != "of"
            || LEADS.contains(&pw.as_str())
            || is_pronoun(p.text(text))
            || is_ly_adverb(&pw)
            || inside_any(quotes, p.span)
        {
            break;
        }
        j -= 1;
    }
    // `of` may not open the phrase.
    while j < head && low(toks[j].text(text)) == "of" {
        j += 1;
    }
    // A phrase after a preposition is an adverbial (`in the past`): the subject is before it.
    if j > 0 && depth < 2 && PREPS.contains(&low(toks[j - 1].text(text)).as_str()) {
        let at = toks[j - 1].span.start;
        if at > range.start {
            return left_of_at(ctx, range, at, quotes, depth + 1);
        }
    }
    let span = Span::new(toks[j].span.start, toks[head].full_end());
    // A person named inside the phrase speaks (`Her friend Jane Roe`).
    if let Some(e) = ctx
        .entities_in(span)
        .filter(|e| e.label == Label::Per)
        .last()
    {
        if e.span.end == span.end {
            return Left::Subject(e.span);
        }
    }
    Left::Subject(span)
}

/// The subject opening the clause in `range`: after leading conjunctions and opening
/// adverbial phrases closed by a comma, a name (past titles), a pronoun or a noun phrase.
pub(super) fn clause_subject(ctx: &Context<'_>, range: Span, quotes: &[Span]) -> Option<Span> {
    let text = ctx.text;
    let toks = tokens_in(ctx, range);
    let mut i = 0;
    let skip_punct = |i: &mut usize| {
        while *i < toks.len()
            && toks[*i].kind == TokenKind::Punct
            && !matches!(
                text[toks[*i].span].chars().next(),
                Some('"' | '“' | '‘' | '\'')
            )
        {
            *i += 1;
        }
    };
    skip_punct(&mut i);
    for _ in 0..3 {
        let t = toks.get(i)?;
        if inside_any(quotes, t.span) {
            return None;
        }
        let w = t.text(text);
        let k = low(w);
        if LEADS.contains(&k.as_str()) && entity_starting(ctx, t.span.start).is_none() {
            i += 1;
            if toks.get(i).is_some_and(|t| text[t.span] == *",") {
                i += 1;
            }
            continue;
        }
        let opener = OPENERS.contains(&k.as_str())
            || is_ly_adverb(&k)
            || (fold::is_capitalised(w)
                && (k.ends_with("ing") || k.ends_with("ed"))
                && entity_starting(ctx, t.span.start).is_none());
        if !opener {
            break;
        }
        // To the comma that closes the phrase, outside quotes.
        let comma = toks[i..]
            .iter()
            .position(|t| text[t.span] == *"," && !inside_any(quotes, t.span))?;
        i += comma + 1;
        skip_punct(&mut i);
    }
    let start = toks.get(i)?;
    if inside_any(quotes, start.span) {
        return None;
    }
    if is_pronoun(start.text(text)) {
        return Some(start.span);
    }
    noun_phrase(ctx, &toks[i..], quotes)
}

/// A noun phrase opening `toks`: a name (past titles and `the`), or determiner and words up
/// to a preposition, clause word, verb form or comma.
fn noun_phrase(ctx: &Context<'_>, toks: &[Token], quotes: &[Span]) -> Option<Span> {
    let text = ctx.text;
    let first = toks.first()?;
    // Titles (`the Rev.`, `Sen.`, `campaign manager`) before a name.
    let mut i = 0;
    while i < toks.len() && i < 5 {
        let t = toks[i];
        if let Some(e) = entity_starting(ctx, t.span.start) {
            if matches!(e.label, Label::Per | Label::Org) || i == 0 {
                return Some(e.span);
            }
        }
        let w = t.text(text);
        let k = low(w);
        let skippable = is_title(w)
            || (i == 0 && matches!(k.as_str(), "the" | "a"))
            || w == "."
            || (fold::is_capitalised(w) && i > 0 && toks[i - 1].text(text) == ".");
        if !skippable {
            break;
        }
        i += 1;
    }
    let mut end = None;
    let mut n = 0;
    for (j, t) in toks.iter().enumerate() {
        if inside_any(quotes, t.span) {
            break;
        }
        let w = t.text(text);
        let k = low(w);
        if t.kind == TokenKind::Punct {
            if matches!(w, "-" | "'" | "’") && !t.space_before || w == "." && j > 0 {
                continue;
            }
            break;
        }
        if j > 0 && DET.contains(&k.as_str()) && k != "other" && k != "two" {
            break;
        }
        if STOP.contains(&k.as_str()) || is_ly_adverb(&k) || is_pronoun(w) && j > 0 {
            break;
        }
        // A verb form after the phrase's first words (`The chalkers scrawled`).
        if j >= 2 && !fold::is_capitalised(w) && (k.ends_with("ed") || k.ends_with("es")) {
            break;
        }
        if ctx.verb().is_some_and(|v| v.word_is(&k)) && j > 0 {
            break;
        }
        end = Some(t.full_end());
        n += 1;
        if n >= 8 {
            break;
        }
    }
    let end = end?;
    let span = Span::new(first.span.start, end);
    let words: Vec<&str> = text[span].split_whitespace().collect();
    if words.len() == 1 && DET.contains(&low(words[0]).as_str()) {
        return None;
    }
    // A person named inside the phrase speaks (`Her friend Jane Roe`).
    if let Some(e) = ctx.entities_in(span).find(|e| e.label == Label::Per) {
        return Some(e.span);
    }
    Some(span)
}

/// The speaker after an inverted cue (`said the Rev. X, …`, `said a joint statement from …`).
fn right_of(ctx: &Context<'_>, cue: Span, end: usize, quotes: &[Span]) -> Option<Span> {
    let text = ctx.text;
    let toks = tokens_in(ctx, Span::new(cue.end, end));
    // (A dot after a title or initial does not end the clause: `the Rev. X`, `Jane Q. Roe`.)
    let clause_end = (0..toks.len())
        .find(|&i| {
            let w = &text[toks[i].span];
            let abbrev = w == "."
                && i > 0
                && (is_title(toks[i - 1].text(text)) || toks[i - 1].span.len() == 1);
            matches!(w, "," | ";" | "." | "(" | "\"" | "“" | "”") && !abbrev
        })
        .unwrap_or(toks.len());
    // A person named in the clause beats a nearer organisation (`said Commission spokesman
    // Eric Mamer`).
    let clause = &toks[..clause_end];
    if let (Some(a), Some(b)) = (clause.first(), clause.last()) {
        if let Some(e) = ctx
            .entities_in(Span::new(a.span.start, b.full_end()))
            .find(|e| e.label == Label::Per)
        {
            let gap = &text[a.span.start..e.span.start];
            if gap.split_whitespace().count() <= 4 {
                return Some(e.span);
            }
        }
    }
    if let Some(s) = super::capitalised_run(text, Span::new(cue.end, end), false)
        .filter(|s| s.end <= toks.get(clause_end).map_or(end, |t| t.span.start))
    {
        return Some(s);
    }
    let t = toks.first()?;
    if is_pronoun(t.text(text)) {
        return Some(t.span);
    }
    if matches!(
        low(t.text(text)).as_str(),
        "another" | "one" | "both" | "others"
    ) {
        return Some(t.span);
    }
    // Only a determiner phrase or a name may follow an inverted verb (not `said Tuesday`).
    let k = low(t.text(text));
    if !DET.contains(&k.as_str()) && entity_starting(ctx, t.span.start).is_none() {
        return None;
    }
    noun_phrase(ctx, toks, quotes)
}

/// True when the cue after the quote is the quote's own: nothing but a subject between them
/// (`"…," X said`, `"…," said X`, `"…," Trump, 70, told CNN`), or the sentence closes with
/// `…, X said.`.
fn attached_after(ctx: &Context<'_>, q: Span, cue: Span, sentence: Span) -> bool {
    let text = ctx.text;
    let between = text[q.end..cue.start].trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-' | '"' | '”' | '’' | '\'')
    });
    if between.is_empty() {
        return true;
    }
    let inner = text[q]
        .trim_end_matches(['"', '”', '’', '\'', '»'])
        .trim_end();
    let punct_end = inner.ends_with([',', '?', '!', '—', '-', '–'])
        || text[q.end..].trim_start().starts_with([',', '—', '–']);
    let first = between.split_whitespace().next().unwrap_or("");
    let clause_word = STOP.contains(&low(first).as_str()) || LEADS.contains(&low(first).as_str());
    let words = between.split_whitespace().count();
    let comma_end = text[q.end..cue.start].trim_end().ends_with(',');
    if punct_end && !clause_word && (words <= 9 || comma_end && words <= 24) {
        return true;
    }
    // `…, X said.` closing the sentence.
    let tail = text[cue.end..sentence.end].trim();
    let tail_words = tail.split_whitespace().count();
    let tail_ok = tail_words <= 6 && !tail.contains(" that ") && !tail.contains(['"', '“']);
    let comma_np = comma_end
        || between
            .rfind(',')
            .is_some_and(|p| between[p + 1..].split_whitespace().count() <= 4);
    tail_ok && comma_np
}

/// English speaker and cue of the quote `q`.
pub(super) fn find_speaker(ctx: &Context<'_>, q: Span, quotes: &[Span]) -> Option<Found> {
    let sentence = own_sentence(ctx, q, quotes);
    let outside = |s: Span| !inside_any(quotes, s);

    // A headline's `Name: … "…"`.
    if let Some(sp) = headline_name(ctx, sentence, q, quotes) {
        return Some((Some(sp), None));
    }
    // `according to X`.
    if let Some(found) = super::gore_speaker(ctx, sentence, &outside) {
        return Some(found);
    }
    // `X's claim of a "…"`: the possessor of a speech noun right before the quote.
    if let Some(s) = speech_noun_owner(ctx, Span::new(sentence.start, q.start)) {
        return Some((Some(s), None));
    }
    let cues = valid_cues(ctx, sentence, quotes);
    let no_quote_between =
        |a: usize, b: usize| !quotes.iter().any(|o| *o != q && o.start >= a && o.end <= b);
    let cue_after = cues
        .iter()
        .copied()
        .find(|c| c.start >= q.end && no_quote_between(q.end, c.start));
    let cue_before = cues.iter().copied().rfind(|c| c.end <= q.start);
    let attached = cue_after.is_some_and(|c| attached_after(ctx, q, c, sentence));
    let chosen = if attached {
        cue_after
    } else {
        cue_before.or(cue_after)
    };
    let Some(cue) = chosen else {
        return Some((no_cue(ctx, q, sentence, quotes), None));
    };
    let sp = speaker_of_cue(ctx, q, sentence, cue, attached, quotes);
    let sp = sp.filter(|s| outside(*s)).or_else(|| {
        ctx.speakers_in(sentence)
            .filter(|e| outside(e.span))
            .min_by_key(|e| e.span.start.abs_diff(cue.start))
            .map(|e| e.span)
    });
    Some((sp, Some(cue)))
}

/// The subject of `cue` for the quote `q`.
fn speaker_of_cue(
    ctx: &Context<'_>,
    q: Span,
    sentence: Span,
    cue: Span,
    attached: bool,
    quotes: &[Span],
) -> Option<Span> {
    let text = ctx.text;
    let k = low(&text[cue]);
    let main_subject = || {
        let first_quote = quotes
            .iter()
            .find(|o| o.start >= sentence.start && o.end <= sentence.end)
            .copied()
            .unwrap_or(q);
        let first_quote_start = first_quote.start;
        if text[sentence.start..first_quote_start.max(sentence.start)]
            .trim()
            .is_empty()
        {
            // `"…," the website quoted X as saying`, `"…," X said, telling Y to "…"`: the
            // clause after the sentence's first quote.
            let to = if cue.start >= first_quote.end {
                cue.start
            } else {
                q.start
            };
            return clause_subject(
                ctx,
                Span::new(first_quote.end, to.max(first_quote.end)),
                quotes,
            );
        }
        clause_subject(
            ctx,
            Span::new(sentence.start, first_quote_start.max(sentence.start)),
            quotes,
        )
    };
    if k == "according" {
        let to = text[cue.end..].trim_start();
        let at = cue.end + (text[cue.end..].len() - to.len());
        let at = if to.starts_with("to ") { at + 2 } else { at };
        return right_of(ctx, Span::new(cue.start, at), sentence.end, quotes);
    }
    if is_participle(&k) {
        // `Calling X "…," Mrs. Roe said`: the main clause after the participle phrase.
        let opens = text[sentence.start..cue.start].trim().is_empty();
        if opens {
            let after = quotes
                .iter()
                .filter(|o| o.start >= cue.end && o.end <= sentence.end)
                .map(|o| o.end)
                .max()
                .unwrap_or(cue.end);
            return clause_subject(ctx, Span::new(after, sentence.end), quotes);
        }
        // `with the secretary calling it "…"`: a subject right before the participle; else
        // the participle hangs on the main clause (`X issued a statement saying "…"`).
        let before = &text[sentence.start..cue.start];
        if !before.trim_end().ends_with(',') {
            if let Left::Subject(s) = left_of_at(ctx, sentence, cue.start, quotes, 2) {
                let lead = text[sentence.start..s.start].trim_end();
                let lead = low(lead.rsplit(' ').next().unwrap_or(""));
                if matches!(lead.as_str(), "with" | "without") {
                    return Some(s);
                }
            }
        }
        return main_subject();
    }
    if cue.start >= q.end {
        let between = Span::new(q.end, cue.start);
        let gap_empty = text[between]
            .trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-' | '"' | '”' | '’' | '\'')
            })
            .is_empty();
        if gap_empty {
            return right_of(ctx, cue, sentence.end, quotes);
        }
        // A subject opening the gap (`"…," Ben Carter, 64, told the BBC`), else `…, says
        // psychologist Jane Roe.` after a clause.
        let gap = text[between].trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-' | '"' | '”' | '’' | '\'')
        });
        let first = gap.split_whitespace().next().unwrap_or("");
        let opens_with_subject =
            fold::is_capitalised(first) || DET.contains(&low(first).as_str()) || is_pronoun(first);
        if text[between].trim_end().ends_with(',') && !(attached && opens_with_subject) {
            if let Some(s) = right_of(ctx, cue, sentence.end, quotes) {
                return Some(s);
            }
        }
        match left_of(ctx, between, cue.start, quotes) {
            Left::Subject(s) => return Some(s),
            Left::Coordinated => return main_subject(),
            Left::Other => {}
        }
        if attached || text[between].trim_end().ends_with(',') {
            // `"…," Trump, 70, told CNN`: the phrase opening the gap.
            if let Some(s) = clause_subject(ctx, between, quotes) {
                return Some(s);
            }
            return right_of(ctx, cue, sentence.end, quotes);
        }
        return main_subject();
    }
    // The cue comes before the quote.
    let clause = Span::new(sentence.start, cue.start);
    match left_of(ctx, clause, cue.start, quotes) {
        Left::Subject(s) => Some(s),
        Left::Coordinated => main_subject(),
        Left::Other => {
            if text[clause].trim().is_empty() {
                right_of(ctx, cue, q.start, quotes)
            } else {
                clause_subject(ctx, clause, quotes)
            }
        }
    }
}

/// A headline's `Name: … "…"` (the name opens the sentence, a colon follows it).
fn headline_name(ctx: &Context<'_>, sentence: Span, q: Span, quotes: &[Span]) -> Option<Span> {
    let text = ctx.text;
    let colon = text[sentence.start..q.start].find(':')? + sentence.start;
    let toks = tokens_in(ctx, Span::new(sentence.start, colon));
    let mut i = 0;
    while toks.get(i).is_some_and(|t| {
        let w = t.text(text);
        is_title(w) || w == "." || (!fold::is_capitalised(w) && t.kind == TokenKind::Word)
    }) {
        i += 1;
    }
    let t = toks.get(i)?;
    let e = entity_starting(ctx, t.span.start)?;
    let ends = text[e.span.end..colon].trim().is_empty();
    (ends && matches!(e.label, Label::Per | Label::Org) && !inside_any(quotes, e.span))
        .then_some(e.span)
}

/// The speaker of a quote with no cue in its sentence.
fn no_cue(ctx: &Context<'_>, q: Span, sentence: Span, quotes: &[Span]) -> Option<Span> {
    let text = ctx.text;
    let before = Span::new(sentence.start, q.start);
    // `X's claim of a "…"`.
    if let Some(s) = speech_noun_owner(ctx, before) {
        return Some(s);
    }
    // `X: "…"` right before the quote, X opening the clause.
    if let Some(b) = text[before].trim_end().strip_suffix(':') {
        let end = before.start + b.trim_end().len();
        if let Some(e) = ctx
            .speakers_in(before)
            .find(|e| e.span.end == end && !inside_any(quotes, e.span))
        {
            let lead = &text[before.start..e.span.start];
            if lead.trim().is_empty() || lead.split_whitespace().all(is_title) {
                return Some(e.span);
            }
        }
    }
    if text[before].trim().is_empty() {
        // `"…," Mr. Burton fumed`: a name or pronoun right after the quote, then a verb.
        let after = Span::new(q.end, sentence.end);
        let lead = text[after].trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        let at = after.end - lead.len();
        if let Some(who) = noun_phrase(ctx, tokens_in(ctx, Span::new(at, after.end)), quotes)
            .filter(|w| {
                ctx.entity_at(*w).is_some_and(|e| e.label.is_name()) || is_pronoun(&text[*w])
            })
        {
            let verb_follows = text[who.end..after.end]
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
            if verb_follows {
                return Some(who);
            }
        }
        // The sentence before introduces it (`Jane Roe chimed in. "…"`, `…, said X, a
        // lawyer. "…"`).
        return previous_attribution(ctx, sentence, quotes);
    }
    // A quote inside a sentence about someone is theirs: the sentence's subject.
    let subject = clause_subject(ctx, before, quotes)?;
    let w = &text[subject];
    let named = ctx
        .entity_at(subject)
        .is_some_and(|e| matches!(e.label, Label::Per | Label::Org));
    let pron = matches!(w, "He" | "She" | "They" | "he" | "she" | "they");
    let nominal = {
        let first = low(w.split_whitespace().next().unwrap_or(""));
        DET.contains(&first.as_str()) && w.split_whitespace().count() >= 2
    };
    (named || pron || nominal).then_some(subject)
}

/// `X's remarks about a "…"`: the possessor of a speech noun right before the quote.
fn speech_noun_owner(ctx: &Context<'_>, before: Span) -> Option<Span> {
    let text = ctx.text;
    let toks = tokens_in(ctx, before);
    // The speech noun within the last five words before the quote.
    let n = toks.len();
    for j in (n.saturating_sub(4)..n).rev() {
        let t = toks[j];
        let k = low(t.text(text));
        if !SPEECH_NOUNS.contains(&k.as_str()) || j == 0 {
            continue;
        }
        let owner = toks[j - 1];
        let possessive = owner.suffix_text(text) == "s" || owner.text(text).ends_with("s'");
        if !possessive {
            continue;
        }
        let e = entity_ending(ctx, owner.span.end)?;
        return matches!(e.label, Label::Per | Label::Org).then_some(e.span);
    }
    None
}

/// The speaker attributed in the sentence before `sentence` in the block, when that sentence
/// holds no quote and has a speech cue.
fn previous_attribution(ctx: &Context<'_>, sentence: Span, quotes: &[Span]) -> Option<Span> {
    let first = ctx.tokens.first()?;
    if sentence.start <= first.span.start {
        return None;
    }
    let idx = ctx.tokens.partition_point(|t| t.span.end <= sentence.start);
    let before = ctx.tokens.get(idx.checked_sub(1)?)?;
    let prev = ctx.sentence_of(before.span.start, sentence);
    if prev.end > sentence.start || prev.start >= sentence.start {
        return None;
    }
    if quotes.iter().any(|o| o.overlaps(prev)) {
        return None;
    }
    let cue = valid_cues(ctx, prev, quotes).into_iter().last()?;
    if is_participle(&low(&ctx.text[cue])) {
        return None;
    }
    let lead = ctx.text[prev.start..cue.start].trim_end();
    if lead.is_empty() || lead.ends_with(',') {
        // `…, said X, a lawyer.`
        if let Some(s) = right_of(ctx, cue, prev.end, quotes) {
            return Some(s);
        }
    }
    let left = match left_of(ctx, prev, cue.start, quotes) {
        Left::Subject(s) => Some(s),
        Left::Coordinated => clause_subject(ctx, Span::new(prev.start, cue.start), quotes),
        Left::Other => {
            if ctx.text[prev.start..cue.start].trim().is_empty() {
                None
            } else {
                clause_subject(ctx, Span::new(prev.start, cue.start), quotes)
            }
        }
    };
    left.or_else(|| right_of(ctx, cue, prev.end, quotes))
}
