"""A per-client counter in the cache, for forms anyone can post."""

from django.core.cache import cache


def client_address(request):
    return request.META.get("REMOTE_ADDR", "unknown")


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
