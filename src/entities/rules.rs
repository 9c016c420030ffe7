//! The rule pass: capitalised token runs cut at titles and organisation head words, looked up
//! in the compiled-in lists, and labelled from the lists, the heads, the titles and Turkish case
//! suffixes. Its decisions are candidates and features for the learned scorer
//! ([`super::model`]), not the final word.

use super::Label;
use crate::fold;
use crate::lang::Lang;
use crate::lexicon::{Lexicon, Tags};
use crate::span::Span;
use crate::temporal;
use crate::tokenize::{Token, TokenKind};
use rustc_hash::FxHashSet as HashSet;
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// From a list, a title, a head word or a pattern.
    Strong,
    /// A default guess for an unknown capitalised word.
    Weak,
    /// Capitalised only because it opens a sentence; kept only if the document supports it.
    Doubtful,
}

/// One labelled span of the rule pass.
#[derive(Clone, Copy, Debug)]
pub struct Cand {
    /// Byte span.
    pub span: Span,
    /// The rules' label.
    pub label: Label,
    /// How sure the rules are.
    pub evidence: Evidence,
}

/// Words that may join two capitalised runs inside one organisation or place name.
pub(super) const CONNECTORS: &[&str] = &[
    "of", "for", "and", "the", "ve", "&", "de", "du", "des", "la",
];

/// Lowercase particles inside personal names.
pub(super) const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "bin", "ibn", "al", "el",
    "le", "la", "dos", "das", "ter", "ten", "zu",
];

/// Honorifics written after a name.
const POST_HONORIFICS: &[&str] = &[
    "bey", "hanim", "efendi", "paşa", "hoca", "hocam", "ağa", "abi", "abla", "amca", "teyze",
    "dayi", "usta",
];

pub(super) fn is_quote_mark(s: &str) -> bool {
    matches!(s, "\"" | "'" | "“" | "”" | "‘" | "’" | "«" | "»" | "„")
}

/// Glued Turkish endings (plural, genitive, instrumental, possessive+locative) that a proper
/// noun would carry after an apostrophe.
fn has_inflection(key: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "lerin", "larin", "lerini", "larini", "lerde", "larda", "lerden", "lardan", "lere", "lara",
        "leri", "lari", "yla", "yle", "sinda", "sinde", "sindan", "sinden", "nin", "nun", "nün",
        "mizin", "imiz", "imizi",
    ];
    key.chars().count() > 5 && ENDINGS.iter().any(|e| key.ends_with(e))
}

/// The possessive ending that closes a Turkish noun compound (`Tarihi`, `Galerisi`,
/// `Komutanlığı`), which names rarely end with.
fn is_compound_head(key: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "si", "su", "sü", "lari", "leri", "ği", "ğu", "ğü", "liği", "luğu", "lüğü",
    ];
    key.chars().count() > 4 && ENDINGS.iter().any(|e| key.ends_with(e))
}

/// Turkish suffixes that mark a place: locative, ablative, dative (with buffer consonants).
pub(super) fn is_place_suffix(suffix: &str) -> bool {
    let s = fold::key(suffix);
    let s = s.strip_prefix('n').unwrap_or(&s);
    let s = s.strip_prefix('y').unwrap_or(s);
    matches!(
        s,
        "da" | "de"
            | "ta"
            | "te"
            | "dan"
            | "den"
            | "tan"
            | "ten"
            | "a"
            | "e"
            | "daki"
            | "deki"
            | "taki"
            | "teki"
            | "dakı"
    )
}

/// Per-document facts used to judge sentence-initial capitals (hashes of folded words).
pub struct DocStats {
    /// Words seen in lower case.
    pub lower_keys: HashSet<u64>,
    /// Words seen capitalised away from a sentence start.
    pub cap_keys: HashSet<u64>,
}

