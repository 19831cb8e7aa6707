"""A streamed run (``report.open_stream``, file by file) writes what ``render`` writes for the
whole run, byte for byte, in every format and mode."""

from __future__ import annotations

import io

import pytest

from headlinecheck import report as rp


def _finding(code: str, path: str, line: int = 2, **kw: object) -> rp.Finding:
    return rp.Finding(code, rp.Location(path, line, 5, 10), f"message for {code} \ud8ff", **kw)  # type: ignore[arg-type]


def _files() -> tuple[rp.FileResult, ...]:
    return (
        rp.FileResult(
            "news/a.md",
            (
                _finding("HC101", "news/a.md"),
                _finding("HC111", "news/a.md", evidence=rp.Location("news/a.md", 7, 3, 17)),
                _finding("HC102", "news/a.md", suppressed=True, suppressed_by="config"),
            ),
            ({"schema": "headlinecheck.report/1", "claims": [{"text": "₹5 crore"}]},),
            1,
        ),
        rp.FileResult("news/b.md", articles=1),  # an article without claims
        rp.FileResult("news/crash.md", error="ValueError: boom"),
        rp.FileResult(
            "news/c, d.md",
            (
                _finding("HC123", "news/c, d.md"),
                rp.input_finding("news/c, d.md", "HC903", "invalid YAML front matter", 3, 1),
                _finding("HC203", "news/c, d.md", line=9),
            ),
            ({"schema": "headlinecheck.report/1"}, {"schema": "headlinecheck.report/1"}),
            2,
        ),
    )


def _streamed(run: rp.Run, fmt: str, options: rp.RenderOptions, lang: str | None = None) -> str:
    out = io.StringIO()
    totals = rp.Totals(run.fail_on, run.version, run.stale_rates_exit_code)
    stream = rp.open_stream(fmt, out, options, totals, lang=lang)
    for result in run.files:
        stream.add(result)
    stream.close()
    assert totals.exit_code == run.exit_code
    assert totals.summary() == run.summary()
    return out.getvalue()


RUNS = {
    "findings": _files(),
    "no errors": tuple(r for r in _files() if r.error is None),
    "nothing": (),
    "one clean file": (rp.FileResult("a.md", articles=1),),
}


@pytest.mark.parametrize("fmt", rp.RENDERERS)
@pytest.mark.parametrize("runs", sorted(RUNS))
@pytest.mark.parametrize("fail_on", ["mismatch", "unsupported"])
def test_every_format_streams_what_render_writes(fmt: str, runs: str, fail_on: str) -> None:
    run = rp.Run(RUNS[runs], fail_on=fail_on, version="9.9", stale_rates_exit_code=3)
    for options in (rp.RenderOptions(), rp.RenderOptions(quiet=True, verbose=True)):
        assert _streamed(run, fmt, options) == rp.render(run, fmt, options)


@pytest.mark.parametrize("fmt", rp.STATISTICS_FORMATS)
@pytest.mark.parametrize("quiet", [False, True])
def test_statistics_stream_as_rendered(fmt: str, quiet: bool) -> None:
    run = rp.Run(_files(), version="9.9")
    options = rp.RenderOptions(statistics=True, quiet=quiet)
    assert _streamed(run, fmt, options) == rp.render(run, fmt, options)


def test_worded_text_streams_as_rendered() -> None:
    run = rp.Run(RUNS["no errors"], version="9.9")
    options = rp.RenderOptions(colour=True)
    expected = rp.render_text(run, options, lang="zh-Hant")
    assert _streamed(run, "text", options, lang="zh-Hant") == expected


def test_a_large_json_run_spools_to_disk_and_reads_back(monkeypatch: pytest.MonkeyPatch) -> None:
    from headlinecheck.report import stream

    monkeypatch.setattr(stream, "SPOOL_BYTES", 64)  # every spool rolls over to a file
    run = rp.Run(_files() * 30, version="9.9")
    assert _streamed(run, "json", rp.RenderOptions()) == rp.render(run, "json")


def test_totals_count_as_the_run_does() -> None:
    run = rp.Run(_files(), stale_rates_exit_code=3)
    totals = rp.Totals.of(run)
    assert totals.summary() == run.summary()
    assert totals.statistics() == run.statistics()
    assert totals.statistics(failures_only=True) == run.statistics(failures_only=True)
    assert [r.path for r in totals.errors] == ["news/crash.md"]
    assert rp.Totals.of(rp.Run(RUNS["no errors"], stale_rates_exit_code=3)).exit_code == 3


def test_findings_are_frozen_values_that_survive_pickling() -> None:
    import pickle

    where = rp.Location("a.md", 3, 5, 9, text="HK$5")
    finding = rp.Finding("HC101", where, "m", evidence=rp.Location("a.md", 7, 1))
    result = rp.FileResult("a.md", (finding,), ({"k": 1},), 2)
    assert (where.path, where.line, where.column, where.end_column) == ("a.md", 3, 5, 9)
    assert (result.path, result.articles, result.error) == ("a.md", 2, None)
    back = pickle.loads(pickle.dumps(result))
    assert back == result and back.findings[0].location.text == "HK$5"
    assert where == rp.Location("a.md", 3, 5, 9)  # the text is not part of a location's identity
    assert hash(where) == hash(rp.Location("a.md", 3, 5, 9, text="other"))
    assert finding != finding.evolve(suppressed=True)
    assert finding.evolve(suppressed=True).suppressed and not finding.suppressed
    assert repr(where) == "Location(path='a.md', line=3, column=5, end_column=9, text='HK$5')"
    with pytest.raises(AttributeError):
        finding.code = "HC102"
    with pytest.raises(TypeError):
        finding.evolve(colour=True)
