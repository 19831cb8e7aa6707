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
            text += f" (got {self.value!r})"
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

    def __init__(self, code: str, *, known: str = "ISO 4217") -> None:
        self.code = code
        self.known = known
        super().__init__(code)

    def __str__(self) -> str:
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
