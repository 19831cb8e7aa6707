"""`headlinecheck extract FILE`: the figures of an article file's headlines and bodies.

The file is read as `headlinecheck check` reads it (front matter, JSON and JSON Lines records,
the configuration's ``fields`` and ``max-bytes``), and each part is read with the dollar and
locale `check` would use: the flag, else the article's front matter, else the configuration.
Positions are the file's line:column. A file or record that cannot be read is an error line on
standard error and exit 2, after the figures of the others.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from headlinecheck.cli.extract_cmd import JSON_SCHEMA_VERSION, figure_to_dict, table


def run(args: argparse.Namespace) -> int:
    from headlinecheck import articles
    from headlinecheck import config as cfg
    from headlinecheck.errors import InputError
    from headlinecheck.extraction import extract

    path = Path(args.text)
    if not path.exists():
        raise InputError("no such file", path=args.text, fix="give an article file, or quote text")
    if path.is_dir():
        raise InputError("is a directory", path=args.text, fix="give one article file")
    settings = cfg.discover(path).for_path(path.resolve())
    items = articles.read_path(
        path,
        fields=articles.Fields(*settings.fields),
        max_bytes=settings.max_bytes,
        display=args.text,
    )
    documents: list[dict[str, Any]] = []
    lines: list[str] = []
    errors: list[str] = []
    for item in items:
        if isinstance(item, articles.BadArticle):
            fix = f"; {item.fix}" if item.fix else ""
            errors.append(f"{item.path}:{item.line}:{item.column}: {item.code} {item.problem}{fix}")
            continue
        own = item.settings
        dollar = args.dollar or own.dollar or settings.dollar
        locale = args.locale or own.locale or settings.locale
        found: list[tuple[Any, str, tuple[int, int]]] = []
        parts: tuple[tuple[articles.Part, str], ...] = (
            ("headline", item.headline),
            ("body", item.body),
        )
        for part, text in parts:
            for figure in extract(text, dollar=dollar, locale=locale):
                found.append((figure, part, item.locate(figure.span[0], part)))
        line, column = item.locate(0, "headline")
        documents.append(
            {
                "headline": item.headline,
                "published": None if item.published is None else item.published.isoformat(),
                "line": line,
                "column": column,
                "figures": [
                    {**figure_to_dict(f), "part": part, "line": at[0], "column": at[1]}
                    for f, part, at in found
                ],
            }
        )
        if lines:
            lines.append("")
        lines.append(f"{item.path}:{line}:{column}: {item.headline}")
        if found:
            where = [(f"{at[0]}:{at[1]}", part) for _, part, at in found]
            lines.append(table([f for f, _, _ in found], where))
        else:
            lines.append("no figures found")
    if args.json:
        document = {"schema_version": JSON_SCHEMA_VERSION, "path": args.text, "articles": documents}
        print(json.dumps(document, ensure_ascii=False, indent=2))
    elif lines:
        print("\n".join(lines))
    for error in errors:
        print(f"headlinecheck: error: {error}", file=sys.stderr)
    return 2 if errors else 0
