#!/usr/bin/env python3
"""Speaker errors on a quote set (evaluation only): for each gold quote overlapping a predicted
direct quote, shows gold and predicted speakers with the text around the quote.

    python3 benches/quote_errors.py ../shared/eval/quotes_en_polnear_test.jsonl [--show 40]
"""
import argparse, json, os, random, subprocess, collections

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    data = open(a.gold, encoding="utf-8").read()
    out = subprocess.run([os.path.join(ROOT, "target/release/newsmark"), "jsonl"], input=data.encode(),
                         capture_output=True, check=True).stdout.decode()
    preds = {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}
    kinds = collections.Counter()
    ex = collections.defaultdict(list)
    for line in data.splitlines():
        g = json.loads(line)
        t = g["text"]
        pq = [q for q in preds[g["id"]]["quotes"] if q.get("kind", "direct") == "direct"]
        for q in g["quotes"]:
            m = [p for p in pq if p["start"] < q["end"] and q["start"] < p["end"]]
            if not m:
                kinds["quote missed"] += 1
                ex["quote missed"].append(t[max(0, q["start"] - 80):q["end"] + 40].replace("\n", " | "))
                continue
            p = m[0]
            gs, ps = q.get("speaker"), p.get("speaker")
            ok = (gs is None and ps is None) or (
                gs and ps and (q["speaker_start"] < p["speaker_end"] and p["speaker_start"] < q["speaker_end"]
                               or set(ps.lower().split()) <= set(gs.lower().split())
                               or set(gs.lower().split()) <= set(ps.lower().split())))
            if ok:
                kinds["ok"] += 1
                continue
            k = "no speaker predicted" if ps is None else ("speaker predicted, gold null" if gs is None else "wrong speaker")
            kinds[k] += 1
            s0 = max(0, min(q["start"], q.get("speaker_start") or q["start"]) - 60)
            s1 = max(q["end"], q.get("speaker_end") or 0) + 60
            ex[k].append(f"GOLD={gs!r} PRED={ps!r} CUE={p.get('cue')!r} :: " + t[s0:s1].replace("\n", " | "))
    for k, v in kinds.most_common():
        print(f"{v:5} {k}")
    random.seed(a.seed)
    for k, v in ex.items():
        print(f"\n== {k} ({len(v)})")
        for x in random.sample(v, min(a.show, len(v))):
            print("  ", x[:400])


if __name__ == "__main__":
    main()
