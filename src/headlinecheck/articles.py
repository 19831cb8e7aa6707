"""Article files -> ``Article`` values: a headline, a body, a date, settings, and positions.

Formats: Markdown with optional YAML front matter (``.md``, ``.markdown``), JSON (an object or a
list of objects) and JSON Lines records, and plain text (anything else). A file that cannot be read
as an article becomes a ``BadArticle`` (a value carrying a stable HC9xx code, the path and line) so
that one broken file never stops the others being checked; :func:`load` raises ``ArticleError``
instead, for library callers.

Positions: extraction works on ``headline`` and ``body`` strings, and reports must point into the
ORIGINAL file. The body is therefore the original text with everything that is not prose (code,
HTML comments and tags, link URLs, front matter) overwritten with spaces of equal length; offsets in
the body are offsets in the file, shifted by one number. :meth:`Article.locate` turns an offset back
into a 1-based (line, column), counting columns in code points.
"""

from __future__ import annotations

import bisect
import functools
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

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


@attrs.frozen
class ArticleSettings:
    """Per-article settings from front matter (``headlinecheck:``) and disable comments."""

    ignore: frozenset[str] = frozenset()
    dollar: str | None = None
    tolerance: Decimal | None = None
    locale: str | None = None
    skip: bool = False
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
        return index + 1, absolute - self.line_starts[index] + 1


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


class _Reject(Exception):
    """Internal: unwinds a parser to the one place that turns it into a ``BadArticle``."""

    def __init__(self, code: str, problem: str, offset: int = 0, fix: str | None = None) -> None:
        super().__init__(problem)
        self.code = code
        self.problem = problem
        self.offset = offset
        self.fix = fix


def load(path: str | Path, *, fields: Fields = Fields()) -> list[Article]:
    """Read the articles in ``path``; raise ``ArticleError`` for the first bad one."""
    articles = []
    for item in read_path(path, fields=fields):
        if isinstance(item, BadArticle):
            raise item.error()
        articles.append(item)
    return articles


def read_path(
    path: str | Path,
    *,
    fields: Fields = Fields(),
    max_bytes: int | None = None,
    display: str | None = None,
) -> list[Article | BadArticle]:
    """Read one file into its articles (one, or one per JSON record) and bad records."""
    name = display if display is not None else str(path)
    try:
        status = Path(path).stat()
        size = status.st_size
        if not stat.S_ISREG(status.st_mode):
            # A FIFO in an article directory would block the run for ever on reading it.
            return [BadArticle(name, UNREADABLE, "not a regular file (a FIFO, socket or device)")]
        kind = kind_of(Path(path))
        # A JSON Lines feed holds many articles: the limit applies to each of its records.
        if max_bytes is not None and size > max_bytes and kind != "jsonl":
            return [
                BadArticle(
                    name,
                    TOO_LARGE,
                    f"file is {size:,} bytes, over the {max_bytes:,}-byte limit",
                    fix="raise max-bytes in [tool.headlinecheck] if this is really an article",
                )
            ]
        data = Path(path).read_bytes()
    except OSError as error:
        return [BadArticle(name, UNREADABLE, f"cannot read file: {error.strerror or error}")]
    return read_bytes(data, name, kind=kind, fields=fields, max_bytes=max_bytes)


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def read_bytes(
    data: bytes,
    path: str,
    *,
    kind: str = "markdown",
    fields: Fields = Fields(),
    max_bytes: int | None = None,
) -> list[Article | BadArticle]:
    """Parse ``data`` (the file's bytes) as ``kind``: markdown | text | json | jsonl.

    ``max_bytes`` limits each JSON Lines record (``read_path`` limits other files as a whole).
    """
    try:
        text = _decode(data)
    except _Reject as reject:
        line = data.count(b"\n", 0, reject.offset) + 1
        return [BadArticle(path, reject.code, reject.problem, line, 1, reject.fix)]
    starts = _line_starts(text)
    if kind in ("json", "jsonl"):
        return list(
            _records(text, path, starts, fields, lines=kind == "jsonl", max_bytes=max_bytes)
        )
    try:
        parse = _parse_markdown if kind == "markdown" else _parse_text
        return [parse(text, path, starts)]
    except _Reject as reject:
        return [_bad(path, starts, reject)]


