"""Suite-wide set-up: keep the rate cache out of the user's home directory."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


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
