"""The emails of guest posting. Whatever a pitcher typed stays inert in
them (they are plain text) and subjects are made single-line."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse

from core.emails import admin_url, one_line, plain_email, site_url
from guestposts import tokens
from guestposts.setup import EDITORS

# Long pitch titles are shortened in subjects.
SUBJECT_TITLE_LIMIT = 120


def invitation_url(invitation):
    return site_url(reverse("guest_invitation", args=[tokens.make_token(invitation)]))


def editor_addresses():
    User = get_user_model()
    addresses = (
        User.objects.filter(is_active=True)
        .filter(Q(groups__name=EDITORS) | Q(is_superuser=True))
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )
    seen, unique = set(), []
    for address in addresses:
        if address.lower() not in seen:
            seen.add(address.lower())
            unique.append(address)
    return unique


def pitch_acknowledgement(pitch):
    # Deliberately echoes nothing the pitcher typed: the form is public, and
    # it must not let anyone send text of their choosing to any address.
    return plain_email(
        "guestposts/emails/pitch_received.txt",
        {"pitch": pitch},
        subject="We’ve received your pitch for Commonroom",
        to=[pitch.email],
    )


def new_pitch_for_editors(pitch):
    """One message per editor, so no editor's address is shown to another."""
    context = {
        "pitch": pitch,
        "warnings": [warning.name for warning in pitch.warnings.all()],
        "admin_link": admin_url(reverse("guestposts_pitch:inspect", args=[pitch.pk])),
    }
    subject = f"New guest post pitch: {one_line(pitch.title, SUBJECT_TITLE_LIMIT)}"
    return [
        plain_email(
            "guestposts/emails/pitch_for_editors.txt", context, subject=subject, to=[address]
        )
        for address in editor_addresses()
    ]


def pitch_declined(pitch):
    return plain_email(
        "guestposts/emails/pitch_declined.txt",
        {"pitch": pitch},
        subject="Your pitch for Commonroom",
        to=[pitch.email],
    )


def invitation_email(invitation):
    context = {
        "invitation": invitation,
        "author": invitation.author,
        "link": invitation_url(invitation),
        "days": tokens.MAX_AGE // (24 * 3600),
    }
    return plain_email(
        "guestposts/emails/invitation.txt",
        context,
        subject="Your invitation to write for Commonroom",
        to=[invitation.email],
    )
