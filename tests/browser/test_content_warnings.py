"""Content warnings in the browser: the notice and gates a reader meets on a
warned post, the choices they can make there, and the reading preferences
kept in their own browser (never sent to the server)."""

import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from playwright.sync_api import expect
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from blog.models import ContentWarning, PostWarning
from tests.blog.factories import BlogPageFactory
from tests.html import without_render_stamp
from tests.series.factories import SeriesIndexPageFactory, build_series
from tests.website.factories import StandardPageFactory

PREFERENCES_KEY = "commonroom.readingPreferences"
SLUG = "suicide-self-harm"
WARNING_LABEL = "Suicide"
WARNED_TITLE = "Sitting with risk"
PLAIN_TITLE = "Ending treatment well"
BODY_TEXT = "What we noticed first in supervision."
SECTION_TEXT = "The words of the risk assessment itself."
IMAGE_ALT = "A sensitive picture"
HIDDEN_LINE = "1 post hidden by your reading preferences — Show it"


# Data ---------------------------------------------------------------------


@pytest.fixture
def warning(site):
    return ContentWarning.objects.create(
        slug=SLUG,
        label="Suicide",
        name="Suicide and self-harm",
        description="Thoughts of suicide, self-harm and assessing risk.",
        support="<p>Samaritans: 116 123</p>",
    )


@pytest.fixture
def warned_post(site, warning):
    """A post warned about as a whole, with a sensitive section and a
    sensitive image in its body."""
    # A transactional test empties every table when it ends, the root
    # collection that images belong to included.
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    image = get_image_model().objects.create(title="Sensitive", file=get_test_image_file())
    body = [
        {"type": "paragraph", "value": f"<p>{BODY_TEXT}</p>"},
        {
            "type": "sensitive",
            "value": {
                "warnings": [{"warning": warning.pk, "intensity": "detailed"}],
                "note": "",
                "content": [{"type": "paragraph", "value": f"<p>{SECTION_TEXT}</p>"}],
            },
        },
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": IMAGE_ALT, "decorative": False},
                "caption": "",
                "warning": warning.pk,
            },
        },
    ]
    post = BlogPageFactory(
        parent=site["blog"],
        title=WARNED_TITLE,
        slug="sitting-with-risk",
        body=json.dumps(body),
        tag_names=["Supervision"],
    )
    post.warnings = [PostWarning(warning=warning, intensity="discussed")]
    post.save_revision().publish()
    return post


@pytest.fixture
def plain_post(site):
    return BlogPageFactory(
        parent=site["blog"], title=PLAIN_TITLE, slug="ending-well", tag_names=["Supervision"]
    )


@pytest.fixture
def series(site, warned_post, plain_post):
    """The warned post is part 1; part 2 has no warnings."""
    index = SeriesIndexPageFactory(parent=site["home"])
    return build_series(index, [warned_post, plain_post], title="Carrying it well")


# Pages --------------------------------------------------------------------


def serve_media(route):
    """The live server runs with DEBUG off, so it serves no uploads; answer
    requests for them from MEDIA_ROOT, as the production web server would."""
    relative = unquote(urlsplit(route.request.url).path).removeprefix(settings.MEDIA_URL)
    path = Path(settings.MEDIA_ROOT) / relative
    if path.is_file():
        route.fulfill(path=str(path))
    else:
        route.fulfill(status=404)


@pytest.fixture
def open_page(new_page, live_server):
    """``new_page`` that also serves uploaded images and fails the test if any
    page opens a dialog (alert, confirm, prompt)."""
    dialogs = []

    def on_dialog(dialog):
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def make(**context_options):
        page = new_page(**context_options)
        page.route(f"{live_server.url}{settings.MEDIA_URL}**", serve_media)
        page.on("dialog", on_dialog)
        return page

    yield make
    if dialogs:
        pytest.fail("A page opened a dialog:\n  " + "\n  ".join(dialogs), pytrace=False)


@pytest.fixture
def page(open_page):
    return open_page()


@pytest.fixture
def no_js_page(open_page):
    return open_page(java_script_enabled=False)


# Helpers ------------------------------------------------------------------


def store_preferences(page, base_url, value):
    """Puts ``value`` (a string as stored, or a dict to store as JSON) in
    this browser's local storage for the site, from one of its pages."""
    if not isinstance(value, str):
        value = json.dumps(value)
    if not page.url.startswith(base_url + "/"):
        page.goto(base_url + "/")
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [PREFERENCES_KEY, value])


