//! Case folding that knows Turkish.
//!
//! `char::to_lowercase` maps `İ` to `i̇` (two chars) and `I` to `i`, both wrong for Turkish.
//! [`lower`] folds per language; [`key`] is the language-blind matching key used for lexicons,
//! which merges the four Turkish i's so `İSTANBUL`, `Istanbul` and `istanbul` meet. [`lower`]
//! maps one char to one char; [`key`] also drops invisible chars (combining dot above, soft
//! hyphen, zero-width joiners), so `İstan\u{ad}bul` and `İstanbul` meet too.

use crate::lang::Lang;

mod key;
use key::single_lower;
pub use key::{
    folded_key_hash, is_all_caps, key, key_char, key_hash, key_hash_step_folded, mix64, push_key,
    KEY_HASH_START,
};

/// Lowercases one char for `lang`, always to exactly one char.
pub fn lower_char(c: char, lang: Lang) -> char {
    match (c, lang) {
        ('I', Lang::Tr) => 'ı',
        ('İ', _) => 'i',
        _ => single_lower(c),
    }
}

/// Uppercases one char for `lang`, always to exactly one char (`i` is `İ` in Turkish).
pub fn upper_char(c: char, lang: Lang) -> char {
    match (c, lang) {
        ('i', Lang::Tr) => 'İ',
        ('ı', _) => 'I',
        _ => {
            let mut it = c.to_uppercase();
            match (it.next(), it.next()) {
                (Some(u), None) => u,
                _ => c,
            }
        }
    }
}

/// Lowercases `s` for `lang`, char by char.
pub fn lower(s: &str, lang: Lang) -> String {
    // Plain ASCII lowercases in one go, except a Turkish `I` (dotless `ı`).
    if s.is_ascii() && !(lang == Lang::Tr && s.contains('I')) {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.extend(s.chars().map(|c| lower_char(c, lang)));
    out
}

/// The key hashes of `words`, sorted: a word list looked up by [`key_hash`] and a binary search,
/// without folding a copy of the word.
pub fn sorted_key_hashes(words: &[&str]) -> Vec<u64> {
    let mut v: Vec<u64> = words.iter().map(|w| key_hash(w)).collect();
    v.sort_unstable();
    v
}

/// True when the first char of `s` is an uppercase letter.
pub fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The model's features are hashed from these: the values must not depend on the platform
    /// (the wasm is 32-bit). Fixed expectations catch a change of hash function.
    #[test]
    fn key_hash_is_stable_across_platforms() {
        assert_eq!(key_hash("İstanbul"), key_hash("istanbul"));
        assert_eq!(key_hash(""), mix64(0xcbf2_9ce4_8422_2325));
        assert_eq!(mix64(1), 0x5692_161d_100b_05e5);
    }

    /// The fast path for Latin-1 and Turkish letters agrees with the Unicode tables.
    #[test]
    fn single_lower_fast_path_matches_unicode() {
        for c in ('\u{80}'..='\u{24f}').chain(['ğ', 'Ğ', 'ş', 'Ş', 'ı']) {
            let mut it = c.to_lowercase();
            let want = match (it.next(), it.next()) {
                (Some(l), _) => l,
                _ => c,
            };
            assert_eq!(single_lower(c), want, "{c}");
        }
    }

    #[test]
    fn turkish_i_folds_per_language() {
        assert_eq!(lower("IRAK", Lang::Tr), "ırak");
        assert_eq!(lower("İSTANBUL", Lang::Tr), "istanbul");
        assert_eq!(lower("IRAQ", Lang::En), "iraq");
        assert_eq!(upper_char('i', Lang::Tr), 'İ');
        assert_eq!(upper_char('i', Lang::En), 'I');
    }

    #[test]
    fn key_merges_the_four_is_and_keeps_length_in_chars() {
        for s in ["İSTANBUL", "Istanbul", "istanbul", "ıstanbul"] {
            assert_eq!(key(s), "istanbul", "{s}");
        }
        assert_eq!(key("Kore’nin"), "kore'nin");
        let s = "ŞIĞIR İĞDE";
        assert_eq!(key(s).chars().count(), s.chars().count());
    }

    #[test]
    fn a_key_hashes_as_its_text_does() {
        for s in [
            "İSTANBUL'da",
            "Kore’nin",
            "a\u{ad}b",
            "COVID-19",
            "",
            "Çağlayan Ünlü",
        ] {
            assert_eq!(folded_key_hash(&key(s)), key_hash(s), "{s}");
        }
    }

    #[test]
    fn key_hash_agrees_with_key() {
        assert_eq!(key_hash("İSTANBUL"), key_hash("istanbul"));
        assert_eq!(key_hash("Kore’nin"), key_hash("kore'nin"));
        assert_ne!(key_hash("Ankara"), key_hash("Ankaralı"));
    }

    #[test]
    fn caps_tests() {
        assert!(is_all_caps("ABD"));
        assert!(is_all_caps("COVID-19"));
        assert!(!is_all_caps("A"));
        assert!(!is_all_caps("Kore"));
        assert!(is_capitalised("İstanbul"));
        assert!(!is_capitalised("istanbul"));
    }
}
