"""The one benchmark harness: interleaved runs, CPU and wall medians with min-max, peak memory.

Every ``benchmarks/bench_*.py`` built on it measures a list of ``Case`` objects the same way:

* **Interleaved.** Round after round, every case runs once, in an order rotated each round, so
  that a burst of load from another job on a shared machine hits every case alike instead of
  whichever ran during it. A/B comparisons (two implementations, or the same command against
  two source trees with ``--baseline``) are simply two cases of one run.
* **Long enough.** One sample repeats its case until it has taken at least ``--min-seconds``
  (default 1 s) of wall time; the number of repetitions is calibrated once, before the rounds,
  and reported per call.
* **CPU and wall.** Both are taken per sample: CPU time (``time.process_time`` in this process,
  ``os.wait4``'s user + system time for a child) is the steadier figure on a busy machine. The
  table shows the median with the minimum and maximum over the rounds.
* **Memory.** In-process cases get one extra, untimed call under ``tracemalloc`` (the peak of
  Python allocations during the call); commands get the child's own peak resident set size
  (from GNU time where installed: see ``GNU_TIME``), the median over the rounds.
* **No verdicts.** The table prints figures and ratios (to a reference case or a goal); nothing
  fails on an absolute time, which a shared machine cannot make stable.
* **Only real work.** Every command runs once before the rounds (``preflight``), and a run that
  exits 2 or whose check reports an input error is refused: a tree that cannot check (one with
  no ``data/fx_rates.csv``, say: every article a quick HC907) would otherwise be timed as if it
  had, and look fast.

``add_arguments`` gives every script the same options (``--rounds``, ``--min-seconds``,
``--quick``, ``--no-memory``); ``run`` measures and prints; ``Result`` holds the figures for
summary lines. ``--quick`` is for smoke tests: two rounds of short samples.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The scripts measure the tree they are in, not whichever headlinecheck the interpreter has
# installed (``python benchmarks/bench_x.py`` needs no PYTHONPATH; a PYTHONPATH given wins).
if "PYTHONPATH" not in os.environ and str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
#: Children run as users meet them: with byte-code caches written (a development shell may set
#: PYTHONDONTWRITEBYTECODE, which would make every run recompile the edited modules).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


@dataclass(frozen=True)
class Case:
    """One thing to measure: a callable run in this process, or a command run as a child.

    ``size`` (bytes handled per call) adds a MB/s column, ``items`` (articles, figures, pairs
    per call) an items/s column; ``reference`` names the case the "vs" column divides by.
    """

    name: str
    call: Callable[[], object] | None = None
    command: Sequence[str] | None = None
    cwd: Path | None = None
    env: Mapping[str, str] | None = None
    size: int = 0
    items: int = 0
    reference: str | None = None
    #: Fixed repetitions per sample instead of calibrating (``0``: calibrate).
    loops: int = 0

    def __post_init__(self) -> None:
        if (self.call is None) == (self.command is None):
            raise ValueError(f"{self.name}: give call or command, not both or neither")


@dataclass
class Result:
    """The samples of one case: per-call seconds (CPU and wall), bytes of peak memory."""

    case: Case
    loops: int = 1
    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)
    peak: list[int] = field(default_factory=list)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)

    @property
    def wall_median(self) -> float:
        return statistics.median(self.wall)

    @property
    def peak_median(self) -> int | None:
        """Median peak bytes (negative: only an upper bound was available, see ``GNU_TIME``)."""
        if not self.peak:
            return None
        sign = -1 if any(value < 0 for value in self.peak) else 1
        return sign * int(statistics.median(abs(value) for value in self.peak))

    @property
    def mb_per_s(self) -> float | None:
        """Throughput in MB/s by the median CPU time (``None`` without a ``size``)."""
        return self.case.size / self.cpu_median / 1e6 if self.case.size else None


@dataclass(frozen=True)
class Settings:
    rounds: int = 5
    min_seconds: float = 1.0
    memory: bool = True
    quick: bool = False


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every benchmark script shares."""
    group = parser.add_argument_group("harness")
    group.add_argument(
        "--rounds", "--runs", type=int, default=5, help="interleaved rounds (default 5)"
    )
    group.add_argument(
        "--min-seconds",
        type=float,
        default=1.0,
        help="least wall time of one sample; calls repeat until reached (default 1.0)",
    )
    group.add_argument("--no-memory", action="store_true", help="skip the peak-memory figures")
    group.add_argument(
        "--quick", action="store_true", help="smoke test: 2 rounds of short samples, small inputs"
    )