def stored_preferences(page):
    return page.evaluate("key => localStorage.getItem(key)", PREFERENCES_KEY)


def choose(page, base_url, option):
    """Picks an option for the warning on the reading preferences page."""
    page.goto(base_url + "/reading-preferences/")
    page.get_by_role("group", name=WARNING_LABEL, exact=True).get_by_label(option).check()
    expect(page.get_by_role("status")).to_have_text("Saved in this browser.")


def images_on_request_box(page):
    return page.get_by_label("Show sensitive images only when I ask")


def post_gate(page):
    return page.locator("#post-gate")


def read_on(page):
    """The post gate's own summary: the one control that opens the post."""
    return page.locator("#post-gate > summary")


def body_text(page):
    return page.get_by_text(BODY_TEXT)


def section_text(page):
    return page.get_by_text(SECTION_TEXT)


def sensitive_image(page):
    return page.get_by_role("img", name=IMAGE_ALT)


def expect_gate_closed(page):
    """Nothing of the post beyond its summary can be seen or reached by
    assistive technology, and the notice comes before the title."""
    expect(page.get_by_role("heading", level=1)).to_have_text(WARNED_TITLE)
    expect(post_gate(page)).not_to_have_attribute("open", "")
    for hidden in (body_text(page), section_text(page), sensitive_image(page)):
        expect(hidden).not_to_be_visible()
    snapshot = page.locator("main").aria_snapshot()
    for text in (BODY_TEXT, SECTION_TEXT, IMAGE_ALT):
        assert text not in snapshot
    notice = snapshot.index("Content warning:")
    title = snapshot.index(f'heading "{WARNED_TITLE}" [level=1]')
    assert notice < title, snapshot


def tab_to(page, locator, limit=40):
    """Presses Tab until ``locator`` has the keyboard focus."""
    element = locator.element_handle()
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("element => document.activeElement === element", element):
            return
    pytest.fail(f"Tab never reached {locator}")


def open_all_gates(page):
    read_on(page).click()
    page.get_by_text("Show this section").click()
    page.get_by_text("Show image").click()
    for shown in (body_text(page), section_text(page), sensitive_image(page)):
        expect(shown).to_be_visible()


# 1–2: the gate, with and without JavaScript --------------------------------


def test_gate_is_closed_and_opens_from_the_keyboard(live_server, warned_post, page):
    page.goto(live_server.url + warned_post.url)
    expect_gate_closed(page)

    expect(read_on(page)).to_have_text("Read on", use_inner_text=True)
    tab_to(page, read_on(page))
    page.keyboard.press("Enter")
    expect(body_text(page)).to_be_visible()
    # The reader lands on the post's title, just above its content.
    expect(page.get_by_role("heading", level=1)).to_be_focused()
    expect(read_on(page)).to_have_text("Hide the post", use_inner_text=True)
    # The section and the image inside have gates, and labels, of their own.
    expect(section_text(page)).not_to_be_visible()
    expect(sensitive_image(page)).not_to_be_visible()
    expect(page.get_by_text("Show image")).to_be_visible()
    section_summary = page.locator("summary", has_text="Show this section")
    expect(section_summary).to_be_visible()
    tab_to(page, section_summary)
    page.keyboard.press("Enter")
    expect(section_text(page)).to_be_visible()
    # Focus stays on the control used; the section's content follows it.
    expect(section_summary).to_be_focused()


def test_gate_is_closed_and_opens_without_javascript(live_server, warned_post, no_js_page):
    page = no_js_page
    page.goto(live_server.url + warned_post.url)
    expect_gate_closed(page)
    expect(page.get_by_text("Not now")).to_be_hidden()

    tab_to(page, read_on(page))
    page.keyboard.press("Enter")
    expect(body_text(page)).to_be_visible()
    # One step: the choices have gone, and the notice has folded to its line.
    expect(page.get_by_role("link", name="Skip it")).to_be_hidden()
    expect(page.get_by_text("Support, and how you’re warned")).to_be_hidden()
    expect(page.get_by_text("Content warning:", exact=True)).to_be_visible()
    expect(section_text(page)).not_to_be_visible()


# 3: skip this one -----------------------------------------------------------


