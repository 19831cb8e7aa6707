"""`headlinecheck rule CODE` / `headlinecheck rule --all`: print the documentation of rule codes,
the same text as docs/rules.md (both are generated from the diagnosis modules)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "rule",
        help="explain a rule code (HC111), or every rule with --all",
        description=(
            "Print what a rule code means, why it matters, an example and the fix: the section "
            "of docs/rules.md for CODE (e.g. HC111, or a name such as money-magnitude-slip)."
        ),
    )
    parser.add_argument("code", nargs="?", metavar="CODE", help="a rule code such as HC111")
    parser.add_argument("--all", action="store_true", help="print the documentation of every rule")
    parser.set_defaults(handler=run)


def _tables() -> tuple[dict[str, str], dict[str, int], dict[str, int]]:
    from headlinecheck import report

    names = {code: rule.name for code, rule in report.RULES.items()}
    return names, dict(report.KIND_BASE), dict(report.OUTCOME_OFFSET)


def rules_markdown() -> str:
    """docs/rules.md as it must read."""
    from headlinecheck.checking.rules_doc import document

    return document(*_tables())


def rule_sections() -> dict[str, str]:
    """Rule code -> its section of docs/rules.md."""
    from headlinecheck.checking.rules_doc import sections

    return sections(*_tables())


def nearest(code: str, codes: list[str]) -> str:
    """The known code nearest to ``code``: numerically for "HC117", by spelling otherwise."""
    import difflib

    digits = "".join(ch for ch in code if ch.isdigit())
    if len(digits) == 3:
        return min(codes, key=lambda known: (abs(int(known[2:]) - int(digits)), known))
    close = difflib.get_close_matches(code.upper(), codes, n=1, cutoff=0)
    return close[0] if close else codes[0]


def run(args: argparse.Namespace) -> int:
    from headlinecheck.errors import InputError

    if args.all == (args.code is not None):
        print("headlinecheck rule: error: give one CODE, or --all", file=sys.stderr)
        return 2
    if args.all:
        sys.stdout.write(rules_markdown())
        return 0
    texts = rule_sections()
    names = {text.split("\n", 1)[0].split()[2]: code for code, text in texts.items()}
    wanted = args.code.strip()[:40]
    code = wanted.upper() if wanted.upper() in texts else names.get(wanted.lower())
    if code is None:
        suggestion = nearest(wanted, list(texts))
        raise InputError(
            "unknown rule code",
            value=wanted,
            fix=f"did you mean {suggestion}? `headlinecheck rule --all` lists every rule",
        )
    sys.stdout.write(texts[code])
    return 0
