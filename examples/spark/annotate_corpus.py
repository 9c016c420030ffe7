#!/usr/bin/env python3
"""Annotates a JSONL corpus with newsmark on Spark and writes Parquet: one row per entity and
one per quote.

    python examples/spark/annotate_corpus.py corpus.jsonl out.parquet --master "local[*]"
    spark-submit examples/spark/annotate_corpus.py hdfs:///corpus/*.jsonl s3a://bucket/marks

Input lines are `{"id", "text", "lang"}` (`lang`: "tr", "en", "und", or null to detect), as the
CLI's `newsmark jsonl` reads them. Each partition is annotated by the Python package
(`pip install newsmark-*.whl` on every executor, or ship a virtual environment with
`--archives`): newsmark is imported once per partition, and its lexicon and model weights are
compiled into the extension and loaded once per Python worker, so there is no annotator to
build or broadcast. Each call releases the GIL; Spark gives each task one core, so annotation
runs one document at a time per task.

Output columns (`kind` = "entity" or "quote"; a document that cannot be annotated gives one
row of kind "error" with the message in `text`, as the CLI writes `{"id","error"}`):

    doc_id, lang, kind, start, end, label, text, cluster,
    speaker, speaker_start, speaker_end, speaker_cluster, speaker_name, cue

`start`/`end` are code points into the document's text (Python `text[start:end]`, Spark SQL
`substring(text, start + 1, end - start)`); `label` is the entity label (PER, ORG, LOC, MISC,
DATE, TIME, MONEY, PERCENT) or the quote kind (direct, reported, term).

The job prints its wall time, the rows written per second, and the documents per second per
core spent inside newsmark, the figure to size a cluster with (README, "At scale").
"""

import argparse
import json
import os
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql import types as T

INPUT = T.StructType([
    T.StructField("id", T.StringType()),
    T.StructField("text", T.StringType()),
    T.StructField("lang", T.StringType()),
])

OUTPUT = T.StructType([
    T.StructField("doc_id", T.StringType(), False),
    T.StructField("lang", T.StringType()),
    T.StructField("kind", T.StringType(), False),
    T.StructField("start", T.IntegerType()),
    T.StructField("end", T.IntegerType()),
    T.StructField("label", T.StringType()),
    T.StructField("text", T.StringType()),
    T.StructField("cluster", T.IntegerType()),
    T.StructField("speaker", T.StringType()),
    T.StructField("speaker_start", T.IntegerType()),
    T.StructField("speaker_end", T.IntegerType()),
    T.StructField("speaker_cluster", T.IntegerType()),
    T.StructField("speaker_name", T.StringType()),
    T.StructField("cue", T.StringType()),
])


def annotate_partition(rows, seconds, docs):
    """Rows of one partition → entity and quote rows. `seconds` and `docs` are accumulators of
    the CPU time spent inside newsmark (this thread's, so other work on the machine does not
    count) and the documents annotated."""
    import newsmark  # on the executor, once per partition

    spent = 0.0
    n = 0
    for row in rows:
        t0 = time.thread_time()
        try:
            ann = newsmark.annotate(row.text or "", lang=row.lang)
        except ValueError as e:  # bad `lang`, or newsmark.TooLarge
            yield (row.id, None, "error", None, None, None, str(e),
                   None, None, None, None, None, None, None)
            continue
        finally:
            spent += time.thread_time() - t0
            n += 1
        lang = ann["lang"]
        for e in ann["entities"]:
            yield (row.id, lang, "entity", e["start"], e["end"], e["label"], e["text"],
                   e["cluster"], None, None, None, None, None, None)
        for q in ann["quotes"]:
            yield (row.id, lang, "quote", q["start"], q["end"], q["kind"], q["text"], None,
                   q["speaker"], q["speaker_start"], q["speaker_end"], q["speaker_cluster"],
                   q["speaker_name"], q["cue"])
    seconds.add(spent)
    docs.add(n)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="JSONL file(s) or folder: {\"id\",\"text\",\"lang\"} a line")
    ap.add_argument("out", help="Parquet output folder (overwritten)")
    ap.add_argument("--master", default=None, help="e.g. local[2]; default: spark-submit's")
    ap.add_argument("--partitions", type=int, default=None,
                    help="partitions to annotate in (default: 4 per core)")
    args = ap.parse_args(argv)

    # Local mode: the Python workers are this interpreter (with newsmark installed), not
    # whatever `python3` is first on PATH. On a cluster, set spark.pyspark.python instead.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("newsmark-annotate-corpus").config(
        "spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    cores = spark.sparkContext.defaultParallelism
    seconds = spark.sparkContext.accumulator(0.0)
    docs = spark.sparkContext.accumulator(0)

    t0 = time.perf_counter()
    corpus = spark.read.schema(INPUT).json(args.corpus)
    # A JSONL file is read as few splits; spread the documents over every core.
    corpus = corpus.repartition(args.partitions or 4 * cores)
    rows = corpus.rdd.mapPartitions(lambda part: annotate_partition(part, seconds, docs))
    # The rows are built to OUTPUT's shape above: no per-row type check in Python.
    marks = spark.createDataFrame(rows, OUTPUT, verifySchema=False)
    marks.write.mode("overwrite").parquet(args.out)
    wall = time.perf_counter() - t0

    written = spark.read.parquet(args.out).groupBy("kind").count().collect()
    counts = {r["kind"]: r["count"] for r in written}
    total = sum(counts.values())
    per_core = docs.value / seconds.value if seconds.value else 0.0
    print(f"annotate_corpus: {docs.value} documents -> {total} rows "
          f"({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}) in {args.out}")
    print(f"annotate_corpus: job wall time {wall:.1f} s on {cores} cores: "
          f"{total / wall:,.0f} rows/s, {docs.value / wall:,.0f} documents/s")
    print(f"annotate_corpus: inside newsmark {seconds.value:.2f} CPU seconds: "
          f"{per_core:,.0f} documents/s per core")
    print("RESULT " + json.dumps({"documents": docs.value, "rows": counts, "wall_s": wall,
                                  "cores": cores, "newsmark_core_s": seconds.value}))
    spark.stop()


if __name__ == "__main__":
    main()
