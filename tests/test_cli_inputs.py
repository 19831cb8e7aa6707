"""What `headlinecheck check` and `rates` do with bad or odd input: argument values, stdin (a '-'
path, a byte-order mark), body files, configuration files, front matter settings, output that
cannot be written, rates targets; one clear error line, never a traceback. Run in-process
through ``cli.main``."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from corpus_cases import rows
from headlinecheck.cli import main

ARTICLE = "---\ntitle: City sets aside $6.4M\ndate: 2023-08-29\n---\nIt set aside HKD 50 million.\n"


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


def test_a_dash_path_is_a_markdown_article_on_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
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


def test_output_that_cannot_be_written_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
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


def _check(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str], *flags: str) -> str:
    (tmp_path / "a.md").write_text(text, "utf-8")
    main(["check", "--quiet", *flags, str(tmp_path / "a.md")])
    return capsys.readouterr().out.splitlines()[0]


@pytest.mark.parametrize(
    ("settings", "where", "message"), rows("inputs/front_matter_settings.yaml")
)
def test_a_bad_front_matter_setting_is_reported_on_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], settings: str, where: str, message: str
) -> None:
    text = f"---\ntitle: Sales hit $8M\ndate: 2022-12-22\n{settings}---\nUSD 7.9 million.\n"
    line = _check(tmp_path, text, capsys)
    assert where in line and message in line


def test_an_empty_headline_flag_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("The city set aside HKD 50 million.\n"))
    assert main(["check", "--headline", "  ", "--body-file", "-"]) == 2
    assert "--headline is empty" in capsys.readouterr().err


def test_a_byte_order_mark_on_stdin_does_not_shift_positions(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    monkeypatch.setattr("sys.stdin", io.StringIO("\ufeff$5M"))
    assert main(["extract", "--json", "-"]) == 0
    [figure] = json.loads(capsys.readouterr().out)["figures"]
    assert (figure["start"], figure["end"]) == (0, 3)
    monkeypatch.setattr("sys.stdin", io.StringIO("\ufeffIt cost $5 million."))
    main(["check", "--format", "json", "--headline", "A $5M", "--body-file", "-"])
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert finding["evidence"]["column"] == 9


def test_sarif_tells_config_suppressions_from_article_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    (tmp_path / ".headlinecheck.toml").write_text('ignore = ["HC302"]\n', "utf-8")
    (tmp_path / "a.md").write_text(
        "---\ntitle: Sales up 45% to $8M\ndate: 2022-12-22\nheadlinecheck: {ignore: [HC102]}\n"
        "---\nSales rose 20% to USD 3 million.\n",
        "utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--format", "sarif", "a.md"]) == 0
    results = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    kinds = {r["ruleId"]: [s["kind"] for s in r["suppressions"]] for r in results}
    assert kinds == {"HC302": ["external"], "HC102": ["inSource"]}
