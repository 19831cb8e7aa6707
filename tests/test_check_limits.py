"""Hostile sizes: huge ratios give a verdict, long bodies are checked in linear time (issue 15)."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from check_helpers import FakeRates
from headlinecheck.checking import Verdict, check, context
from shared import SEED_PUBLISHED

SRC = Path(__file__).resolve().parents[1] / "src"
COMMAND = [sys.executable, "-m", "headlinecheck", "check"]
# The CLI run from tmp_path must import this tree, not an installed copy.
PATH = os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])
HUGE = "1" + "0" * 28

RATES = FakeRates({"EUR": Decimal("0.92"), "HKD": Decimal("7.8393")})


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (f"Firm raises ${HUGE}", "It raised $5."),
        (f"Firm raises EUR {HUGE}", "It raised $5."),
        (f"Firm hires {HUGE} people", "It hired 5 people."),
        (f"Firm raises ${HUGE}", "It raised 5 dollars, then $0.000001 more."),
    ],
)
def test_a_claim_far_beyond_the_body_is_a_mismatch_not_a_crash(headline: str, body: str) -> None:
    # A ratio over ~1e24 made quantize raise InvalidOperation (issue 15, item 3).
    report = check(headline, body, published=SEED_PUBLISHED, rates=RATES)
    assert [c.verdict for c in report.claims] == [Verdict.MISMATCH]
    difference = report.claims[0].difference
    assert difference is not None and difference > 10**20
    assert not report.ok


def test_the_cli_reports_a_huge_ratio_as_a_finding(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            *COMMAND,
            "--headline",
            f"Firm raises ${HUGE}",
            "--body-file",
            "-",
            "--date",
            "2023-08-29",
        ],
        input="It raised $5.\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
        },
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout.startswith("<stdin>:1:13: HC102 headline claims $")


class _Spy:
    def __init__(self, real: object) -> None:
        self.real = real
        self.calls: list[str] = []

    def __call__(self, text: str) -> object:
        self.calls.append(text)
        return self.real(text)  # type: ignore[operator]


def test_sentences_and_their_stems_are_found_once_per_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One "sentence" of 200 figures (no ". " anywhere): it used to be re-found and re-stemmed
    # for every figure, quadratic in the body (issue 15, item 6).
    body = "; ".join(f"revenue rose {n}% in region {n}" for n in range(200))
    bounds, stems = _Spy(context.sentence_bounds), _Spy(context.stems)
    monkeypatch.setattr(context, "sentence_bounds", bounds)
    monkeypatch.setattr(context, "stems", stems)
    report = check("Revenue rises 7% and 9%", body)
    assert [c.verdict for c in report.claims] == [Verdict.SUPPORTED] * 2
    assert bounds.calls == [body]
    # The body's one sentence is stemmed once, not once per figure.
    assert stems.calls.count(body) == 1
    assert [call for call in stems.calls if len(call) > 100] == [body]


def test_chinese_full_stops_end_sentences() -> None:
    body = "公司收入增长了30%。利润下降了5%！员工增加了12人？"
    sentences = context.Sentences(body)
    at = body.index("5%")
    assert sentences.around((at, at + 2)) == "利润下降了5%"
    at = body.index("12")
    assert sentences.around((at, at + 2)) == "员工增加了12人"


_WORD = st.text(alphabet="abcdefgh收入增长", min_size=1, max_size=6)
_SENTENCE = st.lists(_WORD, min_size=1, max_size=6).map(" ".join)
_END = st.sampled_from([". ", "! ", "? ", "。", "！", "？", "\n\n"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_SENTENCE, _END), min_size=1, max_size=12), st.data())
def test_every_position_lies_in_its_own_sentence(
    parts: list[tuple[str, str]], data: st.DataObject
) -> None:
    body = "".join(sentence + end for sentence, end in parts)
    sentences = context.Sentences(body)
    index = data.draw(st.integers(0, len(parts) - 1))
    start = sum(len(s) + len(e) for s, e in parts[:index])
    sentence, _ = parts[index]
    offset = data.draw(st.integers(0, len(sentence) - 1))
    span = (start + offset, start + offset + 1)
    found = sentences.around(span)
    # The sentence itself, with the white space a previous ". " leaves before it.
    assert found.strip() == sentence.strip()
    assert sentences.stems(span) == context.stems(found)
