"""End to end: the real server (uvicorn in a subprocess on 127.0.0.1) and a real browser.

Headless Chromium is Debian's ``chromium`` package, driven by Playwright with
``executable_path``: Playwright's own browser download is not used (CI's ``.ci/run`` installs
chromium and the CJK font fonts-wqy-microhei). Skipped only when /usr/bin/chromium is missing.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        "no /usr/bin/chromium: install Debian's chromium and fonts-wqy-microhei (.ci/run does)",
        allow_module_level=True,
    )
pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[1]
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HEADLINE = "Firm raises $9.4M from investors"
BODY = "HONG KONG (Reuters) - The firm raised HK$50 million on Tuesday from 20 investors."
ZH_HEADLINE = "腾讯投资5000万美元建设数据中心"
ZH_BODY = "腾讯周二宣布投资5000万美元，用于建设新的数据中心。"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "headlinecheck",
            "serve",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read().decode() if process.stdout else ""
                    pytest.fail(f"the server did not start:\n{output}")
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout:
            process.stdout.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=BROWSER_ARGS
        )
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(java_script_enabled=False)  # the page needs none
    opened = context.new_page()
    try:
        yield opened
    finally:
        context.close()


def _submit(page: Any, url: str, headline: str, body: str, **fields: str) -> None:
    page.goto(url + "/")
    page.fill("#headline", headline)
    page.fill("#body", body)
    for name, value in fields.items():
        page.fill(f"#{name}", value)
    with page.expect_navigation():
        page.click("button[type=submit]")


@pytest.mark.slow
def test_paste_an_article_and_follow_the_claim_to_its_evidence(server: str, page: Any) -> None:
    _submit(page, server, HEADLINE, BODY, published="2024-03-01")
    claim = page.locator("a.claim")
    assert claim.count() == 1
    assert "v-mismatch" in (claim.get_attribute("class") or "")
    assert "$9.4M" in claim.inner_text() and "mismatch" in claim.inner_text()
    target = (claim.get_attribute("href") or "").removeprefix("#")
    evidence = page.locator(f"mark#{target}")
    assert evidence.inner_text() == "HK$50 million"
    assert "write USD 6.4 million" in page.locator("section.card").inner_text()
    claim.click()  # a plain anchor: the browser moves to the body figure
    assert page.url.endswith(f"#{target}")
    # The mark is highlighted (:target outline), and drawn, not hidden.
    assert evidence.is_visible()
    outline = evidence.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline == "solid"


@pytest.mark.slow
def test_chinese_article_renders(server: str, page: Any, tmp_path: Path) -> None:
    _submit(page, server, ZH_HEADLINE, ZH_BODY, published="2024-03-01", locale="zh_CN")
    claim = page.locator("a.claim")
    assert "5000万美元" in claim.inner_text()
    assert "v-supported" in (claim.get_attribute("class") or "")
    assert ZH_BODY in page.locator("div.body").inner_text()
    # Drawn with real glyphs: a CJK font gives the headline's Han characters their full width
    # (a missing font draws narrow boxes or nothing).
    width = page.locator("h2.headline").evaluate(
        "e => { const r = document.createRange(); r.selectNodeContents(e.firstChild);"
        " return r.getBoundingClientRect().width / e.firstChild.textContent.length; }"
    )
    size = page.locator("h2.headline").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert width > 0.8 * size
    shot = tmp_path / "zh.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 5_000


def test_bad_field_is_shown_on_the_page(server: str, page: Any) -> None:
    _submit(page, server, HEADLINE, BODY, published="2024-03-01", tolerance="5")
    assert "settings.tolerance: must be a fraction" in page.locator(".notice").inner_text()
    assert page.locator("#tolerance").get_attribute("aria-invalid") == "true"
    assert page.locator("#headline").input_value() == HEADLINE  # the form keeps what was typed


def test_html_report_opened_from_a_file(tmp_path: Path, page: Any) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    (tmp_path / "en.md").write_text(f"---\npublished: 2024-03-01\n---\n# {HEADLINE}\n\n{BODY}\n")
    (tmp_path / "zh.md").write_text(
        f"---\npublished: 2024-03-01\nheadlinecheck:\n  locale: zh_CN\n---\n# {ZH_HEADLINE}\n\n"
        f"{ZH_BODY}\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "headlinecheck", "check", "--format", "html", str(tmp_path)],
        env=env,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    report = tmp_path / "report.html"
    report.write_bytes(done.stdout)
    page.goto(report.as_uri())
    assert page.locator("article").count() == 2
    index = page.locator("table a")
    assert index.count() == 2
    claims = page.locator("a.claim")
    classes = sorted(claims.nth(i).get_attribute("class") or "" for i in range(claims.count()))
    assert classes == ["claim v-mismatch", "claim v-supported"]
    mismatch = page.locator("a.claim.v-mismatch")
    target = (mismatch.get_attribute("href") or "").removeprefix("#")
    assert page.locator(f"mark#{target}").inner_text() == "HK$50 million"
    zh = page.locator("h2.headline").nth(1).inner_text()
    assert zh.startswith("腾讯投资5000万美元") and zh.endswith("建设数据中心")
    assert ZH_BODY in page.locator("div.body").nth(1).inner_text()
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 5_000
