"""headlinecheck: fact-check the numbers in news headlines against the article body.

The public API is re-exported here lazily so that ``import headlinecheck`` (and the CLI's start-up)
does not pay for babel, the rate table or the checker until they are used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0.dev0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "extract": "headlinecheck.extraction",
    "Figure": "headlinecheck.extraction",
    "Kind": "headlinecheck.extraction",
    "Qualifier": "headlinecheck.extraction",
    "AmbiguousDollar": "headlinecheck.currencies",
    "Rate": "headlinecheck.rates",
    "RateRange": "headlinecheck.rates",
    "RatePath": "headlinecheck.rates",
    "RateTable": "headlinecheck.rates",
    "HeadlinecheckError": "headlinecheck.errors",
    "InputError": "headlinecheck.errors",
    "RatesFileError": "headlinecheck.errors",
    "ArticleError": "headlinecheck.errors",
    "ConfigError": "headlinecheck.errors",
    "UnknownCurrency": "headlinecheck.errors",
    "RateNotAvailable": "headlinecheck.errors",
    "RateUpdateError": "headlinecheck.errors",
    "check": "headlinecheck.checking",
    "ClaimResult": "headlinecheck.checking",
    "Diagnosis": "headlinecheck.checking",
    "DollarReading": "headlinecheck.checking",
    "Report": "headlinecheck.checking",
    "Verdict": "headlinecheck.checking",
}

__all__ = [
    "AmbiguousDollar",
    "ArticleError",
    "ClaimResult",
    "ConfigError",
    "Diagnosis",
    "DollarReading",
    "Figure",
    "HeadlinecheckError",
    "InputError",
    "Kind",
    "Qualifier",
    "Rate",
    "RateNotAvailable",
    "RatePath",
    "RateRange",
    "RateTable",
    "RateUpdateError",
    "RatesFileError",
    "Report",
    "UnknownCurrency",
    "Verdict",
    "__version__",
    "check",
    "extract",
]

if TYPE_CHECKING:
    from headlinecheck.checking import (
        ClaimResult,
        Diagnosis,
        DollarReading,
        Report,
        Verdict,
        check,
    )
    from headlinecheck.currencies import AmbiguousDollar
    from headlinecheck.errors import (
        ArticleError,
        ConfigError,
        HeadlinecheckError,
        InputError,
        RateNotAvailable,
        RatesFileError,
        RateUpdateError,
        UnknownCurrency,
    )
    from headlinecheck.extraction import Figure, Kind, Qualifier, extract
    from headlinecheck.rates import Rate, RatePath, RateRange, RateTable


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'headlinecheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
