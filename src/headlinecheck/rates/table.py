"""``RateTable``: loading files (through the cache), merging sources, and the public lookups.
See ``headlinecheck.rates`` for the contract."""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import attrs

from headlinecheck.errors import RateNotAvailable, RatesFileError, UnknownCurrency
from headlinecheck.rates.cache import _RatesFile, _restore, default_cache_dir
from headlinecheck.rates.parse import _bundled_or_none, _Group, bundled_rates_path
from headlinecheck.rates.series import (
    _common_dates,
    _day,
    _Leg,
    _Series,
    _Single,
    cross_value,
    latest_common,
    pair_coverage,
)
from headlinecheck.rates.values import (
    CONVERT_CONTEXT,
    ECB,
    ISO_4217,
    LATEST,
    GroupKey,
    MissingDatePolicy,
    Rate,
    RatePath,
    RateRange,
)

_DEFAULT_TABLE: RateTable | None = None


@attrs.frozen
class RateTable:
    """Dated rates from one or more long-format CSV files; see the module docstring."""

    paths: tuple[Path, ...]
    policy: MissingDatePolicy = LATEST
    source_priority: tuple[str, ...] = ()
    _files: tuple[_RatesFile, ...] = attrs.field(default=(), eq=False, repr=False)
    _series: dict[tuple[str, str], _Series | None] = attrs.field(factory=dict, eq=False, repr=False)
    _between: dict[tuple[str, str, int, int], tuple[Rate, ...]] = attrs.field(
        factory=dict, eq=False, repr=False
    )
    #: ``cache_dir`` as given to ``load`` (None: the default directory), for pickling.
    _cache: Path | Literal[False] | None = attrs.field(default=None, eq=False, repr=False)
    #: Values computed once from the loaded files (the currency set).
    _memo: dict[str, frozenset[str]] = attrs.field(factory=dict, eq=False, repr=False)
    #: Per pair: its candidate paths and their common coverage, found once.
    _routes: dict[tuple[str, str], tuple[list[tuple[RatePath, tuple[_Leg, ...]]], int, int]] = (
        attrs.field(factory=dict, eq=False, repr=False)
    )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as a recipe, not as rates: the files' paths (the bundled file by name), the
        options, and the SHA-256 of every file already read. Unpickling (on a Dask worker, say)
        reads the same files lazily through that machine's cache and refuses any that differ."""
        bundled = _bundled_or_none()
        files = tuple(
            (None if bundled is not None and f.path == bundled else f.path, f.digest)
            for f in self._files
        )
        return (_restore, (files, self.policy, self.source_priority, self._cache))

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None = None,
        *,
        policy: MissingDatePolicy | None = None,
        source_priority: Sequence[str] = (),
        cache_dir: Path | Literal[False] | None = None,
    ) -> RateTable:
        """A table over ``path`` (one file or several, later ones win), else the bundled file.

        Files are read on first lookup, through a compact cache in ``cache_dir`` (default
        ``default_cache_dir()``; ``False`` disables it). ``RateTable.load()`` with no arguments
        returns one shared instance.
        """
        global _DEFAULT_TABLE
        default = path is None and policy is None and not source_priority and cache_dir is None
        if default and _DEFAULT_TABLE is not None:
            return _DEFAULT_TABLE
        if path is None:
            paths: tuple[Path, ...] = (bundled_rates_path(),)
        elif isinstance(path, (str, os.PathLike)):
            paths = (Path(path),)
        else:
            paths = tuple(Path(p) for p in path)
        if not paths:
            raise ValueError("RateTable.load needs at least one file")
        given = cache_dir if cache_dir is None or cache_dir is False else Path(cache_dir)
        if cache_dir is None and not os.environ.get("HEADLINECHECK_NO_CACHE"):
            cache_dir = default_cache_dir()
        directory = cache_dir if isinstance(cache_dir, Path) else None
        table = cls(
            paths,
            policy or LATEST,
            tuple(source_priority),
            tuple(_RatesFile(p, directory) for p in paths),
            cache=given,
        )
        if default:
            _DEFAULT_TABLE = table
        return table

    def validate(self) -> None:
        """Read every file now, raising ``RatesFileError`` for the first malformed row."""
        for file in self._files:
            _ = file.groups

    # ---------------------------------------------------------------- overview

    def _groups(self) -> Iterator[tuple[int, GroupKey, _Group]]:
        for index, file in enumerate(self._files):
            for key, group in file.groups.items():
                yield index, key, group

    @property
    def coverage(self) -> tuple[date, date]:
        """First and last date with any rate."""
        firsts, lasts = [], []
        for _, _, group in self._groups():
            firsts.append(group.first)
            lasts.append(group.last)
        if not firsts:
            raise RatesFileError("the rates files hold no rates", path=self.paths[0])
        return _day(min(firsts)), _day(max(lasts))

    @property
    def currencies(self) -> frozenset[str]:
        """Every currency with at least one rate (including EUR for the ECB data)."""
        known = self._memo.get("currencies")
        if known is None:
            codes: set[str] = set()
            for _, (base, quote, _src), _ in self._groups():
                codes.update((base, quote))
            known = self._memo["currencies"] = frozenset(codes)
        return known

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(key[2] for _, key, _ in self._groups())

    # ---------------------------------------------------------------- series

    def _rank(self, file_index: int, source: str) -> tuple[int, int, int, str]:
        priority = (
            self.source_priority.index(source)
            if source in self.source_priority
            else len(self.source_priority)
        )
        # Sorted ascending: the first element wins.
        return (priority, -file_index, 1 if source == ECB else 0, source)

    def _get_series(self, base: str, quote: str) -> _Series | None:
        key = (base, quote)
        if key in self._series:
            return self._series[key]
        found = [
            (self._rank(i, src), group)
            for i, (b, q, src), group in self._groups()
            if b == base and q == quote
        ]
        series: _Series | None
        if not found:
            series = None
        elif len(found) == 1:
            (_, _, _, tag), group = found[0]
            series = _Series(group.dates, group.values, _Single(tag, group.count))
        else:
            found.sort(key=lambda item: item[0])
            merged: dict[int, tuple[str, str]] = {}
            # Lowest rank last, so the winner's row is the one left standing.
            for (_, _, _, tag), group in reversed(found):
                for ordinal, value in zip(group.dates, group.values, strict=True):
                    merged[ordinal] = (value, tag)
            ordinals = sorted(merged)
            series = _Series(
                array("i", ordinals),
                [merged[o][0] for o in ordinals],
                [merged[o][1] for o in ordinals],
            )
        self._series[key] = series
        return series

    def _leg(self, pivot: str, code: str) -> _Leg | None:
        """Rates of ``code`` per one ``pivot``."""
        series = self._get_series(pivot, code)
        if series is not None:
            return _Leg(series, inverted=False)
        series = self._get_series(code, pivot)
        return None if series is None else _Leg(series, inverted=True)

    def _paths(self, base: str, quote: str) -> list[tuple[RatePath, tuple[_Leg, ...]]]:
        """Candidate ways to the pair: (path, legs). One leg: pivot = base."""
        found: list[tuple[RatePath, tuple[_Leg, ...]]] = []
        direct = self._get_series(base, quote)
        if direct is not None:
            found.append((RatePath.DIRECT, (_Leg(direct, inverted=False),)))
        inverse = self._get_series(quote, base)
        if inverse is not None:
            found.append((RatePath.INVERSE, (_Leg(inverse, inverted=True),)))
        for pivot, path in (("EUR", RatePath.VIA_EUR), ("USD", RatePath.VIA_USD)):
            if pivot in (base, quote):
                continue
            to_base = self._leg(pivot, base)
            to_quote = self._leg(pivot, quote)
            if to_base is not None and to_quote is not None:
                found.append((path, (to_base, to_quote)))
        return found

    # ---------------------------------------------------------------- public lookups

    def check_pair(self, base: str, quote: str) -> tuple[str, str]:
        """The pair's codes upper-cased; `UnknownCurrency` if ISO 4217 or the table lacks one."""
        codes = self.currencies
        checked = []
        for code in (base, quote):
            upper = code.strip().upper()
            if upper not in ISO_4217:
                from headlinecheck.lang._crypto import ASSETS

                raise UnknownCurrency(code, asset=ASSETS.get(upper))
            if upper not in codes:
                raise UnknownCurrency(upper, known="the rate table")
            checked.append(upper)
        return checked[0], checked[1]

    def rate(
        self, base: str, quote: str, on: date, *, policy: MissingDatePolicy | None = None
    ) -> Rate:
        """Units of ``quote`` per one ``base`` in force on ``on`` under ``policy``."""
        if isinstance(on, datetime):
            # A timestamp's written day is the day (as for front matter); kept whole, it made
            # Rate.requested a datetime and read as "the latest rate before 10:00 that day".
            on = on.date()
        base, quote = self.check_pair(base, quote)
        policy = policy or self.policy
        if base == quote:
            return Rate(base, quote, Decimal(1), on, on, "identity", RatePath.IDENTITY)
        route = self._routes.get((base, quote))
        if route is None:
            paths = self._paths(base, quote)
            if not paths:
                raise RateNotAvailable(
                    base, quote, on, coverage=self.coverage, reason="no rates connect this pair"
                )
            route = self._routes[(base, quote)] = (paths, *pair_coverage(paths))
        paths, first, last = route
        ordinal = on.toordinal()
        best: tuple[int, RatePath, tuple[_Leg, ...], list[int]] | None = None
        for path, legs in paths:
            found = latest_common(legs, ordinal)
            if found is not None and (best is None or found[0] > best[0]):
                best = (found[0], path, legs, found[1])
        if ordinal < first:
            raise RateNotAvailable(
                base,
                quote,
                on,
                coverage=(_day(first), _day(last)),
                reason="before the data for this pair starts",
            )
        if ordinal > last and not policy.allow_after_end:
            raise RateNotAvailable(
                base,
                quote,
                on,
                coverage=(_day(first), _day(last)),
                reason=(
                    "after the data for this pair ends; run `headlinecheck rates update`"
                    if _day(last) >= self.coverage[1]
                    else f"its rates stop on {_day(last)} (currency withdrawn or suspended)"
                ),
            )
        if best is None or ordinal - best[0] > policy.max_age_days:
            latest = "" if best is None else f"; latest earlier rate is {_day(best[0])}"
            raise RateNotAvailable(
                base,
                quote,
                on,
                coverage=(_day(first), _day(last)),
                reason=f"no rate under policy '{policy.describe()}'{latest}",
            )
        used, path, legs, indexes = best
        value, source = cross_value(legs, indexes)
        return Rate(base, quote, value, on, _day(used), source, path)

    def rates_between(self, base: str, quote: str, start: date, end: date) -> tuple[Rate, ...]:
        """One exact-date ``Rate`` per date in ``start..end`` that has data, ascending."""
        base, quote = self.check_pair(base, quote)
        if start > end:
            raise ValueError(f"start {start} is after end {end}")
        if base == quote:
            return tuple(
                Rate(base, quote, Decimal(1), d, d, "identity", RatePath.IDENTITY)
                for d in (start + timedelta(n) for n in range((end - start).days + 1))
            )
        lo, hi = start.toordinal(), end.toordinal()
        memo_key = (base, quote, lo, hi)
        remembered = self._between.get(memo_key)
        if remembered is not None:
            return remembered
        found = [
            (path, legs, list(_common_dates(legs, lo, hi)))
            for path, legs in self._paths(base, quote)
        ]
        found = [entry for entry in found if entry[2]]
        rows: Iterable[tuple[int, RatePath, tuple[_Leg, ...], list[int]]]
        if len(found) == 1:
            # The usual case (ECB data only): one path, its dates already ascending.
            path, legs, dates = found[0]
            rows = ((ordinal, path, legs, indexes) for ordinal, indexes in dates)
        else:
            chosen: dict[int, tuple[RatePath, tuple[_Leg, ...], list[int]]] = {}
            for path, legs, dates in found:
                for ordinal, indexes in dates:
                    chosen.setdefault(ordinal, (path, legs, indexes))
            rows = ((ordinal, *chosen[ordinal]) for ordinal in sorted(chosen))
        if sum(len(dates) for _, _, dates in found) > 1000:
            for _, legs, _ in found:
                for leg in legs:
                    leg.series.convert_all()
        value_of = cross_value
        rates = []
        for ordinal, path, legs, indexes in rows:
            value, source = value_of(legs, indexes)
            day = _day(ordinal)
            rates.append(Rate(base, quote, value, day, day, source, path))
        # Whole-history series back the checker's stale-rate diagnosis, asked once per pair per
        # article: remember a few, bounded so a long batch cannot grow without limit.
        if len(self._between) >= 32:
            self._between.clear()
        result = self._between[memo_key] = tuple(rates)
        return result

    def rate_range(
        self,
        base: str,
        quote: str,
        start: date,
        end: date,
        *,
        policy: MissingDatePolicy | None = None,
    ) -> RateRange:
        """Lowest and highest rate over ``start..end``, including the rate in force at ``start``.

        A window starting on a weekend includes the policy's rate for ``start`` (the rate then in
        force), so a window with no trading day still has a range.
        """
        rates = list(self.rates_between(base, quote, start, end))
        if not rates or rates[0].used != start:
            try:
                rates.insert(0, self.rate(base, quote, start, policy=policy))
            except RateNotAvailable:
                if not rates:
                    raise
        low = min(rates, key=lambda r: r.value)
        high = max(rates, key=lambda r: r.value)
        return RateRange(low.base, low.quote, start, end, low, high)

    def convert(
        self,
        amount: Decimal,
        base: str,
        quote: str,
        on: date,
        *,
        policy: MissingDatePolicy | None = None,
    ) -> Decimal:
        """``amount`` of ``base`` in ``quote`` at the rate of ``on`` (28 significant digits)."""
        return CONVERT_CONTEXT.multiply(amount, self.rate(base, quote, on, policy=policy).value)


def clear_default_cache() -> None:
    """Forget the shared ``RateTable.load()`` instance (for tests and after an update)."""
    global _DEFAULT_TABLE
    _DEFAULT_TABLE = None
