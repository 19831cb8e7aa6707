"""Properties of this session's input readers: TOML front matter and the '**' glob."""

from __future__ import annotations

import glob
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from headlinecheck.articles import Article, read_bytes
from headlinecheck.discovery import glob_files as _glob

# Title text TOML writes verbatim between double quotes: no quote, backslash or control.
_TITLE = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters='"\\'), min_size=1
).filter(lambda text: text.strip() == text and text.strip())


@given(title=_TITLE, newline=st.sampled_from(["\n", "\r\n"]), pad=st.sampled_from(["", " ", "\t"]))
def test_a_toml_title_is_read_verbatim_and_located_in_the_file(
    title: str, newline: str, pad: str
) -> None:
    text = f'+++{newline}{pad}title{pad} ={pad}"{title}"{newline}date = 2023-08-29{newline}+++'
    text += f"{newline}Body.{newline}"
    [article] = read_bytes(text.encode(), "a.md")
    assert isinstance(article, Article)
    assert article.headline == title
    line, column = article.locate(0)
    assert line == 2
    assert text.splitlines()[1][column - 1 :].startswith(title)


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
