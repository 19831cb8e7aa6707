"""The HTML report: one self-contained page (inline CSS, no script, no external asset).

Each article shows its headline with every claim marked by verdict and linked (a plain anchor)
to the body figure that backs or contradicts it, highlighted in the body, which links back; then
one card per claim with the arithmetic, the rate and its provenance, the diagnosis and the
suggested fix. Several articles make one page with a summary and an index.

The renderer works from the checker's JSON form (``Report.to_dict()``, schema
``headlinecheck.report/1``) plus the body text, so the CLI (``--format html``) and the server's
paste-in page render the same thing. Every piece of article text goes through ``html.escape``;
the page also carries a Content-Security-Policy that allows its one style sheet and nothing else,
so a figure that slipped through escaping still could not run a script.
This module formats; it never decides a verdict.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from headlinecheck.report.findings import Finding, RenderOptions, Run

VERDICTS = ("supported", "mismatch", "unsupported")
_SIGN = {"supported": "✓", "mismatch": "✗", "unsupported": "?"}

CSS = """\
:root{color-scheme:light;--ok:#17663a;--okbg:#dcf3e4;--bad:#a4161a;--badbg:#fde2e1;\
--unk:#7a5a00;--unkbg:#fff1c2;--ink:#1d1d1f;--mute:#5b5b66;--line:#d9d9e0}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:1.5rem;color:var(--ink);background:#fff;\
font:16px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC",\
"WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif}
h1{font-size:1.4rem;margin:0 0 1rem}
h2.headline{font-size:1.35rem;line-height:1.6;margin:.2rem 0 1rem}
.path{color:var(--mute);font-size:.85rem;margin:0;word-break:break-all}
article{border-top:2px solid var(--line);padding-top:1rem;margin-top:2rem}
a.claim{text-decoration:none;color:inherit;border-bottom-width:3px;border-bottom-style:solid;\
padding:0 .1em;border-radius:.2em}
.tag{font-size:.7em;font-weight:600;vertical-align:super;margin-left:.15em}
.v-supported{background:var(--okbg);border-color:var(--ok)}
.v-mismatch{background:var(--badbg);border-color:var(--bad)}
.v-unsupported{background:var(--unkbg);border-color:var(--unk)}
.v-supported .tag,.badge.v-supported{color:var(--ok)}
.v-mismatch .tag,.badge.v-mismatch{color:var(--bad)}
.v-unsupported .tag,.badge.v-unsupported{color:var(--unk)}
.body{white-space:pre-line;overflow-wrap:anywhere;border-left:3px solid var(--line);\
padding:.2rem 0 .2rem 1rem;margin:1rem 0}
mark.ev{color:inherit;border-bottom-width:3px;border-bottom-style:solid;padding:0 .1em}
mark.ev a{color:inherit;text-decoration:none}
mark:target,.card:target{outline:3px solid #3b5bdb;outline-offset:2px}
.card{border:1px solid var(--line);border-left:6px solid;border-radius:.4rem;\
padding:.6rem 1rem;margin:.8rem 0;background:#fff}
.card.v-supported{border-left-color:var(--ok)}
.card.v-mismatch{border-left-color:var(--bad)}
.card.v-unsupported{border-left-color:var(--unk)}
.card h3{font-size:1rem;margin:0 0 .3rem}
.badge{font-weight:700;text-transform:uppercase;font-size:.8rem;letter-spacing:.03em;\
background:none}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.4rem 0}
dt{color:var(--mute)}dd{margin:0;overflow-wrap:anywhere}
.fix{font-weight:600}
.meta,.summary{color:var(--mute);font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;border-bottom:1px solid var(--line);padding:.3rem .5rem}
.errors li{color:var(--bad)}
form textarea,form input{width:100%;font:inherit;padding:.4rem;margin:.2rem 0 .8rem}
form textarea{min-height:12rem}
form .row{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:1rem}
form button{font:inherit;font-weight:600;padding:.5rem 1.5rem}
.notice{background:var(--badbg);border:1px solid var(--bad);padding:.5rem 1rem}
@media print{a.claim,mark.ev{border-bottom-style:double}}
"""

#: The Content-Security-Policy source for ``CSS``: the page's only style sheet, nothing else.
STYLE_HASH = "'sha256-" + base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode() + "'"
CSP = f"default-src 'none'; style-src {STYLE_HASH}; img-src data:; base-uri 'none'"


@attrs.frozen
class ArticleView:
    """One article to show: its texts, the checker's report on them (``Report.to_dict()``),
    and, when known, each claim's rule code and whether that finding is suppressed."""

    title: str
    headline: str
    body: str
    report: Mapping[str, Any]
    codes: tuple[str, ...] = ()
    suppressed: tuple[bool, ...] = ()


def document(title: str, content: str, *, csp: bool = True) -> str:
    """A complete page around already-escaped ``content``."""
    policy = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n' if csp else ""
    return (
        '<!DOCTYPE html>\n<html lang="und">\n<head>\n<meta charset="utf-8">\n'
        f'{policy}<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="referrer" content="no-referrer">\n<title>{escape(title)}</title>\n'
        f"<style>{CSS}</style>\n</head>\n<body>\n{content}</body>\n</html>\n"
    )


def _spans(claims: Sequence[Mapping[str, Any]], key: str) -> list[tuple[int, int, int]]:
    """(start, end, claim index) of each claim's ``key`` figure, in text order."""
    found = []
    for index, claim in enumerate(claims):
        figure = claim.get(key)
        if figure:
            start, end = figure["span"]
            found.append((int(start), int(end), index))
    return sorted(found)


def _marked(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """``text`` escaped, with each (start, end, html-wrapper-with-{}) span wrapped."""
    out: list[str] = []
    at = len(text) - len(text.lstrip())  # blanked front matter and headline (Markdown)
    for start, end, wrapper in spans:
        at = min(at, start)
        out.append(escape(text[at:start]))
        out.append(wrapper.format(escape(text[start:end])))
        at = end
    out.append(escape(text[at:]))
    return "".join(out)


def article_html(view: ArticleView, number: int = 1) -> str:
    """One ``<article>``: headline with marked claims, body with marked evidence, claim cards."""
    claims: list[Mapping[str, Any]] = list(view.report.get("claims", ()))
    prefix = f"a{number}"
    # One <mark> per distinct evidence span; overlapping ones share the first.
    evidence_id: dict[int, str] = {}
    body_spans: list[tuple[int, int, str]] = []
    kept_end, kept_anchor = -1, ""
    for start, end, index in _spans(claims, "evidence"):
        if start < kept_end:  # the same figure as the previous mark, or overlapping it
            evidence_id[index] = kept_anchor
            continue
        kept_end, kept_anchor = end, f"{prefix}-e{index}"
        wrapper = (
            f'<mark class="ev v-{_verdict(claims[index])}" id="{kept_anchor}">'
            f'<a href="#{prefix}-c{index}">{{}}</a></mark>'
        )
        body_spans.append((start, end, wrapper))
        evidence_id[index] = kept_anchor
    head_spans: list[tuple[int, int, str]] = []
    last = -1
    for start, end, index in _spans(claims, "claim"):
        if start < last:
            continue
        verdict = _verdict(claims[index])
        target = evidence_id.get(index, f"{prefix}-c{index}")
        head_spans.append(
            (
                start,
                end,
                f'<a class="claim v-{verdict}" id="{prefix}-h{index}" href="#{target}" '
                f'title="{verdict}">{{}}<span class="tag">{_SIGN[verdict]} {verdict}</span></a>',
            )
        )
        last = end
    counts = Counter(_verdict(c) for c in claims)
    summary = ", ".join(f"{counts[v]} {v}" for v in VERDICTS)
    cards = "".join(
        _card(view, claims[i], i, prefix, evidence_id.get(i)) for i in range(len(claims))
    )
    meta = _meta(view.report)
    none = "" if claims else '<p class="summary">No figure in the headline to check.</p>\n'
    return (
        f'<article id="{prefix}">\n'
        f'<p class="path">{escape(view.title)}</p>\n'
        f'<h2 class="headline">{_marked(view.headline, head_spans)}</h2>\n'
        f'<p class="summary">{_plural(len(claims), "claim")}: '
        f"{summary}.{meta}</p>\n{none}"
        f'<div class="body">{_marked(view.body, body_spans)}</div>\n'
        f"{cards}</article>\n"
    )


def _verdict(claim: Mapping[str, Any]) -> str:
    verdict = str(claim.get("verdict"))
    return verdict if verdict in VERDICTS else "unsupported"


def _meta(report: Mapping[str, Any]) -> str:
    parts = []
    if report.get("published"):
        parts.append(f"published {report['published']}")
    elif report.get("window"):
        start, end = report["window"]
        guessed = ", a guess" if report.get("date_uncertain") else ""
        parts.append(f"no date: rates of {start} to {end}{guessed}")
    dollar = report.get("dollar") or {}
    if dollar.get("reason"):
        parts.append(str(dollar["reason"]))
    return "".join(
        f" {escape(part)}" if part.endswith(".") else f" {escape(part)}." for part in parts
    )


def _card(
    view: ArticleView, claim: Mapping[str, Any], index: int, prefix: str, evidence: str | None
) -> str:
    verdict = _verdict(claim)
    figure = claim.get("claim") or {}
    rows: list[tuple[str, str]] = []
    code = view.codes[index] if index < len(view.codes) else None
    if code:
        muted = " (suppressed)" if index < len(view.suppressed) and view.suppressed[index] else ""
        rows.append(("rule", escape(code + muted)))
    found = claim.get("evidence")
    if found:
        link = f'<a href="#{evidence}">{escape(str(found["text"]))}</a>' if evidence else ""
        rows.append(("body figure", link or escape(str(found["text"]))))
    converted = claim.get("converted")
    if converted:
        unit = escape(str(claim.get("claim_currency") or ""))
        rows.append(
            ("in the claim's terms", f"{_num(converted[0])} to {_num(converted[1])} {unit}")
        )
    if claim.get("difference") is not None:
        rows.append(("difference", escape(_percent(str(claim["difference"])))))
    rate = claim.get("rate")
    if rate:
        rows.append(("rate", _rate(rate)))
    rate_range = claim.get("rate_range")
    if rate_range:
        rows.append(
            (
                "rates",
                f"{_rate(rate_range['low'])} to {_rate(rate_range['high'])} "
                f"({escape(str(rate_range['start']))} to {escape(str(rate_range['end']))})",
            )
        )
    if claim.get("diagnosis"):
        rows.append(("diagnosis", escape(str(claim["diagnosis"]).replace("_", " "))))
    if claim.get("suggestion"):
        rows.append(
            ("suggested fix", f'<span class="fix">write {escape(str(claim["suggestion"]))}</span>')
        )
    for note in claim.get("notes") or ():
        rows.append(("note", escape(str(note))))
    items = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    back = f'<a href="#{prefix}-h{index}">{escape(str(figure.get("text", "")))}</a>'
    return (
        f'<section class="card v-{verdict}" id="{prefix}-c{index}">\n'
        f'<h3><span class="badge v-{verdict}">{_SIGN[verdict]} {verdict}</span> {back}</h3>\n'
        f"<p>{escape(str(claim.get('message', '')))}</p>\n"
        f"<dl>{items}</dl>\n</section>\n"
    )


def _num(value: object) -> str:
    from decimal import Decimal, InvalidOperation

    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return escape(str(value))
    if not number.is_finite():
        return "unbounded" if number > 0 else "-unbounded"
    return escape(f"{number:,.2f}".removesuffix(".00"))


def _percent(value: str) -> str:
    from decimal import Decimal, InvalidOperation

    try:
        share = Decimal(value) * 100
    except InvalidOperation:
        return value
    return f"{share:+.2f}%"


def _rate(rate: Mapping[str, Any]) -> str:
    return escape(
        f"1 {rate['base']} = {rate['value']} {rate['quote']} ({rate['source']}, "
        f"asked for {rate['requested']}, used {rate['used']}, {rate['path']})"
    )


def summary_html(views: Sequence[ArticleView], errors: Sequence[Finding] = ()) -> str:
    """The summary counts and an index linking to each article."""
    counts: Counter[str] = Counter()
    rows = []
    for number, view in enumerate(views, 1):
        mine = Counter(_verdict(c) for c in view.report.get("claims", ()))
        counts.update(mine)
        cells = "".join(f"<td>{mine[v]}</td>" for v in VERDICTS)
        rows.append(
            f'<tr><td><a href="#a{number}">{escape(view.headline or view.title)}</a></td>'
            f"<td>{escape(view.title)}</td>{cells}</tr>"
        )
    total = ", ".join(f"{counts[v]} {v}" for v in VERDICTS)
    head = "".join(f"<th>{v}</th>" for v in VERDICTS)
    text = (
        f'<p class="summary">{len(views)} article{"" if len(views) == 1 else "s"}, '
        f"{_plural(sum(counts.values()), 'claim')}: {total}; {len(errors)} input error"
        f"{'' if len(errors) == 1 else 's'}.</p>\n"
    )
    if len(views) > 1:
        text += (
            f"<table><thead><tr><th>headline</th><th>file</th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>\n"
        )
    return text + errors_html(errors)


def errors_html(errors: Sequence[Finding]) -> str:
    if not errors:
        return ""
    items = "".join(
        f"<li>{escape(f'{e.location.path}:{e.location.line}:{e.location.column}')} "
        f"{escape(e.code)} {escape(e.message)}</li>"
        for e in errors
    )
    return f'<ul class="errors">{items}</ul>\n'


def render_articles(
    views: Sequence[ArticleView],
    errors: Sequence[Finding] = (),
    *,
    title: str = "headlinecheck report",
) -> str:
    """The whole page for ``views`` (and input errors), summary and index first."""
    articles = "".join(article_html(view, number) for number, view in enumerate(views, 1))
    return document(title, f"<h1>{escape(title)}</h1>\n{summary_html(views, errors)}{articles}")


def render_report(
    headline: str, body: str, report: Any, *, title: str = "headlinecheck report"
) -> str:
    """One article's page; ``report`` is a ``Report`` or its ``to_dict()``."""
    data = report if isinstance(report, Mapping) else report.to_dict()
    return render_articles([ArticleView(title, headline, body, data)], title=title)


def views_of_run(run: Run) -> tuple[list[ArticleView], list[Finding]]:
    """The articles of a ``check`` run whose reports kept their body (``--format html``), with
    each claim's rule code, and the run's input errors."""
    from headlinecheck.report.rules import Outcome

    views: list[ArticleView] = []
    errors: list[Finding] = []
    for result in run.files:
        claim_findings = [f for f in result.findings if f.outcome is not Outcome.INPUT_ERROR]
        errors.extend(f for f in result.findings if f.outcome is Outcome.INPUT_ERROR)
        at = 0
        for data in result.reports:
            claims = len(data.get("claims", ()))
            mine = claim_findings[at : at + claims]
            at += claims
            view = ArticleView(
                result.path,
                str(data.get("headline", "")),
                str(data.get("body", "")),
                data,
                tuple(f.code for f in mine),
                tuple(f.suppressed for f in mine),
            )
            views.append(view)
    return views, errors


def render_html(run: Run, options: RenderOptions | None = None) -> str:
    """``headlinecheck check --format html`` (the page has no use for the render options)."""
    views, errors = views_of_run(run)
    return render_articles(views, errors)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")
