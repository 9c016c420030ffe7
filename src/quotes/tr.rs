//! Turkish attribution, read the way a Turkish reader reads a news sentence.
//!
//! 1. **The cue**: the speech predicate that governs the quote, returned whole (`diye konuştu`,
//!    `ifadelerini kullandı`, `olarak nitelendirdi`, `şu sözlerle anlattı`). Its last verb has a
//!    form ([`Form`]): finite (`dedi`), participle (`diyen`), converb (`diyerek`), passive
//!    (`denildi`), or a statement noun (`paylaşımı şöyle:`).
//! 2. **The speaker**, by the form: a finite verb's subject; the noun phrase after a participle;
//!    for a passive, the body named as the statement's source (`Bakanlık'tan yapılan
//!    açıklamada`), in the sentence or the ones before, else nobody.
//! 3. **The subject** is chosen by ranking every name before the cue ([`candidates`]) on
//!    features a reader uses: its case suffix (nominative speaks; a genitive only owns a
//!    statement, `Aksoy'un … sözleri`; ablative, dative, accusative and locative names do not
//!    speak), a comma or focus particle after it (`Kaya, …`, `Kaya ise …`), whether another
//!    name follows it in the same noun phrase (then it is a modifier: `CHP Genel Başkanı Özgür
//!    Özel` → Özel, the head), a participle before it (`… belirten Kaya`), its label, and its
//!    order. Titles, parties and kinship words stay outside the speaker span.

use super::{inside_any, Context};
use crate::entities::Label;
use crate::fold;
use crate::lang::Lang;
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};

/// The grammatical form of a speech cue's verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `dedi`, `konuştu`, `ifadelerini kullandı`: the subject speaks.
    Finite,
    /// `diyen`, `belirten`: the noun phrase after it speaks.
    Participle,
    /// `diyerek`, `belirterek`: the main clause's subject speaks.
    Converb,
    /// `denildi`, `ifadelerine yer verildi`, `denilerek`: the body behind the statement.
    Passive,
    /// `paylaşımı şöyle`, `açıklaması şöyle`: the statement's owner (genitive) or subject.
    Noun,
}

/// Verbs of saying, as stems: a form is the stem plus a verb ending ([`ending_form`]). Stems
/// whose last consonant softens appear twice (`kaydet`, `kayded`).
const STEMS: &[&str] = &[
    "söyle",
    "belirt",
    "açıkla",
    "kaydet",
    "kayded",
    "vurgula",
    "bildir",
    "aktar",
    "konuş",
    "yaz",
    "ekle",
    "sor",
    "uyar",
    "duyur",
    "savun",
    "paylaş",
    "anlat",
    "değerlendir",
    "seslen",
    "hatırlat",
    "nitelendir",
    "yorumla",
    "tanımla",
    "kına",
    "eleştir",
    "yanıtla",
    "cevapla",
    "haykır",
    "müjdele",
    "övgüyle",
    "yakın",
    "tweetle",
    "iste",
];

/// Stems that speak only with a speech word before them (`sözlerini şöyle noktaladı`,
/// `şöyle devam etti`, `konuşmasını şöyle tamamladı`): on their own they are any action.
const WEAK_STEMS: &[&str] = &[
    "noktala",
    "tamamla",
    "sürdür",
    "özetle",
    "bağla",
    "sonlandır",
];

/// Two-word verbs: a word, then a stem of `et`, `ver`, `getir`… (`ifade etti`, `dile getirdi`).
const PHRASES: &[(&str, &[&str])] = &[
    ("ifade", &["et", "ed"]),
    ("dile", &["getir"]),
    ("yer", &["ver"]),
    ("iddia", &["et", "ed"]),
    ("yanıt", &["ver"]),
    ("cevap", &["ver"]),
    ("not", &["et", "ed"]),
    ("tepki", &["göster"]),
    ("öne", &["sür"]),
    ("ileri", &["sür"]),
    ("altını", &["çiz"]),
    ("itiraf", &["et", "ed"]),
    ("sitem", &["et", "ed"]),
    ("çağrısında", &["bulun"]),
    ("çağrıda", &["bulun"]),
    ("uyarısında", &["bulun"]),
    ("uyarıda", &["bulun"]),
    ("açıklamada", &["bulun"]),
    ("mesajı", &["ver"]),
    ("mesajını", &["ver"]),
    ("devam", &["et", "ed"]),
];

/// Words that open or carry a multi-word cue (`diye konuştu`, `şeklinde konuştu`, `olarak
/// nitelendirdi`, `ifadelerini kullandı`, `sözlerine yer verdi`, `şu sözlerle anlattı`).
const LINKERS: &[&str] = &[
    "diye",
    "şeklinde",
    "biçiminde",
    "olarak",
    "ifadelerini",
    "ifadesini",
    "ifadeleriyle",
    "ifadesiyle",
    "ifadelerine",
    "ifadesine",
    "sözlerini",
    "sözünü",
    "sözlerine",
    "sözleriyle",
    "sözüyle",
    "yorumunu",
    "yorumunda",
    "yorumuyla",
    "mesajını",
    "mesajıyla",
    "çağrısını",
    "notunu",
    "notuyla",
    "dedi",
    "şöyle",
    "şunları",
    "şunu",
    "şu",
    "sözlerle",
    "ifadelerle",
    "ifadelere",
    "sözlere",
    "şekilde",
    "cümlelerle",
    "konuşmasını",
    "açıklamasını",
    "sözlerine",
    "de",
    "da",
    "ise",
    "ayrıca",
];

/// Verbs that are a cue only after a linker (`ifadelerini kullandı`, `sözlerine yer verdi`).
const LINKED_STEMS: &[&str] = &["kullan", "ver", "yap", "bulun"];

