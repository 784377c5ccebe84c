"""Who may do what with guest posts: anonymous readers, two contributors,
an editor and an admin — asserted by URL and by Wagtail's permission API."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from blog.models import Author
from tests.blog.factories import BlogPageFactory
from tests.guestposts.factories import GuestPostIndexPageFactory, make_contributor, make_editor


@pytest.fixture
def world(blog, client):
    index = GuestPostIndexPageFactory(parent=blog)
    author_a, a = make_contributor("Alex Able")
    author_b, b = make_contributor("Bea Bright", credit=Author.Credit.ANONYMOUS)
    editor = make_editor()
    admin = get_user_model().objects.create_superuser("root@example.org", "root@example.org", "x")
    draft_a = BlogPageFactory(
        parent=index, title="A's draft", owner=a, authors=[author_a], live=False
    )
    draft_b = BlogPageFactory(
        parent=index, title="B's draft", owner=b, authors=[author_b], live=False
    )
    staff_post = BlogPageFactory(parent=blog, title="Staff post")
    return {
        "blog": blog,
        "index": index,
        "a": a,
        "b": b,
        "editor": editor,
        "admin": admin,
        "draft_a": draft_a,
        "draft_b": draft_b,
        "staff_post": staff_post,
    }


def status(client, user, url, method="get"):
    client.logout()
    if user is not None:
        client.force_login(user)
    return getattr(client, method)(url).status_code


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_page_permissions_by_api(world):
    perms = {
        who: world["index"].permissions_for_user(world[who]) for who in ("a", "editor", "admin")
    }
    assert perms["a"].can_add_subpage() and not perms["a"].can_publish_subpage()
    assert perms["editor"].can_add_subpage() and perms["editor"].can_publish_subpage()
    own, other = world["draft_a"], world["draft_b"]
    assert own.permissions_for_user(world["a"]).can_edit()
    assert not own.permissions_for_user(world["a"]).can_publish()
    assert not other.permissions_for_user(world["a"]).can_edit()
    assert not world["staff_post"].permissions_for_user(world["a"]).can_edit()
    assert other.permissions_for_user(world["editor"]).can_edit()
    assert other.permissions_for_user(world["editor"]).can_publish()
    assert not world["blog"].permissions_for_user(world["a"]).can_add_subpage()


def test_page_urls(client, world):
    a, b, editor, admin = world["a"], world["b"], world["editor"], world["admin"]
    own, other = world["draft_a"], world["draft_b"]
    add_guest = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", world["index"].pk])
    add_staff = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", world["blog"].pk])
    expectations = [
        # (user, url, allowed)
        (None, edit_url(own), False),
        (a, add_guest, True),
        (a, add_staff, False),
        (a, edit_url(own), True),
        (a, edit_url(other), False),
        (b, edit_url(own), False),
        (a, edit_url(world["staff_post"]), False),
        (a, reverse("wagtailadmin_pages:view_draft", args=[own.pk]), True),
        (a, reverse("wagtailadmin_pages:view_draft", args=[other.pk]), False),
        (editor, edit_url(other), True),
        (editor, reverse("wagtailadmin_pages:view_draft", args=[other.pk]), True),
        (admin, edit_url(own), True),
    ]
    for user, url, allowed in expectations:
        code = status(client, user, url)
        if allowed:
            assert code == 200, (user, url, code)
        else:
            assert code in (302, 403, 404), (user, url, code)
    # Drafts are never public.
    client.logout()
    assert client.get("/blog/guest-posts/").status_code in (302, 200)
    assert client.get(own.url or "/blog/guest-posts/x/").status_code in (302, 404)


def test_contributor_cannot_publish_even_by_posting_the_button(client, world):
    client.force_login(world["a"])

    client.post(
        edit_url(world["draft_a"]),
        nested_form_data(
            {
                "title": "A's draft",
                "slug": world["draft_a"].slug,
                "summary": "S.",
                "warnings": inline_formset([]),
                "body": streamfield([("paragraph", rich_text("<p>x</p>"))]),
                "comments": inline_formset([]),
                "comments_open": "on",
                "comment_moderation": "warnings",
                "action-publish": "action-publish",
            }
        ),
    )
    world["draft_a"].refresh_from_db()
    assert not world["draft_a"].live


def test_admin_sections(client, world):
    sections = {
        "settings": reverse(
            "wagtailsettings:edit", args=["website", "sitesettings", world["index"].get_site().pk]
        ),
        "users": reverse("wagtailusers_users:index"),
        "groups": reverse("wagtailusers_groups:index"),
        "followers": reverse("series_subscription:index"),
        "notifications": reverse("series_notification:index"),
        "pitches": reverse("guestposts_pitch:index"),
        "withdrawals": reverse("guestposts_withdrawal:index"),
        "authors": reverse("wagtailsnippets_blog_author:list"),
        "warnings": reverse("wagtailsnippets_blog_contentwarning:list"),
        "documents": reverse("wagtaildocs:index"),
        "posts": reverse("posts:index"),
        "workflows": reverse("wagtailadmin_workflows:index"),
        "reports": reverse("wagtailadmin_reports:site_history"),
    }
    for name, url in sections.items():
        assert status(client, world["a"], url) in (302, 403), name
    for name in ("followers", "pitches", "withdrawals", "authors", "warnings", "posts"):
        assert status(client, world["editor"], sections[name]) == 200, name
    for name, url in sections.items():
        assert status(client, world["admin"], url) == 200, name
    for name, url in sections.items():
        assert status(client, None, url) == 302, (name, status(client, None, url))


def test_contributor_menu_dashboard_and_listings_show_only_their_own(client, world):
    client.force_login(world["a"])
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Your guest posts" in home and "A&#x27;s draft" in home
    assert "B&#x27;s draft" not in home and "Staff post" not in home
    for hidden in (
        "Snippets",
        "Documents",
        "Reports",
        "Following",
        "Withdrawal requests",
        "Settings",
    ):
        assert f'"label": "{hidden}"' not in home and f">{hidden}<" not in home, hidden
    explorer = client.get(
        reverse("wagtailadmin_explore", args=[world["index"].pk])
    ).content.decode()
    assert "A&#x27;s draft" in explorer and "B&#x27;s draft" not in explorer
    chooser = client.get(
        reverse("wagtailadmin_choose_page_child", args=[world["index"].pk])
    ).content.decode()
    assert "B&#x27;s draft" not in chooser


def test_each_contributor_has_their_own_image_collection(client, world):
    Image = get_image_model()
    a_collection = Collection.objects.get(name__startswith="Alex Able")
    b_collection = Collection.objects.get(name__startswith="Bea Bright")
    b_image = Image.objects.create(
        title="B's picture",
        file=get_test_image_file(),
        collection=b_collection,
        uploaded_by_user=world["b"],
    )
    client.force_login(world["a"])
    listing = client.get(reverse("wagtailimages:index")).content.decode()
    assert "B&#x27;s picture" not in listing
    assert client.get(reverse("wagtailimages:edit", args=[b_image.pk])).status_code in (
        302,
        403,
        404,
    )
    chooser = client.get(reverse("wagtailimages_chooser:choose")).content.decode()
    assert "B&#x27;s picture" not in chooser
    upload = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "A's picture",
            "file": png_upload("alex-able-face.png"),
            "collection": a_collection.pk,
        },
    )
    assert upload.status_code == 302, upload.context["form"].errors
    mine = Image.objects.get(title="A's picture")
    assert mine.collection == a_collection
    # Stored under a random name, not the uploaded file's (it often names someone).
    assert "alex" not in mine.file.name
    refused = client.post(
        reverse("wagtailimages:add"),
        {"title": "Elsewhere", "file": png_upload("x.png"), "collection": b_collection.pk},
    )
    # Another contributor's collection is not on offer: it lands in their own, or nowhere.
    assert refused.status_code in (200, 302)
    assert not Image.objects.filter(title="Elsewhere", collection=b_collection).exists()


def png_upload(name):
    return SimpleUploadedFile(name, get_test_image_file().file.getvalue(), content_type="image/png")


# ---------------------------------------------------------------------------
# Nothing of one contributor's reaches the other: every admin path a
# contributor can reach, with pages and images named by id.
# ---------------------------------------------------------------------------


def secret_work(index, user, author, who):
    """A draft and a scheduled post with marked titles, slugs and SEO fields,
    and an image in the contributor's own collection."""
    marker = f"secret-{who}"
    draft = BlogPageFactory(
        parent=index,
        title=f"Draft {marker}",
        slug=f"draft-{marker}",
        seo_title=f"SEO {marker}",
        search_description=f"Description {marker}",
        owner=user,
        authors=[author],
        live=False,
    )
    scheduled = BlogPageFactory(
        parent=index,
        title=f"Scheduled {marker}",
        slug=f"scheduled-{marker}",
        owner=user,
        authors=[author],
        live=False,
        go_live_at=timezone.now() + datetime.timedelta(days=3),
    )
    image = get_image_model().objects.create(
        title=f"Picture {marker}",
        file=get_test_image_file(),
        collection=Collection.objects.get(name__startswith=author.name),
        uploaded_by_user=user,
    )
    return {"marker": marker, "draft": draft, "scheduled": scheduled, "image": image}


