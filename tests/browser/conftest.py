"""Browser fixtures: Debian's Chromium driven by Playwright, against the live service.

Nothing here downloads a browser: without /usr/bin/chromium (the test script
installs it with apt) the browser tests are skipped with that reason.
Screenshots go to test-artifacts/screenshots/ (git-ignored); the folder is
printed at the end of the run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "screenshots"
_saved: list[Path] = []


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright Python package is not installed (pip install -r requirements-dev.txt)")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


# Each stage of a check sleeps this long in the browser tests' worker, so that the
# report page is seen while the job runs (the pipeline alone takes milliseconds).
STAGE_DELAY = "0.4"


@pytest.fixture(scope="session")
def browser_stack(request, tmp_path_factory):
    """gunicorn + a Celery worker on a real Redis, as the service's ``live_stack`` runs
    them (tests/support/stack.py), with a per-stage delay so progress is visible."""
    try:
        from tests.support.stack import LiveStack
    except ImportError as exc:
        pytest.skip(f"the live stack helper is not available ({exc})")
    redis_url = request.getfixturevalue("redis_url")
    stack = LiveStack(tmp_path_factory.mktemp("browser"), redis_url=redis_url,
                      extra_env={"FACTCHECK_STAGE_DELAY": STAGE_DELAY})
    try:
        stack.start()
        yield stack
    finally:
        stack.stop()


@pytest.fixture
def base_url(browser_stack) -> str:
    return browser_stack.base_url.rstrip("/")


@pytest.fixture
def page_at(browser, base_url):
    """Open a page of the site at a viewport width; every page fails the test if it
    asks any other host for anything, or logs a JavaScript error."""
    contexts, problems = [], []

    def open_page(width: int = 1280, height: int = 900, javascript: bool = True):
        context = browser.new_context(viewport={"width": width, "height": height},
                                      java_script_enabled=javascript, base_url=base_url)
        contexts.append(context)

        def only_our_host(route):
            if route.request.url.startswith(base_url):
                route.continue_()
            else:
                problems.append(f"request to another host: {route.request.url}")
                route.abort()

        context.route("**/*", only_our_host)
        page = context.new_page()
        page.on("pageerror", lambda exc: problems.append(f"JavaScript error: {exc}"))
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert not problems, problems


@pytest.fixture
def screenshot():
    """Save a screenshot under test-artifacts/screenshots/ and remember its name."""
    SHOTS.mkdir(parents=True, exist_ok=True)

    def save(page, name: str, full_page: bool = True) -> Path:
        path = SHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        _saved.append(path)
        return path

    return save


def pytest_terminal_summary(terminalreporter):
    if not _saved:
        return
    terminalreporter.section("report screenshots")
    terminalreporter.write_line(f"saved in {SHOTS}/")
    for path in _saved:
        terminalreporter.write_line(f"  {path.name}")
