"""The page cache: what is cached for whom, and that every change readers
would see reaches the next anonymous reader. Each event test caches a page
anonymously, makes the change as an editor or reader would (committing it,
as a request does), and reads the page again."""

import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from blog.models import Author, BlogPage, ContentWarning, PostWarning
from core.pagecache import invalidate
from discussion import erasure
from discussion.models import Comment
from series.models import SeriesPart
from tests.blog.factories import BlogPageFactory
from tests.discussion.factories import comment_settings, make_comment, post_comment
from tests.frontend_cache import purged
from tests.guestposts.factories import GuestPostIndexPageFactory
from tests.series.factories import SeriesIndexPageFactory, build_series
from website.models import SiteSettings

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Runs the on-commit work of what happens inside, as a real commit does."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def cached(client, url):
    """The page as an anonymous reader sees it, made sure to be a hit."""
    client.get(url)
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit", url
    return response.content.decode()


def fresh(client, url):
    return client.get(url).content.decode()


# What is cached, for whom


def test_an_anonymous_reader_gets_the_stored_page(client, post):
    first = client.get(post.url)
    second = client.get(post.url)
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Cookie" not in second.get("Vary", "")
    assert second["Cache-Control"].startswith("public, max-age=0, s-maxage=")


def test_a_reader_with_the_likes_cookie_gets_the_same_page(client, post):
    client.get(post.url)
    client.cookies["commonroom_reader"] = "anything"
    assert client.get(post.url)["X-Page-Cache"] == "hit"


def test_signed_in_editors_bypass_it(admin_client, client, post):
    cached(client, post.url)
    response = admin_client.get(post.url)
    assert "X-Page-Cache" not in response
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_a_hit_is_stored_gzipped_and_answers_head_and_revalidation(client, post):
    cached(client, post.url)
    gzipped = client.get(post.url, HTTP_ACCEPT_ENCODING="gzip, br")
    assert gzipped["Content-Encoding"] == "gzip"
    assert int(gzipped["Content-Length"]) < len(client.get(post.url).content)
    head = client.head(post.url)
    assert head["X-Page-Cache"] == "hit" and head.content == b""
    again = client.get(post.url, HTTP_IF_NONE_MATCH=gzipped["ETag"])
    assert again.status_code == 304


@pytest.mark.parametrize(
    "query", ["?utm_source=mail", "?page=02", "?page=1&page=2", "?page=x", "?q=<script>"]
)
def test_other_query_strings_are_not_cached(client, blog, query):
    client.get(blog.url + query)
    response = client.get(blog.url + query)
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_per_reader_and_search_pages_are_not_cached(client, post):
    for url in (
        reverse("search") + "?q=caseload",
        reverse("like_state", args=[post.pk]),
        "/admin/login/",
    ):
        client.get(url)
        response = client.get(url)
        assert "X-Page-Cache" not in response, url
        assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]


def test_a_response_setting_a_cookie_is_not_cached(client, post):
    # A page made private answers with a password form carrying a CSRF cookie.
    PageViewRestriction.objects.create(
        page=post, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    response = client.get(post.url)
    assert response.cookies and "X-Page-Cache" not in response


def test_previews_are_never_cached(admin_client, client, post):
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[post.pk])
    assert "X-Page-Cache" not in admin_client.get(preview)


def test_feeds_sitemap_and_404s_are_cached(client, post, blog):
    for url in (blog.url + "feed/", "/sitemap.xml", "/blog/no-such-post/"):
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit", url


def test_http_and_https_are_kept_apart(client, post, settings):
    settings.SECURE_HSTS_SECONDS = 3600
    cached(client, post.url)
    secure = client.get(post.url, secure=True)
    assert secure["X-Page-Cache"] == "miss"
    assert secure["Strict-Transport-Security"] == "max-age=3600"
    assert 'href="https://' in secure.content.decode()
    again = client.get(post.url, secure=True)
    assert again["X-Page-Cache"] == "hit" and "Strict-Transport-Security" in again
    assert "Strict-Transport-Security" not in client.get(post.url)


def test_a_request_bound_for_https_is_redirected_not_served(client, post, settings):
    cached(client, post.url)
    settings.SECURE_SSL_REDIRECT = True
    response = Client().get(post.url)  # SecurityMiddleware reads the setting when loaded
    assert response.status_code == 301
    assert response["Location"] == f"https://testserver{post.url}"


