"""The page cache's store and its invalidation.

Anonymous GET responses are stored whole, headers included, under their URL
(scheme, host, path and a canonical query string), in the shared default
cache. What changes a page
says which URLs it affects, and `invalidate` drops exactly those: here, and
at the CDN through Wagtail's frontend cache when one is configured, so both
hold the same list. `invalidate_all` is for changes that touch every page
(site settings) and for paths that send no signals (bulk_create, update()).

Two keys guard against a render that overlaps a change: the generation,
which `invalidate_all` replaces, is stored in each entry and checked on each
hit; the epoch, which every invalidation replaces, is read before a miss is
rendered and again around storing it, so a page built from data read before
a change is never kept after it."""

import gzip
import hashlib
import secrets
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_save, pre_delete, pre_save
from django.dispatch import Signal
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site

# Sent by `invalidate_all`; each app answers with the URLs it serves beyond
# Wagtail's own pages (listing routes, feeds), so a CDN can be told them all.
site_urls_wanted = Signal()

GENERATION = "pagecache:generation"
EPOCH = "pagecache:epoch"
# Query strings the cache keeps apart: one page number, written canonically.
# Anything else (tracking tags, filters, searches) is served uncached, so
# random query strings can't fill the cache and each cached URL can be purged
# at a CDN by name.
QUERY_PARAMETERS = ("page", "comments")
MAX_PAGE_NUMBER = 9999
COMPRESSIBLE = ("text/", "application/xml", "application/rss+xml", "application/atom+xml")
MIN_COMPRESS_BYTES = 200


def canonical_query(query_string):
    """The query string as the cache keys it, or None if it isn't cached."""
    if not query_string:
        return ""
    name, equals, value = query_string.partition("=")
    if (
        equals
        and name in QUERY_PARAMETERS
        and value.isascii()
        and value.isdigit()
        and not value.startswith("0")
        and int(value) <= MAX_PAGE_NUMBER
    ):
        return query_string
    return None


def page_key(scheme, host, path, query):
    digest = hashlib.sha256(f"{scheme}://{host}{path}?{query}".encode()).hexdigest()[:40]
    return f"pagecache:page:{digest}"


def site_hosts():
    """Host[:port] of each Wagtail site, as requests name them. Wagtail
    caches the site root paths, so this costs no query on most calls."""
    return {urlsplit(root.root_url).netloc for root in Site.get_site_root_paths()}


def site_root_urls():
    return {root.root_url for root in Site.get_site_root_paths()}


def new_token():
    return secrets.token_hex(8)


def current_token(found, key):
    """The token under `key` in a get_many result, created if the cache lost
    it (a new token means every entry kept under the old one stops matching)."""
    token = found.get(key)
    if token is None:
        cache.add(key, new_token(), timeout=None)
        token = cache.get(key)
    return token


def current_generation(found):
    return current_token(found, GENERATION)


class Entry:
    """A stored response: status, headers and body, plus the body gzipped
    once when stored so a hit never compresses."""

    __slots__ = ("status", "headers", "body", "gzipped", "etag", "expires", "generation")

    def __init__(self, response, generation, lifetime):
        self.status = response.status_code
        self.headers = [
            (name, value) for name, value in response.items() if name.lower() not in STORED_WITHOUT
        ]
        self.body = response.content
        self.gzipped = None
        content_type = response.get("Content-Type", "")
        if len(self.body) >= MIN_COMPRESS_BYTES and content_type.startswith(COMPRESSIBLE):
            self.gzipped = gzip.compress(self.body, compresslevel=6, mtime=0)
        self.etag = '"' + hashlib.sha256(self.body).hexdigest()[:32] + '"'
        self.expires = time.time() + lifetime
        self.generation = generation

    def __getstate__(self):
        return {name: getattr(self, name) for name in self.__slots__}

    def __setstate__(self, state):
        for name, value in state.items():
            setattr(self, name, value)


# Headers worked out afresh for each answer rather than stored.
STORED_WITHOUT = {
    "set-cookie",
    "vary",
    "cache-control",
    "content-length",
    "content-encoding",
    "etag",
    "expires",
}


