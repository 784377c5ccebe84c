"""Browser tests: Playwright drives Debian's Chromium against pytest-django's
live server.

Every page a test opens is held to two rules, checked at teardown:

* no third-party requests: anything not addressed to the live server is
  aborted, recorded and fails the test;
* no JavaScript errors: console errors and uncaught page errors fail the test;
* no Content Security Policy violations: the site's CSP is on (as in
  production), and anything it blocks or would block (report-only) fails the
  test, whether Chromium reports it as a securitypolicyviolation event or on
  the console.

``axe_check(page)`` runs axe-core's WCAG 2.x A/AA rules on the current page.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Playwright's sync API runs an asyncio event loop in the main thread, so
# Django would otherwise refuse ORM calls made from tests ("async context").
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from django.contrib.auth.models import Group, Permission  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402
from wagtail.models import GroupPagePermission  # noqa: E402

from core.roles import EDITORS  # noqa: E402
from tests.browser.inflight import in_flight  # noqa: E402
from tests.guestposts.factories import make_editor  # noqa: E402
from tests.website.factories import build_site, restore_wagtail_roots  # noqa: E402

HERE = Path(__file__).resolve().parent
PROJECT_ROOT = Path(__file__).resolve().parents[2]
AXE_JS = PROJECT_ROOT / "node_modules/axe-core/axe.min.js"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
CSP_MARKER = "Content Security Policy"
# Init scripts run outside the page's CSP; this one tells the console about
# every violation, in the page and in any frame it opens.
REPORT_CSP_VIOLATIONS = f"""
document.addEventListener("securitypolicyviolation", (event) => {{
  console.error(`{CSP_MARKER} violation (${{event.disposition}}): ${{event.violatedDirective}}`
    + ` blocked ${{event.blockedURI || "inline"}} at ${{event.sourceFile || event.documentURI}}`
    + `:${{event.lineNumber}} sample ${{JSON.stringify(event.sample)}}`);
}});
"""
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# axe's best-practice rules (landmarks, heading order, region...) too on the
# public site; the admin is Wagtail's markup and is held to WCAG only.
PUBLIC_AXE_TAGS = [*AXE_TAGS, "best-practice"]


def pytest_collection_modifyitems(config, items):
    skip = None
    if not CHROMIUM.exists():
        skip = pytest.mark.skip(
            reason="Chromium not installed at /usr/bin/chromium (CI installs Debian's chromium)"
        )
    for item in items:
        if HERE not in Path(item.path).resolve().parents:
            continue
        item.add_marker(pytest.mark.browser)
        if skip is not None:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def chromium():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class PageGuard:
    """Records off-site requests (and aborts them) and JavaScript errors."""

    def __init__(self):
        self.offsite = []
        self.js_errors = []
        self.csp_violations = []

    def route(self, route):
        url = route.request.url
        if urlsplit(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.offsite.append(url)
            route.abort()

    def console(self, message):
        # A page answered with 4xx (a form error, a rate limit) is logged by
        # Chromium as a failed load; tests assert those statuses themselves,
        # and broken sub-resources are caught in `response` below.
        if message.text.startswith("Failed to load resource"):
            return
        where = message.location.get("url") or "?"
        if CSP_MARKER in message.text:
            self.csp_violations.append(f"at {where}: {message.text}")
        elif message.type == "error":
            self.js_errors.append(f"console error at {where}: {message.text}")

    def response(self, response):
        if response.request.resource_type != "document" and response.status >= 400:
            self.js_errors.append(f"sub-resource failed ({response.status}): {response.url}")

    def watch(self, page):
        page.on("console", self.console)
        page.on("response", self.response)
        page.on("pageerror", lambda exc: self.js_errors.append(f"uncaught: {exc}"))

    def problems(self):
        found = [f"off-site request attempted: {url}" for url in self.offsite]
        found += [f"CSP violation {violation}" for violation in self.csp_violations]
        return found + self.js_errors


def guarded_page(chromium, guard, **context_options):
    """A page in a fresh context whose problems `guard` records."""
    context_options.setdefault("viewport", {"width": 1280, "height": 900})
    context = chromium.new_context(**context_options)
    context.set_default_timeout(5_000)
    context.route("**/*", guard.route)
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    page = context.new_page()
    guard.watch(page)
    return context, page


@pytest.fixture
def new_page(chromium):
    """Factory for guarded pages: ``new_page(java_script_enabled=False)``.

    Each call opens a fresh context. At teardown the test fails if any page
    tried to reach another host or logged a JavaScript error.
    """
    guard = PageGuard()
    contexts = []

    def make(**context_options):
        context, page = guarded_page(chromium, guard, **context_options)
        contexts.append(context)
        return page

    yield make
    for context in contexts:
        context.close()
    # The database is flushed after this teardown (live_server sets up
    # transactional_db first): let the server finish what it was answering.
    in_flight.wait()
    problems = guard.problems()
    if problems:
        pytest.fail("Browser rules broken:\n  " + "\n  ".join(problems), pytrace=False)


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def site(transactional_db):
    """root → home → blog, built in the live server's (transactional) database."""
    restore_wagtail_roots()
    home, blog = build_site()
    return {"home": home, "blog": blog}


# The admin is heavier than the public pages; on a loaded machine its
# scripts can take several seconds to settle.
ADMIN_TIMEOUT = 30_000


@pytest.fixture
def editor_page(live_server, site, new_page, roles):
    """A browser page signed in to the admin as the site's editor, who may
    add, edit and publish pages under the home page. (Wagtail's migrations
    grant the page tree to Editors; the flush after a transactional test
    takes that away, so it is put back here.)"""
    make_editor()
    grant_editors_the_page_tree(site["home"])
    return admin_page(live_server, new_page(), "editor@example.org")


def admin_page(live_server, page, username, password="a-long-password-1"):
    """`page`, signed in to the admin as `username`."""
    page.set_default_timeout(ADMIN_TIMEOUT)
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    expect(page.locator("main")).to_be_visible()
    return page


def grant_editors_the_page_tree(home):
    editors = Group.objects.get(name=EDITORS)
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=editors,
            page=home,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


def _describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    at {', '.join(map(str, node['target']))}")
    return "\n".join(lines)


def run_axe(page):
    if not AXE_JS.exists():
        pytest.skip("axe-core not installed (npm ci installs it)")
    # Evaluated through DevTools, not added as an inline <script>, which the
    # page's CSP would rightly refuse.
    page.evaluate(AXE_JS.read_text())
    tags = AXE_TAGS if urlsplit(page.url).path.startswith("/admin/") else PUBLIC_AXE_TAGS
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", tags
    )
    violations = results["violations"]
    assert not violations, f"axe found violations on {page.url}:\n{_describe(violations)}"


@pytest.fixture
def axe_check():
    """``axe_check(page)`` asserts the page has no WCAG 2.x A/AA violations
    (nor, outside the admin, any of axe's best-practice ones)."""
    return run_axe
