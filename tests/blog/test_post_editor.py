"""The post editor for authors: a new post starts with the signed-in user's
Author profile as its author, its buttons say plainly what they add, and a
body warning the post lacks is named at its field with a one-click fix."""

import re
from html import unescape

import pytest
from django.urls import reverse

from blog.models import ContentWarning
from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.blog.test_content_warnings import post_form
from tests.guestposts.factories import make_editor
from tests.html import text


@pytest.fixture
def editor(client, roles):
    user = make_editor()
    client.force_login(user)
    return user


@pytest.fixture
def suicide(db):
    return ContentWarning.objects.create(
        name="Suicide and self-harm", slug="suicide", label="Suicide", description="Suicide."
    )


@pytest.fixture
def burnout(db):
    return ContentWarning.objects.create(
        name="Burnout and work stress", slug="burnout", label="Burnout", description="Burnout."
    )


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


def test_a_body_warning_missing_from_the_post_is_shown_at_its_field_with_a_fix(
    client, editor, blog, suicide, burnout
):
    response = client.post(add_url(blog), post_form(burnout, suicide))
    assert response.status_code == 200
    [error] = response.context["form"].errors.as_data()["body"]
    section, image = error.block_errors[1], error.block_errors[2]
    at_section = section.block_errors["warnings"].block_errors[0].block_errors["warning"]
    at_image = image.block_errors["warning"]
    for field_error in (at_section, at_image):
        assert "“Suicide and self-harm” is not among the post’s content warnings" in " ".join(
            field_error.messages
        )
    html = response.content.decode()
    assert "Suicide (described in detail)" in text(html)
    assert f'data-add-post-warning="{suicide.pk}" data-intensity="detailed" hidden' in html
    assert "/static/js/post-warnings.js" in html


def test_no_fix_up_is_offered_when_the_body_is_covered(client, editor, blog, suicide):
    html = client.get(add_url(blog)).content.decode()
    assert "data-add-post-warning" not in html
    assert client.post(add_url(blog), post_form(suicide, suicide)).status_code == 302


def test_a_new_posts_body_starts_with_a_paragraph(client, editor, blog):
    html = client.get(add_url(blog)).content.decode()
    body = re.search(r'data-w-block-arguments-value="(\[\[.*?)"', html).group(1)
    assert unescape(body).startswith('[[{"type": "paragraph"')
