#!/usr/bin/env python3
"""Licence and duplicate check of the crates compiled into newsmark (an offline stand-in for
`cargo deny check licenses bans`): every crate reachable from newsmark's normal dependencies,
for the native and the wasm target, must carry a licence the project can ship (MIT OR
Apache-2.0 project: permissive licences only), and no crate may be compiled in two versions.
The Python binding (bindings/python: PyO3, pythonize) is checked for licences too; its
build-time macros may differ in version from the core's (PyO3's use syn 3), which costs no size.

    python3 tools/check_deps.py
"""
import json
import re
import subprocess
import sys

ALLOWED = {"MIT", "Apache-2.0", "Apache-2.0 WITH LLVM-exception", "BSD-2-Clause", "BSD-3-Clause",
           "ISC", "Zlib", "Unicode-3.0", "Unicode-DFS-2016", "CC0-1.0", "Unlicense", "BSL-1.0", "0BSD"}


def licence_ok(expr):
    """An SPDX expression is fine when, reading OR as a choice, one side is allowed."""
    if not expr:
        return False
    expr = expr.replace("/", " OR ")
    for alt in re.split(r"\s+OR\s+", expr.strip("() ")):
        terms = [t.strip("() ") for t in re.split(r"\s+AND\s+", alt)]
        if all(t in ALLOWED for t in terms):
            return True
    return False


def graph(target, root_name="newsmark"):
    cmd = ["cargo", "metadata", "--format-version", "1", "--filter-platform", target]
    meta = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    pkgs = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = next(p["id"] for p in meta["packages"] if p["name"] == root_name)
    seen, stack = set(), [root]
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        for dep in nodes[pid]["deps"]:
            kinds = {k["kind"] for k in dep["dep_kinds"]}
            if kinds & {None, "build"}:  # normal and build dependencies ship or run
                stack.append(dep["pkg"])
    return [pkgs[i] for i in seen]


def main():
    host = subprocess.run(["rustc", "-vV"], capture_output=True, text=True, check=True).stdout
    host = re.search(r"host: (\S+)", host).group(1)
    bad, dups = [], []
    for target in (host, "wasm32-unknown-unknown"):
        crates = graph(target)
        versions = {}
        for p in crates:
            versions.setdefault(p["name"], set()).add(p["version"])
            if p["name"] != "newsmark" and not licence_ok(p.get("license")):
                bad.append(f"{p['name']} {p['version']}: {p.get('license')!r} ({target})")
        dups += [f"{n}: {sorted(v)} ({target})" for n, v in versions.items() if len(v) > 1]
        print(f"check_deps: {len(crates)} crates for {target}")
    crates = graph(host, "newsmark-python")
    for p in crates:
        if not p["name"].startswith("newsmark") and not licence_ok(p.get("license")):
            bad.append(f"{p['name']} {p['version']}: {p.get('license')!r} (Python binding)")
    print(f"check_deps: {len(crates)} crates for the Python binding")
    for line in bad:
        print(f"check_deps: licence not allowed: {line}")
    for line in dups:
        print(f"check_deps: compiled in two versions: {line}")
    return 1 if bad or dups else 0


if __name__ == "__main__":
    sys.exit(main())
