"""Serves anonymous readers from the page cache, before the security
headers, sessions, auth, CSRF and page routing run (it sits above them in
MIDDLEWARE): a page is stored with the headers they gave it, as a caching
proxy keeps a response's headers, so a hit needs none of them. Whether a
request is anonymous is read from the request alone: no session cookie and
no pending messages. The likes cookie doesn't count, so a reader who has
liked something gets the same cached page as everyone else."""

import re
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.http import FileResponse, HttpResponse, HttpResponseNotModified
from django.middleware import gzip
from django.utils.cache import patch_cache_control

from core import pagecache

CACHED_STATUSES = {200, 301, 302, 307, 308, 404}
ALLOWED_VARY = {"cookie", "accept-encoding"}
GZIP = re.compile(r"\bgzip\b")
REFUSING = ("private", "no-store", "no-cache")
# django.contrib.messages' cookie: a message waiting to be shown to this reader.
MESSAGES_COOKIE = "messages"


# Pages each process keeps in memory after reading them from the shared
# cache, so that a hit on a popular page doesn't read and decompress its
# stored copy every time (a long post's is hundreds of KB).
RECENT_PAGES = 32


class RecentPages:
    """The stored copies this process read last, each with the (generation,
    epoch) read just before it. Every invalidation replaces the epoch, so a
    kept copy is used only while nothing has been invalidated since it was
    read: it is never older than the shared cache's."""

    def __init__(self, size):
        self.size = size
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key, stamp):
        with self.lock:
            found = self.entries.get(key)
            if found is None or found[0] != stamp:
                return None
            self.entries.move_to_end(key)
            return found[1]

    def put(self, key, stamp, entry):
        with self.lock:
            self.entries[key] = (stamp, entry)
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.recent = RecentPages(RECENT_PAGES)

    def __call__(self, request):
        place = self.place(request)
        if place is None:
            return mark_uncached(self.get_response(request))
        key = pagecache.page_key(*place)
        found = cache.get_many([pagecache.GENERATION, pagecache.EPOCH])
        generation = pagecache.current_generation(found)
        # Read before the stored copy: a copy kept under this stamp was in
        # the shared cache after the last invalidation began.
        stamp = (generation, found.get(pagecache.EPOCH))
        entry = self.recent.get(key, stamp)
        if not current(entry, generation):
            entry = cache.get(key)
            if current(entry, generation):
                self.recent.put(key, stamp, entry)
            else:
                entry = None
        if entry is not None:
            return answer(request, entry, "hit")
        response = self.get_response(request)
        if storable(request, response) and place[1] in pagecache.site_hosts():
            entry = pagecache.store(
                key, response, generation, found.get(pagecache.EPOCH), settings.PAGECACHE_SECONDS
            )
            if entry is not None:
                # Stored before any invalidation since the stamp was read,
                # and in place of whatever this process kept before it.
                self.recent.put(key, stamp, entry)
                return answer(request, entry, "miss")
        return mark_uncached(response)

    @staticmethod
    def place(request):
        """(scheme, host, path, query) the request is cached under, or None.
        The scheme is part of it because the page (its absolute links) and
        its headers (HSTS) are. A request SecurityMiddleware would send to
        HTTPS is left to it."""
        if settings.PAGECACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
            return None
        if request.path.startswith(settings.STATIC_URL):
            return None  # WhiteNoise's, never a page
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or MESSAGES_COOKIE in cookies:
            return None
        if settings.SECURE_SSL_REDIRECT and not request.is_secure():
            return None
        query = pagecache.canonical_query(request.META.get("QUERY_STRING", ""))
        if query is None:
            return None
        return request.scheme, request.get_host(), request.path, query


def current(entry, generation):
    """Whether a stored copy may be served: of this generation, not expired.
    Copies that may not are never kept in memory, or a process would go on
    reading its old copy rather than the one stored in its place."""
    return entry is not None and entry.generation == generation and entry.expires > time.time()


def storable(request, response):
    match = request.resolver_match
    if match is None or match.view_name not in settings.PAGECACHE_VIEWS:
        return False
    if getattr(request, "is_preview", False) or response.streaming or response.cookies:
        return False
    if response.status_code not in CACHED_STATUSES or response.has_header("Content-Encoding"):
        return False
    if response.status_code in (301, 302, 307, 308) and response["Location"].startswith(
        (settings.LOGIN_URL, getattr(settings, "WAGTAIL_FRONTEND_LOGIN_URL", settings.LOGIN_URL))
    ):
        return False  # a private page's way in
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in REFUSING):
        return False
    vary = {name.strip().lower() for name in response.get("Vary", "").split(",") if name.strip()}
    return vary <= ALLOWED_VARY


def answer(request, entry, outcome):
    """The stored response for this request: gzipped if the browser takes it,
    a 304 if it already has this version, headers only for HEAD."""
    shared_seconds = max(0, int(entry.expires - time.time()))
    cache_control = (
        f"public, max-age={settings.PAGECACHE_BROWSER_SECONDS}, s-maxage={shared_seconds}"
    )
    if entry.status == 200 and request.META.get("HTTP_IF_NONE_MATCH") == entry.etag:
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(status=entry.status)
        for name, value in entry.headers:
            response[name] = value
        body = entry.body
        if entry.gzipped is not None and GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            body = entry.gzipped
            response["Content-Encoding"] = "gzip"
        response.content = b"" if request.method == "HEAD" else body
        response["Content-Length"] = str(len(body))
    response["ETag"] = entry.etag
    response["Cache-Control"] = cache_control
    if entry.gzipped is not None:
        response["Vary"] = "Accept-Encoding"
    response["X-Page-Cache"] = outcome
    return response


def mark_uncached(response):
    """Whatever the page cache didn't keep is for this reader only."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True, no_store=True)
    return response


class GZipMiddleware(gzip.GZipMiddleware):
    """Django's, for everything but files: WhiteNoise serves static files
    compressed ahead of time where that helps (not images or fonts, which
    are compressed already), and so are Wagtail's documents and images."""

    def process_response(self, request, response):
        if isinstance(response, FileResponse):
            return response
        return super().process_response(request, response)
