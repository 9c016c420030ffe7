//! Tokens and sentences with byte spans.
//!
//! Turkish case suffixes after an apostrophe (`Kore'nin`, `Pyongyang’ı`) are split off the
//! stem and kept beside it, so entity spans can end at the stem. Abbreviations written with
//! dots (`A.Ş.`, `U.S.`) stay one token.

use crate::span::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Starts with a letter.
    Word,
    /// Starts with a digit.
    Number,
    /// Any other single character.
    Punct,
}

/// One token of a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// The token without any apostrophe suffix.
    pub span: Span,
    /// Length in bytes of the apostrophe and suffix after the stem (`'nin`); 0 for none.
    /// (A length, not a span: tokens are many, and this keeps each at 32 bytes.)
    pub suffix_len: u16,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// Whitespace precedes the token.
    pub space_before: bool,
    /// First word of a sentence, or first word inside an opening quote: its capital says nothing.
    pub sent_start: bool,
    /// Index of the sentence the token belongs to, counted across the whole text.
    pub sentence: usize,
}

impl Token {
    /// The token's stem text.
    pub fn text(self, text: &str) -> &str {
        &text[self.span]
    }

    /// The apostrophe and suffix after the stem (`'nin`), if any.
    pub fn suffix(self) -> Option<Span> {
        (self.suffix_len > 0)
            .then(|| Span::new(self.span.end, self.span.end + usize::from(self.suffix_len)))
    }

    /// The suffix text after the apostrophe (`nin` for `'nin`), or "".
    pub fn suffix_text(self, text: &str) -> &str {
        self.suffix().map_or("", |s| {
            let t = &text[s];
            let apos = t.chars().next().map_or(0, char::len_utf8);
            &t[apos..]
        })
    }

    /// The end of the token including its suffix.
    pub fn full_end(self) -> usize {
        self.span.end + usize::from(self.suffix_len)
    }
}

/// Letters, digits, combining marks (NFD text: `s` + cedilla), and the invisible characters
/// that sit inside words (soft hyphen, zero-width joiner and non-joiner).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || ('\u{300}'..='\u{36f}').contains(&c)
        || matches!(c, '\u{ad}' | '\u{200c}' | '\u{200d}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`')
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "cmdr", "adm", "maj", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "doç",
    "yrd", "av", "vb", "vs", "bkz", "sn", "hz", "alb", "org", "tğm", "kur", "ar", "gör", "op",
    "uzm", "rev", "fr", "hon", "messrs",
];

fn is_abbreviation(word: &str) -> bool {
    let w = crate::fold::key(word);
    ABBREVIATIONS.contains(&w.as_str())
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || word.contains('.')
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '“' | '«' | '„' | '‘')
}

