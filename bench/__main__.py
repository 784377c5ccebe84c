"""`make bench`: loads the demo into a throwaway database, then prints, for
each main page, its median response time over repeated requests, its query
count and its size. Numbers to compare between commits, not assertions."""

import io
import statistics
import time
from contextlib import contextmanager

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.runner import DiscoverRunner  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from wagtail.models import Site  # noqa: E402

from blog.models import BlogPage  # noqa: E402
from discussion.models import Comment, Like  # noqa: E402

REPEATS = 30


def measure(client, url):
    client.get(url)
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - start)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(timings) * 1000, len(queries), len(response.content)


def long_thread(post, count=500):
    """`count` published comments on `post`, up to four deep, each liked."""
    comments = []
    for n in range(count):
        parent = comments[-1] if comments and n % 3 and comments[-1].level < 3 else None
        comment = Comment(
            post=post,
            user_name=f"Reader {n}",
            user_email=f"reader{n}@example.org",
            comment=f"Comment number {n}, with a little text to read. " * 3,
            parent_id=parent.pk if parent else 0,
        )
        comment.set_state(Comment.State.PUBLISHED)
        comment.save()
        comments.append(comment)
    Like.objects.bulk_create(
        Like(post=post, comment=comment, reader=f"{n:032x}") for n, comment in enumerate(comments)
    )


@contextmanager
def demo_database():
    """A scratch test database holding the demo, dropped afterwards."""
    setup_test_environment()
    runner = DiscoverRunner(verbosity=0)
    databases = runner.setup_databases()
    try:
        call_command("load_demo", stdout=io.StringIO())
        yield
    finally:
        runner.teardown_databases(databases)


def main():
    with demo_database():
        post = BlogPage.objects.live().order_by("-date").first()
        crowded = BlogPage.objects.live().order_by("date").first()
        long_thread(crowded)
        urls = [
            "/",
            "/series/carrying-it-well/",
            "/blog/",
            "/blog/tags/supervision/",
            "/blog/feed/",
            post.url,
            crowded.url,
            crowded.url + "?comments=2",
            "/search/?q=supervision",
            "/sitemap.xml",
        ]
        # The demo site's own host, as readers name it: its lookups are kept.
        site = Site.objects.get(is_default_site=True)
        client = Client(HTTP_HOST=f"{site.hostname}:{site.port}")
        print(f"{'page':40} {'median ms':>10} {'queries':>8} {'KiB':>7}")
        for url in urls:
            ms, queries, size = measure(client, url)
            print(f"{url:40} {ms:10.1f} {queries:8d} {size / 1024:7.1f}")


if __name__ == "__main__":
    main()
