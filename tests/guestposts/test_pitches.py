"""Pitching a guest post through /write-for-us/pitch/: the public form, its
emails, hostile input, and pitches in the Wagtail admin (listing, inspect,
decline)."""

import re

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from blog.models import Author, ContentWarning
from core.xmltext import xml_safe
from guestposts.models import Pitch
from tests.hostile import naughty_strings, xss_payloads
from tests.origin import FROM_OUR_PAGES

PITCH_URL = "/write-for-us/pitch/"
THANKS = "We’ve received your pitch"


@pytest.fixture
def warnings(db):
    return [
        ContentWarning.objects.create(
            name="Suicide", slug="suicide", label="Suicide", description="Suicide and self-harm."
        ),
        ContentWarning.objects.create(
            name="Bereavement", slug="bereavement", label="Bereavement", description="Loss."
        ),
    ]


def make_user(username, email, groups=(), **extra):
    user = User.objects.create_user(username=username, email=email, password="x", **extra)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def editors(roles):
    return {
        "editor": make_user("editor", "editor@example.org", ["Editors"]),
        "retired": make_user("retired", "retired@example.org", ["Editors"], is_active=False),
        "boss": User.objects.create_superuser("boss", "boss@example.org", "x"),
        "reader": make_user("reader", "reader@example.org"),
    }


def pitch_data(**overrides):
    data = {
        "name": "Priya Shah",
        "email": "priya@example.org",
        "organisation": "The wellbeing team at Northside Talking Therapies",
        "role": "Senior PWP",
        "title": "What step 2 taught me about endings",
        "outline": "Endings matter.\n\nThree things we changed in our service.",
        "credit": "name",
    }
    data.update(overrides)
    return data


def send(client, data, address="127.0.0.1"):
    return client.post(PITCH_URL, data, REMOTE_ADDR=address, **FROM_OUR_PAGES)


