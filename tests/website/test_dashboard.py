"""The admin dashboard's first panel: New post, New series and Posts awaiting
review at once, each a link straight to its form or list."""

import html
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Workflow

from core.roles import EDITORS
from guestposts.setup import WORKFLOW_NAME
from tests.blog.factories import BlogPageFactory
from tests.guestposts.factories import GuestPostIndexPageFactory, make_contributor, make_editor
from tests.html import text
from tests.series.factories import SeriesIndexPageFactory


def authoring_panel(client):
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    found = re.search(r'<section class="w-panel authoring-panel".*?</section>', page, re.S)
    return found.group(0) if found else None


def links(panel):
    found = re.findall(r'<a[^>]*href="([^"]+)"[^>]*>(.*?)</a>', panel)
    return {text(label): html.unescape(href) for href, label in found}


@pytest.fixture
def editor(client, roles, home):
    user = make_editor()
    client.force_login(user)
    return user


def test_editor_starts_a_post_or_a_series_in_one_click(client, editor, home, blog):
    series_index = SeriesIndexPageFactory(parent=home)
    panel = authoring_panel(client)
    assert links(panel) == {
        "New post": reverse("wagtailadmin_pages:add", args=["blog", "blogpage", blog.pk]),
        "New series": reverse(
            "wagtailadmin_pages:add", args=["series", "seriespage", series_index.pk]
        ),
    }
    assert "Posts awaiting review: none just now" in text(panel)


def test_posts_awaiting_review_are_counted_and_linked(client, editor, blog):
    guest_index = GuestPostIndexPageFactory(parent=blog)
    _, contributor = make_contributor("Nadia Farrow")
    post = BlogPageFactory(parent=guest_index, owner=contributor, live=False)
    post.save_revision(user=contributor)
    Workflow.objects.get(name=WORKFLOW_NAME).start(post, contributor)
    panel = authoring_panel(client)
    report = links(panel)["Posts awaiting review (1)"]
    assert (
        report == reverse("wagtailadmin_reports:workflow") + "?reviewable=true&status=in_progress"
    )
    assert post.title in client.get(report).content.decode()


def test_without_a_series_index_there_is_no_new_series(client, editor, blog):
    assert list(links(authoring_panel(client))) == ["New post"]


def test_guest_contributors_keep_their_own_dashboard(client, roles, blog):
    GuestPostIndexPageFactory(parent=blog)
    _, contributor = make_contributor("Nadia Farrow")
    client.force_login(contributor)
    assert authoring_panel(client) is None
    assert "Your guest posts" in client.get(reverse("wagtailadmin_home")).content.decode()


def main_button(client, url):
    """The footer's first button (Save draft's has no action name)."""
    page = client.get(url).content.decode()
    page = page[page.index('<footer class="footer') :]
    first = re.search(r'<button\s[^>]*(name="action-[a-z-]+"|class="button action-save)', page)
    return "save draft" if "action-save" in first.group(1) else first.group(1)[6:-1]


def test_publish_is_the_main_button_for_those_who_may_publish(client, editor, home, blog):
    add = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", blog.pk])
    GroupPagePermission.objects.create(
        group=Group.objects.get(name=EDITORS),
        page=home,
        permission=Permission.objects.get(codename="publish_page"),
    )
    assert main_button(client, add) == "action-publish"


def test_a_post_under_review_keeps_the_reviews_own_actions_first(client, editor, blog):
    guest_index = GuestPostIndexPageFactory(parent=blog)
    _, contributor = make_contributor("Nadia Farrow")
    post = BlogPageFactory(parent=guest_index, owner=contributor, live=False)
    post.save_revision(user=contributor)
    Workflow.objects.get(name=WORKFLOW_NAME).start(post, contributor)
    edit = reverse("wagtailadmin_pages:edit", args=[post.pk])
    assert main_button(client, edit) != "action-publish"