def from_text(
    headline: str, body: str, *, path: str = "-", published: date | None = None
) -> Article:
    """An article given as two strings (``--headline TEXT --body-file F``)."""
    # Positions are those of a plain-text file whose first line is the headline.
    headline = headline.strip()
    return Article(
        path,
        headline,
        body,
        published,
        body_origin=len(headline) + 1,
        line_starts=_line_starts(headline + "\n" + body),
    )


# --- decoding --------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") and data[:4] != b"\xff\xfe\x00\x00":
        # UTF-16 with its byte order mark, as Notepad's "Unicode" and Windows PowerShell 5's
        # ">" write: unambiguous, so read rather than refused as binary for its NUL bytes.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            fix = "re-save the file as UTF-8"
            raise _Reject(BAD_ENCODING, "not valid UTF-16", 0, fix=fix) from None
    # NUL bytes never occur in text files; checking the head is what git and grep do too.
    nul = data.find(b"\0", 0, 8192)
    if nul >= 0:
        raise _Reject(UNREADABLE, "binary file (contains NUL bytes), not an article", 0)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _Reject(
            BAD_ENCODING,
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})",
            error.start,
            fix="re-save the file as UTF-8",
        ) from None


def _line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    find = text.find
    at = find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = find("\n", at + 1)
    return tuple(starts)


def _bad(path: str, starts: tuple[int, ...], reject: _Reject) -> BadArticle:
    line = bisect.bisect_right(starts, reject.offset)
    column = reject.offset - starts[line - 1] + 1
    return BadArticle(path, reject.code, reject.problem, line, column, reject.fix)


# --- Markdown --------------------------------------------------------------------------------

