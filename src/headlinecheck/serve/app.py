"""The Starlette application of ``headlinecheck serve``: the JSON API and the paste-in page.

The app holds no logic of its own: requests are validated by ``schemas``, checked by
``headlinecheck.check`` against one rate table loaded at start-up, and answered as the checker's
``Report.to_dict()`` (with UTF-16 spans added) or as the HTML report. ``Guard``, the outermost
layer, limits the request size (413), adds the security headers to every response and turns any
unexpected exception into a generic 500 logged server-side, so no traceback reaches a client.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import headlinecheck as hc
from headlinecheck import messages
from headlinecheck.rates import load_desk_rates
from headlinecheck.report import html_format as htmlreport
from headlinecheck.serve import openapi, page
from headlinecheck.serve.schemas import (
    ApiError,
    CheckRequest,
    add_utf16_spans,
    parse_batch,
    parse_check,
    parse_date,
)
from headlinecheck.wording import rate_dict

LOG = logging.getLogger("headlinecheck.serve")
#: The environment variable carrying ``ServeConfig`` to uvicorn's worker processes.
CONFIG_ENV = "HEADLINECHECK_SERVE_CONFIG"
BATCH_SCHEMA = "headlinecheck.batch/1"
#: Every response: no script, no framing, no external anything; the page's one style sheet.
CSP = (
    f"default-src 'none'; style-src {htmlreport.STYLE_HASH}; img-src data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


@attrs.frozen
class ServeConfig:
    """What ``headlinecheck serve`` was told: desk rates files (on top of the bundled ECB table, or
    instead of it with ``rates_only``), the request size limit and the origins allowed by CORS
    (none: CORS off)."""

    rates: tuple[str, ...] = ()
    max_body_bytes: int = 1_000_000
    cors_origins: tuple[str, ...] = ()
    #: ``rates`` replace the bundled table instead of adding to it (``--rates-only``).
    rates_only: bool = False

    def to_json(self) -> str:
        return json.dumps(attrs.asdict(self))

    @classmethod
    def from_json(cls, text: str) -> ServeConfig:
        data = json.loads(text)
        return cls(
            rates=tuple(data.get("rates", ())),
            max_body_bytes=int(data.get("max_body_bytes", 1_000_000)),
            cors_origins=tuple(data.get("cors_origins", ())),
            rates_only=bool(data.get("rates_only", False)),
        )


def _error(status: int, message: str, field: str | None = None, fix: str | None = None) -> bytes:
    return json.dumps(ApiError(status, field, message, fix).to_dict()).encode()


class Guard:
    """Size limit, security headers and the last line of defence against tracebacks."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.limit = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", ()), *SECURITY_HEADERS]
            await send(message)

        too_large = _error(
            413, f"the request is over the {self.limit:,}-byte limit", fix="send a shorter article"
        )
        length = dict(scope.get("headers", ())).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.limit:
            await _send_json(guarded_send, 413, too_large)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await _send_json(guarded_send, 413, too_large)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        try:
            await self.app(scope, replay, guarded_send)
        except Exception:
            LOG.exception("unexpected error on %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await _send_json(guarded_send, 500, _error(500, "internal error"))


async def _send_json(send: Send, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


#: Articles checked once at start-up, so that no client's request pays for what the checker
#: builds on first use: its scanning regexes (plain and with full-width digits and Chinese
#: numerals), the currency tables, and the language data and locale words of the languages it
#: has modules for (a first German request costs some 40 ms otherwise).
WARM_UP: tuple[tuple[str, str, str | None], ...] = (
    ("Warm-up: $1 million", "USD 1 million, 2 companies, 3%", None),
    (
        "Firm raises $5.1M from 20 investors, revenue up 12%",
        "HONG KONG (Reuters) - The firm raised HK$40 million on Tuesday from 20 investors. "
        "Revenue rose 12% to HK$3.2 billion; EUR 5bn, £4.3bn, ¥700bn, Rs 2,500 crore, "
        "S$1.5 billion, more than 1,500 people, up from 1,200 a year ago.",
        None,
    ),
    ("公司融资5000万元，增长12%", "公司融资五千万元，收入增长１２％至３．２亿元。", None),
    ("Umsatz steigt um 3 % auf 5 Mrd. €", "Der Umsatz stieg um 3 % auf 5 Mrd. Euro.", "de_DE"),
    ("Le chiffre d'affaires croît de 3 %", "Il atteint 5 milliards d'euros, +3 %.", "fr_FR"),
    ("Receita sobe 3%", "A receita subiu 3% para R$ 5 bilhões.", "pt_BR"),
    ("Firm raises Rs 50 crore", "It raised Rs 50 crore (₹500 million) from 20 investors.", "en_IN"),
    ("Gobierno destina $10 mil", "El gobierno destina $10 mil para la escuela.", "es_MX"),
    ("Rp5,2 triliun untuk jalan", "Pemerintah menyiapkan Rp5,2 triliun.", "id_ID"),
    ("Ngân sách 5 tỷ đồng", "Ngân sách 5 tỷ đồng, tăng 3%.", "vi_VN"),
    ("Belanjawan RM393.8 bilion", "Kerajaan memperuntukkan RM393.8 bilion.", "ms_MY"),
    ("Bajeti ya Kshs 25 bilioni", "Serikali imetenga Kshs 25 bilioni.", "sw_KE"),
)


def warm_up(rates: hc.RateTable) -> None:
    """Check the ``WARM_UP`` articles against ``rates``; one the table cannot convert (a rates
    file without those currencies or dates) is skipped: the warm-up must not stop start-up."""
    for headline, body, locale in WARM_UP:
        try:
            hc.check(headline, body, rates=rates, locale=locale)
        except hc.HeadlinecheckError:
            continue


class Service:
    """The endpoints, around one rate table."""

    def __init__(self, config: ServeConfig, *, warm: bool = True) -> None:
        self.config = config
        self.rates = load_desk_rates(config.rates, only=config.rates_only)
        # Read now: a bad rates file stops start-up; the first request then pays nothing.
        self.rates.validate()
        self.coverage = self.rates.coverage
        if warm:
            warm_up(self.rates)

    def check(self, request: CheckRequest) -> dict[str, Any]:
        """The report on one article, as JSON-ready data with UTF-16 spans."""
        try:
            report = hc.check(
                request.headline,
                request.body,
                published=request.published,
                rates=self.rates,
                **request.options(),
            )
        except hc.UnknownCurrency as error:
            raise ApiError(422, request.field_of(error.code), str(error)) from None
        except hc.RateNotAvailable as error:
            field = request.prefix + "published" if request.published else None
            raise ApiError(422, field, str(error)) from None
        except hc.InputError as error:
            got = "" if error.value is None else f" (got {error.value!r})"
            field = request.field_of(error.value)
            raise ApiError(422, field, error.problem + got, error.fix) from None
        except hc.HeadlinecheckError as error:
            raise ApiError(422, None, str(error)) from None
        worded = messages.word_report(report.to_dict(), request.lang)
        return add_utf16_spans(worded, request.headline, request.body)

    async def api_check(self, request: Request) -> Response:
        return JSONResponse(self.check(parse_check(await _json(request))))

    async def api_batch(self, request: Request) -> Response:
        articles = parse_batch(await _json(request))
        reports = [self.check(article) for article in articles]
        return JSONResponse({"schema": BATCH_SCHEMA, "reports": reports})

    async def api_rate(self, request: Request) -> Response:
        base = request.path_params["base"]
        quote = request.path_params["quote"]
        for name, code in (("base", base), ("quote", quote)):
            if len(code) != 3 or not code.isascii() or not code.isalpha():
                raise ApiError(422, name, f"must be a three-letter ISO 4217 code (got {code!r})")
        for name in request.query_params:
            if name != "date":
                raise ApiError(422, name, "is not a known query parameter", "known: date")
        on = parse_date(request.query_params.get("date"), "date") or self.coverage[1]
        try:
            rate = self.rates.rate(base.upper(), quote.upper(), on)
        except hc.UnknownCurrency as error:
            field = "base" if error.code.upper() == base.upper() else "quote"
            raise ApiError(404, field, str(error)) from None
        except hc.RateNotAvailable as error:
            raise ApiError(404, "date", str(error)) from None
        return JSONResponse(rate_dict(rate))

    async def healthz(self, request: Request) -> Response:
        first, last = self.coverage
        return JSONResponse(
            {
                "status": "ok",
                "version": hc.__version__,
                "rates": {"first": first.isoformat(), "last": last.isoformat()},
            }
        )

    async def openapi(self, request: Request) -> Response:
        return JSONResponse(openapi.DOCUMENT)

    async def page(self, request: Request) -> Response:
        if request.method == "GET":
            return HTMLResponse(page.render({}))
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind != "application/x-www-form-urlencoded":
            raise ApiError(415, None, "the page's form posts application/x-www-form-urlencoded")
        values = page.form_values(await request.body())
        try:
            checked = parse_check(page.as_request(values))
        except ApiError as error:
            return HTMLResponse(page.render(values, error=error), status_code=error.status)
        try:
            report = self.check(checked)
        except ApiError as error:
            return HTMLResponse(page.render(values, error=error), status_code=error.status)
        view = htmlreport.ArticleView("pasted article", checked.headline, checked.body, report)
        return HTMLResponse(page.render(values, view=view))


async def _json(request: Request) -> Any:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise ApiError(415, None, "send the request as JSON", "Content-Type: application/json")
    raw = await request.body()
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ApiError(400, None, "the request body is not UTF-8") from None
    except json.JSONDecodeError as error:
        message = f"the request body is not valid JSON: {error.msg} at line {error.lineno}"
        raise ApiError(400, None, f"{message}, column {error.colno}") from None


async def _api_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, ApiError)
    return JSONResponse(error.to_dict(), status_code=error.status)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    body = ApiError(error.status_code, None, str(error.detail)).to_dict()
    return JSONResponse(body, status_code=error.status_code, headers=error.headers)


async def _internal_error(request: Request, error: Exception) -> Response:
    # Logged by Guard, which sees the exception next; the client learns nothing of it.
    return JSONResponse(ApiError(500, None, "internal error").to_dict(), status_code=500)


Handler = Callable[[Request], Awaitable[Response]]


def create_app(config: ServeConfig | None = None, *, warm: bool = True) -> ASGIApp:
    """The whole ASGI application, rates loaded and (unless ``warm`` is False: an app built only
    to validate the configuration) the checker warmed up by ``WARM_UP``."""
    config = config or ServeConfig()
    service = Service(config, warm=warm)
    routes = [
        Route("/", service.page, methods=["GET", "POST"]),
        Route("/api/v1/check", service.api_check, methods=["POST"]),
        Route("/api/v1/check/batch", service.api_batch, methods=["POST"]),
        Route("/api/v1/rates/{base}/{quote}", service.api_rate, methods=["GET"]),
        Route("/healthz", service.healthz, methods=["GET"]),
        Route("/openapi.json", service.openapi, methods=["GET"]),
    ]
    app: ASGIApp = Starlette(
        routes=routes,
        exception_handlers={
            ApiError: _api_error,
            HTTPException: _http_error,
            Exception: _internal_error,
        },
    )
    if config.cors_origins:
        app = CORSMiddleware(
            app,
            allow_origins=list(config.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type"],
            max_age=600,
        )
    return Guard(app, config.max_body_bytes)


def app_from_env() -> ASGIApp:
    """uvicorn's factory in each worker process: the configuration comes by environment."""
    raw = os.environ.get(CONFIG_ENV)
    return create_app(ServeConfig.from_json(raw) if raw else None)
