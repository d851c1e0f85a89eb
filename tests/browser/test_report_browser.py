"""The report pages in a real browser against the real service and worker.

A "checked claim" is one whose verdict is not not_enough_info; the ClaimReview
JSON-LD holds exactly one entry per checked claim (service/render/claimreview.py).
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import pytest

from service.render.verdicts import css_class

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
REPORT_TIMEOUT_MS = 30_000

# Used when no fixture article has been written yet; our own words, same kind of figures.
FALLBACK_TEXT = """Talk of a ceasefire grew louder as the war passed over 1,000 days of fighting.

Western officials estimate that 350,000 to 400,000 Russian troops have been killed or wounded, and that around 150,000 Ukrainian soldiers are dead. On Christmas Day Russia launched around 70 cruise and ballistic missiles and 100 strike drones at the power grid.

Ukraine has lost nearly 40% of the ground it took in the Kursk region, and the war nears its third anniversary."""


def _article() -> tuple[str, str, str]:
    """(title, published, text): the peace-talks fixture article (or another fixture
    article) if present, else our own."""
    paths = sorted(ARTICLES.glob("*.txt"), key=lambda p: (not p.name.startswith("peace-talks"), p.name))
    for path in paths:
        date = re.search(r"(\d{4}-\d{2}-\d{2})", path.stem)
        text = path.read_text(encoding="utf-8")
        headline = text.split("\n", 1)[0].strip()
        title = headline if 0 < len(headline) < 200 else path.stem.replace("-", " ")
        return title, date.group(1) if date else "2024-12-27", text
    return "Ceasefire talk as the war nears its third year", "2024-12-27", FALLBACK_TEXT


def _submit(page, text: str, title: str, published: str):
    """Fill the form on / and submit it; returns the HTML first served at /reports/<id>."""
    page.goto("/")
    page.fill("#f-text", text)
    page.fill("#f-title", title)
    page.fill("#f-published", published)
    with page.expect_response(lambda r: re.search(r"/reports/[0-9a-f-]{36}$", r.url)
                              and r.request.method == "GET") as first:
        page.click("button[type=submit]")
    return first.value.text()


def _wait_for_report(page):
    page.wait_for_selector("article.report[data-report-id]", timeout=REPORT_TIMEOUT_MS)
    return page.get_attribute("article.report", "data-report-id")


@pytest.fixture
def report_url(page_at) -> str:
    """Submit the article once through the form and return its report's path."""
    page = page_at()
    title, published, text = _article()
    _submit(page, text, title, published)
    report_id = _wait_for_report(page)
    page.close()
    return f"/reports/{report_id}"


def test_submitting_the_form_shows_progress_then_the_report(page_at, screenshot):
    page = page_at()
    title, published, text = _article()
    polls = []
    page.on("response", lambda r: "/api/jobs/" in r.url and polls.append(r.status))
    # A fresh sentence makes this a new job, so the page has something to wait for.
    first_html = _submit(page, f"{text}\n\nRun {uuid.uuid4().hex[:8]}.", title, published)
    showed_progress = 'id="progress"' in first_html
    if showed_progress:
        assert "Checking the numbers" in first_html
        page.evaluate("window.__samePage = true")
        if page.locator("#progress").count():
            try:  # catch it mid-way if we can; the stage delay makes that likely
                page.wait_for_function("document.getElementById('progress').value > 0", timeout=5000)
            except Exception:
                pass
            if page.locator("#progress").count():
                screenshot(page, "job-progress", full_page=False)
    _wait_for_report(page)
    assert page.locator("a.hl").count() >= 1
    if showed_progress:
        assert page.evaluate("window.__samePage === true"), "the page reloaded instead of updating"
        assert polls and all(s == 200 for s in polls)
    print(f"first view: {'progress' if showed_progress else 'report (job had already finished)'}; "
          f"status polls: {len(polls)}")


def test_the_job_page_updates_its_stage_from_the_status_endpoint(page_at, base_url):
    """Seen on a job that is still running: the stage line and bar follow /api/jobs/<id>."""
    page = page_at()
    title, published, text = _article()
    first_html = _submit(page, f"{text}\n\nProgress {uuid.uuid4().hex[:8]}.", title, published)
    if 'id="progress"' not in first_html:
        pytest.skip("the worker finished before the page was served; nothing to watch")
    stage = page.locator("#stage")
    assert stage.get_attribute("aria-live") == "polite"
    assert stage.inner_text() or page.locator("article.report").count()
    _wait_for_report(page)


