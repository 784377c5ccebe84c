"""The querysets listings, feeds and search share.

A listing pages through a narrow query, its posts' ids in order, and only
the page it shows is fetched with what its cards show (`cards`): computing
that (the comment counts CARD_QUERYSET annotates) inside the paging query
cost PostgreSQL every post before the page, 500 of them for page 50. The
cards cost a fixed number of queries however many authors or tags the posts
have."""

from django.apps import apps
from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.models import Page

from blog.hooks import card_queryset, decorate_cards

CARD_RENDITIONS = ["fill-640x360", "fill-1280x720"]
NEWEST_FIRST = ("-date", "-first_published_at", "-pk")


def model(name):
    # blog.models imports this module (the index lists live posts), and
    # either may be imported first, so models are looked up, not imported.
    return apps.get_model("blog", name)


def with_card_data(posts):
    """`posts` with what their cards show, from blog and from the apps that
    add to cards through the CARD_QUERYSET hook; never their bodies."""
    images = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
    authors = model("BlogPageAuthor").objects.select_related("author")
    warnings = model("PostWarning").objects.select_related("warning")
    posts = posts.defer_streamfields().select_related(None)
    posts = posts.prefetch_related(
        Prefetch("hero_image", queryset=images),
        # Each link with what it links to: a query per relation, not two.
        Prefetch("post_authors", queryset=authors),
        "tags",
        Prefetch("warnings", queryset=warnings),
    )
    return card_queryset(posts)


def live_posts():
    """Live, public posts, newest first, without their card data."""
    return model("BlogPage").objects.live().public().order_by(*NEWEST_FIRST)


def searchable_posts():
    """Live, public posts as pages, newest first: what search looks through.
    The search index refers to pages, and a page is one table where a blog
    page is two: counting 10,000 matches, joining the second cost as much
    again as the count."""
    # Newest by first publication, a column of the page with an index of
    # its own: ordered by the blog page's date, PostgreSQL could not read
    # the newest matches of common words in order (core.postgres_search).
    posts = Page.objects.live().public().type(model("BlogPage"))
    return posts.order_by("-first_published_at", "-pk")


def cards(ids):
    """The posts with these ids, in this order, with their card data and the
    decorations the DECORATE_CARDS hook adds."""
    ids = list(ids)
    posts = with_card_data(model("BlogPage").objects.all()).in_bulk(ids)
    return decorate_cards(posts[pk] for pk in ids if pk in posts)
