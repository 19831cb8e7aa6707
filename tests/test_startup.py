"""What start-up work is skipped or cached must not change results.

The compiled-regex cache (``extract.cache_patterns``), the single-command parser and the
lexicon's precomputed name words are speed measures only; these tests pin that they give what
the plain paths give. (Timings themselves live in benchmarks/bench_startup.py.)
"""

from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from headlinecheck import __version__, _lexicon
from headlinecheck.cli import COMMANDS, build_parser, main
from headlinecheck.extract import _PROGRAMS_MAGIC, _Programs, _scanner

extract_module = sys.modules["headlinecheck.extract"]

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [
    (r"(?P<num>[0-9](?:[0-9]|[.,](?=[0-9])){0,48})|\b(?P<w>[Tt](?:en|wo))\b", 0),
    (r"[ \u00a0\u202f]?(?P<l>[A-Za-z]{1,3})?(?P<s>[$€¥])", 0),
    (r"[ \u00a0]*(?:-|–|to|and)[ \u00a0]*$", re.IGNORECASE),
    (r"([A-Za-z][A-Za-z.'’]*)(?:[ -]([A-Za-z][A-Za-z.'’]*))?", 0),
]


def _programs_in(directory: Path) -> _Programs:
    programs = _Programs()
    programs.attach(directory)
    return programs


def _cache_file(directory: Path) -> Path:
    (found,) = directory.glob("regex-*.bin")
    return found


def test_cached_programs_rebuild_the_same_patterns(tmp_path: Path) -> None:
    first = _programs_in(tmp_path)
    compiled = [first.compile(source, flags) for source, flags in SAMPLES]
    first.save()

    again = _programs_in(tmp_path)
    for (source, flags), expected in zip(SAMPLES, compiled, strict=True):
        pattern = again.compile(source, flags)
        # Pattern equality compares flags, text and the compiled opcodes.
        assert pattern == expected == re.compile(source, flags)
        assert pattern.groupindex == expected.groupindex
        assert pattern.groups == expected.groups
    assert not again._dirty  # every pattern came from the file


def test_a_damaged_or_foreign_cache_file_is_ignored(tmp_path: Path) -> None:
    first = _programs_in(tmp_path)
    for source, flags in SAMPLES:
        first.compile(source, flags)
    first.save()
    path = _cache_file(tmp_path)
    data = path.read_bytes()
    damaged = [
        data[: len(data) // 2],  # truncated
        data[:-40] + bytes(40),  # checksum no longer matches
        b"HLCREGEX 0" + data[len(_PROGRAMS_MAGIC) :],  # another format
        b"",
    ]
    for content in damaged:
        path.write_bytes(content)
        programs = _programs_in(tmp_path)
        for source, flags in SAMPLES:
            assert programs.compile(source, flags) == re.compile(source, flags)
        assert programs._dirty  # nothing usable was read: everything is compiled afresh


def test_programs_of_another_interpreter_build_are_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _programs_in(tmp_path)
    first.compile(*SAMPLES[0])
    first.save()
    name = _cache_file(tmp_path).name
    monkeypatch.setattr(extract_module.sys, "version", sys.version + " (another build)")
    other = _programs_in(tmp_path)
    assert other._path is not None and other._path.name != name
    assert other.compile(*SAMPLES[0]) == re.compile(*SAMPLES[0])
    assert other._dirty


def test_an_unusable_cache_directory_costs_only_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x", encoding="utf-8")
    programs = _programs_in(blocker / "cache")
    for source, flags in SAMPLES:
        assert programs.compile(source, flags) == re.compile(source, flags)
    programs.save()  # cannot write: no error
    assert blocker.read_text(encoding="utf-8") == "x"


def test_the_cache_keeps_only_used_programs_past_its_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_Programs, "LIMIT", 2)
    first = _programs_in(tmp_path)
    for source, flags in SAMPLES:
        first.compile(source, flags)
    first.save()
    second = _programs_in(tmp_path)
    second.compile(*SAMPLES[0])
    second.compile(r"new[0-9]+", 0)
    second.save()
    assert set(_programs_in(tmp_path)._entries) == {SAMPLES[0], (r"new[0-9]+", 0)}


def test_scanner_text_is_the_same_in_every_process() -> None:
    # The cache is keyed by pattern text: it must not depend on string hashing.
    code = (
        "from headlinecheck.extract import _scanner\n"
        "print(_scanner.__wrapped__('.', ',', False).pattern)\n"
        "print(_scanner.__wrapped__(',', '.', True).pattern)"
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
    assert first_line == _scanner.__wrapped__(".", ",", False).pattern


def test_check_reads_and_extends_the_pattern_cache(tmp_path: Path) -> None:
    article = ROOT / "examples" / "hong-kong-web3-budget.md"
    env = {**os.environ, "HEADLINECHECK_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "headlinecheck", "check", str(article), "--format", "json"]
    cold = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert _cache_file(tmp_path).stat().st_size > 0
    warm = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert (warm.returncode, warm.stderr) == (cold.returncode, cold.stderr) == (0, "")
    assert json.loads(warm.stdout)["files"] == json.loads(cold.stdout)["files"]


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
        "check": ["check", "a.md", "--format", "json", "--tolerance", "1%"],
        "config": ["config", ".", "--json"],
        "extract": ["extract", "$5 million", "--json"],
        "rates": ["rates", "show", "USD", "HKD", "--date", "2023-02-22"],
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


def test_a_program_the_interpreter_rejects_is_rebuilt(tmp_path: Path) -> None:
    first = _programs_in(tmp_path)
    source, flags = SAMPLES[1]
    first.compile(source, flags)
    entry = first._entries[(source, flags)]
    # A well-formed file (right checksum) whose opcodes _sre refuses.
    first._entries[(source, flags)] = (entry[0], [1, 2, 3], *entry[2:])
    first.save()
    again = _programs_in(tmp_path)
    assert again.compile(source, flags) == re.compile(source, flags)
    assert again._entries[(source, flags)] == entry