/// Nouns naming a statement (`açıklama`, `paylaşım`…), as prefixes of the word.
const STATEMENT_NOUNS: &[&str] = &[
    "açıklama",
    "paylaşım",
    "mesaj",
    "söz",
    "ifade",
    "tweet",
    "konuşma",
    "yazı",
    "beyan",
    "bildiri",
    "duyuru",
    "yorum",
    "röportaj",
    "mektub",
    "mektup",
    "not",
    "rapor",
    "haber",
    "vaat",
    "vaad",
    "söylem",
    "eleştiri",
    "iddia",
    "çağrı",
    "uyarı",
    "yanıt",
    "cevab",
    "cevap",
];

/// Bodies named by a bare common noun (`Bakanlık`, `Valilik`, `Kulüp`): a speaker that stands
/// for the full name mentioned before.
pub(super) const BODY_WORDS: &[&str] = &[
    "bakanlık",
    "bakanlığ",
    "başkanlık",
    "başkanlığ",
    "valilik",
    "valiliğ",
    "kaymakamlık",
    "kaymakamlığ",
    "belediye",
    "savcılık",
    "savcılığ",
    "başsavcılık",
    "başsavcılığ",
    "müdürlük",
    "müdürlüğ",
    "komutanlık",
    "komutanlığ",
    "kulüp",
    "kulüb",
    "federasyon",
    "üniversite",
    "hastane",
    "şirket",
    "dernek",
    "derneğ",
    "sendika",
    "vakıf",
    "vakf",
    "kurum",
    "kurul",
    "mahkeme",
    "ajans",
    "parti",
    "meclis",
    "konsey",
    "büyükelçilik",
    "büyükelçiliğ",
    "platform",
];

/// Words of title, office, party and kinship that stand before a name and are not the speaker.
pub(super) const TITLE_WORDS: &[&str] = &[
    "bakan",
    "başkan",
    "prof",
    "dr",
    "doç",
    "doçent",
    "profesör",
    "doktor",
    "av",
    "avukat",
    "sayın",
    "demokrat",
    "cumhuriyetçi",
    "vali",
    "kaymakam",
    "milletvekili",
    "vekil",
    "general",
    "orgeneral",
    "korgeneral",
    "tümgeneral",
    "tuğgeneral",
    "albay",
    "yarbay",
    "binbaşı",
    "yüzbaşı",
    "komiser",
    "hakim",
    "hâkim",
    "savcı",
    "başsavcı",
    "müdür",
    "sözcü",
    "sözcüsü",
    "teknik",
    "direktör",
    "antrenör",
    "hoca",
    "imam",
    "papa",
    "kral",
    "kraliçe",
    "prens",
    "şeyh",
    "sen",
    "rep",
    "gov",
    "state",
    "republican",
    "democrat",
    "democratic",
    "president",
    "mr",
    "mrs",
    "ms",
    "judge",
    "senator",
    "governor",
    "mayor",
    "minister",
    "secretary",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "rev",
    "sir",
    "lord",
    "lady",
    "dame",
    "chancellor",
    "speaker",
    "attorney",
    "general",
    "chief",
    "former",
    "eski",
    "emekli",
];

/// Lowercase, Turkish rules.
fn low(s: &str) -> String {
    fold::lower(s, Lang::Tr)
}

/// The form of a verb ending after a speech stem, if it is one.
fn ending_form(rest: &str) -> Option<Form> {
    const HIGH: [char; 4] = ['ı', 'i', 'u', 'ü'];
    let r = rest;
    // Past (-dı, -tı), with a person or plural ending.
    let past = |r: &str| -> bool {
        let mut c = r.chars();
        matches!(c.next(), Some('d' | 't'))
            && c.next().is_some_and(|v| HIGH.contains(&v))
            && matches!(c.as_str(), "" | "k" | "m" | "n" | "lar" | "ler" | "r")
    };
    // Reported past (-mış, -mıştı), present (-yor), future (-acak), aorist plural is skipped.
    let misc = |r: &str| -> bool {
        let mut c = r.chars();
        let m = c.next() == Some('m') && c.next().is_some_and(|v| HIGH.contains(&v)) && {
            let t = c.as_str();
            t.starts_with('ş')
                && matches!(
                    &t['ş'.len_utf8()..],
                    "" | "tı"
                        | "ti"
                        | "tu"
                        | "tü"
                        | "tır"
                        | "tir"
                        | "lar"
                        | "ler"
                        | "lardı"
                        | "lerdi"
                )
        };
        let yor = r
            .trim_start_matches(|ch| HIGH.contains(&ch))
            .strip_prefix("yor")
            .is_some_and(|t| matches!(t, "" | "du" | "lar" | "lardı" | "muş"));
        let fut = ["acak", "ecek", "yacak", "yecek"].iter().any(|f| {
            r.strip_prefix(f)
                .is_some_and(|t| matches!(t, "" | "tır" | "tir"))
        });
        m || yor || fut
    };
    if past(r) || misc(r) {
        return Some(Form::Finite);
    }
    if matches!(r, "an" | "en" | "yan" | "yen" | "anlar" | "enler") {
        return Some(Form::Participle);
    }
    if matches!(r, "arak" | "erek" | "yarak" | "yerek")
        || r.strip_suffix("rken")
            .is_some_and(|v| v.is_empty() || (v.chars().count() == 1 && "aeıiuü".contains(v)))
    {
        return Some(Form::Converb);
    }
    // Passive: -ıl- / -n- before a past, reported past, present or converb ending.
    let passive_rest = r
        .strip_prefix('n')
        .or_else(|| {
            let mut c = r.chars();
            (c.next().is_some_and(|v| HIGH.contains(&v)) && c.next() == Some('l'))
                .then_some(c.as_str())
        })
        .or_else(|| {
            let mut c = r.chars();
            (c.next().is_some_and(|v| HIGH.contains(&v)) && c.next() == Some('n'))
                .then_some(c.as_str())
        });
    if let Some(p) = passive_rest {
        if past(p) || misc(p) || matches!(p, "arak" | "erek") {
            return Some(Form::Passive);
        }
    }
    None
}

