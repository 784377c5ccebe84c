"""The public side of guest posting: sending a pitch, accepting an
invitation by setting a password, and asking for a new invitation link."""

from django.contrib import messages
from django.contrib.auth import login
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.origin import same_origin_post
from core.ratelimit import over_limit
from core.tasks import enqueue_after_commit
from core.tokens import InvalidToken
from guestposts import invitations
from guestposts.forms import NewLinkForm, PitchForm, SetPasswordForm
from guestposts.tasks import notify_editors_of_pitch, send_pitch_acknowledgement

PITCH_LIMIT = 5
PITCH_WINDOW = 60 * 60
NEW_LINK_LIMIT = 5
NEW_LINK_WINDOW = 60 * 60
LOGIN_BACKEND = "django.contrib.auth.backends.ModelBackend"


def bound(form_class, request, *args):
    return form_class(*args, request.POST) if request.method == "POST" else form_class(*args)


# The form sits on a cached page, so it carries no CSRF token: a POST from
# another site is refused instead, or any page could send pitches to the
# editors in its visitors' names; rate limiting bounds the rest.
@same_origin_post
@require_http_methods(["GET", "POST"])
def pitch(request):
    form = bound(PitchForm, request)
    context = {"form": form}
    if request.method != "POST":
        return render(request, "guestposts/pitch.html", context)
    if over_limit(request, "pitch", PITCH_LIMIT, PITCH_WINDOW):
        return render(request, "guestposts/pitch_rate_limited.html", context, status=429)
    if not form.is_valid():
        return render(request, "guestposts/pitch.html", context)
    if not form.is_bot():
        save_pitch(form)
    return render(request, "guestposts/pitch_received.html", context)


def save_pitch(form):
    with transaction.atomic():
        saved = form.save()
        enqueue_after_commit(send_pitch_acknowledgement, saved.pk)
        enqueue_after_commit(notify_editors_of_pitch, saved.pk)
    return saved


def token_problem(request, reason, status=400):
    context = {"reason": reason, "form": NewLinkForm(), "days": invitations.VALID_DAYS}
    return render(request, "guestposts/invitation_problem.html", context, status=status)


def account_problem(request, invitation):
    too_long = len(invitation.email) > invitations.USERNAME_LENGTH
    return render(
        request,
        "guestposts/invitation_account_exists.html",
        {"invitation": invitation, "too_long": too_long},
        status=409,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def accept_invitation(request, token):
    """Setting a password for an invited contributor. Unlike the pitch form
    this keeps CSRF protection: the page is personal and never cached, and a
    forged post could otherwise sign a visitor in to someone else's account."""
    try:
        invitation = invitations.read_token(token)
    except InvalidToken as problem:
        return token_problem(request, problem.reason)
    if len(invitation.email) > invitations.USERNAME_LENGTH or invitations.account_exists(
        invitation.email
    ):
        return account_problem(request, invitation)
    form = bound(SetPasswordForm, request, invitation)
    context = {"invitation": invitation, "author": invitation.author, "form": form}
    if request.method == "POST" and form.is_valid():
        try:
            user = invitations.create_contributor(invitation, form.cleaned_data["password1"])
        except InvalidToken as problem:
            return token_problem(request, problem.reason)
        except invitations.AccountExists:
            return account_problem(request, invitation)
        login(request, user, backend=LOGIN_BACKEND)
        messages.success(
            request,
            "Welcome to Commonroom. Your password is set: sign in with your email "
            "address next time. Add a page under Guest posts to start writing.",
        )
        return redirect("wagtailadmin_home")
    return render(request, "guestposts/set_password.html", context)


# Same policy as the pitch form: asking for a new link retires the pending
# one, so another site's page must not be able to ask on a visitor's behalf.
@same_origin_post
@require_http_methods(["GET", "POST"])
def new_invitation_link(request):
    form = bound(NewLinkForm, request)
    context = {"form": form, "days": invitations.VALID_DAYS}
    if request.method != "POST":
        return render(request, "guestposts/new_link.html", context)
    if over_limit(request, "invitation-link", NEW_LINK_LIMIT, NEW_LINK_WINDOW):
        return render(request, "guestposts/new_link_rate_limited.html", context, status=429)
    if not form.is_valid():
        return render(request, "guestposts/new_link.html", context)
    if not form.is_bot():
        invitations.renew_invitations(form.cleaned_data["email"])
    return render(request, "guestposts/new_link_sent.html", context)
