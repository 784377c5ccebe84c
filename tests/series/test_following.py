"""Following a series or the blog by email: double opt-in, tokens, one-click
unsubscribe, and notifications sent exactly once per follower and part."""

import datetime
import re
from unittest import mock

import pytest
from django.core import mail, signing
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from series import tokens
from series.models import Notification, Subscription
from series.tasks import announce_post
from tests.blog.factories import BlogPageFactory
from tests.hostile import naughty_strings, xss_payloads
from tests.origin import FROM_OUR_PAGES
from tests.series.factories import SeriesIndexPageFactory, build_series, schedule

SAME_ANSWER = "If that address isn’t already following"


@pytest.fixture
def series(home, blog):
    index = SeriesIndexPageFactory(parent=home)
    one = BlogPageFactory(parent=blog, title="Part one", slug="part-one")
    two = BlogPageFactory(parent=blog, title="Part two", slug="part-two")
    return build_series(index, [one, two], title="Carrying it well", slug="carrying-it-well")


def follow_url(series):
    return reverse("follow_series", args=[series.pk])


def follow(client, series, email, **extra):
    return client.post(follow_url(series), {"email": email, **extra}, **FROM_OUR_PAGES)


def link_in(message, kind):
    return re.search(rf"http://testserver(/follow/{kind}/[^/\s]+/)", message.body).group(1)


