"""`python -m bench.scale` (DJANGO_SETTINGS_MODULE=website.settings.test,
DATABASE_URL pointing at PostgreSQL): in-process p50 for the blog index, a tag
page, search and a post page on a site of 10,000 posts and 100,000 comments.

The site is generated into the test database Django makes beside
DATABASE_URL's (test_<name>), and dropped with it. Saving 10,000 pages one by
one through Wagtail takes most of an hour, so pages and comments are written
in bulk, rows as Wagtail and django-comments-xtd would leave them (tree paths,
thread ids and order), and the search index is built in bulk the way
`update_index` builds it. Bench data only: figures, not assertions."""

import datetime
import os
import random
import statistics
import sys
import time
import uuid

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.runner import DiscoverRunner  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_comments.models import Comment as BaseComment  # noqa: E402
from django_comments_xtd.models import XtdComment  # noqa: E402
from taggit.models import Tag  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from bench.content import WORDS, paragraph  # noqa: E402
from blog.models import Author, BlogIndexPage, BlogPage, BlogPageAuthor, BlogPageTag  # noqa: E402
from demo import pages  # noqa: E402
from demo.datafiles import read  # noqa: E402
from demo.loader import Demo  # noqa: E402
from discussion.models import Comment, Like  # noqa: E402

POSTS = int(os.environ.get("BENCH_POSTS", "10000"))
COMMENTS_PER_POST = 10  # 5 conversations, 3 replies, 2 replies to replies
TAGS = 200
AUTHORS = 20
REPEATS = 20
CHUNK = 1000
# The prose's small vocabulary puts every word in every post; each post's
# title also carries one of these made-up topics, so a search for a topic
# matches 1% of the posts, as a search on a real blog might.
SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "dor", "fen", "gri"]
TOPICS = [first + second + "x" for first in SYLLABLES for second in SYLLABLES]


def insert_rows(model, objects):
    """INSERTs `model`'s own columns of `objects` (a multi-table child's
    row, its parent's already written): bulk_create refuses such models."""
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(f.column) for f in fields)})"
        f" VALUES ({', '.join(['%s'] * len(fields))})"
    )
    rows = [[f.get_db_prep_save(f.pre_save(o, True), connection) for f in fields] for o in objects]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def site():
    demo = Demo(log=lambda *args: None)
    data = read("site")
    home = pages.home_page(demo, data["home"])
    pages.site(home, data["site"])
    return pages.child(demo, home, BlogIndexPage, slug="blog", title="Blog")


def add_posts(blog, rng):
    content_type = ContentType.objects.get_for_model(BlogPage)
    locale = Locale.get_default()
    authors = Author.objects.bulk_create(
        Author(name=f"Scale Author {n}", slug=f"scale-author-{n}", role="PWP")
        for n in range(AUTHORS)
    )
    tags = Tag.objects.bulk_create(Tag(name=f"scale {n}", slug=f"scale-{n}") for n in range(TAGS))
    now = timezone.now()
    for start in range(0, POSTS, CHUNK):
        posts = []
        for n in range(start, min(POSTS, start + CHUNK)):
            slug = f"scale-post-{n}"
            moment = now - datetime.timedelta(hours=n * 7)
            body = [
                {"type": "paragraph", "value": f"<p>{paragraph(rng)}</p>", "id": str(uuid.uuid4())}
                for _ in range(4)
            ]
            posts.append(
                BlogPage(
                    title=f"{rng.choice(WORDS).title()} {TOPICS[n % len(TOPICS)]} {n}",
                    draft_title=f"Scale post {n}",
                    slug=slug,
                    content_type=content_type,
                    locale=locale,
                    path=BlogPage._get_path(blog.path, blog.depth + 1, n + 1),
                    depth=blog.depth + 1,
                    numchild=0,
                    url_path=f"{blog.url_path}{slug}/",
                    live=True,
                    first_published_at=moment,
                    last_published_at=moment,
                    date=moment.date(),
                    summary=" ".join(rng.choice(WORDS) for _ in range(25)),
                    body=body,
                    reading_minutes=2,
                )
            )
        Page.objects.bulk_create(posts)  # the Page rows; posts get their ids
        for post in posts:
            post.page_ptr_id = post.id
        insert_rows(BlogPage, posts)
        BlogPageAuthor.objects.bulk_create(
            BlogPageAuthor(page_id=post.pk, author=rng.choice(authors), sort_order=0)
            for post in posts
        )
        BlogPageTag.objects.bulk_create(
            BlogPageTag(content_object_id=post.pk, tag=tag)
            for post in posts
            for tag in rng.sample(tags, 3)
        )
        add_comments(posts, rng)
    Page.objects.filter(pk=blog.pk).update(numchild=POSTS)


