"""A run's report written file by file, as the files are checked, in every format.

``open_stream(fmt, ...)`` gives a ``Stream``: ``add(result)`` for each ``FileResult`` in output
order, then ``close()``. The text is the same, byte for byte, as ``render(Run(all results))``
(tests/test_report_stream.py holds them to it), but a run keeps only its ``Totals`` and the
files that failed unexpectedly, not every finding:

* text, github, jsonl: each file's lines are written as it comes; the tail (internal errors,
  the summary line) from the totals at the end. ``--statistics`` writes only at the end.
* sarif: the header (tool, rules, base URI) first, then each result; the log ends the run.
* json: the summary comes before the findings in the document, so the findings and the
  files' reports are serialised as they come into two spool files (in memory up to
  ``SPOOL_BYTES``, then on disk) and copied out after the header at the end.
* html, junit, gitlab: a page or a test-suite header needs everything; these keep the results
  and render them at the end, as ``render`` does.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any, Protocol

from headlinecheck.report.findings import FileResult, RenderOptions, Run, Totals

if TYPE_CHECKING:
    from headlinecheck.report.text import TextPieces

#: Bytes of serialised JSON held in memory per spool before it moves to a temporary file.
SPOOL_BYTES = 4 << 20


class Sink(Protocol):
    def write(self, text: str, /) -> object: ...


class Stream:
    """Writes a run's report to ``sink`` file by file; subclasses per format."""

    def __init__(self, sink: Sink, options: RenderOptions, totals: Totals) -> None:
        self.sink = sink
        self.options = options
        self.totals = totals

    def add(self, result: FileResult) -> None:
        self.totals.add(result)
        self.file(result)

    def file(self, result: FileResult) -> None:
        """Write what the format shows of one file as it comes (nothing by default)."""

    def close(self) -> None:
        """Write the end of the report."""


class _Text(Stream):
    def __init__(
        self, sink: Sink, options: RenderOptions, totals: Totals, lang: str | None
    ) -> None:
        from headlinecheck.report.text import TextPieces

        super().__init__(sink, options, totals)
        self.pieces: TextPieces = TextPieces(options, totals.fail_on, lang=lang)

    def file(self, result: FileResult) -> None:
        if not self.options.statistics:
            self.sink.write(self.pieces.file(result))

    def close(self) -> None:
        from headlinecheck.report.text import render_statistics

        if self.options.statistics:
            self.sink.write(render_statistics(self.totals, self.options))
        else:
            self.sink.write(self.pieces.tail(self.totals))


class _GitHub(Stream):
    def file(self, result: FileResult) -> None:
        from headlinecheck.report.github import github_file

        self.sink.write(github_file(result, self.totals.fail_on))

    def close(self) -> None:
        from headlinecheck.report.github import github_tail

        self.sink.write(github_tail(self.totals))


def _dumps(value: Any, indent: int | None = None) -> str:
    # Imported here: the text report (every pre-commit run) writes no JSON.
    import json

    from headlinecheck.report.escape import json_text

    return json_text(json.dumps(value, indent=indent, ensure_ascii=False, default=str))


def _statistics(totals: Totals, options: RenderOptions) -> list[dict[str, Any]]:
    from headlinecheck.report.rules import RULES

    return [
        {"code": code, "rule": RULES[code].name, "count": count}
        for code, count in totals.statistics(failures_only=options.quiet)
    ]


class _JsonLines(Stream):
    def file(self, result: FileResult) -> None:
        if not self.options.statistics:
            fail_on = self.totals.fail_on
            self.sink.write("".join(_dumps(f.to_dict(fail_on)) + "\n" for f in result.findings))

    def close(self) -> None:
        if self.options.statistics:
            self.sink.write(
                "".join(_dumps(r) + "\n" for r in _statistics(self.totals, self.options))
            )


def _nested(value: Any, depth: int) -> str:
    """``value`` as ``json.dumps(indent=2)`` writes it as an item ``depth`` levels deep."""
    pad = "  " * depth
    return pad + _dumps(value, 2).replace("\n", "\n" + pad)


class _ItemList:
    """A JSON array written item by item: into a spool (JSON) or straight out (SARIF)."""

    def __init__(self, out: Sink | IO[str], depth: int) -> None:
        self.out = out
        self.depth = depth
        self.count = 0

    def append(self, value: Any) -> None:
        self.out.write(("[\n" if not self.count else ",\n") + _nested(value, self.depth))
        self.count += 1

    def end(self) -> str:
        """What closes the array (all of it when it has no item)."""
        return "\n" + "  " * (self.depth - 1) + "]" if self.count else "[]"


