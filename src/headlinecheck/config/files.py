"""Finding and reading configuration files: discovery walks up from each checked file, and
``parse`` validates a ``[tool.headlinecheck]`` table, each error naming the file, key and line."""

from __future__ import annotations

import contextlib
import functools
import importlib
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, cast

import attrs

from headlinecheck.config.model import Config, Override, _key_line
from headlinecheck.config.values import (
    DEFAULT_INCLUDE,
    Settings,
    _strings,
    did_you_mean,
    settings_values,
)
from headlinecheck.errors import ConfigError

# --- discovery -----------------------------------------------------------------------------


def discover(start: Path) -> Config:
    """The configuration for files in ``start`` (a directory or a file), or the defaults."""
    directory = start if start.is_dir() else start.parent
    return _discover(directory.resolve())


def discover_in(directory: Path) -> Config:
    """``discover`` for a directory already known to be one and resolved (cheaper)."""
    return _discover(directory)


@functools.cache
def _discover(directory: Path) -> Config:
    for candidate in (directory / ".headlinecheck.toml", directory / "pyproject.toml"):
        try:
            found = candidate.is_file()
        except OSError as error:
            # A directory that cannot be searched: the file named in the error need not exist,
            # and the directory is what to fix.
            raise ConfigError(
                f"cannot look for a configuration file in this directory: "
                f"{error.strerror or error}",
                path=directory,
                fix="make the directory searchable (chmod +x) or pass --config FILE",
            ) from None
        if found:
            table = _read_table(candidate)
            if table is not None:
                return parse(table, candidate)
    if directory.parent == directory:
        return Config(source=None, root=Path.cwd())
    return _discover(directory.parent)


def load_file(path: Path) -> Config:
    """An explicitly named config file (``--config``)."""
    table = _read_table(path)
    return parse(table or {}, path.resolve())


def _read_table(path: Path) -> dict[str, Any] | None:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ConfigError(f"cannot read: {error.strerror or error}", path=path) from None
    if path.name == "pyproject.toml" and not _may_configure(data):
        # Most repositories' pyproject.toml says nothing about us: skip importing and running
        # the TOML parser (~4 ms of every pre-commit run). Such a file is not ours to validate.
        return None
    # tomllib is in the standard library from 3.11; tomli is the same code for 3.10.
    tomllib: Any = importlib.import_module("tomllib" if sys.version_info >= (3, 11) else "tomli")
    try:
        document = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text", path=path) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"invalid TOML: {error}", path=path) from None
    except RecursionError:
        raise ConfigError("invalid TOML: nested too deeply", path=path) from None
    except ValueError:
        # Python refuses to read an integer of more than 4,300 digits.
        raise ConfigError("invalid TOML: a number of more than 4,300 digits", path=path) from None
    from headlinecheck.articles.limits import data_problem

    problem = data_problem(document)  # 0x... of any length: read, but never printable
    if problem is not None:
        raise ConfigError(f"invalid TOML: {problem}", path=path)
    if path.name == "pyproject.toml":
        table = document.get("tool", {}).get("headlinecheck")
        if table is not None and not isinstance(table, dict):
            raise ConfigError("[tool.headlinecheck] must be a table", path=path)
        return cast("dict[str, Any] | None", table)
    return cast("dict[str, Any]", document)


def _may_configure(data: bytes) -> bool:
    """Could this pyproject.toml hold a ``tool.headlinecheck`` table? False only when it
    surely does not: no ``[tool.headlinecheck]`` header or ``tool.headlinecheck`` dotted key
    (quoted or spaced as TOML allows), and no ``headlinecheck`` key where a ``[tool]`` table
    or a ``tool = {...}`` inline table could hold it. The project's own name, script or a
    comment alone is no reason to parse the file."""
    if b"headlinecheck" not in data:
        return False
    import re

    if re.search(rb"""["']?tool["']?[ \t]*\.[ \t]*["']?headlinecheck["']?[ \t]*[.=\]]""", data):
        return True
    table = rb"""(?m)^[ \t]*\[[ \t]*["']?tool["']?[ \t]*\]|\btool[ \t]*=[ \t]*\{"""
    holder = re.search(table, data)
    key = re.search(rb"""["']?\bheadlinecheck["']?[ \t]*[.=]""", data)
    return holder is not None and key is not None


