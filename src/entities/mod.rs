//! Named entities: people, organisations, places, MISC names, dates, times, money, percentages.
//!
//! The baseline is rule-based: capitalised token runs are cut at titles and organisation head
//! words, looked up in the compiled-in lists, and labelled from the lists, the heads, the
//! titles and Turkish case suffixes. A document-level pass then makes mentions agree (`Putin`
//! after `Vladimir Putin` is a person) and drops sentence-initial words that nothing supports.

use crate::lang::Lang;
use crate::span::Span;
use crate::tokenize::Token;
use serde::Serialize;

/// An entity type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Label {
    /// A person.
    #[serde(rename = "PER")]
    Per,
    /// An organisation.
    #[serde(rename = "ORG")]
    Org,
    /// A place.
    #[serde(rename = "LOC")]
    Loc,
    /// Nationalities, events, products and other names.
    #[serde(rename = "MISC")]
    Misc,
    /// A date or period.
    #[serde(rename = "DATE")]
    Date,
    /// A time of day.
    #[serde(rename = "TIME")]
    Time,
    /// An amount of money.
    #[serde(rename = "MONEY")]
    Money,
    /// A percentage.
    #[serde(rename = "PERCENT")]
    Percent,
}

impl Label {
    /// The label's name in the JSON contract.
    pub fn name(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
        }
    }

    /// True for the name labels that take part in clustering and speaker finding.
    pub fn is_name(self) -> bool {
        matches!(self, Label::Per | Label::Org | Label::Loc | Label::Misc)
    }
}

/// One entity mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Byte span of the mention, without any apostrophe suffix.
    pub span: Span,
    /// Its type.
    pub label: Label,
    /// The cluster (see [`crate::clusters`]) it belongs to.
    pub cluster: usize,
}

/// How sure the block-level pass is of a candidate's label.
mod agreement;
mod candidates;
mod decode;
mod features;
pub mod learn;
pub mod model;
mod rules;

use crate::lexicon::Tags;
use crate::{blocks::BlockKind, fold};
use rules::Cand;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// One content block, read for the scorer.
pub struct BlockPrep<'a> {
    toks: &'a [Token],
    kind: BlockKind,
    /// Lexicon tags of each token (capitalised words and numbers only).
    tags: Vec<Tags>,
    /// Folded-key hash of each token.
    keys: Vec<u64>,
    /// Hashes of the last three and last two chars of each token's folded key ((0, 0) for a
    /// token of three chars or fewer).
    endings: Vec<(u64, u64)>,
    /// Sentences as token ranges, with flags: 1 headline case, 2 results line.
    sentences: Vec<(std::ops::Range<usize>, u8)>,
    /// This block's share of [`Prepared::rules`] and [`Prepared::temporal`].
    rules: std::ops::Range<usize>,
    temporal: std::ops::Range<usize>,
}

/// A document read by the rules, ready for candidates and features.
pub struct Prepared<'a> {
    text: &'a str,
    lang: Lang,
    blocks: Vec<BlockPrep<'a>>,
    stats: rules::DocStats,
    /// Name mentions the rules found, after document agreement, sorted by start.
    rules: Vec<Cand>,
    /// Dates, times, amounts: final, sorted by start.
    temporal: Vec<Cand>,
    /// Folded name → the label a strong rule mention gives it.
    known: HashMap<u64, Label>,
    /// Words of multi-word person names the rules are sure of.
    per_parts: HashSet<u64>,
    /// Capitalised word (folded hash) → where it occurs in the document, a bit set of
    /// `usage` bits: the contexts a reader uses to tell a place from a person or a body.
    usage: HashMap<u64, u8>,
}

