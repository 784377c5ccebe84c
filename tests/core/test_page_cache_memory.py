"""Each process keeps the pages it last read from the shared cache
(core/middleware.py, RecentPages), and uses a kept copy only while nothing
has been invalidated since: never a page older than the shared cache's."""

import time

import pytest
from django.core.cache import cache

from blog.models import BlogPage
from core.pagecache import invalidate, invalidate_all, page_key, site_hosts

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def stored_key(post):
    (host,) = site_hosts()
    return page_key("http", host, post.url, "")


def warm(client, post):
    assert client.get(post.url)["X-Page-Cache"] == "miss"
    assert client.get(post.url)["X-Page-Cache"] == "hit"


def test_a_hit_is_answered_from_memory_without_reading_the_stored_copy(client, post):
    warm(client, post)
    # Gone from the shared cache without an invalidation (evicted, say):
    # this process still has it, as current as the shared cache was.
    assert cache.get(stored_key(post)) is not None
    cache.delete(stored_key(post))
    assert client.get(post.url)["X-Page-Cache"] == "hit"


def test_an_invalidation_of_any_page_retires_the_kept_copies(client, post, blog, commit):
    warm(client, post)
    with commit():
        BlogPage.objects.filter(pk=post.pk).update(title="Changed without signals")
        invalidate([blog.url])  # another page: every kept copy goes all the same
    assert "Changed without signals" not in client.get(post.url).content.decode()
    with commit():
        invalidate([post.url])
    assert "Changed without signals" in client.get(post.url).content.decode()


def test_invalidating_everything_retires_them(client, post, commit):
    warm(client, post)
    with commit():
        BlogPage.objects.filter(pk=post.pk).update(title="Changed for every page")
        invalidate_all()
    assert "Changed for every page" in client.get(post.url).content.decode()


def test_after_invalidating_everything_the_page_is_a_hit_again(client, post, commit):
    warm(client, post)
    with commit():
        invalidate_all()  # the old copy stays stored, of a generation gone by
    assert client.get(post.url)["X-Page-Cache"] == "miss"
    assert client.get(post.url)["X-Page-Cache"] == "hit"


def test_after_a_copy_expires_the_new_one_is_a_hit(client, post, settings):
    settings.PAGECACHE_SECONDS = 1
    warm(client, post)
    time.sleep(1.1)
    assert client.get(post.url)["X-Page-Cache"] == "miss"
    assert client.get(post.url)["X-Page-Cache"] == "hit"
