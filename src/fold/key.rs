//! The language-blind matching key of words and list entries.
//!
//! Shared with `build.rs`, which folds the word lists into the compiled-in lexicon with these
//! very functions: a key built at run time always meets the key built at build time. Nothing
//! here may use the rest of the crate.

/// Lowercases one char to exactly one char, language-blind (the first char of a multi-char
/// lowercase).
#[inline]
pub fn single_lower(c: char) -> char {
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
    if let Some(k) = key_char(c) {
        out.push(k);
    }
}

/// The key of one char: its folded form, or `None` for an invisible char.
#[inline]
pub fn key_char(c: char) -> Option<char> {
    match c {
        'I' | 'İ' | 'ı' => Some('i'),
        // Combining dot above (NFD `İ`), soft hyphen, zero-width (non-)joiner: invisible.
        '\u{307}' | '\u{ad}' | '\u{200c}' | '\u{200d}' => None,
        '’' | '‘' | '`' | 'ʼ' => Some('\''),
        _ => Some(single_lower(c)),
    }
}

const PRIME: u64 = 0x0000_0100_0000_01b3;

/// The FNV-1a state [`key_hash`] starts from.
pub const KEY_HASH_START: u64 = 0xcbf2_9ce4_8422_2325;

/// [`key_hash`]'s state after one more char of a key (folded already: nothing left to fold);
/// [`mix64`] of the last state is the hash. For a key streamed char by char.
#[inline]
pub fn key_hash_step_folded(h: u64, c: char) -> u64 {
    (h ^ u64::from(u32::from(c))).wrapping_mul(PRIME)
}

/// [`key_hash`] of a key (folded already): the same hash, without folding again.
#[inline]
pub fn folded_key_hash(key: &str) -> u64 {
    mix64(key.chars().fold(KEY_HASH_START, key_hash_step_folded))
}

/// A 64-bit hash of [`key`]`(s)`, computed without building the key. The same on every
/// platform (FNV-1a over the folded chars, then [`mix64`]): the entity model's features are
/// built from it, and the weights trained natively must mean the same in the 32-bit wasm.
pub fn key_hash(s: &str) -> u64 {
    let mut h: u64 = KEY_HASH_START;
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
            h = key_hash_step_folded(h, char::from(k));
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
        h = key_hash_step_folded(h, k);
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
