#!/usr/bin/env python3
"""Throughput of the native CLI on one core: news-sized articles through `newsmark jsonl
--jobs 1`, and one 5 MB document through `newsmark annotate` (time and peak memory).

    python3 benches/speed.py [--articles 500]

The news-sized articles are the two samples in www/samples/ joined, paragraph by paragraph,
into documents of about 5 KB, every paragraph numbered across the corpus (so no document or
block repeats another). They are written to bench-out/news.jsonl, where benches/peers/run.mjs
reads the very same texts for the wasm and for compromise and wink-nlp; the figures go to
bench-out/speed.json for its summary table. A benchmark, not a test: nothing asserts a time.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench-out")


def news_articles(tr, en, count, size=5000):
    """`count` documents of about `size` bytes: the Turkish then the English sample's
    paragraphs, numbered, repeated until the document is `size` bytes long."""
    paras = tr.split("\n\n") + en.split("\n\n")
    docs, n = [], 0
    for _ in range(count):
        doc = ""
        while len(doc.encode()) < size:
            for p in paras:
                n += 1
                doc += f"{p.rstrip()} ({n})\n\n"
        docs.append(doc)
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--cli", default=os.path.join(ROOT, "target", "release", "newsmark"))
    a = ap.parse_args()
    texts = []
    for name in ("tr.txt", "en.txt"):
        with open(os.path.join(ROOT, "www", "samples", name), encoding="utf-8") as f:
            texts.append(f.read())
    os.makedirs(OUT, exist_ok=True)
    results = {}

    docs = news_articles(texts[0], texts[1], a.articles)
    lines = [json.dumps({"id": i, "text": d}, ensure_ascii=False) for i, d in enumerate(docs)]
    data = ("\n".join(lines) + "\n").encode()
    with open(os.path.join(OUT, "news.jsonl"), "wb") as f:
        f.write(data)
    text_bytes = sum(len(d.encode()) for d in docs)
    best = None
    for _ in range(5):
        t0 = time.perf_counter()
        r = subprocess.run([a.cli, "jsonl", "--jobs", "1"], input=data, capture_output=True, check=True)
        dt = time.perf_counter() - t0
        assert r.stdout.count(b"\n") == a.articles
        best = dt if best is None else min(best, dt)
    results["news"] = {"articles": a.articles, "bytes": text_bytes, "seconds": best}
    print(f"{a.articles} news-sized articles ({text_bytes / a.articles / 1e3:.1f} KB each, "
          f"{text_bytes / 1e6:.2f} MB of text) through `newsmark jsonl --jobs 1` in {best:.3f} s: "
          f"{text_bytes / 1e6 / best:.2f} MB/s, {best / a.articles * 1e3:.3f} ms per article "
          f"(1 core, start-up and JSON included; best of 5)")

    # One 5 MB article through `newsmark annotate` (the whole contract is built in memory there,
    # as in the page): time and peak memory.
    big = "\n\n".join(f"{p.rstrip()} ({i})" for i, p in enumerate((texts[0] + "\n\n" + texts[1]).split("\n\n") * 2200))
    big = big[: 5_000_000]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as f:
        f.write(big)
        f.flush()
        # Measured from a small fresh interpreter: on Linux a child's ru_maxrss includes the
        # memory image of the process that forked it (this one holds the test data), which
        # once made this line report 86 MB for a 72 MB run.
        probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
                 "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
                 "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        runs = []
        for _ in range(3):
            r = subprocess.run([sys.executable, "-c", probe, a.cli, "annotate", f.name, "--offsets", "utf16"],
                               check=True, capture_output=True, text=True)
            dt, peak_kb = r.stdout.split()
            runs.append((float(dt), int(peak_kb)))
    dt = min(t for t, _ in runs)
    peak = max(p for _, p in runs)
    mb = len(big.encode()) / 1e6
    results["big"] = {"bytes": len(big.encode()), "seconds": dt, "peak_kb": peak}
    print(f"one {mb:.1f} MB article through `newsmark annotate` (JSON out): {dt * 1e3:.0f} ms "
          f"({mb / dt:.1f} MB/s, best of 3, start-up included), "
          f"peak RSS {peak / 1024:.0f} MB (budget: 10 x input + 30 MB = {10 * mb + 30:.0f} MB)")
    with open(os.path.join(OUT, "speed.json"), "w") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
