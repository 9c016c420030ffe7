#!/usr/bin/env python3
"""Error analysis for entity recognition on a labelled JSONL set (evaluation only).

    python3 benches/errors.py ../shared/eval/ner_tr_test.jsonl [--labels PER,ORG,LOC] [--show 30]

Classifies every disagreement between gold and `newsmark jsonl` as: missed, spurious, wrong
label (same span), boundary (overlap, same label), boundary+label; prints counts per kind and
label, and examples with context. Reads the set at run time; writes nothing into the project.
"""
import argparse
import collections
import json
import os
import random
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--labels", default="PER,ORG,LOC")
    ap.add_argument("--show", type=int, default=25)
    ap.add_argument("--kind", default=None, help="only show examples of this kind")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    labels = set(a.labels.split(","))
    cli = os.path.join(ROOT, "target", "release", "newsmark")
    data = open(a.gold, encoding="utf-8").read()
    out = subprocess.run([cli, "jsonl"], input=data.encode(), capture_output=True, check=True).stdout.decode()
    golds = [json.loads(l) for l in data.splitlines() if l.strip()]
    preds = {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}
    counts = collections.Counter()
    examples = collections.defaultdict(list)
    for g in golds:
        text = g["text"]
        gs = {(e["start"], e["end"]): e["label"] for e in g["entities"] if e["label"] in labels}
        ps = {(e["start"], e["end"]): e["label"] for e in preds[g["id"]].get("entities", []) if e["label"] in labels}
        used_p = set()
        ctx = lambda s, e: (text[max(0, s - 40):s] + "[" + text[s:e] + "]" + text[e:e + 40]).replace("\n", " ")
        for (s, e), l in gs.items():
            if ps.get((s, e)) == l:
                counts["correct", l] += 1
                used_p.add((s, e))
                continue
            if (s, e) in ps:
                k = ("label", f"{l}->{ps[(s, e)]}")
                used_p.add((s, e))
            else:
                ov = [(ps_, pl) for ps_, pl in ps.items() if ps_[0] < e and s < ps_[1]]
                if ov:
                    (ps_, pl) = ov[0]
                    used_p.add(ps_)
                    k = ("boundary", l) if pl == l else ("boundary+label", f"{l}->{pl}")
                    examples[k].append(f"gold {ctx(s, e)}  pred [{text[ps_[0]:ps_[1]]}]")
                    counts[k] += 1
                    continue
                k = ("missed", l)
            counts[k] += 1
            examples[k].append(ctx(s, e))
        for (s, e), l in ps.items():
            if (s, e) not in used_p:
                counts["spurious", l] += 1
                examples["spurious", l].append(ctx(s, e))
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"{v:6}  {k[0]:15} {k[1]}")
    random.seed(a.seed)
    for k, ex in sorted(examples.items(), key=lambda kv: -len(kv[1])):
        if a.kind and k[0] != a.kind:
            continue
        print(f"\n== {k[0]} {k[1]} ({len(ex)})")
        for x in random.sample(ex, min(a.show, len(ex))):
            print("  ", x)


if __name__ == "__main__":
    main()
