"""What to check an article with, and in what order of settings: ``Settings`` (``layered`` from
a file's configuration and the command-line flags), ``check_article`` (shared by ``headlinecheck
check`` and the rows) and the rate table, loaded once per process (``rate_table``).

A module of its own so that ``headlinecheck check``, which needs only this, does not load the
rows' columns, records and builders (``schema``, ``records``, ``building``)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from headlinecheck import RateTable, Report, check
from headlinecheck.config import DEFAULT_RATE_HORIZON_DAYS
from headlinecheck.rates import load_desk_rates

if TYPE_CHECKING:
    from headlinecheck.articles import Article
    from headlinecheck.checking import RateSource
    from headlinecheck.config import Settings as FileSettings


@attrs.frozen
class Settings:
    """How to check, with ``check``'s precedence: flags, then the article's front matter, then
    the configuration file. ``published``, ``dollar`` and ``tolerance`` are flags (they override
    the article's own); ``default_*`` and ``locale`` are the configuration's (the article's own
    win). ``rates`` are paths (cheap to send to a worker). Every value is JSON-friendly, so that a
    run's manifest records it."""

    rates: tuple[str, ...] = ()
    dollar: str | None = None
    tolerance: Decimal | None = None
    published: date | None = None
    fail_on: str = "mismatch"
    #: ``rates`` replace the bundled table instead of adding to it (``--rates-only``).
    rates_only: bool = False
    default_dollar: str | None = None
    default_tolerance: Decimal | None = None
    default_published: date | None = None
    locale: str | None = None
    rate_horizon_days: int = DEFAULT_RATE_HORIZON_DAYS
    #: Rule codes (or "all") whose claims are suppressed: their rows say so, and do not fail the
    #: run (the configuration's ``ignore`` and ``--ignore``; front matter adds the article's).
    ignore: tuple[str, ...] = ()


@functools.cache
def rate_table(paths: tuple[str, ...], only: bool = False) -> RateTable:
    """The bundled table with ``paths`` on top (alone with ``only``), loaded once per process."""
    return load_desk_rates(paths, only=only)


def layered(config: FileSettings, flags: Mapping[str, Any] | None = None) -> Settings:
    """``Settings`` from a file's configuration settings (``config.Config.for_path``) and the
    command-line flags (``cli.check_cmd.setting_flags``): the flags' ``published``, ``dollar``
    and ``tolerance`` over the article's front matter, the configuration's under it. ``rates``
    are left out: ``check`` and ``archive`` each resolve and load their own."""
    flags = flags or {}
    return Settings(
        dollar=flags.get("dollar"),
        tolerance=flags.get("tolerance"),
        published=flags.get("published"),
        fail_on=flags.get("fail_on", config.fail_on),
        rates_only=flags.get("rates_only", config.rates_only),
        default_dollar=config.dollar,
        default_tolerance=config.tolerance,
        default_published=config.published,
        locale=config.locale,
        rate_horizon_days=flags.get("rate_horizon_days", config.rate_horizon_days),
        ignore=tuple(sorted(config.ignore)),
    )


def check_article(article: Article, settings: Settings, rates: RateSource | None = None) -> Report:
    """Check ``article`` in ``check``'s order of settings, lowest first: the configuration
    (``settings.default_*``, ``locale``), the article's front matter, the flags
    (``settings.published``, ``dollar``, ``tolerance``). ``rates``: the table to use, else
    ``rate_table(settings.rates, settings.rates_only)``. Raises what ``headlinecheck.check``
    raises (``InputError`` for a setting it rejects). ``headlinecheck check`` and the rows both
    check through here."""
    own = article.settings
    options: dict[str, Any] = {
        "dollar": _first(settings.dollar, own.dollar),
        "locale": _first(own.locale, settings.locale),
        "rate_horizon_days": settings.rate_horizon_days,
    }
    if settings.default_dollar is not None:
        options["default_dollar"] = settings.default_dollar
    tolerance = _first(settings.tolerance, own.tolerance, settings.default_tolerance)
    if tolerance is not None:
        options["tolerance"] = tolerance
    return check(
        article.headline,
        article.body,
        published=_first(settings.published, article.published, settings.default_published),
        rates=rates if rates is not None else rate_table(settings.rates, settings.rates_only),
        unsupported="fail" if settings.fail_on == "unsupported" else "warn",
        **options,
    )


def _first(*values: Any) -> Any:
    """The first value that is set (a zero tolerance is a setting)."""
    return next((value for value in values if value is not None), None)