/// Bits of a prepared document's word usage: where a capitalised word occurs.
pub mod usage {
    /// With a place suffix after an apostrophe (`'da`, `'dan`, `'ya`).
    pub const PLACE_SUFFIX: u8 = 1;
    /// With a genitive suffix (`'nin`, `'ın`) or an English possessive.
    pub const GENITIVE: u8 = 1 << 1;
    /// Right after a title (`Bakan`, `Sen.`).
    pub const AFTER_TITLE: u8 = 1 << 2;
    /// Right before a speech verb (`said`, `dedi`, `told`).
    pub const BEFORE_SPEECH: u8 = 1 << 3;
    /// Right after an English place preposition (`in`, `at`, `from`, `near`).
    pub const AFTER_PLACE_PREP: u8 = 1 << 4;
    /// Right after a given name.
    pub const AFTER_GIVEN: u8 = 1 << 5;
    /// Before an organisation word (`spokesman`, `shares`, `yönetimi`, `kulübü`).
    pub const BEFORE_ORG_WORD: u8 = 1 << 6;
    /// Anywhere but the start of a sentence.
    pub const MID_SENTENCE: u8 = 1 << 7;
}

/// Lower-case words after a name that say it speaks.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "asked",
    "wrote",
    "stated",
    "explained",
    "dedi",
    "diyor",
    "söyledi",
    "açıkladı",
    "belirtti",
    "ifade",
    "konuştu",
    "kaydetti",
    "vurguladı",
];
/// Lower-case words after a name that say it is a body.
const ORG_WORDS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "shares",
    "officials",
    "executives",
    "board",
    "yönetimi",
    "kulübü",
    "şirketi",
    "yetkilileri",
    "sözcüsü",
    "taraftarları",
    "hisseleri",
];
const PLACE_PREPS: &[&str] = &["in", "at", "from", "near", "outside", "across"];

/// The usage bits of every capitalised word of the document.
fn usage_of(
    text: &str,
    blocks: &[BlockIn],
    tags: &[rules::BlockFacts],
    keys: &[Vec<u64>],
) -> HashMap<u64, u8> {
    let mut out: HashMap<u64, u8> = HashMap::default();
    for (((_, _, toks), (btags, _)), keys) in blocks.iter().zip(tags).zip(keys) {
        for (i, t) in toks.iter().enumerate() {
            let w = t.text(text);
            if t.kind != crate::tokenize::TokenKind::Word || !fold::is_capitalised(w) {
                continue;
            }
            let mut bits = 0u8;
            let suffix = t.suffix_text(text);
            if !suffix.is_empty() {
                if rules::is_place_suffix(suffix) {
                    bits |= usage::PLACE_SUFFIX;
                }
                let k = fold::key(suffix);
                if matches!(k.as_str(), "nin" | "nun" | "nün" | "in" | "un" | "ün" | "s") {
                    bits |= usage::GENITIVE;
                }
            }
            if i > 0 {
                let prev = &toks[i - 1];
                if btags[i - 1].has(Tags::TITLE) {
                    bits |= usage::AFTER_TITLE;
                }
                if btags[i - 1].has(Tags::FIRST) && prev.suffix().is_none() {
                    bits |= usage::AFTER_GIVEN;
                }
                if PLACE_PREPS.contains(&prev.text(text)) {
                    bits |= usage::AFTER_PLACE_PREP;
                }
            }
            if let Some(next) = toks.get(i + 1) {
                let n = next.text(text);
                if t.suffix().is_none() && SPEECH.iter().any(|s| n.starts_with(s)) {
                    bits |= usage::BEFORE_SPEECH;
                }
                if ORG_WORDS.contains(&n) {
                    bits |= usage::BEFORE_ORG_WORD;
                }
            }
            if !t.sent_start {
                bits |= usage::MID_SENTENCE;
            }
            *out.entry(keys[i]).or_default() |= bits;
        }
    }
    out
}

/// A content block: its span, kind and tokens.
pub type BlockIn<'a> = (Span, BlockKind, &'a [Token]);

