"""Configuration values: the ``Settings`` of one file, and validating each key's value (from a
configuration file, an override or a command-line flag) with an error that names it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import attrs

from headlinecheck.errors import ConfigError, InputError

FAIL_ON = ("mismatch", "unsupported")
#: Files larger than this are reported (HC908) instead of read: a news article is a few KB, a
#: many-MB "article" is almost always a data dump committed by mistake.
DEFAULT_MAX_BYTES = 2_000_000
#: JSON / JSONL record field names: headline, body, published.
DEFAULT_FIELDS = ("headline", "body", "published")
DEFAULT_INCLUDE = ("*.md", "*.markdown")
#: ``Settings`` field -> its key in a configuration file.
FIELD_KEYS = {"tolerance": "tolerance", "dollar": "dollar", "fail_on": "fail-on", "rates": "rates"}
FIELD_KEYS |= {"published": "date", "locale": "locale", "ignore": "ignore"}
FIELD_KEYS |= {"max_bytes": "max-bytes", "fields": "fields", "rates_only": "rates-only"}
FIELD_KEYS |= {"rate_horizon_days": "rate-horizon-days"}
FIELD_KEYS |= {"stale_rates_exit_code": "stale-rates-exit-code", "lang": "lang"}
#: Days past the rate table's end that its latest rate still stands in for (the checker's
#: ``Options.rate_horizon_days`` default; tests hold the two equal).
DEFAULT_RATE_HORIZON_DAYS = 60
#: The longest horizon accepted: ten years (a date past it is no longer "today's article").
MAX_RATE_HORIZON_DAYS = 3660
#: The exit status of a run whose failures are rates-beyond-horizon findings (HC123).
DEFAULT_STALE_RATES_EXIT_CODE = 1
#: Never walked into: version control, virtual environments, caches.
ALWAYS_EXCLUDED = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox")


@attrs.frozen
class Settings:
    """The settings that apply to one file; what ``headlinecheck config`` prints."""

    tolerance: Decimal | None = None
    dollar: str | None = None
    fail_on: str = "mismatch"
    rates: tuple[Path, ...] = ()
    published: date | None = None
    locale: str | None = None
    ignore: frozenset[str] = frozenset()
    max_bytes: int = DEFAULT_MAX_BYTES
    fields: tuple[str, str, str] = DEFAULT_FIELDS
    #: ``rates`` replace the bundled ECB table instead of adding rows on top of it.
    rates_only: bool = False
    rate_horizon_days: int = DEFAULT_RATE_HORIZON_DAYS
    stale_rates_exit_code: int = DEFAULT_STALE_RATES_EXIT_CODE
    #: The language of the text report's verdicts and diagnoses (``messages.LANGUAGES``).
    lang: str = "en"

    def to_dict(self) -> dict[str, Any]:
        return {
            "tolerance": None if self.tolerance is None else str(self.tolerance),
            "dollar": self.dollar,
            "fail-on": self.fail_on,
            "rates": [str(p) for p in self.rates],
            "date": None if self.published is None else self.published.isoformat(),
            "locale": self.locale,
            "ignore": sorted(self.ignore),
            "max-bytes": self.max_bytes,
            "fields": dict(zip(DEFAULT_FIELDS, self.fields, strict=True)),
            "rates-only": self.rates_only,
            "rate-horizon-days": self.rate_horizon_days,
            "stale-rates-exit-code": self.stale_rates_exit_code,
            "lang": self.lang,
        }


def did_you_mean(given: str, known: Iterable[str], listing: str) -> str:
    """The fix for an unknown name: the nearest known one, or else the list of them."""
    import difflib

    names = sorted(known)
    close = difflib.get_close_matches(given, names, n=1, cutoff=0.6)
    if close:
        return f"did you mean {close[0]!r}?"
    return f"{listing}: " + ", ".join(names)


def settings_values(
    table: Mapping[str, Any], source: Path | str, root: Path | None = None
) -> dict[str, Any]:
    """Validated ``Settings`` fields from config keys (also used for command-line flags)."""
    values: dict[str, Any] = {}
    for key, raw in table.items():
        if raw is None:
            continue
        if key == "tolerance":
            values["tolerance"] = parse_tolerance(raw, source)
        elif key == "dollar":
            values["dollar"] = parse_dollar(raw, source)
        elif key == "fail-on":
            if raw not in FAIL_ON:
                raise ConfigError(
                    f"'fail-on' must be one of {', '.join(FAIL_ON)}", path=source, value=raw
                )
            values["fail_on"] = raw
        elif key == "rates":
            paths = _strings([raw] if isinstance(raw, str) else raw, "rates", source)
            values["rates"] = tuple((root / p) if root is not None else Path(p) for p in paths)
        elif key == "date":
            values["published"] = parse_date_option(raw, source)
        elif key == "locale":
            if not isinstance(raw, str):
                raise ConfigError("'locale' must be text such as en_HK", path=source, value=raw)
            values["locale"] = _known_locale(raw, source)
        elif key == "ignore":
            values["ignore"] = _codes(raw, source)
        elif key == "max-bytes":
            if not isinstance(raw, int) or isinstance(raw, bool) or raw <= 0:
                raise ConfigError("'max-bytes' must be a positive integer", path=source, value=raw)
            values["max_bytes"] = raw
        elif key == "fields":
            values["fields"] = _fields(raw, source)
        elif key == "rates-only":
            if not isinstance(raw, bool):
                raise ConfigError("'rates-only' must be true or false", path=source, value=raw)
            values["rates_only"] = raw
        elif key == "rate-horizon-days":
            values["rate_horizon_days"] = _whole(raw, key, 0, MAX_RATE_HORIZON_DAYS, source)
        elif key == "stale-rates-exit-code":
            values["stale_rates_exit_code"] = _whole(raw, key, 0, 125, source)
        elif key == "lang":
            values["lang"] = _report_language(raw, source)
    return values


def _report_language(raw: object, source: Path | str) -> str:
    """A ``messages.LANGUAGES`` key ("zh-Hant"), case and "_" forgiven."""
    from headlinecheck import messages

    try:
        return messages.normalise(raw) if isinstance(raw, str) else messages.normalise("")
    except ValueError:
        raise ConfigError(
            f"'lang' must be one of {', '.join(messages.LANGUAGES)}", path=source, value=raw
        ) from None


def _whole(raw: object, key: str, low: int, high: int, source: Path | str) -> int:
    """A whole number from ``low`` to ``high`` (a TOML integer; flags are read as ``int``)."""
    if not isinstance(raw, int) or isinstance(raw, bool) or not low <= raw <= high:
        raise ConfigError(
            f"{key!r} must be a whole number from {low} to {high}", path=source, value=raw
        )
    return raw


def parse_tolerance(raw: object, source: Path | str) -> Decimal:
    """A relative tolerance: 0.005, "0.005" or "0.5%"."""
    text = str(raw).strip()
    try:
        value = Decimal(text[:-1]) / 100 if text.endswith("%") else Decimal(text)
    except InvalidOperation:
        value = Decimal(-1)
    if isinstance(raw, bool) or not value.is_finite() or not Decimal(0) <= value < 1:
        raise ConfigError(
            "tolerance must be a relative amount from 0 to 1, e.g. 0.005 or '0.5%'",
            path=source,
            value=raw,
        )
    return value


def parse_dollar(raw: object, source: Path | str) -> str:
    """What a bare ``$`` means: any ISO 4217 code (pesos write ``$`` too)."""
    from headlinecheck.currencies import CODES

    code = str(raw).strip().upper()
    if code not in CODES:
        raise ConfigError(
            "dollar must be an ISO 4217 currency code, e.g. USD, HKD or MXN",
            path=source,
            value=raw,
        )
    return code


def parse_date_option(raw: object, source: Path | str) -> date:
    if isinstance(raw, datetime):  # a TOML date-time: its written date, as in front matter
        return raw.date()
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        raise ConfigError("date must be YYYY-MM-DD", path=source, value=raw) from None


def _fields(raw: object, source: Path | str) -> tuple[str, str, str]:
    # A number as a field name would silently never match a record's key.
    if (
        not isinstance(raw, dict)
        or set(raw) - set(DEFAULT_FIELDS)
        or not all(isinstance(name, str) and name for name in raw.values())
    ):
        raise ConfigError(
            "'fields' must be a table with headline, body and/or published names",
            path=source,
            value=raw,
        )
    headline, body, published = (str(raw.get(k, k)) for k in DEFAULT_FIELDS)
    return headline, body, published


def _strings(raw: object, key: str, source: Path | str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise ConfigError(f"{key!r} must be a list of strings", path=source, value=raw)
    return tuple(raw)


def _known_locale(locale: str, source: Path | str) -> str:
    # Checked here so that a bad configured locale is one configuration error (exit 2), not an
    # HC907 finding on every article. babel is loaded only because a locale was configured.
    from headlinecheck.numbers import separators

    try:
        separators(locale)
    except InputError:
        raise ConfigError(
            "unknown locale", path=source, value=locale, fix="use a babel locale id such as en_HK"
        ) from None
    return locale


def _codes(raw: object, source: Path | str) -> frozenset[str]:
    # A code the report can never produce ("hc313", "HC3013") would otherwise be accepted and
    # silently suppress nothing; case does not matter, as in articles' own ignore lists.
    codes = _strings([raw] if isinstance(raw, str) else raw, "ignore", source)
    bad = [c for c in codes if c != "all" and not re.fullmatch(r"HC\d{3}", c, re.IGNORECASE)]
    if bad:
        raise ConfigError(
            "'ignore' must list rule codes like HC103 (or 'all')", path=source, value=bad[0]
        )
    return frozenset(c if c == "all" else c.upper() for c in codes)
