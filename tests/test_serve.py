"""The HTTP API of ``headlinecheck serve``, through Starlette's TestClient (no socket)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from starlette.testclient import TestClient

import headlinecheck as hc
from corpus_cases import rows
from headlinecheck.serve import app as serve_app
from headlinecheck.serve.schemas import CHECK_FIELDS

HEADLINE = "Firm raises $9.4M from investors"
BODY = "HONG KONG (Reuters) - The firm raised HK$50 million on Tuesday from 20 investors."
ARTICLE = {"headline": HEADLINE, "body": BODY, "published": "2024-03-01"}


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    app = serve_app.create_app(serve_app.ServeConfig(max_body_bytes=20_000))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def error_of(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    found: dict[str, Any] = response.json()["error"]
    assert found["status"] == status
    return found


def test_check_returns_the_versioned_report(client: TestClient) -> None:
    response = client.post("/api/v1/check", json=ARTICLE)
    assert response.status_code == 200
    report = response.json()
    assert report["schema"] == "headlinecheck.report/1"
    assert report["ok"] is False
    (claim,) = report["claims"]
    assert claim["verdict"] == "mismatch" and claim["diagnosis"] == "digit_slip"
    assert claim["suggestion"] == "USD 6.4 million"
    assert claim["rate"]["source"] == "ECB" and claim["rate"]["used"] == "2024-03-01"
    # Plain text: code points and UTF-16 units agree.
    assert claim["claim"]["span_utf16"] == claim["claim"]["span"]
    start, end = claim["evidence"]["span"]
    assert BODY[start:end] == "HK$50 million"


def test_spans_in_utf16_units_step_over_astral_characters(client: TestClient) -> None:
    emoji = "\U0001f4b0"  # two UTF-16 units, one code point
    body = f"{emoji}{emoji} The firm raised HK$50 million on Tuesday."
    article = {"headline": f"{emoji} Firm raises $6.4M", "body": body, "published": "2024-03-01"}
    (claim,) = client.post("/api/v1/check", json=article).json()["claims"]
    start, end = claim["evidence"]["span"]
    assert body[start:end] == "HK$50 million"
    units = body.encode("utf-16-le")
    u_start, u_end = claim["evidence"]["span_utf16"]
    assert (u_start, u_end) == (start + 2, end + 2)
    assert units[2 * u_start : 2 * u_end].decode("utf-16-le") == "HK$50 million"
    assert claim["claim"]["span_utf16"] == [
        claim["claim"]["span"][0] + 1,
        claim["claim"]["span"][1] + 1,
    ]


def test_options_reach_the_checker(client: TestClient) -> None:
    article = {
        "headline": "Firm raises $50 million",
        "body": "The firm raised HK$50 million on Tuesday.",
        "published": "2024-03-01",
        "dollar": "hkd",
        "locale": "en_HK",
        "settings": {"tolerance": "1%", "unsupported": "fail", "default_dollar": "SGD"},
    }
    report = client.post("/api/v1/check", json=article).json()
    assert report["options"]["dollar"] == "HKD"
    assert report["options"]["tolerance"] == "0.01"
    assert report["options"]["unsupported"] == "fail"
    assert report["options"]["default_dollar"] == "SGD"
    assert report["options"]["locale"] == "en_HK"
    assert report["claims"][0]["verdict"] == "supported"


def test_batch_gives_one_report_per_article(client: TestClient) -> None:
    second = {"headline": "Firm raises $6.4M", "body": BODY, "published": "2024-03-01"}
    response = client.post("/api/v1/check/batch", json={"articles": [ARTICLE, second]})
    assert response.status_code == 200
    data = response.json()
    assert data["schema"] == "headlinecheck.batch/1"
    assert [r["claims"][0]["verdict"] for r in data["reports"]] == ["mismatch", "supported"]


def test_rates_endpoint_gives_the_rate_and_its_provenance(client: TestClient) -> None:
    rate = client.get("/api/v1/rates/usd/HKD", params={"date": "2024-03-01"}).json()
    assert rate["base"] == "USD" and rate["quote"] == "HKD"
    assert rate["requested"] == "2024-03-01" and rate["used"] == "2024-03-01"
    assert rate["source"] == "ECB" and rate["path"] == "via EUR"
    assert 7.7 < float(rate["value"]) < 7.9
    latest = client.get("/api/v1/rates/EUR/USD").json()
    health = client.get("/healthz").json()
    assert latest["requested"] == health["rates"]["last"]


def test_healthz_and_openapi(client: TestClient) -> None:
    health = client.get("/healthz")
    assert health.status_code == 200 and health.json()["status"] == "ok"
    document = client.get("/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert {
        "/api/v1/check",
        "/api/v1/check/batch",
        "/api/v1/rates/{base}/{quote}",
        "/healthz",
    } <= set(document["paths"])
    request = document["components"]["schemas"]["CheckRequest"]
    assert set(request["properties"]) == set(CHECK_FIELDS)


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for response in (
        client.get("/healthz"),
        client.get("/"),
        client.get("/nowhere"),
        client.post("/api/v1/check", content=b"{"),
    ):
        policy = response.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "access-control-allow-origin" not in response.headers  # CORS off by default


# --- every 4xx ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("change", "field"), rows("inputs/api_check_fields.yaml"))
def test_invalid_fields_are_422_naming_the_field(
    client: TestClient, change: dict[str, Any], field: str
) -> None:
    article = {**ARTICLE, **change}
    article = {k: v for k, v in article.items() if v is not None}
    found = error_of(client.post("/api/v1/check", json=article), 422)
    assert found["field"] == field, found
    assert "Traceback" not in found["message"]


def test_date_outside_the_rate_table_is_the_checkers_unsupported(client: TestClient) -> None:
    response = client.post("/api/v1/check", json={**ARTICLE, "published": "1950-01-02"})
    assert response.status_code == 200
    (claim,) = response.json()["claims"]
    assert claim["verdict"] == "unsupported"
    assert "1950-01-02" in claim["notes"][0]


def test_batch_errors_name_the_article(client: TestClient) -> None:
    bad = {"articles": [ARTICLE, {**ARTICLE, "published": "yesterday"}]}
    assert error_of(client.post("/api/v1/check/batch", json=bad), 422)["field"] == (
        "articles[1].published"
    )
    for body, field in (
        ({"articles": []}, "articles"),
        ({"articles": "x"}, "articles"),
        ({"articles": [ARTICLE] * 101}, "articles"),
        ({"articles": [ARTICLE], "more": 1}, "more"),
        ({"articles": [3]}, "articles[0]"),
        ([ARTICLE], None),
    ):
        assert error_of(client.post("/api/v1/check/batch", json=body), 422)["field"] == field


def test_body_that_is_not_json_is_400(client: TestClient) -> None:
    headers = {"content-type": "application/json"}
    found = error_of(client.post("/api/v1/check", content=b'{"headline": ', headers=headers), 400)
    assert "not valid JSON" in found["message"]
    error_of(client.post("/api/v1/check", content=b"\xff\xfe", headers=headers), 400)
    assert error_of(client.post("/api/v1/check", json=[1, 2]), 422)["field"] is None


def test_wrong_content_type_is_415(client: TestClient) -> None:
    response = client.post("/api/v1/check", content=json.dumps(ARTICLE).encode())
    assert "Content-Type" in str(error_of(response, 415)["fix"])
    form = client.post("/", content=b"{}", headers={"content-type": "application/json"})
    error_of(form, 415)


def test_oversized_request_is_413(client: TestClient) -> None:
    big = {**ARTICLE, "body": BODY + " x" * 20_000}
    found = error_of(client.post("/api/v1/check", json=big), 413)
    assert "20,000-byte limit" in found["message"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"headline": "a", "body": "'
        for _ in range(30):
            yield b"x" * 1000
        yield b'"}'

    headers = {"content-type": "application/json"}
    error_of(client.post("/api/v1/check", content=chunks(), headers=headers), 413)


def test_unknown_path_and_method_are_json_404_and_405(client: TestClient) -> None:
    error_of(client.get("/api/v1/nothing"), 404)
    response = client.get("/api/v1/check")
    error_of(response, 405)
    assert "POST" in response.headers["allow"]


def test_rates_endpoint_errors(client: TestClient) -> None:
    assert error_of(client.get("/api/v1/rates/US/HKD"), 422)["field"] == "base"
    assert error_of(client.get("/api/v1/rates/USD/H1D"), 422)["field"] == "quote"
    assert error_of(client.get("/api/v1/rates/USD/HKD?date=soon"), 422)["field"] == "date"
    assert error_of(client.get("/api/v1/rates/USD/HKD?day=2024-01-02"), 422)["field"] == "day"
    assert error_of(client.get("/api/v1/rates/QQQ/HKD"), 404)["field"] == "base"
    assert error_of(client.get("/api/v1/rates/USD/HKD?date=1950-01-02"), 404)["field"] == "date"


def test_no_traceback_reaches_the_client(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(hc, "check", broken)  # the app calls it as hc.check
    with caplog.at_level(logging.ERROR, logger="headlinecheck.serve"):
        response = client.post("/api/v1/check", json=ARTICLE)
        page = client.post("/", data={"headline": HEADLINE, "body": BODY})
    for answer in (response, page):
        found = error_of(answer, 500)
        assert found["message"] == "internal error"
        assert "secret" not in answer.text and "Traceback" not in answer.text
        assert "content-security-policy" in answer.headers
    assert "secret internals" in caplog.text  # logged server-side, with the traceback
    assert "Traceback" in caplog.text


def test_cors_only_for_configured_origins(tmp_path: Path) -> None:
    config = serve_app.ServeConfig(cors_origins=("https://cms.example.org",))
    with TestClient(serve_app.create_app(config)) as cors:
        allowed = cors.options(
            "/api/v1/check",
            headers={
                "origin": "https://cms.example.org",
                "access-control-request-method": "POST",
                "access-control-request-headers": "content-type",
            },
        )
        assert allowed.headers["access-control-allow-origin"] == "https://cms.example.org"
        other = cors.post("/api/v1/check", json=ARTICLE, headers={"origin": "https://evil.test"})
        assert "access-control-allow-origin" not in other.headers


def test_config_travels_to_workers_by_json() -> None:
    config = serve_app.ServeConfig(("/x.csv",), 5, ("https://a.example",))
    assert serve_app.ServeConfig.from_json(config.to_json()) == config


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--workers", "0"], "--workers must be at least 1"),
        (["--max-body-bytes", "0"], "--max-body-bytes must be at least 1"),
        (["--port", "70000"], "--port must be from 0 to 65535"),
        (["--cors-origin", "cms.example.org"], "--cors-origin must be an origin"),
        (["--rates", "/nonexistent/rates.csv"], "cannot read rates file"),
    ],
)
def test_serve_command_refuses_bad_flags_before_listening(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from headlinecheck.cli import main

    assert main(["serve", *argv]) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    "body",
    [
        "plain ASCII, HK$50 million",
        "\U0001f4b0 at the start, HK$50 million",
        "HK$50 million \U0001f4b0 after the figure",
        "mixed \U0001f4b0 BMP 元 and \U00020000 astral \U0001f4b0\U0001f4b0 HK$50 million",
    ],
)
def test_utf16_spans_count_the_units_before_each_offset(body: str) -> None:
    from headlinecheck.serve.schemas import add_utf16_spans

    headline = "\U0001f4b0 $6.4M"
    offsets = [(0, 1), (2, 5), (len(body) - 3, len(body)), (len(body), len(body) + 7)]
    report: dict[str, Any] = {
        "claims": [
            {"claim": {"span": [1, len(headline)]}, "evidence": {"span": list(span)}}
            for span in offsets
        ]
        + [{"claim": {"span": [0, 2]}, "evidence": None}]
    }
    add_utf16_spans(report, headline, body)

    def units(text: str, offset: int) -> int:
        return len(text[:offset].encode("utf-16-le")) // 2

    for claim, (start, end) in zip(report["claims"], offsets, strict=False):
        assert claim["evidence"]["span_utf16"] == [units(body, start), units(body, end)]
        assert claim["claim"]["span_utf16"] == [units(headline, 1), units(headline, 99)]
    assert report["claims"][-1]["claim"]["span_utf16"] == [0, 3]
    assert report["claims"][-1]["evidence"] is None


def test_warm_up_at_start_up_skips_what_the_rates_file_cannot_convert() -> None:
    # newsroom.csv holds USD/HKD only: the warm-up's euro, yen and rupee articles cannot be
    # converted with it, and start-up must still succeed and serve.
    rates = str(Path(__file__).parent / "data" / "rates" / "newsroom.csv")
    app = serve_app.create_app(serve_app.ServeConfig(rates=(rates,)))
    with TestClient(app) as newsroom:
        response = newsroom.post(
            "/api/v1/check",
            json={"headline": "Firm raises $6.4M", "body": BODY, "published": "2023-02-23"},
        )
    assert response.status_code == 200, response.text
    (claim,) = response.json()["claims"]
    assert claim["verdict"] == "supported"
    assert claim["rate"]["source"] == "HKMA"


def test_warm_up_covers_the_languages_with_modules() -> None:
    import headlinecheck.lang as lang

    modules = {path.stem for path in Path(lang.__file__).parent.glob("[!_]*.py")}
    warmed = {locale.split("_")[0] for _, _, locale in serve_app.WARM_UP if locale} | {"en"}
    warmed |= {locale for _, _, locale in serve_app.WARM_UP if locale}
    assert "zh" in modules  # Chinese is read in every text, warmed without a locale
    missing = {m for m in modules - {"zh"} if m not in {w.lower() for w in warmed}}
    assert not missing, f"add a WARM_UP article for {sorted(missing)}"


def test_an_app_built_only_to_validate_skips_the_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    warmed: list[object] = []
    monkeypatch.setattr(serve_app, "warm_up", warmed.append)
    serve_app.create_app(serve_app.ServeConfig(), warm=False)
    assert warmed == []
    app = serve_app.create_app(serve_app.ServeConfig())
    assert len(warmed) == 1 and isinstance(warmed[0], hc.RateTable)
    with TestClient(app) as cold:  # not warmed here (patched), yet it answers
        assert cold.post("/api/v1/check", json=ARTICLE).status_code == 200


def test_desk_rates_add_to_the_bundled_table_and_rates_only_replaces_it() -> None:
    desk = str(Path(__file__).parent / "data" / "rates" / "newsroom.csv")  # USD/HKD only
    added = serve_app.Service(serve_app.ServeConfig(rates=(desk,)), warm=False)
    alone = serve_app.Service(serve_app.ServeConfig(rates=(desk,), rates_only=True), warm=False)
    assert len(added.rates.paths) == 2 and str(added.rates.paths[-1]) == desk
    assert [str(path) for path in alone.rates.paths] == [desk]
    assert "JPY" in added.rates.currencies
    assert "JPY" not in alone.rates.currencies
