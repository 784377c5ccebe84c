"""The querysets listings, feeds and search share, shaped so that a page of
posts costs a fixed number of queries however many authors or tags they have."""

from django.apps import apps
from django.db.models import Prefetch
from wagtail.images import get_image_model

from blog.hooks import card_queryset

CARD_RENDITIONS = ["fill-640x360", "fill-1280x720"]


def with_card_data(posts):
    """`posts` with what their cards show, from blog and from the apps that
    add to cards through the CARD_QUERYSET hook."""
    images = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
    authors = apps.get_model("blog", "BlogPageAuthor").objects.select_related("author")
    warnings = apps.get_model("blog", "PostWarning").objects.select_related("warning")
    posts = posts.select_related(None).prefetch_related(
        Prefetch("hero_image", queryset=images),
        # Each link with what it links to: a query per relation, not two.
        Prefetch("post_authors", queryset=authors),
        "tags",
        Prefetch("warnings", queryset=warnings),
    )
    return card_queryset(posts)


def live_posts():
    # blog.models imports this module (the index lists live posts), and
    # either may be imported first, so the model is looked up, not imported.
    posts = apps.get_model("blog", "BlogPage").objects.live().public().defer_streamfields()
    return with_card_data(posts).order_by("-date", "-first_published_at", "-pk")
