"""Readers comment without an account: posting, threading, the moderation
policy, closing, spam defences and the site's CSRF defence for cached pages."""

import datetime
import re
import time
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.contrib.sites.models import Site as DjangoSite
from django.urls import reverse
from django_comments.models import Comment as BaseComment
from wagtail.models import PageViewRestriction, Site

from blog.models import ContentWarning, PostWarning
from discussion.forms import STAMP_MAX_AGE, new_stamp
from discussion.models import Comment, Like
from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.discussion.factories import (
    ORIGIN,
    comment_settings,
    form_data,
    make_comment,
    post_comment,
)
from tests.guestposts.factories import GuestPostIndexPageFactory, make_contributor, make_editor
from tests.html import text


@pytest.fixture
def config(site_tree):
    return comment_settings(min_seconds=0)


def page_html(client, post, query=""):
    return client.get(post.url + query).content.decode()


def comments_section(html):
    return html[html.index('<section class="comments"') :]


# Posting and the moderation policy


def test_first_comment_from_an_address_is_held_and_the_reader_sees_it(client, post, config):
    response = post_comment(client, post, comment="First time here.\n\nThank you.")
    assert response.status_code == 302
    held = client.get(response["Location"])
    assert "Your comment is held for moderation" in held.content.decode()
    assert "First time here." in held.content.decode()
    comment = Comment.objects.get()
    assert comment.state == Comment.State.AWAITING
    assert comment.held_reason == "First comment from this address"
    assert comment.post == post and comment.level == 0
    assert comment.ip_address is None  # not kept: the rate limit needs it only in passing
    assert "First time here." not in page_html(client, post)


def test_an_address_with_an_approved_comment_publishes_at_once(client, post, config):
    make_comment(post, email="Priya@Example.org")
    response = post_comment(client, post, email="priya@example.org", comment="Back again.")
    comment = Comment.objects.latest("pk")
    assert comment.is_published
    assert response["Location"] == f"{post.url}#comment-{comment.pk}"
    assert "Back again." in page_html(client, post)


def test_a_held_or_removed_comment_does_not_make_an_address_known(client, post, config):
    make_comment(post, state=Comment.State.AWAITING)
    make_comment(post, state=Comment.State.REMOVED)
    post_comment(client, post, email="reader@example.org")
    assert Comment.objects.latest("pk").state == Comment.State.AWAITING


@pytest.mark.parametrize(
    "moderation,holds_comments,held",
    [
        ("all", False, True),
        ("warnings", True, True),
        ("warnings", False, False),
        ("first", True, False),
    ],
)
def test_posts_can_hold_every_comment(client, post, config, moderation, holds_comments, held):
    warning = ContentWarning.objects.create(
        name="Suicide",
        slug="suicide",
        label="Suicide",
        description="x",
        holds_comments=holds_comments,
    )
    PostWarning.objects.create(page=post, warning=warning)
    post.comment_moderation = moderation
    post.save_revision().publish()
    make_comment(post, email="known@example.org")
    post_comment(client, post, email="known@example.org")
    comment = Comment.objects.latest("pk")
    assert (comment.state == Comment.State.AWAITING) is held
    if held:
        assert comment.held_reason == "This post holds every comment"


def test_the_first_comment_rule_can_be_switched_off(client, post, config):
    comment_settings(hold_first_comment=False)
    post_comment(client, post)
    assert Comment.objects.get().is_published


def test_a_held_word_holds_a_comment_even_from_a_known_address(client, post, config):
    comment_settings(held_words="casino\nfree money\n")
    make_comment(post, email="known@example.org")
    post_comment(client, post, email="known@example.org", comment="Try our FREE MONEY offer")
    comment = Comment.objects.latest("pk")
    assert comment.state == Comment.State.AWAITING
    assert comment.held_reason == "Contains a held word: free money"
    # Whole words only: "casinos" is not "casino".
    post_comment(client, post, email="known@example.org", comment="Two casinos closed nearby.")
    assert Comment.objects.latest("pk").is_published


# Threads


