"""`headlinecheck rates show|verify`: output, exit codes, and clean errors (never a traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest

from headlinecheck.cli import main

DATA = Path(__file__).parent / "data" / "rates"


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep the rate cache these commands write out of the user's home directory."""
    from headlinecheck.rates import clear_default_cache

    monkeypatch.setenv("HEADLINECHECK_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    clear_default_cache()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_show_bundled(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "rates", "show", "USD", "HKD", "--date", "2023-02-22")
    assert code == 0, err
    assert out.splitlines()[0] == "USD/HKD 7.84592258549"
    assert "date used: 2023-02-22\n" in out
    assert "source: ECB, path: via EUR" in out


def test_show_weekend_says_which_date_was_used(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "rates", "show", "usd", "hkd", "--date", "2023-08-26")
    assert code == 0
    assert "date used: 2023-08-25 (latest on or before 2023-08-26)" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["USD", "HKD", "--date", "2023-08-26", "--strict"], "strict: exact date only"),
        (["USD", "HKD", "--date", "2023-08-26", "--max-age", "0"], "latest earlier rate"),
        (["USD", "XYZ", "--date", "2023-02-22"], "unknown currency 'XYZ'"),
        (["USD", "ARS", "--date", "2023-02-22"], "not in the rate table"),
        (["USD", "HKD", "--date", "1990-01-01"], "before the data"),
        (["USD", "HKD", "--date", "2099-01-01"], "rates update"),
    ],
)
def test_show_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = _run(capsys, "rates", "show", *argv)
    assert code == 2
    assert out == ""
    assert err.startswith("headlinecheck: error: ")
    assert message in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_show_with_extra_rates_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys,
        "rates", "show", "USD", "HKD", "--date", "2023-02-22",
        "--rates", str(DATA / "small.csv"), "--rates", str(DATA / "newsroom.csv"),
    )  # fmt: skip
    assert code == 0
    assert out.startswith("USD/HKD 7.8480\n")
    assert "source: HKMA, path: direct" in out


def test_show_bad_rates_file_names_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("date,base,quote,rate,source\n2023-02-22,USD,HKD,7.8o,DESK\n")
    code, _, err = _run(capsys, "rates", "show", "USD", "HKD", "--date", "2023-02-22",
                        "--rates", str(bad))  # fmt: skip
    assert code == 2
    assert f"{bad}:2: rate is not a plain decimal number (got '7.8o')" in err


def test_bad_date_argument_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["rates", "show", "USD", "HKD", "--date", "22/02/2023"])
    assert info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_rates_without_action(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "rates")
    assert code == 2
    assert "choose an action" in err


def test_verify_bundled_lists_exactly_the_peg_outliers(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "rates", "verify")
    assert code == 0
    warnings = [line.split()[1] for line in out.splitlines() if line.startswith("warning:")]
    assert warnings == ["2009-03-23", "2009-03-26", "2013-04-02"]
    assert "warning: 2009-03-26 USD/HKD 7.68567649004 outside 7.749225..7.850785" in out
    assert out.splitlines()[0].endswith("sources ECB")


def test_verify_strict_and_custom_band(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "rates", "verify", "--strict")
    assert code == 1
    code, out, _ = _run(capsys, "rates", "verify", "--band", "7.60", "7.90", "--strict")
    assert code == 0
    assert "0 day(s)" in out
    code, out, _ = _run(
        capsys, "rates", "verify", str(DATA / "small.csv"), "--pair", "EUR", "USD",
        "--band", "1.06", "1.5",
    )  # fmt: skip
    assert code == 0
    assert "warning: 2023-02-23" not in out
    assert "warning: 2023-02-24 EUR/USD 1.057" in out


def test_verify_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("date,base,quote,rate,source\n2023-02-22,EUR,USD,1.0644,ECB\n"
                   "2023-02-22,EUR,USD,1.1,ECB\n")  # fmt: skip
    code, _, err = _run(capsys, "rates", "verify", str(bad))
    assert code == 2
    assert f"{bad}:3: conflicting duplicate" in err


def test_verify_since_after_the_table_ends_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = _run(capsys, "rates", "verify", "--since", "2100-01-01")
    assert code == 2
    assert err.startswith("headlinecheck: error: --since 2100-01-01 is after the end of the rates")
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        (("USD", "XYZ"), "unknown currency 'XYZ' (not in ISO 4217)"),
        (("USD", "AED"), "unknown currency 'AED' (not in the rate table)"),
    ],
)
def test_verify_an_explicit_pair_the_table_cannot_check_is_an_error(
    capsys: pytest.CaptureFixture[str], pair: tuple[str, str], message: str
) -> None:
    code, _, err = _run(capsys, "rates", "verify", "--pair", *pair)
    assert code == 2
    assert message in err


def test_verify_default_pair_missing_from_a_file_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    euro_only = tmp_path / "euro.csv"
    euro_only.write_text("date,base,quote,rate,source\n2023-02-22,EUR,USD,1.0644,ECB\n")
    code, out, _ = _run(capsys, "rates", "verify", str(euro_only))
    assert code == 0
    assert "no USD/HKD rates to check against the band" in out


def test_verify_refuses_a_rate_too_large_for_decimal_arithmetic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "huge.csv"
    bad.write_text("date,base,quote,rate,source\n2023-02-22,EUR,USD,10000000000000000000000000,X\n")
    code, _, err = _run(capsys, "rates", "verify", str(bad))
    assert code == 2
    assert "huge.csv:2:" in err
    assert "10000000000000000000000000" in err
    assert "Traceback" not in err


def test_verify_refuses_a_fifo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    fifo = tmp_path / "rates.csv"
    os.mkfifo(fifo)
    code, _, err = _run(capsys, "rates", "verify", str(fifo))
    assert code == 2
    assert "not a regular file" in err


def test_verify_checks_and_rebuilds_the_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "rates.csv"
    source.write_bytes((DATA / "small.csv").read_bytes())
    code, out, err = _run(capsys, "rates", "verify", str(source))
    assert code == 0, err
    assert "cache: absent, written" in out
    code, out, _ = _run(capsys, "rates", "verify", str(source))
    assert "cache: intact" in out
    from headlinecheck.rates import cache_file, default_cache_dir

    written = cache_file(default_cache_dir(), source.resolve())
    data = bytearray(written.read_bytes())
    data[data.index(b"8.3885")] = ord("9")
    written.write_bytes(bytes(data))
    code, out, _ = _run(capsys, "rates", "verify", str(source))
    assert "cache: checksum mismatch (corrupt or edited); rebuilt" in out
