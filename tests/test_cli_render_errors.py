"""A bug while rendering or writing a report is one line and exit 2, never a traceback and
exit 1 (the code for findings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from headlinecheck.cli import main
from headlinecheck.report import stream


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_failing_renderer_is_an_internal_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
) -> None:
    body = tmp_path / "body.txt"
    body.write_text("The firm raised USD 5 million.", encoding="utf-8")

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("renderer bug\nsecond line")

    # The CLI writes a report file by file (report.stream); the whole-run renderers are the
    # same code, held to it by tests/test_report_stream.py.
    monkeypatch.setattr(stream.Stream, "add", broken)
    argv = ["check", "--headline", "Firm raises $5M", "--body-file", str(body), "--format", fmt]
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.err == (
        f"headlinecheck: error: internal error while writing the {fmt} report: "
        "RuntimeError: renderer bug\n"
    )
    assert captured.out == ""