impl DocStats {
    /// Collects, over all content tokens, which words occur lowercase and which occur
    /// capitalised away from a sentence start.
    /// `keys` holds each block's token key hashes ([`fold::key_hash`] of each token).
    pub fn new(text: &str, blocks: &[(Span, &[Token])], keys: &[Vec<u64>]) -> DocStats {
        let mut lower_keys = HashSet::default();
        let mut cap_keys = HashSet::default();
        for ((_, toks), keys) in blocks.iter().zip(keys) {
            for (t, &k) in toks.iter().zip(keys) {
                if t.kind != TokenKind::Word {
                    continue;
                }
                let w = t.text(text);
                if w.chars().next().is_some_and(char::is_lowercase) {
                    lower_keys.insert(k);
                } else if !t.sent_start && !fold::is_all_caps(w) {
                    // Capitals in an all-caps headline are no evidence of a name.
                    cap_keys.insert(k);
                }
            }
        }
        DocStats {
            lower_keys,
            cap_keys,
        }
    }
}

/// The label a list match gives: organisation over place over other names.
fn list_label(tags: Tags) -> Label {
    if tags.has(Tags::ORG) {
        Label::Org
    } else if tags.has(Tags::LOC) {
        Label::Loc
    } else {
        Label::Misc
    }
}

/// Capital initials, each with its full stop: `H.K.`, `M.T.E.`.
pub(super) fn is_dotted_initials(w: &str) -> bool {
    w.len() >= 4
        && w.ends_with('.')
        && w.split('.').filter(|p| !p.is_empty()).all(|p| {
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
        })
}

pub(super) fn is_cap_word(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word && fold::is_capitalised(t.text(text))
}

pub(super) fn is_hyphen(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.text(text), "-" | "‐" | "‑")
}

/// A sentence written in capitals (`SOCCER - JAPAN GET LUCKY WIN`) or, in English, in title
/// case (`Russia Moves to Deepen Ties With North Korea`): capitals there say nothing about names.
pub(super) fn is_headline_case(text: &str, toks: &[Token], lang: Lang) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
        "as", "from", "vs", "over", "into",
    ];
    let words: Vec<&Token> = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.text(text).chars().count() >= 2)
        .collect();
    if words.len() < 4 {
        return false;
    }
    let caps = words
        .iter()
        .filter(|t| fold::is_all_caps(t.text(text)))
        .count();
    if caps * 10 >= words.len() * 7 {
        return true;
    }
    // Title case is a headline only when short and unpunctuated: a list of names separated
    // by commas is capitalised too.
    let has_comma = toks
        .iter()
        .any(|t| t.kind == TokenKind::Punct && t.text(text) == ",");
    lang == Lang::En
        && !has_comma
        && words.len() <= 14
        && words
            .iter()
            .all(|t| is_cap_word(text, t) || SMALL.contains(&fold::key(t.text(text)).as_str()))
}

/// A results or standings line: numbers make up a quarter of its tokens (at least two).
pub(super) fn is_score_line(text: &str, toks: &[Token]) -> bool {
    let numbers = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Number || t.text(text).starts_with('.'))
        .count();
    numbers >= 2 && numbers * 4 >= toks.len()
}

/// In a results line a city or an unknown name followed by a score is a team
/// (`Fulham 22 15 3`, `Plymouth 4 Exeter 1`); countries stay places (national sides).
fn teams_in_score_line(text: &str, lex: &Lexicon, toks: &[Token], cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        let k = toks.partition_point(|t| t.span.end < c.span.end);
        if toks.get(k).is_none_or(|t| t.span.end != c.span.end) {
            continue;
        }
        // A score, not a date (`LONDON 1996-12-06`).
        let followed_by_score = toks[k].suffix().is_none()
            && toks.get(k + 1).is_some_and(|n| {
                n.kind == TokenKind::Number
                    && n.span.len() < 4
                    && !toks
                        .get(k + 2)
                        .is_some_and(|d| !d.space_before && d.text(text) == "-")
            });
        let country = lex.lookup(&fold::key(&text[c.span])).has(Tags::COUNTRY);
        let movable = match c.label {
            Label::Loc => !country,
            Label::Per | Label::Misc => c.evidence != Evidence::Strong,
            _ => false,
        };
        if followed_by_score && movable {
            c.label = Label::Org;
            c.evidence = Evidence::Strong;
        }
    }
}