def test_each_highlight_has_the_verdict_class_of_its_claim(page_at, report_url):
    page = page_at()
    page.goto(report_url)
    report = page.request.get("/api" + report_url).json()
    claims = report["claims"]
    assert page.locator("a.hl[id^=mark-]").count() == len(claims)
    for number, claim in enumerate(claims, start=1):
        mark = page.locator(f"#mark-{number}")
        classes = mark.get_attribute("class").split()
        assert css_class(claim["verdict"]) in classes, (number, claim["text"], classes)
        assert mark.get_attribute("data-verdict") == claim["verdict"]
        # The mark's own words (without the icon and the hidden label) are the claim's
        # words, or part of them where another claim overlaps it.
        words = mark.evaluate("m => Array.from(m.childNodes).filter(n => n.nodeType === 3)"
                              ".map(n => n.textContent).join('')")
        assert words and words in claim["text"], (number, words, claim["text"])


def test_the_claimreview_json_ld_has_one_entry_per_checked_claim(page_at, report_url):
    page = page_at()
    page.goto(report_url)
    raw = page.locator('script[type="application/ld+json"]').text_content()
    reviews = json.loads(raw)
    report = page.request.get("/api" + report_url).json()
    checked = [c for c in report["claims"] if c["verdict"] != "not_enough_info"]
    assert isinstance(reviews, list) and len(reviews) == len(checked)
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        assert review["itemReviewed"]["@type"] == "Claim"
        assert {"ratingValue", "bestRating", "worstRating", "alternateName"} <= set(review["reviewRating"])


def test_a_claim_card_opens_and_closes_with_the_keyboard(page_at, report_url):
    page = page_at()
    page.goto(report_url)
    for _ in range(80):  # Tab through the page until a highlight has focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('hl')"):
            break
    else:
        pytest.fail("no highlight could be reached with Tab")
    number = page.evaluate("document.activeElement.dataset.claim")
    page.keyboard.press("Enter")
    panel = page.locator("#panel")
    panel.wait_for(state="visible")
    assert page.evaluate("document.getElementById('panel').contains(document.activeElement)")
    card_text = page.locator(f"#claim-{number} q").inner_text()
    assert card_text in panel.inner_text()
    assert "read as" in panel.inner_text().lower()
    page.keyboard.press("Escape")
    panel.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.id") == f"mark-{number}"
    page.keyboard.press("Space")
    panel.wait_for(state="visible")


def test_without_javascript_the_cards_are_readable_and_linked(page_at, report_url):
    page = page_at(javascript=False)
    page.goto(report_url)
    first = page.locator("#mark-1")
    assert first.get_attribute("href") == "#claim-1"
    first.click()
    assert page.url.endswith("#claim-1")
    card = page.locator("#claim-1")
    assert card.is_visible() and "read as" in card.inner_text().lower()


def test_screenshots_at_desktop_and_phone_width(page_at, report_url, screenshot):
    for width, height, name in ((1280, 900, "desktop-1280"), (390, 844, "phone-390")):
        page = page_at(width=width, height=height)
        page.goto(report_url)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{name}: the page scrolls sideways by {overflow}px"
        screenshot(page, f"report-{name}")
        screenshot(page, f"report-{name}-first-screen", full_page=False)  # what a reader sees first
        # Open a refuted claim if there is one: that is the card an editor opens first.
        refuted = page.locator("a.hl.v-refuted[id]")
        mark = refuted.first if refuted.count() else page.locator("a.hl[id]").first
        mark.evaluate("m => m.scrollIntoView({block: 'center'})")
        mark.focus()
        page.keyboard.press("Enter")
        page.locator("#panel").wait_for(state="visible")
        screenshot(page, f"report-{name}-card-open", full_page=False)
    page = page_at(width=800, height=1100)
    page.goto(report_url)
    page.emulate_media(media="print")
    assert not page.locator("header.site").is_visible()
    assert page.locator("#claim-1").is_visible()
    screenshot(page, "report-print")


def test_a_failed_check_says_why_and_offers_to_run_again(page_at):
    """An address nobody answers at makes a real failed job (refused or unreachable)."""
    page = page_at()
    page.goto("/")
    page.fill("#f-url", f"http://127.0.0.1:9/article-{uuid.uuid4().hex[:8]}")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/reports/[0-9a-f-]{36}$"))
    first = page.url
    button = page.get_by_role("button", name="Run the check again")
    button.wait_for(timeout=REPORT_TIMEOUT_MS)
    alert = page.get_by_role("alert").inner_text()
    assert alert.startswith("What went wrong:") and len(alert) > len("What went wrong:") + 5
    assert "Traceback" not in alert
    print(f"failed job says: {alert}")
    button.click()
    page.wait_for_url(re.compile(r"/reports/[0-9a-f-]{36}$"))
    assert page.url != first


def test_the_recent_list_links_to_the_report(page_at, report_url, screenshot):
    page = page_at(width=390, height=844)
    page.goto("/reports")
    link = page.locator(f'ol.recent a[href="{report_url}"]')
    assert link.count() == 1
    screenshot(page, "recent-phone-390", full_page=False)
    link.click()
    page.wait_for_selector("article.report[data-report-id]")
