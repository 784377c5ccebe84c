"""Malformed ids in the admin: a clear 4xx, never a 500, and the same
sign-in wall as every other admin address."""

import pytest
from wagtail.models import Page

HUGE = "9" * 30


def test_a_non_numeric_chosen_page_is_a_bad_request(admin_client, post):
    response = admin_client.get("/admin/choose-page/chosen-multiple/", {"id": [post.pk, "abc"]})
    assert response.status_code == 400


def test_chosen_pages_still_come_back(admin_client, post):
    response = admin_client.get("/admin/choose-page/chosen-multiple/", {"id": [post.pk, HUGE]})
    assert response.status_code == 200
    assert [page["id"] for page in response.json()["result"]] == [post.pk]


def test_revision_zero_is_not_found(admin_client, post):
    assert admin_client.get(f"/admin/pages/{post.pk}/revisions/0/revert/").status_code == 404


@pytest.mark.parametrize(
    "url", ["/admin/choose-page/chosen-multiple/?id=1", "/admin/pages/1/revisions/0/revert/"]
)
def test_the_guards_keep_the_sign_in_wall(client, post, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("param", ["content_type", "owner", "site"])
def test_a_huge_id_in_an_admin_filter_matches_nothing(admin_client, blog, post, param):
    response = admin_client.get(f"/admin/pages/{blog.pk}/", {param: HUGE})
    assert response.status_code == 200


def test_an_integer_in_lookup_leaves_out_values_no_column_holds(post):
    assert list(Page.objects.filter(pk__in=[int(HUGE), post.pk])) == [post.page_ptr]
    assert list(Page.objects.filter(pk__in=[int(HUGE)])) == []
    assert list(Page.objects.filter(owner__in=[int(HUGE)])) == []


def test_a_post_edit_without_its_body_counts_is_refused_and_saves_nothing(admin_client, post):
    before = post.latest_revision_id
    response = admin_client.post(
        f"/admin/pages/{post.pk}/edit/", {"title": "Replaced", "slug": post.slug}
    )
    assert response.status_code == 400
    post.refresh_from_db()
    assert (post.title, post.latest_revision_id) == ("Holding a caseload kindly", before)


def test_a_tampered_parent_choice_is_a_bad_request(admin_client, post):
    response = admin_client.post("/admin/pages/create/blog/blogpage", {"parent_page": "abc"})
    assert response.status_code == 400
