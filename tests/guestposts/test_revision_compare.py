"""Comparing two revisions of a post works for staff and guest posts alike
(issue 13, 6): the confidentiality panel is bound without a form there."""

import pytest
from django.urls import reverse

from tests.blog.factories import BlogPageFactory
from tests.guestposts.factories import GuestPostIndexPageFactory, make_contributor


def two_revisions(post):
    first = post.save_revision()
    post.title = f"{post.title}, revised"
    post.summary = "A changed summary."
    second = post.save_revision()
    return first, second


@pytest.mark.parametrize("kind", ["staff", "guest"])
def test_revision_comparison_shows_the_change(admin_client, blog, author, kind):
    if kind == "guest":
        parent = GuestPostIndexPageFactory(parent=blog)
        author, _ = make_contributor("Nadia Farrow")
    else:
        parent = blog
    post = BlogPageFactory(parent=parent, title="Comparing notes", authors=[author])
    first, second = two_revisions(post)
    for url in (
        reverse("wagtailadmin_pages:revisions_compare", args=[post.pk, first.pk, second.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[post.pk, "live", second.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[post.pk, first.pk, "latest"]),
    ):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        # The diff marks words one by one.
        assert "changed" in html and "revised" in html and "Comparing" in html