@pytest.fixture
def two_contributors(world):
    authors = {who: Author.objects.get(user=world[who]) for who in ("a", "b")}
    return {
        who: {"user": world[who], **secret_work(world["index"], world[who], authors[who], who)}
        for who in ("a", "b")
    } | {"index": world["index"], "blog": world["blog"]}


def scoped_paths(index, blog, theirs):
    draft, image = theirs["draft"].pk, theirs["image"].pk
    # Part of both contributors' markers: a search box that echoes the
    # query never shows the other's whole marker.
    marker = "secret"
    return [
        f"/admin/api/main/pages/?child_of={index.pk}",
        f"/admin/api/main/pages/?child_of={index.pk}&for_explorer=1",
        f"/admin/api/main/pages/?descendant_of={blog.pk}",
        f"/admin/api/main/pages/?search={marker}",
        f"/admin/api/main/pages/?child_of={draft}",
        f"/admin/api/main/pages/{index.pk}/?fields=*",
        f"/admin/api/main/pages/{draft}/?fields=*",
        f"/admin/api/main/pages/{theirs['scheduled'].pk}/?fields=*",
        "/admin/api/main/images/",
        f"/admin/api/main/images/{image}/",
        "/admin/api/main/documents/",
        f"/admin/images/chooser/{image}/select_format/",
        f"/admin/images/chooser/chosen/{image}/",
        f"/admin/images/chooser/?q={marker}",
        f"/admin/images/{image}/",
        f"/admin/images/usage/{image}/",
        f"/admin/images/?q={marker}",
        f"/admin/pages/search/?q={marker}",
        f"/admin/pages/search/results/?q={marker}",
        "/admin/pages/usage/blog/blogpage/",
        "/admin/pages/usage/blog/blogpage/results/",
        f"/admin/pages/{draft}/usage/",
        f"/admin/pages/{draft}/",
        f"/admin/pages/{index.pk}/",
        f"/admin/pages/{index.pk}/?q={marker}",
        f"/admin/pages/{blog.pk}/?q={marker}&search_all=1",
        f"/admin/pages/{draft}/history/",
        f"/admin/pages/{draft}/revisions/",
        f"/admin/pages/{draft}/revisions/compare/earliest...latest/",
        f"/admin/pages/{draft}/workflow_history/",
        f"/admin/pages/{draft}/edit/",
        f"/admin/pages/{draft}/edit/preview/",
        f"/admin/pages/{draft}/view_draft/",
        f"/admin/pages/{draft}/move/",
        f"/admin/pages/{draft}/copy/",
        f"/admin/pages/{draft}/delete/",
        f"/admin/choose-page/{index.pk}/",
        f"/admin/choose-page/{draft}/",
        f"/admin/choose-page/search/?q={marker}",
    ]


