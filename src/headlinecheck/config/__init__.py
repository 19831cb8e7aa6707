"""Configuration: ``[tool.headlinecheck]`` in ``pyproject.toml`` or a ``.headlinecheck.toml``.

Discovery walks up from each checked file; in each directory ``.headlinecheck.toml`` (keys at top
level) wins over ``pyproject.toml`` (keys under ``[tool.headlinecheck]``; a pyproject without that
table is passed over). The first file found is the whole configuration: no merging of parents.

Precedence, lowest first: built-in defaults, the config file, its ``[[overrides]]`` whose ``paths``
match the file (in order), front matter of the article (``headlinecheck:``), command-line flags.
Relative paths in a config file (``rates``, ``include``/``exclude``, override ``paths``) are
relative to the directory holding it.

    values   constants, ``Settings``, ``settings_values`` and the parsers of each key's value
    model    ``Config`` and ``Override``, ``for_path``/``origins``, glob matching, key lines
    files    discovery (``discover``, ``load_file``) and ``parse`` of a table
"""

from __future__ import annotations

from headlinecheck.config.files import _discover as _discover
from headlinecheck.config.files import discover, discover_in, load_file, parse
from headlinecheck.config.model import _HEADER as _HEADER
from headlinecheck.config.model import Config, Override, matches, matches_relative
from headlinecheck.config.model import _key_line as _key_line
from headlinecheck.config.values import (
    ALWAYS_EXCLUDED,
    DEFAULT_FIELDS,
    DEFAULT_INCLUDE,
    DEFAULT_MAX_BYTES,
    DEFAULT_RATE_HORIZON_DAYS,
    DEFAULT_STALE_RATES_EXIT_CODE,
    FAIL_ON,
    FIELD_KEYS,
    MAX_RATE_HORIZON_DAYS,
    Settings,
    did_you_mean,
    parse_date_option,
    parse_dollar,
    parse_tolerance,
    settings_values,
)

__all__ = [
    "ALWAYS_EXCLUDED",
    "DEFAULT_FIELDS",
    "DEFAULT_INCLUDE",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_RATE_HORIZON_DAYS",
    "DEFAULT_STALE_RATES_EXIT_CODE",
    "FAIL_ON",
    "FIELD_KEYS",
    "MAX_RATE_HORIZON_DAYS",
    "Config",
    "Override",
    "Settings",
    "did_you_mean",
    "discover",
    "discover_in",
    "load_file",
    "matches",
    "matches_relative",
    "parse",
    "parse_date_option",
    "parse_dollar",
    "parse_tolerance",
    "settings_values",
]
