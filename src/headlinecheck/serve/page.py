"""The paste-in page: an HTML form posting to the server, answered by the HTML report.

No script: the browser posts the form (``application/x-www-form-urlencoded``) and the server
answers with the same page, the form still filled in, followed by the report drawn by
``headlinecheck.report.html_format``.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any
from urllib.parse import parse_qs

from headlinecheck.report import html_format as htmlreport
from headlinecheck.serve.schemas import ApiError

TITLE = "headlinecheck: check a headline against its article"
#: Form field -> (label, input type, placeholder).
_INPUTS = {
    "published": ("Published", "date", "2024-03-01"),
    "dollar": ("A bare $ is", "text", "USD, HKD, SGD…"),
    "locale": ("Locale", "text", "en_US, zh_CN…"),
    "tolerance": ("Tolerance", "text", "0.5%"),
    "lang": ("Messages in", "text", "en, zh-Hant, zh-Hans"),
}
FIELDS = ("headline", "body", *_INPUTS)


def form_values(raw: bytes) -> dict[str, str]:
    """The known fields of a posted form (first value of each), line ends as ``\\n``."""
    parsed = parse_qs(raw.decode("utf-8", errors="replace"), keep_blank_values=True)
    values = {name: parsed[name][0] for name in FIELDS if name in parsed}
    # Browsers send a textarea's lines as CRLF; the checker's offsets are for the text as seen.
    return {name: value.replace("\r\n", "\n").replace("\r", "\n") for name, value in values.items()}


def as_request(values: Mapping[str, str]) -> dict[str, Any]:
    """The form as an API request (empty fields left out)."""
    given = {name: values[name] for name in FIELDS if values.get(name, "").strip()}
    request: dict[str, Any] = {
        "headline": given.get("headline", ""),
        "body": values.get("body", ""),
    }
    for name in ("published", "dollar", "locale", "lang"):
        if name in given:
            request[name] = given[name]
    if "tolerance" in given:
        request["settings"] = {"tolerance": given["tolerance"]}
    return request


def _form(values: Mapping[str, str], error: ApiError | None) -> str:
    def invalid(name: str) -> str:
        wrong = error is not None and (error.field or "").split(".")[-1] == name
        return ' aria-invalid="true"' if wrong else ""

    cells = "".join(
        f'<div><label for="{name}">{label}</label>'
        f'<input id="{name}" name="{name}" type="{kind}" placeholder="{escape(hint)}" '
        f'value="{escape(values.get(name, ""))}"{invalid(name)}></div>'
        for name, (label, kind, hint) in _INPUTS.items()
    )
    return (
        '<form method="post" accept-charset="utf-8">\n'
        '<label for="headline">Headline</label>\n'
        f'<input id="headline" name="headline" type="text" required '
        f'value="{escape(values.get("headline", ""))}"{invalid("headline")}>\n'
        '<label for="body">Article body</label>\n'
        f'<textarea id="body" name="body"{invalid("body")}>'
        f"{escape(values.get('body', ''))}</textarea>\n"
        f'<div class="row">{cells}</div>\n'
        '<button type="submit">Check</button>\n</form>\n'
    )


def render(
    values: Mapping[str, str],
    *,
    error: ApiError | None = None,
    view: htmlreport.ArticleView | None = None,
) -> str:
    """The page: the form (filled with ``values``), a notice for ``error``, the report."""
    notice = ""
    if error is not None:
        field = f"{escape(error.field)}: " if error.field else ""
        fix = f"; {escape(error.fix)}" if error.fix else ""
        notice = f'<p class="notice" role="alert">{field}{escape(error.message)}{fix}</p>\n'
    report = "" if view is None else htmlreport.article_html(view, 1)
    intro = (
        '<p class="meta">Paste a headline and its article: each figure of the headline is '
        "checked against the body, converting currencies at the rate of the publication "
        "date.</p>\n"
    )
    content = f"<h1>headlinecheck</h1>\n{intro}{_form(values, error)}{notice}{report}"
    return htmlreport.document(TITLE, content)
