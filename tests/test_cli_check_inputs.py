"""QA regressions in the check command, run in-process through ``cli.main``."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from headlinecheck.cli import main


def _check(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str], *flags: str) -> str:
    (tmp_path / "a.md").write_text(text, "utf-8")
    main(["check", "--quiet", *flags, str(tmp_path / "a.md")])
    return capsys.readouterr().out.splitlines()[0]


@pytest.mark.parametrize(
    ("settings", "where", "message"),
    [
        ("headlinecheck:\n  dollar: USD\n  tolerance: 5\n", ":5:3: HC907", "tolerance"),
        ("headlinecheck:\n  dollar: EURO\n", ":5:3: HC907", "dollar"),
        ("locale: xx_YY\n", ":4:9: HC907", "unknown locale"),
        ("tags: [a]\ncurrency: EURO\n", ":5:11: HC907", "dollar"),
        ("locale: 12\n", ":4:9: HC907", "'locale' must be text"),
    ],
)
def test_a_bad_front_matter_setting_is_reported_on_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], settings: str, where: str, message: str
) -> None:
    text = f"---\ntitle: Sales hit $8M\ndate: 2022-12-22\n{settings}---\nUSD 7.9 million.\n"
    line = _check(tmp_path, text, capsys)
    assert where in line and message in line


def test_an_empty_headline_flag_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("The city set aside HKD 50 million.\n"))
    assert main(["check", "--headline", "  ", "--body-file", "-"]) == 2
    assert "--headline is empty" in capsys.readouterr().err


def test_a_glob_that_matches_nothing_is_an_error_like_a_missing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["check", "news/**/*.md"]) == 2
    assert "news/**/*.md: no file or directory matches this pattern" in capsys.readouterr().err


def test_sarif_tells_config_suppressions_from_article_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    (tmp_path / ".headlinecheck.toml").write_text('ignore = ["HC302"]\n', "utf-8")
    (tmp_path / "a.md").write_text(
        "---\ntitle: Sales up 45% to $8M\ndate: 2022-12-22\nheadlinecheck: {ignore: [HC102]}\n"
        "---\nSales rose 20% to USD 3 million.\n",
        "utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--format", "sarif", "a.md"]) == 0
    results = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    kinds = {r["ruleId"]: [s["kind"] for s in r["suppressions"]] for r in results}
    assert kinds == {"HC302": ["external"], "HC102": ["inSource"]}


def test_a_byte_order_mark_on_stdin_does_not_shift_positions(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    monkeypatch.setattr("sys.stdin", io.StringIO("\ufeff$5M"))
    assert main(["extract", "--json", "-"]) == 0
    [figure] = json.loads(capsys.readouterr().out)["figures"]
    assert (figure["start"], figure["end"]) == (0, 3)
    monkeypatch.setattr("sys.stdin", io.StringIO("\ufeffIt cost $5 million."))
    main(["check", "--format", "json", "--headline", "A $5M", "--body-file", "-"])
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert finding["evidence"]["column"] == 9
