"""Redis going away takes nothing down (core/cache.py): pages are rendered
uncached, forms still work, and when Redis answers again the page cache
starts afresh, so a change made while it was away is never hidden behind a
page it kept."""

import time

import pytest
from django.core.cache import caches

from core.cache import RETRY_AFTER_SECONDS
from tests.origin import FROM_OUR_PAGES


@pytest.fixture
def forgiving_cache(settings, own_redis, page_cache):
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.ForgivingRedisCache",
            "LOCATION": own_redis.url,
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
        }
    }
    caches["default"].clear()
    return own_redis


def test_pages_and_forms_go_on_while_redis_is_down(client, post, forgiving_cache):
    assert client.get(post.url)["X-Page-Cache"] == "miss"
    assert client.get(post.url)["X-Page-Cache"] == "hit"
    forgiving_cache.stop()
    response = client.get(post.url)
    assert response.status_code == 200 and b"Holding a caseload kindly" in response.content
    assert response.get("X-Page-Cache") != "hit"
    follow = client.post("/follow/", {"email": "r@example.org"}, **FROM_OUR_PAGES)
    assert follow.status_code == 200
    forgiving_cache.start()
    time.sleep(RETRY_AFTER_SECONDS)
    assert client.get(post.url)["X-Page-Cache"] == "miss"
    assert client.get(post.url)["X-Page-Cache"] == "hit"


def test_a_change_made_while_redis_was_away_shows_when_it_is_back(
    client, post, forgiving_cache, django_capture_on_commit_callbacks
):
    assert client.get(post.url)["X-Page-Cache"] == "miss"
    assert client.get(post.url)["X-Page-Cache"] == "hit"
    pause = 4.0
    paused_at = time.monotonic()
    forgiving_cache.pause(int(pause * 1000))
    with django_capture_on_commit_callbacks(execute=True):
        post.title = "Holding a caseload gently"
        post.save_revision().publish()
    # The invalidation was tried, and failed, while Redis held the old page.
    assert time.monotonic() - paused_at < pause
    time.sleep(max(0.0, pause + 0.2 - (time.monotonic() - paused_at)))
    response = client.get(post.url)
    assert b"Holding a caseload gently" in response.content
    assert response["X-Page-Cache"] == "miss"
