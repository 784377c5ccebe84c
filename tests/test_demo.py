from html import unescape

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Site

from blog.models import Author, BlogPage
from discussion.models import Comment, Like
from series.models import SeriesPage
from series.parts import series_parts
from website.models import HomePage, StandardPage


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", "live")),
        "revisions": Page.objects.filter(latest_revision__isnull=False).count(),
        "authors": Author.objects.count(),
        "users": get_user_model().objects.count(),
        "author_accounts": sorted(Author.objects.values_list("slug", "user__username")),
        "comments": sorted(
            Comment.objects.values_list("post__slug", "level", "order", "is_public", "is_spam")
        ),
        "likes": Like.objects.count(),
    }


def test_demo_loads_and_a_second_run_changes_nothing(db, client, capsys):
    call_command("load_demo")
    assert "admin / commonroom-admin" in capsys.readouterr().out
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert BlogPage.objects.live().count() >= 8
    assert Author.objects.count() >= 2
    assert {"about", "support"} <= set(StandardPage.objects.values_list("slug", flat=True))
    assert BlogPage.objects.exclude(hero_image=None).exists()
    first = snapshot()

    call_command("load_demo")
    assert snapshot() == first
    assert get_user_model().objects.get(username="admin").check_password("commonroom-admin")

    for url in ["/", "/blog/", "/about/", "/support/", "/series/", BlogPage.objects.first().url]:
        assert client.get(url).status_code == 200, url


def test_demo_series_show_every_part_state(db, client):
    call_command("load_demo")
    first, second = SeriesPage.objects.order_by("pk")
    parts = series_parts(first)
    assert [part.state for part in parts] == ["published", "published", "scheduled"]
    assert parts[2].available_on > timezone.localdate()
    assert [part.state for part in series_parts(second)] == [
        "published",
        "published",
        "announced",
        "announced",
    ]
    html = client.get(first.url).content.decode()
    assert f"available on {parts[2].available_on.day} {parts[2].available_on:%B %Y}" in html
    assert "coming soon" in client.get(second.url).content.decode()


def test_demo_discussions(db, client):
    call_command("load_demo")
    comments = Comment.objects.all()
    assert comments.count() >= 10
    assert comments.values("post").distinct().count() >= 3
    for email in comments.filter(badge="").values_list("user_email", flat=True):
        assert email.endswith(("@example.com", "@example.org", ".example.com")), email

    awaiting = comments.in_state(Comment.State.AWAITING)
    assert awaiting.count() == 1
    assert awaiting.get().held_reason == "First comment from this address"
    spam = comments.in_state(Comment.State.SPAM)
    assert spam.count() == 1

    # A conversation three levels deep, with the post's author replying.
    reply = comments.published().filter(level__gte=2, badge=Comment.Badge.AUTHOR).first()
    assert reply is not None
    post = reply.post
    assert reply.user.author_profile in post.authors
    # Replies come after their parents, in thread order and in time.
    thread = list(comments.filter(thread_id=reply.thread_id).order_by("order"))
    assert [c.submit_date for c in thread] == sorted(c.submit_date for c in thread)
    assert all(c.submit_date.date() > post.date for c in comments.filter(post=post))

    assert Like.objects.filter(comment=None).exists()
    assert Like.objects.filter(comment__isnull=False).exists()
    assert all(len(reader) == 32 for reader in Like.objects.values_list("reader", flat=True))

    # The post's page shows the author's reply, and neither the held comment
    # nor the spam (both on the same post).
    page = unescape(client.get(post.url).content.decode())
    assert 'class="comment__badge">Author<' in page
    assert reply.comment in page
    for hidden in [awaiting.get(), spam.get()]:
        assert hidden.post_id == post.pk
        assert hidden.comment not in page
        assert hidden.comment[:30] not in page
        assert hidden.user_name not in page
