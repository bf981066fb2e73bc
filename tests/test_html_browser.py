"""The HTML report in a real headless Chromium (Debian's, driven by Playwright).

Skips only where no Chromium is installed; under CI (CI=true) a missing browser fails the run.
The browser starts with a fresh profile and without background networking. Screenshots go to
test-artifacts/ on every run; with VERIFY_UPDATE_SNAPSHOTS=1 they are also written to
tests/snapshots/*.png, which are committed for people to review as pictures (the assertions
here are on the page itself: what is visible, labelled, linked and hidden).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic"]
PAYLOAD = """Acme's revenue was €4.8bn. <script>window.__pwned = 1</script>

<img src=x onerror="window.__pwned = 2"> Later, Acme's revenue was €4.6bn. "<script>window.__pwned=3</script>
and then some words that make this a quote," said Jane Roe.
"""
BUDGET = Path("seeds/harbor-city-budget.txt")  # relative, from the repository root (see in_root)
SNAPSHOTS = ROOT / "tests" / "snapshots"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is not installed; .ci/run installs Debian's chromium")
        pytest.skip("no Chromium on this machine (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        profile = tmp_path_factory.mktemp("chromium-profile")  # a fresh --user-data-dir
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=ARGS, viewport={"width": 1100, "height": 1400})
        yield context
        context.close()


@pytest.fixture(autouse=True)
def in_root(monkeypatch):
    """Run from the repository root, so reports (and screenshots) name the seeds as seeds/…"""
    monkeypatch.chdir(ROOT)


def open_report(browser, run, tmp_path, *articles: Path, extra: tuple[str, ...] = ()):
    report = tmp_path / "report.html"
    run("check", "--format", "html", "-o", report, *extra, *articles)
    page = browser.new_page()
    page.goto(report.as_uri())
    return page


def screenshot(target, name: str, height: int = 900) -> None:
    """A small PNG of a page's top or of one element: always under test-artifacts/, and under
    tests/snapshots/ when snapshots are being updated."""
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    options = {"clip": {"x": 0, "y": 0, "width": 1100, "height": height}} if hasattr(target, "goto") else {}
    target.screenshot(path=str(artifacts / name), **options)
    if os.environ.get("VERIFY_UPDATE_SNAPSHOTS") == "1":
        target.screenshot(path=str(SNAPSHOTS / name), **options)
    assert (SNAPSHOTS / name).is_file(), f"run with VERIFY_UPDATE_SNAPSHOTS=1 to write tests/snapshots/{name}"


def background(locator) -> str:
    return locator.evaluate("el => getComputedStyle(el).backgroundColor")


def test_claims_are_highlighted_and_a_finding_opens(browser, run, tmp_path):
    page = open_report(browser, run, tmp_path, BUDGET)
    money = page.locator(".prose .c-money").first
    assert money.is_visible() and money.inner_text().startswith("$1.2 billion")
    assert page.locator(".prose .flag.sev-error").count() >= 3
    finding = page.locator("details.finding").first
    side = finding.locator(".side").first
    assert not side.is_visible()
    finding.locator("summary").click()
    assert side.is_visible() and "$300 million" in side.inner_text()
    screenshot(page, "html-report-article.png")
    page.close()


def test_flagged_spans_are_visible_labelled_and_show_the_message_on_focus(browser, run, tmp_path):
    page = open_report(browser, run, tmp_path, BUDGET)
    flagged = page.locator(".prose .flag[tabindex]")
    assert flagged.count() == 12  # every side of the five findings, the two job titles included
    for index in range(flagged.count()):
        span = flagged.nth(index)
        assert span.is_visible()
        labels = span.get_attribute("aria-describedby").split()
        messages = [page.locator(f"#{label}").inner_text() for label in labels]
        assert messages and all(messages) and all(message in span.get_attribute("title") for message in messages)
    total = page.locator(".prose .flag.sev-error[tabindex]", has_text="$300 million")
    assert background(total) != background(page.locator(".prose .c-date").first)  # strong, not like the rest
    total.focus()
    tip = total.evaluate("el => getComputedStyle(el, '::after').content")
    assert "arithmetic.total" in tip and "does not fit the total" in tip
    screenshot(page.locator(".prose"), "html-report-prose-focused.png")  # the message shown on focus
    title = page.locator(".prose .flag.sev-warning[tabindex]", has_text="treasurer Priya Raman")
    assert title.is_visible() and "attribution.title" in title.get_attribute("data-tip")
    page.close()


def test_each_flagged_claim_links_to_its_finding_and_back(browser, run, tmp_path):
    page = open_report(browser, run, tmp_path, BUDGET)
    refs = page.locator(".prose a.ref")
    assert refs.count() >= 10
    for index in range(refs.count()):
        target = refs.nth(index).get_attribute("href")
        assert page.locator(f"details.finding{target}").count() == 1
    refs.first.click()
    assert page.url.endswith(refs.first.get_attribute("href"))
    back = page.locator("details.finding").first.locator("summary a")
    assert page.locator(back.get_attribute("href")).is_visible()
    page.close()


def test_the_scriptless_toggle_hides_claims_without_findings(browser, run, tmp_path):
    page = open_report(browser, run, tmp_path, BUDGET)
    quiet = page.locator(".prose .c-date:not(.flag)").first
    loud = page.locator(".prose .flag[tabindex]").first
    before_quiet, before_loud = background(quiet), background(loud)
    assert before_quiet != "rgba(0, 0, 0, 0)"
    page.locator("label[for=hide-unflagged]").click()
    assert background(quiet) == "rgba(0, 0, 0, 0)" and background(loud) == before_loud
    assert page.locator(".legend .sev-error").is_visible()
    page.close()


def test_a_batch_opens_with_an_index_findings_first_clean_ones_collapsed(browser, run, tmp_path):
    page = open_report(browser, run, tmp_path, *sorted(Path("seeds").iterdir()))
    rows = page.locator("nav.index tr")
    assert rows.count() == 5 and rows.nth(1).locator("a").inner_text() == "seeds/harbor-city-budget.txt"
    assert [rows.nth(i).locator("td.n").first.inner_text() for i in range(1, 5)] == ["2", "0", "0", "0"]
    assert page.locator("main > section.article").count() == 1  # the one with findings, open
    clean = page.locator("main > details.article.clean")
    assert clean.count() == 3 and all(clean.nth(i).get_attribute("open") is None for i in range(3))
    assert not clean.first.locator(".prose").is_visible()
    screenshot(page, "html-report-batch.png", height=560)
    rows.nth(2).locator("a").click()
    assert page.url.endswith(rows.nth(2).locator("a").get_attribute("href"))
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


def test_a_forged_claim_type_and_subject_stay_text(browser, tmp_path):
    from tests.test_formats import forged_report
    from verify.formats.html_report import render

    report = tmp_path / "forged.html"
    report.write_text(render([forged_report()], "0.3.0"))
    page = browser.new_page()
    page.goto(report.as_uri())
    page.wait_for_timeout(200)
    assert page.locator("[onmouseover], [onfocus], script, img").count() == 0
    page.locator(".prose .flag").first.hover()
    assert page.evaluate("window.__pwned") is None
    page.close()