/// The form of `de-` (`dedi`, `diyen`, `diyerek`, `denildi`).
fn de_form(w: &str) -> Option<Form> {
    Some(match w {
        "dedi" | "dedim" | "dediler" | "demiş" | "demişti" | "demişlerdi" | "diyor" | "diyordu"
        | "diyorlar" | "diyecek" | "demekte" | "dedik" => Form::Finite,
        "diyen" | "diyenler" => Form::Participle,
        "diyerek" | "derken" => Form::Converb,
        "denildi" | "dendi" | "denilmişti" | "denmişti" | "deniliyor" | "deniyor" | "denilerek"
        | "denildiği" | "denmiş" | "denilmiş" => Form::Passive,
        _ => return None,
    })
}

/// The speech-verb form of one lowercase word (`weak` also admits `noktaladı` and the like).
pub fn verb_form(w: &str, weak: bool) -> Option<Form> {
    if let Some(f) = de_form(w) {
        return Some(f);
    }
    let stems = STEMS
        .iter()
        .chain(if weak { WEAK_STEMS } else { &[] }.iter());
    for stem in stems {
        if let Some(rest) = w.strip_prefix(stem) {
            if let Some(f) = ending_form(rest) {
                return Some(f);
            }
        }
    }
    // A stem whose last vowel drops before `-iyor` (`söylüyor`, `açıklıyor`, `vurguluyor`).
    for stem in YOR_STEMS {
        if let Some(rest) = w.strip_prefix(stem) {
            let mut c = rest.chars();
            if c.next().is_some_and(|v| "ıiuü".contains(v))
                && c.as_str()
                    .strip_prefix("yor")
                    .is_some_and(|t| matches!(t, "" | "du" | "lar" | "muş"))
            {
                return Some(Form::Finite);
            }
        }
    }
    None
}

/// Stems as they stand before `-iyor` when their last vowel drops.
const YOR_STEMS: &[&str] = &[
    "söyl", "açıkl", "vurgul", "ekl", "yoruml", "tanıml", "kın", "müjdel", "yanıtl", "cevapl",
];

/// A word of the block: its span (stem and suffix) and lowercase text.
#[derive(Clone, Debug)]
struct Word {
    span: Span,
    low: String,
}

/// The words (not punctuation) of the block lying in `range`, outside quotes; a quote or
/// punctuation other than a comma between two words is a break (`None`).
fn words_in(ctx: &Context<'_>, range: Span, quotes: &[Span]) -> Vec<Option<Word>> {
    let from = ctx.tokens.partition_point(|t| t.span.start < range.start);
    let mut out = Vec::new();
    for t in &ctx.tokens[from..] {
        if t.span.start >= range.end {
            break;
        }
        if inside_any(quotes, t.span) {
            if out.last().is_some_and(Option::is_some) {
                out.push(None);
            }
            continue;
        }
        match t.kind {
            TokenKind::Word => out.push(Some(Word {
                span: Span::new(t.span.start, t.full_end()),
                low: low(t.text(ctx.text)),
            })),
            _ if t.text(ctx.text) == "," => {}
            _ => out.push(None),
        }
    }
    out
}

/// A cue: its span and its verb's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    /// The whole cue phrase.
    pub span: Span,
    /// The form of its verb.
    pub form: Form,
}

/// A speech verb (one word or a two-word verb) starting at word `i`: its last word index and
/// form.
fn verb_at(ws: &[Option<Word>], i: usize, weak: bool) -> Option<(usize, Form)> {
    let w = ws.get(i)?.as_ref()?;
    if let Some(f) = verb_form(&w.low, weak) {
        return Some((i, f));
    }
    if let Some((_, seconds)) = PHRASES.iter().find(|(a, _)| *a == w.low) {
        let n = ws.get(i + 1)?.as_ref()?;
        for s in *seconds {
            if let Some(f) = n.low.strip_prefix(s).and_then(ending_form) {
                // `devam etti` speaks only after `şöyle`.
                if w.low == "devam" && !weak {
                    return None;
                }
                return Some((i + 1, f));
            }
        }
    }
    if weak {
        for s in LINKED_STEMS {
            if let Some(f) = w.low.strip_prefix(s).and_then(ending_form) {
                return Some((i, f));
            }
        }
    }
    None
}

fn is_linker(w: &str) -> bool {
    LINKERS.contains(&w)
}

/// The cue right after a quote: a verb, or linkers then a verb within a few words (`diye
/// konuştu`, `şeklinde konuştu`, `olarak nitelendirdi`, `ifadelerini kullandı`), the whole
/// phrase. `şeklindeki sözlerine` (someone's words, pattern 6) is a noun cue.
fn cue_after(ctx: &Context<'_>, q: Span, end: usize, quotes: &[Span]) -> Option<Cue> {
    let ws = words_in(ctx, Span::new(q.end, end), quotes);
    let first = ws.first()?.as_ref()?;
    // Only spaces and commas between the quote and its cue.
    if !ctx
        .text
        .get(q.end..first.span.start)?
        .chars()
        .all(|c| c.is_whitespace() || c == ',')
    {
        return None;
    }
    let start = first.span.start;
    let mut linked = false;
    for i in 0..ws.len().min(6) {
        if let Some((j, form)) = verb_at(&ws, i, linked) {
            let mut end = ws[j].as_ref()?.span.end;
            // `dedi ki`: the cue takes the `ki`.
            if ws[j].as_ref()?.low == "dedi" {
                if let Some(Some(ki)) = ws
                    .get(j + 1)
                    .filter(|w| w.as_ref().is_some_and(|w| w.low == "ki"))
                {
                    end = ki.span.end;
                }
            }
            return Some(Cue {
                span: Span::new(start, end),
                form,
            });
        }
        let w = ws[i].as_ref()?;
        if matches!(w.low.as_str(), "şeklindeki" | "biçimindeki" | "yönündeki") {
            // `"…" şeklindeki sözlerine`: the quote names someone's words.
            let noun = ws.get(i + 1)?.as_ref()?;
            if STATEMENT_NOUNS.iter().any(|n| noun.low.starts_with(n)) {
                return Some(Cue {
                    span: Span::new(start, noun.span.end),
                    form: Form::Noun,
                });
            }
            return None;
        }
        let statement = STATEMENT_NOUNS.iter().any(|n| w.low.starts_with(n));
        if !is_linker(&w.low) && !statement && !PHRASES.iter().any(|(a, _)| *a == w.low) {
            return None;
        }
        linked = true;
    }
    None
}

