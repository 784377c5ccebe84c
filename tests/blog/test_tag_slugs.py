"""Every tag gets a slug its links can use, whatever its name (issue 13, 4)."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils.encoding import iri_to_uri
from taggit.models import Tag
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.blog.factories import BlogPageFactory

ODD_NAMES = ["?>", "😀", "<>&", "--", "Ünïcödé", "日本語"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_any_tag_name_gets_a_working_tag_page(client, blog, name):
    post = BlogPageFactory(parent=blog, slug="tagged", tag_names=[name])
    tag = Tag.objects.get(name=name)
    assert tag.slug
    html = client.get(post.url).content.decode()
    tag_page = f"/blog/tags/{tag.slug}/"
    assert f'href="{iri_to_uri(tag_page)}"' in html
    assert "tagged" in client.get(tag_page).content.decode()
    assert client.get(f"{tag_page}feed/").status_code == 200


def test_two_punctuation_tags_get_different_slugs(blog):
    BlogPageFactory(parent=blog, tag_names=["?>", "!!"])
    slugs = list(Tag.objects.values_list("slug", flat=True))
    assert len(set(slugs)) == 2 and all(slugs)


def form(tags):
    return nested_form_data(
        {
            "title": "Tagged in the admin",
            "slug": "tagged-in-the-admin",
            "summary": "Tags of punctuation only.",
            "post_authors": inline_formset([]),
            "warnings": inline_formset([]),
            "body": streamfield([("paragraph", rich_text("<p>Body.</p>"))]),
            "tags": tags,
            "comments": inline_formset([]),
            "comments_open": "on",
            "comment_moderation": "warnings",
        }
    )


def test_admin_preview_and_publish_with_a_punctuation_tag(admin_client, blog):
    data = form('"?>", "Care"')
    preview = reverse("wagtailadmin_pages:preview_on_add", args=["blog", "blogpage", blog.pk])
    assert admin_client.post(preview, data).json()["is_valid"]
    response = admin_client.get(preview)
    assert response.status_code == 200 and b"Tags of punctuation only." in response.content

    add = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", blog.pk])
    response = admin_client.post(add, {**data, "action-publish": "action-publish"})
    assert response.status_code == 302
    page = admin_client.get("/blog/tagged-in-the-admin/")
    assert page.status_code == 200
    assert f"/blog/tags/{Tag.objects.get(name='?>').slug}/" in page.content.decode()


def test_migration_repairs_tags_saved_with_an_empty_slug(client, blog):
    post = BlogPageFactory(parent=blog, slug="old-tags", tag_names=["?>"])
    Tag.objects.filter(name="?>").update(slug="")
    migration = importlib.import_module("blog.migrations.0007_repair_empty_tag_slugs")
    migration.repair(apps, None)
    tag = Tag.objects.get(name="?>")
    assert tag.slug.startswith("tag-")
    assert client.get(post.url).status_code == 200
    assert client.get(f"/blog/tags/{tag.slug}/").status_code == 200


def test_admin_refuses_a_tag_with_nul_and_keeps_the_post(admin_client, blog):
    """NUL can't go into a PostgreSQL query at all; the tag field says so
    rather than letting taggit's lookup fail."""
    add = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", blog.pk])
    response = admin_client.post(add, {**form('"Care\x00ful"'), "action-publish": "1"})
    assert response.status_code == 200
    assert b"Null characters are not allowed" in response.content
    assert b"Tags of punctuation only." in response.content
    assert not Tag.objects.exists()
