"""The stubs (`.pyi`, `py.typed`, TypedDicts of the contract) under `mypy --strict`.

Checked as Python 3.10, the oldest version this mypy accepts; the package supports 3.9 (it
uses no 3.10 syntax: `typing.List`, `Optional`)."""

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def mypy(*args: str) -> "subprocess.CompletedProcess[str]":
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-version", "3.10", *args],
        capture_output=True, text=True, cwd=HERE, check=False,
    )


def test_typed_usage_passes_mypy_strict() -> None:
    out = mypy("typed_usage.py")
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_package_itself_passes_mypy_strict() -> None:
    out = mypy("-p", "newsmark")
    assert out.returncode == 0, out.stdout + out.stderr


def test_misuse_is_caught_on_every_marked_line() -> None:
    out = mypy("typed_misuse.py")
    assert out.returncode == 1, out.stdout + out.stderr
    src = (HERE / "typed_misuse.py").read_text().splitlines()
    marked = {i + 1 for i, line in enumerate(src) if "# E:" in line}
    flagged = {int(m) for m in re.findall(r"typed_misuse\.py:(\d+): error", out.stdout)}
    assert marked == flagged, out.stdout
