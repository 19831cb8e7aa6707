"""Render docs/images/serve-page.png: the paste-in page of `headlinecheck serve` after a check.

Starts the real server on a free loopback port, submits the example article in headless Debian
Chromium (Playwright with ``executable_path``, as tests/test_e2e_browser.py does) and saves a
full-page screenshot. Run after changing the page:

    python scripts/serve_screenshot.py [--out docs/images/serve-page.png]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
HEADLINE = "Firm raises $9.4M from 20 investors, revenue up 12%"
BODY = (
    "HONG KONG (Reuters) - The firm raised HK$50 million on Tuesday from 20 investors, its chief "
    "executive said.\nRevenue rose 12% to HK$3.2 billion in the year."
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the server did not start") from None
            time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images" / "serve-page.png")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "headlinecheck", "serve", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(url, process)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page(viewport={"width": 760, "height": 1160})
            page.goto(url + "/")
            page.fill("#headline", HEADLINE)
            page.fill("#body", BODY)
            page.fill("#published", "2024-03-01")
            with page.expect_navigation():
                page.click("button[type=submit]")
            page.screenshot(path=str(args.out), full_page=False)
            browser.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
