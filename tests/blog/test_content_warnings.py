"""Content warnings on the server side: every place a warned post appears
says so first and keeps the material behind a closed gate."""

import json
import re

import feedparser
import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.models import BlogPage, ContentWarning, PostWarning
from series.models import PostAnnouncement, SeriesPart, SeriesPartWarning, Subscription
from tests.blog.factories import BlogPageFactory
from tests.hostile import naughty_strings
from tests.html import banner, text, without_render_stamp
from tests.origin import FROM_OUR_PAGES
from tests.series.factories import SeriesIndexPageFactory, build_series

BODY_WORDS = "Opening words of the body."
SECTION_WORDS = "Words inside the sensitive section."


@pytest.fixture
def suicide(db):
    return ContentWarning.objects.create(
        slug="suicide-self-harm",
        name="Suicide and self-harm",
        label="Suicide",
        description="Suicidal thoughts and self-harm.",
        support="<p>Samaritans: 116 123</p>",
    )


@pytest.fixture
def burnout(db):
    return ContentWarning.objects.create(
        slug="burnout",
        name="Burnout and work stress",
        label="Burnout",
        description="Exhaustion at work.",
    )


def warned_body(warning, image):
    return json.dumps(
        [
            {"type": "paragraph", "value": f"<p>{BODY_WORDS}</p>"},
            {
                "type": "sensitive",
                "value": {
                    "warnings": [{"warning": warning.pk, "intensity": "detailed"}],
                    "note": "Read with care.",
                    "content": [{"type": "paragraph", "value": f"<p>{SECTION_WORDS}</p>"}],
                },
            },
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "alt_text": "A hard picture", "decorative": False},
                    "caption": "",
                    "warning": warning.pk,
                },
            },
        ]
    )


def make_warned(blog, warning, note="References only, nothing explicit.", **fields):
    image = get_image_model().objects.create(title="Hero", file=get_test_image_file())
    post = BlogPageFactory(
        parent=blog,
        hero_image=image,
        warning_note=note,
        body=warned_body(warning, image),
        tag_names=["Risk"],
        **fields,
    )
    post.warnings = [PostWarning(warning=warning, intensity="discussed")]
    post.save_revision().publish()
    return BlogPage.objects.get(pk=post.pk)


@pytest.fixture
def warned(blog, author, suicide):
    return make_warned(
        blog, suicide, title="After a risk call", slug="after-a-risk-call", authors=[author]
    )


def gate(html):
    match = re.search(r'<details class="warning-gate warning-gate--post"[^>]*>', html)
    return match.group(0) if match else None


def test_post_page_puts_notice_first_and_material_behind_closed_gates(client, warned):
    html = client.get(warned.url).content.decode()
    main = html[html.index("<main") :]
    notice = main.index("Content warning:")
    assert notice < main.index("<h1") < main.index('<details class="warning-gate')
    assert "Suicide (discussed)." in text(main) and "References only, nothing explicit." in main
    assert "Samaritans: 116 123" in main
    assert 'href="/blog/?without=suicide-self-harm"' in main
    opening = gate(html)
    assert opening and " open" not in opening and 'data-warnings="suicide-self-harm"' in opening
    gated = main[main.index(opening) :]
    for material in (BODY_WORDS, SECTION_WORDS, 'alt="A hard picture"', "/media/images/"):
        assert material in gated and material not in main[: main.index(opening)], material
    assert (
        "Content warning for this section: Suicide (described in detail). Read with care."
        in text(html)
    )
    assert "Show image (content warning: Suicide)" in text(
        html
    ) or "Show image Hide image (content warning: Suicide)" in text(html)
    # The support disclosure, the post, the section (warned more strongly
    # than the post) and the image: all closed.
    assert html.count("<details") == 4 and " open>" not in html


def test_link_previews_of_a_warned_post_say_so_and_show_no_image(client, warned):
    html = client.get(warned.url).content.decode()
    assert 'property="og:image"' not in html
    assert (
        '<meta property="og:description" content="Content warning: Suicide (discussed). A short'
        in html
    )


