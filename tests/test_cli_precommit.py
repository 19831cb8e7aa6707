"""The pre-commit hook, for real: `pre-commit try-repo` this checkout on a git repo of articles.

Slow (pre-commit builds a virtualenv and pip-installs this project into it, from PyPI for the
dependencies: about 10 s); kept in the default run because the hook is a promise to users.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = (
    '---\ntitle: "City Sets Aside {amount} for Its Blockchain Fund"\ndate: 2023-08-29\n---\n\n'
)
BODY = "The city set aside HKD 50 million for the fund, officials said on Tuesday.\n"


def test_the_hook_runs_in_one_process() -> None:
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["require_serial"] is True
    assert hook["entry"].startswith("headlinecheck check ")


def _tags() -> set[str] | None:
    """This repository's tags, or None where git (or the repository) is not at hand."""
    if shutil.which("git") is None:
        return None
    done = subprocess.run(["git", "tag", "--list"], cwd=ROOT, capture_output=True, text=True)
    return set(done.stdout.split()) if done.returncode == 0 else None


def test_the_documented_hook_pins_what_exists() -> None:
    # A `rev:` naming a release tag that was never made fails every user's `pre-commit install`.
    import re

    tags = _tags()
    for doc in (ROOT / "README.md", ROOT / "docs" / "ci.md"):
        revs = re.findall(r"^\s*rev:\s*(\S+)", doc.read_text(encoding="utf-8"), re.M)
        assert revs, doc.name
        for rev in revs:
            if rev == "COMMIT" or re.fullmatch(r"[0-9a-f]{40}", rev):
                continue  # the placeholder for a commit hash, or one
            assert tags is not None and rev in tags, f"{doc.name}: rev {rev} is no tag"


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")
def test_pre_commit_try_repo(tmp_path: Path) -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    repo = tmp_path / "articles"
    repo.mkdir()
    (repo / "good.md").write_text(ARTICLE.format(amount="$6.4M") + BODY, encoding="utf-8")
    (repo / "bad.md").write_text(ARTICLE.format(amount="$6.4B") + BODY, encoding="utf-8")
    (repo / "notes.txt").write_text("Not an article: $6.4B\n", encoding="utf-8")
    (repo / "page.mdx").write_text(ARTICLE.format(amount="$50M") + BODY, encoding="utf-8")
    # Enough files that pre-commit would split them between processes (at least 4 in each)
    # on a machine of two CPUs or more, if the hook let it.
    for number in range(5):
        (repo / f"more{number}.md").write_text(ARTICLE.format(amount="$6.4M") + BODY, "utf-8")
    _git("init", "-q", "-b", "main", cwd=repo)
    _git("add", "-A", cwd=repo)
    _git("commit", "-q", "-m", "articles", cwd=repo)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}

    def try_repo(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "headlinecheck"]
        return subprocess.run(
            [*command, *args], cwd=repo, env=env, capture_output=True, text=True, timeout=600
        )

    failing = try_repo("--all-files")
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "bad.md:2:25: HC111 headline claims $6.4B;" in failing.stdout
    assert "good.md" not in failing.stdout  # --quiet: supported claims are not shown
    assert "page.mdx:2:25: HC110 headline claims $50M;" in failing.stdout  # types_or: mdx too
    assert "notes.txt" not in failing.stdout  # types_or: [markdown, mdx]
    # require_serial: one headlinecheck process gets every file, so one summary line (pre-commit
    # would otherwise split the files between one process per CPU).
    summaries = [line for line in failing.stdout.splitlines() if " files, " in line]
    assert len(summaries) == 1 and summaries[0].startswith("8 files, "), failing.stdout

    passing = try_repo("--files", "good.md")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout
