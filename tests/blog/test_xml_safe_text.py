"""Characters XML 1.0 cannot carry never take a feed or the sitemap down:
text fields lose them when saved, and every XML response drops them again
for anything stored before (or around) that."""

import xml.etree.ElementTree as ET

import feedparser
import pytest
from django.db import connection
from taggit.models import Tag

from blog.models import Author, BlogPage
from core.xmltext import xml_safe
from guestposts.models import Pitch
from series.models import SeriesPage
from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.hostile import naughty_strings, xss_payloads
from tests.series.factories import SeriesIndexPageFactory, build_series

C0_FORBIDDEN = [chr(code) for code in range(0x20) if chr(code) not in "\t\n\r"]
NON_CHARACTERS = ["\ufffe", "\uffff"]
LONE_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff"]
# What a database can store: everything but lone surrogates, which no UTF-8
# column takes (and which the save-time cleaning removes first), and NUL on
# PostgreSQL, which refuses it in any query (Django's form fields refuse it
# with a message, so it never reaches a query from a form).
STORABLE_FORBIDDEN = "".join(
    char
    for char in C0_FORBIDDEN + NON_CHARACTERS
    if connection.vendor != "postgresql" or char != "\x00"
)
ALL_FORBIDDEN = STORABLE_FORBIDDEN + "".join(LONE_SURROGATES)

FEEDS = ["/blog/feed/", "/blog/feed/atom/"]


def sprinkled(text, forbidden=ALL_FORBIDDEN):
    """`text` with every forbidden character in it."""
    return f"{text[:1]}{forbidden}{text[1:]}"


def test_xml_safe_drops_exactly_what_xml_forbids():
    kept = "tab\tnewline\ncr\r · émoji 🙂 · U+FFFD \ufffd · U+E000 \ue000 · 𐀀"
    assert xml_safe(sprinkled(kept)) == kept
    for char in C0_FORBIDDEN + NON_CHARACTERS + LONE_SURROGATES:
        assert xml_safe(f"a{char}b") == "ab", repr(char)
    assert xml_safe(["a\x0b", ("b\x00",)]) == ["a", ("b",)]
    assert xml_safe(None) is None and xml_safe(3) == 3


def feed_parses(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    return feed


def sitemap_parses(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return ET.fromstring(response.content)


@pytest.fixture
def series_index(home):
    return SeriesIndexPageFactory(parent=home)


def test_text_fields_lose_forbidden_characters_when_saved(blog, series_index):
    author = AuthorFactory(name=sprinkled("Vee Tab"), slug="vee", bio=sprinkled("A bio."))
    post = BlogPageFactory(
        parent=blog,
        title=sprinkled("Vertical tabs"),
        summary=sprinkled("A summary."),
        seo_title=sprinkled("SEO title"),
        search_description=sprinkled("Search description"),
        authors=[author],
        # Looked up by name before it is saved, so nothing a query can't hold
        # (a request never carries lone surrogates: they arrive as U+FFFD).
        tag_names=[sprinkled("Caseloads", STORABLE_FORBIDDEN)],
    )
    series = build_series(series_index, [post], title=sprinkled("Series title"))
    pitch = Pitch.objects.create(
        name=sprinkled("Pat Pitcher"),
        email="pat@example.org",
        organisation=sprinkled("A team"),
        role=sprinkled("PWP"),
        title=sprinkled("Proposed title"),
        outline=sprinkled("An outline."),
    )
    post = BlogPage.objects.get(pk=post.pk)
    assert (post.title, post.summary, post.seo_title, post.search_description) == (
        "Vertical tabs",
        "A summary.",
        "SEO title",
        "Search description",
    )
    assert post.draft_title == "Vertical tabs"
    author = Author.objects.get(pk=author.pk)
    assert (author.name, author.bio) == ("Vee Tab", "A bio.")
    assert Tag.objects.get().name == "Caseloads"
    assert SeriesPage.objects.get(pk=series.pk).title == "Series title"
    pitch.refresh_from_db()
    assert [pitch.name, pitch.organisation, pitch.role, pitch.title, pitch.outline] == [
        "Pat Pitcher",
        "A team",
        "PWP",
        "Proposed title",
        "An outline.",
    ]


def store_behind_the_models_back(post, author, tag, title, summary):
    """Writes straight to the database, as old rows or a raw import would."""
    BlogPage.objects.filter(pk=post.pk).update(title=title, summary=summary)
    Author.objects.filter(pk=author.pk).update(name=title)
    Tag.objects.filter(pk=tag.pk).update(name=title)


@pytest.fixture
def stored_post(blog, series_index):
    author = AuthorFactory(name="Sam Stored", slug="sam-stored")
    post = BlogPageFactory(parent=blog, authors=[author], tag_names=["Stored"])
    series = build_series(series_index, [post], title="A series")
    return post, author, Tag.objects.get(name="Stored"), series


def test_feeds_and_sitemap_stay_up_whatever_is_stored(client, stored_post):
    post, author, tag, series = stored_post
    store_behind_the_models_back(
        post, author, tag, f"Vertical{STORABLE_FORBIDDEN}tab", f"Sum{STORABLE_FORBIDDEN}mary"
    )
    SeriesPage.objects.filter(pk=series.pk).update(
        title=f"Series{STORABLE_FORBIDDEN}", summary=f"About{STORABLE_FORBIDDEN}"
    )
    urls = FEEDS + [
        "/blog/tags/stored/feed/",
        "/blog/tags/stored/feed/atom/",
        series.url + "feed/",
        series.url + "feed/atom/",
    ]
    for url in urls:
        feed = feed_parses(client, url)
        assert "Verticaltab" in [entry.title.removeprefix("Part 1: ") for entry in feed.entries]
    assert feed_parses(client, series.url + "feed/").feed.title == "Commonroom series: Series"
    sitemap_parses(client)


@pytest.mark.parametrize("source", ["naughty", "xss"])
def test_feeds_stay_up_with_the_hostile_lists(client, blog, source):
    strings = naughty_strings() if source == "naughty" else xss_payloads()
    author = AuthorFactory(name="Hostile Author", slug="hostile-author")
    posts = [BlogPageFactory(parent=blog, authors=[author]) for _ in range(10)]
    tags = []
    for n, post in enumerate(posts):
        post.tags.add(f"tag {n}")
        tags.append(Tag.objects.get(name=f"tag {n}"))
    chunk = len(strings) // len(posts) + 1
    for n, post in enumerate(posts):
        mine = strings[n * chunk : (n + 1) * chunk]
        # Through save (input cleaning) for half, behind its back for the rest.
        title, summary = mine[0][:255], "\n".join(mine)
        if n % 2:
            post.title, post.summary = title, summary
            post.save_revision().publish()
        else:
            store_behind_the_models_back(post, author, tags[n], title, summary)
    for url in FEEDS:
        feed = feed_parses(client, url)
        assert len(feed.entries) == len(posts)
    sitemap_parses(client)
