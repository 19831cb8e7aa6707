"""The rate settings of `headlinecheck check` (issue 11, item 5): ``--rates`` desk rows on top
of the bundled table, ``--rates-only`` instead of it, the rate horizon and HC123's exit status."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from headlinecheck import config as cfg
from headlinecheck.checking.values import DEFAULT_RATE_HORIZON_DAYS
from headlinecheck.cli import main
from headlinecheck.rates import RateTable

ARTICLE = """---
title: "Firm raises $10 million"
date: 2023-08-29
---

The firm raised HK$78.5 million from investors.
"""
#: USD/HKD 3.92 instead of the ECB's 7.85 that day: HK$78.5 million is then USD 20 million.
DESK = "date,base,quote,rate,source\n2023-08-29,EUR,HKD,4.2385,DESK\n"
HORIZON_HEADLINE = "Hong Kong firm posts $2 billion profit"
HORIZON_BODY = "The firm posted a profit of HK$15.6 billion for the year."


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, cwd: Path, *args: str
) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    monkeypatch.delenv("HEADLINECHECK_OUTPUT_FORMAT", raising=False)
    cfg._discover.cache_clear()  # each test writes its own configuration files
    try:
        code = main(list(args))
    except SystemExit as stop:  # argparse's own usage errors
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "desk.csv").write_text(DESK, encoding="utf-8")
    return tmp_path


@pytest.fixture
def late(tmp_path: Path, bundled_table: RateTable) -> Path:
    """An article dated 120 days after the bundled table's end: past the default horizon."""
    day = bundled_table.coverage[1] + timedelta(days=120)
    text = f'---\ntitle: "{HORIZON_HEADLINE}"\ndate: {day.isoformat()}\n---\n\n{HORIZON_BODY}\n'
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_config_default_horizon_is_the_checkers() -> None:
    assert cfg.DEFAULT_RATE_HORIZON_DAYS == DEFAULT_RATE_HORIZON_DAYS
    assert cfg.Settings().to_dict()["rate-horizon-days"] == DEFAULT_RATE_HORIZON_DAYS


def test_desk_rates_win_over_the_bundled_rows(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, monkeypatch, desk, "check", "a.md")
    assert code == 0 and "HC101" in out and "ECB 2023-08-29" in out
    code, out, _ = run(capsys, monkeypatch, desk, "check", "--rates", "desk.csv", "a.md")
    assert code == 1 and "USD 20 million at 3.9234 HKD per USD" in out


