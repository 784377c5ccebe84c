"""“Email me when someone replies”: the address confirms first, reply emails
go through the task queue once per reply, and every email can stop them."""

import re
import time
from unittest import mock

import pytest
from django.core import mail, signing
from django.urls import reverse

from discussion import tokens
from discussion.models import Comment
from discussion.posting import moderate
from tests.discussion.factories import comment_settings, make_comment, post_comment
from tests.guestposts.factories import make_editor


@pytest.fixture
def config(site_tree):
    return comment_settings(min_seconds=0)


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def link(email, name):
    match = re.search(r"http://testserver(/comments/replies/" + name + r"/[^/\s]+/)", email.body)
    assert match, email.body
    return match.group(1)


def test_asking_for_replies_sends_a_confirmation_first(client, post, config, on_commit):
    with on_commit():
        post_comment(client, post, followup="on", email="asker@example.org")
    comment = Comment.objects.get()
    assert comment.followup is False
    [email] = mail.outbox
    assert email.to == ["asker@example.org"]
    assert "Confirm reply emails" in email.subject
    # Opening the link (as a mail scanner does) only asks.
    page = client.get(link(email, "confirm"))
    assert "Confirm reply emails" in page.content.decode()
    comment.refresh_from_db()
    assert comment.followup is False
    response = client.post(link(email, "confirm"))
    assert "Reply emails confirmed" in response.content.decode()
    comment.refresh_from_db()
    assert comment.followup is True


def test_an_old_confirmation_link_cannot_undo_a_stop(client, post, config, on_commit):
    with on_commit():
        post_comment(client, post, followup="on", email="asker@example.org")
    confirm = link(mail.outbox[0], "confirm")
    client.post(confirm)
    comment = Comment.objects.get()
    stop = reverse("comment_replies_stop", args=[tokens.make_token(comment, tokens.STOP_REPLIES)])
    client.post(stop)
    for method in (client.get, client.post):
        refused = method(confirm)
        assert refused.status_code == 400
        assert "You stopped reply emails" in refused.content.decode()
    comment.refresh_from_db()
    assert comment.followup is False


def test_no_confirmation_when_not_asked(client, post, config, on_commit):
    with on_commit():
        post_comment(client, post)
    assert mail.outbox == []


def test_a_signed_in_user_needs_no_confirmation(client, post, config, on_commit):
    client.force_login(make_editor())
    with on_commit():
        post_comment(client, post, followup="on")
    assert Comment.objects.get().followup is True
    assert mail.outbox == []


def test_a_published_reply_emails_confirmed_followers_above_it_once(
    client, post, config, on_commit
):
    root = make_comment(post, email="root@example.org", followup=True, name="Root")
    middle = make_comment(post, parent=root, email="middle@example.org", followup=True)
    unconfirmed = make_comment(post, parent=middle, email="quiet@example.org")
    elsewhere = make_comment(post, email="other@example.org", followup=True)
    make_comment(post, email="replier@example.org")  # makes the replier's address known
    with on_commit():
        post_comment(
            client, post, parent=str(unconfirmed.pk), email="replier@example.org", comment="Agreed!"
        )
    reply = Comment.objects.latest("pk")
    assert reply.is_published
    assert sorted(address for email in mail.outbox for address in email.to) == [
        "middle@example.org",
        "root@example.org",
    ]
    email = next(e for e in mail.outbox if e.to == ["root@example.org"])
    assert "Agreed!" in email.body
    assert f"http://testserver/comments/{reply.pk}/" in email.body
    stop = link(email, "stop")
    assert email.extra_headers["List-Unsubscribe"] == f"<http://testserver{stop}>"
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert elsewhere.user_email not in str([e.to for e in mail.outbox])
    # Publishing again tells nobody again.
    mail.outbox.clear()
    with on_commit():
        moderate(reply, Comment.State.REMOVED)
        moderate(reply, Comment.State.PUBLISHED)
    assert mail.outbox == []


def test_a_held_reply_emails_followers_when_approved(client, post, config, on_commit):
    root = make_comment(post, email="root@example.org", followup=True)
    with on_commit():
        post_comment(client, post, parent=str(root.pk), email="new@example.org")
    reply = Comment.objects.latest("pk")
    assert reply.state == Comment.State.AWAITING
    assert mail.outbox == []
    with on_commit():
        moderate(reply, Comment.State.PUBLISHED)
    assert [email.to for email in mail.outbox] == [["root@example.org"]]


def test_nobody_is_emailed_about_their_own_reply(client, post, config, on_commit):
    root = make_comment(post, email="Me@example.org", followup=True)
    with on_commit():
        post_comment(client, post, parent=str(root.pk), email="me@example.org")
    assert mail.outbox == []


def test_stop_link_asks_first_then_stops_every_reply_email_on_that_post(
    client, post, config, on_commit
):
    first = make_comment(post, email="me@example.org", followup=True)
    second = make_comment(post, email="ME@example.org", followup=True)
    token = tokens.make_token(first, tokens.STOP_REPLIES)
    url = reverse("comment_replies_stop", args=[token])
    page = client.get(url)
    assert "Stop reply emails" in page.content.decode()
    first.refresh_from_db()
    assert first.followup is True  # a link checker's GET changes nothing
    # One-click unsubscribe: a mail client's POST carries no Origin.
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert "Reply emails stopped" in response.content.decode()
    assert not Comment.objects.filter(pk__in=[first.pk, second.pk], followup=True).exists()


def test_a_token_for_one_action_cannot_do_another(client, post, config):
    comment = make_comment(post, email="me@example.org")
    held = tokens.make_token(comment, tokens.HELD)
    assert client.get(reverse("comment_replies_confirm", args=[held])).status_code == 400
    assert client.get(reverse("comment_replies_stop", args=[held])).status_code == 400


def test_confirmation_links_expire(client, post, config):
    comment = make_comment(post, email="me@example.org")
    token = tokens.make_token(comment, tokens.CONFIRM_REPLIES)
    later = time.time() + tokens.MAX_AGE[tokens.CONFIRM_REPLIES] + 60
    with mock.patch("django.core.signing.time.time", return_value=later):
        response = client.post(reverse("comment_replies_confirm", args=[token]))
    assert response.status_code == 400
    assert "expired" in response.content.decode()
    comment.refresh_from_db()
    assert comment.followup is False


def test_a_token_stops_working_once_the_address_is_erased(client, post, config):
    comment = make_comment(post, email="me@example.org", followup=True)
    token = tokens.make_token(comment, tokens.STOP_REPLIES)
    comment.user_email = ""
    comment.save()
    assert client.get(reverse("comment_replies_stop", args=[token])).status_code == 400


def test_tokens_carry_json_not_pickles(post, config):
    comment = make_comment(post)
    data = signing.loads(tokens.make_token(comment, tokens.HELD), salt=tokens.SALT)
    assert set(data) == {"c", "a", "k"}
    assert "reader@example.org" not in str(data)
