//! Dates, times, money and percentages, found with patterns (Turkish and English).
//!
//! Spans stop before a Turkish apostrophe suffix (`2022'de` gives `2022`).

use crate::entities::Label;
use crate::lang::Lang;
use crate::span::Span;
use regex::Regex;
use std::sync::OnceLock;

const TR_MONTHS: &str =
    "Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık";
const TR_DAYS: &str = "Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar";
const EN_MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
const EN_DAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

struct Pattern {
    /// The source: compiled on first use (most texts need a few of the patterns).
    src: String,
    re: OnceLock<Regex>,
    label: Label,
    /// Only for this language (`None`: any).
    lang: Option<Lang>,
}

impl Pattern {
    fn re(&self) -> &Regex {
        self.re
            .get_or_init(|| Regex::new(&self.src).expect("temporal pattern compiles"))
    }
}

fn patterns() -> &'static [Pattern] {
    static P: OnceLock<Vec<Pattern>> = OnceLock::new();
    P.get_or_init(|| {
        let p = |re: String, label, lang| Pattern {
            // Word boundaries are checked in `find`: with `\b` on non-ASCII text the regex
            // crate falls back to its slowest engine. Digits are ASCII (`\d` would compile
            // every script's digits into each automaton).
            src: re.replace(r"\b", "").replace(r"\d", "[0-9]"),
            re: OnceLock::new(),
            label,
            lang,
        };
        let tr = Some(Lang::Tr);
        let en = Some(Lang::En);
        vec![
            // Turkish dates.
            // `4 Kasım salı günü`, `10-21 Kasım`, `17 Mart 1996`: the weekday and `günü` belong
            // to the date; month and weekday names are dates in lower case too.
            p(format!(r"(?i)\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{TR_MONTHS})(?:\s+\d{{4}})?(?:,?\s+(?:{TR_DAYS})(?:\s+günü)?)?\b"), Label::Date, tr),
            // Month ranges: `ocak-ekim`, `Mart–Nisan 2024`.
            p(format!(r"(?i)\b(?:{TR_MONTHS})\s*[-–]\s*(?:{TR_MONTHS})(?:\s+\d{{4}})?\b"), Label::Date, tr),
            // A capitalised month with a case suffix is a date (`Eylül'de`, `Mart'tan`).
            p(format!(r"\b((?:{TR_MONTHS}))['’](?:da|de|ta|te|dan|den|tan|ten|a|e|ya|ye)\b"), Label::Date, tr),
            p(format!(r"\b(?:{TR_MONTHS})\s+\d{{4}}\b"), Label::Date, tr),
            p(format!(r"(?i)\b(?:{TR_MONTHS})\s+(?:ayında|ayı|ayından|ayına|başında|sonunda|ortasında)\b"), Label::Date, tr),
            p(format!(r"(?i)\b(?:{TR_DAYS})\s+(?:günü|akşamı|sabahı|gecesi|öğleden\s+sonra)\b"), Label::Date, tr),
            p(r"\b(?:Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi)\b".to_string(), Label::Date, tr),
            p(r"(?i)\b(?:bu|geçen|gelecek|önümüzdeki|geçtiğimiz|o)\s+(?:hafta(?:\s+sonu)?|ay|yıl|sene)\b".to_string(), Label::Date, tr),
            p(r"(?i)\b(?:(?:19|20)\d{2}\s+)?(?:yılbaşı|dün|yarın)\b".to_string(), Label::Date, tr),
            p(r"\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?:\s+yılı(?:nda|nın|na)?)?(?:\s+(?:ilkbaharında|yazında|sonbaharında|kışında|sonunda|başında))?\b".to_string(), Label::Date, tr),
            p(r"(?i)\bsaat\s+\d{1,2}[:.]\d{2}\b".to_string(), Label::Time, tr),
            p(r"(?i)\byüzde\s*\d+(?:[.,]\d+)?\b".to_string(), Label::Percent, tr),
            p(r"%\s?\d+(?:[.,]\d+)?\b".to_string(), Label::Percent, None),
            p(r"(?i)\b\d+(?:[.,]\d+)*(?:\s+(?:bin|milyon|milyar|trilyon))?\s+(?:dolar|dolarlık|avro|euro|sterlin|lira|TL|ruble|yuan|yen)\b".to_string(), Label::Money, tr),
            // English dates.
            p(format!(r"\b(?:{EN_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+\d{{4}})?\b"), Label::Date, en),
            p(format!(r"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{EN_MONTHS})(?:,?\s+\d{{4}})?\b"), Label::Date, en),
            p(format!(r"\b(?:{EN_MONTHS})\s+\d{{4}}\b"), Label::Date, en),
            p(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\s+\d{1,2}\b".to_string(), Label::Date, en),
            // `May` alone is a month only after a preposition of time (else a name or a verb).
            p(r"\b(?:in|since|until|through|by|early|late|last|next|and|or)\s+(May|March)\b".to_string(), Label::Date, en),
            p(r"\b(?:January|February|April|June|July|August|September|October|November|December)\b".to_string(), Label::Date, en),
            p(format!(r"(?i)\b(?:last|next|this|earlier\s+this|later\s+this)\s+(?:week(?:end)?|month|year|{EN_DAYS})\b"), Label::Date, en),
            p(format!(r"\b(?:{EN_DAYS})\b"), Label::Date, en),
            p(r"(?i)\b(?:yesterday|today|tomorrow)\b".to_string(), Label::Date, en),
            p(r"(?i)\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)".to_string(), Label::Time, en),
            p(r"(?:US\$|\$|€|£|₺)\s?\d+(?:[.,]\d+)*(?:\s?(?:bn|m|k|million|billion|trillion)\b)?".to_string(), Label::Money, None),
            p(r"(?i)\b\d+(?:[.,]\d+)*(?:\s+(?:million|billion|trillion))?\s+(?:dollars?|euros?|pounds?|rubles?|yuan|yen)\b".to_string(), Label::Money, en),
            p(r"(?i)\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b)".to_string(), Label::Percent, en),
            // Decades: `1980s`, `the '90s`.
            p(r"\b(?:(?:19|20)\d0s|['’]\d0s)\b".to_string(), Label::Date, en),
            // Years and year ranges standing alone (`2022-2025`, `1998`, `mid-2010`); an
            // amount (`$2019`, `2019 votes`) is not a year.
            p(r"\b(?:19|20)\d{2}(?:\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2}))?\b".to_string(), Label::Date, en),
            // Numeric dates, any language.
            p(r"\b\d{1,2}[./]\d{1,2}[./](?:19|20)?\d{2}\b".to_string(), Label::Date, None),
        ]
    })
}

