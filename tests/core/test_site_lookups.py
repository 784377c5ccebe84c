"""The site lookups kept between requests (core/sitecache.py): the site, a
page's route, the menu, the blog index and site settings. Kept, they cost no
query; after any change to what they are made from, the next request shows
the change. Each event test reads a page, makes the change as the admin or a
script would (without committing: the version is replaced at once, for the
request that made the change), and reads the page again."""

import datetime
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from core import sitecache
from core.pagecache import invalidate, invalidate_all
from tests.blog.factories import BlogPageFactory
from tests.discussion.factories import comment_settings
from tests.guestposts.factories import GuestPostIndexPageFactory
from tests.hostile import naughty_sample
from tests.website.factories import StandardPageFactory
from website.models import SiteSettings


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured]


def text(client, url):
    return client.get(url).content.decode()


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


# Kept


def test_a_second_request_looks_up_neither_site_route_menu_nor_settings(client, post):
    first = queries_for(client, post.url)
    second = queries_for(client, post.url)
    looked_up = ("wagtailcore_site", "website_sitesettings", "discussion_commentsettings")
    assert any(table in sql for sql in first for table in looked_up)
    assert not any(table in sql for sql in second for table in looked_up)
    # Routing fetched home, the blog and the post, each twice (base, specific).
    assert len(second) <= len(first) - 6


def test_routes_with_a_view_misses_and_unknown_hosts_are_not_kept(client, blog, post):
    client.get(f"{blog.url}tag/supervision/")
    client.get("/no-such-page/")
    client.get(post.url, HTTP_HOST="elsewhere.example")
    prefix = sitecache._prefix()
    site = Site.objects.get()
    assert sitecache.cache.get(f"{prefix}:route:{site.pk}:blog/tag/supervision/") is None
    assert sitecache.cache.get(f"{prefix}:route:{site.pk}:no-such-page/") is None
    assert sitecache.cache.get(f"{prefix}:site:elsewhere.example:80") is None
    client.get(post.url)
    route = f"{prefix}:route:{site.pk}:{post.url.lstrip('/')}"
    assert sitecache.cache.get(route).page.pk == post.pk


def test_the_blog_index_its_feed_and_tag_pages_are_routed_without_a_query(client, blog, post):
    post.tags.add("Supervision")
    post.save_revision().publish()
    client.get(blog.url)
    urls = ("", "feed/", "feed/atom/", "tags/supervision/", "tags/supervision/feed/")
    for url in (f"{blog.url}{route}" for route in urls):
        client.get(url)
        routing = [sql for sql in queries_for(client, url) if '"wagtailcore_page"."slug" =' in sql]
        assert routing == [], url
    assert client.get(f"{blog.url}tags/no-such-tag/").status_code == 404
    assert client.get(f"{blog.url}no-such-post/").status_code == 404
    assert post.title in text(client, post.url)


def test_pages_below_kept_routes_are_found_and_made_up_ones_are_not(client, blog, home):
    section = GuestPostIndexPageFactory(parent=blog, slug="guest-posts", title="Guest posts")
    guest = BlogPageFactory(parent=section, slug="from-a-team", title="From a team")
    client.get(blog.url), client.get(section.url)  # kept; the post is not yet
    assert guest.title in text(client, "/blog/guest-posts/from-a-team/")
    made_up = "/blog/" + "deeper/" * 200
    assert client.get(made_up).status_code == 404
    assert client.get("/blog/guest-posts/no-such-post/").status_code == 404


def test_a_second_request_reads_no_view_restrictions(client, post):
    first, second = queries_for(client, post.url), queries_for(client, post.url)
    assert any("wagtailcore_pageviewrestriction" in sql for sql in first)
    assert not any("wagtailcore_pageviewrestriction" in sql for sql in second)


# Never stale: each change, then the next request


def test_a_post_republished_with_a_new_title_shows_it(client, post):
    assert post.title in text(client, post.url)
    publish(post, title="A title the reader has not seen")
    assert "A title the reader has not seen" in text(client, post.url)


def test_a_draft_changes_nothing_readers_see(client, post):
    text(client, post.url)
    post.title = "Not published yet"
    post.save_revision()
    body = text(client, post.url)
    assert "Not published yet" not in body and post.specific_class.objects.get().title in body


def test_the_blog_index_and_its_feed_follow_it_when_unpublished_and_renamed(client, blog, post):
    for url in ("/blog/", "/blog/feed/"):
        assert client.get(url).status_code == 200
    blog.unpublish()
    assert client.get("/blog/").status_code == 404
    assert client.get("/blog/feed/").status_code == 404
    publish(blog, slug="writing")
    assert client.get("/blog/").status_code == 404
    assert client.get("/writing/feed/").status_code == 200


