"""The paste-in page: a plain HTML form, answered by the HTML report (no script anywhere)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from starlette.testclient import TestClient

from headlinecheck.serve import app as serve_app
from test_htmlreport import HOSTILE, parse

HEADLINE = "Firm raises $9.4M from investors"
BODY = "HONG KONG (Reuters) - The firm raised HK$50 million\r\non Tuesday from 20 investors."


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(serve_app.create_app()) as test_client:
        yield test_client


def test_get_is_a_form_posting_to_the_page_itself(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = parse(response.text)
    (form,) = page.find("form")
    assert form["method"] == "post" and "action" not in form  # posts back to this same URL
    names = {str(e["name"]) for tag in ("input", "textarea") for e in page.find(tag)}
    assert {"headline", "body", "published", "dollar", "locale", "tolerance", "lang"} == names
    assert not page.find("script")


def test_posting_the_form_shows_the_marked_claims_linked_to_the_body(client: TestClient) -> None:
    form = {"headline": HEADLINE, "body": BODY, "published": "2024-03-01", "dollar": ""}
    response = client.post("/", data=form)
    assert response.status_code == 200
    page = parse(response.text)
    (claim,) = page.find("a", **{"class": "claim"})
    assert "v-mismatch" in str(claim["class"])
    assert page.text[str(claim["href"]).removeprefix("#")] == "HK$50 million"
    assert "write USD 6.4 million" in page.text["a1-c0"]
    # The form comes back filled in, the body with the lines as the browser showed them.
    (headline,) = page.find("input", name="headline")
    assert headline["value"] == HEADLINE
    assert "million\non Tuesday" in page.text["a1"]


def test_a_bad_field_comes_back_as_a_notice_naming_it(client: TestClient) -> None:
    form = {"headline": HEADLINE, "body": BODY, "published": "yesterday", "tolerance": "5"}
    response = client.post("/", data=form)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    page = parse(response.text)
    assert "published: must be a date as YYYY-MM-DD" in response.text
    (published,) = page.find("input", name="published")
    assert published.get("aria-invalid") == "true" and published["value"] == "yesterday"
    tolerance = client.post("/", data={**form, "published": ""})
    assert tolerance.status_code == 422
    assert "settings.tolerance: must be a fraction" in tolerance.text
    empty = client.post("/", data={"headline": " ", "body": BODY})
    assert empty.status_code == 422 and "headline: is empty" in empty.text


def test_hostile_input_is_escaped_in_the_form_and_the_report(client: TestClient) -> None:
    form = {
        "headline": f"{HOSTILE} Firm raises $9.4M",
        "body": f"{HOSTILE} The firm raised HK$50 million.",
        "published": "2024-03-01",
        "locale": HOSTILE,
    }
    response = client.post("/", data=form)
    assert "<script" not in response.text.lower()
    page = parse(response.text)
    assert not page.find("img") and not page.find("script")
    for _, attributes in page.elements:
        assert not any(name.startswith("on") for name in attributes), attributes
    (locale,) = page.find("input", name="locale")
    assert locale["value"] == HOSTILE  # shown back whole, as a value