/// The patterns for one language (its own and the language-blind ones) as one set, to learn
/// in one pass which of them match a block; with each set member's index in [`patterns`].
fn pattern_set(lang: Lang) -> &'static (regex::RegexSet, Vec<usize>) {
    static SETS: [OnceLock<(regex::RegexSet, Vec<usize>)>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match lang {
        Lang::Tr => 0,
        Lang::En => 1,
        Lang::Und => 2,
    };
    SETS[slot].get_or_init(|| {
        let members: Vec<usize> = patterns()
            .iter()
            .enumerate()
            .filter(|(_, p)| p.lang.is_none_or(|l| l == lang))
            .map(|(i, _)| i)
            .collect();
        let set = regex::RegexSet::new(members.iter().map(|&i| patterns()[i].src.as_str()))
            .expect("temporal pattern set compiles");
        (set, members)
    })
}

/// Finds dates, times, money and percentages in `text[span]`, non-overlapping, longest first.
pub fn find(text: &str, span: Span, lang: Lang) -> Vec<(Span, Label)> {
    let hay = &text[span];
    let mut found: Vec<(Span, Label)> = Vec::new();
    // One pass of all patterns together tells which can match here; only those run alone.
    let (set, members) = pattern_set(lang);
    for k in set.matches(hay).iter() {
        let p = &patterns()[members[k]];
        for caps in p.re().captures_iter(hay) {
            let Some(whole) = caps.get(0) else { continue };
            let whole = Span::new(span.start + whole.start(), span.start + whole.end());
            if !crate::span::word_bounded(text, whole) {
                continue;
            }
            // A pattern with a group marks only the group (`in 2019` gives `2019`).
            let m = caps.get(1).or_else(|| caps.get(0));
            if let Some(m) = m {
                let s = Span::new(span.start + m.start(), span.start + m.end());
                // Not part of a longer number (`12019`, `2019.5`).
                let before = text[..s.start].chars().next_back();
                let after = text[s.end..].chars().next();
                if before.is_some_and(|c| c.is_ascii_digit())
                    || after.is_some_and(|c| c.is_ascii_digit())
                {
                    continue;
                }
                found.push((s, p.label));
            }
        }
    }
    found.sort_by_key(|(s, _)| crate::span::order_key(*s));
    let mut out: Vec<(Span, Label)> = Vec::new();
    for (s, l) in found {
        if out.last().is_some_and(|(p, _)| p.overlaps(s)) {
            continue;
        }
        out.push((s, l));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str, lang: Lang) -> Vec<(&str, Label)> {
        find(text, Span::new(0, text.len()), lang)
            .into_iter()
            .map(|(s, l)| (&text[s], l))
            .collect()
    }

    #[test]
    fn turkish_dates_money_percent() {
        assert_eq!(
            labels("25-27 Mart tarihlerinde, Perşembe günü ve 2022'de yüzde 2,5 arttı; 5 milyon dolar ödendi. Şubat ayında bu hafta saat 14.30", Lang::Tr),
            vec![
                ("25-27 Mart", Label::Date),
                ("Perşembe günü", Label::Date),
                ("2022", Label::Date),
                ("yüzde 2,5", Label::Percent),
                ("5 milyon dolar", Label::Money),
                ("Şubat ayında", Label::Date),
                ("bu hafta", Label::Date),
                ("saat 14.30", Label::Time),
            ]
        );
    }

    #[test]
    fn english_dates_money_percent() {
        assert_eq!(
            labels("On March 14, 2024 the bank lost $2.3bn, or 6.5%, since 2019 and last Thursday at 10 a.m.", Lang::En),
            vec![
                ("March 14, 2024", Label::Date),
                ("$2.3bn", Label::Money),
                ("6.5%", Label::Percent),
                ("2019", Label::Date),
                ("last Thursday", Label::Date),
                ("10 a.m.", Label::Time),
            ]
        );
    }

    #[test]
    fn turkish_date_spans_take_weekday_and_ranges() {
        assert_eq!(
            labels("Kurul 4 Kasım salı günü toplandı; ocak-ekim döneminde ihracat arttı, Eylül'de ise düştü. Nisan'ın şiiri.", Lang::Tr),
            vec![
                ("4 Kasım salı günü", Label::Date),
                ("ocak-ekim", Label::Date),
                ("Eylül", Label::Date),
            ]
        );
    }

    #[test]
    fn english_years_decades_and_ranges_stand_alone() {
        assert_eq!(
            labels("From 2015 to 2019 he led the firm, founded in the 1980s; the 2022-2025 plan and mid-2010 cuts cost $2019 and 12019 jobs.", Lang::En),
            vec![
                ("2015", Label::Date),
                ("2019", Label::Date),
                ("1980s", Label::Date),
                ("2022-2025", Label::Date),
                ("2010", Label::Date),
                ("$2019", Label::Money),
            ]
        );
    }
}