def test_replies_nest_three_levels_and_no_deeper(client, post, config):
    make_comment(post, email="priya@example.org")  # makes the address known
    root = make_comment(post, text="Level nought.")
    parent = root
    for level in (1, 2, 3):
        post_comment(client, post, parent=str(parent.pk), comment=f"Reply at level {level}.")
        parent = Comment.objects.latest("pk")
        assert parent.level == level and parent.thread_id == root.pk and parent.is_published
    count = Comment.objects.count()
    response = post_comment(client, post, parent=str(parent.pk), comment="Too deep to keep.")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Replies can&#x27;t go any deeper" in html or "Replies can't go any deeper" in html
    assert "Too deep to keep." in html
    assert Comment.objects.count() == count
    # Sent again as shown, it becomes a new conversation.
    assert 'name="parent" value=""' in html
    post_comment(client, post, parent="", comment="Too deep to keep.")
    assert Comment.objects.latest("pk").level == 0
    # The deepest comment offers no reply link; the others do.
    page = page_html(client, post)
    assert reverse("comment_reply", args=[parent.pk]) not in page
    assert reverse("comment_reply", args=[root.pk]) in page
    assert client.get(reverse("comment_reply", args=[parent.pk])).status_code == 302


@pytest.mark.parametrize("target", ["other_post", "held", "removed", "missing", "garbage", "huge"])
def test_a_reply_must_target_a_published_comment_on_the_same_post(
    client, blog, post, config, target
):
    other = BlogPageFactory(parent=blog)
    parents = {
        "other_post": lambda: str(make_comment(other).pk),
        "held": lambda: str(make_comment(post, state=Comment.State.AWAITING).pk),
        "removed": lambda: str(make_comment(post, state=Comment.State.REMOVED).pk),
        "missing": lambda: "987654",
        "garbage": lambda: "1 OR 1=1",
        "huge": lambda: "9" * 40,
    }
    parent = parents[target]()
    before = Comment.objects.count()
    response = post_comment(client, post, parent=parent, comment="Where does this go?")
    assert response.status_code == 400
    html = response.content.decode()
    assert "no longer available" in html
    assert "Where does this go?" in html
    assert Comment.objects.count() == before


def test_reply_page_shows_the_comment_and_a_form_for_the_reply(client, post, config):
    parent = make_comment(post, text="Does anyone use the worry-time worksheet?", name="Ana")
    html = client.get(reverse("comment_reply", args=[parent.pk])).content.decode()
    assert "Reply to Ana" in html
    assert "worry-time worksheet" in html
    assert f'name="parent" value="{parent.pk}"' in html
    held = make_comment(post, state=Comment.State.AWAITING)
    assert client.get(reverse("comment_reply", args=[held.pk])).status_code == 404


def test_thread_is_oldest_first_with_replies_nested(client, post, config):
    first = make_comment(post, text="Oldest conversation.")
    second = make_comment(post, text="Newer conversation.")
    reply = make_comment(post, text="A reply to the oldest.", parent=first)
    html = comments_section(page_html(client, post))
    assert html.index("Oldest conversation.") < html.index("A reply to the oldest.")
    assert html.index("A reply to the oldest.") < html.index("Newer conversation.")
    soup = BeautifulSoup(html, "html.parser")
    nested = soup.select_one(f"#comment-{first.pk} ol.comment-list--replies #comment-{reply.pk}")
    assert nested is not None
    assert soup.select_one(f"#comment-{second.pk} a[href='/comments/{second.pk}/']")
    assert "3 comments" in text(html)


def test_every_post_shows_its_comment_count_on_cards(client, blog, post, config):
    make_comment(post)
    make_comment(post)
    make_comment(post, state=Comment.State.AWAITING)
    make_comment(post, state=Comment.State.SPAM)
    listing = client.get(blog.url).content.decode()
    assert "2 comments" in text(listing)
    assert f"{post.url}#comments" in listing


def test_guest_posts_have_comments_too(client, blog, config):
    index = GuestPostIndexPageFactory(parent=blog)
    author, _ = make_contributor("Hana Holt")
    guest_post = BlogPageFactory(parent=index, authors=[author])
    make_comment(guest_post, text="Lovely to hear from a manager.")
    assert "Lovely to hear from a manager." in page_html(client, guest_post)


