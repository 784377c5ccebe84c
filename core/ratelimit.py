"""A per-client counter in the cache, for forms anyone can post."""

import ipaddress

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The address of the client that sent `request`.

    Behind TRUSTED_PROXY_HOPS proxies (nginx, a load balancer), REMOTE_ADDR is
    the nearest proxy and each proxy appends the address it received from to
    X-Forwarded-For, so the client is the entry that many places from the
    right. Entries further left are whatever the client chose to send, so they
    are never read; with no trusted hops the header is ignored altogether. A
    header shorter than the hops or an entry that is not an address means the
    request did not come the expected way: the proxy's address is used, which
    limits more, never less."""
    remote = request.META.get("REMOTE_ADDR", "unknown")
    hops = settings.TRUSTED_PROXY_HOPS
    if hops <= 0:
        return remote
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(forwarded) < hops:
        return remote
    try:
        return str(ipaddress.ip_address(forwarded[-hops]))
    except ValueError:
        return remote


def over_limit(request, scope, limit, window_seconds):
    """Counts this request; True once the client has made more than `limit`
    requests for `scope` within the window."""
    key = f"ratelimit:{scope}:{client_address(request)}"
    cache.add(key, 0, window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window_seconds)
        count = 1
    return count > limit