def settings(args: argparse.Namespace) -> Settings:
    if args.quick:
        return Settings(rounds=2, min_seconds=0.02, memory=not args.no_memory, quick=True)
    return Settings(max(1, args.rounds), max(0.0, args.min_seconds), not args.no_memory)


#: GNU time, to read a child's own peak RSS: Linux counts in ``ru_maxrss`` the memory of the
#: process a child was forked from (this harness), so ``os.wait4`` alone overstates small
#: commands. Without it the peak shown is ``wait4``'s, marked "<=" in the table (an upper bound).
GNU_TIME = Path("/usr/bin/time")


def _run_command(case: Case) -> tuple[float, float, int, bool]:
    """Wall seconds, CPU seconds (user + system) and peak RSS bytes of one child run, and
    whether that peak is the child's own (else an upper bound)."""
    assert case.command is not None
    env = dict(CHILD_ENV if case.env is None else case.env)
    command = list(case.command)
    report = None
    if GNU_TIME.exists() and sys.platform.startswith("linux"):
        handle, report = tempfile.mkstemp(prefix="harness-rss-")
        os.close(handle)
        command = [str(GNU_TIME), "-f", "%M", "-o", report, *command]
    start = time.perf_counter()
    child = subprocess.Popen(
        command,
        cwd=case.cwd or ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak, own = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024), False
    if report is not None:
        try:
            lines = Path(report).read_text().split()
            # GNU time writes "Command exited with non-zero status N" before the figure.
            peak, own = int(lines[-1]) * 1024, True
        except (OSError, ValueError, IndexError):
            pass
        finally:
            Path(report).unlink(missing_ok=True)
    return wall, cpu, peak, own


def _sample(case: Case, loops: int) -> tuple[float, float, int | None]:
    """Per-call wall and CPU seconds over ``loops`` calls (and a child's peak RSS)."""
    if case.command is not None:
        walls, cpus, peaks = [], [], []
        for _ in range(loops):
            wall, cpu, peak, own = _run_command(case)
            walls.append(wall)
            cpus.append(cpu)
            peaks.append(peak if own else -peak)  # negative: an upper bound only
        return sum(walls) / loops, sum(cpus) / loops, max(peaks, key=abs)
    assert case.call is not None
    call = case.call
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for _ in range(loops):
        call()
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return wall / loops, cpu / loops, None


#: How each report format shows an input error (an HC9xx finding): the text, github and html
#: summaries' count, json's, and the findings of jsonl, sarif, gitlab and junit.
_INPUT_ERROR = re.compile(
    r"\b[1-9][0-9]* input errors?\b"
    r'|"input_errors": [1-9]'
    r'|"(?:code|ruleId|check_name)": "(?:headlinecheck/)?HC9[0-9][0-9]"'
    r'|<error type="HC9[0-9][0-9]"'
)


class Refused(SystemExit):
    """A case whose command cannot be timed: it failed, or checked nothing."""


