"""Bulk moderation in the Wagtail admin, in Chromium: the listing's
checkboxes and bulk-action bar are Wagtail's own script, so they are driven
here as an editor would."""

from playwright.sync_api import expect

from discussion.models import Comment
from tests.blog.factories import BlogPageFactory
from tests.discussion.factories import make_comment


def test_editor_approves_two_comments_at_once(live_server, site, editor_page):
    post = BlogPageFactory(parent=site["blog"], title="Supervision notes")
    first = make_comment(post, text="First waiting.", state=Comment.State.AWAITING)
    second = make_comment(post, text="Second waiting.", state=Comment.State.AWAITING)
    third = make_comment(post, text="Third waiting.", state=Comment.State.AWAITING)
    page = editor_page
    page.goto(live_server.url + "/admin/comments/?state=awaiting")
    for comment in (first, second):
        page.locator(f"input[data-bulk-action-checkbox][data-object-id='{comment.pk}']").check()
    page.get_by_role("button", name="Approve the selected comments").or_(
        page.get_by_role("link", name="Approve the selected comments")
    ).click()
    expect(page.get_by_text("Approve these 2 comments?")).to_be_visible()
    page.get_by_role("button", name="Yes, approve").click()
    expect(page.get_by_text("Third waiting.")).to_be_visible()
    assert {c.pk for c in Comment.objects.published()} == {first.pk, second.pk}
    third.refresh_from_db()
    assert third.state == Comment.State.AWAITING
