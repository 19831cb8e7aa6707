"""A magnitude word of a language the text is not read in gives no figure ("Rp 5 triliun" with
no locale is not IDR 5); the generated word index stays true to the language records."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from headlinecheck import extract
from headlinecheck.lang import _unread_magnitudes

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_magnitude_index.py"


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
        "a $6 millions bonus",
    ],
)
def test_unread_magnitude_gives_no_figure(text: str) -> None:
    assert extract(text) == ()


def test_unread_word_is_read_with_its_locale() -> None:
    (figure,) = extract("the province set aside Rp 3 triliun", locale="id_ID")
    assert (figure.value, figure.currency) == (3 * 10**12, "IDR")


def test_only_a_whole_word_is_a_magnitude() -> None:
    # "tri" and "bi" are Portuguese magnitudes; "tributes" and "bikes" are no magnitude words.
    (money,) = extract("Rp 3 tributes")
    assert (money.value, money.currency) == (3, "IDR")
    (count,) = extract("5 bikes")
    assert (count.value, count.unit_noun) == (5, "bikes")
