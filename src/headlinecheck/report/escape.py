"""Text made safe to print: control characters, bidirectional overrides and undecodable bytes.

A file may be named with a newline, an ANSI escape or ``::error file=x::`` (a GitHub workflow
command); an article may hold them too. Printed raw, they forge output lines, recolour a terminal
or inject CI commands. Every human format passes file names and texts through ``printable``;
JSON formats through ``json_text`` (JSON escapes control characters itself, but not the lone
surrogates by which Python carries a file name's undecodable bytes).
"""

from __future__ import annotations

import re

#: C0 and C1 controls (newline, ESC, ...), line/paragraph separators, bidirectional embeddings,
#: overrides and isolates ("Trojan Source"), and lone surrogates. A pattern source: ``re``
#: compiles (and caches) it for the first text that has one, not every run at import.
_UNSAFE = "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: Lone surrogates, which only the JSON formats escape (a pattern source too).
_SURROGATE = "[\ud800-\udfff]"


def _escaped(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    point = ord(char)
    if 0xDC80 <= point <= 0xDCFF:  # os.fsdecode's surrogateescape of byte 0x80-0xFF
        return f"\\x{point - 0xDC00:02x}"
    if point <= 0xFF:
        return f"\\x{point:02x}"
    return f"\\u{point:04x}"


def printable(text: str) -> str:
    """``text`` with every unsafe character written as a backslash escape (``\\n``, ``\\x1b``)."""
    if text.isprintable():
        # Every unsafe character is one Python does not print either (Cc, Zl, Zp, Cf, Cs):
        # a printable text, as file names and messages nearly always are, has none.
        return text
    return re.sub(_UNSAFE, lambda match: _escaped(match.group()), text)


def json_text(dumped: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) whose strings hold no lone
    surrogate: an undecodable byte 0xFF in a file name reads ``\\xff``, and the document is
    valid UTF-8."""
    return re.sub(_SURROGATE, lambda match: "\\" + _escaped(match.group()), dumped)
