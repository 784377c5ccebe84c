"""The page cache in a real browser against the live server (whose changes
commit, as in production): a cached post keeps its comment form's
protection with JavaScript (a fresh stamp comes with the like state) and
without it (a confirm step), and a comment a moderator approves is on the
next anonymous reader's page at once."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect
from wagtail.models import Site

from discussion.models import Comment
from discussion.posting import moderate
from tests.blog.factories import BlogPageFactory
from tests.discussion.factories import comment_settings


@pytest.fixture
def cached_post(site, live_server, settings):
    settings.PAGECACHE_SECONDS = 600
    # The cache serves the site's own host: make it the live server's.
    address = urlsplit(live_server.url)
    Site.objects.update(hostname=address.hostname, port=address.port)
    Site.objects.get().save()  # clears Wagtail's cached site root paths
    comment_settings(min_seconds=1)
    return BlogPageFactory(parent=site["blog"], title="Cached and kept fresh", slug="cached")


def load(page, url):
    response = page.goto(url)
    return response.headers.get("x-page-cache")


def fill_comment(page, text):
    page.fill("#comment-name", "Priya")
    page.fill("#comment-email", "priya@example.org")
    page.fill("#comment-comment", text)


def test_a_cached_post_takes_a_comment_with_javascript(live_server, cached_post, new_page):
    url = live_server.url + cached_post.url
    first = new_page()
    assert load(first, url) == "miss"
    reader = new_page()
    assert load(reader, url) == "hit"
    # The stamp arrives with the like state, so the form is sent straight away.
    expect(reader.locator("#comment-form input[name=stamp]")).not_to_have_value("")
    fill_comment(reader, "Sent from a cached page.")
    reader.wait_for_timeout(1100)  # the minimum delay
    reader.click("#comment-form button[type=submit]")
    expect(
        reader.get_by_role("heading", name="Your comment is held for moderation")
    ).to_be_visible()

    moderate(Comment.objects.get(), Comment.State.PUBLISHED)
    later = new_page()
    assert load(later, url) == "miss"
    expect(later.locator(".comment__text")).to_contain_text("Sent from a cached page.")


def test_without_javascript_a_comment_is_confirmed_first(live_server, cached_post, new_page):
    url = live_server.url + cached_post.url
    new_page(java_script_enabled=False).goto(url)
    reader = new_page(java_script_enabled=False)
    assert load(reader, url) == "hit"
    fill_comment(reader, "Sent with JavaScript off.")
    reader.click("#comment-form button[type=submit]")
    expect(reader.get_by_role("heading", name="Check your comment")).to_be_visible()
    expect(reader.locator("#comment-comment")).to_have_value("Sent with JavaScript off.")
    assert not Comment.objects.exists()
    reader.wait_for_timeout(1100)
    reader.click("#comment-form button[type=submit]")
    expect(
        reader.get_by_role("heading", name="Your comment is held for moderation")
    ).to_be_visible()
    assert Comment.objects.get().comment == "Sent with JavaScript off."


def test_the_confirm_page_is_accessible(live_server, cached_post, page, axe_check):
    page.goto(live_server.url + cached_post.url)
    expect(page.locator("#comment-form input[name=stamp]")).not_to_have_value("")
    fill_comment(page, "An old tab's comment.")
    page.evaluate("document.querySelector('#comment-form input[name=stamp]').value = ''")
    page.click("#comment-form button[type=submit]")
    expect(page.get_by_role("heading", name="Check your comment")).to_be_visible()
    axe_check(page)
