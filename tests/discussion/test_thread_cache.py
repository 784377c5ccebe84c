"""The rendered thread kept between page renders (discussion/threadcache.py)
is never stale. Each event test renders the post so that its thread is kept,
makes the change as a moderator, reader or editor would (committing it, as a
request does), and renders the post again. The post is read with a query
string the page cache doesn't keep (`?ref=`), so each response is a render:
what it shows comes from the kept thread or from the database."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from discussion import erasure
from discussion.models import Comment, Like
from tests.discussion.factories import comment_settings, make_comment

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def config(site_tree):
    return comment_settings(min_seconds=0, threads_per_page=5)


def url(post):
    return post.url + "?ref=share"


def kept(client, post):
    """The post rendered twice, the second time with the thread it kept."""
    first = client.get(url(post))
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url(post))
    assert "X-Page-Cache" not in second  # a render, not a cached page
    return first, second, len(queries)


def render(client, post):
    return client.get(url(post)).content.decode()


def test_the_kept_thread_renders_the_same_page_in_fewer_queries(client, post, config):
    for n in range(12):
        make_comment(post, text=f"Conversation {n}.")
    cold = CaptureQueriesContext(connection)
    with cold:
        first = client.get(url(post))
    with CaptureQueriesContext(connection) as warm:
        second = client.get(url(post))
    assert second.content == first.content
    assert len(warm) < len(cold)
    # Each page of conversations is kept apart.
    assert "Conversation 5." in render_page(client, post, 2)
    assert "Conversation 5." not in render(client, post)


def render_page(client, post, number):
    return client.get(post.url, {"comments": number, "ref": "share"}).content.decode()


def test_a_comment_approved(admin_client, client, post, config, commit):
    comment = make_comment(post, text="Waiting for a moderator.", state=Comment.State.AWAITING)
    kept(client, post)
    with commit():
        admin_client.post(
            reverse("discussion_comment:moderate", args=[comment.pk]), {"action": "approve"}
        )
    html = render(client, post)
    assert "Waiting for a moderator." in html and "1 comment" in html


def test_a_comment_removed(admin_client, client, post, config, commit):
    comment = make_comment(post, text="Soon to go.")
    make_comment(post, text="A reply that stays.", parent=comment)
    kept(client, post)
    with commit():
        admin_client.post(
            reverse("discussion_comment:moderate", args=[comment.pk]), {"action": "remove"}
        )
    html = render(client, post)
    assert "Soon to go." not in html and "This comment was removed." in html


def test_a_comment_edited(client, post, config, commit):
    comment = make_comment(post, text="Before the edit.")
    kept(client, post)
    with commit():
        comment.comment = "Changed by a moderator."
        comment.save()
    html = render(client, post)
    assert "Before the edit." not in html and "Changed by a moderator." in html


def test_a_commenter_erased(client, post, config, commit):
    make_comment(post, text="Please forget me.", name="Pat Erasable", email="pat@example.org")
    kept(client, post)
    with commit():
        erasure.erase("pat@example.org", "delete", user=None)
    html = render(client, post)
    assert "Pat Erasable" not in html and "Please forget me." not in html


def test_a_like(client, post, config, commit):
    comment = make_comment(post, text="Worth a like.")
    kept(client, post)
    with commit():
        Like.objects.create(post=post, comment=comment, reader="a" * 32)
    assert "<span data-like-count>1</span> like</span>" in render(client, post)


def test_the_post_published_with_comments_closed(client, post, config, commit):
    make_comment(post, text="Replies welcome.")
    assert "comment__reply" in kept(client, post)[1].content.decode()
    with commit():
        post.comments_open = False
        post.save_revision().publish()
    html = render(client, post)
    assert "comment__reply" not in html and "Comments are closed" in html


def test_comment_settings(client, post, config, commit):
    for n in range(7):
        make_comment(post, text=f"Conversation {n}.")
    assert "Conversation 6." not in kept(client, post)[1].content.decode()
    with commit():
        comment_settings(threads_per_page=10)
    assert "Conversation 6." in render(client, post)


def test_off_with_the_page_cache(client, post, config, settings):
    settings.PAGECACHE_SECONDS = 0
    comment = make_comment(post, text="Before.")
    render(client, post)
    # No signal, no commit: only a render that reads the database shows it.
    Comment.objects.filter(pk=comment.pk).update(comment="After.")
    assert "After." in render(client, post)
