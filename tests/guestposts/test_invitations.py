"""Inviting guest contributors: accepting a pitch, inviting directly, the
signed single-use invitation link, setting a password, and asking for a new
link. A link never gives anyone a 500 or somebody else's account."""

import datetime
import re
from unittest import mock
from urllib.parse import quote

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail, signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from blog.models import Author
from core.roles import GUEST_CONTRIBUTORS
from guestposts import invitations
from guestposts.models import Invitation, Pitch
from tests.hostile import naughty_strings, xss_payloads
from tests.origin import FROM_OUR_PAGES

GOOD_PASSWORD = "kettle-on-after-clinic-42"
SAME_ANSWER = "If there is an invitation for that address, we’ve sent a new link to it."


def make_pitch(**fields):
    values = {
        "name": "Priya Shah",
        "email": "Priya.Shah@Example.org",
        "organisation": "Northside Talking Therapies",
        "role": "Senior PWP",
        "title": "What step 2 taught me about endings",
        "outline": "Endings matter.",
        "credit": Author.Credit.NAME,
    }
    values.update(fields)
    return Pitch.objects.create(**values)


def accept(client, pitch, capture):
    with capture(execute=True):
        return client.post(reverse("guestposts_pitch_accept", args=[pitch.pk]), follow=True)


def link_in(message):
    return re.search(r"http://testserver(/write-for-us/invitation/[^/\s]+/)", message.body).group(1)


def set_password(client, link, password=GOOD_PASSWORD, again=None):
    return client.post(link, {"password1": password, "password2": again or password})


@pytest.fixture
def editor(roles):
    user = User.objects.create_user("ed", "ed@example.org", "x")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def invited(admin_client, home, django_capture_on_commit_callbacks):
    """A pitch accepted by an editor, and the link its pitcher was sent."""
    pitch = make_pitch()
    accept(admin_client, pitch, django_capture_on_commit_callbacks)
    pitch.refresh_from_db()
    link = link_in(mail.outbox[-1])
    mail.outbox.clear()
    return pitch, link


# Accepting a pitch -----------------------------------------------------------


def test_accepting_a_pitch_makes_a_guest_author_and_invites_them(
    admin_client, admin_user, home, django_capture_on_commit_callbacks
):
    pitch = make_pitch(credit=Author.Credit.NAME)
    url = reverse("guestposts_pitch_accept", args=[pitch.pk])
    assert admin_client.get(url).status_code == 405  # POST only
    response = accept(admin_client, pitch, django_capture_on_commit_callbacks)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("guestposts_pitch:inspect", args=[pitch.pk])
    assert "Accepted “What step 2 taught me about endings”" in html

    pitch.refresh_from_db()
    assert pitch.status == Pitch.Status.ACCEPTED
    author = pitch.author
    assert (author.name, author.slug, author.role, author.organisation, author.credit) == (
        "Priya Shah",
        "priya-shah",
        "Senior PWP",
        "Northside Talking Therapies",
        Author.Credit.NAME,
    )
    assert author.kind == Author.Kind.GUEST and author.bio == "" and author.user is None

    invitation = Invitation.objects.get()
    assert invitation.author == author and invitation.email == "Priya.Shah@Example.org"
    assert invitation.invited_by == admin_user and invitation.used_at is None
    assert len(invitation.nonce) >= 16

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["Priya.Shah@Example.org"]
    assert message.subject == "Your invitation to write for Commonroom"
    assert "Hello Priya Shah," in message.body and "14 days" in message.body
    assert client_can_open(link_in(message))
    assert message.content_subtype == "plain"

    # Accepting again changes nothing and says why.
    again = accept(admin_client, pitch, django_capture_on_commit_callbacks)
    assert "has already been accepted" in again.content.decode()
    assert Author.objects.count() == 1 and Invitation.objects.count() == 1
    assert len(mail.outbox) == 1


def client_can_open(link):
    return Client().get(link).status_code == 200


def test_the_inspect_view_links_the_author_once_accepted(admin_client, invited):
    pitch, _ = invited
    html = admin_client.get(reverse("guestposts_pitch:inspect", args=[pitch.pk])).content.decode()
    assert "Guest author profile" in html and "Accept and invite" not in html


def test_slugs_never_give_away_more_than_the_credit(
    admin_client, home, django_capture_on_commit_callbacks
):
    Author.objects.create(name="Existing", slug="priya-shah")
    cases = [
        (make_pitch(email="a@example.org"), "priya-shah-2"),
        (
            make_pitch(email="b@example.org", credit=Author.Credit.TEAM),
            "northside-talking-therapies",
        ),
        (
            make_pitch(email="c@example.org", credit=Author.Credit.ANONYMOUS),
            "anonymous-contributor",
        ),
        (
            make_pitch(email="d@example.org", credit=Author.Credit.ANONYMOUS),
            "anonymous-contributor-2",
        ),
        (make_pitch(email="e@example.org", name="🙂 <script>"), "script"),
        (make_pitch(email="f@example.org", name="🙂🙂"), "guest"),
    ]
    for pitch, slug in cases:
        accept(admin_client, pitch, django_capture_on_commit_callbacks)
        pitch.refresh_from_db()
        assert pitch.author.slug == slug


