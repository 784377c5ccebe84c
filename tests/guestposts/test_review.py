"""A guest post from first draft to publication on Wagtail's own workflow:
submit (with the confidentiality check) → request changes → resubmit →
approve with a schedule → live with the right byline, emails at each step."""

import datetime
import json
import re
from unittest import mock

import feedparser
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.models import Author, BlogPage
from guestposts.models import Withdrawal
from series.models import Subscription
from tests.blog.factories import BlogPageFactory
from tests.guestposts.factories import make_contributor, make_editor
from tests.html import text


def post_data(title="Our team survey", confirm=True, **extra):
    data = {
        "title": title,
        "slug": "our-team-survey",
        "summary": "What sixteen of us said about the work.",
        "warnings": inline_formset([]),
        "warning_note": "",
        "body": streamfield([("paragraph", rich_text("<p>We asked sixteen PWPs.</p>"))]),
        "tags": "Wellbeing",
        "comments": inline_formset([]),
        "comments_open": "on",
        "comment_moderation": "warnings",
        "action-submit": "action-submit",
        **extra,
    }
    if confirm:
        data["confirm_confidentiality"] = "on"
    return nested_form_data(data)


def test_contributor_must_confirm_confidentiality_to_submit(client, guest_index):
    author, user = make_contributor(
        "Nadia Farrow",
        credit=Author.Credit.TEAM,
        organisation="the wellbeing team at a Talking Therapies service",
    )
    client.force_login(user)
    add = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", guest_index.pk])
    form = client.get(add).content.decode()
    assert "no client, colleague or service user could be identified" in form
    response = client.post(add, post_data(confirm=False))
    assert response.status_code == 200
    assert (
        "Please read the confidentiality check and confirm it before submitting."
        in response.content.decode()
    )
    assert not BlogPage.objects.exists()

    client.post(add, post_data())
    post = BlogPage.objects.get()
    assert post.confidentiality_confirmed_by == user and post.confidentiality_confirmed_at
    assert [a.pk for a in post.authors] == [author.pk]
    assert post.owner == user and not post.live
    assert WorkflowState.objects.active().filter(object_id=str(post.pk)).exists()


def reviewer_task_state(post):
    state = WorkflowState.objects.active().get(object_id=str(post.pk))
    return state.current_task_state


