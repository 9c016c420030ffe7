//! The fixed phrases around a speaker: pronouns, English nominals (`the spokesman`), Turkish
//! source phrases after a name (`X'e göre`, `X'in açıklamasına göre`, `X'den aktardığına
//! göre`, `X'den yapılan açıklamada`), `according to` before one, and what may stand between
//! an English speech verb and its content.
//!
//! Each matcher is written out by hand and gives what the regular expression in its comment
//! gives (leftmost-first, `\b` on Unicode word characters, `\s` on Unicode white space): the
//! test below checks them against the `regex` crate on generated text. By hand because these
//! patterns use Unicode word boundaries, which DFAs compiled ahead of time cannot express, and
//! the regex compiler was most of the wasm's start-up (see `crate::patterns`).

use crate::span::is_word_char as is_word;

/// `\b` at byte `at` of `s`.
fn boundary(s: &str, at: usize) -> bool {
    let before = s[..at].chars().next_back().is_some_and(is_word);
    let after = s[at..].chars().next().is_some_and(is_word);
    before != after
}

/// The end of the white space (`\s+`) at `at`, if there is some.
fn spaces(s: &str, at: usize) -> Option<usize> {
    let rest = &s[at..];
    let n = rest.len() - rest.trim_start().len();
    (n > 0).then_some(at + n)
}

/// The end of the non-space run at `at` (possibly `at`).
fn chunk_end(s: &str, at: usize) -> usize {
    s[at..]
        .find(char::is_whitespace)
        .map_or(s.len(), |i| at + i)
}

/// The end of `word` at `at` when it is all of the run of non-space there and white space
/// follows (`word\s+`), that white space included.
fn word_then_spaces(s: &str, at: usize, word: &str) -> Option<usize> {
    (chunk_end(s, at) == at + word.len() && s[at..].starts_with(word))
        .then(|| spaces(s, at + word.len()))
        .flatten()
}

/// The end of `word` at `at` when a word boundary follows it (`word\b`).
fn word_then_boundary(s: &str, at: usize, word: &str) -> Option<usize> {
    let end = at + word.len();
    (s[at..].starts_with(word) && boundary(s, end)).then_some(end)
}

/// After an apostrophe at the start of `s`, a case suffix from `suffixes` and white space:
/// where the next word starts.
fn suffix_then_spaces(s: &str, suffixes: &[&str]) -> Option<usize> {
    let apostrophe = s.chars().next().filter(|c| matches!(c, '\'' | '’'))?;
    let at = apostrophe.len_utf8();
    let end = chunk_end(s, at);
    if !suffixes.contains(&&s[at..end]) {
        return None;
    }
    spaces(s, end)
}

/// `n?[dt][ae]n`: the ablative, with the buffer `n`.
const ABLATIVE: [&str; 8] = ["dan", "den", "tan", "ten", "ndan", "nden", "ntan", "nten"];

// ---------------------------------------------------------------------------------------------
// Pronouns: `\b(?:he|she|they|we|I|it|He|She|They|We|It|o|O)\b`

const PRONOUNS: [&str; 13] = [
    "he", "she", "they", "we", "I", "it", "He", "She", "They", "We", "It", "o", "O",
];

/// The words of `s` (maximal runs of word characters) with their byte offsets.
fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = 0;
    std::iter::from_fn(move || {
        let from = rest + s[rest..].find(is_word)?;
        let to = s[from..]
            .find(|c: char| !is_word(c))
            .map_or(s.len(), |i| from + i);
        rest = to;
        Some((from, &s[from..to]))
    })
}

/// The length of the pronoun `s` opens with.
pub fn pronoun_at_start(s: &str) -> Option<usize> {
    let w = s.split(|c: char| !is_word(c)).next().unwrap_or("");
    PRONOUNS.contains(&w).then_some(w.len())
}

/// True when a pronoun stands anywhere in `s`.
pub fn has_pronoun(s: &str) -> bool {
    words(s).any(|(_, w)| PRONOUNS.contains(&w))
}

/// Where the pronoun `s` ends with starts.
pub fn pronoun_at_end(s: &str) -> Option<usize> {
    let (at, w) = words(s).last()?;
    (at + w.len() == s.len() && PRONOUNS.contains(&w)).then_some(at)
}

// ---------------------------------------------------------------------------------------------
// Nominals: `\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ss]everal|[Ss]ome|[Tt]wo|[Tt]hree)\s+
// (?:[A-Za-z0-9'’-]+\s+){0,3}[a-z-]+\b` (`the spokesman`, `a senior official`)

