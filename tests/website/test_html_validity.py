"""Every kind of public page is valid HTML by the Nu HTML Checker (vnu, the
W3C validator's engine), run where Java is installed: zero errors."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.discussion.factories import comment_settings, make_comment
from tests.series.factories import SeriesIndexPageFactory, build_series

VNU = (
    Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)


@pytest.fixture
def pages(client, home, blog, post, tmp_path):
    comment_settings(min_seconds=0)
    first = make_comment(post, text="A first thought, with a link: https://example.org/a.")
    make_comment(post, text="And a reply.", parent=first)
    index = SeriesIndexPageFactory(parent=home)
    series = build_series(index, [post], title="Carrying it well", slug="carrying-it-well")
    urls = {
        "home": "/",
        "blog": "/blog/",
        "post": post.url,
        "tag": "/blog/tags/supervision/",
        "author": blog.url + blog.reverse_subpage("author", args=["sam-rivers"]),
        "search": "/search/?q=caseload",
        "series-index": index.url,
        "series": series.url,
        "reply": f"/comments/{first.pk}/reply/",
        "follow": "/follow/",
        "pitch": "/write-for-us/pitch/",
        "reading-preferences": "/reading-preferences/",
        "not-found": "/no-such-page/",
    }
    files = {}
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code in (200, 404), (name, response.status_code)
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files[str(path)] = name
    return files


def test_public_pages_are_valid_html(pages):
    if not shutil.which("java"):
        pytest.skip("Java not installed: the HTML checker needs it")
    if not VNU.exists():
        pytest.skip("vnu-jar not installed (npm ci installs it)")
    run = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *pages],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    messages = json.loads(run.stderr or run.stdout)["messages"]
    errors = [
        f"{pages.get(m.get('url', '').removeprefix('file:'), m.get('url'))}:"
        f"{m.get('lastLine')}: {m['message']}  «{m.get('extract', '').strip()[:80]}»"
        for m in messages
        if m["type"] == "error"
    ]
    assert not errors, "\n".join(errors)
