//! Compiled-in word lists (see `data/README.md` for sources and licences) and their lookup.
//!
//! Every entry is folded with [`fold::key`] and stored in one map from the folded entry to the
//! set of lists it belongs to. Multi-word entries are looked up by joining token stems with a
//! space where the text has whitespace and with nothing where it has none (`COVID-19`).

use crate::fold;
use crate::tokenize::Token;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// Which lists an entry is on (a bit set).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tags(u32);

impl Tags {
    /// The raw bits.
    pub fn bits(self) -> u32 {
        self.0
    }

    /// A country, region or city.
    pub const LOC: Tags = Tags(1);
    /// A known organisation.
    pub const ORG: Tags = Tags(1 << 1);
    /// A nationality, people, religion, event or other MISC name.
    pub const MISC: Tags = Tags(1 << 2);
    /// A given name.
    pub const FIRST: Tags = Tags(1 << 3);
    /// A family name.
    pub const LAST: Tags = Tags(1 << 4);
    /// A title or honorific (`Bakanı`, `President`).
    pub const TITLE: Tags = Tags(1 << 5);
    /// An organisation head word (`Partisi`, `Ministry`).
    pub const ORG_HEAD: Tags = Tags(1 << 6);
    /// An abbreviation or label that is never a name (`GMT`, `CEO`).
    pub const COMMON: Tags = Tags(1 << 7);
    /// A head word that closes a place name (`Bulvarı`, `River`).
    pub const LOC_HEAD: Tags = Tags(1 << 8);
    /// A country or territory (as opposed to a city or region).
    pub const COUNTRY: Tags = Tags(1 << 9);
    /// An everyday Turkish word stem (`kaza`, `sergi`).
    pub const TR_COMMON: Tags = Tags(1 << 10);
    /// A Turkish proper noun from the Hunspell dictionary (`Bedri`, `Belçika`).
    pub const PROPER: Tags = Tags(1 << 11);
    /// A head word that closes an event, prize or treaty name (`Cup`, `Kupası`).
    pub const MISC_HEAD: Tags = Tags(1 << 12);
    /// A Turkish word capitalised only at the start of a sentence (`Ancak`, `Bu`).
    pub const OPENER_TR: Tags = Tags(1 << 13);
    /// An English word capitalised only at the start of a sentence (`The`, `However`).
    pub const OPENER_EN: Tags = Tags(1 << 14);
    /// A sports club or team (also ORG).
    pub const CLUB: Tags = Tags(1 << 15);
    /// A newspaper, broadcaster, agency, journal or platform (also ORG).
    pub const MEDIA: Tags = Tags(1 << 16);
    /// A company or brand (also ORG).
    pub const COMPANY: Tags = Tags(1 << 17);
    /// A ministry, state body, party, union, university or hospital (also ORG).
    pub const PUBLIC: Tags = Tags(1 << 18);
    /// A district, neighbourhood, region, feature or facility (also LOC).
    pub const DISTRICT: Tags = Tags(1 << 19);

    /// The tags that mark a word that is not a name in `lang`.
    pub fn not_name_in(lang: crate::Lang) -> Tags {
        match lang {
            crate::Lang::Tr => Tags(Tags::COMMON.0 | Tags::OPENER_TR.0),
            crate::Lang::En => Tags(Tags::COMMON.0 | Tags::OPENER_EN.0),
            crate::Lang::Und => Tags(Tags::COMMON.0 | Tags::OPENER_TR.0 | Tags::OPENER_EN.0),
        }
    }

    /// True when every tag of `other` is set.
    pub fn has(self, other: Tags) -> bool {
        self.0 & other.0 == other.0 && other.0 != 0
    }

    /// True when any tag of `other` is set.
    pub fn any(self, other: Tags) -> bool {
        self.0 & other.0 != 0
    }

