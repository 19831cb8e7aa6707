"""English words for counting people (``Language.people``, read by ``checking.members`` and
``checking.nouns``).

Kept apart from ``en`` (near its size limit); ``en`` puts them in its record.
"""

from __future__ import annotations

from headlinecheck.lang._people import PeopleWords

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

#: Nouns that count people by what they do or what befell them; with the member nouns above
#: and "person", the person nouns a count of "three men" may name again as "the three criminals".
_ROLES = """
criminal suspect robber thief burglar attacker assailant gunman militant defendant convict
offender culprit perpetrator fugitive detainee prisoner inmate victim hostage worker employee
passenger student pupil resident officer soldier protester demonstrator migrant refugee
tourist patient driver pilot crew teenager youth miner pilgrim villager civilian fisherman
fishermen
"""
PERSON_ROLES: frozenset[str] = frozenset(_ROLES.split())
#: A word before a person noun that makes its count a count of another noun ("300 suspected
#: criminals" are 300 suspects).
PERSON_MODIFIERS: dict[str, str] = {"suspected": "suspect", "alleged": "suspect"}
#: Words right before a count that point back at people already named ("the three criminals").
BACK_POINTERS: frozenset[str] = frozenset({"the", "these", "those", "all", "both"})

#: Nouns that count the members of a whole named before them ("of its 22 investors, ... 4 units
#: have not ...": 4 investors).
GENERIC_NOUNS: frozenset[str] = frozenset({"unit", "entity"})

PEOPLE = PeopleWords(
    MEMBER_PARTITIONS, PERSON_ROLES, PERSON_MODIFIERS, BACK_POINTERS, GENERIC_NOUNS
)
