"""The emails a follower receives. Links are absolute, built from the Wagtail
site's root URL, and carry signed tokens."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Site

from series import tokens


def site_url(path):
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else "http://127.0.0.1:8000"
    return root.rstrip("/") + path


def confirm_url(subscription):
    token = tokens.make_token(subscription, tokens.CONFIRM)
    return site_url(reverse("follow_confirm", args=[token]))


def unsubscribe_url(subscription):
    token = tokens.make_token(subscription, tokens.UNSUBSCRIBE)
    return site_url(reverse("follow_unsubscribe", args=[token]))


def confirmation_email(subscription):
    context = {"subscription": subscription, "confirm_url": confirm_url(subscription)}
    return EmailMessage(
        subject=f"Confirm that you want to follow {subscription.target_name}",
        body=render_to_string("series/emails/confirm.txt", context),
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
    return EmailMessage(
        subject=subject,
        body=render_to_string("series/emails/new_post.txt", context),
        to=[subscription.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
