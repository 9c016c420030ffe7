//! Case folding that knows Turkish.
//!
//! `char::to_lowercase` maps `İ` to `i̇` (two chars) and `I` to `i`, both wrong for Turkish.
//! [`lower`] folds per language; [`key`] is the language-blind matching key used for lexicons,
//! which merges the four Turkish i's so `İSTANBUL`, `Istanbul` and `istanbul` meet. [`lower`]
//! maps one char to one char; [`key`] also drops invisible chars (combining dot above, soft
//! hyphen, zero-width joiners), so `İstan\u{ad}bul` and `İstanbul` meet too.

use crate::lang::Lang;

/// Lowercases one char for `lang`, always to exactly one char.
pub fn lower_char(c: char, lang: Lang) -> char {
    match (c, lang) {
        ('I', Lang::Tr) => 'ı',
        ('İ', _) => 'i',
        _ => single_lower(c),
    }
}

fn single_lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // Latin-1 letters and the Turkish ones without a table search (most of what news has).
    match c {
        'À'..='Ö' | 'Ø'..='Þ' => return char::from(c as u8 + 32),
        'ß'..='ÿ' | 'ğ' | 'ı' | 'ş' => return c,
        'Ğ' => return 'ğ',
        'Ş' => return 'ş',
        _ => {}
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        (Some(l), Some(_)) => l,
        _ => c,
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

/// The lexicon matching key: lowercase, the four i's merged into `i`, typographic apostrophes
/// made straight, combining dot above dropped (non-NFC `İ`).
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_key(&mut out, s);
    out
}

/// Appends the matching key of `s` to `out` (see [`key`]).
pub fn push_key(out: &mut String, s: &str) {
    let mut rest = s;
    while !rest.is_empty() {
        // A run of plain ASCII is copied and lowercased in place (`I` lowercases to `i`).
        let n = rest
            .bytes()
            .position(|b| !b.is_ascii() || b == b'`')
            .unwrap_or(rest.len());
        if n > 0 {
            let start = out.len();
            out.push_str(&rest[..n]);
            out[start..].make_ascii_lowercase();
            rest = &rest[n..];
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            push_key_char(out, c);
            rest = chars.as_str();
        }
    }
}

fn push_key_char(out: &mut String, c: char) {
    match c {
        'I' | 'İ' | 'ı' => out.push('i'),
        // Combining dot above (NFD `İ`), soft hyphen, zero-width (non-)joiner: invisible.
        '\u{307}' | '\u{ad}' | '\u{200c}' | '\u{200d}' => {}
        '’' | '‘' | '`' | 'ʼ' => out.push('\''),
        _ => out.push(single_lower(c)),
    }
}

/// A 64-bit hash of [`key`]`(s)`, computed without building the key. The same on every
/// platform (FNV-1a over the folded chars, then [`mix64`]): the entity model's features are
/// built from it, and the weights trained natively must mean the same in the 32-bit wasm.
pub fn key_hash(s: &str) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            // ASCII folds byte by byte (`I` to `i`, a backquote to an apostrophe).
            let k = if b == b'`' {
                b'\''
            } else {
                b.to_ascii_lowercase()
            };
            h = (h ^ u64::from(k)).wrapping_mul(PRIME);
            i += 1;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        let k = match c {
            'İ' | 'ı' => 'i',
            '\u{307}' | '\u{ad}' | '\u{200c}' | '\u{200d}' => continue,
            '’' | '‘' | 'ʼ' => '\'',
            _ => single_lower(c),
        };
        h = (h ^ u64::from(u32::from(k))).wrapping_mul(PRIME);
    }
    mix64(h)
}

/// SplitMix64's finaliser: a fixed, platform-independent 64-bit mix.
pub fn mix64(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// True when the first char of `s` is an uppercase letter.
pub fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// True when `s` has at least two letters and no lowercase letter (`NATO`, `ABD`, `COVID`).
pub fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
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