def test_an_unpublished_post_is_gone(client, post):
    text(client, post.url)
    post.unpublish()
    assert client.get(post.url).status_code == 404


def test_a_new_slug_moves_the_post(client, post):
    old = post.url
    text(client, old)
    publish(post, slug="somewhere-new")
    assert client.get(old).status_code == 404
    assert client.get("/blog/somewhere-new/").status_code == 200


def test_a_deleted_page_is_gone(client, post):
    text(client, post.url)
    post.delete()
    assert client.get(post.url).status_code == 404


def test_a_moved_page_answers_at_its_new_address(client, home):
    about = StandardPageFactory(parent=home, slug="about", title="About us")
    team = StandardPageFactory(parent=home, slug="team", title="The team")
    text(client, "/about/")
    about.move(team, pos="last-child")
    # Wagtail leaves a redirect at the old address.
    assert client.get("/about/", follow=True).redirect_chain == [("/team/about/", 301)]
    assert "About us" in text(client, "/team/about/")


def test_a_page_added_to_the_menu_appears_in_it(client, home, post):
    assert "Our editors" not in text(client, post.url)
    StandardPageFactory(parent=home, slug="editors", title="Our editors", show_in_menus=True)
    assert "Our editors" in text(client, post.url)


def test_a_menu_page_made_private_leaves_the_menu(client, home, post):
    page = StandardPageFactory(parent=home, slug="team", title="Team room", show_in_menus=True)
    assert "Team room" in text(client, post.url)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert "Team room" not in text(client, post.url)


def test_a_password_on_a_section_applies_to_its_posts_at_once(client, blog, post):
    assert post.title in text(client, post.url)
    restriction = PageViewRestriction.objects.create(
        page=blog, restriction_type=PageViewRestriction.PASSWORD, password="kind words"
    )
    response = client.get(post.url)
    assert 'name="password"' in response.content.decode()
    assert post.title not in response.content.decode()
    restriction.delete()
    assert post.title in text(client, post.url)


def test_site_settings_show_at_once(client, post):
    text(client, post.url)
    site_settings = SiteSettings.for_site(Site.objects.get())
    site_settings.tagline = "A tagline saved a moment ago"
    site_settings.save()
    assert "A tagline saved a moment ago" in text(client, post.url)


def test_comment_settings_apply_at_once(client, post):
    post.date = timezone.localdate() - datetime.timedelta(days=40)
    publish(post)
    assert "Comments are closed" not in text(client, post.url)
    comment_settings(close_after_days=30)
    assert "Comments are closed" in text(client, post.url)


def test_a_renamed_site_shows_its_new_name(client, post):
    assert "· Commonroom</title>" in text(client, post.url)
    site = Site.objects.get()
    site.site_name = "Commonroom North"
    site.save()
    assert "· Commonroom North</title>" in text(client, post.url)


@pytest.mark.parametrize(
    "invalidation",
    [lambda post: invalidate_all(), lambda post: invalidate([post.url])],
    ids=["everything", "its-urls"],
)
def test_changes_that_send_no_signal_show_after_an_invalidation(
    client, post, invalidation, django_capture_on_commit_callbacks
):
    text(client, post.url)
    type(post).objects.filter(pk=post.pk).update(title="Changed by an update")
    with django_capture_on_commit_callbacks(execute=True):
        invalidation(post)
    assert "Changed by an update" in text(client, post.url)


def test_a_new_post_is_routed_at_once(client, blog, post):
    text(client, post.url)
    assert client.get("/blog/brand-new/").status_code == 404
    BlogPageFactory(parent=blog, slug="brand-new", title="Brand new")
    assert client.get("/blog/brand-new/").status_code == 200


# Hostile input: the lookups see every request's host and path


@pytest.mark.parametrize("value", naughty_sample(40))
def test_hostile_hosts_and_paths_answer_plainly_and_keep_nothing(client, post, value):
    text(client, post.url)
    keys_before = set(sitecache.cache._cache)
    path = "/blog/" + quote(value, safe="") + "/"
    assert client.get(path).status_code in (400, 404)
    response = client.get(post.url, HTTP_HOST=value.encode("utf-8", "replace").decode("latin-1"))
    assert response.status_code in (200, 400)
    assert set(sitecache.cache._cache) == keys_before
