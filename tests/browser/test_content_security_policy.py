"""The Content Security Policy in Chromium: every kind of public page, and
the admin pages an editor works in, run under it with no violation (the
guard in conftest.py fails a test on any), and that guard does catch one."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.browser.conftest import PageGuard, guarded_page
from tests.discussion.factories import comment_settings, make_comment
from tests.series.factories import SeriesIndexPageFactory, build_series

ADMIN_TIMEOUT = 15_000


@pytest.fixture
def content(site):
    comment_settings(min_seconds=0)
    author = AuthorFactory(name="Sam Rivers", slug="sam-rivers", role="Senior PWP")
    post = BlogPageFactory(
        parent=site["blog"],
        title="Holding a caseload kindly",
        slug="holding-a-caseload",
        authors=[author],
        tag_names=["Supervision"],
    )
    make_comment(post, text="This helped, thank you.")
    index = SeriesIndexPageFactory(parent=site["home"])
    series = build_series(index, [post], title="Carrying it well", slug="carrying-it-well")
    return {**site, "post": post, "series": series, "author": author}


def visit(page, url):
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    return response


def test_public_pages_run_under_the_strict_policy(live_server, content, page):
    base = live_server.url
    paths = [
        "/",
        "/blog/",
        content["post"].url,
        "/blog/tags/supervision/",
        "/search/?q=caseload",
        "/series/",
        content["series"].url,
        "/follow/",
        "/write-for-us/pitch/",
        "/write-for-us/invitation/new/",
        "/reading-preferences/",
        "/no-such-page/",
    ]
    for path in paths:
        response = visit(page, base + path)
        policy = response.headers["content-security-policy"]
        assert "default-src 'self'" in policy and "unsafe" not in policy, path

    # The scripts still do their work under it: liking fetches the new count.
    visit(page, base + content["post"].url)
    like = page.locator(".comments__header .like__button")
    like.click()
    expect(like).to_have_attribute("aria-pressed", "true")


def test_admin_pages_run_under_the_admin_policy(live_server, content, new_page):
    get_user_model().objects.create_superuser("admin", "admin@example.org", "a-long-password-1")
    page = new_page()
    page.set_default_timeout(ADMIN_TIMEOUT)
    base = live_server.url
    visit(page, base + "/admin/login/")
    page.get_by_label("Email address").fill("admin")
    page.get_by_label("Password").fill("a-long-password-1")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    post, blog = content["post"], content["blog"]
    paths = [
        "/admin/",
        f"/admin/pages/{blog.pk}/",
        # The editor: StreamField, Draftail, the authors' MultipleChooserPanel
        # and the date widgets are what need the admin policy's allowances.
        f"/admin/pages/{post.pk}/edit/",
        f"/admin/pages/add/blog/blogpage/{blog.pk}/",
        "/admin/images/multiple/add/",
        "/admin/snippets/blog/author/",
        f"/admin/snippets/blog/author/edit/{content['author'].pk}/",
        "/admin/comments/",
        # Its time-zone menu's script failed on zones browsers don't know.
        "/admin/account/",
    ]
    for path in paths:
        response = visit(page, base + path)
        assert response.status == 200, path
        assert "object-src 'none'" in response.headers["content-security-policy"], path

    # Uploading shows a preview of each image, drawn by the admin's script.
    visit(page, base + "/admin/images/multiple/add/")
    png = get_test_image_file(filename="kettle.png").file.getvalue()
    page.set_input_files(
        "#fileupload", {"name": "kettle.png", "mimeType": "image/png", "buffer": png}
    )
    expect(page.get_by_text("Upload successful. Please update")).to_be_visible()
    image = get_image_model().objects.get()
    # The focal point chooser, and the image's own page.
    visit(page, base + f"/admin/images/{image.pk}/")

    # The editor's dialogs: choosing an image, and the preview.
    visit(page, base + f"/admin/pages/{post.pk}/edit/")
    page.get_by_role("button", name="Choose an image").first.click()
    expect(page.get_by_role("dialog").get_by_text("kettle").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    visit(page, base + f"/admin/pages/{post.pk}/edit/")
    page.get_by_role("button", name="Toggle preview").click()
    expect(page.frame_locator("iframe").first.get_by_role("heading", level=1)).to_be_visible()
    page.wait_for_load_state("networkidle")


def test_the_guard_catches_what_the_policy_blocks(chromium, live_server, site):
    guard = PageGuard()
    context, page = guarded_page(chromium, guard)
    try:
        visit(page, live_server.url + "/")
        assert not guard.problems()
        page.evaluate(
            """() => {
                const script = document.createElement("script");
                script.textContent = "window.inlineRan = true";
                document.body.append(script);
                document.body.insertAdjacentHTML("beforeend", '<p style="color: red">x</p>');
            }"""
        )
        page.wait_for_timeout(300)
        assert page.evaluate("window.inlineRan") is None
        violations = " ".join(guard.csp_violations)
        assert "script-src" in violations and "style-src" in violations, guard.csp_violations
    finally:
        context.close()
