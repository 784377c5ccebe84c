"""One CSRF policy for every form anyone may post (core.origin): a POST from
another site is refused with a 403 page and changes nothing, whichever form
it aims at; our own pages' posts go through; and no view of ours is exempt
from Django's CSRF check without saying which policy guards it instead."""

import pytest
from django.core import mail
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from rest_framework.views import APIView

from discussion.models import Comment, Like
from guestposts.invitations import issue_invitation
from guestposts.models import Invitation, Pitch
from series.models import Subscription
from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.discussion.factories import comment_settings, form_data
from tests.origin import ORIGIN
from tests.series.factories import SeriesIndexPageFactory, build_series

OUR_APPS = ("blog.", "core.", "discussion.", "guestposts.", "series.", "website.", "wordpress.")

CROSS_ORIGIN = {
    "another site's Origin": {"HTTP_ORIGIN": "https://evil.example"},
    "an opaque Origin": {"HTTP_ORIGIN": "null"},
    "Fetch Metadata saying cross-site": {
        "HTTP_SEC_FETCH_SITE": "cross-site",
        "HTTP_ORIGIN": ORIGIN,
    },
    "Fetch Metadata saying same-site": {"HTTP_SEC_FETCH_SITE": "same-site"},
    "another site's Referer": {"HTTP_REFERER": "https://evil.example/page"},
    # The existing rule: every browser in use sends Origin with a form
    # POST, so a request showing nothing at all is not a browser on our page.
    "no Origin, Referer or Fetch Metadata": {},
}
SAME_ORIGIN = {
    "our Origin": {"HTTP_ORIGIN": ORIGIN},
    "Fetch Metadata saying same-origin": {"HTTP_SEC_FETCH_SITE": "same-origin"},
    "our Referer (Origin withheld)": {"HTTP_REFERER": f"{ORIGIN}/write-for-us/"},
}


@pytest.fixture
def world(home, blog, author, django_capture_on_commit_callbacks):
    comment_settings(min_seconds=0)
    index = SeriesIndexPageFactory(parent=home)
    part = BlogPageFactory(parent=blog, title="Part one", slug="part-one", authors=[author])
    series = build_series(index, [part], title="Carrying it well", slug="carrying-it-well")
    invitee = AuthorFactory(name="Invited One", slug="invited-one", kind="guest")
    with django_capture_on_commit_callbacks(execute=True):
        invitation = issue_invitation(invitee, "invited@example.org")
    mail.outbox.clear()
    return {"post": part, "series": series, "invitation": invitation}


def stored(world):
    """Everything a forged post could add, send or change."""
    return {
        "subscriptions": Subscription.objects.count(),
        "pitches": Pitch.objects.count(),
        "invitations": list(Invitation.objects.values_list("pk", "nonce")),
        "comments": Comment.objects.count(),
        "likes": Like.objects.count(),
        "emails": len(mail.outbox),
    }


FORMS = {
    "follow a series": lambda w: (
        reverse("follow_series", args=[w["series"].pk]),
        {"email": "reader@example.org"},
    ),
    "follow the blog": lambda w: (reverse("follow_blog"), {"email": "reader@example.org"}),
    "pitch": lambda w: (
        reverse("guest_pitch"),
        {
            "name": "Priya Shah",
            "email": "priya@example.org",
            "title": "Endings",
            "outline": "Endings matter.",
            "credit": "name",
        },
    ),
    "new invitation link": lambda w: (
        reverse("guest_invitation_new"),
        {"email": "invited@example.org"},
    ),
    "comment": lambda w: (reverse("comment_post", args=[w["post"].pk]), form_data()),
    "like": lambda w: (reverse("like"), {"post": str(w["post"].pk)}),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("headers", CROSS_ORIGIN)
def test_a_post_from_another_site_is_refused_and_changes_nothing(
    client, world, form, headers, django_capture_on_commit_callbacks
):
    url, data = FORMS[form](world)
    before = stored(world)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data, **CROSS_ORIGIN[headers])
    assert response.status_code == 403
    assert "This form came from somewhere else" in response.content.decode()
    assert stored(world) == before


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("headers", SAME_ORIGIN)
def test_a_post_from_our_own_pages_goes_through(
    client, world, form, headers, django_capture_on_commit_callbacks
):
    url, data = FORMS[form](world)
    before = stored(world)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data, **SAME_ORIGIN[headers])
    assert response.status_code in (200, 302)
    assert stored(world) != before


@pytest.mark.parametrize(
    "form", ["follow a series", "follow the blog", "pitch", "new invitation link"]
)
def test_the_forms_still_open_from_a_link_on_another_site(client, world, form):
    url, _ = FORMS[form](world)
    assert client.get(url, HTTP_SEC_FETCH_SITE="cross-site").status_code == 200


def our_views(resolver=None):
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            yield from our_views(entry)
        elif isinstance(entry, URLPattern) and entry.callback.__module__.startswith(OUR_APPS):
            yield entry.callback


def test_no_view_of_ours_is_exempt_from_csrf_without_a_policy():
    views = list(our_views())
    assert len(views) > 10
    exempt = {
        view.__qualname__: getattr(view, "origin_policy", None)
        for view in views
        # REST framework views are exempt from Django's check because they
        # enforce CSRF themselves for session-authenticated requests.
        if getattr(view, "csrf_exempt", False)
        and not issubclass(getattr(view, "cls", object), APIView)
    }
    assert None not in exempt.values(), exempt
    assert {name for name, policy in exempt.items() if policy == "same-origin"} >= {
        "post_comment",
        "like",
        "follow",
        "follow_series",
        "pitch",
        "new_invitation_link",
    }
