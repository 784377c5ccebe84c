"""The emails a follower receives. Links are absolute and carry signed
tokens."""

from django.urls import reverse

from core.emails import plain_email, site_url
from series import tokens


def confirm_url(subscription):
    token = tokens.make_token(subscription, tokens.CONFIRM)
    return site_url(reverse("follow_confirm", args=[token]))


def unsubscribe_url(subscription):
    token = tokens.make_token(subscription, tokens.UNSUBSCRIBE)
    return site_url(reverse("follow_unsubscribe", args=[token]))


def confirmation_email(subscription):
    context = {"subscription": subscription, "confirm_url": confirm_url(subscription)}
    return plain_email(
        "series/emails/confirm.txt",
        context,
        subject=f"Confirm that you want to follow {subscription.target_name}",
        to=[subscription.email],
    )


def new_post_email(notification):
    subscription, post = notification.subscription, notification.post
    unsubscribe = unsubscribe_url(subscription)
    context = {
        "subscription": subscription,
        "post": post,
        "post_url": post.get_full_url(),
        "unsubscribe_url": unsubscribe,
        "series_position": getattr(post, "series_position", None),
    }
    if subscription.series_id:
        subject = f"New in “{subscription.series.title}”: {post.title}"
    else:
        subject = f"New on Commonroom: {post.title}"
    return plain_email(
        "series/emails/new_post.txt",
        context,
        subject=subject,
        to=[subscription.email],
        unsubscribe_url=unsubscribe,
    )
