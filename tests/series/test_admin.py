"""Series in the Wagtail admin: building one with parts, the one-series rule,
where a post stands, and followers and notifications for editors."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from series.models import Notification, SeriesPage, Subscription
from tests.blog.factories import BlogPageFactory
from tests.html import banner
from tests.series.factories import SeriesIndexPageFactory, build_series


@pytest.fixture
def index(home):
    return SeriesIndexPageFactory(parent=home)


def series_form(title, parts):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "summary": "A series.",
            "introduction": rich_text("<p>Intro.</p>"),
            "parts": inline_formset(parts),
            "comments": inline_formset([]),
            "comments_open": "on",
            "comment_moderation": "warnings",
            "action-publish": "action-publish",
        }
    )


def test_editor_builds_a_series_with_posts_and_announced_parts(admin_client, index, blog):
    one = BlogPageFactory(parent=blog, title="One")
    add = reverse("wagtailadmin_pages:add", args=["series", "seriespage", index.pk])
    response = admin_client.post(
        add,
        series_form(
            "Built here",
            [
                {"post": one.pk, "title": "", "planned_date": "", "summary": ""},
                {
                    "post": "",
                    "title": "Still to write",
                    "planned_date": "2027-02-01",
                    "summary": "Soon.",
                },
            ],
        ),
    )
    assert response.status_code == 302
    series = SeriesPage.objects.get(slug="built-here")
    assert [(p.post_id, p.title) for p in series.parts.all()] == [
        (one.pk, ""),
        (None, "Still to write"),
    ]
    assert banner(admin_client, one) == (
        "Part 1 of 2 in the series Built here One (this part) "
        "Still to write (available on 1 February 2027)"
    )


def test_admin_refuses_a_post_in_two_series(admin_client, index, blog):
    one = BlogPageFactory(parent=blog, title="One")
    build_series(index, [one], title="First home")
    add = reverse("wagtailadmin_pages:add", args=["series", "seriespage", index.pk])
    response = admin_client.post(
        add,
        series_form(
            "Second home", [{"post": one.pk, "title": "", "planned_date": "", "summary": ""}]
        ),
    )
    assert response.status_code == 200
    assert "already a part of the series “First home”" in response.content.decode()
    assert not SeriesPage.objects.filter(slug="second-home").exists()

    announced_without_title = series_form(
        "Third", [{"post": "", "title": "", "planned_date": "", "summary": ""}]
    )
    response = admin_client.post(add, announced_without_title)
    assert "Give an announced part a title, or choose its post." in response.content.decode()


def test_post_edit_view_shows_its_series_position(admin_client, index, blog):
    one, two = BlogPageFactory(parent=blog), BlogPageFactory(parent=blog)
    series = build_series(index, [one, two], title="Positions")
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[two.pk])).content.decode()
    assert "Part 2 of 2 in the series" in html
    assert reverse("wagtailadmin_pages:edit", args=[series.pk]) in html
    lone = BlogPageFactory(parent=blog)
    assert (
        "Not part of a series"
        in admin_client.get(reverse("wagtailadmin_pages:edit", args=[lone.pk])).content.decode()
    )


def test_editors_see_count_and_remove_followers(admin_client, index, blog):
    series = build_series(index, [BlogPageFactory(parent=blog)], title="Followed")
    Subscription.objects.create(email="c1@example.org", series=series, status="confirmed")
    Subscription.objects.create(email="c2@example.org", series=series, status="confirmed")
    pending = Subscription.objects.create(email="p@example.org", series=series)
    Subscription.objects.create(email="blog@example.org")

    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[series.pk])).content.decode()
    assert "2 confirmed followers, 1 waiting for confirmation." in edit

    listing = admin_client.get(
        reverse("series_subscription:index"), {"series": series.pk, "status": "pending"}
    )
    html = listing.content.decode()
    assert "p@example.org" in html and "c1@example.org" not in html
    assert admin_client.get(reverse("series_subscription:add")).status_code in (302, 403)

    admin_client.post(reverse("series_subscription:delete", args=[pending.pk]))
    assert not Subscription.objects.filter(pk=pending.pk).exists()


def test_unsent_notifications_can_be_sent_again(
    admin_client, index, blog, django_capture_on_commit_callbacks
):
    post = BlogPageFactory(parent=blog, title="Missed")
    subscription = Subscription.objects.create(email="m@example.org", status="confirmed")
    Notification.objects.create(
        subscription=subscription, post=post, attempts=1, last_error="SMTPException"
    )
    listing = admin_client.get(reverse("series_notification:index")).content.decode()
    assert "Send unsent notifications again" in listing and "SMTPException" in listing
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("series_resend_unsent"))
    assert [message.to for message in mail.outbox] == [["m@example.org"]]
    assert Notification.objects.get().sent_at is not None
