"""newsmark: who and what a news article mentions, and who said what (Turkish, English).

>>> import newsmark
>>> text = "Bakan Ayşe Kaya, İstanbul'da \\"Hazırız\\" dedi. 😀"
>>> ann = newsmark.annotate(text)
>>> [(e["text"], e["label"]) for e in ann["entities"]]
[('Ayşe Kaya', 'PER'), ('İstanbul', 'LOC')]
>>> e = ann["entities"][1]; text[e["start"]:e["end"]]
'İstanbul'
>>> ann["quotes"][0]["speaker"]
'Ayşe Kaya'

``annotate`` returns the JSON contract (``schema/annotations.schema.json``, typed in
``newsmark.contract``) as dicts and lists, offsets in code points by default: Python's own
string indexing. ``annotate_many`` annotates a list on all cores, the GIL released.
``to_spacy`` turns a result into a spaCy ``Doc`` (spaCy is needed only there).
"""

from bisect import bisect_right
from typing import Any, List, Optional, Tuple

from ._newsmark import MAX_INPUT_BYTES, TooLarge, __version__, annotate, annotate_many
from .contract import (
    Annotations,
    Block,
    BlockKind,
    Cluster,
    Entity,
    Label,
    Lang,
    OffsetUnit,
    Quote,
    QuoteKind,
)

__all__ = [
    "MAX_INPUT_BYTES",
    "Annotations",
    "Block",
    "BlockKind",
    "Cluster",
    "Entity",
    "Label",
    "Lang",
    "OffsetUnit",
    "Quote",
    "QuoteKind",
    "TooLarge",
    "__version__",
    "annotate",
    "annotate_many",
    "to_spacy",
]


def to_spacy(text: str, annotations: Annotations, nlp: Any = None) -> Any:
    """A spaCy ``Doc`` of ``text`` carrying ``annotations`` (code-point offsets, the default).

    - ``doc.ents``: the entities, labels as in the contract (``PER``, ``ORG``, ``LOC``…);
    - ``doc.spans["quotes"]`` (labelled ``direct``, ``reported``, ``term``),
      ``doc.spans["speakers"]`` (labelled with the speaker's name) and ``doc.spans["cues"]``;
    - ``doc.user_data["newsmark"]``: the whole contract.

    ``nlp`` gives the tokenizer and vocabulary; by default ``spacy.blank(lang)`` (``xx`` for an
    undetermined language), which needs no model download. Tokens are spaCy's, cut where a
    span starts or ends inside one (``Kore'ye`` → ``Kore`` ``'ye``), so every span is exactly
    its text and ``doc.text == text``. ``displacy.render(doc, style="ent")`` draws it.
    spaCy is imported here only: newsmark itself does not depend on it.
    """
    if annotations["offsets"] != "codepoint":
        raise ValueError(
            f"to_spacy needs code-point offsets, not {annotations['offsets']!r}: "
            "annotate(text, offsets=\"codepoint\") (the default)"
        )
    import spacy
    from spacy.tokens import Doc
    from spacy.util import filter_spans

    if nlp is None:
        lang = annotations["lang"]
        nlp = spacy.blank("xx" if lang == "und" else lang)

    edges: List[int] = []
    for e in annotations["entities"]:
        edges += [e["start"], e["end"]]
    for q in annotations["quotes"]:
        edges += [q["start"], q["end"]]
        for s, t in ((q["speaker_start"], q["speaker_end"]), (q["cue_start"], q["cue_end"])):
            if s is not None and t is not None:
                edges += [s, t]
    cuts = sorted(set(edges))

    words: List[str] = []
    spaces: List[bool] = []
    for tok in nlp.make_doc(text):
        a = tok.idx
        b = a + len(tok.text)
        inner = cuts[bisect_right(cuts, a) : bisect_right(cuts, b - 1)]
        pieces = [a, *inner, b]
        for i in range(len(pieces) - 1):
            words.append(text[pieces[i] : pieces[i + 1]])
            spaces.append(bool(tok.whitespace_) and i == len(pieces) - 2)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)

    def spans(items: List[Tuple[Optional[int], Optional[int], str]]) -> List[Any]:
        out = []
        for s, t, label in items:
            if s is not None and t is not None:
                span = doc.char_span(s, t, label=label)
                if span is None:  # cannot happen: every edge is a token boundary
                    raise ValueError(f"span {s}:{t} is not on token boundaries")
                out.append(span)
        return out

    ents = annotations["entities"]
    quotes = annotations["quotes"]
    doc.ents = filter_spans(spans([(e["start"], e["end"], e["label"]) for e in ents]))
    doc.spans["quotes"] = spans([(q["start"], q["end"], q["kind"]) for q in quotes])
    doc.spans["speakers"] = spans(
        [(q["speaker_start"], q["speaker_end"], q["speaker_name"] or "") for q in quotes]
    )
    doc.spans["cues"] = spans([(q["cue_start"], q["cue_end"], "CUE") for q in quotes])
    doc.user_data["newsmark"] = annotations
    return doc
