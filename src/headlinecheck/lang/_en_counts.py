"""English words for counting people, read by the checker's sums of parts (``checking.members``).

Kept apart from ``en`` (near its size limit); ``en`` puts them in its record.
"""

from __future__ import annotations

#: A whole and nouns that split it without overlap: "15 men and four women" are 19 people.
#: Head nouns, singular; a conjoined run of counts whose nouns are distinct members of one
#: partition counts the whole.
MEMBER_PARTITIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("person", ("man", "woman", "child")),
    ("person", ("man", "woman", "boy", "girl")),
    ("person", ("adult", "child")),
    ("person", ("adult", "minor")),
    ("person", ("male", "female")),
)