def test_an_editor_can_accept(client, editor, home, django_capture_on_commit_callbacks):
    client.force_login(editor)
    pitch = make_pitch()
    index = client.get(reverse("guestposts_pitch:index"))
    assert index.status_code == 200 and pitch.title in index.content.decode()
    accept(client, pitch, django_capture_on_commit_callbacks)
    pitch.refresh_from_db()
    assert pitch.status == Pitch.Status.ACCEPTED
    assert Invitation.objects.get().invited_by == editor
    assert len(mail.outbox) == 1


def test_accepting_refuses_an_address_that_already_has_an_account(
    admin_client, home, django_capture_on_commit_callbacks
):
    User.objects.create_user("someone", "priya.shah@example.org", "x")
    pitch = make_pitch()
    response = accept(admin_client, pitch, django_capture_on_commit_callbacks)
    assert "There is already an account for that email address" in response.content.decode()
    pitch.refresh_from_db()
    assert pitch.status == Pitch.Status.NEW and pitch.author is None
    assert not Invitation.objects.exists() and not mail.outbox


def test_people_without_permission_cannot_invite(client, home):
    nobody = User.objects.create_user("nobody", "nobody@example.org", "x")
    client.force_login(nobody)
    pitch = make_pitch()
    assert client.post(reverse("guestposts_pitch_accept", args=[pitch.pk])).status_code in (
        302,
        403,
    )
    assert client.get(reverse("guestposts_invite")).status_code in (302, 403)
    assert not Author.objects.exists() and not Invitation.objects.exists()


# Setting a password ------------------------------------------------------------


def test_setting_a_password_makes_a_contributor_and_signs_them_in(client, invited):
    pitch, link = invited
    page = client.get(link)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Welcome, Priya Shah." in html and "Priya.Shah@Example.org" in html
    assert 'name="password1"' in html and 'name="password2"' in html
    assert "no-cache" in page["Cache-Control"] or "max-age=0" in page["Cache-Control"]

    response = set_password(client, link)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    user = User.objects.get(username="priya.shah@example.org")
    assert user.email == "Priya.Shah@example.org" and user.first_name == "Priya Shah"
    assert user.check_password(GOOD_PASSWORD)
    assert user.groups.filter(name=GUEST_CONTRIBUTORS).exists()
    pitch.author.refresh_from_db()
    assert pitch.author.user == user
    assert Invitation.objects.get().used_at is not None
    assert int(client.session["_auth_user_id"]) == user.pk
    admin = client.get("/admin/")
    assert admin.status_code == 200
    assert "Welcome to Commonroom" in admin.content.decode()

    # The link is single use.
    client.logout()
    reused = client.get(link)
    assert reused.status_code == 400
    assert "already been used" in reused.content.decode()
    assert set_password(client, link, "another-password-99").status_code == 400
    user.refresh_from_db()
    assert user.check_password(GOOD_PASSWORD)
    assert User.objects.count() == 2  # the admin and the new contributor


def test_password_problems_are_named(client, invited):
    _, link = invited
    mismatch = set_password(client, link, GOOD_PASSWORD, "something-else-entirely")
    html = mismatch.content.decode()
    assert mismatch.status_code == 200
    assert "There is a problem" in html
    assert "The two passwords don’t match." in html
    assert GOOD_PASSWORD not in html  # passwords are never echoed
    weak = set_password(client, link, "password")
    html = weak.content.decode()
    assert "This password is too common." in html
    assert 'aria-describedby="account-password1-hint account-password1-error"' in html
    similar = set_password(client, link, "priya.shah")
    assert "too similar" in similar.content.decode()
    assert set_password(client, link, "12345678901234").status_code == 200
    assert not User.objects.filter(username="priya.shah@example.org").exists()
    assert Invitation.objects.get().used_at is None


