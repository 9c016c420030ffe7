"""Mistakes the stubs must catch: `mypy --strict` fails on each marked line (test_typing.py)."""

import newsmark

ann = newsmark.annotate("Ankara'da toplantı yapıldı.", offsets="utf8")  # E: offsets
n: str = ann["entities"][0]["start"]  # E: start is an int
ann["quotes"][0]["speaker"].upper()  # E: speaker may be None
ann["entities"][0]["score"]  # E: no such key
newsmark.annotate_many(["a"], jobs="2")  # E: jobs is an int
