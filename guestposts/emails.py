"""The emails of guest posting. All are plain text, so whatever a pitcher
typed stays inert; subjects are made single-line. Public links are built
from the Wagtail site's root URL, admin links from WAGTAILADMIN_BASE_URL."""

import unicodedata

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Site

from guestposts import tokens
from guestposts.setup import EDITORS


def site_url(path):
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/") + path


def admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def one_line(text, limit=120):
    """Text safe for a header: control characters and line breaks become
    spaces, runs of space one, and long text is shortened."""
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


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
    return EmailMessage(
        subject="We’ve received your pitch for Commonroom",
        body=render_to_string("guestposts/emails/pitch_received.txt", {"pitch": pitch}),
        to=[pitch.email],
    )


def new_pitch_for_editors(pitch):
    """One message per editor, so no editor's address is shown to another."""
    context = {
        "pitch": pitch,
        "warnings": [warning.label for warning in pitch.warnings.all()],
        "admin_link": admin_url(reverse("guestposts_pitch:inspect", args=[pitch.pk])),
    }
    body = render_to_string("guestposts/emails/pitch_for_editors.txt", context)
    subject = f"New guest post pitch: {one_line(pitch.title)}"
    return [
        EmailMessage(subject=subject, body=body, to=[address]) for address in editor_addresses()
    ]


def pitch_declined(pitch):
    return EmailMessage(
        subject="Your pitch for Commonroom",
        body=render_to_string("guestposts/emails/pitch_declined.txt", {"pitch": pitch}),
        to=[pitch.email],
    )


def invitation_email(invitation):
    context = {
        "invitation": invitation,
        "author": invitation.author,
        "link": invitation_url(invitation),
        "days": tokens.MAX_AGE // (24 * 3600),
    }
    return EmailMessage(
        subject="Your invitation to write for Commonroom",
        body=render_to_string("guestposts/emails/invitation.txt", context),
        to=[invitation.email],
    )