# Closing


def test_closed_post_keeps_its_thread_readable_and_refuses_new_comments(client, post, config):
    make_comment(post, text="Said before it closed.")
    post.comments_open = False
    post.save_revision().publish()
    html = page_html(client, post)
    assert "Said before it closed." in html
    assert "Comments are closed on this post." in html
    assert 'id="comment-form"' not in html
    assert "/reply/" not in html
    response = post_comment(client, post, comment="Too late, but keep my words.")
    assert response.status_code == 403
    assert "Too late, but keep my words." in response.content.decode()
    assert Comment.objects.count() == 1


def test_comments_close_automatically_after_the_configured_days(client, blog, config):
    comment_settings(close_after_days=14)
    old = BlogPageFactory(parent=blog, date=datetime.date.today() - datetime.timedelta(days=15))
    recent = BlogPageFactory(parent=blog, date=datetime.date.today() - datetime.timedelta(days=13))
    assert post_comment(client, old).status_code == 403
    assert post_comment(client, recent).status_code == 302
    assert "Comments are closed" in page_html(client, old)


# Bad input and abuse


def test_validation_errors_keep_everything_the_reader_typed(client, post, config):
    response = post_comment(
        client, post, name="", email="not-an-address", url="Ünïcode", comment="Keep me, please."
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert "Enter the name to show with your comment." in html
    assert "Enter an email address in the form name@example.org." in html
    assert "Keep me, please." in html and 'value="not-an-address"' in html
    assert Comment.objects.count() == 0


def test_errors_on_a_warned_post_open_its_gate_so_the_reader_sees_them(client, post, config):
    warning = ContentWarning.objects.create(
        name="Grief", slug="grief", label="Grief", description="x"
    )
    PostWarning.objects.create(page=post, warning=warning)
    post.save_revision().publish()
    assert 'id="post-gate" data-gate="post" data-warnings="grief">' in page_html(client, post)
    html = post_comment(client, post, name="").content.decode()
    assert 'data-warnings="grief" open>' in html
    gate = html[html.index('id="post-gate"') :]
    assert gate.index('id="comments"') < gate.index("</details>")


def test_form_states_its_limits(client, post, config):
    html = page_html(client, post)
    assert "up to 3,000 characters and 2 links" in html
    assert "Up to 50 characters." in html
    # After an error the browser lands on the form, not the top of the post.
    assert f'action="/comments/post/{post.pk}/#comment-form"' in html
    assert 'maxlength="50"' in html


def test_too_many_links_is_refused_with_the_text_kept(client, post, config):
    links = "See https://a.example/ and https://b.example/ and http://c.example/x"
    response = post_comment(client, post, comment=links)
    assert response.status_code == 400
    assert "up to 2 links; this one has 3" in response.content.decode()
    assert "https://b.example/" in response.content.decode()


def test_too_long_a_comment_says_how_long_it_was(client, post, config):
    response = post_comment(client, post, comment="x" * 3001)
    assert "3000 characters or fewer (it has 3001)" in response.content.decode()


def test_honeypot_saves_nothing_and_tells_the_bot_nothing(client, post, config):
    response = post_comment(client, post, website="http://spam.example/")
    assert response.status_code == 200
    assert "held for moderation" in response.content.decode()
    assert Comment.objects.count() == 0


def test_a_form_sent_too_soon_after_it_was_shown_is_refused(client, post, config):
    comment_settings(min_seconds=30)
    response = post_comment(client, post, comment="Typed at inhuman speed.")
    assert response.status_code == 400
    html = response.content.decode()
    assert "quicker than a person can type" in html and "Typed at inhuman speed." in html
    assert Comment.objects.count() == 0


def stamp_in(html):
    return re.search(r'name="stamp" value="([^"]+)"', html).group(1)


def old_stamp(seconds):
    then = time.time() - seconds
    with mock.patch("django.core.signing.time.time", return_value=then):
        return new_stamp()


@pytest.mark.parametrize(
    "stamp",
    ["", "garbage", new_stamp()[:-3] + "abc", "1700000000", "expired"],
)
def test_a_comment_without_a_usable_stamp_is_confirmed_before_it_is_sent(
    client, post, config, stamp
):
    # No JavaScript (cached pages carry no stamp), an old tab, or a forgery.
    if stamp == "expired":
        stamp = old_stamp(STAMP_MAX_AGE + 60)
    response = post_comment(client, post, stamp=stamp, comment="Kept while I confirm.")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Check your comment" in html and "Kept while I confirm." in html
    assert Comment.objects.count() == 0

    response = post_comment(client, post, stamp=stamp_in(html), comment="Kept while I confirm.")
    assert response.status_code == 302
    assert Comment.objects.get().comment == "Kept while I confirm."


def test_an_80_minute_old_stamp_is_not_accepted(client, post, config):
    # Issue 13, finding 9.
    response = post_comment(client, post, stamp=old_stamp(80 * 60))
    assert "Check your comment" in response.content.decode()
    assert Comment.objects.count() == 0


def test_a_stamp_serves_one_comment(client, post, config):
    stamp = new_stamp()
    assert post_comment(client, post, stamp=stamp, comment="First.").status_code == 302
    again = post_comment(client, post, stamp=stamp, comment="Second, same stamp.")
    assert "Check your comment" in again.content.decode()
    assert list(Comment.objects.values_list("comment", flat=True)) == ["First."]


def test_the_confirm_step_still_waits_the_minimum_delay(client, post, config):
    comment_settings(min_seconds=30)
    html = post_comment(client, post, stamp="").content.decode()
    response = post_comment(client, post, stamp=stamp_in(html))
    assert response.status_code == 400
    assert "quicker than a person can type" in response.content.decode()
    assert Comment.objects.count() == 0


def test_the_post_page_carries_no_stamp_and_the_like_state_brings_one(client, post, config):
    html = client.get(post.url).content.decode()
    assert 'name="stamp" value=""' in html
    state = client.get(reverse("like_state", args=[post.pk])).json()
    assert post_comment(client, post, stamp=state["stamp"]).status_code == 302
    assert Comment.objects.count() == 1


def test_rate_limit_answers_429_and_keeps_the_comment(client, post, config, settings):
    settings.COMMENT_RATE_LIMIT = 2
    for n in range(2):
        assert post_comment(client, post, comment=f"Number {n}").status_code == 302
    response = post_comment(client, post, comment="The third, kept for you.")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Please wait a little" in html and "The third, kept for you." in html
    assert Comment.objects.count() == 2


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://evil.example/page"},
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": ORIGIN},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
    ],
)
def test_posts_from_other_sites_are_refused(client, post, config, headers):
    response = client.post(reverse("comment_post", args=[post.pk]), form_data(), **headers)
    assert response.status_code == 403
    assert "came from somewhere else" in response.content.decode()
    assert Comment.objects.count() == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "same-origin"},
        {"HTTP_ORIGIN": ORIGIN},
        {"HTTP_REFERER": f"{ORIGIN}/blog/some-post/"},
    ],
)
def test_posts_from_our_own_pages_are_accepted(client, post, config, headers):
    response = client.post(reverse("comment_post", args=[post.pk]), form_data(), **headers)
    assert response.status_code == 302


