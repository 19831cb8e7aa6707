"""The values reading produces: ``Article`` (with positions), ``ArticleSettings``, ``BadArticle``.

Positions: extraction works on ``headline`` and ``body`` strings, and reports must point into the
ORIGINAL file. The body is therefore the original text with everything that is not prose (code,
HTML comments and tags, link URLs, front matter) overwritten with spaces of equal length; offsets in
the body are offsets in the file, shifted by one number. :meth:`Article.locate` turns an offset back
into a 1-based (line, column), counting columns in code points.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from decimal import Decimal
from typing import Literal

import attrs

from headlinecheck.errors import ArticleError

Part = Literal["headline", "body"]

# MDX is Markdown with JSX: read as plain text, its front matter would become the headline.
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
#: What a directory walk picks up.
ARTICLE_SUFFIXES = MARKDOWN_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES

#: Input-error codes (documented in docs/rules.md); ``report`` owns the rest of the scheme.
UNREADABLE = "HC901"
BAD_ENCODING = "HC902"
BAD_FRONT_MATTER = "HC903"
NO_HEADLINE = "HC904"
BAD_DATE = "HC905"
BAD_RECORD = "HC906"
BAD_SETTINGS = "HC907"
TOO_LARGE = "HC908"

_SETTING_KEYS = frozenset({"ignore", "dollar", "tolerance", "locale", "skip"})
# Codes are matched whatever their case: "hc313" in a disable comment must not read as "no codes
# given", which would suppress every finding of the article.
_CODE = re.compile(r"HC\d{3}", re.IGNORECASE)


@attrs.frozen
class Fields:
    """Record field names for JSON / JSONL articles (configurable per repository)."""

    headline: str = "headline"
    body: str = "body"
    published: str = "published"


#: The default field names (a shared value: ``Fields`` is frozen).
DEFAULT_FIELDS = Fields()


@attrs.frozen
class LineIgnore:
    """A suppression scoped to one line of the file: ``<!-- headlinecheck-disable-line -->`` on
    it or ``<!-- headlinecheck-disable-next-line -->`` above it. ``codes`` holds ``"all"`` when
    none were named; ``reason`` is the text after ``--``, if any."""

    line: int
    codes: frozenset[str]
    reason: str | None = None

    def covers(self, code: str, line: int) -> bool:
        return line == self.line and (code in self.codes or "all" in self.codes)


@attrs.frozen
class ArticleSettings:
    """Per-article settings from front matter (``headlinecheck:``) and disable comments."""

    ignore: frozenset[str] = frozenset()
    dollar: str | None = None
    tolerance: Decimal | None = None
    locale: str | None = None
    skip: bool = False
    #: Suppressions scoped to one line (``LineIgnore``), in file order.
    line_ignores: tuple[LineIgnore, ...] = ()
    # File offsets of where "tolerance", "dollar" and "locale" were set, so that a value the
    # checker rejects is reported on its own line rather than on the headline's. Not part of the
    # settings' value: two articles with the same settings compare equal wherever they wrote them.
    origins: tuple[tuple[str, int], ...] = attrs.field(default=(), eq=False)

    def ignores(self, code: str) -> bool:
        return code in self.ignore or "all" in self.ignore


@attrs.frozen
class Article:
    """One article, with enough of its file to map offsets back to line:column.

    ``headline_origin``/``body_origin`` are the file offsets of ``headline[0]``/``body[0]``;
    ``headline_exact`` is False when the headline is not a verbatim slice of the file (a YAML
    string with escapes, a JSON string): its positions then point at the headline's start.
    """

    path: str
    headline: str
    body: str
    published: date | None
    settings: ArticleSettings = ArticleSettings()
    headline_origin: int = 0
    body_origin: int = 0
    headline_exact: bool = True
    body_exact: bool = True
    line_starts: tuple[int, ...] = (0,)
    # Where decoded HTML entities ("&nbsp;" -> one character) shortened the text: (offset in
    # the decoded text just after the entity, characters removed so far), in order.
    headline_shifts: tuple[tuple[int, int], ...] = ()
    body_shifts: tuple[tuple[int, int], ...] = ()
    # Lines of the file before ``line_starts[0]``: a JSON Lines record is read (and located) on
    # its own, without the offsets of every line before it.
    line_base: int = 0

    def locate(self, offset: int, part: Part = "headline") -> tuple[int, int]:
        """1-based (line, column) in the original file of ``offset`` in the headline or body."""
        if part == "headline":
            shift = offset if self.headline_exact else 0
            shift = max(0, min(shift, len(self.headline)))
            absolute = self.headline_origin + shift + _removed(self.headline_shifts, shift)
        else:
            shift = offset if self.body_exact else 0
            shift = max(0, min(shift, len(self.body)))
            absolute = self.body_origin + shift + _removed(self.body_shifts, shift)
        return self.position(absolute)

    def position(self, absolute: int) -> tuple[int, int]:
        """1-based (line, column) of the file offset ``absolute``."""
        index = bisect.bisect_right(self.line_starts, absolute) - 1
        return self.line_base + index + 1, absolute - self.line_starts[index] + 1


def _removed(shifts: tuple[tuple[int, int], ...], offset: int) -> int:
    index = bisect.bisect_right(shifts, offset, key=_decoded_offset) - 1
    return shifts[index][1] if index >= 0 else 0


def _decoded_offset(shift: tuple[int, int]) -> int:
    return shift[0]


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _decode_entities(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` with HTML character references decoded, and where that shortened it.

    Markdown passes "&nbsp;" and "&#36;" through to the reader as characters; read raw, a
    magnitude behind "50&nbsp;million" or a "&#36;" sign would be lost.
    """
    if "&" not in text:
        return text, ()
    from html import unescape

    parts: list[str] = []
    shifts: list[tuple[int, int]] = []
    removed = at = 0
    for match in _ENTITY.finditer(text):
        decoded = unescape(match.group())
        if decoded == match.group():
            continue  # not an entity HTML knows: the reader sees it as written
        parts.append(text[at : match.start()])
        parts.append(decoded)
        at = match.end()
        removed += len(match.group()) - len(decoded)
        shifts.append((match.start() - removed + len(match.group()), removed))
    if not shifts:
        return text, ()
    parts.append(text[at:])
    return "".join(parts), tuple(shifts)


@attrs.frozen
class BadArticle:
    """A file (or record) that could not be read as an article: a finding, not an exception."""

    path: str
    code: str
    problem: str
    line: int = 1
    column: int = 1
    fix: str | None = None

    def error(self) -> ArticleError:
        return ArticleError(self.problem, path=self.path, line=self.line, fix=self.fix)


class _Reject(ArticleError):
    """Unwinds a parser to the one place that turns it into a ``BadArticle``.

    An ``ArticleError`` (so a ``ValueError``) for callers of :func:`parse_date`; the readers
    catch it and keep its HC9xx ``code`` and the file ``offset`` it is about.
    """

    def __init__(self, code: str, problem: str, offset: int = 0, fix: str | None = None) -> None:
        super().__init__(problem, fix=fix)
        self.code = code
        self.offset = offset


def _line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    find = text.find
    at = find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = find("\n", at + 1)
    return tuple(starts)


def _bad(path: str, starts: tuple[int, ...], reject: _Reject, line_base: int = 0) -> BadArticle:
    line = bisect.bisect_right(starts, reject.offset)
    column = reject.offset - starts[line - 1] + 1
    return BadArticle(path, reject.code, reject.problem, line_base + line, column, reject.fix)


def _given(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())
