"""Hostile and malformed input in every comment field: stored as typed,
inert wherever it is shown (the post, the reply and held pages, emails), and
never a 500."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

from discussion.models import Comment
from tests.discussion.factories import comment_settings, make_comment, post_comment
from tests.hostile import naughty_strings, xss_payloads
from tests.html import inert


@pytest.fixture
def config(site_tree, settings):
    settings.COMMENT_RATE_LIMIT = 10_000
    return comment_settings(min_seconds=0, hold_first_comment=False, max_links=20)


def comment_parts(html):
    """The parts of the comments section that hold what readers typed."""
    soup = BeautifulSoup(html, "html.parser")
    section = soup.select_one("#comments")
    parts = section.select(".comment__text, .comment__author")
    return "".join(str(part) for part in parts)


def test_xss_payloads_are_stored_faithfully_and_rendered_inert(client, post, config):
    payloads = xss_payloads(limit=120)
    for payload in payloads:
        response = post_comment(client, post, name=payload[:50], comment=payload)
        assert response.status_code in (302, 400), payload
    saved = list(Comment.objects.order_by("pk"))
    assert len(saved) >= len(payloads) - 5  # a few are whitespace-only or hold a NUL
    for comment in saved:
        assert comment.comment in {p.strip() for p in payloads}
    html = client.get(post.url).content.decode()
    assert inert(comment_parts(html))
    for comment in saved[:20]:
        reply_page = client.get(reverse("comment_reply", args=[comment.pk])).content.decode()
        quoted = BeautifulSoup(reply_page, "html.parser").select_one(".comment-quote")
        assert inert(str(quoted))


def test_naughty_strings_never_cause_a_500_and_are_kept_on_errors(client, post, config):
    for n, value in enumerate(naughty_strings()):
        for field in ("name", "email", "url", "comment", "parent", "stamp", "followup"):
            response = post_comment(client, post, **{field: value})
            assert response.status_code in (200, 302, 400), (field, value)
            if response.status_code == 400 and field in ("name", "comment") and value.strip():
                # What the reader typed comes back to them (escaped).
                assert "There is a problem" in response.content.decode()
        if n > 60:
            break


def test_hostile_page_parameters_are_harmless(client, post, config):
    make_comment(post)
    for value in naughty_strings()[:60] + ["-1", "0", "99999999999999999999", "1e9"]:
        response = client.get(post.url, {"comments": value})
        assert response.status_code == 200, value


def test_held_page_shows_hostile_text_inert(client, post, config):
    comment_settings(hold_first_comment=True)
    payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    response = post_comment(client, post, comment=payload)
    held = client.get(response["Location"]).content.decode()
    quoted = BeautifulSoup(held, "html.parser").select_one(".comment-quote")
    assert inert(str(quoted))
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in held


@pytest.mark.parametrize("token", ["x", "a:b:c", "<script>", "..%2f..%2f"])
def test_forged_tokens_are_refused_cleanly(client, config, token):
    for name in ("comment_held", "comment_replies_confirm", "comment_replies_stop"):
        response = client.get(reverse(name, args=[token]))
        assert response.status_code in (400, 404)


def test_hostile_names_and_text_stay_plain_in_reply_emails(
    client, post, config, django_capture_on_commit_callbacks
):
    payload = "Evil\r\nBcc: victim@example.org <script>alert(1)</script>"
    followed = make_comment(post, followup=True, email="follower@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(client, post, name=payload[:50], comment=payload, parent=str(followed.pk))
    [email] = mail.outbox
    assert email.to == ["follower@example.org"]
    assert "\n" not in email.subject and "Bcc" not in email.subject
    assert not getattr(email, "alternatives", None)
    assert "<script>alert(1)</script>" in email.body  # plain text: shown, never run
    assert email.extra_headers.get("Bcc") is None and not email.bcc
