"""Numbers whose value the text does not settle give no figure (``extraction/uncertain.py``):
a magnitude word of a language the text is not read in ("Rp 5 triliun" with no locale is not
IDR 5), a spaced magnitude letter, a fraction after the number, a part before "of", and money
written like a thousands group with no locale. The generated word index stays true to the
language records."""

from __future__ import annotations

import importlib.util
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import corpus_cases
from headlinecheck import extract
from headlinecheck.lang import _unread_magnitudes

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_magnitude_index.py"
UNSETTLED = corpus_cases.cases("extract/unsettled.yaml")


def _script() -> object:
    spec = importlib.util.spec_from_file_location("build_magnitude_index", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_generated_index_is_current() -> None:
    script = _script()
    expected = script.module_text()  # type: ignore[attr-defined]
    path = Path(_unread_magnitudes.__file__)
    assert path.read_text(encoding="utf-8") == expected, (
        "run: PYTHONPATH=src python scripts/build_magnitude_index.py"
    )


def test_index_leaves_out_what_every_text_reads() -> None:
    # English and Indian English words are read anyway; "mil" and "arab" are settled by the
    # text's function words, so they must not be in the index.
    for word in ("million", "billion", "lakh", "crore", "mil", "arab"):
        assert word not in _unread_magnitudes.WORDS
    assert {"triliun", "milliarden", "tỷ"} <= _unread_magnitudes.WORDS


@pytest.mark.parametrize(
    "text",
    [
        "the province set aside Rp 3 triliun",
        "Hanoi approves 12 nghìn tỷ đồng",
        "ein Paket von €4 Milliarden",
    ],
)
def test_unread_magnitude_gives_no_figure(text: str) -> None:
    assert extract(text) == ()


def test_unread_word_is_read_with_its_locale() -> None:
    (figure,) = extract("the province set aside Rp 3 triliun", locale="id_ID")
    assert (figure.value, figure.currency) == (Decimal(3 * 10**12), "IDR")


def test_only_a_whole_word_is_a_magnitude() -> None:
    # "tri" and "bi" are Portuguese magnitudes; "tributes" and "bikes" are no magnitude words.
    (money,) = extract("Rp 3 tributes")
    assert (money.value, money.currency) == (Decimal(3), "IDR")
    (count,) = extract("5 bikes")
    assert (count.value, count.unit_noun) == (Decimal(5), "bikes")


@pytest.mark.parametrize("case", UNSETTLED, ids=corpus_cases.ids(UNSETTLED))
def test_unsettled_value_gives_no_figure(case: corpus_cases.Case) -> None:
    corpus_cases.assert_figure(case)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("a $7M contract", "7000000", "$"),
        ("KWD 2.250 per share", "2.25", "KWD"),  # three minor digits: a true decimal
        ("$1.250 billion", "1250000000", "$"),  # a magnitude settles it
        ("the cost of a million dollars", "1000000", "$"),  # "of" with no part word
        ("half a billion dollars", "500000000", "$"),
    ],
)
def test_settled_value_is_read(text: str, value: str, currency: str) -> None:
    (figure,) = extract(text)
    assert str(figure.value) == value
    assert str(figure.currency) == currency


def test_a_locale_settles_the_group() -> None:
    (figure,) = extract("a €2.500 bonus", locale="de_DE")
    assert figure.value == 2500
    (figure,) = extract("a $2.500 bonus", locale="en_US")
    assert str(figure.value) == "2.5"


def test_compound_magnitudes_are_one_count() -> None:
    (figure,) = extract("over 1 million 200 thousand people fled")
    assert (figure.value, figure.unit_noun, figure.low) == (
        Decimal(1_200_000),
        "people",
        Decimal(1_200_000),
    )


@pytest.mark.parametrize("text", ["the 9/11 attacks", "24/7 news desks", "5/10 people agree"])
def test_the_number_after_a_slash_is_no_count(text: str) -> None:
    assert extract(text) == ()


def test_and_a_half_is_part_of_the_number() -> None:
    (figure,) = extract("Two And A Half Billion Dollars For Schools")
    assert figure.value == 2_500_000_000
    # In digits the half is not read: neither "$2" nor "a half billion" is the amount.
    assert extract("a $2 and a half billion plan") == ()
    # "and a" before something else than a fraction is left alone.
    (figure,) = extract("raised 3 and a dollar")
    assert figure.value == 1
