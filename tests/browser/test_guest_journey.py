"""A guest post's whole way, driven in Chromium as the people involved would:
a pitch from the public form → an editor accepts it → the contributor sets a
password from the emailed link, writes and submits the post → the editor asks
for changes → the contributor resubmits → the editor approves → a reader sees
it live with the team's byline."""

import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import expect

from guestposts.setup import ensure_groups_and_workflow
from tests.factories import GuestPostIndexPageFactory
from tests.guests import make_editor

EDITOR_PASSWORD = "a-long-password-1"  # make_editor's
CONTRIBUTOR_EMAIL = "wellbeing.team@example.org"
CONTRIBUTOR_PASSWORD = "kettle-on-after-clinic-42"
ORGANISATION = "the wellbeing team at a Talking Therapies service"
TITLE = "What our team survey told us"
COMMENT = "Please remove the clinic's town from the first paragraph."
ADMIN_TIMEOUT = 15_000


@pytest.fixture
def guest_site(site, settings):
    # Wagtail's default avatars come from gravatar.com: an off-site request.
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = None
    # The live server's database is flushed after every transactional test,
    # taking the groups and workflow the migrations made with it.
    ensure_groups_and_workflow()
    index = GuestPostIndexPageFactory(parent=site["blog"])  # attaches the workflow
    editor = make_editor()
    return {**site, "guest_index": index, "editor": editor}


def admin_page(new_page):
    page = new_page()
    page.set_default_timeout(ADMIN_TIMEOUT)
    return page


def wait_for_mail(to, subject_contains, timeout=10):
    """The message to `to` whose subject contains the text; the live server
    sends it from its own thread, into the same locmem outbox."""
    deadline = time.monotonic() + timeout
    while True:
        for message in mail.outbox:
            if message.to == [to] and subject_contains in message.subject:
                return message
        if time.monotonic() > deadline:
            sent = [(m.to, m.subject) for m in mail.outbox]
            raise AssertionError(f"No email to {to} about {subject_contains!r}; sent: {sent}")
        time.sleep(0.1)


def log_in(page, base_url, username, password):
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def footer_action(page, name):
    """Runs an action of the editor's footer menu, opening the dropdown when
    it isn't the main button."""
    footer = page.locator("footer")
    button = footer.get_by_role("button", name=name, exact=True)
    if not button.is_visible():
        footer.get_by_role("button", name="More actions").click()
    button.click()


def pitch(page, base_url):
    page.goto(base_url + "/write-for-us/pitch/")
    page.get_by_label("Your name").fill("Nadia Farrow")
    page.get_by_label("Your email address").fill(CONTRIBUTOR_EMAIL)
    page.get_by_role("textbox", name="Team or organisation (optional)").fill(ORGANISATION)
    page.get_by_role("textbox", name="Your role (optional)").fill("Senior PWP")
    page.get_by_label("Proposed title").fill(TITLE)
    page.get_by_label("Short outline").fill("What sixteen of us said about the work.")
    page.get_by_label("As a team or organisation").check()
    page.get_by_role("button", name="Send your pitch").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your pitch")


def accept_pitch(page, base_url):
    log_in(page, base_url, "editor@example.org", EDITOR_PASSWORD)
    page.goto(base_url + "/admin/guest-posts/pitches/")
    page.get_by_role("link", name="Nadia Farrow").click()
    page.get_by_role("button", name="Accept and invite").click()
    expect(page.get_by_text(f"Accepted “{TITLE}”")).to_be_visible()


def set_password(page, base_url):
    invitation = wait_for_mail(CONTRIBUTOR_EMAIL, "invitation")
    link = re.search(r"https?://[^/\s]+(/write-for-us/invitation/\S+/)", invitation.body).group(1)
    page.goto(base_url + link)
    page.get_by_label("Password", exact=True).fill(CONTRIBUTOR_PASSWORD)
    page.get_by_label("Password again").fill(CONTRIBUTOR_PASSWORD)
    page.get_by_role("button", name="Set password and continue").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.get_by_role("heading", name="Your guest posts")).to_be_visible()


def write_post(page):
    page.get_by_role("link", name="Start a new guest post").click()
    page.get_by_role("textbox", name="Title").fill(TITLE)
    page.get_by_role("textbox", name="Summary").fill("What sixteen of us said about the work.")
    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Paragraph").click()
    body = page.locator("#panel-child-content-body-section")  # the Body panel
    body.get_by_role("textbox").click()
    page.keyboard.type("We asked sixteen PWPs in our service what helps.")


def submit(page, action="Submit to Guest post review"):
    page.get_by_label("I confirm this post keeps everyone confidential").check()
    footer_action(page, action)
    open("/tmp/after.html", "w").write(page.content())


def test_guest_post_from_pitch_to_publication(live_server, guest_site, new_page):
    base = live_server.url
    visitor, editor = new_page(), admin_page(new_page)

    # 1. Anyone can pitch.
    pitch(visitor, base)

    # 2. An editor accepts the pitch, which invites its author.
    accept_pitch(editor, base)

    # 3. The contributor sets a password, writes the post and submits it.
    contributor = admin_page(new_page)
    set_password(contributor, base)
    write_post(contributor)
    submit(contributor)
    expect(contributor.get_by_text("submitted to Guest post review")).to_be_visible()
    user = get_user_model().objects.get(username=CONTRIBUTOR_EMAIL)
    assert user.author_profile.organisation == ORGANISATION
