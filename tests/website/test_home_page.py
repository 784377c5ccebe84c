"""The home page: a featured post (the editor's choice while it is live,
else the newest post) first and once, then the latest posts after it."""

import datetime

import pytest

from tests.blog.factories import BlogPageFactory
from website.models import HOME_LATEST_POSTS


@pytest.fixture
def posts(blog):
    start = datetime.date(2026, 6, 1)
    return [
        BlogPageFactory(parent=blog, title=f"Post {n}", date=start + datetime.timedelta(days=n))
        for n in range(HOME_LATEST_POSTS + 2)
    ]


def featured_and_latest(client):
    context = client.get("/").context
    return context["featured_post"].title, [post.title for post in context["latest_posts"]]


def test_the_newest_post_is_featured_by_default(client, posts):
    featured, latest = featured_and_latest(client)
    newest_first = [post.title for post in reversed(posts)]
    assert featured == newest_first[0]
    assert latest == newest_first[1 : HOME_LATEST_POSTS + 1]


def test_the_editors_choice_is_featured_and_not_repeated(client, home, posts):
    home.featured_post = posts[0]
    home.save_revision().publish()
    featured, latest = featured_and_latest(client)
    assert featured == "Post 0"
    assert "Post 0" not in latest and len(latest) == HOME_LATEST_POSTS
    html = client.get("/").content.decode()
    assert html.count("post-card--featured") == 1 and html.count(">Post 0</a>") == 1


def test_an_unpublished_choice_falls_back_to_the_newest(client, home, posts):
    home.featured_post = posts[0]
    home.save_revision().publish()
    posts[0].unpublish()
    assert featured_and_latest(client)[0] == posts[-1].title


def test_a_home_page_with_no_posts_says_so(client, home):
    html = client.get("/").content.decode()
    assert "Nothing has been published yet." in html and "post-card--featured" not in html
