//! Named entities: people, organisations, places, MISC names, dates, times, money, percentages.
//!
//! The baseline is rule-based: capitalised token runs are cut at titles and organisation head
//! words, looked up in the compiled-in lists, and labelled from the lists, the heads, the
//! titles and Turkish case suffixes. A document-level pass then makes mentions agree (`Putin`
//! after `Vladimir Putin` is a person) and drops sentence-initial words that nothing supports.

use crate::lang::Lang;
use crate::span::Span;
use crate::tokenize::Token;
use serde::Serialize;

/// An entity type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Label {
    /// A person.
    #[serde(rename = "PER")]
    Per,
    /// An organisation.
    #[serde(rename = "ORG")]
    Org,
    /// A place.
    #[serde(rename = "LOC")]
    Loc,
    /// Nationalities, events, products and other names.
    #[serde(rename = "MISC")]
    Misc,
    /// A date or period.
    #[serde(rename = "DATE")]
    Date,
    /// A time of day.
    #[serde(rename = "TIME")]
    Time,
    /// An amount of money.
    #[serde(rename = "MONEY")]
    Money,
    /// A percentage.
    #[serde(rename = "PERCENT")]
    Percent,
}

impl Label {
    /// The label's name in the JSON contract.
    pub fn name(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
        }
    }

    /// True for the name labels that take part in clustering and speaker finding.
    pub fn is_name(self) -> bool {
        matches!(self, Label::Per | Label::Org | Label::Loc | Label::Misc)
    }
}

/// One entity mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Byte span of the mention, without any apostrophe suffix.
    pub span: Span,
    /// Its type.
    pub label: Label,
    /// The cluster (see [`crate::clusters`]) it belongs to.
    pub cluster: usize,
}

/// How sure the block-level pass is of a candidate's label.

mod agreement;
mod rules;

