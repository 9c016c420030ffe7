//! The learned scorer: a linear model over hashed features, one weights file per language,
//! compiled in with `include_bytes!` and read in place (no parsing at start-up).
//!
//! With the feature `fetch-en-model` (the page's wasm build only) the English weights are not
//! compiled in: the page fetches `ner_en.bin` when an English text arrives and hands it to
//! `load`; until then [`missing`] names it and `annotate` refuses English text
//! ([`crate::Error::ModelNotLoaded`]) rather than answer with the rules alone.
//!
//! File layout (little endian): `NMNER1\0\0`, feature version (u32), hash bits (u32), labels
//! (u32), rule prior and entity shift (i32 each, in weight units), then `labels << bits` signed bytes, row-major by
//! hashed feature. Written by `src/bin/train.rs` (`make train`).

use super::features;
use super::Label;
use crate::lang::Lang;

/// The labels the model chooses among; index 0 is "not an entity".
pub const LABELS: [Option<Label>; 5] = [
    None,
    Some(Label::Per),
    Some(Label::Org),
    Some(Label::Loc),
    Some(Label::Misc),
];

/// The index of `l` in [`LABELS`].
pub fn index_of(l: Option<Label>) -> Option<usize> {
    LABELS.iter().position(|x| *x == l)
}

const MAGIC: &[u8; 8] = b"NMNER1\0\0";
const HEADER: usize = 28;

/// A loaded model: weights borrowed from the compiled-in bytes (or the trainer's buffer).
#[derive(Clone, Copy)]
pub struct Model<'a> {
    weights: &'a [u8],
    mask: u32,
    /// Added to the margin of a candidate whose label agrees with the rules'.
    pub rule_prior: i32,
    /// Added to every entity label's margin over "not an entity" (the decision threshold).
    pub shift: i32,
}

static TR: &[u8] = include_bytes!("../../data/model/ner_tr.bin");
#[cfg(not(feature = "fetch-en-model"))]
static EN: &[u8] = include_bytes!("../../data/model/ner_en.bin");
/// The English weights once `load`ed (kept for the life of the program).
#[cfg(feature = "fetch-en-model")]
static EN: std::sync::OnceLock<&'static [u8]> = std::sync::OnceLock::new();

/// The weights of `lang`'s model, when this build has them (compiled in, or loaded).
fn weights_of(lang: Lang) -> Option<&'static [u8]> {
    match lang {
        Lang::Tr => Some(TR),
        #[cfg(not(feature = "fetch-en-model"))]
        _ => Some(EN),
        #[cfg(feature = "fetch-en-model")]
        _ => EN.get().copied(),
    }
}

/// The language whose weights file the model for `lang` is (English serves `und` too).
fn model_lang(lang: Lang) -> Lang {
    match lang {
        Lang::Tr => Lang::Tr,
        _ => Lang::En,
    }
}

/// The model that annotating `lang` text needs and this build lacks: with `fetch-en-model`,
/// English (which also serves undetermined text) until `load`ed; otherwise never.
pub fn missing(lang: Lang) -> Option<Lang> {
    let need = model_lang(lang);
    weights_of(need).is_none().then_some(need)
}

/// Loads a fetched weights file for `lang` (`fetch-en-model`: English only, the Turkish model
/// is compiled in) after checking it ([`Model::parse`]). The bytes are kept for the life of the
/// program. Loading the same bytes again is a no-op; other bytes once a model is loaded are
/// refused.
#[cfg(feature = "fetch-en-model")]
pub fn load(lang: Lang, bytes: Box<[u8]>) -> Result<(), crate::Error> {
    let bad = |problem: String| crate::Error::BadModel { lang, problem };
    if lang != Lang::En {
        return Err(bad(
            "this build loads only the English model (\"en\"); the Turkish one is compiled in"
                .to_string(),
        ));
    }
    Model::parse(&bytes).map_err(|e| bad(e.to_string()))?;
    if let Some(loaded) = EN.get() {
        return if **loaded == *bytes {
            Ok(())
        } else {
            Err(bad("another English model is already loaded".to_string()))
        };
    }
    // A second caller racing this one (threads) keeps whichever came first.
    let _ = EN.set(Box::leak(bytes));
    Ok(())
}

/// Why a weights file cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BadModel {
    /// It does not start with the magic bytes: not a newsmark weights file.
    Magic,
    /// It was written for other features than this build computes (retrain: `make train`).
    Version {
        /// The feature version in the file.
        found: u32,
        /// The feature version of this build.
        expected: u32,
    },
    /// Its header is not this layout's (label count, hash bits).
    Header,
    /// Its length is not the one its header announces (a cut or padded file).
    Size {
        /// The file's length in bytes.
        found: usize,
        /// The length its header announces.
        expected: usize,
    },
}

