"""Building the site's emails. Every message is plain text rendered from a
template, so nothing a reader typed can become markup. Public links are
built from the default Wagtail site's root URL, admin links from Wagtail's
admin base URL."""

import unicodedata

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import Site


def site_url(path):
    """The absolute public URL of `path`."""
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else get_admin_base_url()
    return root.rstrip("/") + path


def admin_url(path):
    """The absolute URL of the admin page at `path`."""
    return get_admin_base_url().rstrip("/") + path


def one_line(text, limit=None):
    """Text safe for a header: control characters and line breaks become
    spaces, runs of space one, and text longer than `limit` is shortened."""
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    text = " ".join(text.split())
    if limit is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def plain_email(template, context, *, subject, to, unsubscribe_url=None):
    """A plain-text message with its body rendered from `template`. With
    `unsubscribe_url`, it carries the one-click unsubscribe headers."""
    headers = {}
    if unsubscribe_url:
        headers = {
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    return EmailMessage(
        subject=subject,
        body=render_to_string(template, context),
        to=to,
        headers=headers,
    )
