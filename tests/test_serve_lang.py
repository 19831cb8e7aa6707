"""The ``lang`` field of the HTTP API and the page: the report's messages worded from the
message catalogue (``headlinecheck.messages``), everything else of the report unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from starlette.testclient import TestClient

from headlinecheck.serve import app as serve_app

ARTICLE = {
    "headline": "公司收入增長12%至3億港元",
    "body": "公司去年收入增長10%至3.2億港元。",
    "published": "2024-03-01",
}


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(serve_app.create_app(warm=False), raise_server_exceptions=False) as test:
        yield test


def _report(client: TestClient, **change: Any) -> dict[str, Any]:
    response = client.post("/api/v1/check", json={**ARTICLE, **change})
    assert response.status_code == 200, response.text
    report: dict[str, Any] = response.json()
    return report


def _without_messages(report: dict[str, Any]) -> dict[str, Any]:
    claims = [
        {k: v for k, v in c.items() if k not in ("message", "hint")} for c in report["claims"]
    ]
    return {**report, "claims": claims, "dollar": {**report["dollar"], "reason": None}}


def test_messages_are_english_by_default_and_with_en(client: TestClient) -> None:
    default = _report(client)
    assert default == _report(client, lang="en") == _report(client, lang="EN")
    assert default["claims"][0]["message"].startswith("“12%” does not match the body")


@pytest.mark.parametrize(
    ("lang", "mismatch", "supported"),
    [
        ("zh-Hant", "與內文不符", "相符"),
        ("zh-Hans", "与内文不符", "相符"),
        ("zh_hans", "与内文不符", "相符"),  # case and "_" forgiven, as by check --lang
    ],
)
def test_lang_words_each_claims_message_from_the_catalogue(
    client: TestClient, lang: str, mismatch: str, supported: str
) -> None:
    english = _report(client)
    worded = _report(client, lang=lang)
    first, second = (c["message"] for c in worded["claims"])
    assert first.startswith("「12%」" + mismatch), first
    assert second.startswith("「3億港元」" + supported), second
    assert "does not match" not in first and "supported" not in second
    # verdicts, figures, spans, rates: the same report
    assert _without_messages(worded) == _without_messages(english)


def test_lang_words_every_report_of_a_batch(client: TestClient) -> None:
    other = {**ARTICLE, "lang": "zh-Hant"}
    response = client.post("/api/v1/check/batch", json={"articles": [ARTICLE, other]})
    assert response.status_code == 200
    english, chinese = response.json()["reports"]
    assert "does not match" in english["claims"][0]["message"]
    assert "與內文不符" in chinese["claims"][0]["message"]


@pytest.mark.parametrize(
    ("request_body", "path", "field"),
    [
        ({**ARTICLE, "lang": "de"}, "/api/v1/check", "lang"),
        ({**ARTICLE, "lang": "zh-Hant-HK"}, "/api/v1/check", "lang"),
        ({**ARTICLE, "lang": 5}, "/api/v1/check", "lang"),
        (
            {"articles": [ARTICLE, {**ARTICLE, "lang": "fr"}]},
            "/api/v1/check/batch",
            "articles[1].lang",
        ),
    ],
)
def test_an_unknown_lang_is_422_naming_the_field(
    client: TestClient, request_body: dict[str, Any], path: str, field: str
) -> None:
    response = client.post(path, json=request_body)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["field"] == field
    if isinstance(request_body.get("lang"), str):
        assert "zh-Hant" in error["fix"] and "zh-Hans" in error["fix"]


def test_openapi_describes_lang_with_its_values(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    described = document["components"]["schemas"]["CheckRequest"]["properties"]["lang"]
    assert described["enum"] == ["en", "zh-Hant", "zh-Hans"]
    form = document["paths"]["/"]["post"]["requestBody"]["content"]
    assert "lang" in form["application/x-www-form-urlencoded"]["schema"]["properties"]


def test_the_page_takes_lang_as_a_form_field(client: TestClient) -> None:
    form = {"headline": ARTICLE["headline"], "body": ARTICLE["body"], "published": "2024-03-01"}
    english = client.post("/", data=form)
    chinese = client.post("/", data={**form, "lang": "zh-Hant"})
    assert english.status_code == chinese.status_code == 200
    assert "does not match the body" in english.text and "與內文不符" not in english.text
    assert "與內文不符" in chinese.text
    assert 'value="zh-Hant"' in chinese.text  # the form comes back filled in
    wrong = client.post("/", data={**form, "lang": "klingon"})
    assert wrong.status_code == 422 and "lang: is not a report language" in wrong.text