impl std::fmt::Display for BadModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BadModel::Magic => f.write_str("not a newsmark weights file (no NMNER1 magic)"),
            BadModel::Version { found, expected } => write!(
                f,
                "trained for feature version {found}, this build computes version {expected}"
            ),
            BadModel::Header => f.write_str("its header is not this layout's (labels, hash bits)"),
            BadModel::Size { found, expected } => {
                write!(f, "{found} bytes, its header says {expected}")
            }
        }
    }
}

impl<'a> Model<'a> {
    /// The model for `lang` (English serves `und` too); `None` when its file is missing, was
    /// trained with other features (then the rules alone decide) or, with `fetch-en-model`,
    /// is not loaded yet.
    pub fn for_lang(lang: Lang) -> Option<Model<'static>> {
        weights_of(model_lang(lang)).and_then(Model::from_bytes)
    }

    /// Reads a weights file in place; `None` when [`Model::parse`] finds it unusable.
    pub fn from_bytes(bytes: &'a [u8]) -> Option<Model<'a>> {
        Model::parse(bytes).ok()
    }

    /// Reads a weights file in place, or says why it cannot.
    pub fn parse(bytes: &'a [u8]) -> Result<Model<'a>, BadModel> {
        if bytes.len() < HEADER || &bytes[..8] != MAGIC {
            return Err(BadModel::Magic);
        }
        let u = |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        let (version, bits, labels) = (u(8), u(12), u(16) as usize);
        if version != features::VERSION {
            return Err(BadModel::Version {
                found: version,
                expected: features::VERSION,
            });
        }
        if labels != LABELS.len() || bits > 24 {
            return Err(BadModel::Header);
        }
        let weights = &bytes[HEADER..];
        if weights.len() != labels << bits {
            return Err(BadModel::Size {
                found: bytes.len(),
                expected: HEADER + (labels << bits),
            });
        }
        Ok(Model {
            weights,
            mask: (1u32 << bits) - 1,
            rule_prior: u(20) as i32,
            shift: u(24) as i32,
        })
    }

    /// The score of each label for a candidate's features.
    pub fn score(&self, feats: &[u32]) -> [i32; 5] {
        let mut s = [0i32; 5];
        for &f in feats {
            let row = ((f & self.mask) as usize) * 5;
            let w = &self.weights[row..row + 5];
            for (acc, &x) in s.iter_mut().zip(w) {
                *acc += i32::from(x as i8);
            }
        }
        s
    }
}

/// Writes a weights file (the trainer's side of the layout above).
pub fn write(bits: u32, rule_prior: i32, shift: i32, weights: &[i8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER + weights.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&features::VERSION.to_le_bytes());
    out.extend_from_slice(&bits.to_le_bytes());
    out.extend_from_slice(&(LABELS.len() as u32).to_le_bytes());
    out.extend_from_slice(&rule_prior.to_le_bytes());
    out.extend_from_slice(&shift.to_le_bytes());
    out.extend(weights.iter().map(|&w| w as u8));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_says_why_a_file_is_unusable() {
        let good = write(4, 3, -2, &[1i8; 5 << 4]);
        let m = Model::parse(&good).expect("own format");
        assert_eq!((m.rule_prior, m.shift, m.mask), (3, -2, 15));
        assert_eq!(
            Model::parse(b"<!doctype html>").err(),
            Some(BadModel::Magic)
        );
        assert_eq!(Model::parse(&good[..20]).err(), Some(BadModel::Magic));
        let mut old = good.clone();
        old[8..12].copy_from_slice(&(features::VERSION - 1).to_le_bytes());
        assert_eq!(
            Model::parse(&old).err(),
            Some(BadModel::Version {
                found: features::VERSION - 1,
                expected: features::VERSION
            })
        );
        let mut labels = good.clone();
        labels[16] = 4;
        assert_eq!(Model::parse(&labels).err(), Some(BadModel::Header));
        assert_eq!(
            Model::parse(&good[..good.len() - 1]).err(),
            Some(BadModel::Size {
                found: good.len() - 1,
                expected: good.len()
            })
        );
        assert!(BadModel::Size {
            found: 1,
            expected: 2
        }
        .to_string()
        .contains("header says 2"));
    }

    #[test]
    fn this_build_has_the_model_each_language_needs() {
        assert_eq!(missing(Lang::Tr), None);
        let en = if cfg!(feature = "fetch-en-model") {
            Some(Lang::En)
        } else {
            None
        };
        // Undetermined text is scored with the English model.
        assert_eq!(missing(Lang::En), en);
        assert_eq!(missing(Lang::Und), en);
    }
}