const DETERMINERS: [&str; 20] = [
    "the", "The", "a", "A", "an", "An", "his", "His", "her", "Her", "their", "Their", "several",
    "Several", "some", "Some", "two", "Two", "three", "Three",
];

/// The end of the nominal starting at `at` (where `\b` holds), if one does.
fn nominal_at(s: &str, at: usize) -> Option<usize> {
    let det_end = s[at..].find(char::is_whitespace).map(|i| at + i)?;
    if !DETERMINERS.contains(&&s[at..det_end]) {
        return None;
    }
    // The runs of non-space after the determiner: up to three modifiers, then the head.
    let mut chunks = [(0, 0); 4];
    let mut n = 0;
    let mut p = spaces(s, det_end)?;
    while n < 4 && p < s.len() {
        let end = chunk_end(s, p);
        chunks[n] = (p, end);
        n += 1;
        match spaces(s, end) {
            Some(next) => p = next,
            None => break,
        }
    }
    let chunks = &chunks[..n];
    let modifier = |&(a, b): &(usize, usize)| {
        b < s.len()
            && s[a..b]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '\'' | '’' | '-'))
    };
    let modifiers = chunks.iter().take(3).take_while(|c| modifier(c)).count();
    (0..=modifiers).rev().find_map(|k| {
        let &(a, b) = chunks.get(k)?;
        let run = s[a..b]
            .bytes()
            .take_while(|c| c.is_ascii_lowercase() || *c == b'-')
            .count();
        (1..=run).rev().map(|n| a + n).find(|&e| boundary(s, e))
    })
}

/// The length of the nominal `s` opens with.
pub fn nominal_at_start(s: &str) -> Option<usize> {
    nominal_at(s, 0)
}

/// Where the nominal `s` ends with starts: the last of its nominals, found left to right
/// without overlaps, when it reaches the end.
pub fn nominal_at_end(s: &str) -> Option<usize> {
    let mut last = None;
    let mut at = 0;
    while at < s.len() {
        let c = s[at..].chars().next()?;
        if is_word(c) && boundary(s, at) {
            if let Some(end) = nominal_at(s, at) {
                last = Some((at, end));
                at = end;
                continue;
            }
        }
        at += c.len_utf8();
    }
    last.filter(|&(_, end)| end == s.len()).map(|(at, _)| at)
}

// ---------------------------------------------------------------------------------------------
// Turkish source phrases after a name; each gives the span of the cue phrase in `s`.

/// `^['’](?:n?[dt][ae]n)\s+((?:aktardığına|bildirdiğine|naklettiğine|öğrendiğine|edindiği\s+
/// bilgiye)\s+göre)\b`: `X'den aktardığına göre` (the source relayed by X).
pub fn relay_after(s: &str) -> Option<(usize, usize)> {
    let at = suffix_then_spaces(s, &ABLATIVE)?;
    let verb = ["aktardığına", "bildirdiğine", "naklettiğine", "öğrendiğine"]
        .iter()
        .find_map(|w| word_then_spaces(s, at, w))
        .or_else(|| word_then_spaces(s, word_then_spaces(s, at, "edindiği")?, "bilgiye"))?;
    Some((at, word_then_boundary(s, verb, "göre")?))
}

/// `^(?:['’](?:y?[ae]|n[ae]|[ıiuü]n[ae]?|n[ıiuü]n)\s+|\s+)(göre|açıklamasına\s+göre|
/// (?:yaptığı\s+)?açıklamaya\s+göre)\b`: `X'e göre`, `X'in açıklamasına göre`.
pub fn gore_after(s: &str) -> Option<(usize, usize)> {
    const SUFFIXES: [&str; 18] = [
        "a", "e", "ya", "ye", "na", "ne", "ın", "in", "un", "ün", "ına", "ine", "una", "üne",
        "nın", "nin", "nun", "nün",
    ];
    let at = suffix_then_spaces(s, &SUFFIXES).or_else(|| spaces(s, 0))?;
    let end = word_then_boundary(s, at, "göre")
        .or_else(|| word_then_boundary(s, word_then_spaces(s, at, "açıklamasına")?, "göre"))
        .or_else(|| {
            let p = word_then_spaces(s, at, "yaptığı").unwrap_or(at);
            word_then_boundary(s, word_then_spaces(s, p, "açıklamaya")?, "göre")
        })?;
    Some((at, end))
}

