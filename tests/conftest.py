"""Suite-wide set-up: keep the rate cache out of the user's home directory, and share the bundled
rate table (tests/shared.py holds the values a fixture cannot reach)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from headlinecheck.rates import RateTable
from shared import load_bundled_table


@pytest.fixture(autouse=True, scope="session")
def _rate_cache_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    # Subprocesses (the CLI tests) inherit os.environ, so set it there rather than monkeypatching.
    previous = os.environ.get("HEADLINECHECK_CACHE_DIR")
    os.environ["HEADLINECHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("rate-cache"))
    yield
    if previous is None:
        os.environ.pop("HEADLINECHECK_CACHE_DIR", None)
    else:
        os.environ["HEADLINECHECK_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def bundled_table(_rate_cache_in_tmp: None) -> RateTable:
    """The bundled rate table, loaded once for the session, after the cache directory is set.
    Sharing it is safe: a table is frozen, and lookups only fill its memo of results. A test that
    counts reads or patches ``RateTable`` loads a table of its own."""
    return load_bundled_table()
