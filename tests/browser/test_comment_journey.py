"""Comments and likes in Chromium, with the keyboard only: a reader comments
and is told it is held → the post's author, an editor, approves it in the
Wagtail admin and answers → the reader replies to the answer and likes it.
Likes are also checked across two browsers and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from blog.models import BlogPageAuthor
from core.roles import EDITORS
from discussion.models import Comment
from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.discussion.factories import comment_settings, make_comment
from tests.guestposts.factories import make_editor

EDITOR_EMAIL = "editor@example.org"  # make_editor's
EDITOR_PASSWORD = "a-long-password-1"
ADMIN_TIMEOUT = 15_000
QUESTION = "Thank you for this. I'm applying for a PWP role: what should I ask at interview?"
ANSWER = "Ask what supervision looks like for trainees, and how study days are protected."
FOLLOW_UP = "That's really useful, thank you. I'll ask both."


@pytest.fixture
def thread(site, roles):
    comment_settings(min_seconds=0)
    editor = make_editor("Ruth Ellery")
    assert editor.groups.filter(name=EDITORS).exists()
    author = AuthorFactory(name="Ruth Ellery", slug="ruth-ellery", user=editor)
    post = BlogPageFactory(parent=site["blog"], title="Notes for your trainee year", slug="notes")
    BlogPageAuthor.objects.create(page=post, author=author)
    return {"post": post, "editor": editor}


def tab_to(page, selector, limit=250):
    """Presses Tab until the focused element matches `selector`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            "s => document.activeElement && document.activeElement.matches(s)", selector
        ):
            return
    raise AssertionError(f"Tab never reached {selector}")


def type_into(page, selector, text):
    tab_to(page, selector)
    page.keyboard.type(text)


def test_reader_and_author_hold_a_conversation_with_the_keyboard_only(
    live_server, thread, new_page, axe_check
):
    post = thread["post"]
    reader = new_page()
    reader.goto(live_server.url + post.url)
    axe_check(reader)
    type_into(reader, "#comment-name", "Priya")
    type_into(reader, "#comment-email", "priya@example.org")
    type_into(reader, "#comment-comment", QUESTION)
    tab_to(reader, "#comment-form button[type=submit]")
    reader.keyboard.press("Enter")
    expect(
        reader.get_by_role("heading", name="Your comment is held for moderation")
    ).to_be_visible()
    expect(reader.locator(".comment-quote")).to_contain_text("I'm applying for a PWP role")
    axe_check(reader)
    question = Comment.objects.get()
    assert question.state == Comment.State.AWAITING

    editor = new_page()
    editor.set_default_timeout(ADMIN_TIMEOUT)
    editor.goto(live_server.url + "/admin/login/")
    type_into(editor, "#id_username", EDITOR_EMAIL)
    type_into(editor, "#id_password", EDITOR_PASSWORD)
    editor.keyboard.press("Enter")
    expect(editor.get_by_role("link", name=re.compile(r"Comments \(1\)"))).to_be_attached()
    editor.goto(live_server.url + "/admin/comments/?state=awaiting")
    expect(editor.get_by_text("I'm applying for a PWP role")).to_be_visible()
    tab_to(editor, f"form[action$='/moderate/{question.pk}/'] button")
    expect(editor.locator(":focus")).to_have_text("Approve")
    editor.keyboard.press("Enter")
    expect(
        editor.get_by_text("No comments awaiting").or_(editor.locator(".messages"))
    ).to_be_visible()
    question.refresh_from_db()
    assert question.is_published

    editor.goto(live_server.url + f"/admin/comments/inspect/{question.pk}/")
    type_into(editor, "textarea", ANSWER)
    tab_to(editor, f"form[action$='/inspect/{question.pk}/'] button[type=submit]")
    with editor.expect_navigation():
        editor.keyboard.press("Enter")
    answer = Comment.objects.filter(parent_id=question.pk).exclude(pk=question.pk).get()
    assert answer.badge == Comment.Badge.AUTHOR and answer.is_published

    reader.goto(live_server.url + post.url)
    expect(reader.locator(f"#comment-{answer.pk}")).to_contain_text("Author")
    tab_to(reader, f"#comment-{answer.pk} .comment__reply")
    reader.keyboard.press("Enter")
    expect(reader.get_by_role("heading", name="Reply to Ruth Ellery")).to_be_visible()
    axe_check(reader)
    type_into(reader, "#comment-name", "Priya")
    type_into(reader, "#comment-email", "priya@example.org")
    type_into(reader, "#comment-comment", FOLLOW_UP)
    tab_to(reader, "#comment-form button[type=submit]")
    with reader.expect_navigation():
        reader.keyboard.press("Enter")
    # A known address now: the reply publishes at once and the page scrolls to it.
    follow_up = Comment.objects.latest("pk")
    assert follow_up.is_published and follow_up.parent_id == answer.pk
    expect(reader).to_have_url(re.compile(rf"#comment-{follow_up.pk}$"))
    expect(reader.locator(f"#comment-{follow_up.pk}")).to_contain_text(FOLLOW_UP)

    like = reader.locator(f"#comment-{answer.pk} > article .like__button")
    expect(like).to_have_attribute("aria-pressed", "false")
    tab_to(reader, f"#comment-{answer.pk} > article .like__button")
    reader.keyboard.press("Enter")
    expect(like).to_have_attribute("aria-pressed", "true")
    expect(reader.locator(f"#comment-{answer.pk} > article .like__count")).to_have_text("1 like")
    axe_check(reader)


