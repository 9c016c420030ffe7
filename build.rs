//! Compiles the word lists of `data/` into one table (`$OUT_DIR/lexicon.txt`): every entry
//! folded to its matching key with the crate's own `fold::key` code, merged with its other
//! listings, grouped by the bit set of the lists it is on. At start-up the lexicon only splits
//! this text into a map of borrowed keys: no folding, no per-entry allocation.
//!
//! Format: a line `\t<bits>` opens a group (decimal [`Tags`] bits); every other line is one
//! folded key of that group, front-coded (a byte `!` + n: its first n bytes are the previous
//! key's, then the rest of it). Keys never hold a tab or a line break.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[allow(dead_code)]
#[path = "src/fold/key.rs"]
mod key;
#[allow(dead_code)]
#[path = "src/patterns/sources.rs"]
mod patterns;
#[allow(dead_code)]
#[path = "src/lexicon/sources.rs"]
mod sources;
#[allow(dead_code)]
#[path = "src/lexicon/tags.rs"]
mod tags;

use tags::Tags;

/// The most leading bytes a key of the table shares with the key before it (`!` + 93 is `~`).
const MAX_SHARED: usize = 93;

/// The folded key of an entry as written in a list: words joined by one space, and no space
/// around hyphens (as the lexicon joins tokens at run time).
fn entry_key(entry: &str) -> String {
    let mut out = String::new();
    for (i, w) in entry.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        key::push_key(&mut out, w);
    }
    out
}

fn main() {
    for f in [
        "build.rs",
        "src/fold/key.rs",
        "src/lexicon/sources.rs",
        "src/lexicon/tags.rs",
        "src/patterns/sources.rs",
    ] {
        println!("cargo:rerun-if-changed={f}");
    }
    let root = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dictionary = std::env::var_os("CARGO_FEATURE_TR_DICTIONARY").is_some();
    let lists = sources::SOURCES.iter().chain(if dictionary {
        sources::TR_DICTIONARY
    } else {
        &[]
    });
    let mut map: BTreeMap<String, u32> = BTreeMap::new();
    let mut caps = BTreeSet::new();
    let mut mixed = BTreeSet::new();
    let mut max_tokens = 1;
    for (file, tag) in lists {
        let path = Path::new(&root).join("data").join(file);
        println!("cargo:rerun-if-changed=data/{file}");
        let src = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("build.rs: cannot read {}: {e}", path.display()));
        for line in src.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let k = entry_key(line);
            // An upper bound on the entry's tokens: words, plus hyphens and dots inside them.
            let n = k.split_whitespace().count() + k.matches(['-', '.', '&']).count();
            max_tokens = max_tokens.max(n);
            if key::is_all_caps(line) && !line.contains(' ') {
                caps.insert(k.clone());
            } else {
                mixed.insert(k.clone());
            }
            // Every shorter stretch of a multi-token entry is marked, so a lookup that extends
            // a key token by token can stop as soon as no entry starts that way.
            for (i, c) in k.char_indices().skip(1) {
                let prev = k[..i].chars().next_back();
                if !c.is_alphanumeric() || prev.is_some_and(|p| !p.is_alphanumeric()) {
                    *map.entry(k[..i].to_string()).or_default() |= Tags::PREFIX.0;
                }
            }
            *map.entry(k).or_default() |= tag.0;
        }
    }
    for k in caps.difference(&mixed) {
        *map.entry(k.clone()).or_default() |= Tags::CAPS_ONLY.0;
    }
    // The lexicon keeps only each key's `key_hash`, computed from the key's own chars (it is
    // folded already): that must give `key_hash`, and no two keys may share one.
    let mut hashes: Vec<u64> = map
        .keys()
        .map(|k| {
            let h = key::key_hash(k);
            assert_eq!(key::folded_key_hash(k), h, "build.rs: {k:?} is not folded");
            h
        })
        .collect();
    hashes.sort_unstable();
    assert!(
        hashes.windows(2).all(|w| w[0] != w[1]),
        "build.rs: two lexicon keys share a key_hash"
    );
    let mut groups: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
    for (k, v) in &map {
        assert!(
            !k.contains(['\t', '\n', '\r']),
            "build.rs: a key holds a tab or line break: {k:?}"
        );
        groups.entry(*v).or_default().push(k);
    }
    // Front-coded: each key opens with one byte saying how many of its leading bytes it
    // shares with the key before it in its group (`!` + n, at a character boundary), then the
    // rest. Sorted keys share long prefixes: the table gzips to 204 KB, not 260.
    let mut table = String::new();
    for (bits, keys) in &groups {
        table.push_str(&format!("\t{bits}\n"));
        let mut prev = "";
        for k in keys {
            let mut shared = k
                .bytes()
                .zip(prev.bytes())
                .take_while(|(a, b)| a == b)
                .count()
                .min(MAX_SHARED);
            while !k.is_char_boundary(shared) {
                shared -= 1;
            }
            table.push(char::from(b'!' + shared as u8));
            table.push_str(&k[shared..]);
            table.push('\n');
            prev = k;
        }
    }
    let out = Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    std::fs::write(out.join("lexicon.txt"), table).expect("writes lexicon.txt");
    std::fs::write(
        out.join("lexicon_meta.rs"),
        format!(
            "/// The most tokens any entry has, bounding the lookup window.\n\
             const MAX_TOKENS: usize = {max_tokens};\n\
             /// Keys in the table (the map is sized once).\n\
             const ENTRIES: usize = {};\n\
             /// The longest key, in bytes.\n\
             const MAX_KEY_BYTES: usize = {};\n",
            map.len(),
            map.keys().map(String::len).max().unwrap_or(0)
        ),
    )
    .expect("writes lexicon_meta.rs");
    compile_patterns(&out);
}

