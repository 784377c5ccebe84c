"""The emails a commenter receives, plain text only, so nothing a reader typed
can become markup. Links are absolute and carry signed tokens."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse

from discussion import tokens
from series.emails import site_url


def _one_line(text):
    return " ".join(text.split())


def token_url(name, comment, action):
    return site_url(reverse(name, args=[tokens.make_token(comment, action)]))


def replies_confirmation_email(comment):
    context = {
        "comment": comment,
        "post": comment.post,
        "confirm_url": token_url("comment_replies_confirm", comment, tokens.CONFIRM_REPLIES),
    }
    return EmailMessage(
        subject=f"Confirm reply emails for your comment on “{_one_line(comment.post.title)}”",
        body=render_to_string("discussion/emails/confirm_replies.txt", context),
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
    return EmailMessage(
        subject=f"A new reply on “{_one_line(reply.post.title)}”",
        body=render_to_string("discussion/emails/reply.txt", context),
        to=[followed.user_email],
        headers={
            "List-Unsubscribe": f"<{stop}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
