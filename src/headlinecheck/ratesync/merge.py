"""Merging new ECB rows into a rates file's text: nothing of another source changes, no history
is lost, and a rate the file already holds changes only when the caller accepts revisions."""

from __future__ import annotations

import io
from decimal import Decimal, InvalidOperation

import attrs

from headlinecheck.errors import RateUpdateError
from headlinecheck.rates import ECB, HEADER
from headlinecheck.ratesync.ecb import EcbRows

#: Revisions listed in an error message; the rest are counted.
SHOWN_REVISIONS = 10


@attrs.frozen
class Revision:
    """An ECB rate the old file holds that the new data changes (``new``) or drops (None)."""

    day: str
    quote: str
    old: str
    new: str | None

    def describe(self) -> str:
        after = "removed" if self.new is None else self.new
        return f"{self.day} EUR/{self.quote} {self.old} -> {after}"


def _split_lines(text: str) -> list[str]:
    """Lines with their own endings (\\n, \\r\\n or \\r only, unlike ``str.splitlines``, which also
    splits on form feeds and U+2028), so kept rows are written back byte-for-byte."""
    return list(io.StringIO(text, newline=""))


def merge_with_revisions(
    old_text: str | None, new: EcbRows, *, allow_shrink: bool = False
) -> tuple[str, tuple[Revision, ...]]:
    """The new file text (header, the new ECB rows, every non-ECB line of ``old_text``) and the
    old ECB rates it changes or drops."""
    import csv

    header = ",".join(HEADER) + "\n"
    names: list[str] = list(HEADER)
    kept: list[str] = []
    old_ecb: dict[str, tuple[str, str]] = {}
    old_rates: dict[tuple[str, str], str] = {}
    if old_text:
        lines = _split_lines(old_text)
        header = lines[0] if lines[0].endswith("\n") else lines[0] + "\n"
        names = [h.strip().lower() for h in next(csv.reader([lines[0]]))]
        if any(h not in names for h in HEADER):
            raise RateUpdateError(f"existing file has no {','.join(HEADER)} header")
        i_date, i_base, i_quote, i_rate, i_source = (names.index(h) for h in HEADER)
        width = max(i_date, i_base, i_quote, i_rate, i_source)
        for line in lines[1:]:
            row = next(csv.reader([line]), [])
            if len(row) > width and row[i_source] == ECB:
                if row[i_base] != "EUR":
                    raise RateUpdateError(
                        f"existing ECB row with base {row[i_base]!r} (ECB rows are EUR-based): "
                        f"{line.strip()[:120]!r}"
                    )
                day, quote = row[i_date], row[i_quote]
                first, last = old_ecb.get(quote, (day, day))
                old_ecb[quote] = (min(first, day), max(last, day))
                old_rates[(day, quote)] = row[i_rate]
            elif line.strip():
                kept.append(line if line.endswith(("\n", "\r")) else line + "\n")
    if not allow_shrink:
        _check_no_shrink(old_ecb, new.coverage())
    text = header + "".join(new.lines(names)) + "".join(kept)
    return text, _revisions(old_rates, new)


def merge(
    old_text: str | None,
    new: EcbRows,
    *,
    allow_shrink: bool = False,
    accept_revisions: bool = False,
) -> str:
    """The new file text; ``RateUpdateError`` if it would change old rates and that is not
    accepted (see ``merge_with_revisions``)."""
    text, revisions = merge_with_revisions(old_text, new, allow_shrink=allow_shrink)
    if revisions and not accept_revisions:
        raise revisions_error(revisions)
    return text


def revisions_error(revisions: tuple[Revision, ...]) -> RateUpdateError:
    shown = "; ".join(r.describe() for r in revisions[:SHOWN_REVISIONS])
    more = len(revisions) - SHOWN_REVISIONS
    rest = f"; and {more} more" if more > 0 else ""
    return RateUpdateError(
        f"the new ECB data changes {len(revisions)} rate(s) already in the file ({shown}{rest}); "
        "pass --accept-revisions (accept_revisions=True) to take them"
    )


def _same(old: str, new: str) -> bool:
    if old == new:
        return True
    try:
        return Decimal(old) == Decimal(new)
    except InvalidOperation:
        return False


def _revisions(old: dict[tuple[str, str], str], new: EcbRows) -> tuple[Revision, ...]:
    if not old:
        return ()
    fresh = {(day, quote): rate for day, quote, rate in new.rows}
    found = []
    for (day, quote), rate in old.items():
        now = fresh.get((day, quote))
        if now is None or not _same(rate, now):
            found.append(Revision(day, quote, rate, now))
    found.sort(key=lambda r: (r.day, r.quote))
    return tuple(found)


def _check_no_shrink(old: dict[str, tuple[str, str]], new: dict[str, tuple[str, str]]) -> None:
    for quote, (first, last) in sorted(old.items()):
        if quote not in new:
            raise RateUpdateError(f"new ECB data has no {quote} rates; the old file had them")
        new_first, new_last = new[quote]
        if new_first > first or new_last < last:
            raise RateUpdateError(
                f"new ECB data covers EUR/{quote} {new_first}..{new_last}, less than the old "
                f"file's {first}..{last} (truncated download?)"
            )
