"""The corpus loader (tests/corpus_cases.py): the format of tests/corpus/README.md, its errors
naming file and case, and every corpus file run by some test."""

from __future__ import annotations

import re
from decimal import Decimal
from fnmatch import fnmatch
from pathlib import Path

import pytest

import corpus_cases
from corpus_cases import CORPUS, CorpusError, assert_figure, load

TESTS = Path(__file__).parent


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_every_corpus_file_loads_and_is_named_by_a_test() -> None:
    named = {
        match
        for source in TESTS.glob("test_*.py")
        for match in re.findall(
            r"\"((?:extract|check|diagnoses|numbers|inputs)/[^\"]+\.yaml)\"", source.read_text()
        )
    }
    files = sorted(CORPUS.rglob("*.yaml"))
    assert len(files) >= 20
    for path in files:
        assert load(path), path
        name = path.relative_to(CORPUS).as_posix()
        assert any(fnmatch(name, pattern) for pattern in named), f"no test runs {name}"


def test_file_level_keys_are_defaults_a_case_may_override(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "extract/a.yaml",
        'currency: HKD\ncases:\n  - {text: "HKD 5", value: "5"}\n'
        '  - {text: "USD 5", value: "5", currency: USD, id: own}\n',
    )
    first, second = load(path, tmp_path)
    assert (first["currency"], second["currency"]) == ("HKD", "USD")
    assert second.header == {"currency": "HKD"}
    assert (first.id, second.id) == ("HKD 5", "own")
    assert first.where == "tests/corpus/extract/a.yaml case 1 ('HKD 5')"
    assert_figure(first)
    assert_figure(second)


def test_the_older_shape_a_bare_list_with_money_none(tmp_path: Path) -> None:
    path = write(tmp_path, "extract/old.yaml", '- {text: "in 2015", money: none}\n')
    (case,) = load(path, tmp_path)
    assert dict(case) == {"text": "in 2015", "none": "money"}
    assert_figure(case)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            'cases:\n  - {text: "$5", only: true}\n  - {text: "$6", vaule: "6"}\n',
            "case 2 ('$6'): unknown key 'vaule'",
        ),
        ('cases:\n  - {value: "6"}\n', "case 1 (''): missing key 'text'"),
        ('cases:\n  - {text: "$6", value: 6.5}\n', "value 6.5 must be a quoted decimal"),
        ('cases:\n  - {text: "$6", low: "six"}\n', "low 'six' is no decimal number"),
        ('cases:\n  - {text: "$6", kind: cash}\n', "kind 'cash' is none of money"),
        ('cases:\n  - {text: "$6", none: maybe}\n', "none 'maybe' must be true or one of"),
        ('cases:\n  - {text: "$6", locale: de_DE}\n', "says nothing about the figure"),
        ('cases:\n  - {text: "$6", none: true}\n  - text\n', "case 2: expected a mapping"),
        ("cases: [\n", "not YAML"),
        ("text: x\n", "expected a mapping with a `cases` list"),
        ("vaule: x\ncases: []\n", "(file-level keys): unknown key 'vaule'"),
    ],
)
def test_a_malformed_extract_file_names_file_case_and_key(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = write(tmp_path, "extract/bad.yaml", text)
    with pytest.raises(CorpusError) as raised:
        load(path, tmp_path)
    assert str(raised.value).startswith("tests/corpus/extract/bad.yaml")
    assert problem in str(raised.value)


CHECK = "  - id: a\n    headline: Firm pays $5\n    body: It paid $5.\n"


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ("    published: 29 August\n", "published '29 August' is no ISO date"),
        ("    expect: {claim: $5}\n", "expect must be a list"),
        (
            "    expect:\n      - {claim: $5, verdict: supported}\n",
            "expect entry 1: unknown or missing key 'diagnosis'",
        ),
        (
            "    rate: {pair: USD/HKD, used: 2023-01-02, value: '7.8', when: x}\n",
            "rate: unknown or missing key 'when'",
        ),
        ("  - id: a\n    headline: x\n    body: y\n", "case 2 ('a'): the id of case 1 again"),
    ],
)
def test_a_malformed_check_case_names_file_case_and_key(
    tmp_path: Path, extra: str, problem: str
) -> None:
    path = write(tmp_path, "diagnoses/bad.yaml", "diagnosis: null\ncases:\n" + CHECK + extra)
    with pytest.raises(CorpusError) as raised:
        load(path, tmp_path)
    assert str(raised.value).startswith("tests/corpus/diagnoses/bad.yaml case")
    assert problem in str(raised.value)


def test_a_folder_that_names_no_subject(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="first folder names no subject"):
        load(write(tmp_path, "misc/a.yaml", "cases: []\n"), tmp_path)


def test_a_name_that_matches_no_file() -> None:
    with pytest.raises(CorpusError, match=r"extract/nothing\.yaml: no such corpus file"):
        corpus_cases.cases("extract/nothing.yaml")


