"""`headlinecheck config`: effective values and their origins, an article's front matter, and
"did you mean" for unknown configuration keys and flags."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from headlinecheck import config as cfg
from headlinecheck.cli import main
from headlinecheck.errors import ConfigError

PYPROJECT = """\
[project]
name = "newsroom"

[tool.headlinecheck]
dollar = "USD"
ignore = ["HC104"]

[[tool.headlinecheck.overrides]]
paths = ["hk/**"]
locale = "en_HK"
"""

ARTICLE = """---
title: "Park gets $6.4M"
date: 29 August 2023
headlinecheck:
  dollar: HKD
  ignore: [HC103]
---

The government set aside HKD 50 million.
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cfg._discover.cache_clear()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "hk").mkdir()
    (tmp_path / "hk" / "park.md").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def _lines(out: str) -> dict[str, tuple[str, str]]:
    """``key -> (value, origin)`` of the TOML's top table, unset keys included."""
    found = {}
    for line in out.split("[[")[0].splitlines():
        if line.startswith("# ") and ": not set: " in line:
            key = line[2:].split(":")[0]
            found[key] = ("", line.rsplit("(", 1)[1].rstrip(")"))
        elif " = " in line and " # " in line:
            assignment, origin = line.split(" # ", 1)
            key, value = assignment.split(" = ", 1)
            found[key] = (value.strip(), origin)
    return found


def _config(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["config", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_every_value_is_effective_and_says_where_it_comes_from(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = ARTICLE.replace(
        "date: 29 August 2023\nheadlinecheck:\n  dollar: HKD\n  ignore: [HC103]\n", ""
    )
    (repo / "hk" / "plain.md").write_text(plain, encoding="utf-8")
    code, out, _ = _config("hk/plain.md", capsys=capsys)
    assert code == 0
    lines = _lines(out)
    assert lines["tolerance"] == ('"0.005"', "default (the checker's)")
    assert lines["dollar"] == ('"USD"', "pyproject.toml:5")
    assert lines["ignore"] == ('["HC104"]', "pyproject.toml:6")
    assert lines["locale"] == ('"en_HK"', "pyproject.toml:10 (overrides[0])")
    assert lines["rates"] == ("[]", "default: the bundled ECB rates")
    assert lines["date"][1] == "default"  # not set, and said what that means
    assert "# date: not set: each article's own date" in out


def test_an_article_adds_its_front_matter_and_flags_win(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _config("hk/park.md", "--tolerance", "1%", capsys=capsys)
    assert code == 0
    assert out.splitlines()[1] == "# for: hk/park.md"
    lines = _lines(out)
    assert lines["dollar"] == ('"HKD"', "front matter (hk/park.md:5)")
    assert lines["date"] == ('"2023-08-29"', "front matter (hk/park.md:3)")
    assert lines["ignore"] == (
        '["HC103", "HC104"]',
        "pyproject.toml:6, front matter (hk/park.md)",
    )
    assert lines["tolerance"] == ('"0.01"', "command line (--tolerance)")


def test_json_has_the_same_values_and_origins(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _config("hk/park.md", "--json", "--date", "1 Sep 2023", capsys=capsys)
    assert code == 0
    document = json.loads(out)
    assert document["path"] == "hk/park.md"
    assert document["settings"]["tolerance"] == "0.005"
    assert document["settings"]["date"] == "2023-09-01"
    assert document["origins"]["date"] == "command line (--date)"
    assert document["origins"]["dollar"] == "front matter (hk/park.md:5)"
    assert list(document["origins"]) == [*document["settings"], "include", "exclude"]


def test_a_skipped_article_and_a_feed_are_said_so(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    skipped = ARTICLE.replace("  dollar: HKD\n", "  skip: true\n")
    (repo / "hk" / "skipped.md").write_text(skipped, encoding="utf-8")
    assert "# skip: true in the front matter" in _config("hk/skipped.md", capsys=capsys)[1]
    record = json.dumps({"headline": "A $5M deal", "body": "USD 5 million.", "published": None})
    (repo / "feed.jsonl").write_text(record + "\n" + record + "\n", encoding="utf-8")
    code, out, _ = _config("feed.jsonl", capsys=capsys)
    assert code == 0
    assert "# 2 articles in feed.jsonl: each one's own date and settings apply" in out


def test_an_unreadable_article_is_its_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "bad.md").write_text(ARTICLE.replace("29 August 2023", "08/09/2023"), "utf-8")
    code, out, err = _config("bad.md", capsys=capsys)
    assert (code, out) == (2, "")
    assert "bad.md:3: bad publication date '08/09/2023'" in err


def test_the_output_is_still_toml(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # tomllib is in the standard library from 3.11; tomli is the same code for 3.10 (as src does).
    tomllib: Any = importlib.import_module("tomllib" if sys.version_info >= (3, 11) else "tomli")

    table = tomllib.loads(_config("hk/park.md", capsys=capsys)[1])["tool"]["headlinecheck"]
    assert table["tolerance"] == "0.005"
    assert table["dollar"] == "HKD"
    assert "locale" in table and "date" in table


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('dollar = "USD"\ntolerence = 0.01\n', ":2: unknown key 'tolerence'; did you mean"),
        ("failon = 'mismatch'\n", ":1: unknown key 'failon'; did you mean 'fail-on'?"),
        ("[[overrides]]\npaths = ['a']\ndolar = 'HKD'\n", ":3: overrides[0]: unknown key 'dolar'"),
        ("colour = 1\n", ":1: unknown key 'colour'; known keys: date, dollar, exclude, fail-on"),
    ],
)
def test_an_unknown_key_names_the_nearest_with_file_and_line(
    tmp_path: Path, toml: str, message: str
) -> None:
    cfg._discover.cache_clear()
    path = tmp_path / ".headlinecheck.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        cfg.discover(path)
    assert f"{path}{message}" in str(caught.value)
    word = message.split("'")[1]
    nearest = {"tolerence": "tolerance", "failon": "fail-on", "dolar": "dollar"}.get(word)
    assert (nearest is None) == ("did you mean" not in str(caught.value))
    if nearest:
        assert str(caught.value).endswith(f"did you mean {nearest!r}?")


def test_an_unknown_key_in_pyproject_gets_its_line(repo: Path) -> None:
    (repo / "pyproject.toml").write_text(PYPROJECT.replace("ignore", "ignroe"), "utf-8")
    with pytest.raises(ConfigError) as caught:
        cfg.discover(repo)
    assert "pyproject.toml:6: unknown key 'ignroe'; did you mean 'ignore'?" in str(caught.value)


@pytest.mark.parametrize(
    ("argv", "usage", "error"),
    [
        (
            ["check", "a.md", "--tolerence", "1%"],
            "usage: headlinecheck check ",
            "unrecognized arguments: --tolerence 1% (did you mean --tolerance?)",
        ),
        (["config", "--jsno"], "usage: headlinecheck config ", "(did you mean --json?)"),
        (
            ["rates", "verify", "--bogus"],
            "usage: headlinecheck rates verify ",
            "headlinecheck rates verify: error: unrecognized arguments: --bogus\n",
        ),
        (["rates", "show", "--bogus", "USD", "HKD"], "usage: headlinecheck rates show ", ""),
    ],
)
def test_a_bad_flag_is_the_deepest_commands_error_with_a_suggestion(
    argv: list[str], usage: str, error: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(usage)
    assert error in err
