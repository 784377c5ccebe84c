"""The rendered thread of each post, kept in the shared cache between page
renders.

The page cache keeps whole pages, but a page is rendered again whenever its
copy goes: its lifetime runs out, a change elsewhere on it (a series banner,
an author's name, site settings) drops it, or its URL carries a query string
the page cache doesn't keep. The thread is most of a long post's render, and
it changes only when the post's comments or likes do, so it is kept apart:
its HTML and its summary (comment count, the post's likes, the conversations
to page through) under a version of the post's thread.

Never stale: every save or delete of a comment or a like replaces its post's
version, once when it happens (so the request making the change sees it) and
again when it commits (so a render that read the data in between is never
read back). A render reads the version before it reads the comments, so what
it stores is at least as new as that version. Keys also carry the page
cache's generation, so whatever drops every page (comment settings, site
settings, `clear_page_cache` after a deploy) drops every thread too. On only
while the page cache is (PAGECACHE_SECONDS > 0), like the invalidation it
mirrors; tests that change comments without committing run with it off."""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from core.pagecache import GENERATION, current_generation, current_token, new_token

# Long enough to outlive several copies of the page; versions, not this,
# keep the thread fresh.
LIFETIME = 3600


def enabled():
    return settings.PAGECACHE_SECONDS > 0


def version_key(post_id):
    return f"discussion:thread-version:{post_id}"


def versions(post_id):
    """The key prefix of this post's thread as it is now."""
    key = version_key(post_id)
    found = cache.get_many([key, GENERATION])
    version = current_token(found, key)
    return f"discussion:thread:{post_id}:{version}:{current_generation(found)}"


def summary_key(prefix):
    return f"{prefix}:summary"


def page_key(prefix, number, per_page, closed):
    # The zone names the dates; closing hides the reply links.
    zone = timezone.get_current_timezone_name()
    return f"{prefix}:page:{number}:{per_page}:{int(closed)}:{zone}"


def kept(key, compute):
    """The value stored under `key`, or `compute()` stored there; with no
    key (the cache is off), `compute()`."""
    if key is None:
        return compute()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, LIFETIME)
    return value


def changed(post_id):
    """A comment or like on `post_id` was saved or deleted."""
    if post_id is None:
        return
    key = version_key(post_id)
    cache.set(key, new_token(), timeout=None)
    transaction.on_commit(lambda: cache.set(key, new_token(), timeout=None))
