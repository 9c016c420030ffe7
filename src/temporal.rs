//! Dates, times, money and percentages, found with patterns (Turkish and English).
//!
//! Spans stop before a Turkish apostrophe suffix (`2022'de` gives `2022`).

use crate::entities::Label;
use crate::lang::Lang;
use crate::patterns::sources::{self, Kind, Only, Part};
use crate::patterns::{can_start, Temporal, TEMPORAL};
use crate::span::Span;
use std::sync::OnceLock;

/// The temporal patterns of one language (its own and the language-blind ones): each member's
/// pattern index, label and part, and for every byte the members a match can begin with.
struct Patterns {
    members: Vec<(usize, Label, Part)>,
    by_first_byte: [u64; 256],
}

fn patterns(lang: Lang) -> &'static Patterns {
    static SETS: [OnceLock<Patterns>; 3] = [const { OnceLock::new() }; 3];
    let slot = match lang {
        Lang::Tr => 0,
        Lang::En => 1,
        Lang::Und => 2,
    };
    SETS[slot].get_or_init(|| {
        let members: Vec<(usize, Label, Part)> = sources::temporal()
            .iter()
            .enumerate()
            .filter(|(_, p)| match p.only {
                Only::Any => true,
                Only::Tr => lang == Lang::Tr,
                Only::En => lang == Lang::En,
            })
            .map(|(i, p)| {
                let label = match p.kind {
                    Kind::Date => Label::Date,
                    Kind::Time => Label::Time,
                    Kind::Money => Label::Money,
                    Kind::Percent => Label::Percent,
                };
                (i, label, p.part)
            })
            .collect();
        debug_assert!(members.len() <= 64 && TEMPORAL <= 64);
        let mut by_first_byte = [0u64; 256];
        for (k, &(i, _, _)) in members.iter().enumerate() {
            for (b, set) in by_first_byte.iter_mut().enumerate() {
                if can_start(i, b as u8) {
                    *set |= 1 << k;
                }
            }
        }
        Patterns {
            members,
            by_first_byte,
        }
    })
}

/// Finds dates, times, money and percentages in `text[span]`, non-overlapping, longest first.
pub fn find(text: &str, span: Span, lang: Lang) -> Vec<(Span, Label)> {
    let hay = &text[span];
    let set = patterns(lang);
    // Each pattern's matches as `regex`'s `find_iter` gives them: the leftmost-first match at
    // the first position where one starts, then on from its end. Positions are tried only
    // where some pattern can begin.
    let mut resume = [0usize; 64];
    let mut found: Vec<(Span, Label, usize)> = Vec::new();
    // A match that begins inside a word is never kept (`word_bounded`), so positions inside a
    // word are not tried.
    let is_word = crate::span::is_word_char;
    let mut after_word = text[..span.start].chars().next_back().is_some_and(is_word);
    for (at, c) in hay.char_indices() {
        let glued = after_word && is_word(c);
        after_word = is_word(c);
        if glued {
            continue;
        }
        let mut can = set.by_first_byte[usize::from(hay.as_bytes()[at])];
        while can != 0 {
            let k = can.trailing_zeros() as usize;
            can &= can - 1;
            if at < resume[k] {
                continue;
            }
            let (i, label, part) = set.members[k];
            let Some(end) = Temporal::get(i).match_at(hay, at) else {
                continue;
            };
            resume[k] = end.max(at + 1);
            let whole = Span::new(span.start + at, span.start + end);
            if !crate::span::word_bounded(text, whole) {
                continue;
            }
            let matched = &hay[at..end];
            let (from, to) = match part {
                Part::Whole => (at, end),
                Part::BeforeApostrophe => {
                    (at, at + matched.find(['\'', '’']).unwrap_or(matched.len()))
                }
                Part::LastWord => (
                    at + matched.rfind(char::is_whitespace).map_or(0, |w| {
                        w + matched[w..].chars().next().map_or(1, char::len_utf8)
                    }),
                    end,
                ),
            };
            let s = Span::new(span.start + from, span.start + to);
            // Not part of a longer number (`12019`, `2019.5`).
            let before = text[..s.start].chars().next_back();
            let after = text[s.end..].chars().next();
            if before.is_some_and(|c| c.is_ascii_digit())
                || after.is_some_and(|c| c.is_ascii_digit())
            {
                continue;
            }
            found.push((s, label, k));
        }
    }
    // Equal spans keep the patterns' order.
    found.sort_by_key(|(s, _, k)| (crate::span::order_key(*s), *k));
    let mut out: Vec<(Span, Label)> = Vec::new();
    for (s, l, _) in found {
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