@pytest.mark.parametrize(
    "url", ["/", "/blog/", "/blog/tags/risk/", "/blog/authors/sam-rivers/", "/search/?q=risk"]
)
def test_every_listing_labels_the_card_and_hides_the_hero(client, warned, url):
    html = client.get(url).content.decode()
    card = html[html.index(f'aria-labelledby="post-{warned.pk}-title"') - 200 :]
    card = card[: card.index("</article>")]
    assert 'data-warnings="suicide-self-harm"' in card
    assert "Content warning: Suicide (discussed)" in text(card)
    assert "Image hidden: this post has a content warning" in card
    # The hero is only inside an inert <template>, never a rendered <img>.
    assert re.sub(r"<template.*?</template>", "", card, flags=re.S).count("<img") == 0


def test_archive_listing_labels_the_card(client, warned):
    url = f"/blog/{warned.date:%Y/%m}/"
    assert "Content warning: Suicide (discussed)" in text(client.get(url).content.decode())


def test_series_pages_and_banners_label_warned_parts(client, blog, home, warned, burnout):
    index = SeriesIndexPageFactory(parent=home)
    plain = BlogPageFactory(parent=blog, title="Plain part")
    series = build_series(index, [plain, warned, {"title": "Still to come"}], title="Hard weeks")
    announced = series.parts.get(title="Still to come")
    SeriesPartWarning.objects.create(part=announced, warning=burnout, intensity="mentioned")
    html = client.get(series.url).content.decode()
    assert 'data-warnings="suicide-self-harm"' in html and 'data-warnings="burnout"' in html
    assert "After a risk call Content warning: Suicide (discussed)" in text(html)
    assert "Still to come (coming soon) Content warning: Burnout (mentioned)" in text(html)
    assert "After a risk call Content warning: Suicide (discussed)" in banner(client, plain)


def test_skip_goes_to_next_part_without_those_warnings(client, blog, home, warned, suicide):
    index = SeriesIndexPageFactory(parent=home)
    gentle = BlogPageFactory(parent=blog, title="Gentle next", slug="gentle-next")
    build_series(index, [warned, gentle], title="Skippable")
    assert 'href="/blog/gentle-next/" data-skip' in client.get(warned.url).content.decode()

    also_warned = make_warned(blog, suicide, title="Also warned", slug="also-warned")
    SeriesPart.objects.filter(post=gentle).update(post=also_warned)
    html = client.get(warned.url).content.decode()
    assert 'href="/blog/?without=suicide-self-harm" data-skip' in html


def test_listing_without_warnings(client, blog, warned, burnout):
    BlogPageFactory(parent=blog, title="Untroubled")
    html = client.get("/blog/?without=suicide-self-harm").content.decode()
    assert "Untroubled" in html and "After a risk call" not in html
    assert "Posts without suicide" in html
    for value in ["", ",,,", "UNKNOWN", "../../etc", "%00"] + naughty_strings()[:150]:
        response = client.get("/blog/", {"without": value})
        assert response.status_code == 200, value
        assert "After a risk call" in response.content.decode(), value


def test_feeds_begin_with_the_warning_and_list_it_as_a_category(client, warned):
    for url in ("/blog/feed/", "/blog/feed/atom/"):
        feed = feedparser.parse(client.get(url).content)
        entry = feed.entries[0]
        assert entry.summary.startswith("Content warning: Suicide (discussed). References only")
        assert "Content warning: Suicide" in [tag.term for tag in entry.tags]
        assert BODY_WORDS not in client.get(url).content.decode()


def test_notification_email_begins_with_the_warning(
    blog, suicide, django_capture_on_commit_callbacks
):
    Subscription.objects.create(email="r@example.org", status="confirmed")
    post = make_warned(blog, suicide, title="Emailed", slug="emailed")
    post.unpublish()
    mail.outbox.clear()

    PostAnnouncement.objects.filter(post=post).delete()
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()
    assert mail.outbox[0].body.startswith(
        "Content warning: Suicide (discussed). References only, nothing explicit."
    )


