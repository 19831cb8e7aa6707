"""What Chinese writes right after a number once it is read: a qualifier ("232億元左右"), the
thing counted ("150間", "1死", "200人以上"), also past the one space Taiwanese sites put between
digits and characters ("有 18 人失蹤"). The readers themselves are ``chinese``'s, imported only
once Chinese is seen (an English run never loads them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from headlinecheck.extraction.scanner import Atom


def _is_cjk(ch: str) -> bool:
    return bool(ch) and ord(ch[0]) > 0x2E7F


def read_after(text: str, atom: Atom, floor: int) -> None:
    """What Chinese writes straight after a figure: a qualifier ("232億元左右"), the thing a
    number counts ("150間", "1死", "8人失联") and a qualifier after that ("200人以上")."""
    from headlinecheck.extraction.chinese import count_at, qualifier_after

    qualifier_after(text, atom)
    if atom.currency is None and not atom.percent:
        counted = count_at(text, atom, floor)
        if counted is not None:
            atom.noun, atom.end = counted
            if not atom.qualifier_read:
                qualifier_after(text, atom)


def spaced_count(text: str, atom: Atom, num_start: int, floor: int) -> None:
    """``count_at`` for digits spaced apart from the Chinese around them, as Taiwanese sites
    space them ("有 18 人失蹤", "超購逾 40 倍"): the count after the one space that follows, when
    a space or a Chinese character stands before the number too."""
    if atom.currency is not None or atom.percent or not _is_cjk(text[atom.end + 1 : atom.end + 2]):
        return  # checked first: every number before a space of English text comes here
    if num_start and text[num_start - 1] != " " and not _is_cjk(text[num_start - 1]):
        return
    from headlinecheck.extraction.chinese import count_at, qualifier_after  # Chinese text only

    end = atom.end
    atom.end = end + 1
    counted = count_at(text, atom, floor)
    if counted is None:
        atom.end = end
        return
    atom.noun, atom.end = counted
    qualifier_after(text, atom)