_FRONT_OPEN = re.compile(r"---[ \t]*\r?\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
# TOML front matter between "+++" lines, as Hugo and Zola write it.
_TOML_OPEN = re.compile(r"\+\+\+[ \t]*\r?\n")
_TOML_CLOSE = re.compile(r"^\+\+\+[ \t]*\r?$", re.MULTILINE)
# Where a top-level key's value starts, or a "[table]" header (for the settings' position).
_TOML_KEY = re.compile(
    r"^[ \t]*(?:\[[ \t]*([\"']?)([A-Za-z0-9_-]+)\1[ \t]*\]"
    r"|([\"']?)([A-Za-z0-9_-]+)\3[ \t]*=[ \t]*)",
    re.MULTILINE,
)
# The heading text is trimmed of its closing "#"s in Python: a regex doing it would backtrack.
# An ATX heading ("# Title") or a setext one ("Title" over a line of "="s), whichever is first.
_HEADING = re.compile(
    r"^[ ]{0,3}#[ \t]+([^\n]*)|^[ ]{0,3}([^\s#>|=-][^\n]*)\n[ ]{0,3}=+[ \t]*\r?$", re.MULTILINE
)
_DISABLE = re.compile(r"<!--\s*headlinecheck-disable\b(.*)-->", re.DOTALL)


def _parse_markdown(text: str, path: str, starts: tuple[int, ...]) -> Article:
    meta: dict[str, Any] = {}
    positions: dict[str, tuple[int, str | None]] = {}
    body_start = 0
    toml = _TOML_OPEN.match(text)
    opened = toml or _FRONT_OPEN.match(text)
    if opened is not None:
        close = (_TOML_CLOSE if toml else _FRONT_CLOSE).search(text, opened.end())
        if close is None:
            fence = "+++" if toml else "---"
            raise _Reject(
                BAD_FRONT_MATTER,
                f"front matter opened with '{fence}' is never closed",
                0,
                fix=f"end the front matter with a line '{fence}'",
            )
        read = _toml_front_matter if toml else _front_matter
        meta, positions = read(text, opened.end(), close.start(), starts)
        body_start = close.end() + 1 if close.end() < len(text) else close.end()

    cleaned = _blank_markdown(text, body_start)
    settings = _settings(meta, text, positions, _disable_comments(text, body_start))

    # An empty "title:" or "title: ''" (a template's placeholder) is no title: the heading is the
    # headline then.
    headline_key = next((k for k in ("title", "headline") if _given(meta.get(k))), None)
    if headline_key is not None:
        # A key written in a way the position finder does not read ("a"."b" = ...) is located
        # at the file's start rather than not at all.
        where = positions.get(headline_key, (0, None))
        headline, origin, exact = _meta_headline(meta[headline_key], text, where)
        # A Markdown article often repeats its title as the first heading; left in the body it
        # would "support" every claim in the headline by itself.
        heading = _find_heading(text, cleaned, body_start)
        if heading is not None and _same(_heading_text(heading), headline):
            cleaned = _blank(cleaned, heading.start(), heading.end())
    else:
        heading = _find_heading(text, cleaned, body_start)
        if heading is None:
            blank = next((k for k in ("title", "headline") if k in meta and k in positions), None)
            if blank is not None:
                at = positions[blank][0]
                # "title: #1 in sales": in YAML the rest of the line is a comment.
                comment = text[at : text.find("\n", at)].strip().startswith("#")
                fix = "quote it: a value starting with '#' is a YAML comment" if comment else None
                raise _Reject(NO_HEADLINE, "the headline is empty", at, fix=fix)
            raise _Reject(
                NO_HEADLINE,
                "no headline: no 'title' in front matter and no '# heading'",
                body_start,
                fix="add 'title: ...' to the front matter or a first '# Headline' line",
            )
        headline, origin, exact = (
            _heading_text(heading),
            heading.start(_heading_group(heading)),
            True,
        )
        cleaned = _blank(cleaned, heading.start(), heading.end())
    if not headline.strip():
        raise _Reject(NO_HEADLINE, "the headline is empty", origin)

    published = _published(meta, positions)
    headline, headline_shifts = _decode_entities(headline)
    body, body_shifts = _decode_entities(cleaned[body_start:])
    return Article(
        path,
        headline,
        body,
        published,
        settings,
        headline_origin=origin,
        body_origin=body_start,
        headline_exact=exact,
        line_starts=starts,
        headline_shifts=headline_shifts,
        body_shifts=body_shifts,
    )


def _given(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _find_heading(text: str, cleaned: str, start: int) -> re.Match[str] | None:
    """The first heading after ``start``, its code spans shown as text.

    Code in the body is no figure, but a heading is what readers see as the headline: a
    "# `$6.4M` for blockchain" still claims $6.4M. Only the backtick delimiters are blanked.
    """
    heading = _HEADING.search(cleaned, start)
    if heading is None or "`" not in text[heading.start() : heading.end()]:
        return heading
    begin, end = heading.start(), heading.end()
    chars = list(cleaned[begin:end])
    for span_start, span_end in _code_spans(text, begin, end):
        opening = _BACKTICKS.match(text, span_start)
        assert opening is not None  # every code span starts with its backtick run
        fence = opening.end() - span_start
        for index in range(span_start + fence, span_end - fence):
            chars[index - begin] = text[index]
    shown = cleaned[:begin] + "".join(chars) + cleaned[end:]
    return _HEADING.match(shown, begin)


def _heading_group(match: re.Match[str]) -> int:
    return 1 if match.group(1) is not None else 2


def _heading_text(match: re.Match[str]) -> str:
    text = match.group(_heading_group(match)).rstrip()
    if match.group(1) is None:
        return text
    closing = text.rstrip("#")
    # "# Title ##": a closing run of #s counts only after a space (CommonMark).
    if closing != text and (not closing or closing[-1] in " \t"):
        text = closing.rstrip()
    return text


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
                    f"front matter key {key!r} is given twice",
                    offset,
                    fix="keep one",
                )
            positions[key] = (offset, getattr(value_node, "style", None))
    return {str(k): v for k, v in data.items()}, positions


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
    except tomllib.TOMLDecodeError as error:
        offset = start
        where = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        if where is not None:
            line = min(bisect.bisect_right(starts, start) - 1 + int(where[1]) - 1, len(starts) - 1)
            offset = min(starts[line] + int(where[2]) - 1, len(text))
        problem = str(error).split(" (at ", 1)[0]
        raise _Reject(BAD_FRONT_MATTER, f"invalid TOML front matter: {problem}", offset) from None
    positions: dict[str, tuple[int, str | None]] = {}
    in_table = False
    for match in _TOML_KEY.finditer(text, start, end):
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
_SIMPLE_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+(.*))?")
_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`=<~")
_BOOLEANS = {
    word: value
    for value, words in ((True, ("yes", "true", "on")), (False, ("no", "false", "off")))
    for base in words
    for word in (base, base.capitalize(), base.upper())
}
_NULLS = frozenset({"null", "Null", "NULL", "~"})
_PLAIN_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_PLAIN_DATE = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")


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
            match = _SIMPLE_LINE.fullmatch(line.rstrip(" \t\r"))
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
    if _PLAIN_INT.fullmatch(raw):
        return int(raw), None
    if _PLAIN_DATE.fullmatch(raw):
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


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _published(
    meta: Mapping[str, Any], positions: Mapping[str, tuple[int, str | None]]
) -> date | None:
    for key in ("date", "published"):
        # An empty "date:" or 'date: ""' is a template's placeholder, like an empty title: no
        # date (the claims are checked over a window and flagged), not a bad one.
        if _given(meta.get(key)):
            return parse_date(meta[key], offset=positions.get(key, (0, None))[0])
    return None


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z ]*)?")
# Dates as CMS exports and RSS feeds write them, with the month in words so that the order of
# day and month is never a guess: "29 August 2023", "Aug. 29, 2023", RFC 2822 "Tue, 29 Aug 2023
# 10:00:00 +0800". All-numeric forms other than ISO (08/09/2023) are ambiguous and refused.
_WORDY_DATE = re.compile(
    r"(?:(?P<weekday>[A-Za-z]{3,9})\.?,?[ ]+)?"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?[ ]+(?P<month>[A-Za-z]{3,9})\.?,?"
    r"|(?P<month2>[A-Za-z]{3,9})\.?[ ]+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?)"
    r"[ ]+(?P<year>\d{4})(?:,?[ ]+\d{1,2}:\d{2}[ 0-9:.+\-A-Za-z]*)?"
)
_MONTHS = {
    name: number
    for number, full in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"),
        start=1,
    )
    for name in (full, full[:3], "sept" if number == 9 else full[:3])
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def parse_date(value: object, *, offset: int = 0) -> date:
    """A publication date from front matter or a record.

    A date, a datetime, an ISO 8601 string (a timestamp's written date is used) or a date with
    the month in English words ("29 August 2023", "Aug 29, 2023", RFC 2822).
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    problem = f"bad publication date {value!r}"
    if isinstance(value, str):
        text = " ".join(value.split())
        match = _ISO_DATE.fullmatch(text)
        if match is not None:
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                pass
        worded = _WORDY_DATE.fullmatch(text)
        if worded is not None:
            month = _MONTHS.get((worded["month"] or worded["month2"]).lower())
            day = int(worded["day"] or worded["day2"])
            try:
                found = None if month is None else date(int(worded["year"]), month, day)
            except ValueError:
                found = None
            weekday = (worded["weekday"] or "").lower()
            if found is not None and weekday:
                named = next(
                    (i for i, name in enumerate(_WEEKDAYS) if name.startswith(weekday)), -1
                )
                if named != found.weekday():
                    problem += f": {found} is a {_WEEKDAYS[found.weekday()].title()}"
                    found = None
            if found is not None:
                return found
    raise _Reject(
        BAD_DATE,
        problem,
        offset,
        fix="write it as YYYY-MM-DD (ISO 8601)",
    )


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
            f"unknown headlinecheck setting {unknown[0]!r}",
            offset,
            fix="known settings: " + ", ".join(sorted(_SETTING_KEYS)),
        )
    ignore = raw.get("ignore", [])
    if isinstance(ignore, str):
        ignore = [ignore]
    if not isinstance(ignore, list) or not all(
        isinstance(c, str) and (c == "all" or _CODE.fullmatch(c)) for c in ignore
    ):
        raise _Reject(BAD_SETTINGS, "'ignore' must be a list of rule codes like HC101", offset)
    tolerance = raw.get("tolerance")
    if tolerance is not None:
        # "0.5%" as in the configuration file; the range is the checker's to judge.
        text = str(tolerance).strip()
        try:
            tolerance = Decimal(text[:-1]) / 100 if text.endswith("%") else Decimal(text)
        except InvalidOperation:
            raise _Reject(
                BAD_SETTINGS,
                f"bad tolerance {tolerance!r}",
                offset,
                fix="write a fraction such as 0.01 or a percentage such as '1%'",
            ) from None
    skip = raw.get("skip", False)
    if not isinstance(skip, bool):
        # bool("false") is True: a quoted or misspelt value must not skip the article.
        raise _Reject(
            BAD_SETTINGS,
            f"'skip' must be true or false (got {skip!r})",
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


def _disable_comments(text: str, start: int) -> frozenset[str]:
    codes: set[str] = set()
    # A disable comment shown as an example in code is not an instruction to the checker.
    text = _blank_spans(text, _fenced_blocks(text, start))
    text = _blank_spans(text, _code_spans(text, start))
    for begin, end in _html_comments(text, start):
        match = _DISABLE.fullmatch(text, begin, end)
        if match is not None:
            named = [code.upper() for code in _CODE.findall(match.group(1))]
            codes.update(named if named else ["all"])
    return frozenset(codes)


# --- blanking what is not prose ---------------------------------------------------------------

_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})", re.MULTILINE)
_BACKTICKS = re.compile(r"`+")
# Character classes exclude the opening character so that failed attempts never rescan.
_LINK_TARGET = re.compile(r"\]\([^)\]\n]*\)")
_REF_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\]\n]*\]:[^\n]*", re.MULTILINE)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^<>\s]*>", re.IGNORECASE)
_BARE_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]+", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")