def test_review_from_submission_to_scheduled_publication(
    client, guest_index, django_capture_on_commit_callbacks
):
    author, user = make_contributor(
        "Nadia Farrow",
        credit=Author.Credit.TEAM,
        organisation="the wellbeing team at a Talking Therapies service",
    )
    editor = make_editor()
    contributor, reviewer = client, client.__class__()
    contributor.force_login(user)
    reviewer.force_login(editor)

    add = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", guest_index.pk])
    with django_capture_on_commit_callbacks(execute=True):
        contributor.post(add, post_data())
    post = BlogPage.objects.get()
    edit = reverse("wagtailadmin_pages:edit", args=[post.pk])

    # Editors see it waiting on their dashboard and can view the draft.
    assert "Our team survey" in reviewer.get(reverse("wagtailadmin_home")).content.decode()
    assert reviewer.get(reverse("wagtailadmin_pages:view_draft", args=[post.pk])).status_code == 200

    mail.outbox.clear()
    task_state = reviewer_task_state(post)
    with django_capture_on_commit_callbacks(execute=True):
        reviewer.post(
            reverse("wagtailadmin_pages:workflow_action", args=[post.pk, "reject", task_state.pk]),
            {"comment": "Please remove the clinic's town from the second paragraph."},
        )
    assert (
        WorkflowState.objects.get(object_id=str(post.pk)).status
        == WorkflowState.STATUS_NEEDS_CHANGES
    )
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert mail.outbox[0].subject == "Changes requested on “Our team survey”"
    assert "Please remove the clinic's town from the second paragraph." in mail.outbox[0].body
    assert "Changes requested" in contributor.get(reverse("wagtailadmin_home")).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        contributor.post(edit, post_data(title="Our team survey (revised)"))
    assert (
        WorkflowState.objects.get(object_id=str(post.pk)).status == WorkflowState.STATUS_IN_PROGRESS
    )

    go_live = timezone.localtime() + datetime.timedelta(days=3)
    link = post.post_authors.get()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        # The editor sets the publication time, saves, then approves.
        response = reviewer.post(
            edit,
            nested_form_data(
                {
                    "title": "Our team survey (revised)",
                    "slug": "our-team-survey",
                    "summary": "What sixteen of us said about the work.",
                    "post_authors": inline_formset(
                        [{"id": link.pk, "author": author.pk}], initial=1
                    ),
                    "warnings": inline_formset([]),
                    "warning_note": "",
                    "body": streamfield(
                        [("paragraph", rich_text("<p>We asked sixteen PWPs.</p>"))]
                    ),
                    "tags": "Wellbeing",
                    "go_live_at": go_live.strftime("%d/%m/%Y %H:%M"),
                    "comments": inline_formset([]),
                    "comments_open": "on",
                    "comment_moderation": "warnings",
                }
            ),
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        reviewer.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[post.pk, "approve", reviewer_task_state(post).pk],
            ),
            {"comment": "Lovely, thank you."},
        )
    post.refresh_from_db()
    assert not post.live and post.latest_revision.approved_go_live_at
    assert mail.outbox[-1].to == [user.email]
    assert "has been approved and will be published on" in mail.outbox[-1].body
    assert "Approved, scheduled" in contributor.get(reverse("wagtailadmin_home")).content.decode()

    mail.outbox.clear()
    with (
        mock.patch(
            "django.utils.timezone.now", return_value=go_live + datetime.timedelta(minutes=2)
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        call_command("publish_scheduled")
    post.refresh_from_db()
    assert post.live
    live_emails = [m for m in mail.outbox if m.to == [user.email]]
    assert live_emails and "is now live" in live_emails[0].body
    assert "http://testserver/blog/guest-posts/our-team-survey/" in live_emails[0].body

    html = client.__class__().get(post.url).content.decode()
    assert "Guest post" in html
    assert "by the wellbeing team at a Talking Therapies service" in text(html)


def test_withdrawal_request_and_one_action_unpublish(
    client, guest_index, django_capture_on_commit_callbacks
):
    author, user = make_contributor("Gareth Lowden")
    editor = make_editor()

    post = BlogPageFactory(
        parent=guest_index, title="Leading well", slug="leading-well", owner=user, authors=[author]
    )
    client.force_login(user)
    assert (
        "Ask the editors to withdraw it"
        in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("guestposts_request_withdrawal", args=[post.pk]), {"reason": "Changed role."}
        )
    withdrawal = Withdrawal.objects.get()
    assert mail.outbox[-1].to == [editor.email] and "Changed role." in mail.outbox[-1].body
    assert "Withdrawal requested" in client.get(reverse("wagtailadmin_home")).content.decode()

    # With CSRF checks on, as in a browser: the listing's button must carry a token.
    reviewer = client.__class__(enforce_csrf_checks=True)
    reviewer.force_login(editor)
    listing = reviewer.get(reverse("guestposts_withdrawal:index")).content.decode()
    button = re.search(
        r'<form method="post" action="([^"]+)"><input type="hidden" name="csrfmiddlewaretoken" '
        r'value="([^"]+)"><button type="submit" class="button button-small">Unpublish now',
        listing,
    )
    assert button, "the Unpublish now form carries no CSRF token"
    assert button.group(1) == reverse("guestposts_complete_withdrawal", args=[withdrawal.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer.post(button.group(1), {"csrfmiddlewaretoken": button.group(2)})
    assert response.status_code == 302
    post.refresh_from_db()
    assert not post.live
    assert mail.outbox[-1].to == [user.email] and "has been unpublished" in mail.outbox[-1].body
    assert client.__class__().get("/blog/guest-posts/leading-well/").status_code == 404

    # Someone else's post cannot be withdrawn by this contributor.
    other = BlogPageFactory(parent=guest_index, title="Not theirs")
    assert client.post(reverse("guestposts_request_withdrawal", args=[other.pk])).status_code == 404


def test_anonymous_contributor_is_never_named_in_public(
    client, guest_index, blog, django_capture_on_commit_callbacks
):
    author, user = make_contributor(
        "Rosalind Keane", credit=Author.Credit.ANONYMOUS, bio="Rosalind manages a service in Leeds."
    )
    Subscription.objects.create(email="follower@example.org", status="confirmed")
    post = BlogPageFactory(
        parent=guest_index,
        title="Supporting supervisors",
        slug="supporting-supervisors",
        authors=[author],
        live=False,
        tag_names=["Supervision"],
    )
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()
    outputs = {
        "post": client.get(post.url).content.decode(),
        "index": client.get("/blog/").content.decode(),
        "tag": client.get("/blog/tags/supervision/").content.decode(),
        "search": client.get("/search/?q=supervisors").content.decode(),
        "rss": client.get("/blog/feed/").content.decode(),
        "atom": client.get("/blog/feed/atom/").content.decode(),
        "sitemap": client.get("/sitemap.xml").content.decode(),
        "emails": "\n".join(
            m.body + m.subject for m in mail.outbox if m.to == ["follower@example.org"]
        ),
    }
    for where, output in outputs.items():
        for secret in ("Rosalind", "Keane", "rosalind-keane", "Leeds"):
            assert secret not in output, (where, secret)
    assert "by a service manager, published anonymously at their request" in outputs["post"]
    jsonld = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', outputs["post"]).group(1)
    )
    assert jsonld["author"] == [{"@type": "Person", "name": "Anonymous (a service manager)"}]
    feed = feedparser.parse(outputs["rss"])
    assert feed.entries[0].author == "a service manager"
    assert client.get("/blog/authors/rosalind-keane/").status_code == 404
    assert outputs["emails"]  # the follower was told, without the name

    # Editors still see who wrote it.
    admin = client.__class__()
    editor = make_editor()
    admin.force_login(editor)
    assert (
        "Rosalind Keane" in admin.get(reverse("wagtailsnippets_blog_author:list")).content.decode()
    )


def test_the_post_is_live_email_goes_out_once_per_post(
    guest_index, django_capture_on_commit_callbacks
):
    author, user = make_contributor("Rowan Reed")
    with django_capture_on_commit_callbacks(execute=True):
        post = BlogPageFactory(parent=guest_index, title="Our rota", authors=[author], live=False)
        post.save_revision().publish()
        post.unpublish()
        post.save_revision().publish()
    live_emails = [m for m in mail.outbox if m.subject == "“Our rota” is live"]
    assert [m.to for m in live_emails] == [[user.email]]
