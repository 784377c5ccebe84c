"""A guest post's whole way, driven in Chromium as the people involved would:
a pitch from the public form → an editor accepts it → the contributor sets a
password from the emailed link, writes the post and submits it → the editor
asks for changes → the contributor resubmits → the editor approves → a reader
finds it live with the team's byline.

The live server runs in this process, so the emails it sends land in the
same ``django.core.mail.outbox`` the test reads."""

import re
import time

import pytest
from django.core import mail
from playwright.sync_api import expect
from wagtail.models import Collection, WorkflowState

from blog.models import BlogPage
from tests.guestposts.factories import GuestPostIndexPageFactory, make_contributor, make_editor

EDITOR_EMAIL = "editor@example.org"  # make_editor's
EDITOR_PASSWORD = "a-long-password-1"
CONTRIBUTOR_EMAIL = "wellbeing.team@example.org"
CONTRIBUTOR_PASSWORD = "kettle-on-after-clinic-42"
ORGANISATION = "the wellbeing team at a Talking Therapies service"
TITLE = "What our team survey told us"
SUMMARY = "What sixteen of us said about the work."
PARAGRAPH = "We asked sixteen PWPs in our service what helps."
COMMENT = "Please remove the clinic's town from the first paragraph."
ADMIN_TIMEOUT = 15_000  # the Wagtail admin's pages are heavy


@pytest.fixture
def guest_site(site, roles):
    # An earlier transactional test's flush takes what Wagtail's migrations
    # made: the root collection (contributors get their own image collection
    # under it), and the groups and workflow.
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    # Created through the factory so its post_save signal attaches the
    # review workflow and the groups' permissions.
    index = GuestPostIndexPageFactory(parent=site["blog"])
    return {**site, "guest_index": index, "editor": make_editor()}


def admin_page(new_page):
    page = new_page()
    page.set_default_timeout(ADMIN_TIMEOUT)
    return page


def wait_for_mail(to, subject_contains, timeout=10):
    """The email to `to` whose subject contains the text. Tasks send emails
    once the request's changes commit, so give them a moment."""
    deadline = time.monotonic() + timeout
    while True:
        for message in mail.outbox:
            if message.to == [to] and subject_contains in message.subject:
                return message
        if time.monotonic() > deadline:
            sent = [(message.to, message.subject) for message in mail.outbox]
            raise AssertionError(f"No email to {to} about {subject_contains!r}; sent: {sent}")
        time.sleep(0.1)


def path_in(message, pattern):
    """The path of the first link in the email matching `pattern`; emails
    link to the configured site root, not to the live server."""
    return re.search(rf"https?://[^/\s]+({pattern})", message.body).group(1)


def expect_message(page, text):
    expect(page.locator(".messages")).to_contain_text(text, timeout=ADMIN_TIMEOUT)


def expect_sent_for_review(page):
    """Back on the dashboard, told so in its words, the post's row agreeing."""
    expect(page).to_have_url(re.compile(r"/admin/$"), timeout=ADMIN_TIMEOUT)
    expect_message(page, f"“{TITLE}” was sent for review.")
    expect(page.locator(".messages")).not_to_contain_text("moderation")
    mine = page.locator("section", has_text="Your guest posts")
    expect(mine.get_by_role("row", name=re.compile(re.escape(TITLE)))).to_contain_text(
        "Sent for review"
    )


def log_in(page, base_url, username, password):
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Email address").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"), timeout=ADMIN_TIMEOUT)


def footer_action(page, name):
    """Runs an action of the editor's footer menu, opening its dropdown
    ("More actions") when the action isn't the main button."""
    footer = page.locator("footer")
    button = footer.get_by_role("button", name=name, exact=True)
    if not button.is_visible():
        footer.get_by_role("button", name="More actions").click()
    button.click()


def open_from_dashboard(page, base_url, panel_heading):
    page.goto(base_url + "/admin/")
    panel = page.locator("section", has=page.get_by_role("heading", name=panel_heading))
    row = panel.get_by_role("row", name=re.compile(re.escape(TITLE)))
    row.get_by_role("link", name=TITLE).first.click()
    expect(page.get_by_role("textbox", name="Title")).to_have_value(TITLE)


# The steps ---------------------------------------------------------------


