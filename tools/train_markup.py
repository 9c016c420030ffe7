#!/usr/bin/env python3
"""Checks and converts newsmark's own training news (data/train/{tr,en}/*.txt).

Markup: `{LABEL text}` marks an entity, LABEL one of PER ORG LOC MISC DATE. Articles start with a
line `### <id>`; paragraphs are separated by blank lines; lines starting with `#` (one hash and a
space) before the first article are file comments.

    python3 tools/train_markup.py check data/train/tr/*.txt   # validate, count sentences/entities
    python3 tools/train_markup.py jsonl data/train/tr/*.txt   # print JSONL (code-point offsets)
"""
import json
import re
import sys

LABELS = {"PER", "ORG", "LOC", "MISC", "DATE"}
MARK = re.compile(r"\{([A-Z]+) ([^{}]+)\}")


def parse(path):
    """Yields (article_id, text, entities, problems)."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    arts = re.split(r"^### +(\S+).*$", raw, flags=re.M)
    for i in range(1, len(arts), 2):
        aid, body = arts[i], arts[i + 1].strip("\n")
        text, ents, problems, pos = [], [], [], 0
        out_len = 0
        for m in MARK.finditer(body):
            chunk = body[pos:m.start()]
            text.append(chunk)
            out_len += len(chunk)
            label, inner = m.group(1), m.group(2)
            if label not in LABELS:
                problems.append(f"unknown label {label!r} in {m.group(0)!r}")
            if inner != inner.strip():
                problems.append(f"space at span edge in {m.group(0)!r}")
            ents.append({"start": out_len, "end": out_len + len(inner), "label": label})
            text.append(inner)
            out_len += len(inner)
            pos = m.end()
        text.append(body[pos:])
        t = "".join(text)
        for ch in "{}":
            if ch in t:
                k = t.index(ch)
                problems.append(f"stray {ch!r} near {t[max(0, k - 30):k + 30]!r}")
        yield aid, t, ents, problems


def sentences(text):
    n = 0
    for para in re.split(r"\n\s*\n|\n", text):
        para = para.strip()
        if not para:
            continue
        n += max(1, len(re.findall(r"[.!?…][\"”’']?(?=\s+[\"“‘']?[A-ZÇĞİÖŞÜ0-9])", para)) + 1)
    return n


def main():
    mode, paths = sys.argv[1], sys.argv[2:]
    total_s = total_e = bad = 0
    ids = set()
    for p in paths:
        fs = fe = fa = 0
        for aid, text, ents, problems in parse(p):
            if aid in ids:
                problems.append(f"duplicate article id {aid}")
            ids.add(aid)
            fa += 1
            s = sentences(text)
            fs += s
            fe += len(ents)
            for pr in problems:
                bad += 1
                print(f"{p}: {aid}: {pr}", file=sys.stderr)
            if mode == "jsonl":
                lang = "tr" if "/tr/" in p else "en"
                print(json.dumps({"id": aid, "lang": lang, "text": text, "entities": ents}, ensure_ascii=False))
        total_s += fs
        total_e += fe
        if mode == "check":
            print(f"{p}: {fa} articles, {fs} sentences, {fe} entities")
    if mode == "check":
        print(f"total: {len(ids)} articles, {total_s} sentences, {total_e} entities, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
