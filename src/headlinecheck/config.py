"""Configuration: ``[tool.headlinecheck]`` in ``pyproject.toml`` or a ``.headlinecheck.toml``.

Discovery walks up from each checked file; in each directory ``.headlinecheck.toml`` (keys at top
level) wins over ``pyproject.toml`` (keys under ``[tool.headlinecheck]``; a pyproject without that
table is passed over). The first file found is the whole configuration: no merging of parents.

Precedence, lowest first: built-in defaults, the config file, its ``[[overrides]]`` whose ``paths``
match the file (in order), front matter of the article (``headlinecheck:``), command-line flags.
Relative paths in a config file (``rates``, ``include``/``exclude``, override ``paths``) are
relative to the directory holding it.
"""

from __future__ import annotations

import contextlib
import fnmatch
import functools
import importlib
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath
from typing import Any, cast

import attrs

from headlinecheck.errors import ConfigError, InputError

FAIL_ON = ("mismatch", "unsupported")
#: Files larger than this are reported (HC908) instead of read: a news article is a few KB, a
#: many-MB "article" is almost always a data dump committed by mistake.
DEFAULT_MAX_BYTES = 2_000_000
#: JSON / JSONL record field names: headline, body, published.
DEFAULT_FIELDS = ("headline", "body", "published")
DEFAULT_INCLUDE = ("*.md", "*.markdown")
#: ``Settings`` field -> its key in a configuration file.
FIELD_KEYS = {"tolerance": "tolerance", "dollar": "dollar", "fail_on": "fail-on", "rates": "rates"}
FIELD_KEYS |= {"published": "date", "locale": "locale", "ignore": "ignore"}
FIELD_KEYS |= {"max_bytes": "max-bytes", "fields": "fields", "rates_only": "rates-only"}
FIELD_KEYS |= {"rate_horizon_days": "rate-horizon-days"}
FIELD_KEYS |= {"stale_rates_exit_code": "stale-rates-exit-code"}
#: Days past the rate table's end that its latest rate still stands in for (the checker's
#: ``Options.rate_horizon_days`` default; tests hold the two equal).
DEFAULT_RATE_HORIZON_DAYS = 60
#: The longest horizon accepted: ten years (a date past it is no longer "today's article").
MAX_RATE_HORIZON_DAYS = 3660
#: The exit status of a run whose failures are rates-beyond-horizon findings (HC123).
DEFAULT_STALE_RATES_EXIT_CODE = 1
#: Never walked into: version control, virtual environments, caches.
ALWAYS_EXCLUDED = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox")


@attrs.frozen
class Settings:
    """The settings that apply to one file; what ``headlinecheck config`` prints."""

    tolerance: Decimal | None = None
    dollar: str | None = None
    fail_on: str = "mismatch"
    rates: tuple[Path, ...] = ()
    published: date | None = None
    locale: str | None = None
    ignore: frozenset[str] = frozenset()
    max_bytes: int = DEFAULT_MAX_BYTES
    fields: tuple[str, str, str] = DEFAULT_FIELDS
    #: ``rates`` replace the bundled ECB table instead of adding rows on top of it.
    rates_only: bool = False
    rate_horizon_days: int = DEFAULT_RATE_HORIZON_DAYS
    stale_rates_exit_code: int = DEFAULT_STALE_RATES_EXIT_CODE

    def to_dict(self) -> dict[str, Any]:
        return {
            "tolerance": None if self.tolerance is None else str(self.tolerance),
            "dollar": self.dollar,
            "fail-on": self.fail_on,
            "rates": [str(p) for p in self.rates],
            "date": None if self.published is None else self.published.isoformat(),
            "locale": self.locale,
            "ignore": sorted(self.ignore),
            "max-bytes": self.max_bytes,
            "fields": dict(zip(DEFAULT_FIELDS, self.fields, strict=True)),
            "rates-only": self.rates_only,
            "rate-horizon-days": self.rate_horizon_days,
            "stale-rates-exit-code": self.stale_rates_exit_code,
        }


