"""Moderating comments in the Wagtail admin: the menu count, the listing
(filters, search, a fixed number of queries), approve / remove / spam one at
a time and in bulk, editing, replying as an author, hostile text, and who
may do any of it."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, Site

from discussion.models import Comment, CommentSettings
from discussion.posting import create_comment
from tests.blog.factories import BlogPageFactory
from tests.discussion.factories import make_comment
from tests.guestposts.factories import make_contributor, make_editor
from tests.hostile import xss_payloads

INDEX = reverse("discussion_comment:index")
State = Comment.State


def inspect_url(comment):
    return reverse("discussion_comment:inspect", args=[comment.pk])


def moderate_url(comment):
    return reverse("discussion_comment:moderate", args=[comment.pk])


def bulk_url(action, *ids, **params):
    query = "&".join([f"id={pk}" for pk in ids] + [f"{k}={v}" for k, v in params.items()])
    return f"{reverse('wagtail_bulk_action', args=['discussion', 'comment', action])}?{query}"


def listed(client, **params):
    """The comment texts on the listing page for these filters."""
    html = client.get(INDEX, params).content.decode()
    return set(re.findall(r'id="comment_\d+_title">([^<]*)<', html))


def state_of(comment):
    comment.refresh_from_db()
    return comment.state


@pytest.fixture
def config(post):
    return CommentSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def editor_client(client, post):
    client.force_login(make_editor())
    return client


# The menu ------------------------------------------------------------------


def test_menu_item_counts_comments_awaiting_moderation(admin_client, post):
    make_comment(post, "Published one")
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert '"Comments"' in html and "Comments (" not in html
    for n in range(3):
        make_comment(post, f"Waiting {n}", state=State.AWAITING)
    make_comment(post, "Spam", state=State.SPAM)
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert '"Comments (3)"' in html
    assert f"{INDEX}?state=awaiting" in html


def test_menu_item_only_for_moderators(client, post):
    _, contributor = make_contributor("Gil Guest")
    client.force_login(contributor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert INDEX not in html
    client.force_login(make_editor())
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert INDEX in html


# The listing ---------------------------------------------------------------


@pytest.fixture
def spread(post, blog):
    """A comment in each state, one on another post and one from last year."""
    other = BlogPageFactory(parent=blog, title="Another post")
    comments = {
        "awaiting": make_comment(
            post,
            "Awaiting words",
            state=State.AWAITING,
            held_reason="First comment from this address",
        ),
        "published": make_comment(post, "Published words", name="Pia Published"),
        "removed": make_comment(post, "Removed words", state=State.REMOVED),
        "spam": make_comment(post, "Spam words", state=State.SPAM, email="bot@spam.example"),
        "other": make_comment(other, "Other post words", name="Otto Other"),
        "old": make_comment(post, "Old words", email="OLD@Example.org"),
    }
    last_year = timezone.now() - datetime.timedelta(days=365)
    Comment.objects.filter(pk=comments["old"].pk).update(submit_date=last_year)
    comments["other_post"] = other
    return comments


def test_listing_shows_each_comment_with_its_details(admin_client, post, spread):
    html = admin_client.get(INDEX).content.decode()
    for words in ("Awaiting words", "Published words", "Removed words", "Spam words"):
        assert words in html
    assert "Pia Published" in html and "bot@spam.example" in html
    assert f'href="{post.url}"' in html and "Holding a caseload kindly" in html
    assert "First comment from this address" in html
    assert "Awaiting moderation" in html and "Spam" in html
    assert inspect_url(spread["published"]) in html


def test_listing_filters_by_state(admin_client, spread):
    assert listed(admin_client, state="awaiting") == {"Awaiting words"}
    assert listed(admin_client, state="removed") == {"Removed words"}
    assert listed(admin_client, state="spam") == {"Spam words"}
    assert listed(admin_client, state="published") == {
        "Published words",
        "Other post words",
        "Old words",
    }
    assert len(listed(admin_client)) == 6


def test_listing_filters_by_post_and_date(admin_client, spread):
    assert listed(admin_client, post=spread["other_post"].pk) == {"Other post words"}
    recent = (timezone.localdate() - datetime.timedelta(days=7)).isoformat()
    assert "Old words" not in listed(admin_client, submit_date_from=recent)
    assert len(listed(admin_client, submit_date_from=recent)) == 5
    assert listed(admin_client, submit_date_to=recent) == {"Old words"}


def test_listing_searches_name_email_and_text(admin_client, spread):
    assert listed(admin_client, q="pia publ") == {"Published words"}
    assert listed(admin_client, q="old@example") == {"Old words"}
    assert listed(admin_client, q="OTHER POST") == {"Other post words"}
    assert listed(admin_client, q="nothing like this") == set()


def test_listing_queries_do_not_grow_with_comments(
    admin_client, blog, django_assert_max_num_queries
):
    posts = [BlogPageFactory(parent=blog) for _ in range(6)]

    def fill(n):
        for i in range(n):
            make_comment(posts[i % len(posts)], f"Comment {i}", state=State.AWAITING)

    fill(5)
    admin_client.get(INDEX)  # warm per-process caches
    with CaptureQueriesContext(connection) as five:
        assert admin_client.get(INDEX).status_code == 200
    Comment.objects.all().delete()
    fill(30)
    with django_assert_max_num_queries(len(five)):
        response = admin_client.get(INDEX)
    assert response.content.decode().count('class="bulk-action-checkbox"') == 30


def test_listing_offers_the_bulk_actions(admin_client, spread):
    html = admin_client.get(INDEX).content.decode()
    for action in ("approve", "remove", "spam"):
        assert reverse("wagtail_bulk_action", args=["discussion", "comment", action]) in html
    assert "bulk-actions.js" in html


# Approve, remove, spam: one at a time --------------------------------------


@pytest.fixture
def followed(post):
    """A published comment whose author asked for replies, and a reply to
    it from someone else, held for moderation."""
    parent = make_comment(post, "Asking a question", email="asker@example.org", followup=True)
    reply = make_comment(
        post, "An answer", name="Ada Answer", email="ada@example.org", parent=parent
    )
    Comment.objects.filter(pk=reply.pk).update(is_public=False)
    reply.refresh_from_db()
    assert reply.state == State.AWAITING
    return parent, reply


def test_approving_publishes_and_sends_reply_emails(
    admin_client, followed, django_capture_on_commit_callbacks
):
    parent, reply = followed
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(moderate_url(reply), {"action": "approve"})
    assert response.status_code == 302 and response["Location"] == inspect_url(reply)
    assert state_of(reply) == State.PUBLISHED
    assert [m.to for m in mail.outbox] == [["asker@example.org"]]
    entry = ModelLogEntry.objects.get(action="discussion.comment.approve")
    assert entry.object_id == str(reply.pk) and entry.user.is_superuser
    page = admin_client.get(response["Location"]).content.decode()
    assert "Approved the comment by Ada Answer." in page


def test_remove_and_spam_return_to_the_listing(admin_client, post):
    comment = make_comment(post, "Will be removed")
    listing = f"{INDEX}?state=published"
    response = admin_client.post(moderate_url(comment), {"action": "remove", "next": listing})
    assert response["Location"] == listing
    assert state_of(comment) == State.REMOVED
    admin_client.post(moderate_url(comment), {"action": "spam"})
    assert state_of(comment) == State.SPAM
    assert comment.is_removed and not comment.is_public
    actions = list(ModelLogEntry.objects.order_by("pk").values_list("action", flat=True))
    assert actions == ["discussion.comment.remove", "discussion.comment.spam"]


def test_a_comment_emptied_by_erasure_is_never_published(admin_client, post):
    placeholder = make_comment(post, "", name="Former commenter", state=State.REMOVED)
    html = admin_client.get(inspect_url(placeholder)).content.decode()
    assert 'value="approve"' not in html and 'value="spam"' in html
    admin_client.post(moderate_url(placeholder), {"action": "approve"})
    admin_client.post(bulk_url("approve", placeholder.pk))
    assert state_of(placeholder) == State.REMOVED


def test_moderation_is_post_only_and_checks_its_action(admin_client, post):
    comment = make_comment(post, "Stays put", state=State.AWAITING)
    assert admin_client.get(moderate_url(comment)).status_code == 405
    admin_client.post(moderate_url(comment), {"action": "delete"})
    assert state_of(comment) == State.AWAITING
    response = admin_client.post(
        moderate_url(comment), {"action": "approve", "next": "https://evil.example/"}
    )
    assert response["Location"] == inspect_url(comment)


def test_listing_buttons_carry_a_working_csrf_token(post):
    comment = make_comment(post, "Awaiting a click", state=State.AWAITING)
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_editor())
    html = client.get(INDEX, {"state": "awaiting"}).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find("form", action=moderate_url(comment))
    fields = {i["name"]: i.get("value", "") for i in form.find_all("input")}
    assert fields["csrfmiddlewaretoken"] and fields["action"] == "approve"
    assert fields["next"] == f"{INDEX}?state=awaiting"
    assert client.post(moderate_url(comment), {"action": "approve"}).status_code == 403
    assert state_of(comment) == State.AWAITING
    response = client.post(moderate_url(comment), fields)
    assert response.status_code == 302 and response["Location"] == fields["next"]
    assert state_of(comment) == State.PUBLISHED


# Approve, remove, spam: in bulk --------------------------------------------


def test_bulk_approve_confirms_then_publishes_and_notifies(
    admin_client, post, followed, django_capture_on_commit_callbacks
):
    parent, reply = followed
    other = make_comment(post, "Another held", state=State.AWAITING, email="o@example.org")
    url = bulk_url("approve", reply.pk, other.pk, next=INDEX)
    confirm = admin_client.get(url)
    assert confirm.status_code == 200
    html = confirm.content.decode()
    assert "Ada Answer" in html and "these 2 comments" in html and "Yes, approve" in html
    assert state_of(reply) == State.AWAITING  # nothing happens on GET
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url)
    assert response.status_code == 302 and response["Location"] == INDEX
    assert state_of(reply) == State.PUBLISHED and state_of(other) == State.PUBLISHED
    assert [m.to for m in mail.outbox] == [["asker@example.org"]]
    assert ModelLogEntry.objects.filter(action="discussion.comment.approve").count() == 2
    page = admin_client.get(INDEX).content.decode()
    assert "Approved 2 comments." in page


def test_bulk_remove_and_spam(admin_client, post):
    one, two = make_comment(post, "One"), make_comment(post, "Two")
    admin_client.post(bulk_url("remove", one.pk, two.pk))
    assert state_of(one) == State.REMOVED and state_of(two) == State.REMOVED
    admin_client.post(bulk_url("spam", one.pk))
    assert state_of(one) == State.SPAM and state_of(two) == State.REMOVED


def test_bulk_action_on_all_in_listing_keeps_to_its_filters(admin_client, post):
    held = [make_comment(post, f"Held {n}", state=State.AWAITING) for n in range(3)]
    removed = make_comment(post, "Held, but removed", state=State.REMOVED)
    searched_out = make_comment(post, "Waiting, not searched for", state=State.AWAITING)
    admin_client.post(bulk_url("approve", "all", state="awaiting", q="held"))
    assert [state_of(c) for c in held] == [State.PUBLISHED] * 3
    assert state_of(removed) == State.REMOVED
    assert state_of(searched_out) == State.AWAITING
    # Filters that make no sense select nothing rather than everything.
    admin_client.post(bulk_url("spam", "all", state="nonsense"))
    assert state_of(searched_out) == State.AWAITING and state_of(held[0]) == State.PUBLISHED


# Editing -------------------------------------------------------------------


def test_editing_changes_name_and_text_but_not_the_thread(admin_client, post):
    root = make_comment(post, "Root")
    reply = make_comment(post, "A reply with a typo", parent=root)
    before = Comment.objects.values("thread_id", "parent_id", "level", "order", "is_public").get(
        pk=reply.pk
    )
    edit = reverse("discussion_comment:edit", args=[reply.pk])
    assert admin_client.get(edit).status_code == 200
    response = admin_client.post(edit, {"user_name": "Rowan R.", "comment": "A reply, fixed"})
    assert response.status_code == 302 and response["Location"] == inspect_url(reply)
    reply.refresh_from_db()
    assert (reply.user_name, reply.comment) == ("Rowan R.", "A reply, fixed")
    after = Comment.objects.values("thread_id", "parent_id", "level", "order", "is_public").get(
        pk=reply.pk
    )
    assert after == before and after["parent_id"] == root.pk and after["level"] == 1
    assert ModelLogEntry.objects.filter(action="wagtail.edit", object_id=str(reply.pk)).exists()
    response = admin_client.post(edit, {"user_name": "", "comment": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter the name to show." in html and "A comment needs some text." in html


def test_nobody_adds_or_deletes_comments_in_the_admin(admin_client, post):
    comment = make_comment(post)
    # Wagtail answers a refused admin page with a redirect to the dashboard.
    assert admin_client.get(reverse("discussion_comment:add")).status_code in (302, 403)
    delete = reverse("discussion_comment:delete", args=[comment.pk])
    assert admin_client.get(delete).status_code in (302, 403)
    assert admin_client.post(delete).status_code in (302, 403)
    assert Comment.objects.filter(pk=comment.pk).exists()


# Replying as an author -----------------------------------------------------


def test_author_replies_as_themselves_with_a_badge(
    admin_client, post, author, django_capture_on_commit_callbacks
):
    admin = get_user_model().objects.get(is_superuser=True)
    author.user = admin
    author.save()
    question = make_comment(post, "A question", email="q@example.org", followup=True)
    page = admin_client.get(inspect_url(question)).content.decode()
    assert "Reply as yourself" in page and 'name="text"' in page
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(inspect_url(question), {"text": "Here is an answer."})
    assert response.status_code == 302 and response["Location"] == inspect_url(question)
    reply = Comment.objects.get(comment="Here is an answer.")
    assert reply.parent_id == question.pk and reply.level == 1
    assert reply.user == admin and reply.user_name == "Sam Rivers"
    assert reply.badge == Comment.Badge.AUTHOR and reply.is_published
    assert [m.to for m in mail.outbox] == [["q@example.org"]]
    follow = admin_client.get(response["Location"]).content.decode()
    assert "Your reply is published." in follow and "Here is an answer." in follow


def test_reply_from_an_editor_without_a_profile_follows_the_hold_policy(editor_client, post):
    question = make_comment(post, "A question")
    response = editor_client.post(inspect_url(question), {"text": "An editor's answer"})
    reply = Comment.objects.get(comment="An editor's answer")
    assert reply.badge == "" and reply.state == State.AWAITING
    page = editor_client.get(response["Location"]).content.decode()
    assert "Your reply is waiting for moderation (first comment from this address)." in page


def test_reply_refused_at_the_depth_limit_and_for_unpublished_comments(admin_client, post):
    comment = make_comment(post, "Level 0")
    for level in range(1, 4):
        comment = make_comment(post, f"Level {level}", parent=comment)
    assert comment.level == 3
    count = Comment.objects.count()
    page = admin_client.get(inspect_url(comment)).content.decode()
    assert "deepest level" in page and 'name="text"' not in page
    response = admin_client.post(inspect_url(comment), {"text": "Too deep"})
    assert response.status_code == 302
    assert Comment.objects.count() == count
    follow = admin_client.get(response["Location"]).content.decode()
    assert "Your reply was not posted." in follow

    held = make_comment(post, "Held", state=State.AWAITING)
    admin_client.post(inspect_url(held), {"text": "Not yet"})
    assert not Comment.objects.filter(comment="Not yet").exists()


def test_empty_reply_shows_the_form_again(admin_client, post):
    question = make_comment(post, "A question")
    response = admin_client.post(inspect_url(question), {"text": "  "})
    assert response.status_code == 200
    assert "Write your reply before sending it." in response.content.decode()
    assert Comment.objects.count() == 1


def test_reply_through_create_comment_appears_in_the_listing(admin_client, post, config):
    create_comment(post, text="Made by create_comment", config=config, name="Cy", email="c@e.org")
    assert "Made by create_comment" in listed(admin_client)


# Hostile input -------------------------------------------------------------


def test_hostile_names_and_text_are_inert_in_the_admin(admin_client, post):
    payloads = xss_payloads(limit=60)
    comments = [
        make_comment(post, payload, name=payload[:50], state=State.AWAITING) for payload in payloads
    ]
    tagged = [p for p in payloads if "<" in p]
    assert tagged

    def assert_escaped(html, texts):
        for text in texts:
            if "<" in text:
                assert text not in html, text

    listing = admin_client.get(INDEX, {"state": "awaiting"}).content.decode()
    assert_escaped(listing, [c.user_name for c in comments])
    for comment in comments[:25]:
        page = admin_client.get(inspect_url(comment)).content.decode()
        assert_escaped(page, [comment.comment, comment.user_name])
        text_block = BeautifulSoup(page, "html.parser").find(id="comment-text")
        for tag in text_block.find_all(True):
            assert tag.name in {"p", "br", "a"}, comment.comment
            assert set(tag.attrs) <= {"href", "rel"}, comment.comment
            if tag.name == "a":
                assert tag["href"].startswith(("http://", "https://")), comment.comment
        edit = admin_client.get(reverse("discussion_comment:edit", args=[comment.pk]))
        assert_escaped(edit.content.decode(), [comment.comment, comment.user_name])
    response = admin_client.post(moderate_url(comments[0]), {"action": "approve"}, follow=True)
    assert_escaped(response.content.decode(), [comments[0].user_name])
    confirm = admin_client.get(bulk_url("remove", *[c.pk for c in comments[:10]]))
    assert_escaped(confirm.content.decode(), [c.user_name for c in comments[:10]])
    history = admin_client.get(reverse("discussion_comment:history", args=[comments[0].pk]))
    assert_escaped(history.content.decode(), [comments[0].comment[:60]])
    found = admin_client.post(
        reverse("discussion_erasure:erase"), {"step": "find", "email": "rowan@example.org"}
    )
    assert_escaped(found.content.decode(), [c.user_name for c in comments])


# Who may moderate ----------------------------------------------------------


def admin_urls(comment):
    return [
        INDEX,
        reverse("discussion_comment:index_results"),
        inspect_url(comment),
        reverse("discussion_comment:edit", args=[comment.pk]),
        reverse("discussion_comment:history", args=[comment.pk]),
        bulk_url("approve", comment.pk),
    ]


def test_editors_and_admins_may_moderate(admin_client, editor_client, post):
    comment = make_comment(post, state=State.AWAITING)
    for client in (admin_client, editor_client):
        for url in admin_urls(comment):
            assert client.get(url).status_code == 200, url
    editor_client.post(moderate_url(comment), {"action": "approve"})
    assert state_of(comment) == State.PUBLISHED


def test_guest_contributors_and_viewers_may_not(client, post):
    comment = make_comment(post, state=State.AWAITING)
    _, contributor = make_contributor("Gil Guest")
    viewer = get_user_model().objects.create_user("viewer@example.org", "viewer@example.org", "x")
    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_comment", content_type__app_label="discussion"),
    )
    for user in (contributor, viewer):
        client.force_login(user)
        for url in admin_urls(comment):
            assert client.get(url).status_code in (302, 403), (user, url)
        assert client.post(moderate_url(comment), {"action": "approve"}).status_code in (302, 403)
        assert client.post(bulk_url("approve", comment.pk)).status_code in (302, 403)
        assert client.post(inspect_url(comment), {"text": "Sneaky"}).status_code in (302, 403)
    client.logout()
    for url in admin_urls(comment):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url
    assert state_of(comment) == State.AWAITING
    assert not Comment.objects.filter(comment="Sneaky").exists()
