"""Erasing a commenter's data on request, from the Wagtail admin: finding
their comments and likes by email address, deleting or anonymising them in
one go, keeping other people's replies in place, and the record kept."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import ModelLogEntry

from discussion import erasure
from discussion.models import Comment, Erasure, Like
from tests.blog.factories import BlogPageFactory
from tests.discussion.factories import make_comment
from tests.guestposts.factories import make_contributor, make_editor
from tests.html import text

ERASE = reverse("discussion_erasure:erase")
RECORDS = reverse("discussion_erasure:index")
State = Comment.State


@pytest.fixture
def world(post, blog):
    """Pat's comments (one with a reply from Sam beneath it, one a reply to
    Sam), the likes from Pat's two browsers, and other people's likes."""
    other_post = BlogPageFactory(parent=blog, title="Another post")
    sam_root = make_comment(post, "Sam starts", name="Sam", email="sam@example.org", reader="s1")
    pat_root = make_comment(
        post,
        "Pat's first thoughts",
        name="Pat Private",
        email="Pat@Example.org",
        reader="pat-a",
        followup=True,
        ip_address="192.0.2.1",
    )
    sam_reply = make_comment(
        post, "Sam answers Pat", name="Sam", email="sam@example.org", parent=pat_root
    )
    pat_reply = make_comment(
        post,
        "Pat replies to Sam",
        name="Pat Private",
        email="pat@example.org",
        parent=sam_root,
        reader="pat-b",
    )
    pat_other = make_comment(
        other_post,
        "Pat elsewhere",
        name="Pat P.",
        email="PAT@EXAMPLE.ORG",
        state=State.AWAITING,
    )
    likes = {
        "pat_post": Like.objects.create(post=post, reader="pat-a"),
        "pat_comment": Like.objects.create(post=post, comment=sam_root, reader="pat-b"),
        "pat_other_post": Like.objects.create(post=other_post, reader="pat-b"),
        "sam_likes_pat": Like.objects.create(post=post, comment=pat_other, reader="s1"),
        "stranger": Like.objects.create(post=post, reader="stranger"),
    }
    return {
        "post": post,
        "sam_root": sam_root,
        "pat_root": pat_root,
        "sam_reply": sam_reply,
        "pat_reply": pat_reply,
        "pat_other": pat_other,
        "likes": likes,
    }


def erase(client, action, email="pat@example.org", **extra):
    data = {"step": "erase", "email": email, "requested_on": "", "action": action}
    data.update({"confirm": "on"}, **extra)
    return client.post(ERASE, data)


def like_exists(like):
    return Like.objects.filter(pk=like.pk).exists()


def test_find_lists_every_comment_and_like_for_the_address(admin_client, world):
    response = admin_client.post(ERASE, {"step": "find", "email": " pat@example.ORG "})
    assert response.status_code == 200
    page = text(response.content.decode())
    assert "3 comments" in page and "3 likes from the same browsers" in page
    for words in ("Pat's first thoughts", "Pat replies to Sam", "Pat elsewhere"):
        assert words in page
    assert "Sam starts" not in page
    assert Comment.objects.count() == 5 and Like.objects.count() == 5  # nothing changed yet
    assert not Erasure.objects.exists()


def test_find_for_an_unknown_address_says_so(admin_client, world):
    response = admin_client.post(ERASE, {"step": "find", "email": "nobody@example.org"})
    assert "No comments from that address" in response.content.decode()
    assert 'value="erase"' not in response.content.decode()


def test_delete_keeps_replies_from_others_in_place(admin_client, client, world):
    pat_root, sam_reply = world["pat_root"], world["sam_reply"]
    admin_client.post(
        reverse("discussion_comment:moderate", args=[pat_root.pk]), {"action": "remove"}
    )
    admin_client.post(
        reverse("discussion_comment:moderate", args=[pat_root.pk]), {"action": "approve"}
    )
    response = erase(admin_client, "delete", requested_on="2026-01-05")
    assert response.status_code == 302 and response["Location"] == RECORDS
    assert "pat" not in response["Location"].lower()

    # Pat's comment with Sam's reply beneath it stays, emptied and removed.
    pat_root.refresh_from_db()
    assert pat_root.state == State.REMOVED
    assert (pat_root.user_name, pat_root.user_email, pat_root.comment) == (
        "Former commenter",
        "",
        "",
    )
    assert pat_root.reader == "" and pat_root.ip_address is None and not pat_root.followup
    sam_reply.refresh_from_db()
    assert sam_reply.parent_id == pat_root.pk and sam_reply.is_published
    # Pat's other comments are gone; Sam's own comment stays.
    remaining = set(Comment.objects.values_list("pk", flat=True))
    assert remaining == {world["sam_root"].pk, pat_root.pk, sam_reply.pk}

    likes = world["likes"]
    assert not any(like_exists(likes[k]) for k in ("pat_post", "pat_comment", "pat_other_post"))
    assert like_exists(likes["stranger"])
    assert not like_exists(likes["sam_likes_pat"])  # its comment went

    record = Erasure.objects.get()
    assert (record.action, record.comment_count, record.like_count) == ("delete", 3, 3)
    assert record.requested_on == datetime.date(2026, 1, 5)
    assert record.performed_by.is_superuser

    # The admin's history no longer names Pat or quotes them.
    labels = " ".join(ModelLogEntry.objects.values_list("label", flat=True))
    assert ModelLogEntry.objects.count() == 2
    assert "Pat" not in labels

    # The thread still reads in order on the post.
    page = text(client.get(world["post"].url).content.decode())
    assert "This comment was removed." in page and "Sam answers Pat" in page
    assert "Pat" not in page.replace("Sam answers Pat", "")

    records = admin_client.get(RECORDS).content.decode()
    assert "Deleted 2 comments and 3 likes." in text(records)
    assert "1 comment had replies from other people" in text(records)


def test_anonymise_keeps_the_words_but_not_the_person(admin_client, world):
    user = get_user_model().objects.create_user("pat", "pat@example.org", "x")
    Comment.objects.filter(pk=world["pat_reply"].pk).update(user=user, badge="author")
    response = erase(admin_client, "anonymise", email="PAT@example.org")
    assert response.status_code == 302
    pats = Comment.objects.filter(
        pk__in=[world[k].pk for k in ("pat_root", "pat_reply", "pat_other")]
    ).order_by("pk")
    assert [c.comment for c in pats] == [
        "Pat's first thoughts",
        "Pat replies to Sam",
        "Pat elsewhere",
    ]
    for comment in pats:
        assert comment.user_name == "Former commenter"
        assert (comment.user_email, comment.user_url, comment.reader, comment.badge) == (
            "",
            "",
            "",
            "",
        )
        assert comment.user_id is None and comment.ip_address is None and not comment.followup
    assert [c.state for c in pats] == [State.PUBLISHED, State.PUBLISHED, State.AWAITING]
    likes = world["likes"]
    assert not any(like_exists(likes[k]) for k in ("pat_post", "pat_comment", "pat_other_post"))
    assert like_exists(likes["sam_likes_pat"]) and like_exists(likes["stranger"])
    record = Erasure.objects.get()
    assert (record.action, record.comment_count, record.like_count) == ("anonymise", 3, 3)
    assert record.requested_on is None
    assert not Comment.objects.by_address("pat@example.org").exists()
    follow = admin_client.get(response["Location"]).content.decode()
    assert "Anonymised 3 comments and deleted 3 likes." in text(follow)


def test_a_chain_of_own_replies_above_someone_elses_stays(admin_client, post):
    root = make_comment(post, "Mine", name="Mo", email="mo@example.org")
    own = make_comment(post, "Mine again", name="Mo", email="mo@example.org", parent=root)
    theirs = make_comment(post, "Theirs", name="Ty", email="ty@example.org", parent=own)
    lonely = make_comment(post, "Mine alone", name="Mo", email="mo@example.org")
    result = erasure.erase("mo@example.org", "delete", user=None)
    assert (result.deleted, result.kept) == (1, 2)
    assert set(Comment.objects.values_list("pk", flat=True)) == {root.pk, own.pk, theirs.pk}
    assert not Comment.objects.filter(pk=lonely.pk).exists()


def test_nothing_changes_without_confirmation(admin_client, world):
    response = admin_client.post(
        ERASE, {"step": "erase", "email": "pat@example.org", "action": "delete"}
    )
    assert response.status_code == 200
    assert "Tick the box to confirm" in response.content.decode()
    response = erase(admin_client, "")
    assert "Choose whether to delete or anonymise." in response.content.decode()
    assert Comment.objects.count() == 5 and Like.objects.count() == 5
    assert not Erasure.objects.exists()


def test_erasing_an_address_with_nothing_left_records_nothing(admin_client, world):
    response = erase(admin_client, "delete", email="nobody@example.org")
    assert response.status_code == 302 and response["Location"] == ERASE
    assert not Erasure.objects.exists()


def test_erasure_records_are_read_only(admin_client, world):
    erase(admin_client, "delete")
    record = Erasure.objects.get()
    listing = admin_client.get(RECORDS)
    assert listing.status_code == 200 and "Deleted" in listing.content.decode()
    for url in (
        reverse("discussion_erasure:add"),
        reverse("discussion_erasure:edit", args=[record.pk]),
        reverse("discussion_erasure:delete", args=[record.pk]),
    ):
        assert admin_client.get(url).status_code in (302, 403), url
        assert admin_client.post(url, {"requested_on": "2020-01-01"}).status_code in (302, 403)
    assert Erasure.objects.get().requested_on is None


def test_editors_may_erase(client, world):
    client.force_login(make_editor())
    assert client.get(ERASE).status_code == 200
    assert client.get(RECORDS).status_code == 200
    assert erase(client, "delete").status_code == 302
    assert Erasure.objects.get().performed_by.email == "editor@example.org"


def test_others_may_not(client, world):
    _, contributor = make_contributor("Gil Guest")
    moderator = get_user_model().objects.create_user("mod@example.org", "mod@example.org", "x")
    moderator.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_comment", content_type__app_label="discussion"),
    )
    for user in (contributor, moderator):
        client.force_login(user)
        assert client.get(ERASE).status_code in (302, 403)
        assert client.post(ERASE, {"step": "find", "email": "pat@example.org"}).status_code in (
            302,
            403,
        )
        assert erase(client, "delete").status_code in (302, 403)
    client.force_login(contributor)
    assert client.get(RECORDS).status_code in (302, 403)
    client.logout()
    assert "/admin/login/" in client.get(ERASE)["Location"]
    assert Comment.objects.count() == 5 and not Erasure.objects.exists()