def confirmed_follower(client, series, email, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        follow(client, series, email)
    client.post(link_in(mail.outbox[-1], "confirm"))
    return Subscription.objects.get(email=email, series=series)


def test_double_opt_in(client, series, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = follow(client, series, "Reader@Example.org")
    assert SAME_ANSWER in response.content.decode()
    subscription = Subscription.objects.get(series=series)
    assert subscription.email == "reader@example.org"
    assert subscription.status == Subscription.Status.PENDING
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["reader@example.org"]

    # Opening the link (as a mail scanner does) only asks.
    page = client.get(link_in(mail.outbox[0], "confirm"))
    assert "Follow Carrying it well?" in page.content.decode()
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.PENDING

    confirmed = client.post(link_in(mail.outbox[0], "confirm"))
    assert "You’re following Carrying it well" in confirmed.content.decode()
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.CONFIRMED
    # Confirming again changes nothing and says the same.
    assert client.post(link_in(mail.outbox[0], "confirm")).status_code == 200


def test_answer_is_the_same_for_known_and_unknown_addresses(
    client, series, django_capture_on_commit_callbacks
):
    confirmed_follower(client, series, "known@example.org", django_capture_on_commit_callbacks)
    sent = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        known = follow(client, series, "known@example.org")
        unknown = follow(client, series, "new@example.org")
    assert known.status_code == unknown.status_code == 200
    assert known.content == unknown.content
    assert len(mail.outbox) == sent + 1  # only the new address is emailed


def test_expired_forged_and_reused_tokens(client, series, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        follow(client, series, "a@example.org")
        follow(client, series, "b@example.org")
    a = Subscription.objects.get(email="a@example.org")
    b = Subscription.objects.get(email="b@example.org")
    link = link_in(mail.outbox[0], "confirm")

    later = timezone.now() + datetime.timedelta(days=4)
    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        expired = client.post(link)
    assert expired.status_code == 400 and "expired" in expired.content.decode()

    token = link.split("/")[3]
    forged_payload = signing.loads(token, salt=tokens.SALT)
    forged_payload["s"] = b.pk
    forged = signing.dumps(forged_payload, salt="not-our-salt")
    for bad in [forged, token[:-3] + "abc", "x", token.replace(":", ""), "%00"]:
        response = client.get(f"/follow/confirm/{bad}/")
        assert response.status_code in (400, 404)
    # A's token names A's key: it can never confirm B, even re-signed with B's id.
    swapped = signing.dumps({**forged_payload, "s": b.pk}, salt=tokens.SALT)
    assert client.post(f"/follow/confirm/{swapped}/").status_code == 400
    b.refresh_from_db()
    assert b.status == Subscription.Status.PENDING

    # Asking again replaces the key: the first email's link stops working.
    with django_capture_on_commit_callbacks(execute=True):
        follow(client, series, "a@example.org")
    assert client.post(link).status_code == 400
    assert client.post(link_in(mail.outbox[-1], "confirm")).status_code == 200
    a.refresh_from_db()
    assert a.status == Subscription.Status.CONFIRMED


def test_unsubscribe_asks_on_get_and_acts_on_post(
    client, series, django_capture_on_commit_callbacks
):
    subscription = confirmed_follower(
        client, series, "u@example.org", django_capture_on_commit_callbacks
    )
    url = f"/follow/unsubscribe/{tokens.make_token(subscription, tokens.UNSUBSCRIBE)}/"
    page = client.get(url)
    assert "Stop following Carrying it well?" in page.content.decode()
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.CONFIRMED
    # RFC 8058 one-click: the mail client posts without a CSRF token.
    csrf_client = client.__class__(enforce_csrf_checks=True)
    done = csrf_client.post(url, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.UNSUBSCRIBED
    # Unsubscribing replaced the key: no link emailed before still works,
    # so neither this one nor the original confirmation can follow again.
    again = client.post(url)
    assert again.status_code == 400 and "no longer valid" in again.content.decode()
    assert client.post(link_in(mail.outbox[0], "confirm")).status_code == 400
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.UNSUBSCRIBED
    confirm_token = tokens.make_token(subscription, tokens.CONFIRM)
    assert client.post(f"/follow/unsubscribe/{confirm_token}/").status_code == 400


def test_hostile_and_malformed_addresses(client, series):
    bad = ["", "not-an-email", "a@", "@b.org", "a b@example.org", "x" * 300 + "@example.org"]
    bad += [s for s in naughty_strings() if "@" not in s][:60] + xss_payloads(limit=40)
    for value in bad:
        # A different client address each time, so the rate limit stays out of the way.
        address = f"10.0.{bad.index(value) // 250}.{bad.index(value) % 250}"
        response = client.post(
            follow_url(series), {"email": value}, REMOTE_ADDR=address, **FROM_OUR_PAGES
        )
        assert response.status_code == 400, value
        html = response.content.decode()
        assert "Enter" in html and "email address" in html
        if value and len(value) < 200 and "<" in value:
            assert value not in html  # kept, but escaped
    assert not Subscription.objects.exists()


def test_follow_form_needs_no_csrf_token_on_cached_pages(series):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(follow_url(series), {"email": "c@example.org"}, **FROM_OUR_PAGES)
    assert response.status_code == 200


def test_follow_unknown_series_is_404(client, series):
    assert (
        client.post(
            "/follow/series/999999/", {"email": "x@example.org"}, **FROM_OUR_PAGES
        ).status_code
        == 404
    )


def test_kept_input_and_named_problem(client, series):
    response = follow(client, series, "someone@@example.org")
    html = response.content.decode()
    assert 'value="someone@@example.org"' in html
    assert "Enter an email address in the form name@example.org." in html
    assert 'aria-invalid="true"' in html


def test_honeypot_gets_the_same_answer_and_no_email(
    client, series, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = follow(client, series, "bot@example.org", website="http://spam.example")
    assert SAME_ANSWER in response.content.decode()
    assert not mail.outbox and not Subscription.objects.exists()


def test_subscribe_is_rate_limited_per_client(client, series):
    for n in range(5):
        assert follow(client, series, f"r{n}@example.org").status_code == 200
    limited = follow(client, series, "r9@example.org")
    assert limited.status_code == 429
    assert "Please try again in 15 minutes" in limited.content.decode()
    assert "r9@example.org" in limited.content.decode()
    other = client.post(
        follow_url(series), {"email": "o@example.org"}, REMOTE_ADDR="10.9.9.9", **FROM_OUR_PAGES
    )
    assert other.status_code == 200


def test_follow_the_whole_blog(client, blog, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/follow/", {"email": "all@example.org"}, **FROM_OUR_PAGES)
    assert SAME_ANSWER in response.content.decode()
    client.post(link_in(mail.outbox[0], "confirm"))
    subscription = Subscription.objects.get(email="all@example.org")
    assert subscription.series is None and subscription.status == Subscription.Status.CONFIRMED
    mail.outbox.clear()
    post = BlogPageFactory(parent=blog, title="Fresh post", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()
    assert [message.subject for message in mail.outbox] == ["New on Commonroom: Fresh post"]


@pytest.fixture
def followers(client, series, django_capture_on_commit_callbacks):
    confirmed = [
        confirmed_follower(client, series, f"f{n}@example.org", django_capture_on_commit_callbacks)
        for n in range(2)
    ]
    with django_capture_on_commit_callbacks(execute=True):
        follow(client, series, "pending@example.org")
    gone = confirmed_follower(
        client, series, "gone@example.org", django_capture_on_commit_callbacks
    )
    client.post(f"/follow/unsubscribe/{tokens.make_token(gone, tokens.UNSUBSCRIBE)}/")
    mail.outbox.clear()
    return confirmed


def add_scheduled_part(series, blog, when):
    post = schedule(BlogPageFactory(parent=blog, title="Part three", slug="part-three"), when)
    series.parts.create(post=post, sort_order=series.parts.count())
    series.save_revision().publish()
    return post


def test_scheduled_part_notifies_each_confirmed_follower_once(
    client, series, blog, followers, django_capture_on_commit_callbacks
):
    go_live = timezone.now() + datetime.timedelta(days=2)
    post = add_scheduled_part(series, blog, go_live)
    assert not mail.outbox
    with (
        mock.patch(
            "django.utils.timezone.now", return_value=go_live + datetime.timedelta(minutes=1)
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        call_command("publish_scheduled")
    assert sorted(message.to[0] for message in mail.outbox) == ["f0@example.org", "f1@example.org"]
    message = mail.outbox[0]
    assert message.subject == "New in “Carrying it well”: Part three"
    assert 'Part 3 of 3 in the series "Carrying it well"' in message.body
    assert "http://testserver/blog/part-three/" in message.body
    unsubscribe = re.search(r"http://testserver(/follow/unsubscribe/\S+/)", message.body).group(1)
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # Republishing, unpublishing and republishing, or running the task again: no more email.
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()
        post.unpublish()
        post.save_revision().publish()
    announce_post.call(post.pk)
    assert len(mail.outbox) == 2
    assert Notification.objects.filter(post=post, sent_at__isnull=False).count() == 2


def test_failing_mail_server_loses_nothing(
    client, series, blog, followers, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.series.test_following.BrokenBackend"
    with django_capture_on_commit_callbacks(execute=True):
        post = BlogPageFactory(parent=blog, title="Part three", slug="part-three", live=False)
        series.parts.create(post=post, sort_order=series.parts.count())
        series.save_revision().publish()
        post.save_revision().publish()
    failed = Notification.objects.filter(post=post)
    assert failed.count() == 2
    assert all(
        n.sent_at is None and n.attempts == 1 and n.last_error == "ConnectionRefusedError"
        for n in failed
    )

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    announce_post.call(post.pk)  # the task run again (or a retry) sends what is unsent
    assert len(mail.outbox) == 2
    announce_post.call(post.pk)
    assert len(mail.outbox) == 2


class BrokenBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down for f0@example.org")


def test_addresses_never_appear_in_public_output(client, series, followers):
    for url in [series.url, series.url + "feed/", series.url + "feed/atom/", "/blog/feed/", "/"]:
        assert "@example.org" not in client.get(url).content.decode(), url
