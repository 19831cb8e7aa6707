"""`headlinecheck serve` under load: N concurrent clients over loopback for a bounded time.

    python benchmarks/bench_serve.py [--clients 8] [--workers 2] [--seconds 20] [--size 5000]
                                     [--url http://127.0.0.1:8000] [--get /healthz]

Starts the server (uvicorn, ``--workers``) on a free 127.0.0.1 port unless ``--url`` names a
running one, then runs ``--clients`` threads, each with one keep-alive connection, posting
``--size``-byte articles to /api/v1/check for ``--seconds`` (after a short warm-up). Prints the
p50/p95/p99 latency, requests per second and errors (any non-200 answer or failed request).
Goal (issue 13): p95 <= 20 ms for a 5 KB article at 8 clients on 2 workers, zero errors.

Then, unless ``--no-floor``, the service time of the same requests in this process (validation,
``check`` and the UTF-16 spans, no HTTP; CPU median per request) and the latency it implies:
closed-loop clients keep every worker busy, so a request waits for about clients / workers
requests (Little's law), and the p50 cannot fall below that many service times.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARAGRAPH = (
    "HONG KONG (Reuters) - The firm raised HK${amount} million on Tuesday from {count} "
    "investors, its chief executive said. Revenue rose 12% to HK$3.2 billion in the year, and "
    "the company now employs more than 1,500 people across Asia, up from 1,200 a year ago. "
)


def article(size: int, seed: int) -> bytes:
    amount, count = 40 + seed % 20, 10 + seed % 30
    body = ""
    while len(body) < size:
        body += PARAGRAPH.format(amount=amount, count=count)
    usd = round(amount / 7.8, 1)
    request = {
        "headline": f"Firm raises ${usd}M from {count} investors, revenue up 12%",
        "body": body[:size],
        "published": "2024-03-01",
    }
    return json.dumps(request).encode()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_server(workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "headlinecheck", "serve", "--port", str(port)]
    command += ["--workers", str(workers), "--log-level", "warning"]
    process = subprocess.Popen(command, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2):
                break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        raise SystemExit("the server did not start")
    time.sleep(1.0 if workers > 1 else 0.2)  # let every worker finish its start-up
    return process, url


def client(
    url: str,
    bodies: list[bytes],
    stop: float,
    start: float,
    out: list[float],
    errors: list[str],
    get: str | None = None,
) -> None:
    parts = urllib.parse.urlsplit(url)
    assert parts.hostname is not None, url  # the server's own http://host:port
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    headers = {"Content-Type": "application/json"}
    index = 0
    while (now := time.perf_counter()) < stop:
        body = bodies[index % len(bodies)]
        index += 1
        try:
            if get:  # the HTTP layer alone
                connection.request("GET", get)
            else:
                connection.request("POST", "/api/v1/check", body, headers)
            response = connection.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as error:
            errors.append(type(error).__name__)
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            continue
        elapsed = time.perf_counter() - now
        if status != 200:
            errors.append(str(status))
        elif now >= start:
            out.append(elapsed)
    connection.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--size", type=int, default=5000, help="body size in characters")
    parser.add_argument("--url", help="a running server (else one is started)")
    parser.add_argument("--get", metavar="PATH", help="GET this path instead (e.g. /healthz)")
    parser.add_argument("--no-floor", action="store_true", help="skip the in-process service time")
    args = parser.parse_args()

    process = None
    url = args.url
    if url is None:
        process, url = start_server(args.workers)
    bodies = [article(args.size, seed) for seed in range(32)]
    try:
        begin = time.perf_counter()
        start, stop = begin + args.warmup, begin + args.warmup + args.seconds
        latencies: list[list[float]] = [[] for _ in range(args.clients)]
        errors: list[str] = []
        threads = [
            threading.Thread(target=client, args=(url, bodies, stop, start, mine, errors, args.get))
            for mine in latencies
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
    values = [value for mine in latencies for value in mine]
    if not values:
        raise SystemExit(f"no successful request; errors: {errors[:5]}")
    ms = 1000
    print(
        f"{args.clients} clients, {args.workers} workers, "
        f"{'GET ' + args.get if args.get else f'{len(bodies[0]):,}-byte requests'}, "
        f"{args.seconds:g} s (after {args.warmup:g} s warm-up), on {os.cpu_count()} CPUs"
    )
    print(
        f"  requests {len(values):,}  req/s {len(values) / args.seconds:,.1f}  errors {len(errors)}"
    )
    print(
        f"  latency p50 {statistics.median(values) * ms:.1f} ms  "
        f"p95 {percentile(values, 0.95) * ms:.1f} ms  p99 {percentile(values, 0.99) * ms:.1f} ms  "
        f"max {max(values) * ms:.1f} ms"
    )
    goal = percentile(values, 0.95) * ms <= 20 and not errors
    print(f"  goal p95 <= 20 ms with no errors: {'met' if goal else 'NOT met'}")
    if not args.no_floor and not args.get and args.url is None:
        service = service_time(bodies)
        depth = max(1.0, args.clients / args.workers)
        print(
            f"  in-process service time {service * ms:.1f} ms CPU per request (no HTTP); "
            f"{args.clients} clients on {args.workers} workers queue ~{depth:g} deep: "
            f"p50 floor ~{service * depth * ms:.0f} ms"
        )


def service_time(bodies: list[bytes], passes: int = 3) -> float:
    """Median CPU seconds per request of the app's own work on ``bodies``, in this process."""
    sys.path.insert(0, str(ROOT / "src"))
    from headlinecheck.serve.app import ServeConfig, Service
    from headlinecheck.serve.schemas import parse_check

    service = Service(ServeConfig())
    requests = [parse_check(json.loads(body)) for body in bodies]
    times = []
    for _ in range(passes + 1):
        start = time.process_time()
        for request in requests:
            service.check(request)
        times.append((time.process_time() - start) / len(requests))
    return statistics.median(times[1:])  # the first pass warms what the warm-up missed


if __name__ == "__main__":
    main()