@attrs.frozen
class Override:
    paths: tuple[str, ...]
    values: Mapping[str, Any]


@attrs.frozen
class Config:
    """A configuration file's content (or the defaults, with ``source`` None)."""

    source: Path | None
    root: Path
    settings: Settings = Settings()
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
    if path.name == "pyproject.toml" and b"headlinecheck" not in data:
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
    _check_numbers(document, path)
    if path.name == "pyproject.toml":
        table = document.get("tool", {}).get("headlinecheck")
        if table is not None and not isinstance(table, dict):
            raise ConfigError("[tool.headlinecheck] must be a table", path=path)
        return cast("dict[str, Any] | None", table)
    return cast("dict[str, Any]", document)


def _check_numbers(document: object, path: Path) -> None:
    """Refuse an integer too long to print (TOML reads 0x... of any length) anywhere in the file."""
    stack = [document]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, int) and value.bit_length() > 3_000:
            raise ConfigError("invalid TOML: a number of more than 900 digits", path=path)


# --- parsing and validating -----------------------------------------------------------------

_SETTING_KEYS = frozenset(
    {"tolerance", "dollar", "fail-on", "rates", "date", "locale", "ignore", "max-bytes", "fields"}
    | {"rates-only", "rate-horizon-days", "stale-rates-exit-code"}
)
#: Settings of a whole run, not of some paths: refused in ``overrides``.
_RUN_KEYS = ("fail-on", "stale-rates-exit-code")
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


def _shown(path: Path) -> str:
    """A path as the user would write it: relative to the current directory when inside it."""
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _origin(name: str, line: int | None) -> str:
    return name if line is None else f"{name}:{line}"


def did_you_mean(given: str, known: Iterable[str], listing: str) -> str:
    """The fix for an unknown name: the nearest known one, or else the list of them."""
    import difflib

    names = sorted(known)
    close = difflib.get_close_matches(given, names, n=1, cutoff=0.6)
    if close:
        return f"did you mean {close[0]!r}?"
    return f"{listing}: " + ", ".join(names)


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
_HEADER = re.compile(r"[ \t]*(\[\[?)([^\]#]*)\]")


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
        header = _HEADER.match(line)
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


def settings_values(
    table: Mapping[str, Any], source: Path | str, root: Path | None = None
) -> dict[str, Any]:
    """Validated ``Settings`` fields from config keys (also used for command-line flags)."""
    values: dict[str, Any] = {}
    for key, raw in table.items():
        if raw is None:
            continue
        if key == "tolerance":
            values["tolerance"] = parse_tolerance(raw, source)
        elif key == "dollar":
            values["dollar"] = parse_dollar(raw, source)
        elif key == "fail-on":
            if raw not in FAIL_ON:
                raise ConfigError(
                    f"'fail-on' must be one of {', '.join(FAIL_ON)}", path=source, value=raw
                )
            values["fail_on"] = raw
        elif key == "rates":
            paths = _strings([raw] if isinstance(raw, str) else raw, "rates", source)
            values["rates"] = tuple((root / p) if root is not None else Path(p) for p in paths)
        elif key == "date":
            values["published"] = parse_date_option(raw, source)
        elif key == "locale":
            if not isinstance(raw, str):
                raise ConfigError("'locale' must be text such as en_HK", path=source, value=raw)
            values["locale"] = _known_locale(raw, source)
        elif key == "ignore":
            values["ignore"] = _codes(raw, source)
        elif key == "max-bytes":
            if not isinstance(raw, int) or isinstance(raw, bool) or raw <= 0:
                raise ConfigError("'max-bytes' must be a positive integer", path=source, value=raw)
            values["max_bytes"] = raw
        elif key == "fields":
            values["fields"] = _fields(raw, source)
        elif key == "rates-only":
            if not isinstance(raw, bool):
                raise ConfigError("'rates-only' must be true or false", path=source, value=raw)
            values["rates_only"] = raw
        elif key == "rate-horizon-days":
            values["rate_horizon_days"] = _whole(raw, key, 0, MAX_RATE_HORIZON_DAYS, source)
        elif key == "stale-rates-exit-code":
            values["stale_rates_exit_code"] = _whole(raw, key, 0, 125, source)
    return values


