//! English attribution, pattern by pattern (issue 12): invented news sentences and short
//! passages, each with the quote that must be found, its expected speaker mention and, where a
//! pronoun, relative or nominal speaker resolves to a name, the expected `speaker_name`.
//! Near-misses sit beside the patterns. Every text here was written for this test.
#![cfg(not(target_arch = "wasm32"))] // native only; tests/web.rs covers the wasm build

use newsmark::{annotate, Document, Lang, OffsetUnit, Options, QuoteKind};

/// (pattern, text, quote, speaker mention, speaker_name when it differs from the mention).
type Case = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
);

const CASES: &[Case] = &[
    // 1. Inversion: the verb, then the speaker (a lower-case `the` before a title, a nominal
    //    with a prepositional phrase, a present-tense verb).
    ("1 inverted", "\"The river has never been this low,\" said the Rev. Martha Quill.", "\"The river has never been this low,\"", Some("Martha Quill"), None),
    ("1 inverted", "\"Nobody told us the school would close,\" said the Rev. Samuel Okoro, who leads the parish.", "\"Nobody told us the school would close,\"", Some("Samuel Okoro"), None),
    ("1 inverted", "\"The ferry will run again on Friday,\" said a joint statement from the two port authorities.", "\"The ferry will run again on Friday,\"", Some("a joint statement"), None),
    ("1 inverted", "\"Vote for the party that keeps its word,\" said the narrator in the radio spot.", "\"Vote for the party that keeps its word,\"", Some("the narrator"), None),
    ("1 inverted", "\"Take a walk before you answer an angry email,\" suggests Dana Whitlock, a family therapist.", "\"Take a walk before you answer an angry email,\"", Some("Dana Whitlock"), None),
    ("1 inverted", "\"Is the budget too small?\" asked council member Rosa Lind.", "\"Is the budget too small?\"", Some("Rosa Lind"), None),
    ("1 inverted", "\"We will appeal,\" said the company's chief executive.", "\"We will appeal,\"", Some("the company's chief executive"), None),
    // 2. A subject between the quote and its verb, with appositions and titles.
    ("2 subject after", "\"The bridge is safe,\" State Sen. Carla Montes said on Tuesday.", "\"The bridge is safe,\"", Some("Carla Montes"), None),
    ("2 subject after", "\"We are not leaving,\" Gov. Peter Hale told reporters.", "\"We are not leaving,\"", Some("Peter Hale"), None),
    ("2 subject after", "\"The vote was fair,\" Republican Dale Ivers said.", "\"The vote was fair,\"", Some("Dale Ivers"), None),
    ("2 subject after", "\"The clinic needs more nurses,\" Amira Haddad, 52, a nurse at the clinic for two decades, told the Gazette.", "\"The clinic needs more nurses,\"", Some("Amira Haddad"), None),
    ("2 subject after", "\"We found no errors,\" Water Board spokesman Leon Brandt said.", "\"We found no errors,\"", Some("Leon Brandt"), None),
    ("2 subject after", "The tunnel was \"a disaster from the first day\" for drivers, Nora Feld said.", "\"a disaster from the first day\"", Some("Nora Feld"), None),
    ("2 subject after", "\"Prices went up again,\" a Lisbon-based spokeswoman for the airline said in an email.", "\"Prices went up again,\"", Some("a Lisbon-based spokeswoman"), None),
    // 3. The verb before the quote: its subject, past auxiliaries, adverbs, appositions,
    //    coordination and opening phrases.
    ("3 cue before", "Mayor Ines Ortega said the new line would be \"ready before winter.\"", "\"ready before winter.\"", Some("Ines Ortega"), None),
    ("3 cue before", "Ines Ortega has repeatedly said the plan is \"fully funded.\"", "\"fully funded.\"", Some("Ines Ortega"), None),
    ("3 cue before", "The first report, published in March, argued the dam was \"at serious risk.\"", "\"at serious risk.\"", Some("The first report"), None),
    ("3 cue before", "In an interview on Sunday, Omar Qasim denied the charges and said they were \"pure fiction.\"", "\"pure fiction.\"", Some("Omar Qasim"), None),
    ("3 cue before", "Karl Meyer called the decision \"a betrayal\" and said he would resign. Other members said little.", "\"a betrayal\"", Some("Karl Meyer"), None),
    ("3 cue before", "Party officials said the campaign would be \"fully staffed\" by June.", "\"fully staffed\"", Some("Party officials"), None),
    ("3 cue before", "Lena Marsh said the deal was \"a good start.\" But other union leaders said it was too late.", "\"a good start.\"", Some("Lena Marsh"), None),
    ("3 cue before", "Lena Marsh in the past has described the tax as \"a burden on families.\"", "\"a burden on families.\"", Some("Lena Marsh"), None),
    ("3 cue before", "Victor Hale said he was \"surprised\" by officials who he says ignored the warnings.", "\"surprised\"", Some("Victor Hale"), None),
    // 4. Participles hang on the main clause; an absolute `with X saying` has its own subject.
    ("4 participle", "The Harbor Trust issued a statement saying the pier was \"beyond repair.\"", "\"beyond repair.\"", Some("Harbor Trust"), None),
    ("4 participle", "Even as the storm grew, Mr. Alden remained calm, telling a neighbor that the roof \"will hold.\"", "\"will hold.\"", Some("Alden"), None),
    ("4 participle", "The school board met again, with the chairwoman calling the plan \"a fair compromise.\"", "\"a fair compromise.\"", Some("the chairwoman"), None),
    ("4 participle", "Calling the rival bid \"a fantasy,\" Ms. Dorsey urged the council to vote.", "\"a fantasy,\"", Some("Dorsey"), None),
    ("4 participle", "\"The doors are open,\" Hana Ito said to the crowd, urging them to \"come inside and stay warm.\"", "\"come inside and stay warm.\"", Some("Hana Ito"), None),
    // 5. Pronouns and relatives: the mention is kept, `speaker_name` is the person.
    ("5 pronoun", "Maria Lopez toured the flooded streets on Monday. \"We need pumps, not promises,\" she said.", "\"We need pumps, not promises,\"", Some("she"), Some("Maria Lopez")),
    ("5 pronoun", "Tom Becker spoke first. \"The budget is balanced,\" he said. \"Nobody will lose a job,\" he added.", "\"Nobody will lose a job,\"", Some("he"), Some("Tom Becker")),
    ("5 pronoun", "\"We knew the risks,\" said Anna Voss, a pilot, who said the airline had been \"warned twice.\"", "\"warned twice.\"", Some("who"), Some("Anna Voss")),
    ("5 pronoun", "\"The account is closed,\" Mr. Greer wrote. \"It will stay closed.\"", "\"It will stay closed.\"", Some("Greer"), None),
    ("5 pronoun", "Nadia Fell has denied the claim as \"absurd,\" as she did last year.", "\"absurd,\"", Some("Nadia Fell"), None),
    // 6. Nominal and organisation speakers.
    ("6 nominal", "Forty percent of voters say the tax is \"unfair to renters.\"", "\"unfair to renters.\"", Some("Forty percent of voters"), None),
    ("6 nominal", "The audit says the money was \"spent without any plan.\"", "\"spent without any plan.\"", Some("The audit"), None),
    ("6 nominal", "A Northwind Rail spokesman said the company had acted \"in good faith.\"", "\"in good faith.\"", Some("A Northwind Rail spokesman"), None),
    ("6 nominal", "Exports grew \"faster than anyone expected,\" according to a trade ministry report.", "\"faster than anyone expected,\"", Some("a trade ministry report"), None),
    ("6 nominal", "The survey of 400 shop owners said sales were \"flat or falling.\"", "\"flat or falling.\"", Some("The survey of 400 shop owners"), None),
    // 7. The speaker named in a sentence before the quote, or in a headline.
    ("7 introduced", "Her neighbor Ruth Kagan, 71, a retired teacher, chimed in. \"I never thought I would see this.\"", "\"I never thought I would see this.\"", Some("Ruth Kagan"), None),
    ("7 introduced", "The council could vote next week, said Paul Imre, a lawyer for the tenants. \"It would end a long fight.\"", "\"It would end a long fight.\"", Some("Paul Imre"), None),
    ("7 introduced", "Mayor Ines Ortega: City budget 'will not cut a single school.'", "'will not cut a single school.'", Some("Ines Ortega"), None),
    ("7 introduced", "As Omar Qasim acknowledges: \"Nobody wins a strike like this.\"", "\"Nobody wins a strike like this.\"", Some("Omar Qasim"), None),
    // 8. No speech verb: the quote's sentence is about its speaker.
    ("8 no cue", "Mrs. Hollis assured voters at the town hall that the clinic would \"stay open for good.\"", "\"stay open for good.\"", Some("Hollis"), None),
    ("8 no cue", "The mayor's comments echoed Ruth Kagan's claim of a \"quiet takeover\" of the board.", "\"quiet takeover\"", Some("Ruth Kagan"), None),
    ("8 no cue", "Felix Brand branded the proposal a \"tax on the poor\" in a long speech.", "\"tax on the poor\"", Some("Felix Brand"), None),
    // Near-misses: what looks like a cue and is not, and a cue that belongs to another quote.
    ("near-miss", "\"The plan works,\" Anne Ruiz said. The minister is said to have read it twice.", "\"The plan works,\"", Some("Anne Ruiz"), None),
    ("near-miss", "The economy of the region continued to grow at a \"steady pace,\" the central bank said.", "\"steady pace,\"", Some("the central bank"), None),
    ("near-miss", "Trade between the United States and Canada is \"in good shape,\" Ellen Park said.", "\"in good shape,\"", Some("Ellen Park"), None),
    ("near-miss", "\"Stay home,\" Dr. Yusuf Demir said. \"Drink water.\" Pharmacies, said Lea Gross, will stay open, and \"nobody should panic,\" she said.", "\"Drink water.\"", Some("Yusuf Demir"), None),
    ("near-miss", "The so-called \"green corridor\" was never built.", "\"green corridor\"", None, None),
    ("near-miss", "Notes from the meeting describe a \"heated debate\" over the budget.", "\"heated debate\"", None, None),
];