def test_skip_goes_to_the_next_part_without_the_warning(
    live_server, series, warned_post, plain_post, page
):
    page.goto(live_server.url + warned_post.url)
    page.get_by_role("link", name="Skip it").click()
    expect(page).to_have_url(live_server.url + plain_post.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(PLAIN_TITLE)


def test_skip_goes_to_posts_without_the_warning(live_server, warned_post, plain_post, page):
    page.goto(live_server.url + warned_post.url)
    page.get_by_role("link", name="Skip it").click()
    expect(page).to_have_url(f"{live_server.url}/blog/?without={SLUG}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Posts without suicide")
    expect(page.get_by_role("link", name=PLAIN_TITLE)).to_be_visible()
    expect(page.get_by_role("link", name=WARNED_TITLE)).to_have_count(0)


# 4–7: reading preferences -------------------------------------------------


def test_hide_posts_with_a_warning(live_server, series, page):
    choose(page, live_server.url, "Hide posts with this")
    listings = {  # path: whether the plain post is listed there too
        "/blog/": True,
        "/blog/tags/supervision/": True,
        series.url: True,
        "/search/?q=risk": False,
    }
    for path, lists_plain_post in listings.items():
        page.goto(live_server.url + path)
        expect(page.locator("[data-warnings]", has_text=WARNED_TITLE)).to_be_hidden()
        expect(page.locator(".hidden-by-preferences")).to_have_text(HIDDEN_LINE)
        if lists_plain_post:
            expect(page.get_by_role("link", name=PLAIN_TITLE)).to_be_visible()

    page.reload()
    expect(page.get_by_role("link", name=WARNED_TITLE)).to_be_hidden()
    page.get_by_role("button", name="Show it").click()
    expect(page.get_by_role("link", name=WARNED_TITLE)).to_be_focused()
    expect(page.locator(".hidden-by-preferences")).to_have_count(0)

    page.goto(live_server.url + "/blog/")
    expect(page.get_by_role("link", name=WARNED_TITLE)).to_be_hidden()
    expect(page.get_by_role("link", name=PLAIN_TITLE)).to_be_visible()


def test_dont_warn_me_shows_the_post_but_images_wait(live_server, warned_post, page):
    choose(page, live_server.url, "Don’t warn me")
    expect(images_on_request_box(page)).to_be_checked()
    page.goto(live_server.url + warned_post.url)
    expect(body_text(page)).to_be_visible()
    expect(section_text(page)).to_be_visible()
    expect(page.get_by_text("Content warning:", exact=True)).to_be_visible()
    expect(page.get_by_text("Read on")).to_be_hidden()
    expect(page.get_by_text("Samaritans")).to_be_hidden()
    expect(sensitive_image(page)).not_to_be_visible()
    expect(page.get_by_text("Show image")).to_be_visible()

    page.goto(live_server.url + "/reading-preferences/")
    images_on_request_box(page).uncheck()
    expect(page.get_by_role("status")).to_have_text("Saved in this browser.")
    page.goto(live_server.url + warned_post.url)
    expect(sensitive_image(page)).to_be_visible()
    assert page.evaluate("img => img.naturalWidth > 0", sensitive_image(page).element_handle())


def test_not_now_saves_the_post_for_later(live_server, warned_post, page, axe_check):
    page.goto(live_server.url + warned_post.url)
    page.get_by_role("button", name="Not now").click()
    expect(page.get_by_role("status")).to_have_text(
        "Saved for later. You’ll find it on your reading preferences page."
    )
    expect_gate_closed(page)

    page.get_by_text("Support, and how you’re warned").click()
    page.get_by_role("link", name="Choose how you’re warned").click()
    saved = page.get_by_role("region", name="Saved for later")
    expect(saved.get_by_role("link", name=WARNED_TITLE)).to_have_attribute("href", warned_post.url)
    expect(saved.get_by_text("Nothing saved.")).to_be_hidden()
    axe_check(page)

    saved.get_by_role("button", name=f"Remove “{WARNED_TITLE}” from saved for later").click()
    expect(saved.get_by_role("link")).to_have_count(0)
    expect(saved.get_by_text("Nothing saved.")).to_be_visible()


def test_clearing_preferences_restores_the_defaults(live_server, warned_post, page):
    choose(page, live_server.url, "Don’t warn me")
    page.goto(live_server.url + warned_post.url)
    expect(body_text(page)).to_be_visible()

    page.goto(live_server.url + "/reading-preferences/")
    page.get_by_role("button", name="Clear my preferences").click()
    expect(page.get_by_role("status")).to_have_text("Cleared. You’ll see every warning again.")
    group = page.get_by_role("group", name=WARNING_LABEL, exact=True)
    expect(group.get_by_label("Warn me", exact=True)).to_be_checked()
    expect(images_on_request_box(page)).to_be_checked()
    assert stored_preferences(page) is None

    page.goto(live_server.url + warned_post.url)
    expect_gate_closed(page)


# 8: whatever is stored, nothing bad happens ---------------------------------

HOSTILE = json.dumps(
    {
        "v": 1,
        "warnings": {SLUG: "<img src=x onerror=alert(1)>", "<script>": "show"},
        "imagesOnRequest": "<img src=x onerror=alert(2)>",
        "saved": [
            {"url": "javascript:alert(1)", "title": "<b>x</b>"},
            {"url": "//evil.example/", "title": "y"},
            {"url": "https://evil.example/", "title": "z"},
            {"url": "/\\evil.example/", "title": "backslash"},
            {"url": "/blog/", "title": "<img src=x onerror=alert(3)>"},
        ],
    }
)
BAD_VALUES = {
    "not-json": "{not json",
    "hostile": HOSTILE,
    "array": "[]",
    "null": "null",
    "wrong-types": '{"v":1,"warnings":[],"saved":{"url":"/"}}',
    "two-megabytes": "x" * 2_000_000,
    "two-megabytes-of-json": json.dumps(
        {"v": 1, "saved": [{"url": "/", "title": "t" * 2_000_000}]}
    ),
}


def expect_preferences_ignored(page, base_url, post_url, value):
    store_preferences(page, base_url, value)
    page.goto(base_url + post_url)
    expect_gate_closed(page)

    page.goto(base_url + "/reading-preferences/")
    group = page.get_by_role("group", name=WARNING_LABEL, exact=True)
    expect(group.get_by_label("Warn me", exact=True)).to_be_checked()
    expect(images_on_request_box(page)).to_be_checked()
    saved = page.get_by_role("region", name="Saved for later")
    hrefs = saved.get_by_role("link").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    for href in hrefs:
        assert re.fullmatch(r"/(?!/)[^\s\\]*", href), f"unsafe saved link {href!r}"
    if value == HOSTILE:
        # Only the one local entry survives, its title shown as text.
        expect(saved.get_by_role("link")).to_have_text(["<img src=x onerror=alert(3)>"])
    assert page.locator("main img, main b, main script").count() == 0, "markup was injected"


def test_bad_stored_preferences_are_ignored_safely(live_server, warned_post, page):
    """The defaults apply, nothing is injected, no dialog opens and no script
    error is logged (the ``open_page`` and ``new_page`` guards check those)."""
    for name, value in BAD_VALUES.items():
        try:
            expect_preferences_ignored(page, live_server.url, warned_post.url, value)
        except AssertionError as error:
            raise AssertionError(f"stored value {name!r}: {error}") from error


# 9: cacheable HTML ----------------------------------------------------------


def test_post_html_is_the_same_whatever_the_preferences(live_server, warned_post, open_page):
    """Preferences never reach the server, so one cached copy of a post
    serves every reader; each browser then applies its own choices."""
    states = {
        "no preferences": (None, False),
        "hide": ({"v": 1, "warnings": {SLUG: "hide"}}, False),
        "don't warn, images too": (
            {
                "v": 1,
                "warnings": {SLUG: "show"},
                "imagesOnRequest": False,
                "saved": [{"url": warned_post.url, "title": WARNED_TITLE}],
            },
            True,
        ),
    }
    bodies = {}
    for name, (value, opens_by_itself) in states.items():
        page = open_page()
        if value is not None:
            store_preferences(page, live_server.url, value)
        response = page.goto(live_server.url + warned_post.url)
        assert response.status == 200
        assert "cookie" not in response.request.all_headers()
        bodies[name] = response.body()
        expect(sensitive_image(page)).to_be_visible(visible=opens_by_itself)
    first = without_render_stamp(bodies.pop("no preferences"))
    for name, body in bodies.items():
        assert without_render_stamp(body) == first, f"the HTML differs with {name!r}"


# 10: accessibility and reduced motion ------------------------------------


def test_warned_post_and_preferences_are_accessible(live_server, warned_post, page, axe_check):
    page.goto(live_server.url + warned_post.url)
    axe_check(page)
    open_all_gates(page)
    axe_check(page)
    page.goto(live_server.url + "/reading-preferences/")
    axe_check(page)


def test_gates_work_without_motion(live_server, warned_post, open_page):
    page = open_page(reduced_motion="reduce")
    page.goto(live_server.url + warned_post.url)
    durations = page.locator(".warning-gate, .warning-gate > *").evaluate_all(
        "nodes => nodes.map(node => getComputedStyle(node).transitionDuration)"
    )
    assert durations and set(durations) == {"0s"}
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
    open_all_gates(page)


# 11: landing at the start of the post, and a gate that fits a phone ---------

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
LONGER_SUMMARY = (
    "What a risk call leaves behind, how our team talks about it afterwards, and the "
    "small routines that help practitioners put the day down before they go home."
)


@pytest.fixture
def longer_warned_post(warned_post, warning, site):
    """The warned post with a title, a summary, a note and a second warning
    of the length editors really write, so the phone's first screen is a
    fair test."""
    other = ContentWarning.objects.create(
        slug="burnout", label="Burnout", name="Burnout and work stress", description="Work."
    )
    warned_post.title = "How it crept up on me: vicarious trauma in low-intensity work"
    # A menu as long as the demo's, which wraps on a phone.
    for title in ("About Commonroom", "Support", "Write for us"):
        StandardPageFactory(parent=site["home"], title=title, slug=title.split()[0].lower(),
                            show_in_menus=True)  # fmt: skip
    warned_post.summary = LONGER_SUMMARY
    warned_post.warning_note = "Described in general terms; no one's story is told in detail."
    warned_post.warnings = [
        PostWarning(warning=warning, intensity="discussed"),
        PostWarning(warning=other, intensity="mentioned"),
    ]
    warned_post.save_revision().publish()
    return warned_post


def wait_until_still(page):
    """Resolves once the page has stopped scrolling (smooth scrolling)."""
    page.evaluate(
        """() => new Promise(resolve => {
            let last = -1, still = 0;
            (function check() {
                if (window.scrollY === last && ++still > 5) return resolve();
                if (window.scrollY !== last) still = 0;
                last = window.scrollY;
                requestAnimationFrame(check);
            })();
        })"""
    )


def box(locator):
    return locator.evaluate(
        "node => { const r = node.getBoundingClientRect(); "
        "return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height}; }"
    )


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_read_on_lands_at_the_start_of_the_post(
    live_server, longer_warned_post, open_page, viewport, javascript
):
    page = open_page(viewport=viewport, java_script_enabled=javascript)
    page.goto(live_server.url + longer_warned_post.url)
    read_on(page).focus()
    page.keyboard.press("Enter")
    expect(body_text(page)).to_be_visible()
    if javascript:  # without it nothing scrolls (nor do animation frames run)
        wait_until_still(page)

    height = viewport["height"]
    title = box(page.get_by_role("heading", level=1))
    content = box(post_gate(page).locator("> .warning-gate__content"))
    assert 0 <= title["top"] <= 0.4 * height, title
    assert content["top"] < height, content  # the post itself begins on this screen
    if javascript:
        assert title["top"] <= 32, title  # scrolled to the title, not past it
        expect(page.get_by_role("heading", level=1)).to_be_focused()
    # Nothing tall holds the focus, and no ring is drawn round the article.
    focused = page.evaluate(
        """() => { const node = document.activeElement, style = getComputedStyle(node);
            return {height: node.getBoundingClientRect().height,
                    ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
                    holdsContent: !!node.querySelector('.warning-gate__content')}; }"""
    )
    assert focused["height"] < height / 3 and not focused["holdsContent"], focused
    if javascript:
        assert not focused["ring"], focused


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_title_warnings_and_choices_fit_a_phones_first_screen(
    live_server, longer_warned_post, open_page, javascript
):
    page = open_page(viewport=PHONE, java_script_enabled=javascript)
    page.goto(live_server.url + longer_warned_post.url)
    choices = [read_on(page), page.get_by_role("link", name="Skip it")]
    if javascript:
        choices.insert(1, page.get_by_role("button", name="Not now"))
    wanted = [
        page.get_by_role("heading", level=1),
        page.locator(".warning-notice__title"),
        page.get_by_text("Burnout (mentioned)"),
        *choices,
    ]
    for locator in wanted:
        expect(locator).to_be_visible()
        where = box(locator)
        assert where["top"] >= 0 and where["bottom"] <= PHONE["height"], (locator, where)
        assert where["left"] >= 0 and where["right"] <= PHONE["width"], (locator, where)
    # The three choices look alike: none is pushed.
    looks = [
        choice.evaluate(
            "node => { const s = getComputedStyle(node); "
            "return [s.backgroundColor, s.color, s.borderTopColor, s.fontWeight, s.fontSize]; }"
        )
        for choice in choices
    ]
    assert all(look == looks[0] for look in looks), looks
    # The support signposting waits behind a disclosure; the accent is calm.
    expect(page.get_by_text("Samaritans")).to_be_hidden()
    page.get_by_text("Support, and how you’re warned").click()
    expect(page.get_by_text("Samaritans")).to_be_visible()
    accent, focus_ring = page.evaluate(
        """() => { const notice = getComputedStyle(document.querySelector('.warning-notice'));
            const summary = document.querySelector('#post-gate > summary');
            return [notice.borderLeftColor, getComputedStyle(summary).borderTopColor]; }"""
    )
    assert accent == focus_ring  # one accent for the border and the controls
    read_on(page).focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    ring = read_on(page).evaluate("node => getComputedStyle(node).outlineColor")
    # The site's one focus ring, a calm blue (site.css's --focus), not an error's red.
    red, _, blue = (int(part) for part in ring[ring.index("(") + 1 : -1].split(",")[:3])
    assert blue > red, ring


@pytest.fixture
def covered_post(site, warning):
    """A post whose sensitive section carries only the post's own warning."""
    body = [
        {"type": "paragraph", "value": f"<p>{BODY_TEXT}</p>"},
        {
            "type": "sensitive",
            "value": {
                "warnings": [{"warning": warning.pk, "intensity": "discussed"}],
                "note": "",
                "content": [{"type": "paragraph", "value": f"<p>{SECTION_TEXT}</p>"}],
            },
        },
    ]
    post = BlogPageFactory(
        parent=site["blog"], title="Covered", slug="covered", body=json.dumps(body)
    )
    post.warnings = [PostWarning(warning=warning, intensity="discussed")]
    post.save_revision().publish()
    return post


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_one_gate_when_the_section_warning_is_on_the_post(
    live_server, covered_post, open_page, javascript, axe_check
):
    page = open_page(java_script_enabled=javascript)
    page.goto(live_server.url + covered_post.url)
    expect(section_text(page)).to_be_hidden()
    read_on(page).click()
    expect(body_text(page)).to_be_visible()
    expect(section_text(page)).to_be_visible()
    expect(page.get_by_text("Show this section")).to_have_count(0)
    expect(page.locator("details.warning-gate")).to_have_count(1)
    if javascript:
        axe_check(page)


def test_reading_preferences_without_javascript_show_no_dead_controls(
    live_server, warning, no_js_page
):
    page = no_js_page
    page.goto(live_server.url + "/reading-preferences/")
    expect(page.get_by_text("These choices need JavaScript")).to_be_visible()
    topics = page.locator(".preferences-topics")
    expect(topics.get_by_text(WARNING_LABEL, exact=True)).to_be_visible()
    expect(topics.get_by_text("Thoughts of suicide, self-harm and assessing risk.")).to_be_visible()
    main = page.locator("main")
    for role in ("radio", "checkbox", "button"):
        expect(main.get_by_role(role)).to_have_count(0)
    expect(page.get_by_text("Clear my preferences")).to_be_hidden()
    expect(page.get_by_role("heading", name="Saved for later")).to_be_hidden()
    assert "radio" not in main.aria_snapshot()


def test_reading_preferences_with_javascript_show_the_controls(live_server, warning, page):
    page.goto(live_server.url + "/reading-preferences/")
    expect(page.get_by_text("These choices need JavaScript")).to_be_hidden()
    expect(page.get_by_role("group", name=WARNING_LABEL, exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Clear my preferences")).to_be_visible()
