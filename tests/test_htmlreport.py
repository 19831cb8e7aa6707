"""The HTML report: marked claims linked to their evidence, escaping, several articles."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import headlinecheck as hc
from headlinecheck.cli import main
from headlinecheck.report import html_format as htmlreport

HEADLINE = "Firm raises $9.4M from investors"
BODY = "HONG KONG (Reuters) - The firm raised HK$50 million on Tuesday from 20 investors."


class Elements(HTMLParser):
    """Every element with its attributes and the text directly inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: dict[str, str] = {}  # id -> text content
        self._open: list[tuple[str, str | None]] = []
        self.styles: list[str] = []

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        found = dict(attributes)
        self.elements.append((tag, found))
        if tag not in ("meta", "br", "img", "input", "link"):
            self._open.append((tag, found.get("id")))
            if found.get("id"):
                self.text[str(found["id"])] = ""

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            name, _ = self._open.pop()
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1][0] == "style":
            self.styles.append(data)
        for _, ident in self._open:
            if ident:
                self.text[ident] += data

    def find(self, tag: str, **wanted: str) -> list[dict[str, str | None]]:
        return [
            attrs
            for name, attrs in self.elements
            if name == tag and all(wanted[k] in (attrs.get(k) or "").split() for k in wanted)
        ]


def parse(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    parser.close()
    return parser


def test_claim_is_marked_and_linked_to_the_body_figure() -> None:
    report = hc.check(HEADLINE, BODY, published=date(2024, 3, 1))
    page = parse(htmlreport.render_report(HEADLINE, BODY, report))
    (claim,) = page.find("a", **{"class": "claim"})
    assert "v-mismatch" in str(claim["class"])
    target = str(claim["href"]).removeprefix("#")
    assert page.text[target] == "HK$50 million"  # the <mark> in the body
    (mark,) = page.find("mark", id=target)
    assert "v-mismatch" in str(mark["class"])
    assert page.text[str(claim["id"])].startswith("$9.4M")
    # The claim's card: the arithmetic, the rate with its provenance, diagnosis and fix.
    card = page.text["a1-c0"]
    assert "digit slip" in card
    assert "write USD 6.4 million" in card
    assert "1 HKD = 0.127737743650 USD (ECB, asked for 2024-03-01" in card
    assert "6,323,018.31 to 6,450,756.05 USD" in card
    assert "+47.18%" in card


def test_supported_claim_is_marked_supported() -> None:
    headline = "Firm raises $6.4M from investors"
    report = hc.check(headline, BODY, published=date(2024, 3, 1))
    page = parse(htmlreport.render_report(headline, BODY, report.to_dict()))
    (claim,) = page.find("a", **{"class": "claim"})
    assert "v-supported" in str(claim["class"])
    assert page.find("mark", **{"class": "v-supported"})


def test_unsupported_claim_links_to_its_card_without_evidence() -> None:
    headline = "Firm hires 300 engineers"
    report = hc.check(headline, "The firm grew fast.", published=date(2024, 3, 1))
    page = parse(htmlreport.render_report(headline, "The firm grew fast.", report))
    (claim,) = page.find("a", **{"class": "claim"})
    assert "v-unsupported" in str(claim["class"])
    assert claim["href"] == "#a1-c0"
    assert not page.find("mark")


HOSTILE = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> ' onmouseover='alert(3)"


def test_article_text_is_escaped() -> None:
    headline = f"Firm {HOSTILE} raises $9.4M"
    body = f"{HOSTILE} The firm raised HK$50 million {HOSTILE} on Tuesday."
    report = hc.check(headline, body, published=date(2024, 3, 1))
    text = htmlreport.render_report(headline, body, report, title=f"t {HOSTILE}")
    page = parse(text)
    assert "<script" not in text.lower()
    assert not page.find("script") and not page.find("img")
    for _, attributes in page.elements:
        assert not any(name.startswith("on") for name in attributes), attributes
    assert page.text["a1-e0"] == "HK$50 million"
    # The hostile text is shown as text, whole.
    assert HOSTILE in page.text["a1"]


def test_page_is_self_contained_with_a_policy_for_its_one_style_sheet() -> None:
    report = hc.check(HEADLINE, BODY, published=date(2024, 3, 1))
    text = htmlreport.render_report(HEADLINE, BODY, report)
    page = parse(text)
    assert not page.find("link") and not page.find("script")
    assert not re.search(r"(src|href)=\"(https?:)?//", text)
    assert "style=" not in text  # inline style attributes would need 'unsafe-inline'
    (style,) = page.styles
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    (policy,) = page.find("meta", **{"http-equiv": "Content-Security-Policy"})
    assert f"style-src 'sha256-{digest}'" in str(policy["content"])
    assert "default-src 'none'" in str(policy["content"])


def write(path: Path, headline: str, body: str) -> Path:
    path.write_text(f"---\npublished: 2024-03-01\n---\n# {headline}\n\n{body}\n", "utf-8")
    return path


def test_cli_html_several_articles_give_one_page_with_summary_and_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "a.md", HEADLINE, BODY)
    write(tmp_path / "b.md", "Firm raises $6.4M", BODY)
    (tmp_path / "c.md").write_text("---\npublished: not-a-date\n---\n# $5M\n\nUSD 5 million\n")
    code = main(["check", "--format", "html", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 1
    page = parse(out)
    index = [str(a["href"]) for a in page.find("a") if str(a.get("href")).startswith("#a")]
    assert "#a1" in index and "#a2" in index
    assert page.text["a1"].count("HK$50 million") >= 1 and "a2" in page.text
    assert "2 articles, 2 claims: 1 supported, 1 mismatch, 0 unsupported; 1 input error" in out
    assert "HC905" in out  # the bad date, listed with its place
    # Each claim carries its rule code.
    assert "HC113" in page.text["a1-c0"] and "HC101" in page.text["a2-c0"]


def test_cli_html_one_headline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = write(tmp_path / "body.txt", "", BODY)
    body.write_text(BODY, "utf-8")
    code = main(
        ["check", "--format", "html", "--date", "2024-03-01", "--headline", HEADLINE,
         "--body-file", str(body)]
    )  # fmt: skip
    page = parse(capsys.readouterr().out)
    assert code == 1
    assert page.text["a1-e0"] == "HK$50 million"


def test_cli_json_reports_stay_verbatim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "a.md", HEADLINE, BODY)
    main(["check", "--format", "json", str(tmp_path / "a.md")])
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    (report,) = data["files"][0]["reports"]
    assert "body" not in report
    assert report["schema"] == "headlinecheck.report/1"