/// Tokenises `text[span]`; sentence numbers start at `first_sentence`.
pub fn tokenize(text: &str, span: Span, first_sentence: usize) -> Vec<Token> {
    let s = &text[span];
    // About one token per five bytes of news text: sized once, not grown by doubling.
    let mut tokens: Vec<Token> = Vec::with_capacity(s.len() / 5 + 1);
    let bytes = s.as_bytes();
    let mut chars = s.char_indices().peekable();
    let mut space_before = true;
    let char_at = |i: usize| s.get(i..).and_then(|r| r.chars().next());
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            space_before = true;
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        let mut suffix_len = 0u16;
        let kind = if c.is_numeric() {
            // Digits with inner separators: 1.5, 10,000, 14:30.
            while let Some(&(j, d)) = chars.peek() {
                if d.is_numeric() {
                    end = j + d.len_utf8();
                    chars.next();
                } else if matches!(d, '.' | ',' | ':')
                    && char_at(j + 1).is_some_and(|n| n.is_ascii_digit())
                {
                    chars.next();
                } else {
                    break;
                }
            }
            TokenKind::Number
        } else if is_word_char(c) {
            while let Some(&(j, d)) = chars.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    chars.next();
                } else if d == '.'
                    && end - start <= 2
                    && s[start..end].chars().count() == 1
                    && char_at(j + 1).is_some_and(char::is_alphabetic)
                    && char_at(j + 1 + char_at(j + 1).map_or(1, char::len_utf8)) == Some('.')
                {
                    // Dotted abbreviation: A.Ş., U.S., U.S.A.
                    let mut k = j;
                    while char_at(k) == Some('.') && char_at(k + 1).is_some_and(char::is_alphabetic)
                    {
                        let l = char_at(k + 1).map_or(1, char::len_utf8);
                        if char_at(k + 1 + l) != Some('.') {
                            break;
                        }
                        k += 1 + l;
                    }
                    end = k + 1; // include the final dot
                    while chars.peek().is_some_and(|&(p, _)| p < end) {
                        chars.next();
                    }
                    break;
                } else if is_apostrophe(d)
                    && char_at(j + d.len_utf8()).is_some_and(char::is_lowercase)
                {
                    // Apostrophe + lowercase letters: a case suffix (Kore'nin) or clitic ('s).
                    chars.next();
                    let mut suf_end = j + d.len_utf8();
                    while let Some(&(k, e)) = chars.peek() {
                        if is_word_char(e) {
                            suf_end = k + e.len_utf8();
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    // A suffix longer than u16 is no Turkish case ending: leave it a word.
                    match u16::try_from(suf_end - j) {
                        Ok(n) => suffix_len = n,
                        Err(_) => end = suf_end,
                    }
                    break;
                } else if is_apostrophe(d)
                    && char_at(j + d.len_utf8()).is_some_and(char::is_uppercase)
                    && end - start <= 2
                {
                    // O'Brien, D'Alema: one name.
                    chars.next();
                } else {
                    break;
                }
            }
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        let _ = bytes;
        tokens.push(Token {
            span: Span::new(span.start + start, span.start + end),
            suffix_len,
            kind,
            space_before,
            sent_start: false,
            sentence: 0,
        });
        space_before = false;
    }
    mark_sentences(text, &mut tokens, first_sentence);
    tokens
}

fn mark_sentences(text: &str, tokens: &mut [Token], first_sentence: usize) {
    let mut sentence = first_sentence;
    let mut at_start = true;
    let mut after_open_quote = false;
    let mut straight_quotes = 0usize;
    for i in 0..tokens.len() {
        let t = tokens[i];
        let tt = t.text(text);
        let c = tt.chars().next().unwrap_or(' ');
        // A full stop, question or exclamation mark ends a sentence when a capital, digit or
        // quote follows after a space, unless it closes an abbreviation.
        if t.kind == TokenKind::Punct && matches!(c, '.' | '!' | '?' | '…') {
            let prev_abbrev = c == '.'
                && i > 0
                && tokens[i - 1].kind == TokenKind::Word
                && !tokens[i].space_before
                && tokens[i - 1].suffix().is_none()
                && is_abbreviation(tokens[i - 1].text(text));
            // An ordinal inside a name or phrase: `Yargıtay 1. Ceza Dairesi`, `takım 2. Lig'e`
            // (one or two digits right after a word).
            let ordinal = c == '.'
                && i > 1
                && tokens[i - 1].kind == TokenKind::Number
                && tokens[i - 1].span.len() <= 2
                && !tokens[i].space_before
                && tokens[i - 2].kind == TokenKind::Word;
            let prev_abbrev = prev_abbrev || ordinal;
            // Skip closing quotes and brackets that belong to this sentence.
            let mut j = i + 1;
            while j < tokens.len()
                && tokens[j].kind == TokenKind::Punct
                && !tokens[j].space_before
                && matches!(
                    tokens[j].text(text).chars().next(),
                    Some('"' | '”' | '»' | '’' | ')' | '\'' | '.' | '!' | '?')
                )
            {
                j += 1;
            }
            let next_starts = tokens.get(j).is_some_and(|n| {
                n.space_before
                    && n.text(text).chars().next().is_some_and(|f| {
                        f.is_uppercase() || f.is_numeric() || is_opening_quote(f) || f == '"'
                    })
            });
            tokens[i].sentence = sentence;
            if !prev_abbrev && next_starts {
                for tok in tokens.iter_mut().take(j).skip(i + 1) {
                    tok.sentence = sentence;
                }
                sentence += 1;
                at_start = true;
            }
            continue;
        }
        if tokens[i].sentence < sentence {
            tokens[i].sentence = sentence;
        }
        if t.kind == TokenKind::Punct {
            let next_glued = tokens.get(i + 1).is_some_and(|n| !n.space_before);
            // A capital after these says nothing: an opening quote (also a single one glued to
            // the next word), a colon (`Bakan: Yarın…`), a dash opening a line or a reply.
            let opening = is_opening_quote(c)
                || (c == '"' && straight_quotes % 2 == 0)
                || (c == '\'' && t.space_before && next_glued)
                || c == ':'
                || (matches!(c, '-' | '–' | '—') && (i == 0 || t.space_before));
            if c == '"' {
                straight_quotes += 1;
            }
            if opening {
                after_open_quote = true;
            }
            continue;
        }
        tokens[i].sent_start = at_start || after_open_quote;
        at_start = false;
        after_open_quote = false;
    }
}

