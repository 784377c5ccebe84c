"""The emails a commenter receives. Links are absolute and carry signed
tokens."""

from django.urls import reverse

from core.emails import one_line, plain_email, site_url
from discussion import tokens


def token_url(name, comment, action):
    return site_url(reverse(name, args=[tokens.make_token(comment, action)]))


def replies_confirmation_email(comment):
    context = {
        "comment": comment,
        "post": comment.post,
        "confirm_url": token_url("comment_replies_confirm", comment, tokens.CONFIRM_REPLIES),
    }
    return plain_email(
        "discussion/emails/confirm_replies.txt",
        context,
        subject=f"Confirm reply emails for your comment on “{one_line(comment.post.title)}”",
        to=[comment.user_email],
    )


def reply_email(reply, followed):
    """Tells the author of `followed` that `reply` was published beneath it."""
    stop = token_url("comment_replies_stop", followed, tokens.STOP_REPLIES)
    context = {
        "reply": reply,
        "followed": followed,
        "post": reply.post,
        "reply_url": site_url(reply.get_absolute_url()),
        "stop_url": stop,
    }
    return plain_email(
        "discussion/emails/reply.txt",
        context,
        subject=f"A new reply on “{one_line(reply.post.title)}”",
        to=[followed.user_email],
        unsubscribe_url=stop,
    )
