"""newsmark.annotate from the installed wheel: the contract, offsets, errors."""

import doctest
import json
import sys
from pathlib import Path

import pytest

import newsmark
from conftest import EN_TEXT, TR_TEXT, run_cli


def test_the_installed_wheel_is_tested_not_the_source_tree() -> None:
    here = Path(newsmark.__file__).resolve()
    assert Path(sys.prefix).resolve() in here.parents, here
    pkg = here.parent
    assert (pkg / "py.typed").is_file()
    assert (pkg / "_newsmark.pyi").is_file()
    assert any(p.name.startswith("_newsmark.abi3") for p in pkg.iterdir()), "an abi3 module"


def test_module_docstring_examples_run() -> None:
    result = doctest.testmod(newsmark, verbose=False)
    assert result.attempted >= 4 and result.failed == 0


def test_the_contract_equals_the_clis_json(cli: str) -> None:
    for text in (TR_TEXT, EN_TEXT):
        out = run_cli(cli, ["annotate", "-"], text)
        assert out.returncode == 0, out.stderr
        assert newsmark.annotate(text) == json.loads(out.stdout)


def test_round_trip_on_the_seed_article(cli: str, seed_text: str) -> None:
    ann = newsmark.annotate(seed_text)
    out = run_cli(cli, ["annotate", "-"], seed_text)
    assert out.returncode == 0, out.stderr
    assert ann == json.loads(out.stdout), "the same contract as the CLI"
    # Through JSON and back: plain dicts, lists, str, int and None only.
    assert json.loads(json.dumps(ann, ensure_ascii=False)) == ann
    assert ann["lang"] == "tr" and ann["offsets"] == "codepoint"
    for e in ann["entities"]:
        assert seed_text[e["start"] : e["end"]] == e["text"]
    for q in ann["quotes"]:
        assert seed_text[q["start"] : q["end"]] == q["text"]
        if q["speaker_start"] is not None:
            assert seed_text[q["speaker_start"] : q["speaker_end"]] == q["speaker"]
    names = {e["text"] for e in ann["entities"]}
    assert {"Kuzey Kore", "SVR"} <= names
    svr = [q for q in ann["quotes"] if q["cue"] == "aktardığına göre"]
    assert svr and svr[0]["speaker"] == "SVR"
    assert svr[0]["speaker_name"] == "Rusya Dış İstihbarat Servisi"


def _slice(text: str, unit: str, start: int, end: int) -> str:
    if unit == "codepoint":
        return text[start:end]
    if unit == "utf16":
        return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")
    return text.encode("utf-8")[start:end].decode("utf-8")


@pytest.mark.parametrize("unit", ["codepoint", "utf16", "byte"])
def test_offsets_equal_slicing_in_every_unit(unit: str) -> None:
    for text in (TR_TEXT, EN_TEXT):
        ann = newsmark.annotate(text, offsets=unit)
        assert ann["offsets"] == unit
        assert ann["entities"] and ann["quotes"]
        for e in ann["entities"]:
            assert _slice(text, unit, e["start"], e["end"]) == e["text"]
        for q in ann["quotes"]:
            assert _slice(text, unit, q["start"], q["end"]) == q["text"]
            for a, b, t in (("speaker_start", "speaker_end", "speaker"), ("cue_start", "cue_end", "cue")):
                if q[a] is not None:
                    assert _slice(text, unit, q[a], q[b]) == q[t]
        covered = set()
        for b in ann["blocks"]:
            covered |= set(range(b["start"], b["end"]))
        if unit == "codepoint":
            assert all(i in covered for i, c in enumerate(text) if not c.isspace())