class _Json(Stream):
    def __init__(self, sink: Sink, options: RenderOptions, totals: Totals) -> None:
        super().__init__(sink, options, totals)
        self.spools: list[IO[str]] = []
        if not options.statistics:
            import tempfile

            for _ in range(2):
                spool = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed in close()
                    SPOOL_BYTES, mode="w+", encoding="utf-8", newline=""
                )
                self.spools.append(spool)
            self.findings = _ItemList(self.spools[0], 2)
            self.files = _ItemList(self.spools[1], 2)

    def file(self, result: FileResult) -> None:
        if self.options.statistics:
            return
        fail_on = self.totals.fail_on
        for finding in result.findings:
            self.findings.append(finding.to_dict(fail_on))
        self.files.append(
            {"path": result.path, "reports": [dict(report) for report in result.reports]}
        )

    def close(self) -> None:
        if self.options.statistics:
            self.sink.write(_dumps(_statistics(self.totals, self.options), 2) + "\n")
            return
        from headlinecheck.report.json_format import RUN_SCHEMA

        totals = self.totals
        head = {
            "schema": RUN_SCHEMA,
            "tool": {"name": "headlinecheck", "version": totals.version},
            "fail_on": totals.fail_on,
            "exit_code": totals.exit_code,
            "summary": totals.summary(),
        }
        text = _dumps(head, 2)
        self.sink.write(text.removesuffix("\n}") + ',\n  "findings": ')
        for name, items, spool in (
            ("findings", self.findings, self.spools[0]),
            ("files", self.files, self.spools[1]),
        ):
            if name == "files":
                self.sink.write(',\n  "files": ')
            spool.seek(0)
            while chunk := spool.read(1 << 16):
                self.sink.write(chunk)
            spool.close()
            self.sink.write(items.end())
        self.sink.write("\n}\n")


#: How a SARIF log built with no results ends; the results go before it.
_SARIF_END = '"results": []\n    }\n  ]\n}'


class _Sarif(Stream):
    def __init__(self, sink: Sink, options: RenderOptions, totals: Totals) -> None:
        from headlinecheck.report.rules import RULES
        from headlinecheck.report.sarif import to_sarif

        super().__init__(sink, options, totals)
        self.index = {code: i for i, code in enumerate(sorted(RULES))}
        empty = Run((), fail_on=totals.fail_on, version=totals.version)
        head = _dumps(to_sarif(empty), 2)
        if not head.endswith(_SARIF_END):  # pragma: no cover - to_sarif's shape changed
            raise AssertionError("to_sarif no longer ends with its results")
        sink.write(head.removesuffix(_SARIF_END) + '"results": ')
        self.results = _ItemList(sink, 4)

    def file(self, result: FileResult) -> None:
        from headlinecheck.report.rules import Outcome
        from headlinecheck.report.sarif import sarif_result

        for finding in result.findings:
            if finding.outcome is not Outcome.SUPPORTED:
                self.results.append(sarif_result(finding, self.index, self.totals.fail_on))

    def close(self) -> None:
        self.sink.write(self.results.end() + "\n    }\n  ]\n}\n")


class _Whole(Stream):
    """Formats that need the whole run before their first line: kept, rendered at the end."""

    def __init__(self, sink: Sink, options: RenderOptions, totals: Totals, fmt: str) -> None:
        super().__init__(sink, options, totals)
        self.fmt = fmt
        self.results: list[FileResult] = []

    def file(self, result: FileResult) -> None:
        self.results.append(result)

    def close(self) -> None:
        from headlinecheck.report import render

        totals = self.totals
        run = Run(
            tuple(self.results),
            fail_on=totals.fail_on,
            version=totals.version,
            stale_rates_exit_code=totals.stale_rates_exit_code,
        )
        self.sink.write(render(run, self.fmt, self.options))


def open_stream(
    fmt: str,
    sink: Sink,
    options: RenderOptions,
    totals: Totals,
    *,
    lang: str | None = None,
) -> Stream:
    """The stream writing ``fmt`` to ``sink``; ``lang`` words the text format (as
    ``render_text``'s), unknown formats are text as in ``render``."""
    if fmt == "github":
        return _GitHub(sink, options, totals)
    if fmt == "jsonl":
        return _JsonLines(sink, options, totals)
    if fmt == "json":
        return _Json(sink, options, totals)
    if fmt == "sarif":
        return _Sarif(sink, options, totals)
    if fmt in ("html", "junit", "gitlab"):
        return _Whole(sink, options, totals, fmt)
    return _Text(sink, options, totals, lang)
