//! Which file of `data/` feeds which lists: read by `build.rs`, which folds every entry into
//! the compiled-in lexicon (see `data/README.md` for each file's source and licence).

use super::tags::Tags;

/// The word lists, by file name under `data/`, with the tags their entries get.
pub const SOURCES: &[(&str, Tags)] = &[
    ("loc_countries.txt", Tags::LOC.union(Tags::COUNTRY)),
    ("loc_cities.txt", Tags::LOC),
    ("loc_extra.txt", Tags::LOC),
    ("org_known.txt", Tags::ORG),
    ("org_clubs.txt", Tags::ORG.union(Tags::CLUB)),
    ("org_media.txt", Tags::ORG.union(Tags::MEDIA)),
    ("org_companies.txt", Tags::ORG.union(Tags::COMPANY)),
    ("org_public.txt", Tags::ORG.union(Tags::PUBLIC)),
    ("loc_districts.txt", Tags::LOC.union(Tags::DISTRICT)),
    ("misc_known.txt", Tags::MISC),
    ("per_first_names.txt", Tags::FIRST),
    ("per_last_names.txt", Tags::LAST),
    ("titles.txt", Tags::TITLE),
    ("org_heads.txt", Tags::ORG_HEAD),
    ("loc_heads.txt", Tags::LOC_HEAD),
    ("misc_heads.txt", Tags::MISC_HEAD),
    ("not_names.txt", Tags::COMMON),
    ("common_caps_tr.txt", Tags::OPENER_TR),
    ("common_caps_en.txt", Tags::OPENER_EN),
];

/// The Turkish Hunspell dictionary: compiled in with the feature `tr-dictionary` (on by
/// default). Without it Turkish still works, with less accurate sentence-initial words.
pub const TR_DICTIONARY: &[(&str, Tags)] = &[
    ("tr_common.txt", Tags::TR_COMMON),
    ("tr_proper.txt", Tags::PROPER),
];