def store(key, response, generation, epoch, lifetime):
    """Keeps `response` unless an invalidation ran since `epoch` was read.
    Checked again after writing: an invalidation between the check and the
    write has then already replaced the epoch, and the entry is dropped."""
    if cache.get(EPOCH) != epoch:
        return None
    entry = Entry(response, generation, lifetime)
    cache.set(key, entry, lifetime)
    if cache.get(EPOCH) != epoch:
        cache.delete(key)
        return None
    return entry


def split_url(url):
    """(path, query) of a path or absolute URL."""
    parts = urlsplit(url)
    return parts.path or "/", parts.query


def invalidate(urls):
    """Drops the cached copies of `urls` (paths like "/blog/?page=2", or a
    callable returning them, called when the change has committed) here and
    at the frontend cache. Runs after the current transaction commits, so no
    request can cache the old page again from data read before the change.

    Call it yourself after changes that send no model signals: bulk_create,
    QuerySet.update() and raw SQL."""
    transaction.on_commit(lambda: purge(urls() if callable(urls) else urls))


def invalidate_all():
    """Every cached page, for changes that alter every page (site settings).
    The CDN is told every URL the apps report for the whole site."""
    transaction.on_commit(purge_everything)


def purge(urls):
    paths = {split_url(url) for url in urls}
    if not paths:
        return
    cache.set(EPOCH, new_token(), timeout=None)
    hosts = site_hosts()
    cache.delete_many(
        [
            page_key(scheme, host, path, query)
            for scheme in ("http", "https")
            for host in hosts
            for path, query in paths
        ]
    )
    purge_frontend(paths)


def purge_everything():
    cache.set_many({EPOCH: new_token(), GENERATION: new_token()}, timeout=None)
    urls = set()
    for _receiver, found in site_urls_wanted.send(sender=None):
        urls.update(found or ())
    purge_frontend({split_url(url) for url in urls})


def purge_frontend(paths):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    urls = sorted(
        f"{root.rstrip('/')}{path}{'?' + query if query else ''}"
        for root in site_root_urls()
        for path, query in paths
    )
    purge_urls_from_cache(urls)


# Page saves that only keep Wagtail's drafts and locks: readers see none of it.
DRAFT_FIELDS = {
    "draft_title",
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def page_path(page):
    """A page's path on its site, e.g. "/blog/a-post/"; None if it has none."""
    parts = page.get_url_parts()
    return parts[2] if parts else None


def live_paths(pages):
    return {path for path in (page_path(page) for page in pages.live()) if path}


def with_pages(path, count, per_page, parameter="page"):
    """`path` and each numbered page of a listing of `count` items, plus one
    more: a listing one item shorter than before has lost its last page,
    which may be cached as a page or a 404."""
    pages = max(1, -(-count // per_page)) + 1
    return [path] + [f"{path}?{parameter}={number}" for number in range(1, pages + 1)]


def watch(model, urls_for, *, ignore_fields=(), uid):
    """Invalidates what `urls_for(pk)` names for each object of `model` as it
    was before a save or delete (worked out then, from the database) and as
    it is after (worked out once the change has committed). `urls_for`
    answers from the database, so it sees child relations (tags, authors)
    that are written after the object's own row. Saves that only touch
    `ignore_fields` (bookkeeping readers never see) change nothing."""
    ignore_fields = set(ignore_fields)

    def shown_change(kwargs):
        fields = kwargs.get("update_fields")
        return not kwargs.get("raw") and not (fields and set(fields) <= ignore_fields)

    def before_save(sender, instance, **kwargs):
        if instance.pk is not None and shown_change(kwargs):
            instance.__dict__.setdefault("_pagecache_before", {})[uid] = set(urls_for(instance.pk))

    def after_save(sender, instance, **kwargs):
        if not shown_change(kwargs):
            return
        before = instance.__dict__.get("_pagecache_before", {}).pop(uid, set())
        pk = instance.pk
        invalidate(lambda: before | set(urls_for(pk)))

    def before_delete(sender, instance, **kwargs):
        invalidate(set(urls_for(instance.pk)))

    pre_save.connect(before_save, sender=model, weak=False, dispatch_uid=f"{uid}:pre_save")
    post_save.connect(after_save, sender=model, weak=False, dispatch_uid=f"{uid}:post_save")
    pre_delete.connect(before_delete, sender=model, weak=False, dispatch_uid=f"{uid}:pre_delete")
