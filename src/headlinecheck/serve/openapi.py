"""The OpenAPI 3.1 description of the HTTP API, served at ``/openapi.json``."""

from __future__ import annotations

from typing import Any

from headlinecheck import __version__
from headlinecheck.messages import LANGUAGES

_CODE = {"type": "string", "pattern": "^[A-Za-z]{3}$", "examples": ["USD"]}
_DATE = {"type": "string", "format": "date", "examples": ["2024-03-01"]}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


_ERRORS = {
    "400": _json(_ref("Error"), "The body is not JSON (or not UTF-8)."),
    "413": _json(_ref("Error"), "The request is over the size limit."),
    "415": _json(_ref("Error"), "The request is not application/json."),
    "422": _json(_ref("Error"), "A field is invalid: `error.field` names it."),
    "500": _json(_ref("Error"), "An unexpected error (logged by the server; no detail given)."),
}

_SCHEMAS: dict[str, Any] = {
    "CheckRequest": {
        "type": "object",
        "additionalProperties": False,
        "required": ["headline", "body"],
        "properties": {
            "headline": {"type": "string", "minLength": 1},
            "body": {"type": "string"},
            "published": {**_DATE, "description": "Publication date: the rates of this day."},
            "dollar": {**_CODE, "description": "What a bare '$' means (else read from the text)."},
            "locale": {"type": "string", "examples": ["en_HK"]},
            "lang": {
                "enum": list(LANGUAGES),
                "description": (
                    "The language of the report's messages (each claim's message, hint and "
                    "notes, and the dollar's reason), as `check --lang`: en (the default), "
                    "zh-Hant or zh-Hans."
                ),
            },
            "settings": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "tolerance": {
                        "oneOf": [{"type": "number"}, {"type": "string"}],
                        "examples": [0.005, "0.5%"],
                    },
                    "unsupported": {"enum": ["warn", "fail"]},
                    "default_dollar": _CODE,
                },
            },
        },
    },
    "BatchRequest": {
        "type": "object",
        "additionalProperties": False,
        "required": ["articles"],
        "properties": {
            "articles": {
                "type": "array",
                "minItems": 1,
                "maxItems": 100,
                "items": _ref("CheckRequest"),
            }
        },
    },
    "Span": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
    "Report": {
        "type": "object",
        "description": (
            "The checker's report, schema headlinecheck.report/1 (docs/checking.md). Each figure "
            "has `span` in code points and `span_utf16` in UTF-16 code units."
        ),
        "required": ["schema", "headline", "ok", "claims", "summary"],
        "properties": {
            "schema": {"const": "headlinecheck.report/1"},
            "headline": {"type": "string"},
            "ok": {"type": "boolean"},
            "published": {"oneOf": [_DATE, {"type": "null"}]},
            "summary": {"type": "object"},
            "claims": {"type": "array", "items": {"type": "object"}},
        },
    },
    "BatchReport": {
        "type": "object",
        "properties": {
            "schema": {"const": "headlinecheck.batch/1"},
            "reports": {"type": "array", "items": _ref("Report")},
        },
    },
    "Rate": {
        "type": "object",
        "properties": {
            "base": {"type": "string"},
            "quote": {"type": "string"},
            "value": {"type": "string", "description": "Units of quote per one base (decimal)."},
            "requested": _DATE,
            "used": _DATE,
            "source": {"type": "string"},
            "path": {"type": "string"},
        },
    },
    "Error": {
        "type": "object",
        "properties": {
            "error": {
                "type": "object",
                "properties": {
                    "status": {"type": "integer"},
                    "field": {"type": ["string", "null"], "examples": ["articles[2].published"]},
                    "message": {"type": "string"},
                    "fix": {"type": ["string", "null"]},
                },
            }
        },
    },
}

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "headlinecheck",
        "version": __version__,
        "description": "Fact-check the numbers in news headlines against the article body.",
    },
    "paths": {
        "/api/v1/check": {
            "post": {
                "summary": "Check one headline against its body",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("CheckRequest")}},
                },
                "responses": {"200": _json(_ref("Report"), "The report."), **_ERRORS},
            }
        },
        "/api/v1/check/batch": {
            "post": {
                "summary": "Check up to 100 articles",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("BatchRequest")}},
                },
                "responses": {
                    "200": _json(_ref("BatchReport"), "One report per article."),
                    **_ERRORS,
                },
            }
        },
        "/api/v1/rates/{base}/{quote}": {
            "get": {
                "summary": "The rate of a currency pair on a date, with its provenance",
                "parameters": [
                    {"name": "base", "in": "path", "required": True, "schema": _CODE},
                    {"name": "quote", "in": "path", "required": True, "schema": _CODE},
                    {"name": "date", "in": "query", "required": False, "schema": _DATE},
                ],
                "responses": {
                    "200": _json(_ref("Rate"), "The rate."),
                    "404": _json(_ref("Error"), "Unknown currency, or no rate for the date."),
                    "422": _ERRORS["422"],
                },
            }
        },
        "/healthz": {
            "get": {
                "summary": "Liveness, version and the rate table's coverage",
                "responses": {"200": _json({"type": "object"}, "Serving.")},
            }
        },
        "/openapi.json": {
            "get": {
                "summary": "This description",
                "responses": {"200": _json({"type": "object"}, "OpenAPI 3.1.")},
            }
        },
        "/": {
            "get": {
                "summary": "The paste-in page (HTML form, no script)",
                "responses": {"200": {"description": "HTML", "content": {"text/html": {}}}},
            },
            "post": {
                "summary": "The page's form: the page again, with the HTML report",
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    name: {"type": "string"}
                                    for name in (
                                        "headline",
                                        "body",
                                        "published",
                                        "dollar",
                                        "locale",
                                        "tolerance",
                                        "lang",
                                    )
                                },
                            }
                        }
                    }
                },
                "responses": {
                    "200": {"description": "HTML", "content": {"text/html": {}}},
                    "422": {"description": "The page with a notice naming the field"},
                },
            },
        },
    },
    "components": {"schemas": _SCHEMAS},
}