def send_pitch(page, base_url):
    page.goto(base_url + "/write-for-us/pitch/")
    page.get_by_label("Your name").fill("Nadia Farrow")
    page.get_by_label("Your email address").fill(CONTRIBUTOR_EMAIL)
    page.get_by_role("textbox", name="Team or organisation (optional)").fill(ORGANISATION)
    page.get_by_role("textbox", name="Your role (optional)").fill("Senior PWP")
    page.get_by_label("Proposed title").fill(TITLE)
    page.get_by_label("Short outline").fill(SUMMARY)
    page.get_by_label("As a team or organisation").check()
    page.get_by_role("button", name="Send your pitch").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your pitch")


def accept_pitch(page, base_url):
    log_in(page, base_url, EDITOR_EMAIL, EDITOR_PASSWORD)
    page.goto(base_url + "/admin/guest-posts/pitches/")
    page.get_by_role("link", name="Nadia Farrow").click()
    page.get_by_role("button", name="Accept and invite").click()
    expect_message(page, f"Accepted “{TITLE}”")


def set_password(page, base_url):
    invitation = wait_for_mail(CONTRIBUTOR_EMAIL, "invitation")
    page.goto(base_url + path_in(invitation, r"/write-for-us/invitation/\S+/"))
    page.get_by_label("Password", exact=True).fill(CONTRIBUTOR_PASSWORD)
    page.get_by_label("Password again").fill(CONTRIBUTOR_PASSWORD)
    page.get_by_role("button", name="Set password and continue").click()
    expect(page).to_have_url(re.compile(r"/admin/$"), timeout=ADMIN_TIMEOUT)
    expect(page.get_by_role("heading", name="Your guest posts")).to_be_visible()


def type_body(page):
    """Types the paragraph into the empty one a new post's body starts with."""
    body = page.locator("#panel-child-content-body-section")  # the Body panel
    body.get_by_role("textbox").first.click()  # the paragraph's Draftail editor
    page.keyboard.type(PARAGRAPH)
    # Draftail copies what was typed into its hidden input after a short
    # pause; submitting before then would send an empty paragraph.
    expect(body.locator("input[type=hidden][name$='-value']").first).to_have_value(
        re.compile(re.escape(PARAGRAPH))
    )


def write_post(page):
    page.get_by_role("link", name="Start a new guest post").click()
    page.get_by_role("textbox", name="Title").fill(TITLE)
    page.get_by_role("textbox", name="Summary").fill(SUMMARY)
    type_body(page)


def confirm_and_submit(page, action):
    check = page.get_by_role("region", name="Confidentiality check")
    # Beneath the tabs, whichever is open, and no toggle to open first.
    expect(check.get_by_role("button")).to_have_count(0)
    check.get_by_label("I confirm this post keeps everyone confidential").check()
    footer_action(page, action)


def expect_series_panel_for_contributors(page):
    series = page.locator("[id$='series-section']")
    expect(series).to_contain_text("an editor adds it to the series when they publish it")
    expect(series).not_to_contain_text("choose this post as a part")


def expect_a_published_row(page, base_url):
    """View on the site, no Preview, and withdrawal only once asked for."""
    page.goto(base_url + "/admin/")
    row = page.locator("section", has_text="Your guest posts").get_by_role(
        "row", name=re.compile(re.escape(TITLE))
    )
    expect(row.get_by_role("link", name=f"View “{TITLE}” on the site")).to_be_visible()
    expect(row.get_by_role("link", name=re.compile("^Preview"))).to_have_count(0)
    withdraw = row.get_by_role("button", name="Ask the editors to withdraw it")
    expect(withdraw).to_be_hidden()
    row.get_by_text("Ask to withdraw").click()
    expect(withdraw).to_be_visible()
    expect(row.get_by_label("Why (optional)")).to_be_editable()


def request_changes(page):
    footer_action(page, "Request changes")
    dialog = page.get_by_role("dialog")  # Wagtail asks for a comment first
    dialog.get_by_label("Comment").fill(COMMENT)
    dialog.get_by_role("button", name="Request changes").click()
    expect_message(page, f"Page '{TITLE}' has been updated.")


