"""A guest contributor signs in with their email address, as the sign-in
page asks, and after sending a post for review lands back on their
dashboard, told so in the dashboard's own words."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import WorkflowState

from blog.models import Author, BlogPage
from tests.guestposts.factories import make_contributor, make_editor
from tests.guestposts.test_review import post_data
from tests.hostile import naughty_sample

LOGIN = "/admin/login/"


@pytest.fixture
def contributor(guest_index):
    return make_contributor("Nadia Farrow", credit=Author.Credit.TEAM, organisation="A team")[1]


def sign_in(client, username, password="a-long-password-1"):
    return client.post(LOGIN, {"username": username, "password": password})


def test_the_sign_in_page_asks_for_an_email_address(client, db):
    html = client.get(LOGIN).content.decode()
    assert '<label class="w-field__label" for="id_username"' in html
    assert "Email address" in html and ">Username<" not in html
    assert 'placeholder="Enter your email address"' in html


@pytest.mark.parametrize("typed", ["nadia-farrow@example.org", " Nadia-Farrow@Example.ORG "])
def test_a_contributor_signs_in_with_their_address_whatever_its_capitals(
    client, contributor, typed
):
    response = sign_in(client, typed)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_a_username_without_an_address_still_signs_in(client, db, django_user_model):
    django_user_model.objects.create_superuser("admin", "admin@example.org", "a-long-password-1")
    assert sign_in(client, "admin").status_code == 302


@pytest.mark.parametrize("typed", ["nobody@example.org", *naughty_sample(30)])
def test_a_wrong_address_says_so_and_keeps_it(client, contributor, typed):
    response = sign_in(client, typed, "wrong-password")
    assert response.status_code == 200
    html = response.content.decode()
    assert "That email address and password don’t match. Please try again." in html or (
        "This field is required." in html and not typed.strip()
    )


def test_sending_a_post_for_review_returns_to_the_dashboard(client, guest_index, contributor):
    client.force_login(contributor)
    add = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", guest_index.pk])
    response = client.post(add, post_data())
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    dashboard = client.get(reverse("wagtailadmin_home"))
    said = [str(message) for message in get_messages(dashboard.wsgi_request)]
    assert said == [
        "“Our team survey” was sent for review. An editor will read it and email you, "
        "either to say it is approved or to ask for changes."
    ]
    assert "Sent for review" in dashboard.content.decode()

    # Resubmitting after an editor asks for changes goes the same way.
    post = BlogPage.objects.get()
    reviewer = client.__class__()
    reviewer.force_login(make_editor())
    task_state = WorkflowState.objects.active().get(object_id=str(post.pk)).current_task_state
    reviewer.post(
        reverse("wagtailadmin_pages:workflow_action", args=[post.pk, "reject", task_state.pk]),
        {"comment": "Please remove the town."},
    )
    edit = reverse("wagtailadmin_pages:edit", args=[post.pk])
    response = client.post(edit, post_data(title="Our team survey (revised)"))
    assert response["Location"] == reverse("wagtailadmin_home")


def test_saving_a_draft_stays_in_the_editor(client, guest_index, contributor):
    client.force_login(contributor)
    add = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", guest_index.pk])
    data = post_data()
    del data["action-submit"]
    response = client.post(add, data)
    assert response.status_code == 302
    assert response["Location"] != reverse("wagtailadmin_home")
