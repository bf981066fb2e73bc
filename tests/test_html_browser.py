"""The HTML report in a real headless Chromium (Debian's, driven by Playwright).

Skips only where no Chromium is installed; under CI (CI=true) a missing browser fails the run.
A screenshot is written to test-artifacts/ for people to look at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic"]
PAYLOAD = """Acme's revenue was €4.8bn. <script>window.__pwned = 1</script>

<img src=x onerror="window.__pwned = 2"> Later, Acme's revenue was €4.6bn. "<script>window.__pwned=3</script>
and then some words that make this a quote," said Jane Roe.
"""


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is not installed; .ci/run installs Debian's chromium")
        pytest.skip("no Chromium on this machine (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


def open_report(browser, run, tmp_path, article: Path, *extra: str):
    report = tmp_path / "report.html"
    run("check", "--format", "html", "-o", report, *extra, article)
    page = browser.new_page(viewport={"width": 1200, "height": 1600})
    page.goto(report.as_uri())
    return page


def test_claims_are_highlighted_and_a_finding_opens(browser, run, tmp_path):
    page = open_report(browser, run, tmp_path, ROOT / "seeds" / "harbor-city-budget.txt")
    money = page.locator(".prose .c-money").first
    assert money.is_visible() and money.inner_text() == "$1.2 billion"
    assert page.locator(".prose .f-error").count() >= 3
    finding = page.locator("details.finding").first
    side = finding.locator(".side").first
    assert not side.is_visible()
    finding.locator("summary").click()
    assert side.is_visible() and "$300 million" in side.inner_text()
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    page.screenshot(path=str(artifacts / "html-report.png"), full_page=True)
    page.close()


def test_script_and_onerror_payloads_in_an_article_run_nothing(browser, run, tmp_path):
    draft = tmp_path / "hostile.txt"  # plain text: the payload is prose, shown as written
    draft.write_text(PAYLOAD)
    page = open_report(browser, run, tmp_path, draft)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    prose = page.locator(".prose").inner_text()
    assert "<script>window.__pwned = 1</script>" in prose
    assert '<img src=x onerror="window.__pwned = 2">' in prose
    assert page.locator("script").count() == 0 and page.locator("img").count() == 0
    page.close()