def _blank(text: str, start: int, end: int) -> str:
    """Overwrite ``text[start:end]`` with spaces, keeping line breaks, so offsets stay valid."""
    if start >= end:
        return text
    middle = "".join(c if c in "\r\n" else " " for c in text[start:end])
    return text[:start] + middle + text[end:]


def _blank_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def _blank_markdown(text: str, start: int) -> str:
    """The file text with code, comments, tags and URLs after ``start`` turned into spaces."""
    spans: list[tuple[int, int]] = []
    spans.extend(_fenced_blocks(text, start))
    spans.extend(_html_comments(text, start))
    text = _blank_spans(text, spans)
    spans = list(_code_spans(text, start))
    spans.extend((m.start() + 1, m.end()) for m in _LINK_TARGET.finditer(text, start))
    for pattern in (_REF_DEFINITION, _AUTOLINK, _BARE_URL, _HTML_TAG):
        spans.extend(m.span() for m in pattern.finditer(text, start))
    return _blank_spans(text, spans)


def _fenced_blocks(text: str, start: int) -> Iterator[tuple[int, int]]:
    at = start
    while True:
        opening = _FENCE.search(text, at)
        if opening is None:
            return
        fence = opening.group(1)
        # The closing fence: same character, at least as long, alone on its line.
        closing = re.compile(
            rf"^[ ]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*\r?$", re.MULTILINE
        )
        line_end = text.find("\n", opening.end())
        if line_end < 0:
            yield opening.start(), len(text)
            return
        close = closing.search(text, line_end + 1)
        end = len(text) if close is None else close.end()
        yield opening.start(), end
        at = end


