"""Command-line entry point: ``headlinecheck COMMAND ...``.

Each command lives in its own module (``extract_cmd``, ``rates_cmd``, ``check_cmd``, ...) exposing
``register(subparsers)``; this module only wires them together and maps errors to exit codes:
0 clean, 1 findings, 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from headlinecheck.errors import HeadlinecheckError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2

#: Command name -> module under ``headlinecheck.cli`` that registers it, in help order.
COMMANDS = {
    "archive": "archive_cmd",
    "check": "check_cmd",
    "config": "config_cmd",
    "extract": "extract_cmd",
    "rates": "rates_cmd",
    "rule": "rule_cmd",
    "serve": "serve_cmd",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with ``command``, only that command's sub-parser is registered.

    The pre-commit hook runs ``headlinecheck check`` on every commit: importing and registering
    the other commands (their modules, their imports, some fifty ``add_argument`` calls) would
    cost it a few milliseconds each time for nothing. Parsing ``COMMAND ARGS...`` gives the same
    result, usage lines and errors either way; ``--help`` and unknown commands get every command,
    ``--version`` (which prints and exits as soon as argparse reaches it) none.
    """
    from importlib import import_module

    from headlinecheck import __version__

    parser = _Parser(
        prog="headlinecheck",
        description="Fact-check the numbers in news headlines against the article body.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    # Imported here, not at module top, so `headlinecheck --help` stays cheap.
    names: list[str] = []
    if command in COMMANDS:
        names.append(command)
    elif command != "--version":
        names.extend(COMMANDS)
    for name in names:
        import_module(f"headlinecheck.cli.{COMMANDS[name]}").register(subparsers)
    return parser


class _Parser(argparse.ArgumentParser):
    """An argument parser whose help formatters get the terminal width from here: argparse's
    own default imports ``shutil`` for it (and with it zlib, bz2, lzma: a few milliseconds of
    every run), since each ``add_argument`` builds a formatter. Sub-parsers are of this class
    too (``add_subparsers`` makes them of the parser's type)."""

    def _get_formatter(self) -> argparse.HelpFormatter:
        return self.formatter_class(prog=self.prog, width=_columns() - 2)  # type: ignore[call-arg]


def _columns() -> int:
    """``shutil.get_terminal_size().columns``, as argparse asks for it: $COLUMNS, else the
    terminal's width, else 80."""
    import os

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
        columns = columns or 80
    return columns


#: Young-generation size for the cyclic GC while a command runs (Python's default is 700).
#: Start-up creates tens of thousands of long-lived objects (modules, classes, lexicon tables);
#: at the default the collector runs some thirty young collections over them, ~4 ms of a
#: one-article check. With this size it runs none then, and on long runs it still collects
#: every 50,000 net allocations, so cyclic garbage stays bounded.
GC_YOUNG_THRESHOLD = 50_000


def main(argv: Sequence[str] | None = None) -> int:
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], GC_YOUNG_THRESHOLD), *thresholds[1:])
    try:
        return _run(sys.argv[1:] if argv is None else list(argv))
    finally:
        gc.set_threshold(*thresholds)


def _run(arguments: list[str]) -> int:
    parser = build_parser(arguments[0] if arguments else None)
    args, unknown = parser.parse_known_args(arguments)
    if unknown:
        # A bad flag is the usage error of the (sub)command it was given to, with its usage
        # line, not the top level's; a near miss of a known flag is named.
        command = _command_parser(parser, args)
        message = f"unrecognized arguments: {' '.join(unknown)}"
        flags = [o for a in command._actions for o in a.option_strings if o.startswith("--")]
        for word in unknown:
            if word.startswith("--"):
                import difflib

                close = difflib.get_close_matches(word.split("=")[0], flags, n=1, cutoff=0.6)
                if close:
                    message += f" (did you mean {close[0]}?)"
                    break
        command.error(message)
    try:
        return int(args.handler(args))
    except HeadlinecheckError as error:
        print(f"headlinecheck: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as error:
        # Errors about the user's files are HeadlinecheckErrors; what is left is the system
        # failing, mostly the output itself (a full disk under "> report.sarif"): one line and
        # exit 2, and standard output dropped so that the interpreter's last flush is quiet.
        import contextlib
        import os

        where = f": {error.filename}" if error.filename else ""
        print(f"headlinecheck: error: {error.strerror or error}{where}", file=sys.stderr)
        with contextlib.suppress(OSError, ValueError):  # no descriptor behind a captured stdout
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR


def _command_parser(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> argparse.ArgumentParser:
    """The deepest parser the arguments reached: ``rates verify``'s, not ``rates``' (argparse
    keeps sub-parsers in a sub-parsers action, and the chosen name in its ``dest``)."""
    while True:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                chosen = getattr(args, action.dest, None)
                if chosen in action.choices:
                    parser = action.choices[chosen]
                    break
        else:
            return parser
