"""Dated FX rates: the ``RateTable`` that owns rate data, and the ``Rate`` values it hands out.

CONTRACT (shared by the team; the rates helper implements it):

    table = RateTable.load()                     # bundled data/fx_rates.csv, lazy + cached
    table = RateTable.load([path1, path2])       # later files' rows win
    r = table.rate("USD", "HKD", date(2023, 2, 22))   # -> Rate (value = HKD per 1 USD)
    rr = table.rate_range("USD", "HKD", start, end)  # -> RateRange (low / high Rates)
    table.rates_between("USD", "HKD", start, end)    # -> tuple[Rate, ...], one per date with data
    table.convert(Decimal("50"), "HKD", "USD", on)   # -> Decimal
    table.coverage                                   # -> (first date, last date)
    table.currencies                                 # -> frozenset[str]
Errors: RateNotAvailable, UnknownCurrency, RatesFileError (headlinecheck.errors).

Modules: ``values`` (Rate, RateRange, RatePath, MissingDatePolicy, format constants), ``parse``
(the CSV reader, regular files only, size-capped), ``cache`` (the memory-mapped cache and its
integrity rules), ``series`` (merged series and the arithmetic of one lookup), ``table``
(``RateTable``), ``bands`` (the HKD peg check). Every public name is importable from here.

Rates files are long CSV: header ``date,base,quote,rate,source`` (extra columns are ignored),
one row per rate: ISO date, ISO 4217 codes, a plain positive decimal = units of ``quote`` per one
``base``, and a source tag (``ECB`` for the reference rates, anything else for a newsroom's own).

Lookup rules (docs/rates.md has the long form):

- Missing dates follow a ``MissingDatePolicy``: by default the latest rate on or before the
  requested date, at most 7 days old (weekends, holidays). ``MissingDatePolicy.STRICT`` wants the
  exact date. Dates before a pair's data starts or after it ends always raise ``RateNotAvailable``.
- Paths, in order of preference on a tie: direct row, inverse row, cross via EUR, cross via USD.
  The path whose data is most recent (on or before the date) wins.
- Precision: a direct rate is the file's decimal string, unrounded. Inverse and cross rates are
  one correctly rounded division of exact products, to 12 significant digits, ROUND_HALF_EVEN
  (``DERIVED_DIGITS``). The ECB publishes 5–6 significant digits, so this rounding is at least
  six orders of magnitude below the data's own. ``convert`` multiplies with 28 significant
  digits, ROUND_HALF_EVEN.
- Several files / sources for the same (date, base, quote): the row of the source listed first in
  ``source_priority`` wins; among equally ranked sources, the later file wins; within one file a
  non-ECB source beats ``ECB`` (a newsroom adds rows to override the reference), then the tag
  that sorts first.
"""

from collections.abc import Sequence
from os import PathLike

from headlinecheck.rates.bands import (
    HKD_PEG_BAND,
    HKD_PEG_SINCE,
    HKD_PEG_SLACK,
    outside_band,
    widen,
)
from headlinecheck.rates.cache import (
    MAX_CACHE_BYTES,
    _Miss,
    _read_cache,
    _write_cache,
    cache_file,
    default_cache_dir,
    verify_cache,
)
from headlinecheck.rates.parse import _Group, bundled_rates_path, parse_rates_csv, read_regular_file
from headlinecheck.rates.table import RateTable, clear_default_cache
from headlinecheck.rates.values import (
    CONVERT_CONTEXT,
    DERIVED_DIGITS,
    ECB,
    HEADER,
    ISO_4217,
    LATEST,
    MAX_RATE,
    MAX_RATE_CHARS,
    MAX_RATES_FILE_BYTES,
    MIN_RATE,
    STRICT,
    GroupKey,
    MissingDatePolicy,
    Rate,
    RatePath,
    RateRange,
)

__all__ = [
    "CONVERT_CONTEXT",
    "DERIVED_DIGITS",
    "ECB",
    "HEADER",
    "HKD_PEG_BAND",
    "HKD_PEG_SINCE",
    "HKD_PEG_SLACK",
    "ISO_4217",
    "LATEST",
    "MAX_CACHE_BYTES",
    "MAX_RATE",
    "MAX_RATES_FILE_BYTES",
    "MAX_RATE_CHARS",
    "MIN_RATE",
    "STRICT",
    "GroupKey",
    "MissingDatePolicy",
    "Rate",
    "RatePath",
    "RateRange",
    "RateTable",
    "_Group",
    "_Miss",
    "_read_cache",
    "_write_cache",
    "bundled_rates_path",
    "cache_file",
    "clear_default_cache",
    "default_cache_dir",
    "load_desk_rates",
    "outside_band",
    "parse_rates_csv",
    "read_regular_file",
    "verify_cache",
    "widen",
]


def load_desk_rates(paths: Sequence[str | PathLike[str]], *, only: bool = False) -> RateTable:
    """The rate table of ``check --rates``, ``serve --rates`` and ``archive --rates``: the bundled
    table with the desk's files on top (their rows win), or the files alone with ``only``
    (``--rates-only``); the bundled table when no file is given."""
    if not paths:
        return RateTable.load()
    return RateTable.load(list(paths) if only else [bundled_rates_path(), *paths])