def test_html_is_identical_whatever_the_reader_prefers(client, warned):
    first = client.get(warned.url).content
    client.cookies["anything"] = "hide"
    again = client.get(warned.url, HTTP_COOKIE="commonroom.readingPreferences=show")
    assert without_render_stamp(first) == without_render_stamp(again.content)
    assert "csrfmiddlewaretoken" not in first.decode()
    assert "Set-Cookie" not in again.headers


def test_reading_preferences_page_lists_every_warning(client, suicide, burnout):
    html = client.get("/reading-preferences/").content.decode()
    for slug in ("suicide-self-harm", "burnout"):
        for mode in ("warn", "hide", "show"):
            assert f'name="warning-{slug}" value="{mode}"' in html
    assert "Clear my preferences" in html and "never sent to us" in html


def post_form(warning, section_warning):
    image = get_image_model().objects.create(title="X", file=get_test_image_file())
    return nested_form_data(
        {
            "title": "Checked",
            "slug": "checked",
            "summary": "Safe summary.",
            "post_authors": inline_formset([]),
            "warnings": inline_formset(
                [{"warning": warning.pk, "intensity": "mentioned"}] if warning else []
            ),
            "warning_note": "",
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>Hi.</p>")),
                    (
                        "sensitive",
                        {
                            "warnings": streamfield(
                                [("item", {"warning": section_warning.pk, "intensity": "detailed"})]
                            ),
                            "note": "",
                            "content": streamfield([("paragraph", rich_text("<p>Inside.</p>"))]),
                        },
                    ),
                    (
                        "image",
                        {
                            "image": {"image": image.pk, "alt_text": "Alt", "decorative": ""},
                            "caption": "",
                            "warning": section_warning.pk,
                        },
                    ),
                ]
            ),
            "comments": inline_formset([]),
            "comments_open": "on",
            "comment_moderation": "warnings",
            "action-publish": "action-publish",
        }
    )


def test_admin_requires_post_warnings_to_cover_the_body(admin_client, blog, suicide, burnout):
    add = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", blog.pk])
    response = admin_client.post(add, post_form(burnout, suicide))
    assert response.status_code == 200
    assert "body" in response.context["form"].errors
    assert not BlogPage.objects.filter(slug="checked").exists()

    assert admin_client.post(add, post_form(suicide, suicide)).status_code == 302
    post = BlogPage.objects.get(slug="checked")
    assert [link.warning for link in post.warning_list] == [suicide]


def test_admin_post_listing_shows_and_filters_warnings(admin_client, blog, warned):
    BlogPageFactory(parent=blog, title="Unwarned one")
    listing = admin_client.get(reverse("posts:index")).content.decode()
    assert "Suicide (discussed)" in listing and "Unwarned one" in listing
    filtered = admin_client.get(
        reverse("posts:index"), {"warning": warned.warning_list[0].warning.pk}
    )
    assert "After a risk call" in filtered.content.decode()
    assert "Unwarned one" not in filtered.content.decode()
    unwarned = admin_client.get(reverse("posts:index"), {"has_warnings": "false"}).content.decode()
    assert "Unwarned one" in unwarned and "After a risk call" not in unwarned


# One label per warning, everywhere a reader meets it ----------------------