/// Compiles every fixed pattern (`src/patterns/sources.rs`) into a DFA, searched anchored:
/// `$OUT_DIR/patterns.bin` holds them one after another (each 4-aligned), and
/// `$OUT_DIR/patterns_meta.rs` their byte ranges and, for each pattern, the set of bytes a
/// match can begin with (so a search tries a pattern only where it can start).
fn compile_patterns(out: &Path) {
    use regex_automata::dfa::{dense, Automaton, StartKind};
    use regex_automata::Anchored;
    let temporal = patterns::temporal();
    let lines =
        patterns::CHROME
            .iter()
            .chain([&patterns::SOURCE, &patterns::BYLINE, &patterns::DATELINE]);
    let mut blob: Vec<u8> = Vec::new();
    let mut ranges = Vec::new();
    let mut first = Vec::new();
    let mut pairs: Vec<Vec<u16>> = Vec::new();
    let all = temporal.iter().map(|t| (t.src.as_str(), true));
    for (src, is_temporal) in all.chain(lines.map(|p| (*p, false))) {
        let dfa = dense::Builder::new()
            .configure(
                dense::Config::new()
                    .start_kind(StartKind::Anchored)
                    .minimize(true),
            )
            .build(src)
            .unwrap_or_else(|e| panic!("build.rs: pattern {src:?}: {e}"));
        // The anchored start at the start of a text (temporal patterns look at nothing before
        // their start, so theirs is the same everywhere).
        let start = if is_temporal {
            dfa.universal_start_state(Anchored::Yes)
                .expect("temporal patterns look at no context before their start")
        } else {
            dfa.start_state(&regex_automata::util::start::Config::new().anchored(Anchored::Yes))
                .expect("an anchored start state")
        };
        let mut mask = [0u64; 4];
        for b in 0..=255u8 {
            if !dfa.is_dead_state(dfa.next_state(start, b)) {
                mask[usize::from(b / 64)] |= 1 << (b % 64);
            }
        }
        first.push(mask);
        if !is_temporal {
            // A line pattern's first two bytes, when they are few: most lines are then
            // turned away without reading the pattern's DFA.
            let mut two = Vec::new();
            for b0 in 0..=255u8 {
                let s = dfa.next_state(start, b0);
                if dfa.is_dead_state(s) {
                    continue;
                }
                for b1 in 0..=255u8 {
                    if !dfa.is_dead_state(dfa.next_state(s, b1)) {
                        two.push(u16::from_be_bytes([b0, b1]));
                    }
                }
            }
            if two.len() > 2048 {
                two.clear();
            }
            pairs.push(two);
        }
        // Temporal patterns run at every word of the text: dense tables, one load a byte.
        // Line patterns run once a short line: sparse tables, a tenth of the size.
        let bytes = if is_temporal {
            dfa.to_bytes_little_endian().0
        } else {
            dfa.to_sparse()
                .expect("a sparse DFA")
                .to_bytes_little_endian()
        };
        while blob.len() % 4 != 0 {
            blob.push(0);
        }
        ranges.push((blob.len(), blob.len() + bytes.len()));
        blob.extend_from_slice(&bytes);
    }
    std::fs::write(out.join("patterns.bin"), &blob).expect("writes patterns.bin");
    std::fs::write(
        out.join("patterns_meta.rs"),
        format!(
            "/// How many temporal patterns there are (their DFAs come first).\n\
             pub const TEMPORAL: usize = {};\n\
             /// Each DFA's bytes in `patterns.bin`: the temporal patterns in order, then the\n\
             /// chrome patterns, the source, byline and dateline patterns.\n\
             const RANGES: [(usize, usize); {}] = {ranges:?};\n\
             /// For each pattern, the bytes a match can begin with (a 256-bit set).\n\
             const FIRST: [[u64; 4]; {}] = {first:?};\n\
             /// For each line pattern, the first two bytes a match can begin with (big endian,\n\
             /// sorted); empty when there are too many to be worth a look.\n\
             const PAIRS: [&[u16]; {}] = [{}];\n",
            temporal.len(),
            ranges.len(),
            first.len(),
            pairs.len(),
            pairs
                .iter()
                .map(|p| format!("&{p:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    )
    .expect("writes patterns_meta.rs");
}
