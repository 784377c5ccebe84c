"""A reader's way through the site, driven as a reader would: by link text,
labels and the keyboard."""

import re

import pytest
from playwright.sync_api import expect

from tests.blog.factories import AuthorFactory, BlogPageFactory

SEARCHED_TITLE = "Holding a caseload kindly"


@pytest.fixture
def posts(site):
    author = AuthorFactory(name="Sam Rivers", slug="sam-rivers", role="Senior PWP")
    titles_and_tags = [
        (SEARCHED_TITLE, ["Supervision", "Wellbeing"]),
        ("Notes from a step-up meeting", ["Supervision"]),
        ("Ending treatment well", ["Endings"]),
    ]
    return [
        BlogPageFactory(parent=site["blog"], title=title, authors=[author], tag_names=tags)
        for title, tags in titles_and_tags
    ]


def read_the_blog(page, base_url, check=lambda page: None):
    """home → post → tag listing → search → result → post.

    ``check(page)`` runs on each page a reader lands on.
    """
    page.goto(base_url + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Commonroom")
    check(page)

    page.get_by_role("link", name=SEARCHED_TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SEARCHED_TITLE)
    check(page)

    page.locator('a[rel="tag"]', has_text="Supervision").click()
    expect(page).to_have_url(re.compile(r"/blog/tags/supervision/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Posts tagged “Supervision”")
    expect(page.locator(".post-card")).to_have_count(2)
    check(page)

    page.get_by_role("banner").get_by_role("link", name="Search", exact=True).click()
    search_box = page.get_by_label("Search posts")
    search_box.fill("caseload")
    search_box.press("Enter")
    expect(page.get_by_role("heading", level=2, name="1 result for “caseload”")).to_be_visible()
    check(page)

    page.get_by_role("link", name=SEARCHED_TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SEARCHED_TITLE)


def test_reader_journey_is_accessible(live_server, posts, page, axe_check):
    read_the_blog(page, live_server.url, check=axe_check)


def test_reader_journey_works_without_javascript(live_server, posts, new_page):
    read_the_blog(new_page(java_script_enabled=False), live_server.url)


def test_skip_link_is_first_and_focus_is_visible(live_server, site, page):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "a keyboard-focused link must show an outline"

    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_dark_colour_scheme_is_accessible(live_server, posts, new_page, axe_check):
    page = new_page(color_scheme="dark")
    for path in ["/", posts[0].url, "/blog/tags/supervision/", "/search/?q=caseload"]:
        page.goto(live_server.url + path)
        axe_check(page)