def test_desk_rates_keep_the_bundled_pairs_they_lack(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # EUR/USD is not in the desk file: --rates takes it from the bundled table, --rates-only
    # has none.
    _, out, _ = run(capsys, monkeypatch, desk, "check", "--rates", "desk.csv", "a.md")
    assert "via EUR" in out
    code, out, _ = run(capsys, monkeypatch, desk, "check", "--rates-only", "desk.csv", "a.md")
    assert code == 0 and "HC103" in out and "unknown currency 'USD'" in out


def test_the_rates_setting_adds_and_rates_only_replaces(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = desk / ".headlinecheck.toml"
    config.write_text('rates = ["desk.csv"]\n', encoding="utf-8")
    _, out, _ = run(capsys, monkeypatch, desk, "check", "a.md")
    assert "3.9234 HKD per USD" in out
    config.write_text('rates = ["desk.csv"]\nrates-only = true\n', encoding="utf-8")
    _, out, _ = run(capsys, monkeypatch, desk, "check", "a.md")
    assert "HC103" in out
    # A --rates flag is desk rates on top of the bundled table, whatever the file says.
    _, out, _ = run(capsys, monkeypatch, desk, "check", "--rates", "desk.csv", "a.md")
    assert "3.9234 HKD per USD" in out


def test_rates_and_rates_only_together_are_refused(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ("check", "--rates", "desk.csv", "--rates-only", "desk.csv", "a.md")
    code, out, err = run(capsys, monkeypatch, desk, *args)
    assert code == 2 and out == "" and "not both" in err


def test_a_bad_rates_only_value_names_file_and_line(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (desk / ".headlinecheck.toml").write_text('rates-only = "yes"\n', encoding="utf-8")
    code, _, err = run(capsys, monkeypatch, desk, "check", "a.md")
    assert code == 2 and ".headlinecheck.toml:1" in err and "'yes'" in err


def test_past_the_horizon_is_hc123_and_a_longer_one_carries_the_rate(
    late: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, monkeypatch, late, "check", "a.md")
    assert code == 1 and "HC123" in out
    code, out, _ = run(capsys, monkeypatch, late, "check", "--rate-horizon-days", "150", "a.md")
    assert "HC123" not in out and "HC101" in out


def test_the_horizon_setting_and_its_errors(
    late: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = late / ".headlinecheck.toml"
    config.write_text('dollar = "USD"\nrate-horizon-days = 150\n', encoding="utf-8")
    _, out, _ = run(capsys, monkeypatch, late, "check", "a.md")
    assert "HC123" not in out and "HC101" in out
    # The flag wins over the file.
    code, out, _ = run(capsys, monkeypatch, late, "check", "--rate-horizon-days", "30", "a.md")
    assert code == 1 and "HC123" in out
    config.write_text('dollar = "USD"\nrate-horizon-days = -3\n', encoding="utf-8")
    code, out, err = run(capsys, monkeypatch, late, "check", "a.md")
    assert code == 2 and out == ""
    assert ".headlinecheck.toml:2" in err and "rate-horizon-days" in err and "-3" in err
    config.unlink()
    code, _, err = run(capsys, monkeypatch, late, "check", "--rate-horizon-days", "soon", "a.md")
    assert code == 2 and "--rate-horizon-days" in err and "soon" in err


def test_the_stale_rates_exit_code_and_quiet(
    late: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(
        capsys, monkeypatch, late, "check", "-q", "--stale-rates-exit-code", "3", "a.md"
    )
    assert code == 3 and "HC123" in out
    # 0: reported (even with -q), but the run passes.
    (late / ".headlinecheck.toml").write_text("stale-rates-exit-code = 0\n", encoding="utf-8")
    code, out, _ = run(capsys, monkeypatch, late, "check", "-q", "a.md")
    assert code == 0 and "HC123" in out
    # Another failure in the run still gives 1.
    (late / "b.md").write_text(ARTICLE.replace("HK$78.5", "HK$785"), encoding="utf-8")
    code, out, _ = run(capsys, monkeypatch, late, "check", "-q", ".")
    assert code == 1 and "HC123" in out and "b.md:2:21: HC102" in out


def test_the_stale_rates_exit_code_is_one_per_run(
    late: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (late / ".headlinecheck.toml").write_text(
        '[[overrides]]\npaths = ["news"]\nstale-rates-exit-code = 4\n', encoding="utf-8"
    )
    code, _, err = run(capsys, monkeypatch, late, "check", "a.md")
    assert code == 2 and ":3" in err and "whole run" in err
    code, _, err = run(capsys, monkeypatch, late, "check", "--stale-rates-exit-code", "300", "a.md")
    assert code == 2 and "--stale-rates-exit-code" in err and "300" in err


def test_config_shows_the_rate_settings(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (desk / ".headlinecheck.toml").write_text(
        'rates = ["desk.csv"]\nrate-horizon-days = 30\n', encoding="utf-8"
    )
    code, out, _ = run(capsys, monkeypatch, desk, "config", "--stale-rates-exit-code", "5")
    assert code == 0
    assert "rate-horizon-days = 30" in out and ".headlinecheck.toml:2" in out
    assert "rates-only = false" in out and "on top of the bundled ECB rates" in out
    assert "stale-rates-exit-code = 5" in out and "(--stale-rates-exit-code)" in out


BODY_SLIP = """---
title: "Toyota plans 500 billion yen investment"
date: 2021-06-01
---

Toyota said it would invest 500 billion yen ($450 million) in batteries.
"""


def test_the_summary_counts_claims_and_body_conversions_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.md").write_text(BODY_SLIP, encoding="utf-8")
    code, out, _ = run(capsys, monkeypatch, tmp_path, "check", "a.md")
    assert code == 1 and "HC121" in out
    assert out.splitlines()[-1].startswith(
        "1 file, 1 claim: 1 supported, 0 mismatched, 0 unsupported; 1 body conversion off; "
        "0 input errors; 0 suppressed. 1 failure"
    )
    code, out, _ = run(capsys, monkeypatch, tmp_path, "check", "--format", "json", "a.md")
    summary = json.loads(out)["summary"]
    assert (summary["claims"], summary["mismatch"], summary["body_conversions"]) == (1, 0, 1)


def test_the_summary_counts_a_horizon_claim_apart(
    late: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, out, _ = run(capsys, monkeypatch, late, "check", "-q", "a.md")
    assert "1 claim: 0 supported, 0 mismatched, 0 unsupported, 1 beyond the rate horizon;" in out


def test_the_cli_reports_what_hc_check_reports(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # check_run calls check_figures with the full Options (the horizon is not a check()
    # argument): with default settings the report must be check()'s own.
    from headlinecheck.articles import Article, read_path
    from headlinecheck.checking import check

    _, out, _ = run(capsys, monkeypatch, desk, "check", "--format", "json", "a.md")
    (report,) = json.loads(out)["files"][0]["reports"]
    (article,) = read_path(desk / "a.md")
    assert isinstance(article, Article)
    expected = check(article.headline, article.body, published=article.published).to_dict()
    assert report == json.loads(json.dumps(expected, default=str))


def test_config_names_the_rates_flag_given(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, out, _ = run(capsys, monkeypatch, desk, "config", "--rates", "desk.csv")
    assert "rates-only = false" in out and "command line (--rates)" in out
    assert "command line (--rates-only)" not in out
    _, out, _ = run(capsys, monkeypatch, desk, "config", "--rates-only", "desk.csv")
    assert "rates-only = true" in out and "command line (--rates-only)" in out
