"""The project's one CSRF policy for views anyone may post to.

Public pages are cached and shared by every reader, so their forms carry no
per-reader CSRF token and Django's cookie check can't apply. Each such view
takes one of two decorators instead, and nothing else in the project uses
`csrf_exempt` (tests/core/test_origin_policy.py walks the URLconf to hold
that):

- `same_origin_post`, for forms on our pages (comments, likes, following,
  pitches, new invitation links): a POST is accepted only when the browser
  says it came from this site: Fetch Metadata, then Origin, then Referer, as
  OWASP's CSRF cheat sheet describes. A request that shows none of them is
  refused: every browser in use sends at least Origin with a form POST.
- `signed_link_post`, for the buttons behind emailed links (confirm,
  unsubscribe): the signed token in the address is the proof, and one-click
  unsubscribe (RFC 8058) posts from the mail client with no Origin at all.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt


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
    """Refuses, with a 403 page, a POST to `view` that did not come from one
    of our pages; needs no CSRF token, so the form can sit on a cached page."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "POST" and not is_same_origin(request):
            return render(request, "core/cross_origin.html", status=403)
        return view(request, *args, **kwargs)

    wrapped.origin_policy = "same-origin"
    return csrf_exempt(wrapped)


def signed_link_post(view):
    """Marks `view` as proved by the signed token in its address, which a
    forger can't have; accepts a POST from anywhere, mail clients included."""
    view = csrf_exempt(view)
    view.origin_policy = "signed-link"
    return view
