"""A temporary repository of articles for the CLI tests: good ones, each mismatch kind, bad files.

``ARTICLES`` maps a path to (content, expected codes). Expected codes are the non-suppressed
findings of that file, in order; ``make_repo`` writes everything, plus a configuration, a
.gitignore and (when git is available) an initial commit.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

CONFIG = """\
[tool.headlinecheck]
include = ["*.md", "*.txt", "*.jsonl", "*.json"]
exclude = ["archive"]
max-bytes = 200000

[[tool.headlinecheck.overrides]]
paths = ["wire/**"]
tolerance = "1%"
"""

GITIGNORE = "drafts/\n"

# One body reused by the money cases: HKD 50 million on 2023-08-29 is about USD 6.37 million.
BODY = """\
Hong Kong's government said on Tuesday that HKD 50 million had been earmarked to speed up
blockchain projects over the next two years, a sum it called modest next to its wider budget.

The city's technology park now hosts more than 150 companies working on Web3, officials
added, up from a handful in 2021. Applications rose 30% on the year.
"""


def _md(title: str, body: str = BODY, *, date: str = "2023-08-29", extra: str = "") -> str:
    return f'---\ntitle: "{title}"\ndate: {date}\n{extra}---\n\n{body}'


ARTICLES: dict[str, tuple[str | bytes, tuple[str, ...]]] = {
    # --- supported ------------------------------------------------------------------------
    "news/hk-blockchain.md": (
        _md("Hong Kong Sets Aside $6.4M for Blockchain as 150+ Companies Move In"),
        ("HC101", "HC201"),
    ),
    "news/hkd-explicit.md": (_md("Hong Kong Earmarks HK$50 Million for Blockchain"), ("HC101",)),
    "news/us-dollar.md": (_md("Hong Kong Puts US$6.4 Million Into Blockchain"), ("HC101",)),
    "news/about.md": (_md("Hong Kong Backs Blockchain With About $6 Million"), ("HC101",)),
    "news/percent.md": (_md("Web3 Applications in Hong Kong Up 30%"), ("HC301",)),
    "news/heading-only.md": (
        "# Hong Kong Finds $6.4M for Blockchain\n\n" + BODY + "\nPublished without a date.\n",
        ("HC104",),
    ),
    "news/plain.txt": ("Hong Kong Earmarks HK$50 Million for Blockchain\n\n" + BODY, ("HC101",)),
    "feeds/records.jsonl": (
        "\n".join(
            json.dumps(record)
            for record in (
                {
                    "headline": "Blockchain Fund Gets HK$50M",
                    "body": BODY,
                    "published": "2023-08-29",
                },
                {"headline": "Web3 Applications Up 30%", "body": BODY, "published": "2023-08-29"},
            )
        )
        + "\n",
        ("HC101", "HC301"),
    ),
    "feeds/one.json": (
        json.dumps(
            {"headline": "Over 150 Companies Now Build Web3 in Hong Kong", "body": BODY}, indent=2
        ),
        ("HC201",),
    ),
    "wire/hk-wire.md": (_md("Hong Kong Allots $6.4 Million to Blockchain"), ("HC101",)),
    # --- mismatches, one per diagnosis -----------------------------------------------------
    "news/currency-confusion.md": (_md("Hong Kong Sets Aside $50M for Blockchain"), ("HC110",)),
    "news/magnitude.md": (_md("Hong Kong Sets Aside $6.4B for Blockchain"), ("HC111",)),
    "news/inverted.md": (_md("Hong Kong Sets Aside $390M for Blockchain"), ("HC112",)),
    "news/digit.md": (_md("Hong Kong Sets Aside $4.6M for Blockchain"), ("HC113",)),
    "news/over-rounded.md": (_md("Hong Kong Sets Aside $6.0M for Blockchain"), ("HC115",)),
    "news/plain-mismatch.md": (_md("Hong Kong Sets Aside $8M for Blockchain"), ("HC102",)),
    "news/stale-rate.md": (
        _md(
            "Osaka Startup Raises ¥720M",
            "The startup raised USD 6.4 million from investors.\n",
            date="2023-06-01",
        ),
        ("HC114",),
    ),
    "news/wrong-direction.md": (_md("Web3 Applications in Hong Kong Fall 30%"), ("HC316",)),
    "news/count.md": (
        _md("Hong Kong Draws 150+ Companies", "There are 120 companies in the park.\n"),
        ("HC202",),
    ),
    "news/unsupported.md": (
        _md("Hong Kong Sets Aside $6.4M for Blockchain", "Officials gave no figures.\n"),
        ("HC103",),
    ),
    # --- suppressed ------------------------------------------------------------------------
    "news/suppressed-front-matter.md": (
        _md(
            "Hong Kong Sets Aside $6.4B for Blockchain", extra="headlinecheck:\n  ignore: [HC111]\n"
        ),
        (),
    ),
    "news/suppressed-comment.md": (
        _md(
            "Hong Kong Sets Aside $50M for Blockchain",
            BODY + "\n<!-- headlinecheck-disable HC110 -->\n",
        ),
        (),
    ),
    # --- input errors ----------------------------------------------------------------------
    "broken/bad-yaml.md": (
        "---\ntitle: [Hong Kong $6.4M\ndate: 2023-08-29\n---\n\nBody.\n",
        ("HC903",),
    ),
    "broken/no-headline.md": ("Just a paragraph of body text, HKD 50 million.\n", ("HC904",)),
    "broken/bad-date.md": (_md("Hong Kong Sets Aside $6.4M", date="2023-02-30"), ("HC905",)),
    "broken/binary.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", ("HC901",)),
    "broken/latin1.md": (
        "# Caf\u00e9 chain raises $5M\n\nThe caf\u00e9 chain raised USD 5 million.\n".encode(
            "latin-1"
        ),
        ("HC902",),
    ),
    "broken/huge.md": (
        "# Huge $5M file\n\n" + "All work and no play, USD 5 million. " * 8000,
        ("HC908",),
    ),
    # --- never checked: gitignored, excluded by configuration --------------------------------
    "drafts/wip.md": (_md("Hong Kong Sets Aside $6.4B for Blockchain"), ()),
    "archive/old.md": (_md("Hong Kong Sets Aside $6.4B for Blockchain"), ()),
}

NOT_CHECKED = ("drafts/wip.md", "archive/old.md")


def expected_codes() -> dict[str, tuple[str, ...]]:
    return {path: codes for path, (_, codes) in ARTICLES.items() if path not in NOT_CHECKED}


def make_repo(root: Path, *, git: bool = True) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    (root / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    for relative, (content, _) in ARTICLES.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if git and shutil.which("git"):
        run = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-C", str(root)]
        subprocess.run([*run, "init", "-q", "-b", "main"], check=True)
        subprocess.run([*run, "add", "-A"], check=True)
        subprocess.run([*run, "commit", "-q", "-m", "articles"], check=True)
    return root
