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
        }
    }
}

impl std::error::Error for Error {}