/// Splits the tokens into sentences: ranges of token indices.
pub fn sentence_ranges(tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=tokens.len() {
        if i == tokens.len() || tokens[i].sentence != tokens[start].sentence {
            if start < i {
                out.push(start..i);
            }
            start = i;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, String)> {
        tokenize(text, Span::new(0, text.len()), 0)
            .iter()
            .map(|t| (t.text(text).to_string(), t.suffix_text(text).to_string()))
            .collect()
    }

    #[test]
    fn apostrophe_suffixes_split_off() {
        let w = words("Kuzey Kore'nin Pyongyang’ı ve SVR'den O'Brien's");
        assert_eq!(w[1], ("Kore".into(), "nin".into()));
        assert_eq!(w[2], ("Pyongyang".into(), "ı".into()));
        assert_eq!(w[4], ("SVR".into(), "den".into()));
        assert_eq!(w[5], ("O'Brien".into(), "s".into()));
    }

    #[test]
    fn numbers_abbreviations_and_hyphens() {
        let w: Vec<String> = words("25-27 Mart, 1.5 milyon A.Ş. ve U.S. COVID-19")
            .into_iter()
            .map(|(a, _)| a)
            .collect();
        assert_eq!(
            w,
            [
                "25", "-", "27", "Mart", ",", "1.5", "milyon", "A.Ş.", "ve", "U.S.", "COVID", "-",
                "19"
            ]
        );
    }

    #[test]
    fn tokens_stay_small() {
        assert!(
            std::mem::size_of::<Token>() <= 32,
            "{}",
            std::mem::size_of::<Token>()
        );
    }

    #[test]
    fn ordinals_after_a_word_do_not_end_a_sentence() {
        let text = "Ankara 5. Asliye Ceza Mahkemesi karar verdi. Takım 1. Lig'e çıktı. Fiyat 2019. Sonra düştü.";
        let toks = tokenize(text, Span::new(0, text.len()), 0);
        // The year ends its sentence.
        assert_eq!(sentence_ranges(&toks).len(), 4);
    }

    #[test]
    fn sentences_and_initial_capitals() {
        let text = "Dr. Ayşe Kaya geldi. Bakan \"Biz hazırız\" dedi. Sonra gitti.";
        let toks = tokenize(text, Span::new(0, text.len()), 5);
        let ranges = sentence_ranges(&toks);
        assert_eq!(ranges.len(), 3);
        let starts: Vec<&str> = toks
            .iter()
            .filter(|t| t.sent_start)
            .map(|t| t.text(text))
            .collect();
        assert_eq!(starts, ["Dr", "Bakan", "Biz", "Sonra"]);
        assert_eq!(toks[0].sentence, 5);
    }
}
