"""Front matter: YAML between ``---`` lines, TOML between ``+++`` lines; the article's settings.

Each parser returns the mapping and, per top-level key, (offset of its value, quoting style), so
that a bad value is reported on its own line.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from headlinecheck.articles.dates import parse_date
from headlinecheck.articles.limits import (
    INT_DIGITS,
    MAX_NUMBER_CHARS,
    MAX_VALUES,
    data_problem,
    yaml_problem,
)
from headlinecheck.articles.model import (
    _CODE,
    _SETTING_KEYS,
    BAD_FRONT_MATTER,
    BAD_SETTINGS,
    NO_HEADLINE,
    ArticleSettings,
    _given,
    _Reject,
)
from headlinecheck.articles.patterns import Lazy
from headlinecheck.errors import describe

_FRONT_OPEN = Lazy(r"---[ \t]*\r?\n")
_FRONT_CLOSE = Lazy(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
# TOML front matter between "+++" lines, as Hugo and Zola write it.
_TOML_OPEN = Lazy(r"\+\+\+[ \t]*\r?\n")
_TOML_CLOSE = Lazy(r"^\+\+\+[ \t]*\r?$", re.MULTILINE)
_LONG_NUMBER = Lazy(rf"[0-9][0-9_]{{{INT_DIGITS},}}")
# Where a top-level key's value starts, or a "[table]" header (for the settings' position).
_TOML_KEY = Lazy(
    r"^[ \t]*(?:\[[ \t]*([\"']?)([A-Za-z0-9_-]+)\1[ \t]*\]"
    r"|([\"']?)([A-Za-z0-9_-]+)\3[ \t]*=[ \t]*)",
    re.MULTILINE,
)


def _front_matter(
    text: str, start: int, end: int, starts: tuple[int, ...]
) -> tuple[dict[str, Any], dict[str, tuple[int, str | None]]]:
    """Parse the YAML in ``text[start:end]``: the mapping, and key -> (value offset, style)."""
    simple = _simple_front_matter(text, start, end)
    if simple is not None:
        return simple
    import yaml  # lazy: only front matter beyond the simple subset pays for it

    loader_class = _yaml_loader()
    first_line = bisect.bisect_right(starts, start) - 1
    loader = loader_class(text[start:end])
    try:
        node = loader.get_single_node()
        if node is not None:
            _check_nodes(node, first_line, starts)
        data = loader.construct_document(node) if node is not None else {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        offset = start
        if mark is not None:
            line = min(first_line + mark.line, len(starts) - 1)
            offset = starts[line] + mark.column
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        # The usual cause: a title with ": " in it, or starting with a YAML indicator.
        fix = "quote values that contain ': ' or start with one of # * & ! [ { > | ' \""
        context = getattr(error, "context_mark", None)
        if context is not None and "quoted scalar" in str(getattr(error, "context", "")):
            # An unclosed quote is reported where the text ends; where it opened is the news.
            line = min(first_line + context.line, len(starts) - 1)
            offset = starts[line] + context.column
            problem, fix = "a quoted value is never closed", "close the quote"
        raise _Reject(
            BAD_FRONT_MATTER, f"invalid YAML front matter: {problem}", offset, fix=fix
        ) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise _Reject(BAD_FRONT_MATTER, "front matter must be a mapping of 'key: value'", start)
    positions: dict[str, tuple[int, str | None]] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            mark = value_node.start_mark
            offset = starts[min(first_line + mark.line, len(starts) - 1)] + mark.column
            key = str(key_node.value)
            if key in positions:
                # PyYAML keeps the last silently; which of two titles was meant is a guess.
                mark = key_node.start_mark
                offset = starts[min(first_line + mark.line, len(starts) - 1)] + mark.column
                raise _Reject(
                    BAD_FRONT_MATTER,
                    f"front matter key {describe(key)} is given twice",
                    offset,
                    fix="keep one",
                )
            positions[key] = (offset, getattr(value_node, "style", None))
    return {str(k): v for k, v in data.items()}, positions


def _check_nodes(node: Any, first_line: int, starts: tuple[int, ...]) -> None:
    """Refuse an alias bomb or a huge number before PyYAML builds (or anyone prints) it."""
    budget = [MAX_VALUES]
    pairs = node.value if isinstance(node.value, list) else [node]
    for item in pairs:
        for part in item if isinstance(item, tuple) else (item,):
            found = yaml_problem(part, budget)
            if found is not None:
                problem, at = found
                mark = (part if "expands" in problem else at).start_mark
                offset = starts[min(first_line + mark.line, len(starts) - 1)] + mark.column
                raise _Reject(BAD_FRONT_MATTER, f"invalid YAML front matter: {problem}", offset)


def _toml_front_matter(
    text: str, start: int, end: int, starts: tuple[int, ...]
) -> tuple[dict[str, Any], dict[str, tuple[int, str | None]]]:
    """Parse the TOML in ``text[start:end]``: the mapping, and key -> (value offset, style)."""
    import importlib
    import sys

    # tomllib is in the standard library from 3.11; tomli is the same code for 3.10.
    tomllib: Any = importlib.import_module("tomllib" if sys.version_info >= (3, 11) else "tomli")
    try:
        data = tomllib.loads(text[start:end].replace("\r\n", "\n"))
    except RecursionError:
        problem = "invalid TOML front matter: nested too deeply"
        raise _Reject(BAD_FRONT_MATTER, problem, start) from None
    except ValueError as error:
        if not isinstance(error, tomllib.TOMLDecodeError):
            # Python refuses to read an integer of more than 4,300 digits.
            long = _LONG_NUMBER().search(text, start, end)
            problem = f"invalid TOML front matter: a number of more than {INT_DIGITS:,} digits"
            offset = start if long is None else long.start()
            raise _Reject(BAD_FRONT_MATTER, problem, offset) from None
        offset = start
        where = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        if where is not None:
            line = min(bisect.bisect_right(starts, start) - 1 + int(where[1]) - 1, len(starts) - 1)
            offset = min(starts[line] + int(where[2]) - 1, len(text))
        problem = str(error).split(" (at ", 1)[0]
        raise _Reject(BAD_FRONT_MATTER, f"invalid TOML front matter: {problem}", offset) from None
    oversized = data_problem(data)
    if oversized is not None:
        raise _Reject(BAD_FRONT_MATTER, f"invalid TOML front matter: {oversized}", start)
    positions: dict[str, tuple[int, str | None]] = {}
    in_table = False
    for match in _TOML_KEY().finditer(text, start, end):
        if match[2] is not None:
            in_table = True
            positions.setdefault(match[2], (match.start(2), None))
        elif not in_table:
            # A key after a [table] header belongs to that table, not to the article.
            quote = text[match.end()] if match.end() < end else ""
            positions.setdefault(match[4], (match.end(), quote if quote in "\"'" else None))
    return data, positions


# Front matter is usually a few "key: value" lines. Importing PyYAML costs more than the rest of
# a one-article run's parsing, so that subset is read here; anything else, including every
# value whose YAML type is not obvious, goes to PyYAML. tests/test_articles.py checks the two
# agree on generated front matter.
_SIMPLE_LINE = Lazy(r"([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+(.*))?")
_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`=<~")
_BOOLEANS = {
    word: value
    for value, words in ((True, ("yes", "true", "on")), (False, ("no", "false", "off")))
    for base in words
    for word in (base, base.capitalize(), base.upper())
}
_NULLS = frozenset({"null", "Null", "NULL", "~"})
_PLAIN_INT = Lazy(r"[-+]?(?:0|[1-9][0-9]*)")
_PLAIN_DATE = Lazy(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")


def _simple_front_matter(
    text: str, start: int, end: int
) -> tuple[dict[str, Any], dict[str, tuple[int, str | None]]] | None:
    data: dict[str, Any] = {}
    positions: dict[str, tuple[int, str | None]] = {}
    at = start
    while at < end:
        newline = text.find("\n", at, end)
        line_end = end if newline < 0 else newline
        line = text[at:line_end]
        if line.strip() and not line.startswith("#"):
            match = _SIMPLE_LINE().fullmatch(line.rstrip(" \t\r"))
            if match is None or not match[2]:
                return None
            key, raw = match[1], match[2]
            value = _simple_scalar(raw)
            if value is None or key in data:
                return None  # PyYAML's to read, or to report a repeated key
            data[key] = value[0]
            # Like a YAML node's mark: where the value starts, its opening quote included.
            positions[key] = (at + match.start(2), value[1])
        at = line_end + 1
    return (data, positions) if data else None


def _simple_scalar(raw: str) -> tuple[Any, str | None] | None:
    """(value, style) of a scalar in the simple subset, or None to leave it to PyYAML."""
    if len(raw) >= 2 and raw[0] == raw[-1] == '"' and not set('"\\') & set(raw[1:-1]):
        return raw[1:-1], '"'
    if len(raw) >= 2 and raw[0] == raw[-1] == "'" and "'" not in raw[1:-1]:
        return raw[1:-1], "'"
    if raw[0] in _PLAIN_START or ": " in raw or " #" in raw or raw.endswith(":") or "\t" in raw:
        return None
    if raw in _BOOLEANS:
        return _BOOLEANS[raw], None
    if raw in _NULLS:
        return None
    if _PLAIN_INT().fullmatch(raw) and len(raw) <= MAX_NUMBER_CHARS:
        return int(raw), None
    if _PLAIN_DATE().fullmatch(raw):
        return raw, None  # timestamps stay text, as with the PyYAML loader below
    if raw[0] in "+-.0123456789" or raw.lower() in (".inf", ".nan"):
        return None  # floats, sexagesimals, octal, timestamps with times: PyYAML's call
    return raw, None


@functools.cache
def _yaml_loader() -> Any:
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc,valid-type]
        """Safe loading, with timestamps kept as text so a bad date is ours to report."""

    def keep_text(loader: Any, node: Any) -> str:
        return str(loader.construct_scalar(node))

    Loader.add_constructor("tag:yaml.org,2002:timestamp", keep_text)
    return Loader


def _meta_headline(
    value: object, text: str, where: tuple[int, str | None]
) -> tuple[str, int, bool]:
    offset, style = where
    if not isinstance(value, str):
        raise _Reject(NO_HEADLINE, "the front matter title is not text", offset)
    if style in ("'", '"'):
        # Quoted: the text starts after the quote, verbatim unless it uses escapes.
        exact = text.startswith(value, offset + 1)
        return value, offset + 1, exact
    if style in ("|", ">"):
        return value.strip(), offset, False
    return value, offset, text.startswith(value, offset)


def _published(
    meta: Mapping[str, Any], positions: Mapping[str, tuple[int, str | None]]
) -> date | None:
    for key in ("date", "published"):
        # An empty "date:" or 'date: ""' is a template's placeholder, like an empty title: no
        # date (the claims are checked over a window and flagged), not a bad one.
        if _given(meta.get(key)):
            return parse_date(meta[key], offset=positions.get(key, (0, None))[0])
    return None


def _settings(
    meta: Mapping[str, Any],
    text: str,
    positions: Mapping[str, tuple[int, str | None]],
    disabled: frozenset[str],
) -> ArticleSettings:
    offset = positions.get("headlinecheck", (0, None))[0]
    raw = meta.get("headlinecheck") or {}
    if not isinstance(raw, dict):
        raise _Reject(BAD_SETTINGS, "'headlinecheck:' must be a mapping", offset)
    unknown = sorted(str(k) for k in raw if k not in _SETTING_KEYS)
    if unknown:
        raise _Reject(
            BAD_SETTINGS,
            f"unknown headlinecheck setting {describe(unknown[0])}",
            offset,
            fix="known settings: " + ", ".join(sorted(_SETTING_KEYS)),
        )
    ignore = raw.get("ignore", [])
    if isinstance(ignore, str):
        ignore = [ignore]
    if not isinstance(ignore, list) or not all(
        isinstance(c, str) and (c == "all" or _CODE().fullmatch(c)) for c in ignore
    ):
        raise _Reject(BAD_SETTINGS, "'ignore' must be a list of rule codes like HC101", offset)
    tolerance = raw.get("tolerance")
    if tolerance is not None:
        # "0.5%" as in the configuration file; the range is the checker's to judge.
        # Only a number or text is a tolerance: str() of a list would spell out all of it.
        text = str(tolerance).strip() if isinstance(tolerance, (str, int, float)) else "?"
        try:
            tolerance = Decimal(text[:-1]) / 100 if text.endswith("%") else Decimal(text)
        except InvalidOperation:
            raise _Reject(
                BAD_SETTINGS,
                f"bad tolerance {describe(tolerance)}",
                offset,
                fix="write a fraction such as 0.01 or a percentage such as '1%'",
            ) from None
    skip = raw.get("skip", False)
    if not isinstance(skip, bool):
        # bool("false") is True: a quoted or misspelt value must not skip the article.
        raise _Reject(
            BAD_SETTINGS,
            f"'skip' must be true or false (got {describe(skip)})",
            offset,
            fix="write skip: true or skip: false",
        )
    dollar = raw.get("dollar", meta.get("currency"))
    locale = raw.get("locale", meta.get("locale"))
    origins = {name: offset for name in ("tolerance", "dollar", "locale") if name in raw}
    for name, key in (("dollar", "currency"), ("locale", "locale")):
        if name not in raw and key in positions:
            origins[name] = positions[key][0]
    for name, value in (("dollar", dollar), ("locale", locale)):
        if value is not None and not isinstance(value, str):
            raise _Reject(BAD_SETTINGS, f"{name!r} must be text", origins.get(name, offset))
    return ArticleSettings(
        ignore=frozenset(c if c == "all" else c.upper() for c in ignore) | disabled,
        dollar=dollar.upper() if isinstance(dollar, str) else None,
        tolerance=tolerance,
        locale=locale,
        skip=skip,
        origins=tuple(origins.items()),
    )
