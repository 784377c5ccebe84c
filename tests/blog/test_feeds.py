import re

import feedparser
import pytest

from tests.blog.factories import AuthorFactory, BlogPageFactory


@pytest.fixture
def posts(blog, author):
    other = AuthorFactory(name="Jo Marsh", slug="jo-marsh")
    first = BlogPageFactory(
        parent=blog,
        title="Caseload notes",
        authors=[author, other],
        tag_names=["Caseloads", "Supervision"],
    )
    second = BlogPageFactory(
        parent=blog, title="Wellbeing notes", authors=[author], tag_names=["Wellbeing"]
    )
    return first, second


@pytest.mark.parametrize("url", ["/blog/feed/", "/blog/feed/atom/"])
def test_blog_feeds_parse_with_full_metadata(client, posts, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    entries = {entry.title: entry for entry in feed.entries}
    entry = entries["Caseload notes"]
    assert entry.summary == "A short, plain summary of the post."
    assert entry.link == f"http://testserver{posts[0].url}"
    assert "Sam Rivers" in entry.author and "Jo Marsh" in entry.author
    assert {tag.term for tag in entry.tags} == {"Caseloads", "Supervision"}
    assert entry.get("published_parsed") or entry.get("updated_parsed")


@pytest.mark.parametrize("url", ["/blog/tags/wellbeing/feed/", "/blog/tags/wellbeing/feed/atom/"])
def test_tag_feeds_hold_only_that_tag(client, posts, url):
    feed = feedparser.parse(client.get(url).content)
    assert not feed.bozo
    assert [entry.title for entry in feed.entries] == ["Wellbeing notes"]
    assert "Wellbeing" in feed.feed.title


def test_unknown_tag_feed_is_404(client, posts):
    assert client.get("/blog/tags/no-such-tag/feed/").status_code == 404


def test_feed_does_not_load_bodies(client, posts, django_assert_max_num_queries):
    with django_assert_max_num_queries(15) as captured:
        client.get("/blog/feed/")
    assert not any('"body"' in query["sql"] for query in captured.captured_queries)


def test_the_blog_and_each_tag_advertise_their_rss_and_atom_feeds(client, post):
    def alternates(url):
        html = client.get(url).content.decode()
        return set(re.findall(r'<link rel="alternate" type="([^"]+)"[^>]*href="([^"]+)"', html))

    assert alternates("/blog/") >= {
        ("application/rss+xml", "/blog/feed/"),
        ("application/atom+xml", "/blog/feed/atom/"),
    }
    assert alternates("/blog/tags/supervision/") >= {
        ("application/rss+xml", "/blog/tags/supervision/feed/"),
        ("application/atom+xml", "/blog/tags/supervision/feed/atom/"),
    }
    for _, url in alternates("/blog/tags/supervision/"):
        assert client.get(url).status_code == 200
