"""The currency lexicon: CLDR data, newsroom spellings, ambiguity."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from corpus_cases import rows
from headlinecheck import _lexicon
from headlinecheck.currencies import (
    DOLLAR_CODES,
    AmbiguousDollar,
    code_currency,
    dollar_candidates,
    head_currency,
    name_currency,
    symbol_currency,
)

ROOT = Path(__file__).resolve().parents[1]


def _build_script() -> object:
    spec = importlib.util.spec_from_file_location(
        "build_lexicon", ROOT / "scripts" / "build_lexicon.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_lexicon"] = module
    spec.loader.exec_module(module)
    return module


def test_committed_lexicon_matches_the_installed_babel() -> None:
    import babel

    build = _build_script()
    assert babel.__version__ == _lexicon.BABEL_VERSION, (
        "babel differs from the one the lexicon was built with; pin it or rerun "
        "scripts/build_lexicon.py"
    )
    expected = build.build()  # type: ignore[attr-defined]
    assert (ROOT / "src" / "headlinecheck" / "_lexicon.py").read_text(encoding="utf-8") == expected


@pytest.mark.parametrize(("symbol", "locale", "code"), rows("extract/lexicon/symbols.yaml"))
def test_symbols(symbol: str, locale: str | None, code: str) -> None:
    assert symbol_currency(symbol, locale) == code


@pytest.mark.parametrize(("name", "code"), rows("extract/lexicon/names.yaml"))
def test_names(name: str, code: str) -> None:
    assert name_currency(name) == code


def test_dollars_and_other_shared_words_are_ambiguous() -> None:
    assert head_currency("dollars") == AmbiguousDollar()
    francs = head_currency("francs")
    assert isinstance(francs, AmbiguousDollar)
    assert francs.candidates[0] == "CHF"
    assert francs.symbol == "franc"


def test_words_that_are_english_first_are_not_heads() -> None:
    assert head_currency("real") is None
    assert head_currency("won") is None
    assert name_currency("gold") is None
    assert name_currency("or") is None


def test_codes() -> None:
    assert code_currency("USD", after_number=False) == "USD"
    assert code_currency("usd", after_number=False) == "USD"
    assert code_currency("Usd", after_number=False) is None
    assert code_currency("ALL", after_number=False) is None
    assert code_currency("TRY", after_number=True) == "TRY"
    assert code_currency("try", after_number=True) is None
    assert code_currency("ZZZ", after_number=True) is None


def test_dollar_candidates_order() -> None:
    assert dollar_candidates(()) == ("USD", "HKD")
    assert dollar_candidates(("SGD", "HKD", "AUD")) == ("USD", "HKD", "SGD", "AUD")
    assert {"USD", "HKD", "SGD", "TWD", "AUD", "CAD"} <= DOLLAR_CODES