/// Runs of capitalised tokens in one sentence: ranges of token indices. A run ends after a
/// token with an apostrophe suffix; hyphens and numbers glued to a capital stay inside.
fn cap_runs(text: &str, toks: &[Token], lang: Lang) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !is_cap_word(text, &toks[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        while end < toks.len() && toks[end - 1].suffix().is_none() {
            let t = &toks[end];
            let prev_initial = toks[end - 1].text(text).chars().count() == 1;
            if is_cap_word(text, t) && t.space_before {
                end += 1;
            } else if prev_initial
                && t.text(text) == "."
                && !t.space_before
                && toks
                    .get(end + 1)
                    .is_some_and(|n| n.space_before && is_cap_word(text, n))
            {
                // An initial: `B. Hakan`, `George W. Bush`.
                end += 2;
            } else if is_hyphen(text, t)
                && !t.space_before
                && toks.get(end + 1).is_some_and(|n| {
                    !n.space_before && (is_cap_word(text, n) || n.kind == TokenKind::Number)
                })
            {
                end += 2;
            } else {
                break;
            }
        }
        runs.push(start..end);
        i = end;
    }
    // Join runs over a connector when the joined name is an organisation (head word after
    // the connector) or a listed name: `Bank of England`, `Sanayi ve Ticaret Bakanlığı`.
    let lex = Lexicon::get();
    let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
    for r in runs {
        if let Some(prev) = merged.last_mut() {
            let gap = prev.end..r.start;
            let one_connector = gap.len() == 1
                && toks[prev.end - 1].suffix().is_none()
                && CONNECTORS.contains(&fold::key(toks[gap.start].text(text)).as_str());
            let gap_key = fold::key(toks[gap.start].text(text));
            // Name particles: `Anna de Vries`, `Ludwig van Beethoven` (not in Turkish,
            // where `de` is a conjunction).
            let particle = gap.len() == 1
                && lang != Lang::Tr
                && toks[prev.end - 1].suffix().is_none()
                && PARTICLES.contains(&gap_key.as_str())
                && r.len() <= 2
                && !toks[prev.start..prev.end].iter().any(|t| {
                    lex.word(t.text(text))
                        .any(Tags::ORG_HEAD | Tags::LOC | Tags::ORG)
                });
            if particle {
                prev.end = r.end;
                continue;
            }
            if one_connector {
                // `Ministry of Infrastructure`, `Bank of England`: a head before `of`.
                let head_before = matches!(gap_key.as_str(), "of" | "for")
                    && lex.word(toks[prev.end - 1].text(text)).has(Tags::ORG_HEAD);
                let has_head = head_before
                    || toks[r.clone()]
                        .iter()
                        .any(|t| lex.word(t.text(text)).has(Tags::ORG_HEAD));
                let listed = lex
                    .longest(
                        text,
                        &toks[prev.start..r.end],
                        Tags::LOC | Tags::ORG | Tags::MISC | Tags::TITLE,
                    )
                    .is_some_and(|(n, _)| n == r.end - prev.start);
                if has_head || listed {
                    prev.end = r.end;
                    continue;
                }
            }
        }
        merged.push(r);
    }
    merged
}

struct BlockNer<'a> {
    text: &'a str,
    lang: Lang,
    /// The lexicon tags of each token, looked up once.
    tags: Vec<Tags>,
    toks: &'a [Token],
    stats: &'a DocStats,
    lex: &'a Lexicon,
    out: Vec<Cand>,
}

