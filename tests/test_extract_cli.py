"""`headlinecheck extract`: table, JSON, options, stdin, errors."""

from __future__ import annotations

import io
import json

import pytest

from headlinecheck.cli import main


def test_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "Park gets $6.4M as 150+ companies move in; HKD 50 million"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == [
        "kind",
        "value",
        "interval",
        "currency",
        "qualifier",
        "noun",
        "span",
        "text",
    ]
    assert out[2].split()[:4] == ["money", "6400000", "[6350000,", "6450000)"]
    assert "$?(USD|HKD)" in out[2]
    assert "companies" in out[3] and "more_than" in out[3]
    assert out[4].endswith("HKD 50 million")


def test_json_is_stable_and_uses_strings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--json", "over $5m, 30%"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == 1
    money, percent = data["figures"]
    assert money == {
        "kind": "money",
        "value": "5000000",
        "value_high": None,
        "low": "5000000",
        "high": "Infinity",
        "precision": "1000000",
        "currency": {"ambiguous": "$", "candidates": ["USD", "HKD"]},
        "qualifier": "more_than",
        "unit_noun": None,
        "start": 5,
        "end": 8,
        "text": "$5m",
    }
    assert percent["kind"] == "percent" and percent["currency"] is None


def test_dollar_and_locale_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--json", "--dollar", "HKD", "--locale", "de_DE", "1.234,5 $"]) == 0
    figure = json.loads(capsys.readouterr().out)["figures"][0]
    assert (figure["value"], figure["currency"]) == ("1234.5", "HKD")


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("It cost €5bn."))
    assert main(["extract", "-"]) == 0
    assert "EUR" in capsys.readouterr().out


def test_nothing_found(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "In 2015, nothing."]) == 0
    assert capsys.readouterr().out.strip() == "no figures found"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dollar", "XYZ"], "unknown currency 'XYZ'"),
        (["--locale", "xx_YY"], "unknown locale"),
    ],
)
def test_bad_options_exit_two_with_one_line(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", *args, "$5"]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--locale", "de_DE", "1,2 Mrd. Euro"], ("money", "1200000000", "EUR")),
        (["--locale", "de_DE", "3,5 Prozent"], ("percent", "3.5", None)),
        (["--locale", "pt_BR", "R$ 10 milhões"], ("money", "10000000", "BRL")),
        (["Series C $50M round"], ("money", "50000000", "$")),
        (["5m people"], ("count", "5000000", None)),
        (["3 dead in crash"], ("count", "3", None)),
    ],
)
def test_json_of_the_qa_forms(
    argv: list[str], expected: tuple[str, str, str | None], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--json", *argv]) == 0
    (figure,) = json.loads(capsys.readouterr().out)["figures"]
    currency = figure["currency"]
    if isinstance(currency, dict):
        currency = currency["ambiguous"]
    assert (figure["kind"], figure["value"], currency) == expected
