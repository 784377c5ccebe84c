"""Layout and headings as a reader's browser meets them: nothing scrolls
sideways at 320 px (WCAG 1.4.10), headings never skip a level, and a page's
first heading never touches the site header."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Site

from discussion.models import Comment
from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.discussion.factories import make_comment
from tests.series.factories import SeriesIndexPageFactory, build_series
from tests.website.factories import StandardPageFactory
from website.models import SiteSettings

HEADING_LEVELS = """() => Array.from(document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6'))
    .filter(h => h.getClientRects().length)
    .map(h => Number(h.tagName[1]))"""
GAP_BELOW_HEADER = """() => document.querySelector('main h1').getBoundingClientRect().top
    - document.querySelector('.site-header').getBoundingClientRect().bottom"""


@pytest.fixture
def content(site):
    blog = site["blog"]
    author = AuthorFactory(name="Samantha Riversdale-Okonkwo", slug="sam", role="Senior PWP")
    posts = [
        BlogPageFactory(
            parent=blog,
            title=f"Supervision-as-a-conversation-not-a-checklist-{n} and what changes",
            slug=f"post-{n}",
            authors=[author],
            tag_names=["Supervision", "Wellbeing"],
        )
        for n in range(4)
    ]
    index = SeriesIndexPageFactory(parent=site["home"], show_in_menus=True)
    build_series(index, [posts[0], {"title": "Still to come"}], title="Carrying it well")
    comment = make_comment(posts[0], name="Ola", state=Comment.State.PUBLISHED)
    return {"home": site["home"], "posts": posts, "comment": comment}


def assert_no_skipped_levels(page):
    levels = page.evaluate(HEADING_LEVELS)
    assert levels and levels[0] == 1 and levels.count(1) == 1, levels
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, f"h{before} then h{after} on {page.url}: {levels}"


def test_nothing_scrolls_sideways_at_320px(live_server, content, new_page):
    page = new_page(viewport={"width": 320, "height": 640})
    for path in ["/", "/blog/", content["posts"][0].url, "/series/", "/follow/", "/search/"]:
        page.goto(live_server.url + path)
        width = page.evaluate("document.scrollingElement.scrollWidth")
        assert width <= 320, f"{path} is {width} px wide at 320 px"


def test_follow_and_reply_pages_have_one_h1_and_no_skipped_levels(
    live_server, content, page, axe_check
):
    page.goto(live_server.url + "/follow/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Follow the blog")
    assert_no_skipped_levels(page)
    page.goto(live_server.url + f"/comments/{content['comment'].pk}/reply/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Reply to Ola")
    assert_no_skipped_levels(page)
    axe_check(page)


def gap_below_header(page):
    # After the stylesheet has loaded: a heading found in the DOM may be
    # measured before its styles apply.
    page.wait_for_load_state("load")
    return page.evaluate(GAP_BELOW_HEADER)


def test_first_headings_keep_their_distance_from_the_header(live_server, content, new_page):
    # Without JavaScript, liking goes through the "Liked" page.
    page = new_page(java_script_enabled=False)
    page.goto(live_server.url + "/no-such-page/")
    expect(page.get_by_role("heading", level=1)).to_have_text("We can’t find that page")
    assert gap_below_header(page) >= 24
    page.goto(live_server.url + content["posts"][1].url)
    page.locator(".like__button").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Liked")
    assert gap_below_header(page) >= 24
    page.goto(live_server.url + "/")
    home_gap = gap_below_header(page)
    page.goto(live_server.url + "/no-such-page/")
    assert gap_below_header(page) == home_gap


def test_the_privacy_notice_and_the_forms_linking_to_it_pass_axe(
    live_server, content, page, axe_check
):
    notice = StandardPageFactory(parent=content["home"], title="Privacy notice", slug="privacy")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.privacy_page = notice
    settings.save()
    for path in ["/write-for-us/pitch/", "/follow/", content["posts"][0].url]:
        page.goto(live_server.url + path)
        link = page.get_by_role("link", name="our privacy notice")
        expect(link).to_have_attribute("href", "/privacy/")
        axe_check(page)
    page.get_by_role("contentinfo").get_by_role("link", name="Privacy").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Privacy notice")
    axe_check(page)
    page.goto(live_server.url + "/no-such-page/")
    axe_check(page)
