"""Creating comments, from the site's form or the admin's reply, and changing
their moderation state. Every path that publishes a comment goes through here,
so reply emails are sent exactly when a comment becomes public."""

from django.db import transaction

from core.tasks import enqueue_after_commit
from discussion import policy
from discussion.models import Comment
from discussion.tasks import notify_replies, send_replies_confirmation


def create_comment(
    post,
    *,
    text,
    config,
    name="",
    email="",
    url="",
    parent=None,
    user=None,
    reader="",
    wants_replies=False,
):
    """Saves a comment on `post` (a reply when `parent` is given), published or
    held as the moderation policy says. A signed-in user comments as themselves."""
    comment = Comment(post=post, comment=text, parent_id=parent.pk if parent else 0, reader=reader)
    if user is not None and user.is_authenticated:
        author = policy.author_profile(user)
        comment.user = user
        comment.user_name = (
            author.public_name if author else (user.get_full_name() or user.get_username())
        )[:50]
        comment.user_email = user.email
        comment.badge = policy.badge_for(user, post)
        # The account's own address needs no confirmation.
        comment.followup = wants_replies
    else:
        comment.user_name, comment.user_email, comment.user_url = name, email, url
    reason = policy.hold_reason(comment, post, config)
    comment.set_state(Comment.State.AWAITING if reason else Comment.State.PUBLISHED)
    comment.held_reason = reason
    with transaction.atomic():
        comment.save()
        if comment.is_published:
            _announce(comment)
        if wants_replies and not comment.followup:
            enqueue_after_commit(send_replies_confirmation, comment.pk)
    return comment


def moderate(comment, state):
    """Moves `comment` to `state` (Comment.State); publishing it for the first
    time tells the people following the conversation."""
    comment.set_state(state)
    with transaction.atomic():
        comment.save(update_fields=["is_public", "is_removed", "is_spam", "held_reason"])
        if comment.is_published:
            _announce(comment)


def _announce(comment):

    enqueue_after_commit(notify_replies, comment.pk)
