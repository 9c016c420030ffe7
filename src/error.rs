//! The one error type of the library.

use std::fmt;

/// Why a text could not be annotated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// The text is longer than [`crate::MAX_INPUT_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The limit in bytes.
        max: usize,
    },
    /// A language code that is not `tr`, `en` or `und`.
    UnknownLanguage(String),
    /// An offset unit that is not `utf16`, `codepoint` or `byte`.
    UnknownOffsetUnit(String),
    /// The text needs a model that this build fetches and that was not loaded yet (feature
    /// `fetch-en-model`, the page's build: `entities::model::load`).
    ModelNotLoaded(crate::Lang),
    /// A fetched weights file that cannot be loaded (feature `fetch-en-model`).
    BadModel {
        /// The language it was given for.
        lang: crate::Lang,
        /// What is wrong with it.
        problem: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TooLarge { bytes, max } => write!(
                f,
                "text is too large: {bytes} bytes, the limit is {max} bytes; split it into articles"
            ),
            Error::UnknownLanguage(s) => {
                write!(
                    f,
                    "unknown language {s:?}: use \"tr\", \"en\" or \"und\" (or omit it to detect)"
                )
            }
            Error::UnknownOffsetUnit(s) => {
                write!(
                    f,
                    "unknown offset unit {s:?}: use \"utf16\", \"codepoint\" or \"byte\""
                )
            }
            Error::ModelNotLoaded(lang) => {
                let (name, code) = match lang {
                    crate::Lang::Tr => ("Turkish", "tr"),
                    _ => ("English", "en"),
                };
                write!(
                    f,
                    "{name} model not loaded: call loadModel(\"{code}\", bytes) with ner_{code}.bin"
                )
            }
            Error::BadModel { lang, problem } => {
                write!(f, "bad model file for \"{lang}\": {problem}")
            }
        }
    }
}

impl std::error::Error for Error {}
