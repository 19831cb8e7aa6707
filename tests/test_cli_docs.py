"""docs/cli.md cannot drift from the parser: its option tables are generated from it.

Run ``python tests/test_cli_docs.py`` to rewrite the generated sections after changing a flag.
The tables are built from the argparse actions themselves, not from ``--help`` text, so they do
not depend on the terminal width or on the Python version's help formatting.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "cli.md"
COMMANDS = ("archive", "check", "config", "extract", "rule", "serve")
SECTION = re.compile(
    r"(<!-- BEGIN GENERATED: (?P<name>\w+) -->\n)(?P<body>.*?)(<!-- END GENERATED -->)", re.S
)


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    from headlinecheck.cli import build_parser

    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no subcommands")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("%%", "%")


def table(parser: argparse.ArgumentParser) -> str:
    rows = ["| option | meaning |", "|---|---|"]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        metavar = action.metavar or (
            "{" + ",".join(map(str, action.choices)) + "}" if action.choices else None
        )
        if action.option_strings:
            name = ", ".join(action.option_strings)
            if action.nargs != 0:
                name += f" {metavar or action.dest.upper()}"
        else:
            name = str(metavar or action.dest)
        meaning = _cell(action.help or "")
        if action.default not in (None, False, [], argparse.SUPPRESS):
            meaning += f" (default: {action.default})"
        rows.append(f"| `{_cell(name)}` | {meaning} |")
    return "\n".join(rows) + "\n"


def generated(text: str) -> str:
    parsers = _subparsers()
    return SECTION.sub(lambda m: m.group(1) + table(parsers[m["name"]]) + m.group(4), text)


def test_docs_cli_tables_match_the_parser() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert {m["name"] for m in SECTION.finditer(text)} == set(COMMANDS)
    assert text == generated(text), "docs/cli.md is stale: run python tests/test_cli_docs.py"


def test_every_flag_in_help_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for command in COMMANDS:
        out = subprocess.run(
            [sys.executable, "-m", "headlinecheck", command, "--help"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for flag in set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", out)) - {"--help"}:
            assert f"`{flag}" in text or f", {flag}" in text, (command, flag)


#: The articles the output samples of README.md and docs/cli.md were run on.
SAMPLE_ARTICLE = """---
title: "Hong Kong Sets Aside $6.4M for 150+ Companies in Blockchain Push"
date: 2023-08-29
headlinecheck:
  dollar: USD
---

The Hong Kong government set aside HKD 50 million to draw more than 150 companies.
"""
SAMPLE = re.compile(
    r"<!-- output of: headlinecheck (?P<args>[^>]*?) -->\n```text\n(?P<out>.*?)```", re.S
)


def test_output_samples_are_the_current_output(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "hk.md").write_text(SAMPLE_ARTICLE, encoding="utf-8")
    slip = SAMPLE_ARTICLE.replace("$6.4M", "$6.4B")
    (tmp_path / "news" / "slip.md").write_text(slip, encoding="utf-8")
    seen = 0
    for doc in (DOC, ROOT / "README.md"):
        for sample in SAMPLE.finditer(doc.read_text(encoding="utf-8")):
            out = subprocess.run(
                [sys.executable, "-m", "headlinecheck", *sample["args"].split()],
                cwd=tmp_path,
                capture_output=True,
                text=True,
                env={
                    **{k: v for k, v in os.environ.items() if k != "HEADLINECHECK_OUTPUT_FORMAT"},
                    "NO_COLOR": "1",
                },
            ).stdout
            assert sample["out"] == out, (doc.name, sample["args"])
            seen += 1
    assert seen >= 3


if __name__ == "__main__":
    DOC.write_text(generated(DOC.read_text(encoding="utf-8")), encoding="utf-8")