    /// True when no tag is set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl std::ops::BitOr for Tags {
    type Output = Tags;
    fn bitor(self, rhs: Tags) -> Tags {
        Tags(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for Tags {
    fn bitor_assign(&mut self, rhs: Tags) {
        self.0 |= rhs.0;
    }
}

/// Internal mark (never returned by [`Lexicon::lookup`]): the key is a shorter stretch of a
/// multi-token entry, ending where a token may end.
const PREFIX: Tags = Tags(1 << 31);

/// The compiled-in lists.
pub struct Lexicon {
    map: HashMap<String, Tags>,
    /// Keys listed only as acronyms (`UN`, `AB`): they match only text in capitals, so the
    /// `Un` of `Kim Jong Un` is not the United Nations.
    caps_only: HashSet<String>,
    /// The most tokens any entry has, bounding the lookup window.
    pub max_tokens: usize,
}

const SOURCES: &[(&str, Tags)] = &[
    (
        include_str!("../data/loc_countries.txt"),
        Tags(Tags::LOC.0 | Tags::COUNTRY.0),
    ),
    (include_str!("../data/loc_cities.txt"), Tags::LOC),
    (include_str!("../data/loc_extra.txt"), Tags::LOC),
    (include_str!("../data/org_known.txt"), Tags::ORG),
    (
        include_str!("../data/org_clubs.txt"),
        Tags(Tags::ORG.0 | Tags::CLUB.0),
    ),
    (
        include_str!("../data/org_media.txt"),
        Tags(Tags::ORG.0 | Tags::MEDIA.0),
    ),
    (
        include_str!("../data/org_companies.txt"),
        Tags(Tags::ORG.0 | Tags::COMPANY.0),
    ),
    (
        include_str!("../data/org_public.txt"),
        Tags(Tags::ORG.0 | Tags::PUBLIC.0),
    ),
    (
        include_str!("../data/loc_districts.txt"),
        Tags(Tags::LOC.0 | Tags::DISTRICT.0),
    ),
    (include_str!("../data/misc_known.txt"), Tags::MISC),
    (include_str!("../data/per_first_names.txt"), Tags::FIRST),
    (include_str!("../data/per_last_names.txt"), Tags::LAST),
    (include_str!("../data/titles.txt"), Tags::TITLE),
    (include_str!("../data/org_heads.txt"), Tags::ORG_HEAD),
    (include_str!("../data/loc_heads.txt"), Tags::LOC_HEAD),
    (include_str!("../data/misc_heads.txt"), Tags::MISC_HEAD),
    (include_str!("../data/not_names.txt"), Tags::COMMON),
    (include_str!("../data/common_caps_tr.txt"), Tags::OPENER_TR),
    (include_str!("../data/common_caps_en.txt"), Tags::OPENER_EN),
];

/// The Turkish dictionary (102 KB gzipped in the wasm): feature `tr-dictionary`, on by
/// default. Without it Turkish still works, with less accurate sentence-initial words.
#[cfg(feature = "tr-dictionary")]
const TR_DICTIONARY: &[(&str, Tags)] = &[
    (include_str!("../data/tr_common.txt"), Tags::TR_COMMON),
    (include_str!("../data/tr_proper.txt"), Tags::PROPER),
];
#[cfg(not(feature = "tr-dictionary"))]
const TR_DICTIONARY: &[(&str, Tags)] = &[];

/// Turkish case, number and possessive endings (in key form: every i-letter as `i`), sorted.
/// A common noun carries them glued; a proper noun after an apostrophe.
const TR_ENDINGS: &[&str] = &[
    "a", "da", "daki", "dan", "de", "deki", "den", "di", "dir", "du", "dur", "dü", "dür", "e", "i",
    "imiz", "imize", "imizi", "in", "ina", "inda", "indan", "inde", "inden", "ine", "ini", "inin",
    "la", "lar", "lara", "larda", "lardan", "lari", "larin", "larina", "larinda", "larindan",
    "larini", "le", "ler", "lerde", "lerden", "lere", "leri", "lerin", "lerinde", "lerinden",
    "lerine", "lerini", "lik", "luk", "lük", "na", "nda", "ndaki", "ndan", "nde", "ndeki", "nden",
    "ne", "ni", "nin", "nu", "nun", "nü", "nün", "sal", "sel", "si", "sina", "sinda", "sindan",
    "sinde", "sinden", "sine", "sini", "sinin", "su", "suna", "sunda", "sundan", "sunu", "sunun",
    "sü", "sünde", "sünden", "süne", "sünü", "sünün", "ta", "taki", "tan", "te", "teki", "ten",
    "u", "una", "unda", "undan", "unu", "unun", "ya", "ye", "yi", "yla", "yle", "yu", "yü", "ü",
    "ünde", "ünden", "üne", "ünü", "ünün",
];

/// The folded key of an entry as written in a list: words joined by one space, and no space
/// around hyphens (matching how [`Lexicon::key_of`] joins tokens).
fn entry_key(entry: &str) -> String {
    let mut out = String::new();
    for (i, w) in entry.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        fold::push_key(&mut out, w);
    }
    out
}

/// Runs `f` with this thread's empty key buffer: lookups build keys without allocating.
fn with_scratch<R>(f: impl FnOnce(&mut String) -> R) -> R {
    thread_local! {
        static SCRATCH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut buf) => {
            buf.clear();
            f(&mut buf)
        }
        // Re-entered (never today): a buffer of its own.
        Err(_) => f(&mut String::new()),
    })
}

