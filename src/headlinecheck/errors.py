"""Every error headlinecheck raises on purpose.

Each subclasses a built-in (mostly ``ValueError``) so callers can catch broadly, and carries what
a person needs to fix the input: the file, the line, the offending value and, where we know it, a
suggested fix. The CLI turns these into findings or exit code 2; a traceback means a bug.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# For annotations only: `headlinecheck --version` and `--help` import this module, and need
# neither pathlib (with its urllib and ipaddress imports) nor datetime.
if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path


#: The most characters of a value an error message shows.
SHOWN_CHARS = 80


def describe(value: object, limit: int = SHOWN_CHARS) -> str:
    """``repr(value)`` for a message, bounded in size and in the work it takes.

    A YAML alias bomb is a few hundred bytes whose ``repr`` runs to gigabytes, and the ``repr``
    of an integer over 4,300 digits raises: neither may reach a message whole. A small value is
    shown exactly as ``repr`` shows it; a larger one is cut after ``limit`` characters.
    """
    budget = [limit + 1]
    shown = _bounded(value, budget)
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def _bounded(value: object, budget: list[int]) -> str:
    budget[0] -= 1  # every value costs, so that nesting ends too
    if budget[0] <= 0:
        return "..."
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 600:
        shown = f"<an integer of about {int(value.bit_length() * 0.30103) + 1:,} digits>"
    elif isinstance(value, (str, bytes)):
        shown = repr(value[: budget[0] + 1])
    elif isinstance(value, (list, tuple, set, frozenset, dict)):
        items: list[str] = []
        pairs = value.items() if isinstance(value, dict) else ((v, None) for v in value)
        for key, item in pairs:
            if budget[0] <= 0:
                items.append("...")
                break
            part = _bounded(key, budget)
            if isinstance(value, dict):
                part += ": " + _bounded(item, budget)
            budget[0] -= 2
            items.append(part)
        inner = ", ".join(items)
        if isinstance(value, list):
            shown = f"[{inner}]"
        elif isinstance(value, tuple):
            shown = f"({inner},)" if len(items) == 1 else f"({inner})"
        elif isinstance(value, dict):
            shown = "{" + inner + "}"
        elif not items:
            shown = f"{type(value).__name__}()"
        else:
            shown = "{" + inner + "}" if type(value) is set else f"frozenset({{{inner}}})"
    else:
        shown = repr(value)
    budget[0] -= len(shown)
    return shown


class HeadlinecheckError(Exception):
    """Base class of all deliberate headlinecheck errors."""


class InputError(HeadlinecheckError, ValueError):
    """A user-supplied file or value is wrong. Says where and what."""

    def __init__(
        self,
        problem: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
        value: object = None,
        fix: str | None = None,
    ) -> None:
        self.problem = problem
        self.path = None if path is None else str(path)
        self.line = line
        self.column = column
        self.value = value
        self.fix = fix
        super().__init__(self._render())

    def _render(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        text = where + self.problem
        if self.value is not None:
            text += f" (got {describe(self.value)})"
        if self.fix:
            text += f"; {self.fix}"
        return text


class RatesFileError(InputError):
    """A rates CSV file is malformed: names the file, the line and the problem."""


class ArticleError(InputError):
    """An article file cannot be read as an article (bad front matter, no headline, ...)."""


class ConfigError(InputError):
    """A configuration file or option is invalid."""


class UnknownCurrency(HeadlinecheckError, KeyError):
    """A currency code that ISO 4217 (or the rate table) does not know."""

    def __init__(self, code: str, *, known: str = "ISO 4217", asset: str | None = None) -> None:
        self.code = code
        self.known = known
        #: The crypto-asset ``code`` names ("bitcoin"), if it is one: read, never converted.
        self.asset = asset
        super().__init__(code)

    def __str__(self) -> str:
        if self.asset is not None:
            return (
                f"{self.code!r} is a crypto-asset ({self.asset}), not a currency of ISO 4217: "
                "no reference rate converts it; compare it only with amounts in the same asset"
            )
        return f"unknown currency {self.code!r} (not in {self.known})"


class RateNotAvailable(HeadlinecheckError, LookupError):
    """No rate for a currency pair on a date under the active missing-date policy."""

    def __init__(
        self,
        base: str,
        quote: str,
        on: date,
        *,
        coverage: tuple[date, date] | None = None,
        reason: str = "",
    ) -> None:
        self.base = base
        self.quote = quote
        self.on = on
        self.coverage = coverage
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"no {self.base}/{self.quote} rate for {self.on.isoformat()}"
        if self.reason:
            text += f": {self.reason}"
        if self.coverage is not None:
            first, last = self.coverage
            text += f" (table covers {first.isoformat()} to {last.isoformat()})"
        return text


class RateUpdateError(HeadlinecheckError, RuntimeError):
    """Fetching or merging a rate update failed; the rates file was left untouched."""