def _html_comments(text: str, start: int) -> Iterator[tuple[int, int]]:
    at = text.find("<!--", start)
    while at >= 0:
        end = text.find("-->", at + 4)
        end = len(text) if end < 0 else end + 3
        yield at, end
        at = text.find("<!--", end)


def _code_spans(text: str, start: int, end: int | None = None) -> Iterator[tuple[int, int]]:
    # A code span runs from a backtick string to the next backtick string of the same length
    # (CommonMark). Pairing by "next run of equal length" keeps this linear.
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text, start, end or len(text))]
    following: dict[int, int] = {}
    next_same = [-1] * len(runs)
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        next_same[index] = following.get(length, -1)
        following[length] = index
    index = 0
    while index < len(runs):
        partner = next_same[index]
        if partner < 0:
            index += 1
            continue
        yield runs[index][0], runs[partner][1]
        index = partner + 1


# --- plain text ------------------------------------------------------------------------------


def _parse_text(text: str, path: str, starts: tuple[int, ...]) -> Article:
    for line_start in starts:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if line.strip():
            lead = len(line) - len(line.lstrip())
            headline = line.strip()
            body_start = min(line_end + 1, len(text))
            return Article(
                path,
                headline,
                text[body_start:],
                None,
                headline_origin=line_start + lead,
                body_origin=body_start,
                line_starts=starts,
            )
    raise _Reject(NO_HEADLINE, "empty file: no headline line", 0)


