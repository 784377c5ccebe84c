"""The emails of guest posting: about pitches, and those that tell
contributors and editors what happened in review and what to do next.
Whatever a pitcher typed stays inert in them (they are plain text) and
subjects are made single-line."""

from django.urls import reverse

from core.emails import admin_url, one_line, plain_email
from core.roles import editor_addresses, editors

# Long pitch titles are shortened in subjects.
SUBJECT_TITLE_LIMIT = 120


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
        "warnings": [warning.label for warning in pitch.warnings.all()],
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


def review_emails(template, subject, recipients, **context):
    """One message per person, each addressed by name in the body."""
    return [
        plain_email(
            f"guestposts/emails/{template}.txt",
            {"user": user, **context},
            subject=subject,
            to=[user.email],
        )
        for user in recipients
    ]


def contributors_of(post):
    return [
        author.user
        for author in post.authors
        if author.kind == author.Kind.GUEST and author.user_id and author.user.email
    ]


def changes_requested(state, post):
    requester = state.workflow_state.requested_by
    return review_emails(
        "changes_requested",
        f"Changes requested on “{post.title}”",
        [requester] if requester and requester.email else [],
        post=post,
        comment=state.get_comment(),
        edit_url=admin_url(reverse("wagtailadmin_pages:edit", args=[post.pk])),
    )


def approved_scheduled(post):
    return review_emails(
        "approved_scheduled",
        f"“{post.title}” is approved",
        contributors_of(post),
        post=post,
        go_live_at=post.go_live_at,
    )


def published(post):
    return review_emails(
        "published",
        f"“{post.title}” is live",
        contributors_of(post),
        post=post,
        post_url=post.get_full_url(),
    )


def withdrawal_requested(withdrawal):
    return review_emails(
        "withdrawal_requested",
        f"A contributor asks to withdraw “{withdrawal.post.title}”",
        editors(),
        withdrawal=withdrawal,
        review_url=admin_url(reverse("guestposts_withdrawal:index")),
    )


def withdrawal_done(withdrawal):
    return review_emails(
        "withdrawal_done",
        f"“{withdrawal.post.title}” has been withdrawn",
        [withdrawal.requested_by],
        withdrawal=withdrawal,
    )