/// The cue right before a quote that follows a colon or comma (`şöyle konuştu: "…"`, `şunları
/// söyledi:`, `sözlerini şöyle noktaladı:`, `şu sözlerle anlattı:`, `paylaşımı şöyle:`), the
/// whole phrase; `start` bounds the search.
pub fn cue_before(ctx: &Context<'_>, start: usize, at: usize, quotes: &[Span]) -> Option<Cue> {
    let mut ws = words_in(ctx, Span::new(start, at), quotes);
    while ws.last().is_some_and(Option::is_none) {
        ws.pop();
    }
    let last = ws.last()?.as_ref()?;
    // A word may run past `at` (a suffix glued over the quote mark): no cue then.
    let gap = ctx.text.get(last.span.end..at)?;
    if !gap.trim().trim_start_matches([':', ',']).trim().is_empty() || !gap.contains(':') {
        return None;
    }
    let n = ws.len();
    // Find the verb ending the sentence (one word or a two-word verb).
    let (vstart, form) = if n >= 2 && verb_at(&ws, n - 2, true).is_some_and(|(j, _)| j == n - 1) {
        (n - 2, verb_at(&ws, n - 2, true)?.1)
    } else if let Some((_, f)) = verb_at(&ws, n - 1, true) {
        (n - 1, f)
    } else if last.low == "şöyle" && n >= 2 {
        // `Kaya'nın paylaşımı şöyle:`
        let noun = ws[n - 2].as_ref()?;
        if !STATEMENT_NOUNS.iter().any(|s| noun.low.starts_with(s)) {
            return None;
        }
        return Some(Cue {
            span: Span::new(noun.span.start, last.span.end),
            form: Form::Noun,
        });
    } else {
        return None;
    };
    // A weak verb needs a speech word before it.
    let mut first = vstart;
    while first > 0 && vstart - first < 4 {
        match ws[first - 1].as_ref() {
            Some(w) if is_linker(&w.low) && !matches!(w.low.as_str(), "de" | "da" | "ise") => {
                first -= 1
            }
            _ => break,
        }
    }
    let verb_word = ws[vstart].as_ref()?;
    if first == vstart && verb_form(&verb_word.low, false).is_none() && vstart == n - 1 {
        // A weak or linked verb alone (`noktaladı:`) is no cue.
        let two = n >= 2 && verb_at(&ws, n - 2, false).is_some();
        if !two {
            return None;
        }
    }
    Some(Cue {
        span: Span::new(ws[first].as_ref()?.span.start, last.span.end),
        form,
    })
}

/// The first speech verb anywhere in `range` (outside quotes), with any linkers before it.
fn cue_in(ctx: &Context<'_>, range: Span, quotes: &[Span], last: bool) -> Option<Cue> {
    let ws = words_in(ctx, range, quotes);
    let mut found = None;
    for i in 0..ws.len() {
        if let Some((j, form)) = verb_at(&ws, i, false) {
            let mut first = i;
            while first > 0 && i - first < 3 {
                match ws[first - 1].as_ref() {
                    Some(w)
                        if is_linker(&w.low)
                            && !matches!(w.low.as_str(), "de" | "da" | "ise" | "ayrıca") =>
                    {
                        first -= 1
                    }
                    _ => break,
                }
            }
            let cue = Cue {
                span: Span::new(ws[first].as_ref()?.span.start, ws[j].as_ref()?.span.end),
                form,
            };
            if !last {
                return Some(cue);
            }
            found = Some(cue);
        }
    }
    found
}

// ---------------------------------------------------------------------------------------------
// Candidates

/// The grammatical case of a name, from the suffix after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    Nom,
    Gen,
    Abl,
    Other,
    /// `CHP'li`, `Ankaralı`: an adjective, never the speaker.
    Adj,
}

fn case_of(suffix: &str) -> Case {
    const HIGH: &str = "ıiuü";
    let s = suffix;
    if s.is_empty() {
        return Case::Nom;
    }
    let ch: Vec<char> = s.chars().collect();
    let is_high = |c: char| HIGH.contains(c);
    match ch.as_slice() {
        [v, 'n'] | ['n', v, 'n'] if is_high(*v) => Case::Gen,
        [d, a, 'n'] | ['n', d, a, 'n'] if matches!(d, 'd' | 't') && matches!(a, 'a' | 'e') => {
            Case::Abl
        }
        ['l', v] | ['l', v, ..]
            if is_high(*v) && !s.starts_with("lar") && !s.starts_with("ler") =>
        {
            Case::Adj
        }
        ['l', 'a', 'r'] | ['l', 'e', 'r'] => Case::Nom,
        _ => Case::Other,
    }
}

/// The case of an organisation name written without an apostrophe (`Sağlık Bakanlığının`).
fn bare_case(last_word: &str) -> Option<Case> {
    let w = last_word;
    let n = w.chars().count();
    if n < 7 {
        return None;
    }
    for (end, case) in [
        ("nın", Case::Gen),
        ("nin", Case::Gen),
        ("nun", Case::Gen),
        ("nün", Case::Gen),
        ("ndan", Case::Abl),
        ("nden", Case::Abl),
        ("nda", Case::Other),
        ("nde", Case::Other),
        ("na", Case::Other),
        ("ne", Case::Other),
        ("nı", Case::Other),
        ("ni", Case::Other),
        ("nu", Case::Other),
        ("nü", Case::Other),
    ] {
        if let Some(stem) = w.strip_suffix(end) {
            if stem.ends_with(['ı', 'i', 'u', 'ü']) {
                return Some(case);
            }
        }
    }
    None
}

