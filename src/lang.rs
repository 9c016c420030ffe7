//! Language identification: Turkish, English or undetermined.
//!
//! Counts frequent function words of each language and the letters only Turkish uses. News
//! text is long enough that this is reliable past a sentence; shorter input may be `und`.

use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// A language the pipeline knows, or `Und` for anything else.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Turkish.
    Tr,
    /// English.
    En,
    /// Undetermined: only the language-independent stages run.
    #[default]
    Und,
}

impl Lang {
    /// The BCP 47 code used in the JSON contract.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Tr => "tr",
            Lang::En => "en",
            Lang::Und => "und",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Lang, crate::Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "tr" | "tur" | "turkish" => Ok(Lang::Tr),
            "en" | "eng" | "english" => Ok(Lang::En),
            "und" => Ok(Lang::Und),
            _ => Err(crate::Error::UnknownLanguage(s.to_string())),
        }
    }
}

const TR_WORDS: &[&str] = &[
    "ve",
    "bir",
    "bu",
    "da",
    "de",
    "için",
    "ile",
    "olarak",
    "olan",
    "daha",
    "çok",
    "gibi",
    "en",
    "ancak",
    "ise",
    "ki",
    "sonra",
    "kadar",
    "göre",
    "değil",
    "her",
    "yılında",
    "tarafından",
    "üzere",
    "veya",
    "şu",
    "o",
    "mi",
    "ne",
    "hem",
    "açıklamada",
    "dedi",
    "söyledi",
];
const EN_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by",
    "said", "it", "at", "from", "he", "she", "has", "have", "be", "are", "were", "this", "an",
    "will", "not", "his", "her", "their", "which",
];

/// Guesses the language of `text`.
pub fn detect(text: &str) -> Lang {
    let mut tr = 0usize;
    let mut en = 0usize;
    let mut words = 0usize;
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(5000)
    {
        words += 1;
        let lw = crate::fold::key(w);
        if TR_WORDS.contains(&lw.as_str()) {
            tr += 2;
        }
        if EN_WORDS.contains(&lw.as_str()) {
            en += 2;
        }
        if w.chars()
            .any(|c| matches!(c, 'ş' | 'Ş' | 'ğ' | 'Ğ' | 'ı' | 'İ'))
        {
            tr += 1;
        }
    }
    // Need some evidence, and a clear winner.
    let min = if words < 8 { 2 } else { 3.max(words / 25) };
    if tr >= min && tr > en * 2 {
        Lang::Tr
    } else if en >= min && en > tr * 2 {
        Lang::En
    } else {
        Lang::Und
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_turkish_english_and_neither() {
        assert_eq!(
            detect("Bakan, İstanbul'da yaptığı açıklamada yeni bir adım atılacağını söyledi."),
            Lang::Tr
        );
        assert_eq!(
            detect("The minister said on Monday that the government would act."),
            Lang::En
        );
        assert_eq!(
            detect("Der Minister sagte am Montag, die Regierung werde handeln."),
            Lang::Und
        );
        assert_eq!(detect(""), Lang::Und);
    }

    #[test]
    fn parses_codes() {
        assert_eq!("TR".parse::<Lang>().ok(), Some(Lang::Tr));
        assert!("xx".parse::<Lang>().is_err());
    }
}