# --- JSON and JSON Lines ----------------------------------------------------------------------


def _records(
    text: str,
    path: str,
    starts: tuple[int, ...],
    fields: Fields,
    *,
    lines: bool,
    max_bytes: int | None = None,
) -> Iterator[Article | BadArticle]:
    import json  # lazy, like every format-specific import: a Markdown run never needs it

    if lines:
        items: list[tuple[int, str]] = []
        for line_start in starts:
            end = text.find("\n", line_start)
            raw = text[line_start : len(text) if end < 0 else end]
            if raw.strip():
                items.append((line_start, raw))
        for line_start, raw in items:
            size = len(raw.encode()) if max_bytes is not None and len(raw) > max_bytes // 4 else 0
            if max_bytes is not None and size > max_bytes:
                yield _bad(
                    path,
                    starts,
                    _Reject(
                        TOO_LARGE,
                        f"record is {size:,} bytes, over the {max_bytes:,}-byte limit",
                        line_start,
                        fix="raise max-bytes in [tool.headlinecheck] if this is really an article",
                    ),
                )
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as error:
                yield _bad(
                    path,
                    starts,
                    _Reject(BAD_RECORD, f"invalid JSON: {error.msg}", line_start + error.pos),
                )
                continue
            yield _record(record, text, path, starts, fields, line_start)
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        yield _bad(path, starts, _Reject(BAD_RECORD, f"invalid JSON: {error.msg}", error.pos))
        return
    if not isinstance(document, list):
        yield _record(document, text, path, starts, fields, 0)
        return
    # Each record is located by its own offset: a bad record is reported on its own line, and a
    # headline repeated in another record is not mistaken for this one's.
    for record, offset in zip(document, _item_offsets(text, json.JSONDecoder()), strict=True):
        yield _record(record, text, path, starts, fields, offset)


_JSON_SPACE = " \t\r\n"


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
    record: object, text: str, path: str, starts: tuple[int, ...], fields: Fields, cursor: int
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
        return _bad(path, starts, reject)
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
    )


def _find_string(text: str, value: str, cursor: int) -> tuple[int, bool]:
    """Where the JSON string ``value`` starts in ``text`` (after ``cursor``) and if verbatim."""
    import json

    for encoded in (json.dumps(value, ensure_ascii=False), json.dumps(value)):
        at = text.find(encoded, cursor)
        if at >= 0:
            return at + 1, encoded[1:-1] == value
    return cursor, False
