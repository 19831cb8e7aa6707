"""What start-up work is skipped must not change results.

The single-command parser and the lexicon's precomputed name words are speed measures only;
these tests pin that they give what the plain paths give. (Timings: benchmarks/bench_startup.py.)
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_cases import rows
from headlinecheck import __version__, _lexicon
from headlinecheck.cli import COMMANDS, build_parser, main
from headlinecheck.extraction.scanner import scanner

ROOT = Path(__file__).resolve().parents[1]


def test_scanner_text_is_the_same_in_every_process() -> None:
    # Same input, same program: the scanner must not depend on string hashing (set order).
    code = (
        "from headlinecheck.extraction.scanner import scanner\n"
        "print(scanner.__wrapped__('.', ',', False).pattern)\n"
        "print(scanner.__wrapped__(',', '.', True).pattern)"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
    first_line = outputs.pop().splitlines()[0]
    assert first_line == scanner.__wrapped__(".", ",", False).pattern


def test_lexicon_name_words_are_those_of_the_names() -> None:
    firsts: set[str] = set()
    lasts: set[str] = set()
    for key in _lexicon.NAMES:
        if key.isascii():
            parts = key.split()
            firsts.add(parts[0])
            lasts.add(parts[-1])
            if len(parts) > 1 and len(key) > 8:
                firsts.add(key.replace(" ", ""))
                lasts.add(key.replace(" ", ""))
    assert firsts == _lexicon.NAME_FIRSTS
    assert lasts == _lexicon.NAME_LASTS


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_single_command_parser_parses_like_the_full_one(command: str) -> None:
    full = build_parser()
    single = build_parser(command)
    argv = {
        "archive": ["archive", "in", "--out", "o", "--workers", "2", "--id-col", "id"],
        "check": ["check", "a.md", "--format", "json", "--tolerance", "1%"],
        "config": ["config", ".", "--json"],
        "extract": ["extract", "$5 million", "--json"],
        "rates": ["rates", "show", "USD", "HKD", "--date", "2023-02-22"],
        "rule": ["rule", "HC111"],
        "serve": ["serve", "--port", "9000", "--workers", "2", "--cors-origin", "https://a.b"],
    }[command]
    assert vars(single.parse_args(argv)) == vars(full.parse_args(argv))
    assert single.format_usage() == full.format_usage()


def test_main_restores_the_gc_thresholds(capsys: pytest.CaptureFixture[str]) -> None:
    before = gc.get_threshold()
    assert main(["extract", "USD 5 million", "--json"]) == 0
    assert gc.get_threshold() == before
    capsys.readouterr()
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert gc.get_threshold() == before
    assert capsys.readouterr().out == f"headlinecheck {__version__}\n"


@pytest.mark.parametrize("argv", [["--version", "check", "x.md"], ["--version", "nonsense"]])
def test_version_first_wins_over_what_follows(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_parser("--version").parse_args(argv)
    fast = (stopped.value.code, capsys.readouterr())
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(argv)
    assert fast == (stopped.value.code, capsys.readouterr())


# What reading a Markdown article leaves uncompiled and unimported: printed by a fresh interpreter.
_ARTICLE_READERS = """
import json, sys
import headlinecheck.articles as articles
from headlinecheck.articles.patterns import Lazy

def compiled():
    found = []
    for name, module in sorted(sys.modules.items()):
        if name.startswith("headlinecheck.articles"):
            found += [k for k, v in vars(module).items() if isinstance(v, Lazy) and v._compiled]
    return sorted(set(found))

