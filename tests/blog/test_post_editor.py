"""The post editor for authors: a new post starts with the signed-in user's
Author profile as its author, and its buttons say plainly what they add."""

import pytest
from django.urls import reverse

from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.guestposts.factories import make_editor
from tests.html import text


@pytest.fixture
def editor(client, roles):
    user = make_editor()
    client.force_login(user)
    return user


def add_url(blog):
    return reverse("wagtailadmin_pages:add", args=["blog", "blogpage", blog.pk])


def test_a_new_post_starts_with_the_editors_own_author_profile(client, editor, blog):
    profile = AuthorFactory(name="Edith Writer", user=editor)
    html = client.get(add_url(blog)).content.decode()
    assert 'name="post_authors-TOTAL_FORMS" value="1"' in html
    assert f'name="post_authors-0-author" value="{profile.pk}"' in html
    assert "Edith Writer" in text(html)


def test_without_a_profile_a_new_post_has_no_author_yet(client, editor, blog):
    html = client.get(add_url(blog)).content.decode()
    assert 'name="post_authors-TOTAL_FORMS" value="0"' in html


def test_an_existing_posts_authors_are_left_alone(client, editor, blog):
    AuthorFactory(name="Edith Editor", user=editor)
    other = AuthorFactory(name="Sam Rivers")
    post = BlogPageFactory(parent=blog, authors=[other])
    html = client.get(reverse("wagtailadmin_pages:edit", args=[post.pk])).content.decode()
    assert 'name="post_authors-TOTAL_FORMS" value="1"' in html
    assert f'name="post_authors-0-author" value="{other.pk}"' in html


def test_the_editors_buttons_use_plain_words(client, editor, blog):
    html = text(client.get(add_url(blog)).content.decode())
    assert "Add an author" in html and "Add a warning" in html
    assert "blog page author" not in html.lower() and "Add Warning" not in html