# --- parsing and validating -----------------------------------------------------------------

_SETTING_KEYS = frozenset(
    {"tolerance", "dollar", "fail-on", "rates", "date", "locale", "ignore", "max-bytes", "fields"}
    | {"rates-only", "rate-horizon-days", "stale-rates-exit-code", "lang"}
)
#: Settings of a whole run, not of some paths: refused in ``overrides``.
_RUN_KEYS = ("fail-on", "stale-rates-exit-code", "lang")
_TOP_KEYS = frozenset({*_SETTING_KEYS, "include", "exclude", "overrides"})


def parse(table: Mapping[str, Any], source: Path) -> Config:
    """Validate a ``[tool.headlinecheck]`` table; errors name the file, the key and its line."""
    root = source.parent
    unknown = sorted(set(table) - _TOP_KEYS)
    if unknown:
        # The docs show [tool.headlinecheck] for pyproject.toml; copied into .headlinecheck.toml
        # it reads as an unknown key 'tool', so say what to do instead of listing keys.
        nested = (
            unknown == ["tool"]
            and isinstance(table["tool"], dict)
            and "headlinecheck" in table["tool"]
        )
        with _at(source, unknown[0]):
            raise ConfigError(
                f"unknown key {unknown[0]!r}",
                path=source,
                fix="outside pyproject.toml the keys go at the top level: remove the "
                "[tool.headlinecheck] line"
                if nested
                else did_you_mean(unknown[0], _TOP_KEYS, "known keys"),
            )
    values: dict[str, Any] = {}
    for key in [key for key in table if key in _SETTING_KEYS]:  # the first error in the file
        with _at(source, key):
            values.update(settings_values({key: table[key]}, source, root))
    settings = attrs.evolve(Settings(), **values)
    overrides = []
    raw_overrides = table.get("overrides", [])
    if not isinstance(raw_overrides, list):
        with _at(source, "overrides"):
            raise ConfigError(
                "'overrides' must be an array of tables ([[...overrides]])", path=source
            )
    for index, item in enumerate(raw_overrides):
        where = f"overrides[{index}]"
        if not isinstance(item, dict) or "paths" not in item:
            with _at(source, None, index):
                raise ConfigError(f"{where} needs 'paths' (a list of globs)", path=source)
        extra = sorted(set(item) - {"paths", *_SETTING_KEYS})
        if extra:
            with _at(source, extra[0], index):
                raise ConfigError(
                    f"{where}: unknown key {extra[0]!r}",
                    path=source,
                    fix=did_you_mean(extra[0], {"paths", *_SETTING_KEYS}, "known keys"),
                )
        for run_key in (key for key in _RUN_KEYS if key in item):
            with _at(source, run_key, index):
                raise ConfigError(
                    f"{where}: {run_key!r} applies to a whole run, not to some paths", path=source
                )
        found: dict[str, Any] = {}
        for key in [key for key in item if key in _SETTING_KEYS]:
            with _at(source, key, index):
                found.update(settings_values({key: item[key]}, source, root))
        with _at(source, "paths", index):
            paths = _strings(item["paths"], f"{where}.paths", source)
        overrides.append(Override(paths, found))
    with _at(source, "include"):
        include = _strings(table.get("include", list(DEFAULT_INCLUDE)), "include", source)
    with _at(source, "exclude"):
        exclude = _strings(table.get("exclude", []), "exclude", source)
    return Config(
        source=source,
        root=root,
        settings=settings,
        include=include,
        exclude=exclude,
        overrides=tuple(overrides),
        keys=frozenset(key for key in table if key in _TOP_KEYS and key != "overrides"),
    )


@contextlib.contextmanager
def _at(source: Path, key: str | None, override: int | None = None) -> Iterator[None]:
    """Give a ``ConfigError`` about ``key`` (of ``overrides[override]``) the line it is on."""
    try:
        yield
    except ConfigError as error:
        line = None if error.line is not None else _key_line(source, key, override)
        if line is None:
            raise
        raise ConfigError(
            error.problem, path=error.path, line=line, value=error.value, fix=error.fix
        ) from None


# No two adjacent parts can match the same characters: linear even on a line of 100k spaces.
