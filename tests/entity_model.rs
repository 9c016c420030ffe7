//! The learned entity scorer on written news sentences: cases the rules alone got wrong, each
//! a regression case for the model and its document agreement.
#![cfg(not(target_arch = "wasm32"))]

use newsmark::entities::model::Model;
use newsmark::{annotate, Lang, Options};

fn ents(text: &str, lang: Lang) -> Vec<(String, &'static str)> {
    let ann = annotate(
        text,
        &Options {
            lang: Some(lang),
            ..Options::default()
        },
    )
    .expect("annotates");
    ann.entities
        .iter()
        .map(|e| (text[e.span].to_string(), e.label.name()))
        .collect()
}

fn has(list: &[(String, &str)], name: &str, label: &str) -> bool {
    list.iter().any(|(n, l)| n == name && *l == label)
}

#[test]
fn both_models_are_compiled_in_and_match_the_features() {
    assert!(
        Model::for_lang(Lang::Tr).is_some(),
        "Turkish weights stale or missing: make train"
    );
    assert!(
        Model::for_lang(Lang::En).is_some(),
        "English weights stale or missing: make train"
    );
}

#[test]
fn a_surname_alone_after_the_full_name_is_the_person() {
    let text = "Software pioneer Dana Whitcombe opened the fair on Monday.\n\n\"We were rivals,\" Whitcombe said. But Whitcombe said the deal was fair.";
    let e = ents(text, Lang::En);
    let n = e
        .iter()
        .filter(|(n, l)| n == "Whitcombe" && *l == "PER")
        .count();
    assert_eq!(n, 2, "{e:?}");
    assert!(has(&e, "Dana Whitcombe", "PER"), "{e:?}");
}

#[test]
fn initials_are_a_person_without_the_last_full_stop() {
    let text = "Gözaltına alınan şüpheliler H.K. ve M.T.E. tutuklandı. Mahkeme, M.T.E.'nin itirazını reddetti.";
    let e = ents(text, Lang::Tr);
    assert!(has(&e, "H.K", "PER"), "{e:?}");
    assert!(has(&e, "M.T.E", "PER"), "{e:?}");
}

#[test]
fn a_court_with_an_ordinal_is_one_organisation() {
    let text = "Dava, İzmir 3. Asliye Ceza Mahkemesi'nde görüldü. Sanık Bülent Oral beraat etti.";
    let e = ents(text, Lang::Tr);
    assert!(has(&e, "İzmir 3. Asliye Ceza Mahkemesi", "ORG"), "{e:?}");
    assert!(has(&e, "Bülent Oral", "PER"), "{e:?}");
}

#[test]
fn clubs_named_after_cities_are_organisations() {
    let text = "Norwich City beat Leeds United 2-1 at Carrow Road on Saturday, and Kayserispor drew with Göztepe.";
    let e = ents(text, Lang::En);
    assert!(has(&e, "Norwich City", "ORG"), "{e:?}");
    assert!(has(&e, "Leeds United", "ORG"), "{e:?}");
    assert!(!e.iter().any(|(n, l)| n == "City" && *l == "PER"), "{e:?}");
    assert!(!has(&e, "Norwich", "LOC"), "{e:?}");
}

#[test]
fn titles_and_party_words_stay_outside_the_name() {
    let text = "State Sen. Harriet Molloy, a Republican from Ohio, said Gov. Peter Vance would sign the bill.";
    let e = ents(text, Lang::En);
    assert!(has(&e, "Harriet Molloy", "PER"), "{e:?}");
    assert!(has(&e, "Peter Vance", "PER"), "{e:?}");
    assert!(has(&e, "Ohio", "LOC"), "{e:?}");
    for bad in ["Sen", "Sen.", "Gov", "Gov.", "State", "Republican"] {
        assert!(
            !e.iter().any(|(n, l)| n == bad && *l == "PER"),
            "{bad}: {e:?}"
        );
    }
}

#[test]
fn media_and_platforms_are_organisations_not_people() {
    let text = "Bakan Selim Arat, açıklamayı Anadolu Ajansı'na yaptı; haber kısa sürede YouTube ve Instagram'da yayıldı.";
    let e = ents(text, Lang::Tr);
    assert!(has(&e, "Selim Arat", "PER"), "{e:?}");
    assert!(has(&e, "Anadolu Ajansı", "ORG"), "{e:?}");
    assert!(has(&e, "YouTube", "ORG"), "{e:?}");
    assert!(has(&e, "Instagram", "ORG"), "{e:?}");
}

#[test]
fn districts_are_places() {
    let text =
        "Ümraniye'de ve Beyoğlu'nda elektrik kesintisi yaşandı. Kadıköy Belediyesi açıklama yaptı.";
    let e = ents(text, Lang::Tr);
    assert!(has(&e, "Ümraniye", "LOC"), "{e:?}");
    assert!(has(&e, "Beyoğlu", "LOC"), "{e:?}");
    assert!(has(&e, "Kadıköy Belediyesi", "ORG"), "{e:?}");
}
