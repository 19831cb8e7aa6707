"""Markdown (and plain text) -> ``Article``: the headline, the body with non-prose blanked out."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from headlinecheck.articles.frontmatter import (
    _FRONT_CLOSE,
    _FRONT_OPEN,
    _TOML_CLOSE,
    _TOML_OPEN,
    _front_matter,
    _meta_headline,
    _published,
    _settings,
    _toml_front_matter,
)
from headlinecheck.articles.model import (
    _CODE,
    BAD_FRONT_MATTER,
    BAD_SETTINGS,
    NO_HEADLINE,
    Article,
    LineIgnore,
    _decode_entities,
    _given,
    _Reject,
)

# The heading text is trimmed of its closing "#"s in Python: a regex doing it would backtrack.
# An ATX heading ("# Title") or a setext one ("Title" over a line of "="s), whichever is first.
_HEADING = re.compile(
    r"^[ ]{0,3}#[ \t]+([^\n]*)|^[ ]{0,3}([^\s#>|=-][^\n]*)\n[ ]{0,3}=+[ \t]*\r?$", re.MULTILINE
)
# "headlinecheck-disable", "-disable-line" or "-disable-next-line", and whatever follows. Matched
# as a whole word: "\b" after "disable" once read "-next-line HC111" as an article-wide disable.
_DISABLE = re.compile(r"<!--\s*headlinecheck-disable((?:-[A-Za-z-]*)?)(?![\w-])(.*)-->", re.DOTALL)
_SCOPES = ("", "-line", "-next-line")
_SCOPE_FIX = (
    "write headlinecheck-disable (the article), headlinecheck-disable-line (this line) or "
    "headlinecheck-disable-next-line (the line below)"
)
_CODE_LIST = re.compile(r"[\s,]+")


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
    disabled, scoped = _disable_comments(text, body_start, starts)
    settings = _settings(meta, text, positions, disabled)
    if scoped:
        settings = attrs.evolve(settings, line_ignores=scoped)

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


def _disable_comments(
    text: str, start: int, starts: tuple[int, ...]
) -> tuple[frozenset[str], tuple[LineIgnore, ...]]:
    """The codes disabled for the whole article, and the suppressions scoped to one line.

    ``<!-- headlinecheck-disable HC103 -->`` disables its codes (all without any) in the whole
    article; ``-disable-line`` only on the comment's own line and ``-disable-next-line`` only on
    the line after the one the comment ends on. A scoped comment names its codes first, then an
    optional reason after ``--``: ``<!-- headlinecheck-disable-next-line HC111 -- as quoted -->``.
    """
    codes: set[str] = set()
    scoped: list[LineIgnore] = []
    # A disable comment shown as an example in code is not an instruction to the checker.
    text = _blank_spans(text, _fenced_blocks(text, start))
    text = _blank_spans(text, _code_spans(text, start))
    for begin, end in _html_comments(text, start):
        match = _DISABLE.fullmatch(text, begin, end)
        if match is None:
            continue
        scope, rest = match.group(1), match.group(2)
        if scope not in _SCOPES:
            raise _Reject(
                BAD_SETTINGS,
                f"unknown suppression comment 'headlinecheck-disable{scope}'",
                begin,
                fix=_SCOPE_FIX,
            )
        if not scope:
            named = [code.upper() for code in _CODE.findall(rest)]
            codes.update(named if named else ["all"])
            continue
        line = bisect.bisect_right(starts, begin if scope == "-line" else end) - 1
        line += 2 if scope == "-next-line" else 1  # 1-based; the next line
        scoped.append(_scoped(rest, line, begin))
    return frozenset(codes), tuple(scoped)


def _scoped(rest: str, line: int, offset: int) -> LineIgnore:
    """One ``-disable-line`` / ``-disable-next-line`` comment: codes, then ``-- reason``.

    Every word before ``--`` must be a code: a mistyped code must not silently widen the
    suppression to every finding of the line."""
    listed, _, reason = rest.partition("--")
    named: set[str] = set()
    for word in _CODE_LIST.split(listed.strip()):
        if not word:
            continue
        if word.lower() != "all" and _CODE.fullmatch(word) is None:
            raise _Reject(
                BAD_SETTINGS,
                f"'{word[:20]}' in a suppression comment is not a rule code",
                offset,
                fix="name codes such as HC111, and put a reason after '--'",
            )
        named.add("all" if word.lower() == "all" else word.upper())
    return LineIgnore(line, frozenset(named or {"all"}), " ".join(reason.split()) or None)


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


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