def test_static_files_keep_their_own_headers(client, post):
    response = client.get("/static/css/site.css", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response and "no-store" not in response.get("Cache-Control", "")
    # WhiteNoise's own file, not compressed again on the way out.
    assert "Content-Encoding" not in response
    assert b"".join(response.streaming_content).startswith(b"/* Commonroom")


# Publishing


def test_publishing_a_post_shows_it_everywhere_at_once(client, home, blog, post, commit):
    urls = [home.url, blog.url, "/blog/tags/supervision/", "/blog/authors/sam-rivers/"]
    urls.append("/blog/does-not-exist-yet/")
    for url in urls:
        cached(client, url)
    with commit():
        new = BlogPageFactory(
            parent=blog,
            title="A newly published post",
            slug="does-not-exist-yet",
            authors=[post.authors[0]],
            tag_names=["Supervision"],
        )
        new.save_revision().publish()
    for url in urls:
        assert "A newly published post" in fresh(client, url), url


def test_republishing_with_a_new_title_and_tags(client, blog, post, commit):
    for url in (post.url, blog.url, "/blog/tags/wellbeing/"):
        cached(client, url)
    with commit():
        post.title = "Holding a caseload, revised"
        post.tags.set(["Supervision"])
        post.save_revision().publish()
    assert "Holding a caseload, revised" in fresh(client, post.url)
    assert "Holding a caseload, revised" in fresh(client, blog.url)
    assert "Holding a caseload" not in fresh(client, "/blog/tags/wellbeing/")


def test_unpublishing_through_the_admin(admin_client, client, blog, post, commit):
    cached(client, post.url), cached(client, blog.url)
    with commit():
        admin_client.post(reverse("wagtailadmin_pages:unpublish", args=[post.pk]))
    assert client.get(post.url).status_code == 404
    assert "Holding a caseload kindly" not in fresh(client, blog.url)


def test_scheduled_go_live_when_publish_scheduled_runs(client, blog, post, commit):
    later = BlogPageFactory(parent=blog, title="Goes live later", slug="later", live=False)
    later.go_live_at = timezone.now() + datetime.timedelta(minutes=5)
    later.save_revision().publish()
    cached(client, blog.url)
    assert "Goes live later" not in fresh(client, blog.url)
    moment = timezone.now() + datetime.timedelta(minutes=6)
    with mock.patch("django.utils.timezone.now", return_value=moment), commit():
        call_command("publish_scheduled")
    assert "Goes live later" in fresh(client, blog.url)
    assert client.get("/blog/later/").status_code == 200


def test_deleting_through_the_admin(admin_client, client, blog, post, commit):
    cached(client, post.url), cached(client, blog.url)
    with commit():
        admin_client.post(reverse("wagtailadmin_pages:delete", args=[post.pk]))
    assert not BlogPage.objects.filter(pk=post.pk).exists()
    assert client.get(post.url).status_code == 404
    assert "Holding a caseload kindly" not in fresh(client, blog.url)


def test_moving_through_the_admin(admin_client, client, blog, post, commit):
    guests = GuestPostIndexPageFactory(parent=blog)
    old_url = post.url
    cached(client, old_url), cached(client, blog.url)
    with commit():
        admin_client.post(reverse("wagtailadmin_pages:move_confirm", args=[post.pk, guests.pk]))
    post.refresh_from_db()
    assert post.url != old_url
    # Wagtail redirects the old address to the new one.
    moved = client.get(old_url)
    assert moved.status_code == 301 and moved["Location"].endswith(post.url)
    assert post.url in fresh(client, blog.url)


# Series


@pytest.fixture
def story(home, blog, post):
    second = BlogPageFactory(parent=blog, title="The second part", slug="second-part")
    index = SeriesIndexPageFactory(parent=home)
    series = build_series(
        index, [post, {"title": "Announced for later"}], title="Learning to hold", slug="learning"
    )
    return series, second


def test_an_announced_part_linked_to_its_post(client, home, post, story, commit):
    series, second = story
    assert "1 of 2 parts published, 1 to come" in cached(client, home.url)  # in progress
    assert "Announced for later" in cached(client, post.url)
    cached(client, series.url)
    with commit():
        announced = series.parts.get(title="Announced for later")
        announced.post = second
        series.parts = [series.parts.get(post=post), announced]
        series.save_revision().publish()
    assert "The second part" in fresh(client, series.url)
    banner = fresh(client, post.url)  # the next part, in the banner
    assert "Part 1 of 2 in the series" in banner and "The second part" in banner
    assert "1 to come" not in fresh(client, home.url)  # complete, so off home


def test_a_part_going_live_updates_its_series(client, blog, story, commit):
    series, second = story
    draft = BlogPageFactory(parent=blog, title="A part in the making", slug="making", live=False)
    with commit():
        series.parts.add(SeriesPart(post=draft))
        series.save_revision().publish()
    assert "A part in the making" in cached(client, series.url)
    with commit():
        draft.save_revision().publish()
    assert reverse("wagtail_serve", args=["blog/making/"]) in fresh(client, series.url)


# Comments


@pytest.fixture
def config(site_tree):
    return comment_settings(min_seconds=0, hold_first_comment=True)


def test_a_comment_published_by_a_moderator(admin_client, client, blog, post, config, commit):
    comment = make_comment(post, text="Waiting for a moderator.", state=Comment.State.AWAITING)
    cached(client, post.url), cached(client, blog.url)
    with commit():
        admin_client.post(
            reverse("discussion_comment:moderate", args=[comment.pk]), {"action": "approve"}
        )
    assert "Waiting for a moderator." in fresh(client, post.url)
    assert "1 comment" in fresh(client, blog.url)


def test_a_comment_published_at_once_shows_on_return(client, post, config, commit):
    make_comment(post, text="An earlier one.", email="known@example.org")
    cached(client, post.url)
    with commit():
        response = post_comment(client, post, email="known@example.org", comment="Straight in.")
    assert response.status_code == 302
    assert "Straight in." in fresh(client, response["Location"].split("#")[0])


def test_a_comment_removed_or_edited(admin_client, client, post, config, commit):
    comment = make_comment(post, text="Soon to change.")
    other = make_comment(post, text="Soon to go.")
    cached(client, post.url)
    with commit():
        admin_client.post(
            reverse("discussion_comment:moderate", args=[other.pk]), {"action": "remove"}
        )
        comment.comment = "Changed by a moderator."
        comment.save()
    html = fresh(client, post.url)
    assert "Soon to go." not in html and "Changed by a moderator." in html


def test_a_commenter_erased(client, post, config, commit):
    make_comment(post, text="Please forget me.", name="Pat Erasable", email="pat@example.org")
    cached(client, post.url)
    with commit():
        erasure.erase("pat@example.org", "delete", user=None)
    assert "Pat Erasable" not in fresh(client, post.url)


def test_comment_settings(client, post, config, commit):
    cached(client, post.url)
    with commit():
        comment_settings(max_links=7)
    assert "7 links" in fresh(client, post.url)


# Snippets and settings


def test_an_author_edited_in_the_admin(admin_client, client, blog, post, commit):
    author = post.authors[0]
    cached(client, post.url), cached(client, blog.url)
    with commit():
        response = admin_client.post(
            reverse("wagtailsnippets_blog_author:edit", args=[author.pk]),
            {
                "name": "Sam Rivers-Okafor",
                "slug": author.slug,
                "role": author.role,
                "organisation": "",
                "bio": "",
                "kind": Author.Kind.STAFF,
                "credit": Author.Credit.NAME,
            },
        )
    assert response.status_code == 302
    assert "Sam Rivers-Okafor" in fresh(client, post.url)
    assert "Sam Rivers-Okafor" in fresh(client, blog.url)


def test_a_content_warning_edited(client, post, commit):
    warning = ContentWarning.objects.create(
        name="Burnout", slug="burnout", label="Burnout", description="Exhaustion at work."
    )
    PostWarning.objects.create(page=post, warning=warning, intensity="mentioned")
    cached(client, post.url), cached(client, "/reading-preferences/")
    with commit():
        warning.name = warning.label = "Work exhaustion"
        warning.save()
    assert "Work exhaustion" in fresh(client, post.url)
    assert "Work exhaustion" in fresh(client, "/reading-preferences/")


def test_site_settings(client, home, post, commit):
    cached(client, home.url), cached(client, post.url)
    with commit():
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.footer_text = "A new footer for everyone."
        settings.save()
    assert "A new footer for everyone." in fresh(client, home.url)
    assert "A new footer for everyone." in fresh(client, post.url)


def test_an_explicit_invalidation_for_changes_without_signals(client, post, commit):
    cached(client, post.url)
    with commit():
        BlogPage.objects.filter(pk=post.pk).update(title="Changed by update()")
        invalidate([post.url])
    assert "Changed by update()" in fresh(client, post.url)


# The CDN


def test_the_frontend_cache_is_told_the_same_urls(client, blog, post, commit):
    with commit():
        post.title = "Retitled"
        post.save_revision().publish()
    for url in (
        "http://testserver/blog/holding-a-caseload/",
        "http://testserver/blog/",
        "http://testserver/blog/?page=1",
        "http://testserver/blog/tags/supervision/",
        "http://testserver/blog/feed/",
        "http://testserver/",
        "http://testserver/sitemap.xml",
    ):
        assert url in purged, url