def _whole(raw: object, key: str, low: int, high: int, source: Path | str) -> int:
    """A whole number from ``low`` to ``high`` (a TOML integer, or a flag's digits)."""
    if isinstance(raw, str) and re.fullmatch(r"[0-9]{1,6}", raw.strip()):
        raw = int(raw)
    if not isinstance(raw, int) or isinstance(raw, bool) or not low <= raw <= high:
        raise ConfigError(
            f"{key!r} must be a whole number from {low} to {high}", path=source, value=raw
        )
    return raw


def parse_tolerance(raw: object, source: Path | str) -> Decimal:
    """A relative tolerance: 0.005, "0.005" or "0.5%"."""
    text = str(raw).strip()
    try:
        value = Decimal(text[:-1]) / 100 if text.endswith("%") else Decimal(text)
    except InvalidOperation:
        value = Decimal(-1)
    if isinstance(raw, bool) or not value.is_finite() or not Decimal(0) <= value < 1:
        raise ConfigError(
            "tolerance must be a relative amount from 0 to 1, e.g. 0.005 or '0.5%'",
            path=source,
            value=raw,
        )
    return value


def parse_dollar(raw: object, source: Path | str) -> str:
    """What a bare ``$`` means: any ISO 4217 code (pesos write ``$`` too)."""
    from headlinecheck.currencies import CODES

    code = str(raw).strip().upper()
    if code not in CODES:
        raise ConfigError(
            "dollar must be an ISO 4217 currency code, e.g. USD, HKD or MXN",
            path=source,
            value=raw,
        )
    return code


def parse_date_option(raw: object, source: Path | str) -> date:
    if isinstance(raw, datetime):  # a TOML date-time: its written date, as in front matter
        return raw.date()
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        raise ConfigError("date must be YYYY-MM-DD", path=source, value=raw) from None


def _fields(raw: object, source: Path | str) -> tuple[str, str, str]:
    # A number as a field name would silently never match a record's key.
    if (
        not isinstance(raw, dict)
        or set(raw) - set(DEFAULT_FIELDS)
        or not all(isinstance(name, str) and name for name in raw.values())
    ):
        raise ConfigError(
            "'fields' must be a table with headline, body and/or published names",
            path=source,
            value=raw,
        )
    headline, body, published = (str(raw.get(k, k)) for k in DEFAULT_FIELDS)
    return headline, body, published


def _strings(raw: object, key: str, source: Path | str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise ConfigError(f"{key!r} must be a list of strings", path=source, value=raw)
    return tuple(raw)


def _known_locale(locale: str, source: Path | str) -> str:
    # Checked here so that a bad configured locale is one configuration error (exit 2), not an
    # HC907 finding on every article. babel is loaded only because a locale was configured.
    from headlinecheck.numbers import separators

    try:
        separators(locale)
    except InputError:
        raise ConfigError(
            "unknown locale", path=source, value=locale, fix="use a babel locale id such as en_HK"
        ) from None
    return locale


def _codes(raw: object, source: Path | str) -> frozenset[str]:
    # A code the report can never produce ("hc313", "HC3013") would otherwise be accepted and
    # silently suppress nothing; case does not matter, as in articles' own ignore lists.
    codes = _strings([raw] if isinstance(raw, str) else raw, "ignore", source)
    bad = [c for c in codes if c != "all" and not re.fullmatch(r"HC\d{3}", c, re.IGNORECASE)]
    if bad:
        raise ConfigError(
            "'ignore' must list rule codes like HC103 (or 'all')", path=source, value=bad[0]
        )
    return frozenset(c if c == "all" else c.upper() for c in codes)
