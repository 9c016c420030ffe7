"""Shared fixtures: texts written for these tests, the seed article, the CLI to compare with."""

import os
import shutil
import subprocess
from pathlib import Path
from typing import Optional

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A Turkish news paragraph as pasted from a page: a title, a dateline, case suffixes after
# straight and curly apostrophes, Turkish İ/ı/ş/ğ, curly quotes, emoji (a flag is two code
# points, four UTF-16 units) and a speaker named after a participle.
TR_TEXT = """Rusya'dan Kuzey Kore'ye yeni heyet 🇷🇺🇰🇵

İSTANBUL (AA) - Rusya Dışişleri Bakanlığı, Kuzey Kore'nin başkenti Pyongyang’a üst düzey bir heyet göndereceğini açıkladı. Dışişleri Bakanı Sergey Lavrov, İstanbul'da düzenlenen basın toplantısında “İş birliğimiz her alanda güçlenecek, kimse bunu engelleyemez” dedi. 🤝

Toplantıya katılan Türkiye Dışişleri Bakanı Hakan Fidan ise “Bölgede kalıcı barış için diyaloğu destekliyoruz” ifadelerini kullandı. Görüşmelerin 12 Mart 2026'da Ankara'da süreceği bildirildi.
"""

# An English wire story: a reporting verb after the quote, a pronoun speaker, money and a date.
EN_TEXT = """Port of Rotterdam to spend €1.2 billion on shore power

ROTTERDAM — The Port of Rotterdam Authority said on Tuesday it would spend €1.2 billion on shore power for cruise ships by 2030. “Ships at berth should not burn diesel in the middle of a city,” chief executive Boudewijn Siemons told reporters. He added that the plan had the backing of the Dutch government. 🚢
"""


def require_shared() -> bool:
    return os.environ.get("NEWSMARK_REQUIRE_SHARED") == "1"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """../shared/seed/article_tr.txt beside the repository; skipped when absent, a failure
    when NEWSMARK_REQUIRE_SHARED=1 (as in CI), like the Rust golden test."""
    p = ROOT.parent / "shared" / "seed" / "article_tr.txt"
    if not p.is_file():
        if require_shared():
            pytest.fail(f"{p} is required here (NEWSMARK_REQUIRE_SHARED=1) but missing")
        pytest.skip("../shared is not beside the repository")
    return p.read_text(encoding="utf-8")


def cli_path() -> Optional[str]:
    env = os.environ.get("NEWSMARK_CLI")
    if env:
        return env
    for p in (ROOT / "target" / "release" / "newsmark", ROOT / "target" / "debug" / "newsmark"):
        if p.is_file():
            return str(p)
    return shutil.which("newsmark")


@pytest.fixture(scope="session")
def cli() -> str:
    """The native CLI (NEWSMARK_CLI, else target/release or target/debug)."""
    p = cli_path()
    if p is None:
        pytest.fail("the newsmark CLI is needed: cargo build --release (or set NEWSMARK_CLI)")
    return p


def run_cli(cli: str, args: "list[str]", stdin: str) -> "subprocess.CompletedProcess[bytes]":
    return subprocess.run(
        [cli, *args], input=stdin.encode("utf-8"), capture_output=True, check=False
    )
