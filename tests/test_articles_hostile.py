"""Hostile article and configuration input (issue 15): a clear finding, never a crash or a hang.

Each test failed before its fix: a traceback (ValueError, RecursionError), gigabytes of memory, or
a file read whole. Memory is measured with tracemalloc, not time.
"""

from __future__ import annotations

import contextlib
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from headlinecheck.articles import Article, BadArticle, read_bytes, read_path
from headlinecheck.cli import main
from headlinecheck.errors import describe

ARTICLE = "---\ntitle: City sets aside $6.4M\ndate: 2023-08-29\n---\nIt set aside HKD 50 million.\n"
DIGITS = "1" * 5000
DEEP = "[" * 100_000 + "]" * 100_000
RECORD = '{"headline": "A $5M deal", "published": ' + DIGITS + "}"
SETTING = f"headlinecheck:\n  tolerance: {DIGITS}"


def _bad(text: str, kind: str = "markdown") -> BadArticle:
    items = read_bytes(text.encode(), "f.md", kind=kind)
    assert isinstance(items[0], BadArticle), items
    return items[0]


def _peak(run: Callable[[], object]) -> int:
    """Bytes allocated at the peak of ``run()``."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --- item 1: integers over Python's 4,300-digit limit --------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "code", "line"),
    [
        (f"---\ntitle: A $5M deal\ndate: {DIGITS}\n---\nbody\n", "markdown", "HC903", 3),
        (
            f"---\ntitle: A $5M deal\nheadlinecheck:\n  tolerance: {DIGITS}\n---\n",
            "markdown",
            "HC903",
            4,
        ),
        (f"---\ntitle: A $5M deal\ndate: 0x{'f' * 5000}\n---\nbody\n", "markdown", "HC903", 3),
        (f"+++\ntitle = 'A $5M deal'\ndate = {DIGITS}\n+++\nbody\n", "markdown", "HC903", 3),
        (f"+++\ntitle = 'A $5M deal'\ndate = 0x{'f' * 5000}\n+++\nbody\n", "markdown", "HC903", 2),
        (RECORD, "json", "HC906", 1),
        (
            '{"headline": "A"}\n' + RECORD + "\n",
            "jsonl",
            "HC906",
            2,
        ),
    ],
    ids=["yaml", "yaml-settings", "yaml-hex", "toml", "toml-hex", "json", "jsonl"],
)
def test_a_number_over_4300_digits_is_a_finding_on_its_line(
    text: str, kind: str, code: str, line: int
) -> None:
    bad = next(i for i in read_bytes(text.encode(), "f", kind=kind) if isinstance(i, BadArticle))
    assert (bad.code, bad.line) == (code, line)
    assert "number of" in bad.problem and len(bad.problem) < 200


@pytest.mark.parametrize("value", [DIGITS, "0x" + "f" * 5000, DEEP], ids=["int", "hex", "deep"])
def test_a_huge_number_or_deep_array_in_pyproject_is_a_config_error(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.headlinecheck]\nmax-bytes = {value}\n")
    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "a.md"]) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml: invalid TOML:" in err and "Traceback" not in err
    assert len(err) < 300


# --- item 2: nesting deeper than the recursion limit -----------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        ("[" * 100_000 + "]" * 100_000, "json", "HC906"),
        ('{"headline": "A"}\n' + "[" * 100_000 + "]" * 100_000 + "\n", "jsonl", "HC906"),
        (
            "+++\ntitle = 'x'\na = " + "[" * 100_000 + "]" * 100_000 + "\n+++\nbody\n",
            "markdown",
            "HC903",
        ),
        (
            "---\ntitle: x\na: " + "[" * 100_000 + "]" * 100_000 + "\n---\nbody\n",
            "markdown",
            "HC903",
        ),
    ],
    ids=["json", "jsonl", "toml", "yaml"],
)
def test_deep_nesting_is_a_finding_and_the_other_records_are_read(
    text: str, kind: str, code: str
) -> None:
    items = read_bytes(text.encode(), "f", kind=kind)
    bad = [i for i in items if isinstance(i, BadArticle)]
    assert [b.code for b in bad] == [code]
    assert "nest" in bad[0].problem
    if kind == "jsonl":
        assert [i.headline for i in items if isinstance(i, Article)] == ["A"]


# --- item 5: YAML alias bombs ------------------------------------------------------------------


def _bomb(levels: int = 9) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "\n".join(lines)


@pytest.mark.parametrize(
    "use",
    ["date: *a8", "headlinecheck:\n  tolerance: *a8", "headlinecheck:\n  ignore: *a8", ""],
)
def test_a_yaml_alias_bomb_is_refused_without_expanding_it(use: str) -> None:
    text = f"---\ntitle: A $5M deal\n{_bomb()}\n{use}\n---\nbody\n"
    assert len(text) < 600
    found: list[BadArticle] = []
    peak = _peak(lambda: found.append(_bad(text)))
    assert found[0].code == "HC903" and "expands to more than 10,000 values" in found[0].problem
    assert peak < 20_000_000  # before: 5.5 GB expanding it for the message


def test_a_self_referring_yaml_value_is_refused() -> None:
    bad = _bad("---\ntitle: A $5M deal\nx: &r [*r]\ndate: *r\n---\nbody\n")
    assert bad.code == "HC903" and bad.line == 3


def test_a_small_aliased_value_is_still_read() -> None:
    text = "---\ntitle: A $5M deal\nx: &t [HC101]\nheadlinecheck:\n  ignore: *t\n---\nUSD 5m.\n"
    (article,) = read_bytes(text.encode(), "f")
    assert isinstance(article, Article) and article.settings.ignore == frozenset({"HC101"})


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("x", "'x'"),
        (["HC1", 2], "['HC1', 2]"),
        ({"a": (1,)}, "{'a': (1,)}"),
        (frozenset({"a"}), "frozenset({'a'})"),
        (10**5000, "<an integer of about 5,001 digits>"),
    ],
    ids=["str", "list", "dict", "frozenset", "int"],
)
def test_describe_is_repr_for_small_values_and_bounded_for_large(value: object, shown: str) -> None:
    assert describe(value) == shown


def test_describe_never_expands_a_shared_structure() -> None:
    value: list[object] = ["x"] * 9
    for _ in range(12):  # 9**13 values if expanded
        value = [value] * 9
    shown: list[str] = []
    assert _peak(lambda: shown.append(describe(value))) < 1_000_000
    assert len(shown[0]) <= 80 and shown[0].endswith("...")


def test_a_bad_date_that_is_a_list_is_named_briefly() -> None:
    bad = _bad("---\ntitle: A $5M deal\ndate: [" + ", ".join(["2023"] * 3000) + "]\n---\nbody\n")
    assert bad.code == "HC905" and len(bad.problem) < 150


# --- items 7, 8, 9: reading files -------------------------------------------------------------


def test_a_json_lines_feed_is_streamed_not_indexed(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"\n" * 2_000_000 + b'{"headline": "A $5M deal"}\n' + b" \n" * 1000)
    items: list[Article | BadArticle] = []
    peak = _peak(lambda: items.extend(read_path(feed, max_bytes=100_000)))
    assert [i.headline for i in items if isinstance(i, Article)] == ["A $5M deal"]
    assert isinstance(items[0], Article)
    assert items[0].locate(0) == (2_000_001, 15)  # after {"headline": "
    assert peak < 8_000_000  # before: a table of 2 million line offsets (> 70 MB)


def test_a_json_lines_feed_has_a_whole_file_limit(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b'{"headline": "A $5M deal"}\n' * 5000)  # 135 KB of 27-byte records
    (bad,) = read_path(feed, max_bytes=1000)
    assert isinstance(bad, BadArticle) and bad.code == "HC908"
    assert "over the 100,000-byte limit" in bad.problem
    assert len(read_path(feed, max_bytes=2000)) == 5000


def test_a_long_json_lines_record_is_skipped_without_being_kept(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    long = b'{"headline": "x", "body": "' + b"y" * 3_000_000 + b'"}'
    feed.write_bytes(b'{"headline": "A"}\n' + long + b'\n{"headline": "B"}')
    items = read_path(feed, max_bytes=100_000)
    assert [(i.code, i.line) for i in items if isinstance(i, BadArticle)] == [("HC908", 2)]
    assert [i.headline for i in items if isinstance(i, Article)] == ["A", "B"]
    assert isinstance(items[2], Article)
    assert items[2].locate(0) == (3, 15)


@pytest.mark.parametrize("suffix", [".md", ".jsonl"])
def test_a_large_sparse_file_is_refused_from_its_size_or_head(tmp_path: Path, suffix: str) -> None:
    big = tmp_path / f"big{suffix}"
    with big.open("wb") as handle:
        handle.truncate(100_000_000)  # sparse: 100 MB of NUL bytes that take no disk
    items: list[Article | BadArticle] = []
    peak = _peak(lambda: items.extend(read_path(big)))  # no max_bytes: the library's default
    assert [(i.code, i.problem) for i in items if isinstance(i, BadArticle)] == [
        ("HC901", "binary file (contains NUL bytes), not an article")
    ]
    assert peak < 2_000_000  # before: the whole 100 MB read to look at its first 8 KB
    with big.open("wb") as handle:
        handle.truncate(1 << 30)
    (bad,) = read_path(big, max_bytes=2_000_000)
    assert isinstance(bad, BadArticle) and bad.code == "HC908"


def test_a_file_swapped_for_a_fifo_after_its_check_does_not_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import stat
    import threading

    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    real_stat = Path.stat

    def looks_regular(self: Path, **kwargs: object) -> os.stat_result:
        result = real_stat(self)
        if self.name == "pipe.md":  # as if a regular file were there when it was checked
            fields = list(result)
            fields[0] = stat.S_IFREG | 0o644
            return os.stat_result(fields)
        return result

    monkeypatch.setattr(Path, "stat", looks_regular)

    def unblock() -> None:  # a reader that blocks on opening the FIFO fails instead of hanging
        with contextlib.suppress(OSError), fifo.open("w") as pipe:
            pipe.write(ARTICLE)

    writer = threading.Timer(5, unblock)
    writer.start()
    try:
        (bad,) = read_path(fifo)
    finally:
        writer.cancel()
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
    assert isinstance(bad, BadArticle)
    assert (bad.code, bad.problem) == ("HC901", "not a regular file (a FIFO, socket or device)")


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/null"])
def test_a_link_to_a_device_is_not_read(tmp_path: Path, target: str) -> None:
    if not Path(target).exists():
        pytest.skip(f"no {target}")
    link = tmp_path / "a.jsonl"
    link.symlink_to(target)
    (bad,) = read_path(link, max_bytes=1000)
    assert isinstance(bad, BadArticle) and bad.code == "HC901"


# --- item 20: configuration discovery in a directory that cannot be searched ------------------


def test_an_unsearchable_directory_is_named_not_a_file_that_is_not_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from headlinecheck import config
    from headlinecheck.errors import ConfigError

    locked = tmp_path / "locked"
    locked.mkdir()
    real_stat = Path.stat

    def stat(self: Path, **kwargs: bool) -> object:  # as chmod 000 does for anyone but root
        if self.parent == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    with pytest.raises(ConfigError) as caught:
        config.discover_in(locked)
    assert caught.value.path == str(locked)
    assert "cannot look for a configuration file in this directory: Permission denied" in str(
        caught.value
    )
    assert ".headlinecheck.toml" not in str(caught.value)


def test_finding_a_config_line_is_linear_on_a_pathological_header(tmp_path: Path) -> None:
    import re

    from headlinecheck import config as cfg

    # An unclosed "[" and 100k spaces: the lazy pattern before took quadratic time here.
    (tmp_path / "pyproject.toml").write_text(
        "[tool.headlinecheck]\n\tignore = 5\n[" + " " * 100_000 + "\n", "utf-8"
    )
    assert cfg._key_line(tmp_path / "pyproject.toml", "ignore", None) == 2
    assert re.match(cfg._HEADER, "[ tool . headlinecheck ]\t") is not None
