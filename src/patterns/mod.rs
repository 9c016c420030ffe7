//! The crate's fixed patterns, searched with DFAs that `build.rs` compiled from
//! [`sources`]: nothing is parsed or compiled at run time. Each DFA is read in place from the
//! compiled-in bytes on its first use (a validation pass over its table).
//!
//! Every search is anchored: [`Temporal::match_at`] gives the leftmost-first match that starts
//! at a position (what the `regex` crate finds there), and a caller that wants every match
//! scans the positions a match can start at ([`can_start`]); [`Line::matches_line`] tells
//! whether a line matches from its start.

pub mod sources;

use regex_automata::dfa::{dense, sparse, Automaton};
use regex_automata::util::primitives::StateID;
use regex_automata::{Anchored, Input};
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/patterns_meta.rs"));

/// The DFAs' bytes, 4-aligned as `dense::DFA::from_bytes` needs them (`build.rs` starts each
/// DFA at a multiple of 4).
#[repr(C)]
struct Aligned<B: ?Sized> {
    _align: [u32; 0],
    bytes: B,
}

static BLOB: &Aligned<[u8]> = &Aligned {
    _align: [],
    bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/patterns.bin")),
};

/// Index of the first chrome pattern's DFA.
pub const CHROME: usize = TEMPORAL;
/// Index of the source-line pattern's DFA.
pub const SOURCE: usize = CHROME + sources::CHROME.len();
/// Index of the byline pattern's DFA.
pub const BYLINE: usize = SOURCE + 1;
/// Index of the dateline pattern's DFA.
pub const DATELINE: usize = BYLINE + 1;

fn bytes(id: usize) -> &'static [u8] {
    let (start, end) = RANGES[id];
    &BLOB.bytes[start..end]
}

/// True when a match of pattern `id` can begin with byte `b` (known without reading its DFA).
pub fn can_start(id: usize, b: u8) -> bool {
    FIRST[id][usize::from(b / 64)] & (1 << (b % 64)) != 0
}

/// A temporal pattern: a dense DFA, stepped by hand from its start at a position.
pub struct Temporal {
    dfa: dense::DFA<&'static [u32]>,
    start: StateID,
}

impl Temporal {
    /// Temporal pattern `id` (its index in [`sources::temporal`]).
    pub fn get(id: usize) -> &'static Temporal {
        static ALL: [OnceLock<Temporal>; TEMPORAL] = [const { OnceLock::new() }; TEMPORAL];
        ALL[id].get_or_init(|| {
            let (dfa, _) = dense::DFA::from_bytes(bytes(id))
                .expect("build.rs wrote a valid DFA for this target");
            let start = dfa
                .universal_start_state(Anchored::Yes)
                .expect("temporal patterns look at nothing before their start");
            Temporal { dfa, start }
        })
    }

    /// The end of the leftmost-first match starting at `at` in `hay`, if any (what the
    /// `regex` crate finds there).
    pub fn match_at(&self, hay: &str, at: usize) -> Option<usize> {
        let dfa = &self.dfa;
        let mut state = self.start;
        let mut end = None;
        for (i, &b) in hay.as_bytes()[at..].iter().enumerate() {
            state = dfa.next_state(state, b);
            if dfa.is_special_state(state) {
                // A DFA reports a match one byte late: it ended before this byte.
                if dfa.is_match_state(state) {
                    end = Some(at + i);
                } else if dfa.is_dead_state(state) || dfa.is_quit_state(state) {
                    return end;
                }
            }
        }
        state = dfa.next_eoi_state(state);
        if dfa.is_match_state(state) {
            end = Some(hay.len());
        }
        end
    }
}

/// A line pattern (page chrome, source, byline, dateline): a sparse DFA.
pub struct Line {
    dfa: sparse::DFA<&'static [u8]>,
}

impl Line {
    /// True when line pattern `id` (see the index constants) matches `hay` from its start;
    /// its DFA is read only for a line that opens with bytes a match can begin with.
    pub fn matches_line(id: usize, hay: &str) -> bool {
        let opens = match *hay.as_bytes() {
            [] => true,
            [b] => can_start(id, b),
            [b0, b1, ..] => {
                let pairs = PAIRS[id - TEMPORAL];
                can_start(id, b0)
                    && (pairs.is_empty()
                        || pairs.binary_search(&u16::from_be_bytes([b0, b1])).is_ok())
            }
        };
        opens && Line::get(id).matches(hay)
    }

    /// Line pattern `id` (see the index constants).
    fn get(id: usize) -> &'static Line {
        const LINES: usize = RANGES.len() - TEMPORAL;
        static ALL: [OnceLock<Line>; LINES] = [const { OnceLock::new() }; LINES];
        ALL[id - TEMPORAL].get_or_init(|| {
            let (dfa, _) = sparse::DFA::from_bytes(bytes(id))
                .expect("build.rs wrote a valid DFA for this target");
            Line { dfa }
        })
    }

    /// True when `hay` matches from its start.
    fn matches(&self, hay: &str) -> bool {
        let input = Input::new(hay).anchored(Anchored::Yes).earliest(true);
        // Searches fail only on quit bytes or a give-up limit, neither configured here.
        matches!(self.dfa.try_search_fwd(&input), Ok(Some(_)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dfa_loads_and_the_indices_cover_them() {
        assert_eq!(TEMPORAL, sources::temporal().len());
        assert_eq!(DATELINE + 1, RANGES.len());
        for id in 0..RANGES.len() {
            if id < TEMPORAL {
                Temporal::get(id);
            } else {
                Line::get(id);
            }
        }
    }

    #[test]
    fn anchored_leftmost_first_like_regex() {
        // `5 Mart 2024 Salı günü`: the longest alternative the pattern prefers, from `at` only.
        let text = "Toplantı 5 Mart 2024 salı günü yapıldı.";
        let at = text.find('5').unwrap();
        let dfa = Temporal::get(0);
        assert!(can_start(0, b'5'));
        assert!(!can_start(0, b'T'));
        assert_eq!(
            dfa.match_at(text, at).map(|e| &text[at..e]),
            Some("5 Mart 2024 salı günü")
        );
        assert_eq!(dfa.match_at(text, 0), None);
        assert!(Line::get(SOURCE).matches("Kaynak: AA"));
        assert!(!Line::get(SOURCE).matches("Bir kaynak: AA"));
    }
}