def test_setting_a_password_needs_the_csrf_token(invited):
    _, link = invited
    strict = Client(enforce_csrf_checks=True)
    assert (
        strict.post(link, {"password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD}).status_code
        == 403
    )
    page = strict.get(link).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    done = strict.post(
        link, {"password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD, "csrfmiddlewaretoken": token}
    )
    assert done.status_code == 302


def test_an_existing_account_is_never_taken_over(client, invited):
    _, link = invited
    owner = User.objects.create_user("owner", "priya.shah@example.org", "owners-password")
    page = client.get(link)
    assert page.status_code == 409
    assert "There is already an account" in page.content.decode()
    response = set_password(client, link)
    assert response.status_code == 409
    owner.refresh_from_db()
    assert owner.check_password("owners-password")
    assert not owner.groups.exists()
    assert "_auth_user_id" not in client.session
    assert Invitation.objects.get().used_at is None


def test_expired_links_explain_and_offer_a_new_one(client, invited):
    _, link = invited
    nearly = timezone.now() + datetime.timedelta(days=13)
    with mock.patch("django.core.signing.time.time", return_value=nearly.timestamp()):
        assert client.get(link).status_code == 200
    later = timezone.now() + datetime.timedelta(days=15)
    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        expired = client.get(link)
        posted = set_password(client, link)
    html = expired.content.decode()
    assert expired.status_code == posted.status_code == 400
    assert "The link has expired: invitation links work for 14 days." in html
    assert reverse("guest_invitation_new") in html and 'name="email"' in html
    assert User.objects.count() == 1


def test_forged_tampered_and_swapped_links_fail(
    client, admin_client, invited, django_capture_on_commit_callbacks
):
    pitch_a, link = invited
    pitch_b = make_pitch(email="b@example.org", name="Bea")
    accept(admin_client, pitch_b, django_capture_on_commit_callbacks)
    a = Invitation.objects.get(email="Priya.Shah@Example.org")
    b = Invitation.objects.get(email="b@example.org")
    token = link.split("/")[3]
    payload = signing.loads(token, salt=invitations.SALT)
    assert payload == {"i": a.pk, "n": a.nonce}

    bad = [
        signing.dumps(payload, salt="not-our-salt"),  # forged
        signing.dumps({"i": b.pk, "n": a.nonce}, salt="not-our-salt"),
        token[:-3] + "abc",  # tampered signature
        token.replace(":", ""),
        "x",
        "%00",
        # A's nonce can never open B's invitation, even signed properly.
        signing.dumps({"i": b.pk, "n": a.nonce}, salt=invitations.SALT),
        signing.dumps({"i": b.pk}, salt=invitations.SALT),
        signing.dumps({"i": str(a.pk), "n": a.nonce}, salt=invitations.SALT),
        signing.dumps({"i": True, "n": a.nonce}, salt=invitations.SALT),
        signing.dumps({"i": a.pk, "n": None}, salt=invitations.SALT),
        signing.dumps({"i": a.pk, "n": ""}, salt=invitations.SALT),
        signing.dumps([a.pk, a.nonce], salt=invitations.SALT),
        signing.dumps({"i": 10**30, "n": "x"}, salt=invitations.SALT),
    ]
    for value in bad:
        url = f"/write-for-us/invitation/{quote(value, safe=':')}/"
        for response in (client.get(url), set_password(client, url)):
            assert response.status_code in (400, 404), value
            if response.status_code == 400:
                assert "This invitation link doesn’t work" in response.content.decode()
    assert User.objects.count() == 1
    assert not Invitation.objects.exclude(used_at=None).exists()

    # A's link makes A's account, never B's.
    set_password(client, link)
    assert User.objects.get(username="priya.shah@example.org")
    assert not User.objects.filter(email="b@example.org").exists()
    b.refresh_from_db()
    assert b.used_at is None


def test_hostile_links_never_cause_a_500(client, home):
    values = naughty_strings() + xss_payloads(limit=60)
    for value in values:
        response = client.get(f"/write-for-us/invitation/{quote(value, safe='')}/")
        assert response.status_code in (400, 404), value
        if "<" in value and len(value) >= 5:
            assert value not in response.content.decode()


def test_hostile_names_are_escaped_on_the_page_and_inert_in_the_email(
    admin_client, home, django_capture_on_commit_callbacks
):
    payload = '<img src=x onerror="alert(1)">'
    pitch = make_pitch(name=payload, title=payload)
    accept(admin_client, pitch, django_capture_on_commit_callbacks)
    message = mail.outbox[0]
    assert f"Hello {payload}," in message.body and message.content_subtype == "plain"
    page = Client().get(link_in(message)).content.decode()
    assert payload not in page and escape(payload) in page


# Asking for a new link ------------------------------------------------------------


def new_link(client, email, address="127.0.0.1", **extra):
    return client.post(
        reverse("guest_invitation_new"),
        {"email": email, **extra},
        REMOTE_ADDR=address,
        **FROM_OUR_PAGES,
    )


def test_asking_for_a_new_link_gives_the_same_answer_and_only_sends_when_known(
    client, invited, django_capture_on_commit_callbacks
):
    _, old_link = invited
    with django_capture_on_commit_callbacks(execute=True):
        known = new_link(client, "priya.shah@EXAMPLE.org")
        unknown = new_link(client, "stranger@example.org")
    assert known.status_code == unknown.status_code == 200
    assert known.content == unknown.content
    assert SAME_ANSWER in known.content.decode()
    assert [message.to for message in mail.outbox] == [["Priya.Shah@Example.org"]]

    fresh = link_in(mail.outbox[0])
    assert fresh != old_link
    assert client.get(old_link).status_code == 400  # the old link stops working
    assert Invitation.objects.count() == 1
    assert client.get(fresh).status_code == 200
    set_password(client, fresh)
    assert User.objects.filter(username="priya.shah@example.org").exists()

    # Once used, asking again sends nothing but says the same.
    client.logout()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        used = new_link(client, "priya.shah@example.org")
    assert used.content == unknown.content
    assert not mail.outbox


def test_new_link_from_an_expired_link_page(client, invited, django_capture_on_commit_callbacks):
    _, link = invited
    later = timezone.now() + datetime.timedelta(days=20)
    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        assert client.get(link).status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        new_link(client, "Priya.Shah@Example.org")
    assert client.get(link_in(mail.outbox[0])).status_code == 200
    invitation = Invitation.objects.get()
    assert invitation.invited_by is not None  # kept from the original invitation


def test_new_link_form_problems_honeypot_and_rate_limit(
    client, invited, django_capture_on_commit_callbacks
):
    page = client.get(reverse("guest_invitation_new"))
    assert page.status_code == 200 and "csrfmiddlewaretoken" not in page.content.decode()

    bad = new_link(client, "<b>not an address</b>", address="10.0.0.1")
    html = bad.content.decode()
    assert bad.status_code == 200
    assert "Enter an email address in the form name@example.org." in html
    assert "&lt;b&gt;not an address&lt;/b&gt;" in html and "<b>not an address" not in html

    with django_capture_on_commit_callbacks(execute=True):
        bot = new_link(client, "Priya.Shah@Example.org", address="10.0.0.2", website="x")
    assert SAME_ANSWER in bot.content.decode() and not mail.outbox

    strict = Client(enforce_csrf_checks=True)
    assert (
        strict.post(
            reverse("guest_invitation_new"), {"email": "z@example.org"}, **FROM_OUR_PAGES
        ).status_code
        == 200
    )

    for n in range(5):
        assert new_link(client, f"r{n}@example.org", address="10.0.0.3").status_code == 200
    limited = new_link(client, "r9@example.org", address="10.0.0.3")
    assert limited.status_code == 429
    assert "Please try again in an hour" in limited.content.decode()


# Inviting directly ------------------------------------------------------------


def test_inviting_a_contributor_directly(
    admin_client, admin_user, home, django_capture_on_commit_callbacks
):
    url = reverse("guestposts_invite")
    form = admin_client.get(url)
    assert form.status_code == 200
    assert "Invite a contributor directly" in form.content.decode()
    data = {
        "name": "Northside wellbeing team",
        "email": "Team@Example.org",
        "role": "PWP team",
        "organisation": "The wellbeing team at Northside",
        "credit": "team",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, data, follow=True)
    assert "sent an invitation" in response.content.decode()
    author = Author.objects.get()
    assert (author.kind, author.credit, author.slug) == (
        Author.Kind.GUEST,
        Author.Credit.TEAM,
        "the-wellbeing-team-at-northside",
    )
    invitation = Invitation.objects.get()
    assert invitation.author == author and invitation.invited_by == admin_user
    assert [message.to for message in mail.outbox] == [["Team@Example.org"]]
    client = Client()
    set_password(client, link_in(mail.outbox[0]))
    assert User.objects.get(username="team@example.org").author_profile == author


def test_direct_invitation_problems_keep_what_was_typed(admin_client, home):
    User.objects.create_user("taken", "taken@example.org", "x")
    url = reverse("guestposts_invite")
    response = admin_client.post(
        url, {"name": "<b>Sam</b>", "email": "taken@example.org", "credit": "team"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is already an account for that email address" in html
    assert "Enter their team or organisation" in html
    assert "&lt;b&gt;Sam&lt;/b&gt;" in html and "<b>Sam</b>" not in html
    assert not Author.objects.exists() and not Invitation.objects.exists()


def test_an_editor_can_invite_directly(client, editor, home, django_capture_on_commit_callbacks):
    client.force_login(editor)
    pitches = client.get(reverse("guestposts_pitch:index")).content.decode()
    assert reverse("guestposts_invite") in pitches
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("guestposts_invite"),
            {"name": "Jo", "email": "jo@example.org", "credit": "anonymous"},
        )
    assert Author.objects.get().slug == "anonymous-contributor"
    assert len(mail.outbox) == 1
