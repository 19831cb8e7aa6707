"""`headlinecheck config [PATH]`: print the configuration that applies to PATH."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from headlinecheck.cli.check_cmd import add_setting_flags, setting_flags


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "config",
        help="print the effective configuration for a path",
        description=(
            "Print the configuration that `headlinecheck check` would use for PATH (default: the "
            "current directory): the file it came from, its settings after per-path overrides, "
            "then command-line flags given here."
        ),
    )
    parser.add_argument("path", nargs="?", default=".", metavar="PATH")
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
    settings = config.for_path(path.resolve(), flags)
    if args.json:
        import json

        document = {
            "source": None if config.source is None else str(config.source),
            "settings": settings.to_dict(),
            "include": list(config.include),
            "exclude": list(config.exclude),
        }
        sys.stdout.write(json.dumps(document, indent=2) + "\n")
    else:
        sys.stdout.write(cfg.render(config, settings))
    return 0
