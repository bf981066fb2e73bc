"""``verify serve`` in a real headless Chromium (Debian's, driven by Playwright): an editor pastes a
draft with a planted error and sees the finding, its highlight in the article and its suggestion —
re-checked as they type with JavaScript on, and through the form post with it off.

Skips only where no Chromium is installed; under CI (CI=true) a missing browser fails the run. Each
browser starts with a fresh profile and without background networking (see tests/test_html_browser.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.serving import running
from tests.test_html_browser import ARGS, CHROMIUM, screenshot

DRAFT = ("Ostrava Grid said on Monday that it had raised $340 million, equivalent to 3.1 billion yuan, from "
         "investors led by a Singapore fund.\n\nThe board will meet on Friday, June 9, 2026, to approve the deal.\n")
HOSTILE = '<img src=x onerror="window.__pwned = 1"> <script>window.__pwned = 2</script> It cost $5m.'


@pytest.fixture(scope="module")
def server():
    with running() as url:
        yield url


def _browser(playwright, profile: Path, javascript: bool):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is not installed; .ci/run installs Debian's chromium")
        pytest.skip("no Chromium on this machine (apt-get install chromium)")
    return playwright.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, args=ARGS, viewport={"width": 1100, "height": 1200},
        java_script_enabled=javascript)


def test_the_page_rechecks_as_the_editor_types(server, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = _browser(playwright, tmp_path / "profile", javascript=True)
        page = browser.new_page()
        page.goto(server)
        page.fill("#date", "2026-06-12")
        page.fill("#text", DRAFT)  # an input event: the check runs after the pause, no reload
        suggestion = page.locator("#report .suggestion").first
        expect(suggestion).to_be_visible(timeout=10_000)
        assert page.url.rstrip("/") == server  # still the same page
        weekday = page.locator("#report details.finding.error summary")
        expect(weekday).to_contain_text("date.weekday")
        expect(weekday.locator(".suggestion ins")).to_have_text("Tuesday, June 9, 2026")
        conversion = page.locator("#report details.finding.warning .suggestion ins")
        expect(conversion).to_have_text("2.3 billion yuan")
        flagged = page.locator("#report .prose .flag.sev-error", has_text="Friday, June 9, 2026")
        expect(flagged).to_be_visible()
        expect(page.locator("#status")).to_have_text("2 findings")
        screenshot(page, "serve-page.png", height=1000)
        page.fill("#text", "It cost $5m.")  # fixed: the findings go away as the editor types
        expect(page.locator("#status")).to_have_text("0 findings", timeout=10_000)
        assert page.locator("#report details.finding").count() == 0
        page.select_option("#format", "text")  # plain text: the payload is prose, shown as written
        page.fill("#text", HOSTILE)
        expect(page.locator("#report .prose")).to_contain_text("<script>window.__pwned = 2</script>", timeout=10_000)
        assert page.evaluate("window.__pwned") is None and page.locator("#report img").count() == 0
        browser.close()


def test_the_form_post_works_with_javascript_off(server, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = _browser(playwright, tmp_path / "profile", javascript=False)
        page = browser.new_page()
        page.goto(server)
        page.fill("#text", DRAFT)
        page.fill("#date", "2026-06-12")
        page.click("button[type=submit]")
        page.wait_for_load_state()
        expect(page.locator("#report .suggestion ins").first).to_have_text("Tuesday, June 9, 2026")
        expect(page.locator("#report .prose .flag.sev-warning", has_text="3.1 billion yuan")).to_be_visible()
        assert page.locator("#text").input_value().startswith("Ostrava Grid said on Monday")
        browser.close()