impl<'a> Prepared<'a> {
    fn new(text: &'a str, lang: Lang, blocks: &[BlockIn<'a>]) -> Prepared<'a> {
        let plain: Vec<(Span, &[Token])> = blocks.iter().map(|(s, _, t)| (*s, *t)).collect();
        // Every token's key hash, once: the statistics, usage and features all read them.
        let mut block_keys: Vec<Vec<u64>> = blocks
            .iter()
            .map(|(_, _, toks)| toks.iter().map(|t| fold::key_hash(t.text(text))).collect())
            .collect();
        let stats = rules::DocStats::new(text, &plain, &block_keys);
        let (found, mut block_tags) = rules::find(text, lang, &plain, &stats);
        let usage = usage_of(text, blocks, &block_tags, &block_keys);
        let mut known = HashMap::default();
        let mut per_parts = HashSet::default();
        for c in found
            .iter()
            .filter(|c| c.evidence == rules::Evidence::Strong && c.label.is_name())
        {
            known
                .entry(fold::key_hash(&text[c.span]))
                .or_insert(c.label);
            if c.label == Label::Per {
                for w in text[c.span]
                    .split_whitespace()
                    .filter(|_| text[c.span].contains(' '))
                {
                    per_parts.insert(fold::key_hash(w));
                }
            }
        }
        let resolved = agreement::resolve(text, found);
        let (names, temporal): (Vec<Cand>, Vec<Cand>) =
            resolved.into_iter().partition(|c| c.label.is_name());
        let mut prepared = Vec::with_capacity(blocks.len());
        for (bi, &(span, kind, toks)) in blocks.iter().enumerate() {
            let range = |v: &[Cand]| {
                v.partition_point(|c| c.span.start < span.start)
                    ..v.partition_point(|c| c.span.start < span.end)
            };
            let (tags, sentences) = std::mem::take(&mut block_tags[bi]);
            let keys = std::mem::take(&mut block_keys[bi]);
            let endings = toks
                .iter()
                .map(|t| features::endings(t.text(text)))
                .collect();
            prepared.push(BlockPrep {
                toks,
                kind,
                tags,
                keys,
                endings,
                sentences,
                rules: range(&names),
                temporal: range(&temporal),
            });
        }
        Prepared {
            text,
            lang,
            blocks: prepared,
            stats,
            rules: names,
            temporal,
            known,
            per_parts,
            usage,
        }
    }

    /// The rules' own reading, for a language without a model.
    fn rule_entities(&self) -> Vec<Entity> {
        let mut out: Vec<Entity> = self
            .rules
            .iter()
            .chain(&self.temporal)
            .map(|c| Entity {
                span: c.span,
                label: c.label,
                cluster: 0,
            })
            .collect();
        out.sort_by_key(|e| (crate::span::order_key(e.span), e.label));
        out
    }
}

/// Finds entities in the tokens of each content block. `blocks` gives each block's byte span,
/// kind and tokens; the result is sorted by start, longer first.
///
/// Rules propose and label candidate spans; the language's learned model
/// ([`model::Model::for_lang`]) scores every candidate and label; the best non-overlapping set
/// is kept, and the document is made to agree with itself.
pub fn recognise(text: &str, lang: Lang, blocks: &[BlockIn]) -> Vec<Entity> {
    recognise_with(text, lang, blocks, model::Model::for_lang(lang).as_ref())
}

