"""Inviting a guest contributor, from the invitation to their account:
issuing it (from a pitch or directly), the email and the signed, expiring
token in its link, renewing links, and using one up to make the account.

A token names one invitation and that invitation's random nonce, so it
cannot act on another invitation; it stops working after 14 days, once the
invitation is used, or when a newer invitation replaces it."""

import secrets
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare

from blog.models import Author
from core.emails import plain_email, site_url
from core.tasks import email_task, enqueue_after_commit, send_email
from core.tokens import EXPIRED, INVALID, InvalidToken, load, signed_id
from guestposts.models import Invitation
from guestposts.setup import onboard_contributor

SALT = "commonroom.guestposts.invitation"
MAX_AGE = 14 * 24 * 3600
VALID_DAYS = MAX_AGE // (24 * 3600)
USED = "used"
# Django's User.username holds 150 characters and we use the address as the
# username, so an invitation can only go to an address that fits.
USERNAME_LENGTH = 150


class AccountExists(Exception):
    pass


def account_exists(email):
    User = get_user_model()
    email = email.strip()
    return (
        User.objects.filter(username__iexact=email).exists()
        or User.objects.filter(email__iexact=email).exists()
    )


def invitation_problem(email):
    """Why an invitation can't go to this address, or None."""
    if len(email.strip()) > USERNAME_LENGTH:
        return (
            f"That email address is longer than {USERNAME_LENGTH} characters, "
            "too long for an account here. Ask the contributor for a shorter one."
        )
    if account_exists(email):
        return (
            "There is already an account for that email address. Link the author "
            "profile to that account by hand instead of sending an invitation."
        )
    return None


def new_nonce():
    return secrets.token_urlsafe(16)


def make_token(invitation):
    return signing.dumps({"i": invitation.pk, "n": invitation.nonce}, salt=SALT)


def read_token(token):
    """The invitation a token names, if it may still be used; otherwise
    InvalidToken with the reason ("expired", "used" or "invalid")."""
    data = load(token, salt=SALT, max_age=MAX_AGE)
    pk, nonce = data.get("i"), data.get("n")
    if not isinstance(nonce, str):
        raise InvalidToken(INVALID)
    invitation = Invitation.objects.select_related("author").filter(pk=signed_id(pk)).first()
    if invitation is None or not constant_time_compare(invitation.nonce, nonce):
        raise InvalidToken(INVALID)
    if invitation.used_at is not None or invitation.author.user_id is not None:
        raise InvalidToken(USED)
    if invitation.created_at < timezone.now() - timedelta(seconds=MAX_AGE):
        raise InvalidToken(EXPIRED)
    return invitation


def issue_invitation(author, email, invited_by=None):
    """Creates an invitation and emails its link once the transaction commits."""
    invitation = Invitation.objects.create(
        author=author, email=email.strip(), invited_by=invited_by, nonce=new_nonce()
    )
    enqueue_after_commit(send_invitation, invitation.pk)
    return invitation


def invitation_email(invitation):
    context = {
        "invitation": invitation,
        "author": invitation.author,
        "link": site_url(reverse("guest_invitation", args=[make_token(invitation)])),
        "days": VALID_DAYS,
    }
    return plain_email(
        "guestposts/emails/invitation.txt",
        context,
        subject="Your invitation to write for Commonroom",
        to=[invitation.email],
    )


@email_task
def send_invitation(invitation_id):
    # Read when the task runs, so a late (or repeated) run never sends an
    # invitation that was used or replaced meanwhile.
    invitation = (
        Invitation.objects.filter(pk=invitation_id, used_at=None, author__user=None)
        .select_related("author")
        .first()
    )
    if invitation:
        send_email(invitation_email(invitation))


def renew_invitations(email):
    """Replaces every unused invitation for this address with a fresh one
    (so the old links stop working) and emails the new link. Returns how
    many were sent; the caller must not tell the reader."""
    renewed = 0
    with transaction.atomic():
        waiting = Invitation.objects.filter(
            email__iexact=email.strip(), used_at=None, author__user=None
        ).select_related("author", "invited_by")
        newest_per_author = {}
        for invitation in waiting:  # newest first
            newest_per_author.setdefault(invitation.author_id, invitation)
        for old in newest_per_author.values():
            Invitation.objects.filter(author=old.author, used_at=None).delete()
            issue_invitation(old.author, old.email, old.invited_by)
            renewed += 1
    return renewed


def create_contributor(invitation, password):
    """Uses up the invitation and makes the contributor's account, all or
    nothing. A second request with the same link finds it used."""
    User = get_user_model()
    email = invitation.email.strip()
    try:
        with transaction.atomic():
            claimed = Invitation.objects.filter(
                pk=invitation.pk, nonce=invitation.nonce, used_at=None
            ).update(used_at=timezone.now())
            author = Author.objects.select_for_update().get(pk=invitation.author_id)
            if not claimed or author.user_id is not None:
                raise InvalidToken(USED)
            if account_exists(email):
                raise AccountExists
            user = User.objects.create_user(
                username=email.lower(),
                email=email,
                password=password,
                first_name=author.name[:150],
            )
            onboard_contributor(author, user)
            # Any other link for this profile stops working too.
            Invitation.objects.filter(author=author, used_at=None).update(used_at=timezone.now())
    except IntegrityError:  # the same address registered at the same moment
        raise AccountExists from None
    return user