at_import = compiled()
(article,) = articles.read_path(sys.argv[1])
print(json.dumps({
    "at_import": at_import,
    "after_read": compiled(),
    "modules": sorted(m for m in sys.modules if m.startswith("headlinecheck.articles")),
    "headline": article.headline,
}))
"""


def test_article_readers_compile_their_patterns_on_first_use(tmp_path: Path) -> None:
    article = tmp_path / "one.md"
    article.write_text(
        "---\ntitle: Firm raises $6.4M\ndate: 2024-03-01\n---\n\nIt raised HK$50 million.\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", _ARTICLE_READERS, str(article)],
        capture_output=True,
        text=True,
        check=True,
    )
    import json

    seen = json.loads(done.stdout)
    assert seen["at_import"] == []
    assert seen["headline"] == "Firm raises $6.4M"
    # YAML front matter and Markdown prose: their patterns, not TOML's, JSON's or the feeds'.
    assert "_FRONT_OPEN" in seen["after_read"] and "_HEADING" in seen["after_read"]
    assert not {"_TOML_KEY", "_TOML_CLOSE", "_NOT_BLANK", "_WORDY_DATE"} & set(seen["after_read"])
    assert "headlinecheck.articles.feeds" not in seen["modules"]
    assert "headlinecheck.articles.records" not in seen["modules"]


def test_a_lazy_pattern_is_the_pattern_it_stands_for() -> None:
    import re

    from headlinecheck.articles.patterns import Lazy

    lazy = Lazy(r"hc\d{3}", re.IGNORECASE)
    first = lazy()
    assert first is lazy()  # compiled once
    assert first.pattern == r"hc\d{3}" and first.flags & re.IGNORECASE
    assert first.findall("HC101 hc202 hc3") == ["HC101", "hc202"]
    found = Lazy(rb"[^ ]")().search(b"  x")  # bytes patterns too
    assert found is not None and found.start() == 2


def test_a_check_run_imports_no_archive_temp_file_or_toml_module(tmp_path: Path) -> None:
    # argparse's own help formatter imports shutil (and zlib, bz2, lzma) for the terminal
    # width; the report was written through tempfile; a pyproject.toml that only names the
    # project made the TOML parser load. None of them is needed to check one file.
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: Firm raises $5M\n---\n\nIt raised USD 5 million.\n", "utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "headlinecheck"\n[project.scripts]\n'
        'headlinecheck = "headlinecheck.cli:main"\n',
        encoding="utf-8",
    )
    code = (
        "import sys\nfrom headlinecheck.cli import main\n"
        "code = main(['check', sys.argv[1]])\n"
        "print(code, sorted(m for m in ('shutil', 'tempfile', 'tomllib', 'bz2', 'lzma') "
        "if m in sys.modules))"
    )
    # Twice: the first run in a new cache directory writes the rate table's cache (atomically,
    # through tempfile), as a fresh install does once.
    for _ in range(2):
        last = _last_line(tmp_path, code, str(article))
    assert last == "0 []"


def test_help_width_is_shutils(monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from headlinecheck.cli import _columns

    for columns in ("57", "200", "", "x"):
        monkeypatch.setenv("COLUMNS", columns)
        monkeypatch.setenv("LINES", "24")
        assert _columns() == shutil.get_terminal_size().columns


@pytest.mark.parametrize(("text", "ours"), rows("inputs/pyproject_sniff.yaml"))
def test_a_pyproject_is_parsed_when_it_may_configure_us(text: str, ours: bool) -> None:
    from headlinecheck.config.files import _may_configure

    assert _may_configure(text.encode()) is ours


#: What an English check run must not load: the Chinese-only checking and extraction, the
#: report's message catalogues (--lang zh-*), the rows' columns, builders and records (archive,
#: dask) and json (the JSON formats). Each was loaded by every run once; imported lazily now.
_NOT_FOR_ENGLISH = (
    "headlinecheck.checking.chinese",
    "headlinecheck.extraction.chinese",
    "headlinecheck.extraction.chinese_bare",
    "headlinecheck.messages",
    "headlinecheck.rows.building",
    "headlinecheck.rows.records",
    "headlinecheck.rows.schema",
    "json",
)

_LOADED = (
    "import sys\nfrom headlinecheck.cli import main\n"
    "code = main(['check', *sys.argv[2:], sys.argv[1]])\n"
    f"print(code, sorted(m for m in {_NOT_FOR_ENGLISH!r} if m in sys.modules))"
)


def _last_line(tmp_path: Path, code: str, *args: str) -> str:
    """The last line ``python -c code args`` prints, this tree's src first on the path."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()[-1]


def _loaded(tmp_path: Path, headline: str, body: str, *flags: str) -> str:
    article = tmp_path / "a.md"
    article.write_text(f"---\ntitle: {headline}\ndate: 2023-08-29\n---\n\n{body}\n", "utf-8")
    return _last_line(tmp_path, _LOADED, str(article), *flags)


def test_an_english_check_loads_no_chinese_catalogue_rows_or_json_module(tmp_path: Path) -> None:
    english = _loaded(tmp_path, "Firm raises $6.4M", "It raised HK$50 million from 20 investors.")
    assert english == "0 []"
    # The same modules are there when a run needs them: the test sees what it claims to.
    chinese = _loaded(tmp_path, "政府撥款25億元", "政府撥款25億元支持創科。")
    assert "'headlinecheck.checking.chinese'" in chinese
    assert "'headlinecheck.extraction.chinese'" in chinese
    worded = _loaded(tmp_path, "Firm raises $6.4M", "It raised HK$50 million.", "--lang", "zh-Hant")
    assert "'headlinecheck.messages'" in worded
    as_json = _loaded(tmp_path, "Firm raises $6.4M", "It raised HK$50 million.", "--format", "json")
    assert "'json'" in as_json


# Records every regex compiled while one of our modules is being imported (by its own code, not
# by a library it imports), then runs an English check.
_IMPORT_COMPILES = """
import re, re._compiler, sys
from pathlib import Path

ours = str(Path(sys.argv[2]).resolve())
library = str(Path(re.__file__).parent)
found = []
original = re._compiler.compile

def traced(pattern, flags=0):
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(library):
        frame = frame.f_back
    while frame is not None and frame.f_code.co_filename.startswith(ours):
        if frame.f_code.co_name == "<module>":
            found.append(f"{Path(frame.f_code.co_filename).relative_to(ours)}:{frame.f_lineno}")
            break
        frame = frame.f_back
    return original(pattern, flags)

re._compiler.compile = traced
from headlinecheck.cli import main
code = main(["check", sys.argv[1]])
print(code, found)
"""


def test_no_module_of_ours_compiles_a_regex_at_import_on_the_check_path(tmp_path: Path) -> None:
    # A run compiles the patterns its input needs, when it needs them (LazyPattern, Lazy, re's
    # cache): none at import, where every run would pay for every pattern.
    article = tmp_path / "a.md"
    article.write_text(
        "---\ntitle: Firm raises $6.4M\ndate: 2023-08-29\n---\n\nIt raised HK$50 million.\n",
        "utf-8",
    )
    source = str(ROOT / "src" / "headlinecheck")
    assert _last_line(tmp_path, _IMPORT_COMPILES, str(article), source) == "0 []"
