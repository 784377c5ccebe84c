"""A Redis cache that the site outlives. Pages, rate limits and Wagtail's
own lookups all go through the cache, so with Django's RedisCache a Redis
restart answers every request, cached pages included, with a 500. Here an
unreachable Redis reads as a miss and a write as not kept: the site goes
on, slower (every page rendered) and without rate limits (a count that
can't be kept can't refuse anyone), and picks Redis up again by itself.

A page-cache invalidation that failed while Redis was away must not leave
stale pages behind if Redis comes back with them (a network blip rather
than a restart), so the first call that reaches Redis again after a
failure sends `cache_recovered`, and the page cache starts a new epoch."""

import copy
import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache
from django.dispatch import Signal
from redis.exceptions import ConnectionError, TimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (ConnectionError, TimeoutError, OSError)
# After a call that couldn't reach Redis, calls in the next second don't
# try (each would wait for its timeout): they answer at once as if missed.
RETRY_AFTER_SECONDS = 1.0
# One warning per outage and process is enough for the log.
WARN_EVERY_SECONDS = 30

cache_recovered = Signal()
"""Sent with `sender` the cache backend, by the first call that reaches
Redis after one that couldn't."""


def forgiving(method, default):
    """`method`, answering `default` when Redis can't be reached."""

    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        return self._guard(lambda: method(self, *args, **kwargs), copy.copy(default))

    return guarded


class ForgivingRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self.failing_since = None
        self.tried_at = 0.0
        self.warned_at = 0.0

    def _guard(self, call, default):
        if self.failing_since is not None and not self._back():
            return default
        try:
            return call()
        except UNREACHABLE as error:
            self._failed(error)
            return default

    def _back(self):
        """After a failure: whether Redis answers again, telling whoever
        listens before the call that found it does anything (a page read
        now must be read in the page cache's new epoch)."""
        if time.monotonic() - self.tried_at < RETRY_AFTER_SECONDS:
            return False
        try:
            self._cache.get_client(write=True).ping()
        except UNREACHABLE as error:
            self._failed(error)
            return False
        self.failing_since = None
        logger.warning("Redis reachable again")
        cache_recovered.send(sender=self)
        return True

    def _failed(self, error):
        now = self.tried_at = time.monotonic()
        if self.failing_since is None:
            self.failing_since = now
        if now - self.warned_at > WARN_EVERY_SECONDS:
            self.warned_at = now
            logger.warning("Redis unreachable, going on without the cache: %s", error)

    def get(self, key, default=None, version=None):
        return self._guard(lambda: RedisCache.get(self, key, default, version), default)

    add = forgiving(RedisCache.add, False)
    set = forgiving(RedisCache.set, None)
    touch = forgiving(RedisCache.touch, False)
    delete = forgiving(RedisCache.delete, False)
    get_many = forgiving(RedisCache.get_many, {})
    has_key = forgiving(RedisCache.has_key, False)
    # 0: a count that can't be kept counts nobody over a limit.
    incr = forgiving(RedisCache.incr, 0)
    set_many = forgiving(RedisCache.set_many, [])
    delete_many = forgiving(RedisCache.delete_many, None)
    clear = forgiving(RedisCache.clear, False)
