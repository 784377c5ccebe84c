"""Following a series or the whole blog by email: subscribe (double opt-in),
confirm and unsubscribe. The subscribe answer is the same whether or not the
address already follows, so the form tells nobody who is subscribed."""

from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from core.origin import same_origin_post, signed_link_post
from core.ratelimit import over_limit
from core.tasks import enqueue_after_commit
from series import tokens
from series.forms import FollowForm
from series.models import SeriesPage, Subscription
from series.models.subscriptions import new_key
from series.tasks import send_confirmation

SUBSCRIBE_LIMIT = 5
SUBSCRIBE_WINDOW = 15 * 60


# The form sits on cached pages, so it carries no CSRF token: a POST from
# another site is refused instead, or any page could sign its visitors'
# addresses up; rate limiting bounds the rest.
@same_origin_post
@require_http_methods(["GET", "POST"])
def follow(request, series=None):
    form = FollowForm(request.POST or None)
    context = {"form": form, "series": series}
    if request.method != "POST":
        return render(request, "series/follow.html", context)
    if over_limit(request, "follow", SUBSCRIBE_LIMIT, SUBSCRIBE_WINDOW):
        return render(request, "series/rate_limited.html", context, status=429)
    if not form.is_valid():
        return render(request, "series/follow.html", context, status=400)
    if not form.is_bot():
        subscribe(form.cleaned_data["email"], series)
    return render(request, "series/follow_requested.html", context)


@same_origin_post
@require_http_methods(["GET", "POST"])
def follow_series(request, series_id):
    if series_id >= 2**31:  # more than the column holds: no such series
        raise Http404
    series = get_object_or_404(SeriesPage.objects.live().public(), pk=series_id)
    return follow(request, series=series)


def subscribe(email, series):
    email = email.strip().lower()
    with transaction.atomic():
        try:
            subscription, _ = Subscription.objects.get_or_create(email=email, series=series)
        except IntegrityError:
            subscription = Subscription.objects.get(email=email, series=series)
        if subscription.status == Subscription.Status.CONFIRMED:
            return
        subscription.status = Subscription.Status.PENDING
        subscription.key = new_key()
        subscription.save(update_fields=["status", "key"])
        enqueue_after_commit(send_confirmation, subscription.pk)


# The signed token is the proof of ownership, as for unsubscribing.
@signed_link_post
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        subscription = tokens.read_token(token, tokens.CONFIRM)
    except tokens.InvalidToken as problem:
        return render(request, "series/token_problem.html", {"reason": problem.reason}, status=400)
    if request.method == "GET":
        # Mail scanners open links; only the reader's own click confirms.
        return render(request, "series/confirm.html", {"subscription": subscription})
    if subscription.status != Subscription.Status.CONFIRMED:
        subscription.status = Subscription.Status.CONFIRMED
        subscription.confirmed_at = timezone.now()
        # The key stays: opening the link again just says so. Unsubscribing
        # replaces it, which is what keeps this link from following again.
        subscription.save(update_fields=["status", "confirmed_at"])
    return render(request, "series/confirmed.html", {"subscription": subscription})


# One-click unsubscribe (RFC 8058) posts from the mail client without a CSRF
# token or an Origin; the signed token is the proof of ownership.
@signed_link_post
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        subscription = tokens.read_token(token, tokens.UNSUBSCRIBE)
    except tokens.InvalidToken as problem:
        return render(request, "series/token_problem.html", {"reason": problem.reason}, status=400)
    if request.method == "GET":
        # Link checkers open links; only a deliberate POST unsubscribes.
        return render(
            request, "series/unsubscribe.html", {"subscription": subscription, "token": token}
        )
    if subscription.status != Subscription.Status.UNSUBSCRIBED:
        subscription.status = Subscription.Status.UNSUBSCRIBED
        subscription.unsubscribed_at = timezone.now()
        # Every link emailed so far stops working, the confirmation link
        # included, so reopening an old email can't follow again.
        subscription.key = new_key()
        subscription.save(update_fields=["status", "unsubscribed_at", "key"])
    return render(request, "series/unsubscribed.html", {"subscription": subscription})
