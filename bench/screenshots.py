"""`make screenshots`: the README's pictures of the demo site, taken in
headless Chromium (Debian's, never a download) from a dev server on a
scratch database: the home page, a post, a content-warning gate on a phone
and a series page. Writes docs/screenshots/*.png."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
OUT = BASE_DIR / "docs" / "screenshots"
scratch = Path(tempfile.mkdtemp(prefix="commonroom-shots-"))
os.environ.update(
    DJANGO_SETTINGS_MODULE="website.settings.dev",
    DATABASE_URL=f"sqlite:///{scratch / 'db.sqlite3'}",
    MEDIA_ROOT=str(scratch / "media"),
)

import django  # noqa: E402

django.setup()

from playwright.sync_api import sync_playwright  # noqa: E402

from blog.models import BlogPage  # noqa: E402
from series.models import SeriesPage  # noqa: E402
from tests.topology.processes import free_port, wait_for  # noqa: E402

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def manage(*args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, check=True)


def shots():
    """(file name, path, viewport, full page?)"""
    gated = BlogPage.objects.live().filter(warnings__isnull=False).order_by("-date").first()
    plain = BlogPage.objects.live().filter(warnings__isnull=True).order_by("-date").first()
    series = SeriesPage.objects.live().first()
    return [
        ("home.png", "/", DESKTOP, False),
        ("post.png", plain.url, DESKTOP, False),
        ("gate-phone.png", gated.url, PHONE, False),
        ("series.png", series.url, DESKTOP, False),
    ]


def main():
    manage("migrate", "--no-input", "-v0")
    manage("load_demo")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=BASE_DIR,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port, server)
        OUT.mkdir(parents=True, exist_ok=True)
        # Read before Playwright starts: its event loop makes Django refuse
        # database calls.
        wanted = shots()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"]
            )
            for name, path, viewport, full in wanted:
                page = browser.new_page(viewport=viewport, color_scheme="light")
                page.goto(f"http://127.0.0.1:{port}{path}")
                page.wait_for_load_state("networkidle")
                page.screenshot(path=OUT / name, full_page=full)
                page.close()
                print(f"docs/screenshots/{name}  {path}")
            browser.close()
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
