"""Command-line entry point: ``headlinecheck COMMAND ...``.

Each command lives in its own module (``extract_cmd``, ``rates_cmd``, ``check_cmd``, ...) exposing
``register(subparsers)``; this module only wires them together and maps errors to exit codes:
0 clean, 1 findings, 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from headlinecheck.errors import HeadlinecheckError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    from headlinecheck import __version__

    parser = argparse.ArgumentParser(
        prog="headlinecheck",
        description="Fact-check the numbers in news headlines against the article body.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    # Imported here, not at module top, so `headlinecheck --help` stays cheap.
    from headlinecheck.cli import check_cmd, config_cmd, extract_cmd, rates_cmd

    for module in (check_cmd, config_cmd, extract_cmd, rates_cmd):
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except HeadlinecheckError as error:
        print(f"headlinecheck: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