def preflight(case: Case) -> None:
    """Run ``case``'s command once, as it will be timed, and refuse it (``Refused``, naming the
    case, its tree and the first lines of its output) when it exits 2 (a usage, configuration
    or internal error) or its check reports an input error (such runs are quick and mean
    nothing). In-process cases are not run."""
    if case.command is None:
        return
    env = dict(CHILD_ENV if case.env is None else case.env)
    done = subprocess.run(
        list(case.command), cwd=case.cwd or ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode == 2:
        problem = "exits 2"
    elif _INPUT_ERROR.search(done.stdout):
        problem = "reports an input error"
    else:
        return
    tree = env.get("PYTHONPATH", str(ROOT / "src"))
    lines = (done.stdout + done.stderr).strip().splitlines()
    shown = "\n".join(f"    {line[:200]}" for line in lines[:5])
    raise Refused(
        f"harness: refusing to time {case.name!r}: its run {problem} (tree {tree}; a tree "
        f"needs its data/ too, e.g. git archive main src data). Its output:\n{shown}"
    )


def _calibrate(case: Case, min_seconds: float) -> int:
    """Calls per sample for at least ``min_seconds`` of wall time (one warm-up call first)."""
    if case.loops:
        return case.loops
    wall, _, _ = _sample(case, 1)  # also warms caches: compiled regexes, tables, page cache
    if wall >= min_seconds:
        return 1
    wall, _, _ = _sample(case, 1)
    return max(1, math.ceil(min_seconds / max(wall, 1e-9)))


def _traced_peak(call: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def measure(cases: Sequence[Case], config: Settings) -> list[Result]:
    """Every case, ``config.rounds`` times, interleaved (the order rotates each round), after
    one ``preflight`` run of each command."""
    for case in cases:
        preflight(case)
    results = [Result(case, _calibrate(case, config.min_seconds)) for case in cases]
    for round_ in range(config.rounds):
        shift = round_ % len(results)
        for result in results[shift:] + results[:shift]:
            wall, cpu, peak = _sample(result.case, result.loops)
            result.wall.append(wall)
            result.cpu.append(cpu)
            if peak is not None and config.memory:
                result.peak.append(peak)
    if config.memory:
        for result in results:
            if result.case.call is not None:
                result.peak.append(_traced_peak(result.case.call))
    return results


def _seconds(value: float) -> str:
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.1f} ms"
    return f"{value * 1e6:.0f} us"


def _spread(values: list[float]) -> str:
    return (
        f"{_seconds(statistics.median(values))} ({_seconds(min(values))}-{_seconds(max(values))})"
    )


def _bytes(value: int | None) -> str:
    if value is None:
        return "-"
    bound = "<=" if value < 0 else ""
    value = abs(value)
    if value >= 1 << 20:
        return f"{bound}{value / (1 << 20):.1f} MiB"
    return f"{bound}{value / 1024:.0f} KiB"


def table(results: Sequence[Result], title: str = "") -> str:
    """The figures as a plain-text table: per call, CPU and wall median (min-max), rates, the
    ratio of the median CPU time to the reference case's, and peak memory."""
    by_name = {result.case.name: result for result in results}
    rows = [
        ("case", "cpu/call median (min-max)", "wall/call median (min-max)", "rate", "vs", "peak")
    ]
    for result in results:
        case = result.case
        rates = []
        if case.size:
            rates.append(f"{case.size / result.cpu_median / 1e6:.2f} MB/s")
        if case.items:
            rates.append(f"{case.items / result.cpu_median:,.0f}/s")
        versus = ""
        reference = by_name.get(case.reference or "")
        if reference is not None and reference is not result:
            versus = f"{result.cpu_median / reference.cpu_median:.2f}x {reference.case.name}"
        rows.append(
            (
                case.name,
                _spread(result.cpu),
                _spread(result.wall),
                " ".join(rates) or "-",
                versus or "-",
                _bytes(result.peak_median),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [title] if title else []
    for index, row in enumerate(rows):
        lines.append(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def describe(config: Settings) -> str:
    """One line on how the figures were taken, printed above the tables."""
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[0]:.1f}"
    return (
        f"{config.rounds} interleaved rounds, samples of >= {config.min_seconds:g} s; "
        f"Python {platform.python_version()} on {os.cpu_count()} CPUs{load}"
    )


def run(cases: Sequence[Case], config: Settings, title: str = "") -> list[Result]:
    """Measure ``cases`` and print their table; the results, for summary lines."""
    results = measure(cases, config)
    print(table(results, title))
    print()
    return results


def python_command(*args: str, src: Path | None = None) -> tuple[list[str], dict[str, str]]:
    """A ``python`` child (this interpreter) with ``src`` (default: this tree's) first on the
    path, and its environment: the way to run one command against two source trees."""
    env = dict(CHILD_ENV)
    env["PYTHONPATH"] = str(src or ROOT / "src")
    return [sys.executable, *args], env


def cli_command(*args: str, src: Path | None = None) -> tuple[list[str], dict[str, str]]:
    """``headlinecheck ARGS`` as users run it (the installed console script, else ``python -m
    headlinecheck``) with ``src`` (default: this tree's) first on the path, and its environment."""
    script = Path(sys.executable).with_name("headlinecheck")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "headlinecheck"]
    env = dict(CHILD_ENV)
    env["PYTHONPATH"] = str(src or ROOT / "src")
    return [*command, *args], env


def add_baseline_argument(parser: argparse.ArgumentParser) -> None:
    """``--baseline SRC``: also run the commands against another source tree (its ``src``
    directory), interleaved with this tree's, for a before/after comparison in one run."""
    parser.add_argument(
        "--baseline",
        metavar="SRC",
        type=Path,
        help="another tree's src/ to measure in the same run (e.g. a git archive of main)",
    )


def emit(results: Sequence[Result]) -> str:
    """The CPU and wall seconds per call of each case as one JSON line (``--emit-json``): what
    a child prints for ``alternate``."""
    import json

    return json.dumps(
        {r.case.name: {"cpu": r.cpu, "wall": r.wall, "loops": r.loops} for r in results}
    )


def alternate(
    script: Path, args: Sequence[str], trees: Mapping[str, Path], rounds: int
) -> dict[str, dict[str, Result]]:
    """In-process cases of ``script`` measured against several source trees, interleaved: each
    round runs ``script ARGS --emit-json --rounds 1`` once per tree (``PYTHONPATH`` = that
    tree's ``src``), in an order rotated each round, and collects the figures each child
    measured in its own process (so start-up and loading never count). Returns, per tree, the
    results by case name."""
    import json

    names = list(trees)
    out: dict[str, dict[str, Result]] = {name: {} for name in names}
    for round_ in range(rounds):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            command, env = python_command(
                str(script), *args, "--emit-json", "--rounds", "1", src=trees[name]
            )
            done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
            if done.returncode != 0:
                # A tree that cannot run the script (no data/fx_rates.csv, say) is named, with
                # the end of its traceback, rather than failing as a bare CalledProcessError.
                tail = "\n".join(f"    {line}" for line in done.stderr.splitlines()[-5:])
                raise Refused(
                    f"harness: {script.name} fails in tree {name!r} ({trees[name]}, exit "
                    f"{done.returncode}):\n{tail}"
                )
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            for case, data in figures.items():
                result = out[name].setdefault(case, Result(Case(case, call=lambda: None)))
                result.loops = data["loops"]
                result.cpu += data["cpu"]
                result.wall += data["wall"]
    return out


def ab_table(results: Mapping[str, Mapping[str, Result]], title: str = "") -> str:
    """``alternate``'s figures side by side: per case, each tree's CPU median (min-max) and the
    ratio of the first tree's median to the others'."""
    names = list(results)
    cases = list(results[names[0]])
    header = ["case", *(f"{n} cpu/call median (min-max)" for n in names)]
    header += [f"{names[0]} / {n}" for n in names[1:]]
    rows = [header]
    for case in cases:
        row = [case]
        medians = []
        for name in names:
            result = results[name].get(case)
            row.append(_spread(result.cpu) if result and result.cpu else "-")
            medians.append(result.cpu_median if result and result.cpu else None)
        for other in medians[1:]:
            first = medians[0]
            row.append(f"{first / other:.2f}x" if first and other else "-")
        rows.append(row)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [title] if title else []
    for index, row in enumerate(rows):
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


# --------------------------------------------------------------------------- workers: A/B trees
# Two source trees cannot share one process (both are the package ``headlinecheck``), and a
# child per sample would time its start-up too. A worker is one long-lived child per tree,
# running the same script with ``--serve``: it builds its inputs once, then times the calls it
# is asked for with its own clock, so the figures are in-process CPU times of either tree.


def serve(calls: Mapping[str, Callable[[], object]]) -> None:
    """The worker's side: read ``NAME LOOPS`` lines from stdin, run ``calls[NAME]`` ``LOOPS``
    times and answer ``WALL CPU`` per call (``LOOPS`` 0: one call under ``tracemalloc``,
    answered ``PEAK``); stop at the end of stdin."""
    out = sys.stdout
    for line in sys.stdin:
        name, loops_text = line.rsplit(" ", 1)
        loops = int(loops_text)
        if loops == 0:
            out.write(f"{_traced_peak(calls[name])}\n")
        else:
            wall, cpu, _ = _sample(Case(name, calls[name]), loops)
            out.write(f"{wall!r} {cpu!r}\n")
        out.flush()


class Worker:
    """A child running ``script ARGS --serve`` with ``src`` (default: this tree's) first on
    its path; ``sample`` asks it to time one of its calls."""

    def __init__(self, script: Path, args: Sequence[str], src: Path | None = None) -> None:
        command, env = python_command(str(script), *args, "--serve", src=src)
        self._child = subprocess.Popen(
            command, env=env, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def _ask(self, name: str, loops: int) -> list[str]:
        assert self._child.stdin is not None and self._child.stdout is not None
        try:
            self._child.stdin.write(f"{name} {loops}\n")
            self._child.stdin.flush()
        except BrokenPipeError:
            answer: list[str] = []  # the worker died before the request (its error is above)
        else:
            answer = self._child.stdout.readline().split()
        if not answer:
            raise RuntimeError(f"worker {self._child.args!r} stopped (exit {self._child.poll()})")
        return answer

    def sample(self, name: str, loops: int) -> tuple[float, float]:
        """Per-call wall and CPU seconds of ``loops`` calls of ``name`` in the worker."""
        wall, cpu = self._ask(name, loops)
        return float(wall), float(cpu)

    def peak(self, name: str) -> int:
        return int(self._ask(name, 0)[0])

    def close(self) -> None:
        assert self._child.stdin is not None
        with contextlib.suppress(BrokenPipeError):  # a worker that already stopped
            self._child.stdin.close()
        self._child.wait()


def _remote(*_: object) -> object:
    raise RuntimeError("a worker's case runs in the worker (see measure_workers)")


def measure_workers(
    cases: Sequence[Case], workers: Mapping[str, Worker], config: Settings
) -> list[Result]:
    """Every case in every worker, interleaved: round after round, each case runs in each
    worker once, the order of the (case, worker) pairs rotating each round. The calls per
    sample are calibrated once per case, on the first worker, and are the same in all of them.
    The results are named "CASE [WORKER]", each referring to the first worker's."""
    labels = list(workers)
    results: list[tuple[Worker, str, Result]] = []
    for case in cases:
        loops = case.loops
        if not loops:
            first = workers[labels[0]]
            first.sample(case.name, 1)  # warm-up in every worker below, then calibrate
            wall, _ = first.sample(case.name, 1)
            loops = 1 if wall >= config.min_seconds else math.ceil(config.min_seconds / wall)
        for label in labels:
            workers[label].sample(case.name, 1)
            named = Case(
                f"{case.name} [{label}]",
                _remote,
                size=case.size,
                items=case.items,
                reference=f"{case.name} [{labels[0]}]",
            )
            results.append((workers[label], case.name, Result(named, loops)))
    for round_ in range(config.rounds):
        shift = round_ % len(results)
        for worker, name, result in results[shift:] + results[:shift]:
            wall, cpu = worker.sample(name, result.loops)
            result.wall.append(wall)
            result.cpu.append(cpu)
    if config.memory:
        for worker, name, result in results:
            result.peak.append(worker.peak(name))
    return [result for _, _, result in results]