def test_post_pages_stay_cacheable_with_comments(client, post, config):
    make_comment(post, email="secret.address@example.org")
    response = client.get(post.url)
    html = response.content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert "Set-Cookie" not in response.headers
    assert "secret.address@example.org" not in html


@pytest.mark.parametrize("state", ["draft", "private"])
def test_no_commenting_on_drafts_or_private_posts(client, post, config, state):
    comment = make_comment(post)
    if state == "draft":
        post.unpublish()
    else:
        PageViewRestriction.objects.create(page=post, restriction_type="password", password="x")
    assert post_comment(client, post).status_code == 404
    assert client.get(reverse("comment_permalink", args=[comment.pk])).status_code == 404
    assert client.get(reverse("comment_reply", args=[comment.pk])).status_code == 404


@pytest.mark.parametrize("path", ["/comments/post/abc/", "/comments/99999999999999999999/"])
def test_malformed_addresses_are_not_found(client, config, path):
    assert client.get(path).status_code == 404


def test_get_on_the_posting_address_is_refused(client, post, config):
    assert client.get(reverse("comment_post", args=[post.pk])).status_code == 405


# Signed-in authors


def test_staff_author_replies_as_themselves_with_an_author_badge(client, post, author, config):
    editor = make_editor("Sam Rivers")
    author.user = editor
    author.save()
    question = make_comment(post, text="Is there a worksheet?", name="Ana")
    client.force_login(editor)
    response = post_comment(
        client,
        post,
        parent=str(question.pk),
        name="Someone Else",
        email="forged@example.org",
        comment="Yes: it is linked at the end.",
    )
    reply = Comment.objects.latest("pk")
    assert response.status_code == 302
    assert reply.user == editor and reply.user_name == "Sam Rivers"
    assert reply.user_email == editor.email and reply.badge == Comment.Badge.AUTHOR
    assert reply.is_published
    client.logout()
    html = comments_section(page_html(client, post))
    assert re.search(r"Sam Rivers</span>\s*<span class=\"comment__badge\">Author</span>", html)