def test_turkish_text_with_emoji_by_python_slicing() -> None:
    ann = newsmark.annotate(TR_TEXT)
    assert ann["lang"] == "tr"
    by_text = {(e["text"], e["label"]) for e in ann["entities"]}
    # Suffixes stay outside the names: İstanbul'da → İstanbul, Kuzey Kore'nin → Kuzey Kore.
    assert {("İstanbul", "LOC"), ("Kuzey Kore", "LOC"), ("Pyongyang", "LOC"), ("Sergey Lavrov", "PER"),
            ("Hakan Fidan", "PER")} <= by_text
    ist = next(e for e in ann["entities"] if e["text"] == "İstanbul")
    assert TR_TEXT[ist["start"] : ist["end"] + 3] == "İstanbul'da"
    # The flags before it are two code points each: offsets count code points, not UTF-16 units.
    assert ist["start"] == TR_TEXT.index("İstanbul'da")
    said = {q["speaker"]: q["text"] for q in ann["quotes"] if q["kind"] == "direct"}
    assert said["Sergey Lavrov"].startswith("“İş birliğimiz")
    assert said["Hakan Fidan"] == "“Bölgede kalıcı barış için diyaloğu destekliyoruz”"


def test_english_text_and_a_pronoun_speaker() -> None:
    ann = newsmark.annotate(EN_TEXT, lang="en")
    assert ann["lang"] == "en"
    labels = {(e["text"], e["label"]) for e in ann["entities"]}
    assert ("Boudewijn Siemons", "PER") in labels
    assert any(lab == "MONEY" for _, lab in labels)
    q = next(q for q in ann["quotes"] if q["kind"] == "direct")
    assert q["speaker"] == "Boudewijn Siemons" and q["cue"] == "told"


def test_lang_option_and_auto() -> None:
    assert newsmark.annotate(TR_TEXT, lang="tr")["lang"] == "tr"
    assert newsmark.annotate(TR_TEXT, lang="auto")["lang"] == "tr"
    assert newsmark.annotate(TR_TEXT, lang=None)["lang"] == "tr"
    assert newsmark.annotate(EN_TEXT)["lang"] == "en"
    assert newsmark.annotate(TR_TEXT, lang="und")["lang"] == "und"


def test_empty_and_whitespace_text() -> None:
    for text in ("", "  \n\t "):
        ann = newsmark.annotate(text)
        assert ann["entities"] == [] and ann["quotes"] == [] and ann["blocks"] == []


def test_bad_options_are_value_errors_with_the_clis_messages(cli: str) -> None:
    with pytest.raises(ValueError) as err:
        newsmark.annotate(TR_TEXT, lang="klingon")
    # The CLI's `jsonl` reports the same core message for a bad "lang".
    line = json.dumps({"id": "x", "text": TR_TEXT, "lang": "klingon"})
    out = json.loads(run_cli(cli, ["jsonl"], line + "\n").stdout)
    assert str(err.value) == out["error"]
    assert 'unknown language "klingon"' in str(err.value)
    assert not isinstance(err.value, newsmark.TooLarge)

    with pytest.raises(ValueError, match='unknown offset unit "utf8x": use "utf16", "codepoint" or "byte"'):
        newsmark.annotate(TR_TEXT, offsets="utf8x")
    with pytest.raises(ValueError, match="max_bytes must be a size in bytes, not -1"):
        newsmark.annotate(TR_TEXT, max_bytes=-1)
    with pytest.raises(TypeError):
        newsmark.annotate(b"bytes are not text")
    with pytest.raises(TypeError):
        newsmark.annotate(TR_TEXT, colour="red")


def test_too_large_text_raises_too_large_with_the_clis_message(cli: str) -> None:
    mib = 1024 * 1024
    text = (TR_TEXT * (mib // len(TR_TEXT.encode()) + 1))
    out = run_cli(cli, ["annotate", "-", "--max-mib", "1"], text)
    assert out.returncode != 0
    cli_msg = out.stderr.decode().strip().removeprefix("newsmark: ")
    with pytest.raises(newsmark.TooLarge) as err:
        newsmark.annotate(text, max_bytes=mib)
    assert str(err.value) == cli_msg
    assert f"{len(text.encode())} bytes, the limit is {mib} bytes" in cli_msg
    assert isinstance(err.value, ValueError), "TooLarge is a ValueError: a bad argument"
    # The default limit, 20 MiB, as in the CLI and the JS module.
    assert newsmark.MAX_INPUT_BYTES == 20 * mib
    with pytest.raises(newsmark.TooLarge):
        newsmark.annotate("a" * (newsmark.MAX_INPUT_BYTES + 1))
    assert newsmark.annotate(text, max_bytes=len(text.encode()))["lang"] == "tr"
