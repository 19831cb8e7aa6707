"""The devset runner: pairing labels with claims, scoring, floors, bad input."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from headlinecheck import evaluate


def _record(rid: str, headline: str, body: str, claims: list[dict[str, object]]) -> str:
    return json.dumps(
        {"id": rid, "published": "2024-03-01", "headline": headline, "body": body, "claims": claims}
    )


# A correct headline, labelled so.
SUPPORTED_RIGHTLY = _record(
    "r1",
    "Mill Gets $8 Million Grant",
    "The mill received USD 8 million.",
    [{"headline_text": "$8 Million", "label": "supported"}],
)


def _write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_scores_right_wrong_and_false_supported(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        SUPPORTED_RIGHTLY,
        # a wrong label on purpose: the checker supports it, the label says mismatch
        _record(
            "r2",
            "Port Wins $3 Million Contract",
            "The port won a USD 3 million contract.",
            [{"headline_text": "$3 Million", "label": "mismatch"}],
        ),
        # skipped: unverifiable and contested claims
        _record(
            "r3",
            "Farm Sells 40 Cows",
            "The farm sold its herd.",
            [
                {"headline_text": "40 Cows", "label": "unverifiable"},
                {"headline_text": "Farm", "label": "supported", "contested": True},
            ],
        ),
    )
    score = evaluate.score_file(path)
    assert (score.right, score.scored, score.false_supported) == (1, 2, 1)
    assert score.accuracy == Decimal("0.500")
    assert [str(m) for m in score.misses] == ["r2: '$3 Million' labelled mismatch, got supported"]


def test_an_unpaired_label_is_a_miss_named_none(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        _record(
            "r1",
            "Council Approves Budget",
            "The council approved USD 8 million.",
            [{"headline_text": "Budget", "label": "supported"}],
        ),
    )
    assert evaluate.score_file(path).misses[0].got == "none"


def test_floor_sets_the_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(
        tmp_path,
        SUPPORTED_RIGHTLY,
        _record(
            "r2",
            "Mill Gets $9 Million Grant",
            "The mill received USD 8 million.",
            [{"headline_text": "$9 Million", "label": "supported"}],
        ),
    )
    assert evaluate.main([str(path), "--floor", "0.5"]) == 0
    assert evaluate.main([str(path), "--floor", "0.9", "--quiet"]) == 1
    out, err = capsys.readouterr()
    assert "r2: '$9 Million' labelled supported, got mismatch" in out
    assert "FLOOR:" in err and "accuracy 0.500" in err


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", ":1: not JSON"),
        ("[1, 2]", ":1: a record must be a JSON object"),
        (
            '{"id": "x", "headline": "h", "body": "b", "claims": []}',
            ":1: record has no 'published'",
        ),
        (
            _record("x", "h", "b", []).replace("2024-03-01", "March 1"),
            "published is not an ISO date (got 'March 1')",
        ),
        (
            _record("x", "Mill Gets $8M", "b", [{"headline_text": "$9M", "label": "supported"}]),
            "headline_text is not in the headline (got '$9M')",
        ),
    ],
)
def test_bad_input_names_file_and_line_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, message: str
) -> None:
    path = _write(tmp_path, line)
    assert evaluate.main([str(path)]) == 2
    err = capsys.readouterr().err
    assert f"evaluate: error: {path}" in err and message in err
    assert "Traceback" not in err


@pytest.mark.parametrize("floor", ["abc", "1.5", "-0.1"])
def test_a_bad_floor_is_a_usage_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], floor: str
) -> None:
    path = _write(tmp_path, SUPPORTED_RIGHTLY)
    with pytest.raises(SystemExit) as exit_info:
        evaluate.main([str(path), "--floor", floor])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --floor: {floor!r} is not" in err and "Traceback" not in err
