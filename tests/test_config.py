"""Configuration discovery, validation, per-path overrides and precedence."""

from __future__ import annotations

import importlib
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from corpus_cases import rows
from headlinecheck import config as cfg
from headlinecheck.errors import ConfigError


@pytest.fixture(autouse=True)
def _fresh_discovery() -> None:
    cfg._discover.cache_clear()


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_found_by_walking_up(tmp_path: Path) -> None:
    source = _write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.headlinecheck]\ntolerance = "1%"\ndollar = "hkd"\n'
        'fail-on = "unsupported"\nrates = ["data/extra.csv"]\nexclude = ["drafts"]\n',
    )
    article = _write(tmp_path / "news" / "2023" / "a.md", "# x\n")
    config = cfg.discover(article)
    assert config.source == source.resolve()
    settings = config.for_path(article.resolve())
    assert settings.tolerance == Decimal("0.01")
    assert settings.dollar == "HKD"
    assert settings.fail_on == "unsupported"
    assert settings.rates == (tmp_path.resolve() / "data" / "extra.csv",)
    assert config.excludes((tmp_path / "drafts" / "b.md").resolve())
    assert not config.excludes(article.resolve())


def test_headlinecheck_toml_wins_and_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    _write(tmp_path / ".headlinecheck.toml", "tolerance = 0.002\n")
    _write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    _write(tmp_path / "pyproject.toml", "[tool.headlinecheck]\ntolerance = 0.3\n")
    config = cfg.discover(tmp_path / "sub" / "a.md")
    assert config.source == (tmp_path / ".headlinecheck.toml").resolve()
    assert config.settings.tolerance == Decimal("0.002")


def test_no_config_gives_defaults(tmp_path: Path) -> None:
    config = cfg.discover(tmp_path / "a.md")
    if config.source is None:  # a config file above tmp_path would be found, legitimately
        assert config.settings == cfg.Settings()
        assert config.include == cfg.DEFAULT_INCLUDE


def test_overrides_apply_in_order_and_flags_win(tmp_path: Path) -> None:
    _write(
        tmp_path / ".headlinecheck.toml",
        'dollar = "USD"\ntolerance = 0.005\n\n'
        '[[overrides]]\npaths = ["hk/**"]\ndollar = "HKD"\n\n'
        '[[overrides]]\npaths = ["hk/wire"]\ntolerance = "2%"\nignore = ["HC103"]\n',
    )
    config = cfg.discover(tmp_path)
    root = tmp_path.resolve()
    assert config.for_path(root / "a.md").dollar == "USD"
    assert config.for_path(root / "hk" / "a.md").dollar == "HKD"
    wire = config.for_path(root / "hk" / "wire" / "b.md")
    assert (wire.dollar, wire.tolerance, wire.ignore) == (
        "HKD",
        Decimal("0.02"),
        frozenset({"HC103"}),
    )
    flags = cfg.settings_values({"dollar": "sgd", "date": "2024-01-31"}, "command line")
    flagged = config.for_path(root / "hk" / "a.md", flags)
    assert (flagged.dollar, flagged.published) == ("SGD", date(2024, 1, 31))


