"""What many test modules share: the bundled rate table and the seed article's date.

Tests take the table as the session fixture ``bundled_table`` (tests/conftest.py); this module is
for what a fixture cannot reach: ``parametrize`` arguments, Hypothesis strategies and module-level
helpers.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta

from headlinecheck.rates import RateTable, bundled_rates_path

#: The seed article's publication date (examples/hong-kong-web3-budget.md): a Tuesday with ECB
#: rates of its own, and the date the suite publishes its seed-like articles on, and those whose
#: date does not matter.
SEED_PUBLISHED = date(2023, 8, 29)


def _last_bundled_date() -> date:
    # The CSV's last row, read as text: no table is loaded (and no cache written) at import.
    with bundled_rates_path().open("rb") as rows:
        rows.seek(-200, 2)
        return date.fromisoformat(rows.read().decode().strip().rsplit("\n", 1)[-1][:10])


#: A date 32 days past the bundled table's last rate: rates carried past the end (stays past
#: the end when the rates are updated).
PAST_TABLE_END = _last_bundled_date() + timedelta(days=32)


@functools.cache
def load_bundled_table() -> RateTable:
    """The bundled ECB table, loaded on first call and kept for the session.

    Never call it at import: a table binds its cache directory when loaded, and during collection
    conftest has not yet pointed the cache at a temporary directory, so the table would write its
    cache into the user's home. A path of its own rather than ``RateTable.load()``'s shared
    instance for the same reason: that one may have been made at import, and some tests reset it
    (``clear_default_cache``) under a cache directory of their own.
    """
    return RateTable.load(bundled_rates_path())