@pytest.mark.parametrize("viewer, other", [("a", "b"), ("b", "a")])
def test_nothing_of_another_contributors_reaches_the_response(
    client, two_contributors, viewer, other
):
    world = two_contributors
    theirs = world[other]
    client.force_login(world[viewer]["user"])
    for url in scoped_paths(world["index"], world["blog"], theirs):
        response = client.get(url)
        body = response.content.decode()
        assert response.status_code < 500, (url, response.status_code)
        assert theirs["marker"] not in body, url


@pytest.mark.parametrize("viewer", ["a", "b"])
def test_a_contributor_still_reaches_her_own_work(client, two_contributors, viewer):
    world = two_contributors
    mine = world[viewer]
    client.force_login(mine["user"])
    listing = client.get(f"/admin/api/main/pages/?child_of={world['index'].pk}&for_explorer=1")
    assert listing.status_code == 200
    assert {item["id"] for item in listing.json()["items"]} >= {
        mine["draft"].pk,
        mine["scheduled"].pk,
    }
    detail = client.get(f"/admin/api/main/pages/{mine['draft'].pk}/?fields=*")
    assert detail.status_code == 200 and detail.json()["meta"]["slug"] == mine["draft"].slug
    ok = [
        f"/admin/pages/{world['index'].pk}/",
        f"/admin/pages/{mine['draft'].pk}/",
        f"/admin/pages/{mine['draft'].pk}/edit/",
        f"/admin/pages/{mine['draft'].pk}/history/",
        f"/admin/images/chooser/{mine['image'].pk}/select_format/",
        f"/admin/images/chooser/chosen/{mine['image'].pk}/",
        f"/admin/images/{mine['image'].pk}/",
        f"/admin/choose-page/{world['index'].pk}/",
    ]
    for url in ok:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    chooser = client.get("/admin/images/chooser/").content.decode()
    assert f"Picture {mine['marker']}" in chooser
    explorer = client.get(f"/admin/pages/{world['index'].pk}/").content.decode()
    assert f"Draft {mine['marker']}" in explorer


def test_editors_still_see_every_contributors_work(client, two_contributors, world):
    client.force_login(world["editor"])
    listing = client.get(f"/admin/api/main/pages/?child_of={world['index'].pk}").json()
    ids = {item["id"] for item in listing["items"]}
    assert {two_contributors[who]["draft"].pk for who in ("a", "b")} <= ids
    search = client.get("/admin/pages/search/?q=secret").content.decode()
    assert "Draft secret-a" in search and "Draft secret-b" in search
