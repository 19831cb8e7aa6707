"""Bytes -> text: UTF-8 (with or without a BOM), UTF-16 with its BOM; binary files refused."""

from __future__ import annotations

from headlinecheck.articles.model import BAD_ENCODING, UNREADABLE, _Reject

#: How much of a file's head is searched for NUL bytes (as git and grep do).
SNIFF_BYTES = 8192


def is_utf16(head: bytes) -> bool:
    """Does a file starting with ``head`` start with a UTF-16 byte order mark?"""
    return head[:2] in (b"\xff\xfe", b"\xfe\xff") and head[:4] != b"\xff\xfe\x00\x00"


def check_head(head: bytes) -> None:
    """Refuse a binary file from its first ``SNIFF_BYTES``, before the rest is read."""
    # NUL bytes never occur in text files; checking the head is what git and grep do too.
    if not is_utf16(head) and b"\0" in head[:SNIFF_BYTES]:
        raise _Reject(UNREADABLE, "binary file (contains NUL bytes), not an article", 0)


def _decode(data: bytes) -> str:
    if is_utf16(data):
        # UTF-16 with its byte order mark, as Notepad's "Unicode" and Windows PowerShell 5's
        # ">" write: unambiguous, so read rather than refused as binary for its NUL bytes.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            fix = "re-save the file as UTF-8"
            raise _Reject(BAD_ENCODING, "not valid UTF-16", 0, fix=fix) from None
    check_head(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _Reject(
            BAD_ENCODING,
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})",
            error.start,
            fix="re-save the file as UTF-8",
        ) from None
