"""`headlinecheck config [PATH]`: print the configuration that applies to PATH, and where each
value comes from.

The layers are those of `headlinecheck check`: built-in defaults, the configuration file, its
matching ``overrides``, the article's front matter (when PATH is an article file) and the flags
given here. Every value is the effective one ("0.005", the checker's default tolerance, rather
than "not set"); a setting that has no value says what that means.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from headlinecheck.cli.check_cmd import add_setting_flags, setting_flags
from headlinecheck.config import FIELD_KEYS

if TYPE_CHECKING:
    from headlinecheck.config import Config, Settings

#: What an unset setting means.
UNSET = {
    "dollar": "a bare $ is read from each article's context (currency words, locale)",
    "date": "each article's own date; converted money in an undated one is HC104",
    "locale": "English number forms (1,234.5)",
}
#: The column the origin comments start at.
COMMENT_COLUMN = 36


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "config",
        help="print the effective configuration for a path",
        description=(
            "Print the configuration that `headlinecheck check` would use for PATH (default: the "
            "current directory): every setting's effective value and where it comes from (a "
            "default, the configuration file and line, an override, the article's front matter "
            "when PATH is an article file, or a flag given here)."
        ),
    )
    parser.add_argument(
        "path",
        nargs="?",
        default=".",
        metavar="PATH",
        help="a directory, or an article file (its front matter is included)",
    )
    add_setting_flags(parser.add_argument_group("flags, as for check"))
    parser.add_argument("--json", action="store_true", help="print JSON instead of TOML")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from headlinecheck import config as cfg
    from headlinecheck.errors import InputError

    flags = setting_flags(args)
    path = Path(args.path)
    if not path.exists():
        # A typo would otherwise print the defaults as if they applied to it.
        raise InputError("no such file or directory", path=args.path)
    config = cfg.load_file(Path(args.config)) if args.config else cfg.discover(path)
    settings = config.for_path(path.resolve())
    origins = config.origins(path.resolve())
    notes: list[str] = []
    if path.is_file():
        settings, notes = _front_matter(args.path, settings, origins)
    for field, value in flags.items():
        settings = attrs.evolve(settings, **{field: value})
        # --rates sets rates-only to false: it adds desk rates to the bundled table.
        flag = "rates" if field == "rates_only" and not value else FIELD_KEYS[field]
        origins[FIELD_KEYS[field]] = f"command line (--{flag})"
    table = effective(config, settings)
    if args.json:
        import json

        document = {
            "source": None if config.source is None else str(config.source),
            "path": args.path,
            "settings": {k: v for k, v in table.items() if k not in ("include", "exclude")},
            "origins": origins,
            "include": table["include"],
            "exclude": table["exclude"],
        }
        sys.stdout.write(json.dumps(document, indent=2) + "\n")
    else:
        sys.stdout.write(render(config, table, origins, args.path, notes))
    return 0


def _front_matter(
    name: str, settings: Settings, origins: dict[str, str]
) -> tuple[Settings, list[str]]:
    """``settings`` with the article's own on top (as `check` layers them), and notes."""
    from headlinecheck import articles

    items = articles.read_path(
        name,
        fields=articles.Fields(*settings.fields),
        max_bytes=settings.max_bytes,
    )
    for item in items:
        if isinstance(item, articles.BadArticle):
            raise item.error()
    if len(items) != 1:
        return settings, [
            f"{len(items)} articles in {name}: each one's own date and settings apply"
        ]
    (article,) = items
    assert isinstance(article, articles.Article)
    own = article.settings
    where = dict(own.origins)

    def origin(key: str) -> str:
        if key in where:
            line, _ = article.position(where[key])
            return f"front matter ({name}:{line})"
        if key == "date":
            found = _date_line(name, article.locate(0, "body")[0])
            if found is not None:
                return f"front matter ({name}:{found})"
        return f"front matter ({name})"

    values: dict[str, Any] = {}
    if article.published is not None:
        values["published"] = article.published
    for field in ("tolerance", "dollar", "locale"):
        if getattr(own, field) is not None:
            values[field] = getattr(own, field)
    if own.ignore:
        values["ignore"] = settings.ignore | own.ignore
    for field in values:
        key = FIELD_KEYS[field]
        if field == "ignore" and settings.ignore:
            origins[key] = f"{origins[key]}, {origin(key)}"
        else:
            origins[key] = origin(key)
    notes = (
        ["skip: true in the front matter: check does not check this article"] if own.skip else []
    )
    return attrs.evolve(settings, **values), notes


def _date_line(name: str, body_line: int) -> int | None:
    """The line of the front matter's ``date:`` (or ``published``), above the body."""
    import re

    with Path(name).open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if number >= body_line:
                break
            if re.match(r"(date|published)[ \t]*[:=]", line):
                return number
    return None


def effective(config: Config, settings: Settings) -> dict[str, Any]:
    """The settings as the file would spell them, with the checker's default tolerance."""
    from headlinecheck.checking.values import DEFAULT_TOLERANCE

    table = settings.to_dict()
    if table["tolerance"] is None:
        table["tolerance"] = str(DEFAULT_TOLERANCE)
    table["include"] = list(config.include)
    table["exclude"] = list(config.exclude)
    return table


def render(
    config: Config, table: dict[str, Any], origins: dict[str, str], path: str, notes: list[str]
) -> str:
    """The effective configuration as TOML, each line with its origin as a comment."""
    source = config.source or "(defaults: no configuration file found)"
    lines = [f"# source: {source}", f"# for: {path}"]
    lines += [f"# {note}" for note in notes]
    lines.append("[tool.headlinecheck]")
    for key, value in table.items():
        origin = origins.get(key, "default")
        if key == "tolerance" and origin == "default":
            origin = "default (the checker's)"
        elif key == "rates" and not value:
            origin += ": the bundled ECB rates"
        elif key == "rates" and not table.get("rates-only"):
            origin += ": on top of the bundled ECB rates"
        if value is None:
            lines.append(f"# {key}: not set: {UNSET[key]} ({origin})")
            continue
        if isinstance(value, dict):
            inner = ", ".join(f"{k} = {_toml(v)}" for k, v in value.items())
            text = f"{key} = {{ {inner} }}"
        else:
            text = f"{key} = {_toml(value)}"
        lines.append(f"{text.ljust(COMMENT_COLUMN - 1)} # {origin}")
    for override in config.overrides:
        lines += ["", "[[tool.headlinecheck.overrides]]", f"paths = {_toml(list(override.paths))}"]
        values = override.values
        for field, value in attrs.asdict(attrs.evolve(_defaults(), **values)).items():
            if field in values:
                lines.append(f"{field.replace('_', '-')} = {_toml(_plain(value))}")
    return "\n".join(lines) + "\n"


def _defaults() -> Settings:
    from headlinecheck.config import Settings

    return Settings()


def _plain(value: object) -> object:
    from datetime import date
    from decimal import Decimal

    if isinstance(value, (Decimal, date, Path)):
        return str(value)
    if isinstance(value, (frozenset, tuple)):
        return sorted(str(v) for v in value)
    return value


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    import json

    return json.dumps(str(value), ensure_ascii=False)