def add_comments(posts, rng):
    """Each post: conversations 1-5, replies to 1, 2 and 1, and replies to
    the first two replies; threads in xtd's order, each comment liked."""
    content_type = ContentType.objects.get_for_model(BlogPage)
    shape = [None, None, None, None, None, 0, 1, 0, 5, 6]  # parent index, or None
    comments, parents = [], []
    for post in posts:
        for n, parent in enumerate(shape):
            comment = Comment(
                post_id=post.pk,
                content_type=content_type,
                object_pk=str(post.pk),
                site_id=settings.SITE_ID,
                user_name=f"Reader {n}",
                user_email=f"reader{n}@example.org",
                comment=paragraph(rng, rng.randint(20, 45)),
                submit_date=post.first_published_at + datetime.timedelta(minutes=n),
            )
            comment.set_state(Comment.State.PUBLISHED)
            comments.append(comment)
            parents.append(None if parent is None else comments[len(comments) - n + parent - 1])
    BaseComment.objects.bulk_create(comments)
    for comment, parent in zip(comments, parents, strict=True):
        comment.comment_ptr_id = comment.xtdcomment_ptr_id = comment.id
        comment.parent_id = parent.pk if parent else comment.pk
        comment.level = parent.level + 1 if parent else 0
        comment.thread_id = parent.thread_id if parent else comment.pk
    # Order within each thread: depth first, as xtd numbers it.
    children = {}
    for comment in comments:
        if comment.parent_id != comment.pk:
            children.setdefault(comment.parent_id, []).append(comment)

    def number(comment, order):
        comment.order = order
        comment.nested_count = 0
        for child in children.get(comment.pk, []):
            before = order
            order = number(child, order + 1)
            comment.nested_count += order - before
        return order

    for comment in comments:
        if comment.level == 0:
            number(comment, 1)
    insert_rows(XtdComment, comments)
    insert_rows(Comment, comments)
    Like.objects.bulk_create(
        Like(post_id=comment.post_id, comment_id=comment.pk, reader=f"{comment.pk:032x}")
        for comment in comments
    )


def index_posts():
    backend = get_search_backend()
    ids = list(BlogPage.objects.values_list("pk", flat=True))
    for start in range(0, len(ids), CHUNK):
        backend.add_bulk(BlogPage, list(BlogPage.objects.filter(pk__in=ids[start : start + CHUNK])))


def p50(client, url):
    assert client.get(url).status_code == 200, url
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        client.get(url)
        timings.append(time.perf_counter() - start)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    if os.environ.get("BENCH_PROFILE") == "1":
        slowest = sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:4]
        for query in slowest:
            print(f"    {float(query['time']) * 1000:6.1f} ms  {query['sql'][:300]}")
    return statistics.median(timings) * 1000, len(queries)


def main():
    if connection.vendor != "postgresql":
        sys.exit("bench.scale measures PostgreSQL: set DATABASE_URL=postgres://...")
    setup_test_environment()
    # BENCH_KEEPDB=1 keeps the generated site for the next run (and reuses
    # it); BENCH_PROFILE=1 prints each page's slowest queries.
    keep = os.environ.get("BENCH_KEEPDB") == "1"
    runner = DiscoverRunner(verbosity=0, keepdb=keep)
    databases = runner.setup_databases()
    try:
        started = time.monotonic()
        if not BlogPage.objects.exists():
            with transaction.atomic():
                add_posts(site(), random.Random(10))
            index_posts()
            # As autovacuum leaves a real site's tables: counted for the
            # planner and marked all-visible, so index-only scans can be used.
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
        tags = list(Tag.objects.filter(slug__startswith="scale-").order_by("pk"))
        print(
            f"{BlogPage.objects.count():,} posts and {Comment.objects.count():,} comments"
            f" built in {time.monotonic() - started:.0f} s (PostgreSQL)"
        )
        post = BlogPage.objects.get(slug=f"scale-post-{POSTS // 2}")
        urls = [
            ("blog index", "/blog/"),
            ("blog index, page 50", "/blog/?page=50"),
            ("tag page", f"/blog/tags/{tags[7].slug}/"),
            ("search, a topic (1% of posts)", f"/search/?q={TOPICS[37]}"),
            ("search, words in every post", "/search/?q=supervision+caseload"),
            ("post page (10 comments)", post.url),
        ]
        # The site's own host, as readers name it: its lookups are kept.
        site_root = Site.objects.get(is_default_site=True)
        client = Client(HTTP_HOST=f"{site_root.hostname}:{site_root.port}")
        print(f"{'page (target p50 <= 50 ms)':32} {'url':38} {'p50 ms':>7} {'queries':>8}")
        for name, url in urls:
            ms, queries = p50(client, url)
            print(f"{name:32} {url:38} {ms:7.1f} {queries:8d}")
    finally:
        if not keep:
            runner.teardown_databases(databases)


if __name__ == "__main__":
    main()
