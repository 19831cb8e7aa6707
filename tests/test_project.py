"""Project-level promises: README commands are what CI runs; the package imports cheaply."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", quick_start)


def test_readme_has_two_quick_start_commands() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    assert "headlinecheck check" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _readme_commands()[1] in ci_lines


def test_import_does_not_load_heavy_modules() -> None:
    code = (
        "import sys, headlinecheck; "
        "heavy = [m for m in ('babel', 'requests', 'yaml', 'headlinecheck.rates')"
        " if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_python_dash_m_runs_the_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "headlinecheck", "--help"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert "usage: headlinecheck" in out.stdout


def test_public_functions_survive_import_of_their_modules() -> None:
    # `check` and `extract` are both functions and submodules; the functions must win whatever
    # order things are imported in.
    code = (
        "import headlinecheck as hc, headlinecheck.checking, headlinecheck.extraction;"
        "hc.Report; hc.Figure;"
        "print(callable(hc.check), callable(hc.extract), hc.check.__module__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True", "headlinecheck.checking"]


def test_readme_python_example_says_what_the_code_does() -> None:
    from datetime import date
    from decimal import Decimal

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = re.findall(r"```python\n(.+?)```", text, re.S)[0]
    namespace: dict[str, object] = {}
    exec(snippet, namespace)
    report, claim = namespace["report"], namespace["claim"]
    assert report.ok is True  # type: ignore[attr-defined]
    assert claim.verdict.value == "supported"  # type: ignore[attr-defined]
    assert claim.evidence.text == "HKD 50 million"  # type: ignore[attr-defined]
    assert claim.rate.value == Decimal("0.127438952460")  # type: ignore[attr-defined]
    assert claim.rate.used == date(2023, 8, 29)  # type: ignore[attr-defined]


def test_every_public_name_of_ours_says_what_it_is() -> None:
    import headlinecheck as hc

    # help(headlinecheck) showed RatePath without a word; Kind, Qualifier and Verdict are the
    # checker's and extractor's modules (reported, not changed here).
    assert (hc.RatePath.__doc__ or "").strip()
    assert (hc.RateTable.__doc__ or "").strip()
    assert (hc.Rate.__doc__ or "").strip()