impl BlockNer<'_> {
    fn span_of(&self, r: std::ops::Range<usize>) -> Span {
        Span::new(self.toks[r.start].span.start, self.toks[r.end - 1].span.end)
    }

    fn push(&mut self, r: std::ops::Range<usize>, label: Label, evidence: Evidence) {
        if r.is_empty() {
            return;
        }
        let span = self.span_of(r);
        self.out.push(Cand {
            span,
            label,
            evidence,
        });
    }

    /// `Cambodian`, `Zairean`, `Yugoslav`, `Kuwaiti`, `İzmirli`: a word made from a listed
    /// place with a demonym ending.
    fn derived_demonym(&self, key: &str) -> bool {
        let place = |stem: &str| stem.chars().count() >= 3 && self.lex.lookup(stem).has(Tags::LOC);
        match self.lang {
            Lang::Tr => ["li", "lu", "lü"]
                .iter()
                .any(|e| key.strip_suffix(e).is_some_and(place)),
            _ => {
                ["n", "an", "ian", "i", "ese", "ish"]
                    .iter()
                    .any(|e| key.strip_suffix(e).is_some_and(place))
                    || place(&format!("{key}ia"))
                    || key
                        .strip_suffix("ese")
                        .is_some_and(|st| place(&format!("{st}o")) || place(&format!("{st}on")))
            }
        }
    }

    /// `Koreans`, `Türkler`: the plural of a listed nationality.
    fn plural_demonym(&self, key: &str) -> bool {
        const TR_PLURALS: &[&str] = &[
            "lerin", "larin", "leri", "lari", "lere", "lara", "lerde", "larda", "ler", "lar",
        ];
        let stem = match self.lang {
            Lang::Tr => TR_PLURALS.iter().find_map(|e| key.strip_suffix(e)),
            _ => key.strip_suffix('s'),
        };
        stem.is_some_and(|st| self.lex.lookup(st).has(Tags::MISC))
    }

    fn place_plus_unknown(&self, a: usize, b: usize) -> bool {
        let names = Tags::LOC | Tags::ORG | Tags::MISC;
        let unknown = |i: usize| {
            let t = &self.toks[i];
            t.kind == TokenKind::Word
                && self.tags(i).is_empty()
                && t.text(self.text).chars().count() > 1
        };
        let place = |r: std::ops::Range<usize>| {
            let n = r.len();
            self.lex
                .longest(self.text, &self.toks[r], names)
                .is_some_and(|(m, tags)| {
                    m == n && tags.has(Tags::LOC) && !tags.any(Tags::ORG | Tags::FIRST)
                })
        };
        // Place first, unknown after.
        if let Some((n, _)) = self.lex.longest(self.text, &self.toks[a..b], names) {
            if n == b - a {
                return false;
            }
            if place(a..a + n) && (a + n..b).all(unknown) {
                return true;
            }
        }
        // Unknown first, place after; `Northern Ireland` stays a place.
        const DIRECTIONS: &[&str] = &[
            "north",
            "south",
            "east",
            "west",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "upper",
            "lower",
            "greater",
            "new",
            "old",
            "inner",
            "outer",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
            "north-east",
            "south-east",
        ];
        unknown(a) && !DIRECTIONS.contains(&self.key(a).as_str()) && place(a + 1..b)
    }

    /// English `in Lisbon`, `near Kabul`: a preposition of place before token `i`.
    fn after_place_preposition(&self, i: usize) -> bool {
        const PREPS: &[&str] = &["in", "near", "outside", "across", "throughout", "at"];
        self.lang == Lang::En && i > 0 && PREPS.contains(&self.toks[i - 1].text(self.text))
    }

    /// English `Homestake shares`, `Maersk spokesman`: a word for a company's parts or people
    /// at token `i`.
    fn before_org_noun(&self, i: usize) -> bool {
        const NOUNS: &[&str] = &[
            "shares",
            "share",
            "stock",
            "stocks",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "executives",
            "shareholders",
            "subsidiary",
            "unit",
            "units",
            "earnings",
            "profit",
            "profits",
            "revenue",
            "revenues",
            "sales",
            "chairman",
            "board",
            "directors",
            "bonds",
            "management",
            "officials",
            "players",
            "coach",
            "fans",
            "manager",
            "striker",
        ];
        self.lang == Lang::En
            && self
                .toks
                .get(i)
                .is_some_and(|t| NOUNS.contains(&t.text(self.text)))
    }

    /// `Ecevit, …`: a Turkish sentence opening with one capitalised word and a comma opens
    /// with its subject, usually a name (common openers such as `Ancak,` are listed).
    fn subject_comma(&self, a: usize, b: usize) -> bool {
        self.lang == Lang::Tr
            && b - a == 1
            && self.toks[a].sent_start
            && self.toks.get(b).is_some_and(|t| t.text(self.text) == ",")
    }

    /// Evidence that token `i` is part of a person's name: a listed given or family name, or
    /// (Turkish) a proper noun of the dictionary that is not a place.
    fn name_evidence(&self, i: usize) -> bool {
        let tags = self.tags(i);
        tags.any(Tags::FIRST | Tags::LAST)
            || (self.lang == Lang::Tr
                && tags.has(Tags::PROPER)
                && !tags.any(Tags::LOC | Tags::MISC))
    }

    /// A sentence-initial word that nothing marks as a name: not listed, no apostrophe
    /// suffix, not an acronym, never capitalised elsewhere in the text.
    fn unsupported_initial(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.sent_start
            && self.tags(i).is_empty()
            && t.suffix().is_none()
            && !fold::is_all_caps(t.text(self.text))
            && !self.stats.cap_keys.contains(&self.hash(i))
    }

    fn tags(&self, i: usize) -> Tags {
        self.tags[i]
    }

    fn hash(&self, i: usize) -> u64 {
        fold::key_hash(self.toks[i].text(self.text))
    }

    fn key(&self, i: usize) -> String {
        fold::key(self.toks[i].text(self.text))
    }

    /// Labels one capitalised run.
    fn run(&mut self, r: std::ops::Range<usize>) {
        let (mut a, b) = (r.start, r.end);
        let names = Tags::LOC | Tags::ORG | Tags::MISC;
        // Leading common words (`The`, `Hem`) and connectors never start a name.
        while a < b {
            let listed = self
                .lex
                .longest(self.text, &self.toks[a..b], names)
                .is_some();
            let common = self.tags(a).any(Tags::not_name_in(self.lang)) && !listed;
            if common || CONNECTORS.contains(&self.key(a).as_str()) {
                a += 1;
            } else {
                break;
            }
        }
        if a >= b {
            return;
        }
        // Honorifics after a name: `Mesut Bey`, `Şehriban Hanım`.
        if b - a >= 2 && POST_HONORIFICS.contains(&self.key(b - 1).as_str()) {
            let a = if b - a > 2 && self.unsupported_initial(a) {
                a + 1
            } else {
                a
            };
            self.push(a..b - 1, Label::Per, Evidence::Strong);
            return;
        }
        // A run that is the whole of a quotation is a title of a work, a slogan or a
        // movement (`"Temiz Eller"`, `"Fair Play"`), unless it is a listed name.
        let quoted = a > 0
            && b < self.toks.len()
            && is_quote_mark(self.toks[a - 1].text(self.text))
            && is_quote_mark(self.toks[b].text(self.text))
            && !self.toks[a].space_before
            && !self.toks[b].space_before
            && self.toks[b - 1].suffix().is_none();
        if quoted
            && self
                .lex
                .longest(self.text, &self.toks[a..b], names)
                .is_none()
        {
            self.push(a..b, Label::Misc, Evidence::Strong);
            return;
        }
        // A head word closes an organisation or place name, whatever opens it (`Ulaştırma ve
        // Altyapı Bakanlığı` at the start of a sentence, `Atatürk Bulvarı`); a head first in
        // the run needs `of` after it (`Institute of Policy Studies`).
        let heads = Tags::ORG_HEAD | Tags::LOC_HEAD | Tags::MISC_HEAD;
        let head = (a..b).rev().find(|&i| {
            self.tags(i).any(heads)
                && (i > a || (i + 2 < b && matches!(self.key(i + 1).as_str(), "of" | "for")))
        });
        if let Some(h) = head {
            let listed_whole = self
                .lex
                .longest(self.text, &self.toks[a..b], names)
                .is_some_and(|(n, _)| n == b - a);
            if !listed_whole {
                let label = if self.tags(h).has(Tags::ORG_HEAD) {
                    Label::Org
                } else if self.tags(h).has(Tags::LOC_HEAD) {
                    Label::Loc
                } else {
                    Label::Misc
                };
                // A sentence-initial word the text also uses in lower case is not part of it.
                // So is a Turkish everyday word with a case ending (`Toplantıya`); a bare one
                // may be part of the name (`Ulusal Enerji Ajansı`).
                let first_common = self.toks[a].sent_start
                    && (self.stats.lower_keys.contains(&self.hash(a))
                        || (self.lang == Lang::Tr
                            && self
                                .lex
                                .turkish_common_ending(&self.key(a))
                                .is_some_and(|n| n > 0)))
                    && a + 1 < h;
                let a = if first_common { a + 1 } else { a };
                // `Ministry of Infrastructure`: the name goes on after `of`.
                let end = if h + 2 < b && matches!(self.key(h + 1).as_str(), "of" | "for") {
                    b
                } else {
                    h + 1
                };
                self.push(a..end, label, Evidence::Strong);
                if end < b {
                    self.run(end..b);
                }
                return;
            }
        }
        // Sentence-initial words: unknown ones stay only with support.
        let mut doubtful_first = false;
        if self.toks[a].sent_start {
            let listed = self
                .lex
                .longest(self.text, &self.toks[a..b], names | Tags::TITLE)
                .is_some();
            let tags = self.tags(a);
            let key = self.key(a);
            let subject_comma = self.subject_comma(a, b);
            // An everyday word opening a sentence is not a name, unless the writer marked it
            // as one: an apostrophe before its suffix (`Çakıcı'nın`), or standing bare as
            // the subject (`Kutan, …`; an inflected `Görüşmeler, …` is still a common word).
            let common_tr = self.lang == Lang::Tr
                && self.toks[a].suffix().is_none()
                && self
                    .lex
                    .turkish_common_ending(&key)
                    .is_some_and(|n| n > 0 || !subject_comma);
            if !listed && common_tr {
                a += 1;
            } else if !listed
                && !subject_comma
                && !tags.any(Tags::FIRST | Tags::LAST)
                && self.toks[a].suffix().is_none()
                && !fold::is_all_caps(self.toks[a].text(self.text))
                && !self.stats.cap_keys.contains(&self.hash(a))
            {
                // In Turkish a capitalised opener before a name is usually an inflected
                // common word; in English, a run of capitals opening a sentence is a name.
                if self.stats.lower_keys.contains(&self.hash(a)) {
                    a += 1;
                } else {
                    doubtful_first = true;
                }
            }
        }
        if a >= b {
            return;
        }
        // A glued hyphenated pair of listed names is two names: `Rusya-Kuzey Kore`.
        if let Some(h) = (a + 1..b).find(|&i| is_hyphen(self.text, &self.toks[i])) {
            let whole = self
                .lex
                .longest(self.text, &self.toks[a..b], names)
                .is_some_and(|(n, _)| n == b - a);
            let left_listed = self
                .lex
                .longest(self.text, &self.toks[a..h], names)
                .is_some_and(|(n, _)| n == h - a);
            if !whole && left_listed && h + 1 < b && is_cap_word(self.text, &self.toks[h + 1]) {
                self.run(a..h);
                self.run(h + 1..b);
                return;
            }
            // ABC-19, F-16: a coded name (disease, aircraft, model).
            if h + 2 == b
                && self.toks[h + 1].kind == TokenKind::Number
                && fold::is_all_caps(self.toks[a].text(self.text))
                && h == a + 1
            {
                self.push(a..b, Label::Misc, Evidence::Strong);
                return;
            }
        }
        // English `Bristol City`, `Real Madrid`, `Riga Newsroom`: a place joined to an unlisted
        // word names a team, a paper or an office.
        if self.lang == Lang::En && b - a >= 2 && self.place_plus_unknown(a, b) {
            self.push(a..b, Label::Org, Evidence::Weak);
            return;
        }
        // Walk the run: listed names, titles, and unknown stretches between them.
        let mut i = a;
        let mut unknown_start: Option<usize> = None;
        let mut titled = false;
        while i < b {
            let m = self
                .lex
                .longest(self.text, &self.toks[i..b], names | Tags::TITLE);
            match m {
                Some((n, tags)) if tags.any(names) => {
                    // A given name that is also a place (`Vladimir`, `Paris`) followed by
                    // another name word starts a person's name.
                    let person_start = n == 1
                        && tags.has(Tags::FIRST)
                        && i + 1 < b
                        && !self.tags(i + 1).any(names | Tags::TITLE);
                    // A surname that is also a place (`Ayşe Kaya`, `Jack London`) continues
                    // a person's name that a title or a given name has started.
                    let surname = n == 1
                        && !tags.has(Tags::ORG)
                        && unknown_start.is_some_and(|u| {
                            titled || (u..i).any(|k| self.tags(k).has(Tags::FIRST))
                        })
                        && !is_place_suffix(self.toks[i].suffix_text(self.text));
                    if person_start || surname {
                        unknown_start.get_or_insert(i);
                        i += 1;
                        continue;
                    }
                    self.flush(&mut unknown_start, i, titled, false);
                    titled = false;
                    self.push(i..i + n, list_label(tags), Evidence::Strong);
                    i += n;
                }
                Some((n, _)) => {
                    // A title: what stood before it describes the title (`Devlet Güvenlik
                    // Bakanı`), what follows is the person.
                    unknown_start = None;
                    titled = true;
                    i += n;
                }
                None => {
                    unknown_start.get_or_insert(i);
                    i += 1;
                }
            }
        }
        self.flush(&mut unknown_start, b, titled, doubtful_first);
    }

    /// Labels an unknown stretch `start..end` of capitalised tokens.
    fn flush(&mut self, start: &mut Option<usize>, end: usize, titled: bool, doubtful: bool) {
        let Some(s) = start.take() else { return };
        if s >= end {
            return;
        }
        let r = s..end;
        if titled {
            self.push(r, Label::Per, Evidence::Strong);
            return;
        }
        let toks = &self.toks[r.clone()];
        let any_name = r.clone().any(|i| self.name_evidence(i));
        if toks.len() == 1 {
            let t = toks[0];
            let w = t.text(self.text);
            let tags = self.tags(s);
            if tags.any(Tags::not_name_in(self.lang))
                || t.kind == TokenKind::Number
                || w.chars().count() == 1
            {
                return;
            }
            let key = fold::key(w);
            if self.plural_demonym(&key) || self.derived_demonym(&key) {
                self.push(r, Label::Misc, Evidence::Strong);
                return;
            }
            if self.lang == Lang::Tr
                && !any_name
                && !tags.has(Tags::PROPER)
                && t.suffix().is_none()
                && self
                    .lex
                    .turkish_common_ending(&key)
                    .is_some_and(|n| n > 0 || !self.subject_comma(s, end))
            {
                // `Anayasa`, `Hükümet`, `Kitap`: an everyday word capitalised for emphasis or
                // at the start of a phrase; the dictionary knows no name like it.
                return;
            }
            if self.lang == Lang::Tr && !any_name && has_inflection(&key) && t.suffix().is_none() {
                // Proper nouns take their suffixes after an apostrophe; a capitalised word
                // with glued case endings is a common word opening a phrase.
                return;
            }
            let (label, ev) = if key.len() > 5 && key.ends_with("spor") {
                // Turkish sports clubs: Adanaspor, İstanbulspor.
                (Label::Org, Evidence::Strong)
            } else if is_dotted_initials(w) {
                // `H.K.`, `M.T.E.`: a person named by initials (bodies are listed: `U.S.`).
                (Label::Per, Evidence::Weak)
            } else if fold::is_all_caps(w) {
                (Label::Org, Evidence::Strong)
            } else if tags.has(Tags::ORG_HEAD) {
                // `the Commission`, `Bakanlık`: the body named by its head word alone.
                (Label::Org, Evidence::Weak)
            } else if any_name {
                (Label::Per, Evidence::Weak)
            } else if is_place_suffix(t.suffix_text(self.text)) || self.after_place_preposition(s) {
                (Label::Loc, Evidence::Weak)
            } else if self.before_org_noun(end) {
                (Label::Org, Evidence::Weak)
            } else {
                (Label::Per, Evidence::Weak)
            };
            let ev = if doubtful { Evidence::Doubtful } else { ev };
            self.push(r, label, ev);
            return;
        }
        // Table headers (`W L T PF PA`) are not names: a one-letter word with no dot after it.
        // Hyphens (`Reed-Veal`) and initials (`B. Hakan`) are fine.
        let bare_letter = (s..end).any(|i| {
            let t = &self.toks[i];
            t.kind == TokenKind::Word
                && t.text(self.text).chars().count() == 1
                && self
                    .toks
                    .get(i + 1)
                    .is_none_or(|n| n.text(self.text) != ".")
        });
        if bare_letter {
            return;
        }
        let all_caps = toks.iter().all(|t| fold::is_all_caps(t.text(self.text)));
        let last = fold::key(toks[toks.len() - 1].text(self.text));
        if last.len() > 5 && last.ends_with("spor") {
            self.push(r, Label::Org, Evidence::Strong);
        } else if !any_name
            && self.lang == Lang::Tr
            && (is_compound_head(&last) || self.lex.is_turkish_common_word(&last))
        {
            // `Sanat Galerisi`, `İnkılap Tarihi`: a Turkish noun compound, not a person.
            self.push(r, Label::Misc, Evidence::Weak);
        } else if all_caps {
            self.push(r, Label::Org, Evidence::Weak);
        } else if !any_name
            && toks
                .iter()
                .filter(|t| {
                    self.stats
                        .lower_keys
                        .contains(&fold::key_hash(t.text(self.text)))
                })
                .count()
                * 2
                >= toks.len()
        {
            // `Global Depository Receipt`: words the text also writes in lower case make a
            // term or a title, not a person.
            self.push(r, Label::Misc, Evidence::Weak);
        } else if any_name || toks.len() <= 4 {
            let ev = if any_name {
                Evidence::Strong
            } else {
                Evidence::Weak
            };
            self.push(r, Label::Per, ev);
        } else {
            self.push(r, Label::Misc, Evidence::Weak);
        }
    }

    /// Only listed names, for headline-case sentences.
    fn listed_only(&mut self, range: std::ops::Range<usize>) {
        let names = Tags::LOC | Tags::ORG | Tags::MISC;
        let mut i = range.start;
        while i < range.end {
            if self.toks[i].kind != TokenKind::Word {
                i += 1;
                continue;
            }
            // `longest` stops at a suffix and looks only a few tokens ahead.
            match self.lex.longest(self.text, &self.toks[i..range.end], names) {
                Some((n, tags)) => {
                    self.push(i..i + n, list_label(tags), Evidence::Strong);
                    i += n;
                }
                None => i += 1,
            }
        }
    }
}

