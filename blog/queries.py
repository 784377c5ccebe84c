"""The querysets listings, feeds and search share, shaped so that a page of
posts costs a fixed number of queries however many authors or tags they have."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

CARD_RENDITIONS = ["fill-640x360", "fill-1280x720"]


def with_card_data(posts):
    images = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
    return posts.select_related(None).prefetch_related(
        Prefetch("hero_image", queryset=images),
        "post_authors__author",
        "tags",
        "warnings__warning",
    )


def live_posts():
    from blog.models import BlogPage

    posts = BlogPage.objects.live().public().defer_streamfields()
    return with_card_data(posts).order_by("-date", "-first_published_at", "-pk")
