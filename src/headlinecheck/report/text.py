"""The text format: one line per finding, its evidence and explanation under it, a summary.

    news/a.md:4:18: HC111 headline claims $64 million; body has HK$50 million = ...: mismatch
      evidence: body line 7: "HK$50 million"
      why: “$64 million” does not match the body: ...

File names and texts are printed through ``escape.printable``: no control character reaches
the terminal or a CI log raw.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import IO

from headlinecheck.report.escape import printable
from headlinecheck.report.findings import (
    DEFAULT_OPTIONS,
    FileResult,
    Finding,
    Location,
    RenderOptions,
    Run,
    Totals,
)
from headlinecheck.report.rules import RULES, Level, Outcome

_COLOURS = {Level.ERROR: "31", Level.WARNING: "33", Level.NOTE: "32"}
COLOR_MODES = ("auto", "always", "never")

#: Reads a file's lines for ``--show-source`` (None when it cannot be read).
SourceReader = Callable[[str], Sequence[str] | None]


def use_colour(stream: IO[str], mode: str = "auto") -> bool:
    """``--color always|never`` decides; ``auto`` colours a terminal unless NO_COLOR is set
    (https://no-color.org), and any stream when FORCE_COLOR is (https://force-color.org)."""
    if mode != "auto":
        return mode == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def read_source(path: str) -> Sequence[str] | None:
    """The lines of ``path`` as a reader of ``--show-source`` sees them (undecodable bytes
    replaced), or None for a file that is not there (standard input, a vanished file)."""
    try:
        with open(path, "rb") as handle:  # noqa: PTH123 - a display path, maybe relative
            data = handle.read(8_000_000)
    except (OSError, ValueError):
        return None
    text = data.decode("utf-8", "replace").removeprefix("\ufeff")
    # Lines end at "\n" only, as the article reader numbers them: str.splitlines would also
    # break at a form feed or U+2028 and show the wrong line under every later finding.
    return [line.removesuffix("\r") for line in text.split("\n")]


def render_text(
    run: Run,
    options: RenderOptions | None = None,
    source: SourceReader = read_source,
    *,
    quiet: bool = False,
    colour: bool = False,
    lang: str | None = None,
) -> str:
    """The text report; ``quiet``/``colour`` are shorthands for ``RenderOptions``. ``lang``
    ("zh-Hant", "zh-Hans"; None is English) words the claims' verdict lines, evidence and
    diagnoses from that language's catalogue (``headlinecheck.messages``); file names, codes,
    figures and the summary are the same in every language."""
    if options is None:
        options = RenderOptions(quiet=quiet, colour=colour)
    if options.statistics:
        return render_statistics(run, options)
    pieces = TextPieces(options, run.fail_on, source, lang)
    return "".join(pieces.file(result) for result in run.files) + pieces.tail(run)


class TextPieces:
    """The text report in pieces: each file's lines as it is checked, then the tail (internal
    errors and the summary line) from the run's totals; ``render_text`` joins them, a streamed
    run writes each as it comes."""

    def __init__(
        self,
        options: RenderOptions,
        fail_on: str,
        source: SourceReader = read_source,
        lang: str | None = None,
    ) -> None:
        self.options = options
        self.fail_on = fail_on
        self.source = source
        self.lang = lang

    def paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.options.colour else text

    def file(self, result: FileResult) -> str:
        """The lines of one file's findings (the source lines it shows read once each)."""
        options, paint, fail_on, lang = self.options, self.paint, self.fail_on, self.lang
        cache: dict[str, Sequence[str] | None] = {}

        def lines_of(path: str) -> Sequence[str] | None:
            if path not in cache:
                cache[path] = self.source(path)
            return cache[path]

        lines = []
        for finding in result.findings:
            if finding.suppressed or (options.quiet and not finding.fails(fail_on)):
                continue
            where = finding.location
            level = finding.level(fail_on)
            worded = _worded(finding, lang)
            lines.append(
                f"{paint(f'{printable(where.path)}:{where.line}:{where.column}:', '1')} "
                f"{paint(finding.code, _COLOURS[level])} {printable(worded.message)}"
            )
            if options.show_source:
                lines.extend(_excerpt(lines_of(where.path), where))
            if level is not Level.NOTE or options.verbose:
                lines.extend(_details(worded, options, lines_of, lang))
        return "".join(line + "\n" for line in lines)

    def tail(self, run: Run | Totals) -> str:
        """One line per file that failed unexpectedly, then the summary line."""
        lines = [
            f"{printable(result.path)}: internal error: {printable(result.error or '')}"
            for result in run.errors
        ]
        if not self.options.quiet or run.failures or run.errors:
            lines.append(summary_line(run))
        return "".join(line + "\n" for line in lines)


def _worded(finding: Finding, lang: str | None) -> Finding:
    """The finding with its verdict line and diagnosis in ``lang`` (input errors, and any line or
    sentence the catalogue does not know, keep the words they were written in)."""
    if lang is None or finding.outcome is Outcome.INPUT_ERROR:
        return finding
    from headlinecheck import messages

    line = messages.verdict_line(finding.message, lang)
    fix = None if finding.fix is None else messages.diagnosis(finding.fix, lang)
    return finding.evolve(message=line, fix=fix)


def _details(
    finding: Finding,
    options: RenderOptions,
    lines_of: Callable[[str], Sequence[str] | None],
    lang: str | None = None,
) -> list[str]:
    """The evidence's own line and the checker's full explanation, under a finding."""
    from headlinecheck import messages

    labels = messages.labels(lang)
    out = []
    evidence = finding.evidence
    if evidence is not None:
        quoted = labels["quoted"].format(printable(evidence.text)) if evidence.text else ""
        out.append(f"  {labels['evidence'].format(line=evidence.line, quoted=quoted)}")
        if options.show_source:
            out.extend(_excerpt(lines_of(evidence.path), evidence))
    if finding.fix and finding.outcome is not Outcome.INPUT_ERROR:
        # An input error's fix is already part of its message.
        out.append(f"  {labels['why']}{printable(finding.fix)}")
    return out


def _excerpt(lines: Sequence[str] | None, where: Location) -> list[str]:
    """The source line of ``where`` and a caret under its span, as compilers print them."""
    if lines is None or not 1 <= where.line <= len(lines):
        return []
    text = lines[where.line - 1].replace("\t", " ")
    start = max(0, where.column - 1)
    end = (
        where.end_column - 1 if where.end_column and where.end_column > where.column else start + 1
    )
    shown = printable(text)
    pad = len(printable(text[:start]))
    width = max(1, len(printable(text[start:end])))
    number = str(where.line)
    gutter = " " * len(number)
    return [f"  {number} | {shown}", f"  {gutter} | {' ' * pad}{'^' * width}"]


def render_statistics(run: Run | Totals, options: RenderOptions = DEFAULT_OPTIONS) -> str:
    """``--statistics``: how many findings of each rule, most frequent first, then the summary."""
    rows = run.statistics(failures_only=options.quiet)
    width = max((len(str(count)) for _, count in rows), default=1)
    lines = [f"{count:>{width}}  {code}  {RULES[code].name}" for code, count in rows]
    lines.append(summary_line(run))
    return "".join(line + "\n" for line in lines)


def summary_line(run: Run | Totals) -> str:
    s = run.summary()
    files = _plural(s["files"], "file")
    uncertain = f", {s['date_uncertain']} date-uncertain" if s["date_uncertain"] else ""
    if s["beyond_horizon"]:
        uncertain += f", {s['beyond_horizon']} beyond the rate horizon"
    # The body's own conversions are findings, not claims: counted apart, when there are any.
    body = (
        f"{_plural(s['body_conversions'], 'body conversion')} off; "
        if s["body_conversions"]
        else ""
    )
    text = (
        f"{files}, {_plural(s['claims'], 'claim')}: {s['supported']} supported, "
        f"{s['mismatch']} mismatched, {s['unsupported']} unsupported{uncertain}; {body}"
        f"{_plural(s['input_errors'], 'input error')}; {s['suppressed']} suppressed. "
    )
    if run.errors:
        text += f"{_plural(len(run.errors), 'internal error')}; "
    if s["failures"]:
        return text + f"{_plural(s['failures'], 'failure')} (--fail-on {run.fail_on})."
    return text + f"No failures (--fail-on {run.fail_on})."


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")
