"""newsmark.to_spacy: a spaCy Doc from a result, with blank pipelines (no model download)."""

import pytest

import newsmark
from conftest import EN_TEXT, TR_TEXT

spacy = pytest.importorskip("spacy")  # `make py-test` installs it: there it always runs


@pytest.mark.parametrize("text, lang", [(TR_TEXT, "tr"), (EN_TEXT, "en")])
def test_entities_quotes_and_speakers_become_spans(text: str, lang: str) -> None:
    ann = newsmark.annotate(text)
    assert ann["lang"] == lang
    doc = newsmark.to_spacy(text, ann, spacy.blank(lang))
    assert doc.text == text
    assert [(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents] == [
        (e["start"], e["end"], e["label"], e["text"]) for e in ann["entities"]
    ]
    quotes = doc.spans["quotes"]
    assert [(q.start_char, q.end_char, q.label_) for q in quotes] == [
        (q["start"], q["end"], q["kind"]) for q in ann["quotes"]
    ]
    speakers = [(s.text, s.label_) for s in doc.spans["speakers"]]
    want = [(q["speaker"], q["speaker_name"]) for q in ann["quotes"] if q["speaker"] is not None]
    assert speakers == want
    assert [c.text for c in doc.spans["cues"]] == [q["cue"] for q in ann["quotes"] if q["cue"]]
    assert doc.user_data["newsmark"] is ann


def test_turkish_suffixes_are_cut_off_the_name_token() -> None:
    ann = newsmark.annotate(TR_TEXT)
    doc = newsmark.to_spacy(TR_TEXT, ann)  # spacy.blank("tr") by default
    assert doc.lang_ == "tr"
    kore = [e for e in doc.ents if e.text == "Kuzey Kore"]
    assert kore and kore[0].label_ == "LOC"
    after = doc[kore[0].end]
    assert after.text.startswith("'") and after.ent_iob_ == "O"
    ist = next(e for e in doc.ents if e.text == "İstanbul")
    assert doc[ist.end].text == "'da"


def test_displacy_draws_it_and_undetermined_language_uses_xx() -> None:
    from spacy import displacy

    text = "Marie Curie a reçu le prix Nobel à Stockholm."
    ann = newsmark.annotate(text, lang="und")
    doc = newsmark.to_spacy(text, ann)
    assert doc.lang_ == "xx"
    html = displacy.render(newsmark.to_spacy(TR_TEXT, newsmark.annotate(TR_TEXT)), style="ent", jupyter=False)
    assert "Sergey Lavrov" in html and "PER" in html


def test_other_offset_units_are_refused() -> None:
    ann = newsmark.annotate(TR_TEXT, offsets="utf16")
    with pytest.raises(ValueError, match="code-point offsets"):
        newsmark.to_spacy(TR_TEXT, ann)