def test_likes_count_across_two_browsers_and_update_in_place(
    live_server, thread, new_page, axe_check
):
    post = thread["post"]
    make_comment(post, text="A first reply.")
    first, second = new_page(), new_page()
    first.goto(live_server.url + post.url)
    post_like = first.locator(".comments__header .like__button")
    post_like.click()
    expect(post_like).to_have_attribute("aria-pressed", "true")
    expect(first.locator(".comments__header .like__count")).to_have_text("1 like")
    second.goto(live_server.url + post.url)
    other = second.locator(".comments__header .like__button")
    expect(other).to_have_attribute("aria-pressed", "false")
    other.click()
    expect(second.locator(".comments__header .like__count")).to_have_text("2 likes")
    first.reload()
    expect(post_like).to_have_attribute("aria-pressed", "true")
    expect(first.locator(".comments__header .like__count")).to_have_text("2 likes")
    # Pressing again unlikes.
    post_like.click()
    expect(post_like).to_have_attribute("aria-pressed", "false")
    expect(first.locator(".comments__header .like__count")).to_have_text("1 like")
    # The page a plain form POST gets (form.submit() skips the script's handler).
    with first.expect_navigation():
        first.evaluate("document.querySelector('form[data-like]').submit()")
    expect(first.get_by_role("heading", name="Liked")).to_be_visible()
    axe_check(first)


def test_likes_and_comments_work_without_javascript(live_server, thread, new_page):
    post = thread["post"]
    comment = make_comment(post, text="Worth a like.", name="Ana")
    page = new_page(java_script_enabled=False)
    page.goto(live_server.url + post.url)
    page.locator(f"#comment-{comment.pk} .like__button").click()
    expect(page.get_by_role("heading", name="Liked")).to_be_visible()
    expect(page.get_by_text("It has 1 like.")).to_be_visible()
    page.get_by_role("button", name="Undo my like").click()
    expect(page.get_by_role("heading", name="Like removed")).to_be_visible()
    page.get_by_role("link", name="Back to where you were").click()
    expect(page.locator(f"#comment-{comment.pk} .like__count")).to_have_text("0 likes")
    # An error keeps what the reader typed.
    page.fill("#comment-comment", "Kept even though I forgot my name.")
    page.fill("#comment-email", "ana@example.org")
    page.locator("#comment-form button[type=submit]").click()
    expect(page.get_by_text("Enter the name to show with your comment.").first).to_be_visible()
    expect(page.locator("#comment-comment")).to_have_value("Kept even though I forgot my name.")


def test_a_long_thread_pages_by_number_and_jumps_to_its_newest_conversation(
    live_server, thread, new_page, axe_check
):
    post = thread["post"]
    comment_settings(min_seconds=0, threads_per_page=5)
    roots = [make_comment(post, text=f"Conversation {n}") for n in range(23)]
    reader = new_page()
    reader.goto(live_server.url + post.url)
    pages = reader.get_by_role("navigation", name="Pages of comments")
    expect(pages.locator("[aria-current=page]")).to_have_text("Page 1")
    axe_check(reader)

    # With the keyboard: the jump at the top of the comments.
    tab_to(reader, "a[href*='#comment-']")
    expect(reader.locator(":focus")).to_have_text("Jump to the newest conversation")
    reader.keyboard.press("Enter")
    newest = reader.locator(f"#comment-{roots[-1].pk}")
    expect(newest).to_contain_text("Conversation 22")
    expect(newest).to_be_in_viewport()
    expect(pages.locator("[aria-current=page]")).to_have_text("Page 5")

    # A page by its number.
    pages.get_by_role("link", name="Page 3", exact=True).click()
    expect(pages.locator("[aria-current=page]")).to_have_text("Page 3")
    expect(reader.get_by_text("Conversation 10", exact=True)).to_be_visible()
    expect(reader.get_by_text("Conversation 15", exact=True)).to_have_count(0)
    axe_check(reader)
