"""examples/spark/annotate_corpus.py, actually run: Spark in local[2] mode on 2,000 generated
articles; its Parquet rows must be the CLI's own output for the same corpus, row for row, so
the distributed path cannot drift from the single-machine one."""

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "spark"
N = 2000


def cli() -> str:
    p = os.environ.get("NEWSMARK_CLI") or str(ROOT / "target" / "release" / "newsmark")
    assert Path(p).is_file(), f"{p}: build the CLI first (cargo build --release)"
    return p


def cli_rows(out: bytes) -> "list[tuple]":
    """The rows the Spark job must write, from `newsmark jsonl` output lines."""
    rows = []
    for line in out.decode("utf-8").splitlines():
        d = json.loads(line)
        assert "error" not in d, d
        for e in d["entities"]:
            rows.append((d["id"], d["lang"], "entity", e["start"], e["end"], e["label"], e["text"],
                         e["cluster"], None, None, None, None, None, None))
        for q in d["quotes"]:
            rows.append((d["id"], d["lang"], "quote", q["start"], q["end"], q["kind"], q["text"], None,
                         q["speaker"], q["speaker_start"], q["speaker_end"], q["speaker_cluster"],
                         q["speaker_name"], q["cue"]))
    return rows


def test_spark_job_writes_the_clis_rows(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    subprocess.run([sys.executable, str(EXAMPLE / "make_corpus.py"), "--n", str(N), "--seed", "14",
                    "-o", str(corpus)], check=True)
    assert sum(1 for _ in corpus.open(encoding="utf-8")) == N

    single = subprocess.run([cli(), "jsonl", str(corpus)], capture_output=True, check=True)
    want = cli_rows(single.stdout)

    out = tmp_path / "marks.parquet"
    job = subprocess.run([sys.executable, str(EXAMPLE / "annotate_corpus.py"), str(corpus), str(out),
                          "--master", "local[2]"], capture_output=True, text=True)
    print(job.stdout)
    assert job.returncode == 0, job.stderr[-5000:]
    result = json.loads(next(l for l in job.stdout.splitlines() if l.startswith("RESULT "))[7:])
    assert result["documents"] == N

    table = pq.read_table(out)
    cols = ["doc_id", "lang", "kind", "start", "end", "label", "text", "cluster", "speaker",
            "speaker_start", "speaker_end", "speaker_cluster", "speaker_name", "cue"]
    assert table.column_names == cols
    got = list(zip(*(table.column(c).to_pylist() for c in cols)))

    # Counts first (the readable failure), then every row.
    count = lambda rows: Counter((r[2], r[5]) for r in rows)  # noqa: E731
    assert count(got) == count(want)
    assert result["rows"] == {"entity": sum(r[2] == "entity" for r in want),
                              "quote": sum(r[2] == "quote" for r in want)}
    key = lambda r: (r[0], r[2], r[3], -r[4])  # noqa: E731
    assert sorted(got, key=key) == sorted(want, key=key)
    # A corpus worth the name: every label the templates carry, quotes with speakers.
    kinds = count(want)
    assert len(want) > 20_000
    for k in [("entity", "PER"), ("entity", "ORG"), ("entity", "LOC"), ("entity", "DATE"),
              ("entity", "MONEY"), ("entity", "PERCENT"), ("quote", "direct"), ("quote", "reported")]:
        assert kinds[k] > 100, (k, kinds)
    assert sum(1 for r in want if r[2] == "quote" and r[8] is not None) > 3000
