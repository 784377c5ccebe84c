"""A reader follows a series: part 1 → the banner's link to part 2 → follow by
email → the confirmation link from the email → confirmed."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.blog.factories import BlogPageFactory
from tests.series.factories import SeriesIndexPageFactory, build_series


@pytest.fixture
def series(site):
    blog = site["blog"]
    one = BlogPageFactory(parent=blog, title="Naming it", slug="naming-it")
    two = BlogPageFactory(parent=blog, title="What helps", slug="what-helps")
    index = SeriesIndexPageFactory(parent=site["home"], show_in_menus=True)
    return build_series(
        index,
        [one, two, {"title": "A leader's view", "summary": "Soon."}],
        title="Carrying it well",
    )


def test_reader_follows_a_series(live_server, series, page, axe_check):
    page.goto(live_server.url + "/blog/naming-it/")
    banner = page.get_by_role("navigation", name=re.compile("Part 1 of 3 in the series"))
    expect(banner).to_contain_text("A leader's view (coming soon)")
    axe_check(page)
    banner.get_by_role("link", name="What helps").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("What helps")
    expect(page.get_by_role("navigation", name=re.compile("Part 2 of 3"))).to_be_visible()

    page.get_by_role("navigation", name=re.compile("Part 2 of 3")).get_by_role(
        "link", name="Carrying it well"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Carrying it well")
    axe_check(page)
    page.get_by_label("Your email address").fill("reader@example.org")
    page.get_by_label("Your email address").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    axe_check(page)

    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+(/follow/confirm/\S+/)", mail.outbox[0].body).group(1)
    page.goto(live_server.url + link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Follow Carrying it well?")
    axe_check(page)
    page.get_by_role("button", name="Confirm and follow").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You’re following Carrying it well")
    axe_check(page)


def test_follow_form_keeps_what_was_typed(live_server, series, new_page):
    page = new_page(java_script_enabled=False)
    page.goto(live_server.url + series.url)
    page.get_by_label("Your email address").fill("not an address")
    page.get_by_role("button", name="Follow").click()
    expect(page.get_by_text("Enter an email address in the form name@example.org.")).to_be_visible()
    expect(page.get_by_label("Your email address")).to_have_value("not an address")
