"""The real `headlinecheck check` and `config` commands, run as subprocesses on an article repo."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import jsonschema
import pytest

from articles_repo import ARTICLES, NOT_CHECKED, expected_codes, make_repo
from corpus_cases import rows

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))
_SCRIPT = Path(sys.executable).with_name("headlinecheck")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "headlinecheck"]
LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>HC\d{3}) (?P<msg>.*)$")


def hc(
    *args: str, cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_repo(tmp_path_factory.mktemp("articles") / "repo")


def _codes(lines: Sequence[str]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for line in lines:
        match = LINE.match(line)
        if match:
            found.setdefault(match["path"], []).append(match["code"])
    return {path: tuple(codes) for path, codes in found.items()}


def test_the_repository_has_enough_articles() -> None:
    assert len(ARTICLES) >= 20


def test_text_output_over_the_whole_repository(repo: Path) -> None:
    done = hc("check", ".", cwd=repo)
    assert done.returncode == 1, done.stderr
    assert done.stderr == ""  # no progress, no colour: stdout is not a terminal
    lines = done.stdout.splitlines()
    expected = {path: codes for path, codes in expected_codes().items() if codes}
    assert _codes(lines) == expected
    assert "\x1b[" not in done.stdout
    for skipped in NOT_CHECKED:
        assert skipped not in done.stdout
    assert lines[-1] == (
        "28 files, 24 claims: 11 supported, 9 mismatched, 1 unsupported, 1 date-uncertain;"
        " 6 input errors;"
        " 2 suppressed. 15 failures (--fail-on mismatch)."
    )


def test_text_line_shows_position_and_arithmetic(repo: Path) -> None:
    done = hc("check", "news/hk-blockchain.md", "news/magnitude.md", cwd=repo)
    lines = done.stdout.splitlines()
    source = (repo / "news" / "hk-blockchain.md").read_text(encoding="utf-8").splitlines()
    first = LINE.match(lines[0])
    assert first is not None
    assert source[int(first["line"]) - 1][int(first["col"]) - 1 :].startswith("$6.4M")
    assert re.fullmatch(
        r"headline claims \$6\.4M; body has HKD 50 million = USD 6\.3\d million at "
        r"7\.8\d+ HKD per USD \(ECB 2023-08-29.*\): supported",
        first["msg"],
    )
    assert lines[1] == (
        "news/hk-blockchain.md:2:54: HC201 headline claims 150+ companies; "
        "body has more than 150 companies: supported"
    )
    assert re.match(
        r"news/magnitude\.md:2:30: HC111 headline claims \$6\.4B; .*magnitude_slip", lines[2]
    )


def test_good_articles_exit_zero_and_quiet_prints_nothing(repo: Path) -> None:
    good = ["news/hk-blockchain.md", "news/hkd-explicit.md", "news/percent.md", "feeds"]
    done = hc("check", *good, cwd=repo)
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[-1].endswith("No failures (--fail-on mismatch).")
    quiet = hc("check", "--quiet", *good, cwd=repo)
    assert (quiet.returncode, quiet.stdout) == (0, "")


def test_fail_on_unsupported(repo: Path) -> None:
    assert hc("check", "news/unsupported.md", cwd=repo).returncode == 0
    done = hc("check", "--fail-on", "unsupported", "news/unsupported.md", cwd=repo)
    assert done.returncode == 1
    assert "HC103" in done.stdout


def test_bad_files_do_not_stop_the_others(repo: Path) -> None:
    done = hc("check", "broken", "news/percent.md", cwd=repo)
    assert done.returncode == 1
    codes = _codes(done.stdout.splitlines())
    assert codes["news/percent.md"] == ("HC301",)
    assert codes["broken/bad-yaml.md"] == ("HC903",)
    assert "broken/bad-yaml.md:3:" in done.stdout
    assert "broken/bad-date.md:3:7: HC905 bad publication date '2023-02-30'" in done.stdout


def test_json_document(repo: Path) -> None:
    done = hc("check", "--format", "json", ".", cwd=repo)
    assert done.returncode == 1
    document = json.loads(done.stdout)
    assert document["schema"] == "headlinecheck.run/1"
    assert document["exit_code"] == 1
    assert document["summary"]["files"] == 28
    assert document["summary"]["suppressed"] == 2
    found: dict[str, list[str]] = {}
    for finding in document["findings"]:
        if not finding["suppressed"]:
            found.setdefault(finding["path"], []).append(finding["code"])
    assert {p: tuple(c) for p, c in found.items()} == {
        p: c for p, c in expected_codes().items() if c
    }
    by_path = {entry["path"]: entry["reports"] for entry in document["files"]}
    [report] = by_path["news/magnitude.md"]
    assert report["schema"] == "headlinecheck.report/1"
    assert report["published"] == "2023-08-29"
    assert report["claims"][0]["diagnosis"] == "magnitude_slip"
    assert len(by_path["feeds/records.jsonl"]) == 2
    assert by_path["broken/binary.md"] == []


def test_sarif_is_valid_against_the_schema(repo: Path) -> None:
    done = hc("check", "--format", "sarif", ".", cwd=repo)
    assert done.returncode == 1
    log = json.loads(done.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    ids = {
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"])
        for r in results
    }
    assert ("news/inverted.md", "HC112") in ids
    assert ("broken/latin1.md", "HC902") in ids
    assert not {r["ruleId"] for r in results} & {"HC101", "HC201", "HC301"}
    suppressed = [r for r in results if r.get("suppressions")]
    assert {r["ruleId"] for r in suppressed} == {"HC110", "HC111"}


def test_github_annotations(repo: Path) -> None:
    done = hc("check", "--format", "github", "news", cwd=repo)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert (
        "::error file=news/digit.md,line=2,col=30,endColumn=35,title=HC113 money-digit-slip::"
        "headline claims $4.6M; body has HKD 50 million = " in "\n".join(lines)
    )
    assert any(
        line.startswith("::warning file=news/unsupported.md,line=2,col=30") for line in lines
    )
    assert all(line.startswith("::") for line in lines[:-1])
    assert not any("HC101" in line for line in lines)


def test_gitignore_is_respected_unless_named(repo: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    walked = hc("check", ".", cwd=repo)
    assert "drafts/wip.md" not in walked.stdout
    named = hc("check", "drafts/wip.md", cwd=repo)
    assert named.returncode == 1
    assert "drafts/wip.md:2:30: HC111" in named.stdout
    forced = hc("check", "--force-exclude", "drafts/wip.md", "archive/old.md", cwd=repo)
    assert forced.returncode == 0
    assert forced.stdout.startswith("0 files, 0 claims: 0 supported")


def test_exclude_flag_and_globs(repo: Path) -> None:
    done = hc("check", "--exclude", "broken", "--exclude", "news/*.md", ".", cwd=repo)
    assert set(_codes(done.stdout.splitlines())) == {
        "news/plain.txt",
        "feeds/records.jsonl",
        "feeds/one.json",
        "wire/hk-wire.md",
    }
    globbed = hc("check", "news/*-explicit.md", "**/one.json", cwd=repo)
    assert set(_codes(globbed.stdout.splitlines())) == {"news/hkd-explicit.md", "feeds/one.json"}


def test_parallel_jobs_give_the_same_output(repo: Path) -> None:
    serial = hc("check", "--jobs", "1", "--format", "json", ".", cwd=repo)
    parallel = hc("check", "--jobs", "2", "--format", "json", ".", cwd=repo)
    assert json.loads(serial.stdout) == json.loads(parallel.stdout)


def test_headline_and_body_from_stdin(tmp_path: Path) -> None:
    body = "The city set aside HKD 50 million for the fund.\n"
    args = ["check", "--headline", "City Sets Aside $6.4B", "--body-file", "-"]
    done = hc(*args, "--date", "2023-08-29", cwd=tmp_path, stdin=body)
    assert done.returncode == 1
    assert done.stdout.startswith("<stdin>:1:17: HC111 headline claims $6.4B;")
    fine = hc(
        *args, "--date", "2023-08-29", "--dollar", "USD", cwd=tmp_path, stdin=body.replace("B", "M")
    )
    assert fine.returncode == 1  # the body was not what changed: "$6.4B" is still a slip
    good = hc(
        "check",
        "--headline",
        "City Sets Aside $6.4M",
        "--body-file",
        "-",
        "--date",
        "2023-08-29",
        cwd=tmp_path,
        stdin=body,
    )
    assert good.returncode == 0, good.stdout
    assert "HC101" in good.stdout


def test_flags_override_front_matter_and_config(repo: Path) -> None:
    # The article says 2023-08-29; at a date before the rates start nothing can be converted.
    done = hc("check", "--date", "1990-01-01", "news/magnitude.md", cwd=repo)
    assert done.returncode == 0
    assert (
        "HC103 headline claims $6.4B; “HKD 50 million” skipped: no HKD/USD rate for 1990-01-01"
        in done.stdout
    )
    # A bare $ pinned to HKD makes "$50M" the body's own HKD 50 million.
    pinned = hc("check", "--dollar", "HKD", "news/currency-confusion.md", cwd=repo)
    assert pinned.returncode == 0, pinned.stdout
    assert "HC101" in pinned.stdout


@pytest.mark.parametrize(("args", "message"), rows("inputs/cli_usage_errors.yaml"))
def test_usage_errors_exit_two_with_one_line(repo: Path, args: list[str], message: str) -> None:
    done = hc(*args, cwd=repo)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_argparse_errors_exit_two(repo: Path) -> None:
    done = hc("check", "--format", "xml", ".", cwd=repo)
    assert done.returncode == 2
    assert "invalid choice: 'xml'" in done.stderr


def test_bad_config_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / ".headlinecheck.toml").write_text("tolerance = 'lots'\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("# A $5M deal\nUSD 5 million.\n", encoding="utf-8")
    done = hc("check", "a.md", cwd=tmp_path)
    assert done.returncode == 2
    assert ".headlinecheck.toml" in done.stderr and "tolerance" in done.stderr


def test_config_command_prints_effective_settings(repo: Path) -> None:
    done = hc("config", "wire/hk-wire.md", "--dollar", "hkd", cwd=repo)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"# source: {(repo / 'pyproject.toml').resolve()}"
    assigned = {line.split(" # ")[0].rstrip() for line in lines}
    assert 'tolerance = "0.01"' in assigned  # from the wire/** override
    assert 'dollar = "HKD"' in assigned  # from the flag
    assert 'exclude = ["archive"]' in assigned
    document = json.loads(hc("config", "--json", "news", cwd=repo).stdout)
    assert document["settings"]["max-bytes"] == 200000
    assert document["settings"]["tolerance"] == "0.005"  # the checker's default, in effect
    assert document["origins"]["tolerance"] == "default"


def test_config_of_a_missing_path_is_a_usage_error(repo: Path) -> None:
    done = hc("config", "news/no-such-article.md", cwd=repo)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("headlinecheck: error: news/no-such-article.md")
    assert "no such file or directory" in done.stderr


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_and_colour_only_on_a_terminal(tmp_path: Path) -> None:
    import pty

    body = "The city set aside HKD 50 million.\n"
    for index in range(30):
        (tmp_path / f"a{index:02d}.md").write_text(
            f'---\ntitle: "City Sets Aside $6.4M, Plan {index}"\ndate: 2023-08-29\n---\n\n{body}',
            encoding="utf-8",
        )
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["TERM"] = "xterm"
    # stderr on a terminal, stdout piped: progress, but no colour in the piped output.
    leader, follower = pty.openpty()
    done = subprocess.run(
        [*COMMAND, "check", "--jobs", "2", "."],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=follower,
        env=env,
        timeout=300,
    )
    os.close(follower)
    progress = _read_all(leader).decode()
    os.close(leader)
    assert done.returncode == 0
    assert "headlinecheck: 30/30 files" in progress
    assert b"\x1b[" not in done.stdout
    # stdout on a terminal: colour; stderr piped: no progress.
    leader, follower = pty.openpty()
    done = subprocess.run(
        [*COMMAND, "check", "."],
        cwd=tmp_path,
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env,
        timeout=300,
    )
    os.close(follower)
    shown = _read_all(leader).decode()
    os.close(leader)
    assert "\x1b[32mHC101\x1b[0m" in shown
    assert done.stderr == b""


def test_config_ignore_and_per_path_override(tmp_path: Path) -> None:
    (tmp_path / ".headlinecheck.toml").write_text(
        '[[overrides]]\npaths = ["legacy"]\nignore = ["HC111"]\n', encoding="utf-8"
    )
    article = '---\ntitle: "City Sets Aside $6.4B"\ndate: 2023-08-29\n---\n\nHKD 50 million.\n'
    for folder in ("legacy", "news"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.md").write_text(article, encoding="utf-8")
    done = hc("check", ".", cwd=tmp_path)
    assert done.returncode == 1
    assert _codes(done.stdout.splitlines()) == {"news/a.md": ("HC111",)}
    assert "; 1 suppressed. 1 failure" in done.stdout
    assert hc("check", "legacy", cwd=tmp_path).returncode == 0


def test_article_without_a_date_is_date_uncertain(repo: Path) -> None:
    done = hc("check", "news/heading-only.md", cwd=repo)
    assert done.returncode == 0  # a warning: fails only with --fail-on unsupported
    assert re.fullmatch(
        r"news/heading-only\.md:1:19: HC104 headline claims \$6\.4M; body has HKD 50 million = "
        r"USD 6\.\d+ million at 7\.\d+–7\.\d+ HKD per USD \(ECB, \d{4}-\d\d-\d\d to "
        r"\d{4}-\d\d-\d\d, no single date\): supported, date uncertain",
        done.stdout.splitlines()[0],
    ), done.stdout
    assert "1 date-uncertain" in done.stdout
    assert hc("check", "--fail-on", "unsupported", "news/heading-only.md", cwd=repo).returncode == 1


def test_settings_reach_the_checker_in_order(repo: Path) -> None:
    def options(*args: str) -> dict[str, object]:
        document = json.loads(hc("check", "--format", "json", *args, cwd=repo).stdout)
        [entry] = document["files"]
        [report] = entry["reports"]
        return dict(report["options"])

    assert options("news/digit.md")["tolerance"] == "0.005"  # the checker's default
    assert options("wire/hk-wire.md")["tolerance"] == "0.01"  # the wire/** override
    assert options("--tolerance", "0", "wire/hk-wire.md")["tolerance"] == "0"  # a flag, even 0
    assert options("--fail-on", "unsupported", "news/digit.md")["unsupported"] == "fail"


def test_bad_article_settings_are_input_errors(tmp_path: Path) -> None:
    head = '---\ntitle: "City Sets Aside $6.4M"\ndate: 2023-08-29\n'
    body = "---\n\nThe city set aside HKD 50 million.\n"
    (tmp_path / "a.md").write_text(head + "headlinecheck: {tolerance: 5}\n" + body, "utf-8")
    (tmp_path / "b.md").write_text(head + "locale: xx_QQ\n" + body, "utf-8")
    done = hc("check", ".", cwd=tmp_path)
    assert done.returncode == 1
    assert _codes(done.stdout.splitlines()) == {"a.md": ("HC907",), "b.md": ("HC907",)}
    assert "tolerance" in done.stdout and "xx_QQ" in done.stdout