/// Finds entities in the tokens of each content block. `blocks` pairs each block's byte span
/// with its tokens; the result is sorted by start, longer first.
/// What the rule pass learned about one block: token tags, and sentences with their flags.
pub type BlockFacts = (Vec<Tags>, Vec<(std::ops::Range<usize>, u8)>);

/// The rule pass over every block: its labelled spans (names, then dates and amounts) and, per
/// block, the lexicon tags of its tokens (capitalised words and numbers) and its sentences
/// with their flags (1: headline case, 2: results line), computed once and reused by the
/// scorer's features.
pub fn find(
    text: &str,
    lang: Lang,
    blocks: &[(Span, &[Token])],
    stats: &DocStats,
) -> (Vec<Cand>, Vec<BlockFacts>) {
    let lex = Lexicon::get();
    let mut cands: Vec<Cand> = Vec::new();
    let mut all_tags = Vec::with_capacity(blocks.len());
    for (span, toks) in blocks {
        // Dates and numbers first; their tokens are then not names (`Perşembe`, `Mart`).
        let temporal = temporal::find(text, *span, lang);
        let mut ner = BlockNer {
            text,
            lang,
            // Only capitalised words and numbers can start or join a name; lowercase words
            // are judged by their key where needed (connectors, particles).
            tags: toks
                .iter()
                .map(|t| {
                    let w = t.text(text);
                    if w.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
                    {
                        lex.word(w)
                    } else {
                        Tags::default()
                    }
                })
                .collect(),
            toks,
            stats,
            lex,
            out: Vec::new(),
        };
        let mut sentences = Vec::new();
        for range in crate::tokenize::sentence_ranges(toks) {
            let headline = is_headline_case(text, &toks[range.clone()], lang);
            let score = is_score_line(text, &toks[range.clone()]);
            sentences.push((range.clone(), u8::from(headline) | (u8::from(score) << 1)));
            let first_new = ner.out.len();
            if headline {
                ner.listed_only(range.clone());
            } else {
                for r in cap_runs(text, &toks[range.clone()], lang) {
                    ner.run(range.start + r.start..range.start + r.end);
                }
            }
            if score {
                teams_in_score_line(text, lex, &toks[range], &mut ner.out[first_new..]);
            }
        }
        all_tags.push((std::mem::take(&mut ner.tags), sentences));
        for c in ner.out {
            // `temporal` is sorted and disjoint: look at the one match that could overlap.
            let i = temporal.partition_point(|(s, _)| s.end <= c.span.start);
            if !temporal.get(i).is_some_and(|(s, _)| s.overlaps(c.span)) {
                cands.push(c);
            }
        }
        cands.extend(temporal.into_iter().map(|(span, label)| Cand {
            span,
            label,
            evidence: Evidence::Strong,
        }));
    }
    (cands, all_tags)
}
