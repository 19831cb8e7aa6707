"""Pounds of weight, not sterling: "a twenty-pound bag", "weighs 5 pounds", "a 5-pound turkey".

A currency word that is also a unit of weight (``weight_heads`` of the ``lang`` records) is no
money when it is joined to its number by a hyphen, as an adjective is, or when a verb of
weighing stands in the few words before the number. A sign ("£5") is always money.
"""

from __future__ import annotations

from headlinecheck.extraction.scanner import LANGUAGES, WORD_SPLIT_RE

_HEADS = frozenset(w for language in LANGUAGES for w in language.weight_heads)
_VERBS = frozenset(w for language in LANGUAGES for w in language.weight_verbs)
#: How far back a verb of weighing is looked for (characters).
_REACH = 30


def is_weight(text: str, num_start: int, num_end: int, word_end: int, floor: int) -> bool:
    """Whether the currency word ending at ``word_end``, after the number ``num_start:num_end``,
    is a unit of weight here."""
    word = text[num_end:word_end].strip(" -\u00a0").lower()
    if word not in _HEADS:
        return False
    if text[num_end : num_end + 1] == "-":
        return True  # "a twenty-pound bag", "a 5-pound turkey"
    before = text[max(floor, num_start - _REACH) : num_start].lower()
    return any(m.group() in _VERBS for m in WORD_SPLIT_RE.finditer(before))
