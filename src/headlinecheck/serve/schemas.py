"""Requests of the HTTP API, validated field by field, and the UTF-16 spans of its answers.

Pure functions, no web framework: each problem is an ``ApiError`` naming the field
(``published``, ``settings.tolerance``, ``articles[2].headline``) so that a client can point at
it. The checker's own validation (currency codes, locales, the tolerance's range) still runs and
is mapped back to the field that carried the value.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs

#: Request fields, and the keys ``settings`` may hold.
CHECK_FIELDS = ("headline", "body", "published", "dollar", "locale", "lang", "settings")
SETTING_FIELDS = ("tolerance", "unsupported", "default_dollar")
#: At most this many articles in one batch request.
BATCH_LIMIT = 100
_CODE = re.compile(r"[A-Za-z]{3}")
_LOCALE = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8}){0,3}")


class ApiError(Exception):
    """A 4xx answer: the HTTP status, the field at fault (``None`` for the request as a whole),
    what is wrong with it and, where known, how to fix it."""

    def __init__(
        self, status: int, field: str | None, message: str, fix: str | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.field = field
        self.message = message
        self.fix = fix

    def to_dict(self) -> dict[str, Any]:
        return {
            "error": {
                "status": self.status,
                "field": self.field,
                "message": self.message,
                "fix": self.fix,
            }
        }


@attrs.frozen
class CheckRequest:
    """One article to check, as the API and the page accept it."""

    headline: str
    body: str
    published: date | None = None
    dollar: str | None = None
    locale: str | None = None
    tolerance: Decimal | None = None
    unsupported: str = "warn"
    default_dollar: str | None = None
    #: The language the report's messages are worded in (a ``messages.LANGUAGES`` key; None for
    #: English, the checker's own words). Not an option of the check itself.
    lang: str | None = None
    #: Field names as the client wrote them ("articles[2]." in a batch), for error messages.
    prefix: str = ""

    def options(self) -> dict[str, Any]:
        """Keyword arguments for ``headlinecheck.check`` (those given)."""
        given: dict[str, Any] = {"unsupported": self.unsupported}
        for name in ("dollar", "locale", "tolerance", "default_dollar"):
            value = getattr(self, name)
            if value is not None:
                given[name] = value
        return given

    def field_of(self, value: object) -> str | None:
        """The request field holding ``value`` (for an error the checker raised about it)."""
        text = str(value).strip().upper()
        for name, field in (
            ("dollar", "dollar"),
            ("default_dollar", "settings.default_dollar"),
            ("locale", "locale"),
            ("tolerance", "settings.tolerance"),
        ):
            mine = getattr(self, name)
            if mine is not None and str(mine).strip().upper() == text:
                return self.prefix + field
        return None


def _text(data: Mapping[str, Any], name: str, field: str, *, required: bool) -> str | None:
    value = data.get(name)
    if value is None:
        if required:
            raise ApiError(422, field, "is required")
        return None
    if not isinstance(value, str):
        raise ApiError(422, field, f"must be a string (got {type(value).__name__})")
    return value


def _code(value: str | None, field: str) -> str | None:
    if value is None or not value.strip():
        return None
    if not _CODE.fullmatch(value.strip()):
        raise ApiError(
            422, field, f"must be a three-letter ISO 4217 code (got {value!r})", "e.g. USD"
        )
    return value.strip().upper()


def parse_date(value: str | None, field: str) -> date | None:
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) != len("2024-03-01"):  # fromisoformat also reads "20240301" and times
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ApiError(
            422, field, f"must be a date as YYYY-MM-DD (got {value!r})", "e.g. 2024-03-01"
        ) from None


def parse_lang(value: str | None, field: str) -> str | None:
    """The report language of ``lang`` ("zh-Hant", "zh_hans"; case forgiven), None for English
    or none given; any other value is a 422 naming ``field`` and the choices."""
    from headlinecheck import messages

    if value is None or not value.strip():
        return None
    try:
        code = messages.normalise(value)
    except ValueError:
        choices = ", ".join(messages.LANGUAGES)
        raise ApiError(
            422, field, f"is not a report language (got {value!r})", f"use one of {choices}"
        ) from None
    return None if messages.LANGUAGES[code] is None else code


def parse_tolerance(value: object, field: str) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ApiError(422, field, "must be a number or a string such as '0.5%'")
    text = str(value).strip()
    try:
        number = Decimal(text[:-1]) / 100 if text.endswith("%") else Decimal(text)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or not 0 <= number < 1:
        raise ApiError(
            422, field, f"must be a fraction from 0 to 1 (got {value!r})", "e.g. 0.005 or '0.5%'"
        )
    return number


def parse_check(data: object, prefix: str = "") -> CheckRequest:
    """The ``CheckRequest`` in a decoded JSON body (``prefix`` names it inside a batch)."""
    if not isinstance(data, Mapping):
        raise ApiError(422, prefix.rstrip(".") or None, "must be a JSON object")
    for name in data:
        if name not in CHECK_FIELDS:
            known = ", ".join(CHECK_FIELDS)
            raise ApiError(422, f"{prefix}{name}", "is not a known field", f"known: {known}")
    headline = _text(data, "headline", prefix + "headline", required=True)
    assert headline is not None
    if not headline.strip():
        raise ApiError(422, prefix + "headline", "is empty", "give the headline to check")
    body = _text(data, "body", prefix + "body", required=True)
    assert body is not None
    published = parse_date(
        _text(data, "published", prefix + "published", required=False), prefix + "published"
    )
    dollar = _code(_text(data, "dollar", prefix + "dollar", required=False), prefix + "dollar")
    locale = _text(data, "locale", prefix + "locale", required=False)
    if locale is not None and locale.strip():
        if not _LOCALE.fullmatch(locale.strip()):
            raise ApiError(
                422, prefix + "locale", f"is not a locale id (got {locale!r})", "e.g. en_HK"
            )
        locale = locale.strip()
    else:
        locale = None
    lang = parse_lang(_text(data, "lang", prefix + "lang", required=False), prefix + "lang")
    settings = data.get("settings") or {}
    if not isinstance(settings, Mapping):
        raise ApiError(422, prefix + "settings", "must be a JSON object")
    for name in settings:
        if name not in SETTING_FIELDS:
            known = ", ".join(SETTING_FIELDS)
            raise ApiError(
                422, f"{prefix}settings.{name}", "is not a known setting", f"known: {known}"
            )
    field = f"{prefix}settings."
    unsupported = settings.get("unsupported", "warn")
    if unsupported not in ("warn", "fail"):
        raise ApiError(
            422, field + "unsupported", f"must be 'warn' or 'fail' (got {unsupported!r})"
        )
    default = settings.get("default_dollar")
    if default is not None and not isinstance(default, str):
        raise ApiError(422, field + "default_dollar", "must be a string")
    return CheckRequest(
        headline=headline.strip(),
        body=body.removeprefix("\ufeff"),
        published=published,
        dollar=dollar,
        locale=locale,
        tolerance=parse_tolerance(settings.get("tolerance"), field + "tolerance"),
        unsupported=unsupported,
        default_dollar=_code(default, field + "default_dollar"),
        lang=lang,
        prefix=prefix,
    )


def parse_batch(data: object) -> list[CheckRequest]:
    if not isinstance(data, Mapping):
        raise ApiError(422, None, "the request must be a JSON object with 'articles'")
    for name in data:
        if name != "articles":
            raise ApiError(422, name, "is not a known field", "known: articles")
    articles = data.get("articles")
    if not isinstance(articles, list):
        raise ApiError(422, "articles", "must be a list of articles")
    if not articles:
        raise ApiError(422, "articles", "is empty")
    if len(articles) > BATCH_LIMIT:
        raise ApiError(
            422, "articles", f"holds {len(articles)} articles; at most {BATCH_LIMIT} per request"
        )
    return [parse_check(item, f"articles[{i}].") for i, item in enumerate(articles)]


# --- spans in UTF-16 code units ---------------------------------------------------------------


#: A code point outside the Basic Multilingual Plane: two UTF-16 units (a surrogate pair).
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class _Utf16:
    """Code-point offsets of one text mapped to UTF-16 units, by the astral characters before
    them: an offset's units are itself plus one per astral character earlier in the text. Most
    texts have none, and then the map is the identity, found by one regex search."""

    def __init__(self, text: str) -> None:
        self.size = len(text)
        self.astral = [match.start() for match in _ASTRAL.finditer(text)]

    def __call__(self, offset: int) -> int:
        offset = max(0, min(offset, self.size))
        return offset + bisect.bisect_left(self.astral, offset) if self.astral else offset


def add_utf16_spans(report: dict[str, Any], headline: str, body: str) -> dict[str, Any]:
    """``report`` (``Report.to_dict()``) with ``span_utf16`` beside each figure's ``span``
    (code points, as Python counts), for JavaScript, which counts UTF-16 units."""
    maps: dict[str, _Utf16] = {}
    texts = {"claim": headline, "evidence": body}
    for claim in report.get("claims", ()):
        for key in ("claim", "evidence"):
            figure = claim.get(key)
            if not figure:
                continue
            units = maps.get(key)
            if units is None:
                units = maps[key] = _Utf16(texts[key])
            start, end = figure["span"]
            figure["span_utf16"] = [units(start), units(end)]
    return report