/// `^['’]n?[ıiuü]n\s+(?:[^\s,.;]+\s+){0,5}?((?:yaptığı\s+)?(?:yazılı\s+)?(?:açıklamaya|
/// açıklamasına|aktardığına|bildirdiğine|duyurusuna|raporuna)\s+göre)\b`: `Kremlin'in Şubat
/// ayında yaptığı açıklamaya göre` (the statement was the entity's).
pub fn statement_of_after(s: &str) -> Option<(usize, usize)> {
    const GENITIVE: [&str; 8] = ["ın", "in", "un", "ün", "nın", "nin", "nun", "nün"];
    const NOUNS: [&str; 6] = [
        "açıklamaya",
        "açıklamasına",
        "aktardığına",
        "bildirdiğine",
        "duyurusuna",
        "raporuna",
    ];
    let mut at = suffix_then_spaces(s, &GENITIVE)?;
    for words_between in 0..=5 {
        let phrase = || {
            let p = word_then_spaces(s, at, "yaptığı").unwrap_or(at);
            let p = word_then_spaces(s, p, "yazılı").unwrap_or(p);
            let p = NOUNS.iter().find_map(|w| word_then_spaces(s, p, w))?;
            word_then_boundary(s, p, "göre")
        };
        if let Some(end) = phrase() {
            return Some((at, end));
        }
        if words_between == 5 {
            break;
        }
        let end = chunk_end(s, at);
        if end == at || s[at..end].contains([',', '.', ';']) {
            return None;
        }
        at = spaces(s, end)?;
    }
    None
}

/// [`gore_after`], else [`statement_of_after`]: the cue of a source named just before `s`.
pub fn source_phrase_after(s: &str) -> Option<(usize, usize)> {
    gore_after(s).or_else(|| statement_of_after(s))
}

/// `^['’](?:n?[dt][ae]n)\s+(yapılan\s+(?:yazılı\s+)?açıklamada)\b`: `SVR'den yapılan
/// açıklamada` (the statement came from the entity).
pub fn statement_from_after(s: &str) -> Option<(usize, usize)> {
    let at = suffix_then_spaces(s, &ABLATIVE)?;
    let p = word_then_spaces(s, at, "yapılan")?;
    let p = word_then_spaces(s, p, "yazılı").unwrap_or(p);
    Some((at, word_then_boundary(s, p, "açıklamada")?))
}

// ---------------------------------------------------------------------------------------------
// English

/// `\b[Aa]ccording\s+to\s+(?:the\s+)?$`: where `according to (the)` ending `s` starts.
pub fn according_to_before(s: &str) -> Option<usize> {
    let trimmed = |t: &str| -> Option<usize> {
        let u = t.trim_end();
        (u.len() < t.len()).then_some(u.len())
    };
    let to = |end: usize| -> Option<usize> {
        let t = s[..end].strip_suffix("to")?;
        let t = &t[..trimmed(t)?];
        let t = t.strip_suffix("ccording")?;
        let t = t.strip_suffix('a').or_else(|| t.strip_suffix('A'))?;
        boundary(s, t.len()).then_some(t.len())
    };
    let end = trimmed(s)?;
    let after_the = s[..end].strip_suffix("the").and_then(trimmed).and_then(to);
    after_the.or_else(|| to(end))
}

