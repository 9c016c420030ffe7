//! The lists a lexicon entry is on, as a bit set.
//!
//! Shared with `build.rs` (which stores each entry's bits in the compiled-in lexicon): nothing
//! here may use the rest of the crate.

/// Which lists an entry is on (a bit set).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tags(pub(crate) u32);

impl Tags {
    /// The raw bits.
    pub fn bits(self) -> u32 {
        self.0
    }

    /// A country, region or city.
    pub const LOC: Tags = Tags(1);
    /// A known organisation.
    pub const ORG: Tags = Tags(1 << 1);
    /// A nationality, people, religion, event or other MISC name.
    pub const MISC: Tags = Tags(1 << 2);
    /// A given name.
    pub const FIRST: Tags = Tags(1 << 3);
    /// A family name.
    pub const LAST: Tags = Tags(1 << 4);
    /// A title or honorific (`Bakanı`, `President`).
    pub const TITLE: Tags = Tags(1 << 5);
    /// An organisation head word (`Partisi`, `Ministry`).
    pub const ORG_HEAD: Tags = Tags(1 << 6);
    /// An abbreviation or label that is never a name (`GMT`, `CEO`).
    pub const COMMON: Tags = Tags(1 << 7);
    /// A head word that closes a place name (`Bulvarı`, `River`).
    pub const LOC_HEAD: Tags = Tags(1 << 8);
    /// A country or territory (as opposed to a city or region).
    pub const COUNTRY: Tags = Tags(1 << 9);
    /// An everyday Turkish word stem (`kaza`, `sergi`).
    pub const TR_COMMON: Tags = Tags(1 << 10);
    /// A Turkish proper noun from the Hunspell dictionary (`Bedri`, `Belçika`).
    pub const PROPER: Tags = Tags(1 << 11);
    /// A head word that closes an event, prize or treaty name (`Cup`, `Kupası`).
    pub const MISC_HEAD: Tags = Tags(1 << 12);
    /// A Turkish word capitalised only at the start of a sentence (`Ancak`, `Bu`).
    pub const OPENER_TR: Tags = Tags(1 << 13);
    /// An English word capitalised only at the start of a sentence (`The`, `However`).
    pub const OPENER_EN: Tags = Tags(1 << 14);
    /// A sports club or team (also ORG).
    pub const CLUB: Tags = Tags(1 << 15);
    /// A newspaper, broadcaster, agency, journal or platform (also ORG).
    pub const MEDIA: Tags = Tags(1 << 16);
    /// A company or brand (also ORG).
    pub const COMPANY: Tags = Tags(1 << 17);
    /// A ministry, state body, party, union, university or hospital (also ORG).
    pub const PUBLIC: Tags = Tags(1 << 18);
    /// A district, neighbourhood, region, feature or facility (also LOC).
    pub const DISTRICT: Tags = Tags(1 << 19);

    /// Internal mark, never returned by a lookup: the key is a shorter stretch of a
    /// multi-token entry, ending where a token may end.
    pub const PREFIX: Tags = Tags(1 << 31);
    /// Internal mark, never returned by a lookup: listed only as an acronym (`UN`, `AB`), so it
    /// matches only text in capitals and the `Un` of `Kim Jong Un` is not the United Nations.
    pub const CAPS_ONLY: Tags = Tags(1 << 30);

    /// Both sets of tags (a `const` union for tables).
    pub const fn union(self, other: Tags) -> Tags {
        Tags(self.0 | other.0)
    }

    /// True when every tag of `other` is set.
    pub fn has(self, other: Tags) -> bool {
        self.0 & other.0 == other.0 && other.0 != 0
    }

    /// True when any tag of `other` is set.
    pub fn any(self, other: Tags) -> bool {
        self.0 & other.0 != 0
    }

    /// True when no tag is set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl std::ops::BitOr for Tags {
    type Output = Tags;
    fn bitor(self, rhs: Tags) -> Tags {
        Tags(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for Tags {
    fn bitor_assign(&mut self, rhs: Tags) {
        self.0 |= rhs.0;
    }
}