def test_pitch_page_is_a_plain_cacheable_form(client, home, warnings):
    response = client.get(PITCH_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Pitch a guest post" in html
    for label in [
        "Your name",
        "Your email address",
        "Team or organisation",
        "Your role",
        "Proposed title",
        "Short outline",
        "Up to 3,000 characters",
        "Content warnings it may need",
        "Suicide",
        "Bereavement",
        "By name and role",
        "As a team or organisation",
        "Anonymously",
    ]:
        assert label in html, label
    assert 'name="website"' in html and 'class="honeypot"' in html
    # Nothing per reader: no CSRF token, no cookie.
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies
    assert 'value="name" checked' in html


def test_a_pitch_is_saved_acknowledged_and_sent_to_editors(
    client, home, warnings, editors, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, pitch_data(warnings=[warnings[0].pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert THANKS in html and "What happens next" in html
    assert "Thank you, Priya Shah." in html

    pitch = Pitch.objects.get()
    assert pitch.status == Pitch.Status.NEW
    assert pitch.title == "What step 2 taught me about endings"
    assert pitch.outline == "Endings matter.\n\nThree things we changed in our service."
    assert pitch.credit == Author.Credit.NAME
    assert list(pitch.warnings.all()) == [warnings[0]]
    assert pitch.author is None

    by_address = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_address) == ["boss@example.org", "editor@example.org", "priya@example.org"]
    assert all(
        len(message.to) == 1 and not message.cc and not message.bcc for message in mail.outbox
    )

    acknowledgement = by_address["priya@example.org"]
    assert acknowledgement.subject == "We’ve received your pitch for Commonroom"
    assert "What happens next" in acknowledgement.body
    assert "invitation" in acknowledgement.body and "14 days" in acknowledgement.body

    to_editor = by_address["editor@example.org"]
    admin_link = "http://testserver" + reverse("guestposts_pitch:inspect", args=[pitch.pk])
    assert to_editor.subject == "New guest post pitch: What step 2 taught me about endings"
    assert admin_link in to_editor.body
    assert "From: Priya Shah <priya@example.org>" in to_editor.body
    assert "Content warnings: Suicide" in to_editor.body
    assert "Three things we changed in our service." in to_editor.body
    for message in mail.outbox:
        assert message.content_subtype == "plain" and not getattr(message, "alternatives", None)


def test_nothing_is_sent_before_the_pitch_is_committed(client, home, editors):
    # Without the commit (the test's transaction never commits), no email goes.
    send(client, pitch_data())
    assert Pitch.objects.count() == 1
    assert not mail.outbox


def test_the_form_needs_no_csrf_token(home):
    response = Client(enforce_csrf_checks=True).post(PITCH_URL, pitch_data(), **FROM_OUR_PAGES)
    assert response.status_code == 200
    assert Pitch.objects.count() == 1


def test_problems_are_named_and_what_was_typed_is_kept(client, home, warnings):
    data = pitch_data(
        email="priya@@example.org",
        title="",
        outline="A" * 3001,
        credit="team",
        organisation="",
        role="Senior “PWP”",
        warnings=[warnings[1].pk],
    )
    response = send(client, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert not Pitch.objects.exists() and not mail.outbox
    assert "<title>Error: Pitch a guest post" in html
    assert "There is a problem" in html
    for message in [
        "Enter an email address in the form name@example.org.",
        "Enter a proposed title.",
        "The outline must be 3,000 characters or fewer (it has 3001).",
        "Enter your team or organisation, or choose another way to be credited.",
    ]:
        assert message in html, message
    # Each problem is next to its field and announced with it.
    for field in ["email", "title", "outline", "organisation"]:
        assert f'href="#pitch-{field}"' in html
        tag = re.search(rf'<(?:input|textarea) id="pitch-{field}"[^>]*>', html).group(0)
        assert 'aria-invalid="true"' in tag, field
        assert f"pitch-{field}-error" in tag, field
        assert f'id="pitch-{field}-error"' in html
    assert 'value="priya@@example.org"' in html
    assert 'value="Senior &ldquo;PWP&rdquo;"' in html or 'value="Senior “PWP”"' in html
    assert "A" * 3001 in html
    assert 'value="Priya Shah"' in html
    assert re.search(r'value="team" checked', html)
    assert re.search(rf'value="{warnings[1].pk}" checked', html)
    assert not re.search(rf'value="{warnings[0].pk}" checked', html)
    name_tag = re.search(r'<input id="pitch-name"[^>]*>', html).group(0)
    assert "aria-invalid" not in name_tag


def test_unknown_choices_are_refused_politely(client, home, warnings):
    response = send(client, pitch_data(credit="editor", warnings=["999999", "abc"]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Choose how you’d like to be credited." in html
    assert "Choose content warnings from the list." in html
    assert not Pitch.objects.exists()


def test_line_breaks_count_once_towards_the_outline_limit(client, home):
    outline = "\r\n".join(["x" * 99] * 30)  # 2,999 characters as the reader sees them
    assert send(client, pitch_data(outline=outline)).status_code == 200
    assert Pitch.objects.get().outline == outline.replace("\r\n", "\n")


def test_honeypot_gets_the_same_answer_and_nothing_is_saved(
    client, home, editors, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        bot = send(client, pitch_data(website="http://spam.example"), address="10.0.0.1")
        person = send(client, pitch_data(), address="10.0.0.2")
    assert bot.status_code == person.status_code == 200
    assert bot.content == person.content
    assert Pitch.objects.count() == 1
    assert len(mail.outbox) == 3  # the person's acknowledgement and two editors


def test_pitching_is_rate_limited_per_client(client, home):
    for n in range(5):
        assert send(client, pitch_data(title=f"Pitch {n}")).status_code == 200
    limited = send(client, pitch_data(title="One too many <b>bold</b>"))
    html = limited.content.decode()
    assert limited.status_code == 429
    assert "Please try again in an hour" in html
    assert "Nothing you typed has been lost" in html
    assert "One too many &lt;b&gt;bold&lt;/b&gt;" in html
    assert "<b>bold</b>" not in html
    assert Pitch.objects.count() == 5
    assert send(client, pitch_data(), address="10.9.9.9").status_code == 200


def hostile_values():
    # Every naughty string, and every third XSS payload (spread across the
    # list, which varies little from one line to the next) to keep it quick.
    return naughty_strings() + xss_payloads()[::3]


def test_hostile_input_is_kept_faithfully_and_never_markup(
    client, home, editors, django_capture_on_commit_callbacks
):
    text_fields = ["name", "organisation", "role", "title", "outline"]
    saved = 0
    for n, value in enumerate(hostile_values()):
        data = pitch_data(**dict.fromkeys(text_fields, value), credit="anonymous")
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            response = send(client, data, address=f"10.1.{n // 250}.{n % 250}")
        assert response.status_code == 200, value
        html = response.content.decode()
        stripped = value.strip()
        if "<" in value and len(stripped) >= 5:
            assert stripped not in html, value
        if Pitch.objects.count() > saved:
            saved += 1
            pitch = Pitch.objects.latest("pk")
            # Kept as typed, but for characters XML 1.0 cannot carry.
            kept = xml_safe(stripped)
            for field in text_fields:
                assert getattr(pitch, field) == kept, (field, value)
            assert THANKS in html
            assert escape(kept) in html or escape(stripped) in html
            to_editor = next(m for m in mail.outbox if m.to == ["editor@example.org"])
            # Plain text, exactly as typed: nothing to interpret, nothing escaped.
            assert to_editor.content_subtype == "plain"
            assert kept in to_editor.body
            assert "\n" not in to_editor.subject and "\r" not in to_editor.subject
            acknowledgement = next(m for m in mail.outbox if m.to == ["priya@example.org"])
            assert kept not in acknowledgement.body or len(kept) < 5
        else:
            assert "There is a problem" in html, value
            assert escape(value) in html or escape(stripped) in html, value
    assert saved > 650


def test_hostile_email_addresses_are_refused_and_echoed_escaped(client, home):
    values = [s for s in naughty_strings() if s.strip()][:80] + xss_payloads(limit=40)
    for n, value in enumerate(values):
        response = send(client, pitch_data(email=value), address=f"10.2.{n // 250}.{n % 250}")
        html = response.content.decode()
        assert response.status_code == 200
        assert "There is a problem" in html
        if "<" in value and len(value) >= 5:
            assert value not in html
    assert not Pitch.objects.exists()


# The admin ------------------------------------------------------------------


def pitch(**fields):
    values = {
        "name": "Priya Shah",
        "email": "priya@example.org",
        "title": "A pitch",
        "outline": "An outline.",
        "credit": Author.Credit.NAME,
    }
    values.update(fields)
    return Pitch.objects.create(**values)


def test_pitches_are_listed_in_the_admin_under_guest_posts(admin_client, home):
    pitch(title="Waiting to be read")
    response = admin_client.get(reverse("guestposts_pitch:index"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Waiting to be read" in html and "Priya Shah" in html
    assert "Invite a contributor directly" in html
    # Pitches come from the public form: nobody adds or edits one here.
    assert reverse("guestposts_pitch:add") not in html
    assert admin_client.get(reverse("guestposts_pitch:add")).status_code in (302, 403)
    menu = admin_client.get("/admin/").content.decode()
    assert "Guest posts" in menu and "Pitches" in menu


def test_admin_listing_filters_by_status_and_searches(admin_client, home):
    pitch(title="Fresh idea")
    pitch(title="Taken up", status=Pitch.Status.ACCEPTED)
    pitch(title="Not this time", status=Pitch.Status.DECLINED, email="other@example.org")
    index = reverse("guestposts_pitch:index")
    declined = admin_client.get(index, {"status": "declined"}).content.decode()
    assert "Not this time" in declined
    assert "Fresh idea" not in declined and "Taken up" not in declined
    new = admin_client.get(index, {"status": "new"}).content.decode()
    assert "Fresh idea" in new and "Not this time" not in new
    found = admin_client.get(index, {"q": "other@example.org"}).content.decode()
    assert "Not this time" in found and "Fresh idea" not in found


def test_editors_can_list_and_inspect_pitches(client, home):
    editor = make_user("ed", "ed@example.org", ["Editors"])
    client.force_login(editor)
    item = pitch(title="For the editors", outline="Line one\nline <two>")
    assert "For the editors" in client.get(reverse("guestposts_pitch:index")).content.decode()
    inspect = client.get(reverse("guestposts_pitch:inspect", args=[item.pk]))
    assert inspect.status_code == 200
    html = inspect.content.decode()
    assert "Accept and invite" in html and "Decline" in html
    assert "Line one<br>line &lt;two&gt;" in html
    assert client.get(reverse("guestposts_pitch:edit", args=[item.pk])).status_code in (302, 403)


def test_readers_without_permission_cannot_act(client, home):
    item = pitch()
    nobody = make_user("nobody", "nobody@example.org")
    client.force_login(nobody)
    for name in ["guestposts_pitch_accept", "guestposts_pitch_decline"]:
        assert client.post(reverse(name, args=[item.pk])).status_code in (302, 403)
    item.refresh_from_db()
    assert item.status == Pitch.Status.NEW


def test_hostile_pitches_are_escaped_in_the_admin(admin_client, home):
    payloads = [p for p in xss_payloads() if "<" in p and 5 <= len(p.strip()) <= 120][:40]
    created = [
        pitch(name=p.strip(), title=p.strip(), role=p.strip(), organisation=p.strip(), outline=p)
        for p in payloads
    ]
    listing = admin_client.get(reverse("guestposts_pitch:index")).content.decode()
    shown = 0
    for item in created:
        assert item.title not in listing
        shown += escape(item.title) in listing
    assert shown >= 10  # the first page of the listing
    for item in created:
        html = admin_client.get(
            reverse("guestposts_pitch:inspect", args=[item.pk])
        ).content.decode()
        assert item.title not in html, item.title
        assert escape(item.title) in html


def test_decline_sends_a_polite_email_once(admin_client, home, django_capture_on_commit_callbacks):
    item = pitch(title="Maybe not <i>this</i>")
    url = reverse("guestposts_pitch_decline", args=[item.pk])
    assert admin_client.get(url).status_code == 405  # POST only
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, follow=True)
    item.refresh_from_db()
    assert item.status == Pitch.Status.DECLINED
    html = response.content.decode()
    assert "Declined “Maybe not &lt;i&gt;this&lt;/i&gt;”" in html
    assert [message.to for message in mail.outbox] == [["priya@example.org"]]
    message = mail.outbox[0]
    assert message.subject == "Your pitch for Commonroom"
    assert 'pitching "Maybe not <i>this</i>"' in message.body
    assert "aren't able to take it forward" in message.body

    with django_capture_on_commit_callbacks(execute=True):
        again = admin_client.post(url, follow=True)
    assert "no longer new" in again.content.decode()
    assert len(mail.outbox) == 1
    # A declined pitch offers accepting (a change of heart) but not declining again.
    inspect = admin_client.get(reverse("guestposts_pitch:inspect", args=[item.pk])).content.decode()
    assert "Accept and invite" in inspect and "Decline</button>" not in inspect
