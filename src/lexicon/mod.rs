//! Compiled-in word lists (see `data/README.md` for sources and licences) and their lookup.
//!
//! `build.rs` folds every entry with [`fold::key`] (the same code, `src/fold/key.rs`) and
//! compiles one table from the folded entry to the set of lists it belongs to. Multi-word entries are looked up by joining token stems with a
//! space where the text has whitespace and with nothing where it has none (`COVID-19`).

use crate::fold;
use crate::tokenize::Token;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

// `sources.rs` (which file feeds which lists) is read by build.rs only.
mod tags;
pub use tags::Tags;

impl Tags {
    /// The tags that mark a word that is not a name in `lang`.
    pub fn not_name_in(lang: crate::Lang) -> Tags {
        match lang {
            crate::Lang::Tr => Tags(Tags::COMMON.0 | Tags::OPENER_TR.0),
            crate::Lang::En => Tags(Tags::COMMON.0 | Tags::OPENER_EN.0),
            crate::Lang::Und => Tags(Tags::COMMON.0 | Tags::OPENER_TR.0 | Tags::OPENER_EN.0),
        }
    }
}

/// The compiled-in lists: a map from folded key to [`Tags`], read at start-up from the table
/// `build.rs` compiles out of `data/` (each key hashed as the table is read, nothing copied).
pub struct Lexicon {
    /// By [`fold::key_hash`] of the key: `build.rs` checks that no two keys share one, and a
    /// word not listed matches a listed key's 64-bit hash by chance once in ~10^14 lookups.
    map: HashMap<u64, Tags>,
    /// The most tokens any entry has, bounding the lookup window.
    pub max_tokens: usize,
}

static TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon.txt"));
include!(concat!(env!("OUT_DIR"), "/lexicon_meta.rs"));

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

/// The tags without the internal marks.
fn public(t: Tags) -> Tags {
    Tags(t.0 & !(Tags::PREFIX.0 | Tags::CAPS_ONLY.0))
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
    /// The lexicon, read from the compiled-in table on first use.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::read)
    }

    fn read() -> Lexicon {
        let mut map = HashMap::with_capacity_and_hasher(ENTRIES, Default::default());
        let mut bits = Tags::default();
        // The hash state after each byte of the previous key (at its char boundaries): a key
        // front-coded on it goes on from there, so no key is ever written out. Keys are
        // folded already, so each char is hashed as it is (`build.rs` checks that this gives
        // `key_hash`).
        let mut states = [fold::KEY_HASH_START; MAX_KEY_BYTES + 1];
        let mut chars = TABLE.chars();
        while let Some(first) = chars.next() {
            if first == '\t' {
                let rest = chars.as_str();
                let end = rest.find('\n').expect("build.rs ends every line");
                bits = Tags(rest[..end].parse().expect("build.rs writes decimal bits"));
                chars = rest[end + 1..].chars();
                continue;
            }
            let mut at = usize::from(first as u8 - b'!');
            let mut h = states[at];
            for c in chars.by_ref() {
                if c == '\n' {
                    break;
                }
                h = fold::key_hash_step_folded(h, c);
                at += c.len_utf8();
                states[at] = h;
            }
            map.insert(fold::mix64(h), bits);
        }
        Lexicon {
            map,
            max_tokens: MAX_TOKENS,
        }
    }

    /// The tags of a folded key.
    pub fn lookup(&self, key: &str) -> Tags {
        public(self.raw(key))
    }

    /// The tags of a folded key with the internal marks ([`Tags::PREFIX`], [`Tags::CAPS_ONLY`]).
    fn raw(&self, key: &str) -> Tags {
        self.map
            .get(&fold::folded_key_hash(key))
            .copied()
            .unwrap_or_default()
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
            let raw = self.raw(k);
            if raw.any(Tags::CAPS_ONLY) && !fold::is_all_caps(word) {
                return Tags::default();
            }
            public(raw)
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
                out[i] = if i == 0 && raw.any(Tags::CAPS_ONLY) && !fold::is_all_caps(t.text(text)) {
                    Tags::default()
                } else {
                    public(raw)
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
                let tags = public(raw);
                let acronym_only =
                    i == 0 && raw.any(Tags::CAPS_ONLY) && !fold::is_all_caps(tokens[0].text(text));
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
