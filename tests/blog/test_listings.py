"""The blog index, tag, archive and author listings, and bad input to them."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.hostile import naughty_strings


@pytest.fixture
def many_posts(blog, author):
    start = datetime.date(2026, 3, 1)
    return [
        BlogPageFactory(
            parent=blog,
            title=f"Numbered post {n:02d}",
            date=start + datetime.timedelta(days=n * 3),
            authors=[author],
            tag_names=["Practice"] if n % 2 else ["Training"],
        )
        for n in range(25)
    ]


def titles(response):
    return [
        line.split(">")[1].split("<")[0]
        for line in response.content.decode().split('class="post-card__title"')[1:]
        for line in [line.split("<a ", 1)[1]]
    ]


def test_index_is_paginated_newest_first(client, many_posts):
    first = client.get("/blog/")
    assert first.status_code == 200
    shown = titles(first)
    assert shown[0] == "Numbered post 24" and len(shown) == 10
    third = titles(client.get("/blog/?page=3"))
    assert third == [f"Numbered post {n:02d}" for n in range(4, -1, -1)]


def test_paging_reads_only_the_ids_of_the_posts_before_the_page(client, many_posts):
    """Page 3 skips 20 posts: the query that skips them selects their ids
    alone, and the cards' data (a comment count is a subquery per post) is
    fetched for the posts shown."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/blog/?page=3")
    assert titles(response) == [f"Numbered post {n:02d}" for n in range(4, -1, -1)]
    paging = [query["sql"] for query in captured if " OFFSET " in query["sql"].upper()]
    assert paging
    for sql in paging:
        assert "," not in sql[: sql.upper().index(" FROM ")], sql


def test_the_archive_links_every_month_with_posts_newest_first(client, many_posts):
    html = client.get("/blog/tags/training/").content.decode()
    archive = html.split('id="archive-heading"')[1].split("</aside>")[0]
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', archive) == [
        ("/blog/2026/05/", "May 2026"),
        ("/blog/2026/04/", "April 2026"),
        ("/blog/2026/03/", "March 2026"),
    ]


def archive_links(client, url="/blog/"):
    html = client.get(url).content.decode()
    archive = html.split('id="archive-heading"')[1].split("</aside>")[0]
    return re.findall(r'<a href="[^"]+">([^<]+)</a>', archive)


def test_the_archive_is_read_once_and_follows_every_change(client, blog, many_posts):
    assert archive_links(client)[0] == "May 2026"
    with CaptureQueriesContext(connection) as captured:
        archive_links(client, "/blog/tags/training/")
    assert not any("DATE_TRUNC" in query["sql"].upper() for query in captured)

    june = BlogPageFactory(parent=blog, title="June post", date=datetime.date(2026, 6, 2))
    assert archive_links(client)[:2] == ["June 2026", "May 2026"]
    june.unpublish()
    assert archive_links(client)[0] == "May 2026"
    many_posts[0].date = datetime.date(2025, 12, 30)
    many_posts[0].save_revision().publish()
    assert archive_links(client)[-1] == "December 2025"


def test_tag_archive_and_author_listings(client, many_posts, blog):
    tagged = titles(client.get("/blog/tags/training/"))
    assert tagged and all(int(title[-2:]) % 2 == 0 for title in tagged)
    response = client.get("/blog/2026/03/")
    assert response.context["posts"].paginator.count == 11
    assert titles(response)[-1] == "Numbered post 01"
    assert "Posts from March 2026" in response.content.decode()
    other = AuthorFactory(name="Kim Noor", slug="kim-noor")
    BlogPageFactory(parent=blog, title="By Kim", authors=[other])
    assert titles(client.get("/blog/authors/kim-noor/")) == ["By Kim"]


MALFORMED_URLS = [
    "/blog/?page=0",
    "/blog/?page=-1",
    "/blog/?page=999999",
    "/blog/?page=abc",
    "/blog/?page=1e3",
    "/blog/?page=%00",
    "/blog/tags/no-such-tag/",
    "/blog/2026/13/",
    "/blog/2026/00/",
    "/blog/0000/01/",
    "/blog/9999/99/",
    "/blog/2026/1/",
    "/blog/authors/nobody/",
    "/blog/tags/%3Cscript%3E/",
    "/blog/tags/training/?page=7",
]


def test_malformed_listing_urls_give_friendly_404(client, many_posts):
    for url in MALFORMED_URLS:
        response = client.get(url)
        assert response.status_code == 404, url
        assert "We can’t find that page" in response.content.decode(), url


def test_hostile_page_and_tag_values_never_500(client, many_posts):
    for value in naughty_strings()[:200]:
        assert client.get("/blog/", {"page": value}).status_code in (200, 404)
        assert client.get(f"/blog/tags/{value.replace('/', '')}/").status_code in (404, 301), value
