"""Invitations and the signed, expiring tokens in their links. A token names
one invitation and that invitation's random nonce, so it cannot act on
another invitation; it stops working after 14 days, once the invitation is
used, or when a newer invitation replaces it."""

import secrets
from datetime import timedelta
from functools import partial

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare

from core.tokens import EXPIRED, INVALID, InvalidToken, load, signed_id
from guestposts.models import Invitation
from guestposts.tasks import send_invitation

SALT = "commonroom.guestposts.invitation"
MAX_AGE = 14 * 24 * 3600
USED = "used"


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
    transaction.on_commit(partial(send_invitation.enqueue, invitation.pk))
    return invitation


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
