"""Which files a run reads: the '**' glob (against glob.glob, and through symlinked folders),
directory walks that skip hidden paths and refuse FIFOs and unreadable folders, and a run that
finds nothing saying so. Runs go in-process through ``cli.main``."""

from __future__ import annotations

import contextlib
import glob
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from headlinecheck.cli import main
from headlinecheck.discovery import glob_files as _glob

ARTICLE = "---\ntitle: City sets aside $6.4M\ndate: 2023-08-29\n---\nIt set aside HKD 50 million.\n"


def _paths(out: str) -> list[str]:
    return [line.split(":", 1)[0] for line in out.splitlines()[:-1]]


_NAME = st.sampled_from(["a", "b", ".h", "a.md", "b.md", ".h.md", "x.txt"])
_TREE = st.lists(st.lists(_NAME, min_size=1, max_size=3), min_size=1, max_size=8)
_PATTERN = st.lists(
    st.sampled_from(["**", "*", "*.md", "a", "b", "a.md", ".h*", "?.md", "[ab]"]),
    min_size=1,
    max_size=4,
)


@settings(
    max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(tree=_TREE, parts=_PATTERN)
def test_the_glob_agrees_with_glob_glob_where_there_are_no_links(
    tmp_path_factory: pytest.TempPathFactory, tree: list[list[str]], parts: list[str]
) -> None:
    root = tmp_path_factory.mktemp("tree")
    for names in tree:
        *dirs, leaf = names
        folder = root.joinpath(*dirs) if dirs else root
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not (folder / leaf).exists():
                (folder / leaf).write_text("x", "utf-8")
        except OSError:
            continue  # a file is already where this path needs a directory
    assume("**" in parts)  # other patterns go to glob.glob itself
    pattern = "/".join(parts)
    cwd = Path.cwd()
    os.chdir(root)
    try:
        # glob.glob writes a directory matched by a final "**" with a trailing slash.
        found = glob.glob(pattern, recursive=True)  # noqa: PTH207 (the reference)
        # "**/**" repeats matches, and "file/**" gives "file/", which is no directory.
        expected = sorted({p.rstrip("/") for p in found if not p.endswith("/") or Path(p).is_dir()})
        assert _glob(pattern) == expected
    finally:
        os.chdir(cwd)


def test_a_recursive_glob_does_not_enter_symlinked_directories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two links to a parent made glob.glob's "**" exponential: the run never ended.
    (tmp_path / "news" / "sub").mkdir(parents=True)
    (tmp_path / "news" / "a.md").write_text(ARTICLE, "utf-8")
    (tmp_path / "news" / "sub" / "b.md").write_text(ARTICLE, "utf-8")
    (tmp_path / "news" / ".hidden.md").write_text(ARTICLE, "utf-8")
    for name in ("up1", "up2"):
        (tmp_path / "news" / "sub" / name).symlink_to("..")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "news/**/*.md"]) == 0
    assert _paths(capsys.readouterr().out) == ["news/a.md", "news/sub/b.md"]
    # A segment other than "**" still goes through a link, as glob and pathlib do.
    assert main(["check", "news/sub/up1/a.md", "news/sub/*/sub/b.md"]) == 0
    assert "2 files," in capsys.readouterr().out  # a.md and b.md, each once
    assert main(["check", "**/b.md"]) == 0
    assert _paths(capsys.readouterr().out) == ["news/sub/b.md"]
    assert main(["check", "**/missing*.md"]) == 2


def test_a_walk_skips_hidden_directories_and_files_unless_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # .github's issue templates have no headline: every repository on GitHub failed its run.
    template = tmp_path / ".github" / "ISSUE_TEMPLATE" / "bug.md"
    template.parent.mkdir(parents=True)
    template.write_text("---\nname: Bug report\ntitle: ''\n---\n**Describe it**\n", "utf-8")
    (tmp_path / ".draft.md").write_text(ARTICLE.replace("6.4M", "6.4B"), "utf-8")
    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "."]) == 0
    assert _paths(capsys.readouterr().out) == ["a.md"]
    assert main(["check", "--quiet", ".github"]) == 1
    assert (
        ".github/ISSUE_TEMPLATE/bug.md:3:8: HC904 the headline is empty" in capsys.readouterr().out
    )


def test_the_hook_skips_hidden_files_as_a_walk_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / ".github" / "PULL_REQUEST_TEMPLATE.md"
    template.parent.mkdir()
    template.write_text("Describe the change.\n", "utf-8")
    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    monkeypatch.chdir(tmp_path)
    # pre-commit names every staged Markdown file, the pull request template included.
    args = ["check", "--quiet", "--force-exclude", ".github/PULL_REQUEST_TEMPLATE.md", "a.md"]
    assert main(args) == 0
    assert capsys.readouterr().out == ""
    assert main(["check", "--quiet", ".github/PULL_REQUEST_TEMPLATE.md"]) == 1  # named: checked


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_a_walked_directory_is_an_input_error_not_a_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import threading

    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)

    def feed() -> None:  # so that a reader that opens the FIFO fails the test instead of hanging
        # In the passing case nothing reads it but the release below: a broken pipe.
        with contextlib.suppress(BrokenPipeError):
            fifo.write_text(ARTICLE, "utf-8")

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    monkeypatch.chdir(tmp_path)
    try:
        assert main(["check", "."]) == 1
        out = capsys.readouterr().out
        assert "pipe.md:1:1: HC901 not a regular file (a FIFO, socket or device)" in out
        assert main(["check", "pipe.md"]) == 2
        assert "pipe.md: not a regular file or directory" in capsys.readouterr().err
    finally:
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))  # lets the writer finish
        writer.join(5)


def test_a_directory_the_walk_cannot_list_is_an_error_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.md").write_text(ARTICLE.replace("6.4M", "6.4B"), "utf-8")
    real_scandir = os.scandir

    def scandir(path: object) -> object:  # as chmod 000 does for anyone but root
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.chdir(tmp_path)
    # Before, os.walk skipped it in silence: "0 files", exit 0, the mismatch never seen.
    assert main(["check", "."]) == 2
    assert "locked: cannot read directory: Permission denied" in capsys.readouterr().err
    assert main(["check", "**/*.md"]) == 2
    assert "locked: cannot read directory: Permission denied" in capsys.readouterr().err


def test_a_run_that_finds_no_articles_says_so_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "story.rst").write_text("Up $5M\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    # Before: "0 files" and exit 0, with nothing to tell a wrong path from a clean repository.
    assert main(["check", "content"]) == 0
    assert (
        capsys.readouterr().err == "headlinecheck: no articles found (include: *.md, *.markdown)\n"
    )
    assert main(["check", "--quiet", "--force-exclude", "content"]) == 0  # the hook: silent
    assert capsys.readouterr() == ("", "")


def test_a_glob_that_matches_nothing_is_an_error_like_a_missing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["check", "news/**/*.md"]) == 2
    assert "news/**/*.md: no file or directory matches this pattern" in capsys.readouterr().err
