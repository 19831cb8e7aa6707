"""A RateTable crosses process boundaries (Dask workers) as a small recipe that gives the same
rates on the other side, or refuses if the files there are not the same."""

from __future__ import annotations

import pickle
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Literal

import pytest

from headlinecheck.errors import RatesFileError
from headlinecheck.rates import STRICT, RateTable

DATA = Path(__file__).parent / "data" / "rates"
SMALL = DATA / "small.csv"
NEWSROOM = DATA / "newsroom.csv"
QUERIES = [
    ("USD", "HKD", date(2023, 2, 22)),
    ("HKD", "USD", date(2023, 2, 24)),
    ("EUR", "GBP", date(2023, 2, 13)),
    ("GBP", "JPY", date(2008, 1, 2)),
]


@pytest.fixture
def rates(tmp_path: Path) -> Path:
    path = tmp_path / "rates.csv"
    path.write_bytes(SMALL.read_bytes())
    return path


def _answers(table: RateTable) -> list[object]:
    return [table.rate(base, quote, on) for base, quote, on in QUERIES]


@pytest.mark.parametrize("cache", [False, "dir"])
def test_a_loaded_table_round_trips(rates: Path, tmp_path: Path, cache: str | bool) -> None:
    cache_dir: Path | Literal[False] = tmp_path / "cache" if cache else False
    table = RateTable.load([rates, NEWSROOM], source_priority=("HKMA",), cache_dir=cache_dir)
    expected = _answers(table)
    data = pickle.dumps(table)
    assert len(data) < 1000  # the recipe, not the rows
    restored = pickle.loads(data)
    assert restored == table  # paths, policy and source priority
    assert _answers(restored) == expected
    assert restored.currencies == table.currencies
    assert restored._files[0].cache_dir == (cache_dir or None)


def test_an_unloaded_table_and_its_policy_round_trip(rates: Path) -> None:
    table = RateTable.load(rates, policy=STRICT, cache_dir=False)
    restored = pickle.loads(pickle.dumps(table))
    assert restored.policy is STRICT or restored.policy == STRICT
    assert restored.rate("USD", "HKD", date(2023, 2, 22)) == table.rate(
        "USD", "HKD", date(2023, 2, 22)
    )


def test_a_file_changed_after_pickling_is_refused(rates: Path) -> None:
    table = RateTable.load(rates, cache_dir=False)
    _answers(table)
    data = pickle.dumps(table)
    rates.write_text(SMALL.read_text().replace("8.3512", "8.3513"))
    restored = pickle.loads(data)
    with pytest.raises(RatesFileError, match="not the one the table was pickled from"):
        restored.rate("USD", "HKD", date(2023, 2, 22))


def test_the_bundled_table_round_trips_by_name(bundled_table: RateTable) -> None:
    on = date(2023, 2, 22)
    before = bundled_table.rate("USD", "HKD", on)
    restored = pickle.loads(pickle.dumps(bundled_table))
    assert restored.paths == bundled_table.paths
    assert restored.rate("USD", "HKD", on) == before


def test_a_table_unpickles_in_a_fresh_interpreter(rates: Path, tmp_path: Path) -> None:
    table = RateTable.load(rates, cache_dir=tmp_path / "cache")
    expected = table.rate("USD", "HKD", date(2023, 2, 22))
    script = (
        "import pickle, sys; from datetime import date; "
        "t = pickle.loads(sys.stdin.buffer.read()); "
        "print(t.rate('USD', 'HKD', date(2023, 2, 22)).value)"
    )
    src = Path(__file__).resolve().parents[1] / "src"
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=pickle.dumps(table),
        capture_output=True,
        check=True,
        env={"PYTHONPATH": str(src), "HEADLINECHECK_CACHE_DIR": str(tmp_path / "worker")},
    )
    assert done.stdout.decode().strip() == str(expected.value)


def test_the_currency_set_is_built_once(rates: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = RateTable.load(rates, cache_dir=False)
    table.rate("USD", "HKD", date(2023, 2, 22))
    table.rate("EUR", "GBP", date(2023, 2, 22))  # each pair finds its series once
    walks = []
    original = RateTable._groups

    def counting(self: RateTable):  # type: ignore[no-untyped-def]
        walks.append(1)
        return original(self)

    monkeypatch.setattr(RateTable, "_groups", counting)
    for day in (22, 23, 24):
        table.rate("USD", "HKD", date(2023, 2, day))
        table.rate("EUR", "GBP", date(2023, 2, day))
    assert walks == []