fn run(text: &str) -> newsmark::Annotations {
    annotate(
        text,
        &Options {
            lang: Some(Lang::En),
            ..Options::default()
        },
    )
    .expect("annotates")
}

#[test]
fn english_attribution_patterns() {
    let mut failures = Vec::new();
    for (pattern, text, quote, speaker, name) in CASES {
        let ann = run(text);
        let doc = Document::new(text, &ann, OffsetUnit::Byte);
        let Some(q) = doc.quotes.iter().find(|q| &text[q.start..q.end] == *quote) else {
            let got: Vec<&str> = doc.quotes.iter().map(|q| &text[q.start..q.end]).collect();
            failures.push(format!(
                "[{pattern}] {text}\n  no quote {quote:?}; got {got:?}"
            ));
            continue;
        };
        let got = q.speaker.as_deref();
        let want_name = name.or(*speaker);
        let got_name = q.speaker_name.as_deref();
        let name_ok = name.is_none() || got_name == want_name;
        if got != *speaker || !name_ok {
            failures.push(format!(
                "[{pattern}] {text}\n  want {speaker:?} ({want_name:?}), got {got:?} ({got_name:?}), kind {:?}",
                q.kind
            ));
        }
        if speaker.is_some() && q.kind != QuoteKind::Direct {
            failures.push(format!("[{pattern}] {text}\n  {quote:?} is {:?}", q.kind));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_suite_covers_every_pattern() {
    assert!(CASES.len() >= 40, "{} cases", CASES.len());
    for p in ["1 ", "2 ", "3 ", "4 ", "5 ", "6 ", "7 ", "8 ", "near-miss"] {
        let n = CASES.iter().filter(|c| c.0.starts_with(p)).count();
        assert!(n >= 3, "pattern {p}: {n} cases");
    }
}
