"""Words and notations per language: one :class:`Language` record per module, loaded lazily.

``get("en")`` imports ``headlinecheck.lang.en`` on first use and returns its ``LANGUAGE``;
``find("de_AT")`` tries the variant, then its language, and gives None when neither has a module.
Adding a language is adding one module here that defines ``LANGUAGE`` (docs/extraction.md).
The CLDR-generated currency and locale data stay in ``headlinecheck._lexicon``.
"""

from __future__ import annotations

import functools
import importlib

from headlinecheck.lang._record import Language

__all__ = ["Language", "find", "get"]


@functools.cache
def get(code: str) -> Language:
    """The record of ``code`` ("en", "en_IN", "zh"); LookupError if there is no such module."""
    name = code.replace("-", "_").lower()
    if not name.replace("_", "").isalnum() or name.startswith("_"):
        raise LookupError(f"no language data for {code!r}")
    try:
        module = importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as error:
        if error.name != f"{__name__}.{name}":
            raise
        raise LookupError(f"no language data for {code!r}") from None
    language = module.LANGUAGE
    assert isinstance(language, Language)
    return language


@functools.cache
def find(locale: str) -> Language | None:
    """The record for a babel locale id: its own ("en_IN"), else its language's ("de"), or None."""
    normal = locale.replace("-", "_")
    for code in dict.fromkeys((normal, normal.split("_", 1)[0])):
        try:
            return get(code)
        except LookupError:
            continue
    return None
