"""The page cache's store: shared backends, races with invalidation, the
cost of working out what a change affects, and hostile query strings."""

from urllib.parse import quote

from django.core.cache import cache, caches
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext

from blog.pagecache import shown_paths
from core import pagecache
from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.hostile import naughty_strings
from tests.website.test_settings import manage


def test_a_render_that_overlaps_an_invalidation_is_not_kept(db):
    key = pagecache.page_key("http", "testserver", "/blog/", "")
    epoch_when_rendering_began = cache.get(pagecache.EPOCH)
    pagecache.purge(["/blog/"])  # a change commits while the page renders
    kept = pagecache.store(key, HttpResponse("old"), "generation", epoch_when_rendering_began, 600)
    assert kept is None and cache.get(key) is None


def test_working_out_what_a_post_change_affects_costs_fixed_queries(blog):
    small = BlogPageFactory(parent=blog, authors=[AuthorFactory()], tag_names=["One"], slug="small")
    large = BlogPageFactory(
        parent=blog,
        authors=[AuthorFactory() for _ in range(3)],
        tag_names=[f"Tag {n}" for n in range(10)],
        slug="large",
    )
    counts = []
    for post in (small, large):
        with CaptureQueriesContext(connection) as queries:
            paths = shown_paths([post.pk])
        counts.append(len(queries))
        assert post.url in paths
    assert counts[0] == counts[1]
    assert "/blog/tags/tag-9/" in paths


def test_hostile_page_numbers_are_answered_uncached(client, blog, page_cache):
    for value in naughty_strings()[:150]:
        if pagecache.canonical_query(f"page={quote(value)}") is not None:
            continue  # a plain page number, like "1"
        response = client.get(f"{blog.url}?page={quote(value)}")
        assert response.status_code in (200, 404), value
        assert "X-Page-Cache" not in response, value


def test_production_shares_its_cache_between_processes():
    env = {
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "commonroom.example",
    }
    show = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    files = manage("shell", "-c", show, **env)
    assert files.stdout.strip().splitlines()[-1] == "core.filecache.FileCache"
    redis = manage("shell", "-c", show, REDIS_URL="redis://127.0.0.1:1/0", **env)
    assert redis.stdout.strip().splitlines()[-1] == "core.cache.ForgivingRedisCache"


def test_the_page_cache_on_redis(client, post, settings, redis_url, page_cache):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}
    }
    caches["default"].clear()
    assert client.get(post.url)["X-Page-Cache"] == "miss"
    assert client.get(post.url)["X-Page-Cache"] == "hit"
    pagecache.purge([post.url])
    assert client.get(post.url)["X-Page-Cache"] == "miss"
