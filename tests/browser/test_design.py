"""The public site's design as a reader's browser renders it: no axe
violations on the main page types in light and dark modes, body text and
links at WCAG AAA contrast (7:1) against what is behind them, a calm focus
ring, no sideways scrolling at 320 px, a named wordmark and a footer whose
links all lead somewhere."""

import pytest
from playwright.sync_api import expect
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.series.factories import SeriesIndexPageFactory, build_series
from tests.website.factories import StandardPageFactory
from website.models import SiteSettings

SCHEMES = ["light", "dark"]

# For each visible text element in main and the footer: its colour and the
# first opaque background behind it, as [r, g, b] lists.
TEXT_COLOURS = """selector => {
  const rgb = value => value.match(/[\\d.]+/g).map(Number);
  const opaque = value => { const parts = rgb(value); return parts.length < 4 || parts[3] === 1; };
  const background = element => {
    for (let node = element; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && opaque(colour)) return rgb(colour).slice(0, 3);
    }
    return [255, 255, 255];
  };
  return Array.from(document.querySelectorAll(selector))
    .filter(element => element.getClientRects().length && element.textContent.trim())
    .map(element => ({
      text: element.textContent.trim().slice(0, 40),
      tag: element.tagName,
      colour: rgb(getComputedStyle(element).color).slice(0, 3),
      background: background(element),
    }));
}"""
TEXT = (
    "main p, main li, main a, main h1, main h2, main h3, main time, footer p, footer a, footer h2"
)


def luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one, other):
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.fixture
def publication(site):
    home, blog = site["home"], site["blog"]
    photo = get_image_model().objects.create(title="Face", file=get_test_image_file())
    hero = get_image_model().objects.create(title="Hero", file=get_test_image_file())
    ruth = AuthorFactory(
        name="Ruth Ellery", slug="ruth", role="Senior PWP", bio="Ruth edits.", photo=photo
    )
    sam = AuthorFactory(name="Sam Okonjo", slug="sam", role="Supervisor", bio="Sam writes.")
    posts = [
        BlogPageFactory(
            parent=blog,
            title=f"Keeping a caseload kind, week {n}",
            slug=f"post-{n}",
            authors=[ruth, sam] if n % 2 else [sam],
            hero_image=hero,
            tag_names=["Supervision"],
        )
        for n in range(4)
    ]
    index = SeriesIndexPageFactory(parent=home, show_in_menus=True)
    series = build_series(index, [posts[0], {"title": "Still to come"}], title="Carrying it well")
    about = StandardPageFactory(parent=home, title="About Commonroom", slug="about")
    privacy = StandardPageFactory(parent=home, title="Privacy notice", slug="privacy")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.privacy_page, settings.about_page = privacy, about
    settings.contact_email = "editors@example.org"
    settings.save()
    return {"posts": posts, "series": series, "about": about}


def pages_to_check(publication):
    return {
        "home": "/",
        "post": publication["posts"][1].url,
        "author": "/blog/authors/ruth/",
        "series": publication["series"].url,
        "about": publication["about"].url,
    }


@pytest.mark.parametrize("scheme", SCHEMES)
def test_main_pages_pass_axe_and_reach_aaa_contrast(
    live_server, publication, new_page, axe_check, scheme
):
    page = new_page(color_scheme=scheme)
    for name, path in pages_to_check(publication).items():
        page.goto(live_server.url + path)
        axe_check(page)
        low = [
            f"{item['tag']} “{item['text']}” {contrast(item['colour'], item['background']):.2f}"
            for item in page.evaluate(TEXT_COLOURS, TEXT)
            if contrast(item["colour"], item["background"]) < 7
        ]
        assert not low, f"{name} ({scheme}) below 7:1: {low}"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_focus_ring_is_visible_and_not_red(live_server, publication, new_page, scheme):
    page = new_page(color_scheme=scheme)
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the wordmark
    ring = page.evaluate(
        """() => { const style = getComputedStyle(document.activeElement);
        return {width: parseFloat(style.outlineWidth), style: style.outlineStyle,
                colour: style.outlineColor.match(/\\d+/g).slice(0, 3).map(Number),
                paper: getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number)}; }"""
    )
    assert ring["width"] >= 2 and ring["style"] == "solid"
    red, green, blue = ring["colour"]
    assert blue > red, f"the focus ring reads as an error: rgb{ring['colour']}"
    assert contrast(ring["colour"], ring["paper"][:3]) >= 3


def test_home_and_post_reflow_at_320px(live_server, publication, new_page):
    page = new_page(viewport={"width": 320, "height": 640})
    for path in ["/", publication["posts"][1].url, "/blog/authors/ruth/"]:
        page.goto(live_server.url + path)
        page.wait_for_load_state("load")
        width = page.evaluate("document.scrollingElement.scrollWidth")
        assert width <= 320, f"{path} is {width} px wide at 320 px"


def test_home_page_features_a_post_and_has_clear_sections(live_server, publication, page):
    page.goto(live_server.url + "/")
    featured = page.locator(".post-card--featured")
    expect(featured).to_have_count(1)
    expect(featured.get_by_role("heading")).to_have_text(publication["posts"][-1].title)
    for name in ["Featured post", "Latest posts", "Series in progress"]:
        expect(page.get_by_role("heading", level=2, name=name)).to_be_visible()
    # A card's title is ink, not an underlined accent link.
    title = page.locator(".post-list .post-card__title a").first
    assert title.evaluate("a => getComputedStyle(a).textDecorationLine") == "none"


def test_the_wordmark_is_a_named_link_home(live_server, publication, page):
    page.goto(live_server.url + publication["posts"][0].url)
    brand = page.get_by_role("banner").get_by_role("link", name="Commonroom", exact=True)
    expect(brand).to_have_attribute("href", "/")
    expect(brand.locator("svg")).to_have_attribute("aria-hidden", "true")
    assert brand.locator("svg").bounding_box()["width"] >= 24
    brand.click()
    expect(page).to_have_url(live_server.url + "/")


def test_posts_show_avatars_and_author_bios(live_server, publication, page):
    page.goto(live_server.url + publication["posts"][1].url)
    box = page.get_by_role("region", name="About the authors")
    expect(box.get_by_role("link", name="Ruth Ellery")).to_be_visible()
    expect(box).to_contain_text("Ruth edits.")
    expect(box).to_contain_text("Sam writes.")
    # Ruth's photo and Sam's initials, both decorative.
    expect(box.locator("img.avatar")).to_have_attribute("alt", "")
    expect(box.locator("span.avatar")).to_have_text("SO")
    expect(box.locator("span.avatar")).to_have_attribute("aria-hidden", "true")


def test_footer_sections_and_links(live_server, publication, page, axe_check):
    page.goto(live_server.url + "/")
    footer = page.get_by_role("contentinfo")
    for name in ["About", "Contact", "Privacy", "Feeds"]:
        expect(footer.get_by_role("heading", level=2, name=name, exact=True)).to_be_visible()
    expect(footer.get_by_role("link", name="editors@example.org")).to_have_attribute(
        "href", "mailto:editors@example.org"
    )
    links = footer.get_by_role("link")
    hrefs = [links.nth(n).get_attribute("href") for n in range(links.count())]
    names = [links.nth(n).inner_text() for n in range(links.count())]
    for expected in ["About Commonroom", "Privacy notice", "RSS feed", "Atom feed"]:
        assert expected in names, names
    for href in hrefs:
        if href.startswith("mailto:"):
            continue
        response = page.request.get(live_server.url + href)
        assert response.status == 200, f"{href}: {response.status}"
