"""Bounds on parsed values, so that hostile front matter or records are refused, and cheaply.

A few hundred bytes of YAML aliases expand to billions of values (an "alias bomb"); an integer of
more than 4,300 digits cannot be read or printed by Python; a number of that size or a structure
of that many values is never an article's. Each check returns what is wrong, or None.
"""

from __future__ import annotations

from typing import Any

#: The most values front matter may expand to, counting every alias at each place it is used.
MAX_VALUES = 10_000
#: The most characters a number in front matter may have (a date or a tolerance needs a few).
MAX_NUMBER_CHARS = 1_000
#: Python's default limit on the digits of an integer read from or written as text.
INT_DIGITS = 4_300


def yaml_problem(node: Any, budget: list[int]) -> tuple[str, Any] | None:
    """(problem, node at fault) if a composed YAML node holds too much, before it is built.

    ``budget`` is the number of values still allowed, shared by the calls for one document.
    The walk follows aliases (each is a reference to its anchor's node), so a bomb is counted
    as what it expands to, and it stops as soon as the budget is spent.
    """
    stack = [node]
    while stack:
        current = stack.pop()
        budget[0] -= 1
        if budget[0] < 0:
            return (
                f"front matter expands to more than {MAX_VALUES:,} values "
                "(YAML aliases repeating a large value?)",
                node,
            )
        value = current.value
        if isinstance(value, list):  # a sequence of nodes, or a mapping's (key, value) pairs
            for item in value:
                if isinstance(item, tuple):
                    stack.extend(item)
                else:
                    stack.append(item)
        elif str(current.tag).endswith((":int", ":float")) and len(value) > MAX_NUMBER_CHARS:
            return f"a number of {len(value):,} characters", current
    return None


def data_problem(value: object) -> str | None:
    """What is wrong with parsed TOML or JSON data (no aliases there), or None."""
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
        elif isinstance(current, int) and current.bit_length() > 3 * MAX_NUMBER_CHARS:
            # 0x... with thousands of digits is read without complaint and then cannot be shown.
            return f"a number of about {int(current.bit_length() * 0.30103) + 1:,} digits"
    return None
