"""Background work for comments: reply emails and their confirmation. Both
are safe to run twice."""

from django.utils import timezone

from core.tasks import email_task, is_transient, send_email
from discussion import emails
from discussion.models import Comment


@email_task
def send_replies_confirmation(comment_id):

    comment = Comment.objects.filter(pk=comment_id, followup=False).select_related("post").first()
    if comment and comment.user_email and not comment.is_spam:
        send_email(emails.replies_confirmation_email(comment))


@email_task
def notify_replies(comment_id):
    """Emails everyone who asked for replies to a comment above this one in
    its thread, once, however often the comment is published."""

    claimed = Comment.objects.published().filter(pk=comment_id, notified_at=None)
    if not claimed.update(notified_at=timezone.now()):
        return
    reply = Comment.objects.select_related("post").get(pk=comment_id)
    try:
        for followed in followed_ancestors(reply):
            send_email(emails.reply_email(reply, followed))
    except Exception as error:
        if is_transient(error):  # unclaimed, so the retry sends the rest
            Comment.objects.filter(pk=comment_id).update(notified_at=None)
        raise


def followed_ancestors(reply):
    """The comments above `reply` whose authors confirmed reply emails, one per
    address, leaving out the reply's own author."""

    thread = {c.pk: c for c in Comment.objects.filter(thread_id=reply.thread_id)}
    seen = {reply.user_email.strip().lower()}
    followed = []
    current = thread.get(reply.parent_id) if reply.parent_id != reply.pk else None
    while current is not None:
        address = current.user_email.strip().lower()
        if current.followup and address and address not in seen and not current.is_spam:
            seen.add(address)
            followed.append(current)
        if current.parent_id == current.pk:
            break
        current = thread.get(current.parent_id)
    return followed
