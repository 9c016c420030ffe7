//! The learned scorer: a linear model over hashed features, one weights file per language,
//! compiled in with `include_bytes!` and read in place (no parsing at start-up).
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
static EN: &[u8] = include_bytes!("../../data/model/ner_en.bin");

impl<'a> Model<'a> {
    /// The compiled-in model for `lang`; `None` when its file is missing or was trained with
    /// other features (then the rules alone decide).
    pub fn for_lang(lang: Lang) -> Option<Model<'static>> {
        match lang {
            Lang::Tr => Model::from_bytes(TR),
            _ => Model::from_bytes(EN),
        }
    }

    /// Reads a weights file in place.
    pub fn from_bytes(bytes: &'a [u8]) -> Option<Model<'a>> {
        if bytes.len() < HEADER || &bytes[..8] != MAGIC {
            return None;
        }
        let u = |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        let (version, bits, labels) = (u(8), u(12), u(16) as usize);
        if version != features::VERSION || labels != LABELS.len() || bits > 24 {
            return None;
        }
        let weights = &bytes[HEADER..];
        if weights.len() != labels << bits {
            return None;
        }
        Some(Model {
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
