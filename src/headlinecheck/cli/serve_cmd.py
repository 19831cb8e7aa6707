"""`headlinecheck serve`: the JSON API and the paste-in page over HTTP (docs/serve.md).

Needs the ``serve`` extra (Starlette and uvicorn), imported only when the command runs.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

DESCRIPTION = """\
Serve the checker over HTTP: POST /api/v1/check and /api/v1/check/batch (JSON), GET
/api/v1/rates/BASE/QUOTE, /healthz, /openapi.json, and at / a page with a form to paste an
article into (no script needed). Rates are loaded once at start-up. Binds to 127.0.0.1 unless
--host says otherwise: put a reverse proxy in front to serve others (docs/serve.md).
"""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="serve the JSON API and the paste-in page over HTTP",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind")
    parser.add_argument("--port", type=int, default=8000, help="port to bind (0: any free one)")
    parser.add_argument("--workers", metavar="N", type=int, default=1, help="worker processes")
    parser.add_argument(
        "--max-body-bytes",
        metavar="N",
        type=int,
        default=1_000_000,
        help="larger requests are refused with 413",
    )
    parser.add_argument(
        "--cors-origin",
        metavar="ORIGIN",
        action="append",
        default=[],
        help="allow cross-origin requests from ORIGIN (repeatable; off by default)",
    )
    parser.add_argument(
        "--rates",
        metavar="FILE",
        action="append",
        default=[],
        help="desk rates CSV on top of the bundled ECB rates: its rows win (repeatable; later "
        "files win)",
    )
    parser.add_argument(
        "--rates-only",
        metavar="FILE",
        action="append",
        default=[],
        help="rates CSV to use instead of the bundled ECB rates (repeatable)",
    )
    parser.add_argument(
        "--log-level",
        choices=("critical", "error", "warning", "info", "debug"),
        default="info",
        help="server log level",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from headlinecheck.errors import InputError

    if args.workers < 1:
        raise InputError("--workers must be at least 1", value=args.workers)
    if not 0 <= args.port <= 65535:
        raise InputError("--port must be from 0 to 65535", value=args.port)
    if args.max_body_bytes < 1:
        raise InputError("--max-body-bytes must be at least 1", value=args.max_body_bytes)
    for origin in args.cors_origin:
        if origin != "*" and not origin.startswith(("http://", "https://")):
            raise InputError(
                "--cors-origin must be an origin such as https://cms.example.org", value=origin
            )
    try:
        import uvicorn

        from headlinecheck.serve import app as serve_app
    except ImportError as error:
        raise InputError(
            f"headlinecheck serve needs the 'serve' extra ({error.name} is missing)",
            fix="pip install 'headlinecheck[serve]'",
        ) from None
    if args.rates and args.rates_only:
        raise InputError(
            "give --rates (desk rates on top of the bundled table) or --rates-only (instead of "
            "it), not both",
            value="--rates, --rates-only",
        )
    config = serve_app.ServeConfig(
        rates=tuple(
            str(os.path.abspath(path))  # noqa: PTH100
            for path in (args.rates_only or args.rates)
        ),
        rates_only=bool(args.rates_only),
        max_body_bytes=args.max_body_bytes,
        cors_origins=tuple(args.cors_origin),
    )
    # Built here: a bad rates file fails once, before any worker starts. One worker serves
    # this very app; more get the configuration by environment and build their own.
    application = serve_app.create_app(config)
    os.environ[serve_app.CONFIG_ENV] = config.to_json()
    uvicorn.run(
        application if args.workers == 1 else "headlinecheck.serve.app:app_from_env",
        factory=args.workers > 1,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        server_header=False,
        proxy_headers=True,
    )
    return 0
