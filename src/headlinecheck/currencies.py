"""The currency lexicon: ISO 4217 codes, CLDR symbols and names (via babel), the ambiguous dollar.

CONTRACT (shared by the team; helper for extraction fills in the lexicon):
- ``AmbiguousDollar`` is the value extraction records for a bare ``$``
  (or "dollars" with no country).
"""

from __future__ import annotations

import attrs


@attrs.frozen
class AmbiguousDollar:
    """A bare ``$``: some dollar, which one the article's convention decides.

    ``candidates`` are ISO 4217 codes, most likely first (USD by default, then HKD, then any
    dollar currency the surrounding text names). Resolving it is the checker's job.
    """

    candidates: tuple[str, ...] = ("USD", "HKD")
    symbol: str = "$"

    def __str__(self) -> str:
        return self.symbol
