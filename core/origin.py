"""A CSRF defence that works on cached pages: the forms anyone can post
carry no per-reader token, so their views instead accept only requests the
browser says came from this site (Fetch Metadata, then Origin, then Referer,
as OWASP's CSRF cheat sheet describes). A request that shows none of them is
refused: every browser in use sends at least Origin with a form POST."""

from functools import wraps
from urllib.parse import urlsplit

from django.shortcuts import render


def is_same_origin(request):
    fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
    if fetch_site:
        return fetch_site == "same-origin"
    expected = f"{request.scheme}://{request.get_host()}"
    origin = request.META.get("HTTP_ORIGIN")
    if origin and origin != "null":
        return origin == expected
    referer = urlsplit(request.META.get("HTTP_REFERER", ""))
    return f"{referer.scheme}://{referer.netloc}" == expected


def same_origin_post(view):
    """Refuses a POST to `view` that did not come from one of our pages."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "POST" and not is_same_origin(request):
            return render(request, "core/cross_origin.html", status=403)
        return view(request, *args, **kwargs)

    return wrapped
