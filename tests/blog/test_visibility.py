"""Drafts, future-scheduled and private posts stay out of every public view
until they go live; scheduled posts go live through Wagtail's own command."""

import datetime

import feedparser
import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.blog.factories import BlogPageFactory

PUBLIC_LISTINGS = [
    "/",
    "/blog/",
    "/blog/tags/hidden/",
    "/blog/feed/",
    "/blog/feed/atom/",
    "/blog/tags/hidden/feed/",
    "/sitemap.xml",
    "/search/?q=secret",
]


def month_path(date):
    return f"/blog/{date:%Y}/{date:%m}/"


@pytest.fixture
def hidden_posts(blog, post):
    draft = BlogPageFactory(parent=blog, title="Draft secret", slug="draft-secret", live=False)
    draft.tags.add("hidden")
    draft.save_revision()

    scheduled = BlogPageFactory(
        parent=blog,
        title="Scheduled secret",
        slug="scheduled-secret",
        tag_names=["hidden"],
        date=None,
    )
    scheduled.unpublish()
    scheduled.date = None
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=3)
    scheduled.save_revision().publish()

    private = BlogPageFactory(
        parent=blog, title="Private secret", slug="private-secret", tag_names=["hidden"]
    )
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    return {"draft": draft, "scheduled": scheduled, "private": private}


def test_hidden_posts_are_not_reachable(client, hidden_posts):
    scheduled = hidden_posts["scheduled"].specific.__class__.objects.get(
        pk=hidden_posts["scheduled"].pk
    )
    assert not scheduled.live
    for key in ("draft", "scheduled"):
        assert client.get(f"/blog/{key}-secret/").status_code == 404
    # A private page asks for its password instead of showing its content.
    response = client.get("/blog/private-secret/")
    assert b"Guided self-help" not in response.content


def test_hidden_posts_are_never_listed(client, hidden_posts):
    for url in PUBLIC_LISTINGS + [month_path(timezone.localdate())]:
        body = client.get(url).content.decode()
        for title in ("Draft secret", "Scheduled secret", "Private secret"):
            assert title not in body, url
        for slug in ("draft-secret", "scheduled-secret", "private-secret"):
            assert slug not in body, url


def test_scheduled_post_goes_live_everywhere(client, blog, hidden_posts):
    scheduled = hidden_posts["scheduled"]
    later = timezone.now() + datetime.timedelta(days=4)
    # Wagtail's publish_scheduled publishes revisions whose approved go-live time has passed.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        call_command("publish_scheduled")
    scheduled.refresh_from_db()
    assert scheduled.live
    # Left blank by the editor, the publication date is the day it went live.
    assert scheduled.date == timezone.localdate(scheduled.go_live_at)
    assert client.get("/blog/scheduled-secret/").status_code == 200
    for url in ["/blog/", "/blog/tags/hidden/", "/search/?q=Scheduled", month_path(scheduled.date)]:
        assert "Scheduled secret" in client.get(url).content.decode(), url
    feed = feedparser.parse(client.get("/blog/feed/").content)
    assert "Scheduled secret" in [entry.title for entry in feed.entries]
    assert "/blog/scheduled-secret/" in client.get("/sitemap.xml").content.decode()