/// Finds entities in the tokens of each content block. `blocks` pairs each block's byte span
/// with its tokens; the result is sorted by start, longer first.
pub fn recognise(text: &str, lang: Lang, blocks: &[(Span, &[Token])]) -> Vec<Entity> {
    let stats = rules::DocStats::new(text, blocks);
    let cands = rules::find(text, lang, blocks, &stats);
    agreement::resolve(text, cands)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn ents(text: &str, lang: Lang) -> Vec<(String, &'static str)> {
        let span = Span::new(0, text.len());
        let toks = tokenize(text, span, 0);
        recognise(text, lang, &[(span, &toks[..])])
            .into_iter()
            .map(|e| (text[e.span].to_string(), e.label.name()))
            .collect()
    }

    fn has(list: &[(String, &str)], name: &str, label: &str) -> bool {
        list.iter().any(|(n, l)| n == name && *l == label)
    }

    #[test]
    fn turkish_suffixes_stay_outside_and_titles_cue_persons() {
        let e = ents(
            "Dışişleri Bakanı Ayşe Demirtaş, İstanbul'da Almanya'nın büyükelçisiyle görüştü. Demirtaş'ın açıklaması dikkat çekti.",
            Lang::Tr,
        );
        assert!(has(&e, "Ayşe Demirtaş", "PER"), "{e:?}");
        assert!(has(&e, "İstanbul", "LOC"), "{e:?}");
        assert!(has(&e, "Almanya", "LOC"), "{e:?}");
        assert!(has(&e, "Demirtaş", "PER"), "{e:?}");
        assert!(!e.iter().any(|(n, _)| n.contains("Bakanı")), "{e:?}");
    }

    #[test]
    fn organisation_heads_and_acronyms() {
        let e = ents(
            "Ulusal Enerji Ajansı (UEA) açıklamayı dün yaptı. Açıklamayı Halkın Birliği Partisi de destekledi; NATO da katıldı.",
            Lang::Tr,
        );
        assert!(has(&e, "Ulusal Enerji Ajansı", "ORG"), "{e:?}");
        assert!(has(&e, "UEA", "ORG"), "{e:?}");
        assert!(has(&e, "Halkın Birliği Partisi", "ORG"), "{e:?}");
        assert!(has(&e, "NATO", "ORG"), "{e:?}");
    }

    #[test]
    fn hyphenated_places_split_and_coded_names_are_misc() {
        let e = ents(
            "Türkiye-Yunanistan hattında COVID-19 vakaları arttı.",
            Lang::Tr,
        );
        assert!(has(&e, "Türkiye", "LOC"), "{e:?}");
        assert!(has(&e, "Yunanistan", "LOC"), "{e:?}");
        assert!(has(&e, "COVID-19", "MISC"), "{e:?}");
    }

    #[test]
    fn english_title_and_sentence_initial_words() {
        let e = ents(
            "The company said President Maria Lopez met German officials in Berlin. Lopez later left.",
            Lang::En,
        );
        assert!(has(&e, "Maria Lopez", "PER"), "{e:?}");
        assert!(has(&e, "German", "MISC"), "{e:?}");
        assert!(has(&e, "Berlin", "LOC"), "{e:?}");
        assert!(has(&e, "Lopez", "PER"), "{e:?}");
        assert!(!e.iter().any(|(n, _)| n == "The"), "{e:?}");
    }

    /// Table of short real-style sentences: (text, language, expected (mention, label)s,
    /// mentions that must not be marked).
    #[test]
    fn table_of_rules() {
        type Case<'a> = (&'a str, Lang, &'a [(&'a str, &'a str)], &'a [&'a str]);
        let cases: &[Case] = &[
            (
                "Toplantıya Mesut Bey de katıldı.",
                Lang::Tr,
                &[("Mesut", "PER")],
                &["Mesut Bey"],
            ),
            (
                "Takım yarın Adanaspor ile karşılaşacak.",
                Lang::Tr,
                &[("Adanaspor", "ORG")],
                &[],
            ),
            (
                "Resimler yarından itibaren Maltepe Sanat Galerisi'nde sergilenecek.",
                Lang::Tr,
                &[("Maltepe Sanat Galerisi", "ORG")],
                &[],
            ),
            (
                "Yolcular Atatürk Bulvarı'nda beklendi.",
                Lang::Tr,
                &[("Atatürk Bulvarı", "LOC")],
                &[],
            ),
            (
                "Türkiye Cumhuriyeti'nin temelleri atıldı.",
                Lang::Tr,
                &[("Türkiye Cumhuriyeti", "LOC")],
                &[],
            ),
            (
                "Hareketin adı \"Temiz Eller\" oldu.",
                Lang::Tr,
                &[("Temiz Eller", "MISC")],
                &[],
            ),
            (
                "Kitap Türk İnkılap Tarihi dersinde okutuluyor.",
                Lang::Tr,
                &[("İnkılap Tarihi", "MISC")],
                &[],
            ),
            (
                "Ankara'da Türklerin sayısı arttı.",
                Lang::Tr,
                &[("Türklerin", "MISC")],
                &[],
            ),
            (
                "CHP Lideri Deniz Baykal konuştu.",
                Lang::Tr,
                &[("Deniz Baykal", "PER"), ("CHP", "ORG")],
                &["Lideri Deniz Baykal"],
            ),
            ("Bakan: Sorunlar çözülecek.", Lang::Tr, &[], &["Sorunlar"]),
            (
                "The Koreans dominated, said Derek Cunha of the Institute of Policy Studies.",
                Lang::En,
                &[
                    ("Koreans", "MISC"),
                    ("Derek Cunha", "PER"),
                    ("Institute of Policy Studies", "ORG"),
                ],
                &[],
            ),
            (
                "A Cambodian boy met Kenyan officials before the Asian Cup group C match.",
                Lang::En,
                &[
                    ("Cambodian", "MISC"),
                    ("Kenyan", "MISC"),
                    ("Asian Cup", "MISC"),
                ],
                &["C"],
            ),
            (
                "Leyton Orient 1 Stevenage 2",
                Lang::En,
                &[("Leyton Orient", "ORG"), ("Stevenage", "ORG")],
                &[],
            ),
            (
                "LONDON 1996-12-06 Ships docked in Lisbon, said Bristol City officials.",
                Lang::En,
                &[
                    ("LONDON", "LOC"),
                    ("Lisbon", "LOC"),
                    ("Bristol City", "ORG"),
                ],
                &[],
            ),
            (
                "İzmirli işadamları toplandı.",
                Lang::Tr,
                &[("İzmirli", "MISC")],
                &[],
            ),
            (
                "Traffic stopped on Hudson River bridges.",
                Lang::En,
                &[("Hudson River", "LOC")],
                &[],
            ),
        ];
        for (text, lang, want, not) in cases {
            let got = ents(text, *lang);
            for (name, label) in *want {
                assert!(
                    has(&got, name, label),
                    "{text}: want {label} {name}, got {got:?}"
                );
            }
            for name in *not {
                assert!(
                    !got.iter().any(|(n, _)| n == name),
                    "{text}: {name} marked, got {got:?}"
                );
            }
        }
    }
}
