#!/usr/bin/env python3
"""Throughput of the native CLI (`newsmark jsonl`) on the sample articles, repeated.

    python3 benches/speed.py [--copies 2000]

Prints documents/s and MB/s, best of three runs. A benchmark, not a test: nothing asserts a time.
"""
import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=2000)
    ap.add_argument("--cli", default=os.path.join(ROOT, "target", "release", "newsmark"))
    a = ap.parse_args()
    texts = []
    for name in ("tr.txt", "en.txt"):
        with open(os.path.join(ROOT, "www", "samples", name), encoding="utf-8") as f:
            texts.append(f.read())
    lines = [json.dumps({"id": i, "text": texts[i % 2]}, ensure_ascii=False) for i in range(a.copies)]
    data = ("\n".join(lines) + "\n").encode()
    text_bytes = sum(len(texts[i % 2].encode()) for i in range(a.copies))
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        r = subprocess.run([a.cli, "jsonl", "--jobs", "1"], input=data, capture_output=True, check=True)
        dt = time.perf_counter() - t0
        assert r.stdout.count(b"\n") == a.copies
        best = dt if best is None else min(best, dt)
    print(f"{a.copies} articles ({text_bytes / 1e6:.2f} MB of text) in {best:.3f} s: "
          f"{a.copies / best:.0f} articles/s, {text_bytes / 1e6 / best:.2f} MB/s, "
          f"{best / a.copies * 1e3:.3f} ms per article (1 core, start-up included)")
    # Peak memory of one 5 MB article through `newsmark annotate` (the whole contract is built
    # in memory there, as in the page).
    big = "\n\n".join(f"{p.rstrip()} ({i})" for i, p in enumerate((texts[0] + "\n\n" + texts[1]).split("\n\n") * 2200))
    big = big[: 5_000_000]
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as f:
        f.write(big)
        f.flush()
        # Measured from a small fresh interpreter: on Linux a child's ru_maxrss includes the
        # memory image of the process that forked it (this one holds the test data), which
        # once made this line report 86 MB for a 72 MB run.
        probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
                 "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
                 "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        r = subprocess.run([sys.executable, "-c", probe, a.cli, "annotate", f.name, "--offsets", "utf16"],
                           check=True, capture_output=True, text=True)
        dt, peak_kb = r.stdout.split()
        dt, peak = float(dt), int(peak_kb)
    mb = len(big.encode()) / 1e6
    print(f"one {mb:.1f} MB article through `newsmark annotate` (JSON out): {dt * 1e3:.0f} ms, "
          f"peak RSS {peak / 1024:.0f} MB (budget: 10 x input + 30 MB = {10 * mb + 30:.0f} MB)")


if __name__ == "__main__":
    main()
