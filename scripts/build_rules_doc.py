"""Write docs/rules.md from the diagnosis registry (``headlinecheck rule --all`` prints the same).

Run: ``PYTHONPATH=src python scripts/build_rules_doc.py`` after changing a diagnosis module's
docstring, or with ``--check`` to exit 1 when the file is out of date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from headlinecheck.cli.rule_cmd import rules_markdown

DOC = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check that the file is current")
    args = parser.parse_args()
    text = rules_markdown()
    if args.check:
        current = DOC.read_text(encoding="utf-8") == text
        print("docs/rules.md is up to date" if current else "docs/rules.md is out of date")
        return 0 if current else 1
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
