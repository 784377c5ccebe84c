"""Where the blog shows a post, for the page cache: the post's own page and
every listing its card is on (the index, its tags, authors and month, each
with all its pages) and the feeds. Other apps that show posts answer
`posts_shown` with their own URLs (home, series), so a change to a post
reaches them without the blog knowing they exist.

Every function here costs a fixed number of queries however many posts,
tags or authors are involved."""

from django.conf import settings
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.dispatch import Signal
from django.urls import reverse
from taggit.models import Tag

from blog.models import Author, BlogIndexPage, BlogPage, BlogPageAuthor, BlogPageTag
from core.pagecache import invalidate, page_path, with_pages

# Sent with `post_ids`; each receiver returns the paths where it shows those posts.
posts_shown = Signal()

PER_PAGE = settings.BLOG_POSTS_PER_PAGE


def route(index, name, *args, **kwargs):
    return page_path(index) + index.reverse_subpage(name, args=args, kwargs=kwargs)


def indexes():
    return [
        (index, page_path(index))
        for index in BlogIndexPage.objects.live()
        if page_path(index) is not None
    ]


def listing_paths(index, tags=(), authors=(), months=()):
    """The listing routes of `index` for (slug, live count) tags and authors
    and (date, live count) months, with every page of each."""
    paths = set(with_pages(page_path(index), index.posts().count(), PER_PAGE))
    paths |= {route(index, "feed"), route(index, "atom_feed")}
    for slug, count in tags:
        paths |= set(with_pages(route(index, "tag", slug), count, PER_PAGE))
        paths |= {route(index, "tag_feed", slug), route(index, "tag_atom_feed", slug)}
    for slug, count in authors:
        paths |= set(with_pages(route(index, "author", slug), count, PER_PAGE))
    for month, count in months:
        archive = route(index, "archive", year=f"{month:%Y}", month=f"{month:%m}")
        paths |= set(with_pages(archive, count, PER_PAGE))
    return paths


def live_counts_by_tag(tags):
    live = Q(blog_blogpagetag_items__content_object__live=True)
    return list(
        tags.annotate(n=Count("blog_blogpagetag_items", filter=live)).values_list("slug", "n")
    )


def live_counts_by_author(author_ids):
    # Anonymous contributors have no page to cache.
    return list(
        BlogPageAuthor.objects.filter(author_id__in=author_ids)
        .exclude(author__credit=Author.Credit.ANONYMOUS)
        .order_by()
        .values("author__slug")
        .annotate(n=Count("page_id", filter=Q(page__live=True)))
        .values_list("author__slug", "n")
    )


def live_counts_by_month(months):
    if not months:
        return []
    return list(
        BlogPage.objects.live()
        .annotate(month=TruncMonth("date"))
        .filter(month__in=months)
        .order_by()
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")
    ) + [(month, 0) for month in months]


def post_paths(post_ids):
    """The blog's URLs showing any of `post_ids`, whatever their state."""
    post_ids = list(post_ids)
    if not post_ids:
        return set()
    posts = list(BlogPage.objects.filter(pk__in=post_ids).defer_streamfields())
    paths = {page_path(post) for post in posts} - {None}
    tags = live_counts_by_tag(
        Tag.objects.filter(
            pk__in=BlogPageTag.objects.filter(content_object_id__in=post_ids).values("tag_id")
        )
    )
    author_ids = BlogPageAuthor.objects.filter(page_id__in=post_ids).values("author_id")
    authors = live_counts_by_author(author_ids)
    months = live_counts_by_month({post.date.replace(day=1) for post in posts if post.date})
    for index, _path in indexes():
        paths |= listing_paths(index, tags, authors, months)
    return paths


def shown_paths(post_ids):
    """Everywhere any app shows one of `post_ids`."""
    post_ids = list(post_ids)
    paths = post_paths(post_ids)
    for _receiver, found in posts_shown.send(sender=BlogPage, post_ids=post_ids):
        paths |= set(found or ())
    return paths


def invalidate_posts(post_ids):
    """For apps whose change alters posts' pages or cards (a comment count, a
    series banner): worked out and dropped once the change has committed."""
    post_ids = list(post_ids)
    invalidate(lambda: shown_paths(post_ids))


def live_post_paths(pk):
    return shown_paths([pk]) if BlogPage.objects.filter(pk=pk, live=True).exists() else set()


def author_paths(pk):
    post_ids = list(BlogPageAuthor.objects.filter(author_id=pk).values_list("page_id", flat=True))
    paths = shown_paths(post_ids)
    author = Author.objects.filter(pk=pk).exclude(credit=Author.Credit.ANONYMOUS).first()
    if author is not None:
        # Its page exists (empty) even with no posts.
        for index, _path in indexes():
            paths |= listing_paths(index, authors=[(author.slug, len(post_ids))])
    return paths


def warning_paths(pk):
    post_ids = BlogPage.objects.filter(warnings__warning_id=pk).values_list("pk", flat=True)
    # The reading preferences page lists every warning.
    return shown_paths(post_ids) | {reverse("reading_preferences")}


def all_paths():
    """Every listing route of the blog, for a change that touches them all."""
    tags = live_counts_by_tag(Tag.objects.filter(pk__in=BlogPageTag.objects.values("tag_id")))
    authors = live_counts_by_author(Author.objects.values("pk"))
    months = live_counts_by_month(set(BlogPage.objects.live().dates("date", "month")))
    paths = set()
    for index, _path in indexes():
        paths |= listing_paths(index, tags, authors, months)
    return paths
