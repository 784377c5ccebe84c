"""Importing from WordPress in the admin, in Chromium: upload, the dry run's
report, confirmation, progress and the result; then an imported post with
its comments, served and checked with axe."""

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect

from bench.wxr import generate
from blog.models import BlogPage
from core.roles import EDITORS
from discussion.models import Comment
from tests.hostile import DATA
from wordpress.models import ImportRun


@pytest.fixture
def editor_page(editor_page):
    """The editor, who may also run imports."""
    Group.objects.get(name=EDITORS).permissions.add(
        Permission.objects.get(codename="add_importrun")
    )
    return editor_page


def test_editor_imports_a_blog_and_reads_a_post(
    live_server, site, editor_page, new_page, tmp_path, axe_check
):
    export = generate(tmp_path / "export.xml", posts=3, comments=9, images=0)
    page = editor_page
    page.goto(live_server.url + "/admin/import-wordpress/")
    expect(page.get_by_role("heading", name="Import from WordPress")).to_be_visible()
    page.set_input_files("#id_export", str(export))
    page.get_by_role("button", name="Check the file").click()

    expect(page.get_by_role("heading", name="What the import will do")).to_be_visible()
    expect(page.get_by_text("Dry run: nothing was saved.")).to_be_visible()
    assert not BlogPage.objects.exists()
    axe_check(page)
    page.get_by_role("button", name="Import now").click()

    expect(page.get_by_role("heading", name="What was imported")).to_be_visible()
    expect(page.get_by_text("Import finished.")).to_be_visible()
    expect(page.locator("[data-import-count]")).to_have_text("12 of 12")
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.DONE and "post: 3" in run.report
    assert BlogPage.objects.live().count() == 3
    assert Comment.objects.published().count() == 9

    post = BlogPage.objects.get(slug="post-1")
    reader = new_page()
    reader.goto(live_server.url + post.url)
    expect(reader.get_by_role("heading", name="Post number 1", level=1)).to_be_visible()
    expect(reader.locator(".comment").first).to_be_visible()
    axe_check(reader)


def test_a_bad_file_is_refused_with_its_line(live_server, site, editor_page):
    broken = DATA / "wxr" / "malformed-simple.xml"
    if not broken.exists():
        pytest.skip(f"shared test data not found at {broken}")
    page = editor_page
    page.goto(live_server.url + "/admin/import-wordpress/")
    page.set_input_files("#id_export", str(broken))
    page.get_by_role("button", name="Check the file").click()
    expect(page.get_by_text("This file can't be imported: line 14, column 1")).to_be_visible()
    assert not ImportRun.objects.exists()
