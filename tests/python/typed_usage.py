"""Typed use of the package, checked by `mypy --strict` in test_typing.py (not run as a test)."""

from collections import Counter
from typing import Dict, List, Optional

import newsmark
from newsmark import Annotations, Entity, Quote


def people(text: str) -> List[str]:
    ann: Annotations = newsmark.annotate(text, lang="tr")
    return [e["text"] for e in ann["entities"] if e["label"] == "PER"]


def first_place(ann: Annotations) -> Optional[Entity]:
    return next((e for e in ann["entities"] if e["label"] == "LOC"), None)


def who_said_what(texts: List[str]) -> Dict[str, int]:
    counts: Counter[str] = Counter()
    for ann in newsmark.annotate_many(texts, jobs=2, offsets="utf16"):
        for q in ann["quotes"]:
            if q["speaker_name"] is not None and q["kind"] == "direct":
                counts[q["speaker_name"]] += 1
    return dict(counts)


def span_length(q: Quote) -> int:
    return q["end"] - q["start"]


def safe(text: str) -> Optional[Annotations]:
    try:
        return newsmark.annotate(text, max_bytes=1 << 20)
    except newsmark.TooLarge as e:
        print(str(e))
        return None


version: str = newsmark.__version__
limit: int = newsmark.MAX_INPUT_BYTES
