"""Lazy re-exports for a package's ``__init__``: a name is imported from its module on first use.

``__getattr__, __dir__ = lazy_exports(__name__, {"module": ("name", ...)}, globals())`` makes
``package.name`` import ``package.module`` only when ``name`` is first read (PEP 562), so that
importing the package costs nothing until then; the value is then kept in the package.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(
    package: str, exports: Mapping[str, tuple[str, ...]], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, whose ``exports`` map each submodule
    to the names it gives; ``namespace`` is the package's ``globals()``."""
    home = {name: module for module, names in exports.items() for name in names}

    def getattr_(name: str) -> Any:
        module = home.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    def dir_() -> list[str]:
        return sorted([*namespace, *home])

    return getattr_, dir_
