"""The querysets listings, feeds and search share, shaped so that a page of
posts costs a fixed number of queries however many authors or tags they have."""

from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from wagtail.images import get_image_model

CARD_RENDITIONS = ["fill-640x360", "fill-1280x720"]


def with_card_data(posts):
    from discussion.models import Comment

    images = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
    comment_count = (
        Comment.objects.published()
        .filter(post=OuterRef("pk"))
        .order_by()
        .values("post")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        posts.select_related(None)
        .prefetch_related(
            Prefetch("hero_image", queryset=images),
            "post_authors__author",
            "tags",
            "warnings__warning",
        )
        .annotate(comment_count=Coalesce(Subquery(comment_count), 0))
    )


def live_posts():
    from blog.models import BlogPage

    posts = BlogPage.objects.live().public().defer_streamfields()
    return with_card_data(posts).order_by("-date", "-first_published_at", "-pk")