def test_readers_meet_one_label_per_warning_everywhere(
    client, blog, home, warned, burnout, django_capture_on_commit_callbacks
):
    """The warning's short label ("Suicide") is the only name readers see:
    the longer name ("Suicide and self-harm") stays in the admin."""

    index = SeriesIndexPageFactory(parent=home)
    series = build_series(index, [warned, {"title": "Still to come"}], title="Hard weeks")
    announced = series.parts.get(title="Still to come")
    SeriesPartWarning.objects.create(part=announced, warning=burnout, intensity="mentioned")
    User.objects.create_superuser("boss", "boss@example.org", "x")
    Subscription.objects.create(email="r@example.org", status="confirmed")
    mail.outbox.clear()
    pitch = {
        "name": "Priya Shah",
        "email": "priya@example.org",
        "organisation": "Northside",
        "role": "PWP",
        "title": "Endings",
        "outline": "Endings matter.",
        "credit": "name",
        "warnings": [warned.warning_list[0].warning.pk, burnout.pk],
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/write-for-us/pitch/", pitch, **FROM_OUR_PAGES).status_code == 200
        emailed = make_warned(blog, warned.warning_list[0].warning, title="Emailed", slug="emailed")
        emailed.unpublish()

        PostAnnouncement.objects.filter(post=emailed).delete()
        emailed.save_revision().publish()

    surfaces = {
        path: client.get(path).content.decode()
        for path in (
            warned.url,
            "/blog/",
            series.url,
            "/blog/feed/",
            "/blog/feed/atom/",
            "/reading-preferences/",
            "/write-for-us/pitch/",
        )
    }
    # The pitch's acknowledgement echoes nothing the pitcher chose, so it is
    # left out: the editors' copy and the new-post notification remain.
    emails = {m.to[0]: m.body for m in mail.outbox if m.to[0] != "priya@example.org"}
    assert sorted(emails) == ["boss@example.org", "r@example.org"]
    surfaces.update({f"email to {to}": body for to, body in emails.items()})
    for where, content in surfaces.items():
        for name in ("Suicide and self-harm", "Burnout and work stress"):
            assert name not in content, f"{name!r} shown on {where}"
        assert "Suicide" in content or "Burnout" in content, where
    post_page = text(surfaces[warned.url])
    assert "Content warning: Suicide (discussed)." in post_page  # the notice
    assert "Suicide Samaritans: 116 123" in post_page  # its support signposting
    assert "Content warning for this section: Suicide (described in detail)." in post_page
    assert "(content warning: Suicide)" in post_page  # the image's gate
    assert "Still to come (coming soon) Content warning: Burnout (mentioned)" in text(
        surfaces[series.url]
    )
    assert "<legend>Suicide</legend>" in surfaces["/reading-preferences/"]


# One gate per reading -------------------------------------------------------

GATE_CASES = {
    # name: (the post's warnings, the section's warnings, the section keeps a gate)
    "same warning, same intensity": ([("suicide", "discussed")], [("suicide", "discussed")], False),
    "post warns more strongly": ([("suicide", "detailed")], [("suicide", "mentioned")], False),
    "section warns more strongly": ([("suicide", "discussed")], [("suicide", "detailed")], True),
    "both warnings covered": (
        [("suicide", "discussed"), ("burnout", "discussed")],
        [("burnout", "mentioned"), ("suicide", "discussed")],
        False,
    ),
    "one warning the post lacks": (
        [("suicide", "discussed")],
        [("suicide", "mentioned"), ("burnout", "mentioned")],
        True,
    ),
    "post without warnings": ([], [("suicide", "mentioned")], True),
}


@pytest.mark.parametrize("case", GATE_CASES)
def test_a_section_covered_by_the_post_opens_with_it(client, blog, suicide, burnout, case):
    on_post, in_section, own_gate = GATE_CASES[case]
    warnings = {"suicide": suicide, "burnout": burnout}
    body = [
        {"type": "paragraph", "value": f"<p>{BODY_WORDS}</p>"},
        {
            "type": "sensitive",
            "value": {
                "warnings": [
                    {"warning": warnings[slug].pk, "intensity": intensity}
                    for slug, intensity in in_section
                ],
                "note": "In outline only.",
                "content": [{"type": "paragraph", "value": f"<p>{SECTION_WORDS}</p>"}],
            },
        },
    ]
    post = BlogPageFactory(parent=blog, title="Gated once", body=json.dumps(body))
    post.warnings = [
        PostWarning(warning=warnings[slug], intensity=intensity) for slug, intensity in on_post
    ]
    post.save_revision().publish()
    html = client.get(post.url).content.decode()
    section_gates = html.count('data-gate="section"')
    post_gates = html.count('data-gate="post"')
    assert post_gates == (1 if on_post else 0)
    assert section_gates == (1 if own_gate else 0)
    # The section still says what it holds, and nothing is ever left ungated.
    assert "In outline only." in html and SECTION_WORDS in html
    gated = html[html.index('<details class="warning-gate') :]
    assert SECTION_WORDS in gated and BODY_WORDS in (gated if on_post else html)
    if own_gate:
        assert "Content warning for this section:" in text(html)
    else:
        assert "This section: " in text(html)
