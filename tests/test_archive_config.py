"""headlinecheck archive reads configuration files as check does (discovery, --config, overrides,
flags above them), and ignores suppress rows without dropping them.

Most tests plan and check units in this process (no cluster); the last runs the command.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask")
pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import headlinecheck as hc
from headlinecheck import config as cfg
from headlinecheck import dask as archive
from headlinecheck import rows
from headlinecheck.cli import archive_cmd, build_parser, main

CLOSE = {  # off by a third: a mismatch at the default tolerance, supported at 0.9
    "headline": "Deal worth EUR 15 million",
    "body": "The deal is worth $10.9 million.",
    "published": "2024-03-01",
}
UNSUPPORTED = {"headline": "Sales up 12%", "body": "Sales rose.", "published": "2024-03-01"}


def _feed(path: Path, *records: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _configured(*argv: str) -> archive_cmd._Configured:
    args = build_parser().parse_args(["archive", *argv, "--out", "unused"])
    return archive_cmd._Configured(args)


def _rows(configured: archive_cmd._Configured, *inputs: Path) -> list[dict[str, Any]]:
    units = archive.plan([str(p) for p in inputs], settings_of=configured)
    return [row for unit in units for row in archive.unit_rows(unit)[1]]


def test_a_discovered_configuration_sets_the_tolerance_and_flags_override_it(
    tmp_path: Path,
) -> None:
    # (Discovery is cached per directory for the process: each case has its own.)
    plain = _feed(tmp_path / "plain" / "feed.jsonl", CLOSE)
    assert [r["verdict"] for r in _rows(_configured(str(plain)), plain)] == ["mismatch"]
    feed = _feed(tmp_path / "site" / "news" / "feed.jsonl", CLOSE)
    (tmp_path / "site" / "pyproject.toml").write_text(
        '[tool.headlinecheck]\ntolerance = "0.9"\n', encoding="utf-8"
    )
    assert [r["verdict"] for r in _rows(_configured(str(feed)), feed)] == ["supported"]
    flagged = _configured(str(feed), "--tolerance", "0.001")
    assert [r["verdict"] for r in _rows(flagged, feed)] == ["mismatch"]


def test_config_file_replaces_discovery(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl", CLOSE)
    (tmp_path / ".headlinecheck.toml").write_text('tolerance = "0.9"\n', encoding="utf-8")
    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_text('dollar = "HKD"\n', encoding="utf-8")
    configured = _configured(str(feed), "--config", str(elsewhere))
    [row] = _rows(configured, feed)
    assert row["verdict"] == "mismatch"  # the discovered tolerance is not read
    assert row["evidence_currency"] == "HKD"  # the named file's dollar is


def test_overrides_give_files_their_own_settings_and_batches_split_by_them(
    tmp_path: Path,
) -> None:
    text = "---\npublished: 2024-03-01\n---\n# Deal worth EUR 15 million\n\n{body}\n"
    for name in ("a.md", "loose/b.md", "zz/z.md"):
        path = tmp_path / "site" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.format(body=CLOSE["body"]), encoding="utf-8")
    (tmp_path / "site" / ".headlinecheck.toml").write_text(
        '[[overrides]]\npaths = ["loose"]\ntolerance = "0.9"\n', encoding="utf-8"
    )
    configured = _configured(str(tmp_path / "site"))
    units = archive.plan([str(tmp_path / "site")], settings_of=configured)
    assert [[Path(p).name for p in u.paths] for u in units] == [["a.md"], ["b.md"], ["z.md"]]
    found = [row for unit in units for row in archive.unit_rows(unit)[1]]
    assert [(Path(r["path"]).name, r["verdict"]) for r in found] == [
        ("a.md", "mismatch"),
        ("b.md", "supported"),
        ("z.md", "mismatch"),
    ]


def test_ignored_claims_keep_their_rows_marked_suppressed_and_do_not_fail(
    tmp_path: Path,
) -> None:
    bare = _feed(tmp_path / "plain" / "feed.jsonl", CLOSE, UNSUPPORTED)
    plain = _rows(_configured(str(bare)), bare)
    assert [(r["code"], r["suppressed"]) for r in plain] == [("HC113", False), ("HC303", False)]
    assert rows.Tally.of(plain).failures == 1
    feed = _feed(tmp_path / "site" / "feed.jsonl", CLOSE, UNSUPPORTED)
    (tmp_path / "site" / ".headlinecheck.toml").write_text('ignore = ["HC113"]\n', encoding="utf-8")
    ignored = _rows(_configured(str(feed)), feed)
    assert [(r["code"], r["suppressed"]) for r in ignored] == [("HC113", True), ("HC303", False)]
    tally = rows.Tally.of(ignored)
    assert (tally.claims, tally.mismatch, tally.suppressed, tally.failures) == (2, 0, 1, 0)
    both = _rows(_configured(str(feed), "--ignore", "HC303"), feed)
    assert [r["suppressed"] for r in both] == [True, True]
    with pytest.raises(hc.InputError, match="no such rule"):
        _configured(str(feed), "--ignore", "HC999")


def test_front_matter_ignore_suppresses_as_in_check(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\npublished: 2024-03-01\nheadlinecheck:\n  ignore: [HC113]\n---\n"
        f"# {CLOSE['headline']}\n\n{CLOSE['body']}\n",
        encoding="utf-8",
    )
    [row] = _rows(_configured(str(path)), path)
    assert (row["verdict"], row["code"], row["suppressed"]) == ("mismatch", "HC113", True)


def test_fail_on_comes_from_the_configuration_unless_flagged(tmp_path: Path) -> None:
    bare = _feed(tmp_path / "plain" / "feed.jsonl", UNSUPPORTED)
    assert _configured(str(bare)).fail_on == "mismatch"
    feed = _feed(tmp_path / "site" / "feed.jsonl", UNSUPPORTED)
    config = tmp_path / "site" / ".headlinecheck.toml"
    config.write_text('fail-on = "unsupported"\n', encoding="utf-8")
    configured = _configured(str(feed))
    assert configured.fail_on == "unsupported"
    assert rows.Tally.of(_rows(configured, feed), configured.fail_on).failures == 1
    assert _configured(str(feed), "--fail-on", "mismatch").fail_on == "mismatch"


def test_exit_code_gives_stale_rates_their_own_status() -> None:
    assert rows.Tally().exit_code(3) == 0
    assert rows.Tally(failures=2, stale=2).exit_code(3) == 3
    assert rows.Tally(failures=2, stale=1).exit_code(3) == 3
    assert rows.Tally(failures=1).exit_code(3) == 1
    assert rows.Tally(failures=2, stale=2).exit_code(0) == 0


def test_a_bad_configuration_is_a_usage_error_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = _feed(tmp_path / "feed.jsonl", CLOSE)
    (tmp_path / ".headlinecheck.toml").write_text('tolerance = "lots"\n', encoding="utf-8")
    assert main(["archive", str(feed), "--out", str(tmp_path / "out"), "--workers", "1"]) == 2
    error = capsys.readouterr().err
    assert ".headlinecheck.toml" in error and "tolerance" in error
    assert not (tmp_path / "out").exists()  # refused before any cluster or output


@pytest.mark.cluster
def test_the_command_reads_the_configuration_and_resume_sees_a_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = _feed(tmp_path / "feed.jsonl", CLOSE)
    config = tmp_path / ".headlinecheck.toml"
    config.write_text('tolerance = "0.9"\n', encoding="utf-8")
    argv = ["archive", str(feed), "--out", str(tmp_path / "out"), "--workers", "1"]
    assert main([*argv, "--format", "jsonl"]) == 0
    assert "1 supported, 0 mismatch" in capsys.readouterr().out
    config.write_text('tolerance = "0.001"\n', encoding="utf-8")
    cfg._discover.cache_clear()  # as a new process would find it
    assert main([*argv, "--format", "jsonl", "--resume"]) == 2  # other settings: no mixing
    assert "cannot resume" in capsys.readouterr().err


def _project(root: Path) -> Path:
    """A project whose configuration sets include, exclude and the record fields, in git."""
    import subprocess

    (root / "pyproject.toml").parent.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(
        "[tool.headlinecheck]\n"
        'include = ["*.md", "*.txt"]\n'
        'exclude = ["drafts", "news/*.tmp.md"]\n'
        "[tool.headlinecheck.fields]\n"
        'headline = "title"\nbody = "text"\npublished = "day"\n',
        encoding="utf-8",
    )
    article = "# Deal worth EUR 15 million\n\nThe deal is worth $10.9 million.\n"
    for name in (
        "news/a.md",
        "news/b.txt",
        "news/c.markdown",  # not in this include
        "news/d.tmp.md",  # excluded by pattern
        "drafts/e.md",  # excluded directory
        "generated/f.md",  # git-ignored
    ):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(article, encoding="utf-8")
    record = {"title": CLOSE["headline"], "text": CLOSE["body"], "day": "2024-03-01"}
    _feed(root / "feeds" / "feed.jsonl", {**record, "headline": "Sales up 12%"})
    _feed(root / "drafts" / "old.jsonl", record)  # excluded with its directory
    (root / ".gitignore").write_text("generated/\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root


def test_walks_follow_the_configurations_include_exclude_and_git_ignores(tmp_path: Path) -> None:
    root = _project(tmp_path / "site")
    configured = _configured(str(root))
    found = archive.input_files([str(root)])
    assert sorted(Path(p).relative_to(root).as_posix() for p in found) == [
        "feeds/feed.jsonl",
        "news/a.md",
        "news/b.txt",
    ]
    units = archive.plan([str(root)], settings_of=configured, fields_of=configured.fields_of)
    paths = {Path(row["path"]).relative_to(root).as_posix() for row in _unit_rows(units)}
    assert paths == {"feeds/feed.jsonl", "news/a.md", "news/b.txt"}
    # As for check, a file named on the command line is read even when excluded.
    named = archive.input_files([str(root / "drafts" / "e.md")])
    assert [Path(p).name for p in named] == ["e.md"]


def test_record_columns_default_to_the_configured_fields_and_flags_win(tmp_path: Path) -> None:
    root = _project(tmp_path / "site")
    feed = root / "feeds" / "feed.jsonl"
    configured = _configured(str(root))
    assert configured.run_fields == rows.Fields("title", "text", "day")
    units = archive.plan([str(feed)], settings_of=configured, fields_of=configured.fields_of)
    assert [u.fields for u in units] == [rows.Fields("title", "text", "day")]
    [row] = _unit_rows(units)
    assert (row["claim_text"], row["published"]) == ("EUR 15 million", "2024-03-01")
    flagged = _configured(str(root), "--headline-col", "headline", "--id-col", "title")
    assert flagged.fields_of(str(feed)) == rows.Fields("headline", "text", "day", "title")
    units = archive.plan([str(feed)], settings_of=flagged, fields_of=flagged.fields_of)
    [row] = _unit_rows(units)
    assert row["claim_text"] == "12%"  # the flag's column, the other fields the configuration's
    assert row["article_id"] == CLOSE["headline"] and row["published"] == "2024-03-01"
    plain = _configured(str(tmp_path))
    assert plain.run_fields == rows.Fields()


def _unit_rows(units: list[archive.Unit]) -> list[dict[str, Any]]:
    return [row for unit in units for row in archive.unit_rows(unit)[1]]


@pytest.mark.cluster
def test_the_command_follows_the_projects_include_exclude_and_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path / "site")
    wrong = "Hong Kong sets aside HK$50 million (US$390 million) for it."
    _feed(root / "feeds" / "more.jsonl", {"title": "Fund of HK$50 million", "text": wrong})
    out = tmp_path / "out"
    argv = ["archive", str(root), "--out", str(out), "--workers", "1", "--format", "jsonl"]
    assert main(argv) == 1  # the mismatches and the wrong conversion fail the run
    summary = capsys.readouterr().out
    assert "1 wrong body conversions" in summary
    found = [
        json.loads(line)
        for part in sorted(out.glob("part-*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    paths = {Path(row["path"]).relative_to(root).as_posix() for row in found}
    assert paths == {"feeds/feed.jsonl", "feeds/more.jsonl", "news/a.md", "news/b.txt"}
    assert not [row for row in found if row["kind"] == "error"]  # the columns were found
    [conversion] = [row for row in found if row["kind"] == "conversion"]
    assert (conversion["code"], conversion["evidence_text"]) == ("HC122", "HK$50 million")
