"""A configuration file's content (``Config``, its ``Override`` tables), the settings it gives a
path, where each comes from (the key's line in the file), and matching paths against globs."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

import attrs

from headlinecheck.config.values import DEFAULT_INCLUDE, FIELD_KEYS, Settings


@attrs.frozen
class Override:
    paths: tuple[str, ...]
    values: Mapping[str, Any]


@attrs.frozen
class Config:
    """A configuration file's content (or the defaults, with ``source`` None)."""

    source: Path | None
    root: Path
    settings: Settings = attrs.field(factory=Settings)
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    overrides: tuple[Override, ...] = ()
    #: The keys the file sets (spelled as in the file), for ``origins``.
    keys: frozenset[str] = frozenset()

    def for_path(self, path: Path, flags: Mapping[str, Any] | None = None) -> Settings:
        """Effective settings for ``path``: overrides that match it, then ``flags``."""
        settings = self.settings
        relative = _relative(path, self.root)
        for override in self.overrides:
            if relative is not None and matches(relative, override.paths):
                settings = attrs.evolve(settings, **override.values)
        if flags:
            settings = attrs.evolve(settings, **flags)
        return settings

    def origins(self, path: Path) -> dict[str, str]:
        """Where each setting of ``for_path(path)`` comes from: "default", or the config file's
        ``FILE:LINE`` (with the override's index for a value an override sets)."""
        found = dict.fromkeys((*Settings().to_dict(), "include", "exclude"), "default")
        if self.source is None:
            return found
        name = _shown(self.source)
        for key in found:
            if key in self.keys:
                found[key] = _origin(name, _key_line(self.source, key, None))
        relative = _relative(path, self.root)
        for index, override in enumerate(self.overrides):
            if relative is not None and matches(relative, override.paths):
                for key in (FIELD_KEYS[field] for field in override.values):
                    line = _key_line(self.source, key, index)
                    found[key] = f"{_origin(name, line)} (overrides[{index}])"
        return found

    def excludes(self, path: Path) -> bool:
        return matches_relative(path, self.root, self.exclude)

    def includes_name(self, name: str) -> bool:
        """Is a file called ``name`` picked up by a directory walk?"""
        return any(fnmatch.fnmatch(name, pattern) for pattern in self.include)


def matches(relative: PurePosixPath, patterns: Iterable[str]) -> bool:
    """Does a path (relative to its config's directory) match one of the glob ``patterns``?

    A pattern with a ``/`` matches the relative path or one of its parent directories
    ("drafts/2023" excludes everything below it); a pattern without one matches any component
    ("*.tmp.md", "drafts").
    """
    text = relative.as_posix()
    prefixes = [text, *(p.as_posix() for p in relative.parents if p.as_posix() != ".")]
    for pattern in patterns:
        pattern = pattern.strip().rstrip("/").removeprefix("./")
        if "/" in pattern:
            if any(fnmatch.fnmatchcase(prefix, pattern) for prefix in prefixes):
                return True
        elif any(fnmatch.fnmatchcase(part, pattern) for part in relative.parts):
            return True
    return False


def matches_relative(path: Path, root: Path, patterns: Iterable[str]) -> bool:
    """``matches`` for ``path`` relative to ``root``; False for a path outside ``root``."""
    relative = _relative(path, root)
    return relative is not None and matches(relative, patterns)


def _relative(path: Path, root: Path) -> PurePosixPath | None:
    # An absolute path is taken as already resolved: resolving costs a system call per
    # component, per file, and a walk of 10,000 articles would pay it several times over.
    absolute = path if path.is_absolute() else path.resolve()
    try:
        return PurePosixPath(absolute.relative_to(root).as_posix())
    except ValueError:
        return None


def _shown(path: Path) -> str:
    """A path as the user would write it: relative to the current directory when inside it."""
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _origin(name: str, line: int | None) -> str:
    return name if line is None else f"{name}:{line}"


#: A table header ("[tool.headlinecheck]", "[[overrides]]"): a pattern source, which ``re``
#: compiles (and caches) when an error needs its line, not at every run's import.
_HEADER = r"[ \t]*(\[\[?)([^\]#]*)\]"


def _key_line(source: Path, key: str | None, override: int | None) -> int | None:
    """The 1-based line of ``key = ...`` in the file's table, if written as ``key = ...``.

    tomllib keeps no positions; this reads the usual layouts (a key per line under its table
    header) and gives up, leaving the error without a line, on anything else.
    """
    try:
        lines = source.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    table = "tool.headlinecheck" if source.name == "pyproject.toml" else ""
    wanted = (f"{table}.overrides" if table else "overrides") if override is not None else table
    assignment = None if key is None else re.compile(rf"[ \t]*\"?{re.escape(key)}\"?[ \t]*=")
    current, count = "", -1
    for number, line in enumerate(lines, 1):
        header = re.match(_HEADER, line)
        if header is not None:
            current = "".join(header[2].replace('"', "").split())
            if override is None and key is not None and current == f"{wanted}.{key}".lstrip("."):
                return number  # [tool.headlinecheck.fields]
            if override is not None and current == wanted and header[1] == "[[":
                count += 1
                if key is None and count == override:
                    return number
            continue
        here = current == wanted and (override is None or count == override)
        if here and assignment is not None and assignment.match(line):
            return number
    return None
