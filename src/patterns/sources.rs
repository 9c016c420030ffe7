//! The texts of the crate's fixed patterns (dates, times, amounts; page-chrome, source, byline
//! and dateline lines). `build.rs` includes this file to compile each pattern into a DFA at
//! build time (`regex-automata`), so the program parses and compiles no pattern at run time;
//! [`super`] searches with those DFAs. Nothing here may use the crate's other modules.

const TR_MONTHS: &str =
    "Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık";
const TR_DAYS: &str = "Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar";
const EN_MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
const EN_DAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/// What a temporal pattern finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A date.
    Date,
    /// A time of day.
    Time,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
}

/// Which language's text a pattern applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Only {
    /// Turkish.
    Tr,
    /// English.
    En,
    /// Any.
    Any,
}

/// Which part of a match is the entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// All of it.
    Whole,
    /// What comes before the first apostrophe (`Eylül'de` gives `Eylül`).
    BeforeApostrophe,
    /// The last word (`in May` gives `May`).
    LastWord,
}

/// One temporal pattern. The texts below write `\b` where a match must start or end at a word
/// boundary: it is taken out before compiling (DFAs cannot look at Unicode word boundaries)
/// and the caller checks the boundaries of each match; `\d` is compiled as ASCII `[0-9]`.
pub struct Temporal {
    /// The pattern, searched anchored at each position (leftmost-first, like `regex`).
    pub src: String,
    /// What it finds.
    pub kind: Kind,
    /// Its language.
    pub only: Only,
    /// The part of a match that is the entity.
    pub part: Part,
}

