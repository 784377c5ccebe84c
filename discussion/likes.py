"""Likes without accounts: each browser gets a random id in a signed,
first-party cookie the first time it likes something, and may like each post
and comment once. Pages carry no like state; a small script asks for it."""

import re
import secrets

from django.db import IntegrityError, transaction
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from core.origin import same_origin_post
from core.ratelimit import over_limit
from discussion.forms import new_stamp
from discussion.lookups import parse_id, public_comment, public_post
from discussion.models import Like
from discussion.threads import like_counts

COOKIE = "commonroom_reader"
SALT = "commonroom.discussion.reader"
MAX_AGE = 365 * 24 * 3600
READER = re.compile(r"^[0-9a-f]{32}$")
LIKE_LIMIT = 60
LIKE_WINDOW = 10 * 60


def reader_id(request):
    value = request.get_signed_cookie(COOKIE, default=None, salt=SALT, max_age=MAX_AGE)
    return value if value and READER.match(value) else None


def new_reader_id():
    return secrets.token_hex(16)


def remember_reader(response, reader, request):
    response.set_signed_cookie(
        COOKIE,
        reader,
        salt=SALT,
        max_age=MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


@same_origin_post
@require_POST
def like(request):
    # A comment's like form names only the comment: its post follows from it.
    named_post, named_comment = request.POST.get("post", ""), request.POST.get("comment", "")
    post_id, comment_id = parse_id(named_post), parse_id(named_comment)
    if (
        (named_post and post_id is None)
        or (named_comment and comment_id is None)
        or not (post_id or comment_id)
    ):
        return _answer(request, {"error": "Nothing to like was named."}, status=400)
    comment = None
    if comment_id:
        comment = public_comment(comment_id)
        if post_id and comment.post_id != post_id:
            raise Http404("That comment is not on that post.")
        post = comment.post
    else:
        post = public_post(post_id)
    if over_limit(request, "like", LIKE_LIMIT, LIKE_WINDOW):
        return _answer(
            request, {"error": "Too many likes at once. Please wait a few minutes."}, status=429
        )
    reader = reader_id(request) or new_reader_id()
    liked = request.POST.get("action") != "unlike"
    if liked:
        try:
            with transaction.atomic():
                Like.objects.get_or_create(post=post, comment=comment, reader=reader)
        except IntegrityError:  # the same browser, twice at once
            pass
    else:
        Like.objects.filter(post=post, comment=comment, reader=reader).delete()
    count = Like.objects.filter(post=post, comment=comment).count()
    result = {"liked": liked, "count": count}
    context = {"post": post, "comment": comment, **result}
    response = _answer(request, result, template="discussion/liked.html", context=context)
    remember_reader(response, reader, request)
    return response


@never_cache
@require_GET
def like_state(request, post_id):
    """Counts for the post and its comments, which of them this browser
    likes, and a fresh stamp for the comment form. Private and uncached, so
    the post page itself need not be."""
    post = public_post(post_id)
    reader = reader_id(request)
    counts = like_counts(post)
    liked = []
    if reader:
        liked = [
            "post" if pk is None else str(pk)
            for pk in Like.objects.filter(post=post, reader=reader).values_list(
                "comment_id", flat=True
            )
        ]
    return JsonResponse(
        {
            "post": counts.pop(None, 0),
            "comments": {str(pk): n for pk, n in counts.items()},
            "liked": liked,
            "stamp": new_stamp(),
        }
    )


def _answer(request, data, status=200, template="discussion/like_problem.html", context=None):
    if wants_json(request):
        return JsonResponse(data, status=status)
    return render(request, template, context or data, status=status)
