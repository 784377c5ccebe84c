"""The loaded demo holds what its data files say, read here independently of
the loader: pages, posts and their bodies, series parts, guest posts and
their workflow states, authors, warnings, pictures, comments, likes and
accounts; and readers see every state of a series part and the comments a
moderator has let through."""

import datetime
from html import unescape

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Site

from blog.models import Author, BlogPage, ContentWarning
from demo.datafiles import read
from discussion.models import Comment, Like
from guestposts.models import Pitch
from series.models import SeriesPage
from series.parts import series_parts
from website.models import HomePage, SiteSettings, StandardPage

DEFAULTS = {"heading": {"level": "h2", "anchor": ""}, "list": {"style": "ul"}}


def nine_am(date):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(9, 0)))


def decoded(value):
    """Saving rich text writes ' as &#x27;: compare text with entities decoded."""
    if isinstance(value, str):
        return unescape(value)
    if isinstance(value, dict):
        return {key: decoded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [decoded(item) for item in value]
    return value


def written(block):
    """A data-file block's value, as the stored block holds it."""
    kind = block["type"]
    fields = {key: v for key, v in (DEFAULTS.get(kind, {}) | block).items() if key != "type"}
    if kind == "paragraph":
        return fields["text"]
    if kind == "image":
        # Pictures and warnings are stored by id, checked apart.
        return {"alt": fields["alt"], "caption": fields.get("caption", "")}
    if kind == "sensitive":
        return {"note": fields["note"], "content": [written(inner) for inner in fields["content"]]}
    return fields


def stored(saved, expected):
    """A stored block's value, cut to what its data-file block gives."""
    kind, value = saved["type"], saved["value"]
    if kind == "image":
        return {"alt": value["image"]["alt_text"], "caption": value["caption"]}
    if kind == "sensitive":
        content = zip(value["content"], expected["content"], strict=True)
        return {"note": value["note"], "content": [stored(*pair) for pair in content]}
    if kind == "list":
        items = [item["value"] if isinstance(item, dict) else item for item in value["items"]]
        return {"style": value["style"], "items": items}
    if isinstance(value, dict):
        # Wagtail may store more than the data gives (a table's header choice).
        return {key: value[key] for key in expected}
    return value


def assert_body(page, blocks):
    raw = list(page.body.raw_data)
    assert [block["type"] for block in raw] == [block["type"] for block in blocks], page.slug
    for saved, block in zip(raw, blocks, strict=True):
        expected = written(block)
        assert decoded(stored(saved, expected)) == decoded(expected), (page.slug, block)


def all_posts():
    """(section slug, post data) for every post in the data files."""
    posts = [("blog", data) for data in read("posts")["post"]]
    for series in read("series")["series"]:
        posts += [
            (part["post"].get("section", "blog"), part["post"])
            for part in series["part"]
            if "post" in part
        ]
    return posts + [("guest-posts", data) for data in read("guests")["post"]]


def test_site_pages_and_sections(demo):
    site = read("site")
    wagtail_site = Site.objects.get(is_default_site=True)
    home = wagtail_site.root_page.specific
    assert isinstance(home, HomePage)
    assert (home.title, home.slug, home.intro) == (
        site["home"]["title"],
        site["home"]["slug"],
        site["home"]["intro"],
    )
    assert (wagtail_site.hostname, wagtail_site.port, wagtail_site.site_name) == (
        site["site"]["hostname"],
        site["site"]["port"],
        site["site"]["name"],
    )
    for key, url in [
        ("blog", "/blog/"),
        ("series", "/series/"),
        ("guest_posts", "/blog/guest-posts/"),
    ]:
        page = home.get_descendants().get(url_path=f"/home{url}").specific
        assert (page.title, page.intro, page.live) == (
            site[key]["title"],
            site[key]["intro"],
            True,
        )
        assert page.show_in_menus == site[key].get("show_in_menus", False)

    entries = read("pages")["page"]
    pages = list(StandardPage.objects.child_of(home).order_by("path"))
    assert [page.slug for page in pages] == [data["slug"] for data in entries]
    for page, data in zip(pages, entries, strict=True):
        assert (page.title, page.summary, page.live, page.show_in_menus) == (
            data["title"],
            data["summary"],
            True,
            data.get("in_menu", True),
        )
        assert_body(page, data["body"])


def test_privacy_notice_is_named_and_linked(demo, client):
    """The demo's privacy notice is the site's, out of the menu, in the
    footer, and linked from every form that asks for an email address."""
    notice = SiteSettings.for_site(Site.objects.get(is_default_site=True)).privacy_page
    assert notice.slug == read("site")["site"]["privacy_page"]
    assert notice.live and not notice.show_in_menus
    text = client.get(notice.url).content.decode()
    for words in ("Comments", "Following by email", "Pitches", "erase", "three days"):
        assert words in text
    link = f'href="{notice.url}"'
    post = BlogPage.objects.live().filter(comments_open=True).first()
    for url in (post.url, "/follow/", "/write-for-us/pitch/", "/"):
        assert link in client.get(url).content.decode(), url


def test_footer_and_about_page_say_how_to_reach_the_editors(demo, client):
    site = read("site")["site"]
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert (settings.about_page.slug, settings.contact_email) == (
        site["about_page"],
        site["contact_email"],
    )
    mailto = f'href="mailto:{site["contact_email"]}"'
    assert mailto in client.get("/").content.decode()
    about = client.get(settings.about_page.url).content.decode()
    assert mailto in about and 'href="/write-for-us/pitch/"' in about


def test_posts_as_written(demo):
    posts = all_posts()
    assert BlogPage.objects.count() == len(posts)
    for section, data in posts:
        post = BlogPage.objects.get(slug=data["slug"])
        assert post.get_parent().slug == section
        assert (post.title, post.summary) == (data["title"], data["summary"])
        assert [author.slug for author in post.authors] == data["authors"]
        # A draft in review keeps its tags in its revision until it is published.
        draft = post.get_latest_revision_as_object()
        assert sorted(draft.tags.names()) == sorted(data["tags"])
        hero = f"Demo picture: {data['hero']}" if "hero" in data else None
        assert (post.hero_image.title if post.hero_image else None) == hero
        assert [(w.warning.slug, w.intensity) for w in post.warnings.all()] == [
            (choice["warning"], choice["intensity"]) for choice in data.get("warnings", [])
        ]
        assert post.warning_note == data.get("warning_note", "")
        assert_body(post, data["body"])

        if data.get("schedule_in_days"):
            day = timezone.localdate() + datetime.timedelta(days=data["schedule_in_days"])
            assert (post.live, post.go_live_at, post.date) == (False, nine_am(day), None)
            assert post.scheduled_revision is not None
        elif data.get("state") == "in_review":
            assert not post.live and post.date is None
        else:
            assert post.live and post.date == data["date"]
            assert post.first_published_at == nine_am(data["date"])


def test_pictures_in_posts_and_sections(demo):
    Image = get_image_model()
    pictures = read("pictures")["pictures"]
    images = list(Image.objects.order_by("pk"))
    assert [image.title for image in images] == [f"Demo picture: {key}" for key in pictures]
    assert all(image.collection.name == "Demo pictures" for image in images)
    for image, spec in zip(images, pictures.values(), strict=True):
        portrait = spec["composition"] == "portrait"
        assert (image.width, image.height) == ((600, 600) if portrait else (1600, 900))

    for _, data in all_posts():
        post = BlogPage.objects.get(slug=data["slug"])
        blocks = [*data["body"], *(b for block in data["body"] for b in block.get("content", []))]
        raw = [*post.body.raw_data]
        raw += [
            b for block in raw if block["type"] == "sensitive" for b in block["value"]["content"]
        ]
        pictures = [block["image"] for block in blocks if block["type"] == "image"]
        saved = [block["value"]["image"]["image"] for block in raw if block["type"] == "image"]
        assert [Image.objects.get(pk=pk).title for pk in saved] == [
            f"Demo picture: {key}" for key in pictures
        ]


def test_warnings_and_authors(demo):
    warnings = read("warnings")["warning"]
    assert list(ContentWarning.objects.order_by("pk").values(*warnings[0])) == warnings

    staff, guests = read("authors")["author"], read("guests")["contributor"]
    assert list(Author.objects.order_by("pk").values_list("slug", flat=True)) == [
        data["slug"] for data in staff + guests
    ]
    for data in staff:
        author = Author.objects.get(slug=data["slug"])
        assert (author.name, author.role, author.bio, author.kind) == (
            data["name"],
            data["role"],
            data["bio"],
            data["kind"],
        )
    for data in guests:
        author = Author.objects.get(slug=data["slug"])
        assert (author.name, author.role, author.bio, author.organisation, author.credit) == (
            data["name"],
            data["role"],
            data["bio"],
            data["organisation"],
            data["credit"],
        )
        assert author.kind == Author.Kind.GUEST
    for data in staff + guests:
        photo = Author.objects.get(slug=data["slug"]).photo
        expected = f"Demo picture: {data['photo']}" if "photo" in data else None
        assert (photo.title if photo else None) == expected
    assert any("photo" in data for data in staff + guests)
    assert any("photo" not in data and data.get("credit", "name") == "name" for data in staff)


def test_post_pictures_differ(demo):
    """No two posts share a hero: the listings look varied."""
    heroes = [data["hero"] for _, data in all_posts() if "hero" in data]
    heroes += [data["cover"] for data in read("series")["series"]]
    assert len(heroes) == len(set(heroes))


def test_series_parts_in_order(demo):
    guest_parts = {
        data["series"]: data["slug"] for data in read("guests")["post"] if data.get("series")
    }
    for data in read("series")["series"]:
        series = SeriesPage.objects.get(slug=data["slug"])
        assert (series.title, series.summary, series.introduction, series.live) == (
            data["title"],
            data["summary"],
            data["introduction"],
            True,
        )
        assert series.cover_image.title == f"Demo picture: {data['cover']}"
        expected = [
            ("post", part["post"]["slug"]) if "post" in part else ("announced", part["title"])
            for part in data["part"]
        ]
        if data["slug"] in guest_parts:
            # A published guest post joins after the series' published parts.
            last_post = max(i for i, (kind, _) in enumerate(expected) if kind == "post")
            expected.insert(last_post + 1, ("post", guest_parts[data["slug"]]))
        parts = list(series.parts.order_by("sort_order"))
        assert [
            ("post", part.post.slug) if part.post_id else ("announced", part.title)
            for part in parts
        ] == expected
        announced = [part for part in data["part"] if "post" not in part]
        assert [(part.summary, part.planned_date) for part in parts if not part.post_id] == [
            (part["summary"], part.get("planned_date")) for part in announced
        ]


def test_guest_posts_accounts_and_pitch(demo):
    User = get_user_model()
    guests, logins = read("guests"), read("accounts")
    account = next(data for data in guests["contributor"] if data.get("account"))
    contributor = User.objects.get(username=account["email"])
    assert contributor.check_password(logins["contributor"]["password"])
    assert contributor.first_name == account["name"]
    assert contributor.groups.filter(name="Guest contributors").exists()
    assert contributor.author_profile.slug == account["slug"]

    admin = User.objects.get(username=logins["admin"]["username"])
    assert admin.is_superuser and admin.check_password(logins["admin"]["password"])
    assert admin.email == logins["admin"]["email"]
    assert admin.author_profile.slug == logins["admin"]["writes_as"]
    assert User.objects.count() == 2

    pitch = Pitch.objects.get()
    assert (pitch.title, pitch.email, pitch.outline, pitch.status, pitch.author) == (
        guests["pitch"]["title"],
        guests["pitch"]["email"],
        guests["pitch"]["outline"],
        Pitch.Status.ACCEPTED,
        contributor.author_profile,
    )

    for data in guests["post"]:
        post = BlogPage.objects.get(slug=data["slug"])
        if contributor.author_profile.slug in data["authors"]:
            assert post.owner == contributor
        state = post.workflow_states.first()
        if data["state"] == "in_review":
            assert state.status == state.STATUS_IN_PROGRESS
            assert state.requested_by == contributor
            assert state.current_task_state.task.name == "Editors review the guest post"
            assert post.confidentiality_confirmed_by == contributor
            assert post.latest_revision.user == contributor
        else:
            assert state is None and post.live


def test_comments_and_likes(demo):
    data = read("discussions")
    people = data["people"]
    commented = {discussion["post"] for discussion in data["discussion"]}
    assert set(Comment.objects.values_list("post__slug", flat=True)) == commented
    for discussion in data["discussion"]:
        post = BlogPage.objects.get(slug=discussion["post"])
        assert Like.objects.filter(post=post, comment=None).count() == discussion["likes"]
        comments = {c.comment: c for c in post.reader_comments.all()}
        assert len(comments) == len(discussion["comment"])
        keys = {}
        for entry in discussion["comment"]:
            comment = keys[entry["key"]] = comments[entry["text"]]
            parent = keys.get(entry.get("reply_to"))
            assert comment.parent_id == (parent.pk if parent else comment.pk)
            assert comment.level == (parent.level + 1 if parent else 0)
            assert comment.state == entry.get("state", Comment.State.PUBLISHED)
            assert comment.submit_date == timezone.make_aware(
                datetime.datetime.combine(
                    post.date + datetime.timedelta(days=entry["days_after"]), entry["at"]
                )
            )
            assert comment.likes.count() == entry.get("likes", 0)
            if entry["by"] == "author":
                assert comment.user.author_profile in post.authors
                assert comment.badge == Comment.Badge.AUTHOR
            else:
                person = people[entry["by"]]
                assert (comment.user_name, comment.user_email, comment.user_url) == (
                    person["name"],
                    person["email"],
                    person.get("url", ""),
                )
                assert comment.reader == (f"{person['reader']:032x}" if "reader" in person else "")
            if comment.state == Comment.State.AWAITING:
                assert comment.held_reason == data["held_reason"]


def test_demo_series_show_every_part_state(demo, client):
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


def test_demo_discussions(demo, client):
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


def test_the_demo_write_for_us_page_has_its_pitch_button(demo, client):
    html = client.get("/write-for-us/").content.decode()
    assert '<a class="button" href="/write-for-us/pitch/">Send us a pitch</a>' in html
