"""The series page is the same for every reader ("Start with part 1"); with
JavaScript, the parts this browser has opened turn it into "Continue with
part N"."""

import pytest
from playwright.sync_api import expect

from tests.blog.factories import BlogPageFactory
from tests.series.factories import SeriesIndexPageFactory, build_series


@pytest.fixture
def series(site):
    blog = site["blog"]
    posts = [
        BlogPageFactory(parent=blog, title=title, slug=slug)
        for title, slug in [
            ("Naming it", "naming-it"),
            ("What helps", "what-helps"),
            ("Staying", "staying"),
        ]
    ]
    index = SeriesIndexPageFactory(parent=site["home"], show_in_menus=True)
    return build_series(index, [*posts, {"title": "Looking back"}], title="Carrying it well")


def start_link(page):
    return page.locator("[data-series-start-link]")


def test_a_reader_continues_from_the_furthest_part_opened(live_server, series, page, axe_check):
    page.goto(live_server.url + series.url)
    expect(page.get_by_text("3 of 4 published")).to_be_visible()
    expect(start_link(page)).to_have_text("Start with part 1")
    expect(start_link(page)).to_have_attribute("href", "/blog/naming-it/")
    axe_check(page)

    start_link(page).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Naming it")
    page.goto(live_server.url + series.url)
    expect(start_link(page)).to_have_text("Continue with part 2")
    expect(start_link(page)).to_have_attribute("href", "/blog/what-helps/")
    axe_check(page)

    page.goto(live_server.url + "/blog/staying/")
    page.goto(live_server.url + series.url)
    expect(start_link(page)).to_have_text("Read again from part 1")
    expect(start_link(page)).to_have_attribute("href", "/blog/naming-it/")


def test_a_corrupted_record_or_no_script_leaves_start_with_part_1(live_server, series, new_page):
    page = new_page()
    page.goto(live_server.url + series.url)
    page.evaluate("localStorage.setItem('commonroom.seriesProgress', '{not json')")
    page.reload()
    expect(start_link(page)).to_have_text("Start with part 1")
    page.goto(live_server.url + "/blog/what-helps/")
    page.goto(live_server.url + series.url)
    expect(start_link(page)).to_have_text("Continue with part 3")

    no_script = new_page(java_script_enabled=False)
    no_script.goto(live_server.url + series.url)
    expect(start_link(no_script)).to_have_text("Start with part 1")