/// `^(?:\s+(?:reporters|journalists|the\s+\w+|\w+\s+(?:News|Times|Post|Journal)|Reuters|AFP))?
/// (?:\s+(?:on|in|at|late|early)\s+\w+(?:\s+\w+)?)?,?(?:\s+that)?\b`: the length of what may
/// stand between an English speech verb and its content (an object, a time, `that`); 0 if none.
pub fn content_lead(s: &str) -> usize {
    let word = |at: usize| -> Option<usize> {
        let n = s[at..]
            .char_indices()
            .find(|&(_, c)| !is_word(c))
            .map_or(s.len() - at, |(i, _)| i);
        (n > 0).then_some(at + n)
    };
    let lit = |at: usize, w: &str| s[at..].starts_with(w).then_some(at + w.len());
    // Each step's choices in the order the regex tries them (`None`: no such choice here);
    // skipping the step comes last.
    let object = |at: usize| -> [Option<usize>; 6] {
        let p = spaces(s, at);
        let after = |w: &str| p.and_then(|p| lit(p, w));
        let the = after("the").and_then(|q| word(spaces(s, q)?));
        let outlet = p.and_then(word).and_then(|q| {
            let r = spaces(s, q)?;
            ["News", "Times", "Post", "Journal"]
                .iter()
                .find_map(|w| lit(r, w))
        });
        [
            after("reporters"),
            after("journalists"),
            the,
            outlet,
            after("Reuters"),
            after("AFP"),
        ]
    };
    let time = |at: usize| -> [Option<usize>; 2] {
        let first = spaces(s, at)
            .and_then(|p| {
                ["on", "in", "at", "late", "early"]
                    .iter()
                    .find_map(|w| lit(p, w))
            })
            .and_then(|q| word(spaces(s, q)?));
        [first.and_then(|f| spaces(s, f)).and_then(word), first]
    };
    for a in object(0).into_iter().flatten().chain([0]) {
        for b in time(a).into_iter().flatten().chain([a]) {
            let commas = lit(b, ",").into_iter().chain([b]);
            for c in commas {
                let that = spaces(s, c).and_then(|p| lit(p, "that"));
                for d in that.into_iter().chain([c]) {
                    if boundary(s, d) {
                        return d;
                    }
                }
            }
        }
    }
    0
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;
    use std::sync::LazyLock;

    /// What stands between two pieces of generated text.
    const GAPS: &[&str] = &["", " ", " ", " ", "  ", "\u{a0}", "\n", ","];

    /// Up to `max` of the `|`-separated `pieces`, in any order, each followed by a gap.
    fn joined(pieces: &'static str, max: usize) -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(pieces.split('|').collect::<Vec<_>>());
        let gaps = prop::sample::select(GAPS.to_vec());
        prop::collection::vec((pieces, gaps), 0..max)
            .prop_map(|v| v.into_iter().flat_map(|(p, g)| [p, g]).collect())
    }

    /// Text made of the pieces these phrases are made of, in any order.
    fn text() -> impl Strategy<Value = String> {
        joined(
            "'|’|in|ın|nin|den|nden|dan|ye|e|a|ına|nün| |  |\u{a0}|\n|,|.|;|göre|görece|\
             açıklamasına|açıklamaya|yaptığı|yazılı|aktardığına|edindiği|bilgiye|yapılan|\
             açıklamada|raporuna|Şubat|ayında|the|The|a|an|An|his|several|two|spokesman|senior|\
             official|new|süper|Türkiye|co-founder|x|-|he|she|It|I|o|O|hers|it's|accord|\
             according|According|to|reporters|journalists|Reuters|AFP|News|Newsweek|Times|on|\
             at|late|early|Tuesday|night|that|thatcher|é|_|2|Kore|Putin",
            10,
        )
    }

    /// A Turkish name's suffix and the words of a source phrase, in any order and spacing.
    fn turkish() -> impl Strategy<Value = String> {
        let apostrophe = prop::sample::select(vec!["'", "’", "", " "]);
        let suffix = prop::sample::select(
            "in|ın|nin|nün|den|nden|tan|ye|a|ına|x|"
                .split('|')
                .collect::<Vec<_>>(),
        );
        let words = joined(
            "Şubat|ayında|yaptığı|yazılı|açıklamaya|açıklamasına|aktardığına|bildirdiğine|\
             edindiği|bilgiye|yapılan|açıklamada|raporuna|göre|görece|x,|a.b|aktardığına göre|\
             edindiği bilgiye göre|yaptığı açıklamaya göre|açıklamasına göre|yapılan açıklamada|\
             yapılan yazılı açıklamada|bildirdiğine  göre",
            8,
        );
        let end = prop::sample::select(vec!["", ",", "lar", " ve", "."]);
        (apostrophe, suffix, words, end).prop_map(|(a, s, w, e)| format!("{a}{s} {w}{e}"))
    }

    /// English words around a speech verb, in any order and spacing.
    fn english() -> impl Strategy<Value = String> {
        joined(
            "the|The|a|an|his|several|two|senior|official|new|süper|co-founder|company's|said|\
             reporters|on|in|late|Tuesday|night|that|according|According|to|the|Reuters|Times|\
             News|she|it|x2|é|according to|according to the|said the|told reporters",
            9,
        )
    }

    fn re(pattern: &str) -> Regex {
        Regex::new(pattern).expect("the pattern compiles")
    }

    static PRONOUN: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:he|she|they|we|I|it|He|She|They|We|It|o|O)\b"));
    static NOMINAL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ss]everal|[Ss]ome|[Tt]wo|[Tt]hree)\s+(?:[A-Za-z0-9'’-]+\s+){0,3}[a-z-]+\b",
        )
    });
    static RELAY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^['’](?:n?[dt][ae]n)\s+((?:aktardığına|bildirdiğine|naklettiğine|öğrendiğine|edindiği\s+bilgiye)\s+göre)\b",
        )
    });
    static GORE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:['’](?:y?[ae]|n[ae]|[ıiuü]n[ae]?|n[ıiuü]n)\s+|\s+)(göre|açıklamasına\s+göre|(?:yaptığı\s+)?açıklamaya\s+göre)\b",
        )
    });
    static STATEMENT_OF: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^['’]n?[ıiuü]n\s+(?:[^\s,.;]+\s+){0,5}?((?:yaptığı\s+)?(?:yazılı\s+)?(?:açıklamaya|açıklamasına|aktardığına|bildirdiğine|duyurusuna|raporuna)\s+göre)\b",
        )
    });
    static STATEMENT_FROM: LazyLock<Regex> =
        LazyLock::new(|| re(r"^['’](?:n?[dt][ae]n)\s+(yapılan\s+(?:yazılı\s+)?açıklamada)\b"));
    static ACCORDING: LazyLock<Regex> = LazyLock::new(|| re(r"\b[Aa]ccording\s+to\s+(?:the\s+)?$"));
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:\s+(?:reporters|journalists|the\s+\w+|\w+\s+(?:News|Times|Post|Journal)|Reuters|AFP))?(?:\s+(?:on|in|at|late|early)\s+\w+(?:\s+\w+)?)?,?(?:\s+that)?\b",
        )
    });

    fn group(r: &Regex, s: &str) -> Option<(usize, usize)> {
        r.captures(s)
            .and_then(|c| c.get(1))
            .map(|m| (m.start(), m.end()))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20000))]

        #[test]
        fn the_matchers_agree_with_their_regexes(s in prop_oneof![text(), turkish(), english()]) {
            agree(&s)?;
        }

        #[test]
        fn the_matchers_agree_at_the_ends_of_text(
            head in english(),
            tail in prop::sample::select(vec!["according to ", "According to the  ", "according\u{a0}to\n", "xaccording to ", "according to them "]),
        ) {
            agree(&(head + tail))?;
        }
    }

    /// Each matcher gives what its regex gives on `s`.
    fn agree(s: &str) -> Result<(), TestCaseError> {
        prop_assert_eq!(
            pronoun_at_start(s),
            PRONOUN.find(s).filter(|m| m.start() == 0).map(|m| m.end())
        );
        prop_assert_eq!(has_pronoun(s), PRONOUN.is_match(s));
        prop_assert_eq!(
            pronoun_at_end(s),
            PRONOUN
                .find_iter(s)
                .last()
                .filter(|m| m.end() == s.len())
                .map(|m| m.start())
        );
        prop_assert_eq!(
            nominal_at_start(s),
            NOMINAL.find(s).filter(|m| m.start() == 0).map(|m| m.end())
        );
        prop_assert_eq!(
            nominal_at_end(s),
            NOMINAL
                .find_iter(s)
                .last()
                .filter(|m| m.end() == s.len())
                .map(|m| m.start())
        );
        prop_assert_eq!(relay_after(s), group(&RELAY, s));
        prop_assert_eq!(gore_after(s), group(&GORE, s));
        prop_assert_eq!(statement_of_after(s), group(&STATEMENT_OF, s));
        prop_assert_eq!(statement_from_after(s), group(&STATEMENT_FROM, s));
        prop_assert_eq!(according_to_before(s), ACCORDING.find(s).map(|m| m.start()));
        prop_assert_eq!(content_lead(s), LEAD.find(s).map_or(0, |m| m.end()));
        Ok(())
    }

    #[test]
    fn phrases_in_sentences() {
        let s = "'in Şubat ayında yaptığı açıklamaya göre Putin";
        let (a, b) = statement_of_after(s).unwrap();
        assert_eq!(&s[a..b], "yaptığı açıklamaya göre");
        let s = "'ya göre ikili";
        assert_eq!(gore_after(s).map(|(a, b)| &s[a..b]), Some("göre"));
        let s = "'den aktardığına göre görüşmede";
        assert_eq!(
            relay_after(s).map(|(a, b)| &s[a..b]),
            Some("aktardığına göre")
        );
        let s = "'den yapılan açıklamada, KGB";
        assert_eq!(
            statement_from_after(s).map(|(a, b)| &s[a..b]),
            Some("yapılan açıklamada")
        );
        assert_eq!(
            nominal_at_start("the company's chief executive said"),
            Some(34)
        );
        assert_eq!(nominal_at_start("the new süper"), Some(7));
        assert_eq!(nominal_at_start("a senior official said"), Some(22));
        assert_eq!(content_lead(" reporters on Tuesday that the"), 26);
        assert_eq!(according_to_before("But according to the "), Some(4));
        assert_eq!(pronoun_at_end("and then she"), Some(9));
    }
}
