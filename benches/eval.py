#!/usr/bin/env python3
"""Accuracy benchmark: runs `newsmark jsonl` over the public test sets in ../shared/eval and the
seed article's gold, keeps direct quotes, and scores with ../shared/eval/score.py.

Evaluation only: nothing here copies, learns from or lists the test data. When ../shared is not
beside the repository (a user's clone), it says so and exits 0.

    python3 benches/eval.py [--cli target/release/newsmark] [--shared ../shared]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SETS = [
    # (name, gold path relative to shared, extra score args, what to report)
    ("Turkish news NER (Milliyet test)", "eval/ner_tr_test.jsonl", [], "entities"),
    ("English CoNLL-2003 test, PER/ORG/LOC", "eval/ner_en_conll03_test.jsonl", ["--labels-map", "MISC=-"], "entities"),
    ("English CoNLL-2003 test, MISC only", "eval/ner_en_conll03_test.jsonl", ["--labels-map", "PER=-,ORG=-,LOC=-"], "entities"),
    ("PolNeAR English direct quotes", "eval/quotes_en_polnear_test.jsonl", ["--tasks", "quotes"], "quotes"),
    ("Seed article (tr), all labels", "seed/expected.jsonl", [], "both"),
    # Recent news (hand-labelled dev files): PER/ORG/LOC/DATE and direct quotes.
    ("Recent Turkish news (news_tr_dev)", "eval/news_tr_dev.jsonl", [], "both"),
    ("Recent English news (news_en_dev)", "eval/news_en_dev.jsonl", [], "both"),
    # Held-out parts of the licensed training corpora (Wikipedia, tweets): not news, but a
    # model that learned something general moves them up.
    ("Turkish-Wiki-NER dev+test (train/)", "train/ner_tr_dev.jsonl", [], "entities"),
    ("English dev mix (train/)", "train/ner_en_dev.jsonl", [], "entities"),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "target", "release", "newsmark"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--verbose", action="store_true", help="print score.py's full report")
    args = ap.parse_args()
    score = os.path.join(args.shared, "eval", "score.py")
    if not os.path.isfile(score):
        print(f"eval: skipped: {os.path.normpath(args.shared)}/eval is not here (it ships with CI, not with the project)")
        return 0
    rows = []
    for name, rel, extra, what in SETS:
        gold = os.path.join(args.shared, rel)
        if not os.path.isfile(gold):
            print(f"eval: {rel} missing, skipped")
            continue
        with open(gold, encoding="utf-8") as f:
            data = f.read()
        t0 = time.perf_counter()
        res = subprocess.run([args.cli, "jsonl"], input=data.encode(), capture_output=True)
        secs = time.perf_counter() - t0
        if res.returncode != 0:
            print(res.stderr.decode(), file=sys.stderr)
            return 1
        preds = []
        for line in res.stdout.decode().splitlines():
            d = json.loads(line)
            d["quotes"] = [q for q in d.get("quotes") or [] if q.get("kind", "direct") == "direct"]
            preds.append(d)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
            for d in preds:
                tmp.write(json.dumps(d, ensure_ascii=False) + "\n")
        out = subprocess.run([sys.executable, score, gold, tmp.name] + extra, capture_output=True, text=True)
        os.unlink(tmp.name)
        if args.verbose:
            print(f"== {name}\n{out.stdout}")
        last = out.stdout.strip().splitlines()[-1]
        vals = dict(kv.split("=") for kv in last.split())
        kb = len(data.encode()) / 1024
        rows.append((name, vals, secs, kb))
    seed_reported(args)
    print(f"{'set':40} {'ent F1':>7} {'partial':>7} {'quote F1':>8} {'overlap':>7} {'speaker':>7} {'KB/s':>8}")
    for name, v, secs, kb in rows:
        print(f"{name:40} {v['entity_f1']:>7} {v['entity_partial_f1']:>7} {v['quote_f1']:>8} {v['quote_overlap_f1']:>7} {v['speaker_acc']:>7} {kb / secs:>8.0f}")
    return 0


def seed_reported(args):
    """Counts the seed's reported-speech attributions listed in tests/seed_reported.json."""
    seed = os.path.join(args.shared, "seed", "article_tr.txt")
    spec_path = os.path.join(ROOT, "tests", "seed_reported.json")
    if not os.path.isfile(seed):
        return
    out = subprocess.run([args.cli, "annotate", seed], capture_output=True, check=True).stdout
    quotes = [q for q in json.loads(out)["quotes"] if q["kind"] == "reported"]
    expected = json.load(open(spec_path, encoding="utf-8"))["expected"]
    hits = 0
    for x in expected:
        want = x["speaker"].split()
        cues = x["cue"].split("|")
        if any(q["speaker"] and all(w in want for w in q["speaker"].split())
               and q["cue"] and any(c in q["cue"] for c in cues) for q in quotes):
            hits += 1
    print(f"Seed reported speech: {hits} of {len(expected)} attributions found with the right speaker")


if __name__ == "__main__":
    sys.exit(main())