/// A possible speaker: a name entity or a bare body word (`Bakanlık`).
#[derive(Clone, Copy, Debug)]
pub struct Cand {
    /// The mention.
    pub span: Span,
    /// Its label (ORG for a body word).
    pub label: Label,
    /// How likely it is the subject.
    pub score: f32,
    /// Its case.
    case: Case,
}

/// The token ending at byte `end` (the last token of a mention).
fn token_ending<'a>(ctx: &Context<'a>, end: usize) -> Option<&'a Token> {
    let i = ctx.tokens.partition_point(|t| t.span.end < end);
    ctx.tokens.get(i).filter(|t| t.span.end == end)
}

pub(super) fn is_title_word(w: &str) -> bool {
    // Title words are short: a longer word is none (and needs no folding).
    let w = w.trim_end_matches('.');
    if w.len() > 40 {
        return false;
    }
    title_word_hashes()
        .binary_search(&fold::key_hash(w))
        .is_ok()
}

/// The key hashes of [`TITLE_WORDS`], sorted: a word is looked up without folding a copy.
fn title_word_hashes() -> &'static [u64] {
    static H: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    H.get_or_init(|| fold::sorted_key_hashes(TITLE_WORDS))
}

/// A word that may stand between a modifier name and its head (`Genel Başkanı`, `üyesi`,
/// `Sözcüsü`, `eşi`, `Prof. Dr.`): a title, a possessive role noun, a capitalised word.
fn np_filler(w: &str) -> bool {
    let k = low(w.trim_end_matches('.'));
    is_title_word(w)
        || fold::is_capitalised(w)
        || k.ends_with(['ı', 'i', 'u', 'ü'])
        || matches!(k.as_str(), "eşi" | "ve" | "genel")
}

