"""Pages cost a fixed number of queries however many authors, tags or posts
they show (no N+1)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from blog.models import ContentWarning, PostWarning
from tests.blog.factories import AuthorFactory, BlogPageFactory

POST_BUDGET = 22
LISTING_BUDGET = 16
LISTINGS = [
    "/",
    "/blog/",
    "/blog/tags/shared/",
    "/blog/authors/author-a/",
    "/blog/feed/",
    "/search/?q=guided",
]


@pytest.fixture
def crowded_post(blog):
    authors = [AuthorFactory() for _ in range(5)]
    post = BlogPageFactory(
        parent=blog, title="Crowded", authors=authors, tag_names=[f"Tag {n}" for n in range(20)]
    )
    warn(post, 4)
    return post


def warn(post, count):
    """Gives a post `count` content warnings."""
    for n in range(count):
        warning, _ = ContentWarning.objects.get_or_create(
            slug=f"w{n}", defaults={"name": f"Warning {n}", "label": f"W{n}", "description": "."}
        )
        PostWarning.objects.create(page=post, warning=warning)


def test_post_with_many_authors_and_tags(client, blog, crowded_post, django_assert_max_num_queries):
    plain = BlogPageFactory(parent=blog, authors=[AuthorFactory()], tag_names=["One"])
    assert queries_for(client, crowded_post.url) == queries_for(client, plain.url)
    with django_assert_max_num_queries(POST_BUDGET):
        response = client.get(crowded_post.url)
    html = response.content.decode()
    assert html.count('rel="tag"') == 20
    assert html.count('href="/blog/authors/') == 10  # the byline, and "About the authors"


def test_authors_photos_cost_the_same_however_many(client, blog):
    def photographed_author():
        photo = get_image_model().objects.create(title="Face", file=get_test_image_file())
        return AuthorFactory(photo=photo)

    one = BlogPageFactory(parent=blog, authors=[photographed_author()])
    five = BlogPageFactory(parent=blog, authors=[photographed_author() for _ in range(5)])
    assert queries_for(client, five.url) == queries_for(client, one.url)
    assert client.get(five.url).content.decode().count('class="avatar"') == 10


def queries_for(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_listings_do_not_grow_with_posts(client, blog):
    authors = [AuthorFactory(slug="author-a"), AuthorFactory()]

    def add_posts(count):
        for n in range(count):
            hero = get_image_model().objects.create(title=f"Hero {n}", file=get_test_image_file())
            post = BlogPageFactory(
                parent=blog, authors=authors, tag_names=[f"t{n}", "shared"], hero_image=hero
            )
            warn(post, n % 3)

    add_posts(2)
    few = {url: queries_for(client, url) for url in LISTINGS}
    add_posts(8)
    many = {url: queries_for(client, url) for url in LISTINGS}
    assert many == few
    assert max(many.values()) <= LISTING_BUDGET, many
