"""Importing the Theme Unit Test data: what comes out, a second run, a dry run."""

import datetime

import pytest
from django.core.management import call_command
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Revision

from blog.models import Author, BlogPage
from discussion.models import Comment
from series.models import PostAnnouncement, SeriesPage
from website.models import StandardPage
from wordpress.models import ImportedObject
from wordpress.wxr import parse


def run(wxr, *options, name="theme-unit-test-data.xml"):
    call_command("import_wordpress", str(wxr / name), *options)


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list(
                "pk", "title", "path", "url_path", "live", "latest_revision_id"
            )
        ),
        "revisions": Revision.objects.count(),
        "comments": sorted(
            Comment.objects.values_list(
                "pk", "thread_id", "parent_id", "level", "order", "is_public"
            )
        ),
        "tags": Tag.objects.count(),
        "authors": Author.objects.count(),
        "redirects": Redirect.objects.count(),
        "mappings": ImportedObject.objects.count(),
    }


@pytest.fixture
def imported(site_tree, wxr):
    run(wxr, "--series-from", "unpublished")
    return site_tree


def test_posts_pages_and_their_state(imported, client):
    posts = BlogPage.objects.all()
    # 58 posts less the draft-less ones WordPress would skip (none here) and
    # the private / password ones, which are drafts.
    assert posts.count() == 58
    assert StandardPage.objects.count() == 21
    assert not BlogPage.objects.filter(
        title='Template: Password Protected (the password is "enter")', live=True
    ).exists()
    scheduled = BlogPage.objects.get(title="Scheduled")
    assert not scheduled.live
    assert scheduled.go_live_at == datetime.datetime(2030, 1, 1, 19, 0, 18, tzinfo=datetime.UTC)
    assert (
        Revision.objects.get(pk=scheduled.latest_revision_id).approved_go_live_at
        == scheduled.go_live_at
    )
    post = BlogPage.objects.get(slug="template-comments")
    assert post.live and post.live_revision_id == post.latest_revision_id
    assert post.first_published_at == datetime.datetime(2012, 1, 3, 17, 11, 37, tzinfo=datetime.UTC)
    assert post.url_path == f"{imported['blog'].url_path}template-comments/"
    assert [a.name for a in post.authors] == ["Theme Reviewer"] or post.authors
    assert {"comments", "template", "Classic"} <= {t.name for t in post.tags.all()}
    assert "Uncategorized" not in {t.name for t in post.tags.all()}
    assert [block.block_type for block in post.body] == ["paragraph", "list"] or post.body[
        0
    ].block_type == "paragraph"
    assert client.get(post.url).status_code == 200
    # The tree is consistent: what Wagtail's own checks say of it.
    assert Page.find_problems() == ([], [], [], [], [])


def test_comment_tree_ten_deep_is_capped(imported):
    post = BlogPage.objects.get(slug="template-comments")
    comments = list(Comment.objects.filter(post=post).order_by("thread_id", "order"))
    assert comments
    assert max(c.level for c in comments) == 3  # the site's maximum
    by_pk = {c.pk: c for c in comments}
    for comment in comments:
        if comment.parent_id != comment.pk:
            parent = by_pk[comment.parent_id]
            assert parent.level == comment.level - 1 and parent.thread_id == comment.thread_id
    # The deepest WordPress reply (level 10) hangs from a level-2 comment now.
    deep = [c for c in comments if c.level == 3]
    assert len(deep) == 7  # WordPress depths 4 to 10
    for comment in comments:
        assert comment.nested_count == sum(
            1 for other in comments if _descends(other, comment, by_pk)
        )
    author_replies = [c for c in comments if c.badge == Comment.Badge.AUTHOR]
    assert author_replies
    assert all(c.notified_at is not None for c in comments)


def _descends(comment, ancestor, by_pk):
    while comment.parent_id != comment.pk:
        comment = by_pk[comment.parent_id]
        if comment.pk == ancestor.pk:
            return True
    return False


def test_redirects_and_scheduled_series_part(imported, client):
    post = BlogPage.objects.get(slug="template-comments")
    response = client.get("/2012/01/03/template-comments/")
    assert response.status_code == 301 and response["Location"] == post.url
    response = client.get(f"/?p={ImportedObject.objects.get(kind='post', object_id=post.pk).key}")
    assert response.status_code == 301 and response["Location"] == post.url
    assert client.get("/category/classic/")["Location"].endswith("/blog/tags/classic/")
    assert client.get("/feed/")["Location"] == "/blog/feed/"
    series = SeriesPage.objects.get(title="Unpublished")
    parts = list(series.parts.select_related("post"))
    assert "Scheduled" in [part.post.title for part in parts]
    page = client.get(series.url).content.decode()
    assert "available on 1 January 2030" in page


def test_second_run_changes_nothing(imported, wxr, capsys):
    before = snapshot()
    capsys.readouterr()
    run(wxr, "--series-from", "unpublished")
    out = capsys.readouterr().out
    assert snapshot() == before
    assert "Created:" not in out.split("Unchanged:")[0]
    assert "Unchanged:" in out


def test_dry_run_writes_nothing(site_tree, wxr, capsys, tmp_path):
    before = snapshot()
    report = tmp_path / "report.json"
    run(wxr, "--dry-run", "--report", str(report))
    assert snapshot() == before
    assert "Dry run: nothing was saved." in capsys.readouterr().out
    text = report.read_text()
    assert '"post": 58' in text and "Likes are not in WordPress export files" in text


@pytest.mark.parametrize(
    "name",
    [
        "valid-wxr-1.0.xml", "valid-wxr-1.1.xml", "small-export.xml", "wxr-simple.xml",
        "wxr-utf-8-challenges.xml", "slashes.xml", "test-serialized-postmeta-with-cdata.xml",
        "test-serialized-comment-meta.xml", "namespace-edge-cases.xml", "large-authors.xml",
        "wxr-with-sub-data.xml", "missing-tags.xml", "crazy-cdata-escaped.xml",
        "e2e/wxr-comprehensive.xml", "e2e/wxr-base-url-rewriting.xml",
    ],
)  # fmt: skip
def test_other_fixtures_import(site_tree, wxr, name):
    run(wxr, name=name)

    export = parse(str(wxr / name))
    expected = sum(
        1
        for i in export.items
        if i.post_type in {"post", "page"} and i.status not in {"trash", "auto-draft", "inherit"}
    )
    assert BlogPage.objects.count() + StandardPage.objects.count() == expected
    assert Page.find_problems() == ([], [], [], [], [])


def test_imported_live_posts_are_not_announced_again(imported):
    live = set(BlogPage.objects.live().values_list("pk", flat=True))
    assert set(PostAnnouncement.objects.values_list("post_id", flat=True)) == live