def test_signed_in_form_asks_for_no_name_or_address(client, post, config):
    client.force_login(make_editor())
    html = comments_section(page_html(client, post))
    assert "You are signed in" in html
    assert 'name="email"' not in html


def test_guest_contributor_is_guest_author_on_their_own_post_only(client, blog, config):
    index = GuestPostIndexPageFactory(parent=blog)
    author, user = make_contributor("Hana Holt")
    own = BlogPageFactory(parent=index, authors=[author])
    other = BlogPageFactory(parent=blog, authors=[AuthorFactory()])
    client.force_login(user)
    post_comment(client, own, comment="Thanks for reading.")
    assert Comment.objects.latest("pk").badge == Comment.Badge.GUEST_AUTHOR
    post_comment(client, other, comment="Great post.")
    assert Comment.objects.latest("pk").badge == ""


# Plain text


def test_comment_text_is_plain_with_paragraphs_line_breaks_and_bare_links(client, post, config):
    text_in = (
        "First line\nsecond line\n\n<b>not bold</b> **not bold** _nor this_\n\n"
        "See https://example.org/guide_(2024). And javascript:alert(1)"
    )
    make_comment(post, text=text_in, user_url="https://example.org/me")
    html = comments_section(page_html(client, post))
    assert "<p>First line<br>second line</p>" in html
    assert "&lt;b&gt;not bold&lt;/b&gt; **not bold** _nor this_" in html
    assert (
        '<a href="https://example.org/guide_(2024)" rel="nofollow ugc">https://example.org/guide_(2024)</a>.'
        in html
    )
    assert 'href="javascript' not in html
    assert '<a href="https://example.org/me" rel="nofollow ugc">Reader</a>' in html


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/", "data:text/html,x"])
def test_website_must_be_a_web_address(client, post, config, url):
    response = post_comment(client, post, url=url)
    assert response.status_code == 400
    assert "Enter a web address starting with https:// or http://." in response.content.decode()


def test_django_site_follows_the_wagtail_default_site(site_tree):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "commonroom.example", 8443
    site.save()
    assert DjangoSite.objects.get_current().domain == "commonroom.example:8443"
    site.port = 443
    site.save()
    assert DjangoSite.objects.get_current().domain == "commonroom.example"


def test_posts_give_xtd_their_address(post):
    assert post.get_absolute_url() == post.url


def test_deleting_a_post_deletes_its_comments_and_likes_entirely(post, config):
    comment = make_comment(post)
    make_comment(post, parent=comment)
    Like.objects.create(post=post, comment=comment, reader="a" * 32)
    post.delete()
    assert not Comment.objects.exists() and not Like.objects.exists()
    assert not BaseComment.objects.exists()
