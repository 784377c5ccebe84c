"""Hostile text typed into every field a reader, contributor or author
fills in, shown on every surface it reaches in Chromium, under the CSP:
nothing runs (no dialog, no injected handler or javascript: link), and what
was typed is shown back as typed. The emails that quote it carry it as
plain text, unchanged."""

import pytest
from django.contrib.auth import get_user_model

from guestposts.emails import new_pitch_for_editors
from guestposts.models import Pitch
from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.browser.conftest import admin_page
from tests.discussion.factories import comment_settings, make_comment
from tests.fuzz.payloads import sample
from tests.guestposts.factories import make_editor
from tests.hostile import xss_payloads

ADMIN_TIMEOUT = 15_000
# What ran, if anything did: inline handlers, javascript: links, frames.
INJECTED = """() => {
  const found = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
      if (/^\\s*javascript:/i.test(attribute.value)) found.push(`${element.tagName} ${attribute.name}=javascript:`);
    }
  }
  for (const element of document.querySelectorAll('object, embed, frame, base'))
    found.push(element.tagName);
  // The admin's own preview panel is the one frame a page may hold.
  for (const frame of document.querySelectorAll('iframe:not([data-w-preview-target])'))
    found.push(`IFRAME ${frame.outerHTML.slice(0, 120)}`);
  return found;
}"""


def payloads():
    """Six vectors from the shared XSS list that a person could type into a
    one-line field: printable, with markup, short enough for any field
    (a commenter's name holds 50 characters)."""
    usable = [
        line.strip()
        for line in xss_payloads()
        if "<" in line and 12 <= len(line.strip()) <= 50 and line.isprintable()
    ]
    return sample(usable, "hostile-surfaces", 6)


def words(text):
    return " ".join(text.split())


@pytest.fixture
def hostile(site):
    comment_settings(min_seconds=0)
    name, role, bio, title, comment, reply = payloads()
    author = AuthorFactory(name=name, slug="hostile-author", role=role, bio=bio)
    post = BlogPageFactory(
        parent=site["blog"],
        title=title,
        slug="hostile-post",
        summary=bio,
        authors=[author],
        tag_names=["Supervision"],
    )
    first = make_comment(post, text=comment, name=reply)
    second = make_comment(post, text=reply, name=name, parent=first)
    pitch = Pitch.objects.create(
        name=name, email="pitcher@example.org", role=role, title=title, outline=comment
    )
    return {
        **site, "post": post, "author": author, "comments": (first, second), "pitch": pitch,
        "texts": {"name": name, "role": role, "bio": bio, "title": title, "comment": comment,
                  "reply": reply},
    }  # fmt: skip


def inspect(page, url, shown, dialogs):
    response = page.goto(url)
    assert response.status < 400, (url, response.status)
    page.wait_for_load_state("networkidle")
    assert page.evaluate(INJECTED) == [], url
    text = words(page.evaluate("() => document.body.innerText"))
    missing = [value for value in shown if words(value) not in text]
    assert not missing, (url, missing)
    assert dialogs == [], (url, dialogs)


def watch_dialogs(page):
    dialogs = []

    def record(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    return dialogs


def test_hostile_text_is_inert_and_faithful_on_public_pages(live_server, hostile, page):
    texts, post = hostile["texts"], hostile["post"]
    first, second = hostile["comments"]
    dialogs = watch_dialogs(page)
    base = live_server.url
    everything = [texts["title"], texts["name"], texts["comment"], texts["reply"]]
    inspect(page, base + post.url, everything, dialogs)
    inspect(page, f"{base}/comments/{first.pk}/", [texts["comment"]], dialogs)
    inspect(page, f"{base}/comments/{first.pk}/reply/", [texts["comment"]], dialogs)
    inspect(page, f"{base}/comments/{second.pk}/", [texts["reply"]], dialogs)
    inspect(page, base + "/blog/", [texts["title"], texts["bio"]], dialogs)
    inspect(page, base + "/blog/tags/supervision/", [texts["title"]], dialogs)
    inspect(page, base + "/", [texts["title"]], dialogs)
    blog = hostile["blog"]
    author_url = blog.url + blog.reverse_subpage("author", args=[hostile["author"].slug])
    inspect(page, base + author_url, [texts["name"], texts["role"], texts["bio"]], dialogs)
    # Found by a word of its body: full-text parsers drop markup-like words.
    inspect(page, f"{base}/search/?q=guided", [texts["title"]], dialogs)


def test_hostile_text_is_inert_and_faithful_in_the_admin(live_server, hostile, new_page):
    # An administrator sees every surface (editors' page rights are granted
    # per section in production).
    get_user_model().objects.create_superuser("admin", "admin@example.org", "a-long-password-1")
    page = admin_page(live_server, new_page(), "admin")
    texts, post, pitch = hostile["texts"], hostile["post"], hostile["pitch"]
    first = hostile["comments"][0]
    dialogs = watch_dialogs(page)
    base = live_server.url + "/admin"
    inspect(page, f"{base}/comments/", [texts["reply"]], dialogs)
    inspect(page, f"{base}/comments/inspect/{first.pk}/", [texts["comment"]], dialogs)
    inspect(page, f"{base}/guest-posts/pitches/", [texts["name"]], dialogs)
    inspect(
        page,
        f"{base}/guest-posts/pitches/inspect/{pitch.pk}/",
        [texts["name"], texts["title"], texts["comment"]],
        dialogs,
    )
    inspect(page, f"{base}/snippets/blog/author/", [texts["name"]], dialogs)
    inspect(page, f"{base}/pages/{hostile['blog'].pk}/", [texts["title"]], dialogs)
    inspect(page, f"{base}/pages/{post.pk}/edit/", [], dialogs)
    assert page.locator("#id_title").input_value() == texts["title"]


def test_emails_quote_hostile_text_unchanged(hostile, roles):
    make_editor()
    texts = hostile["texts"]
    messages = new_pitch_for_editors(hostile["pitch"])
    assert messages
    for message in messages:
        assert message.subject.startswith(f"New guest post pitch: {texts['title'][:20]}")
        assert texts["name"] in message.body
        assert texts["comment"] in message.body
        assert "&lt;" not in message.body