def test_guest_post_from_pitch_to_publication(live_server, guest_site, new_page, axe_check):
    base = live_server.url
    visitor, editor, contributor = new_page(), admin_page(new_page), admin_page(new_page)

    # 1. Anyone can pitch a post.
    send_pitch(visitor, base)

    # 2. An editor accepts the pitch, which emails its author an invitation.
    accept_pitch(editor, base)

    # 3. The contributor sets a password, writes the post and submits it.
    set_password(contributor, base)
    write_post(contributor)
    expect_series_panel_for_contributors(contributor)
    confirm_and_submit(contributor, "Submit to Guest post review")
    expect_sent_for_review(contributor)

    # 4. The editor finds it waiting for review and asks for changes.
    open_from_dashboard(editor, base, "Awaiting your review")
    request_changes(editor)
    changes = wait_for_mail(CONTRIBUTOR_EMAIL, f"Changes requested on “{TITLE}”")
    assert COMMENT in changes.body

    # 5. The contributor sees that on their dashboard, edits and resubmits.
    contributor.goto(base + "/admin/")
    mine = contributor.locator("section", has_text="Your guest posts")
    expect(mine.get_by_role("row", name=re.compile(re.escape(TITLE)))).to_contain_text(
        "Changes requested"
    )
    open_from_dashboard(contributor, base, "Your guest posts")
    contributor.get_by_role("textbox", name="Summary").fill(SUMMARY + " Town removed.")
    confirm_and_submit(contributor, "Resubmit to Editors review the guest post")
    expect_sent_for_review(contributor)

    # 6. The editor approves it: the review's only task, so it publishes.
    open_from_dashboard(editor, base, "Awaiting your review")
    footer_action(editor, "Approve and Publish")
    expect_message(editor, f"Page '{TITLE}' has been updated.")
    live = wait_for_mail(CONTRIBUTOR_EMAIL, f"“{TITLE}” is live")

    # 7. A reader finds it, credited to the team.
    reader = new_page()
    reader.goto(base + path_in(live, r"/blog/guest-posts/\S+/"))
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.get_by_text("Guest post", exact=True)).to_be_visible()
    expect(reader.locator(".byline")).to_have_text(f"· by {ORGANISATION}")
    expect(reader.get_by_text(SUMMARY + " Town removed.")).to_be_visible()
    expect(reader.get_by_text(PARAGRAPH)).to_be_visible()

    # 8. The contributor's dashboard links to it, withdrawal tucked away.
    expect_a_published_row(contributor, base)
    axe_check(contributor)


def write_and_submit_at_once(page, title):
    """A new post written and sent for review without a pause: Submit is
    pressed twice in quick succession as soon as the body has its text."""
    page.get_by_role("link", name="Start a new guest post").click()
    page.get_by_role("textbox", name="Title").fill(title)
    page.get_by_role("textbox", name="Summary").fill(SUMMARY)
    type_body(page)
    page.get_by_label("I confirm this post keeps everyone confidential").check()
    footer = page.locator("footer")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name="Submit to Guest post review").click(click_count=2)
    expect(page).to_have_url(re.compile(r"/admin/$"), timeout=ADMIN_TIMEOUT)
    expect_message(page, f"“{title}” was sent for review.")


def test_two_posts_sent_for_review_back_to_back(live_server, guest_site, new_page):
    _author, user = make_contributor("Nadia Farrow")
    contributor = admin_page(new_page)
    log_in(contributor, live_server.url, user.email, "a-long-password-1")
    titles = ["What our team survey told us", "Supervision that helps"]
    for title in titles:
        write_and_submit_at_once(contributor, title)
        expect(contributor.locator(".messages")).not_to_contain_text("already in use")

    mine = contributor.locator("section", has_text="Your guest posts")
    for title in titles:
        row = mine.get_by_role("row", name=re.compile(re.escape(title)))
        expect(row).to_contain_text("Sent for review")
        expect(row.get_by_role("link", name=f"Preview “{title}”")).to_be_visible()
    expect(mine.locator("tbody tr")).to_have_count(2)
    # One page each, both in review: no orphan draft.
    posts = BlogPage.objects.filter(owner=user)
    assert sorted(posts.values_list("title", flat=True)) == sorted(titles)
    in_review = WorkflowState.objects.active().filter(
        object_id__in=[str(pk) for pk in posts.values_list("pk", flat=True)]
    )
    assert in_review.count() == 2