/// The temporal patterns, in their order of priority at equal spans.
pub fn temporal() -> Vec<Temporal> {
    let with = |src: String, kind, only, part| Temporal {
        src: src.replace(r"\b", "").replace(r"\d", "[0-9]"),
        kind,
        only,
        part,
    };
    let p = |src: String, kind, only| with(src, kind, only, Part::Whole);
    vec![
        // Turkish dates.
        // `4 Kasım salı günü`, `10-21 Kasım`, `17 Mart 1996`: the weekday and `günü` belong
        // to the date; month and weekday names are dates in lower case too.
        p(format!(r"(?i)\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{TR_MONTHS})(?:\s+\d{{4}})?(?:,?\s+(?:{TR_DAYS})(?:\s+günü)?)?\b"), Kind::Date, Only::Tr),
        // Month ranges: `ocak-ekim`, `Mart–Nisan 2024`.
        p(format!(r"(?i)\b(?:{TR_MONTHS})\s*[-–]\s*(?:{TR_MONTHS})(?:\s+\d{{4}})?\b"), Kind::Date, Only::Tr),
        // A capitalised month with a case suffix is a date (`Eylül'de`, `Mart'tan`).
        with(format!(r"\b(?:{TR_MONTHS})['’](?:da|de|ta|te|dan|den|tan|ten|a|e|ya|ye)\b"), Kind::Date, Only::Tr, Part::BeforeApostrophe),
        p(format!(r"\b(?:{TR_MONTHS})\s+\d{{4}}\b"), Kind::Date, Only::Tr),
        p(format!(r"(?i)\b(?:{TR_MONTHS})\s+(?:ayında|ayı|ayından|ayına|başında|sonunda|ortasında)\b"), Kind::Date, Only::Tr),
        p(format!(r"(?i)\b(?:{TR_DAYS})\s+(?:günü|akşamı|sabahı|gecesi|öğleden\s+sonra)\b"), Kind::Date, Only::Tr),
        p(r"\b(?:Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi)\b".to_string(), Kind::Date, Only::Tr),
        p(r"(?i)\b(?:bu|geçen|gelecek|önümüzdeki|geçtiğimiz|o)\s+(?:hafta(?:\s+sonu)?|ay|yıl|sene)\b".to_string(), Kind::Date, Only::Tr),
        p(r"(?i)\b(?:(?:19|20)\d{2}\s+)?(?:yılbaşı|dün|yarın)\b".to_string(), Kind::Date, Only::Tr),
        p(r"\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?:\s+yılı(?:nda|nın|na)?)?(?:\s+(?:ilkbaharında|yazında|sonbaharında|kışında|sonunda|başında))?\b".to_string(), Kind::Date, Only::Tr),
        p(r"(?i)\bsaat\s+\d{1,2}[:.]\d{2}\b".to_string(), Kind::Time, Only::Tr),
        p(r"(?i)\byüzde\s*\d+(?:[.,]\d+)?\b".to_string(), Kind::Percent, Only::Tr),
        p(r"%\s?\d+(?:[.,]\d+)?\b".to_string(), Kind::Percent, Only::Any),
        p(r"(?i)\b\d+(?:[.,]\d+)*(?:\s+(?:bin|milyon|milyar|trilyon))?\s+(?:dolar|dolarlık|avro|euro|sterlin|lira|TL|ruble|yuan|yen)\b".to_string(), Kind::Money, Only::Tr),
        // English dates.
        p(format!(r"\b(?:{EN_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+\d{{4}})?\b"), Kind::Date, Only::En),
        p(format!(r"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{EN_MONTHS})(?:,?\s+\d{{4}})?\b"), Kind::Date, Only::En),
        p(format!(r"\b(?:{EN_MONTHS})\s+\d{{4}}\b"), Kind::Date, Only::En),
        p(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\s+\d{1,2}\b".to_string(), Kind::Date, Only::En),
        // `May` alone is a month only after a preposition of time (else a name or a verb).
        with(r"\b(?:in|since|until|through|by|early|late|last|next|and|or)\s+(?:May|March)\b".to_string(), Kind::Date, Only::En, Part::LastWord),
        p(r"\b(?:January|February|April|June|July|August|September|October|November|December)\b".to_string(), Kind::Date, Only::En),
        p(format!(r"(?i)\b(?:last|next|this|earlier\s+this|later\s+this)\s+(?:week(?:end)?|month|year|{EN_DAYS})\b"), Kind::Date, Only::En),
        p(format!(r"\b(?:{EN_DAYS})\b"), Kind::Date, Only::En),
        p(r"(?i)\b(?:yesterday|today|tomorrow)\b".to_string(), Kind::Date, Only::En),
        p(r"(?i)\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)".to_string(), Kind::Time, Only::En),
        p(r"(?:US\$|\$|€|£|₺)\s?\d+(?:[.,]\d+)*(?:\s?(?:bn|m|k|million|billion|trillion)\b)?".to_string(), Kind::Money, Only::Any),
        p(r"(?i)\b\d+(?:[.,]\d+)*(?:\s+(?:million|billion|trillion))?\s+(?:dollars?|euros?|pounds?|rubles?|yuan|yen)\b".to_string(), Kind::Money, Only::En),
        p(r"(?i)\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b)".to_string(), Kind::Percent, Only::En),
        // Decades: `1980s`, `the '90s`.
        p(r"\b(?:(?:19|20)\d0s|['’]\d0s)\b".to_string(), Kind::Date, Only::En),
        // Years and year ranges standing alone (`2022-2025`, `1998`, `mid-2010`); an
        // amount (`$2019`, `2019 votes`) is not a year.
        p(r"\b(?:19|20)\d{2}(?:\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2}))?\b".to_string(), Kind::Date, Only::En),
        // Numeric dates, any language.
        p(r"\b\d{1,2}[./]\d{1,2}[./](?:19|20)?\d{2}\b".to_string(), Kind::Date, Only::Any),
    ]
}

/// Page-chrome lines. Every line pattern is anchored at the line's start (`^`).
///
/// Patterns name letters as Latin ranges (`a-zA-Z\u{C0}-\u{24F}`: Turkish and Western
/// European letters) rather than `\p{L}`, so the wasm carries no Unicode category tables.
pub const CHROME: [&str; 10] = [
    // Patterns see the line folded by `fold::key`: lowercase, every Turkish i as `i`.
    // Image and media file names left by copying a page.
    r"^\S+\.(gif|jpe?g|png|webp|svg|bmp|avif|tiff?|mp4)$",
    // Tag and keyword lists.
    r"^(etiketler|etiket|tags?|anahtar kelimeler|keywords|topics|konular|ilgili konular)\s*:",
    // Comment widgets and their policy notices.
    r"^(habere yorum kat|yorum yaz|yorum yap|yorumlar|yorumlari (göster|gör)|yorum(lar)?i? ?\(\d+\)|\d+ yorum|comments?|\d+ comments?|leave a (comment|reply)|add a comment|show comments|join the conversation)\s*:?$",
    r"^(uyari|not|warning|note)\s*:.*(yorum|comment)",
    // Sharing, following and subscribing.
    r"^((paylaş|share|tweet|facebook|twitter|x|whatsapp|telegram|linkedin|e-?posta|e-?mail|email|print|yazdir|kopyala|copy link|pinterest|reddit|flipboard)[\s|•·,/-]*){1,10}$",
    r"^(abone ol|subscribe|sign up|bültenimize|bültene abone|newsletter|follow us|bizi takip edin|takip et|google news'?te takip|uygulamamizi indirin|download our app)([^a-zA-Z\u{C0}-\u{24F}0-9].{0,120})?$",
    // Ads, related links, rights.
    r"^(reklam|advertisement|sponsored|sponsorlu|ilgili haberler|related( articles| news| stories)?|also read|read more|more from|devamini oku|haberin devami|daha fazla|öne çikanlar|en çok okunanlar|most read|click here|buraya tiklayin)([^a-zA-Z\u{C0}-\u{24F}0-9].{0,80})?$",
    r"^(.*(tüm haklari saklidir|all rights reserved)|©|copyright([^a-zA-Z\u{C0}-\u{24F}0-9]|$))",
    r"^(fotoğraf|foto|photo|image|görsel|kapak görseli)\s*:.{0,80}$",
    r"^(önceki haber|sonraki haber|previous article|next article|sayfa başi|back to top|ana sayfa|home)\s*$",
];

/// A credit line.
pub const SOURCE: &str =
    r"(?i)^(kaynak|kaynaklar|kaynakça|haber kaynağı|source|sources|credit|kaynak ajans)\s*:";

/// An author line.
pub const BYLINE: &str = r"(?i)^\(?\s*((by|von|par|por)\s+[a-zA-Z\u{C0}-\u{24F}]|(yazan|yazar|muhabir|editör|editor|haber|hazırlayan)\s*:|(additional )?(reporting|writing|editing) by([^a-zA-Z\u{C0}-\u{24F}0-9]|$)|haber merkezi([^a-zA-Z\u{C0}-\u{24F}0-9]|$))";

/// A line giving only a date or time.
pub const DATELINE: &str = r"(?ix)^
            (?:(?:son\s+)?(?:güncelleme|güncellenme|yayınlanma|yayın(?:\s+tarihi)?|oluşturulma|published|updated|posted|last\s+updated|date|tarih)(?:[^a-zA-Z\u{C0}-\u{24F}0-9][^:0-9]{0,19})?:?\s*)?
            (?:[a-zA-Z\u{C0}-\u{24F}]+,?\s+)?
            (?:[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4}|[0-9]{1,2}\s+[a-zA-Z\u{C0}-\u{24F}]{3,}\.?\s+[0-9]{4}|[a-zA-Z\u{C0}-\u{24F}]{3,}\.?\s+[0-9]{1,2},?\s+[0-9]{4})
            (?:[,\s-]+(?:[a-zA-Z\u{C0}-\u{24F}]+\s+)?[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?(?:\s*(?:[ap]\.?m\.?|[a-zA-Z\u{C0}-\u{24F}]{2,4}|GMT[+-]?[0-9]*|UTC[+-]?[0-9]*))?)?
            \s*$";