@pytest.mark.parametrize(("toml", "message"), rows("inputs/config_values.yaml"))
def test_invalid_config_names_file_and_problem(tmp_path: Path, toml: str, message: str) -> None:
    path = _write(tmp_path / ".headlinecheck.toml", toml)
    with pytest.raises(ConfigError) as caught:
        cfg.discover(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_fields_and_max_bytes(tmp_path: Path) -> None:
    _write(
        tmp_path / ".headlinecheck.toml",
        "max-bytes = 1000\nfields = { headline = 'title', published = 'date' }\n",
    )
    settings = cfg.discover(tmp_path).settings
    assert settings.max_bytes == 1000
    assert settings.fields == ("title", "body", "date")


def test_matches_patterns() -> None:
    path = PurePosixPath("news/drafts/2023/a.tmp.md")
    assert cfg.matches(path, ["drafts"])
    assert cfg.matches(path, ["*.tmp.md"])
    assert cfg.matches(path, ["news/drafts"])
    assert cfg.matches(path, ["news/*/2023/"])
    assert cfg.matches(path, ["./news/**"])
    assert not cfg.matches(path, ["draft"])
    assert not cfg.matches(path, ["drafts/2023"])  # with a '/', patterns anchor at the root


def test_tolerance_forms() -> None:
    assert cfg.parse_tolerance("0.5%", "x") == Decimal("0.005")
    assert cfg.parse_tolerance(0.005, "x") == Decimal("0.005")
    assert cfg.parse_tolerance("0", "x") == Decimal(0)
    for bad in (True, "-1", "100%", "nan"):
        with pytest.raises(ConfigError):
            cfg.parse_tolerance(bad, "x")


def test_render_is_valid_toml(tmp_path: Path) -> None:
    # tomllib is in the standard library from 3.11; tomli is the same code for 3.10 (as src does).
    tomllib: Any = importlib.import_module("tomllib" if sys.version_info >= (3, 11) else "tomli")

    _write(
        tmp_path / "pyproject.toml",
        "[tool.headlinecheck]\ntolerance = '1%'\ndate = 2023-08-29\n"
        "[[tool.headlinecheck.overrides]]\npaths = ['hk']\ndollar = 'HKD'\n",
    )
    from headlinecheck.cli import config_cmd

    config = cfg.discover(tmp_path)
    article = tmp_path.resolve() / "x.md"
    table = config_cmd.effective(config, config.for_path(article))
    text = config_cmd.render(config, table, config.origins(article), "x.md", [])
    table = tomllib.loads(text)["tool"]["headlinecheck"]
    assert table["tolerance"] == "0.01"
    assert table["date"] == "2023-08-29"
    assert table["overrides"] == [{"paths": ["hk"], "dollar": "HKD"}]
    assert text.startswith(f"# source: {(tmp_path / 'pyproject.toml').resolve()}")


def test_a_broken_pyproject_that_does_not_mention_us_is_not_ours_to_judge(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", "[project\nname = \n")
    assert cfg.discover(tmp_path / "article.md").source is None


def test_a_broken_pyproject_that_configures_us_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", "[tool.headlinecheck]\ntolerance = \n")
    with pytest.raises(ConfigError, match=r"pyproject\.toml: invalid TOML"):
        cfg.discover(tmp_path / "article.md")


def test_ignore_codes_are_case_insensitive(tmp_path: Path) -> None:
    # "hc313" used to be kept as written and so never matched the upper-case HC313 finding.
    path = _write(tmp_path / ".headlinecheck.toml", 'ignore = ["hc313", "all", "HC101"]\n')
    assert cfg.settings_values({"ignore": ["hc313", "all", "HC101"]}, path)["ignore"] == {
        "HC313",
        "all",
        "HC101",
    }


def test_a_number_too_long_to_print_is_refused_as_front_matter_is(tmp_path: Path) -> None:
    # One owner for the limit (articles.limits.data_problem), for configuration and front matter.
    from headlinecheck.articles.limits import data_problem

    huge = int("f" * 800, 16)
    source = _write(tmp_path / ".headlinecheck.toml", f"max-bytes = 0x{'f' * 800}\n")
    with pytest.raises(ConfigError) as raised:
        cfg.discover(tmp_path)
    assert raised.value.problem == f"invalid TOML: {data_problem(huge)}"
    assert "digits" in raised.value.problem and str(raised.value.path) == str(source)
    _write(tmp_path / ".headlinecheck.toml", f"max-bytes = 0x{'f' * 700}\n")
    cfg._discover.cache_clear()
    # About 840 digits: under the limit, so read as a (large) size.
    assert cfg.discover(tmp_path).settings.max_bytes == int("f" * 700, 16)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rate-horizon-days = true\n", "'rate-horizon-days' must be a whole number from 0 to 3660"),
        ("rate-horizon-days = 4000\n", "from 0 to 3660"),
        ('stale-rates-exit-code = "3"\n', "'stale-rates-exit-code' must be a whole number"),
        ("rates-only = 1\n", "'rates-only' must be true or false"),
    ],
)
def test_rate_settings_are_validated(tmp_path: Path, text: str, message: str) -> None:
    _write(tmp_path / ".headlinecheck.toml", f'dollar = "USD"\n{text}')
    with pytest.raises(ConfigError, match=message) as raised:
        cfg.discover(tmp_path)
    assert raised.value.line == 2


def test_rate_settings_apply_per_path(tmp_path: Path) -> None:
    _write(
        tmp_path / ".headlinecheck.toml",
        "rate-horizon-days = 30\nstale-rates-exit-code = 3\n"
        '[[overrides]]\npaths = ["live"]\nrate-horizon-days = 7\n',
    )
    config = cfg.discover(tmp_path)
    assert config.for_path(tmp_path / "a.md").rate_horizon_days == 30
    assert config.for_path(tmp_path / "live" / "a.md").rate_horizon_days == 7
    assert config.settings.stale_rates_exit_code == 3