/// The names before the cue in `range`, ranked as subjects.
pub fn candidates(ctx: &Context<'_>, range: Span, quotes: &[Span]) -> Vec<Cand> {
    let text = ctx.text;
    // A subject opens its sentence: a sentence longer than any real one (a paste without
    // full stops) is read from its start only, which keeps this linear in the text (the
    // overlap tests below compare every word with every mention).
    let mut cut = range.end.min(range.start + 2 * super::WINDOW);
    while !text.is_char_boundary(cut) {
        cut += 1;
    }
    let range = Span::new(range.start, cut);
    let mut mentions: Vec<(Span, Label)> = ctx
        .entities_in(range)
        .filter(|e| matches!(e.label, Label::Per | Label::Org | Label::Loc | Label::Misc))
        .filter(|e| !inside_any(quotes, e.span))
        .map(|e| (e.span, e.label))
        .collect();
    // Bare body words (`Bakanlık`, `Kulüp`) not inside a name.
    let from = ctx.tokens.partition_point(|t| t.span.start < range.start);
    for t in ctx.tokens[from..]
        .iter()
        .take_while(|t| t.span.end <= range.end)
    {
        if t.kind != TokenKind::Word || inside_any(quotes, t.span) {
            continue;
        }
        let w = t.text(text);
        if !fold::is_capitalised(w) {
            continue;
        }
        let k = low(w);
        if BODY_WORDS.iter().any(|b| k.starts_with(b))
            && !mentions.iter().any(|(s, _)| s.overlaps(t.span))
        {
            mentions.push((t.span, Label::Org));
        }
    }
    // An acronym the recogniser missed (`KCNA`, `TFF`): an organisation.
    for t in ctx.tokens[from..]
        .iter()
        .take_while(|t| t.span.end <= range.end)
    {
        let w = t.text(text);
        if t.kind == TokenKind::Word
            && w.chars().count() >= 2
            && fold::is_all_caps(w)
            && !inside_any(quotes, t.span)
            && !mentions.iter().any(|(s, _)| s.overlaps(t.span))
        {
            mentions.push((t.span, Label::Org));
        }
    }
    // A capitalised name after a title that the recogniser missed (`Bakan Yılmaz`).
    let toks = &ctx.tokens[from..];
    for (i, t) in toks.iter().enumerate() {
        if t.span.end > range.end {
            break;
        }
        if t.kind != TokenKind::Word || !is_title_word(t.text(text)) || t.suffix_len > 0 {
            continue;
        }
        let mut j = i + 1;
        // `Prof. Dr.`: dots and further titles.
        while toks.get(j).is_some_and(|n| {
            n.text(text) == "." || (n.kind == TokenKind::Word && is_title_word(n.text(text)))
        }) {
            j += 1;
        }
        let first = j;
        while j < toks.len()
            && j - first < 3
            && toks[j].kind == TokenKind::Word
            && fold::is_capitalised(toks[j].text(text))
            && !is_title_word(toks[j].text(text))
            && toks[j].span.end <= range.end
        {
            j += 1;
            if toks[j - 1].suffix_len > 0 {
                break;
            }
        }
        if j > first {
            let span = Span::new(toks[first].span.start, toks[j - 1].span.end);
            if !inside_any(quotes, span) && !mentions.iter().any(|(s, _)| s.overlaps(span)) {
                mentions.push((span, Label::Per));
            }
        }
    }
    // A run of two or more capitalised words the recogniser missed (`Oya Demirtaş`): a
    // name, weaker evidence than a recognised one.
    let mut guesses = Vec::new();
    let mut i = 0;
    while i < toks.len() && toks[i].span.end <= range.end {
        let cap = |t: &Token| {
            t.kind == TokenKind::Word
                && fold::is_capitalised(t.text(text))
                && !is_title_word(t.text(text))
                && !inside_any(quotes, t.span)
        };
        if !cap(&toks[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < toks.len()
            && j - i < 4
            && toks[j].span.end <= range.end
            && cap(&toks[j])
            && toks[j - 1].suffix_len == 0
        {
            j += 1;
        }
        let span = Span::new(toks[i].span.start, toks[j - 1].span.end);
        if j - i >= 2 && !mentions.iter().any(|(s, _)| s.overlaps(span)) {
            guesses.push(span);
        }
        i = j;
    }
    mentions.extend(guesses.iter().map(|&s| (s, Label::Per)));
    mentions.sort_by_key(|(s, _)| s.start);
    let mut out = Vec::new();
    for (k, &(span, label)) in mentions.iter().enumerate() {
        let tok = token_ending(ctx, span.end);
        let suffix = tok.map_or(String::new(), |t| low(t.suffix_text(text)));
        let mut case = case_of(&suffix);
        let end = tok.map_or(span.end, |t| t.full_end());
        if case == Case::Nom && suffix.is_empty() {
            let last = low(text[span].rsplit(' ').next().unwrap_or(""));
            if label == Label::Org || BODY_WORDS.iter().any(|b| last.starts_with(b)) {
                if let Some(c) = bare_case(&last) {
                    case = c;
                }
            }
        }
        // Derived without apostrophe (`Ankaralı`) or glued to a following hyphen.
        let block_end = ctx.tokens.last().map_or(range.end, |t| t.full_end());
        let mut look = (range.end.max(end) + 60)
            .min(block_end)
            .max(range.end.max(end));
        while !text.is_char_boundary(look) {
            look += 1;
        }
        let after = &text[end..look];
        let next_words: Vec<&str> = after
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .take(4)
            .collect();
        let next = next_words.first().copied().unwrap_or("");
        let next_low = low(next.trim_matches(|c: char| !c.is_alphanumeric()));
        let mut score = match label {
            Label::Per if guesses.contains(&span) => 1.0,
            Label::Per => 2.0,
            Label::Org => 1.5,
            Label::Loc => 0.3,
            _ => -0.5,
        };
        let statement_follows = next_words.iter().take(3).any(|w| {
            let l = low(w.trim_matches(|c: char| !c.is_alphanumeric()));
            STATEMENT_NOUNS.iter().any(|n| l.starts_with(n))
        });
        match case {
            Case::Nom => score += 2.0,
            Case::Gen if statement_follows && next_words.iter().take(3).any(|w| *w == "göre") => {
                score += 0.5
            }
            Case::Gen
                if statement_follows
                    || next_low.ends_with("dığı")
                    || next_low.ends_with("diği")
                    || next_low.ends_with("tığı")
                    || next_low.ends_with("tiği") =>
            {
                score += 1.5
            }
            Case::Abl
                if matches!(
                    next_low.as_str(),
                    "yapılan" | "gelen" | "yayımlanan" | "yayınlanan"
                ) && statement_follows =>
            {
                score += 1.0
            }
            Case::Gen => score -= 3.0,
            Case::Abl => score -= 4.0,
            Case::Other | Case::Adj => score -= 5.0,
        }
        if case == Case::Nom {
            let comma = after.trim_start().starts_with(',');
            if comma {
                score += 2.0;
            } else if matches!(
                next_low.as_str(),
                "da" | "de" | "ise" | "ayrıca" | "bugün" | "dün"
            ) {
                score += 1.0;
            }
            // A relative clause about it (`Kulüp yaptığı açıklamada`).
            if [
                "dığı", "diği", "duğu", "düğü", "tığı", "tiği", "tuğu", "tüğü",
            ]
            .iter()
            .any(|s| next_low.ends_with(s))
            {
                score += 1.0;
            }
            // `tarafından`: the agent of a passive.
            if next_low == "tarafından" {
                score += 1.0;
            }
            // A modifier of a later name in the same noun phrase (`CHP Genel Başkanı Özgür
            // Özel`, `Komisyonu üyesi John Smith`).
            if let Some(&(nspan, _)) = mentions.get(k + 1) {
                let gap = &text[end..nspan.start.max(end)];
                let gap_words: Vec<&str> = gap.split_whitespace().collect();
                if nspan.start >= end
                    && nspan.end <= range.end
                    && !gap.contains([',', '.', ';', ':', '"', '“', '”', '(', ')'])
                    && gap_words.len() <= 4
                    && gap_words.iter().all(|w| np_filler(w))
                    && !comma
                {
                    score -= 4.0;
                }
            }
        }
        // After a participle (`… belirten Kaya`): the head of that noun phrase.
        let before_words: Vec<&str> = text[range.start..span.start]
            .split_whitespace()
            .rev()
            .take(4)
            .collect();
        let mut participle_before = false;
        for w in &before_words {
            let l = low(w.trim_matches(|c: char| !c.is_alphanumeric()));
            if matches!(verb_form(&l, true), Some(Form::Participle)) {
                participle_before = true;
                break;
            }
            if !np_filler(w) {
                break;
            }
        }
        if participle_before {
            score += 1.5;
        }
        score -= 0.1 * out.len() as f32;
        out.push(Cand {
            span,
            label,
            score,
            case,
        });
    }
    out
}

/// The best subject in `range`, when one is likely enough.
pub fn subject(ctx: &Context<'_>, range: Span, quotes: &[Span]) -> Option<Cand> {
    candidates(ctx, range, quotes)
        .into_iter()
        .filter(|c| c.score >= 2.5)
        .max_by(|a, b| {
            a.score
                .total_cmp(&b.score)
                .then(b.span.start.cmp(&a.span.start))
        })
}

/// The noun phrase right after a participle (`diyen Bakan Yılmaz`, `belirten CHP Genel Başkanı
/// Özgür Özel`): its head, the last name of the phrase.
pub fn after_participle(
    ctx: &Context<'_>,
    from: usize,
    end: usize,
    quotes: &[Span],
) -> Option<Span> {
    let text = ctx.text;
    let mut at = from;
    let mut head = None;
    for e in ctx.entities_in(Span::new(from, end)) {
        if !matches!(e.label, Label::Per | Label::Org | Label::Loc) || inside_any(quotes, e.span) {
            continue;
        }
        if e.span.start < at {
            continue;
        }
        let gap = &text[at..e.span.start];
        let words: Vec<&str> = gap.split_whitespace().collect();
        if gap.contains([',', '.', ';', ':', '"', '“', '”']) || words.len() > 4 {
            break;
        }
        if !words.iter().all(|w| np_filler(w)) {
            break;
        }
        head = Some(e.span);
        let tok = token_ending(ctx, e.span.end);
        at = tok.map_or(e.span.end, |t| t.full_end());
        if tok.is_some_and(|t| t.suffix_len > 0) {
            break;
        }
    }
    if head.is_none() {
        // A body word (`diyen Bakanlık`).
        let rest = text[from..end].trim_start();
        let w = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if fold::is_capitalised(w) && BODY_WORDS.iter().any(|b| low(w).starts_with(b)) {
            let s = from + (text[from..end].len() - rest.len());
            return Some(Span::new(s, s + w.len()));
        }
    }
    head
}

/// The body behind a passive statement in `range` (`Bakanlık'tan yapılan açıklamada`,
/// `Kulübün açıklamasında`, `X tarafından`).
pub fn statement_source(ctx: &Context<'_>, range: Span, quotes: &[Span]) -> Option<Span> {
    candidates(ctx, range, quotes)
        .into_iter()
        .filter(|c| {
            let tok = token_ending(ctx, c.span.end);
            let end = tok.map_or(c.span.end, |t| t.full_end());
            let after = low(&ctx.text[end..range.end.max(end)]);
            let words: Vec<&str> = after.split_whitespace().take(4).collect();
            let statement = words
                .iter()
                .take(3)
                .any(|w| STATEMENT_NOUNS.iter().any(|n| w.starts_with(n)));
            match c.case {
                Case::Abl => {
                    statement
                        && matches!(
                            words.first().copied(),
                            Some("yapılan" | "gelen" | "yayımlanan" | "yayınlanan")
                        )
                }
                Case::Gen => statement,
                Case::Nom => {
                    words.first() == Some(&"tarafından")
                        || (statement && c.label != Label::Loc && c.label != Label::Misc)
                }
                _ => false,
            }
        })
        .max_by(|a, b| a.score.total_cmp(&b.score))
        .map(|c| c.span)
}

/// Turkish speaker and cue of a direct quote `q` in `sentence`. `Some((None, Some(cue)))` with
/// `pending` when the subject is dropped (pro-drop: the previous speaker goes on).
pub fn direct(
    ctx: &Context<'_>,
    q: Span,
    sentence: Span,
    quotes: &[Span],
) -> Option<(Option<Span>, Option<Cue>)> {
    // The text after the quote up to the next quote or the sentence end.
    let next_q = quotes
        .iter()
        .find(|o| o.start >= q.end)
        .map_or(sentence.end, |o| o.start.min(sentence.end));
    let prev_q = quotes
        .iter()
        .rev()
        .find(|o| o.end <= q.start)
        .map_or(sentence.start, |o| o.end.max(sentence.start));
    let cue = cue_after(ctx, q, sentence.end.max(q.end), quotes)
        .or_else(|| cue_before(ctx, prev_q, q.start, quotes))
        .or_else(|| cue_in(ctx, Span::new(q.end, next_q), quotes, false))
        .or_else(|| {
            // A verb after a later quote of the same sentence (`"A" ve "B" dedi`).
            let tail = Span::new(q.end, sentence.end.max(q.end));
            let between = ctx.text.get(q.end..next_q).unwrap_or("");
            (between.trim().trim_matches(',').trim().is_empty()
                || matches!(between.trim(), "ve" | "," | "ile"))
            .then(|| cue_in(ctx, tail, quotes, false))
            .flatten()
        })
        .or_else(|| cue_in(ctx, Span::new(prev_q, q.start), quotes, true))
        .or_else(|| {
            // A partial quote inside reported speech: the verb that ends the sentence
            // (`Savcılık, dansların "…" olduğunu ileri sürdü`).
            cue_in(ctx, Span::new(q.end, sentence.end.max(q.end)), quotes, true)
        })?;
    let before_cue = Span::new(sentence.start, cue.span.start.max(sentence.start));
    let speaker = match cue.form {
        Form::Participle => after_participle(ctx, cue.span.end, sentence.end, quotes)
            .or_else(|| subject(ctx, before_cue, quotes).map(|c| c.span)),
        Form::Passive => statement_source(ctx, sentence, quotes),
        Form::Noun if cue.span.start > q.end => {
            // `Aksoy'un "…" şeklindeki sözlerine`: the genitive owner right before the quote.
            owner_before(ctx, Span::new(sentence.start, q.start), quotes)
        }
        _ => {
            let s = subject(ctx, before_cue, quotes).map(|c| c.span);
            s.or_else(|| {
                // `"…" diyerek … başlayan Kaya`: a participle later in the sentence.
                let rest = Span::new(cue.span.end, sentence.end);
                if cue.form == Form::Converb {
                    cue_in(ctx, rest, quotes, false)
                        .filter(|c| c.form == Form::Participle)
                        .and_then(|c| after_participle(ctx, c.span.end, sentence.end, quotes))
                } else {
                    None
                }
            })
        }
    };
    Some((speaker, Some(cue)))
}

/// The genitive name ending right before `range.end` (`Aksoy'un "…"`).
fn owner_before(ctx: &Context<'_>, range: Span, quotes: &[Span]) -> Option<Span> {
    let c = candidates(ctx, range, quotes).into_iter().last()?;
    let tok = token_ending(ctx, c.span.end)?;
    let gap = ctx.text.get(tok.full_end()..range.end)?;
    (c.case == Case::Gen && gap.trim().is_empty()).then_some(c.span)
}

/// The statement's source in the sentences of the block before `sentence` (the nearest one
/// that names one), for a passive with no body named in its own sentence.
pub fn source_before(ctx: &Context<'_>, sentence: Span, quotes: &[Span]) -> Option<Span> {
    let i = ctx.sentences.partition_point(|s| s.end <= sentence.start);
    ctx.sentences[..i]
        .iter()
        .rev()
        .take(2)
        .find_map(|s| statement_source(ctx, *s, quotes))
}

/// The organisation named nearest before byte `at` in the text (within about two sentences),
/// preferring one named as a statement's source: who a passive statement whose body goes
/// unnamed in its own block comes from (`Açıklamada, "…" denildi.`).
pub fn body_before(ctx: &Context<'_>, at: usize, quotes: &[Span]) -> Option<Span> {
    let text = ctx.text;
    let upto = ctx.before.partition_point(|e| e.span.end <= at);
    let near: Vec<_> = ctx.before[..upto]
        .iter()
        .rev()
        .take_while(|e| e.span.start + 600 >= at)
        .filter(|e| e.label == Label::Org && !inside_any(quotes, e.span))
        .collect();
    let stated = |e: &&&crate::entities::Entity| {
        let mut to = (e.span.end + 60).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        let after = low(&text[e.span.end..to]);
        after
            .split_whitespace()
            .take(4)
            .any(|w| STATEMENT_NOUNS.iter().any(|n| w.starts_with(n)))
    };
    near.iter().find(stated).or(near.first()).map(|e| e.span)
}

/// The subject of the block's last sentence when it holds no quote: who the next paragraph's
/// `"…" dedi.` goes on about.
pub fn last_subject(ctx: &Context<'_>, quotes: &[Span]) -> Option<Span> {
    let last = *ctx.sentences.last()?;
    if quotes.iter().any(|q| q.overlaps(last)) || ctx.text[last].trim_end().ends_with(':') {
        return None;
    }
    subject(ctx, last, quotes)
        .filter(|c| matches!(c.label, Label::Per | Label::Org) && c.score >= 3.5)
        .map(|c| c.span)
}

/// The subject of the nearest sentence of the block before `sentence` (pro-drop: `"…" dedi.`
/// with no subject continues it).
pub fn subject_before(ctx: &Context<'_>, sentence: Span, quotes: &[Span]) -> Option<Span> {
    let i = ctx.sentences.partition_point(|s| s.end <= sentence.start);
    let s = *ctx.sentences[..i].last()?;
    subject(ctx, s, quotes)
        .filter(|c| matches!(c.label, Label::Per | Label::Org) && c.score >= 3.5)
        .map(|c| c.span)
}

/// A colon at the end of a block that introduces the quote paragraphs after it (`Kaya, şöyle
/// konuştu:`, `açıklamada şu ifadelere yer verildi:`): its speaker and cue.
pub fn introduction(ctx: &Context<'_>, quotes: &[Span]) -> Option<(Option<Span>, Cue)> {
    let last = *ctx.sentences.last()?;
    let body = ctx.text[last].trim_end();
    if !body.ends_with(':') {
        return None;
    }
    let colon = last.start + body.len() - 1;
    let start = quotes
        .iter()
        .rev()
        .find(|q| q.end <= colon)
        .map_or(last.start, |q| q.end.max(last.start));
    let cue = cue_before(ctx, start, colon + 1, quotes)?;
    let before_cue = Span::new(last.start, cue.span.start);
    let speaker = match cue.form {
        Form::Passive => statement_source(ctx, last, quotes)
            .or_else(|| source_before(ctx, last, quotes))
            .or_else(|| body_before(ctx, last.start, quotes)),
        Form::Noun => candidates(ctx, before_cue, quotes)
            .into_iter()
            .filter(|c| matches!(c.case, Case::Gen | Case::Nom) && c.score >= 1.0)
            .max_by(|a, b| a.score.total_cmp(&b.score))
            .map(|c| c.span)
            .or_else(|| body_before(ctx, last.start, quotes)),
        _ => subject(ctx, before_cue, quotes)
            .map(|c| c.span)
            .or_else(|| subject_before(ctx, last, quotes)),
    };
    Some((speaker, cue))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms() {
        for (w, f) in [
            ("dedi", Some(Form::Finite)),
            ("konuştu", Some(Form::Finite)),
            ("söyledi", Some(Form::Finite)),
            ("belirtti", Some(Form::Finite)),
            ("kaydetti", Some(Form::Finite)),
            ("açıkladı", Some(Form::Finite)),
            ("diyen", Some(Form::Participle)),
            ("belirten", Some(Form::Participle)),
            ("kaydeden", Some(Form::Participle)),
            ("vurgulayan", Some(Form::Participle)),
            ("diyerek", Some(Form::Converb)),
            ("belirterek", Some(Form::Converb)),
            ("denildi", Some(Form::Passive)),
            ("belirtildi", Some(Form::Passive)),
            ("vurgulandı", Some(Form::Passive)),
            ("kaydedildi", Some(Form::Passive)),
            ("açıklama", None),
            ("açıklamada", None),
            ("konuşması", None),
            ("bildiri", None),
            ("paylaşım", None),
            ("sorun", None),
            ("yazar", None),
            ("açıklamadı", None),
        ] {
            assert_eq!(verb_form(w, false), f, "{w}");
        }
    }

    #[test]
    fn cases() {
        assert_eq!(case_of(""), Case::Nom);
        assert_eq!(case_of("nin"), Case::Gen);
        assert_eq!(case_of("un"), Case::Gen);
        assert_eq!(case_of("tan"), Case::Abl);
        assert_eq!(case_of("nden"), Case::Abl);
        assert_eq!(case_of("li"), Case::Adj);
        assert_eq!(case_of("ye"), Case::Other);
        assert_eq!(bare_case("bakanlığının"), Some(Case::Gen));
        assert_eq!(bare_case("bakanlığından"), Some(Case::Abl));
    }
}
