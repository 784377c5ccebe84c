"""Lookups made at most once per request."""


def per_request(request, key, compute):
    """`compute()`, called on the first ask for `key` during this request and
    kept on the request for the rest of it."""
    cache = request.__dict__.setdefault("_per_request", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]
