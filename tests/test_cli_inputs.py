"""QA regressions (inputs, globs, rate commands), run in-process through ``cli.main``."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from corpus_cases import rows
from headlinecheck.cli import main

ARTICLE = "---\ntitle: City sets aside $6.4M\ndate: 2023-08-29\n---\nIt set aside HKD 50 million.\n"


def _paths(out: str) -> list[str]:
    return [line.split(":", 1)[0] for line in out.splitlines()[:-1]]


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


def test_an_mdx_file_is_read_as_markdown(tmp_path: Path) -> None:
    from headlinecheck.articles import Article, read_path

    # Read as plain text, "---" was the headline: no claims, and the run passed.
    jsx = "import Chart from './Chart'\n\n<Chart height={300} />\n\n"
    (tmp_path / "story.mdx").write_text(ARTICLE.replace("---\nIt", "---\n" + jsx + "It"), "utf-8")
    [article] = read_path(tmp_path / "story.mdx")
    assert isinstance(article, Article)
    assert article.headline == "City sets aside $6.4M"
    assert "300" not in article.body
    assert "HKD 50 million" in article.body


@pytest.mark.parametrize(("flag", "value", "problem"), rows("inputs/rates_update_options.yaml"))
def test_rates_update_refuses_bad_timeouts_and_retries_before_downloading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str, value: str, problem: str
) -> None:
    target = tmp_path / "rates.csv"
    target.write_text("date,base,quote,rate,source\n", "utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(
            [
                "rates",
                "update",
                "--file",
                str(target),
                "--url",
                "https://127.0.0.1:9/x",
                flag,
                value,
            ]
        )
    assert exit_.value.code == 2
    assert f"argument {flag}: {problem}" in capsys.readouterr().err
    assert target.read_text("utf-8") == "date,base,quote,rate,source\n"


def test_toml_front_matter_as_hugo_writes_it(tmp_path: Path) -> None:
    from headlinecheck.articles import Article, read_path

    # Before, "+++" was no front matter: "no headline", or with a heading the TOML was body text.
    (tmp_path / "a.md").write_text(
        '+++\r\ntitle = "City sets aside $6.4M"\r\ndate = 2023-08-29T10:00:00+08:00\r\n'
        '[headlinecheck]\r\ndollar = "hkd"\r\n[extra]\r\ntitle = "not this"\r\n+++\r\n'
        "# City sets aside $6.4M\r\n\r\nIt set aside HKD 50 million.\r\n",
        "utf-8",
    )
    [article] = read_path(tmp_path / "a.md")
    assert isinstance(article, Article)
    assert article.headline == "City sets aside $6.4M"
    assert article.locate(16) == (2, 26)
    assert str(article.published) == "2023-08-29"
    assert article.settings.dollar == "HKD"
    assert article.body.split() == ["It", "set", "aside", "HKD", "50", "million."]


@pytest.mark.parametrize(("text", "where", "problem"), rows("inputs/front_matter_toml_errors.yaml"))
def test_bad_toml_front_matter_is_an_input_error_at_its_line(
    tmp_path: Path, text: str, where: list[int], problem: str
) -> None:
    from headlinecheck.articles import BadArticle, read_path

    (tmp_path / "a.md").write_text(text, "utf-8")
    [bad] = read_path(tmp_path / "a.md")
    assert isinstance(bad, BadArticle)
    assert (bad.code, bad.line, bad.column) == ("HC903", *where)
    assert problem in bad.problem


def test_a_dash_path_is_a_markdown_article_on_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    # It was "-: no such file or directory", although --body-file takes '-'.
    stdin = io.TextIOWrapper(io.BytesIO(("\ufeff" + ARTICLE).encode()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    (tmp_path / "b.md").write_text(ARTICLE.replace("6.4M", "6.4B"), "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "-", "b.md", "-"]) == 1
    # (lines under a finding, its evidence and explanation, are indented)
    lines = [line for line in capsys.readouterr().out.splitlines() if line[:1] != " "]
    assert [line.split(": ", 1)[0] for line in lines[:-1]] == ["<stdin>:2:24", "b.md:2:24"]
    assert lines[-1].startswith("2 files, 2 claims: 1 supported, 1 mismatched")


@pytest.mark.parametrize(("name", "text", "where", "problem"), rows("inputs/config_errors.yaml"))
def test_a_configuration_error_names_its_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
    text: str,
    where: str,
    problem: str,
) -> None:
    (tmp_path / name).write_text(text, "utf-8")
    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "a.md"]) == 2
    [error] = capsys.readouterr().err.splitlines()
    assert f"{name}{where}" in error
    assert problem in error


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


def test_a_datetime_publication_date_asks_for_that_day_rate() -> None:
    from datetime import date, datetime

    import headlinecheck as hc

    rate = hc.RateTable.load().rate("USD", "HKD", datetime(2023, 8, 29, 10))
    assert (type(rate.requested), rate.requested, rate.used) == (
        date,
        date(2023, 8, 29),
        date(2023, 8, 29),
    )
    [claim] = hc.check(
        "City sets aside $6.4M",
        "The city set aside HKD 50 million.",
        published=datetime(2023, 8, 29, 10),
    ).claims
    assert "latest before" not in claim.message


def test_a_refused_import_names_the_file_it_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ecb.csv").write_text("Date,USD,HKD,\n2023-08-29,1.0853,8.5163,\n", "utf-8")
    target = tmp_path / "notes.csv"
    target.write_text("a,b\n1,2\n", "utf-8")
    assert main(["rates", "import-ecb", str(tmp_path / "ecb.csv"), "--output", str(target)]) == 2
    error = capsys.readouterr().err
    assert f"{target}: existing file has no date,base,quote,rate,source header" in error
    assert error.rstrip().endswith("left it as it was")
    assert target.read_text("utf-8") == "a,b\n1,2\n"


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


def test_finding_a_config_line_is_linear_on_a_pathological_header(tmp_path: Path) -> None:
    from headlinecheck import config as cfg

    # An unclosed "[" and 100k spaces: the lazy pattern before took quadratic time here.
    (tmp_path / "pyproject.toml").write_text(
        "[tool.headlinecheck]\n\tignore = 5\n[" + " " * 100_000 + "\n", "utf-8"
    )
    assert cfg._key_line(tmp_path / "pyproject.toml", "ignore", None) == 2
    assert cfg._HEADER.match("[ tool . headlinecheck ]\t") is not None


def test_output_that_cannot_be_written_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    class Full(io.StringIO):  # what "> report.sarif" on a full disk does
        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    monkeypatch.setattr("sys.stdout", Full())
    # Before: a traceback from sys.stdout.write.
    assert main(["check", "--format", "sarif", str(tmp_path / "a.md")]) == 2
    assert capsys.readouterr().err == "headlinecheck: error: No space left on device\n"


def test_an_unreadable_body_file_is_named_once_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "latin1.txt").write_bytes(b"Caf\xe9 sales: USD 5 million.")
    assert main(["check", "--headline", "Up $5M", "--body-file", "latin1.txt"]) == 2
    assert capsys.readouterr().err == (
        "headlinecheck: error: latin1.txt: body file is not valid UTF-8 (byte 0xe9 at offset 3);"
        " re-save it as UTF-8\n"
    )
    # Before: "missing.txt: cannot read body file: [Errno 2] No such file ...: 'missing.txt'".
    assert main(["check", "--headline", "Up $5M", "--body-file", "missing.txt"]) == 2
    assert capsys.readouterr().err == (
        "headlinecheck: error: missing.txt: cannot read body file: No such file or directory\n"
    )


@pytest.mark.parametrize(("front", "where"), rows("inputs/front_matter_repeated_keys.yaml"))
def test_a_repeated_front_matter_key_is_an_error_not_the_last_one_silently(
    front: str, where: list[int]
) -> None:
    from headlinecheck.articles import BadArticle, read_bytes

    # Before, the second title was checked: which one the writer meant is anyone's guess.
    [bad] = read_bytes(f"---\n{front}---\nUSD 5 million.\n".encode(), "a.md")
    assert isinstance(bad, BadArticle)
    assert (bad.code, bad.line, bad.column) == ("HC903", *where)
    assert "is given twice" in bad.problem


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_read(codec: str) -> None:
    from headlinecheck.articles import Article, read_bytes

    # Windows PowerShell 5's ">" writes this; it was refused as a binary file (NUL bytes).
    text = "---\r\ntitle: Up $5M\r\n---\r\nUSD 5 million\r\n"
    data = text.encode(codec) if codec == "utf-16" else b"\xfe\xff" + text.encode(codec)
    [article] = read_bytes(data, "a.md")
    assert isinstance(article, Article)
    assert (article.headline, article.locate(3)) == ("Up $5M", (2, 11))


def test_max_bytes_limits_each_json_lines_record_not_the_feed(tmp_path: Path) -> None:
    import json

    from headlinecheck.articles import Article, BadArticle, read_path

    record = {"headline": "Up $5M", "body": "USD 5 million", "published": "2023-08-29"}
    lines = [json.dumps(record)] * 50 + [json.dumps({**record, "body": "x" * 1500})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    # Before: the 5 KB feed was one HC908 at 1,000 bytes, and none of its articles was read.
    items = read_path(tmp_path / "feed.jsonl", max_bytes=1_000)
    assert sum(isinstance(item, Article) for item in items) == 50
    [bad] = [item for item in items if isinstance(item, BadArticle)]
    assert (bad.code, bad.line) == ("HC908", 51)
    (tmp_path / "feed.json").write_text("[" + ",".join(lines) + "]", "utf-8")
    [whole] = read_path(tmp_path / "feed.json", max_bytes=1_000)  # one document: one limit
    assert isinstance(whole, BadArticle)
    assert whole.code == "HC908"


@pytest.mark.parametrize(("target", "problem"), rows("inputs/rates_targets.yaml"))
def test_rates_update_refuses_an_unwritable_target_before_downloading(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    target: str,
    problem: str,
) -> None:
    from headlinecheck import ratesync

    (tmp_path / "folder").mkdir()
    monkeypatch.chdir(tmp_path)

    def fetch(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("downloaded before finding the target unwritable")

    monkeypatch.setattr(ratesync, "fetch", fetch)
    assert main(["rates", "update", "--file", target]) == 2
    assert capsys.readouterr().err == f"headlinecheck: error: {problem}\n"
    (tmp_path / "ecb.csv").write_text("Date,USD,\n2023-08-29,1.0853,\n", "utf-8")
    assert main(["rates", "import-ecb", "ecb.csv", "--output", target]) == 2
    assert capsys.readouterr().err == f"headlinecheck: error: {problem}\n"


def test_a_quoted_empty_title_is_a_placeholder_like_an_empty_one() -> None:
    from headlinecheck.articles import Article, read_bytes

    # "title: ''" is what templates write; the heading was ignored and the article an HC904.
    [article] = read_bytes(b"---\ntitle: ''\n---\n# Up $5M\n\nUSD 5 million.\n", "a.md")
    assert isinstance(article, Article)
    assert (article.headline, article.locate(3)) == ("Up $5M", (4, 6))


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


def test_every_public_name_of_ours_says_what_it_is() -> None:
    import headlinecheck as hc

    # help(headlinecheck) showed RatePath without a word; Kind, Qualifier and Verdict are the
    # checker's and extractor's modules (reported, not changed here).
    assert (hc.RatePath.__doc__ or "").strip()
    assert (hc.RateTable.__doc__ or "").strip()
    assert (hc.Rate.__doc__ or "").strip()


@pytest.mark.parametrize(("title", "where", "message"), rows("inputs/front_matter_yaml_slips.yaml"))
def test_a_yaml_slip_in_the_title_says_how_to_fix_it(
    title: str, where: list[int], message: str
) -> None:
    from headlinecheck.articles import BadArticle, read_bytes

    text = f"---\ntitle: {title}\ndate: 2023-08-29\n---\nHKD 50 million.\n"
    [bad] = read_bytes(text.encode(), "a.md")
    assert isinstance(bad, BadArticle)
    assert (bad.line, bad.column) == tuple(where)
    assert message in f"{bad.problem}; {bad.fix}"


@pytest.mark.parametrize(("key", "where"), rows("inputs/front_matter_toml_keys.yaml"))
def test_a_quoted_toml_key_is_read_and_located(key: str, where: list[int]) -> None:
    from headlinecheck.articles import Article, read_bytes

    # '"title" = ...' was a KeyError traceback: the key's position was never found.
    text = f'+++\n{key} = "Up $5M"\n["headlinecheck"]\ndollar = "usd"\n+++\nUSD 5 million.\n'
    [article] = read_bytes(text.encode(), "a.md")
    assert isinstance(article, Article)
    assert (article.headline, article.settings.dollar) == ("Up $5M", "USD")
    assert article.locate(3) == tuple(where)


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