impl Lexicon {
    /// The lexicon, built on first use.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let mut map: HashMap<String, Tags> =
            HashMap::with_capacity_and_hasher(100_000, Default::default());
        let mut caps_only = HashSet::default();
        let mut mixed = HashSet::default();
        let mut max_tokens = 1;
        for (src, tag) in SOURCES.iter().chain(TR_DICTIONARY) {
            for line in src.lines() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let k = entry_key(line);
                // An upper bound on the entry's tokens: words, plus hyphens and dots inside them.
                let n = k.split_whitespace().count() + k.matches(['-', '.', '&']).count();
                max_tokens = max_tokens.max(n);
                if fold::is_all_caps(line) && !line.contains(' ') {
                    caps_only.insert(k.clone());
                } else {
                    mixed.insert(k.clone());
                }
                // Every shorter stretch of a multi-token entry is marked, so a lookup that
                // extends a key token by token can stop as soon as no entry starts that way.
                for (i, c) in k.char_indices().skip(1) {
                    let prev = k[..i].chars().next_back();
                    if !c.is_alphanumeric() || prev.is_some_and(|p| !p.is_alphanumeric()) {
                        *map.entry(k[..i].to_string()).or_default() |= PREFIX;
                    }
                }
                *map.entry(k).or_default() |= *tag;
            }
        }
        caps_only.retain(|k| !mixed.contains(k));
        Lexicon {
            map,
            caps_only,
            max_tokens,
        }
    }

    /// The tags of a folded key.
    pub fn lookup(&self, key: &str) -> Tags {
        Tags(self.raw(key).0 & !PREFIX.0)
    }

    /// The tags of a folded key with the internal [`PREFIX`] mark.
    fn raw(&self, key: &str) -> Tags {
        self.map.get(key).copied().unwrap_or_default()
    }

    /// True when the Turkish word with key `key` is an everyday word, bare or with case
    /// endings glued on (`kaza`, `toplantıya`, `sergide`), and no list knows it as a name.
    pub fn is_turkish_common_word(&self, key: &str) -> bool {
        self.turkish_common_ending(key).is_some()
    }

    /// For a Turkish everyday word (see [`Lexicon::is_turkish_common_word`]), the length in
    /// bytes of its glued ending (0 for a bare stem); `None` for anything else.
    pub fn turkish_common_ending(&self, key: &str) -> Option<usize> {
        // The dictionary's own proper nouns do not veto: `Kaza`, `Savaş` are both.
        let names = Tags::LOC | Tags::ORG | Tags::MISC | Tags::FIRST | Tags::LAST | Tags::TITLE;
        let tags = self.lookup(key);
        if tags.any(names) {
            return None;
        }
        if tags.has(Tags::TR_COMMON) {
            return Some(0);
        }
        // Stems of four letters at least: `put` + `in` would make `Putin` a common word.
        key.char_indices()
            .skip(4)
            .find(|&(i, _)| {
                TR_ENDINGS.binary_search(&&key[i..]).is_ok()
                    && self.lookup(&key[..i]).has(Tags::TR_COMMON)
            })
            .map(|(i, _)| key.len() - i)
    }

    /// The tags of one word as written (an acronym entry needs the word in capitals).
    pub fn word(&self, word: &str) -> Tags {
        with_scratch(|k| {
            fold::push_key(k, word);
            if !fold::is_all_caps(word) && self.caps_only.contains(k.as_str()) {
                return Tags::default();
            }
            self.lookup(k)
        })
    }

    /// Writes into `buf` the key of the token stems `tokens` as they stand in `text`.
    pub fn key_of(text: &str, tokens: &[Token], buf: &mut String) {
        buf.clear();
        for (i, t) in tokens.iter().enumerate() {
            if i > 0 && t.space_before {
                buf.push(' ');
            }
            fold::push_key(buf, t.text(text));
        }
    }

    /// The tags of every entry starting at `tokens[0]`, by length: `out[n - 1]` holds the tags
    /// of the `n`-token entry (empty when there is none). Returns how many lengths were looked
    /// up. One pass for what [`Lexicon::longest`] would find for every end.
    pub fn prefixes(&self, text: &str, tokens: &[Token], out: &mut [Tags; 16]) -> usize {
        let mut limit = tokens.len().min(self.max_tokens + 2);
        if let Some(p) = tokens[..limit].iter().position(|t| t.suffix().is_some()) {
            limit = p + 1;
        }
        let limit = limit.min(out.len());
        out[..limit].fill(Tags::default());
        with_scratch(|buf| {
            for (i, t) in tokens[..limit].iter().enumerate() {
                if i > 0 && t.space_before {
                    buf.push(' ');
                }
                fold::push_key(buf, t.text(text));
                let raw = self.raw(buf);
                if i > 0 && raw.is_empty() {
                    // No entry goes on from here.
                    break;
                }
                out[i] = if i == 0
                    && !fold::is_all_caps(t.text(text))
                    && self.caps_only.contains(buf.as_str())
                {
                    Tags::default()
                } else {
                    Tags(raw.0 & !PREFIX.0)
                };
            }
        });
        limit
    }

    /// The longest entry starting at `tokens[0]` that has any tag of `want`, within `tokens`:
    /// its length in tokens and its tags. A match may not run through a token's suffix, so
    /// `Kuzey Kore'nin Başkenti` never matches past `Kore`.
    pub fn longest(&self, text: &str, tokens: &[Token], want: Tags) -> Option<(usize, Tags)> {
        let mut limit = tokens.len().min(self.max_tokens + 2);
        if let Some(p) = tokens[..limit].iter().position(|t| t.suffix().is_some()) {
            limit = p + 1;
        }
        // The key of n tokens is a prefix of the key of n + 1: build it once, note where each
        // token ends, and look the prefixes up longest first.
        let limit = limit.min(16);
        // The key of n tokens is a prefix of the key of n + 1: extend it token by token and
        // stop where no entry goes on.
        with_scratch(|buf| {
            let mut best = None;
            for (i, t) in tokens[..limit].iter().enumerate() {
                if i > 0 && t.space_before {
                    buf.push(' ');
                }
                fold::push_key(buf, t.text(text));
                let raw = self.raw(buf);
                if raw.is_empty() {
                    if i > 0 {
                        break;
                    }
                    continue;
                }
                let tags = Tags(raw.0 & !PREFIX.0);
                let acronym_only = i == 0
                    && !fold::is_all_caps(tokens[0].text(text))
                    && self.caps_only.contains(buf.as_str());
                if tags.any(want) && !acronym_only {
                    best = Some((i + 1, tags));
                }
            }
            best
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::tokenize::tokenize;

    #[test]
    fn lists_load_with_their_tags() {
        let lex = Lexicon::get();
        assert!(lex.word("İSTANBUL").has(Tags::LOC));
        assert!(lex.word("Almanya").has(Tags::LOC));
        assert!(lex.word("Germany").has(Tags::LOC));
        assert!(lex.word("Partisi").has(Tags::ORG_HEAD));
        assert!(lex.word("Ahmet").has(Tags::FIRST));
        assert!(lex.word("Smith").has(Tags::LAST));
        assert!(lex.word("Bakanı").has(Tags::TITLE));
        assert!(lex.word("Ancak").has(Tags::OPENER_TR));
        assert!(lex.word("However").has(Tags::OPENER_EN));
        assert!(
            !lex.word("Ben").has(Tags::OPENER_EN),
            "Ben is a name in English"
        );
        assert!(lex.word("zzzz").is_empty());
        assert!(
            TR_ENDINGS.windows(2).all(|w| w[0] < w[1]),
            "TR_ENDINGS sorted"
        );
        #[cfg(feature = "tr-dictionary")]
        for w in ["Kaza", "Toplantıya", "Sergide", "Ulaştırma"] {
            assert!(lex.is_turkish_common_word(&fold::key(w)), "{w}");
        }
        for w in ["Ecevit", "Ankara", "Demirtaş", "Ahmet"] {
            assert!(!lex.is_turkish_common_word(&fold::key(w)), "{w}");
        }
    }

    #[test]
    fn longest_match_is_multi_word_and_stops_at_a_suffix() {
        let lex = Lexicon::get();
        let text = "Güney Afrika'nın Cape Town kenti";
        let toks = tokenize(text, Span::new(0, text.len()), 0);
        assert_eq!(lex.longest(text, &toks, Tags::LOC).map(|m| m.0), Some(2));
        let text = "Secretary of State Blinken";
        let toks = tokenize(text, Span::new(0, text.len()), 0);
        assert_eq!(lex.longest(text, &toks, Tags::TITLE).map(|m| m.0), Some(3));
    }
}
