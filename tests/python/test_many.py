"""newsmark.annotate_many: input order, the same results as one by one, threads without the GIL."""

import multiprocessing
import os
import threading
import time
from pathlib import Path

import pytest

import newsmark
from conftest import EN_TEXT, ROOT, TR_TEXT


def corpus(n: int) -> "list[str]":
    """n distinct articles: the test texts and the page's samples, each numbered."""
    samples = [TR_TEXT, EN_TEXT]
    samples += [(ROOT / "www" / "samples" / f).read_text(encoding="utf-8") for f in ("tr.txt", "en.txt")]
    return [f"{samples[i % len(samples)]}\n{i}. haber / story {i}" for i in range(n)]


def test_results_come_back_in_input_order_and_equal_one_by_one() -> None:
    texts = corpus(40)
    one_by_one = [newsmark.annotate(t) for t in texts]
    for jobs in (None, 1, 2, 3):
        assert newsmark.annotate_many(texts, jobs=jobs) == one_by_one, f"jobs={jobs}"
    # The numbered last line differs per text: results really are in input order.
    last = [a["blocks"][-1]["end"] for a in one_by_one]
    assert last == [len(t) for t in texts]


def test_any_iterable_of_str_and_the_options() -> None:
    texts = [TR_TEXT, EN_TEXT]
    assert newsmark.annotate_many(iter(texts)) == newsmark.annotate_many(tuple(texts))
    assert newsmark.annotate_many([]) == []
    utf16 = newsmark.annotate_many(texts, offsets="utf16", lang="tr")
    assert [a["offsets"] for a in utf16] == ["utf16", "utf16"]
    assert [a["lang"] for a in utf16] == ["tr", "tr"]


def test_errors_name_the_text() -> None:
    with pytest.raises(TypeError, match="list of texts, not one str"):
        newsmark.annotate_many(TR_TEXT)
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not int"):
        newsmark.annotate_many([TR_TEXT, 7])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="jobs must be at least 1, not 0"):
        newsmark.annotate_many([TR_TEXT], jobs=0)
    with pytest.raises(ValueError, match='unknown language "xx"'):
        newsmark.annotate_many([TR_TEXT], lang="xx")  # type: ignore[arg-type]
    big = "a" * 2000
    with pytest.raises(newsmark.TooLarge, match=r"^texts\[2\]: text is too large: 2000 bytes, the limit is 1000 bytes"):
        newsmark.annotate_many([TR_TEXT[:900], "kısa", big], max_bytes=1000)


def threads() -> int:
    return len(os.listdir("/proc/self/task"))


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc (Linux)")
def test_runs_on_worker_threads_with_the_gil_released() -> None:
    texts = corpus(1500)
    samples: "list[int]" = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            samples.append(threads())
            time.sleep(0.0005)

    watcher = threading.Thread(target=watch)
    watcher.start()
    time.sleep(0.05)
    before = threads()  # this thread and the watcher
    t0 = time.perf_counter()
    during_start = len(samples)
    out = newsmark.annotate_many(texts, jobs=2)
    wall2 = time.perf_counter() - t0
    during = samples[during_start:]
    stop.set()
    watcher.join()
    assert len(out) == len(texts)
    # The watcher is Python code: it could only run while annotate_many had let go of the GIL.
    assert len(during) >= 20, f"the watcher ran {len(during)} times in {wall2:.2f} s"
    # Two worker threads of its own while it ran (jobs=2), gone after.
    assert max(during) >= before + 2, (before, max(during))
    deadline = time.monotonic() + 5
    while threads() > before - 1 and time.monotonic() < deadline:  # the watcher has ended too
        time.sleep(0.01)
    assert threads() == before - 1, "the call's threads end with it"

    t0 = time.perf_counter()
    newsmark.annotate_many(texts, jobs=1)
    wall1 = time.perf_counter() - t0
    print(f"\nannotate_many, {len(texts)} articles: jobs=1 {wall1:.2f} s, jobs=2 {wall2:.2f} s "
          f"(x{wall1 / wall2:.2f} on {os.cpu_count()} cores, shared with whatever else runs)")


def test_single_annotate_releases_the_gil_too() -> None:
    """Python threads calling annotate run in parallel: each call lets go of the GIL."""
    text = corpus(4)[3] * 40  # ~50 KB
    ticks: "list[float]" = []
    stop = threading.Event()

    def tick() -> None:
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.0005)

    t = threading.Thread(target=tick)
    t.start()
    t0 = time.perf_counter()
    for _ in range(5):
        newsmark.annotate(text)
    t1 = time.perf_counter()
    stop.set()
    t.join()
    inside = [x for x in ticks if t0 <= x <= t1]
    assert len(inside) >= 10, f"{len(inside)} ticks in {t1 - t0:.3f} s"


def _in_child(q: "multiprocessing.Queue[int]") -> None:
    q.put(len(newsmark.annotate_many([TR_TEXT, EN_TEXT])))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")
def test_a_forked_child_can_annotate_after_the_parent_did() -> None:
    """multiprocessing with fork (Linux's default before 3.14) after annotate_many: the child
    has none of the parent's threads, so annotate_many keeps no pool between calls."""
    newsmark.annotate_many([TR_TEXT] * 8)
    ctx = multiprocessing.get_context("fork")
    q: "multiprocessing.Queue[int]" = ctx.Queue()
    child = ctx.Process(target=_in_child, args=(q,))
    child.start()
    child.join(60)
    alive = child.is_alive()
    if alive:
        child.kill()
    assert not alive, "the child hung"
    assert child.exitcode == 0 and q.get(timeout=5) == 2