@pytest.mark.parametrize(
    "case",
    [
        '{text: "HKD 50", only: true, value: "51"}',
        '{text: "HKD 50", only: true, currency: USD}',
        '{text: "$50", only: true, currency: [USD]}',
        '{text: "HKD 50", only: true, currency: "$"}',
        '{text: "$50", only: true, symbol: "franc"}',
        '{text: "HKD 50 and HKD 60", only: true}',
        '{text: "HKD 50", none: true}',
        '{text: "HKD 50", none: money}',
        '{text: "HKD 50", kind: count, value: "50"}',
        '{text: "HKD 50", pick: "HKD 5"}',
        '{text: "about HKD 50", only: true, qualifier: none}',
        '{text: "HKD 50", only: true, top: unbounded}',
        '{text: "HKD 50", only: true, figure: "HKD 5"}',
        '{text: "50 companies", only: true, noun: firms}',
        '{text: "$5-6", only: true, high: "7"}',
        '{text: "HKD 50", only: true, precision: "10"}',
        '{text: "HKD 50", only: true, low: "40"}',
    ],
)
def test_a_wrong_expectation_fails(tmp_path: Path, case: str) -> None:
    (loaded,) = load(write(tmp_path, "extract/wrong.yaml", f"cases:\n  - {case}\n"), tmp_path)
    with pytest.raises(AssertionError):
        assert_figure(loaded)


TABLE = "columns: [text, value, ok]\ndecimals: [value]\ncases:\n"


def test_a_table_reads_rows_as_lists_or_mappings_with_exact_decimals(tmp_path: Path) -> None:
    rows = '  - ["6.40", "6.40", true]\n  - {text: x, value: null, ok: false}\n'
    first, second = load(write(tmp_path, "numbers/a.yaml", TABLE + rows), tmp_path)
    assert dict(first) == {"text": "6.40", "value": Decimal("6.40"), "ok": True}
    assert str(first["value"]) == "6.40"
    assert dict(second) == {"text": "x", "value": None, "ok": False}
    assert (first.id, second.id) == ("6.40", "x")
    assert first.header == {"columns": ("text", "value", "ok")}


def test_a_mapping_row_may_name_its_test_id_without_an_id_column(tmp_path: Path) -> None:
    rows = '  - {id: transposed, text: "46", value: "46", ok: true}\n  - ["x", null, false]\n'
    first, second = load(write(tmp_path, "check/a.yaml", TABLE + rows), tmp_path)
    assert (first.id, second.id) == ("transposed", "x")
    assert first.where == "tests/corpus/check/a.yaml case 1 ('transposed')"
    assert [first[c] for c in first.header["columns"]] == ["46", Decimal("46"), True]


def test_a_row_s_own_id_names_it_among_rows_named_by_their_cells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = '  - {id: own, text: a, value: "1", ok: true}\n  - [a, "2", true]\n  - [a, "3", true]\n'
    write(tmp_path, "numbers/mixed.yaml", TABLE + rows)
    monkeypatch.setattr(corpus_cases, "CORPUS", tmp_path)
    assert [p.id for p in corpus_cases.rows("numbers/mixed.yaml")] == ["own", "a|2", "a|3"]


def test_rows_gives_parameters_in_column_order() -> None:
    (param, *_) = corpus_cases.rows("numbers/digits.yaml")
    assert len(param.values) == len(corpus_cases.header("numbers/digits.yaml")["columns"])
    with pytest.raises(CorpusError, match="no table"):
        corpus_cases.rows("extract/counts.yaml")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (TABLE + '  - ["6.4", "6.4"]\n', "case 1: 2 cells for 3 columns (text, value, ok)"),
        (TABLE + '  - {text: x, value: "1", okay: true}\n', "unknown or missing column 'ok'"),
        (TABLE + '  - ["6.4", 6.4, true]\n', "case 1, value: 6.4 must be a quoted decimal"),
        (TABLE + '  - ["6.4", "six", true]\n', "case 1, value: 'six' is no decimal number"),
        (TABLE + "  - text\n", "case 1: expected a row"),
        ("columns: [a, a]\ncases: []\n", "columns must be a list of distinct names"),
        ("columns: [a]\ndecimals: [b]\ncases: []\n", "decimals ['b'] must be a list of columns"),
        ("columns: [a]\nrows: []\n", "unknown table key 'rows'"),
        ("cases: []\n", "numbers/ holds tables: give `columns`"),
        (
            TABLE + '  - {id: a, text: x, value: "1", ok: true}\n'
            '  - {id: a, text: y, value: "2", ok: true}\n',
            "case 2 ('a'): the id of case 1 again",
        ),
        (TABLE + '  - {id: 5, text: x, value: "1", ok: true}\n', "case 1: id 5 must be a"),
    ],
)
def test_a_malformed_table_names_file_case_and_column(
    tmp_path: Path, text: str, problem: str
) -> None:
    with pytest.raises(CorpusError) as raised:
        load(write(tmp_path, "numbers/bad.yaml", text), tmp_path)
    assert str(raised.value).startswith("tests/corpus/numbers/bad.yaml")
    assert problem in str(raised.value)


def test_rows_named_by_as_many_leading_cells_as_make_names_unique(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "numbers/twice.yaml", TABLE + '  - [a, "1", true]\n  - [a, "2", true]\n')
    monkeypatch.setattr(corpus_cases, "CORPUS", tmp_path)
    assert [p.id for p in corpus_cases.rows("numbers/twice.yaml")] == ["a|1", "a|2"]


def test_an_impossible_date_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "numbers/date.yaml", "columns: [day]\ncases:\n  - [2023-13-01]\n")
    with pytest.raises(CorpusError, match=r"numbers/date.yaml: a value YAML cannot read"):
        load(path, tmp_path)
