"""A new page's form doesn't autosave (its first autosave races Submit);
once the page exists, its edit form does."""

from django.urls import reverse

from tests.blog.factories import BlogPageFactory

AUTOSAVE = b'data-controller="w-init w-unsaved w-autosave"'


def test_a_new_post_form_does_not_autosave(admin_client, blog):
    add = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", blog.pk])
    response = admin_client.get(add)
    assert response.status_code == 200
    assert b'data-controller="w-init w-unsaved' in response.content
    assert AUTOSAVE not in response.content
    assert b"data-w-autosave-interval-value" not in response.content


def test_an_existing_post_form_still_autosaves(admin_client, blog):
    post = BlogPageFactory(parent=blog)
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[post.pk]))
    assert response.status_code == 200
    assert AUTOSAVE in response.content