/// [`recognise`] with a given model (`None`: the rules alone).
pub fn recognise_with(
    text: &str,
    lang: Lang,
    blocks: &[BlockIn],
    model: Option<&model::Model>,
) -> Vec<Entity> {
    let p = Prepared::new(text, lang, blocks);
    let Some(model) = model else {
        return p.rule_entities();
    };
    // Block by block: a block's candidates are scored and dropped before the next block's.
    let mut cands = Vec::new();
    let mut feats = Vec::with_capacity(96);
    let mut scored = Vec::new();
    let mut pool: Vec<Span> = Vec::new();
    for bi in 0..p.blocks.len() {
        cands.clear();
        candidates::generate_block(&p, bi, &mut cands);
        for c in &cands {
            feats.clear();
            features::extract(&p, c, &mut feats);
            let rule = c.rule.map(|(l, _)| l);
            scored.extend(decode::Scored::new(
                c.span,
                model.score(&feats),
                rule,
                model.rule_prior,
                model.shift,
            ));
            pool.push(c.span);
        }
    }
    let chosen = decode::best(scored);
    let chosen = agreement::complete(text, chosen, &pool);
    let mut out = agreement::harmonise(text, chosen);
    out.extend(p.temporal.iter().map(|c| Entity {
        span: c.span,
        label: c.label,
        cluster: 0,
    }));
    out.sort_by_key(|e| (crate::span::order_key(e.span), e.label));
    out.dedup_by(|a, b| a.span == b.span);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn ents(text: &str, lang: Lang) -> Vec<(String, &'static str)> {
        let span = Span::new(0, text.len());
        let toks = tokenize(text, span, 0);
        recognise(text, lang, &[(span, BlockKind::Paragraph, &toks[..])])
            .into_iter()
            .map(|e| (text[e.span].to_string(), e.label.name()))
            .collect()
    }

    /// The rules alone (the model's candidates and features), without the model.
    fn rule_ents(text: &str, lang: Lang) -> Vec<(String, &'static str)> {
        let span = Span::new(0, text.len());
        let toks = tokenize(text, span, 0);
        recognise_with(text, lang, &[(span, BlockKind::Paragraph, &toks[..])], None)
            .into_iter()
            .map(|e| (text[e.span].to_string(), e.label.name()))
            .collect()
    }

    fn has(list: &[(String, &str)], name: &str, label: &str) -> bool {
        list.iter().any(|(n, l)| n == name && *l == label)
    }

    #[test]
    fn turkish_suffixes_stay_outside_and_titles_cue_persons() {
        let e = ents(
            "Dışişleri Bakanı Ayşe Demirtaş, İstanbul'da Almanya'nın büyükelçisiyle görüştü. Demirtaş'ın açıklaması dikkat çekti.",
            Lang::Tr,
        );
        assert!(has(&e, "Ayşe Demirtaş", "PER"), "{e:?}");
        assert!(has(&e, "İstanbul", "LOC"), "{e:?}");
        assert!(has(&e, "Almanya", "LOC"), "{e:?}");
        assert!(has(&e, "Demirtaş", "PER"), "{e:?}");
        assert!(!e.iter().any(|(n, _)| n.contains("Bakanı")), "{e:?}");
    }

    #[test]
    fn organisation_heads_and_acronyms() {
        let e = ents(
            "Ulusal Enerji Ajansı (UEA) açıklamayı dün yaptı. Açıklamayı Halkın Birliği Partisi de destekledi; NATO da katıldı.",
            Lang::Tr,
        );
        assert!(has(&e, "Ulusal Enerji Ajansı", "ORG"), "{e:?}");
        assert!(has(&e, "UEA", "ORG"), "{e:?}");
        assert!(has(&e, "Halkın Birliği Partisi", "ORG"), "{e:?}");
        assert!(has(&e, "NATO", "ORG"), "{e:?}");
    }

    #[test]
    fn hyphenated_places_split_and_coded_names_are_misc() {
        let e = ents(
            "Türkiye-Yunanistan hattında COVID-19 vakaları arttı.",
            Lang::Tr,
        );
        assert!(has(&e, "Türkiye", "LOC"), "{e:?}");
        assert!(has(&e, "Yunanistan", "LOC"), "{e:?}");
        assert!(has(&e, "COVID-19", "MISC"), "{e:?}");
    }

    #[test]
    fn english_title_and_sentence_initial_words() {
        let e = ents(
            "The company said President Maria Lopez met German officials in Berlin. Lopez later left.",
            Lang::En,
        );
        assert!(has(&e, "Maria Lopez", "PER"), "{e:?}");
        assert!(has(&e, "German", "MISC"), "{e:?}");
        assert!(has(&e, "Berlin", "LOC"), "{e:?}");
        assert!(has(&e, "Lopez", "PER"), "{e:?}");
        assert!(!e.iter().any(|(n, _)| n == "The"), "{e:?}");
    }

    /// Table of short real-style sentences for the rule pass: (text, language, expected
    /// (mention, label)s, mentions that must not be marked).
    #[test]
    fn table_of_rules() {
        type Case<'a> = (&'a str, Lang, &'a [(&'a str, &'a str)], &'a [&'a str]);
        let cases: &[Case] = &[
            (
                "Toplantıya Mesut Bey de katıldı.",
                Lang::Tr,
                &[("Mesut", "PER")],
                &["Mesut Bey"],
            ),
            (
                "Takım yarın Adanaspor ile karşılaşacak.",
                Lang::Tr,
                &[("Adanaspor", "ORG")],
                &[],
            ),
            (
                "Resimler yarından itibaren Maltepe Sanat Galerisi'nde sergilenecek.",
                Lang::Tr,
                &[("Maltepe Sanat Galerisi", "ORG")],
                &[],
            ),
            (
                "Yolcular Atatürk Bulvarı'nda beklendi.",
                Lang::Tr,
                &[("Atatürk Bulvarı", "LOC")],
                &[],
            ),
            (
                "Türkiye Cumhuriyeti'nin temelleri atıldı.",
                Lang::Tr,
                &[("Türkiye Cumhuriyeti", "LOC")],
                &[],
            ),
            (
                "Hareketin adı \"Temiz Eller\" oldu.",
                Lang::Tr,
                &[("Temiz Eller", "MISC")],
                &[],
            ),
            (
                "Kitap Türk İnkılap Tarihi dersinde okutuluyor.",
                Lang::Tr,
                &[("İnkılap Tarihi", "MISC")],
                &[],
            ),
            (
                "Ankara'da Türklerin sayısı arttı.",
                Lang::Tr,
                &[("Türklerin", "MISC")],
                &[],
            ),
            (
                "CHP Lideri Deniz Baykal konuştu.",
                Lang::Tr,
                &[("Deniz Baykal", "PER"), ("CHP", "ORG")],
                &["Lideri Deniz Baykal"],
            ),
            ("Bakan: Sorunlar çözülecek.", Lang::Tr, &[], &["Sorunlar"]),
            (
                "The Koreans dominated, said Derek Cunha of the Institute of Policy Studies.",
                Lang::En,
                &[
                    ("Koreans", "MISC"),
                    ("Derek Cunha", "PER"),
                    ("Institute of Policy Studies", "ORG"),
                ],
                &[],
            ),
            (
                "A Cambodian boy met Kenyan officials before the Asian Cup group C match.",
                Lang::En,
                &[
                    ("Cambodian", "MISC"),
                    ("Kenyan", "MISC"),
                    ("Asian Cup", "MISC"),
                ],
                &["C"],
            ),
            (
                "Leyton Orient 1 Stevenage 2",
                Lang::En,
                &[("Leyton Orient", "ORG"), ("Stevenage", "ORG")],
                &[],
            ),
            (
                "LONDON 1996-12-06 Ships docked in Lisbon, said Bristol City officials.",
                Lang::En,
                &[
                    ("LONDON", "LOC"),
                    ("Lisbon", "LOC"),
                    ("Bristol City", "ORG"),
                ],
                &[],
            ),
            (
                "İzmirli işadamları toplandı.",
                Lang::Tr,
                &[("İzmirli", "MISC")],
                &[],
            ),
            (
                "Traffic stopped on Hudson River bridges.",
                Lang::En,
                &[("Hudson River", "LOC")],
                &[],
            ),
        ];
        for (text, lang, want, not) in cases {
            let got = rule_ents(text, *lang);
            for (name, label) in *want {
                assert!(
                    has(&got, name, label),
                    "{text}: want {label} {name}, got {got:?}"
                );
            }
            for name in *not {
                assert!(
                    !got.iter().any(|(n, _)| n == name),
                    "{text}: {name} marked, got {got:?}"
                );
            }
        }
    }
}
