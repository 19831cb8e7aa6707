"""JSON (an object or a list of objects) and JSON Lines records -> ``Article``s."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from headlinecheck.articles.dates import parse_date
from headlinecheck.articles.limits import INT_DIGITS
from headlinecheck.articles.model import (
    BAD_RECORD,
    NO_HEADLINE,
    Article,
    BadArticle,
    Fields,
    _bad,
    _Reject,
)
from headlinecheck.articles.patterns import Lazy


def _records(
    text: str, path: str, starts: tuple[int, ...], fields: Fields
) -> Iterator[Article | BadArticle]:
    """The records of a JSON document: one object, or a list of them."""
    import json  # lazy, like every format-specific import: a Markdown run never needs it

    try:
        document = _loads(text, 0)
    except _Reject as reject:
        yield _bad(path, starts, reject)
        return
    if not isinstance(document, list):
        yield _record(document, text, path, starts, fields, 0)
        return
    # Each record is located by its own offset: a bad record is reported on its own line, and a
    # headline repeated in another record is not mistaken for this one's.
    for record, offset in zip(document, _item_offsets(text, json.JSONDecoder()), strict=True):
        yield _record(record, text, path, starts, fields, offset)


_JSON_SPACE = " \t\r\n"
_LONG_NUMBER = Lazy(rf"[0-9]{{{INT_DIGITS},}}")


def _loads(raw: str, offset: int) -> Any:
    """``json.loads(raw)``; a ``_Reject`` (at ``offset`` + where in ``raw``) if it is not JSON."""
    import json

    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise _Reject(BAD_RECORD, f"invalid JSON: {error.msg}", offset + error.pos) from None
    except RecursionError:
        raise _Reject(BAD_RECORD, "invalid JSON: nested too deeply", offset) from None
    except ValueError:
        # Python refuses to read an integer of more than 4,300 digits.
        long = _LONG_NUMBER().search(raw)
        at = offset + (0 if long is None else long.start())
        problem = f"invalid JSON: a number of more than {INT_DIGITS:,} digits"
        raise _Reject(BAD_RECORD, problem, at) from None


def _item_offsets(text: str, decoder: Any) -> Iterator[int]:
    """Where each item of the (already validated) top-level JSON array in ``text`` starts."""
    at = text.index("[") + 1
    while True:
        while text[at] in _JSON_SPACE:
            at += 1
        if text[at] == "]":
            return
        yield at
        _, at = decoder.raw_decode(text, at)
        while text[at] in _JSON_SPACE:
            at += 1
        if text[at] == ",":
            at += 1


def _record(
    record: object,
    text: str,
    path: str,
    starts: tuple[int, ...],
    fields: Fields,
    cursor: int,
    line_base: int = 0,
) -> Article | BadArticle:
    try:
        if not isinstance(record, dict):
            raise _Reject(BAD_RECORD, "a record must be a JSON object", cursor)
        headline = record.get(fields.headline)
        # A null body is an article without one, as when the field is missing.
        body = record.get(fields.body)
        body = "" if body is None else body
        if not isinstance(headline, str) or not headline.strip():
            raise _Reject(
                NO_HEADLINE,
                f"record has no {fields.headline!r} text",
                cursor,
                fix="set the field names with [tool.headlinecheck.fields]",
            )
        if not isinstance(body, str):
            raise _Reject(BAD_RECORD, f"record field {fields.body!r} is not text", cursor)
        raw_date = record.get(fields.published)
        published = None if raw_date is None else parse_date(raw_date, offset=cursor)
    except _Reject as reject:
        return _bad(path, starts, reject, line_base)
    headline_origin, headline_exact = _find_string(text, headline, cursor)
    body_origin, body_exact = _find_string(text, body, cursor)
    return Article(
        path,
        headline,
        body,
        published,
        headline_origin=headline_origin,
        body_origin=body_origin,
        headline_exact=headline_exact,
        body_exact=body_exact,
        line_starts=starts,
        line_base=line_base,
    )


def _find_string(text: str, value: str, cursor: int) -> tuple[int, bool]:
    """Where the JSON string ``value`` starts in ``text`` (after ``cursor``) and if verbatim."""
    import json

    for encoded in (json.dumps(value, ensure_ascii=False), json.dumps(value)):
        at = text.find(encoded, cursor)
        if at >= 0:
            return at + 1, encoded[1:-1] == value
    return cursor, False
