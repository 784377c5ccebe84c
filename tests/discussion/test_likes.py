"""Likes without accounts: one per browser per post or comment, counted for
everyone, with the page itself the same for every reader."""

import re

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from discussion.likes import COOKIE
from discussion.models import Comment, Like
from tests.blog.factories import BlogPageFactory
from tests.discussion.factories import ORIGIN, comment_settings, make_comment, post_comment
from tests.html import without_render_stamp

JSON = {"HTTP_ACCEPT": "application/json", "HTTP_ORIGIN": ORIGIN}


@pytest.fixture
def config(site_tree):
    return comment_settings(min_seconds=0)


def like(client, post, comment=None, action="like", **headers):
    data = {"post": str(post.pk), "action": action}
    if comment is not None:
        data["comment"] = str(comment.pk)
    return client.post(reverse("like"), data, **(headers or JSON))


def test_liking_is_idempotent_per_browser_and_can_be_undone(client, post, config):
    assert like(client, post).json() == {"liked": True, "count": 1}
    cookie = client.cookies[COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert like(client, post).json() == {"liked": True, "count": 1}
    assert Like.objects.count() == 1
    assert like(client, post, action="unlike").json() == {"liked": False, "count": 0}
    assert like(client, post, action="unlike").json() == {"liked": False, "count": 0}


def test_two_browsers_like_twice(client, post, config):
    other = Client()
    like(client, post)
    assert like(other, post).json() == {"liked": True, "count": 2}
    assert client.cookies[COOKIE].value != other.cookies[COOKIE].value


def test_like_state_is_per_browser_and_uncached(client, post, config):
    comment = make_comment(post)
    other = Client()
    like(client, post, comment)
    like(other, post, comment)
    like(other, post)
    state = client.get(reverse("like_state", args=[post.pk]))
    found = state.json()
    assert found.pop("stamp")  # the comment form's, see test_comments
    assert found == {"post": 1, "comments": {str(comment.pk): 2}, "liked": [str(comment.pk)]}
    assert "no-cache" in state["Cache-Control"] and "private" in state["Cache-Control"]
    assert Client().get(reverse("like_state", args=[post.pk])).json()["liked"] == []


def test_counts_show_on_the_page_which_is_the_same_for_every_reader(client, post, config):
    comment = make_comment(post)
    like(client, post, comment)
    html = client.get(post.url).content.decode()
    assert re.search(
        rf'name="comment" value="{comment.pk}">.*?<span data-like-count>1</span> like<',
        html,
        re.S,
    )
    stranger = Client().get(post.url).content.decode()
    assert without_render_stamp(html.encode()) == without_render_stamp(stranger.encode())


def test_a_plain_form_post_works_without_javascript(client, post, config):
    comment = make_comment(post, name="Ana")
    response = like(client, post, comment, HTTP_ORIGIN=ORIGIN)
    html = response.content.decode()
    assert response.status_code == 200
    assert "You liked Ana’s comment" in html and "It has 1 like." in html
    assert 'name="action" value="unlike"' in html and "Undo my like" in html
    assert f"{post.url}#comment-{comment.pk}" in html
    undo = like(client, post, comment, action="unlike", HTTP_ORIGIN=ORIGIN).content.decode()
    assert "You no longer like" in undo and Like.objects.count() == 0


def test_a_comments_like_form_submitted_plainly_likes_that_comment(client, post, config):
    """The page's own form, sent as a browser without JavaScript sends it:
    its fields plus the pressed button's name and value."""
    comment = make_comment(post, name="Ana")
    soup = BeautifulSoup(client.get(post.url).content, "html.parser")
    button = soup.select_one(f"#comment-{comment.pk} .like__button")
    form = button.find_parent("form")
    data = {field["name"]: field["value"] for field in form.select("input[name]")}
    data[button["name"]] = button["value"]
    response = client.post(form["action"], data, HTTP_ORIGIN=ORIGIN)
    assert "You liked Ana’s comment" in response.content.decode()
    assert Like.objects.get().comment == comment


def test_a_comment_named_with_another_post_is_not_liked(client, blog, post, config):
    comment = make_comment(post)
    other = BlogPageFactory(parent=blog)
    response = client.post(
        reverse("like"), {"post": str(other.pk), "comment": str(comment.pk)}, **JSON
    )
    assert response.status_code == 404 and not Like.objects.exists()


def test_a_tampered_cookie_is_a_new_browser(client, post, config):
    like(client, post)
    client.cookies[COOKIE] = "0" * 32
    assert like(client, post).json() == {"liked": True, "count": 2}


@pytest.mark.parametrize("state", [Comment.State.AWAITING, Comment.State.SPAM])
def test_unpublished_comments_cannot_be_liked(client, post, config, state):
    comment = make_comment(post, state=state)
    assert like(client, post, comment).status_code == 404


def test_a_comment_is_liked_only_through_its_own_post(client, blog, post, config):
    comment = make_comment(BlogPageFactory(parent=blog))
    assert like(client, post, comment).status_code == 404


@pytest.mark.parametrize("state", ["draft", "private"])
def test_drafts_and_private_posts_reveal_nothing(client, post, config, state):
    if state == "draft":
        post.unpublish()
    else:
        PageViewRestriction.objects.create(page=post, restriction_type="password", password="x")
    assert like(client, post).status_code == 404
    assert client.get(reverse("like_state", args=[post.pk])).status_code == 404


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"post": "abc"},
        {"post": "1 OR 1=1"},
        {"post": "9" * 30},
        {"post": "1", "comment": "<script>"},
        {"post": "-1"},
    ],
)
def test_malformed_likes_get_a_clear_answer(client, config, data):
    response = client.post(reverse("like"), data, HTTP_ORIGIN=ORIGIN)
    assert response.status_code in (400, 404)
    if response.status_code == 400:
        assert "Nothing to like was named." in response.content.decode()


def test_likes_from_other_sites_are_refused(client, post, config):
    response = like(client, post, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert Like.objects.count() == 0


def test_likes_are_rate_limited(client, post, config, monkeypatch):
    monkeypatch.setattr("discussion.likes.LIKE_LIMIT", 3)
    for _ in range(3):
        assert like(client, post).status_code == 200
    response = like(client, post)
    assert response.status_code == 429
    assert "Please wait a few minutes" in response.json()["error"]


def test_the_page_loads_the_like_script_and_names_its_state_url(client, post, config):
    html = client.get(post.url).content.decode()
    assert f'data-like-state="/comments/likes/{post.pk}/"' in html
    assert "/static/js/likes.js" in html


def test_a_commenters_browser_has_one_id_for_its_comments_and_likes(client, post, config):
    post_comment(client, post)
    comment = Comment.objects.get()
    assert re.fullmatch(r"[0-9a-f]{32}", comment.reader)
    like(client, post, action="like")
    assert Like.objects.get().reader == comment.reader
